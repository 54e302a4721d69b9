//! Publication tables: which crossings each dataset publishes, the aggregation of the registers
//! into those tables, disclosure control over all tables of a year together, and the JSON files.

use crate::codes;
use crate::facts;
use crate::registers::{stratum_parts, Registers, N_STRATA};
use crate::schema::{self, Codes, Dataset, Measure, MeasureKind, Table, Text, Value};
use crate::suppress::{self, Block, Count, Dim, Kind, Model};
use crate::texts;
use std::collections::BTreeMap;

/// Model dimensions, in canonical order.
pub const DIMS: [&str; 5] = ["geo", "spec", "diag", "sex", "age"];
pub const GEO: usize = 0;
pub const SPEC: usize = 1;
pub const DIAG: usize = 2;
pub const SEX: usize = 3;
pub const AGE: usize = 4;

/// A published table: its id, years, and the code list per dimension it has (canonical order).
#[derive(Clone, Debug)]
pub struct TableDef {
    pub id: &'static str,
    pub years: Vec<u16>,
    pub dims: Vec<(usize, Vec<String>)>,
}

impl TableDef {
    /// The measures a table publishes. Contacts per 1,000 inhabitants is published only without
    /// diagnosis detail: per inhabitant by diagnosis it says little, and it keeps the file small.
    pub fn measures(&self) -> Vec<&'static str> {
        let mut m = vec!["patients", "contacts", "contacts_per_patient", "patients_per_1000"];
        if !self.dims.iter().any(|(d, _)| *d == DIAG) {
            m.push("contacts_per_1000");
        }
        m
    }
}

/// Which levels of a dimension a table shows.
fn levels(dim: &schema::Dimension, max_level: u8) -> Vec<String> {
    dim.codes.iter().filter(|c| c.level <= max_level).map(|c| c.code.clone()).collect()
}

/// The diagnoses dataset's tables. The design is the working group's trade-off: kommune only with
/// speciale; diagnosis groups by region; single codes and sex × age nationally. The families form
/// a tree (geo×spec — region×spec×diag — spec×code, and region×spec×diag — spec×chapter×sex×age),
/// so every pair meets in a margin both publish.
pub fn diagnosis_tables(c: &Codes) -> Vec<TableDef> {
    let d = |id: &str| c.dimension(id).cloned().unwrap_or_else(|| panic!("dimension {id}"));
    let (geo, spec, diag, sex, age) = (d("geo"), d("spec"), d("diag"), d("sex"), d("age"));
    let all_years: Vec<u16> = facts::YEARS.to_vec();
    let diag_years: Vec<u16> = facts::YEARS.iter().copied().filter(|&y| y >= facts::FIRST_DIAG_YEAR).collect();
    vec![
        TableDef { id: "geo_spec", years: all_years.clone(), dims: vec![(GEO, levels(&geo, 2)), (SPEC, levels(&spec, 1))] },
        TableDef { id: "region_spec_diag", years: diag_years.clone(), dims: vec![(GEO, levels(&geo, 1)), (SPEC, levels(&spec, 1)), (DIAG, levels(&diag, 2))] },
        TableDef { id: "spec_code", years: diag_years.clone(), dims: vec![(SPEC, levels(&spec, 1)), (DIAG, levels(&diag, 3))] },
        TableDef { id: "spec_sex_age", years: all_years, dims: vec![(SPEC, levels(&spec, 1)), (SEX, levels(&sex, 1)), (AGE, levels(&age, 1))] },
        TableDef { id: "spec_chapter_sex_age", years: diag_years, dims: vec![(SPEC, levels(&spec, 1)), (DIAG, levels(&diag, 1)), (SEX, levels(&sex, 1)), (AGE, levels(&age, 1))] },
    ]
}

/// The suppression model's dimensions, built from codes.json.
pub fn model(c: &Codes, threshold: u64) -> Model {
    let dims = DIMS
        .iter()
        .map(|id| {
            let dim = c.dimension(id).unwrap_or_else(|| panic!("dimension {id}"));
            let n = dim.codes.len();
            let idx = |code: &str| dim.codes.iter().position(|x| x.code == code);
            let parents: Vec<Vec<usize>> = dim.codes.iter().map(|x| x.parents.values().filter_map(|p| idx(p)).collect()).collect();
            let is_leaf: Vec<bool> = (0..n).map(|i| !parents.iter().any(|ps| ps.contains(&i))).collect();
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
                persons_additive: matches!(*id, "geo" | "sex" | "age"),
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
    patients: Vec<u32>,
    contacts: Vec<u32>,
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
    let mut cube = Cube { n_spec, n_diag, patients: vec![0; N_STRATA * n_spec * n_diag], contacts: vec![0; N_STRATA * n_spec * n_diag] };
    let anc = leaf_ancestors(reg, &m.dims[DIAG]);
    let spec_code = |s: u8| m.dims[SPEC].codes.iter().position(|c| c == facts::SPECS[s as usize].code).unwrap_or(0);
    let courses: Vec<&crate::registers::Course> = reg.courses.iter().filter(|c| c.year == year).collect();
    let mut start = 0;
    let mut pairs: Vec<(u32, usize, usize)> = Vec::new();
    while start < courses.len() {
        let st = courses[start].stratum;
        let mut end = start;
        while end < courses.len() && courses[end].stratum == st {
            end += 1;
        }
        pairs.clear();
        for c in &courses[start..end] {
            let sc = spec_code(c.spec);
            for &s in &[0, sc] {
                for &d in &anc[c.diag as usize] {
                    let i = cube.at(st as usize, s, d);
                    cube.contacts[i] += c.contacts as u32;
                    pairs.push((c.person, s, d));
                }
                if c.diag2 != u16::MAX {
                    for &d in &anc[c.diag2 as usize] {
                        pairs.push((c.person, s, d));
                    }
                }
            }
        }
        pairs.sort_unstable();
        pairs.dedup();
        for &(_, s, d) in &pairs {
            let i = cube.at(st as usize, s, d);
            cube.patients[i] += 1;
        }
        start = end;
    }
    cube
}

/// Aggregate a table for one year into a suppression block (patients, contacts) plus the
/// population behind each cell.
pub fn block(reg: &Registers, m: &Model, cube: &Cube, t: &TableDef, year: u16) -> (Block, Vec<u64>) {
    let yi = reg.year_index(year).unwrap_or(0);
    let codes: Vec<Vec<usize>> = t.dims.iter().map(|(d, list)| list.iter().map(|c| m.dims[*d].codes.iter().position(|x| x == c).unwrap_or(0)).collect()).collect();
    let len: usize = codes.iter().map(|c| c.len()).product();
    let (mut p, mut c, mut pop) = (vec![0u64; len], vec![0u64; len], vec![0u64; len]);
    let leaf_pos = |d: usize, leaf: usize| -> Vec<usize> {
        let di = t.dims.iter().position(|(x, _)| *x == d);
        match di {
            None => vec![usize::MAX],
            Some(di) => codes[di].iter().enumerate().filter(|(_, &ci)| m.dims[d].base[ci].binary_search(&(leaf as u16)).is_ok()).map(|(p, _)| p).collect(),
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
                _ => codes[di].iter().enumerate().map(|(p, &ci)| (p, ci)).collect(),
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
            p[cell] += cube.patients[i] as u64;
            c[cell] += cube.contacts[i] as u64;
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
        counts: vec![
            Count { id: "patients".into(), kind: Kind::Persons, values: p },
            Count { id: "contacts".into(), kind: Kind::Events, values: c },
        ],
        dominates: vec![(1, 0)],
    };
    (blk, pop)
}

/// Everything protected for one dataset: per table and year, the block, its population and flags.
pub struct Protected {
    pub def: TableDef,
    pub years: Vec<(u16, Block, Vec<u64>, Vec<bool>)>,
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

/// Aggregate and protect the diagnoses dataset. Years run in parallel (two cores here).
pub fn protect_dataset(reg: &Registers, c: &Codes, defs: &[TableDef], cfg: &suppress::Config, progress: &(dyn Fn(&str, u64, u64) + Sync)) -> Result<(Vec<Protected>, Vec<YearReport>), String> {
    let m = model(c, cfg.threshold);
    let years: &[u16] = &facts::YEARS;
    let done = std::sync::atomic::AtomicU64::new(0);
    type YearResult = Result<(u16, Vec<(usize, Block, Vec<u64>)>, suppress::Outcome), String>;
    let results: Vec<YearResult> = std::thread::scope(|s| {
        let handles: Vec<_> = years
            .iter()
            .enumerate()
            .fold(vec![Vec::new(), Vec::new()], |mut acc, (i, y)| {
                // Latest years (with diagnoses, the heaviest) on different threads.
                acc[(years.len() - 1 - i) % 2].push(*y);
                acc
            })
            .into_iter()
            .map(|chunk| {
                let m = &m;
                let done = &done;
                let n_years = years.len() as u64;
                s.spawn(move || {
                    chunk
                        .iter()
                        .map(|&y| {
                            let cube = cube(reg, m, y);
                            let blocks: Vec<(usize, Block, Vec<u64>)> = defs.iter().enumerate().filter(|(_, t)| t.years.contains(&y)).map(|(i, t)| {
                                let (b, pop) = block(reg, m, &cube, t, y);
                                (i, b, pop)
                            }).collect();
                            let only: Vec<Block> = blocks.iter().map(|(_, b, _)| b.clone()).collect();
                            let out = suppress::protect(m, &only, cfg).map_err(|e| format!("{y}: {e}"))?;
                            let n = done.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
                            progress("diskretionering", n, n_years);
                            Ok((y, blocks, out))
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap_or_else(|_| vec![Err("worker panicked".into())])).collect()
    });
    let mut protected: Vec<Protected> = defs.iter().map(|d| Protected { def: d.clone(), years: Vec::new() }).collect();
    let mut reports = Vec::new();
    for r in results {
        let (y, blocks, out) = r?;
        for ((ti, b, pop), flags) in blocks.into_iter().zip(out.suppressed.iter()) {
            protected[ti].years.push((y, b, pop, flags.clone()));
        }
        reports.push(YearReport { year: y, primary: out.primary_keys, secondary: out.secondary_keys, rounds: out.rounds, lp_solves: out.lp_solves, min_width: out.min_width });
    }
    for p in protected.iter_mut() {
        p.years.sort_by_key(|x| x.0);
    }
    reports.sort_by_key(|r| r.year);
    Ok((protected, reports))
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

/// Measures of the diagnoses dataset.
pub fn diagnosis_measures() -> Vec<Measure> {
    let m = |id: &str, kind, da: &str, en: &str, uda: &str, uen: &str, dec, dda: &str, den: &str| Measure {
        id: id.into(),
        kind,
        label: Text::new(da, en),
        unit: Text::new(uda, uen),
        decimals: dec,
        definition: Text::new(dda, den),
    };
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

/// Turn the protected blocks into the dataset file. Suppressed cells carry no value in any measure.
pub fn diagnosis_dataset(protected: &[Protected], threshold: u64) -> (Dataset, Vec<TableReport>) {
    let mut tables = Vec::new();
    let mut reports = Vec::new();
    for p in protected {
        // Year is the last dimension: a cell's years sit side by side, which is how the app reads
        // trends and how the numbers compress best.
        let mut dims: Vec<String> = p.def.dims.iter().map(|(d, _)| DIMS[*d].to_string()).collect();
        dims.push("year".to_string());
        let mut codes: Vec<Vec<String>> = p.def.dims.iter().map(|(_, l)| l.clone()).collect();
        codes.push(p.years.iter().map(|y| y.0.to_string()).collect());
        let measures = p.def.measures();
        let ny = p.years.len();
        let inner = p.years.first().map(|y| y.1.len()).unwrap_or(0);
        let mut values: BTreeMap<String, Vec<Value>> = measures.iter().map(|m| (m.to_string(), vec![Value(None); inner * ny])).collect();
        let mut suppressed = Vec::new();
        let mut rep = TableReport { table: p.def.id.into(), ..Default::default() };
        for (yi, (_, blk, pop, flags)) in p.years.iter().enumerate() {
            let (pat, con) = (&blk.counts[0].values, &blk.counts[1].values);
            for i in 0..blk.len() {
                let at = i * ny + yi;
                rep.cells += 1;
                let mut set = |id: &str, v: Option<f64>| {
                    if let Some(x) = values.get_mut(id) {
                        x[at] = Value(v);
                    }
                };
                if flags[i] {
                    suppressed.push(at as u32);
                    rep.suppressed += 1;
                    if [pat[i], con[i]].iter().any(|&v| v >= 1 && v < threshold) {
                        rep.primary += 1;
                    }
                    continue;
                }
                if pat[i] == 0 {
                    rep.zeros += 1;
                }
                let (pv, cv, pp) = (pat[i] as f64, con[i] as f64, pop[i] as f64);
                set("patients", Some(pv));
                set("contacts", Some(cv));
                set("contacts_per_patient", if pat[i] >= threshold { Some(round(cv / pv, 1)) } else { None });
                set("patients_per_1000", if pp > 0.0 { Some(round_rate(pv / pp * 1000.0)) } else { None });
                set("contacts_per_1000", if pp > 0.0 { Some(round(cv / pp * 1000.0, 0)) } else { None });
            }
        }
        suppressed.sort_unstable();
        values.retain(|k, _| measures.contains(&k.as_str()));
        tables.push(Table { id: p.def.id.into(), dims, codes, suppressed, values });
        reports.push(rep);
    }
    let ds = Dataset {
        schema_version: schema::SCHEMA_VERSION,
        id: "diagnoser".into(),
        synthetic: true,
        title: Text::new("Diagnoser i speciallægepraksis", "Diagnoses in specialist practice"),
        description: Text::new(
            "Patienter og kontakter i speciallægepraksis fordelt på speciale, diagnose, region, kommune, køn, alder og år (2021- ). Diagnoser fra 2024.",
            "Patients and contacts in specialist practice by specialty, diagnosis, region, municipality, sex, age and year (2021- ). Diagnoses from 2024.",
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

/// All of codes.json.
pub fn codes_file() -> Codes {
    codes::codes()
}
