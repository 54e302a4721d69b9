//! `mock-data generate --seed N --out public/data [--scale F] [--no-audit]`
//!
//! Generates the synthetic registers, builds and protects every publication table, audits the
//! result independently, and writes catalog.json, codes.json and one file per dataset. Nothing is
//! written unless every step succeeds.

use indicatif::{MultiProgress, ProgressBar, ProgressStyle};
use mock_data::{audit, pipeline};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::Instant;

const USAGE: &str = "usage: mock-data generate [--seed N] [--out DIR] [--scale F] [--no-audit]
       mock-data calibrate [--seed N]      print the calibration table

  --seed N     seed of the synthetic registers (default 2024)
  --out DIR    output folder (default public/data)
  --scale F    volume relative to Denmark, 0 < F <= 1 (default 1)
  --no-audit   skip the independent audit (the files are still protected)";

struct Args {
    command: String,
    seed: u64,
    out: PathBuf,
    scale: f64,
    audit: bool,
}

fn parse() -> Result<Args, String> {
    use lexopt::prelude::*;
    let mut p = lexopt::Parser::from_env();
    let mut args = Args { command: String::new(), seed: 2024, out: PathBuf::from("public/data"), scale: 1.0, audit: true };
    let mut command = None;
    while let Some(arg) = p.next().map_err(|e| e.to_string())? {
        match arg {
            Value(v) if command.is_none() => command = Some(v.string().map_err(|_| "command is not valid text".to_string())?),
            Long("seed") => {
                let v = p.value().map_err(|e| e.to_string())?.string().map_err(|_| "--seed: not valid text".to_string())?;
                args.seed = v.parse().map_err(|_| format!("--seed: '{v}' is not a whole number ≥ 0"))?;
            }
            Long("out") => args.out = PathBuf::from(p.value().map_err(|e| e.to_string())?),
            Long("scale") => {
                let v = p.value().map_err(|e| e.to_string())?.string().map_err(|_| "--scale: not valid text".to_string())?;
                args.scale = v.parse().map_err(|_| format!("--scale: '{v}' is not a number"))?;
                if !(args.scale > 0.0 && args.scale <= 1.0) {
                    return Err(format!("--scale: {} is outside 0 < F <= 1", args.scale));
                }
            }
            Long("no-audit") => args.audit = false,
            Short('h') | Long("help") => return Err(String::new()),
            other => return Err(other.unexpected().to_string()),
        }
    }
    match command.as_deref() {
        Some(c @ ("generate" | "calibrate")) => {
            args.command = c.to_string();
            Ok(args)
        }
        Some(c) => Err(format!("unknown command '{c}'")),
        None => Err("missing command".into()),
    }
}

fn main() {
    let args = match parse() {
        Ok(a) => a,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("error: {e}\n");
            }
            eprintln!("{USAGE}");
            std::process::exit(2);
        }
    };
    if args.command == "calibrate" {
        let reg = pipeline::generate_registers(args.seed, args.scale, &|_: &str, _: u64, _: u64| {});
        let ts = mock_data::calibration::targets(&reg);
        print!("{}", mock_data::calibration::table(&ts));
        let off = ts.iter().filter(|t| !t.ok()).count();
        println!("{} targets, {} off", ts.len(), off);
        std::process::exit(if off > 0 { 1 } else { 0 });
    }
    if let Err(e) = run(&args) {
        eprintln!("\nerror: {e}\nNothing was written; the files in {} are unchanged.", args.out.display());
        std::process::exit(1);
    }
}

fn run(args: &Args) -> Result<(), String> {
    // Check the output folder before a minute of work, not after.
    pipeline::check_writable(&args.out)?;
    let t0 = Instant::now();
    let multi = MultiProgress::new();
    let style = ProgressStyle::with_template("{prefix:>16} [{bar:32}] {pos}/{len} {elapsed}").map_err(|e| e.to_string())?.progress_chars("=> ");
    let bars: Mutex<HashMap<String, ProgressBar>> = Mutex::new(HashMap::new());
    let progress = |stage: &str, done: u64, total: u64| {
        if let Ok(mut b) = bars.lock() {
            let bar = b.entry(stage.to_string()).or_insert_with(|| {
                let pb = multi.add(ProgressBar::new(total));
                pb.set_style(style.clone());
                pb.set_prefix(stage.to_string());
                pb
            });
            bar.set_position(done);
            if done >= total {
                bar.finish();
            }
        }
    };
    let reg = pipeline::generate_registers(args.seed, args.scale, &progress);
    let t_reg = t0.elapsed();
    let publication = pipeline::publish(&reg, &progress)?;
    let t_pub = t0.elapsed();
    let audit_report = if args.audit {
        let r = audit::audit(&reg, &publication.codes, &publication.datasets, &audit::Settings::default());
        progress("audit", 1, 1);
        if !r.failures.is_empty() {
            return Err(format!("the audit found {} problem(s):\n  {}", r.failures.len(), r.failures.iter().take(20).cloned().collect::<Vec<_>>().join("\n  ")));
        }
        Some(r)
    } else {
        None
    };
    pipeline::write(&publication, &args.out)?;
    let total = t0.elapsed();
    drop(bars);

    let persons = patient_years(&reg);
    let contacts: u64 = reg.courses.iter().map(|c| c.contacts as u64).sum();
    let referrals = reg.courses.iter().filter(|c| c.ref_source != mock_data::registers::RefSource::SelfReferral).count();
    let lpr = reg.courses.iter().filter(|c| c.lpr_any).count();
    println!("\nSynthetic registers (seed {}, scale {}), {} years:", args.seed, args.scale, reg.years.len());
    println!("  patient-years {:>12}", persons);
    println!("  courses       {:>12}", reg.courses.len());
    println!("  contacts      {:>12}", contacts);
    println!("  referrals     {:>12}", referrals);
    println!("  courses with hospital contact {:>12}", lpr);
    println!("  clinics       {:>12}", reg.clinics.len());
    println!("\nPublished tables (all years):");
    println!("  {:<24} {:>8} {:>10} {:>8} {:>10} {:>8}", "table", "cells", "published", "primary", "secondary", "share");
    for t in &publication.tables {
        println!(
            "  {:<24} {:>8} {:>10} {:>8} {:>10} {:>7.1}%",
            t.table,
            t.cells,
            t.cells - t.suppressed,
            t.primary,
            t.suppressed - t.primary,
            100.0 * t.suppressed as f64 / t.cells.max(1) as f64
        );
    }
    println!("\nDisclosure control per year (cells counted once across tables):");
    println!("  {:<6} {:>8} {:>10} {:>7} {:>10} {:>10}", "year", "primary", "secondary", "rounds", "LP solves", "min width");
    for y in &publication.years {
        println!("  {:<6} {:>8} {:>10} {:>7} {:>10} {:>10}", y.year, y.primary, y.secondary, y.rounds, y.lp_solves, y.min_width);
    }
    if let Some(a) = audit_report {
        println!("\nAudit: {} published cells checked against the registers, {} suppressed cells checked by rank and LP, smallest primary interval width {}: OK", a.cells_checked, a.suppressed_checked, a.min_primary_width);
    }
    println!("\nFiles in {}:", args.out.display());
    for e in &publication.catalog.datasets {
        println!("  {:<20} {:>9} bytes, {:>8} gzip", e.file, e.bytes, e.gzip_bytes);
    }
    println!("\nTime: registers {:.1}s, publication {:.1}s, total {:.1}s", t_reg.as_secs_f64(), (t_pub - t_reg).as_secs_f64(), total.as_secs_f64());
    Ok(())
}

/// Distinct (year, person) pairs among the courses: a bit per person number and year.
fn patient_years(reg: &mock_data::registers::Registers) -> u64 {
    let mut seen: Vec<(u16, Vec<u64>)> = Vec::new();
    let mut at = 0;
    for c in &reg.courses {
        if seen.get(at).map(|s| s.0) != Some(c.year) {
            at = match seen.iter().position(|s| s.0 == c.year) {
                Some(i) => i,
                None => {
                    seen.push((c.year, Vec::new()));
                    seen.len() - 1
                }
            };
        }
        let bits = &mut seen[at].1;
        let (word, bit) = (c.person as usize / 64, c.person % 64);
        if bits.len() <= word {
            bits.resize(word + 1, 0);
        }
        bits[word] |= 1 << bit;
    }
    seen.iter()
        .flat_map(|s| &s.1)
        .map(|w| w.count_ones() as u64)
        .sum()
}
