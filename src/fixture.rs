//! Test fixture: a tiny code list and diagnoses dataset with the same shape as the published one
//! (same dimensions, hierarchies and tables, far fewer codes). Numbers are arbitrary and never
//! leave the tests.

use std::collections::BTreeMap;

use mock_data::schema::*;

fn code(code: &str, da: &str, level: u8, parents: &[(&str, &str)]) -> Code {
    Code {
        code: code.into(),
        label: Text::new(da, format!("{da} (en)")),
        level,
        parents: parents
            .iter()
            .map(|(h, p)| (h.to_string(), p.to_string()))
            .collect(),
    }
}

fn dim(
    id: &str,
    da: &str,
    total: Option<&str>,
    hierarchies: &[&str],
    codes: Vec<Code>,
) -> Dimension {
    Dimension {
        id: id.into(),
        label: Text::new(da, format!("{da} (en)")),
        total: total.map(|t| t.to_string()),
        levels: vec![
            Text::new("Niveau 0", "Level 0"),
            Text::new("Niveau 1", "Level 1"),
            Text::new("Niveau 2", "Level 2"),
            Text::new("Niveau 3", "Level 3"),
        ],
        hierarchies: hierarchies
            .iter()
            .map(|h| Hierarchy {
                id: h.to_string(),
                label: Text::new(format!("Inddeling {h}"), format!("Structure {h}")),
            })
            .collect(),
        codes,
    }
}

pub fn codes() -> Codes {
    let years = (2021..=2025)
        .map(|y| code(&y.to_string(), &y.to_string(), 0, &[]))
        .collect();
    let mut geo = vec![code("DK", "Hele landet", 0, &[])];
    for (r, name) in [
        ("1081", "Region Nordjylland"),
        ("1082", "Region Midtjylland"),
        ("1083", "Region Syddanmark"),
    ] {
        geo.push(code(r, name, 1, &[("std", "DK"), ("2027", "DK")]));
    }
    geo.push(code("1084", "Region Hovedstaden", 1, &[("std", "DK")]));
    geo.push(code("1085", "Region Sjælland", 1, &[("std", "DK")]));
    geo.push(code("OST", "Region Østdanmark", 1, &[("2027", "DK")]));
    for (k, name, r) in [
        ("0851", "Aalborg", "1081"),
        ("0751", "Aarhus", "1082"),
        ("0461", "Odense", "1083"),
    ] {
        geo.push(code(k, name, 2, &[("std", r), ("2027", r)]));
    }
    for (k, name, r) in [
        ("0101", "København", "1084"),
        ("0147", "Frederiksberg", "1084"),
        ("0259", "Køge", "1085"),
    ] {
        geo.push(code(k, name, 2, &[("std", r), ("2027", "OST")]));
    }
    let mut spec = vec![code("T", "Alle specialer", 0, &[])];
    for (s, name) in [
        ("OJ", "Øjenlæge"),
        ("ON", "Øre-næse-hals"),
        ("DE", "Dermatologi"),
    ] {
        spec.push(code(s, name, 1, &[("std", "T")]));
    }
    let diag = vec![
        code("T", "Alle diagnoser", 0, &[]),
        code("A", "Infektionssygdomme", 1, &[("std", "T")]),
        code("J", "Åndedrætsorganer", 1, &[("std", "T")]),
        code("XX", "Ingen gyldig diagnose", 1, &[("std", "T")]),
        code("A00-A09", "Tarminfektioner", 2, &[("std", "A")]),
        code("J00-J06", "Øvre luftveje", 2, &[("std", "J")]),
        code("J30-J39", "Andre øvre luftveje", 2, &[("std", "J")]),
        code("A09", "Diarré", 3, &[("std", "A00-A09")]),
        code("J01", "Bihulebetændelse", 3, &[("std", "J00-J06")]),
        code("J02", "Halsbetændelse", 3, &[("std", "J00-J06")]),
        code("J30", "Høfeber", 3, &[("std", "J30-J39")]),
    ];
    let sex = vec![
        code("T", "Begge køn", 0, &[]),
        code("K", "Kvinder", 1, &[("std", "T")]),
        code("M", "Mænd", 1, &[("std", "T")]),
    ];
    let mut age = vec![code("T", "Alle aldre", 0, &[])];
    for a in ["0-17", "18-29", "30-49", "50-64", "65-79", "80+"] {
        age.push(code(a, a, 1, &[("std", "T")]));
    }
    Codes {
        schema_version: SCHEMA_VERSION,
        dimensions: vec![
            dim("year", "År", None, &["std"], years),
            dim("geo", "Geografi", Some("DK"), &["std", "2027"], geo),
            dim("spec", "Speciale", Some("T"), &["std"], spec),
            dim("diag", "Diagnose", Some("T"), &["std"], diag),
            dim("sex", "Køn", Some("T"), &["std"], sex),
            dim("age", "Aldersgruppe", Some("T"), &["std"], age),
        ],
    }
}

fn hash(s: &str) -> u64 {
    // FNV-1a: stable pseudo-random numbers per cell.
    s.bytes().fold(0xcbf29ce484222325u64, |h, b| {
        (h ^ b as u64).wrapping_mul(0x100000001b3)
    })
}

fn table(id: &str, dims: &[&str], codes: Vec<Vec<String>>) -> Table {
    let mut t = Table {
        id: id.into(),
        dims: dims.iter().map(|d| d.to_string()).collect(),
        codes,
        suppressed: vec![],
        values: BTreeMap::new(),
    };
    let n = t.len();
    let mut patients = Vec::with_capacity(n);
    let mut contacts = Vec::with_capacity(n);
    let mut per_patient = Vec::with_capacity(n);
    for i in 0..n {
        let key = t.coords_of(i).join("|");
        let p = (hash(&key) % 5000) as f64;
        let c = p * 2.0 + (hash(&format!("{key}c")) % 100) as f64;
        if p > 0.0 && p < 400.0 {
            t.suppressed.push(i as u32);
            patients.push(Value(None));
            contacts.push(Value(None));
            per_patient.push(Value(None));
        } else {
            patients.push(Value(Some(p)));
            contacts.push(Value(Some(c)));
            per_patient.push(Value(if p > 0.0 {
                Some((c / p * 10.0).round() / 10.0)
            } else {
                None
            }));
        }
    }
    t.values.insert("patients".into(), patients);
    t.values.insert("contacts".into(), contacts);
    t.values.insert("contacts_per_patient".into(), per_patient);
    t
}

fn all(codes: &Codes, dim: &str, max_level: u8) -> Vec<String> {
    codes
        .dimension(dim)
        .map(|d| {
            d.codes
                .iter()
                .filter(|c| c.level <= max_level)
                .map(|c| c.code.clone())
                .collect()
        })
        .unwrap_or_default()
}

fn measure(id: &str, kind: MeasureKind, decimals: u8) -> Measure {
    Measure {
        id: id.into(),
        kind,
        label: Text::new(format!("Mål {id}"), format!("Measure {id}")),
        unit: Text::new("enheder", "units"),
        decimals,
        definition: Text::new("Definition", "Definition"),
    }
}

/// Codes and a diagnoses dataset with the five published tables.
pub fn diagnoses() -> (Codes, Dataset) {
    let codes = codes();
    let years = |from: u16| (from..=2025).map(|y| y.to_string()).collect::<Vec<_>>();
    let regions: Vec<String> = all(&codes, "geo", 1);
    let tables = vec![
        table(
            "geo_spec",
            &["year", "geo", "spec"],
            vec![years(2021), all(&codes, "geo", 2), all(&codes, "spec", 1)],
        ),
        table(
            "region_spec_diag",
            &["year", "geo", "spec", "diag"],
            vec![
                years(2024),
                regions,
                all(&codes, "spec", 1),
                all(&codes, "diag", 2),
            ],
        ),
        table(
            "spec_code",
            &["year", "spec", "diag"],
            vec![years(2024), all(&codes, "spec", 1), all(&codes, "diag", 3)],
        ),
        table(
            "spec_sex_age",
            &["year", "spec", "sex", "age"],
            vec![
                years(2021),
                all(&codes, "spec", 1),
                all(&codes, "sex", 1),
                all(&codes, "age", 1),
            ],
        ),
        table(
            "spec_chapter_sex_age",
            &["year", "spec", "diag", "sex", "age"],
            vec![
                years(2024),
                all(&codes, "spec", 1),
                all(&codes, "diag", 1),
                all(&codes, "sex", 1),
                all(&codes, "age", 1),
            ],
        ),
    ];
    let text = |s: &str| Text::new(s, format!("{s} (en)"));
    let ds = Dataset {
        schema_version: SCHEMA_VERSION,
        id: "diagnoser".into(),
        synthetic: true,
        title: text("Diagnoser i speciallægepraksis"),
        description: text("Patienter fordelt på diagnose (2021-)"),
        period: Period {
            from: 2021,
            to: 2025,
        },
        notes: vec![YearNote {
            year: 2024,
            text: text("Første år med diagnoser"),
        }],
        suppression: SuppressionInfo {
            threshold: 5,
            marker: "●".into(),
            rule: text("Tal under 5 vises ikke"),
        },
        declaration: Declaration {
            purpose: text("Formål"),
            content: text("Indhold"),
            indicators: text("Indikatorer"),
            caveats: text("Forbehold"),
            source: text("Kilde"),
            publication: text("Offentliggørelse"),
            terms: text("Begreber"),
        },
        dimensions: ["year", "geo", "spec", "diag", "sex", "age"]
            .iter()
            .map(|s| s.to_string())
            .collect(),
        measures: vec![
            measure("patients", MeasureKind::Persons, 0),
            measure("contacts", MeasureKind::Events, 0),
            measure("contacts_per_patient", MeasureKind::Derived, 1),
        ],
        tables,
    };
    (codes, ds)
}

#[test]
fn the_fixture_is_a_valid_dataset() {
    let (_, ds) = diagnoses();
    assert_eq!(validate_dataset(&ds), Ok(()));
    assert!(ds.tables.iter().all(|t| !t.suppressed.is_empty()));
}

/// Writes the fixture as `catalog.json`, `codes.json` and `diagnoser.json` into `$FIXTURE_OUT`,
/// to look at the app before (or without) the generator's data. Never into `public/data`.
#[test]
#[ignore = "run by hand: FIXTURE_OUT=/tmp/fixture cargo test write_fixture_files -- --ignored"]
fn write_fixture_files() {
    let Ok(dir) = std::env::var("FIXTURE_OUT") else {
        return;
    };
    assert!(!dir.contains("public"), "the fixture must not be shipped");
    let (codes, ds) = diagnoses();
    let ds_json = serde_json::to_string(&ds).unwrap();
    let catalog = Catalog {
        schema_version: SCHEMA_VERSION,
        synthetic: true,
        seed: 0,
        datasets: vec![CatalogEntry {
            id: "diagnoser".into(),
            title: ds.title.clone(),
            file: "diagnoser.json".into(),
            bytes: ds_json.len() as u64,
            gzip_bytes: ds_json.len() as u64 / 5,
            period: ds.period,
        }],
    };
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        format!("{dir}/catalog.json"),
        serde_json::to_string(&catalog).unwrap(),
    )
    .unwrap();
    std::fs::write(
        format!("{dir}/codes.json"),
        serde_json::to_string(&codes).unwrap(),
    )
    .unwrap();
    std::fs::write(format!("{dir}/diagnoser.json"), ds_json).unwrap();
}

/// The published pathways dataset with the published code lists (the files in public/data), for
/// tests that check the view against real cells.
pub fn pathways() -> (Codes, Dataset) {
    let codes =
        serde_json::from_str(include_str!("../public/data/codes.json")).expect("codes.json");
    let ds =
        serde_json::from_str(include_str!("../public/data/forloeb.json")).expect("forloeb.json");
    (codes, ds)
}
