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

pub fn hospital_declaration() -> Declaration {
    Declaration {
        purpose: Text::new(
            format!("Opgørelsen viser, hvor mange af patienterne i speciallægepraksis der også har kontakt med et sygehus for det samme, før og efter forløbet i praksis. Den skal belyse sammenhængen mellem speciallægepraksis og sygehusene, så regioner og praksissektor kan se, hvor patienterne bevæger sig mellem sektorerne. {SYNTHETIC_DA}"),
            format!("The statistic shows how many patients in specialist practice also have hospital contact for the same condition, before and after their course in practice. It is meant to show how specialist practice and hospitals connect, so that regions and the practice sector can see where patients move between sectors. {SYNTHETIC_EN}"),
        ),
        content: Text::new(
            "Populationen er patienter med mindst én kontakt i privat speciallægepraksis med overenskomst i året og en diagnose i diagnosegruppen (2024-2025). For hver patient undersøges Landspatientregistret (LPR) for kontakter på offentlige sygehuse i 12 måneder før og 12 måneder efter patientens første kontakt i speciallægepraksis i året. Samme diagnosegruppe betyder en aktions- eller bidiagnose på sygehuskontakten i samme ICD-10-gruppe som forløbets første diagnose. Opgørelsen vises for region, speciale og diagnosegruppe samt for hele landet fordelt på køn, alder og diagnosekapitel.",
            "The population is patients with at least one contact in private specialist practice under the national agreement in the year and a diagnosis in the diagnosis group (2024-2025). For each patient the National Patient Register (LPR) is searched for contacts with public hospitals in the 12 months before and the 12 months after the patient's first contact in specialist practice in the year. Same diagnosis group means a main or secondary diagnosis on the hospital contact in the same ICD-10 group as the first diagnosis of the course. The statistic is shown by region, specialty and diagnosis group, and for the whole country by sex, age and diagnosis chapter.",
        ),
        indicators: Text::new(
            "Antal patienter i speciallægepraksis; antal og andel med sygehuskontakt i samme diagnosegruppe i 12 måneder før og efter; antal og andel med en sygehuskontakt uanset diagnose i 12 måneder efter. Andele vises kun, når der er mindst 5 patienter.",
            "Patients in specialist practice; number and share with a hospital contact in the same diagnosis group in the 12 months before and after; number and share with any hospital contact in the 12 months after. Shares are shown only with at least 5 patients.",
        ),
        caveats: Text::new(
            "Diagnoser fra speciallægepraksis findes først fra 2024, og første år er ufuldstændigt (se opgørelsen over diagnoser). For patienter med første kontakt sent i 2025 rækker 12-månedersvinduet efter ind i 2026; i en rigtig opgørelse ville 2025 først kunne opgøres fuldt i 2027. Samme diagnosegruppe er en grov matchning: en sygehuskontakt kan handle om noget andet inden for gruppen. Sygehuskontakter omfatter kun offentlige sygehuse i LPR. Små tal er skjult; tal for patienter er skjult i begge opgørelser, når de ellers kunne bruges til at beregne et skjult tal.",
            "Diagnoses from specialist practice exist only from 2024, and the first year is incomplete (see the diagnoses statistic). For patients with a first contact late in 2025 the 12-month window after reaches into 2026; a real statistic could only count 2025 in full in 2027. Same diagnosis group is a coarse match: a hospital contact can concern something else within the group. Hospital contacts cover public hospitals in LPR only. Small numbers are hidden; patient counts are hidden in both statistics when they could otherwise be used to calculate a hidden number.",
        ),
        source: Text::new(
            "Syntetiske data. I en rigtig udgave: Sundhedsdatastyrelsen på grundlag af diagnoseindberetningen fra speciallægepraksis, Sygesikringsregisteret og Landspatientregistret (LPR3), koblet på pseudonymiseret personnummer.",
            "Synthetic data. In a real version: the Danish Health Data Authority based on the diagnosis reporting from specialist practice, the National Health Insurance Service Register and the National Patient Register (LPR3), linked on pseudonymised personal identity numbers.",
        ),
        publication: Text::new(
            "Mock-up til arbejdsgruppen for udstilling af nye data fra speciallægepraksis. Opdateres ikke.",
            "Mock-up for the working group on publishing new data from specialist practice. Not updated.",
        ),
        terms: Text::new(
            "LPR: Landspatientregistret, kontakter på offentlige sygehuse. Sygehuskontakt: en fysisk eller virtuel kontakt på et sygehus (indlæggelse, ambulant besøg, skadestue). Første kontakt: patientens første kontakt i speciallægepraksis i året for diagnosen. Diagnosegruppe: ICD-10-gruppe (fx DE10-DE14 Diabetes).",
            "LPR: the National Patient Register, contacts with public hospitals. Hospital contact: a physical or virtual contact with a hospital (admission, outpatient visit, emergency department). First contact: the patient's first contact in specialist practice in the year for the diagnosis. Diagnosis group: ICD-10 group (e.g. DE10-DE14 Diabetes).",
        ),
    }
}

pub fn referral_declaration() -> Declaration {
    Declaration {
        purpose: Text::new(
            format!("Opgørelsen viser, hvor henvisningerne til speciallægepraksis kommer fra, hvor mange der bruges inden for gyldighedsperioden, og hvor længe patienterne venter på første konsultation. Den skal give regioner og praksissektor et grundlag for at planlægge kapacitet og følge ventetider på tværs af landet. {SYNTHETIC_DA}"),
            format!("The statistic shows where referrals to specialist practice come from, how many are used within their period of validity, and how long patients wait for their first consultation. It is meant to give regions and the practice sector a basis for planning capacity and following waiting times across the country. {SYNTHETIC_EN}"),
        ),
        content: Text::new(
            "Opgørelsen omfatter henvisninger, der førte til et forløb i privat speciallægepraksis med overenskomst i 2021-2025, efter patientens bopælskommune pr. 1. januar. Henviser er almen praksis, en anden speciallæge eller et sygehus, der lægger behandlingen ud efter udlægningsaftalen. Henvisningstypen er nyt forløb eller fortsat behandling. Til øjenlæge og øre-næse-halslæge kan patienten gå uden henvisning; de forløb vises som \"Uden henvisning\". Ventetiden er tiden fra henvisningen til første konsultation. Kommune vises fordelt på speciale; henviser, type og ventetid vises på regionsniveau.",
            "The statistic covers referrals that led to a course in private specialist practice under the national agreement in 2021-2025, by the patient's municipality of residence on 1 January. The referrer is general practice, another specialist, or a hospital passing treatment on under the udlægningsaftale. The referral type is a new course or continued treatment. Patients can see an eye specialist or an ear-nose-throat specialist without a referral; those courses are shown as \"Without referral\". The waiting time runs from the referral to the first consultation. Municipalities are shown by specialty; referrer, type and waiting time at regional level.",
        ),
        indicators: Text::new(
            "Antal henvisninger og henvisninger pr. 1.000 indbyggere; ventetid fordelt på grupper (under 4 uger, 4-8, 8-13, 13-26 og over 26 uger), andelen set inden for 4, 8, 13 og 26 uger og median ventetid i dage. En henvisning er gyldig i 6 måneder (26 uger); andelen set inden for 26 uger er andelen brugt inden for gyldighedsperioden.",
            "Number of referrals and referrals per 1,000 inhabitants; waiting time in bands (under 4 weeks, 4-8, 8-13, 13-26 and over 26 weeks), the share seen within 4, 8, 13 and 26 weeks, and the median waiting time in days. A referral is valid for 6 months (26 weeks); the share seen within 26 weeks is the share used within the period of validity.",
        ),
        caveats: Text::new(
            "Henvisninger, der aldrig blev brugt, indgår ikke: opgørelsen ser kun henvisninger, der førte til en konsultation. Ventetiden afhænger både af kapacitet og af, hvornår patienten selv ønsker tid. Forskelle mellem regioner afspejler også forskellig dækning med speciallæger. Små tal er skjult, også i totaler, hvor de ellers kunne beregnes.",
            "Referrals that were never used are not included: the statistic only sees referrals that led to a consultation. Waiting time depends on capacity and on when the patient wants an appointment. Differences between regions also reflect different coverage with specialists. Small numbers are hidden, also in totals where they could otherwise be calculated.",
        ),
        source: Text::new(
            "Syntetiske data. I en rigtig udgave: Sundhedsdatastyrelsen på grundlag af henvisningsoplysninger (MedCom-henvisninger via henvisningshotellet) og Sygesikringsregisteret. Kalibrering: regionale og faglige forskelle i ventetid efter offentligt tilgængelige ventetidsoplysninger (estimater).",
            "Synthetic data. In a real version: the Danish Health Data Authority based on referral data (MedCom referrals via the referral hub) and the National Health Insurance Service Register. Calibration: regional and specialty differences in waiting time after publicly available waiting-time information (estimates).",
        ),
        publication: Text::new(
            "Mock-up til arbejdsgruppen for udstilling af nye data fra speciallægepraksis. Opdateres ikke.",
            "Mock-up for the working group on publishing new data from specialist practice. Not updated.",
        ),
        terms: Text::new(
            "Henvisning: lægens anmodning om udredning eller behandling hos en speciallæge, gyldig i 6 måneder. Udlægningsaftale: aftale om, at sygehuset lægger behandling ud til speciallægepraksis. Fortsat behandling: en ny henvisning til et forløb, der fortsætter. Median: den midterste værdi; halvdelen ventede kortere eller lige så længe.",
            "Referral: a doctor's request for assessment or treatment by a specialist, valid for 6 months. Udlægningsaftale: agreement under which a hospital passes treatment on to specialist practice. Continued treatment: a new referral for a course that continues. Median: the middle value; half waited as long or shorter.",
        ),
    }
}

pub fn population_declaration() -> Declaration {
    Declaration {
        purpose: Text::new(
            format!("Opgørelsen viser, hvor mange personer med udvalgte kroniske og psykiatriske sygdomme der kan findes i data fra speciallægepraksis, på sygehusene eller begge steder. Den skal vise, hvad koblingen af de nye diagnoser fra speciallægepraksis med Landspatientregistret tilfører, når man vil kende en patientpopulation, fx til pakkeforløb for kronisk sygdom og den 10-årige plan for psykiatrien. {SYNTHETIC_DA}"),
            format!("The statistic shows how many persons with selected chronic and psychiatric conditions can be found in data from specialist practice, in hospitals, or both. It shows what linking the new diagnoses from specialist practice with the National Patient Register adds when one wants to know a patient population, for example for chronic-disease care pathways and the 10-year plan for psychiatry. {SYNTHETIC_EN}"),
        ),
        content: Text::new(
            "En person hører til en population i året, hvis personen har en diagnose i populationens diagnosegruppe fra speciallægepraksis (fra 2024) eller fra en sygehuskontakt i LPR. Populationerne er type 2-diabetes (DE11), KOL (DJ44), leddegigt (DM05-DM06), osteoporose (DM80-DM81), depression og angst (DF32-DF33) og ADHD (DF90). Personer, der kun behandles i almen praksis, findes ikke i nogen af kilderne og indgår ikke. Opgørelsen vises for hele landet, regioner og kommuner og for hele landet fordelt på køn og alder.",
            "A person belongs to a population in the year if the person has a diagnosis in the population's diagnosis group from specialist practice (from 2024) or from a hospital contact in LPR. The populations are type 2 diabetes (DE11), COPD (DJ44), rheumatoid arthritis (DM05-DM06), osteoporosis (DM80-DM81), depression and anxiety (DF32-DF33) and ADHD (DF90). Persons treated only in general practice are in neither source and are not included. The statistic is shown for the whole country, regions and municipalities, and for the whole country by sex and age.",
        ),
        indicators: Text::new(
            "Antal personer og personer pr. 1.000 indbyggere, fundet kun i speciallægepraksis, kun på sygehus eller begge steder, og andelen af den fundne population i hver kategori. \"Alle seks populationer\" tæller hver person én gang, også hvis personen er i flere populationer.",
            "Number of persons and persons per 1,000 inhabitants, found in specialist practice only, in hospital only, or both, and the share of the population found in each category. \"All six populations\" counts each person once, also if the person is in several populations.",
        ),
        caveats: Text::new(
            "Populationerne er ikke prævalenser: de fleste med type 2-diabetes og KOL følges i almen praksis og findes ikke her. Speciallægepraksis indberetter diagnoser fra 2024, og første år er ufuldstændigt. Små tal er skjult, også i totaler, hvor de ellers kunne beregnes.",
            "The populations are not prevalences: most people with type 2 diabetes and COPD are followed in general practice and are not found here. Specialist practice reports diagnoses from 2024, and the first year is incomplete. Small numbers are hidden, also in totals where they could otherwise be calculated.",
        ),
        source: Text::new(
            "Syntetiske data. I en rigtig udgave: Sundhedsdatastyrelsen på grundlag af diagnoseindberetningen fra speciallægepraksis og Landspatientregistret, koblet på pseudonymiseret personnummer. Kalibrering: antal personer med type 2-diabetes, leddegigt, depression og ADHD efter offentlige kilder.",
            "Synthetic data. In a real version: the Danish Health Data Authority based on the diagnosis reporting from specialist practice and the National Patient Register, linked on pseudonymised personal identity numbers. Calibration: numbers of persons with type 2 diabetes, rheumatoid arthritis, depression and ADHD after public sources.",
        ),
        publication: Text::new(
            "Mock-up til arbejdsgruppen for udstilling af nye data fra speciallægepraksis. Opdateres ikke.",
            "Mock-up for the working group on publishing new data from specialist practice. Not updated.",
        ),
        terms: Text::new(
            "Population: personer med en diagnose i en bestemt diagnosegruppe i året. Fundet i: den eller de kilder, hvor personen har diagnosen. LPR: Landspatientregistret. Pakkeforløb: nationalt beskrevne forløb for kronisk sygdom.",
            "Population: persons with a diagnosis in a given diagnosis group in the year. Found in: the source or sources where the person has the diagnosis. LPR: the National Patient Register. Care pathway (pakkeforløb): nationally described pathways for chronic disease.",
        ),
    }
}

pub fn pathway_declaration() -> Declaration {
    Declaration {
        purpose: Text::new(
            format!("Opgørelsen viser, hvordan patienter fra udvalgte populationer bevæger sig mellem sektorerne: hvem der henviser dem til speciallægepraksis, hvor mange der også har kontakt med et sygehus inden for 12 måneder, og hvordan forløbet står ved årets udgang. Den skal vise, hvad en kobling af henvisninger, speciallægepraksis, Landspatientregistret og epikriser kan fortælle om sammenhængen i patientforløb. {SYNTHETIC_DA}"),
            format!("The statistic shows how patients from selected populations move between sectors: who refers them to specialist practice, how many also have a hospital contact within 12 months, and how the course stands at the end of the year. It shows what linking referrals, specialist practice, the National Patient Register and discharge letters (epikriser) could tell about the coherence of patient pathways. {SYNTHETIC_EN}"),
        ),
        content: Text::new(
            "Hver person i populationen, der er fundet i speciallægepraksis, indgår med sit første forløb i året hos populationens speciale (intern medicin for type 2-diabetes og KOL, reumatologi for leddegigt og osteoporose, psykiatri for depression, angst og ADHD). Forløbet følges i fire trin: henvisning (fra almen praksis, fra en anden speciallæge eller et sygehus, eller uden henvisning), speciallægepraksis, sygehuskontakt inden for 12 måneder efter første kontakt, og status ved årets udgang (afsluttet med epikrise til egen læge, fortsat i speciallægepraksis, afsluttet uden registreret epikrise). Vises for hele landet, de fem regioner og for hele landet fordelt på alder.",
            "Each person of the population found in specialist practice counts with the first course of the year at the population's specialty (internal medicine for type 2 diabetes and COPD, rheumatology for rheumatoid arthritis and osteoporosis, psychiatry for depression, anxiety and ADHD). The course is followed in four steps: referral (from general practice, from another specialist or a hospital, or without referral), specialist practice, a hospital contact within 12 months after the first contact, and the status at the end of the year (finished with an epikrise to the patient's own doctor, still in specialist practice, finished without a recorded epikrise). Shown for the whole country, the five regions and for the whole country by age.",
        ),
        indicators: Text::new(
            "Antal personer i hver strøm mellem to trin og strømmens andel af alle personer i forløbet. Tid mellem trinene i dage: median og kvartiler (25 % og 75 %) for ventetid fra henvisning til første konsultation, tid fra første konsultation til sygehuskontakt og tid fra første konsultation til forløbets afslutning. Forløb, der fortsætter, har ingen sluttid.",
            "Number of persons in each flow between two steps and the flow's share of all persons in the pathway. Time between steps in days: median and quartiles (25 % and 75 %) of the wait from referral to first consultation, the time from first consultation to a hospital contact, and the time from first consultation to the end of the course. Courses still running have no end time.",
        ),
        caveats: Text::new(
            "Rækkefølgen er forenklet: sygehuskontakten kan handle om andet end populationens sygdom, og et forløb kan have flere sygehuskontakter. Epikriser registreres ikke i dag som data; \"uden registreret epikrise\" viser netop det hul. Forløb, der begynder sent på året, når ikke at blive afsluttet. Små strømme er skjult, og så er også en strøm mere i samme trin skjult, så de ikke kan regnes ud af totalen.",
            "The order is simplified: the hospital contact may concern something other than the population's condition, and a course can have several hospital contacts. Discharge letters are not recorded as data today; \"without a recorded epikrise\" shows exactly that gap. Courses that begin late in the year have no time to finish. Small flows are hidden, and then another flow of the same step is hidden too, so they cannot be worked out from the total.",
        ),
        source: Text::new(
            "Syntetiske data. I en rigtig udgave: Sundhedsdatastyrelsen på grundlag af henvisninger (MedCom/DNHF), diagnoseindberetningen fra speciallægepraksis, Sygesikringsregistret og Landspatientregistret, koblet på pseudonymiseret personnummer og datoer.",
            "Synthetic data. In a real version: the Danish Health Data Authority based on referrals (MedCom/DNHF), the diagnosis reporting from specialist practice, the National Health Insurance Service Register and the National Patient Register, linked on pseudonymised personal identity numbers and dates.",
        ),
        publication: Text::new(
            "Mock-up til arbejdsgruppen for udstilling af nye data fra speciallægepraksis. Opdateres ikke.",
            "Mock-up for the working group on publishing new data from specialist practice. Not updated.",
        ),
        terms: Text::new(
            "Strøm: personer, der går fra ét trin til det næste. Epikrise: lægens afsluttende brev til patientens egen læge. Udlægning: et sygehus sender en henvisning videre til speciallægepraksis. Kvartil: 25 % af personerne havde højst den første værdi, 75 % højst den sidste.",
            "Flow: persons going from one step to the next. Epikrise: the doctor's closing letter to the patient's own doctor. Udlægning: a hospital passes a referral on to specialist practice. Quartile: 25 % of the persons had at most the first value, 75 % at most the last.",
        ),
    }
}

pub fn activity_declaration() -> Declaration {
    Declaration {
        purpose: Text::new(
            format!("Opgørelsen viser aktiviteten pr. patient i speciallægepraksis for udvalgte populationer: kontakter og ydelser, hvor mange der ses én gang og hvor mange mange gange, og hvor mange ambulante sygehuskontakter de samme patienter har for sygdommen. Den skal vise, hvad Sygesikringsregistrets aktivitetsdata kan fortælle, når de kobles med diagnoserne fra speciallægepraksis. {SYNTHETIC_DA}"),
            format!("The statistic shows the activity per patient in specialist practice for selected populations: contacts and services, how many are seen once and how many many times, and how many hospital outpatient contacts the same patients have for the condition. It shows what the activity data of the National Health Insurance Service Register can tell when linked with the diagnoses from specialist practice. {SYNTHETIC_EN}"),
        ),
        content: Text::new(
            "Patienter er personer i populationen, der er fundet i speciallægepraksis i året. Deres kontakter tælles i alle specialer, de er set i; under \"Alle specialer\" tælles hver patient én gang med alle sine kontakter. Vises for hele landet fordelt på speciale, for de fem regioner og for hele landet fordelt på alder.",
            "Patients are persons of the population found in specialist practice in the year. Their contacts count in every specialty they were seen in; under \"All specialties\" each patient counts once with all their contacts. Shown for the whole country by specialty, for the five regions and for the whole country by age.",
        ),
        indicators: Text::new(
            "Antal patienter og kontakter; kontakter, første konsultationer, opfølgende konsultationer, telefon- og videokonsultationer og øvrige ydelser (fx procedurer) pr. patient; andelen af patienterne med 1, 2-5, 6-10 og over 10 kontakter; og ambulante sygehuskontakter med populationens diagnose pr. patient.",
            "Number of patients and contacts; contacts, first consultations, follow-up consultations, phone and video consultations and other services (e.g. procedures) per patient; the share of patients with 1, 2-5, 6-10 and more than 10 contacts; and hospital outpatient contacts with the population's diagnosis per patient.",
        ),
        caveats: Text::new(
            "Sygesikringsregistret registrerer ydelser til afregning, ikke kliniske forløb; en første konsultation tælles, når forløbet er nyt. Ambulante sygehuskontakter tælles kun med populationens diagnose og er ikke direkte sammenlignelige med kontakter i praksis. Små tal er skjult, også i totaler, hvor de ellers kunne beregnes.",
            "The National Health Insurance Service Register records services for payment, not clinical courses; a first consultation counts when the course is new. Hospital outpatient contacts count only with the population's diagnosis and are not directly comparable with contacts in practice. Small numbers are hidden, also in totals where they could otherwise be calculated.",
        ),
        source: Text::new(
            "Syntetiske data. I en rigtig udgave: Sundhedsdatastyrelsen på grundlag af Sygesikringsregistret, diagnoseindberetningen fra speciallægepraksis og Landspatientregistret, koblet på pseudonymiseret personnummer.",
            "Synthetic data. In a real version: the Danish Health Data Authority based on the National Health Insurance Service Register, the diagnosis reporting from specialist practice and the National Patient Register, linked on pseudonymised personal identity numbers.",
        ),
        publication: Text::new(
            "Mock-up til arbejdsgruppen for udstilling af nye data fra speciallægepraksis. Opdateres ikke.",
            "Mock-up for the working group on publishing new data from specialist practice. Not updated.",
        ),
        terms: Text::new(
            "Kontakt: konsultation, telefon- eller videokonsultation. Ydelse: en afregnet ydelse i Sygesikringsregistret. Ambulant kontakt: en sygehuskontakt uden indlæggelse. SSR: Sygesikringsregistret.",
            "Contact: consultation, phone or video consultation. Service: a service paid through the National Health Insurance Service Register. Outpatient contact: a hospital contact without admission. SSR: the National Health Insurance Service Register.",
        ),
    }
}
