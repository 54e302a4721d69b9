//! Builds `codes.json`: every dimension's code list with labels and hierarchies.

use crate::facts::{self, AGE_BANDS, KOMMUNER, REGIONS, SPECS, YEARS};
use crate::registers::{diagnosis_lists, DiagLeaf};
use crate::schema::{Code, Codes, Dimension, Hierarchy, Text, SCHEMA_VERSION};
use std::collections::BTreeMap;

pub const STD: &str = "std";
pub const H2027: &str = "2027";

fn code(code: &str, da: &str, en: &str, level: u8, parents: &[(&str, &str)]) -> Code {
    Code {
        code: code.into(),
        label: Text::new(da, en),
        level,
        parents: parents
            .iter()
            .map(|(h, p)| (h.to_string(), p.to_string()))
            .collect::<BTreeMap<_, _>>(),
    }
}

fn std_hierarchy() -> Vec<Hierarchy> {
    vec![Hierarchy {
        id: STD.into(),
        label: Text::new("Standard", "Standard"),
    }]
}

pub fn geo() -> Dimension {
    let mut codes = vec![code("DK", "Hele landet", "All of Denmark", 0, &[])];
    for (c, da, en, _) in REGIONS.iter() {
        let in_2027 = *c != "1084" && *c != "1085";
        if in_2027 {
            codes.push(code(c, da, en, 1, &[(STD, "DK"), (H2027, "DK")]));
        } else {
            codes.push(code(c, da, en, 1, &[(STD, "DK")]));
        }
    }
    codes.push(code(
        facts::OST_CODE,
        "Region Østdanmark (fra 2027)",
        "Region East Denmark (from 2027)",
        1,
        &[(H2027, "DK")],
    ));
    for (c, name, region, _) in KOMMUNER.iter() {
        let r2027 = if *region == "1084" || *region == "1085" {
            facts::OST_CODE
        } else {
            region
        };
        codes.push(code(c, name, name, 2, &[(STD, region), (H2027, r2027)]));
    }
    Dimension {
        id: "geo".into(),
        label: Text::new("Geografi", "Geography"),
        total: Some("DK".into()),
        levels: vec![
            Text::new("Hele landet", "Denmark"),
            Text::new("Region", "Region"),
            Text::new("Kommune", "Municipality"),
        ],
        hierarchies: vec![
            Hierarchy {
                id: STD.into(),
                label: Text::new("Fem regioner (til 2026)", "Five regions (until 2026)"),
            },
            Hierarchy {
                id: H2027.into(),
                label: Text::new("Fire regioner (fra 2027)", "Four regions (from 2027)"),
            },
        ],
        codes,
    }
}

pub fn spec() -> Dimension {
    let mut codes = vec![code("T", "Alle specialer", "All specialties", 0, &[])];
    for s in SPECS.iter() {
        codes.push(code(s.code, s.da, s.en, 1, &[(STD, "T")]));
    }
    Dimension {
        id: "spec".into(),
        label: Text::new("Speciale", "Specialty"),
        total: Some("T".into()),
        levels: vec![
            Text::new("Alle specialer", "All specialties"),
            Text::new("Speciale", "Specialty"),
        ],
        hierarchies: std_hierarchy(),
        codes,
    }
}

/// ICD-10 chapter → group → code, plus "no valid code" as a chapter-level leaf.
pub fn diag() -> Dimension {
    let (leaves, groups) = diagnosis_lists();
    let mut codes = vec![code("T", "Alle diagnoser", "All diagnoses", 0, &[])];
    for (ch, da, en) in facts::CHAPTERS.iter() {
        let used = groups.iter().any(|g| g.chapter == *ch) || *ch == facts::NO_CODE;
        if !used {
            continue;
        }
        codes.push(code(ch, da, en, 1, &[(STD, "T")]));
        for g in groups.iter().filter(|g| g.chapter == *ch) {
            codes.push(code(
                &g.id,
                &group_label(&g.id, &g.da),
                &group_label(&g.id, &g.en),
                2,
                &[(STD, ch)],
            ));
            for l in leaves.iter().filter(|l: &&DiagLeaf| l.group == g.id) {
                codes.push(code(
                    &l.code,
                    &format!("{} {}", l.code, l.da),
                    &format!("{} {}", l.code, l.en),
                    3,
                    &[(STD, &g.id)],
                ));
            }
        }
    }
    Dimension {
        id: "diag".into(),
        label: Text::new("Diagnose", "Diagnosis"),
        total: Some("T".into()),
        levels: vec![
            Text::new("Alle diagnoser", "All diagnoses"),
            Text::new("Kapitel (ICD-10)", "Chapter (ICD-10)"),
            Text::new("Diagnosegruppe", "Diagnosis group"),
            Text::new("Diagnosekode", "Diagnosis code"),
        ],
        hierarchies: std_hierarchy(),
        codes,
    }
}

/// Group labels carry their ICD-10 range where the id is one (e.g. "H25-H26 Katarakt").
fn group_label(id: &str, text: &str) -> String {
    let range = id.split('-').filter(|p| {
        p.len() >= 3
            && p.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            && p[1..].chars().all(|c| c.is_ascii_digit())
    });
    let parts: Vec<&str> = range.collect();
    if parts.is_empty() {
        text.to_string()
    } else {
        format!("{} {}", parts.join("-"), text)
    }
}

pub fn sex() -> Dimension {
    Dimension {
        id: "sex".into(),
        label: Text::new("Køn", "Sex"),
        total: Some("T".into()),
        levels: vec![
            Text::new("Begge køn", "Both sexes"),
            Text::new("Køn", "Sex"),
        ],
        hierarchies: std_hierarchy(),
        codes: vec![
            code("T", "Begge køn", "Both sexes", 0, &[]),
            code("K", "Kvinder", "Women", 1, &[(STD, "T")]),
            code("M", "Mænd", "Men", 1, &[(STD, "T")]),
        ],
    }
}

pub fn age() -> Dimension {
    let mut codes = vec![code("T", "Alle aldre", "All ages", 0, &[])];
    for (c, da, en, _, _) in AGE_BANDS.iter() {
        codes.push(code(c, da, en, 1, &[(STD, "T")]));
    }
    Dimension {
        id: "age".into(),
        label: Text::new("Aldersgruppe", "Age group"),
        total: Some("T".into()),
        levels: vec![
            Text::new("Alle aldre", "All ages"),
            Text::new("Aldersgruppe", "Age group"),
        ],
        hierarchies: std_hierarchy(),
        codes,
    }
}

/// Referral type: a new course, or continued treatment (fortsat behandling).
pub fn rtype() -> Dimension {
    Dimension {
        id: "rtype".into(),
        label: Text::new("Henvisningstype", "Referral type"),
        total: Some("T".into()),
        levels: vec![
            Text::new("Alle typer", "All types"),
            Text::new("Henvisningstype", "Referral type"),
        ],
        hierarchies: std_hierarchy(),
        codes: vec![
            code("T", "Alle typer", "All types", 0, &[]),
            code("N", "Nyt forløb", "New course", 1, &[(STD, "T")]),
            code(
                "F",
                "Fortsat behandling",
                "Continued treatment",
                1,
                &[(STD, "T")],
            ),
        ],
    }
}

/// Where a course starts: a referral (from general practice, another specialist, or a hospital
/// passing the patient on under the udlægningsaftale), or self-referral (eye and ENT).
pub fn rsrc() -> Dimension {
    Dimension {
        id: "rsrc".into(),
        label: Text::new("Henvisning fra", "Referred by"),
        total: Some("T".into()),
        levels: vec![
            Text::new("Alle", "All"),
            Text::new("Med eller uden henvisning", "With or without referral"),
            Text::new("Henviser", "Referrer"),
        ],
        hierarchies: std_hierarchy(),
        codes: vec![
            code("T", "Alle forløbsstarter", "All course starts", 0, &[]),
            code("HEN", "Med henvisning", "With a referral", 1, &[(STD, "T")]),
            code(
                "AP",
                "Almen praksis",
                "General practice",
                2,
                &[(STD, "HEN")],
            ),
            code(
                "SL",
                "Anden speciallæge",
                "Another specialist",
                2,
                &[(STD, "HEN")],
            ),
            code(
                "SH",
                "Sygehus (udlægning)",
                "Hospital (passed on)",
                2,
                &[(STD, "HEN")],
            ),
            code(
                "SELV",
                "Uden henvisning (øjen og øre-næse-hals)",
                "Without referral (eye and ENT)",
                1,
                &[(STD, "T")],
            ),
        ],
    }
}

/// Waiting time from referral to first consultation, in bands of weeks. Self-referrals (no
/// referral, no wait) count in the first band, but the waiting-time tables show referrals only.
pub fn wait() -> Dimension {
    Dimension {
        id: "wait".into(),
        label: Text::new("Ventetid", "Waiting time"),
        total: Some("T".into()),
        levels: vec![
            Text::new("Alle ventetider", "All waiting times"),
            Text::new("Ventetid", "Waiting time"),
        ],
        hierarchies: std_hierarchy(),
        codes: vec![
            code("T", "Alle ventetider", "All waiting times", 0, &[]),
            code("W4", "Under 4 uger", "Under 4 weeks", 1, &[(STD, "T")]),
            code("W8", "4-8 uger", "4-8 weeks", 1, &[(STD, "T")]),
            code("W13", "8-13 uger", "8-13 weeks", 1, &[(STD, "T")]),
            code("W26", "13-26 uger", "13-26 weeks", 1, &[(STD, "T")]),
            code(
                "L",
                "Over 26 uger (henvisningen udløbet)",
                "Over 26 weeks (referral expired)",
                1,
                &[(STD, "T")],
            ),
        ],
    }
}

/// The cross-sector populations (policy presets), with "all six together" as the total.
pub fn pop() -> Dimension {
    let mut codes = vec![code("ANY", "Alle seks populationer", "All six populations", 0, &[])];
    for p in crate::facts::POPULATIONS.iter() {
        codes.push(code(p.id, p.da, p.en, 1, &[(STD, "ANY")]));
    }
    Dimension {
        id: "pop".into(),
        label: Text::new("Population", "Population"),
        total: Some("ANY".into()),
        levels: vec![Text::new("Alle populationer", "All populations"), Text::new("Population", "Population")],
        hierarchies: std_hierarchy(),
        codes,
    }
}

/// Where a person of a population is found: only in specialist practice, only in hospital, or both.
pub fn overlap() -> Dimension {
    Dimension {
        id: "overlap".into(),
        label: Text::new("Fundet i", "Found in"),
        total: Some("T".into()),
        levels: vec![Text::new("Alle fundne", "All found"), Text::new("Fundet i", "Found in")],
        hierarchies: std_hierarchy(),
        codes: vec![
            code("T", "Alle fundne", "All found", 0, &[]),
            code("SP", "Kun speciallægepraksis", "Specialist practice only", 1, &[(STD, "T")]),
            code("BOTH", "Både speciallægepraksis og sygehus", "Both specialist practice and hospital", 1, &[(STD, "T")]),
            code("LPR", "Kun sygehus (LPR)", "Hospital (LPR) only", 1, &[(STD, "T")]),
        ],
    }
}

/// How a course in specialist practice began: referred by general practice, by another
/// specialist or a hospital, or without referral. The first step of a pathway (Sankey).
pub fn pin() -> Dimension {
    Dimension {
        id: "pin".into(),
        label: Text::new("Forløbets start", "Start of the course"),
        total: Some("T".into()),
        levels: vec![Text::new("Alle starter", "All starts"), Text::new("Forløbets start", "Start of the course")],
        hierarchies: std_hierarchy(),
        codes: vec![
            code("T", "Speciallægepraksis (alle)", "Specialist practice (all)", 0, &[]),
            code("AP", "Henvist af almen praksis", "Referred by general practice", 1, &[(STD, "T")]),
            code("SLH", "Henvist af speciallæge eller sygehus", "Referred by a specialist or hospital", 1, &[(STD, "T")]),
            code("SELV", "Uden henvisning", "Without referral", 1, &[(STD, "T")]),
        ],
    }
}

/// What followed the first specialist contact: a hospital contact within 12 months or not, and
/// under each, how the course stood at the end of the year. The later steps of a pathway.
pub fn pout() -> Dimension {
    let mut codes = vec![
        code("T", "Speciallægepraksis (alle)", "Specialist practice (all)", 0, &[]),
        code("SH", "Sygehuskontakt inden for 12 mdr.", "Hospital contact within 12 months", 1, &[(STD, "T")]),
        code("NSH", "Ingen sygehuskontakt", "No hospital contact", 1, &[(STD, "T")]),
    ];
    for h in ["SH", "NSH"] {
        for (c, da, en) in [
            ("EPI", "Afsluttet med epikrise til egen læge", "Finished, epikrise to own doctor"),
            ("FORT", "Fortsat i speciallægepraksis", "Still in specialist practice"),
            ("AND", "Afsluttet uden registreret epikrise", "Finished, no epikrise recorded"),
        ] {
            codes.push(code(&format!("{h}.{c}"), da, en, 2, &[(STD, h)]));
        }
    }
    Dimension {
        id: "pout".into(),
        label: Text::new("Forløbets videre gang", "What followed"),
        total: Some("T".into()),
        levels: vec![
            Text::new("Alle", "All"),
            Text::new("Sygehuskontakt", "Hospital contact"),
            Text::new("Status ved årets udgang", "Status at the end of the year"),
        ],
        hierarchies: std_hierarchy(),
        codes,
    }
}

/// The leaves of a course's pathway: how it began (code of [`pin`]) and what followed (of [`pout`]).
pub fn path_leaves(src: &str, hospital: bool, closure: &str) -> (&'static str, String) {
    let a = match src {
        "AP" => "AP",
        "SELV" => "SELV",
        _ => "SLH",
    };
    (a, format!("{}.{closure}", if hospital { "SH" } else { "NSH" }))
}

/// Contacts per patient in specialist practice, in bands.
pub fn cband() -> Dimension {
    Dimension {
        id: "cband".into(),
        label: Text::new("Antal kontakter", "Number of contacts"),
        total: Some("T".into()),
        levels: vec![Text::new("Alle patienter", "All patients"), Text::new("Antal kontakter", "Number of contacts")],
        hierarchies: std_hierarchy(),
        codes: vec![
            code("T", "Alle patienter", "All patients", 0, &[]),
            code("C1", "1 kontakt", "1 contact", 1, &[(STD, "T")]),
            code("C2", "2-5 kontakter", "2-5 contacts", 1, &[(STD, "T")]),
            code("C6", "6-10 kontakter", "6-10 contacts", 1, &[(STD, "T")]),
            code("C11", "Over 10 kontakter", "More than 10 contacts", 1, &[(STD, "T")]),
        ],
    }
}

/// The contact band of a number of contacts (the codes of [`cband`]).
pub fn contact_band(contacts: u32) -> &'static str {
    match contacts {
        0..=1 => "C1",
        2..=5 => "C2",
        6..=10 => "C6",
        _ => "C11",
    }
}

/// The waiting-time band of a wait in days (the codes of [`wait`]).
pub fn wait_band(days: u16) -> &'static str {
    match days {
        0..=28 => "W4",
        29..=56 => "W8",
        57..=91 => "W13",
        92..=182 => "W26",
        _ => "L",
    }
}

pub fn year() -> Dimension {
    Dimension {
        id: "year".into(),
        label: Text::new("År", "Year"),
        total: None,
        levels: vec![Text::new("År", "Year")],
        hierarchies: vec![],
        codes: YEARS
            .iter()
            .map(|y| code(&y.to_string(), &y.to_string(), &y.to_string(), 0, &[]))
            .collect(),
    }
}

pub fn codes() -> Codes {
    Codes {
        schema_version: SCHEMA_VERSION,
        dimensions: vec![
            year(),
            geo(),
            spec(),
            diag(),
            sex(),
            age(),
            rtype(),
            rsrc(),
            wait(),
            pop(),
            overlap(),
            pin(),
            pout(),
            cband(),
        ],
    }
}
