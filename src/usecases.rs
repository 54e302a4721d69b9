//! The use-case catalogue ("Brugsscenarier"): questions the working group's members ask, who asks
//! them, why, and the view states that answer them step by step. The content is
//! `public/content/usecases.json` (edited by hand, no rebuild needed); this module is its
//! contract and the catalogue's filtering (pure).

use mock_data::schema::Text;
use serde::Deserialize;

/// The version of `usecases.json` this app reads.
pub const USE_CASES_VERSION: u32 = 1;
/// Where the file is, relative to the page.
pub const USE_CASES_FILE: &str = "content/usecases.json";

#[derive(Deserialize, Clone, Debug, PartialEq)]
pub struct UseCases {
    pub schema_version: u32,
    pub purposes: Vec<Tag>,
    pub audiences: Vec<Tag>,
    pub cases: Vec<UseCase>,
}

/// A purpose or an audience: its code in the URL and its name.
#[derive(Deserialize, Clone, Debug, PartialEq)]
pub struct Tag {
    pub id: String,
    pub label: Text,
}

#[derive(Deserialize, Clone, Debug, PartialEq)]
pub struct UseCase {
    pub id: String,
    /// The view the case is mainly about (its `view` code).
    pub view: String,
    pub question: Text,
    pub audiences: Vec<String>,
    pub purpose: String,
    pub steps: Vec<Step>,
}

/// One step: a view state (the query of its address) and what to look at there.
#[derive(Deserialize, Clone, Debug, PartialEq)]
pub struct Step {
    pub query: String,
    pub text: Text,
    /// Speaker notes for presenting the step.
    #[serde(default)]
    pub notes: Option<Text>,
}

impl UseCases {
    /// The cases with `purpose` and `audience` (`None`: any), in the file's order.
    pub fn filtered<'a>(
        &'a self,
        purpose: Option<&'a str>,
        audience: Option<&'a str>,
    ) -> impl Iterator<Item = &'a UseCase> {
        self.cases.iter().filter(move |c| {
            purpose.is_none_or(|p| c.purpose == p)
                && audience.is_none_or(|a| c.audiences.iter().any(|x| x == a))
        })
    }

    pub fn purpose(&self, id: &str) -> Option<&Tag> {
        self.purposes.iter().find(|t| t.id == id)
    }

    pub fn audience(&self, id: &str) -> Option<&Tag> {
        self.audiences.iter().find(|t| t.id == id)
    }

    /// Problems with the file's own references (unknown purpose or audience, a case without
    /// steps, a repeated id); an empty list when it is consistent.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        for (i, c) in self.cases.iter().enumerate() {
            if !crate::state::is_code(&c.id) {
                out.push(format!(
                    "{}: an id must be a short code (letters, digits, - _ .)",
                    c.id
                ));
            }
            if self.cases[..i].iter().any(|d| d.id == c.id) {
                out.push(format!("{}: the id is used twice", c.id));
            }
            if self.purpose(&c.purpose).is_none() {
                out.push(format!("{}: unknown purpose {}", c.id, c.purpose));
            }
            for a in &c.audiences {
                if self.audience(a).is_none() {
                    out.push(format!("{}: unknown audience {a}", c.id));
                }
            }
            if c.audiences.is_empty() || c.steps.is_empty() {
                out.push(format!("{}: needs an audience and at least one step", c.id));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::parse_query;
    use crate::state::{split_app, DiagnosisState, Page};

    fn file() -> UseCases {
        let text = include_str!("../public/content/usecases.json");
        let u: UseCases = serde_json::from_str(text).expect("usecases.json parses");
        assert_eq!(u.schema_version, USE_CASES_VERSION);
        u
    }

    fn published(file: &str) -> String {
        std::fs::read_to_string(format!("{}/public/data/{file}", env!("CARGO_MANIFEST_DIR")))
            .expect(file)
    }

    #[test]
    fn the_catalogue_is_consistent_with_two_cases_per_view() {
        let u = file();
        assert_eq!(u.problems(), Vec::<String>::new());
        for v in crate::texts::VIEWS.iter() {
            let n = u.cases.iter().filter(|c| c.view == v.code).count();
            assert!(n >= 2, "{}: {n} use cases", v.code);
        }
        assert_eq!(u.purposes.len(), 4);
        for p in &u.purposes {
            assert!(
                u.filtered(Some(&p.id), None).count() >= 1,
                "no case for purpose {}",
                p.id
            );
        }
    }

    /// Every step is a state the app shows without a notice: a known view, known parameters,
    /// and codes that exist in the published data of that view.
    #[test]
    fn every_step_is_a_valid_state_of_published_data() {
        let u = file();
        let codes: mock_data::schema::Codes =
            serde_json::from_str(&published("codes.json")).expect("codes");
        for c in &u.cases {
            for (i, s) in c.steps.iter().enumerate() {
                let where_ = format!("{} step {}: {}", c.id, i + 1, s.query);
                let (app, rest, notices) = split_app(&parse_query(&s.query));
                assert!(notices.is_empty(), "{where_}: {notices:?}");
                let Page::Cube(spec) = app.page else {
                    panic!("{where_}: not a view")
                };
                let ds: mock_data::schema::Dataset =
                    serde_json::from_str(&published(&format!("{}.json", spec.dataset)))
                        .expect("dataset");
                let (state, n1) = DiagnosisState::from_pairs_with(&rest, spec.base());
                assert!(n1.is_empty(), "{where_}: {n1:?}");
                let (_, n2) = state.validate(&codes, &ds);
                assert!(n2.is_empty(), "{where_}: {n2:?}");
            }
        }
    }

    #[test]
    fn filters_by_purpose_and_audience() {
        let u = file();
        let all = u.filtered(None, None).count();
        assert_eq!(all, u.cases.len());
        let planning: Vec<_> = u.filtered(Some("planning"), None).collect();
        assert!(!planning.is_empty() && planning.len() < all);
        assert!(planning.iter().all(|c| c.purpose == "planning"));
        let both: Vec<_> = u.filtered(Some("planning"), Some("region")).collect();
        assert!(both
            .iter()
            .all(|c| c.purpose == "planning" && c.audiences.iter().any(|a| a == "region")));
        assert!(both.len() <= planning.len());
        assert_eq!(u.filtered(Some("nope"), None).count(), 0);
    }
}
