//! The data contract between the pipeline and the app.
//!
//! Three kinds of file live in `public/data/`:
//! - `catalog.json` ([`Catalog`]): which datasets exist, their files, sizes and periods;
//! - `codes.json` ([`Codes`]): every dimension's code list, with Danish and English labels and the
//!   hierarchies (Hele landet → region → kommune, also the 2027 regions; ICD-10 chapter → group →
//!   code; …);
//! - one file per dataset ([`Dataset`]): declaration, measures and the published tables.
//!
//! A table is a dense, row-major cross of its dimensions' code lists. Every cell of that cross is a
//! published cell: every level of every hierarchy the table can show is in it, so the app never has
//! to add anything up. A suppressed cell is listed in [`Table::suppressed`] and its value is `null`
//! in every measure; the file carries no value and no reason for it. A `null` that is not listed as
//! suppressed means "not defined" (for example contacts per patient where there are no patients).
//!
//! This module has no dependencies beyond serde, so the app compiles it for wasm32.

use serde::{Deserialize, Serialize, Serializer};
use std::collections::BTreeMap;

/// Version of the file format. The app refuses files of any other version with a clear message.
pub const SCHEMA_VERSION: u32 = 1;

/// A text in Danish and English (Danish first, as everywhere in the product).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
pub struct Text {
    pub da: String,
    pub en: String,
}

impl Text {
    pub fn new(da: impl Into<String>, en: impl Into<String>) -> Self {
        Text { da: da.into(), en: en.into() }
    }
    /// The text in the given language (`"en"` gives English, anything else Danish).
    pub fn get(&self, lang: &str) -> &str {
        if lang == "en" {
            &self.en
        } else {
            &self.da
        }
    }
}

/// A span of years, inclusive.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    pub from: u16,
    pub to: u16,
}

// ---------------------------------------------------------------------------------------------
// catalog.json

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Catalog {
    pub schema_version: u32,
    /// Always true in this mock-up: every number is synthetic.
    pub synthetic: bool,
    pub seed: u64,
    pub datasets: Vec<CatalogEntry>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct CatalogEntry {
    pub id: String,
    pub title: Text,
    /// File name relative to the data folder.
    pub file: String,
    /// Size of the file in bytes (uncompressed).
    pub bytes: u64,
    /// Size of the file gzip-compressed, as a static host would send it.
    pub gzip_bytes: u64,
    pub period: Period,
}

// ---------------------------------------------------------------------------------------------
// codes.json

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Codes {
    pub schema_version: u32,
    pub dimensions: Vec<Dimension>,
}

impl Codes {
    pub fn dimension(&self, id: &str) -> Option<&Dimension> {
        self.dimensions.iter().find(|d| d.id == id)
    }
}

/// One dimension (geography, speciale, diagnosis, sex, age group, year, …).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Dimension {
    pub id: String,
    pub label: Text,
    /// The code that means "all" (Hele landet, Alle specialer, …); `None` for year.
    pub total: Option<String>,
    /// Names of the levels, from the top (level 0) down.
    pub levels: Vec<Text>,
    /// The hierarchies over the codes. The first is the default; geography also has the 2027
    /// four-region structure.
    pub hierarchies: Vec<Hierarchy>,
    pub codes: Vec<Code>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Hierarchy {
    pub id: String,
    pub label: Text,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Code {
    pub code: String,
    pub label: Text,
    /// Depth in the hierarchy: 0 for the total, then 1, 2, …
    pub level: u8,
    /// Parent per hierarchy id. The total has none; a code with no entry for a hierarchy is not
    /// part of it (Region Hovedstaden is not in the 2027 structure, Region Østdanmark only there).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub parents: BTreeMap<String, String>,
}

impl Dimension {
    pub fn code(&self, code: &str) -> Option<&Code> {
        self.codes.iter().find(|c| c.code == code)
    }
    /// Is `code` part of hierarchy `h` (the total is part of every hierarchy)?
    pub fn in_hierarchy(&self, code: &Code, h: &str) -> bool {
        code.level == 0 || code.parents.contains_key(h)
    }
    /// The children of `parent` in hierarchy `h`, in code-list order.
    pub fn children<'a>(&'a self, parent: &'a str, h: &'a str) -> impl Iterator<Item = &'a Code> + 'a {
        self.codes
            .iter()
            .filter(move |c| c.parents.get(h).map(|p| p == parent).unwrap_or(false))
    }
    /// The path from the total down to `code` in hierarchy `h` (inclusive), or `None` if the code
    /// is unknown or not in that hierarchy.
    pub fn path(&self, code: &str, h: &str) -> Option<Vec<&Code>> {
        let mut out = vec![self.code(code)?];
        loop {
            let last = out[out.len() - 1];
            if last.level == 0 {
                break;
            }
            let parent = last.parents.get(h)?;
            out.push(self.code(parent)?);
            if out.len() > 16 {
                return None;
            }
        }
        out.reverse();
        Some(out)
    }
}

// ---------------------------------------------------------------------------------------------
// <dataset>.json

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Dataset {
    pub schema_version: u32,
    pub id: String,
    /// Always true in this mock-up.
    pub synthetic: bool,
    pub title: Text,
    /// eSundhed's one-liner: "<measure> fordelt på <dims> (<first year>- )".
    pub description: Text,
    pub period: Period,
    /// Notes tied to a year, shown at data breaks in trends.
    #[serde(default)]
    pub notes: Vec<YearNote>,
    pub suppression: SuppressionInfo,
    pub declaration: Declaration,
    /// The dimensions the dataset uses, in filter order.
    pub dimensions: Vec<String>,
    pub measures: Vec<Measure>,
    pub tables: Vec<Table>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct YearNote {
    pub year: u16,
    pub text: Text,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct SuppressionInfo {
    /// Counts from 1 to `threshold - 1` are never published.
    pub threshold: u32,
    /// The one marker shown for every suppressed cell.
    pub marker: String,
    pub rule: Text,
}

/// eSundhed's seven-part declaration ("Information om opgørelsen").
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Declaration {
    pub purpose: Text,
    pub content: Text,
    pub indicators: Text,
    pub caveats: Text,
    pub source: Text,
    pub publication: Text,
    pub terms: Text,
}

impl Declaration {
    /// The seven parts with their eSundhed headings, in order.
    pub fn parts(&self) -> [(Text, &Text); 7] {
        [
            (Text::new("Formål", "Purpose"), &self.purpose),
            (Text::new("Indhold og afgrænsning", "Content and scope"), &self.content),
            (Text::new("Indikatorer", "Indicators"), &self.indicators),
            (Text::new("Forbehold ved fortolkning", "Caveats"), &self.caveats),
            (Text::new("Datakilde", "Data source"), &self.source),
            (Text::new("Offentliggørelse", "Publication"), &self.publication),
            (Text::new("Ord og begreber", "Terms and concepts"), &self.terms),
        ]
    }
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum MeasureKind {
    /// Unique persons: add up over geography, sex and age, not over speciale or diagnosis.
    Persons,
    /// Events (contacts, referrals, …): add up over every dimension.
    Events,
    /// A figure derived from published counts (rate, ratio, share, median): never adds up.
    Derived,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Measure {
    pub id: String,
    pub kind: MeasureKind,
    pub label: Text,
    /// Unit for axis titles and the CSV header ("patienter", "pr. 1.000 indbyggere", …).
    pub unit: Text,
    /// Decimals to show.
    pub decimals: u8,
    /// How the figure is built, shown in the declaration and tooltips.
    pub definition: Text,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Table {
    pub id: String,
    /// Dimension ids, in the order of the dense cross.
    pub dims: Vec<String>,
    /// The published codes of each dimension (all levels shown), parallel to `dims`.
    pub codes: Vec<Vec<String>>,
    /// Row-major indices of suppressed cells (ascending). Same for every measure.
    pub suppressed: Vec<u32>,
    /// Values per measure id, dense and row-major over `codes`; `null` where suppressed or not
    /// defined.
    pub values: BTreeMap<String, Vec<Value>>,
}

/// A cell value: a number, or nothing. Integers are written without a decimal point.
#[derive(Deserialize, Clone, Copy, Debug, PartialEq)]
#[serde(transparent)]
pub struct Value(pub Option<f64>);

impl Serialize for Value {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            None => s.serialize_none(),
            Some(v) if v.fract() == 0.0 && v.abs() < 9.0e15 => s.serialize_i64(v as i64),
            Some(v) => s.serialize_f64(v),
        }
    }
}

impl Table {
    /// Number of cells in the dense cross.
    pub fn len(&self) -> usize {
        self.codes.iter().map(|c| c.len()).product()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Position of dimension `dim` in this table.
    pub fn dim_index(&self, dim: &str) -> Option<usize> {
        self.dims.iter().position(|d| d == dim)
    }
    /// Row-major index of the cell with the given code per dimension (same order as `dims`).
    pub fn index_of(&self, coords: &[&str]) -> Option<usize> {
        if coords.len() != self.dims.len() {
            return None;
        }
        let mut idx = 0usize;
        for (codes, c) in self.codes.iter().zip(coords) {
            let pos = codes.iter().position(|x| x == c)?;
            idx = idx * codes.len() + pos;
        }
        Some(idx)
    }
    /// The codes of the cell at row-major index `idx`.
    pub fn coords_of(&self, mut idx: usize) -> Vec<&str> {
        let mut out = vec![""; self.dims.len()];
        for d in (0..self.dims.len()).rev() {
            let n = self.codes[d].len();
            out[d] = &self.codes[d][idx % n];
            idx /= n;
        }
        out
    }
    pub fn is_suppressed(&self, idx: usize) -> bool {
        self.suppressed.binary_search(&(idx as u32)).is_ok()
    }
}

/// Check the version and basic shape of a dataset file, with a message a user can read.
pub fn validate_dataset(ds: &Dataset) -> Result<(), String> {
    if ds.schema_version != SCHEMA_VERSION {
        return Err(format!(
            "data file '{}' has schema version {}, this app reads version {}",
            ds.id, ds.schema_version, SCHEMA_VERSION
        ));
    }
    for t in &ds.tables {
        if t.dims.len() != t.codes.len() {
            return Err(format!("table '{}' lists {} dimensions but {} code lists", t.id, t.dims.len(), t.codes.len()));
        }
        let n = t.len();
        for (m, v) in &t.values {
            if v.len() != n {
                return Err(format!("table '{}', measure '{}': {} values for {} cells", t.id, m, v.len(), n));
            }
        }
        for &i in &t.suppressed {
            if i as usize >= n {
                return Err(format!("table '{}': suppressed index {} out of range", t.id, i));
            }
            if t.values.values().any(|v| v[i as usize].0.is_some()) {
                return Err(format!("table '{}': suppressed cell {} carries a value", t.id, i));
            }
        }
    }
    Ok(())
}
