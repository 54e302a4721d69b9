//! The views built on the cube engine ([`crate::cube`]): which dataset each shows, its defaults,
//! its population card and the views it links to. Adding a view over a dataset with the same
//! dimensions (geography, speciale, diagnosis, sex, age) is one entry here plus its texts.

use crate::state::Dim;
use crate::texts::{self, Card};

/// One view over a dataset cube.
#[derive(Debug, PartialEq, Eq)]
pub struct CubeSpec {
    /// The `view` code in the URL (also in [`texts::VIEWS`]).
    pub page: &'static str,
    /// The dataset id in the catalog.
    pub dataset: &'static str,
    /// The measure shown when the URL names none.
    pub measure: &'static str,
    /// The breakdown shown when the URL names none.
    pub by: Dim,
    /// The population card beside the chart: who is counted, how, over which time window.
    pub card: Option<&'static Card>,
    /// Related views, linked with the current filters.
    pub related: &'static [&'static str],
}

pub static DIAGNOSES: CubeSpec = CubeSpec {
    page: "diagnoses",
    dataset: "diagnoser",
    measure: "patients",
    by: Dim::Diag,
    card: None,
    related: &["hospital", "referrals", "populations"],
};

pub static HOSPITAL: CubeSpec = CubeSpec {
    page: "hospital",
    dataset: "sygehuskontakt",
    measure: "share_same_after",
    by: Dim::Diag,
    card: Some(&texts::HOSPITAL_CARD),
    related: &["diagnoses", "pathways", "populations"],
};

/// Every cube view.
pub static CUBES: [&CubeSpec; 2] = [&DIAGNOSES, &HOSPITAL];

/// The cube view with this `view` code.
pub fn cube(page: &str) -> Option<&'static CubeSpec> {
    CUBES.iter().copied().find(|c| c.page == page)
}
