//! Calibration targets from DOMAIN.md §7-8 and the generated value for each.
//!
//! Sourced targets must lie within 10 % of the target. Estimates ([ESTIMATE] in DOMAIN.md) have
//! their own, looser tolerance, stated per row.

use crate::facts::{self, KOMMUNER, REGIONS, SPECS};
use crate::registers::{stratum_parts, RefSource, Registers};
use std::collections::HashSet;

#[derive(Clone, Debug)]
pub struct Target {
    pub name: &'static str,
    pub source: &'static str,
    /// true: sourced figure (10 % tolerance); false: [ESTIMATE].
    pub sourced: bool,
    pub target: f64,
    pub value: f64,
    /// Allowed relative deviation.
    pub tolerance: f64,
}

impl Target {
    pub fn deviation(&self) -> f64 {
        (self.value - self.target) / self.target
    }
    pub fn ok(&self) -> bool {
        self.deviation().abs() <= self.tolerance
    }
}

fn region_of(k: usize) -> &'static str {
    KOMMUNER[k].2
}

/// Compute every target from the registers.
pub fn targets(reg: &Registers) -> Vec<Target> {
    let mut out = Vec::new();
    let y24 = reg.year_index(2024).unwrap_or(0);
    let pop = &reg.population[y24];
    let pop_total: f64 = pop.iter().map(|&p| p as f64).sum();
    let pop_region = |r: &str| -> f64 { pop.iter().enumerate().filter(|(st, _)| region_of(stratum_parts(*st).0) == r).map(|(_, &p)| p as f64).sum() };
    let mut t = |name, source, sourced, target: f64, value: f64, tolerance| out.push(Target { name, source, sourced, target, value, tolerance });

    t("Befolkning, hele landet 1.1.2024", "DST (DOMAIN §8)", true, 5_961_249.0, pop_total, 0.10);
    for (code, _, _, total) in REGIONS.iter() {
        let label: &'static str = match *code {
            "1081" => "Befolkning, Region Nordjylland",
            "1082" => "Befolkning, Region Midtjylland",
            "1083" => "Befolkning, Region Syddanmark",
            "1084" => "Befolkning, Region Hovedstaden",
            _ => "Befolkning, Region Sjælland",
        };
        t(label, "DST (DOMAIN §5.1)", true, *total as f64, pop_region(code), 0.10);
    }
    let pop_65: f64 = pop.iter().enumerate().filter(|(st, _)| stratum_parts(*st).2 >= 4).map(|(_, &p)| p as f64).sum();
    t("Andel 65 år og derover", "WPP 2024 (DOMAIN §8)", true, 0.209, pop_65 / pop_total, 0.10);
    let women: f64 = pop.iter().enumerate().filter(|(st, _)| stratum_parts(*st).1 == 0).map(|(_, &p)| p as f64).sum();
    t("Andel kvinder i befolkningen", "DST 2012 (DOMAIN §5.1)", true, 0.504, women / pop_total, 0.10);

    let c24: Vec<&crate::registers::Course> = reg.courses.iter().filter(|c| c.year == 2024).collect();
    let contacts: f64 = c24.iter().map(|c| c.contacts as f64).sum();
    t("Speciallægekontakter pr. indbygger", "Region Sjælland/DST 2018 (DOMAIN §7.2)", true, 0.9, contacts / pop_total, 0.10);
    let contacts_region = |r: &str| -> f64 { c24.iter().filter(|c| region_of(stratum_parts(c.stratum as usize).0) == r).map(|c| c.contacts as f64).sum() };
    let h = contacts_region("1084") / pop_region("1084") * 1000.0;
    let m = contacts_region("1082") / pop_region("1082") * 1000.0;
    t("Kontakter pr. 1.000, Region Hovedstaden", "DST 2016 (DOMAIN §7.2)", true, 1179.0, h, 0.10);
    t("Kontakter pr. 1.000, Region Midtjylland", "DST 2016 (DOMAIN §7.2)", true, 724.0, m, 0.10);
    t("Forhold Hovedstaden/Midtjylland", "DST 2016 (DOMAIN §7.2)", true, 1179.0 / 724.0, h / m, 0.10);

    let oft = SPECS.iter().position(|s| s.code == "OFT").unwrap_or(0) as u8;
    let eye_persons: HashSet<u32> = c24.iter().filter(|c| c.spec == oft).map(|c| c.person).collect();
    t("Andel af befolkningen hos øjenlæge", "Øjenforeningen 2017 (DOMAIN §7.2)", true, 0.115, eye_persons.len() as f64 / pop_total, 0.10);
    let eye_share = |r: &str| -> f64 {
        let n = c24.iter().filter(|c| c.spec == oft && region_of(stratum_parts(c.stratum as usize).0) == r).map(|c| c.person).collect::<HashSet<u32>>().len();
        n as f64 / pop_region(r)
    };
    t("Andel hos øjenlæge, Region Nordjylland", "Øjenforeningen 2017 (DOMAIN §2.3)", true, 0.12, eye_share("1081"), 0.10);
    t("Andel hos øjenlæge, Region Hovedstaden", "Øjenforeningen 2017 (DOMAIN §2.3)", true, 0.11, eye_share("1084"), 0.10);

    let pop_count = |id: &str, year: u16| -> f64 {
        let pi = facts::POPULATIONS.iter().position(|p| p.id == id).unwrap_or(0) as u8;
        reg.pop_persons.iter().filter(|p| p.pop == pi && p.year == year).count() as f64
    };
    t("Personer med type 2-diabetes (2023)", "Diabetesforeningen (DOMAIN §8)", true, 322_000.0, pop_count("T2D", 2023), 0.10);
    t("Personer med leddegigt (2023)", "Gigtforeningen/RUKS (DOMAIN §8)", true, 45_000.0, pop_count("RA", 2023), 0.10);
    t("Personer med depression (2023)", "Sundhedsstyrelsen (DOMAIN §8)", true, 150_000.0, pop_count("DEP", 2023), 0.10);
    let y22 = reg.year_index(2022).unwrap_or(0);
    let pop22: f64 = reg.population[y22].iter().map(|&p| p as f64).sum();
    t("Andel med ADHD-diagnose (2022)", "Ugeskriftet 2025 (DOMAIN §8)", true, 0.0303, pop_count("ADHD", 2022) / pop22, 0.10);

    let clinics = |code: &str| reg.clinics.iter().filter(|c| SPECS[c.spec as usize].code == code).count() as f64;
    t("Hudlæger (ydernumre)", "fyens.dk 2019 (DOMAIN §2.2)", true, 91.0, clinics("DER"), 0.10);
    t("Reumatologer (ydernumre)", "fyens.dk 2019 (DOMAIN §2.2)", true, 48.0, clinics("REU"), 0.10);

    let median_wait = |region: &str| -> f64 {
        let mut w: Vec<u16> = c24
            .iter()
            .filter(|c| c.spec == oft && c.ref_source != RefSource::SelfReferral && !c.ref_continued && region_of(stratum_parts(c.stratum as usize).0) == region)
            .map(|c| c.wait_days)
            .collect();
        w.sort_unstable();
        w.get(w.len() / 2).copied().unwrap_or(0) as f64 / 7.0
    };
    t("Ventetid øjenlæge, Nordjylland (uger, median)", "avisen Danmark 2019 (DOMAIN §3.3)", true, 31.0, median_wait("1081"), 0.10);
    t("Ventetid øjenlæge, Hovedstaden (uger, median)", "avisen Danmark 2019 (DOMAIN §3.3)", true, 17.0, median_wait("1084"), 0.10);

    // Estimates: looser.
    let persons: HashSet<u32> = c24.iter().map(|c| c.person).collect();
    t("Unikke patienter pr. år", "[ESTIMATE] DOMAIN §7.3", false, 1_800_000.0, persons.len() as f64, 0.20);
    t("Ydernumre i alt", "[ESTIMATE] DOMAIN §8", false, 1_050.0, reg.clinics.len() as f64, 0.10);
    let coded = c24.iter().filter(|c| c.diag != reg.no_code).count() as f64;
    t("Forløb med gyldig diagnosekode, 2024", "[ESTIMATE] 70-85 % (DOMAIN §7.3)", false, 0.775, coded / c24.len() as f64, 0.12);
    let female_patients: HashSet<u32> = c24.iter().filter(|c| stratum_parts(c.stratum as usize).1 == 0).map(|c| c.person).collect();
    t("Andel kvinder blandt patienter", "[ESTIMATE] 58-60 % (DOMAIN §7.3)", false, 0.59, female_patients.len() as f64 / persons.len() as f64, 0.08);
    let with_lpr: HashSet<u32> = c24.iter().filter(|c| c.lpr_any).map(|c| c.person).collect();
    t("Andel patienter med sygehuskontakt", "[ESTIMATE] 35-45 % (DOMAIN §7.3)", false, 0.40, with_lpr.len() as f64 / persons.len() as f64, 0.15);
    out
}

/// A printable table of the targets.
pub fn table(ts: &[Target]) -> String {
    let mut s = format!("{:<48} {:>12} {:>12} {:>8}  {:<8} {}\n", "target", "target", "generated", "dev.", "status", "source");
    for t in ts {
        s.push_str(&format!(
            "{:<48} {:>12.4} {:>12.4} {:>7.1}%  {:<8} {}\n",
            t.name,
            t.target,
            t.value,
            100.0 * t.deviation(),
            if t.ok() { "ok" } else { "OFF" },
            t.source,
        ));
    }
    s
}
