//! Domain facts the synthetic registers are calibrated on: regions and kommuner with official
//! codes, population anchors, age bands, specialties and the headline diagnosis groups.
//!
//! Sources are in `../shared/domain/DOMAIN.md` (§5 geography, §2 specialties, §6.4 diagnosis
//! groups, §7-8 calibration figures). Figures marked ESTIMATE there are estimates here too.

/// Population on 1 January 2024 per region (DST via DOMAIN.md §5.1): code, name, population.
pub const REGIONS: [(&str, &str, &str, u32); 5] = [
    ("1081", "Region Nordjylland", "North Denmark Region", 593_135),
    ("1082", "Region Midtjylland", "Central Denmark Region", 1_365_688),
    ("1083", "Region Syddanmark", "Region of Southern Denmark", 1_238_406),
    ("1084", "Region Hovedstaden", "Capital Region of Denmark", 1_911_067),
    ("1085", "Region Sjælland", "Region Zealand", 852_953),
];

/// Region Østdanmark (Hovedstaden + Sjælland from 1 January 2027). No official code was found, so
/// the mock-up uses a neutral one (DOMAIN.md §5.1).
pub const OST_CODE: &str = "OST";

/// The 98 kommuner: code (DAWA), name, region code, approximate population in thousands.
/// The populations are ESTIMATES (DOMAIN.md gives only a few anchors); the generator scales them so
/// that each region sums to the sourced regional total.
pub const KOMMUNER: [(&str, &str, &str, f64); 98] = [
    ("0101", "København", "1084", 660.0),
    ("0147", "Frederiksberg", "1084", 104.0),
    ("0151", "Ballerup", "1084", 52.0),
    ("0153", "Brøndby", "1084", 39.0),
    ("0155", "Dragør", "1084", 14.5),
    ("0157", "Gentofte", "1084", 75.0),
    ("0159", "Gladsaxe", "1084", 70.0),
    ("0161", "Glostrup", "1084", 24.0),
    ("0163", "Herlev", "1084", 30.0),
    ("0165", "Albertslund", "1084", 28.0),
    ("0167", "Hvidovre", "1084", 54.0),
    ("0169", "Høje-Taastrup", "1084", 58.0),
    ("0173", "Lyngby-Taarbæk", "1084", 57.0),
    ("0175", "Rødovre", "1084", 41.0),
    ("0183", "Ishøj", "1084", 24.0),
    ("0185", "Tårnby", "1084", 44.0),
    ("0187", "Vallensbæk", "1084", 17.0),
    ("0190", "Furesø", "1084", 41.0),
    ("0201", "Allerød", "1084", 26.0),
    ("0210", "Fredensborg", "1084", 41.0),
    ("0217", "Helsingør", "1084", 64.0),
    ("0219", "Hillerød", "1084", 54.0),
    ("0223", "Hørsholm", "1084", 25.5),
    ("0230", "Rudersdal", "1084", 57.0),
    ("0240", "Egedal", "1084", 44.0),
    ("0250", "Frederikssund", "1084", 46.0),
    ("0253", "Greve", "1085", 51.0),
    ("0259", "Køge", "1085", 62.0),
    ("0260", "Halsnæs", "1084", 31.5),
    ("0265", "Roskilde", "1085", 90.0),
    ("0269", "Solrød", "1085", 24.0),
    ("0270", "Gribskov", "1084", 41.5),
    ("0306", "Odsherred", "1085", 33.0),
    ("0316", "Holbæk", "1085", 73.0),
    ("0320", "Faxe", "1085", 37.5),
    ("0326", "Kalundborg", "1085", 48.5),
    ("0329", "Ringsted", "1085", 36.0),
    ("0330", "Slagelse", "1085", 80.0),
    ("0336", "Stevns", "1085", 23.5),
    ("0340", "Sorø", "1085", 31.0),
    ("0350", "Lejre", "1085", 29.0),
    ("0360", "Lolland", "1085", 40.0),
    ("0370", "Næstved", "1085", 84.0),
    ("0376", "Guldborgsund", "1085", 60.0),
    ("0390", "Vordingborg", "1085", 46.0),
    ("0400", "Bornholm", "1084", 39.0),
    ("0410", "Middelfart", "1083", 40.0),
    ("0420", "Assens", "1083", 41.0),
    ("0430", "Faaborg-Midtfyn", "1083", 51.5),
    ("0440", "Kerteminde", "1083", 24.0),
    ("0450", "Nyborg", "1083", 32.5),
    ("0461", "Odense", "1083", 210.0),
    ("0479", "Svendborg", "1083", 59.0),
    ("0480", "Nordfyns", "1083", 29.5),
    ("0482", "Langeland", "1083", 12.0),
    ("0492", "Ærø", "1083", 6.0),
    ("0510", "Haderslev", "1083", 56.0),
    ("0530", "Billund", "1083", 27.0),
    ("0540", "Sønderborg", "1083", 74.0),
    ("0550", "Tønder", "1083", 37.0),
    ("0561", "Esbjerg", "1083", 115.0),
    ("0563", "Fanø", "1083", 3.5),
    ("0573", "Varde", "1083", 50.0),
    ("0575", "Vejen", "1083", 43.0),
    ("0580", "Aabenraa", "1083", 59.0),
    ("0607", "Fredericia", "1083", 52.0),
    ("0615", "Horsens", "1082", 97.0),
    ("0621", "Kolding", "1083", 95.0),
    ("0630", "Vejle", "1083", 121.0),
    ("0657", "Herning", "1082", 90.0),
    ("0661", "Holstebro", "1082", 59.0),
    ("0665", "Lemvig", "1082", 19.5),
    ("0671", "Struer", "1082", 21.0),
    ("0706", "Syddjurs", "1082", 43.5),
    ("0707", "Norddjurs", "1082", 37.5),
    ("0710", "Favrskov", "1082", 50.0),
    ("0727", "Odder", "1082", 24.0),
    ("0730", "Randers", "1082", 99.0),
    ("0740", "Silkeborg", "1082", 100.0),
    ("0741", "Samsø", "1082", 3.7),
    ("0746", "Skanderborg", "1082", 64.0),
    ("0751", "Aarhus", "1082", 370.0),
    ("0756", "Ikast-Brande", "1082", 42.0),
    ("0760", "Ringkøbing-Skjern", "1082", 56.0),
    ("0766", "Hedensted", "1082", 47.0),
    ("0773", "Morsø", "1081", 20.0),
    ("0779", "Skive", "1082", 46.0),
    ("0787", "Thisted", "1081", 43.0),
    ("0791", "Viborg", "1082", 98.0),
    ("0810", "Brønderslev", "1081", 37.0),
    ("0813", "Frederikshavn", "1081", 59.0),
    ("0820", "Vesthimmerlands", "1081", 36.5),
    ("0825", "Læsø", "1081", 1.7),
    ("0840", "Rebild", "1081", 31.0),
    ("0846", "Mariagerfjord", "1081", 42.0),
    ("0849", "Jammerbugt", "1081", 38.5),
    ("0851", "Aalborg", "1081", 222.0),
    ("0860", "Hjørring", "1081", 64.0),
];

/// Big cities: younger populations (more 18-49) in the synthetic age structure. ESTIMATE.
pub const URBAN: [&str; 6] = ["0101", "0147", "0751", "0461", "0851", "0173"];

/// Kommuner with sourced extremes of specialist use (DOMAIN.md §2.2, §7.3): contacts per capita
/// relative to the national level. Samsø 443 and Hørsholm 1,538 per 1,000 (2016), the suburbs north
/// of Copenhagen 1.4-1.7 × DK; rural West/North Jutland and small islands 0.5-0.7 × DK.
pub const KOMMUNE_USE: [(&str, f64); 16] = [
    ("0223", 1.62), // Hørsholm
    ("0230", 1.50), // Rudersdal
    ("0157", 1.45), // Gentofte
    ("0173", 1.40), // Lyngby-Taarbæk
    ("0217", 1.30), // Helsingør
    ("0741", 0.50), // Samsø
    ("0825", 0.55), // Læsø
    ("0563", 0.65), // Fanø
    ("0492", 0.62), // Ærø
    ("0482", 0.65), // Langeland
    ("0575", 0.62), // Vejen
    ("0820", 0.60), // Vesthimmerlands
    ("0860", 0.66), // Hjørring
    ("0760", 0.60), // Ringkøbing-Skjern
    ("0787", 0.65), // Thisted
    ("0773", 0.66), // Morsø
];

/// Regional multipliers of contacts per capita (DOMAIN.md §7.3, anchored on H 1,179 and M 724 per
/// 1,000 in 2016). Applied on top of the age/sex-specific use, then scaled so DK matches.
pub fn region_use(region: &str) -> f64 {
    match region {
        "1084" => 1.66,
        "1085" => 1.00,
        "1083" => 0.90,
        "1081" => 0.86,
        "1082" => 0.85,
        _ => 1.0,
    }
}

/// Specialty-specific regional use on top of [`region_use`]. Eye: 12 % of Nordjylland's and 11 % of
/// Hovedstaden's inhabitants saw an eye specialist in 2017 (Øjenforeningen, DOMAIN.md §2.3), the
/// opposite of the general gradient.
pub fn spec_region_use(spec: &str, region: &str) -> f64 {
    match (spec, region) {
        // Eye use is about flat between regions: undo the general gradient.
        ("OFT", "1081") => 1.06 / region_use(region),
        ("OFT", "1084") => 0.96 / region_use(region),
        ("OFT", _) => 1.0 / region_use(region),
        _ => 1.0,
    }
}

/// Age groups used everywhere: code, Danish, English, share of the population (DK 2024, ESTIMATE
/// from DOMAIN.md §5.1), share women in the band.
pub const AGE_BANDS: [(&str, &str, &str, f64, f64); 6] = [
    ("0-17", "0-17 år", "0-17 years", 0.195, 0.487),
    ("18-29", "18-29 år", "18-29 years", 0.150, 0.490),
    ("30-49", "30-49 år", "30-49 years", 0.245, 0.497),
    ("50-64", "50-64 år", "50-64 years", 0.200, 0.500),
    ("65-79", "65-79 år", "65-79 years", 0.155, 0.523),
    ("80+", "80 år og derover", "80 years and over", 0.055, 0.600),
];

pub const YEARS: [u16; 5] = [2021, 2022, 2023, 2024, 2025];
/// First year with diagnosis codes from the new reporting (DOMAIN.md §8: collection from 2024).
pub const FIRST_DIAG_YEAR: u16 = 2024;
/// Population growth per year around the 2024 anchor (about 0.5 %).
pub const POP_GROWTH: f64 = 0.005;

/// One specialty in practice.
pub struct Spec {
    pub code: &'static str,
    pub da: &'static str,
    pub en: &'static str,
    /// Patients per year nationally (ESTIMATE, tuned to DOMAIN.md §7.2-7.3).
    pub patients: f64,
    /// Mean contacts per patient.
    pub contacts_per_patient: f64,
    /// Share women among patients.
    pub female: f64,
    /// Relative use per age band (same order as AGE_BANDS).
    pub age: [f64; 6],
    /// Number of ydernumre (clinics) nationally, ESTIMATE (dermatology and rheumatology sourced).
    pub clinics: u32,
    /// Share of clinics in Region Hovedstaden.
    pub clinics_h: f64,
    /// Patients can come without a referral (eye and ENT).
    pub self_referral: bool,
    /// Median weeks from referral to first consultation, per region (N, M, S, H, Sj order).
    pub wait_weeks: [f64; 5],
    /// Share of patients with a hospital contact in the same diagnosis group within 12 months.
    pub hosp_same: f64,
}

/// Specialties (DOMAIN.md §2.2 table; volumes §2.3 and §7.3 ESTIMATE). Waiting times follow the
/// sourced regional examples in §3.3 (eye N 31, Sj 29, M 21, S 20, H 17 weeks; dermatology Jutland
/// ~19, Sj 13, H < 8; adult psychiatry M 38 vs S 13; gynaecology N 14.5 vs H 6).
pub const SPECS: [Spec; 15] = [
    Spec { code: "OFT", da: "Øjenlæge (oftalmologi)", en: "Ophthalmology", patients: 690_000.0, contacts_per_patient: 1.8, female: 0.57, age: [0.35, 0.3, 0.45, 1.0, 2.6, 3.4], clinics: 160, clinics_h: 0.40, self_referral: true, wait_weeks: [31.0, 21.0, 20.0, 17.0, 29.0], hosp_same: 0.20 },
    Spec { code: "ONH", da: "Øre-næse-halslæge", en: "Otorhinolaryngology (ENT)", patients: 450_000.0, contacts_per_patient: 2.0, female: 0.50, age: [1.6, 0.7, 0.7, 0.9, 1.3, 1.5], clinics: 160, clinics_h: 0.40, self_referral: true, wait_weeks: [10.0, 9.0, 8.0, 6.0, 8.0], hosp_same: 0.05 },
    Spec { code: "DER", da: "Hudlæge (dermato-venerologi)", en: "Dermatology", patients: 300_000.0, contacts_per_patient: 2.3, female: 0.60, age: [0.8, 1.2, 1.0, 1.0, 1.1, 0.8], clinics: 91, clinics_h: 0.42, self_referral: false, wait_weeks: [23.0, 17.0, 19.0, 7.5, 13.0], hosp_same: 0.05 },
    Spec { code: "GYN", da: "Gynækologi og obstetrik", en: "Gynaecology and obstetrics", patients: 200_000.0, contacts_per_patient: 2.2, female: 1.0, age: [0.1, 1.5, 1.6, 1.0, 0.6, 0.2], clinics: 110, clinics_h: 0.45, self_referral: false, wait_weeks: [14.5, 9.0, 18.0, 6.0, 10.0], hosp_same: 0.06 },
    Spec { code: "PSY", da: "Psykiatri", en: "Psychiatry", patients: 60_000.0, contacts_per_patient: 8.0, female: 0.62, age: [0.05, 1.8, 1.4, 0.9, 0.4, 0.1], clinics: 170, clinics_h: 0.45, self_referral: false, wait_weeks: [26.0, 38.0, 13.0, 20.0, 24.0], hosp_same: 0.08 },
    Spec { code: "BUP", da: "Børne- og ungdomspsykiatri", en: "Child and adolescent psychiatry", patients: 12_000.0, contacts_per_patient: 6.0, female: 0.40, age: [3.5, 0.4, 0.0, 0.0, 0.0, 0.0], clinics: 35, clinics_h: 0.45, self_referral: false, wait_weeks: [30.0, 28.0, 22.0, 26.0, 28.0], hosp_same: 0.07 },
    Spec { code: "REU", da: "Reumatologi", en: "Rheumatology", patients: 60_000.0, contacts_per_patient: 3.0, female: 0.65, age: [0.05, 0.3, 0.8, 1.5, 2.0, 1.2], clinics: 48, clinics_h: 0.66, self_referral: false, wait_weeks: [16.0, 14.0, 12.0, 8.0, 12.0], hosp_same: 0.15 },
    Spec { code: "INT", da: "Intern medicin", en: "Internal medicine", patients: 80_000.0, contacts_per_patient: 2.5, female: 0.50, age: [0.05, 0.4, 0.8, 1.4, 2.0, 1.6], clinics: 60, clinics_h: 0.50, self_referral: false, wait_weeks: [12.0, 10.0, 10.0, 7.0, 9.0], hosp_same: 0.12 },
    Spec { code: "PAE", da: "Pædiatri", en: "Paediatrics", patients: 50_000.0, contacts_per_patient: 2.2, female: 0.45, age: [5.0, 0.05, 0.0, 0.0, 0.0, 0.0], clinics: 35, clinics_h: 0.50, self_referral: false, wait_weeks: [10.0, 9.0, 8.0, 6.0, 8.0], hosp_same: 0.06 },
    Spec { code: "NEU", da: "Neurologi", en: "Neurology", patients: 35_000.0, contacts_per_patient: 2.5, female: 0.58, age: [0.1, 0.9, 1.1, 1.2, 1.3, 0.9], clinics: 25, clinics_h: 0.50, self_referral: false, wait_weeks: [14.0, 12.0, 11.0, 8.0, 10.0], hosp_same: 0.10 },
    Spec { code: "ORT", da: "Ortopædkirurgi", en: "Orthopaedic surgery", patients: 120_000.0, contacts_per_patient: 2.5, female: 0.55, age: [0.4, 0.9, 1.0, 1.4, 1.4, 0.8], clinics: 50, clinics_h: 0.45, self_referral: false, wait_weeks: [10.0, 9.0, 9.0, 6.0, 8.0], hosp_same: 0.09 },
    Spec { code: "KIR", da: "Kirurgi", en: "Surgery", patients: 50_000.0, contacts_per_patient: 1.8, female: 0.48, age: [0.2, 0.8, 1.0, 1.3, 1.5, 1.0], clinics: 25, clinics_h: 0.50, self_referral: false, wait_weeks: [9.0, 8.0, 8.0, 5.0, 7.0], hosp_same: 0.08 },
    Spec { code: "PLA", da: "Plastikkirurgi", en: "Plastic surgery", patients: 40_000.0, contacts_per_patient: 2.0, female: 0.58, age: [0.1, 0.6, 0.9, 1.3, 1.7, 1.2], clinics: 15, clinics_h: 0.50, self_referral: false, wait_weeks: [12.0, 10.0, 10.0, 7.0, 9.0], hosp_same: 0.05 },
    Spec { code: "ANA", da: "Anæstesiologi", en: "Anaesthesiology", patients: 30_000.0, contacts_per_patient: 3.5, female: 0.55, age: [2.0, 0.5, 0.8, 1.1, 1.0, 0.5], clinics: 25, clinics_h: 0.50, self_referral: false, wait_weeks: [8.0, 7.0, 7.0, 5.0, 6.0], hosp_same: 0.04 },
    Spec { code: "RAD", da: "Diagnostisk radiologi", en: "Diagnostic radiology", patients: 150_000.0, contacts_per_patient: 1.1, female: 0.56, age: [0.2, 0.6, 1.0, 1.4, 1.5, 1.0], clinics: 8, clinics_h: 0.50, self_referral: false, wait_weeks: [4.0, 4.0, 4.0, 3.0, 4.0], hosp_same: 0.06 },
];

/// ICD-10 chapters that the headline groups fall in: code (roman numeral), Danish, English.
pub const CHAPTERS: [(&str, &str, &str); 15] = [
    ("II", "II Svulster", "II Neoplasms"),
    ("IV", "IV Endokrine, ernærings- og stofskiftesygdomme", "IV Endocrine, nutritional and metabolic diseases"),
    ("V", "V Psykiske lidelser og adfærdsmæssige forstyrrelser", "V Mental and behavioural disorders"),
    ("VI", "VI Sygdomme i nervesystemet", "VI Diseases of the nervous system"),
    ("VII", "VII Sygdomme i øje og øjenomgivelser", "VII Diseases of the eye and adnexa"),
    ("VIII", "VIII Sygdomme i øre og processus mastoideus", "VIII Diseases of the ear and mastoid process"),
    ("IX", "IX Sygdomme i kredsløbsorganer", "IX Diseases of the circulatory system"),
    ("X", "X Sygdomme i åndedrætsorganer", "X Diseases of the respiratory system"),
    ("XI", "XI Sygdomme i fordøjelsesorganer", "XI Diseases of the digestive system"),
    ("XII", "XII Sygdomme i hud og underhud", "XII Diseases of the skin and subcutaneous tissue"),
    ("XIII", "XIII Sygdomme i muskel-skeletsystem og bindevæv", "XIII Diseases of the musculoskeletal system and connective tissue"),
    ("XIV", "XIV Sygdomme i urin- og kønsorganer", "XIV Diseases of the genitourinary system"),
    ("XVIII", "XVIII Symptomer og abnorme fund, uspecificerede", "XVIII Symptoms and abnormal findings, not elsewhere classified"),
    ("XXI", "XXI Faktorer af betydning for helbredstilstand (obs. pro)", "XXI Factors influencing health status (observation)"),
    ("XX", "Ingen gyldig diagnosekode", "No valid diagnosis code"),
];

/// Age/sex profile of a diagnosis group, relative to its specialty's patients.
#[derive(Clone, Copy)]
pub enum Profile {
    Child,
    Young,
    Adult,
    Older,
    Elderly,
    Flat,
}

impl Profile {
    /// Relative weight per age band.
    pub fn age(self) -> [f64; 6] {
        match self {
            Profile::Child => [4.0, 0.6, 0.2, 0.1, 0.1, 0.1],
            Profile::Young => [0.8, 2.2, 1.4, 0.6, 0.3, 0.2],
            Profile::Adult => [0.3, 1.0, 1.5, 1.2, 0.8, 0.5],
            Profile::Older => [0.05, 0.2, 0.6, 1.5, 1.8, 1.2],
            Profile::Elderly => [0.02, 0.05, 0.2, 0.9, 2.4, 3.0],
            Profile::Flat => [1.0; 6],
        }
    }
}

/// A headline diagnosis group: id, chapter, Danish, English, codes (SKS code, Danish, English),
/// weight within the specialty, age profile, share women (None: the specialty's share).
pub struct Group {
    pub id: &'static str,
    pub chapter: &'static str,
    pub da: &'static str,
    pub en: &'static str,
    pub codes: &'static [(&'static str, &'static str, &'static str)],
    pub weight: f64,
    pub profile: Profile,
    pub female: Option<f64>,
}

macro_rules! g {
    ($id:expr, $ch:expr, $da:expr, $en:expr, [$(($c:expr, $cda:expr, $cen:expr)),* $(,)?], $w:expr, $p:ident, $f:expr) => {
        Group { id: $id, chapter: $ch, da: $da, en: $en, codes: &[$(($c, $cda, $cen)),*], weight: $w, profile: Profile::$p, female: $f }
    };
}

/// Headline diagnosis groups per specialty (DOMAIN.md §6.4, ESTIMATE weights). Each specialty also
/// gets the shared "obs. pro" and "uspecificeret" groups, added by the generator.
pub fn groups(spec: &str) -> Vec<Group> {
    match spec {
        "OFT" => vec![
            g!("H25-H26", "VII", "Katarakt (grå stær)", "Cataract", [("DH25", "Alderskatarakt", "Age-related cataract"), ("DH26", "Anden katarakt", "Other cataract")], 0.26, Elderly, None),
            g!("H40", "VII", "Glaukom (grøn stær)", "Glaucoma", [("DH40", "Glaukom", "Glaucoma")], 0.15, Elderly, Some(0.52)),
            g!("H35", "VII", "Nethindesygdomme (bl.a. AMD)", "Retinal disorders (incl. AMD)", [("DH353", "Aldersrelateret makuladegeneration", "Age-related macular degeneration"), ("DH360", "Diabetisk retinopati", "Diabetic retinopathy")], 0.14, Elderly, None),
            g!("H04", "VII", "Tørre øjne og tåreveje", "Dry eye and lacrimal disorders", [("DH041", "Tørre øjne", "Dry eye syndrome")], 0.12, Older, Some(0.68)),
            g!("H52", "VII", "Brydningsfejl", "Refraction errors", [("DH52", "Brydningsfejl og akkommodation", "Disorders of refraction and accommodation")], 0.18, Flat, None),
            g!("H10", "VII", "Øjenbetændelse (konjunktivitis)", "Conjunctivitis", [("DH10", "Konjunktivitis", "Conjunctivitis")], 0.07, Flat, None),
        ],
        "ONH" => vec![
            g!("H65-H66", "VIII", "Mellemørebetændelse", "Otitis media", [("DH65", "Ikke-purulent otitis media", "Nonsuppurative otitis media"), ("DH66", "Purulent otitis media", "Suppurative otitis media")], 0.20, Child, None),
            g!("H90-H91", "VIII", "Høretab", "Hearing loss", [("DH90", "Konduktivt og sensorineuralt høretab", "Conductive and sensorineural hearing loss"), ("DH911", "Presbyakusis", "Presbycusis")], 0.22, Elderly, Some(0.45)),
            g!("H93", "VIII", "Tinnitus og andre øresygdomme", "Tinnitus and other ear disorders", [("DH931", "Tinnitus", "Tinnitus")], 0.08, Older, None),
            g!("H81", "VIII", "Svimmelhed (vestibulær)", "Vestibular vertigo", [("DH81", "Vestibulære forstyrrelser", "Disorders of vestibular function")], 0.08, Older, Some(0.62)),
            g!("J30-J32", "X", "Rhinitis og bihulebetændelse", "Rhinitis and sinusitis", [("DJ30", "Allergisk rhinitis", "Allergic rhinitis"), ("DJ32", "Kronisk sinuitis", "Chronic sinusitis")], 0.22, Young, None),
            g!("J35", "X", "Sygdomme i mandler", "Diseases of tonsils", [("DJ35", "Kroniske sygdomme i mandler", "Chronic diseases of tonsils")], 0.10, Child, None),
            g!("G47", "VI", "Søvnapnø", "Sleep apnoea", [("DG473", "Søvnapnø", "Sleep apnoea")], 0.06, Older, Some(0.30)),
        ],
        "DER" => vec![
            g!("L20-L25", "XII", "Eksem", "Eczema", [("DL20", "Atopisk eksem", "Atopic dermatitis"), ("DL23", "Allergisk kontakteksem", "Allergic contact dermatitis")], 0.24, Young, None),
            g!("L40", "XII", "Psoriasis", "Psoriasis", [("DL40", "Psoriasis", "Psoriasis")], 0.16, Adult, Some(0.52)),
            g!("L70-L73", "XII", "Akne og hidrosadenitis", "Acne and hidradenitis", [("DL70", "Akne", "Acne"), ("DL732", "Hidrosadenitis", "Hidradenitis suppurativa")], 0.17, Young, Some(0.62)),
            g!("L57", "XII", "Aktinisk keratose", "Actinic keratosis", [("DL570", "Aktinisk keratose", "Actinic keratosis")], 0.10, Elderly, Some(0.45)),
            g!("C43-C44", "II", "Hudkræft", "Skin cancer", [("DC44", "Anden hudkræft", "Other skin cancer"), ("DC43", "Modermærkekræft", "Melanoma")], 0.09, Elderly, Some(0.48)),
            g!("D22", "II", "Modermærker (nævi)", "Melanocytic naevi", [("DD22", "Modermærker", "Melanocytic naevi")], 0.14, Adult, None),
            g!("L50", "XII", "Nældefeber", "Urticaria", [("DL50", "Urticaria", "Urticaria")], 0.05, Adult, Some(0.65)),
        ],
        "GYN" => vec![
            g!("N80", "XIV", "Endometriose", "Endometriosis", [("DN80", "Endometriose", "Endometriosis")], 0.07, Young, None),
            g!("N92", "XIV", "Blødningsforstyrrelser", "Menstrual disorders", [("DN92", "For kraftig eller hyppig menstruation", "Excessive or frequent menstruation")], 0.22, Adult, None),
            g!("N95", "XIV", "Klimakterielle gener", "Menopausal disorders", [("DN95", "Klimakterielle tilstande", "Menopausal and perimenopausal disorders")], 0.14, Older, None),
            g!("N87", "XIV", "Celleforandringer", "Cervical dysplasia", [("DN87", "Dysplasi i livmoderhalsen", "Dysplasia of cervix uteri")], 0.20, Young, None),
            g!("N81", "XIV", "Nedsynkning (prolaps)", "Genital prolapse", [("DN81", "Genitalprolaps", "Female genital prolapse")], 0.10, Elderly, None),
            g!("N39", "XIV", "Urininkontinens", "Urinary incontinence", [("DN393", "Stressinkontinens", "Stress incontinence")], 0.10, Older, None),
            g!("N97", "XIV", "Infertilitet", "Infertility", [("DN97", "Infertilitet hos kvinder", "Female infertility")], 0.10, Young, None),
        ],
        "PSY" => vec![
            g!("F32-F33", "V", "Depression", "Depression", [("DF32", "Depressiv enkeltepisode", "Depressive episode"), ("DF33", "Periodisk depression", "Recurrent depressive disorder")], 0.32, Adult, Some(0.64)),
            g!("F40-F41", "V", "Angst", "Anxiety", [("DF41", "Andre angsttilstande", "Other anxiety disorders"), ("DF40", "Fobiske angsttilstande", "Phobic anxiety disorders")], 0.22, Young, Some(0.66)),
            g!("F43", "V", "Belastningsreaktion og PTSD", "Stress reaction and PTSD", [("DF43", "Belastningsreaktion", "Reaction to severe stress")], 0.14, Adult, Some(0.62)),
            g!("F90", "V", "ADHD", "ADHD", [("DF90", "Hyperkinetiske forstyrrelser", "Hyperkinetic disorders")], 0.16, Young, Some(0.45)),
            g!("F31", "V", "Bipolar lidelse", "Bipolar disorder", [("DF31", "Bipolar affektiv sindslidelse", "Bipolar affective disorder")], 0.06, Adult, None),
            g!("F60", "V", "Personlighedsforstyrrelse", "Personality disorder", [("DF60", "Specifikke personlighedsforstyrrelser", "Specific personality disorders")], 0.05, Young, Some(0.70)),
            g!("F42", "V", "OCD", "OCD", [("DF42", "Obsessiv-kompulsiv tilstand", "Obsessive-compulsive disorder")], 0.05, Young, None),
        ],
        "BUP" => vec![
            g!("F90-BUP", "V", "ADHD (børn og unge)", "ADHD (children and young people)", [("DF900", "Forstyrrelse af aktivitet og opmærksomhed", "Disturbance of activity and attention")], 0.40, Child, Some(0.32)),
            g!("F84", "V", "Autisme", "Autism", [("DF84", "Gennemgribende udviklingsforstyrrelser", "Pervasive developmental disorders")], 0.22, Child, Some(0.30)),
            g!("F93", "V", "Angst (børn og unge)", "Anxiety (children and young people)", [("DF93", "Emotionelle forstyrrelser i barndommen", "Emotional disorders of childhood")], 0.16, Child, Some(0.65)),
            g!("F32-BUP", "V", "Depression (børn og unge)", "Depression (children and young people)", [("DF32B", "Depressiv enkeltepisode", "Depressive episode")], 0.10, Young, Some(0.72)),
            g!("F50", "V", "Spiseforstyrrelse", "Eating disorder", [("DF50", "Spiseforstyrrelser", "Eating disorders")], 0.06, Young, Some(0.90)),
            g!("F95", "V", "Tics", "Tic disorders", [("DF95", "Tics", "Tic disorders")], 0.04, Child, Some(0.25)),
        ],
        "REU" => vec![
            g!("M05-M06", "XIII", "Leddegigt", "Rheumatoid arthritis", [("DM05", "Seropositiv leddegigt", "Seropositive rheumatoid arthritis"), ("DM06", "Anden leddegigt", "Other rheumatoid arthritis")], 0.22, Older, Some(0.70)),
            g!("M80-M81", "XIII", "Osteoporose", "Osteoporosis", [("DM81", "Osteoporose uden fraktur", "Osteoporosis without fracture"), ("DM80", "Osteoporose med fraktur", "Osteoporosis with fracture")], 0.22, Elderly, Some(0.85)),
            g!("M10", "XIII", "Urinsyregigt", "Gout", [("DM10", "Urinsyregigt", "Gout")], 0.10, Older, Some(0.10)),
            g!("M15-M19", "XIII", "Artrose", "Osteoarthritis", [("DM17", "Knæartrose", "Gonarthrosis"), ("DM15", "Polyartrose", "Polyarthrosis")], 0.18, Elderly, Some(0.62)),
            g!("M35", "XIII", "Polymyalgia rheumatica", "Polymyalgia rheumatica", [("DM353", "Polymyalgia rheumatica", "Polymyalgia rheumatica")], 0.08, Elderly, Some(0.68)),
            g!("M45-M07", "XIII", "Spondylartrit og psoriasisartrit", "Spondyloarthritis and psoriatic arthritis", [("DM45", "Ankyloserende spondylitis", "Ankylosing spondylitis"), ("DM07", "Psoriasisartrit", "Psoriatic arthropathy")], 0.10, Adult, Some(0.45)),
        ],
        "INT" => vec![
            g!("E11", "IV", "Type 2-diabetes", "Type 2 diabetes", [("DE11", "Type 2-diabetes", "Type 2 diabetes mellitus")], 0.22, Older, Some(0.42)),
            g!("J44", "X", "KOL", "COPD", [("DJ44", "Kronisk obstruktiv lungesygdom", "Chronic obstructive pulmonary disease")], 0.14, Elderly, Some(0.52)),
            g!("J45", "X", "Astma", "Asthma", [("DJ45", "Astma", "Asthma")], 0.12, Adult, Some(0.58)),
            g!("I48-I50", "IX", "Atrieflimren og hjertesvigt", "Atrial fibrillation and heart failure", [("DI48", "Atrieflimren", "Atrial fibrillation"), ("DI50", "Hjertesvigt", "Heart failure")], 0.14, Elderly, Some(0.42)),
            g!("I10", "IX", "Forhøjet blodtryk", "Hypertension", [("DI10", "Essentiel hypertension", "Essential hypertension")], 0.12, Older, None),
            g!("E03-E05", "IV", "Stofskiftesygdomme", "Thyroid disorders", [("DE03", "Hypothyreose", "Hypothyroidism"), ("DE05", "Hyperthyreose", "Thyrotoxicosis")], 0.12, Adult, Some(0.80)),
            g!("K30-K58", "XI", "Dyspepsi og irritabel tyktarm", "Dyspepsia and irritable bowel", [("DK58", "Irritabel tyktarm", "Irritable bowel syndrome"), ("DK30", "Funktionel dyspepsi", "Functional dyspepsia")], 0.10, Adult, Some(0.65)),
        ],
        "PAE" => vec![
            g!("J45-PAE", "X", "Astma (børn)", "Asthma (children)", [("DJ45B", "Astma", "Asthma")], 0.30, Child, Some(0.42)),
            g!("L20-PAE", "XII", "Børneeksem", "Childhood eczema", [("DL20B", "Atopisk eksem", "Atopic dermatitis")], 0.20, Child, None),
            g!("K59", "XI", "Forstoppelse", "Constipation", [("DK590", "Obstipation", "Constipation")], 0.20, Child, None),
            g!("E30", "IV", "Vækst og pubertet", "Growth and puberty", [("DE30", "Pubertetsforstyrrelser", "Disorders of puberty")], 0.12, Child, Some(0.55)),
            g!("N39-PAE", "XIV", "Sengevædning", "Enuresis", [("DN394", "Enuresis", "Enuresis")], 0.12, Child, Some(0.38)),
        ],
        "NEU" => vec![
            g!("G43-G44", "VI", "Migræne og hovedpine", "Migraine and headache", [("DG43", "Migræne", "Migraine"), ("DG44", "Andre hovedpinesyndromer", "Other headache syndromes")], 0.34, Adult, Some(0.75)),
            g!("G40", "VI", "Epilepsi", "Epilepsy", [("DG40", "Epilepsi", "Epilepsy")], 0.14, Flat, Some(0.48)),
            g!("G20", "VI", "Parkinsons sygdom", "Parkinson's disease", [("DG20", "Parkinsons sygdom", "Parkinson's disease")], 0.10, Elderly, Some(0.40)),
            g!("G35", "VI", "Sclerose", "Multiple sclerosis", [("DG35", "Dissemineret sklerose", "Multiple sclerosis")], 0.10, Adult, Some(0.68)),
            g!("G62", "VI", "Polyneuropati", "Polyneuropathy", [("DG62", "Polyneuropati", "Polyneuropathy")], 0.12, Elderly, Some(0.42)),
            g!("G30", "VI", "Demens (Alzheimers sygdom)", "Dementia (Alzheimer's disease)", [("DG30", "Alzheimers sygdom", "Alzheimer's disease")], 0.10, Elderly, Some(0.60)),
        ],
        "ORT" => vec![
            g!("M17-ORT", "XIII", "Knæartrose", "Knee osteoarthritis", [("DM17O", "Knæartrose", "Gonarthrosis")], 0.20, Elderly, Some(0.58)),
            g!("M16", "XIII", "Hofteartrose", "Hip osteoarthritis", [("DM16", "Hofteartrose", "Coxarthrosis")], 0.12, Elderly, Some(0.56)),
            g!("M23", "XIII", "Meniskskade", "Meniscus derangement", [("DM232", "Meniskskade", "Derangement of meniscus")], 0.14, Adult, Some(0.40)),
            g!("M75", "XIII", "Skuldersyndromer", "Shoulder lesions", [("DM75", "Skulderlidelser", "Shoulder lesions")], 0.20, Older, None),
            g!("M54", "XIII", "Rygsmerter", "Back pain", [("DM54", "Rygsmerter", "Dorsalgia")], 0.20, Adult, None),
            g!("G56", "VI", "Karpaltunnelsyndrom", "Carpal tunnel syndrome", [("DG560", "Karpaltunnelsyndrom", "Carpal tunnel syndrome")], 0.08, Older, Some(0.70)),
        ],
        "KIR" => vec![
            g!("K64", "XI", "Hæmorider", "Haemorrhoids", [("DK64", "Hæmorider", "Haemorrhoids")], 0.30, Adult, None),
            g!("K40-K43", "XI", "Brok", "Hernia", [("DK40", "Lyskebrok", "Inguinal hernia"), ("DK42", "Navlebrok", "Umbilical hernia")], 0.30, Older, Some(0.20)),
            g!("K80", "XI", "Galdesten", "Gallstones", [("DK80", "Galdesten", "Cholelithiasis")], 0.20, Older, Some(0.65)),
            g!("K60", "XI", "Analfissur", "Anal fissure", [("DK60", "Fissur og fistel", "Fissure and fistula")], 0.20, Adult, None),
        ],
        "PLA" => vec![
            g!("D22-D23", "II", "Godartede hudtumorer", "Benign skin tumours", [("DD23", "Godartede hudtumorer", "Benign neoplasms of skin")], 0.35, Adult, None),
            g!("C44-PLA", "II", "Hudkræft (plastikkirurgi)", "Skin cancer (plastic surgery)", [("DC44P", "Anden hudkræft", "Other skin cancer")], 0.20, Elderly, Some(0.45)),
            g!("M72", "XIII", "Dupuytrens kontraktur", "Dupuytren's contracture", [("DM720", "Dupuytrens kontraktur", "Dupuytren's contracture")], 0.20, Elderly, Some(0.20)),
            g!("H02", "VII", "Øjenlågsptose", "Eyelid ptosis", [("DH024", "Ptose af øjenlåg", "Ptosis of eyelid")], 0.25, Elderly, Some(0.62)),
        ],
        "ANA" => vec![
            g!("R52", "XVIII", "Kroniske smerter", "Chronic pain", [("DR522", "Kroniske smerter", "Other chronic pain")], 0.60, Older, Some(0.62)),
            g!("Z01-ANA", "XXI", "Anæstesi ved indgreb", "Anaesthesia for procedures", [("DZ018", "Forundersøgelse før indgreb", "Examination before procedure")], 0.40, Child, None),
        ],
        "RAD" => vec![
            g!("Z01-RAD", "XXI", "Billeddiagnostisk undersøgelse", "Diagnostic imaging", [("DZ016", "Radiologisk undersøgelse", "Radiological examination")], 0.60, Older, None),
            g!("M54-RAD", "XIII", "Rygsmerter (billeddiagnostik)", "Back pain (imaging)", [("DM54R", "Rygsmerter", "Dorsalgia")], 0.40, Adult, None),
        ],
        _ => vec![],
    }
}

/// Group for "observation for suspected disease" (obs. pro) codes, shared by all specialties.
pub const OBS_GROUP: (&str, &str, &str, &str, &str, &str) =
    ("Z03", "XXI", "Observation for sygdom (obs. pro)", "Observation for suspected disease", "DZ03", "Observation pga. mistanke om sygdom");
/// Group for unspecified symptoms, shared by all specialties.
pub const UNS_GROUP: (&str, &str, &str, &str, &str, &str) =
    ("R69", "XVIII", "Uspecificeret sygdom", "Unspecified illness", "DR69", "Uspecificeret sygdom");
/// Code for a course without a valid diagnosis (not reported, or invalid code).
pub const NO_CODE: &str = "XX";

/// Chronic-disease and psychiatry populations for part 2 (DOMAIN.md §7.1, §8): id, Danish,
/// English, persons nationally (prevalence, all sectors), the group that marks them in specialist
/// practice, the specialty that sees them, share seen in specialist practice per year, share with a
/// hospital (LPR) contact per year, age profile, share women.
pub struct Population {
    pub id: &'static str,
    pub da: &'static str,
    pub en: &'static str,
    pub persons: f64,
    pub group: &'static str,
    pub spec: &'static str,
    pub share_sp: f64,
    pub share_lpr: f64,
    pub profile: Profile,
    pub female: f64,
}

pub const POPULATIONS: [Population; 6] = [
    Population { id: "T2D", da: "Type 2-diabetes", en: "Type 2 diabetes", persons: 322_000.0, group: "E11", spec: "INT", share_sp: 0.05, share_lpr: 0.30, profile: Profile::Older, female: 0.43 },
    Population { id: "KOL", da: "KOL", en: "COPD", persons: 175_500.0, group: "J44", spec: "INT", share_sp: 0.06, share_lpr: 0.35, profile: Profile::Elderly, female: 0.52 },
    Population { id: "RA", da: "Leddegigt", en: "Rheumatoid arthritis", persons: 45_000.0, group: "M05-M06", spec: "REU", share_sp: 0.28, share_lpr: 0.55, profile: Profile::Older, female: 0.70 },
    Population { id: "OST", da: "Osteoporose", en: "Osteoporosis", persons: 170_000.0, group: "M80-M81", spec: "REU", share_sp: 0.07, share_lpr: 0.25, profile: Profile::Elderly, female: 0.82 },
    Population { id: "DEP", da: "Depression og angst", en: "Depression and anxiety", persons: 150_000.0, group: "F32-F33", spec: "PSY", share_sp: 0.14, share_lpr: 0.30, profile: Profile::Adult, female: 0.64 },
    Population { id: "ADHD", da: "ADHD", en: "ADHD", persons: 180_000.0, group: "F90", spec: "PSY", share_sp: 0.035, share_lpr: 0.18, profile: Profile::Young, female: 0.42 },
];
