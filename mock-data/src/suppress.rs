//! Disclosure control: primary suppression, secondary suppression over all linked tables of a year
//! together, and interval protection checked with LP.
//!
//! The model. Every published table is a dense cross of code lists in which every level of every
//! hierarchy is a cell ("a family"). Within a family and a count measure, the *atoms* are the cells
//! at the finest level of every dimension the measure adds up over (kommune, speciale, diagnosis
//! group or code, sex, age group); for unique persons, speciale and diagnosis do not add up, so every
//! code of those is its own block of atoms. Every cell is the sum of its atoms. Published atoms are
//! known constants, so the unknowns an attacker has are the *suppressed atoms* only.
//!
//! Families are linked by the cells they share: the same key (geo, spec, diag, sex, age) in two
//! tables is one cell, with one fate and one value (the glue equations below). The table design is
//! decomposable (every pair of families meets in a common margin that both publish), which makes
//! this glued model equivalent to one global model over the finest inner cells (see the README).
//!
//! The algorithm, per year:
//! 1. primary: any count 1..threshold-1;
//! 2. relation pass: in every additive relation (parent = Σ children, per dimension, per hierarchy),
//!    never exactly one suppressed cell, and enough slack among the suppressed for width ≥ 3 and
//!    upper ≥ v + 1 when zeros are published; repeat to a fixed point;
//! 3. LP pass: attacker intervals for every suppressed cell over all families at once; a cell that
//!    fails gets a neighbour suppressed, then back to 2;
//! 4. fail closed if the rounds run out.

use std::collections::{BTreeMap, HashMap};

/// What a count measure is, for additivity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Unique persons: add up only over dimensions flagged `persons_additive`.
    Persons,
    /// Events: add up over every dimension.
    Events,
}

/// A dimension of the model with its full code list (all levels) and hierarchy.
#[derive(Clone, Debug)]
pub struct Dim {
    pub id: String,
    pub codes: Vec<String>,
    /// Index of the total code (the "all" code used when a table lacks the dimension).
    pub total: usize,
    /// Leaves under each code (sorted leaf code indices).
    pub base: Vec<Vec<u16>>,
    /// Direct parents of each code, one per hierarchy the code is in.
    pub parents: Vec<Vec<usize>>,
    /// Do unique persons add up over this dimension (geography, sex, age: yes)?
    pub persons_additive: bool,
}

impl Dim {
    fn contains(&self, outer: usize, inner: usize) -> bool {
        let (o, i) = (&self.base[outer], &self.base[inner]);
        i.len() <= o.len() && i.iter().all(|x| o.binary_search(x).is_ok())
    }
}

/// One count column of a block.
#[derive(Clone, Debug)]
pub struct Count {
    pub id: String,
    pub kind: Kind,
    pub values: Vec<u64>,
}

/// One table in one year: a dense cross of code lists over some of the model's dimensions.
#[derive(Clone, Debug)]
pub struct Block {
    pub table: String,
    pub year: u16,
    /// Model dimension index per table dimension.
    pub dims: Vec<usize>,
    /// Code indices (into the model dimension's list) per table dimension.
    pub codes: Vec<Vec<usize>>,
    pub counts: Vec<Count>,
    /// Pairs (a, b) of count indices with counts[a] ≥ counts[b] in every cell (contacts ≥ patients).
    pub dominates: Vec<(usize, usize)>,
    /// Count indices that are ≥ 1 in every suppressed cell, because a cell whose counts are all
    /// zero is published (patients, and contacts with them). Count 0 is the cell's base count and
    /// must be one of them; other counts (hospital contacts among the patients, referrals seen
    /// within 4 weeks, …) can be 0 in a suppressed cell.
    pub positive: Vec<usize>,
}

impl Block {
    pub fn len(&self) -> usize {
        self.codes.iter().map(|c| c.len()).product()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    fn coords(&self, mut idx: usize) -> Vec<usize> {
        let mut out = vec![0; self.dims.len()];
        for d in (0..self.dims.len()).rev() {
            let n = self.codes[d].len();
            out[d] = idx % n;
            idx /= n;
        }
        out
    }
    fn index(&self, pos: &[usize]) -> usize {
        pos.iter()
            .zip(&self.codes)
            .fold(0, |acc, (p, c)| acc * c.len() + p)
    }
    /// The model key of a cell: code index per model dimension, totals where the table lacks one.
    pub fn key(&self, model: &Model, idx: usize) -> Vec<usize> {
        let mut key: Vec<usize> = model.dims.iter().map(|d| d.total).collect();
        for (d, p) in self.coords(idx).into_iter().enumerate() {
            key[self.dims[d]] = self.codes[d][p];
        }
        key
    }
}

pub struct Model {
    pub dims: Vec<Dim>,
    pub threshold: u64,
}

/// Settings of the protection.
#[derive(Clone, Copy, Debug)]
pub struct Config {
    pub threshold: u64,
    pub min_width: f64,
    pub max_rounds: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            threshold: 5,
            min_width: 3.0,
            max_rounds: 40,
        }
    }
}

/// The result for one year: a suppression flag per block and cell, and what it took.
#[derive(Clone, Debug, Default)]
pub struct Outcome {
    pub suppressed: Vec<Vec<bool>>,
    pub primary_keys: usize,
    pub secondary_keys: usize,
    pub rounds: usize,
    pub lp_solves: usize,
    /// Smallest attacker interval width over primary cells (after inward rounding).
    pub min_width: f64,
}

/// An additive relation inside one block: parent = Σ children, for the measures in `counts`.
struct Relation {
    block: usize,
    parent: usize,
    children: Vec<usize>,
    /// Count indices for which the relation holds.
    counts: Vec<usize>,
    /// The same counts as (global count id, positive in suppressed cells).
    gids: Vec<(usize, bool)>,
}

type Key = Vec<usize>;

/// Protect one year's blocks. Fails (fail closed) if the guarantees cannot be reached.
pub fn protect(model: &Model, blocks: &[Block], cfg: &Config) -> Result<Outcome, String> {
    // Keys and the cells that carry them (same key in two tables = one cell).
    let mut keys: HashMap<Key, usize> = HashMap::new();
    let mut key_cells: Vec<Vec<(usize, usize)>> = Vec::new();
    let mut cell_key: Vec<Vec<usize>> = Vec::new();
    for (b, blk) in blocks.iter().enumerate() {
        let mut ck = Vec::with_capacity(blk.len());
        for i in 0..blk.len() {
            let k = blk.key(model, i);
            let n = keys.len();
            let id = *keys.entry(k).or_insert(n);
            if id == key_cells.len() {
                key_cells.push(Vec::new());
            }
            key_cells[id].push((b, i));
            ck.push(id);
        }
        cell_key.push(ck);
    }
    // Same key, same value: the blocks must agree, or the input is broken.
    for cells in &key_cells {
        let (b0, i0) = cells[0];
        for &(b, i) in &cells[1..] {
            for c0 in &blocks[b0].counts {
                if let Some(c) = blocks[b].counts.iter().find(|c| c.id == c0.id) {
                    if c.values[i] != c0.values[i0] {
                        return Err(format!(
                            "cell shared by tables {} and {} has two values",
                            blocks[b0].table, blocks[b].table
                        ));
                    }
                }
            }
        }
    }
    let n_keys = key_cells.len();
    // Every count id of the year, and each key's value per id (a key's cells in different tables
    // may carry different counts: the hospital tables add hospital contacts to the patients).
    let mut ids: Vec<&str> = Vec::new();
    for blk in blocks {
        for c in &blk.counts {
            if !ids.contains(&c.id.as_str()) {
                ids.push(&c.id);
            }
        }
    }
    let gid = |b: usize, c: usize| {
        ids.iter()
            .position(|x| *x == blocks[b].counts[c].id)
            .unwrap_or(0)
    };
    let mut kv: Vec<Vec<Option<u64>>> = vec![vec![None; ids.len()]; n_keys];
    for (k, cells) in key_cells.iter().enumerate() {
        for &(b, i) in cells {
            for (c, cnt) in blocks[b].counts.iter().enumerate() {
                kv[k][gid(b, c)] = Some(cnt.values[i]);
            }
        }
    }
    let value = |k: usize, g: usize| -> u64 { kv[k].get(g).copied().flatten().unwrap_or(0) };
    // The base count (count 0 of the first cell): zero means every count of the key is zero.
    let base_of: Vec<u64> = key_cells
        .iter()
        .map(|cells| {
            blocks[cells[0].0]
                .counts
                .first()
                .map(|c| c.values[cells[0].1])
                .unwrap_or(0)
        })
        .collect();
    let key_small = |k: usize| -> u64 { base_of[k] };
    let is_primary =
        |k: usize| -> bool { kv[k].iter().flatten().any(|&v| v >= 1 && v < cfg.threshold) };
    let mut supp = vec![false; n_keys];
    let mut primary = vec![false; n_keys];
    for k in 0..n_keys {
        if is_primary(k) {
            supp[k] = true;
            primary[k] = true;
        }
    }
    let t0 = std::time::Instant::now();
    let relations = relations(model, blocks, &gid);
    let atoms = atoms(model, blocks);
    if std::env::var("MD_DEBUG").is_ok() {
        eprintln!(
            "model: {} keys, {} relations, built in {:.1}s",
            n_keys,
            relations.len(),
            t0.elapsed().as_secs_f64()
        );
    }

    let mut out = Outcome::default();
    let mut cache = Cache::default();
    for round in 0..cfg.max_rounds {
        out.rounds = round + 1;
        let before = supp.clone();
        relation_pass(
            &relations, &cell_key, &mut supp, &primary, cfg, &value, &key_small,
        );
        cache
            .new_keys
            .extend((0..n_keys).filter(|&k| supp[k] && !before[k]));
        let lp = LpModel::build(
            model, blocks, &atoms, &relations, &cell_key, &key_cells, &supp,
        );
        let (failing, solves, min_width) =
            lp.check(&key_cells, &supp, &primary, blocks, cfg, &mut cache);
        cache.new_keys.clear();
        out.lp_solves += solves;
        out.min_width = min_width;
        if failing.is_empty() {
            out.primary_keys = primary.iter().filter(|p| **p).count();
            out.secondary_keys = supp.iter().filter(|s| **s).count() - out.primary_keys;
            out.suppressed = blocks
                .iter()
                .enumerate()
                .map(|(b, blk)| (0..blk.len()).map(|i| supp[cell_key[b][i]]).collect())
                .collect();
            return Ok(out);
        }
        let mut added = 0;
        if std::env::var("MD_DEBUG").is_ok() {
            for &k in &failing {
                for &(b, i) in &key_cells[k] {
                    let blk = &blocks[b];
                    let codes: Vec<&str> = blk.coords(i).iter().enumerate().map(|(d, &c)| model.dims[blk.dims[d]].codes[blk.codes[d][c]].as_str()).collect();
                    let counts: Vec<u64> = blk.counts.iter().map(|c| c.values[i]).collect();
                    eprintln!("failing: {} {:?} {:?}", blk.table, codes, counts);
                }
            }
        }
        for k in failing {
            if let Some(n) =
                neighbour_to_suppress(k, &relations, &cell_key, &key_cells, &supp, &key_small)
            {
                if !supp[n] {
                    supp[n] = true;
                    cache.new_keys.push(n);
                    added += 1;
                }
            }
        }
        if added == 0 {
            return Err(
                "interval protection cannot be reached: no neighbour left to suppress".into(),
            );
        }
    }
    Err(format!(
        "interval protection not reached in {} rounds",
        cfg.max_rounds
    ))
}

/// Every additive relation in every block, per dimension and hierarchy.
fn relations(
    model: &Model,
    blocks: &[Block],
    gid: &dyn Fn(usize, usize) -> usize,
) -> Vec<Relation> {
    let mut out = Vec::new();
    for (b, blk) in blocks.iter().enumerate() {
        for (d, &md) in blk.dims.iter().enumerate() {
            let dim = &model.dims[md];
            let counts: Vec<usize> = blk
                .counts
                .iter()
                .enumerate()
                .filter(|(_, c)| c.kind == Kind::Events || dim.persons_additive)
                .map(|(i, _)| i)
                .collect();
            let gids: Vec<(usize, bool)> = counts
                .iter()
                .map(|&c| (gid(b, c), blk.positive.contains(&c)))
                .collect();
            // Partitions of each code by codes in this table: direct children per hierarchy, and
            // the maximal contained codes (Region Østdanmark = Hovedstaden + Sjælland).
            let list = &blk.codes[d];
            for (pp, &pc) in list.iter().enumerate() {
                let mut parts: Vec<Vec<usize>> = Vec::new();
                let mut by_h: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
                for (cp, &cc) in list.iter().enumerate() {
                    for (h, &par) in dim.parents[cc].iter().enumerate() {
                        if par == pc {
                            by_h.entry(h).or_default().push(cp);
                        }
                    }
                }
                let has_children = !by_h.is_empty();
                parts.extend(by_h.into_values());
                if !has_children {
                    let inside: Vec<usize> = (0..list.len())
                        .filter(|&cp| {
                            cp != pp
                                && list[cp] != pc
                                && dim.contains(pc, list[cp])
                                && dim.base[list[cp]] != dim.base[pc]
                        })
                        .collect();
                    let maximal: Vec<usize> = inside
                        .iter()
                        .copied()
                        .filter(|&a| {
                            !inside.iter().any(|&o| {
                                o != a
                                    && dim.contains(list[o], list[a])
                                    && dim.base[list[o]] != dim.base[list[a]]
                            })
                        })
                        .collect();
                    parts.push(maximal);
                }
                parts.retain(|p| {
                    let mut cover: Vec<u16> = p
                        .iter()
                        .flat_map(|&cp| dim.base[list[cp]].iter().copied())
                        .collect();
                    let n = cover.len();
                    cover.sort_unstable();
                    cover.dedup();
                    !p.is_empty() && cover.len() == n && cover == dim.base[pc]
                });
                parts.sort();
                parts.dedup();
                for part in parts {
                    // One relation per combination of the other dimensions.
                    let others: usize = blk
                        .codes
                        .iter()
                        .enumerate()
                        .filter(|(o, _)| *o != d)
                        .map(|(_, c)| c.len())
                        .product();
                    for o in 0..others {
                        let mut pos = vec![0; blk.dims.len()];
                        let mut r = o;
                        for od in (0..blk.dims.len()).rev() {
                            if od == d {
                                continue;
                            }
                            pos[od] = r % blk.codes[od].len();
                            r /= blk.codes[od].len();
                        }
                        pos[d] = pp;
                        let parent = blk.index(&pos);
                        let children = part
                            .iter()
                            .map(|&cp| {
                                pos[d] = cp;
                                blk.index(&pos)
                            })
                            .collect();
                        out.push(Relation {
                            block: b,
                            parent,
                            children,
                            counts: counts.clone(),
                            gids: gids.clone(),
                        });
                    }
                }
            }
        }
    }
    out
}

/// Atoms of each cell, per block and count: the finest cells whose sum it is.
fn atoms(model: &Model, blocks: &[Block]) -> Vec<Vec<Vec<Vec<usize>>>> {
    blocks
        .iter()
        .map(|blk| {
            blk.counts
                .iter()
                .map(|cnt| {
                    // Per table dimension: for each code position, its atom positions.
                    let per_dim: Vec<Vec<Vec<usize>>> = blk
                        .dims
                        .iter()
                        .enumerate()
                        .map(|(d, &md)| {
                            let dim = &model.dims[md];
                            let list = &blk.codes[d];
                            let additive = cnt.kind == Kind::Events || dim.persons_additive;
                            // Among codes with the same leaves (a group with one code), the
                            // deepest one is the atom, so nothing is counted twice.
                            let minimal: Vec<usize> = (0..list.len())
                                .filter(|&a| {
                                    !(0..list.len()).any(|o| {
                                        o != a
                                            && dim.contains(list[a], list[o])
                                            && (dim.base[list[o]] != dim.base[list[a]] || o > a)
                                    })
                                })
                                .collect();
                            (0..list.len())
                                .map(|p| {
                                    if additive {
                                        minimal
                                            .iter()
                                            .copied()
                                            .filter(|&m| dim.contains(list[p], list[m]))
                                            .collect()
                                    } else {
                                        vec![p]
                                    }
                                })
                                .collect()
                        })
                        .collect();
                    (0..blk.len())
                        .map(|i| {
                            let pos = blk.coords(i);
                            let mut acc: Vec<Vec<usize>> = vec![vec![]];
                            for (d, p) in pos.iter().enumerate() {
                                acc = acc
                                    .into_iter()
                                    .flat_map(|pre| {
                                        per_dim[d][*p].iter().map(move |&a| {
                                            let mut v = pre.clone();
                                            v.push(a);
                                            v
                                        })
                                    })
                                    .collect();
                            }
                            let mut idx: Vec<usize> = acc.iter().map(|ps| blk.index(ps)).collect();
                            idx.sort_unstable();
                            idx
                        })
                        .collect()
                })
                .collect()
        })
        .collect()
}

#[allow(clippy::too_many_arguments)]
fn relation_pass(
    relations: &[Relation],
    cell_key: &[Vec<usize>],
    supp: &mut [bool],
    primary: &[bool],
    cfg: &Config,
    value: &dyn Fn(usize, usize) -> u64,
    key_small: &dyn Fn(usize) -> u64,
) {
    loop {
        let mut changed = false;
        for r in relations {
            let ck = &cell_key[r.block];
            let pk = ck[r.parent];
            let kids: Vec<usize> = r.children.iter().map(|&c| ck[c]).collect();
            let n_supp = supp[pk] as usize + kids.iter().filter(|&&k| supp[k]).count();
            if n_supp == 0 {
                continue;
            }
            let mut need = n_supp == 1;
            if !need && !supp[pk] {
                // Slack among the suppressed children, with every suppressed cell ≥ 1.
                let sk: Vec<usize> = kids.iter().copied().filter(|&k| supp[k]).collect();
                for &(g, positive) in &r.gids {
                    let small = |k: usize| (1..cfg.threshold).contains(&value(k, g));
                    if !positive && !sk.iter().any(|&k| small(k)) {
                        // A count that can be 0 in a suppressed cell needs room only around its
                        // own small values; the LP checks the rest.
                        continue;
                    }
                    // Each suppressed cell is ≥ 1 for a positive count, ≥ 0 otherwise.
                    let floor = positive as u64;
                    let sum: u64 = sk.iter().map(|&k| value(k, g)).sum();
                    let n = sk.len() as u64 * floor;
                    if (sum as f64) - (n as f64) < cfg.min_width {
                        need = true;
                    }
                    for &p in sk.iter().filter(|&&k| primary[k] && (positive || small(k))) {
                        let others: u64 = sk
                            .iter()
                            .filter(|&&k| k != p)
                            .map(|&k| value(k, g).saturating_sub(floor))
                            .sum();
                        if others < 1 {
                            need = true;
                        }
                    }
                }
            }
            if !need {
                continue;
            }
            // Suppress the smallest non-zero published child; if none, the parent.
            let pick = kids
                .iter()
                .copied()
                .filter(|&k| !supp[k] && key_small(k) > 0)
                .min_by_key(|&k| (value(k, r.gids.first().map(|g| g.0).unwrap_or(0)), k));
            match pick {
                Some(k) => {
                    supp[k] = true;
                    changed = true;
                }
                None if !supp[pk] => {
                    supp[pk] = true;
                    changed = true;
                }
                None => {}
            }
        }
        if !changed {
            break;
        }
    }
}

fn neighbour_to_suppress(
    k: usize,
    relations: &[Relation],
    cell_key: &[Vec<usize>],
    key_cells: &[Vec<(usize, usize)>],
    supp: &[bool],
    base: &dyn Fn(usize) -> u64,
) -> Option<usize> {
    let mut best: Option<(u64, usize)> = None;
    for &(b, i) in &key_cells[k] {
        for r in relations
            .iter()
            .filter(|r| r.block == b && (r.parent == i || r.children.contains(&i)))
        {
            let ck = &cell_key[b];
            for &c in r.children.iter().chain(std::iter::once(&r.parent)) {
                let kk = ck[c];
                let v = base(kk);
                if !supp[kk] && v > 0 && best.map(|(bv, bk)| (v, kk) < (bv, bk)).unwrap_or(true) {
                    best = Some((v, kk));
                }
            }
        }
    }
    best.map(|(_, k)| k)
}

/// A linear constraint: (variable, coefficient) terms, relation, right-hand side.
type Constraint = (Vec<(usize, f64)>, Rel, f64);

/// Results kept between rounds: keys that passed (with their width, and whether an LP found it or
/// it is only a lower bound), keys newly suppressed, and the points of the LP solutions so far.
#[derive(Default)]
struct Cache {
    passed: HashMap<usize, (f64, bool)>,
    new_keys: Vec<usize>,
    points: Vec<Point>,
}

/// A point the attacker could not rule out when it was found: a value per suppressed atom
/// (block, count, atom cell); atoms it does not list are at their true values. Before it is used
/// in a later round it is checked against that round's constraints.
type Point = HashMap<(usize, usize, usize), f64>;

/// What the interval check of one key found: (bad, width over its primary counts, LP solves,
/// whether LPs found that width or it is only a lower bound).
type Evaluation = (bool, f64, usize, bool);

/// The largest violation of a constraint that a point may have and still count as feasible.
const FEASIBLE_TOL: f64 = 1e-7;

/// The attacker's LP over the suppressed atoms of all blocks of a year.
struct LpModel {
    /// Variables: (block, count, atom cell).
    vars: Vec<(usize, usize, usize)>,
    /// For each (block, count, cell): the linear form (var indices) and its known constant.
    forms: HashMap<(usize, usize, usize), (Vec<usize>, f64)>,
    /// Constraints: (vars with coefficients, relation, right-hand side).
    cons: Vec<Constraint>,
    /// True value of each variable.
    truth: Vec<f64>,
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Rel {
    Eq,
    Ge,
}

impl LpModel {
    fn build(
        _model: &Model,
        blocks: &[Block],
        atoms: &[Vec<Vec<Vec<usize>>>],
        relations: &[Relation],
        cell_key: &[Vec<usize>],
        key_cells: &[Vec<(usize, usize)>],
        supp: &[bool],
    ) -> LpModel {
        let mut var_of: HashMap<(usize, usize, usize), usize> = HashMap::new();
        let mut vars = Vec::new();
        let mut forms = HashMap::new();
        let mut cons = Vec::new();
        for (b, blk) in blocks.iter().enumerate() {
            for (c, cnt) in blk.counts.iter().enumerate() {
                for i in 0..blk.len() {
                    let at = &atoms[b][c][i];
                    let mut vs = Vec::new();
                    let mut known = 0.0;
                    for &a in at {
                        if supp[cell_key[b][a]] {
                            let n = vars.len();
                            let v = *var_of.entry((b, c, a)).or_insert(n);
                            if v == vars.len() {
                                vars.push((b, c, a));
                            }
                            vs.push(v);
                        } else {
                            known += cnt.values[a] as f64;
                        }
                    }
                    if vs.is_empty() {
                        continue;
                    }
                    let coeffs: Vec<(usize, f64)> = vs.iter().map(|&v| (v, 1.0)).collect();
                    if supp[cell_key[b][i]] {
                        // Zeros are published, so a suppressed cell's positive counts are ≥ 1.
                        let floor = if blk.positive.contains(&c) { 1.0 } else { 0.0 };
                        cons.push((coeffs, Rel::Ge, floor - known));
                    } else {
                        cons.push((coeffs, Rel::Eq, cnt.values[i] as f64 - known));
                    }
                    forms.insert((b, c, i), (vs, known));
                }
            }
        }
        // Glue: the same suppressed cell in two tables has one value.
        for cells in key_cells {
            if cells.len() < 2 || !supp[cell_key[cells[0].0][cells[0].1]] {
                continue;
            }
            let (b0, i0) = cells[0];
            for &(b, i) in &cells[1..] {
                for (c0, cnt0) in blocks[b0].counts.iter().enumerate() {
                    let Some(c) = blocks[b].counts.iter().position(|x| x.id == cnt0.id) else {
                        continue;
                    };
                    let (Some(f0), Some(f1)) = (forms.get(&(b0, c0, i0)), forms.get(&(b, c, i)))
                    else {
                        continue;
                    };
                    let mut co: Vec<(usize, f64)> = f0.0.iter().map(|&v| (v, 1.0)).collect();
                    co.extend(f1.0.iter().map(|&v| (v, -1.0)));
                    cons.push((co, Rel::Eq, f1.1 - f0.1));
                }
            }
        }
        // Valid inequalities: contacts ≥ patients; persons: max(parts) ≤ total ≤ Σ parts.
        for (b, blk) in blocks.iter().enumerate() {
            for &(hi, lo) in &blk.dominates {
                for i in 0..blk.len() {
                    if let (Some(fh), Some(fl)) = (forms.get(&(b, hi, i)), forms.get(&(b, lo, i))) {
                        let mut co: Vec<(usize, f64)> = fh.0.iter().map(|&v| (v, 1.0)).collect();
                        co.extend(fl.0.iter().map(|&v| (v, -1.0)));
                        cons.push((co, Rel::Ge, fl.1 - fh.1));
                    }
                }
            }
        }
        for r in relations {
            let blk = &blocks[r.block];
            for (c, cnt) in blk.counts.iter().enumerate() {
                if cnt.kind != Kind::Persons || r.counts.contains(&c) {
                    continue;
                }
                let form = |i: usize| {
                    forms
                        .get(&(r.block, c, i))
                        .cloned()
                        .unwrap_or((vec![], cnt.values[i] as f64))
                };
                let (pv, pk) = form(r.parent);
                let kids: Vec<(Vec<usize>, f64)> = r.children.iter().map(|&i| form(i)).collect();
                if pv.is_empty() && kids.iter().all(|k| k.0.is_empty()) {
                    continue;
                }
                for (kv, kk) in &kids {
                    let mut co: Vec<(usize, f64)> = pv.iter().map(|&v| (v, 1.0)).collect();
                    co.extend(kv.iter().map(|&v| (v, -1.0)));
                    if !co.is_empty() {
                        cons.push((co, Rel::Ge, kk - pk));
                    }
                }
                let mut co: Vec<(usize, f64)> = pv.iter().map(|&v| (v, -1.0)).collect();
                let mut rhs = pk;
                for (kv, kk) in &kids {
                    co.extend(kv.iter().map(|&v| (v, 1.0)));
                    rhs -= kk;
                }
                cons.push((co, Rel::Ge, rhs));
            }
        }
        // Presolve: a "≥" with only positive coefficients and a right-hand side ≤ 0 is implied by
        // x ≥ 0; identical constraints (the same cell in two tables) are kept once.
        type ConsKey = (Vec<(usize, i64)>, bool, i64);
        let mut seen: std::collections::HashSet<ConsKey> = std::collections::HashSet::new();
        cons.retain(|(co, rel, rhs): &Constraint| {
            if *rel == Rel::Ge && *rhs <= 0.0 && co.iter().all(|&(_, w)| w > 0.0) {
                return false;
            }
            let mut key: Vec<(usize, i64)> = co.iter().map(|&(v, w)| (v, w as i64)).collect();
            key.sort_unstable();
            seen.insert((key, *rel == Rel::Eq, *rhs as i64))
        });
        let truth = vars
            .iter()
            .map(|&(b, c, a)| blocks[b].counts[c].values[a] as f64)
            .collect();
        LpModel {
            vars,
            forms,
            cons,
            truth,
        }
    }

    /// Interval check of every suppressed key. Returns failing keys, LP solves, min width.
    fn check(
        &self,
        key_cells: &[Vec<(usize, usize)>],
        supp: &[bool],
        primary: &[bool],
        blocks: &[Block],
        cfg: &Config,
        cache: &mut Cache,
    ) -> (Vec<usize>, usize, f64) {
        // Connected components over variables.
        let n = self.vars.len();
        let mut parent: Vec<usize> = (0..n).collect();
        fn find(p: &mut [usize], x: usize) -> usize {
            let mut r = x;
            while p[r] != r {
                r = p[r];
            }
            let mut y = x;
            while p[y] != r {
                let nx = p[y];
                p[y] = r;
                y = nx;
            }
            r
        }
        for (co, _, _) in &self.cons {
            if let Some(&(first, _)) = co.first() {
                for &(v, _) in &co[1..] {
                    let (a, b) = (find(&mut parent, first), find(&mut parent, v));
                    if a != b {
                        parent[a] = b;
                    }
                }
            }
        }
        let mut comp_cons: HashMap<usize, Vec<usize>> = HashMap::new();
        for (ci, (co, _, _)) in self.cons.iter().enumerate() {
            if let Some(&(v, _)) = co.first() {
                let r = find(&mut parent, v);
                comp_cons.entry(r).or_default().push(ci);
            }
        }
        if std::env::var("MD_DEBUG").is_ok() {
            let mut sizes: HashMap<usize, usize> = HashMap::new();
            for v in 0..n {
                *sizes.entry(find(&mut parent, v)).or_default() += 1;
            }
            let mut sz: Vec<usize> = sizes.into_values().collect();
            sz.sort_unstable_by(|a, b| b.cmp(a));
            eprintln!(
                "LP: {} vars, {} cons, {} suppressed keys, components (largest first): {:?}",
                n,
                self.cons.len(),
                supp.iter().filter(|x| **x).count(),
                &sz[..sz.len().min(12)]
            );
        }
        let mut failing = Vec::new();
        let mut solves = 0;
        let mut min_width = f64::INFINITY;
        // Components touched by cells suppressed since the last check must be solved again; the
        // others have exactly the same constraints as before, so their results still hold.
        let mut dirty: std::collections::HashSet<usize> = std::collections::HashSet::new();
        for &k in &cache.new_keys {
            for &(b, i) in &key_cells[k] {
                for c in 0..blocks[b].counts.len() {
                    if let Some((vs, _)) = self.forms.get(&(b, c, i)) {
                        for &v in vs {
                            dirty.insert(find(&mut parent, v));
                        }
                    }
                }
            }
        }
        let comp: Vec<usize> = (0..n).map(|v| find(&mut parent, v)).collect();
        let mut todo: Vec<usize> = Vec::new();
        for (k, cells) in key_cells.iter().enumerate() {
            if !supp[k] {
                continue;
            }
            let clean = cache.new_keys.iter().all(|&n| n != k)
                && cells.iter().all(|&(b, i)| {
                    (0..blocks[b].counts.len()).all(|c| {
                        self.forms
                            .get(&(b, c, i))
                            .map(|(vs, _)| !dirty.contains(&comp[vs[0]]))
                            .unwrap_or(false)
                    })
                });
            if !(clean && cache.passed.contains_key(&k)) {
                todo.push(k);
            }
        }
        // The points of earlier rounds that this round's constraints still allow: every LP
        // solution is a point the attacker cannot rule out, and a cell that is already high
        // enough at one of them needs no LP for its upper end.
        let pool: Vec<Vec<f64>> = cache
            .points
            .iter()
            .map(|p| self.dense(p))
            .filter(|x| self.feasible(x))
            .collect();
        // Each key on its own: (bad, width over its primary counts, LP solves, whether an LP
        // found the width); `found` collects the points of its LPs. With `exact`, every primary
        // count gets its LP.
        let evaluate = |k: usize, exact: bool, found: &mut Vec<Vec<f64>>| -> Evaluation {
            let mut bad = false;
            let mut width = f64::INFINITY;
            let mut solves = 0;
            let mut width_exact = true;
            // Every count of the key once, from whichever of its tables carries it.
            let mut done: Vec<&str> = Vec::new();
            for &(b, i) in &key_cells[k] {
                for (c, cnt) in blocks[b].counts.iter().enumerate() {
                    if done.contains(&cnt.id.as_str()) {
                        continue;
                    }
                    done.push(&cnt.id);
                    let Some((vs, known)) = self.forms.get(&(b, c, i)) else {
                        if std::env::var("MD_DEBUG").is_ok() {
                            eprintln!("    no form: {} {} cell {}", blocks[b].table, cnt.id, i);
                        }
                        bad = true;
                        continue;
                    };
                    let cons = comp_cons
                        .get(&comp[vs[0]])
                        .map(|v| v.as_slice())
                        .unwrap_or(&[]);
                    let v = cnt.values[i] as f64;
                    let is_primary = primary[k] && v >= 1.0 && v < cfg.threshold as f64;
                    // A count passes once its upper end is ≥ v + 1, or ≥ v + min_width if it is
                    // primary: a known point where it is that high settles it, by the same rule
                    // as the LP below. A primary count's width is then only a lower bound, so the
                    // last round finds it with `exact`.
                    let need = if is_primary {
                        v + cfg.min_width
                    } else {
                        v + 1.0
                    };
                    let at = |x: &Vec<f64>| vs.iter().map(|&a| x[a]).sum::<f64>();
                    if !(is_primary && exact)
                        && pool
                            .iter()
                            .chain(found.iter())
                            .any(|x| at(x) + known + 1e-6 >= need)
                    {
                        if is_primary {
                            width = width.min(cfg.min_width);
                            width_exact = false;
                        }
                        continue;
                    }
                    // lo ≤ v ≤ hi always (the truth is feasible), so a large enough upper bound
                    // settles the cell without the lower one.
                    let (hi, point) = self.bound(vs, cons, true);
                    found.extend(point);
                    let hi = (hi + known + 1e-6).floor();
                    solves += 1;
                    let enough = if is_primary {
                        hi >= v + cfg.min_width
                    } else {
                        hi >= v + 1.0
                    };
                    let lo = if enough {
                        v
                    } else {
                        solves += 1;
                        let (lo, point) = self.bound(vs, cons, false);
                        found.extend(point);
                        (lo + known - 1e-6).ceil()
                    };
                    // A count pinned at 0 by a published zero (no hospital contact among any of
                    // the patients of the region) says nothing the zero has not said.
                    let zero_known = hi <= 0.0 && !blocks[b].positive.contains(&c);
                    if hi <= lo && !zero_known {
                        bad = true;
                    }
                    if std::env::var("MD_DEBUG").is_ok()
                        && (hi <= lo && !zero_known
                            || is_primary && (hi - lo < cfg.min_width || hi < v + 1.0))
                    {
                        eprintln!(
                            "    {} {} cell {}: v {v} in [{lo}, {hi}]",
                            blocks[b].table, cnt.id, i
                        );
                    }
                    if is_primary {
                        width = width.min(hi - lo);
                        if hi - lo < cfg.min_width || hi < v + 1.0 {
                            bad = true;
                        }
                    }
                }
            }
            (bad, width, solves, width_exact)
        };
        // Primary keys first (their LPs leave points for the others), dealt out over two
        // threads; each thread also uses the points of its own LPs. The split is fixed, so the
        // run is the same every time.
        let run = |keys: &[usize], exact: bool| -> (Vec<(usize, Evaluation)>, Vec<Vec<f64>>) {
            let mut keys = keys.to_vec();
            keys.sort_by_key(|&k| (!primary[k], k));
            let halves: Vec<Vec<usize>> = (0..2)
                .map(|h| keys.iter().copied().skip(h).step_by(2).collect())
                .collect();
            let mut results = Vec::new();
            let mut found = Vec::new();
            std::thread::scope(|s| {
                let hs: Vec<_> = halves
                    .iter()
                    .map(|half| {
                        let evaluate = &evaluate;
                        s.spawn(move || {
                            let mut found = Vec::new();
                            let r: Vec<_> = half
                                .iter()
                                .map(|&k| (k, evaluate(k, exact, &mut found)))
                                .collect();
                            (r, found)
                        })
                    })
                    .collect();
                for h in hs {
                    let (r, f) = h.join().unwrap_or_else(|e| std::panic::resume_unwind(e));
                    results.extend(r);
                    found.extend(f);
                }
            });
            results.sort_by_key(|x| x.0);
            (results, found)
        };
        let (mut results, mut points) = run(&todo, false);
        // The last round (nothing fails): the widths of primary keys that a point settled are
        // found by their LPs, so the reported width is exact.
        if results.iter().all(|(_, e)| !e.0) {
            let inexact: Vec<usize> = (0..key_cells.len())
                .filter(|&k| match results.binary_search_by_key(&k, |x| x.0) {
                    Ok(i) => !results[i].1 .3,
                    Err(_) => supp[k] && cache.passed.get(&k).is_some_and(|p| !p.1),
                })
                .collect();
            let (exact, found) = run(&inexact, true);
            points.extend(found);
            for (k, e) in exact {
                match results.binary_search_by_key(&k, |x| x.0) {
                    Ok(i) => {
                        results[i].1 .1 = e.1;
                        results[i].1 .2 += e.2;
                        results[i].1 .3 = true;
                    }
                    Err(i) => results.insert(i, (k, e)),
                }
            }
        }
        cache.points = pool.iter().chain(&points).map(|x| self.sparse(x)).collect();
        for (k, (bad, width, n_solves, width_exact)) in results {
            solves += n_solves;
            if bad {
                if std::env::var("MD_DEBUG").is_ok() {
                    let (b, i) = key_cells[k][0];
                    let blk = &blocks[b];
                    eprintln!(
                        "  failing: {} cell {} values {:?} primary {}",
                        blk.table,
                        i,
                        blk.counts.iter().map(|c| c.values[i]).collect::<Vec<_>>(),
                        primary[k]
                    );
                }
                failing.push(k);
                cache.passed.remove(&k);
            } else {
                cache.passed.insert(k, (width, width_exact));
            }
        }
        for (k, &(w, _)) in &cache.passed {
            if supp[*k] {
                min_width = min_width.min(w);
            }
        }
        (failing, solves, min_width)
    }

    /// Min or max of Σ vars over the component's constraints (vars ≥ 0).
    ///
    /// The LP is solved in the shifted variables y = x − x*, where x* are the true values: y = 0
    /// is then feasible from the start, which spares the solver its feasibility phase. Returns the
    /// optimum and the point that reaches it (every variable; kept only if it is feasible).
    fn bound(&self, target: &[usize], cons: &[usize], maximise: bool) -> (f64, Option<Vec<f64>>) {
        let mut used: Vec<usize> = cons
            .iter()
            .flat_map(|&c| self.cons[c].0.iter().map(|x| x.0))
            .chain(target.iter().copied())
            .collect();
        used.sort_unstable();
        used.dedup();
        let pos = |v: usize| used.binary_search(&v).unwrap_or(0);
        let base: f64 = target.iter().map(|&v| self.truth[v]).sum();
        let solve = |maximise: bool| -> (f64, Option<Vec<f64>>) {
            use microlp::{ComparisonOp, OptimizationDirection, Problem};
            let dir = if maximise {
                OptimizationDirection::Maximize
            } else {
                OptimizationDirection::Minimize
            };
            let mut p = Problem::new(dir);
            let mut in_target = vec![false; used.len()];
            for &v in target {
                in_target[pos(v)] = true;
            }
            // y = y⁺ − y⁻ with y⁺ ≥ 0 and 0 ≤ y⁻ ≤ x* (so x ≥ 0): both start at 0, the true
            // point, which is feasible. (As free variables with rows y ≥ −x*, the solver needed
            // about four times the pivots.)
            let sign = |i: usize| if in_target[i] { 1.0 } else { 0.0 };
            let up: Vec<microlp::Variable> = (0..used.len())
                .map(|i| p.add_var(sign(i), (0.0, f64::INFINITY)))
                .collect();
            let down: Vec<microlp::Variable> = used
                .iter()
                .enumerate()
                .map(|(i, &v)| p.add_var(-sign(i), (0.0, self.truth[v])))
                .collect();
            for &c in cons {
                let (co, rel, rhs) = &self.cons[c];
                let at_truth: f64 = co.iter().map(|&(v, w)| w * self.truth[v]).sum();
                let terms: Vec<(microlp::Variable, f64)> = co
                    .iter()
                    .flat_map(|&(v, w)| [(up[pos(v)], w), (down[pos(v)], -w)])
                    .collect();
                let op = match rel {
                    Rel::Eq => ComparisonOp::Eq,
                    Rel::Ge => ComparisonOp::Ge,
                };
                p.add_constraint(terms.as_slice(), op, *rhs - at_truth);
            }
            match p.solve() {
                Ok(microlp::SolveOutcome::Solution(sol)) => {
                    // The solution as a point over every variable (the others at their truth),
                    // kept only if it meets every constraint.
                    let mut x = self.truth.clone();
                    for (i, &v) in used.iter().enumerate() {
                        x[v] += sol.var_value(up[i]) - sol.var_value(down[i]);
                    }
                    (base + sol.objective(), Some(x).filter(|x| self.feasible(x)))
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
        };
        solve(maximise)
    }

    /// Does a point (a value per variable) meet x ≥ 0 and every constraint?
    fn feasible(&self, x: &[f64]) -> bool {
        x.len() == self.vars.len()
            && x.iter().all(|&v| v >= -FEASIBLE_TOL)
            && self.cons.iter().all(|(co, rel, rhs)| {
                let lhs: f64 = co.iter().map(|&(v, w)| w * x[v]).sum();
                match rel {
                    Rel::Eq => (lhs - rhs).abs() <= FEASIBLE_TOL,
                    Rel::Ge => lhs >= rhs - FEASIBLE_TOL,
                }
            })
    }

    /// A point of this model by atom, for later rounds (atoms at their truth left out).
    fn sparse(&self, x: &[f64]) -> Point {
        self.vars
            .iter()
            .zip(x.iter().zip(&self.truth))
            .filter(|(_, (v, t))| v != t)
            .map(|(&atom, (&v, _))| (atom, v))
            .collect()
    }

    /// A point of an earlier round in this model's variables (new variables at their truth).
    fn dense(&self, p: &Point) -> Vec<f64> {
        self.vars
            .iter()
            .zip(&self.truth)
            .map(|(atom, &t)| p.get(atom).copied().unwrap_or(t))
            .collect()
    }
}
