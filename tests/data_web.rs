//! Reading the data files in a real browser (`src/json.rs`, `data::read_versioned`):
//! `cargo test -p speciallaegepraksis --target wasm32-unknown-unknown --test data_web`.
//!
//! serde (the pipeline's reader of the same contract) is the reference: every published file must
//! read to the same value both ways.
#![cfg(target_arch = "wasm32")]

use mock_data::schema::{Catalog, Codes, Dataset, SCHEMA_VERSION};
use serde::de::DeserializeOwned;
use speciallaegepraksis::data::{read_body, read_versioned, DataError, Versioned};
use speciallaegepraksis::json::FromJson;
use speciallaegepraksis::texts::Lang;
use speciallaegepraksis::usecases::{UseCases, USE_CASES_VERSION};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn parse(text: &str) -> JsValue {
    js_sys::JSON::parse(text).expect("valid JSON")
}

fn read<T: FromJson + Versioned>(text: &str) -> Result<T, DataError> {
    read_versioned("data/test.json", &parse(text))
}

fn same_as_serde<T>(name: &str, text: &str)
where
    T: FromJson + Versioned + DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let ours: T = read(text).unwrap_or_else(|e| panic!("{name}: {e}"));
    let serde: T = serde_json::from_str(text).expect(name);
    assert!(ours == serde, "{name} reads differently");
}

#[wasm_bindgen_test]
fn every_published_file_reads_as_serde_reads_it() {
    same_as_serde::<Catalog>("catalog", include_str!("../public/data/catalog.json"));
    same_as_serde::<Codes>("codes", include_str!("../public/data/codes.json"));
    for (name, text) in [
        ("diagnoser", include_str!("../public/data/diagnoser.json")),
        (
            "sygehuskontakt",
            include_str!("../public/data/sygehuskontakt.json"),
        ),
        (
            "henvisninger",
            include_str!("../public/data/henvisninger.json"),
        ),
        (
            "populationer",
            include_str!("../public/data/populationer.json"),
        ),
        ("forloeb", include_str!("../public/data/forloeb.json")),
        ("aktivitet", include_str!("../public/data/aktivitet.json")),
    ] {
        same_as_serde::<Dataset>(name, text);
    }
    same_as_serde::<UseCases>("usecases", include_str!("../public/content/usecases.json"));
}

#[wasm_bindgen_test]
fn the_catalog_names_every_dataset_file_tested_here() {
    let cat: Catalog = read(include_str!("../public/data/catalog.json")).expect("catalog");
    let files: Vec<&str> = cat.datasets.iter().map(|d| d.file.as_str()).collect();
    assert_eq!(
        files,
        [
            "diagnoser.json",
            "sygehuskontakt.json",
            "henvisninger.json",
            "populationer.json",
            "forloeb.json",
            "aktivitet.json"
        ]
    );
}

#[wasm_bindgen_test]
fn another_version_is_reported_before_field_errors() {
    let e = read::<Codes>(r#"{"schema_version": 99, "other": 1}"#).unwrap_err();
    assert_eq!(
        e,
        DataError::Version {
            url: "data/test.json".into(),
            found: 99,
            expected: SCHEMA_VERSION
        }
    );
    assert!(e.user_text(Lang::Da).contains("99"));
    let e = read::<UseCases>(r#"{"schema_version": 7}"#).unwrap_err();
    assert!(
        matches!(e, DataError::Version { found: 7, expected, .. } if expected == USE_CASES_VERSION)
    );
    assert!(read::<Codes>(r#"{"schema_version": 1, "dimensions": []}"#).is_ok());
}

#[wasm_bindgen_test]
fn a_missing_version_or_a_file_that_is_no_object_is_a_parse_error() {
    for text in [
        r#"{"dimensions": []}"#,
        r#"{"schema_version": "1"}"#,
        "[1, 2]",
        "\"codes\"",
        "null",
    ] {
        let e = read::<Codes>(text).unwrap_err();
        assert!(matches!(e, DataError::Parse { .. }), "{text}: {e:?}");
    }
}

/// A dataset with one table of four cells; `values` is put in as given.
fn dataset(values: &str) -> String {
    let ds = include_str!("../public/data/forloeb.json");
    let mut v: serde_json::Value = serde_json::from_str(ds).expect("forloeb");
    let t = &mut v["tables"][0];
    t["dims"] = serde_json::json!(["year"]);
    t["codes"] = serde_json::json!([["2022", "2023", "2024", "2025"]]);
    t["suppressed"] = serde_json::json!([]);
    t["values"] = serde_json::json!({ "patients": serde_json::from_str::<serde_json::Value>(values).unwrap() });
    v.to_string()
}

#[wasm_bindgen_test]
fn values_keep_null_apart_from_zero() {
    let ds: Dataset = read(&dataset("[0, null, 12, 3.5]")).expect("reads");
    let v: Vec<Option<f64>> = ds.tables[0].values["patients"]
        .iter()
        .map(|x| x.0)
        .collect();
    assert_eq!(v, [Some(0.0), None, Some(12.0), Some(3.5)]);
}

#[wasm_bindgen_test]
fn a_problem_names_its_place() {
    for (values, want) in [
        (
            r#"[0, 1, "x", 3]"#,
            r#"tables[0].values.patients[2]: expected a number or null, found "x""#,
        ),
        (
            r#"[0, 1, {}, 3]"#,
            "tables[0].values.patients[2]: expected a number or null, found an object",
        ),
        (
            r#"[0, true, 2, 3]"#,
            "tables[0].values.patients[1]: expected a number or null, found true",
        ),
        (
            r#"[0, "7", 2, 3]"#,
            r#"tables[0].values.patients[1]: expected a number or null, found "7""#,
        ),
        ("7", "tables[0].values.patients: expected a list, found 7"),
    ] {
        match read::<Dataset>(&dataset(values)) {
            Err(DataError::Parse { message, .. }) => assert_eq!(message, want, "{values}"),
            other => panic!("{values}: {other:?}"),
        }
    }
    let mut v: serde_json::Value =
        serde_json::from_str(include_str!("../public/data/codes.json")).expect("codes");
    v["dimensions"][1]["codes"][3]["level"] = serde_json::json!(-1);
    v["dimensions"][1]["codes"][4]["label"] = serde_json::json!(null);
    match read::<Codes>(&v.to_string()) {
        Err(DataError::Parse { message, .. }) => assert_eq!(
            message,
            "dimensions[1].codes[3].level: expected a whole number from 0 to 255, found -1"
        ),
        other => panic!("{other:?}"),
    }
}

/// A body as a static host would send it, through the app's reading of an answer.
async fn body(text: &str) -> Result<Codes, DataError> {
    let resp = web_sys::Response::new_with_opt_str(Some(text)).expect("a response");
    let json = read_body("data/codes.json", resp).await?;
    read_versioned("data/codes.json", &json)
}

#[wasm_bindgen_test]
async fn html_instead_of_json_is_a_parse_error() {
    let e = body("<!doctype html><html></html>").await.unwrap_err();
    assert!(matches!(e, DataError::Parse { .. }), "{e:?}");
}

#[wasm_bindgen_test]
async fn a_byte_order_mark_is_skipped() {
    let ok = body("\u{feff}{\"schema_version\": 1, \"dimensions\": []}").await;
    assert!(ok.is_ok(), "{ok:?}");
}
