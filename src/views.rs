//! The views built on the cube engine ([`crate::cube`]): which dataset each shows, its defaults,
//! its population card and the views it links to. Adding a view over a dataset with the same
//! dimensions (geography, speciale, diagnosis, sex, age) is one entry here plus its texts.

use crate::state::{DiagnosisState, Dim};
use crate::texts::{self, Card, T};

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
    /// The dimensions its dataset has (the links between views carry only these over).
    pub dims: &'static [Dim],
    /// Filters that start elsewhere than at the total (referrals start at "with a referral").
    pub start: &'static [(Dim, &'static str)],
    /// The population card beside the chart: who is counted, how, over which time window.
    pub card: Option<&'static Card>,
    /// Related views, linked with the current filters.
    pub related: &'static [&'static str],
    /// Shortcuts: groups of presets that set a population and filters in one click.
    pub presets: &'static [PresetGroup],
}

/// A named group of presets (a policy programme).
#[derive(Debug, PartialEq, Eq)]
pub struct PresetGroup {
    pub title: T,
    pub presets: &'static [Preset],
}

/// One click: the view's start with these filters (and this breakdown, if any).
#[derive(Debug, PartialEq, Eq)]
pub struct Preset {
    pub label: T,
    pub set: &'static [(Dim, &'static str)],
    pub by: Option<Dim>,
}

const fn preset(label: T, set: &'static [(Dim, &'static str)], by: Option<Dim>) -> Preset {
    Preset { label, set, by }
}

/// The chronic-disease care pathways.
const CHRONIC: PresetGroup = PresetGroup {
    title: texts::PRESETS_CHRONIC,
    presets: &[
        preset(texts::PRESET_T2D, &[(Dim::Pop, "T2D")], None),
        preset(texts::PRESET_KOL, &[(Dim::Pop, "KOL")], None),
        preset(texts::PRESET_RA, &[(Dim::Pop, "RA")], None),
        preset(texts::PRESET_OST, &[(Dim::Pop, "OST")], None),
    ],
};

/// The chronic-disease care pathways and the 10-year plan for psychiatry (adults, and children
/// and young people).
static POLICY_PRESETS: [PresetGroup; 2] = [
    CHRONIC,
    PresetGroup {
        title: texts::PRESETS_PSYCH,
        presets: &[
            preset(texts::PRESET_ADULTS, &[(Dim::Pop, "DEP")], Some(Dim::Age)),
            preset(
                texts::PRESET_YOUNG,
                &[(Dim::Pop, "ADHD"), (Dim::Age, "0-17")],
                None,
            ),
        ],
    },
];

/// The same for the activity view, where children and young people are shown among the age
/// groups: the number of contacts is not published by age.
static ACTIVITY_PRESETS: [PresetGroup; 2] = [
    CHRONIC,
    PresetGroup {
        title: texts::PRESETS_PSYCH,
        presets: &[
            preset(texts::PRESET_ADULTS, &[(Dim::Pop, "DEP")], Some(Dim::Age)),
            preset(
                texts::PRESET_YOUNG,
                &[(Dim::Pop, "ADHD"), (Dim::Age, "0-17")],
                Some(Dim::Age),
            ),
        ],
    },
];

pub static DIAGNOSES: CubeSpec = CubeSpec {
    page: "diagnoses",
    dataset: "diagnoser",
    measure: "patients",
    by: Dim::Diag,
    dims: &[Dim::Geo, Dim::Spec, Dim::Diag, Dim::Sex, Dim::Age],
    start: &[],
    card: None,
    related: &["hospital", "referrals", "populations"],
    presets: &[],
};

pub static HOSPITAL: CubeSpec = CubeSpec {
    page: "hospital",
    dataset: "sygehuskontakt",
    measure: "share_same_after",
    by: Dim::Diag,
    dims: &[Dim::Geo, Dim::Spec, Dim::Diag, Dim::Sex, Dim::Age],
    start: &[],
    card: Some(&texts::HOSPITAL_CARD),
    related: &["diagnoses", "populations", "pathways"],
    presets: &[],
};

pub static REFERRALS: CubeSpec = CubeSpec {
    page: "referrals",
    dataset: "henvisninger",
    measure: "referrals",
    by: Dim::Spec,
    dims: &[Dim::Geo, Dim::Spec, Dim::Rtype, Dim::Rsrc, Dim::Wait],
    start: &[(Dim::Rsrc, "HEN")],
    card: Some(&texts::REFERRAL_CARD),
    related: &["diagnoses", "hospital", "pathways"],
    presets: &[],
};

pub static POPULATIONS: CubeSpec = CubeSpec {
    page: "populations",
    dataset: "populationer",
    measure: "persons",
    by: Dim::Overlap,
    dims: &[Dim::Geo, Dim::Pop, Dim::Overlap, Dim::Sex, Dim::Age],
    start: &[(Dim::Pop, "T2D")],
    card: Some(&texts::POPULATION_CARD),
    related: &["pathways", "activity", "hospital", "diagnoses"],
    presets: &POLICY_PRESETS,
};

pub static PATHWAYS: CubeSpec = CubeSpec {
    page: "pathways",
    dataset: "forloeb",
    measure: "patients",
    by: Dim::Pout,
    dims: &[Dim::Geo, Dim::Pop, Dim::Pin, Dim::Pout, Dim::Age],
    start: &[(Dim::Pop, "T2D")],
    card: Some(&texts::PATHWAY_CARD),
    related: &["populations", "activity", "referrals", "hospital"],
    presets: &POLICY_PRESETS,
};

pub static ACTIVITY: CubeSpec = CubeSpec {
    page: "activity",
    dataset: "aktivitet",
    measure: "contacts_per_patient",
    by: Dim::Cband,
    dims: &[Dim::Geo, Dim::Pop, Dim::Spec, Dim::Cband, Dim::Age],
    start: &[(Dim::Pop, "T2D")],
    card: Some(&texts::ACTIVITY_CARD),
    related: &["populations", "pathways", "diagnoses"],
    presets: &ACTIVITY_PRESETS,
};

/// Every cube view.
pub static CUBES: [&CubeSpec; 6] = [
    &DIAGNOSES,
    &HOSPITAL,
    &REFERRALS,
    &POPULATIONS,
    &PATHWAYS,
    &ACTIVITY,
];

impl CubeSpec {
    /// The state a preset opens: the view's start with the preset's filters.
    pub fn preset_state(&self, p: &Preset) -> DiagnosisState {
        let s = p
            .set
            .iter()
            .fold(self.base(), |s, (d, c)| s.with_code(*d, c));
        DiagnosisState {
            by: p.by.unwrap_or(s.by),
            ..s
        }
    }

    /// A state of view `from` as this view's state: the filters both have kept, the rest at this
    /// view's start.
    pub fn carry(&self, from: &CubeSpec, state: &DiagnosisState) -> DiagnosisState {
        let base = self.base();
        let mut s = DiagnosisState {
            measure: self.measure.to_string(),
            ..state.clone()
        };
        for d in Dim::ALL
            .into_iter()
            .filter(|d| !self.dims.contains(d) || !from.dims.contains(d))
        {
            s = s.with_code(d, base.code(d));
        }
        if !self.dims.contains(&s.by) || !from.dims.contains(&s.by) {
            s.by = self.by;
        }
        s
    }

    /// The view's defaults: what an address without parameters shows.
    pub fn base(&self) -> DiagnosisState {
        self.start
            .iter()
            .fold(DiagnosisState::base(self.measure, self.by), |s, (d, c)| {
                s.with_code(*d, c)
            })
    }
}

/// The cube view with this `view` code.
pub fn cube(page: &str) -> Option<&'static CubeSpec> {
    CUBES.iter().copied().find(|c| c.page == page)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `index.html` requests the data of the page in the address before the app starts; its list
    /// of views and datasets must be this one (a wrong entry would only cost the speed-up, so
    /// nothing else would notice).
    #[test]
    fn the_preload_in_index_html_names_every_view_and_its_dataset() {
        let html = include_str!("../index.html");
        let start = html.find("var datasets = {").expect("the preload list") + 16;
        let list = &html[start..start + html[start..].find('}').expect("end of the list")];
        let mut entries: Vec<(String, String)> = list
            .split(',')
            .map(|e| {
                let (k, v) = e.split_once(':').expect("view: \"dataset\"");
                (k.trim().to_string(), v.trim().trim_matches('"').to_string())
            })
            .collect();
        entries.sort();
        let mut want: Vec<(String, String)> = CUBES
            .iter()
            .map(|c| (c.page.to_string(), c.dataset.to_string()))
            .collect();
        want.sort();
        assert_eq!(entries, want);
        // The preload names the file `<dataset>.json`; the app takes the name from the catalog.
        let catalog: mock_data::schema::Catalog =
            serde_json::from_str(include_str!("../public/data/catalog.json")).expect("catalog");
        for c in CUBES {
            let entry = catalog.datasets.iter().find(|d| d.id == c.dataset);
            assert_eq!(
                entry.map(|d| d.file.as_str()),
                Some(format!("{}.json", c.dataset).as_str())
            );
        }
    }

    #[test]
    fn presets_open_their_population_from_the_start() {
        let young = &POPULATIONS.presets[1].presets[1];
        let s = POPULATIONS.preset_state(young);
        assert_eq!(
            (s.pop.as_str(), s.age.as_str(), s.by),
            ("ADHD", "0-17", Dim::Overlap)
        );
        // Only the preset's own filters appear in the address.
        let pairs = s.to_pairs_with(&POPULATIONS.base());
        assert_eq!(
            pairs,
            vec![("age", "0-17".to_string()), ("pop", "ADHD".to_string())]
        );
        let adults = POPULATIONS.preset_state(&POPULATIONS.presets[1].presets[0]);
        assert_eq!((adults.pop.as_str(), adults.by), ("DEP", Dim::Age));
        // Every preset names codes the populations dataset has.
        for g in POPULATIONS.presets {
            for p in g.presets {
                assert!(p.set.iter().all(|(d, _)| POPULATIONS.dims.contains(d)));
            }
        }
    }

    #[test]
    fn links_carry_the_shared_filters_and_reset_the_rest() {
        let from = REFERRALS
            .base()
            .with_code(Dim::Spec, "OFT")
            .with_code(Dim::Rsrc, "AP")
            .with_code(Dim::Wait, "W8");
        let from = DiagnosisState {
            by: Dim::Wait,
            year: Some(2024),
            ..from
        };
        let to = DIAGNOSES.carry(&REFERRALS, &from);
        assert_eq!(
            (to.spec.as_str(), to.rsrc.as_str(), to.wait.as_str()),
            ("OFT", "T", "T")
        );
        assert_eq!(
            (to.by, to.year, to.measure.as_str()),
            (Dim::Diag, Some(2024), "patients")
        );
        // Only what differs from the target's defaults goes into its address.
        let pairs = to.to_pairs_with(&DIAGNOSES.base());
        assert_eq!(
            pairs,
            vec![("year", "2024".to_string()), ("spec", "OFT".to_string())]
        );
        // And back: the referrals view starts at "with a referral" again.
        let back = REFERRALS.carry(&DIAGNOSES, &to);
        assert_eq!((back.rsrc.as_str(), back.by), ("HEN", Dim::Spec));
    }
}
