//! Finding published cells. The browser never adds anything up: a request names, per dimension,
//! the codes it needs; a table *covers* the request if it has all of them (a dimension the table
//! lacks counts as its total); the smallest covering table answers, and every number shown is one
//! of its cells.

use mock_data::schema::{Codes, Dataset, Table};

use components::NumberValue;

/// The codes a request needs, per dimension id. Every dimension of the dataset should be listed;
/// an empty list means "any code" (the table must have the dimension).
#[derive(Clone, Debug, PartialEq)]
pub struct Request {
    pub dims: Vec<(String, Vec<String>)>,
    /// The measure the cells must carry (not every table publishes every measure).
    pub measure: Option<String>,
}

impl Request {
    pub fn new() -> Self {
        Request {
            dims: Vec::new(),
            measure: None,
        }
    }
    /// Add a dimension with the codes it needs.
    pub fn with(mut self, dim: &str, codes: Vec<String>) -> Self {
        self.dims.push((dim.to_string(), codes));
        self
    }
    /// Require the measure.
    pub fn measure(mut self, id: &str) -> Self {
        self.measure = Some(id.to_string());
        self
    }
    fn codes(&self, dim: &str) -> Option<&[String]> {
        self.dims
            .iter()
            .find(|(d, _)| d == dim)
            .map(|(_, c)| c.as_slice())
    }
}

impl Default for Request {
    fn default() -> Self {
        Self::new()
    }
}

/// The dimensions of `req` that `table` cannot serve.
pub fn failing_dims(table: &Table, req: &Request, codes: &Codes) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(m) = &req.measure {
        if !table.values.contains_key(m) {
            out.push("measure".to_string());
        }
    }
    for (dim, needed) in &req.dims {
        let ok = match table.dim_index(dim) {
            Some(_) if needed.is_empty() => true,
            Some(i) => needed.iter().all(|c| table.codes[i].contains(c)),
            None if needed.is_empty() => false,
            None => {
                let total = codes.dimension(dim).and_then(|d| d.total.clone());
                match total {
                    Some(t) => needed.iter().all(|c| *c == t),
                    None => false,
                }
            }
        };
        if !ok {
            out.push(dim.clone());
        }
    }
    // A table dimension the request does not name is read at its total; it must have one.
    for (i, dim) in table.dims.iter().enumerate() {
        if req.codes(dim).is_none() {
            let total = codes.dimension(dim).and_then(|d| d.total.clone());
            if !total.map(|t| table.codes[i].contains(&t)).unwrap_or(false) {
                out.push(dim.clone());
            }
        }
    }
    out
}

/// Does `table` have every cell `req` needs?
pub fn covers(table: &Table, req: &Request, codes: &Codes) -> bool {
    failing_dims(table, req, codes).is_empty()
}

/// The smallest table that covers `req`.
pub fn pick_table<'a>(ds: &'a Dataset, req: &Request, codes: &Codes) -> Option<&'a Table> {
    ds.tables
        .iter()
        .filter(|t| covers(t, req, codes))
        .min_by_key(|t| t.len())
}

/// Why nothing covers `req`: the failing dimensions of the table that comes closest (fewest
/// failures, then smallest).
pub fn closest_failure(ds: &Dataset, req: &Request, codes: &Codes) -> Vec<String> {
    ds.tables
        .iter()
        .map(|t| (failing_dims(t, req, codes), t.len()))
        .min_by_key(|(f, len)| (f.len(), *len))
        .map(|(f, _)| f)
        .unwrap_or_default()
}

/// One cell of `table` for `measure` at the given codes (dimensions the table lacks are totals
/// and need not be given).
pub fn cell(
    table: &Table,
    measure: &str,
    coords: &[(&str, &str)],
    codes: &Codes,
) -> Option<NumberValue> {
    let mut at: Vec<String> = Vec::with_capacity(table.dims.len());
    for dim in &table.dims {
        match coords.iter().find(|(d, _)| d == dim) {
            Some((_, c)) => at.push(c.to_string()),
            None => at.push(codes.dimension(dim)?.total.clone()?),
        }
    }
    let refs: Vec<&str> = at.iter().map(|s| s.as_str()).collect();
    let idx = table.index_of(&refs)?;
    if table.is_suppressed(idx) {
        return Some(NumberValue::Suppressed);
    }
    let v = table.values.get(measure)?.get(idx)?;
    Some(match v.0 {
        Some(x) => NumberValue::Value(x),
        None => NumberValue::Missing,
    })
}

/// The years a table has, ascending.
pub fn table_years(table: &Table) -> Vec<u16> {
    let mut ys: Vec<u16> = table
        .dim_index("year")
        .map(|i| {
            table.codes[i]
                .iter()
                .filter_map(|y| y.parse().ok())
                .collect()
        })
        .unwrap_or_default();
    components::sort::sort(&mut ys);
    ys
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;

    #[test]
    fn the_smallest_covering_table_is_picked() {
        let (codes, ds) = fixture::diagnoses();
        let req = Request::new()
            .with("year", vec!["2025".into()])
            .with("geo", vec!["DK".into()])
            .with("spec", vec!["T".into()])
            .with("diag", vec!["T".into()])
            .with("sex", vec!["T".into(), "K".into(), "M".into()])
            .with("age", vec!["T".into()]);
        assert_eq!(
            pick_table(&ds, &req, &codes).map(|t| t.id.as_str()),
            Some("spec_sex_age")
        );
    }

    #[test]
    fn kommune_by_diagnosis_is_not_published() {
        let (codes, ds) = fixture::diagnoses();
        let req = Request::new()
            .with("year", vec!["2025".into()])
            .with("geo", vec!["0101".into()])
            .with("spec", vec!["T".into()])
            .with("diag", vec!["A".into()])
            .with("sex", vec!["T".into()])
            .with("age", vec!["T".into()]);
        assert!(pick_table(&ds, &req, &codes).is_none());
        let why = closest_failure(&ds, &req, &codes);
        assert_eq!(why.len(), 1, "{why:?}");
    }

    #[test]
    fn cells_read_values_and_suppression() {
        let (codes, ds) = fixture::diagnoses();
        let t = ds.tables.iter().find(|t| t.id == "geo_spec").unwrap();
        let dk = cell(
            t,
            "patients",
            &[("year", "2025"), ("geo", "DK"), ("spec", "T")],
            &codes,
        );
        assert!(matches!(dk, Some(NumberValue::Value(v)) if v > 0.0));
        // Totals of missing dimensions are implied.
        let dk2 = cell(t, "patients", &[("year", "2025"), ("geo", "DK")], &codes);
        assert_eq!(dk, dk2);
        let idx = t.suppressed[0] as usize;
        let coords = t.coords_of(idx);
        let pairs: Vec<(&str, &str)> = t.dims.iter().map(|d| d.as_str()).zip(coords).collect();
        assert_eq!(
            cell(t, "patients", &pairs, &codes),
            Some(NumberValue::Suppressed)
        );
        assert_eq!(table_years(t), vec![2021, 2022, 2023, 2024, 2025]);
    }
}
