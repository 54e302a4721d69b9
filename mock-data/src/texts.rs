//! Declaration texts of the datasets, in Danish and English, in eSundhed's tone.
//!
//! Figures that the synthetic data are calibrated on are named with their sources
//! (DOMAIN.md); every text says plainly that the numbers are synthetic.

use crate::schema::{Declaration, SuppressionInfo, Text};

/// The one suppression marker used everywhere.
pub const MARKER: &str = "..";

pub fn suppression(threshold: u64) -> SuppressionInfo {
    SuppressionInfo {
        threshold: threshold as u32,
        marker: MARKER.into(),
        rule: Text::new(
            format!(
                "Værdier mellem 1 og {} vises ikke af diskretionshensyn, og heller ikke andre værdier, der ville gøre det muligt at beregne dem. Alle skjulte værdier vises med samme tegn ({MARKER}). Nul vises.",
                threshold - 1
            ),
            format!(
                "Values from 1 to {} are not shown for confidentiality, nor are other values that would allow them to be calculated. Every hidden value is shown with the same mark ({MARKER}). Zero is shown.",
                threshold - 1
            ),
        ),
    }
}

const SYNTHETIC_DA: &str = "Alle tal i denne mock-up er syntetiske. De er dannet af en model, der er kalibreret på offentlige nøgletal (befolkning pr. region, kontakter pr. indbygger, forekomst af udvalgte sygdomme), og siger intet om virkelige patienter eller klinikker.";
const SYNTHETIC_EN: &str = "Every number in this mock-up is synthetic. It comes from a model calibrated on public key figures (population by region, contacts per inhabitant, prevalence of selected diseases) and says nothing about real patients or clinics.";

pub fn diagnosis_declaration() -> Declaration {
    Declaration {
        purpose: Text::new(
            format!("Opgørelsen viser, hvilke diagnoser patienterne i speciallægepraksis har, og hvor mange kontakter de har. Den skal give regioner, kommuner og praksissektoren et fælles billede af aktiviteten i speciallægepraksis til planlægning og styring. {SYNTHETIC_DA}"),
            format!("The statistic shows which diagnoses patients in specialist practice have, and how many contacts they have. It is meant to give regions, municipalities and the practice sector a shared picture of activity in specialist practice for planning. {SYNTHETIC_EN}"),
        ),
        content: Text::new(
            "Opgørelsen omfatter patienter med mindst én kontakt i privat speciallægepraksis med overenskomst (sygesikringsgruppe 1 og 2) i perioden 2021-2025. Diagnoser findes fra 2024, hvor den nye indberetning fra speciallægepraksis begyndte. Patienter opgøres efter bopælskommune pr. 1. januar og alder pr. 1. januar. Kommune vises kun fordelt på speciale; diagnosegrupper vises på regionsniveau; enkelte diagnosekoder samt køn og alder vises for hele landet.",
            "The statistic covers patients with at least one contact in private specialist practice under the national agreement (insurance groups 1 and 2) in 2021-2025. Diagnoses exist from 2024, when the new reporting from specialist practice began. Patients are counted by municipality of residence and age on 1 January. Municipalities are shown by specialty only; diagnosis groups by region; single diagnosis codes and sex and age for the whole country.",
        ),
        indicators: Text::new(
            "Antal patienter, antal kontakter, kontakter pr. patient og patienter og kontakter pr. 1.000 indbyggere. En patient kan have forløb i flere specialer og med flere diagnoser og tælles da under hver af dem; summen af specialer eller diagnoser er derfor større end totalen. Kontakter tælles kun én gang, under forløbets første diagnose.",
            "Number of patients, number of contacts, contacts per patient, and patients and contacts per 1,000 inhabitants. A patient can have courses in several specialties and with several diagnoses and then counts under each; the sum over specialties or diagnoses is therefore larger than the total. Contacts count once, under the first diagnosis of the course.",
        ),
        caveats: Text::new(
            "2024 er første indberetningsår. Ikke alle klinikker indberettede fra årets start, og en del forløb har ingen gyldig diagnosekode (vist som \"Ingen gyldig diagnosekode\"). Der registreres som minimum én diagnose pr. forløb, så bidiagnoser er underrepræsenterede. Obs. pro- og uspecificerede koder forekommer oftere det første år. Sammenlign derfor 2024 og 2025 med forsigtighed. Små tal er skjult af diskretionshensyn, også i totaler, hvor de ellers kunne beregnes.",
            "2024 is the first reporting year. Not all clinics reported from the start of the year, and some courses have no valid diagnosis code (shown as \"No valid diagnosis code\"). At least one diagnosis is recorded per course, so secondary diagnoses are under-represented. Observation and unspecified codes are more frequent in the first year. Compare 2024 and 2025 with care. Small numbers are hidden for confidentiality, also in totals where they could otherwise be calculated.",
        ),
        source: Text::new(
            "Syntetiske data. I en rigtig udgave: Sundhedsdatastyrelsen (fra 2027 Digital Sundhed Danmark) på grundlag af Sygesikringsregisteret og den nye diagnoseindberetning fra speciallægepraksis. Befolkningstal: Danmarks Statistik. Kalibrering: regionale befolkningstal 1.1.2024 (DST), 0,9 speciallægekontakter pr. indbygger (2018), Hovedstaden 1.179 og Midtjylland 724 kontakter pr. 1.000 (2016).",
            "Synthetic data. In a real version: the Danish Health Data Authority (from 2027 Digital Health Denmark) based on the National Health Insurance Service Register and the new diagnosis reporting from specialist practice. Population: Statistics Denmark. Calibration: regional population 1 Jan 2024 (DST), 0.9 specialist contacts per inhabitant (2018), Capital Region 1,179 and Central Denmark Region 724 contacts per 1,000 (2016).",
        ),
        publication: Text::new(
            "Mock-up til arbejdsgruppen for udstilling af nye data fra speciallægepraksis. Opdateres ikke. En rigtig opgørelse forventes opdateret årligt, med foreløbige tal for seneste år.",
            "Mock-up for the working group on publishing new data from specialist practice. Not updated. A real statistic would be updated yearly, with provisional figures for the latest year.",
        ),
        terms: Text::new(
            "Speciallægepraksis: privatpraktiserende speciallæge med ydernummer. Forløb: patientens behandling hos én klinik for én problemstilling. Kontakt: konsultation, telefon- eller videokonsultation. Diagnosekapitel, -gruppe og -kode: ICD-10 i SKS-format (med D foran). Region Østdanmark: Region Hovedstaden og Region Sjælland samlet fra 1. januar 2027.",
            "Specialist practice: a private practising specialist with a provider number. Course: a patient's treatment at one clinic for one problem. Contact: consultation, phone or video consultation. Diagnosis chapter, group and code: ICD-10 in the SKS format (prefixed D). Region East Denmark: the Capital Region and Region Zealand together from 1 January 2027.",
        ),
    }
}
