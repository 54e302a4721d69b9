//! The audit checks itself: hand-made broken publications must be caught, a sound one must pass,
//! and on tiny tables its LP intervals must contain the exhaustive integer intervals.

use mock_data::audit::{check_publication, Settings, Truth, TruthTable};
use mock_data::schema::*;
use proptest::prelude::*;
use std::collections::BTreeMap;

/// A small world: Denmark with two regions of two kommuner each, two specialties.
fn codes() -> Codes {
    let c = |code: &str, level: u8, parent: Option<&str>| Code {
        code: code.into(),
        label: Text::new(code, code),
        level,
        parents: parent
            .map(|p| BTreeMap::from([("std".to_string(), p.to_string())]))
            .unwrap_or_default(),
    };
    let dim = |id: &str, total: Option<&str>, codes: Vec<Code>| Dimension {
        id: id.into(),
        label: Text::new(id, id),
        total: total.map(|t| t.to_string()),
        levels: vec![],
        hierarchies: vec![Hierarchy {
            id: "std".into(),
            label: Text::new("s", "s"),
        }],
        codes,
    };
    Codes {
        schema_version: SCHEMA_VERSION,
        dimensions: vec![
            dim("year", None, vec![c("2024", 0, None)]),
            dim(
                "geo",
                Some("DK"),
                vec![
                    c("DK", 0, None),
                    c("R1", 1, Some("DK")),
                    c("R2", 1, Some("DK")),
                    c("k1", 2, Some("R1")),
                    c("k2", 2, Some("R1")),
                    c("k3", 2, Some("R2")),
                    c("k4", 2, Some("R2")),
                ],
            ),
            dim(
                "spec",
                Some("T"),
                vec![c("T", 0, None), c("A", 1, Some("T")), c("B", 1, Some("T"))],
            ),
            dim("diag", Some("T"), vec![c("T", 0, None)]),
            dim("sex", Some("T"), vec![c("T", 0, None)]),
            dim("age", Some("T"), vec![c("T", 0, None)]),
        ],
    }
}

const GEO: [&str; 7] = ["DK", "R1", "R2", "k1", "k2", "k3", "k4"];

fn measure(id: &str, kind: MeasureKind) -> Measure {
    Measure {
        id: id.into(),
        kind,
        label: Text::default(),
        unit: Text::default(),
        decimals: 0,
        definition: Text::default(),
    }
}

/// One table geo × spec (year last) of contacts from atom values per (kommune, spec A/B).
/// Returns the dataset (with the given cells suppressed) and its truth.
fn publication(atoms: [[u64; 2]; 4], suppressed: &[(&str, &str)]) -> (Dataset, Truth) {
    let specs = ["T", "A", "B"];
    let mut vals = Vec::new();
    for g in GEO {
        let ks: Vec<usize> = match g {
            "DK" => vec![0, 1, 2, 3],
            "R1" => vec![0, 1],
            "R2" => vec![2, 3],
            k => vec![k[1..].parse::<usize>().unwrap() - 1],
        };
        for s in specs {
            let v: u64 = ks
                .iter()
                .map(|&k| match s {
                    "A" => atoms[k][0],
                    "B" => atoms[k][1],
                    _ => atoms[k][0] + atoms[k][1],
                })
                .sum();
            vals.push(v);
        }
    }
    let table_of = |id: &str, vals: &[u64]| {
        let mut t = Table {
            id: id.into(),
            dims: vec!["geo".into(), "spec".into(), "year".into()],
            codes: vec![
                GEO.iter().map(|s| s.to_string()).collect(),
                specs.iter().map(|s| s.to_string()).collect(),
                vec!["2024".into()],
            ],
            suppressed: vec![],
            values: BTreeMap::new(),
        };
        for (g, s) in suppressed {
            if let Some(i) = t.index_of(&[g, s, "2024"]) {
                t.suppressed.push(i as u32);
            }
        }
        t.suppressed.sort_unstable();
        let v: Vec<Value> = vals
            .iter()
            .enumerate()
            .map(|(i, &x)| {
                Value(if t.is_suppressed(i) {
                    None
                } else {
                    Some(x as f64)
                })
            })
            .collect();
        t.values.insert("contacts".into(), v);
        t
    };
    let t = table_of("geo_spec", &vals);
    let ds = Dataset {
        schema_version: SCHEMA_VERSION,
        id: "test".into(),
        synthetic: true,
        title: Text::default(),
        description: Text::default(),
        period: Period {
            from: 2024,
            to: 2024,
        },
        notes: vec![],
        suppression: SuppressionInfo {
            threshold: 5,
            marker: "..".into(),
            rule: Text::default(),
        },
        declaration: Declaration {
            purpose: Text::default(),
            content: Text::default(),
            indicators: Text::default(),
            caveats: Text::default(),
            source: Text::default(),
            publication: Text::default(),
            terms: Text::default(),
        },
        dimensions: vec!["geo".into(), "spec".into(), "year".into()],
        measures: vec![measure("contacts", MeasureKind::Events)],
        tables: vec![t],
    };
    let mut truth = Truth::new();
    truth.insert(
        ("test".into(), "geo_spec".into()),
        TruthTable {
            counts: BTreeMap::from([("contacts".to_string(), vals)]),
            population: vec![],
            median: vec![],
            quart: vec![],
        },
    );
    (ds, truth)
}

fn failures(ds: &Dataset, truth: &Truth) -> Vec<String> {
    check_publication(
        &codes(),
        std::slice::from_ref(ds),
        truth,
        &Settings::default(),
    )
    .failures
}

fn assert_caught(ds: &Dataset, truth: &Truth, reason: &str) {
    let f = failures(ds, truth);
    assert!(
        f.iter().any(|x| x.contains(reason)),
        "expected a failure containing '{reason}', got {f:#?}"
    );
}

/// Kommune 1 has a small count in A; its whole row and a partner row are hidden — a sound pattern.
const ATOMS: [[u64; 2]; 4] = [[2, 40], [30, 25], [12, 9], [50, 60]];
const SOUND: &[(&str, &str)] = &[
    ("k1", "A"),
    ("k1", "T"),
    ("k2", "A"),
    ("k2", "T"),
    ("k1", "B"),
    ("k2", "B"),
];

#[test]
fn a_sound_pattern_passes() {
    let (ds, truth) = publication(ATOMS, SOUND);
    let f = failures(&ds, &truth);
    assert!(f.is_empty(), "{f:#?}");
}

#[test]
fn catches_a_cell_left_alone_in_its_row() {
    // k1×A hidden, but k1×T and k1×B published: A = T − B.
    let (ds, truth) = publication(ATOMS, &[("k1", "A"), ("k2", "A")]);
    assert_caught(&ds, &truth, "exactly computable");
}

#[test]
fn catches_a_kommune_left_alone_in_its_region() {
    // k1×A and k1×T hidden, k2 published entirely: R1 − k2 gives k1.
    let (ds, truth) = publication(ATOMS, &[("k1", "A"), ("k1", "T"), ("k1", "B")]);
    assert_caught(&ds, &truth, "exactly computable");
}

#[test]
fn catches_two_ones_under_a_published_total() {
    // Two hidden 1s under a published 2: with zeros published both must be 1.
    let atoms = [[1, 40], [1, 25], [12, 9], [50, 60]];
    let (ds, truth) = publication(atoms, &[("k1", "A"), ("k2", "A"), ("k1", "T"), ("k2", "T")]);
    assert_caught(&ds, &truth, "single value");
}

#[test]
fn catches_a_narrow_interval() {
    // Hidden 2 and 2 under a published 4: each lies in [1, 3], width 2 < 3.
    let atoms = [[2, 40], [2, 25], [12, 9], [50, 60]];
    let (ds, truth) = publication(atoms, &[("k1", "A"), ("k2", "A"), ("k1", "T"), ("k2", "T")]);
    assert_caught(&ds, &truth, "narrower than 3");
}

#[test]
fn catches_an_upper_bound_at_the_value() {
    // Hidden 4 and 1 under a published 5: the 4 lies in [1, 4], upper bound not above the value.
    let atoms = [[4, 40], [1, 25], [12, 9], [50, 60]];
    let (ds, truth) = publication(atoms, &[("k1", "A"), ("k2", "A"), ("k1", "T"), ("k2", "T")]);
    assert_caught(&ds, &truth, "upper bound");
}

#[test]
fn catches_a_published_small_count() {
    let (ds, truth) = publication(ATOMS, &[]);
    assert_caught(&ds, &truth, "small count");
}

#[test]
fn catches_a_wrong_number() {
    let (mut ds, truth) = publication(ATOMS, SOUND);
    let i = ds.tables[0].index_of(&["k3", "A", "2024"]).unwrap();
    ds.tables[0].values.get_mut("contacts").unwrap()[i] = Value(Some(13.0));
    assert_caught(&ds, &truth, "published Some(13.0), true Some(12)");
}

#[test]
fn catches_a_value_left_in_a_suppressed_cell() {
    let (mut ds, truth) = publication(ATOMS, SOUND);
    let i = ds.tables[0].index_of(&["k1", "A", "2024"]).unwrap();
    ds.tables[0].values.get_mut("contacts").unwrap()[i] = Value(Some(2.0));
    assert_caught(&ds, &truth, "carries a value");
}

#[test]
fn catches_a_derived_figure_of_a_suppressed_cell() {
    let (mut ds, truth) = publication(ATOMS, SOUND);
    ds.measures
        .push(measure("contacts_per_1000", MeasureKind::Derived));
    let n = ds.tables[0].len();
    let mut rate = vec![Value(Some(1.0)); n];
    for &i in &ds.tables[0].suppressed.clone() {
        rate[i as usize] = Value(None);
    }
    let leak = ds.tables[0].index_of(&["k1", "A", "2024"]).unwrap();
    rate[leak] = Value(Some(0.5));
    ds.tables[0].values.insert("contacts_per_1000".into(), rate);
    assert_caught(&ds, &truth, "carries a value");
}

#[test]
fn catches_two_tables_that_difference_a_cell_out() {
    // Table 1 hides k1 and k2 in A (a sound pair on its own); table 2 publishes the same geo × A
    // cells for k2 through another route: the second table leaves k2×A published.
    let (mut ds, mut truth) = publication(ATOMS, SOUND);
    let (other, other_truth) = publication(
        ATOMS,
        &[
            ("k1", "A"),
            ("k1", "T"),
            ("k3", "A"),
            ("k3", "T"),
            ("k1", "B"),
            ("k3", "B"),
        ],
    );
    let mut t2 = other.tables[0].clone();
    t2.id = "geo_spec_2".into();
    ds.tables.push(t2);
    truth.insert(
        ("test".into(), "geo_spec_2".into()),
        other_truth[&("test".to_string(), "geo_spec".to_string())].clone(),
    );
    let f = failures(&ds, &truth);
    assert!(f.iter().any(|x| x.contains("same cell")), "{f:#?}");
    assert!(
        f.iter()
            .any(|x| x.contains("exactly computable") || x.contains("single value")),
        "{f:#?}"
    );
}

#[test]
fn catches_two_datasets_that_difference_a_cell_out() {
    // The same pair of tables as above, but in two dataset files (diagnoses and hospital contacts
    // share cells like this): the audit must check them as one publication.
    let (ds, mut truth) = publication(ATOMS, SOUND);
    let (mut other, other_truth) = publication(
        ATOMS,
        &[
            ("k1", "A"),
            ("k1", "T"),
            ("k3", "A"),
            ("k3", "T"),
            ("k1", "B"),
            ("k3", "B"),
        ],
    );
    other.id = "test2".into();
    truth.insert(
        ("test2".into(), "geo_spec".into()),
        other_truth[&("test".to_string(), "geo_spec".to_string())].clone(),
    );
    let alone = check_publication(
        &codes(),
        std::slice::from_ref(&ds),
        &truth,
        &Settings::default(),
    )
    .failures;
    assert!(
        alone.is_empty(),
        "the first file is sound on its own: {alone:#?}"
    );
    let f = check_publication(&codes(), &[ds, other], &truth, &Settings::default()).failures;
    assert!(f.iter().any(|x| x.contains("same cell")), "{f:#?}");
    assert!(
        f.iter()
            .any(|x| x.contains("exactly computable") || x.contains("single value")),
        "{f:#?}"
    );
}

/// Every integer assignment to the hidden atoms that reproduces the published cells, with hidden
/// cells ≥ 1: the interval a brute-force attacker gets for each hidden cell.
fn exhaustive(
    atoms: [[u64; 2]; 4],
    hidden: &[(usize, usize)],
    ds: &Dataset,
) -> BTreeMap<usize, (u64, u64)> {
    let t = &ds.tables[0];
    let cells_of = |g: &str, s: &str| -> Vec<(usize, usize)> {
        let ks: Vec<usize> = match g {
            "DK" => vec![0, 1, 2, 3],
            "R1" => vec![0, 1],
            "R2" => vec![2, 3],
            k => vec![k[1..].parse::<usize>().unwrap() - 1],
        };
        ks.into_iter()
            .flat_map(|k| match s {
                "A" => vec![(k, 0)],
                "B" => vec![(k, 1)],
                _ => vec![(k, 0), (k, 1)],
            })
            .collect()
    };
    let mut out: BTreeMap<usize, (u64, u64)> = BTreeMap::new();
    // No hidden atom can exceed the grand total.
    let max: u64 = atoms.iter().flatten().sum();
    let n = hidden.len();
    let mut trial = atoms;
    let mut counter = vec![0u64; n];
    loop {
        for (h, &(k, s)) in hidden.iter().enumerate() {
            trial[k][s] = counter[h];
        }
        let mut ok = true;
        let mut vals = Vec::new();
        for i in 0..t.len() {
            let c = t.coords_of(i);
            let v: u64 = cells_of(c[0], c[1]).iter().map(|&(k, s)| trial[k][s]).sum();
            let published = t.values["contacts"][i].0;
            match published {
                Some(p) if p != v as f64 => ok = false,
                None if v < 1 => ok = false,
                _ => {}
            }
            vals.push(v);
        }
        if ok {
            for &i in &t.suppressed {
                let e = out.entry(i as usize).or_insert((u64::MAX, 0));
                e.0 = e.0.min(vals[i as usize]);
                e.1 = e.1.max(vals[i as usize]);
            }
        }
        let mut d = 0;
        while d < n {
            counter[d] += 1;
            if counter[d] <= max {
                break;
            }
            counter[d] = 0;
            d += 1;
        }
        if d == n {
            break;
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]
    /// On tiny tables the audit's LP intervals contain the exhaustive integer intervals.
    #[test]
    fn lp_intervals_contain_integer_intervals(
        vals in proptest::array::uniform4(proptest::array::uniform2(0u64..=4)),
        pick in proptest::collection::btree_set(0usize..8, 2..=3),
    ) {
        let hidden: Vec<(usize, usize)> = pick.iter().map(|&i| (i / 2, i % 2)).collect();
        // Hide the chosen atoms and every cell above them, so the pattern is plausible.
        let mut hide: Vec<(String, String)> = Vec::new();
        for &(k, s) in &hidden {
            let kommune = format!("k{}", k + 1);
            let region = if k < 2 { "R1" } else { "R2" };
            for g in [kommune.as_str(), region] {
                for sp in [if s == 0 { "A" } else { "B" }, "T"] {
                    hide.push((g.to_string(), sp.to_string()));
                }
            }
        }
        let hide_ref: Vec<(&str, &str)> = hide.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        let mut atoms = vals;
        for &(k, s) in &hidden { atoms[k][s] = atoms[k][s].max(1); }
        let (ds, truth) = publication(atoms, &hide_ref);
        let settings = Settings { full_intervals: true, ..Settings::default() };
        let rep = check_publication(&codes(), std::slice::from_ref(&ds), &truth, &settings);
        // Hidden atoms not directly hidden as cells still vary: enumerate every atom under a
        // hidden cell.
        let t = &ds.tables[0];
        let mut free: Vec<(usize, usize)> = Vec::new();
        for k in 0..4 { for s in 0..2 {
            let g = format!("k{}", k + 1);
            let sp = if s == 0 { "A" } else { "B" };
            if t.is_suppressed(t.index_of(&[&g, sp, "2024"]).unwrap()) { free.push((k, s)); }
        }}
        prop_assume!(free.len() <= 4);
        let ex = exhaustive(atoms, &free, &ds);
        // Every hidden cell is either reported as computable or has an interval to compare.
        prop_assert!(!rep.intervals.is_empty() || rep.failures.iter().any(|f| f.contains("exactly computable")));
        let mut compared = 0;
        for (table, _, cell, m, lo, hi) in &rep.intervals {
            prop_assert_eq!(table.as_str(), "test/geo_spec");
            prop_assert_eq!(m.as_str(), "contacts");
            let &(ilo, ihi) = ex.get(cell).expect("the truth is feasible, so every hidden cell has an integer interval");
            prop_assert!(*lo <= ilo as f64 && *hi >= ihi as f64, "cell {:?}: LP [{}, {}] vs integer [{}, {}]", t.coords_of(*cell), lo, hi, ilo, ihi);
            compared += 1;
        }
        prop_assert_eq!(compared, rep.intervals.len());
        // Without the full intervals (cells settled by a known point, not an LP of their own), the
        // audit finds exactly the same.
        let fast = check_publication(&codes(), std::slice::from_ref(&ds), &truth, &Settings::default());
        prop_assert_eq!(&fast.failures, &rep.failures);
    }
}

/// The suppressor and the audit, end to end on random small tables: whatever pattern `protect`
/// accepts must pass the independent audit, and every small count must be hidden.
mod suppressor_against_audit {
    use super::*;
    use mock_data::publish;
    use mock_data::suppress::{protect, Block, Config, Count, Kind};

    fn protected(atoms: [[u64; 2]; 4]) -> Result<Vec<(String, String)>, String> {
        let c = codes();
        let model = publish::model(&c, 5);
        let (ds, truth) = publication(atoms, &[]);
        let t = &ds.tables[0];
        let contacts = &truth[&("test".to_string(), "geo_spec".to_string())].counts["contacts"];
        let idx = |dim: usize, code: &str| {
            model.dims[dim]
                .codes
                .iter()
                .position(|x| x == code)
                .unwrap()
        };
        let block = Block {
            table: "geo_spec".into(),
            year: 2024,
            dims: vec![publish::GEO, publish::SPEC],
            codes: vec![
                t.codes[0].iter().map(|g| idx(publish::GEO, g)).collect(),
                t.codes[1].iter().map(|s| idx(publish::SPEC, s)).collect(),
            ],
            counts: vec![Count {
                id: "contacts".into(),
                kind: Kind::Events,
                values: contacts.clone(),
            }],
            dominates: vec![],
            positive: vec![0],
        };
        let out = protect(&model, &[block], &Config::default())?;
        Ok(out.suppressed[0]
            .iter()
            .enumerate()
            .filter(|(_, s)| **s)
            .map(|(i, _)| {
                let c = t.coords_of(i);
                (c[0].to_string(), c[1].to_string())
            })
            .collect())
    }

    #[test]
    fn a_single_small_count_gets_partners() {
        let hidden = protected(ATOMS).expect("protectable");
        // k1×A = 2 is primary; it cannot stand alone in its row or its region.
        assert!(hidden.contains(&("k1".into(), "A".into())), "{hidden:?}");
        assert!(hidden.len() >= 4, "{hidden:?}");
        let refs: Vec<(&str, &str)> = hidden
            .iter()
            .map(|(a, b)| (a.as_str(), b.as_str()))
            .collect();
        let (ds, truth) = publication(ATOMS, &refs);
        assert!(
            failures(&ds, &truth).is_empty(),
            "{:#?}",
            failures(&ds, &truth)
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(40))]
        #[test]
        fn every_accepted_pattern_passes_the_audit(vals in proptest::array::uniform4(proptest::array::uniform2(0u64..=14))) {
            match protected(vals) {
                // Failing closed is allowed; publishing something unsafe is not.
                Err(_) => {}
                Ok(hidden) => {
                    let refs: Vec<(&str, &str)> = hidden.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
                    let (ds, truth) = publication(vals, &refs);
                    let f = failures(&ds, &truth);
                    prop_assert!(f.is_empty(), "values {:?}, hidden {:?}: {:#?}", vals, hidden, f);
                }
            }
        }
    }
}
