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
use std::collections::BTreeMap;
use std::sync::Arc;

use mock_data::schema::{validate_dataset, Catalog, CatalogEntry, Codes, Dataset, SCHEMA_VERSION};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::json::FromJson;
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
    datasets: BTreeMap<String, Arc<Dataset>>,
    use_cases: Option<Arc<UseCases>>,
}

thread_local! {
    // wasm32 is single-threaded; the cache lives as long as the page.
    static CACHE: RefCell<Cache> = RefCell::new(Cache::default());
}

/// A request for a file, sent when it is made: several can be in flight at once, and the answer
/// is read later with [`Sent::json`].
struct Sent {
    url: String,
    response: Result<JsFuture, DataError>,
}

/// Send the request for a data file (`data/…`).
fn send(file: &str) -> Sent {
    send_url(format!("{DATA_DIR}{file}"))
}

/// Send the request for `url` (the browser's `fetch`). Not generic, so it is in the binary once.
#[inline(never)]
fn send_url(url: String) -> Sent {
    let response = web_sys::window()
        .ok_or_else(|| network_error(&url, "no window".into()))
        .map(|w| JsFuture::from(w.fetch_with_str(&url)));
    Sent { url, response }
}

fn network_error(url: &str, e: JsValue) -> DataError {
    DataError::Network {
        url: url.to_string(),
        message: e
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .or_else(|| e.as_string())
            .unwrap_or_else(|| "fetch failed".into()),
    }
}

/// The parsed JSON of an answer. Not generic, so it is in the binary once, not once per file
/// type.
#[inline(never)]
async fn receive(url: &str, response: Result<JsFuture, DataError>) -> Result<JsValue, DataError> {
    let resp: web_sys::Response = response?
        .await
        .map_err(|e| network_error(url, e))?
        .unchecked_into();
    read_body(url, resp).await
}

/// The body of an answer, parsed by the browser (`Response.json()`, which also skips a byte-order
/// mark); [`crate::json`] reads it into the app's types. A status other than 2xx is an HTTP error,
/// a body that is not JSON (a truncated file, an HTML page from a host's fallback) a parse error.
pub async fn read_body(url: &str, resp: web_sys::Response) -> Result<JsValue, DataError> {
    let network = |e: JsValue| network_error(url, e);
    if !resp.ok() {
        return Err(DataError::Http {
            url: url.to_string(),
            status: resp.status(),
        });
    }
    JsFuture::from(resp.json().map_err(network)?)
        .await
        .map_err(|e| match e.dyn_ref::<js_sys::Error>() {
            Some(err) if err.name() == "SyntaxError" => DataError::Parse {
                url: url.to_string(),
                message: String::from(err.message()),
            },
            _ => network(e),
        })
}

impl Sent {
    /// Wait for the answer and read it.
    async fn json<T: FromJson + Versioned>(self) -> Result<T, DataError> {
        let json = receive(&self.url, self.response).await.map_err(logged)?;
        read_versioned(&self.url, &json).map_err(logged)
    }
}

/// The page shows a sentence for the reader ([`DataError::user_text`]); the details (which field
/// of which table, the HTTP status) go to the browser console for whoever edits the files.
#[inline(never)]
fn logged(e: DataError) -> DataError {
    web_sys::console::warn_1(&e.to_string().into());
    e
}

/// Read a parsed file. The version is read first: a file of another version gets a version
/// message rather than a message about a field that version may not have.
pub fn read_versioned<T: FromJson + Versioned>(url: &str, json: &JsValue) -> Result<T, DataError> {
    let parse = |message: String| DataError::Parse {
        url: url.to_string(),
        message,
    };
    let version = if json.is_object() {
        crate::json::field::<u32>(json, "schema_version").map_err(parse)?
    } else {
        return Err(parse("the file is not a JSON object".into()));
    };
    if version != T::EXPECTED {
        return Err(DataError::Version {
            url: url.to_string(),
            found: version,
            expected: T::EXPECTED,
        });
    }
    T::read(json).map_err(parse)
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
    let u: Arc<UseCases> = Arc::new(send_url(USE_CASES_FILE.to_string()).json().await?);
    CACHE.with(|cache| cache.borrow_mut().use_cases = Some(u.clone()));
    Ok(u)
}

/// The catalog (cached).
pub async fn catalog() -> Result<Arc<Catalog>, DataError> {
    if let Some(c) = CACHE.with(|c| c.borrow().catalog.clone()) {
        return Ok(c);
    }
    let c: Arc<Catalog> = Arc::new(send("catalog.json").json().await?);
    CACHE.with(|cache| cache.borrow_mut().catalog = Some(c.clone()));
    Ok(c)
}

/// A file that is either in the cache or on its way.
enum Load<T> {
    Cached(Arc<T>),
    Sent(Sent),
}

/// Everything a view of dataset `id` needs: the code lists, its catalog entry and the dataset
/// (checked with `validate_dataset`), each fetched once per session.
///
/// Every request is sent before any answer is read: the code lists and the catalog at once, the
/// dataset as soon as the catalog names its file. (One after the other, a cold load waited for
/// three round trips and a parse between each before the first chart.)
pub async fn view_data(id: &str) -> Result<ViewData, DataError> {
    let codes = match CACHE.with(|c| c.borrow().codes.clone()) {
        Some(c) => Load::Cached(c),
        None => Load::Sent(send("codes.json")),
    };
    let cat = catalog().await?;
    let entry = cat
        .datasets
        .iter()
        .find(|d| d.id == id)
        .cloned()
        .ok_or_else(|| DataError::NotInCatalog(id.to_string()))?;
    let dataset = match CACHE.with(|c| c.borrow().datasets.get(id).cloned()) {
        Some(d) => Load::Cached(d),
        None => Load::Sent(send(&entry.file)),
    };
    let codes = match codes {
        Load::Cached(c) => c,
        Load::Sent(sent) => {
            let c: Arc<Codes> = Arc::new(sent.json().await?);
            CACHE.with(|cache| cache.borrow_mut().codes = Some(c.clone()));
            c
        }
    };
    let dataset = match dataset {
        Load::Cached(d) => d,
        Load::Sent(sent) => {
            let url = sent.url.clone();
            let ds: Dataset = sent.json().await?;
            validate_dataset(&ds).map_err(|message| logged(DataError::Invalid { url, message }))?;
            let ds = Arc::new(ds);
            CACHE.with(|c| c.borrow_mut().datasets.insert(id.to_string(), ds.clone()));
            ds
        }
    };
    Ok(ViewData {
        entry,
        codes,
        dataset,
    })
}
