//! Publication tables: which crossings each dataset publishes, the aggregation of the registers
//! into those tables, disclosure control over all tables of a year together, and the JSON files.

use crate::codes;
use crate::facts;
use crate::registers::{stratum_parts, Course, PopPerson, Registers, N_STRATA};
use crate::schema::{self, Codes, Dataset, Measure, MeasureKind, Table, Text, Value};
use crate::suppress::{self, Block, Count, Dim, Kind, Model};
use crate::texts;
use std::collections::{BTreeMap, HashMap};

/// Model dimensions, in canonical order.
pub const DIMS: [&str; 5] = ["geo", "spec", "diag", "sex", "age"];
pub const GEO: usize = 0;
pub const SPEC: usize = 1;
pub const DIAG: usize = 2;
pub const SEX: usize = 3;
pub const AGE: usize = 4;

/// Model dimensions of the referrals dataset (its own model: referrals share no cell with the
/// patient counts).
pub const REF_DIMS: [&str; 5] = ["geo", "spec", "rtype", "rsrc", "wait"];
pub const RTYPE: usize = 2;
pub const RSRC: usize = 3;
pub const WAIT: usize = 4;

/// Model dimensions of the populations dataset.
pub const POP_DIMS: [&str; 5] = ["geo", "pop", "overlap", "sex", "age"];
pub const POP: usize = 1;
pub const OVERLAP: usize = 2;

/// Model dimensions of the pathways and activity datasets, protected together: both count the
/// populations' patients in specialist practice (all of a population's pathways are all its
/// patients in practice), so a cell of one is a cell of the other.
pub const LINK_DIMS: [&str; 7] = ["geo", "pop", "pin", "pout", "spec", "cband", "age"];
pub const PIN: usize = 2;
pub const POUT: usize = 3;
pub const ACT_SPEC: usize = 4;
pub const CBAND: usize = 5;
pub const LINK_AGE: usize = 6;
/// The counts of an activity cell, in block order: patients first (the base count).
pub const ACT_COUNTS: [&str; 7] = ["patients", "contacts", "first_visits", "followups", "remote", "procedures", "outpatient"];

/// Which dataset a table belongs to; it decides the table's counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    Diagnoses,
    /// Specialist-practice patients with hospital contacts (LPR). Its cells are the diagnoses
    /// tables' cells (same patients), so they share their fate.
    Hospital,
    /// Referrals (and self-referrals) by referrer, type and waiting time.
    Referrals,
    /// Cross-sector populations: persons found in specialist practice, in hospital, or both.
    Populations,
    /// Pathways of the populations' patients: referral, specialist practice, hospital, back.
    Pathways,
    /// Activity per patient of the populations in specialist practice, and in hospital outpatient
    /// clinics.
    Activity,
}

/// Count columns of the cube.
pub const C_PATIENTS: usize = 0;
pub const C_CONTACTS: usize = 1;
pub const C_LPR_ANY: usize = 2;
pub const C_LPR_BEFORE: usize = 3;
pub const C_LPR_AFTER: usize = 4;
const COUNT_IDS: [&str; 5] = [
    "patients",
    "contacts",
    "lpr_any",
    "lpr_same_before",
    "lpr_same_after",
];

impl Family {
    /// The model dimensions of the family's tables.
    pub fn dims(self) -> &'static [&'static str] {
        match self {
            Family::Referrals => &REF_DIMS,
            Family::Populations => &POP_DIMS,
            Family::Pathways | Family::Activity => &LINK_DIMS,
            _ => &DIMS,
        }
    }

    /// The counts of a table: cube columns, pairs (a, b) with a ≥ b, and the counts that are ≥ 1
    /// in a suppressed cell. Count 0 is the base count.
    fn counts(self) -> (Vec<usize>, Vec<(usize, usize)>, Vec<usize>) {
        match self {
            Family::Diagnoses => (vec![C_PATIENTS, C_CONTACTS], vec![(1, 0)], vec![0, 1]),
            // Any hospital contact after ⊇ same group after; every count ≤ patients.
            Family::Hospital => (
                vec![C_PATIENTS, C_LPR_ANY, C_LPR_BEFORE, C_LPR_AFTER],
                vec![(0, 1), (0, 2), (1, 3)],
                vec![0],
            ),
            // Referrals are counted by their own aggregation (`referral_block`).
            Family::Referrals | Family::Populations | Family::Pathways | Family::Activity => (vec![], vec![], vec![0]),
        }
    }
}

/// A published table: its id, dataset, years, and the code list per dimension it has (canonical
/// order).
#[derive(Clone, Debug)]
pub struct TableDef {
    pub id: &'static str,
    pub family: Family,
    pub years: Vec<u16>,
    pub dims: Vec<(usize, Vec<String>)>,
}

impl TableDef {
    /// The measures a table publishes. Contacts per 1,000 inhabitants is published only without
    /// diagnosis detail: per inhabitant by diagnosis it says little, and it keeps the file small.
    pub fn measures(&self) -> Vec<&'static str> {
        if self.family == Family::Hospital {
            return vec![
                "patients",
                "lpr_same_before",
                "lpr_same_after",
                "lpr_any",
                "share_same_before",
                "share_same_after",
                "share_any",
            ];
        }
        if self.family == Family::Populations {
            return vec!["persons", "persons_per_1000", "overlap_share"];
        }
        if self.family == Family::Pathways {
            return vec!["patients", "flow_share", "p25_days", "median_days", "p75_days"];
        }
        if self.family == Family::Activity {
            let mut m = ACT_COUNTS.to_vec();
            m.extend([
                "contacts_per_patient",
                "first_visits_per_patient",
                "followups_per_patient",
                "remote_per_patient",
                "procedures_per_patient",
                "outpatient_per_patient",
                "band_share",
            ]);
            if self.dims.iter().any(|(d, _)| *d == ACT_SPEC) {
                m.retain(|x| !x.starts_with("outpatient"));
            }
            return m;
        }
        if self.family == Family::Referrals {
            if self.dims.iter().any(|(d, _)| *d == WAIT) {
                return vec![
                    "referrals",
                    "wait_share",
                    "median_wait",
                    "share_w4",
                    "share_w8",
                    "share_w13",
                    "share_w26",
                ];
            }
            return vec!["referrals", "referrals_per_1000"];
        }
        let mut m = vec![
            "patients",
            "contacts",
            "contacts_per_patient",
            "patients_per_1000",
        ];
        if !self.dims.iter().any(|(d, _)| *d == DIAG) {
            m.push("contacts_per_1000");
        }
        m
    }
}

/// Which levels of a dimension a table shows.
fn levels(dim: &schema::Dimension, max_level: u8) -> Vec<String> {
    dim.codes
        .iter()
        .filter(|c| c.level <= max_level)
        .map(|c| c.code.clone())
        .collect()
}

/// A dimension of codes.json (the pipeline builds codes.json itself, so a missing one is a bug).
fn dimension(c: &Codes, id: &str) -> schema::Dimension {
    c.dimension(id).cloned().unwrap_or_else(|| panic!("dimension {id}"))
}

/// The diagnoses dataset's tables. The design is the working group's trade-off: kommune only with
/// speciale; diagnosis groups by region; single codes and sex × age nationally. The families form
/// a tree (geo×spec — region×spec×diag — spec×code, and region×spec×diag — spec×chapter×sex×age),
/// so every pair meets in a margin both publish.
pub fn diagnosis_tables(c: &Codes) -> Vec<TableDef> {
    let d = |id: &str| dimension(c, id);
    let (geo, spec, diag, sex, age) = (d("geo"), d("spec"), d("diag"), d("sex"), d("age"));
    let all_years: Vec<u16> = facts::YEARS.to_vec();
    let diag_years: Vec<u16> = facts::YEARS
        .iter()
        .copied()
        .filter(|&y| y >= facts::FIRST_DIAG_YEAR)
        .collect();
    vec![
        TableDef {
            family: Family::Diagnoses,
            id: "geo_spec",
            years: all_years.clone(),
            dims: vec![(GEO, levels(&geo, 2)), (SPEC, levels(&spec, 1))],
        },
        TableDef {
            family: Family::Diagnoses,
            id: "region_spec_diag",
            years: diag_years.clone(),
            dims: vec![
                (GEO, levels(&geo, 1)),
                (SPEC, levels(&spec, 1)),
                (DIAG, levels(&diag, 2)),
            ],
        },
        TableDef {
            family: Family::Diagnoses,
            id: "spec_code",
            years: diag_years.clone(),
            dims: vec![(SPEC, levels(&spec, 1)), (DIAG, levels(&diag, 3))],
        },
        TableDef {
            family: Family::Diagnoses,
            id: "spec_sex_age",
            years: all_years,
            dims: vec![
                (SPEC, levels(&spec, 1)),
                (SEX, levels(&sex, 1)),
                (AGE, levels(&age, 1)),
            ],
        },
        TableDef {
            family: Family::Diagnoses,
            id: "spec_chapter_sex_age",
            years: diag_years,
            dims: vec![
                (SPEC, levels(&spec, 1)),
                (DIAG, levels(&diag, 1)),
                (SEX, levels(&sex, 1)),
                (AGE, levels(&age, 1)),
            ],
        },
    ]
}

/// The hospital-contact dataset's tables, 2024-2025. Hospital contacts are fewer than patients,
/// so the crossings are coarser than the diagnoses dataset's (diagnosis groups nationally, region,
/// sex and age without diagnosis). Every cell is also a cell of the diagnoses dataset
/// (same patients), so the two are protected together.
pub fn hospital_tables(c: &Codes) -> Vec<TableDef> {
    let d = |id: &str| dimension(c, id);
    let (geo, spec, diag, sex, age) = (d("geo"), d("spec"), d("diag"), d("sex"), d("age"));
    let years: Vec<u16> = facts::YEARS
        .iter()
        .copied()
        .filter(|&y| y >= facts::FIRST_DIAG_YEAR)
        .collect();
    let t = |id, dims| TableDef {
        id,
        family: Family::Hospital,
        years: years.clone(),
        dims,
    };
    vec![
        t(
            "spec_diag",
            vec![(SPEC, levels(&spec, 1)), (DIAG, levels(&diag, 2))],
        ),
        t(
            "region_spec",
            vec![(GEO, levels(&geo, 1)), (SPEC, levels(&spec, 1))],
        ),
        t(
            "spec_sex_age",
            vec![
                (SPEC, levels(&spec, 1)),
                (SEX, levels(&sex, 1)),
                (AGE, levels(&age, 1)),
            ],
        ),
    ]
}

/// The referrals dataset's tables, 2021-2025: referrals by kommune and speciale; by region,
/// speciale, type and referrer (with self-referral); and the waiting-time distribution of
/// referrals by region and speciale.
pub fn referral_tables(c: &Codes) -> Vec<TableDef> {
    let d = |id: &str| dimension(c, id);
    let (geo, spec, rtype, rsrc, wait) = (d("geo"), d("spec"), d("rtype"), d("rsrc"), d("wait"));
    let t = |id, dims| TableDef {
        id,
        family: Family::Referrals,
        years: facts::YEARS.to_vec(),
        dims,
    };
    let referred = vec!["HEN".to_string()];
    let std_regions: Vec<String> = levels(&geo, 1)
        .into_iter()
        .filter(|g| {
            geo.code(g)
                .map(|c| geo.in_hierarchy(c, "std"))
                .unwrap_or(false)
        })
        .collect();
    vec![
        t(
            "geo_spec",
            vec![
                (GEO, levels(&geo, 2)),
                (SPEC, levels(&spec, 1)),
                (RSRC, referred.clone()),
            ],
        ),
        t(
            "region_spec_type_src",
            vec![
                (GEO, levels(&geo, 1)),
                (SPEC, levels(&spec, 1)),
                (RTYPE, levels(&rtype, 1)),
                (RSRC, levels(&rsrc, 2)),
            ],
        ),
        // Waiting times per speciale only (a mix of specialties says little, and the all-specialty
        // margin would cost a fifth of the cells), in the five regions (with the 2027 region the
        // protection does not converge in reasonable time).
        t(
            "region_spec_wait",
            vec![
                (GEO, std_regions),
                (
                    SPEC,
                    levels(&spec, 1).into_iter().filter(|s| *s != "T").collect(),
                ),
                (RSRC, referred),
                (WAIT, levels(&wait, 1)),
            ],
        ),
    ]
}

/// The populations dataset's tables, 2024-2025 (diagnoses from specialist practice exist from
/// 2024): every population (and all six together) by where it is found, by geography down to
/// kommune, and nationally by sex and age group.
pub fn population_tables(c: &Codes) -> Vec<TableDef> {
    let d = |id: &str| dimension(c, id);
    let (geo, pop, overlap, sex, age) = (d("geo"), d("pop"), d("overlap"), d("sex"), d("age"));
    let years: Vec<u16> = facts::YEARS.iter().copied().filter(|&y| y >= facts::FIRST_DIAG_YEAR).collect();
    let t = |id, dims| TableDef { id, family: Family::Populations, years: years.clone(), dims };
    vec![
        t("geo_pop_overlap", vec![(GEO, levels(&geo, 2)), (POP, levels(&pop, 1)), (OVERLAP, levels(&overlap, 1))]),
        t("pop_overlap_sex_age", vec![(POP, levels(&pop, 1)), (OVERLAP, levels(&overlap, 1)), (SEX, levels(&sex, 1)), (AGE, levels(&age, 1))]),
    ]
}

/// The years of the cross-sector datasets: diagnoses from specialist practice exist from 2024.
fn diag_years() -> Vec<u16> {
    facts::YEARS.iter().copied().filter(|&y| y >= facts::FIRST_DIAG_YEAR).collect()
}

/// The five regions of the standard hierarchy, with the country.
fn std_regions(geo: &schema::Dimension) -> Vec<String> {
    levels(geo, 1).into_iter().filter(|g| geo.code(g).map(|c| geo.in_hierarchy(c, "std")).unwrap_or(false)).collect()
}

/// The pathways dataset's tables, 2024-2025: every population's pathway as its steps, how the
/// courses began and what followed (the links of the Sankey are the codes of the two), by region,
/// and nationally by age group. The two are not crossed: the links need only their margins.
pub fn pathway_tables(c: &Codes) -> Vec<TableDef> {
    let d = |id: &str| dimension(c, id);
    let (geo, pop, pin, pout, age) = (d("geo"), d("pop"), d("pin"), d("pout"), d("age"));
    let pops: Vec<String> = levels(&pop, 1).into_iter().filter(|p| p != "ANY").collect();
    let t = |id, dims| TableDef { id, family: Family::Pathways, years: diag_years(), dims };
    vec![
        t("region_pop_in", vec![(GEO, std_regions(&geo)), (POP, pops.clone()), (PIN, levels(&pin, 1))]),
        t("region_pop_out", vec![(GEO, std_regions(&geo)), (POP, pops.clone()), (POUT, levels(&pout, 2))]),
        t("pop_in_age", vec![(POP, pops.clone()), (PIN, levels(&pin, 1)), (LINK_AGE, levels(&age, 1))]),
        t("pop_out_age", vec![(POP, pops), (POUT, levels(&pout, 2)), (LINK_AGE, levels(&age, 1))]),
    ]
}

/// The activity dataset's tables, 2024-2025: every population's patients in specialist practice
/// per speciale nationally, by number of contacts by region, and by age group.
pub fn activity_tables(c: &Codes) -> Vec<TableDef> {
    let d = |id: &str| dimension(c, id);
    let (geo, pop, spec, band, age) = (d("geo"), d("pop"), d("spec"), d("cband"), d("age"));
    let pops: Vec<String> = levels(&pop, 1).into_iter().filter(|p| p != "ANY").collect();
    let t = |id, dims| TableDef { id, family: Family::Activity, years: diag_years(), dims };
    vec![
        // Not by speciale × number of contacts: a patient's band over all specialties is not the
        // sum of the bands per speciale, so such a table breaks additivity.
        t("pop_spec", vec![(POP, pops.clone()), (ACT_SPEC, levels(&spec, 1))]),
        t("region_pop_band", vec![(GEO, std_regions(&geo)), (POP, pops.clone()), (CBAND, levels(&band, 1))]),
        // By age without the number of contacts: crossed, a fifth of the cells were suppressed.
        t("pop_age", vec![(POP, pops), (LINK_AGE, levels(&age, 1))]),
    ]
}

/// The suppression model of the diagnoses and hospital tables.
pub fn model(c: &Codes, threshold: u64) -> Model {
    model_of(c, &DIMS, threshold)
}

/// The suppression model over the given dimensions, built from codes.json.
pub fn model_of(c: &Codes, dims: &[&str], threshold: u64) -> Model {
    let dims = dims
        .iter()
        .map(|id| {
            let dim = c.dimension(id).unwrap_or_else(|| panic!("dimension {id}"));
            let n = dim.codes.len();
            let idx = |code: &str| dim.codes.iter().position(|x| x.code == code);
            let parents: Vec<Vec<usize>> = dim
                .codes
                .iter()
                .map(|x| x.parents.values().filter_map(|p| idx(p)).collect())
                .collect();
            let is_leaf: Vec<bool> = (0..n)
                .map(|i| !parents.iter().any(|ps| ps.contains(&i)))
                .collect();
            let leaves: Vec<usize> = (0..n).filter(|&i| is_leaf[i]).collect();
            let mut base = vec![Vec::new(); n];
            for (li, &l) in leaves.iter().enumerate() {
                // Every ancestor of a leaf, over every hierarchy.
                let mut stack = vec![l];
                let mut seen = vec![false; n];
                while let Some(x) = stack.pop() {
                    if seen[x] {
                        continue;
                    }
                    seen[x] = true;
                    base[x].push(li as u16);
                    stack.extend(parents[x].iter().copied());
                }
            }
            for b in base.iter_mut() {
                b.sort_unstable();
            }
            Dim {
                id: id.to_string(),
                codes: dim.codes.iter().map(|x| x.code.clone()).collect(),
                total: dim.total.as_deref().and_then(idx).unwrap_or(0),
                base,
                parents,
                // A person is in one kommune, sex, age group and one "where found" category.
                persons_additive: matches!(*id, "geo" | "sex" | "age" | "overlap" | "pin" | "pout" | "cband"),
            }
        })
        .collect();
    Model { dims, threshold }
}

/// Per-year cube of the registers: unique patients and contacts per stratum × speciale code ×
/// diagnosis code (all levels), so any table cell is a sum over strata only.
pub struct Cube {
    n_spec: usize,
    n_diag: usize,
    /// Per count column (see `COUNT_IDS`), per stratum × speciale × diagnosis.
    counts: Vec<Vec<u32>>,
}

impl Cube {
    fn at(&self, st: usize, s: usize, d: usize) -> usize {
        (st * self.n_spec + s) * self.n_diag + d
    }
}

/// Diagnosis codes (all levels) each register leaf counts under.
fn leaf_ancestors(reg: &Registers, diag: &Dim) -> Vec<Vec<usize>> {
    reg.leaves
        .iter()
        .map(|l| {
            let mut out = Vec::new();
            let mut cur = diag.codes.iter().position(|c| *c == l.code);
            while let Some(i) = cur {
                out.push(i);
                cur = diag.parents[i].first().copied();
            }
            out
        })
        .collect()
}

pub fn cube(reg: &Registers, m: &Model, year: u16) -> Cube {
    let n_spec = m.dims[SPEC].codes.len();
    let n_diag = m.dims[DIAG].codes.len();
    let len = N_STRATA * n_spec * n_diag;
    let mut cube = Cube {
        n_spec,
        n_diag,
        counts: vec![vec![0; len]; COUNT_IDS.len()],
    };
    let anc = leaf_ancestors(reg, &m.dims[DIAG]);
    let spec_code: Vec<usize> = facts::SPECS
        .iter()
        .map(|sp| {
            m.dims[SPEC]
                .codes
                .iter()
                .position(|c| c == sp.code)
                .unwrap_or(0)
        })
        .collect();
    let mut courses: Vec<&crate::registers::Course> =
        reg.courses.iter().filter(|c| c.year == year).collect();
    // A person counts once per cell, with a flag if any of their courses in the cell has it.
    // Flags: 1 any contact after, 2 same group before, 4 same group after; the same-group flags
    // belong to the course's first diagnosis. Per speciale × diagnosis cell of the stratum: the
    // last person counted there and the flags counted for them.
    let cells = n_spec * n_diag;
    let mut last = vec![u32::MAX; cells];
    let mut flagged = vec![0u8; cells];
    let mut start = 0;
    while start < courses.len() {
        let st = courses[start].stratum;
        let mut end = start;
        while end < courses.len() && courses[end].stratum == st {
            end += 1;
        }
        // The stratum's courses person by person (stable: register order within a person).
        let run = &mut courses[start..end];
        run.sort_by_key(|c| c.person);
        last.iter_mut().for_each(|x| *x = u32::MAX);
        let base = cube.at(st as usize, 0, 0);
        for c in run.iter() {
            let sc = spec_code[c.spec as usize];
            let any = c.lpr_any as u8;
            let flags = any | (c.lpr_same_before as u8) << 1 | (c.lpr_same_after as u8) << 2;
            let second: &[usize] = if c.diag2 != u16::MAX {
                &anc[c.diag2 as usize]
            } else {
                &[]
            };
            for &s in &[0, sc] {
                let first = anc[c.diag as usize].iter().map(|&d| (d, flags, true));
                for (d, f, own) in first.chain(second.iter().map(|&d| (d, any, false))) {
                    let j = s * n_diag + d;
                    let i = base + j;
                    if own {
                        cube.counts[C_CONTACTS][i] += c.contacts as u32;
                    }
                    if last[j] != c.person {
                        last[j] = c.person;
                        flagged[j] = 0;
                        cube.counts[C_PATIENTS][i] += 1;
                    }
                    let new = f & !flagged[j];
                    if new != 0 {
                        flagged[j] |= new;
                        cube.counts[C_LPR_ANY][i] += (new & 1) as u32;
                        cube.counts[C_LPR_BEFORE][i] += (new >> 1 & 1) as u32;
                        cube.counts[C_LPR_AFTER][i] += (new >> 2 & 1) as u32;
                    }
                }
            }
        }
        start = end;
    }
    cube
}

/// The leaf codes of a course in the referrals model: kommune, speciale, type, referrer, band.
fn referral_leaves(c: &crate::registers::Course) -> [&'static str; 5] {
    use crate::registers::RefSource;
    let (k, _, _) = stratum_parts(c.stratum as usize);
    let rsrc = match c.ref_source {
        RefSource::SelfReferral => "SELV",
        RefSource::GeneralPractice => "AP",
        RefSource::OtherSpecialist => "SL",
        RefSource::Hospital => "SH",
    };
    [
        facts::KOMMUNER[k].0,
        facts::SPECS[c.spec as usize].code,
        if c.ref_continued { "F" } else { "N" },
        rsrc,
        codes::wait_band(c.wait_days),
    ]
}

/// A year's courses grouped by their leaf codes in the referrals model (a few tens of thousands
/// of combinations), with the waits of the referred ones: made once a year for every referrals
/// table.
pub type ReferralGroups = BTreeMap<[&'static str; 5], (u64, Vec<u32>)>;

pub fn referral_groups(reg: &Registers, year: u16) -> ReferralGroups {
    use crate::registers::RefSource;
    // First by kommune, speciale, type and referrer in a dense table (the band is one of a few),
    // then by the leaf codes themselves.
    let n_spec = facts::SPECS.len();
    type Slot = Vec<([&'static str; 5], u64, Vec<u32>)>;
    let mut slots: Vec<Slot> = vec![Vec::new(); facts::KOMMUNER.len() * n_spec * 2 * 4];
    for c in reg.courses.iter().filter(|c| c.year == year) {
        let (k, _, _) = stratum_parts(c.stratum as usize);
        let i = ((k * n_spec + c.spec as usize) * 2 + c.ref_continued as usize) * 4
            + c.ref_source as usize;
        let leaves = referral_leaves(c);
        let slot = &mut slots[i];
        let g = match slot.iter().position(|g| g.0 == leaves) {
            Some(p) => &mut slot[p],
            None => {
                slot.push((leaves, 0, Vec::new()));
                slot.last_mut().expect("just pushed")
            }
        };
        g.1 += 1;
        if c.ref_source != RefSource::SelfReferral {
            g.2.push(c.wait_days as u32);
        }
    }
    let mut groups = ReferralGroups::new();
    for (leaves, n, waits) in slots.into_iter().flatten() {
        let g = groups.entry(leaves).or_insert((0, Vec::new()));
        g.0 += n;
        g.1.extend(waits);
    }
    groups
}

/// Aggregate a referrals table for one year: referrals per cell, the population behind each cell,
/// and the median wait (days) of the cells in the total waiting-time band.
pub fn referral_block(
    reg: &Registers,
    m: &Model,
    t: &TableDef,
    year: u16,
    groups: &ReferralGroups,
) -> (Block, Aux) {
    let wait_pos = t.dims.iter().position(|(d, _)| *d == WAIT);
    let codes = table_codes(m, t);
    let (counts, mut waits) = distribute(m, t, &codes, groups, wait_pos);
    let pop = cell_population(reg, m, t, &codes, year);
    let median = waits.iter_mut().map(|w| median_days(w)).collect();
    let blk = Block {
        table: format!("henvisninger/{}", t.id),
        year,
        dims: t.dims.iter().map(|(d, _)| *d).collect(),
        codes,
        counts: vec![Count { id: "referrals".into(), kind: Kind::Events, values: counts }],
        dominates: vec![],
        positive: vec![0],
    };
    (blk, Aux { pop, median, quart: vec![] })
}

/// Aggregate a populations table for one year: persons per cell (one record per person and
/// population, so counting records counts persons) and the population behind each cell.
pub fn population_block(reg: &Registers, m: &Model, t: &TableDef, year: u16) -> (Block, Aux) {
    let mut groups: BTreeMap<[&str; 5], (u64, Vec<u32>)> = BTreeMap::new();
    for leaves in population_leaves(reg, year) {
        groups.entry(leaves).or_insert((0, Vec::new())).0 += 1;
    }
    let codes = table_codes(m, t);
    let (counts, _) = distribute(m, t, &codes, &groups, None);
    let pop = cell_population(reg, m, t, &codes, year);
    let blk = Block {
        table: format!("populationer/{}", t.id),
        year,
        dims: t.dims.iter().map(|(d, _)| *d).collect(),
        codes,
        counts: vec![Count { id: "persons".into(), kind: Kind::Persons, values: counts }],
        dominates: vec![],
        positive: vec![0],
    };
    (blk, Aux { pop, median: vec![], quart: vec![] })
}

/// The leaf codes (kommune, population, where found, sex, age) of every person of every
/// population in a year, plus one record per person under "all populations". A person found in
/// neither sector is not counted.
fn population_leaves(reg: &Registers, year: u16) -> Vec<[&'static str; 5]> {
    let found = |sp: bool, lpr: bool| match (sp, lpr) {
        (true, true) => Some("BOTH"),
        (true, false) => Some("SP"),
        (false, true) => Some("LPR"),
        _ => None,
    };
    let leaves = |st: u16, pop: &'static str, where_: &'static str| {
        let (k, sex, age) = stratum_parts(st as usize);
        [facts::KOMMUNER[k].0, pop, where_, ["K", "M"][sex], facts::AGE_BANDS[age].0]
    };
    let mut out = Vec::new();
    // Per person: found in practice in any population, in hospital in any population.
    let mut any: BTreeMap<u32, (u16, bool, bool)> = BTreeMap::new();
    for p in reg.pop_persons.iter().filter(|p| p.year == year) {
        if let Some(w) = found(p.in_sp, p.in_lpr) {
            out.push(leaves(p.stratum, facts::POPULATIONS[p.pop as usize].id, w));
            let e = any.entry(p.person).or_insert((p.stratum, false, false));
            e.1 |= p.in_sp;
            e.2 |= p.in_lpr;
        }
    }
    for (st, sp, lpr) in any.into_values() {
        if let Some(w) = found(sp, lpr) {
            out.push(leaves(st, "ANY", w));
        }
    }
    out
}

/// A year's courses per person, in register order: built once per year for the pathway and
/// activity tables, for the persons of the populations found in specialist practice (the only
/// ones they look up).
#[derive(Default)]
pub struct ByPerson<'a> {
    /// Sorted by person; a person's courses in register order.
    courses: Vec<&'a Course>,
}

impl<'a> ByPerson<'a> {
    /// The courses of a person, if any.
    pub fn get(&self, person: u32) -> Option<&[&'a Course]> {
        let from = self.courses.partition_point(|c| c.person < person);
        let to = self.courses.partition_point(|c| c.person <= person);
        (from < to).then(|| &self.courses[from..to])
    }
}

pub fn courses_by_person(reg: &Registers, year: u16) -> ByPerson<'_> {
    let wanted: std::collections::HashSet<u32> = reg
        .pop_persons
        .iter()
        .filter(|p| p.year == year && p.in_sp)
        .map(|p| p.person)
        .collect();
    let mut courses: Vec<&Course> = reg
        .courses
        .iter()
        .filter(|c| c.year == year && wanted.contains(&c.person))
        .collect();
    courses.sort_by_key(|c| c.person);
    ByPerson { courses }
}

/// The first course of each person of each population at the population's speciale in a year
/// (every person found in specialist practice has one), by population record.
fn population_courses<'a>(reg: &'a Registers, by: &ByPerson<'a>, year: u16) -> Vec<(&'a PopPerson, &'a Course)> {
    let spec_of = |pop: u8| facts::SPECS.iter().position(|s| s.code == facts::POPULATIONS[pop as usize].spec).unwrap_or(0) as u8;
    reg.pop_persons
        .iter()
        .filter(|p| p.year == year && p.in_sp)
        .filter_map(|p| {
            by.get(p.person)?
                .iter()
                .find(|c| c.spec == spec_of(p.pop))
                .map(|c| (p, *c))
        })
        .collect()
}

/// The quartiles (25 %, median, 75 %) of some days: the smallest value that at least a quarter,
/// half, three quarters had or beat.
fn quartiles(w: &mut [u32]) -> Option<[f64; 3]> {
    if w.is_empty() {
        return None;
    }
    w.sort_unstable();
    let at = |num: usize| w[(w.len() * num).div_ceil(4) - 1] as f64;
    Some([at(1), at(2), at(3)])
}

/// Aggregate a pathways table for one year: persons per flow, and the quartiles of the days each
/// flow took (referral to first consultation; first consultation to hospital contact; first
/// consultation to the end of the course), from the persons with a known time.
pub fn pathway_block(reg: &Registers, by: &ByPerson, m: &Model, t: &TableDef, year: u16) -> (Block, Aux) {
    use crate::registers::{Closure, RefSource};
    let outs: Vec<&String> = m.dims[POUT].codes.iter().filter(|c| c.contains('.')).collect();
    let mut groups: BTreeMap<[&str; 7], (u64, [Vec<u32>; 3])> = BTreeMap::new();
    for (p, c) in population_courses(reg, by, year) {
        let (k, _, age) = stratum_parts(p.stratum as usize);
        let src = match c.ref_source {
            RefSource::SelfReferral => "SELV",
            RefSource::GeneralPractice => "AP",
            _ => "SLH",
        };
        let end = match c.closure {
            Closure::Epikrise => "EPI",
            Closure::Ongoing => "FORT",
            Closure::NoLetter => "AND",
        };
        let (pin, pout) = codes::path_leaves(src, c.lpr_any, end);
        let Some(pout) = outs.iter().find(|l| ***l == pout) else { continue };
        let key = [facts::KOMMUNER[k].0, facts::POPULATIONS[p.pop as usize].id, pin, pout.as_str(), "T", "T", facts::AGE_BANDS[age].0];
        let g = groups.entry(key).or_insert((0, [Vec::new(), Vec::new(), Vec::new()]));
        g.0 += 1;
        if src != "SELV" {
            g.1[0].push(c.wait_days as u32);
        }
        if c.lpr_any {
            g.1[1].push(c.lpr_days as u32);
        }
        if c.closure != Closure::Ongoing {
            g.1[2].push(c.closure_days as u32);
        }
    }
    let codes = table_codes(m, t);
    let len: usize = codes.iter().map(|c| c.len()).product();
    // The step of a cell: how it began (0), to hospital or not (1), the status at the end (2);
    // the total has none.
    let code_at = |dim: usize, cell: usize| -> Option<&str> {
        let p = t.dims.iter().position(|(d, _)| *d == dim)?;
        let stride: usize = codes[p + 1..].iter().map(|c| c.len()).product();
        Some(t.dims[p].1[(cell / stride) % codes[p].len()].as_str())
    };
    let step = |cell: usize| -> Option<usize> {
        match (code_at(PIN, cell), code_at(POUT, cell)) {
            (Some(c), _) if c != "T" => Some(0),
            (_, Some(c)) if c.contains('.') => Some(2),
            (_, Some(c)) if c != "T" => Some(1),
            _ => None,
        }
    };
    let mut counts = vec![0u64; len];
    let mut days: Vec<Vec<u32>> = vec![Vec::new(); len];
    let mut known = LeafPositions::new();
    for (leaves, (n, times)) in &groups {
        for cell in cells_of_leaves(m, t, &codes, leaves, None, &mut known) {
            counts[cell] += n;
            if let Some(s) = step(cell) {
                days[cell].extend_from_slice(&times[s]);
            }
        }
    }
    let pop = cell_population(reg, m, t, &codes, year);
    let blk = Block {
        table: format!("forloeb/{}", t.id),
        year,
        dims: t.dims.iter().map(|(d, _)| *d).collect(),
        codes,
        counts: vec![Count { id: "patients".into(), kind: Kind::Persons, values: counts }],
        dominates: vec![],
        positive: vec![0],
    };
    let quart = days.iter_mut().map(|w| quartiles(w)).collect();
    (blk, Aux { pop, median: vec![], quart })
}

/// Aggregate an activity table for one year: the patients of each population found in specialist
/// practice, per speciale they were seen in and over all (their total, matched exactly, since a
/// patient seen in two specialties is one patient), by the band of their contacts there; their
/// contacts by kind, procedures, and hospital outpatient contacts for the condition.
pub fn activity_block(reg: &Registers, by_person: &ByPerson, m: &Model, t: &TableDef, year: u16) -> (Block, Aux) {
    let codes = table_codes(m, t);
    let len: usize = codes.iter().map(|c| c.len()).product();
    let mut counts = vec![vec![0u64; len]; ACT_COUNTS.len()];
    let mut known = LeafPositions::new();
    for p in reg.pop_persons.iter().filter(|p| p.year == year && p.in_sp) {
        let Some(courses) = by_person.get(p.person) else {
            continue;
        };
        let (k, _, age) = stratum_parts(p.stratum as usize);
        // Per speciale: contacts, first visits, follow-ups, phone/video, procedures.
        let mut per: BTreeMap<&str, [u64; 5]> = BTreeMap::new();
        for c in courses {
            let remote = (c.phone + c.video) as u64;
            let first = (!c.ref_continued) as u64;
            let contacts = c.contacts as u64;
            let add = [contacts, first, contacts - first - remote, remote, (c.services - c.contacts) as u64];
            for key in [facts::SPECS[c.spec as usize].code, "T"] {
                let e = per.entry(key).or_default();
                for (x, a) in e.iter_mut().zip(add) {
                    *x += a;
                }
            }
        }
        for (spec, v) in per {
            let leaves = [facts::KOMMUNER[k].0, facts::POPULATIONS[p.pop as usize].id, "T", "T", spec, codes::contact_band(v[0] as u32), facts::AGE_BANDS[age].0];
            let values = [1, v[0], v[1], v[2], v[3], v[4], p.outpatient as u64];
            for cell in cells_of_leaves(m, t, &codes, &leaves, Some(ACT_SPEC), &mut known) {
                for (c, x) in counts.iter_mut().zip(values) {
                    c[cell] += x;
                }
            }
        }
    }
    // Hospital outpatient contacts belong to the patient, not to a speciale: a patient seen in
    // two specialties brings them to both, so they do not add up over speciale and are not
    // counted by speciale.
    if t.dims.iter().any(|(d, _)| *d == ACT_SPEC) {
        counts.pop();
    }
    let pop = cell_population(reg, m, t, &codes, year);
    let blk = Block {
        table: format!("aktivitet/{}", t.id),
        year,
        dims: t.dims.iter().map(|(d, _)| *d).collect(),
        codes,
        counts: ACT_COUNTS
            .iter()
            .zip(counts)
            .enumerate()
            .map(|(i, (id, values))| Count { id: id.to_string(), kind: if i == 0 { Kind::Persons } else { Kind::Events }, values })
            .collect(),
        // Every patient has at least one contact.
        dominates: vec![(1, 0)],
        positive: vec![0, 1],
    };
    (blk, Aux { pop, median: vec![], quart: vec![] })
}

/// Code indices (into the model's lists) of every table dimension.
fn table_codes(m: &Model, t: &TableDef) -> Vec<Vec<usize>> {
    t.dims.iter().map(|(d, list)| list.iter().map(|c| m.dims[*d].codes.iter().position(|x| x == c).unwrap_or(0)).collect()).collect()
}

/// Positions in a table dimension's list of the codes that contain a leaf code (a dimension the
/// table lacks is its total: one position, 0).
fn leaf_positions(m: &Model, t: &TableDef, codes: &[Vec<usize>], d: usize, code: &str) -> Vec<usize> {
    match t.dims.iter().position(|(x, _)| *x == d) {
        None => vec![0],
        Some(di) => {
            let dim = &m.dims[d];
            let Some(i) = dim.codes.iter().position(|x| x == code) else { return vec![] };
            if dim.base[i].len() != 1 {
                return vec![];
            }
            let leaf = dim.base[i][0];
            codes[di].iter().enumerate().filter(|(_, &ci)| dim.base[ci].binary_search(&leaf).is_ok()).map(|(p, _)| p).collect()
        }
    }
}

/// The cells a record with these leaf codes counts in: in every dimension, the listed codes that
/// contain its leaf, crossed. With `exact`, that dimension matches its code as it is (a record
/// already aggregated to that code, such as a patient's total over all specialties).
///
/// `known` keeps the positions of each leaf code already looked up (for the same table).
fn cells_of_leaves<'l>(
    m: &Model,
    t: &TableDef,
    codes: &[Vec<usize>],
    leaves: &[&'l str],
    exact: Option<usize>,
    known: &mut LeafPositions<'l>,
) -> Vec<usize> {
    // A table without the exact dimension shows its total: only the records at the total count.
    if let Some(e) = exact.filter(|e| !t.dims.iter().any(|(d, _)| d == e)) {
        if m.dims[e].codes[m.dims[e].total] != leaves[e] {
            return vec![];
        }
    }
    let mut cells = vec![0usize];
    for (di, (d, _)) in t.dims.iter().enumerate() {
        let exact_pos: Vec<usize>;
        let ps: &[usize] = if Some(*d) == exact {
            exact_pos = t.dims[di]
                .1
                .iter()
                .position(|c| c == leaves[*d])
                .into_iter()
                .collect();
            &exact_pos
        } else {
            known
                .entry((*d, leaves[*d]))
                .or_insert_with(|| leaf_positions(m, t, codes, *d, leaves[*d]))
        };
        let size = codes[di].len();
        cells = cells.iter().flat_map(|&c| ps.iter().map(move |&p| c * size + p)).collect();
    }
    cells
}

/// The positions of a leaf code in a table's lists, by model dimension and code.
type LeafPositions<'l> = HashMap<(usize, &'l str), Vec<usize>>;

/// Counts per cell from records grouped by their leaf codes (in model dimension order), and the
/// collected waits of the cells in the total band of dimension `wait_pos`.
fn distribute(
    m: &Model,
    t: &TableDef,
    codes: &[Vec<usize>],
    groups: &BTreeMap<[&str; 5], (u64, Vec<u32>)>,
    wait_pos: Option<usize>,
) -> (Vec<u64>, Vec<Vec<u32>>) {
    let mut known = LeafPositions::new();
    let len: usize = codes.iter().map(|c| c.len()).product();
    let total_wait = wait_pos.map(|wp| codes[wp].iter().position(|&ci| ci == m.dims[WAIT].total).unwrap_or(0));
    let mut counts = vec![0u64; len];
    let mut waits: Vec<Vec<u32>> = vec![Vec::new(); if wait_pos.is_some() { len } else { 0 }];
    for (leaves, (n, days)) in groups {
        let cells = cells_of_leaves(m, t, codes, leaves, None, &mut known);
        for &cell in &cells {
            counts[cell] += n;
        }
        if let (Some(wp), Some(tw)) = (wait_pos, total_wait) {
            let stride: usize = codes[wp + 1..].iter().map(|c| c.len()).product();
            for &cell in cells.iter().filter(|&&c| (c / stride) % codes[wp].len() == tw) {
                waits[cell].extend_from_slice(days);
            }
        }
    }
    (counts, waits)
}

/// The population behind each cell: the strata whose kommune, sex and age the cell's geography,
/// sex and age contain (other dimensions do not split people).
fn cell_population(reg: &Registers, m: &Model, t: &TableDef, codes: &[Vec<usize>], year: u16) -> Vec<u64> {
    let yi = reg.year_index(year).unwrap_or(0);
    let len: usize = codes.iter().map(|c| c.len()).product();
    let dim_of = |id: &str| m.dims.iter().position(|d| d.id == id);
    let mut pop = vec![0u64; len];
    for (st, &p) in reg.population[yi].iter().enumerate() {
        let (k, sex, age) = stratum_parts(st);
        let mut cells = vec![0usize];
        for (di, (d, _)) in t.dims.iter().enumerate() {
            let size = codes[di].len();
            let ps: Vec<usize> = match m.dims[*d].id.as_str() {
                "geo" => leaf_positions(m, t, codes, dim_of("geo").unwrap_or(0), facts::KOMMUNER[k].0),
                "sex" => leaf_positions(m, t, codes, dim_of("sex").unwrap_or(0), ["K", "M"][sex]),
                "age" => leaf_positions(m, t, codes, dim_of("age").unwrap_or(0), facts::AGE_BANDS[age].0),
                _ => (0..size).collect(),
            };
            cells = cells.iter().flat_map(|&c| ps.iter().map(move |&q| c * size + q)).collect();
        }
        for c in cells {
            pop[c] += p as u64;
        }
    }
    pop
}

/// The median wait in days: the smallest wait that at least half of the referrals had or beat.
fn median_days(w: &mut [u32]) -> Option<f64> {
    if w.is_empty() {
        return None;
    }
    w.sort_unstable();
    Some(w[(w.len() - 1) / 2] as f64)
}

/// Aggregate a table for one year into a suppression block (patients, contacts) plus the
/// population behind each cell.
pub fn block(
    reg: &Registers,
    m: &Model,
    cube: &Cube,
    t: &TableDef,
    year: u16,
) -> (Block, Vec<u64>) {
    let yi = reg.year_index(year).unwrap_or(0);
    let codes: Vec<Vec<usize>> = t
        .dims
        .iter()
        .map(|(d, list)| {
            list.iter()
                .map(|c| m.dims[*d].codes.iter().position(|x| x == c).unwrap_or(0))
                .collect()
        })
        .collect();
    let len: usize = codes.iter().map(|c| c.len()).product();
    let (cols, dominates, positive) = t.family.counts();
    let mut vals: Vec<Vec<u64>> = vec![vec![0u64; len]; cols.len()];
    let mut pop = vec![0u64; len];
    let leaf_pos = |d: usize, leaf: usize| -> Vec<usize> {
        let di = t.dims.iter().position(|(x, _)| *x == d);
        match di {
            None => vec![usize::MAX],
            Some(di) => codes[di]
                .iter()
                .enumerate()
                .filter(|(_, &ci)| m.dims[d].base[ci].binary_search(&(leaf as u16)).is_ok())
                .map(|(p, _)| p)
                .collect(),
        }
    };
    for st in 0..N_STRATA {
        let (k, sex, age) = stratum_parts(st);
        let per_dim: Vec<Vec<(usize, usize)>> = t
            .dims
            .iter()
            .enumerate()
            .map(|(di, (d, _))| match *d {
                GEO => leaf_pos(GEO, k).into_iter().map(|p| (p, 0)).collect(),
                SEX => leaf_pos(SEX, sex).into_iter().map(|p| (p, 0)).collect(),
                AGE => leaf_pos(AGE, age).into_iter().map(|p| (p, 0)).collect(),
                _ => codes[di]
                    .iter()
                    .enumerate()
                    .map(|(p, &ci)| (p, ci))
                    .collect(),
            })
            .collect();
        let mut idx = vec![0usize; per_dim.len()];
        let population = reg.population[yi][st] as u64;
        'outer: loop {
            let mut cell = 0usize;
            let (mut s, mut dg) = (0usize, 0usize);
            for (di, list) in per_dim.iter().enumerate() {
                let (pos, node) = list[idx[di]];
                cell = cell * codes[di].len() + pos;
                match t.dims[di].0 {
                    SPEC => s = node,
                    DIAG => dg = node,
                    _ => {}
                }
            }
            let i = cube.at(st, s, dg);
            for (v, &col) in vals.iter_mut().zip(&cols) {
                v[cell] += cube.counts[col][i] as u64;
            }
            pop[cell] += population;
            for di in (0..idx.len()).rev() {
                idx[di] += 1;
                if idx[di] < per_dim[di].len() {
                    continue 'outer;
                }
                idx[di] = 0;
            }
            break;
        }
    }
    let blk = Block {
        table: t.id.to_string(),
        year,
        dims: t.dims.iter().map(|(d, _)| *d).collect(),
        codes,
        counts: cols
            .iter()
            .zip(vals)
            .map(|(&col, values)| Count {
                id: COUNT_IDS[col].into(),
                kind: if col == C_CONTACTS {
                    Kind::Events
                } else {
                    Kind::Persons
                },
                values,
            })
            .collect(),
        dominates,
        positive,
    };
    (blk, pop)
}

/// Everything protected for one dataset: per table and year, the block, its population and flags.
pub struct Protected {
    pub def: TableDef,
    pub years: Vec<(u16, Block, Aux, Vec<bool>)>,
}

/// What a table's derived figures need beyond its counts, per cell: the population, and the
/// median waiting time in days (waiting-time tables, total band only).
#[derive(Clone, Debug, Default)]
pub struct Aux {
    pub pop: Vec<u64>,
    pub median: Vec<Option<f64>>,
    /// Quartiles of days (pathway tables).
    pub quart: Vec<Option<[f64; 3]>>,
}

/// Summary figures of the protection, per table.
#[derive(Clone, Debug, Default)]
pub struct TableReport {
    pub table: String,
    pub cells: usize,
    pub suppressed: usize,
    /// Suppressed because a count is 1..threshold-1 (the rest of `suppressed` is secondary).
    pub primary: usize,
    pub zeros: usize,
}

#[derive(Clone, Debug, Default)]
pub struct YearReport {
    pub year: u16,
    pub primary: usize,
    pub secondary: usize,
    pub rounds: usize,
    pub lp_solves: usize,
    pub min_width: f64,
}

/// One report per year over two separately protected models.
pub fn merge_years(a: Vec<YearReport>, b: Vec<YearReport>) -> Vec<YearReport> {
    let mut out = a;
    for r in b {
        match out.iter_mut().find(|x| x.year == r.year) {
            Some(x) => {
                x.primary += r.primary;
                x.secondary += r.secondary;
                x.rounds = x.rounds.max(r.rounds);
                x.lp_solves += r.lp_solves;
                x.min_width = x.min_width.min(r.min_width);
            }
            None => out.push(r),
        }
    }
    out.sort_by_key(|r| r.year);
    out
}

/// One model's tables, protected (per table: each year's block, what its derived figures need and
/// its suppression flags), and per year what the protection took.
pub type ProtectedModel = (Vec<Protected>, Vec<YearReport>);

/// Aggregate and protect the tables of several models; the tables of one model in one year are
/// protected together. Every (model, year) is a job of one work queue over the cores, the latest
/// years (with diagnoses, the heaviest) first. The result does not depend on which core did what.
pub fn protect_models(
    reg: &Registers,
    c: &Codes,
    models: &[Vec<TableDef>],
    cfg: &suppress::Config,
    progress: &(dyn Fn(&str, u64, u64) + Sync),
) -> Result<Vec<ProtectedModel>, String> {
    let ms: Vec<Model> = models
        .iter()
        .map(|defs| {
            let family = defs.first().map(|d| d.family).unwrap_or(Family::Diagnoses);
            model_of(c, family.dims(), cfg.threshold)
        })
        .collect();
    let mut jobs: Vec<(usize, u16)> = (0..models.len())
        .flat_map(|mi| facts::YEARS.iter().map(move |&y| (mi, y)))
        .collect();
    jobs.sort_by_key(|&(mi, y)| (std::cmp::Reverse(y), mi));
    let done = std::sync::atomic::AtomicU64::new(0);
    let results = crate::par::map(&jobs, |&(mi, y)| {
        let out = protect_year(reg, &ms[mi], &models[mi], y, cfg);
        let n = done.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
        progress("diskretionering", n, jobs.len() as u64);
        out
    });
    let mut by_job: HashMap<(usize, u16), YearResult> = jobs.into_iter().zip(results).collect();
    let mut out = Vec::new();
    for (mi, defs) in models.iter().enumerate() {
        let mut protected: Vec<Protected> = defs
            .iter()
            .map(|d| Protected {
                def: d.clone(),
                years: Vec::new(),
            })
            .collect();
        let mut reports = Vec::new();
        for &y in facts::YEARS.iter() {
            let Some(r) = by_job.remove(&(mi, y)) else {
                continue;
            };
            let (blocks, o) = r.map_err(|e| format!("{y}: {e}"))?;
            for ((ti, b, aux), flags) in blocks.into_iter().zip(o.suppressed.iter()) {
                protected[ti].years.push((y, b, aux, flags.clone()));
            }
            reports.push(YearReport {
                year: y,
                primary: o.primary_keys,
                secondary: o.secondary_keys,
                rounds: o.rounds,
                lp_solves: o.lp_solves,
                min_width: o.min_width,
            });
        }
        out.push((protected, reports));
    }
    Ok(out)
}

/// A model's blocks of one year (with the table each is of and its derived figures' needs), and
/// their protection.
type YearResult = Result<(Vec<(usize, Block, Aux)>, suppress::Outcome), String>;

/// Aggregate the tables of one model in one year and protect them together.
fn protect_year(
    reg: &Registers,
    m: &Model,
    defs: &[TableDef],
    y: u16,
    cfg: &suppress::Config,
) -> YearResult {
    let family = defs.first().map(|d| d.family).unwrap_or(Family::Diagnoses);
    let defs_of_year: Vec<(usize, &TableDef)> = defs
        .iter()
        .enumerate()
        .filter(|(_, t)| t.years.contains(&y))
        .collect();
    // What the tables of the year are aggregated from, made once for all of them.
    let cube = (matches!(family, Family::Diagnoses | Family::Hospital) && !defs_of_year.is_empty())
        .then(|| cube(reg, m, y));
    let referrals =
        (family == Family::Referrals && !defs_of_year.is_empty()).then(|| referral_groups(reg, y));
    let by_person =
        if matches!(family, Family::Pathways | Family::Activity) && !defs_of_year.is_empty() {
            courses_by_person(reg, y)
        } else {
            ByPerson::default()
        };
    let blocks: Vec<(usize, Block, Aux)> = defs_of_year
        .into_iter()
        .map(|(i, t)| {
            let (b, aux) = match (&cube, &referrals) {
                (Some(cube), _) => {
                    let (b, pop) = block(reg, m, cube, t, y);
                    (
                        b,
                        Aux {
                            pop,
                            ..Default::default()
                        },
                    )
                }
                (None, Some(groups)) => referral_block(reg, m, t, y, groups),
                (None, None) => match t.family {
                    Family::Populations => population_block(reg, m, t, y),
                    Family::Pathways => pathway_block(reg, &by_person, m, t, y),
                    _ => activity_block(reg, &by_person, m, t, y),
                },
            };
            (i, b, aux)
        })
        .collect();
    let only: Vec<Block> = blocks.iter().map(|(_, b, _)| b.clone()).collect();
    let out = suppress::protect(m, &only, cfg)?;
    Ok((blocks, out))
}

fn round(v: f64, decimals: i32) -> f64 {
    let f = 10f64.powi(decimals);
    (v * f).round() / f
}

/// Rates keep three significant digits where that is less than one decimal (123 rather than
/// 123.4): the extra digit says nothing at that size and costs bytes in every file.
pub fn round_rate(v: f64) -> f64 {
    if v >= 100.0 {
        round(v, 0)
    } else {
        round(v, 1)
    }
}

/// A measure's metadata: id, kind, label, unit, decimals and definition (Danish, English).
#[allow(clippy::too_many_arguments)]
fn measure(
    id: &str,
    kind: MeasureKind,
    da: &str,
    en: &str,
    uda: &str,
    uen: &str,
    decimals: u8,
    dda: &str,
    den: &str,
) -> Measure {
    Measure {
        id: id.into(),
        kind,
        label: Text::new(da, en),
        unit: Text::new(uda, uen),
        decimals,
        definition: Text::new(dda, den),
    }
}

/// Measures of the diagnoses dataset.
pub fn diagnosis_measures() -> Vec<Measure> {
    let m = measure;
    vec![
        m("patients", MeasureKind::Persons, "Antal patienter", "Number of patients", "patienter", "patients", 0,
          "Unikke personer med mindst én kontakt i speciallægepraksis i året. En patient tælles én gang pr. celle, men kan indgå under flere specialer og diagnoser.",
          "Unique persons with at least one contact in specialist practice in the year. A patient counts once per cell but can appear under several specialties and diagnoses."),
        m("contacts", MeasureKind::Events, "Antal kontakter", "Number of contacts", "kontakter", "contacts", 0,
          "Konsultationer, telefon- og videokonsultationer. Kontakter henføres til forløbets første diagnose.",
          "Consultations, phone and video consultations. Contacts are attributed to the first diagnosis of the course."),
        m("contacts_per_patient", MeasureKind::Derived, "Kontakter pr. patient", "Contacts per patient", "kontakter pr. patient", "contacts per patient", 1,
          "Antal kontakter divideret med antal patienter i samme celle.", "Contacts divided by patients in the same cell."),
        m("patients_per_1000", MeasureKind::Derived, "Patienter pr. 1.000 indbyggere", "Patients per 1,000 inhabitants", "pr. 1.000 indbyggere", "per 1,000 inhabitants", 1,
          "Antal patienter pr. 1.000 indbyggere i samme geografi, køn og aldersgruppe pr. 1. januar. Over 100 vises hele tal.", "Patients per 1,000 inhabitants of the same area, sex and age group on 1 January. Above 100 shown as whole numbers."),
        m("contacts_per_1000", MeasureKind::Derived, "Kontakter pr. 1.000 indbyggere", "Contacts per 1,000 inhabitants", "pr. 1.000 indbyggere", "per 1,000 inhabitants", 0,
          "Antal kontakter pr. 1.000 indbyggere i samme geografi, køn og aldersgruppe pr. 1. januar.", "Contacts per 1,000 inhabitants of the same area, sex and age group on 1 January."),
    ]
}

/// A cell's published values, given its counts (in the table's count order) and population.
type Fill<'a> = &'a dyn Fn(&[u64], u64, Option<f64>, Option<[f64; 3]>, &mut dyn FnMut(&str, Option<f64>));

/// The protected blocks of one family as published tables. Suppressed cells carry no value in
/// any measure; `fill` sets the measures of the others.
fn published_tables(
    protected: &[Protected],
    family: Family,
    prefix: &str,
    threshold: u64,
    fill: Fill,
) -> (Vec<Table>, Vec<TableReport>) {
    let mut tables = Vec::new();
    let mut reports = Vec::new();
    for p in protected.iter().filter(|p| p.def.family == family) {
        // Year is the last dimension: a cell's years sit side by side, which is how the app reads
        // trends and how the numbers compress best.
        let mut dims: Vec<String> = p
            .def
            .dims
            .iter()
            .map(|(d, _)| family.dims()[*d].to_string())
            .collect();
        dims.push("year".to_string());
        let mut codes: Vec<Vec<String>> = p.def.dims.iter().map(|(_, l)| l.clone()).collect();
        codes.push(p.years.iter().map(|y| y.0.to_string()).collect());
        let measures = p.def.measures();
        let ny = p.years.len();
        let inner = p.years.first().map(|y| y.1.len()).unwrap_or(0);
        let mut values: BTreeMap<String, Vec<Value>> = measures
            .iter()
            .map(|m| (m.to_string(), vec![Value(None); inner * ny]))
            .collect();
        let mut suppressed = Vec::new();
        let mut rep = TableReport {
            table: format!("{prefix}{}", p.def.id),
            ..Default::default()
        };
        for (yi, (_, blk, aux, flags)) in p.years.iter().enumerate() {
            #[allow(clippy::needless_range_loop)] // `i` indexes the block, the flags and the aux
            for i in 0..blk.len() {
                let at = i * ny + yi;
                rep.cells += 1;
                let counts: Vec<u64> = blk.counts.iter().map(|c| c.values[i]).collect();
                if flags[i] {
                    suppressed.push(at as u32);
                    rep.suppressed += 1;
                    if counts.iter().any(|&v| v >= 1 && v < threshold) {
                        rep.primary += 1;
                    }
                    continue;
                }
                if counts[0] == 0 {
                    rep.zeros += 1;
                }
                fill(
                    &counts,
                    aux.pop[i],
                    aux.median.get(i).copied().flatten(),
                    aux.quart.get(i).copied().flatten(),
                    &mut |id, v| {
                        if let Some(x) = values.get_mut(id) {
                            x[at] = Value(v);
                        }
                    },
                );
            }
        }
        suppressed.sort_unstable();
        values.retain(|k, _| measures.contains(&k.as_str()));
        tables.push(Table {
            id: p.def.id.into(),
            dims,
            codes,
            suppressed,
            values,
        });
        reports.push(rep);
    }
    (tables, reports)
}

/// The diagnoses dataset file.
pub fn diagnosis_dataset(protected: &[Protected], threshold: u64) -> (Dataset, Vec<TableReport>) {
    let fill = |c: &[u64], pop: u64, _: Option<f64>, _: Option<[f64; 3]>, set: &mut dyn FnMut(&str, Option<f64>)| {
        let (pv, cv, pp) = (c[0] as f64, c[1] as f64, pop as f64);
        set("patients", Some(pv));
        set("contacts", Some(cv));
        set(
            "contacts_per_patient",
            if c[0] >= threshold {
                Some(round(cv / pv, 1))
            } else {
                None
            },
        );
        set(
            "patients_per_1000",
            if pp > 0.0 {
                Some(round_rate(pv / pp * 1000.0))
            } else {
                None
            },
        );
        set(
            "contacts_per_1000",
            if pp > 0.0 {
                Some(round(cv / pp * 1000.0, 0))
            } else {
                None
            },
        );
    };
    let (tables, reports) = published_tables(protected, Family::Diagnoses, "", threshold, &fill);
    let ds = Dataset {
        schema_version: schema::SCHEMA_VERSION,
        id: "diagnoser".into(),
        synthetic: true,
        title: Text::new("Diagnoser i speciallægepraksis", "Diagnoses in specialist practice"),
        description: Text::new(
            "Patienter og kontakter i speciallægepraksis fordelt på speciale, diagnose, region, kommune, køn, alder og år (fra 2021). Diagnoser fra 2024.",
            "Patients and contacts in specialist practice by specialty, diagnosis, region, municipality, sex, age and year (from 2021). Diagnoses from 2024.",
        ),
        period: schema::Period { from: 2021, to: 2025 },
        notes: vec![schema::YearNote {
            year: facts::FIRST_DIAG_YEAR,
            text: Text::new(
                "Databrud: 2024 er første år med diagnoser fra speciallægepraksis. Ikke alle klinikker indberettede hele året.",
                "Data break: 2024 is the first year with diagnoses from specialist practice. Not all clinics reported for the whole year.",
            ),
        }],
        suppression: texts::suppression(threshold),
        declaration: texts::diagnosis_declaration(),
        dimensions: DIMS.iter().map(|s| s.to_string()).chain(std::iter::once("year".to_string())).collect(),
        measures: diagnosis_measures(),
        tables,
    };
    (ds, reports)
}

/// Measures of the hospital-contact dataset.
pub fn hospital_measures() -> Vec<Measure> {
    let m = measure;
    let share = "Antal patienter med sygehuskontakten divideret med antal patienter i samme celle, i procent. Vises kun, når begge tal er offentliggjort og der er mindst 5 patienter.";
    let share_en = "Patients with the hospital contact divided by the patients of the same cell, in per cent. Shown only when both counts are published and there are at least 5 patients.";
    vec![
        m("share_same_before", MeasureKind::Derived, "Andel med sygehuskontakt i samme gruppe før", "Share with hospital contact in the same group before", "pct.", "%", 1, share, share_en),
        m("share_same_after", MeasureKind::Derived, "Andel med sygehuskontakt i samme gruppe efter", "Share with hospital contact in the same group after", "pct.", "%", 1, share, share_en),
        m("share_any", MeasureKind::Derived, "Andel med sygehuskontakt uanset diagnose efter", "Share with any hospital contact after", "pct.", "%", 1, share, share_en),
        m("lpr_same_before", MeasureKind::Persons, "Sygehuskontakt i samme diagnosegruppe, 12 mdr. før", "Hospital contact in the same diagnosis group, 12 months before", "patienter", "patients", 0,
          "Patienter med en kontakt på sygehus (LPR) med en diagnose i samme gruppe i de 12 måneder før første kontakt i speciallægepraksis i året.",
          "Patients with a hospital contact (LPR) with a diagnosis in the same group in the 12 months before their first contact in specialist practice in the year."),
        m("lpr_same_after", MeasureKind::Persons, "Sygehuskontakt i samme diagnosegruppe, 12 mdr. efter", "Hospital contact in the same diagnosis group, 12 months after", "patienter", "patients", 0,
          "Patienter med en kontakt på sygehus (LPR) med en diagnose i samme gruppe i de 12 måneder efter første kontakt i speciallægepraksis i året.",
          "Patients with a hospital contact (LPR) with a diagnosis in the same group in the 12 months after their first contact in specialist practice in the year."),
        m("lpr_any", MeasureKind::Persons, "Sygehuskontakt uanset diagnose, 12 mdr. efter", "Any hospital contact, 12 months after", "patienter", "patients", 0,
          "Patienter med mindst én kontakt på sygehus (LPR), uanset diagnose, i de 12 måneder efter første kontakt i speciallægepraksis i året.",
          "Patients with at least one hospital contact (LPR), whatever the diagnosis, in the 12 months after their first contact in specialist practice in the year."),
        m("patients", MeasureKind::Persons, "Patienter i speciallægepraksis", "Patients in specialist practice", "patienter", "patients", 0,
          "Unikke personer med mindst én kontakt i speciallægepraksis i året med en diagnose i gruppen. Samme tal som i opgørelsen over diagnoser.",
          "Unique persons with at least one contact in specialist practice in the year with a diagnosis in the group. The same figure as in the diagnoses statistic."),
    ]
}

/// The hospital-contact dataset file.
pub fn hospital_dataset(protected: &[Protected], threshold: u64) -> (Dataset, Vec<TableReport>) {
    // Counts in the family's order: patients, any after, same group before, same group after.
    let fill = |c: &[u64], _pop: u64, _: Option<f64>, _: Option<[f64; 3]>, set: &mut dyn FnMut(&str, Option<f64>)| {
        set("patients", Some(c[0] as f64));
        let share = |x: u64| {
            if c[0] >= threshold {
                Some(round(x as f64 / c[0] as f64 * 100.0, 1))
            } else {
                None
            }
        };
        for (id, sid, x) in [
            ("lpr_any", "share_any", c[1]),
            ("lpr_same_before", "share_same_before", c[2]),
            ("lpr_same_after", "share_same_after", c[3]),
        ] {
            set(id, Some(x as f64));
            set(sid, share(x));
        }
    };
    let (tables, reports) = published_tables(
        protected,
        Family::Hospital,
        "sygehuskontakt/",
        threshold,
        &fill,
    );
    let first = facts::FIRST_DIAG_YEAR;
    let ds = Dataset {
        schema_version: schema::SCHEMA_VERSION,
        id: "sygehuskontakt".into(),
        synthetic: true,
        title: Text::new("Speciallægepatienter med sygehuskontakt", "Specialist-practice patients with hospital contact"),
        description: Text::new(
            "Patienter i speciallægepraksis med kontakt på sygehus (LPR) fordelt på speciale, diagnosegruppe, region, køn, alder og år (fra 2024).",
            "Patients in specialist practice with a hospital contact (LPR) by specialty, diagnosis group, region, sex, age and year (from 2024).",
        ),
        period: schema::Period { from: first, to: *facts::YEARS.last().unwrap_or(&first) },
        notes: vec![],
        suppression: texts::suppression(threshold),
        declaration: texts::hospital_declaration(),
        dimensions: ["spec", "diag", "geo", "sex", "age", "year"].iter().map(|s| s.to_string()).collect(),
        measures: hospital_measures(),
        tables,
    };
    (ds, reports)
}

/// Measures of the referrals dataset.
pub fn referral_measures() -> Vec<Measure> {
    let m = measure;
    let cum = |w: &str, en: &str| {
        m(&format!("share_w{w}"), MeasureKind::Derived, &format!("Andel set inden for {w} uger"), &format!("Share seen within {en} weeks"), "pct.", "%", 1,
          &format!("Andel af henvisningerne, hvor første konsultation var højst {w} uger efter henvisningen. Vises kun, når alle ventetidsgrupper op til {w} uger er offentliggjort."),
          &format!("Share of referrals with the first consultation at most {en} weeks after the referral. Shown only when every waiting-time band up to {en} weeks is published."))
    };
    vec![
        m("referrals", MeasureKind::Events, "Antal henvisninger", "Number of referrals", "henvisninger", "referrals", 0,
          "Henvisninger, der førte til et forløb i speciallægepraksis i året, efter patientens bopæl. Under \"Uden henvisning\" og \"Alle forløbsstarter\" tælles også forløb, patienten selv har startet (øjen- og øre-næse-halslæge).",
          "Referrals that led to a course in specialist practice in the year, by the patient's residence. Under \"Without referral\" and \"All course starts\" courses the patient started without a referral (eye and ENT) also count."),
        m("referrals_per_1000", MeasureKind::Derived, "Henvisninger pr. 1.000 indbyggere", "Referrals per 1,000 inhabitants", "pr. 1.000 indbyggere", "per 1,000 inhabitants", 1,
          "Antal henvisninger pr. 1.000 indbyggere i samme geografi pr. 1. januar. Over 100 vises hele tal.", "Referrals per 1,000 inhabitants of the same area on 1 January. Above 100 shown as whole numbers."),
        m("median_wait", MeasureKind::Derived, "Median ventetid (dage)", "Median waiting time (days)", "dage", "days", 0,
          "Dage fra henvisningen til første konsultation, for den midterste henvisning: halvdelen ventede højst så længe. Vises kun for mindst 5 henvisninger.",
          "Days from the referral to the first consultation for the middle referral: half waited at most this long. Shown only for at least 5 referrals."),
        m("wait_share", MeasureKind::Derived, "Andel af henvisningerne", "Share of referrals", "pct.", "%", 1,
          "Henvisningerne i ventetidsgruppen divideret med alle henvisninger i samme region og speciale, i procent.",
          "Referrals in the waiting-time band divided by all referrals of the same region and specialty, in per cent."),
        cum("4", "4"),
        cum("8", "8"),
        cum("13", "13"),
        cum("26", "26"),
    ]
}

/// The referrals dataset file. Shares of waiting-time bands are computed from the published
/// table itself, so a share exists only where every count it is built from is published.
pub fn referral_dataset(protected: &[Protected], threshold: u64) -> (Dataset, Vec<TableReport>) {
    let fill =
        |c: &[u64], pop: u64, median: Option<f64>, _: Option<[f64; 3]>, set: &mut dyn FnMut(&str, Option<f64>)| {
            set("referrals", Some(c[0] as f64));
            set(
                "referrals_per_1000",
                (pop > 0).then(|| round_rate(c[0] as f64 / pop as f64 * 1000.0)),
            );
            set("median_wait", median.filter(|_| c[0] >= threshold));
        };
    let (mut tables, reports) = published_tables(
        protected,
        Family::Referrals,
        "henvisninger/",
        threshold,
        &fill,
    );
    for t in tables.iter_mut() {
        wait_shares(t, threshold);
    }
    let ds = Dataset {
        schema_version: schema::SCHEMA_VERSION,
        id: "henvisninger".into(),
        synthetic: true,
        title: Text::new("Henvisninger til speciallægepraksis", "Referrals to specialist practice"),
        description: Text::new(
            "Henvisninger til speciallægepraksis fordelt på henviser, henvisningstype, speciale, region, kommune og år, og ventetid fra henvisning til første konsultation (fra 2021).",
            "Referrals to specialist practice by referrer, referral type, specialty, region, municipality and year, and the waiting time from referral to first consultation (from 2021).",
        ),
        period: schema::Period { from: facts::YEARS[0], to: *facts::YEARS.last().unwrap_or(&facts::YEARS[0]) },
        notes: vec![],
        suppression: texts::suppression(threshold),
        declaration: texts::referral_declaration(),
        dimensions: ["spec", "rsrc", "rtype", "geo", "wait", "year"].iter().map(|s| s.to_string()).collect(),
        measures: referral_measures(),
        tables,
    };
    (ds, reports)
}

/// Shares of a waiting-time table: each band of the total, and the cumulative shares on the
/// total, from published cells only.
/// The index of cell `i` with dimension `d` at `code` instead (the same row, another column).
fn same_row(t: &Table, i: usize, d: usize, code: &str) -> Option<usize> {
    let mut at = t.coords_of(i);
    at[d] = code;
    t.index_of(&at)
}

/// `share_id` = `count` of each cell as a share (per cent) of the same row at the total of `dim`,
/// where both are published and the total is at least `threshold`.
fn share_of_total(t: &mut Table, dim: &str, count: &str, share_id: &str, threshold: u64) {
    let Some(d) = t.dim_index(dim) else { return };
    let vals = t.values.get(count).cloned().unwrap_or_default();
    let share: Vec<Value> = (0..t.len())
        .map(|i| {
            let total = same_row(t, i, d, "T").and_then(|j| vals[j].0).filter(|&x| x >= threshold as f64);
            Value(vals[i].0.zip(total).map(|(v, tot)| round(v / tot * 100.0, 1)))
        })
        .collect();
    t.values.insert(share_id.to_string(), share);
}

/// Shares of a waiting-time table: each band of the total, and the cumulative shares within 4, 8,
/// 13 and 26 weeks on the total, from published cells only.
fn wait_shares(t: &mut Table, threshold: u64) {
    let Some(wp) = t.dim_index("wait") else { return };
    share_of_total(t, "wait", "referrals", "wait_share", threshold);
    let all = ["W4", "W8", "W13", "W26", "L"];
    let refs = t.values.get("referrals").cloned().unwrap_or_default();
    let n = t.len();
    let mut cum: Vec<Vec<Value>> = vec![vec![Value(None); n]; all.len() - 1];
    for i in (0..n).filter(|&i| t.coords_of(i)[wp] == "T") {
        let Some(total) = refs[i].0.filter(|&x| x >= threshold as f64) else { continue };
        let sum = |bs: &[&str]| bs.iter().try_fold(0.0, |a, b| same_row(t, i, wp, b).and_then(|j| refs[j].0).map(|x| a + x));
        for (b, col) in cum.iter_mut().enumerate() {
            // Within X weeks: the bands up to X, or the total less the bands above X; either is a
            // sum of published cells.
            if let Some(x) = sum(&all[..=b]).or_else(|| sum(&all[b + 1..]).map(|above| total - above)) {
                col[i] = Value(Some(round(x / total * 100.0, 1)));
            }
        }
    }
    for (band, col) in all.iter().zip(cum) {
        t.values.insert(format!("share_w{}", &band[1..]), col);
    }
}

/// The populations dataset file.
pub fn population_dataset(protected: &[Protected], threshold: u64) -> (Dataset, Vec<TableReport>) {
    let fill = |c: &[u64], pop: u64, _: Option<f64>, _: Option<[f64; 3]>, set: &mut dyn FnMut(&str, Option<f64>)| {
        set("persons", Some(c[0] as f64));
        set("persons_per_1000", (pop > 0).then(|| round_rate(c[0] as f64 / pop as f64 * 1000.0)));
    };
    let (mut tables, reports) = published_tables(protected, Family::Populations, "populationer/", threshold, &fill);
    for t in tables.iter_mut() {
        share_of_total(t, "overlap", "persons", "overlap_share", threshold);
    }
    let m = measure;
    let first = facts::FIRST_DIAG_YEAR;
    let ds = Dataset {
        schema_version: schema::SCHEMA_VERSION,
        id: "populationer".into(),
        synthetic: true,
        title: Text::new("Patientpopulationer på tværs af sektorer", "Patient populations across sectors"),
        description: Text::new(
            "Personer med udvalgte kroniske og psykiatriske sygdomme fundet i speciallægepraksis, på sygehus (LPR) eller begge steder, fordelt på population, region, kommune, køn, alder og år (fra 2024).",
            "Persons with selected chronic and psychiatric conditions found in specialist practice, in hospital (LPR) or both, by population, region, municipality, sex, age and year (from 2024).",
        ),
        period: schema::Period { from: first, to: *facts::YEARS.last().unwrap_or(&first) },
        notes: vec![],
        suppression: texts::suppression(threshold),
        declaration: texts::population_declaration(),
        dimensions: ["pop", "overlap", "geo", "sex", "age", "year"].iter().map(|s| s.to_string()).collect(),
        measures: vec![
            m("persons", MeasureKind::Persons, "Antal personer", "Number of persons", "personer", "persons", 0,
              "Unikke personer i populationen, fundet med en diagnose i speciallægepraksis, på sygehus (LPR) eller begge steder i året. \"Alle populationer\" tæller hver person én gang.",
              "Unique persons in the population, found with a diagnosis in specialist practice, in hospital (LPR) or both in the year. \"All populations\" counts each person once."),
            m("persons_per_1000", MeasureKind::Derived, "Personer pr. 1.000 indbyggere", "Persons per 1,000 inhabitants", "pr. 1.000 indbyggere", "per 1,000 inhabitants", 1,
              "Antal personer pr. 1.000 indbyggere i samme geografi, køn og aldersgruppe pr. 1. januar. Over 100 vises hele tal.", "Persons per 1,000 inhabitants of the same area, sex and age group on 1 January. Above 100 shown as whole numbers."),
            m("overlap_share", MeasureKind::Derived, "Andel af den fundne population", "Share of the population found", "pct.", "%", 1,
              "Personerne i kategorien divideret med alle fundne personer i samme population, geografi, køn og alder, i procent.",
              "Persons in the category divided by all persons found in the same population, area, sex and age, in per cent."),
        ],
        tables,
    };
    (ds, reports)
}

/// All of codes.json.
pub fn codes_file() -> Codes {
    codes::codes()
}

/// The pathways dataset file. A flow's share divides by the pathway's total, where both are
/// published; the quartiles of days exist for the persons with a known time, at least 5.
pub fn pathway_dataset(protected: &[Protected], threshold: u64) -> (Dataset, Vec<TableReport>) {
    let fill = |c: &[u64], _pop: u64, _: Option<f64>, q: Option<[f64; 3]>, set: &mut dyn FnMut(&str, Option<f64>)| {
        set("patients", Some(c[0] as f64));
        let q = q.filter(|_| c[0] >= threshold);
        for (i, id) in ["p25_days", "median_days", "p75_days"].iter().enumerate() {
            set(id, q.map(|q| q[i]));
        }
    };
    let (mut tables, reports) = published_tables(protected, Family::Pathways, "forloeb/", threshold, &fill);
    for t in tables.iter_mut() {
        share_of_total(t, "pin", "patients", "flow_share", threshold);
        share_of_total(t, "pout", "patients", "flow_share", threshold);
    }
    let m = measure;
    let first = facts::FIRST_DIAG_YEAR;
    let days = |id: &str, da: &str, en: &str, dda: &str, den: &str| m(id, MeasureKind::Derived, da, en, "dage", "days", 0, dda, den);
    let ds = Dataset {
        schema_version: schema::SCHEMA_VERSION,
        id: "forloeb".into(),
        synthetic: true,
        title: Text::new("Patientforløb på tværs af sektorer", "Patient pathways across sectors"),
        description: Text::new(
            "Patienter fra udvalgte populationer fra henvisning over speciallægepraksis og sygehus til afslutning, med tiden mellem trinene, fordelt på population, region, alder og år (fra 2024).",
            "Patients from selected populations from referral through specialist practice and hospital to the end of the course, with the time between steps, by population, region, age and year (from 2024).",
        ),
        period: schema::Period { from: first, to: *facts::YEARS.last().unwrap_or(&first) },
        notes: vec![],
        suppression: texts::suppression(threshold),
        declaration: texts::pathway_declaration(),
        dimensions: ["pop", "pin", "pout", "geo", "age", "year"].iter().map(|s| s.to_string()).collect(),
        measures: vec![
            m("patients", MeasureKind::Persons, "Antal patienter", "Number of patients", "patienter", "patients", 0,
              "Unikke personer i strømmen: populationens personer, der er fundet i speciallægepraksis, med deres første forløb i året hos populationens speciale.",
              "Unique persons in the flow: the population's persons found in specialist practice, with their first course of the year at the population's specialty."),
            m("flow_share", MeasureKind::Derived, "Andel af forløbene", "Share of the pathways", "pct.", "%", 1,
              "Personerne i strømmen divideret med alle personer i forløbet i samme population, region og alder, i procent.",
              "Persons in the flow divided by all persons in the pathway of the same population, region and age, in per cent."),
            days("median_days", "Dage til trinnet, median", "Days to the step, median",
                 "Dage fra henvisning til første konsultation (strømme ind i speciallægepraksis), fra første konsultation til sygehuskontakt eller fra første konsultation til forløbets afslutning: halvdelen havde højst så mange dage. Vises for mindst 5 personer.",
                 "Days from referral to first consultation (flows into specialist practice), from first consultation to a hospital contact, or from first consultation to the end of the course: half had at most this many days. Shown for at least 5 persons."),
            days("p25_days", "Dage til trinnet, 25 %-kvartil", "Days to the step, lower quartile",
                 "Som medianen, men en fjerdedel havde højst så mange dage.", "Like the median, but a quarter had at most this many days."),
            days("p75_days", "Dage til trinnet, 75 %-kvartil", "Days to the step, upper quartile",
                 "Som medianen, men tre fjerdedele havde højst så mange dage.", "Like the median, but three quarters had at most this many days."),
        ],
        tables,
    };
    (ds, reports)
}

/// The activity dataset file. Rates per patient divide by at least 5 patients; the band shares
/// divide by the published total of the same row.
pub fn activity_dataset(protected: &[Protected], threshold: u64) -> (Dataset, Vec<TableReport>) {
    let fill = |c: &[u64], _pop: u64, _: Option<f64>, _: Option<[f64; 3]>, set: &mut dyn FnMut(&str, Option<f64>)| {
        for (i, id) in ACT_COUNTS.iter().enumerate().take(c.len()) {
            set(id, Some(c[i] as f64));
            if i > 0 {
                set(&format!("{id}_per_patient"), (c[0] >= threshold).then(|| round(c[i] as f64 / c[0] as f64, 1)));
            }
        }
    };
    let (mut tables, reports) = published_tables(protected, Family::Activity, "aktivitet/", threshold, &fill);
    for t in tables.iter_mut() {
        share_of_total(t, "cband", "patients", "band_share", threshold);
    }
    let m = measure;
    let first = facts::FIRST_DIAG_YEAR;
    let count = |id: &str, da: &str, en: &str, uda: &str, uen: &str, dda: &str, den: &str| m(id, MeasureKind::Events, da, en, uda, uen, 0, dda, den);
    let rate = |id: &str, da: &str, en: &str, what_da: &str, what_en: &str| {
        m(id, MeasureKind::Derived, da, en, "pr. patient", "per patient", 1,
          &format!("{what_da} divideret med antal patienter i samme celle. Vises for mindst 5 patienter."),
          &format!("{what_en} divided by the patients of the same cell. Shown for at least 5 patients."))
    };
    let ds = Dataset {
        schema_version: schema::SCHEMA_VERSION,
        id: "aktivitet".into(),
        synthetic: true,
        title: Text::new("Aktivitet pr. patientpopulation", "Activity per patient population"),
        description: Text::new(
            "Kontakter og ydelser pr. patient i speciallægepraksis og ambulante sygehuskontakter for udvalgte populationer, fordelt på population, speciale, antal kontakter, region, alder og år (fra 2024).",
            "Contacts and services per patient in specialist practice and hospital outpatient contacts for selected populations, by population, specialty, number of contacts, region, age and year (from 2024).",
        ),
        period: schema::Period { from: first, to: *facts::YEARS.last().unwrap_or(&first) },
        notes: vec![],
        suppression: texts::suppression(threshold),
        declaration: texts::activity_declaration(),
        dimensions: ["pop", "spec", "cband", "geo", "age", "year"].iter().map(|s| s.to_string()).collect(),
        measures: vec![
            m("patients", MeasureKind::Persons, "Antal patienter", "Number of patients", "patienter", "patients", 0,
              "Unikke personer i populationen med mindst én kontakt i speciallægepraksis i året (i specialet). En patient tælles én gang pr. celle.",
              "Unique persons of the population with at least one contact in specialist practice in the year (in the specialty). A patient counts once per cell."),
            rate("contacts_per_patient", "Kontakter pr. patient", "Contacts per patient", "Kontakter i speciallægepraksis", "Contacts in specialist practice"),
            rate("first_visits_per_patient", "Første konsultationer pr. patient", "First consultations per patient", "Første konsultationer (nye forløb)", "First consultations (new courses)"),
            rate("followups_per_patient", "Opfølgende konsultationer pr. patient", "Follow-up consultations per patient", "Opfølgende konsultationer med fremmøde", "Follow-up consultations in person"),
            rate("remote_per_patient", "Telefon- og videokonsultationer pr. patient", "Phone and video consultations per patient", "Telefon- og videokonsultationer", "Phone and video consultations"),
            rate("procedures_per_patient", "Øvrige ydelser pr. patient", "Other services per patient", "Ydelser ud over konsultationer (fx procedurer og undersøgelser)", "Services beyond consultations (e.g. procedures and tests)"),
            rate("outpatient_per_patient", "Ambulante sygehuskontakter pr. patient", "Hospital outpatient contacts per patient", "Ambulante sygehuskontakter med populationens diagnose for de samme patienter", "Hospital outpatient contacts with the population's diagnosis of the same patients"),
            m("band_share", MeasureKind::Derived, "Andel af patienterne", "Share of patients", "pct.", "%", 1,
              "Patienterne i gruppen (efter antal kontakter) divideret med alle patienter i samme population, speciale, region og alder, i procent.",
              "Patients in the band (by number of contacts) divided by all patients of the same population, specialty, region and age, in per cent."),
            count("contacts", "Antal kontakter", "Number of contacts", "kontakter", "contacts", "Konsultationer, telefon- og videokonsultationer i speciallægepraksis.", "Consultations, phone and video consultations in specialist practice."),
            count("first_visits", "Antal første konsultationer", "Number of first consultations", "konsultationer", "consultations", "Første konsultation i et nyt forløb.", "First consultation of a new course."),
            count("followups", "Antal opfølgende konsultationer", "Number of follow-up consultations", "konsultationer", "consultations", "Konsultationer med fremmøde ud over den første.", "Consultations in person beyond the first."),
            count("remote", "Antal telefon- og videokonsultationer", "Number of phone and video consultations", "konsultationer", "consultations", "Telefon- og videokonsultationer.", "Phone and video consultations."),
            count("procedures", "Antal øvrige ydelser", "Number of other services", "ydelser", "services", "Ydelser ud over konsultationer.", "Services beyond consultations."),
            count("outpatient", "Antal ambulante sygehuskontakter", "Number of hospital outpatient contacts", "kontakter", "contacts", "Ambulante sygehuskontakter med populationens diagnose.", "Hospital outpatient contacts with the population's diagnosis."),
        ],
        tables,
    };
    (ds, reports)
}
