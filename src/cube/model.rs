//! The diagnoses view as data: from a (validated) state, the code lists and the dataset, build
//! everything the page shows. Pure and natively tested; no numbers are made here, only looked up.

use components::NumberValue;
use mock_data::schema::{Codes, Dataset, Dimension, Measure, Table};

use crate::lookup::{cell, closest_failure, covers, pick_table, table_years, Request};
use crate::state::{DiagnosisState, Dim};
use crate::texts::Lang;

/// One code of the breakdown dimension with its cells.
#[derive(Clone, Debug, PartialEq)]
pub struct NodeRow {
    pub code: String,
    pub label: String,
    /// One cell per year of [`Breakdown::years`].
    pub values: Vec<NumberValue>,
    /// The cell of the selected year.
    pub value: NumberValue,
    /// Has children in the hierarchy (a click goes down a level).
    pub drillable: bool,
    /// The current selection (a leaf shown among its siblings).
    pub current: bool,
}

/// The children of the current node (or the siblings of a leaf), from one published table.
#[derive(Clone, Debug, PartialEq)]
pub struct Breakdown {
    pub table_id: String,
    /// Columns of the table twin.
    pub years: Vec<u16>,
    /// The node whose children are listed (the total row of the table).
    pub parent: NodeRow,
    pub rows: Vec<NodeRow>,
}

/// The current node over the years.
#[derive(Clone, Debug, PartialEq)]
pub struct Trend {
    pub table_id: String,
    pub years: Vec<u16>,
    pub values: Vec<NumberValue>,
}

/// Why something is not shown.
#[derive(Clone, Debug, PartialEq)]
pub struct NotPublished {
    /// Labels of the dimensions whose chosen level cannot be combined.
    pub dims: Vec<String>,
    /// The years in which this combination *is* published, if the year was the obstacle.
    pub years: Option<(u16, u16)>,
}

/// Everything the page shows.
#[derive(Clone, Debug, PartialEq)]
pub struct DiagnosisModel {
    /// The dataset id (the CSV's file name starts with it).
    pub dataset: String,
    pub state: DiagnosisState,
    pub lang: Lang,
    pub year: u16,
    pub measure: Measure,
    pub by_label: String,
    /// Code and label of the current node in the breakdown dimension.
    pub node: (String, String),
    /// The current node's cell in the selected year, if published.
    pub headline: Option<NumberValue>,
    pub breakdown: Result<Breakdown, NotPublished>,
    pub trend: Result<Trend, NotPublished>,
    /// Path from the total to the current node in the breakdown dimension (code, label).
    pub crumbs: Vec<(String, String)>,
    /// The chosen filters other than the breakdown, as (dimension label, code label).
    pub selection: Vec<(String, String)>,
}

/// Label of a code as shown: ICD-10 codes keep their code in front.
pub fn code_label(dim: &Dimension, code: &str, lang: Lang) -> String {
    match dim.code(code) {
        Some(c) => {
            let label = c.label.get(lang.code()).to_string();
            if dim.id == "diag" && c.level > 0 && !label.starts_with(code) && code != "XX" {
                format!("{code} {label}")
            } else {
                label
            }
        }
        None => code.to_string(),
    }
}

/// The hierarchy id used for a dimension in this state.
pub fn hierarchy_of(dim: Dim, state: &DiagnosisState, d: &Dimension) -> String {
    if dim == Dim::Geo {
        state.regions.clone()
    } else {
        d.hierarchies
            .first()
            .map(|h| h.id.clone())
            .unwrap_or_else(|| "std".into())
    }
}

fn year_codes(codes: &Codes) -> Vec<u16> {
    let mut ys: Vec<u16> = codes
        .dimension("year")
        .map(|d| d.codes.iter().filter_map(|c| c.code.parse().ok()).collect())
        .unwrap_or_default();
    components::sort::sort(&mut ys);
    ys
}

/// The year a state shows: its own, or the latest.
pub fn effective_year(state: &DiagnosisState, codes: &Codes) -> u16 {
    state
        .year
        .or_else(|| year_codes(codes).last().copied())
        .unwrap_or(2025)
}

/// A request with the state's code for every dimension, `year` as given (empty = any year), and
/// `by_codes` for the breakdown dimension if given.
fn request(
    ds: &Dataset,
    state: &DiagnosisState,
    years: Vec<String>,
    by_codes: Option<(Dim, Vec<String>)>,
) -> Request {
    let mut req = Request::new().measure(&state.measure).with("year", years);
    for dim in Dim::ALL
        .into_iter()
        .filter(|d| ds.dimensions.iter().any(|x| x == d.code()))
    {
        let codes = match &by_codes {
            Some((d, c)) if *d == dim => c.clone(),
            _ => vec![state.code(dim).to_string()],
        };
        req = req.with(dim.code(), codes);
    }
    req
}

/// Tables covering `req` whatever the year, most years first, then smallest.
fn best_for_all_years<'a>(ds: &'a Dataset, req: &Request, codes: &Codes) -> Option<&'a Table> {
    ds.tables
        .iter()
        .filter(|t| covers(t, req, codes))
        .max_by_key(|t| (table_years(t).len(), std::cmp::Reverse(t.len())))
}

fn not_published(
    ds: &Dataset,
    req_with_year: &Request,
    req_any_year: &Request,
    codes: &Codes,
    lang: Lang,
) -> NotPublished {
    if let Some(t) = best_for_all_years(ds, req_any_year, codes) {
        let ys = table_years(t);
        if let (Some(a), Some(b)) = (ys.first(), ys.last()) {
            return NotPublished {
                dims: vec![],
                years: Some((*a, *b)),
            };
        }
    }
    let dims = closest_failure(ds, req_with_year, codes)
        .into_iter()
        .filter(|d| d != "year")
        .map(|d| {
            if d == "measure" {
                let m = ds
                    .measures
                    .iter()
                    .find(|m| m.id == req_with_year.measure.clone().unwrap_or_default());
                return m
                    .map(|m| crate::texts::lower_first(m.label.get(lang.code())))
                    .unwrap_or(d);
            }
            codes
                .dimension(&d)
                .map(|x| crate::texts::lower_first(x.label.get(lang.code())))
                .unwrap_or(d)
        })
        .collect();
    NotPublished { dims, years: None }
}

fn row_for(
    table: &Table,
    measure: &str,
    state: &DiagnosisState,
    dim: Dim,
    code: &str,
    years: &[u16],
    codes: &Codes,
) -> Vec<NumberValue> {
    years
        .iter()
        .map(|y| {
            let y = y.to_string();
            let mut coords: Vec<(&str, &str)> = vec![("year", y.as_str())];
            for d in Dim::ALL {
                coords.push((d.code(), if d == dim { code } else { state.code(d) }));
            }
            cell(table, measure, &coords, codes).unwrap_or(NumberValue::Missing)
        })
        .collect()
}

/// Build the page's model. `state` must have been validated against `codes` and `ds`.
pub fn build(
    state: &DiagnosisState,
    codes: &Codes,
    ds: &Dataset,
    lang: Lang,
) -> Option<DiagnosisModel> {
    let measure = ds
        .measures
        .iter()
        .find(|m| m.id == state.measure)
        .or(ds.measures.first())?
        .clone();
    let year = effective_year(state, codes);
    let by = state.by;
    let dim = codes.dimension(by.code())?;
    let h = hierarchy_of(by, state, dim);
    let node_code = state.code(by).to_string();
    let node = (node_code.clone(), code_label(dim, &node_code, lang));

    // Children of the node, or the siblings of a leaf.
    let children: Vec<String> = dim
        .children(&node_code, &h)
        .map(|c| c.code.clone())
        .collect();
    let (parent_code, row_codes) = if children.is_empty() {
        let parent = dim
            .code(&node_code)
            .and_then(|c| c.parents.get(&h).cloned())
            .unwrap_or_else(|| node_code.clone());
        let siblings: Vec<String> = dim.children(&parent, &h).map(|c| c.code.clone()).collect();
        (parent, siblings)
    } else {
        (node_code.clone(), children)
    };
    let mut by_codes = vec![parent_code.clone()];
    by_codes.extend(row_codes.iter().cloned());

    let y = year.to_string();
    let req = request(ds, state, vec![y.clone()], Some((by, by_codes.clone())));
    let req_any = request(ds, state, vec![], Some((by, by_codes)));
    let breakdown = match pick_table(ds, &req, codes) {
        Some(t) => {
            let years = table_years(t);
            let yi = years.iter().position(|x| *x == year).unwrap_or(0);
            let make = |code: &str| {
                let values = row_for(t, &measure.id, state, by, code, &years, codes);
                NodeRow {
                    code: code.to_string(),
                    label: code_label(dim, code, lang),
                    value: values.get(yi).copied().unwrap_or(NumberValue::Missing),
                    values,
                    drillable: dim.children(code, &h).next().is_some(),
                    current: code == node_code && code != parent_code,
                }
            };
            Ok(Breakdown {
                table_id: t.id.clone(),
                parent: make(&parent_code),
                rows: row_codes.iter().map(|c| make(c)).collect(),
                years,
            })
        }
        None => Err(not_published(ds, &req, &req_any, codes, lang)),
    };

    let point = request(ds, state, vec![y.clone()], None);
    let mut coords: Vec<(&str, &str)> = vec![("year", y.as_str())];
    coords.extend(Dim::ALL.iter().map(|d| (d.code(), state.code(*d))));
    let headline = pick_table(ds, &point, codes).and_then(|t| cell(t, &measure.id, &coords, codes));

    let any_year = request(ds, state, vec![], None);
    let trend = match best_for_all_years(ds, &any_year, codes) {
        Some(t) => {
            let years = table_years(t);
            Ok(Trend {
                table_id: t.id.clone(),
                values: row_for(t, &measure.id, state, by, &node_code, &years, codes),
                years,
            })
        }
        None => Err(not_published(ds, &point, &any_year, codes, lang)),
    };

    let crumbs = dim
        .path(&node_code, &h)
        .map(|p| {
            p.iter()
                .map(|c| (c.code.clone(), code_label(dim, &c.code, lang)))
                .collect()
        })
        .unwrap_or_else(|| vec![node.clone()]);

    let selection = Dim::ALL
        .iter()
        .filter(|d| **d != by && ds.dimensions.iter().any(|x| x == d.code()))
        .filter_map(|d| {
            let dd = codes.dimension(d.code())?;
            Some((
                dd.label.get(lang.code()).to_string(),
                code_label(dd, state.code(*d), lang),
            ))
        })
        .collect();

    Some(DiagnosisModel {
        dataset: ds.id.clone(),
        state: state.clone(),
        lang,
        year,
        by_label: dim.label.get(lang.code()).to_string(),
        measure,
        node,
        headline,
        breakdown,
        trend,
        crumbs,
        selection,
    })
}

impl DiagnosisModel {
    /// The cells a review note may point at: the total and each row of the table twin in the
    /// selected year, as `label · measure · year` (names only, never a number).
    pub fn cell_names(&self) -> Vec<String> {
        let measure = self.measure.label.get(self.lang.code());
        self.breakdown
            .iter()
            .flat_map(|b| std::iter::once(&b.parent).chain(&b.rows))
            .map(|r| format!("{} · {measure} · {}", r.label, self.year))
            .collect()
    }
}

/// Cells in the table twin that are suppressed, and all cells in it.
pub fn suppressed_count(b: &Breakdown) -> (usize, usize) {
    let all = std::iter::once(&b.parent).chain(b.rows.iter());
    let mut n = 0;
    let mut total = 0;
    for r in all {
        for v in &r.values {
            total += 1;
            if *v == NumberValue::Suppressed {
                n += 1;
            }
        }
    }
    (n, total)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;

    fn model(q: &str) -> DiagnosisModel {
        let (codes, ds) = fixture::diagnoses();
        let pairs = crate::query::parse_query(q);
        let (s, n) = DiagnosisState::from_pairs(&pairs);
        assert!(n.is_empty(), "{n:?}");
        let (s, n) = s.validate(&codes, &ds);
        assert!(n.is_empty(), "{n:?}");
        build(&s, &codes, &ds, Lang::Da).unwrap()
    }

    #[test]
    fn review_cells_are_the_total_and_the_rows_by_name() {
        let m = model("");
        let names = m.cell_names();
        let b = m.breakdown.as_ref().unwrap();
        assert_eq!(names.len(), 1 + b.rows.len());
        assert!(
            names[0].starts_with(&format!("{} · ", b.parent.label)),
            "{names:?}"
        );
        assert!(names.iter().all(|n| n.ends_with(" · 2025")), "{names:?}");
        // Not published: nothing to point at.
        let mut none = m.clone();
        none.breakdown = Err(NotPublished {
            dims: vec![],
            years: None,
        });
        assert!(none.cell_names().is_empty());
    }

    #[test]
    fn default_view_lists_chapters_with_the_total_as_parent() {
        let m = model("");
        assert_eq!(m.year, 2025);
        let b = m.breakdown.unwrap();
        assert_eq!(b.parent.code, "T");
        assert_eq!(
            b.rows.iter().map(|r| r.code.as_str()).collect::<Vec<_>>(),
            ["A", "J", "XX"]
        );
        assert_eq!(b.years, vec![2024, 2025]);
        assert!(b.rows[0].drillable && !b.rows[2].drillable);
        // The trend comes from a table with all five years.
        assert_eq!(m.trend.unwrap().years.len(), 5);
    }

    #[test]
    fn every_number_is_a_cell_of_the_chosen_table() {
        let (codes, ds) = fixture::diagnoses();
        let m = model("by=geo&geo=1084");
        let b = m.breakdown.unwrap();
        let t = ds.tables.iter().find(|t| t.id == b.table_id).unwrap();
        for r in &b.rows {
            let v = cell(
                t,
                "patients",
                &[("year", "2025"), ("geo", &r.code), ("spec", "T")],
                &codes,
            )
            .unwrap();
            assert_eq!(v, r.value);
        }
        assert_eq!(
            b.rows.iter().map(|r| r.code.as_str()).collect::<Vec<_>>(),
            ["0101", "0147"]
        );
    }

    #[test]
    fn a_leaf_is_shown_among_its_siblings() {
        let m = model("by=sex&sex=K");
        let b = m.breakdown.unwrap();
        assert_eq!(b.parent.code, "T");
        assert!(b.rows.iter().any(|r| r.code == "K" && r.current));
        assert_eq!(m.crumbs.len(), 2);
    }

    #[test]
    fn the_2027_regions_put_kommuner_under_ostdanmark() {
        let m = model("by=geo&regions=2027&geo=OST");
        let b = m.breakdown.unwrap();
        assert_eq!(
            b.rows.iter().map(|r| r.code.as_str()).collect::<Vec<_>>(),
            ["0101", "0147", "0259"]
        );
        assert_eq!(
            m.crumbs.iter().map(|c| c.0.as_str()).collect::<Vec<_>>(),
            ["DK", "OST"]
        );
    }

    #[test]
    fn diagnosis_by_kommune_is_not_published() {
        let m = model("by=geo&geo=1084&diag=J");
        let np = m.breakdown.unwrap_err();
        assert!(!np.dims.is_empty());
        // The region itself is published with a diagnosis.
        assert!(m.headline.is_some());
    }

    #[test]
    fn diagnoses_before_2024_point_to_the_years_that_exist() {
        let m = model("year=2022");
        let np = m.breakdown.unwrap_err();
        assert_eq!(np.years, Some((2024, 2025)));
    }

    #[test]
    fn suppressed_cells_are_counted_not_valued() {
        let m = model("by=spec");
        let b = m.breakdown.unwrap();
        let (n, total) = suppressed_count(&b);
        assert_eq!(total, (b.rows.len() + 1) * b.years.len());
        assert!(n <= total);
    }
}
