//! The independent audit: an oracle that checks the published files.
//!
//! It uses none of the suppressor's aggregation or model code. It reads the published datasets and
//! codes.json, recounts every cell from the synthetic microdata (persons and courses) with its own
//! aggregation, and asserts the five points of DISCLOSURE.md:
//!
//! 1. every published number is true, and no published count is 1..threshold-1;
//! 2. no derived figure leaks a suppressed count; the same cell (same key in two tables, or the
//!    same leaves under another code) has the same fate and value everywhere;
//! 3. no suppressed cell lies in the span of the published cells (exact integer elimination);
//! 4. every suppressed cell has an attacker interval with upper > lower, and every primary cell one
//!    of width ≥ 3 with upper ≥ value + 1 (LP with microlp, rounded inward to integers; suppressed
//!    cells ≥ 1 because zeros are published; persons: max(parts) ≤ total ≤ Σ parts; contacts ≥
//!    patients);
//! 5. is itself tested: hand-made broken patterns must be caught (tests/audit.rs), and on tiny
//!    tables its LP intervals contain the exhaustive integer intervals.
//!
//! [`check_publication`] is the core and takes the truth as plain arrays, so the tests can feed it
//! hand-made publications; [`audit`] computes the truth from the registers and calls it.

use crate::facts::{AGE_BANDS, KOMMUNER, SPECS};
use crate::par;
use crate::registers::{stratum_parts, Registers};
use crate::schema::{validate_dataset, Codes, Dataset, MeasureKind, Table};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

#[derive(Clone, Copy, Debug)]
pub struct Settings {
    pub threshold: u64,
    pub min_width: f64,
    /// Solve both ends of every interval and report them (the tests' cross-check); otherwise the
    /// lower end is skipped when the upper end alone settles the cell.
    pub full_intervals: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            threshold: 5,
            min_width: 3.0,
            full_intervals: false,
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct Report {
    pub failures: Vec<String>,
    pub cells_checked: usize,
    pub suppressed_checked: usize,
    /// Smallest attacker interval width over primary cells (a lower bound: the lower end is only
    /// solved for when the upper end alone does not settle the cell).
    pub min_primary_width: f64,
    pub lp_solves: usize,
    /// With `full_intervals`: (table, year, cell index, measure, lower, upper) per suppressed cell.
    pub intervals: Vec<(String, u16, usize, String, f64, f64)>,
}

/// The true counts of one table, dense and row-major like the table (years included), per count
/// measure id, and the population behind each cell.
#[derive(Clone, Debug, Default)]
pub struct TruthTable {
    pub counts: BTreeMap<String, Vec<u64>>,
    pub population: Vec<u64>,
    /// Median wait in days of the referrals of each cell (waiting-time tables).
    pub median: Vec<Option<f64>>,
    /// Quartiles (25 %, 50 %, 75 %) of the days of each flow (pathway tables).
    pub quart: Vec<Option<[f64; 3]>>,
}

/// Truth per dataset id and table id.
pub type Truth = HashMap<(String, String), TruthTable>;

/// What a table counts, and so which microdata the audit recounts it from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Source {
    /// Patients and contacts per course (diagnoses, hospital contacts).
    Courses,
    Referrals,
    Populations,
    Pathways,
    Activity,
}

impl Source {
    fn of(t: &Table) -> Source {
        if t.values.contains_key("referrals") {
            Source::Referrals
        } else if t.values.contains_key("persons") {
            Source::Populations
        } else if t.dim_index("pin").is_some() || t.dim_index("pout").is_some() {
            Source::Pathways
        } else if t.values.contains_key("first_visits") {
            Source::Activity
        } else {
            Source::Courses
        }
    }
}

/// The microdata of one source and year, made once and shared by the tables that count them.
enum Micro {
    Visits(Vec<Visit>),
    Records(Records),
}

/// Recount every table of every dataset from the registers, then check the publication.
pub fn audit(reg: &Registers, codes: &Codes, datasets: &[Dataset], s: &Settings) -> Report {
    let mut truth = Truth::new();
    let mut report = Report::default();
    let h = Hier::new(codes);
    let t0 = std::time::Instant::now();
    for ds in datasets {
        for m in &ds.measures {
            let expected = match m.id.as_str() {
                "patients" | "lpr_any" | "lpr_same_before" | "lpr_same_after" | "persons" => {
                    Some(MeasureKind::Persons)
                }
                "contacts" | "referrals" | "first_visits" | "followups" | "remote" | "procedures"
                | "outpatient" => Some(MeasureKind::Events),
                _ => None,
            };
            if let Some(k) = expected {
                if k != m.kind {
                    report.failures.push(format!(
                        "{}: measure {} is declared {:?}, but it counts {:?}",
                        ds.id, m.id, m.kind, k
                    ));
                }
            }
        }
    }
    // Every table with its source; the course tables (a pass over every course) first.
    let mut tables: Vec<(&Dataset, &Table, Source)> = datasets
        .iter()
        .flat_map(|ds| ds.tables.iter().map(move |t| (ds, t, Source::of(t))))
        .collect();
    tables.sort_by_key(|(_, _, src)| *src);
    // 1. The microdata of every source and year the tables need, once each, on every core.
    let mut needed: BTreeSet<(Source, u16)> = BTreeSet::new();
    for (_, t, src) in &tables {
        if let Some(years) = t.codes.last() {
            needed.extend(
                years
                    .iter()
                    .filter_map(|y| y.parse().ok())
                    .map(|y| (*src, y)),
            );
        }
    }
    // The referrals are the most records: first.
    let mut needed: Vec<(Source, u16)> = needed.into_iter().collect();
    needed.sort_by_key(|(src, y)| (*src != Source::Referrals, *src, *y));
    let made = par::map(&needed, |&(src, y)| match src {
        Source::Courses => Micro::Visits(visits(reg, y)),
        Source::Referrals => Micro::Records(referral_records(reg, y)),
        Source::Populations => Micro::Records(population_records(reg, y)),
        Source::Pathways => Micro::Records(pathway_records(reg, y)),
        Source::Activity => Micro::Records(activity_records(reg, y)),
    });
    let micro: HashMap<(Source, u16), Micro> = needed.into_iter().zip(made).collect();
    if std::env::var("MD_DEBUG").is_ok() {
        eprintln!("audit: microdata {:.1}s", t0.elapsed().as_secs_f64());
    }
    // 2. Every table recounted from them, on every core.
    let results = par::map(&tables, |&(ds, t, src)| {
        let t1 = std::time::Instant::now();
        let records = |y: u16| match micro.get(&(src, y)) {
            Some(Micro::Records(r)) => Ok(r),
            _ => Err(format!("no records of {y}")),
        };
        let r = match src {
            Source::Courses => recount(
                reg,
                &h,
                &|y| match micro.get(&(src, y)) {
                    Some(Micro::Visits(v)) => Ok(v.as_slice()),
                    _ => Err(format!("no courses of {y}")),
                },
                t,
            ),
            Source::Referrals => recount_records(reg, &h, t, &["referrals"], &records),
            Source::Populations => recount_records(reg, &h, t, &["persons"], &records),
            Source::Pathways => recount_records(reg, &h, t, &["patients"], &records),
            Source::Activity => recount_records(reg, &h, t, &ACTIVITY_COUNTS, &records),
        };
        if std::env::var("MD_DEBUG").is_ok() {
            eprintln!(
                "audit: {}/{} recounted in {:.1}s",
                ds.id,
                t.id,
                t1.elapsed().as_secs_f64()
            );
        }
        r
    });
    for ((ds, t, _), r) in tables.iter().zip(results) {
        match r {
            Ok(tt) => {
                truth.insert((ds.id.clone(), t.id.clone()), tt);
            }
            Err(e) => report.failures.push(format!("{}/{}: {e}", ds.id, t.id)),
        }
    }
    drop(micro);
    if std::env::var("MD_DEBUG").is_ok() {
        eprintln!("audit: recount {:.1}s", t0.elapsed().as_secs_f64());
    }
    let mut r = check_publication(codes, datasets, &truth, s);
    if std::env::var("MD_DEBUG").is_ok() {
        eprintln!(
            "audit: total {:.1}s, {} LP solves",
            t0.elapsed().as_secs_f64(),
            r.lp_solves
        );
    }
    report.failures.append(&mut r.failures);
    r.failures = report.failures;
    r
}

/// Leaves under every code of every dimension, computed once from codes.json, with an id per
/// distinct leaf set (two codes with the same leaves count the same things).
pub struct Hier {
    leaves: HashMap<(String, String), (BTreeSet<String>, usize)>,
}

impl Hier {
    pub fn new(codes: &Codes) -> Hier {
        let mut leaves = HashMap::new();
        let mut ids: HashMap<(String, BTreeSet<String>), usize> = HashMap::new();
        for d in &codes.dimensions {
            let mut children: HashMap<&str, Vec<&str>> = HashMap::new();
            for c in &d.codes {
                for p in c.parents.values() {
                    children
                        .entry(p.as_str())
                        .or_default()
                        .push(c.code.as_str());
                }
            }
            for c in &d.codes {
                let mut set = BTreeSet::new();
                let mut stack = vec![c.code.as_str()];
                let mut seen = HashSet::new();
                while let Some(x) = stack.pop() {
                    if !seen.insert(x) {
                        continue;
                    }
                    match children.get(x) {
                        Some(kids) => stack.extend(kids.iter().copied()),
                        None => {
                            set.insert(x.to_string());
                        }
                    }
                }
                let n = ids.len();
                let id = *ids.entry((d.id.clone(), set.clone())).or_insert(n);
                leaves.insert((d.id.clone(), c.code.clone()), (set, id));
            }
        }
        Hier { leaves }
    }
    fn get(&self, dim: &str, code: &str) -> Option<&(BTreeSet<String>, usize)> {
        self.leaves.get(&(dim.to_string(), code.to_string()))
    }
    /// Leaves under a code (empty if unknown).
    pub fn under(&self, dim: &str, code: &str) -> BTreeSet<String> {
        self.get(dim, code).map(|x| x.0.clone()).unwrap_or_default()
    }
    /// Does `code` contain the leaf `leaf`?
    fn contains(&self, dim: &str, code: &str, leaf: &str) -> bool {
        self.get(dim, code)
            .map(|x| x.0.contains(leaf))
            .unwrap_or(false)
    }
    fn id(&self, dim: &str, code: &str) -> usize {
        self.get(dim, code).map(|x| x.1).unwrap_or(usize::MAX)
    }
}

/// A course as the recount of patients and contacts reads it: who, where, what, how many
/// contacts, and its hospital flags.
#[derive(Clone, Copy)]
struct Visit {
    person: u32,
    stratum: u16,
    diag: u16,
    diag2: u16,
    contacts: u16,
    spec: u8,
    lpr: u8,
}

const LPR_ANY: u8 = 1;
const LPR_BEFORE: u8 = 2;
const LPR_AFTER: u8 = 4;

/// The courses of a year, ordered by person (persons are numbered within a year), so that a
/// person's courses are next to each other.
fn visits(reg: &Registers, year: u16) -> Vec<Visit> {
    let mut out: Vec<Visit> = reg
        .courses
        .iter()
        .filter(|c| c.year == year)
        .map(|c| Visit {
            person: c.person,
            stratum: c.stratum,
            diag: c.diag,
            diag2: c.diag2,
            contacts: c.contacts,
            spec: c.spec,
            lpr: (c.lpr_any as u8 * LPR_ANY)
                | (c.lpr_same_before as u8 * LPR_BEFORE)
                | (c.lpr_same_after as u8 * LPR_AFTER),
        })
        .collect();
    out.sort_by_key(|v| v.person);
    out
}

/// Own aggregation: count persons and contacts per table cell straight from the courses.
fn recount<'v>(
    reg: &Registers,
    h: &Hier,
    visits: &dyn Fn(u16) -> Result<&'v [Visit], String>,
    t: &Table,
) -> Result<TruthTable, String> {
    let ydim = t.dim_index("year").ok_or("table has no year dimension")?;
    if ydim != t.dims.len() - 1 {
        return Err("year must be the last dimension".into());
    }
    let n_in = t.dims.len() - 1;
    let inner: Vec<(&str, &Vec<String>)> = t.dims[..n_in]
        .iter()
        .map(|d| d.as_str())
        .zip(&t.codes[..n_in])
        .collect();
    // For a microdata value (a code at the lowest level), the positions of the listed codes
    // containing it.
    let positions = |dim: &str, code: &str| -> Vec<usize> {
        match inner.iter().find(|(d, _)| *d == dim) {
            None => vec![0],
            Some((_, list)) => list
                .iter()
                .enumerate()
                .filter(|(_, c)| h.contains(dim, c, code))
                .map(|(i, _)| i)
                .collect(),
        }
    };
    let size = |dim: &str| {
        inner
            .iter()
            .find(|(d, _)| *d == dim)
            .map(|(_, c)| c.len())
            .unwrap_or(1)
    };
    let order: Vec<&str> = inner.iter().map(|(d, _)| *d).collect();
    let geo_pos: Vec<Vec<usize>> = KOMMUNER.iter().map(|k| positions("geo", k.0)).collect();
    let sex_pos: Vec<Vec<usize>> = ["K", "M"].iter().map(|s| positions("sex", s)).collect();
    let age_pos: Vec<Vec<usize>> = AGE_BANDS.iter().map(|a| positions("age", a.0)).collect();
    let spec_pos: Vec<Vec<usize>> = SPECS.iter().map(|s| positions("spec", s.code)).collect();
    let diag_pos: Vec<Vec<usize>> = reg
        .leaves
        .iter()
        .map(|l| positions("diag", &l.code))
        .collect();
    for (d, _) in &inner {
        if !["geo", "sex", "age", "spec", "diag"].contains(d) {
            return Err(format!("unknown dimension {d}"));
        }
    }
    // Stride of each dimension in the dense cross (0 when the table lacks it).
    let stride = |dim: &str| -> usize {
        match order.iter().position(|d| *d == dim) {
            None => 0,
            Some(i) => order[i + 1..].iter().map(|d| size(d)).product(),
        }
    };
    let (sg, ss, sd, sx_, sa) = (
        stride("geo"),
        stride("spec"),
        stride("diag"),
        stride("sex"),
        stride("age"),
    );
    // Pre-multiplied offsets per microdata value, so a cell index is a sum of five numbers.
    let geo_off: Vec<Vec<usize>> = geo_pos
        .iter()
        .map(|v| v.iter().map(|p| p * sg).collect())
        .collect();
    let sex_off: Vec<Vec<usize>> = sex_pos
        .iter()
        .map(|v| v.iter().map(|p| p * sx_).collect())
        .collect();
    let age_off: Vec<Vec<usize>> = age_pos
        .iter()
        .map(|v| v.iter().map(|p| p * sa).collect())
        .collect();
    let spec_off: Vec<Vec<usize>> = spec_pos
        .iter()
        .map(|v| v.iter().map(|p| p * ss).collect())
        .collect();
    let diag_off: Vec<Vec<usize>> = diag_pos
        .iter()
        .map(|v| v.iter().map(|p| p * sd).collect())
        .collect();
    let ny = t.codes[n_in].len();
    // For the courses: the offsets of the cells of each stratum and speciale (geography × sex ×
    // age × speciale), and of each diagnosis, already times the years.
    let diag_ny: Vec<Vec<usize>> = diag_off
        .iter()
        .map(|v| v.iter().map(|o| o * ny).collect())
        .collect();
    let strata = crate::registers::N_STRATA;
    let cell_ny: Vec<Vec<usize>> = (0..strata * SPECS.len())
        .map(|i| {
            let (k, sx, a) = stratum_parts(i / SPECS.len());
            let mut out = Vec::new();
            for &g in &geo_off[k] {
                for &s in &sex_off[sx] {
                    for &ag in &age_off[a] {
                        for &sp in &spec_off[i % SPECS.len()] {
                            out.push((g + s + ag + sp) * ny);
                        }
                    }
                }
            }
            out
        })
        .collect();
    let mut tt = TruthTable::default();
    let mut pat = vec![0u64; t.len()];
    let mut con = vec![0u64; t.len()];
    // Hospital contacts among the patients: any after, same group before, same group after.
    let mut lpr = [
        vec![0u64; t.len()],
        vec![0u64; t.len()],
        vec![0u64; t.len()],
    ];
    let mut lpr_stamp = [
        vec![u32::MAX; t.len()],
        vec![u32::MAX; t.len()],
        vec![u32::MAX; t.len()],
    ];
    let mut pop = vec![0u64; t.len()];
    let mut stamp = vec![u32::MAX; t.len()];
    for (yi, ystr) in t.codes[n_in].iter().enumerate() {
        let year: u16 = ystr.parse().map_err(|_| format!("bad year {ystr}"))?;
        let ry = reg
            .year_index(year)
            .ok_or(format!("year {year} not in the registers"))?;
        // Cell index = inner index × years + year index (year is the last dimension).
        // Population: every stratum into every cell whose geo/sex/age contains it.
        for (st, &p) in reg.population[ry].iter().enumerate() {
            let (k, sx, a) = stratum_parts(st);
            for &g in &geo_off[k] {
                for &s in &sex_off[sx] {
                    for &ag in &age_off[a] {
                        for sp in 0..size("spec") {
                            for dg in 0..size("diag") {
                                pop[(g + s + ag + sp * ss + dg * sd) * ny + yi] += p as u64;
                            }
                        }
                    }
                }
            }
        }
        let visits = visits(year)?;
        stamp.iter_mut().for_each(|x| *x = u32::MAX);
        lpr_stamp
            .iter_mut()
            .for_each(|s| s.iter_mut().for_each(|x| *x = u32::MAX));
        // Count a person once per cell: a stamp per cell of the last person counted there (a
        // person's courses are next to each other).
        fn once(stamp: &mut [u32], count: &mut [u64], cell: usize, person: u32) {
            if stamp[cell] != person {
                stamp[cell] = person;
                count[cell] += 1;
            }
        }
        let [lpr_any, lpr_before, lpr_after] = &mut lpr;
        let [stamp_any, stamp_before, stamp_after] = &mut lpr_stamp;
        for c in visits {
            let person = c.person;
            let first = &diag_ny[c.diag as usize];
            let second: &[usize] = match c.diag2 {
                u16::MAX => &[],
                d2 => &diag_ny[d2 as usize],
            };
            let (any, before, after) = (
                c.lpr & LPR_ANY != 0,
                c.lpr & LPR_BEFORE != 0,
                c.lpr & LPR_AFTER != 0,
            );
            let cells = cell_ny
                .get(c.stratum as usize * SPECS.len() + c.spec as usize)
                .ok_or("a course outside the strata or specialties")?;
            for &cell in cells {
                for &dg in first.iter().chain(second) {
                    let i = cell + dg + yi;
                    once(&mut stamp, &mut pat, i, person);
                    if any {
                        once(stamp_any, lpr_any, i, person);
                    }
                }
                // Same-group contacts belong to the course's first diagnosis.
                for &dg in first {
                    let i = cell + dg + yi;
                    if before {
                        once(stamp_before, lpr_before, i, person);
                    }
                    if after {
                        once(stamp_after, lpr_after, i, person);
                    }
                    con[i] += c.contacts as u64;
                }
            }
        }
    }
    tt.counts.insert("patients".into(), pat);
    tt.counts.insert("contacts".into(), con);
    let [any, before, after] = lpr;
    tt.counts.insert("lpr_any".into(), any);
    tt.counts.insert("lpr_same_before".into(), before);
    tt.counts.insert("lpr_same_after".into(), after);
    tt.population = pop;
    Ok(tt)
}

/// One thing the own aggregation counts: its leaf code per dimension, the dimension (if any) where
/// it is already a total and matches its code exactly (a patient over all specialties), its
/// counts, and its days per pathway step (referral to first consultation, to hospital, to the
/// end), where known. Referrals keep their wait in the first step.
struct Record {
    leaves: Leaves,
    exact: Option<&'static str>,
    counts: [u64; 7],
    days: [Option<u16>; 3],
}

/// The leaf codes of a record: (dimension, code) for each of its five dimensions.
type Leaves = [(&'static str, &'static str); 5];

impl Record {
    fn one(leaves: Leaves, wait: Option<u16>) -> Record {
        Record {
            leaves,
            exact: None,
            counts: [1, 0, 0, 0, 0, 0, 0],
            days: [wait, None, None],
        }
    }
}

/// A fast hash for the grouping keys (short codes and numbers, none from outside): a word at a
/// time, multiply and rotate, as rustc's FxHasher.
#[derive(Clone, Copy, Default)]
struct Fx(u64);

impl Fx {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl std::hash::Hasher for Fx {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }
    fn write_u16(&mut self, i: u16) {
        self.add(i as u64);
    }
    fn write_u32(&mut self, i: u32) {
        self.add(i as u64);
    }
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

type FastMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<Fx>>;

/// The counts and days of the records that share their leaves and exact dimension.
type Group = ([u64; 7], [Vec<u16>; 3]);

/// The records of one kind and year, added up per leaves (and exact dimension): each table sums
/// these groups into its cells, which is the same as summing the records one by one.
#[derive(Default)]
struct Records {
    groups: FastMap<(Leaves, Option<&'static str>), Group>,
}

impl Records {
    fn add(&mut self, r: Record) {
        let g = self.groups.entry((r.leaves, r.exact)).or_default();
        for (a, b) in g.0.iter_mut().zip(r.counts) {
            *a += b;
        }
        for (s, x) in r.days.iter().enumerate() {
            if let Some(x) = x {
                g.1[s].push(*x);
            }
        }
    }
}

/// The counts of an activity record, in order.
const ACTIVITY_COUNTS: [&str; 7] = ["patients", "contacts", "first_visits", "followups", "remote", "procedures", "outpatient"];

/// The referrals of a year: every course is one referral (or one self-referral).
fn referral_records(reg: &Registers, year: u16) -> Records {
    use crate::registers::RefSource;
    const BANDS: [&str; 5] = ["W4", "W8", "W13", "W26", "L"];
    const SOURCES: [&str; 4] = ["SELV", "AP", "SL", "SH"];
    let band = |days: u16| match days {
        0..=28 => 0,
        29..=56 => 1,
        57..=91 => 2,
        92..=182 => 3,
        _ => 4,
    };
    // Referrals with the same kommune, speciale, type, referrer and band are the same record but
    // for their wait: added up by those numbers first (cheaper than by their codes), waits kept.
    type Same = (usize, u8, bool, usize, usize);
    let mut same: FastMap<Same, (u64, Vec<u16>)> = FastMap::default();
    for c in reg.courses.iter().filter(|c| c.year == year) {
        let (k, _, _) = stratum_parts(c.stratum as usize);
        let src = match c.ref_source {
            RefSource::SelfReferral => 0,
            RefSource::GeneralPractice => 1,
            RefSource::OtherSpecialist => 2,
            RefSource::Hospital => 3,
        };
        let g = same
            .entry((k, c.spec, c.ref_continued, src, band(c.wait_days)))
            .or_default();
        g.0 += 1;
        if SOURCES[src] != "SELV" {
            g.1.push(c.wait_days);
        }
    }
    let mut out = Records::default();
    for ((k, spec, continued, src, band), (n, waits)) in same {
        let leaves = [
            ("geo", KOMMUNER[k].0),
            ("spec", SPECS[spec as usize].code),
            ("rtype", if continued { "F" } else { "N" }),
            ("rsrc", SOURCES[src]),
            ("wait", BANDS[band]),
        ];
        let g = out.groups.entry((leaves, None)).or_default();
        g.0[0] += n;
        g.1[0].extend(waits);
    }
    out
}

/// The persons of the cross-sector populations in a year, by where they are found; a person in
/// neither source is not found. "ANY" counts each person once over the six populations.
fn population_records(reg: &Registers, year: u16) -> Records {
    let found = |sp: bool, lpr: bool| -> Option<&'static str> {
        if sp && lpr {
            Some("BOTH")
        } else if sp {
            Some("SP")
        } else if lpr {
            Some("LPR")
        } else {
            None
        }
    };
    let record = |st: u16, pop: &'static str, f: &'static str| -> Record {
        let (k, sx, a) = stratum_parts(st as usize);
        Record::one(
            [
                ("geo", KOMMUNER[k].0),
                ("pop", pop),
                ("overlap", f),
                ("sex", ["K", "M"][sx]),
                ("age", AGE_BANDS[a].0),
            ],
            None,
        )
    };
    let mut out = Records::default();
    let mut person: FastMap<u32, (u16, bool, bool)> = FastMap::default();
    for p in reg.pop_persons.iter().filter(|p| p.year == year) {
        if let Some(f) = found(p.in_sp, p.in_lpr) {
            out.add(record(
                p.stratum,
                crate::facts::POPULATIONS[p.pop as usize].id,
                f,
            ));
        }
        let e = person.entry(p.person).or_insert((p.stratum, false, false));
        e.1 |= p.in_sp;
        e.2 |= p.in_lpr;
    }
    for (st, sp, lpr) in person.into_values() {
        if let Some(f) = found(sp, lpr) {
            out.add(record(st, "ANY", f));
        }
    }
    out
}

/// The persons of the year's populations who were seen in specialist practice.
fn seen_in_practice(
    reg: &Registers,
    year: u16,
) -> std::collections::HashSet<u32, std::hash::BuildHasherDefault<Fx>> {
    reg.pop_persons
        .iter()
        .filter(|p| p.year == year && p.in_sp)
        .map(|p| p.person)
        .collect()
}

/// The patients of each population found in specialist practice, with their first course of the
/// year at the population's speciale, by the path of that course.
fn pathway_records(reg: &Registers, year: u16) -> Records {
    use crate::registers::{Closure, RefSource};
    let seen = seen_in_practice(reg, year);
    let mut first: FastMap<(u32, u8), usize> = FastMap::default();
    for (i, c) in reg
        .courses
        .iter()
        .enumerate()
        .filter(|(_, c)| c.year == year && seen.contains(&c.person))
    {
        first.entry((c.person, c.spec)).or_insert(i);
    }
    let mut out = Records::default();
    for p in reg.pop_persons.iter().filter(|p| p.year == year && p.in_sp) {
        let pop = &crate::facts::POPULATIONS[p.pop as usize];
        let spec = SPECS.iter().position(|s| s.code == pop.spec).unwrap_or(0) as u8;
        let Some(&ci) = first.get(&(p.person, spec)) else { continue };
        let c = &reg.courses[ci];
        let start = match c.ref_source {
            RefSource::GeneralPractice => "AP",
            RefSource::OtherSpecialist | RefSource::Hospital => "SLH",
            RefSource::SelfReferral => "SELV",
        };
        let after = match (c.lpr_any, c.closure) {
            (true, Closure::Epikrise) => "SH.EPI",
            (true, Closure::Ongoing) => "SH.FORT",
            (true, Closure::NoLetter) => "SH.AND",
            (false, Closure::Epikrise) => "NSH.EPI",
            (false, Closure::Ongoing) => "NSH.FORT",
            (false, Closure::NoLetter) => "NSH.AND",
        };
        let (k, _, ag) = stratum_parts(p.stratum as usize);
        out.add(Record {
            leaves: [
                ("geo", KOMMUNER[k].0),
                ("pop", pop.id),
                ("pin", start),
                ("pout", after),
                ("age", AGE_BANDS[ag].0),
            ],
            exact: None,
            counts: [1, 0, 0, 0, 0, 0, 0],
            days: [
                (start != "SELV").then_some(c.wait_days),
                c.lpr_any.then_some(c.lpr_days),
                (c.closure != Closure::Ongoing).then_some(c.closure_days),
            ],
        });
    }
    out
}

/// The patients of each population found in specialist practice: one record per speciale they
/// were seen in and one over all specialties ("T", matched exactly), with the band of their
/// contacts there, their contacts by kind and procedures, and their hospital outpatient contacts.
fn activity_records(reg: &Registers, year: u16) -> Records {
    let seen = seen_in_practice(reg, year);
    let mut courses: FastMap<u32, Vec<usize>> = FastMap::default();
    for (i, c) in reg
        .courses
        .iter()
        .enumerate()
        .filter(|(_, c)| c.year == year && seen.contains(&c.person))
    {
        courses.entry(c.person).or_default().push(i);
    }
    let band = |n: u64| match n {
        0 | 1 => "C1",
        2..=5 => "C2",
        6..=10 => "C6",
        _ => "C11",
    };
    let mut out = Records::default();
    for p in reg.pop_persons.iter().filter(|p| p.year == year && p.in_sp) {
        let Some(list) = courses.get(&p.person) else { continue };
        // contacts, first consultations, follow-ups in person, phone/video, other services
        let mut per: BTreeMap<&'static str, [u64; 5]> = BTreeMap::new();
        for &i in list {
            let c = &reg.courses[i];
            let remote = c.phone as u64 + c.video as u64;
            let first = if c.ref_continued { 0 } else { 1 };
            let v = [c.contacts as u64, first, c.contacts as u64 - first - remote, remote, c.services as u64 - c.contacts as u64];
            for key in [SPECS[c.spec as usize].code, "T"] {
                let e = per.entry(key).or_insert([0; 5]);
                for j in 0..5 {
                    e[j] += v[j];
                }
            }
        }
        let (k, _, ag) = stratum_parts(p.stratum as usize);
        let pop = crate::facts::POPULATIONS[p.pop as usize].id;
        for (spec, v) in per {
            out.add(Record {
                leaves: [
                    ("geo", KOMMUNER[k].0),
                    ("pop", pop),
                    ("spec", spec),
                    ("cband", band(v[0])),
                    ("age", AGE_BANDS[ag].0),
                ],
                exact: Some("spec"),
                counts: [1, v[0], v[1], v[2], v[3], v[4], p.outpatient as u64],
                days: [None; 3],
            });
        }
    }
    out
}

/// The quartile `q` (1, 2, 3 quarters) of sorted days: the smallest value that at least that
/// share had or beat.
fn quartile(w: &[u16], q: usize) -> f64 {
    w[(w.len() * q).div_ceil(4) - 1] as f64
}

/// Own aggregation of the referrals, populations, pathways and activity tables: each record counts
/// once in every listed code that contains its leaf codes (in its exact dimension: only in the
/// code itself, and in a table without that dimension only if it is the total there); the
/// population of a cell is that of its geography, sex and age; the median wait is kept for the
/// cells in the total waiting-time band, and the quartiles of days for each flow of its step.
fn recount_records<'r>(
    reg: &Registers,
    h: &Hier,
    t: &Table,
    names: &[&str],
    records: &dyn Fn(u16) -> Result<&'r Records, String>,
) -> Result<TruthTable, String> {
    let n_in = t.dims.len() - 1;
    if t.dim_index("year") != Some(n_in) {
        return Err("year must be the last dimension".into());
    }
    let ny = t.codes[n_in].len();
    let dims: Vec<&str> = t.dims[..n_in].iter().map(|d| d.as_str()).collect();
    let strides: Vec<usize> = (0..n_in).map(|i| t.codes[i + 1..n_in].iter().map(|c| c.len()).product()).collect();
    let mut pos: Vec<HashMap<&'static str, Vec<usize>>> = vec![HashMap::new(); n_in];
    let wait_dim = dims.iter().position(|d| *d == "wait");
    let (pin_dim, pout_dim) = (dims.iter().position(|d| *d == "pin"), dims.iter().position(|d| *d == "pout"));
    let len = t.len();
    let mut counts = vec![vec![0u64; len]; names.len()];
    let mut pop = vec![0u64; len];
    let mut days: HashMap<usize, Vec<u16>> = HashMap::new();
    // The step whose days a cell keeps: the wait in the total band; a flow's own step.
    let step_of = |cell: usize| -> Option<usize> {
        if let Some(w) = wait_dim {
            return (t.codes[w][(cell / strides[w]) % t.codes[w].len()] == "T").then_some(0);
        }
        let at = |d: Option<usize>| d.map(|d| t.codes[d][(cell / strides[d]) % t.codes[d].len()].as_str());
        match (at(pin_dim), at(pout_dim)) {
            (Some(c), _) if c != "T" => Some(0),
            (_, Some(c)) if c.contains('.') => Some(2),
            (_, Some(c)) if c != "T" => Some(1),
            _ => None,
        }
    };
    // Every cell a set of leaves counts in: the listed codes containing each leaf, crossed; a
    // dimension without a leaf (population has no speciale) counts in every code.
    let mut cells_of = |leaf: &dyn Fn(&str) -> Option<&'static str>, exact: Option<&str>| -> Vec<usize> {
        if let Some(e) = exact.filter(|e| !dims.contains(e)) {
            if leaf(e) != Some("T") {
                return vec![];
            }
        }
        let mut cells = vec![0usize];
        for (d, name) in dims.iter().enumerate() {
            let all: Vec<usize>;
            let exact_pos: Vec<usize>;
            let ps: &Vec<usize> = match leaf(name) {
                Some(l) if exact == Some(*name) => {
                    exact_pos = t.codes[d].iter().position(|c| c == l).into_iter().collect();
                    &exact_pos
                }
                Some(l) => pos[d]
                    .entry(l)
                    .or_insert_with(|| t.codes[d].iter().enumerate().filter(|(_, c)| h.contains(dims[d], c, l)).map(|(i, _)| i).collect()),
                None => {
                    all = (0..t.codes[d].len()).collect();
                    &all
                }
            };
            let sd = strides[d];
            cells = cells.iter().flat_map(|&x| ps.iter().map(move |&p| x + p * sd)).collect();
        }
        cells
    };
    for (yi, ystr) in t.codes[n_in].iter().enumerate() {
        let year: u16 = ystr.parse().map_err(|_| format!("bad year {ystr}"))?;
        let ry = reg.year_index(year).ok_or(format!("year {year} not in the registers"))?;
        // Records with the same leaves in this table's dimensions count in the same cells: add
        // them up first, keeping every day.
        type Exact = Option<(&'static str, &'static str)>;
        let mut groups: HashMap<(Vec<&'static str>, Exact), Group> = HashMap::new();
        for ((leaves, r_exact), (r_counts, r_days)) in records(year)?.groups.iter() {
            let mut key = Vec::with_capacity(dims.len() + 1);
            for d in dims.iter() {
                match leaves.iter().find(|(n, _)| n == d) {
                    Some((_, l)) => key.push(*l),
                    None => return Err(format!("the records have no {d}")),
                }
            }
            // The exact dimension and the record's leaf there.
            let exact = r_exact.and_then(|e| leaves.iter().find(|(n, _)| *n == e).copied());
            let g = groups.entry((key, exact)).or_default();
            for (a, b) in g.0.iter_mut().zip(r_counts) {
                *a += b;
            }
            // Days only where a cell keeps them (a waiting-time or pathway table).
            if wait_dim.is_some() || pin_dim.is_some() || pout_dim.is_some() {
                for (s, x) in r_days.iter().enumerate() {
                    g.1[s].extend_from_slice(x);
                }
            }
        }
        for ((key, exact), (cnt, ds)) in &groups {
            let leaf = |d: &str| -> Option<&'static str> {
                match dims.iter().position(|x| *x == d) {
                    Some(i) => Some(key[i]),
                    // The exact dimension's leaf when the table lacks it.
                    None => exact.filter(|(e, _)| *e == d).map(|(_, l)| l),
                }
            };
            for cell in cells_of(&leaf, exact.map(|(e, _)| e)) {
                for (c, v) in counts.iter_mut().zip(cnt) {
                    c[cell * ny + yi] += v;
                }
                if let Some(s) = step_of(cell) {
                    if !ds[s].is_empty() {
                        days.entry(cell * ny + yi).or_default().extend_from_slice(&ds[s]);
                    }
                }
            }
        }
        for (st, &p) in reg.population[ry].iter().enumerate() {
            let (k, sx, a) = stratum_parts(st);
            let leaf = |d: &str| match d {
                "geo" => Some(KOMMUNER[k].0),
                "sex" => Some(["K", "M"][sx]),
                "age" => Some(AGE_BANDS[a].0),
                _ => None,
            };
            for cell in cells_of(&leaf, None) {
                pop[cell * ny + yi] += p as u64;
            }
        }
    }
    let quart: Vec<Option<[f64; 3]>> = (0..len)
        .map(|i| {
            let w = days.get_mut(&i)?;
            w.sort_unstable();
            Some([quartile(w, 1), quartile(w, 2), quartile(w, 3)])
        })
        .collect();
    let median = quart.iter().map(|q| q.map(|q| q[1])).collect();
    Ok(TruthTable {
        counts: names.iter().map(|n| n.to_string()).zip(counts).collect(),
        population: pop,
        median,
        quart,
    })
}

fn round(v: f64, d: u8) -> f64 {
    let f = 10f64.powi(d as i32);
    (v * f).round() / f
}

/// The audit proper, on any publication and its truth.
pub fn check_publication(
    codes: &Codes,
    datasets: &[Dataset],
    truth: &Truth,
    s: &Settings,
) -> Report {
    let mut rep = Report {
        min_primary_width: f64::INFINITY,
        ..Default::default()
    };
    let h = Hier::new(codes);
    for ds in datasets {
        if let Err(e) = validate_dataset(ds) {
            rep.failures.push(format!("{}: {e}", ds.id));
            continue;
        }
        let kind = |m: &str| ds.measures.iter().find(|x| x.id == m).map(|x| x.kind);
        for t in &ds.tables {
            let Some(tt) = truth.get(&(ds.id.clone(), t.id.clone())) else {
                rep.failures.push(format!("{}/{}: no truth", ds.id, t.id));
                continue;
            };
            let supp: HashSet<u32> = t.suppressed.iter().copied().collect();
            for i in 0..t.len() {
                rep.cells_checked += 1;
                let where_ = || format!("{}/{} cell {:?}", ds.id, t.id, t.coords_of(i));
                let is_s = supp.contains(&(i as u32));
                for (m, vals) in &t.values {
                    let v = vals[i].0;
                    if is_s {
                        if v.is_some() {
                            rep.failures.push(format!(
                                "{}: suppressed but {m} = {:?}",
                                where_(),
                                v
                            ));
                        }
                        continue;
                    }
                    match kind(m) {
                        Some(MeasureKind::Persons) | Some(MeasureKind::Events) => {
                            let truth_v = tt.counts.get(m).map(|c| c[i]);
                            if v != truth_v.map(|x| x as f64) {
                                rep.failures.push(format!(
                                    "{}: {m} published {:?}, true {:?}",
                                    where_(),
                                    v,
                                    truth_v
                                ));
                            }
                            if let Some(x) = v {
                                if x >= 1.0 && x < s.threshold as f64 {
                                    rep.failures
                                        .push(format!("{}: {m} = {x} is a small count", where_()));
                                }
                            }
                        }
                        _ => {
                            let p = tt.counts.get("patients").map(|c| c[i]).unwrap_or(0) as f64;
                            let c = tt.counts.get("contacts").map(|c| c[i]).unwrap_or(0) as f64;
                            let pop = tt.population.get(i).copied().unwrap_or(0) as f64;
                            let refs = |j: usize| {
                                tt.counts.get("referrals").map(|c| c[j]).unwrap_or(0) as f64
                            };
                            let persons = |j: usize| tt.counts.get("persons").map(|c| c[j]).unwrap_or(0) as f64;
                            // The same row at another code of `dim`: (published, true count).
                            let other = |j: usize, dim: &str, code: &str, count: &str| -> Option<(bool, f64)> {
                                let w = t.dim_index(dim)?;
                                let mut at = t.coords_of(j);
                                at[w] = code;
                                let k = t.index_of(&at)?;
                                Some((!t.is_suppressed(k), tt.counts.get(count)?[k] as f64))
                            };
                            let band = |j: usize, code: &str| other(j, "wait", code, "referrals");
                            let dec = ds
                                .measures
                                .iter()
                                .find(|x| &x.id == m)
                                .map(|x| x.decimals)
                                .unwrap_or(1);
                            let expect = match m.as_str() {
                                x if x.ends_with("_per_patient") => {
                                    // Any count of the cell per patient (contacts, first visits, …).
                                    let count = tt.counts.get(x.trim_end_matches("_per_patient")).map(|c| c[i]);
                                    if count.is_none() {
                                        rep.failures.push(format!("{}: {m} has no count to divide", where_()));
                                    }
                                    count.filter(|_| p >= s.threshold as f64).map(|n| round(n as f64 / p, dec))
                                }
                                "flow_share" | "band_share" => {
                                    // Built from this cell and the total of its row (all patients).
                                    let dim = match m.as_str() {
                                        "band_share" => "cband",
                                        _ if t.dim_index("pin").is_some() => "pin",
                                        _ => "pout",
                                    };
                                    let total = other(i, dim, "T", "patients");
                                    if v.is_some() && total.map(|(published, _)| !published).unwrap_or(true) {
                                        rep.failures.push(format!("{}: {m} published while the total it divides by is suppressed", where_()));
                                    }
                                    total.filter(|&(published, tv)| published && tv >= s.threshold as f64).map(|(_, tv)| round(p / tv * 100.0, dec))
                                }
                                "p25_days" | "median_days" | "p75_days" => {
                                    let q = ["p25_days", "median_days", "p75_days"].iter().position(|x| x == m).unwrap_or(1);
                                    tt.quart.get(i).copied().flatten().filter(|_| p >= s.threshold as f64).map(|x| x[q])
                                }
                                "patients_per_1000" => (pop > 0.0).then(|| {
                                    let r = p / pop * 1000.0;
                                    round(r, if r >= 100.0 { 0 } else { dec })
                                }),
                                "contacts_per_1000" => {
                                    (pop > 0.0).then(|| round(c / pop * 1000.0, dec))
                                }
                                "share_any" | "share_same_before" | "share_same_after" => {
                                    let count = tt
                                        .counts
                                        .get(&m.replace("share_", "lpr_"))
                                        .map(|c| c[i])
                                        .unwrap_or(0)
                                        as f64;
                                    (p >= s.threshold as f64).then(|| round(count / p * 100.0, dec))
                                }
                                "referrals_per_1000" => (pop > 0.0).then(|| {
                                    let r = refs(i) / pop * 1000.0;
                                    round(r, if r >= 100.0 { 0 } else { dec })
                                }),
                                "median_wait" => tt
                                    .median
                                    .get(i)
                                    .copied()
                                    .flatten()
                                    .filter(|_| refs(i) >= s.threshold as f64),
                                "persons_per_1000" => (pop > 0.0).then(|| {
                                    let r = persons(i) / pop * 1000.0;
                                    round(r, if r >= 100.0 { 0 } else { dec })
                                }),
                                "overlap_share" => {
                                    // Built from this cell and the "all found" cell of its row.
                                    let total = other(i, "overlap", "T", "persons");
                                    if v.is_some() && total.map(|(published, _)| !published).unwrap_or(true) {
                                        rep.failures.push(format!("{}: {m} published while the total it divides by is suppressed", where_()));
                                    }
                                    total.filter(|&(published, tv)| published && tv >= s.threshold as f64).map(|(_, tv)| round(persons(i) / tv * 100.0, dec))
                                }
                                "wait_share" => {
                                    // Built from this cell and the total band of its row.
                                    let total = band(i, "T");
                                    if v.is_some()
                                        && total.map(|(published, _)| !published).unwrap_or(true)
                                    {
                                        rep.failures.push(format!("{}: {m} published while the total it divides by is suppressed", where_()));
                                    }
                                    total
                                        .filter(|&(published, tv)| {
                                            published && tv >= s.threshold as f64
                                        })
                                        .map(|(_, tv)| round(refs(i) / tv * 100.0, dec))
                                }
                                "share_w4" | "share_w8" | "share_w13" | "share_w26" => {
                                    // Cumulative, on the total band: the bands up to the limit, which the
                                    // published cells give either directly or as the total less the
                                    // bands above it.
                                    let all = ["W4", "W8", "W13", "W26", "L"];
                                    let last = all
                                        .iter()
                                        .position(|b| m.as_str() == format!("share_w{}", &b[1..]))
                                        .unwrap_or(3);
                                    let published = |bs: &[&str]| {
                                        bs.iter().all(|b| matches!(band(i, b), Some((true, _))))
                                    };
                                    let known =
                                        published(&all[..=last]) || published(&all[last + 1..]);
                                    let on_total = t
                                        .dim_index("wait")
                                        .map(|w| t.coords_of(i)[w] == "T")
                                        .unwrap_or(false);
                                    if v.is_some() && !known {
                                        rep.failures.push(format!(
                                            "{}: {m} published while the bands it adds up are not",
                                            where_()
                                        ));
                                    }
                                    let sum: f64 = all[..=last]
                                        .iter()
                                        .filter_map(|b| band(i, b))
                                        .map(|p| p.1)
                                        .sum();
                                    (on_total && known && refs(i) >= s.threshold as f64)
                                        .then(|| round(sum / refs(i) * 100.0, dec))
                                }
                                _ => {
                                    rep.failures
                                        .push(format!("{}: unknown derived measure {m}", where_()));
                                    continue;
                                }
                            };
                            if v.map(|x| (x * 1e6).round()) != expect.map(|x| (x * 1e6).round()) {
                                rep.failures.push(format!(
                                    "{}: {m} published {:?}, recomputed {:?}",
                                    where_(),
                                    v,
                                    expect
                                ));
                            }
                            if (m.ends_with("_per_patient")
                                || m.ends_with("_days")
                                || m.starts_with("share_") && !m.starts_with("share_w"))
                                && v.is_some()
                                && p < s.threshold as f64
                            {
                                rep.failures.push(format!(
                                    "{}: contacts per patient published for fewer than {} patients",
                                    where_(),
                                    s.threshold
                                ));
                            }
                        }
                    }
                }
            }
        }
    }
    // Datasets that count the same persons in the same cells (diagnoses and hospital contacts)
    // are linked: the attacker has all of them at once, so they are checked as one.
    let Some(all) = merged(datasets, truth) else {
        return rep;
    };
    let (ds, truth) = (&all.0, &all.1);
    consistency(codes, &h, ds, &mut rep);
    // Each year's model and rank test, then the intervals of every component of every year, the
    // largest first, on every core; the findings in the order of year and cell.
    let years: Vec<u16> = (ds.period.from..=ds.period.to).collect();
    let models: Vec<(YearLp, Report)> = par::map(&years, |&year| {
        let mut r = Report::default();
        let lp = disclosure(codes, &h, ds, truth, year, &mut r);
        (lp, r)
    });
    let mut units: Vec<(usize, usize)> = models
        .iter()
        .enumerate()
        .flat_map(|(y, (lp, _))| (0..lp.comps.len()).map(move |c| (y, c)))
        .collect();
    units.sort_by_key(|&(y, c)| {
        let comp = &models[y].0.comps[c];
        std::cmp::Reverse(comp.vars.len() * comp.tasks.len())
    });
    let done = par::map(&units, |&(y, c)| {
        intervals(ds, &models[y].0, &models[y].0.comps[c], s)
    });
    let mut found: Vec<Vec<(usize, Interval)>> = years.iter().map(|_| Vec::new()).collect();
    for (&(y, _), d) in units.iter().zip(done) {
        found[y].extend(d);
    }
    for ((lp, mut r), mut f) in models.into_iter().zip(found) {
        rep.failures.append(&mut r.failures);
        rep.suppressed_checked += r.suppressed_checked;
        f.sort_by_key(|x| x.0);
        for (i, (mut fails, width, solves, lo, hi)) in f {
            if s.full_intervals {
                let comp = lp.comps.iter().flat_map(|c| &c.tasks).find(|t| t.0 == i);
                if let Some((_, ti, m, cell)) = comp {
                    rep.intervals.push((
                        ds.tables[*ti].id.clone(),
                        lp.year,
                        *cell,
                        m.clone(),
                        lo,
                        hi,
                    ));
                }
            }
            rep.failures.append(&mut fails);
            rep.min_primary_width = rep.min_primary_width.min(width);
            rep.lp_solves += solves;
        }
    }
    rep
}

/// All valid datasets as one: tables named "dataset/table", measures and periods joined.
fn merged(datasets: &[Dataset], truth: &Truth) -> Option<(Dataset, Truth)> {
    let valid: Vec<&Dataset> = datasets
        .iter()
        .filter(|d| validate_dataset(d).is_ok())
        .collect();
    let mut all = (*valid.first()?).clone();
    all.id = "all".into();
    all.tables.clear();
    all.measures.clear();
    let mut t_all = Truth::new();
    for ds in valid {
        all.period.from = all.period.from.min(ds.period.from);
        all.period.to = all.period.to.max(ds.period.to);
        for m in &ds.measures {
            if !all.measures.iter().any(|x| x.id == m.id) {
                all.measures.push(m.clone());
            }
        }
        for t in &ds.tables {
            let mut t = t.clone();
            let id = format!("{}/{}", ds.id, t.id);
            if let Some(tt) = truth.get(&(ds.id.clone(), t.id.clone())) {
                t_all.insert((all.id.clone(), id.clone()), tt.clone());
            }
            t.id = id;
            all.tables.push(t);
        }
    }
    Some((all, t_all))
}

/// Counts that are ≥ 1 in every suppressed cell, because a cell whose counts are all zero is
/// published and a cell with contacts has patients. Hospital contacts among the patients can be
/// zero in a suppressed cell.
const POSITIVE: [&str; 4] = ["patients", "contacts", "referrals", "persons"];

/// Pairs (a, b) of count measures with a ≥ b in every cell: contacts ≥ patients ≥ hospital
/// contacts among them; any hospital contact after ≥ one in the same group after.
const DOMINATES: [(&str, &str); 4] = [
    ("contacts", "patients"),
    ("patients", "lpr_any"),
    ("patients", "lpr_same_before"),
    ("lpr_any", "lpr_same_after"),
];

/// Cell identity independent of table: the year and, per dimension, the id of the leaf set under
/// the code (a missing dimension is its total).
fn signature(codes: &Codes, h: &Hier, t: &Table, i: usize) -> (String, Vec<usize>) {
    let coords = t.coords_of(i);
    let mut year = String::new();
    let dims: Vec<&str> = codes
        .dimensions
        .iter()
        .map(|d| d.id.as_str())
        .filter(|d| *d != "year")
        .collect();
    let mut sig: Vec<usize> = dims
        .iter()
        .map(|d| {
            codes
                .dimension(d)
                .and_then(|x| x.total.clone())
                .map(|total| h.id(d, &total))
                .unwrap_or(usize::MAX)
        })
        .collect();
    for (d, c) in t.dims.iter().zip(coords) {
        if d == "year" {
            year = c.to_string();
        } else if let Some(k) = dims.iter().position(|x| x == d) {
            sig[k] = h.id(d, c);
        }
    }
    (year, sig)
}

/// Same leaves and same count → same fate and same value, across all tables.
fn consistency(codes: &Codes, h: &Hier, ds: &Dataset, rep: &mut Report) {
    type Seen = (String, usize, bool, Option<f64>);
    let counts: Vec<&str> = ds
        .measures
        .iter()
        .filter(|m| m.kind != MeasureKind::Derived)
        .map(|m| m.id.as_str())
        .collect();
    let mut seen: HashMap<(String, Vec<usize>, &str), Seen> = HashMap::new();
    for t in &ds.tables {
        for i in 0..t.len() {
            let (year, sig) = signature(codes, h, t, i);
            let st = t.is_suppressed(i);
            for m in counts.iter().copied().filter(|m| t.values.contains_key(*m)) {
                let v = t.values.get(m).and_then(|v| v[i].0);
                match seen.get(&(year.clone(), sig.clone(), m)) {
                    None => {
                        seen.insert((year.clone(), sig.clone(), m), (t.id.clone(), i, st, v));
                    }
                    Some((t0, i0, st0, v0)) => {
                        if *st0 != st || *v0 != v {
                            rep.failures.push(format!("same cell {}[{}] and {}[{}] ({m}) published differently ({} vs {})", t0, i0, t.id, i, st0, st));
                        }
                    }
                }
            }
        }
    }
}

/// A linear form: variable → integer coefficient, plus a known constant.
type Form = (BTreeMap<usize, i64>, i64);

/// The disclosure model of one year of one dataset, built from the files.
struct YearModel {
    /// Truth of each variable (a suppressed finest cell of one table and measure).
    truth: Vec<f64>,
    /// Linear form of every (table, measure, cell) that has suppressed atoms.
    forms: HashMap<(usize, String, usize), Form>,
    eqs: Vec<(BTreeMap<usize, i64>, i64)>,
    ges: Vec<(BTreeMap<usize, i64>, i64)>,
}

fn disclosure(
    codes: &Codes,
    h: &Hier,
    ds: &Dataset,
    truth: &Truth,
    year: u16,
    rep: &mut Report,
) -> YearLp {
    let ystr = year.to_string();
    let count_measures: Vec<(&str, MeasureKind)> = ds
        .measures
        .iter()
        .filter(|m| m.kind != MeasureKind::Derived)
        .map(|m| (m.id.as_str(), m.kind))
        .collect();
    let mut model = YearModel {
        truth: Vec::new(),
        forms: HashMap::new(),
        eqs: Vec::new(),
        ges: Vec::new(),
    };
    let mut var_of: HashMap<(usize, String, usize), usize> = HashMap::new();
    // Cells of this year per table: (table index, cell index within the whole table).
    let mut year_cells: Vec<(usize, Vec<usize>)> = Vec::new();
    for (ti, t) in ds.tables.iter().enumerate() {
        let n_in = t.dims.len() - 1;
        let ny = t.codes[n_in].len();
        let Some(yp) = t.codes[n_in].iter().position(|y| *y == ystr) else {
            continue;
        };
        let inner: usize = t.codes[..n_in].iter().map(|c| c.len()).product();
        let cells: Vec<usize> = (0..inner).map(|i| i * ny + yp).collect();
        let Some(tt) = truth.get(&(ds.id.clone(), t.id.clone())) else {
            continue;
        };
        // Per dimension (after year): leaves of each listed code, and the finest codes.
        let leaves: Vec<Vec<BTreeSet<String>>> = t.dims[..n_in]
            .iter()
            .zip(&t.codes[..n_in])
            .map(|(d, list)| list.iter().map(|c| h.under(d, c)).collect())
            .collect();
        for (m, kind) in &count_measures {
            // Only what the table publishes: a count it does not carry (hospital contacts by
            // kommune) is no cell of it.
            let Some(tv) = tt.counts.get(*m).filter(|_| t.values.contains_key(*m)) else {
                continue;
            };
            let additive =
                |d: &str| *kind == MeasureKind::Events || matches!(d, "geo" | "sex" | "age" | "overlap" | "pin" | "pout" | "cband");
            // For each dimension and listed code: the finest listed codes it is the sum of.
            let parts: Vec<Vec<Vec<usize>>> = t.dims[..n_in]
                .iter()
                .enumerate()
                .map(|(d, dim)| {
                    let l = &leaves[d];
                    let finest: Vec<usize> = (0..l.len())
                        .filter(|&a| {
                            !(0..l.len())
                                .any(|o| o != a && l[o].is_subset(&l[a]) && (l[o] != l[a] || o > a))
                        })
                        .collect();
                    (0..l.len())
                        .map(|p| {
                            if additive(dim) {
                                finest
                                    .iter()
                                    .copied()
                                    .filter(|&f| l[f].is_subset(&l[p]))
                                    .collect()
                            } else {
                                vec![p]
                            }
                        })
                        .collect()
                })
                .collect();
            for &cell in &cells {
                let coords: Vec<usize> = {
                    let mut out = vec![0; n_in];
                    let mut r = cell / ny;
                    for d in (0..out.len()).rev() {
                        out[d] = r % t.codes[d].len();
                        r /= t.codes[d].len();
                    }
                    out
                };
                let mut atoms: Vec<usize> = vec![0];
                for (d, &c) in coords.iter().enumerate() {
                    let n = t.codes[d].len();
                    atoms = atoms
                        .iter()
                        .flat_map(|&a| parts[d][c].iter().map(move |&p| a * n + p))
                        .collect();
                }
                let mut form: Form = (BTreeMap::new(), 0);
                for a in atoms {
                    let a = a * ny + yp;
                    if t.is_suppressed(a) {
                        let n = model.truth.len();
                        let v = *var_of.entry((ti, m.to_string(), a)).or_insert(n);
                        if v == n {
                            model.truth.push(tv[a] as f64);
                        }
                        *form.0.entry(v).or_default() += 1;
                    } else {
                        form.1 += tv[a] as i64;
                    }
                }
                if form.0.is_empty() {
                    if t.is_suppressed(cell) {
                        rep.failures.push(format!(
                            "{} {year}: suppressed cell {:?} ({m}) is the sum of published cells",
                            t.id,
                            t.coords_of(cell)
                        ));
                    }
                    continue;
                }
                if t.is_suppressed(cell) {
                    let floor = POSITIVE.contains(m) as i64;
                    model.ges.push((form.0.clone(), floor - form.1));
                } else if let Some(x) = t.values.get(*m).and_then(|v| v[cell].0) {
                    model.eqs.push((form.0.clone(), x as i64 - form.1));
                }
                model.forms.insert((ti, m.to_string(), cell), form);
            }
        }
        year_cells.push((ti, cells));
    }
    // Glue: the same cell in two tables has one value; contacts ≥ patients; persons inequalities.
    let mut by_sig: HashMap<Vec<usize>, Vec<(usize, usize)>> = HashMap::new();
    for (ti, cells) in &year_cells {
        for &c in cells {
            by_sig
                .entry(signature(codes, h, &ds.tables[*ti], c).1)
                .or_default()
                .push((*ti, c));
        }
    }
    for group in by_sig.values() {
        for (m, _) in &count_measures {
            let forms: Vec<&Form> = group
                .iter()
                .filter_map(|(t, c)| model.forms.get(&(*t, m.to_string(), *c)))
                .collect();
            for f in forms.iter().skip(1) {
                let mut co = f.0.clone();
                for (v, w) in &forms[0].0 {
                    *co.entry(*v).or_default() -= w;
                }
                co.retain(|_, w| *w != 0);
                if !co.is_empty() {
                    model.eqs.push((co, forms[0].1 - f.1));
                }
            }
        }
    }
    let form_or_const = |ti: usize, m: &str, c: usize| -> Option<Form> {
        if let Some(f) = model.forms.get(&(ti, m.to_string(), c)) {
            return Some(f.clone());
        }
        let v = ds.tables[ti].values.get(m)?.get(c)?.0?;
        Some((BTreeMap::new(), v as i64))
    };
    let mut extra: Vec<(BTreeMap<usize, i64>, i64)> = Vec::new();
    let persons: Vec<&str> = count_measures
        .iter()
        .filter(|(_, k)| *k == MeasureKind::Persons)
        .map(|(m, _)| *m)
        .collect();
    let diff = |a: &Form, b: &Form| -> (BTreeMap<usize, i64>, i64) {
        // a − b ≥ 0  ⇔  Σ a.vars − Σ b.vars ≥ b.const − a.const
        let mut co = a.0.clone();
        for (v, w) in &b.0 {
            *co.entry(*v).or_default() -= w;
        }
        co.retain(|_, w| *w != 0);
        (co, b.1 - a.1)
    };
    for (ti, cells) in &year_cells {
        let t = &ds.tables[*ti];
        for &c in cells {
            for (a, b) in DOMINATES {
                if let (Some(af), Some(bf)) = (form_or_const(*ti, a, c), form_or_const(*ti, b, c)) {
                    if !af.0.is_empty() || !bf.0.is_empty() {
                        extra.push(diff(&af, &bf));
                    }
                }
            }
        }
        // Persons over speciale and diagnosis: max(parts) ≤ total ≤ Σ parts, per listed parent.
        for (d, dim) in t.dims.iter().enumerate() {
            if !matches!(dim.as_str(), "spec" | "diag" | "pop") {
                continue;
            }
            let list = &t.codes[d];
            let l: Vec<BTreeSet<String>> = list.iter().map(|c| h.under(dim, c)).collect();
            let stride: usize = t.codes[d + 1..].iter().map(|c| c.len()).product();
            let cdim = codes.dimension(dim);
            for (pi, pcode) in list.iter().enumerate() {
                // Listed codes whose parent (in some hierarchy) is this code.
                let kids: Vec<usize> = (0..list.len())
                    .filter(|&k| {
                        cdim.and_then(|d| d.code(&list[k]))
                            .map(|x| x.parents.values().any(|p| p == pcode))
                            .unwrap_or(false)
                    })
                    .collect();
                if kids.is_empty() {
                    continue;
                }
                let covers = kids
                    .iter()
                    .flat_map(|&k| l[k].iter())
                    .collect::<BTreeSet<_>>()
                    .len()
                    == l[pi].len();
                for (&c, &pm) in cells
                    .iter()
                    .flat_map(|c| persons.iter().map(move |m| (c, m)))
                {
                    let pos = (c / stride) % list.len();
                    if pos != pi {
                        continue;
                    }
                    let Some(pf) = form_or_const(*ti, pm, c) else {
                        continue;
                    };
                    let kid_forms: Vec<Form> = kids
                        .iter()
                        .filter_map(|&k| form_or_const(*ti, pm, c - pi * stride + k * stride))
                        .collect();
                    if kid_forms.len() != kids.len() {
                        continue;
                    }
                    if pf.0.is_empty() && kid_forms.iter().all(|f| f.0.is_empty()) {
                        continue;
                    }
                    for kf in &kid_forms {
                        extra.push(diff(&pf, kf));
                    }
                    if covers {
                        let mut sum: Form = (BTreeMap::new(), 0);
                        for kf in &kid_forms {
                            for (v, w) in &kf.0 {
                                *sum.0.entry(*v).or_default() += w;
                            }
                            sum.1 += kf.1;
                        }
                        extra.push(diff(&sum, &pf));
                    }
                }
            }
        }
    }
    model
        .ges
        .extend(extra.into_iter().filter(|(co, _)| !co.is_empty()));
    // A "≥" with positive coefficients only and right-hand side ≤ 0 is implied by x ≥ 0.
    model
        .ges
        .retain(|(co, rhs)| !(*rhs <= 0 && co.values().all(|w| *w > 0)));

    // Components over variables.
    let n = model.truth.len();
    let mut comp: Vec<usize> = (0..n).collect();
    fn root(c: &mut [usize], x: usize) -> usize {
        let mut r = x;
        while c[r] != r {
            r = c[r];
        }
        let mut y = x;
        while c[y] != r {
            let nx = c[y];
            c[y] = r;
            y = nx;
        }
        r
    }
    for (co, _) in model.eqs.iter().chain(model.ges.iter()) {
        let vs: Vec<usize> = co.keys().copied().collect();
        for w in vs.windows(2) {
            let (a, b) = (root(&mut comp, w[0]), root(&mut comp, w[1]));
            if a != b {
                comp[a] = b;
            }
        }
    }
    let comp: Vec<usize> = (0..n).map(|v| root(&mut comp, v)).collect();
    let mut eq_of: HashMap<usize, Vec<usize>> = HashMap::new();
    let mut ge_of: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, (co, _)) in model.eqs.iter().enumerate() {
        if let Some(v) = co.keys().next() {
            eq_of.entry(comp[*v]).or_default().push(i);
        }
    }
    for (i, (co, _)) in model.ges.iter().enumerate() {
        if let Some(v) = co.keys().next() {
            ge_of.entry(comp[*v]).or_default().push(i);
        }
    }
    // Echelon form of the equalities per component (exact integers), for the rank test.
    let mut echelon: HashMap<usize, Vec<PivotRow>> = HashMap::new();
    for (c, rows) in &eq_of {
        let mut piv: Vec<PivotRow> = Vec::new();
        for &r in rows {
            let mut row: BTreeMap<usize, i128> = model.eqs[r]
                .0
                .iter()
                .map(|(v, w)| (*v, *w as i128))
                .collect();
            reduce(&mut row, &piv);
            if let Some((&p, _)) = row.iter().next() {
                piv.push((p, row));
            }
        }
        echelon.insert(*c, piv);
    }
    // Check every suppressed cell of every count measure.
    let keys: Vec<(usize, String, usize)> = model
        .forms
        .keys()
        .filter(|(ti, _, c)| ds.tables[*ti].is_suppressed(*c))
        .cloned()
        .collect();
    let mut keys = keys;
    keys.sort();
    // 3. exact disclosure first (cheap), then 4. intervals for the rest (see `intervals`).
    let mut lp_tasks: Vec<(usize, String, usize, usize)> = Vec::new();
    for (ti, m, cell) in keys {
        let t = &ds.tables[ti];
        let (co, _) = &model.forms[&(ti, m.clone(), cell)];
        rep.suppressed_checked += 1;
        let Some(&v0) = co.keys().next() else {
            continue;
        };
        let c = comp[v0];
        let mut f: BTreeMap<usize, i128> = co.iter().map(|(v, w)| (*v, *w as i128)).collect();
        if let Some(piv) = echelon.get(&c) {
            reduce(&mut f, piv);
        }
        if f.is_empty() {
            rep.failures.push(format!(
                "{} {year} cell {:?} ({m}): exactly computable from published cells",
                t.id,
                t.coords_of(cell)
            ));
            continue;
        }
        lp_tasks.push((ti, m, cell, c));
    }
    // Tasks by component, each component with its constraints and their variables.
    let mut comps: BTreeMap<usize, Component> = BTreeMap::new();
    for (i, (ti, m, cell, c)) in lp_tasks.into_iter().enumerate() {
        let comp = comps.entry(c).or_insert_with(|| {
            let eqs = eq_of.remove(&c).unwrap_or_default();
            let ges = ge_of.remove(&c).unwrap_or_default();
            let mut vars: Vec<usize> = eqs
                .iter()
                .flat_map(|&e| model.eqs[e].0.keys())
                .chain(ges.iter().flat_map(|&g| model.ges[g].0.keys()))
                .copied()
                .collect();
            vars.sort_unstable();
            vars.dedup();
            Component {
                vars,
                eqs,
                ges,
                tasks: Vec::new(),
            }
        });
        comp.tasks.push((i, ti, m, cell));
    }
    YearLp {
        year,
        model,
        comps: comps.into_values().collect(),
    }
}

/// One year's attacker model after the rank test, with the cells left for the LP by component.
struct YearLp {
    year: u16,
    model: YearModel,
    comps: Vec<Component>,
}

/// A connected component of the attacker's variables: its variables (sorted), its equalities and
/// inequalities, and the suppressed cells in it.
struct Component {
    vars: Vec<usize>,
    eqs: Vec<usize>,
    ges: Vec<usize>,
    tasks: Vec<Task>,
}

/// A suppressed cell of one measure left for the LP: (order in the year, table, measure, cell).
type Task = (usize, usize, String, usize);

/// What the interval check of one suppressed cell found: (failures, width if primary, LP solves,
/// lower, upper).
type Interval = (Vec<String>, f64, usize, f64, f64);

/// The attacker intervals of the cells of one component.
///
/// Every solution of an LP is a point the attacker cannot rule out (it meets every constraint of
/// the component, checked here). A cell that is not primary passes when its upper end is at least
/// its value + 1, so a known point where the cell is that high settles it without an LP of its
/// own; every other cell gets its LPs. Primary cells always get theirs (their width is reported),
/// and so does every cell with `full_intervals`.
fn intervals(ds: &Dataset, y: &YearLp, c: &Component, s: &Settings) -> Vec<(usize, Interval)> {
    let (year, model) = (y.year, &y.model);
    let mut points: Vec<Vec<f64>> = Vec::new();
    let value_at = |co: &BTreeMap<usize, i64>, point: &[f64]| -> Option<f64> {
        co.iter()
            .map(|(v, w)| c.vars.binary_search(v).ok().map(|i| *w as f64 * point[i]))
            .sum()
    };
    let keep = |point: Option<Vec<f64>>, points: &mut Vec<Vec<f64>>| {
        if let Some(p) = point.filter(|p| model.feasible(&c.vars, p, &c.eqs, &c.ges)) {
            points.push(p);
        }
    };
    // Primary cells first: their LPs leave points for the others.
    let mut order: Vec<(bool, &Task)> = c
        .tasks
        .iter()
        .map(|task| {
            let (co, known) = &model.forms[&(task.1, task.2.clone(), task.3)];
            let v = model.truth_of(co) + *known as f64;
            (!(v >= 1.0 && v < s.threshold as f64), task)
        })
        .collect();
    order.sort_by_key(|(secondary, task)| (*secondary, task.0));
    let mut out = Vec::new();
    for (_, (i, ti, m, cell)) in order {
        let t = &ds.tables[*ti];
        let (co, known) = &model.forms[&(*ti, m.clone(), *cell)];
        let where_ = || format!("{} {year} cell {:?} ({m})", t.id, t.coords_of(*cell));
        let mut fails = Vec::new();
        let v: f64 = model.truth_of(co) + *known as f64;
        let is_primary = v >= 1.0 && v < s.threshold as f64;
        if !is_primary && !s.full_intervals {
            let best = points
                .iter()
                .filter_map(|p| value_at(co, p))
                .fold(f64::NEG_INFINITY, f64::max);
            if best + *known as f64 + 1e-6 >= v + 1.0 {
                // The upper end is at least this high: settled, as below.
                out.push((*i, (fails, f64::INFINITY, 0, v, v + 1.0)));
                continue;
            }
        }
        let vars = model.vars_with(&c.vars, co);
        let (hi, point) = model.optimum(&vars, co, &c.eqs, &c.ges, true);
        let hi = (hi + *known as f64 + 1e-6).floor();
        keep(point.filter(|_| vars.len() == c.vars.len()), &mut points);
        let mut solves = 1;
        // lo ≤ v ≤ hi (the truth is feasible), so a high enough upper end settles the cell.
        let settled = if is_primary {
            hi >= v + s.min_width
        } else {
            hi >= v + 1.0
        };
        let lo = if settled && !s.full_intervals {
            v
        } else {
            solves += 1;
            let (lo, point) = model.optimum(&vars, co, &c.eqs, &c.ges, false);
            keep(point.filter(|_| vars.len() == c.vars.len()), &mut points);
            (lo + *known as f64 - 1e-6).ceil()
        };
        let mut width = f64::INFINITY;
        // A count pinned at 0 by published zeros (no hospital contact in the whole group) tells
        // nothing the zeros have not told; positive counts are ≥ 1, so they are never pinned at 0.
        let zero_known = hi <= 0.0 && !POSITIVE.contains(&m.as_str());
        if hi <= lo && !zero_known {
            fails.push(format!(
                "{}: attacker interval [{lo}, {hi}] is a single value",
                where_()
            ));
        }
        if is_primary {
            width = hi - lo;
            if hi - lo < s.min_width {
                fails.push(format!(
                    "{}: value {v} has attacker interval [{lo}, {hi}], narrower than {}",
                    where_(),
                    s.min_width
                ));
            }
            if hi < v + 1.0 {
                fails.push(format!(
                    "{}: value {v} has attacker upper bound {hi} < value + 1",
                    where_()
                ));
            }
        }
        out.push((*i, (fails, width, solves, lo, hi)));
    }
    out
}

impl YearModel {
    fn truth_of(&self, co: &BTreeMap<usize, i64>) -> f64 {
        co.iter().map(|(v, w)| *w as f64 * self.truth[*v]).sum()
    }

    /// The variables of an LP: the component's, and the target's if it has one outside them.
    fn vars_with(&self, comp: &[usize], target: &BTreeMap<usize, i64>) -> Vec<usize> {
        let mut vars = comp.to_vec();
        if target.keys().any(|v| comp.binary_search(v).is_err()) {
            vars.extend(target.keys());
            vars.sort_unstable();
            vars.dedup();
        }
        vars
    }

    /// Does a point (a value per variable of `vars`) meet x ≥ 0 and every constraint, up to the
    /// rounding the intervals allow?
    fn feasible(&self, vars: &[usize], point: &[f64], eqs: &[usize], ges: &[usize]) -> bool {
        const TOL: f64 = 1e-7;
        let lhs = |co: &BTreeMap<usize, i64>| -> Option<f64> {
            co.iter()
                .map(|(v, w)| vars.binary_search(v).ok().map(|i| *w as f64 * point[i]))
                .sum()
        };
        point.len() == vars.len()
            && point.iter().all(|x| *x >= -TOL)
            && eqs.iter().all(|&e| {
                let (co, rhs) = &self.eqs[e];
                lhs(co).is_some_and(|l| (l - *rhs as f64).abs() <= TOL)
            })
            && ges.iter().all(|&g| {
                let (co, rhs) = &self.ges[g];
                lhs(co).is_some_and(|l| l >= *rhs as f64 - TOL)
            })
    }

    /// Min or max of the form over the component's constraints, all variables ≥ 0, with the
    /// point that reaches it (a value per variable of `vars`, which must hold every variable of
    /// the constraints and the target). Solved in the distance from the truth, so the start point
    /// (the truth) is feasible.
    fn optimum(
        &self,
        vars: &[usize],
        target: &BTreeMap<usize, i64>,
        eqs: &[usize],
        ges: &[usize],
        maximise: bool,
    ) -> (f64, Option<Vec<f64>>) {
        use microlp::{ComparisonOp, OptimizationDirection, Problem};
        let at = |v: usize| vars.binary_search(&v).unwrap_or(0);
        let mut p = Problem::new(if maximise {
            OptimizationDirection::Maximize
        } else {
            OptimizationDirection::Minimize
        });
        // x = truth + rise − fall, with rise ≥ 0 and 0 ≤ fall ≤ truth (so x ≥ 0): the solver
        // starts with both at 0, at the truth, which is feasible.
        let obj = |v: &usize| target.get(v).copied().unwrap_or(0) as f64;
        let rise: Vec<microlp::Variable> = vars
            .iter()
            .map(|v| p.add_var(obj(v), (0.0, f64::INFINITY)))
            .collect();
        let fall: Vec<microlp::Variable> = vars
            .iter()
            .map(|v| p.add_var(-obj(v), (0.0, self.truth[*v])))
            .collect();
        let mut add = |co: &BTreeMap<usize, i64>, rhs: i64, op: ComparisonOp| {
            let mut terms: Vec<(microlp::Variable, f64)> = Vec::with_capacity(2 * co.len());
            for (v, w) in co {
                terms.push((rise[at(*v)], *w as f64));
                terms.push((fall[at(*v)], -*w as f64));
            }
            p.add_constraint(terms.as_slice(), op, rhs as f64 - self.truth_of(co));
        };
        for &e in eqs {
            add(&self.eqs[e].0, self.eqs[e].1, ComparisonOp::Eq);
        }
        for &g in ges {
            add(&self.ges[g].0, self.ges[g].1, ComparisonOp::Ge);
        }
        let base = self.truth_of(target);
        match p.solve() {
            Ok(microlp::SolveOutcome::Solution(sol)) => {
                let point = vars
                    .iter()
                    .enumerate()
                    .map(|(i, &v)| self.truth[v] + sol.var_value(rise[i]) - sol.var_value(fall[i]))
                    .collect();
                (base + sol.objective(), Some(point))
            }
            _ => (
                if maximise {
                    f64::INFINITY
                } else {
                    f64::NEG_INFINITY
                },
                None,
            ),
        }
    }
}

/// A row of the echelon form: its pivot variable and its integer coefficients.
type PivotRow = (usize, BTreeMap<usize, i128>);

/// Eliminate the pivots (in insertion order) from a row; keeps integers small with the gcd.
fn reduce(row: &mut BTreeMap<usize, i128>, piv: &[PivotRow]) {
    for (p, prow) in piv {
        let Some(&a) = row.get(p) else { continue };
        let b = prow[p];
        // row ← b·row − a·prow
        for w in row.values_mut() {
            *w *= b;
        }
        for (v, w) in prow {
            *row.entry(*v).or_default() -= a * w;
        }
        row.retain(|_, w| *w != 0);
        let g = row.values().fold(0i128, |g, w| gcd(g, w.abs()));
        if g > 1 {
            for w in row.values_mut() {
                *w /= g;
            }
        }
    }
}

fn gcd(a: i128, b: i128) -> i128 {
    if b == 0 {
        a
    } else {
        gcd(b, a % b)
    }
}
