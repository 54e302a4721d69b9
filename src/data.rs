//! Loading the published JSON: catalog, code lists and datasets.
//!
//! - URLs are relative (`data/…`), so they resolve against the document and the app works under
//!   any sub-path.
//! - `resp.ok()` is checked before parsing: a static host's SPA fallback answers a missing file
//!   with `index.html` and status 200, which then fails as "not a data file", not as a crash.
//! - Every file's schema version is checked; datasets also go through
//!   [`mock_data::schema::validate_dataset`].
//! - One cache per session: each file is fetched once; failures are not cached, so a retry
//!   fetches again.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use mock_data::schema::{validate_dataset, Catalog, CatalogEntry, Codes, Dataset, SCHEMA_VERSION};
use serde::de::DeserializeOwned;

use crate::texts::{self, Lang};
use crate::usecases::{UseCases, USE_CASES_FILE, USE_CASES_VERSION};

/// The folder of the data files, relative to the document.
pub const DATA_DIR: &str = "data/";

/// Why data could not be loaded.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum DataError {
    #[error("network error fetching {url}: {message}")]
    Network { url: String, message: String },
    #[error("HTTP {status} for {url}")]
    Http { url: String, status: u16 },
    #[error("could not parse {url}: {message}")]
    Parse { url: String, message: String },
    #[error("{url} has schema version {found}, expected {expected}")]
    Version {
        url: String,
        found: u32,
        expected: u32,
    },
    #[error("{url} is inconsistent: {message}")]
    Invalid { url: String, message: String },
    #[error("dataset {0} is not in the catalog")]
    NotInCatalog(String),
}

impl DataError {
    /// A sentence for the reader.
    pub fn user_text(&self, lang: Lang) -> String {
        match self {
            DataError::Network { url, .. } => texts::error_network(lang, url),
            DataError::Http { url, status } => texts::error_http(lang, url, *status),
            DataError::Parse { url, .. } => texts::error_parse(lang, url),
            DataError::Version {
                url,
                found,
                expected,
            } => texts::error_version(lang, url, *found, *expected),
            DataError::Invalid { url, .. } => texts::error_invalid(lang, url),
            DataError::NotInCatalog(id) => texts::error_not_in_catalog(lang, id),
        }
    }
}

/// What a view of one dataset needs.
#[derive(Clone, Debug, PartialEq)]
pub struct ViewData {
    pub entry: CatalogEntry,
    pub codes: Arc<Codes>,
    pub dataset: Arc<Dataset>,
}

#[derive(Default)]
struct Cache {
    catalog: Option<Arc<Catalog>>,
    codes: Option<Arc<Codes>>,
    datasets: HashMap<String, Arc<Dataset>>,
    use_cases: Option<Arc<UseCases>>,
}

thread_local! {
    // wasm32 is single-threaded; the cache lives as long as the page.
    static CACHE: RefCell<Cache> = RefCell::new(Cache::default());
}

async fn fetch_json<T: DeserializeOwned + Versioned>(file: &str) -> Result<T, DataError> {
    fetch_url(format!("{DATA_DIR}{file}")).await
}

async fn fetch_url<T: DeserializeOwned + Versioned>(url: String) -> Result<T, DataError> {
    let text = fetch_text(&url).await?;
    parse_json(&url, &text)
}

/// The text of a file (the browser's `fetch`). Not generic, so it is in the binary once, not
/// once per file type.
#[inline(never)]
async fn fetch_text(url: &str) -> Result<String, DataError> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let network = |e: wasm_bindgen::JsValue| DataError::Network {
        url: url.to_string(),
        message: e
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .or_else(|| e.as_string())
            .unwrap_or_else(|| "fetch failed".into()),
    };
    let window = web_sys::window().ok_or_else(|| network("no window".into()))?;
    let resp: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(network)?
        .unchecked_into();
    if !resp.ok() {
        return Err(DataError::Http {
            url: url.to_string(),
            status: resp.status(),
        });
    }
    let text = JsFuture::from(resp.text().map_err(network)?)
        .await
        .map_err(network)?;
    text.as_string()
        .ok_or_else(|| network("the response is not text".into()))
}

/// Parse a file's text. A file of another schema version gets a version message rather than a
/// field error; the text is parsed a second time (for its version only) just when the first parse
/// fails, so the large dataset is read once.
pub fn parse_json<T: DeserializeOwned + Versioned>(url: &str, text: &str) -> Result<T, DataError> {
    #[derive(serde::Deserialize)]
    struct VersionOnly {
        schema_version: Option<u32>,
    }
    let version_error = |found: u32| DataError::Version {
        url: url.to_string(),
        found,
        expected: T::EXPECTED,
    };
    match serde_json::from_str::<T>(text) {
        Ok(v) if v.schema_version() == T::EXPECTED => Ok(v),
        Ok(v) => Err(version_error(v.schema_version())),
        Err(e) => match serde_json::from_str::<VersionOnly>(text) {
            Ok(VersionOnly {
                schema_version: Some(found),
            }) if found != T::EXPECTED => Err(version_error(found)),
            _ => Err(DataError::Parse {
                url: url.to_string(),
                message: e.to_string(),
            }),
        },
    }
}

/// Files that carry a schema version.
pub trait Versioned {
    /// The version this app reads.
    const EXPECTED: u32 = SCHEMA_VERSION;
    fn schema_version(&self) -> u32;
}

impl Versioned for Catalog {
    fn schema_version(&self) -> u32 {
        self.schema_version
    }
}
impl Versioned for Codes {
    fn schema_version(&self) -> u32 {
        self.schema_version
    }
}
impl Versioned for Dataset {
    fn schema_version(&self) -> u32 {
        self.schema_version
    }
}

impl Versioned for UseCases {
    const EXPECTED: u32 = USE_CASES_VERSION;
    fn schema_version(&self) -> u32 {
        self.schema_version
    }
}

/// The use-case catalogue (cached).
pub async fn use_cases() -> Result<Arc<UseCases>, DataError> {
    if let Some(u) = CACHE.with(|c| c.borrow().use_cases.clone()) {
        return Ok(u);
    }
    let u: Arc<UseCases> = Arc::new(fetch_url(USE_CASES_FILE.to_string()).await?);
    CACHE.with(|cache| cache.borrow_mut().use_cases = Some(u.clone()));
    Ok(u)
}

/// The catalog (cached).
pub async fn catalog() -> Result<Arc<Catalog>, DataError> {
    if let Some(c) = CACHE.with(|c| c.borrow().catalog.clone()) {
        return Ok(c);
    }
    let c: Arc<Catalog> = Arc::new(fetch_json("catalog.json").await?);
    CACHE.with(|cache| cache.borrow_mut().catalog = Some(c.clone()));
    Ok(c)
}

/// The code lists (cached).
pub async fn codes() -> Result<Arc<Codes>, DataError> {
    if let Some(c) = CACHE.with(|c| c.borrow().codes.clone()) {
        return Ok(c);
    }
    let c: Arc<Codes> = Arc::new(fetch_json("codes.json").await?);
    CACHE.with(|cache| cache.borrow_mut().codes = Some(c.clone()));
    Ok(c)
}

/// One dataset by catalog id (cached), checked with `validate_dataset`.
pub async fn dataset(id: &str) -> Result<(CatalogEntry, Arc<Dataset>), DataError> {
    let cat = catalog().await?;
    let entry = cat
        .datasets
        .iter()
        .find(|d| d.id == id)
        .cloned()
        .ok_or_else(|| DataError::NotInCatalog(id.to_string()))?;
    if let Some(ds) = CACHE.with(|c| c.borrow().datasets.get(id).cloned()) {
        return Ok((entry, ds));
    }
    let ds: Dataset = fetch_json(&entry.file).await?;
    validate_dataset(&ds).map_err(|message| DataError::Invalid {
        url: format!("{DATA_DIR}{}", entry.file),
        message,
    })?;
    let ds = Arc::new(ds);
    CACHE.with(|c| c.borrow_mut().datasets.insert(id.to_string(), ds.clone()));
    Ok((entry, ds))
}

/// Everything a view of dataset `id` needs.
pub async fn view_data(id: &str) -> Result<ViewData, DataError> {
    let codes = codes().await?;
    let (entry, dataset) = dataset(id).await?;
    Ok(ViewData {
        entry,
        codes,
        dataset,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrong_version_is_reported_before_field_errors() {
        let e = parse_json::<Codes>("data/codes.json", r#"{"schema_version": 99, "other": 1}"#)
            .unwrap_err();
        assert_eq!(
            e,
            DataError::Version {
                url: "data/codes.json".into(),
                found: 99,
                expected: SCHEMA_VERSION
            }
        );
        assert!(e.user_text(Lang::Da).contains("99"));
    }

    #[test]
    fn html_instead_of_json_is_a_parse_error() {
        let e = parse_json::<Codes>("data/codes.json", "<!doctype html><html></html>").unwrap_err();
        assert!(matches!(e, DataError::Parse { .. }));
    }

    #[test]
    fn a_valid_file_of_another_version_is_a_version_error() {
        let e = parse_json::<Codes>(
            "data/codes.json",
            r#"{"schema_version": 2, "dimensions": []}"#,
        )
        .unwrap_err();
        assert!(matches!(e, DataError::Version { found: 2, .. }));
        let ok = parse_json::<Codes>(
            "data/codes.json",
            r#"{"schema_version": 1, "dimensions": []}"#,
        );
        assert!(ok.is_ok());
    }

    #[test]
    fn missing_version_is_a_parse_error() {
        let e = parse_json::<Codes>("data/codes.json", r#"{"dimensions": []}"#).unwrap_err();
        assert!(matches!(e, DataError::Parse { .. }));
    }
}
