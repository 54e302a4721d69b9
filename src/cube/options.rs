//! The choices the filters offer, built from the code lists (pure, tested natively).

use components::{PickerLevel, SelectOption};
use std::collections::BTreeSet;

use mock_data::schema::{Codes, Dataset, Dimension};

use super::model::{code_label, hierarchy_of};
use crate::state::{DiagnosisState, Dim};
use crate::texts::{self, Lang};

/// The measures of the dataset.
pub fn measure_options(ds: &Dataset, lang: Lang) -> Vec<SelectOption> {
    ds.measures
        .iter()
        .map(|m| SelectOption::new(m.id.clone(), m.label.get(lang.code())))
        .collect()
}

/// The years of the dataset's period, newest first.
pub fn year_options(codes: &Codes, ds: &Dataset) -> Vec<SelectOption> {
    let in_period = |c: &str| {
        c.parse::<u16>()
            .map(|y| (ds.period.from..=ds.period.to).contains(&y))
            .unwrap_or(false)
    };
    let mut ys: Vec<String> = codes
        .dimension("year")
        .map(|d| {
            d.codes
                .iter()
                .filter(|c| in_period(&c.code))
                .map(|c| c.code.clone())
                .collect()
        })
        .unwrap_or_default();
    components::sort::sort(&mut ys);
    ys.reverse();
    ys.into_iter()
        .map(|y| SelectOption::new(y.clone(), y))
        .collect()
}

/// The hierarchies of a dimension (the region structures of geography).
pub fn hierarchy_options(dim: &Dimension, lang: Lang) -> Vec<SelectOption> {
    dim.hierarchies
        .iter()
        .map(|h| SelectOption::new(h.id.clone(), h.label.get(lang.code())))
        .collect()
}

/// The "vis fordelt på" choices: every dimension of the dataset, labelled from the code lists.
pub fn breakdown_options(codes: &Codes, ds: &Dataset, lang: Lang) -> Vec<SelectOption> {
    Dim::ALL
        .iter()
        .filter(|d| ds.dimensions.iter().any(|x| x == d.code()))
        .filter_map(|d| {
            codes
                .dimension(d.code())
                .map(|dim| SelectOption::new(d.code(), dim.label.get(lang.code())))
        })
        .collect()
}

/// A flat choice: the total, then its children.
pub fn flat_options(dim: &Dimension, h: &str, lang: Lang) -> Vec<SelectOption> {
    let Some(total) = dim.total.clone() else {
        return vec![];
    };
    let mut out = vec![SelectOption::new(
        total.clone(),
        code_label(dim, &total, lang),
    )];
    out.extend(
        dim.children(&total, h)
            .map(|c| SelectOption::new(c.code.clone(), code_label(dim, &c.code, lang))),
    );
    out
}

/// The codes of a dimension that some table of the dataset lists: the pickers offer only those,
/// so a view never offers a level it does not publish (kommuner in the hospital view).
///
/// A `BTreeSet` filled by `insert`: no hash map (and its hasher) and no sort in the wasm for it.
pub fn published_codes(ds: &Dataset, dim: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for t in &ds.tables {
        if let Some(i) = t.dim_index(dim) {
            for c in &t.codes[i] {
                out.insert(c.clone());
            }
        }
    }
    out
}

/// Cascading levels for `dim` in the state: level 1 lists the children of the total; each
/// further level appears once a code is chosen above it and has children that `shown` keeps.
pub fn picker_levels(
    dim: &Dimension,
    state: &DiagnosisState,
    which: Dim,
    lang: Lang,
    shown: &dyn Fn(&str) -> bool,
) -> Vec<PickerLevel> {
    let h = hierarchy_of(which, state, dim);
    let code = state.code(which);
    let Some(total) = dim.total.clone() else {
        return vec![];
    };
    let path: Vec<String> = dim
        .path(code, &h)
        .map(|p| p.iter().map(|c| c.code.clone()).collect())
        .unwrap_or_else(|| vec![total.clone()]);
    let mut levels = Vec::new();
    for depth in 1..8usize {
        let Some(parent) = path.get(depth - 1) else {
            break;
        };
        let options: Vec<SelectOption> = dim
            .children(parent, &h)
            .filter(|c| shown(&c.code))
            .map(|c| SelectOption::new(c.code.clone(), code_label(dim, &c.code, lang)))
            .collect();
        if options.is_empty() {
            break;
        }
        let all_label = if depth == 1 {
            code_label(dim, parent, lang)
        } else {
            texts::all_in(lang, &code_label(dim, parent, lang))
        };
        let label = dim
            .levels
            .get(depth)
            .map(|t| t.get(lang.code()).to_string())
            .unwrap_or_else(|| dim.label.get(lang.code()).to_string());
        levels.push(PickerLevel {
            label,
            parent: parent.clone(),
            all_label,
            options,
            selected: path.get(depth).cloned(),
        });
        if path.len() <= depth {
            break;
        }
    }
    levels
}

/// The state after choosing another region structure: a geography outside it falls back to the
/// total.
pub fn with_regions(state: &DiagnosisState, codes: &Codes, h: &str) -> DiagnosisState {
    let mut s = state.clone();
    s.regions = h.to_string();
    if let Some(geo) = codes.dimension("geo") {
        let inside = geo
            .code(&s.geo)
            .map(|c| geo.in_hierarchy(c, h))
            .unwrap_or(false);
        if !inside {
            s.geo = geo
                .total
                .clone()
                .unwrap_or_else(|| Dim::Geo.default_code().into());
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;

    #[test]
    fn the_geo_cascade_follows_the_selection() {
        let codes = fixture::codes();
        let geo = codes.dimension("geo").unwrap();
        let s = DiagnosisState {
            geo: "0101".into(),
            ..Default::default()
        };
        let levels = picker_levels(geo, &s, Dim::Geo, Lang::Da, &|_| true);
        assert_eq!(levels.len(), 2);
        assert_eq!(levels[0].parent, "DK");
        assert_eq!(levels[0].selected.as_deref(), Some("1084"));
        assert_eq!(levels[1].parent, "1084");
        assert_eq!(levels[1].selected.as_deref(), Some("0101"));
        assert_eq!(levels[1].all_label, "Alle i Region Hovedstaden");
        // At the top only the first level shows.
        let top = picker_levels(geo, &DiagnosisState::default(), Dim::Geo, Lang::Da, &|_| {
            true
        });
        assert_eq!(top.len(), 1);
        assert_eq!(top[0].options.len(), 5);
    }

    #[test]
    fn switching_to_2027_moves_out_of_hovedstaden() {
        let codes = fixture::codes();
        let s = DiagnosisState {
            geo: "1084".into(),
            ..Default::default()
        };
        assert_eq!(with_regions(&s, &codes, "2027").geo, "DK");
        let k = DiagnosisState {
            geo: "0101".into(),
            ..Default::default()
        };
        assert_eq!(with_regions(&k, &codes, "2027").geo, "0101");
        let geo = codes.dimension("geo").unwrap();
        let levels = picker_levels(
            geo,
            &with_regions(&k, &codes, "2027"),
            Dim::Geo,
            Lang::Da,
            &|_| true,
        );
        assert_eq!(levels.len(), 2, "region and kommune");
        // Without kommuner in the data, the cascade stops at the regions.
        let regions_only = |c: &str| c.len() == 4 && c.starts_with('1') || c == "OST";
        let levels = picker_levels(
            geo,
            &with_regions(&k, &codes, "2027"),
            Dim::Geo,
            Lang::Da,
            &regions_only,
        );
        assert_eq!(levels.len(), 1);
        assert_eq!(levels[0].selected.as_deref(), Some("OST"));
    }

    #[test]
    fn diagnosis_codes_keep_their_code_in_the_label() {
        let codes = fixture::codes();
        let diag = codes.dimension("diag").unwrap();
        let opts = flat_options(diag, "std", Lang::Da);
        assert_eq!(opts[0].label, "Alle diagnoser");
        assert_eq!(opts[1].label, "A Infektionssygdomme");
        assert_eq!(opts[3].label, "Ingen gyldig diagnose");
        let (_, ds) = fixture::diagnoses();
        assert_eq!(year_options(&codes, &ds)[0].value, "2025");
        let short = Dataset {
            period: mock_data::schema::Period {
                from: 2024,
                to: 2024,
            },
            ..ds
        };
        let ys: Vec<String> = year_options(&codes, &short)
            .into_iter()
            .map(|o| o.value)
            .collect();
        assert_eq!(ys, ["2024"]);
    }
}
