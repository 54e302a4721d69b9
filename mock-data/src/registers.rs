//! Synthetic registers at full Danish scale, seeded and deterministic.
//!
//! What is generated, per year 2021-2025:
//! - population denominators per kommune × sex × age group (a *stratum*);
//! - about 1,050 clinics (ydernumre) with speciale and kommune, concentrated in Hovedstaden;
//! - patient courses (forløb) in speciallægepraksis with contacts (consultation, phone, video) and
//!   SSR services, a referral (or self-referral for eye and ENT) with its waiting time, the
//!   diagnosis codes from the new reporting (2024-2025 only, with the phase-in of the first year),
//!   and the hospital (LPR) contacts of the same pseudonymous person around the first contact;
//! - the chronic-disease and psychiatry populations across sectors.
//!
//! Persons are pseudonymous numbers unique within a year (stratum offset + index); a person can
//! have courses in several specialties, which is what makes patient counts non-additive over
//! speciale and diagnosis.

use crate::facts::{self, AGE_BANDS, KOMMUNER, REGIONS, SPECS, YEARS};
use rand::seq::index::sample;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rand_distr::{Distribution, Gamma, LogNormal, Poisson};
use std::collections::HashMap;

pub const N_SEX: usize = 2; // 0 = K (women), 1 = M (men)
pub const N_AGE: usize = AGE_BANDS.len();
pub const N_KOM: usize = KOMMUNER.len();
pub const N_STRATA: usize = N_KOM * N_SEX * N_AGE;

/// Index of a stratum (kommune, sex, age band).
pub fn stratum(kommune: usize, sex: usize, age: usize) -> usize {
    (kommune * N_SEX + sex) * N_AGE + age
}
pub fn stratum_parts(s: usize) -> (usize, usize, usize) {
    (s / (N_SEX * N_AGE), (s / N_AGE) % N_SEX, s % N_AGE)
}

/// The diagnosis code list used by the generator: leaves (codes) with their group and chapter.
#[derive(Clone, Debug)]
pub struct DiagLeaf {
    pub code: String,
    pub da: String,
    pub en: String,
    pub group: String,
    pub chapter: String,
}

#[derive(Clone, Debug)]
pub struct DiagGroup {
    pub id: String,
    pub da: String,
    pub en: String,
    pub chapter: String,
}

/// Where a referral came from. `SelfReferral` is used for eye and ENT, where none is needed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RefSource {
    SelfReferral,
    GeneralPractice,
    OtherSpecialist,
    Hospital,
}

#[derive(Clone, Debug)]
pub struct Course {
    pub year: u16,
    pub person: u32,
    pub stratum: u16,
    pub spec: u8,
    pub clinic: u16,
    /// Leaf index of the diagnosis (into `Registers::leaves`); the no-code leaf before 2024.
    pub diag: u16,
    /// A second diagnosis (bidiagnose) or `u16::MAX`.
    pub diag2: u16,
    pub contacts: u16,
    pub phone: u16,
    pub video: u16,
    pub services: u16,
    pub ref_source: RefSource,
    /// Referral for continued treatment (fortsat behandling) rather than a new course.
    pub ref_continued: bool,
    /// Days from referral issued to first consultation (0 for self-referral).
    pub wait_days: u16,
    /// Day of the year of the first contact.
    pub first_day: u16,
    /// Hospital contact (LPR) in the same diagnosis group in the 12 months before / after the
    /// first specialist contact, and any hospital contact in the 12 months after.
    pub lpr_same_before: bool,
    pub lpr_same_after: bool,
    pub lpr_any: bool,
    /// Days from the first specialist contact to the first hospital contact after it (meaningful
    /// only with `lpr_any`).
    pub lpr_days: u16,
    /// How the course stands at the end of the year, and days from the first contact to its end.
    pub closure: Closure,
    pub closure_days: u16,
}

/// How a course in specialist practice ends [ESTIMATE].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Closure {
    /// Finished, with an epikrise sent to the patient's own doctor.
    Epikrise,
    /// Still running in specialist practice at the end of the year.
    Ongoing,
    /// Finished without an epikrise recorded.
    NoLetter,
}

/// A person in a cross-sector population (type 2 diabetes, KOL, …) in a year.
#[derive(Clone, Debug)]
pub struct PopPerson {
    pub year: u16,
    pub pop: u8,
    pub person: u32,
    pub stratum: u16,
    pub in_sp: bool,
    pub in_lpr: bool,
    /// Hospital outpatient contacts (ambulante kontakter) with the population's diagnosis in the
    /// year; 0 when not found in hospital.
    pub outpatient: u16,
}

#[derive(Clone, Debug)]
pub struct Clinic {
    pub ydernummer: u32,
    pub spec: u8,
    pub kommune: u8,
    /// First year and month the clinic reports diagnoses (None: not before 2026).
    pub reports_from: Option<(u16, u8)>,
}

pub struct Registers {
    pub seed: u64,
    pub years: Vec<u16>,
    /// Population per year index and stratum.
    pub population: Vec<Vec<u32>>,
    pub clinics: Vec<Clinic>,
    pub leaves: Vec<DiagLeaf>,
    pub groups: Vec<DiagGroup>,
    pub no_code: u16,
    pub courses: Vec<Course>,
    pub pop_persons: Vec<PopPerson>,
}

impl Registers {
    pub fn year_index(&self, year: u16) -> Option<usize> {
        self.years.iter().position(|&y| y == year)
    }
}

/// Build the diagnosis leaves and groups from the facts (stable order: by specialty, then group).
pub fn diagnosis_lists() -> (Vec<DiagLeaf>, Vec<DiagGroup>) {
    let mut leaves: Vec<DiagLeaf> = Vec::new();
    let mut groups: Vec<DiagGroup> = Vec::new();
    let mut add_group = |id: &str,
                         ch: &str,
                         da: &str,
                         en: &str,
                         codes: &[(&str, &str, &str)],
                         leaves: &mut Vec<DiagLeaf>| {
        if groups.iter().any(|g| g.id == id) {
            return;
        }
        groups.push(DiagGroup {
            id: id.into(),
            da: da.into(),
            en: en.into(),
            chapter: ch.into(),
        });
        for (c, cda, cen) in codes {
            leaves.push(DiagLeaf {
                code: (*c).into(),
                da: (*cda).into(),
                en: (*cen).into(),
                group: id.into(),
                chapter: ch.into(),
            });
        }
    };
    for s in SPECS.iter() {
        for g in facts::groups(s.code) {
            add_group(g.id, g.chapter, g.da, g.en, g.codes, &mut leaves);
        }
    }
    let (id, ch, da, en, c, cda) = facts::OBS_GROUP;
    add_group(
        id,
        ch,
        da,
        en,
        &[(c, cda, "Observation for suspected disease")],
        &mut leaves,
    );
    let (id, ch, da, en, c, cda) = facts::UNS_GROUP;
    add_group(
        id,
        ch,
        da,
        en,
        &[(c, cda, "Unspecified illness")],
        &mut leaves,
    );
    leaves.push(DiagLeaf {
        code: facts::NO_CODE.into(),
        da: "Ingen gyldig diagnosekode".into(),
        en: "No valid diagnosis code".into(),
        group: String::new(),
        chapter: facts::NO_CODE.into(),
    });
    (leaves, groups)
}

/// Population per stratum for the 2024 anchor, scaled to the sourced regional totals.
fn population_2024(rng: &mut ChaCha8Rng) -> Vec<f64> {
    let mut out = vec![0.0; N_STRATA];
    for (r, _, _, total) in REGIONS.iter() {
        let sum: f64 = KOMMUNER.iter().filter(|k| k.2 == *r).map(|k| k.3).sum();
        for (ki, k) in KOMMUNER.iter().enumerate().filter(|(_, k)| k.2 == *r) {
            let pop = k.3 / sum * (*total as f64);
            let urban = facts::URBAN.contains(&k.0);
            // Age structure: cities younger, small and rural kommuner older, Hovedstaden a little
            // younger (DOMAIN.md §5.1 ESTIMATE); a little noise per kommune.
            let older = if urban {
                0.78
            } else if k.3 < 30.0 {
                1.22
            } else if *r == "1084" {
                0.95
            } else {
                1.06
            };
            let tilt = [
                1.0,
                if urban { 1.35 } else { 0.92 },
                if urban { 1.15 } else { 0.97 },
                1.0,
                older,
                older,
            ];
            let mut shares: Vec<f64> = AGE_BANDS
                .iter()
                .zip(tilt)
                .map(|(a, t)| a.3 * t * rng.gen_range(0.97..1.03))
                .collect();
            let ssum: f64 = shares.iter().sum();
            shares.iter_mut().for_each(|s| *s /= ssum);
            for (a, share) in shares.iter().enumerate() {
                let f = AGE_BANDS[a].4;
                out[stratum(ki, 0, a)] = pop * share * f;
                out[stratum(ki, 1, a)] = pop * share * (1.0 - f);
            }
        }
    }
    out
}

/// Yearly growth of use per specialty (DOMAIN.md §7.3: eye +2-3 %/yr, psychiatry and ADHD
/// +5-10 %/yr in adults, others about flat).
fn trend(spec: &str) -> f64 {
    match spec {
        "OFT" => 0.025,
        "PSY" | "BUP" => 0.06,
        _ => 0.005,
    }
}

fn kommune_use(k: usize, rng: &mut ChaCha8Rng) -> f64 {
    let code = KOMMUNER[k].0;
    let base = facts::region_use(KOMMUNER[k].2);
    match facts::KOMMUNE_USE.iter().find(|(c, _)| *c == code) {
        Some((_, m)) => *m,
        None => base * rng.gen_range(0.9..1.1),
    }
}

fn pick_weighted(rng: &mut ChaCha8Rng, weights: &[f64]) -> usize {
    let total: f64 = weights.iter().sum();
    let mut x = rng.gen_range(0.0..total);
    for (i, w) in weights.iter().enumerate() {
        if x < *w {
            return i;
        }
        x -= w;
    }
    weights.len() - 1
}

/// Generate the registers. `scale` shrinks every volume (1.0 = full Danish scale; tests use less).
pub fn generate(seed: u64, scale: f64, progress: &(dyn Fn(&str, u64, u64) + Sync)) -> Registers {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let (leaves, groups) = diagnosis_lists();
    let no_code = (leaves.len() - 1) as u16;
    let leaf_of = |code: &str| leaves.iter().position(|l| l.code == code).map(|i| i as u16);
    // The leaves of each group, looked up once per course: made once.
    let mut leaves_of: HashMap<&str, Vec<u16>> = HashMap::new();
    for (i, l) in leaves.iter().enumerate() {
        leaves_of
            .entry(l.group.as_str())
            .or_default()
            .push(i as u16);
    }
    let group_leaves =
        |gid: &str| -> &[u16] { leaves_of.get(gid).map(|v| v.as_slice()).unwrap_or(&[]) };

    // Population.
    let base = population_2024(&mut rng);
    let years: Vec<u16> = YEARS.to_vec();
    let population: Vec<Vec<u32>> = years
        .iter()
        .map(|&y| {
            let f = (1.0 + facts::POP_GROWTH).powi(y as i32 - 2024) * scale;
            base.iter().map(|p| (p * f).round() as u32).collect()
        })
        .collect();

    // Clinics: per specialty, a share in Hovedstaden, the rest spread by population.
    let mut clinics = Vec::new();
    let region_pop: Vec<f64> = REGIONS.iter().map(|r| r.3 as f64).collect();
    for (si, s) in SPECS.iter().enumerate() {
        let n = ((s.clinics as f64) * scale.max(0.05)).round().max(1.0) as u32;
        for _ in 0..n {
            let region = if rng.gen_bool(s.clinics_h) {
                3
            } else {
                let w: Vec<f64> = region_pop
                    .iter()
                    .enumerate()
                    .map(|(i, p)| if i == 3 { 0.0 } else { *p })
                    .collect();
                pick_weighted(&mut rng, &w)
            };
            let ks: Vec<usize> = (0..N_KOM)
                .filter(|&k| KOMMUNER[k].2 == REGIONS[region].0)
                .collect();
            let w: Vec<f64> = ks.iter().map(|&k| KOMMUNER[k].3.powf(1.3)).collect();
            let kommune = ks[pick_weighted(&mut rng, &w)] as u8;
            // Phase-in of the new diagnosis reporting: most from January 2024, some later in
            // 2024, a few only from 2025 or not yet (DOMAIN.md §7.3, ESTIMATE).
            let x: f64 = rng.gen();
            let reports_from = if x < 0.78 {
                Some((2024, 1))
            } else if x < 0.90 {
                Some((2024, rng.gen_range(4..=10)))
            } else if x < 0.975 {
                Some((2025, 1))
            } else {
                None
            };
            clinics.push(Clinic {
                ydernummer: 0,
                spec: si as u8,
                kommune,
                reports_from,
            });
        }
    }
    for (i, c) in clinics.iter_mut().enumerate() {
        c.ydernummer = 100_000 + i as u32 * 7;
    }
    let clinics_of: Vec<Vec<u16>> = (0..SPECS.len())
        .map(|si| {
            clinics
                .iter()
                .enumerate()
                .filter(|(_, c)| c.spec as usize == si)
                .map(|(i, _)| i as u16)
                .collect()
        })
        .collect();

    // Clinics per specialty and region, in clinic order.
    let local_clinics: Vec<Vec<Vec<u16>>> = clinics_of
        .iter()
        .map(|cl| {
            REGIONS
                .iter()
                .map(|r| {
                    cl.iter()
                        .copied()
                        .filter(|&i| KOMMUNER[clinics[i as usize].kommune as usize].2 == r.0)
                        .collect()
                })
                .collect()
        })
        .collect();
    let follow_up: Vec<f64> = (0..N_KOM)
        .map(|k| {
            let region = match KOMMUNER[k].2 {
                "1081" => 0.90,
                "1082" => 0.95,
                "1084" => 1.08,
                "1085" => 1.02,
                _ => 1.0,
            };
            region * rng.gen_range(0.9..1.1)
        })
        .collect();
    let kom_use: Vec<f64> = (0..N_KOM).map(|k| kommune_use(k, &mut rng)).collect();
    let spec_groups: Vec<Vec<facts::Group>> = SPECS.iter().map(|s| facts::groups(s.code)).collect();
    let obs_leaf = leaf_of(facts::OBS_GROUP.4).unwrap_or(no_code);
    let uns_leaf = leaf_of(facts::UNS_GROUP.4).unwrap_or(no_code);

    // Rate per person per stratum and specialty, normalised so the national volume matches.
    let pop24 = &population[years.iter().position(|&y| y == 2024).unwrap_or(0)];
    let mut rate_base: Vec<Vec<f64>> = Vec::new();
    for s in SPECS.iter() {
        let mut w = vec![0.0; N_STRATA];
        let mut tot = 0.0;
        for st in 0..N_STRATA {
            let (k, sex, a) = stratum_parts(st);
            let sexw = if sex == 0 { s.female } else { 1.0 - s.female };
            let sexw = sexw
                / (if sex == 0 {
                    AGE_BANDS[a].4
                } else {
                    1.0 - AGE_BANDS[a].4
                });
            w[st] = s.age[a] * sexw * kom_use[k] * facts::spec_region_use(s.code, KOMMUNER[k].2);
            tot += w[st] * pop24[st] as f64;
        }
        let target = s.patients * scale;
        rate_base.push(
            w.iter()
                .map(|x| if tot > 0.0 { x * target / tot } else { 0.0 })
                .collect(),
        );
    }

    let total_steps = (years.len() * N_STRATA) as u64;
    let step = std::sync::atomic::AtomicU64::new(0);
    let pop_specs: Vec<usize> = facts::POPULATIONS
        .iter()
        .map(|p| SPECS.iter().position(|s| s.code == p.spec).unwrap_or(0))
        .collect();

    // One year: its own random stream (seed and year), so years can run on both cores and the
    // result does not depend on how they are scheduled.
    let one_year = |yi: usize, year: u16| -> (Vec<Course>, Vec<PopPerson>) {
        let mut rng =
            ChaCha8Rng::seed_from_u64(seed ^ (year as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
        let mut rng_lpr =
            ChaCha8Rng::seed_from_u64(!seed ^ (year as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
        // Pathways and hospital outpatient activity: a stream of their own, so that adding them
        // left every other figure as it was.
        let mut rng_path = ChaCha8Rng::seed_from_u64(
            seed.rotate_left(17) ^ (year as u64).wrapping_mul(0xD1B5_4A32_D192_ED03),
        );
        let region_lpr: Vec<f64> = REGIONS
            .iter()
            .map(|r| 1.0 / facts::region_use(r.0).sqrt())
            .collect();
        let mut courses: Vec<Course> = Vec::new();
        let mut pop_persons: Vec<PopPerson> = Vec::new();
        let mut offset = 0u32;
        // National weights for the chronic-disease populations in this year.
        let pop_w: Vec<Vec<f64>> = facts::POPULATIONS
            .iter()
            .map(|p| {
                let age = p.profile.age();
                let w: Vec<f64> = (0..N_STRATA)
                    .map(|st| {
                        let (_, sex, a) = stratum_parts(st);
                        let sexw = if sex == 0 { p.female } else { 1.0 - p.female };
                        let sexw = sexw
                            / (if sex == 0 {
                                AGE_BANDS[a].4
                            } else {
                                1.0 - AGE_BANDS[a].4
                            });
                        age[a] * sexw * population[yi][st] as f64
                    })
                    .collect();
                let tot: f64 = w.iter().sum();
                let growth = if p.id == "ADHD" { 1.08f64 } else { 1.015 };
                let target = p.persons * scale * growth.powi(year as i32 - 2023);
                w.iter().map(|x| x * target / tot).collect()
            })
            .collect();

        for st in 0..N_STRATA {
            let done = step.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
            if st % 64 == 0 || done == total_steps {
                progress("registre", done, total_steps);
            }
            let n_pop = population[yi][st];
            if n_pop == 0 {
                continue;
            }
            let (k, _sex, a) = stratum_parts(st);
            let region_idx = REGIONS
                .iter()
                .position(|r| r.0 == KOMMUNER[k].2)
                .unwrap_or(0);

            // Cross-sector populations: who has the condition, and is seen where.
            let mut forced: Vec<Vec<(u32, &'static str)>> = vec![Vec::new(); SPECS.len()];
            for (pi, p) in facts::POPULATIONS.iter().enumerate() {
                let lambda = pop_w[pi][st];
                let n = if lambda > 0.0 {
                    Poisson::new(lambda)
                        .map(|d| d.sample(&mut rng) as u32)
                        .unwrap_or(0)
                } else {
                    0
                };
                let n = n.min(n_pop);
                for idx in sample(&mut rng, n_pop as usize, n as usize).iter() {
                    let person = offset + idx as u32;
                    let in_sp = rng.gen_bool(p.share_sp.clamp(0.0, 1.0));
                    let in_lpr = rng.gen_bool(p.share_lpr.clamp(0.0, 1.0));
                    if in_sp {
                        forced[pop_specs[pi]].push((person, p.group));
                    }
                    // [ESTIMATE] Outpatient contacts a year for the condition, by population.
                    let outpatient = if in_lpr {
                        let mean = match p.id {
                            "T2D" => 2.4,
                            "KOL" => 2.1,
                            "RA" => 3.6,
                            "OST" => 1.4,
                            "DEP" => 5.5,
                            _ => 3.2,
                        };
                        1 + Poisson::new(mean - 1.0)
                            .map(|d| d.sample(&mut rng_path) as u16)
                            .unwrap_or(0)
                    } else {
                        0
                    };
                    pop_persons.push(PopPerson {
                        year,
                        pop: pi as u8,
                        person,
                        stratum: st as u16,
                        in_sp,
                        in_lpr,
                        outpatient,
                    });
                }
            }

            for (si, s) in SPECS.iter().enumerate() {
                let lambda = rate_base[si][st]
                    * (n_pop as f64)
                    * (1.0 + trend(s.code)).powi(year as i32 - 2024);
                let n = if lambda > 0.0 {
                    Poisson::new(lambda)
                        .map(|d| d.sample(&mut rng) as u32)
                        .unwrap_or(0)
                } else {
                    0
                };
                let n_forced = forced[si].len() as u32;
                let n_other = n.saturating_sub(n_forced).min(n_pop);
                let mut patients: Vec<(u32, Option<&'static str>)> =
                    forced[si].iter().map(|(p, g)| (*p, Some(*g))).collect();
                for idx in sample(&mut rng, n_pop as usize, n_other as usize).iter() {
                    patients.push((offset + idx as u32, None));
                }
                if patients.is_empty() {
                    continue;
                }
                let groups_here = &spec_groups[si];
                let gweights: Vec<f64> = groups_here
                    .iter()
                    .map(|g| {
                        let sexw = match g.female {
                            Some(f) => {
                                let fs = s.female.clamp(0.01, 0.99);
                                if _sex == 0 {
                                    f / fs
                                } else {
                                    (1.0 - f) / (1.0 - fs)
                                }
                            }
                            None => 1.0,
                        };
                        g.weight * g.profile.age()[a] * sexw.max(0.0)
                    })
                    .collect();
                let gsum: f64 = gweights.iter().sum();
                // Older patients and some regions have more follow-up contacts (ESTIMATE), with a
                // little variation per kommune.
                let age_follow = [0.75, 0.85, 0.95, 1.0, 1.15, 1.25][a];
                let mean_extra =
                    (s.contacts_per_patient / 1.12 - 1.0).max(0.05) * age_follow * follow_up[k];
                let gamma = Gamma::new(1.5, mean_extra / 1.5).ok();
                let wait = LogNormal::new((s.wait_weeks[region_idx] * 7.0).ln(), 0.55).ok();
                for (person, forced_group) in patients {
                    let n_courses = if rng.gen_bool(0.12) { 2 } else { 1 };
                    for c in 0..n_courses {
                        let clinic = {
                            let cl = &clinics_of[si];
                            // Prefer clinics in the patient's own region.
                            let local = &local_clinics[si][region_idx];
                            let pool = if !local.is_empty() && rng.gen_bool(0.9) {
                                local
                            } else {
                                cl
                            };
                            pool[rng.gen_range(0..pool.len())]
                        };
                        let first_day = rng.gen_range(1..=365u16);
                        // Diagnosis: only from the new reporting, 2024 on, from clinics reporting
                        // at the time of the first contact, with coding completeness rising.
                        let reporting = year >= facts::FIRST_DIAG_YEAR
                            && match clinics[clinic as usize].reports_from {
                                Some((y, m)) => {
                                    year > y
                                        || (year == y && first_day as u32 >= (m as u32 - 1) * 30)
                                }
                                None => false,
                            };
                        let completeness = if year == facts::FIRST_DIAG_YEAR {
                            0.93
                        } else {
                            0.97
                        };
                        let obs_share = if year == facts::FIRST_DIAG_YEAR {
                            0.09
                        } else {
                            0.055
                        };
                        let mut diag = no_code;
                        let mut diag2 = u16::MAX;
                        if reporting && rng.gen_bool(completeness) {
                            let gid = match (forced_group, c) {
                                (Some(g), 0) => Some(g),
                                _ => None,
                            };
                            if gid.is_none() && rng.gen_bool(obs_share) {
                                diag = if rng.gen_bool(0.6) {
                                    obs_leaf
                                } else {
                                    uns_leaf
                                };
                            } else {
                                let gid = gid.unwrap_or_else(|| {
                                    if gsum > 0.0 {
                                        groups_here[pick_weighted(&mut rng, &gweights)].id
                                    } else {
                                        groups_here[0].id
                                    }
                                });
                                let ls = group_leaves(gid);
                                if !ls.is_empty() {
                                    diag = ls[rng.gen_range(0..ls.len())];
                                }
                                if rng.gen_bool(0.08) && gsum > 0.0 {
                                    let g2 = groups_here[pick_weighted(&mut rng, &gweights)].id;
                                    let l2 = group_leaves(g2);
                                    if !l2.is_empty() {
                                        let d2 = l2[rng.gen_range(0..l2.len())];
                                        if d2 != diag {
                                            diag2 = d2;
                                        }
                                    }
                                }
                            }
                        }
                        let extra = match &gamma {
                            Some(g) => {
                                let lam: f64 = g.sample(&mut rng);
                                if lam > 0.0 {
                                    Poisson::new(lam)
                                        .map(|d| d.sample(&mut rng) as u16)
                                        .unwrap_or(0)
                                } else {
                                    0
                                }
                            }
                            None => 0,
                        };
                        let contacts = 1 + extra.min(60);
                        let video_share = if s.code == "PSY" || s.code == "BUP" {
                            0.10
                        } else {
                            0.02
                        };
                        let mut phone = 0u16;
                        let mut video = 0u16;
                        for _ in 1..contacts {
                            let x: f64 = rng.gen();
                            if x < 0.14 {
                                phone += 1;
                            } else if x < 0.14 + video_share {
                                video += 1;
                            }
                        }
                        let procedures = Poisson::new(0.35 * contacts as f64)
                            .map(|d| d.sample(&mut rng) as u16)
                            .unwrap_or(0);
                        let services = contacts + procedures;
                        let (ref_source, wait_days) = if s.self_referral
                            && rng.gen_bool(if s.code == "OFT" { 0.6 } else { 0.45 })
                        {
                            (RefSource::SelfReferral, 0)
                        } else {
                            let x: f64 = rng.gen();
                            let src = if x < 0.85 {
                                RefSource::GeneralPractice
                            } else if x < 0.93 {
                                RefSource::OtherSpecialist
                            } else {
                                RefSource::Hospital
                            };
                            let w = wait.as_ref().map(|d| d.sample(&mut rng)).unwrap_or(42.0);
                            (src, w.clamp(1.0, 700.0) as u16)
                        };
                        let ref_continued =
                            ref_source != RefSource::SelfReferral && rng.gen_bool(0.2);
                        let p_same = s.hosp_same;
                        let before = rng.gen_bool((p_same * 0.55).clamp(0.0, 1.0));
                        let after = rng.gen_bool((p_same * 0.75).clamp(0.0, 1.0));
                        let p_any = (0.07 + 0.04 * a as f64 + p_same).clamp(0.0, 0.95);
                        let any = after || rng.gen_bool(p_any);
                        // [ESTIMATE] Where specialists in practice are few, more of their patients
                        // are also treated at hospital: same-group contacts scaled by 1/√(regional
                        // use), Hovedstaden about 0.8, Midtjylland about 1.1. Drawn from a stream
                        // of its own, so every other figure stays as it was.
                        let f = region_lpr[region_idx];
                        let mut scale = |flag: bool, p: f64| {
                            let u: f64 = rng_lpr.gen();
                            if f <= 1.0 {
                                flag && u < f
                            } else {
                                flag || u < (f - 1.0) * p / (1.0 - p).max(1e-9)
                            }
                        };
                        let lpr_same_before = scale(before, p_same * 0.55);
                        let lpr_same_after = scale(after, p_same * 0.75);
                        let lpr_any = any || lpr_same_after;
                        // [ESTIMATE] Time to the hospital contact: most within a few months.
                        let lpr_days = (rng_path.gen::<f64>().powf(1.6) * 364.0) as u16 + 1;
                        // [ESTIMATE] Chronic conditions stay longer in practice; some courses end
                        // without a recorded epikrise (a known gap in the reporting).
                        let p_ongoing = match s.code {
                            "INT" | "REU" => 0.45,
                            "PSY" | "BUP" => 0.30,
                            _ => 0.18,
                        };
                        let u: f64 = rng_path.gen();
                        let closure = if u < p_ongoing {
                            Closure::Ongoing
                        } else if u < p_ongoing + 0.09 {
                            Closure::NoLetter
                        } else {
                            Closure::Epikrise
                        };
                        let closure_days = (20.0
                            + 24.0 * contacts as f64 * (0.6 + 0.8 * rng_path.gen::<f64>()))
                        .min(365.0) as u16;
                        courses.push(Course {
                            year,
                            person,
                            stratum: st as u16,
                            spec: si as u8,
                            clinic,
                            diag,
                            diag2,
                            contacts,
                            phone,
                            video,
                            services,
                            ref_source,
                            ref_continued,
                            wait_days,
                            first_day,
                            lpr_same_before,
                            lpr_same_after,
                            lpr_any,
                            lpr_days,
                            closure,
                            closure_days,
                        });
                    }
                }
            }
            offset += n_pop;
        }
        (courses, pop_persons)
    };
    type YearOut = (usize, (Vec<Course>, Vec<PopPerson>));
    let per_year: Vec<YearOut> = std::thread::scope(|s| {
        let one_year = &one_year;
        let years = &years;
        let hs: Vec<_> = (0..2)
            .map(|w| {
                s.spawn(move || {
                    years
                        .iter()
                        .enumerate()
                        .skip(w)
                        .step_by(2)
                        .map(|(yi, &y)| (yi, one_year(yi, y)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        hs.into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    });
    let mut per_year = per_year;
    per_year.sort_by_key(|x| x.0);
    let mut courses = Vec::new();
    let mut pop_persons = Vec::new();
    for (_, (c, p)) in per_year {
        courses.extend(c);
        pop_persons.extend(p);
    }
    Registers {
        seed,
        years,
        population,
        clinics,
        leaves,
        groups,
        no_code,
        courses,
        pop_persons,
    }
}
