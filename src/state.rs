//! The URL is the state. This module turns query pairs into typed state and back, with
//! language-neutral codes, defaults left out of the URL, and a visible notice for everything it
//! could not use (never a panic).
//!
//! Two steps:
//! 1. [`split_app`] and [`DiagnosisState::from_pairs`] check the *form* of each parameter (no data
//!    needed);
//! 2. [`DiagnosisState::validate`] checks codes against the loaded code lists and dataset.

use mock_data::schema::{Codes, Dataset};

use crate::query::encode_query;
use crate::texts::{self, Lang};

/// Something in the address that was not used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UrlNotice {
    /// A parameter nobody reads.
    UnknownParam(String),
    /// A value of the wrong form.
    BadValue { key: String, value: String },
    /// A well-formed code that the data do not have.
    UnknownCode { key: String, value: String },
    /// A code outside the chosen hierarchy (e.g. Region Hovedstaden in the 2027 regions).
    NotInHierarchy {
        key: String,
        value: String,
        hierarchy: String,
    },
    /// The same parameter twice.
    Duplicate(String),
}

impl UrlNotice {
    /// The notice as a sentence. `hierarchy_label` names a hierarchy id for the reader.
    pub fn text(&self, lang: Lang, hierarchy_label: &dyn Fn(&str) -> String) -> String {
        match self {
            UrlNotice::UnknownParam(k) => texts::url_unknown_param(lang, k),
            UrlNotice::BadValue { key, value } => texts::url_bad_value(lang, key, value),
            UrlNotice::UnknownCode { key, value } => texts::url_unknown_code(lang, key, value),
            UrlNotice::NotInHierarchy {
                value, hierarchy, ..
            } => texts::url_not_in_hierarchy(lang, value, &hierarchy_label(hierarchy)),
            UrlNotice::Duplicate(k) => texts::url_duplicate(lang, k),
        }
    }
}

// ------------------------------------------------------------------------------------------
// App level: which page, which language

/// The `view` code of the use-case catalogue.
pub const USE_CASES: &str = "usecases";
/// The `view` code of the component gallery.
pub const GALLERY: &str = "gallery";
/// The `view` code of the review notes.
pub const NOTES: &str = "notes";

/// Which page the `view` parameter asks for.
#[derive(Clone, Copy, Debug, Default, Eq)]
pub enum Page {
    #[default]
    Overview,
    /// A view on the cube engine.
    Cube(&'static crate::views::CubeSpec),
    /// The catalogue of use cases ("Brugsscenarier").
    UseCases,
    /// The review notes ("Kan billedet genkendes?").
    Notes,
    /// The component gallery (designers' builds).
    Gallery,
}

/// Two cube pages are the same page when they have the same `view` code (each view is one
/// static `CubeSpec`): no field-by-field comparison of the specs on every change of the address.
impl PartialEq for Page {
    fn eq(&self, other: &Page) -> bool {
        match (self, other) {
            (Page::Cube(a), Page::Cube(b)) => a.page == b.page,
            _ => std::mem::discriminant(self) == std::mem::discriminant(other),
        }
    }
}

impl Page {
    pub fn code(&self) -> &'static str {
        match self {
            Page::Overview => "",
            Page::Cube(spec) => spec.page,
            Page::UseCases => USE_CASES,
            Page::Notes => NOTES,
            Page::Gallery => GALLERY,
        }
    }
    /// The page of a listed view (every listed view is a cube view; the overview otherwise).
    pub fn of(code: &str) -> Page {
        crate::views::cube(code).map(Page::Cube).unwrap_or_default()
    }
    fn from_code(code: &str) -> Option<Page> {
        if code.is_empty() || code == "overview" {
            return Some(Page::Overview);
        }
        if code == USE_CASES {
            return Some(Page::UseCases);
        }
        if code == NOTES {
            return Some(Page::Notes);
        }
        if code == GALLERY {
            return Some(Page::Gallery);
        }
        let v = texts::VIEWS.iter().find(|v| v.code == code)?;
        Some(Page::of(v.code))
    }
}

/// The parameters every page shares.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AppQuery {
    pub page: Page,
    pub lang: Lang,
    /// Presentation mode: which use case and which step (`present`, `step`), on any page.
    pub present: Option<Presenting>,
}

/// A use case being presented, at step `step` (1-based).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Presenting {
    pub case: String,
    pub step: u16,
}

/// Take `view`, `lang`, `present` and `step` out of the pairs; return the rest for the page.
pub fn split_app(pairs: &[(String, String)]) -> (AppQuery, Vec<(String, String)>, Vec<UrlNotice>) {
    let mut app = AppQuery::default();
    let mut rest = Vec::new();
    let mut notices = Vec::new();
    let mut seen = (false, false);
    let (mut present, mut step): (Option<String>, Option<String>) = (None, None);
    for (k, v) in pairs {
        match k.as_str() {
            "present" | "step" => {
                let slot = if k == "present" {
                    &mut present
                } else {
                    &mut step
                };
                if slot.is_some() {
                    notices.push(UrlNotice::Duplicate(k.clone()));
                } else {
                    *slot = Some(v.clone());
                }
            }
            "view" | "lang" => {
                let first = if k == "view" {
                    &mut seen.0
                } else {
                    &mut seen.1
                };
                if *first {
                    notices.push(UrlNotice::Duplicate(k.clone()));
                    continue;
                }
                *first = true;
                let ok = if k == "view" {
                    Page::from_code(v).map(|p| app.page = p).is_some()
                } else {
                    Lang::from_code(v).map(|l| app.lang = l).is_some()
                };
                if !ok {
                    notices.push(UrlNotice::BadValue {
                        key: k.clone(),
                        value: v.clone(),
                    });
                }
            }
            _ => rest.push((k.clone(), v.clone())),
        }
    }
    let bad = |key: &str, value: &str| UrlNotice::BadValue {
        key: key.into(),
        value: value.into(),
    };
    match (present, step) {
        (Some(case), step) if is_code(&case) => {
            let n = match step.as_deref().map(|s| (s, s.parse::<u16>())) {
                None => 1,
                Some((_, Ok(n))) if n >= 1 => n,
                Some((s, _)) => {
                    notices.push(bad("step", s));
                    1
                }
            };
            app.present = Some(Presenting { case, step: n });
        }
        (Some(case), _) => notices.push(bad("present", &case)),
        (None, Some(_)) => notices.push(UrlNotice::UnknownParam("step".into())),
        (None, None) => {}
    }
    (app, rest, notices)
}

impl AppQuery {
    /// `view` and `lang`, defaults left out.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if self.page != Page::Overview {
            out.push(("view", self.page.code().to_string()));
        }
        if self.lang != Lang::Da {
            out.push(("lang", self.lang.code().to_string()));
        }
        if let Some(p) = &self.present {
            out.push(("present", p.case.clone()));
            out.push(("step", p.step.to_string()));
        }
        out
    }
}

/// The address of a page state: `path` (the document's own path, so sub-path hosting works),
/// then `view`, the page's own pairs, and `lang`.
pub fn href(path: &str, app: &AppQuery, page_pairs: &[(&str, String)]) -> String {
    let mut pairs: Vec<(&str, String)> = Vec::new();
    let app_pairs = app.to_pairs();
    pairs.extend(app_pairs.iter().filter(|(k, _)| *k == "view").cloned());
    pairs.extend(page_pairs.iter().cloned());
    pairs.extend(app_pairs.iter().filter(|(k, _)| *k != "view").cloned());
    let q = encode_query(&pairs);
    if q.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{q}")
    }
}

// ------------------------------------------------------------------------------------------
// The diagnoses view

/// A dimension of the cube datasets, as a filter and as the "vis fordelt på" choice. Each view
/// shows the ones its dataset has.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Dim {
    Geo,
    Spec,
    Diag,
    Sex,
    Age,
    /// Referral type (new course, continued treatment).
    Rtype,
    /// Referrer (general practice, another specialist, hospital; or no referral).
    Rsrc,
    /// Waiting-time band.
    Wait,
    /// Cross-sector population (type 2 diabetes, KOL, …).
    Pop,
    /// Where a population is found (specialist practice only, hospital only, both).
    Overlap,
    /// How a course began (referred by general practice, by a specialist or hospital, none).
    Pin,
    /// What followed the first contact (hospital or not, and the status at the end of the year).
    Pout,
    /// Number of contacts in specialist practice, in bands.
    Cband,
}

impl Dim {
    pub const ALL: [Dim; 13] = [
        Dim::Geo,
        Dim::Spec,
        Dim::Diag,
        Dim::Sex,
        Dim::Age,
        Dim::Rtype,
        Dim::Rsrc,
        Dim::Wait,
        Dim::Pop,
        Dim::Overlap,
        Dim::Pin,
        Dim::Pout,
        Dim::Cband,
    ];
    /// Dimensions with a natural order (age groups, waiting-time bands): their bars keep it
    /// instead of being ranked.
    pub fn is_ordinal(self) -> bool {
        matches!(
            self,
            Dim::Age | Dim::Wait | Dim::Overlap | Dim::Pin | Dim::Pout | Dim::Cband
        )
    }
    /// The dimension id in the data and the URL.
    pub fn code(self) -> &'static str {
        match self {
            Dim::Geo => "geo",
            Dim::Spec => "spec",
            Dim::Diag => "diag",
            Dim::Sex => "sex",
            Dim::Age => "age",
            Dim::Rtype => "rtype",
            Dim::Rsrc => "rsrc",
            Dim::Wait => "wait",
            Dim::Pop => "pop",
            Dim::Overlap => "overlap",
            Dim::Pin => "pin",
            Dim::Pout => "pout",
            Dim::Cband => "cband",
        }
    }
    pub fn from_code(s: &str) -> Option<Dim> {
        Dim::ALL.into_iter().find(|d| d.code() == s)
    }
    /// The code meaning "all", used as the default.
    pub fn default_code(self) -> &'static str {
        match self {
            Dim::Geo => "DK",
            Dim::Pop => "ANY",
            _ => "T",
        }
    }
}

/// Chart, trend or table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Tab {
    #[default]
    Chart,
    Trend,
    Table,
}

impl Tab {
    pub const ALL: [Tab; 3] = [Tab::Chart, Tab::Trend, Tab::Table];
    pub fn code(self) -> &'static str {
        match self {
            Tab::Chart => "chart",
            Tab::Trend => "trend",
            Tab::Table => "table",
        }
    }
    pub fn from_code(s: &str) -> Option<Tab> {
        Tab::ALL.into_iter().find(|t| t.code() == s)
    }
}

pub const DEFAULT_MEASURE: &str = "patients";
pub const DEFAULT_REGIONS: &str = "std";
pub const DEFAULT_BY: Dim = Dim::Diag;

/// Everything the diagnoses view shows, as it appears in the URL.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct DiagnosisState {
    /// Measure id (`patients`, `contacts`, …).
    pub measure: String,
    /// `None`: the latest year.
    pub year: Option<u16>,
    /// Geography hierarchy id (`std` = the five regions, `2027` = the four from 2027).
    pub regions: String,
    pub geo: String,
    pub spec: String,
    pub diag: String,
    pub sex: String,
    pub age: String,
    pub rtype: String,
    pub rsrc: String,
    pub wait: String,
    pub pop: String,
    pub overlap: String,
    pub pin: String,
    pub pout: String,
    pub cband: String,
    /// The dimension the chart and table break down.
    pub by: Dim,
    pub tab: Tab,
}

impl Default for DiagnosisState {
    fn default() -> Self {
        DiagnosisState {
            measure: DEFAULT_MEASURE.into(),
            year: None,
            regions: DEFAULT_REGIONS.into(),
            geo: Dim::Geo.default_code().into(),
            spec: Dim::Spec.default_code().into(),
            diag: Dim::Diag.default_code().into(),
            sex: Dim::Sex.default_code().into(),
            age: Dim::Age.default_code().into(),
            rtype: Dim::Rtype.default_code().into(),
            rsrc: Dim::Rsrc.default_code().into(),
            wait: Dim::Wait.default_code().into(),
            pop: Dim::Pop.default_code().into(),
            overlap: Dim::Overlap.default_code().into(),
            pin: Dim::Pin.default_code().into(),
            pout: Dim::Pout.default_code().into(),
            cband: Dim::Cband.default_code().into(),
            by: DEFAULT_BY,
            tab: Tab::Chart,
        }
    }
}

/// Codes in the data are short ASCII: letters, digits and `. _ + -` (ICD-10 ranges, "80+").
pub fn is_code(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 24
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '+' | '-'))
}

fn is_measure_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 40
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

const KEYS: [&str; 18] = [
    "measure", "year", "regions", "geo", "spec", "diag", "sex", "age", "rtype", "rsrc", "wait",
    "pop", "overlap", "pin", "pout", "cband", "by", "tab",
];

impl DiagnosisState {
    /// The code chosen for a dimension.
    pub fn code(&self, dim: Dim) -> &str {
        match dim {
            Dim::Geo => &self.geo,
            Dim::Spec => &self.spec,
            Dim::Diag => &self.diag,
            Dim::Sex => &self.sex,
            Dim::Age => &self.age,
            Dim::Rtype => &self.rtype,
            Dim::Rsrc => &self.rsrc,
            Dim::Wait => &self.wait,
            Dim::Pop => &self.pop,
            Dim::Overlap => &self.overlap,
            Dim::Pin => &self.pin,
            Dim::Pout => &self.pout,
            Dim::Cband => &self.cband,
        }
    }

    /// A copy with another code for `dim`.
    pub fn with_code(&self, dim: Dim, code: &str) -> Self {
        let mut s = self.clone();
        let slot = match dim {
            Dim::Geo => &mut s.geo,
            Dim::Spec => &mut s.spec,
            Dim::Diag => &mut s.diag,
            Dim::Sex => &mut s.sex,
            Dim::Age => &mut s.age,
            Dim::Rtype => &mut s.rtype,
            Dim::Rsrc => &mut s.rsrc,
            Dim::Wait => &mut s.wait,
            Dim::Pop => &mut s.pop,
            Dim::Overlap => &mut s.overlap,
            Dim::Pin => &mut s.pin,
            Dim::Pout => &mut s.pout,
            Dim::Cband => &mut s.cband,
        };
        *slot = code.to_string();
        s
    }

    /// The defaults of a view: its own measure and breakdown, everything else at the total.
    pub fn base(measure: &str, by: Dim) -> Self {
        DiagnosisState {
            measure: measure.into(),
            by,
            ..Default::default()
        }
    }

    /// Read the page's pairs (without `view` and `lang`) against the diagnoses view's defaults.
    pub fn from_pairs(pairs: &[(String, String)]) -> (Self, Vec<UrlNotice>) {
        Self::from_pairs_with(pairs, DiagnosisState::default())
    }

    /// Read the page's pairs against a view's defaults. The first occurrence of a key wins.
    pub fn from_pairs_with(pairs: &[(String, String)], base: Self) -> (Self, Vec<UrlNotice>) {
        let mut s = base;
        let mut notices = Vec::new();
        let mut seen: Vec<&str> = Vec::new();
        for (k, v) in pairs {
            let Some(key) = KEYS.iter().find(|x| **x == k.as_str()).copied() else {
                notices.push(UrlNotice::UnknownParam(k.clone()));
                continue;
            };
            if seen.contains(&key) {
                notices.push(UrlNotice::Duplicate(k.clone()));
                continue;
            }
            seen.push(key);
            let ok = match key {
                "measure" if is_measure_id(v) => {
                    s.measure = v.clone();
                    true
                }
                "year" => match v.parse::<u16>() {
                    Ok(y) if (1900..=2100).contains(&y) && v.len() == 4 => {
                        s.year = Some(y);
                        true
                    }
                    _ => false,
                },
                "regions" if is_code(v) => {
                    s.regions = v.clone();
                    true
                }
                "by" => Dim::from_code(v).map(|d| s.by = d).is_some(),
                "tab" => Tab::from_code(v).map(|t| s.tab = t).is_some(),
                "geo" | "spec" | "diag" | "sex" | "age" | "rtype" | "rsrc" | "wait" | "pop"
                | "overlap" | "pin" | "pout" | "cband"
                    if is_code(v) =>
                {
                    let dim = Dim::from_code(key).unwrap_or(Dim::Geo);
                    s = s.with_code(dim, v);
                    true
                }
                _ => false,
            };
            if !ok {
                notices.push(UrlNotice::BadValue {
                    key: k.clone(),
                    value: v.clone(),
                });
            }
        }
        (s, notices)
    }

    /// The pairs that differ from the diagnoses view's defaults.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        self.to_pairs_with(&DiagnosisState::default())
    }

    /// The pairs that differ from a view's defaults `d`, in a fixed order.
    pub fn to_pairs_with(&self, d: &Self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if self.measure != d.measure {
            out.push(("measure", self.measure.clone()));
        }
        if let Some(y) = self.year {
            out.push(("year", y.to_string()));
        }
        if self.regions != d.regions {
            out.push(("regions", self.regions.clone()));
        }
        for dim in Dim::ALL {
            if self.code(dim) != d.code(dim) {
                out.push((dim.code(), self.code(dim).to_string()));
            }
        }
        if self.by != d.by {
            out.push(("by", self.by.code().to_string()));
        }
        if self.tab != d.tab {
            out.push(("tab", self.tab.code().to_string()));
        }
        out
    }

    /// Check the codes against the data; unknown ones fall back to the total with a notice.
    pub fn validate(mut self, codes: &Codes, ds: &Dataset) -> (Self, Vec<UrlNotice>) {
        let mut notices = Vec::new();
        if !ds.measures.iter().any(|m| m.id == self.measure) {
            notices.push(UrlNotice::UnknownCode {
                key: "measure".into(),
                value: self.measure.clone(),
            });
            self.measure = ds
                .measures
                .iter()
                .find(|m| m.id == DEFAULT_MEASURE)
                .or(ds.measures.first())
                .map(|m| m.id.clone())
                .unwrap_or_default();
        }
        if let Some(y) = self.year {
            let known = codes
                .dimension("year")
                .map(|d| d.code(&y.to_string()).is_some())
                .unwrap_or(false);
            if !known {
                notices.push(UrlNotice::UnknownCode {
                    key: "year".into(),
                    value: y.to_string(),
                });
                self.year = None;
            }
        }
        if let Some(geo) = codes.dimension("geo") {
            if !geo.hierarchies.iter().any(|h| h.id == self.regions) {
                notices.push(UrlNotice::UnknownCode {
                    key: "regions".into(),
                    value: self.regions.clone(),
                });
                self.regions = geo
                    .hierarchies
                    .first()
                    .map(|h| h.id.clone())
                    .unwrap_or_default();
            }
        }
        for dim in Dim::ALL {
            let Some(d) = codes.dimension(dim.code()) else {
                continue;
            };
            let total = d
                .total
                .clone()
                .unwrap_or_else(|| dim.default_code().to_string());
            let code = self.code(dim).to_string();
            match d.code(&code) {
                None => {
                    notices.push(UrlNotice::UnknownCode {
                        key: dim.code().into(),
                        value: code,
                    });
                    self = self.with_code(dim, &total);
                }
                Some(c) => {
                    let h = if dim == Dim::Geo {
                        self.regions.clone()
                    } else {
                        d.hierarchies
                            .first()
                            .map(|h| h.id.clone())
                            .unwrap_or_default()
                    };
                    if !d.in_hierarchy(c, &h) {
                        notices.push(UrlNotice::NotInHierarchy {
                            key: dim.code().into(),
                            value: code,
                            hierarchy: h,
                        });
                        self = self.with_code(dim, &total);
                    }
                }
            }
        }
        (self, notices)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::parse_query;
    use proptest::prelude::*;

    fn parse(q: &str) -> (AppQuery, DiagnosisState, Vec<UrlNotice>) {
        let (app, rest, mut n) = split_app(&parse_query(q));
        let (s, n2) = DiagnosisState::from_pairs(&rest);
        n.extend(n2);
        (app, s, n)
    }

    #[test]
    fn empty_query_is_all_defaults() {
        let (app, s, n) = parse("");
        assert_eq!(app, AppQuery::default());
        assert_eq!(s, DiagnosisState::default());
        assert!(n.is_empty());
        assert_eq!(href("/sub/", &app, &s.to_pairs()), "/sub/");
    }

    #[test]
    fn a_full_state_reads_and_writes() {
        let (app, s, n) = parse("view=diagnoses&measure=contacts&year=2024&geo=0101&diag=J&by=geo&tab=table&age=80%2B&lang=en");
        assert!(n.is_empty(), "{n:?}");
        assert_eq!(app.page, Page::Cube(&crate::views::DIAGNOSES));
        assert_eq!(app.lang, Lang::En);
        assert_eq!(s.measure, "contacts");
        assert_eq!(s.year, Some(2024));
        assert_eq!(s.age, "80+");
        assert_eq!(s.by, Dim::Geo);
        assert_eq!(s.tab, Tab::Table);
        assert_eq!(
            href("/", &app, &s.to_pairs()),
            "/?view=diagnoses&measure=contacts&year=2024&geo=0101&diag=J&age=80%2B&by=geo&tab=table&lang=en"
        );
    }

    #[test]
    fn malformed_and_unknown_parameters_give_notices_and_defaults() {
        let (app, s, n) =
            parse("view=nope&lang=fr&year=20x5&geo=<script>&by=colour&tab=&foo=1&geo=0101");
        assert_eq!(app, AppQuery::default());
        assert_eq!(s, DiagnosisState::default());
        assert_eq!(n.len(), 8, "{n:?}");
        assert!(n.contains(&UrlNotice::UnknownParam("foo".into())));
        assert!(n.contains(&UrlNotice::Duplicate("geo".into())));
    }

    #[test]
    fn every_view_is_ready() {
        for v in crate::texts::VIEWS.iter() {
            let (app, _, n) = parse(&format!("view={}", v.code));
            assert!(n.is_empty());
            assert!(
                matches!(app.page, Page::Cube(_)),
                "{} is not a cube view",
                v.code
            );
        }
    }

    /// One `key=value` part of a malformed address: known keys with wrong, unknown, huge or
    /// badly encoded values, unknown keys, bare keys, stray separators.
    fn malformed_pair() -> impl Strategy<Value = String> {
        let key = prop_oneof![
            proptest::sample::select(vec![
                "view", "lang", "measure", "year", "regions", "geo", "spec", "diag", "sex", "age",
                "rtype", "rsrc", "wait", "pop", "overlap", "pin", "pout", "cband", "by", "tab",
                "present", "step",
            ])
            .prop_map(String::from),
            "[a-zA-Z_%]{1,12}",
        ];
        let value = prop_oneof![
            "[A-Za-z0-9._+-]{0,30}",
            "[0-9]{5,40}",
            "-?[0-9]{1,4}",
            "%[0-9A-Fa-fZz]{0,2}[^&#]{0,10}",
            proptest::sample::select(vec![
                "%C3%28",
                "%FF%FE",
                "%E2%82",
                "%00",
                "%%",
                "+%2B+",
                "DK%26geo%3D0101",
                "0101",
                "1084",
                "OST",
                "T",
                "DE11",
                "chart",
                "trend",
                "table",
                "2027",
                "std",
                "en",
                "da"
            ])
            .prop_map(String::from),
            ".{0,20}",
        ];
        prop_oneof![
            (key.clone(), value).prop_map(|(k, v)| format!("{k}={v}")),
            key.prop_map(|k| k),
            Just(String::new()),
            Just("=".to_string()),
        ]
    }

    fn code_strategy() -> impl Strategy<Value = String> {
        "[A-Za-z0-9._+-]{1,24}"
    }

    fn state_strategy() -> impl Strategy<Value = DiagnosisState> {
        (
            "[a-z0-9_]{1,40}",
            proptest::option::of(1900u16..=2100),
            code_strategy(),
            [
                code_strategy(),
                code_strategy(),
                code_strategy(),
                code_strategy(),
                code_strategy(),
            ],
            0usize..5,
            0usize..3,
        )
            .prop_map(|(measure, year, regions, codes, by, tab)| {
                let [geo, spec, diag, sex, age] = codes;
                let (rtype, rsrc, wait) = ("T".to_string(), "T".to_string(), "T".to_string());
                let (pop, overlap) = ("ANY".to_string(), "T".to_string());
                DiagnosisState {
                    measure,
                    year,
                    regions,
                    geo,
                    spec,
                    diag,
                    sex,
                    age,
                    rtype,
                    rsrc,
                    wait,
                    pop,
                    overlap,
                    pin: "T".into(),
                    pout: "T".into(),
                    cband: "T".into(),
                    by: Dim::ALL[by],
                    tab: Tab::ALL[tab],
                }
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1500))]

        // Issue 7: at least 1,000 generated malformed addresses through parsing *and* validation
        // against the data; each gives a usable state whose codes all exist, and its address
        // reads back to the same state.
        #[test]
        fn malformed_addresses_give_a_valid_state(parts in proptest::collection::vec(malformed_pair(), 0..14)) {
            let q = parts.join("&");
            let (codes, ds) = crate::fixture::diagnoses();
            let (app, rest, _) = split_app(&parse_query(&q));
            let (s, _) = DiagnosisState::from_pairs(&rest);
            let (s, _) = s.validate(&codes, &ds);
            prop_assert!(ds.measures.iter().any(|m| m.id == s.measure), "measure {}", s.measure);
            for dim in Dim::ALL {
                if let Some(d) = codes.dimension(dim.code()) {
                    prop_assert!(d.code(s.code(dim)).is_some(), "{} = {}", dim.code(), s.code(dim));
                }
            }
            let again = href("/", &app, &s.to_pairs());
            let (_, _, s2, _) = {
                let (a2, r2, n2) = split_app(&parse_query(again.split_once('?').map(|x| x.1).unwrap_or("")));
                let (s2, _) = DiagnosisState::from_pairs(&r2);
                (a2, r2, s2, n2)
            };
            prop_assert_eq!(s2, s);
        }

    }

    proptest! {
        #[test]
        fn every_state_round_trips_through_its_url(
            s in state_strategy(),
            en in any::<bool>(),
            present in proptest::option::of(("[a-z][a-z0-9-]{0,20}", 1u16..40)),
        ) {
            let app = AppQuery {
                page: Page::Cube(&crate::views::DIAGNOSES),
                lang: if en { Lang::En } else { Lang::Da },
                present: present.map(|(case, step)| Presenting { case, step }),
            };
            let url = href("/x/", &app, &s.to_pairs());
            let query = url.split_once('?').map(|(_, q)| q).unwrap_or("");
            let (app2, s2, notices) = parse(query);
            prop_assert_eq!(app2, app);
            prop_assert_eq!(s2, s);
            prop_assert!(notices.is_empty());
        }

        #[test]
        fn arbitrary_query_strings_never_panic(q in ".{0,200}") {
            let (app, s, _) = parse(&q);
            // Whatever came in, what goes out is a valid URL of a valid state.
            let url = href("/", &app, &s.to_pairs());
            let query = url.split_once('?').map(|(_, q)| q).unwrap_or("");
            let (app2, s2, n2) = parse(query);
            prop_assert_eq!(app2, app);
            prop_assert_eq!(s2, s);
            prop_assert!(n2.is_empty());
        }

        #[test]
        fn query_shaped_garbage_never_panics(pairs in proptest::collection::vec(("[a-z]{1,8}", ".{0,30}"), 0..12)) {
            let q = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("&");
            let _ = parse(&q);
        }
    }
}
