//! The whole run: generate the registers, build and protect the publication, audit it, and write
//! the files. Nothing is written unless every step succeeds (fail closed).

use crate::publish::{self, TableReport, YearReport};
use crate::registers::{self, Registers};
use crate::schema::{Catalog, CatalogEntry, Codes, Dataset, SCHEMA_VERSION};
use crate::suppress;
use std::io::Write;
use std::path::Path;

pub struct Publication {
    pub catalog: Catalog,
    pub codes: Codes,
    pub datasets: Vec<Dataset>,
    pub tables: Vec<TableReport>,
    pub years: Vec<YearReport>,
}

pub type Progress<'a> = &'a (dyn Fn(&str, u64, u64) + Sync);

pub fn generate_registers(seed: u64, scale: f64, progress: Progress) -> Registers {
    registers::generate(seed, scale, progress)
}

/// Build and protect every dataset from the registers.
pub fn publish(reg: &Registers, progress: Progress) -> Result<Publication, String> {
    let codes = publish::codes_file();
    let cfg = suppress::Config::default();
    // Diagnoses and hospital contacts count the same patients in the same cells, so they are
    // protected together.
    let mut defs = publish::diagnosis_tables(&codes);
    defs.extend(publish::hospital_tables(&codes));
    // Pathways and activity count the same patients of the populations (a population's pathways
    // are all its patients in practice): protected together, in a model of their own.
    let mut link_defs = publish::pathway_tables(&codes);
    link_defs.extend(publish::activity_tables(&codes));
    // Referrals count other things (no cell in common with the patient counts), and populations
    // count persons by where they are found: a model of their own each. All four models, every
    // year, in one work queue.
    let models = [
        defs,
        publish::referral_tables(&codes),
        publish::population_tables(&codes),
        link_defs,
    ];
    let protected: [publish::ProtectedModel; 4] =
        publish::protect_models(reg, &codes, &models, &cfg, progress)?
            .try_into()
            .map_err(|_| "a model was not protected".to_string())?;
    let [(diag_protected, years), (ref_protected, ref_years), (pop_protected, pop_years), (link_protected, link_years)] =
        protected;
    let (diag, mut tables) = publish::diagnosis_dataset(&diag_protected, cfg.threshold);
    let (hosp, hosp_tables) = publish::hospital_dataset(&diag_protected, cfg.threshold);
    tables.extend(hosp_tables);
    let (refs, ref_tables) = publish::referral_dataset(&ref_protected, cfg.threshold);
    tables.extend(ref_tables);
    let years = publish::merge_years(years, ref_years);
    let (pops, pop_tables) = publish::population_dataset(&pop_protected, cfg.threshold);
    tables.extend(pop_tables);
    let years = publish::merge_years(years, pop_years);
    let (paths, path_tables) = publish::pathway_dataset(&link_protected, cfg.threshold);
    tables.extend(path_tables);
    let (acts, act_tables) = publish::activity_dataset(&link_protected, cfg.threshold);
    tables.extend(act_tables);
    let years = publish::merge_years(years, link_years);
    let datasets = vec![diag, hosp, refs, pops, paths, acts];
    let mut entries = Vec::new();
    for ds in &datasets {
        let bytes = to_json(ds)?;
        entries.push(CatalogEntry {
            id: ds.id.clone(),
            title: ds.title.clone(),
            file: format!("{}.json", ds.id),
            bytes: bytes.len() as u64,
            gzip_bytes: gzip_len(&bytes),
            period: ds.period,
        });
    }
    let catalog = Catalog {
        schema_version: SCHEMA_VERSION,
        synthetic: true,
        seed: reg.seed,
        datasets: entries,
    };
    Ok(Publication {
        catalog,
        codes,
        datasets,
        tables,
        years,
    })
}

pub fn to_json<T: serde::Serialize>(v: &T) -> Result<Vec<u8>, String> {
    let mut s = serde_json::to_vec(v).map_err(|e| e.to_string())?;
    s.push(b'\n');
    Ok(s)
}

pub fn gzip_len(bytes: &[u8]) -> u64 {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let _ = e.write_all(bytes);
    e.finish().map(|v| v.len() as u64).unwrap_or(0)
}

/// The files of a publication, by name.
pub fn files(p: &Publication) -> Result<Vec<(String, Vec<u8>)>, String> {
    let mut out = vec![
        ("catalog.json".to_string(), to_json(&p.catalog)?),
        ("codes.json".to_string(), to_json(&p.codes)?),
    ];
    for ds in &p.datasets {
        out.push((format!("{}.json", ds.id), to_json(ds)?));
    }
    Ok(out)
}

/// Fail early, with a clear message, if `out` cannot be created or written to.
pub fn check_writable(out: &Path) -> Result<(), String> {
    std::fs::create_dir_all(out)
        .map_err(|e| format!("cannot create output folder {}: {e}", out.display()))?;
    let probe = out.join(format!(".probe-{}", std::process::id()));
    std::fs::write(&probe, b"")
        .map_err(|e| format!("cannot write to output folder {}: {e}", out.display()))?;
    let _ = std::fs::remove_file(probe);
    Ok(())
}

/// Write every file into `out`: first into a fresh folder beside it, then moved into place, so a
/// failed run leaves the old files as they were.
pub fn write(p: &Publication, out: &Path) -> Result<(), String> {
    std::fs::create_dir_all(out)
        .map_err(|e| format!("cannot create output folder {}: {e}", out.display()))?;
    let staging = out.join(format!(".staging-{}", std::process::id()));
    std::fs::create_dir_all(&staging)
        .map_err(|e| format!("cannot write to output folder {}: {e}", out.display()))?;
    let result = (|| {
        let fs = files(p)?;
        for (name, bytes) in &fs {
            std::fs::write(staging.join(name), bytes)
                .map_err(|e| format!("cannot write {name}: {e}"))?;
        }
        for (name, _) in &fs {
            std::fs::rename(staging.join(name), out.join(name))
                .map_err(|e| format!("cannot move {name} into place: {e}"))?;
        }
        Ok(())
    })();
    let _ = std::fs::remove_dir_all(&staging);
    result
}
