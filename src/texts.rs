//! Every text of the user interface, Danish first, English second.
//!
//! To change a text, change it here: constants for fixed texts, small functions for texts with
//! numbers or names in them. Texts that describe the data (titles, labels of codes, the
//! declaration) come from the data files instead.
//!
//! The one exception is `index.html`: its short loading and failure notes are shown before this
//! code runs, so they stay there (in both languages at once).

use components::format::NumberFormat;

/// The language of the interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Da,
    En,
}

impl Lang {
    /// The code used in the URL and in `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
        }
    }
    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "da" => Some(Lang::Da),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
    pub fn other(self) -> Lang {
        match self {
            Lang::Da => Lang::En,
            Lang::En => Lang::Da,
        }
    }
    /// Danish `1.234,5` or English `1,234.5`.
    pub fn number_format(self) -> NumberFormat {
        match self {
            Lang::Da => NumberFormat::DANISH,
            Lang::En => NumberFormat::ENGLISH,
        }
    }
    fn pick<'a>(self, da: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Da => da,
            Lang::En => en,
        }
    }
}

/// A fixed text in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct T {
    pub da: &'static str,
    pub en: &'static str,
}

impl T {
    pub const fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Da => self.da,
            Lang::En => self.en,
        }
    }
}

const fn t(da: &'static str, en: &'static str) -> T {
    T { da, en }
}

// ------------------------------------------------------------------------------------------
// Shell

pub const SKIP_LINK: T = t("Gå til indhold", "Skip to content");
pub const BRAND: T = t("eSundhed", "eSundhed");
pub const BRAND_SUB: T = t("Mock-up af nye visninger", "Mock-up of new views");
pub const TOPIC: T = t("Speciallægepraksis", "Specialist practice");
pub const NAV_LABEL: T = t(
    "Visninger om speciallægepraksis",
    "Views on specialist practice",
);
pub const MOCKUP_MARK: T = t("Mock-up · syntetiske data", "Mock-up · synthetic data");
pub const MOCKUP_BANNER: T = t(
    "Dette er en mock-up til arbejdsgruppen. Alle tal er syntetiske og beskriver ingen virkelige patienter.",
    "This is a mock-up for the working group. All numbers are synthetic and describe no real patients.",
);
/// The language toggle shows the *other* language's name, in that language.
pub const LANG_SWITCH: T = t("English", "Dansk");
pub const LANG_SWITCH_LABEL: T = t("Skift sprog til engelsk", "Switch language to Danish");
pub const FOOTER_SOURCE_HEADING: T = t("Kilde", "Source");
pub const FOOTER_SOURCE: T = t(
    "Syntetiske data, dannet af mock-uppens egen datagenerator ud fra offentlige nøgletal og \
     diskretioneret som rigtige tal ville blive det. Tallene må ikke bruges som statistik.",
    "Synthetic data, made by the mock-up's own data generator from public key figures and \
     suppressed as real figures would be. The numbers must not be used as statistics.",
);
pub const FOOTER_CREDITS_HEADING: T = t("Om mock-uppen", "About the mock-up");
pub const FOOTER_CREDITS: T = t(
    "Lavet til arbejdsgruppen om nye visninger af data fra speciallægepraksis. Bygget med Rust, \
     Leptos, charming og Apache ECharts. Layoutet er inspireret af eSundhed, men er ikke en del af det.",
    "Made for the working group on new views of data from specialist practice. Built with Rust, \
     Leptos, charming and Apache ECharts. The layout is inspired by eSundhed but is not part of it.",
);
pub const PAGE_TITLE_SUFFIX: T = t(
    "Speciallægepraksis · mock-up",
    "Specialist practice · mock-up",
);

// ------------------------------------------------------------------------------------------
// Views (navigation, overview cards)

/// A view of the topic: its code in the URL, names and a one-line description.
pub struct ViewText {
    pub code: &'static str,
    pub nav: T,
    pub title: T,
    pub blurb: T,
    /// Part 1 (first delivery) or part 2 (future needs) of the commission.
    pub part: u8,
}

pub const VIEWS: [ViewText; 6] = [
    ViewText {
        code: "diagnoses",
        nav: t("Diagnoser", "Diagnoses"),
        title: t("Diagnoser i speciallægepraksis", "Diagnoses in specialist practice"),
        blurb: t(
            "Patienter og kontakter efter speciale, ICD-10-diagnose, region og kommune, køn og alder.",
            "Patients and contacts by specialty, ICD-10 diagnosis, region and municipality, sex and age.",
        ),
        part: 1,
    },
    ViewText {
        code: "referrals",
        nav: t("Henvisninger", "Referrals"),
        title: t("Henvisninger til speciallægepraksis", "Referrals to specialist practice"),
        blurb: t(
            "Henvisninger efter henviser og type, brug inden for gyldighedsperioden og ventetid til første konsultation.",
            "Referrals by referrer and type, use within the validity period and waiting time to the first consultation.",
        ),
        part: 1,
    },
    ViewText {
        code: "hospital",
        nav: t("Sygehuskontakt", "Hospital contact"),
        title: t("Speciallægepatienter med sygehuskontakt", "Specialist-practice patients with hospital contact"),
        blurb: t(
            "Andel af patienterne i speciallægepraksis, der også har kontakt med sygehus i samme diagnosegruppe.",
            "Share of specialist-practice patients who also have hospital contact in the same diagnosis group.",
        ),
        part: 1,
    },
    ViewText {
        code: "populations",
        nav: t("Populationer", "Populations"),
        title: t("Patientpopulationer på tværs af sektorer", "Patient populations across sectors"),
        blurb: t(
            "Populationer fundet med diagnoser fra både sygehus og speciallægepraksis, pr. 1.000 indbyggere.",
            "Populations found from both hospital and specialist-practice diagnoses, per 1,000 inhabitants.",
        ),
        part: 2,
    },
    ViewText {
        code: "pathways",
        nav: t("Forløb", "Pathways"),
        title: t("Patientforløb på tværs af sektorer", "Patient pathways across sectors"),
        blurb: t(
            "Forløb fra almen praksis over henvisning og speciallæge til sygehus, med tiden mellem trinene.",
            "Pathways from general practice via referral and specialist to hospital, with the time between steps.",
        ),
        part: 2,
    },
    ViewText {
        code: "activity",
        nav: t("Aktivitet", "Activity"),
        title: t("Aktivitet pr. patientpopulation", "Activity per patient population"),
        blurb: t(
            "Kontakter og ydelser pr. patient i speciallægepraksis sammenholdt med ambulant sygehusaktivitet.",
            "Contacts and services per patient in specialist practice compared with hospital outpatient activity.",
        ),
        part: 2,
    },
];

/// The title of the view with this `view` code (empty for a code that is none).
pub fn view_title(code: &str, lang: Lang) -> &'static str {
    VIEWS
        .iter()
        .find(|v| v.code == code)
        .map(|v| v.title.get(lang))
        .unwrap_or_default()
}

pub const OVERVIEW_NAV: T = t("Overblik", "Overview");
pub const OVERVIEW_TITLE: T = t("Speciallægepraksis", "Specialist practice");
pub const OVERVIEW_INTRO: T = t(
    "Her kan arbejdsgruppen klikke sig igennem forslag til nye visninger af data fra \
     speciallægepraksis: diagnoser, henvisninger og sammenhængen med sygehusene. Visningerne \
     fungerer som på eSundhed: vælg opgørelse, filtrér, bor ned og hent tallene.",
    "Here the working group can click through proposed new views of data from specialist \
     practice: diagnoses, referrals and the link to hospitals. The views work as on eSundhed: \
     choose a measure, filter, drill down and download the numbers.",
);
pub const OVERVIEW_QUESTION: T = t(
    "Spørgsmålet til jer: Kan billedet genkendes?",
    "The question for you: Is the picture recognisable?",
);
pub const PART_1: T = t("Del 1 · første levering", "Part 1 · first delivery");
pub const PART_2: T = t("Del 2 · fremtidige behov", "Part 2 · future needs");
pub const OPEN_VIEW: T = t("Åbn visningen", "Open the view");
pub const DATASETS_HEADING: T = t("Datasæt i mock-uppen", "Datasets in the mock-up");
pub const DATASET_PERIOD: T = t("Periode", "Period");
pub const DATASET_SIZE: T = t("Størrelse (komprimeret)", "Size (compressed)");
// ------------------------------------------------------------------------------------------
// Use cases ("Brugsscenarier")

pub const USE_CASES_TITLE: T = t("Brugsscenarier", "Use cases");
pub const USE_CASES_INTRO: T = t(
    "Spørgsmål, som regioner, kommuner, speciallæger, Sundhedsdatastyrelsen og forskere kan stille til de nye data, og de visninger, der besvarer dem trin for trin. Tallene er syntetiske: scenarierne viser, hvad visningerne kan bruges til, ikke hvad de viser.",
    "Questions that regions, municipalities, specialists, the Health Data Authority and researchers may ask of the new data, and the views that answer them step by step. The numbers are synthetic: the use cases show what the views can be used for, not what they show.",
);
pub const USE_CASES_BLURB: T = t(
    "Hvem spørger om hvad, og hvilke visninger svarer? Brugsscenarier med trin, der kan klikkes igennem.",
    "Who asks what, and which views answer? Use cases with steps to click through.",
);
pub const USE_CASES_OPEN: T = t("Se brugsscenarierne", "See the use cases");
pub const USE_CASES_FILTERS: T = t("Afgræns brugsscenarierne", "Narrow down the use cases");
pub const USE_CASE_VIEW: T = t("Visning", "View");
pub const USE_CASE_PURPOSE: T = t("Formål", "Purpose");
pub const USE_CASE_AUDIENCE: T = t("Hvem spørger", "Who asks");
pub const USE_CASE_STEPS: T = t("Trin", "Steps");
pub const ALL_PURPOSES: T = t("Alle formål", "All purposes");
pub const ALL_AUDIENCES: T = t("Alle", "Everyone");

pub fn use_cases_count(lang: Lang, shown: usize, total: usize) -> String {
    match lang {
        Lang::Da => format!("Viser {shown} af {total} brugsscenarier."),
        Lang::En => format!("Showing {shown} of {total} use cases."),
    }
}

pub fn kilobytes(lang: Lang, bytes: u64) -> String {
    let kb = bytes as f64 / 1024.0;
    format!(
        "{} KB",
        lang.number_format()
            .format(kb, if kb < 10.0 { 1 } else { 0 })
    )
}

// ------------------------------------------------------------------------------------------
// Review notes ("Kan billedet genkendes?")

pub const NOTES_NAV: T = t("Noter", "Notes");
pub const NOTES_TITLE: T = t(
    "Noter: Kan billedet genkendes?",
    "Notes: Is the picture recognisable?",
);
pub const NOTES_INTRO: T = t(
    "Her er de noter, der er skrevet til visningerne i denne browser. Hver note hører til én visning med bestemte filtre, og linket åbner den igen. Eksportér noterne og send dem til arbejdsgruppen, eller importér andres: en note, der allerede er her, kommer ikke med to gange.",
    "These are the notes written on the views in this browser. Each note belongs to one view with particular filters, and its link opens it again. Export the notes and send them to the working group, or import other people's: a note that is already here is not added twice.",
);
pub const NOTES_EMPTY: T = t("Der er ingen noter endnu.", "There are no notes yet.");
pub const NOTES_EMPTY_HINT: T = t(
    "Åbn en visning, vælg filtre, og skriv en note under «Kan billedet genkendes?» nederst i resultatet.",
    "Open a view, choose filters, and write a note under “Is the picture recognisable?” below the results.",
);
pub const NOTES_EXPORT_CSV: T = t("Eksportér som CSV", "Export as CSV");
pub const NOTES_EXPORT_MD: T = t("Eksportér som Markdown", "Export as Markdown");
pub const NOTES_IMPORT: T = t(
    "Importér noter (CSV eller Markdown)",
    "Import notes (CSV or Markdown)",
);
pub const NOTES_TABLE_CAPTION: T = t("Noterne, nyeste først", "The notes, newest first");
pub const NOTES_ACTIONS: T = t("Handling", "Action");
pub const NOTE_DELETE: T = t("Slet", "Delete");
pub const NOTE_DELETE_CONFIRM: T = t(
    "Slet noten? Det kan ikke fortrydes.",
    "Delete the note? This cannot be undone.",
);
pub const NOTE_DELETED: T = t("Noten er slettet.", "The note has been deleted.");
pub const NOTES_READ_FAILED: T = t("filen kunne ikke læses", "the file could not be read");
pub const NOTES_NOT_SAVED: T = t(
    "Browseren ville ikke gemme noterne (et privat vindue eller fuld lagerplads). Intet er ændret.",
    "The browser would not store the notes (a private window or full storage). Nothing has changed.",
);
pub const VERDICT_YES: T = t("Genkendelig", "Recognisable");
pub const VERDICT_NO: T = t("Ikke genkendelig", "Not recognisable");
pub const VERDICT_UNSURE: T = t("Usikker", "Unsure");
pub const NOTE_COL_CREATED: T = t("Oprettet", "Created");
pub const NOTE_COL_VIEW: T = t("Visning", "View");
pub const NOTE_COL_VERDICT: T = t("Vurdering", "Verdict");
pub const NOTE_COL_COMMENT: T = t("Kommentar", "Comment");
pub const NOTE_COL_CELL: T = t("Celle", "Cell");
pub const NOTE_COL_ADDRESS: T = t("Adresse", "Address");
pub const NOTE_COL_ID: T = t("Id", "Id");

pub const REVIEW_TITLE: T = t("Kan billedet genkendes?", "Is the picture recognisable?");
pub const REVIEW_LEAD: T = t(
    "Ligner tallene det, du kender fra praksis? Noten gælder visningen præcis, som den er nu: de valgte filtre, fordelingen og året. Den gemmes kun i denne browser; under «Noter» kan alle noter ses og eksporteres.",
    "Do the numbers look like what you know from practice? The note is about the view exactly as it is now: the chosen filters, the breakdown and the year. It is kept in this browser only; under “Notes” all notes can be seen and exported.",
);
pub const REVIEW_VERDICT: T = t("Din vurdering", "Your verdict");
pub const REVIEW_COMMENT: T = t(
    "Kommentar: hvad ser forkert ud, og hvad havde du ventet?",
    "Comment: what looks wrong, and what did you expect?",
);
pub const REVIEW_CELL: T = t(
    "Gælder noten en bestemt celle? (valgfrit)",
    "Is the note about one cell? (optional)",
);
pub const REVIEW_WHOLE: T = t("Hele visningen", "The whole view");
pub const REVIEW_SAVE: T = t("Gem noten", "Save the note");
pub const REVIEW_SEE_ALL: T = t("Se alle noter", "See all notes");
pub const REVIEW_NEED_VERDICT: T = t("Vælg først en vurdering.", "Choose a verdict first.");
pub const REVIEW_SAVED: T = t("Noten er gemt.", "The note has been saved.");
pub const REVIEW_DUPLICATE: T = t(
    "Den samme note findes allerede til denne visning.",
    "The same note already exists for this view.",
);

/// How many notes the current state has (the summary line of the note form).
pub fn notes_on_state(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::Da, 0) => "Ingen noter til netop denne visning endnu".into(),
        (Lang::Da, 1) => "1 note til netop denne visning".into(),
        (Lang::Da, n) => format!("{n} noter til netop denne visning"),
        (Lang::En, 0) => "No notes on exactly this view yet".into(),
        (Lang::En, 1) => "1 note on exactly this view".into(),
        (Lang::En, n) => format!("{n} notes on exactly this view"),
    }
}

/// "3 notes: 1 recognisable, …".
pub fn notes_summary(lang: Lang, total: usize, by_verdict: [usize; 3]) -> String {
    let [yes, no, unsure] = by_verdict;
    match lang {
        Lang::Da => format!(
            "{total} {}: {yes} genkendelig, {no} ikke genkendelig, {unsure} usikker.",
            if total == 1 { "note" } else { "noter" }
        ),
        Lang::En => format!(
            "{total} {}: {yes} recognisable, {no} not recognisable, {unsure} unsure.",
            if total == 1 { "note" } else { "notes" }
        ),
    }
}

/// The line under the heading of a Markdown export.
pub fn notes_exported(lang: Lang, when: &str, from: &str, n: usize) -> String {
    match lang {
        Lang::Da => format!("Eksporteret {when} fra {from}: {n} noter. Syntetiske data (mock-up)."),
        Lang::En => format!("Exported {when} from {from}: {n} notes. Synthetic data (mock-up)."),
    }
}

pub fn notes_imported(lang: Lang, file: &str, added: usize, duplicates: usize) -> String {
    match (lang, added) {
        (Lang::Da, 1) => format!("{file}: 1 ny note er importeret; {duplicates} fandtes allerede."),
        (Lang::Da, _) => {
            format!("{file}: {added} nye noter er importeret; {duplicates} fandtes allerede.")
        }
        (Lang::En, 1) => format!("{file}: 1 new note imported; {duplicates} already here."),
        (Lang::En, _) => format!("{file}: {added} new notes imported; {duplicates} already here."),
    }
}

pub fn notes_import_failed(lang: Lang, file: &str, reason: &str) -> String {
    match lang {
        Lang::Da => format!("{file} blev ikke importeret: {reason}. Ingen noter er ændret."),
        Lang::En => format!("{file} was not imported: {reason}. No note has changed."),
    }
}

pub fn notes_unreadable(lang: Lang, reason: &str) -> String {
    match lang {
        Lang::Da => format!("De noter, der var gemt i browseren, kunne ikke læses ({reason}). De er lagt til side i browserens lager, ikke slettet."),
        Lang::En => format!("The notes stored in the browser could not be read ({reason}). They have been put aside in the browser's storage, not deleted."),
    }
}

pub fn note_delete_label(lang: Lang, created: &str) -> String {
    match lang {
        Lang::Da => format!("Slet noten fra {created}"),
        Lang::En => format!("Delete the note of {created}"),
    }
}

/// Why an import failed, with the line if there is one.
pub fn import_error(lang: Lang, line: usize, problem: &crate::notes::Problem) -> String {
    use crate::notes::Problem as P;
    let da = lang == Lang::Da;
    let reason = match problem {
        P::NotNotes if da => "filen har ingen tabel med noter".to_string(),
        P::NotNotes => "the file has no table of notes".to_string(),
        P::Header if da => {
            "kolonnerne skal være Oprettet, Visning, Vurdering, Kommentar, Celle, Adresse, Id"
                .to_string()
        }
        P::Header => {
            "the columns must be Created, View, Verdict, Comment, Cell, Address, Id".to_string()
        }
        P::Fields(n) if da => format!("rækken har {n} felter, men skal have 7"),
        P::Fields(n) => format!("the row has {n} fields instead of 7"),
        P::NoId if da => "rækken mangler et id".to_string(),
        P::NoId => "the row has no id".to_string(),
        P::NoDate if da => "rækken mangler tidspunktet".to_string(),
        P::NoDate => "the row has no time".to_string(),
        P::Verdict(v) if da => {
            format!("«{v}» er ikke en vurdering (Genkendelig, Ikke genkendelig, Usikker)")
        }
        P::Verdict(v) => format!("“{v}” is not a verdict (Recognisable, Not recognisable, Unsure)"),
        P::Address(a) if da => format!("«{a}» er ikke adressen på en af visningerne"),
        P::Address(a) => format!("“{a}” is not the address of one of the views"),
        P::TooLarge if da => "filen er større end 5 MB".to_string(),
        P::TooLarge => "the file is larger than 5 MB".to_string(),
    };
    match (line, lang) {
        (0, _) => reason,
        (n, Lang::Da) => format!("linje {n}: {reason}"),
        (n, Lang::En) => format!("line {n}: {reason}"),
    }
}

// ------------------------------------------------------------------------------------------
// Component gallery ("Galleri", designers' builds only: `trunk serve`, or `--features gallery`)

pub const GALLERY_TITLE: T = t("Komponentgalleri", "Component gallery");
pub const GALLERY_INTRO: T = t(
    "Alle byggeklodser i mock-uppen i alle deres tilstande, til designere. Farver, afstande og skriftstørrelser er designtokens i afsnit 1 af public/style.css: ændr en token, og både appen og galleriet følger med. Tallene her er opdigtede eksempler til at vise komponenterne, ikke data.",
    "Every building block of the mock-up in all its states, for designers. Colours, spacing and font sizes are design tokens in section 1 of public/style.css: change a token and both the app and the gallery follow. The numbers here are made-up examples to show the components, not data.",
);
pub const GALLERY_NOT_BUILT: T = t(
    "Komponentgalleriet findes kun i designernes udgave af mock-uppen (npm start eller trunk serve).",
    "The component gallery is only part of the designers' build of the mock-up (npm start or trunk serve).",
);
pub const GALLERY_CONTENTS: T = t("Indhold", "Contents");
pub const GALLERY_TOKENS: T = t("Designtokens", "Design tokens");
pub const GALLERY_COLOURS: T = t("Farver", "Colours");
pub const GALLERY_SPACING: T = t("Afstande", "Spacing");
pub const GALLERY_TYPE: T = t("Skriftstørrelser", "Type scale");
pub const GALLERY_TYPE_SAMPLE: T = t(
    "Speciallægepraksis i Region Hovedstaden",
    "Specialist practice in the Capital Region",
);
pub const GALLERY_STATE_INFO: T = t("Information", "Information");
pub const GALLERY_STATE_LOADING: T = t("Indlæser", "Loading");
pub const GALLERY_STATE_EMPTY: T = t("Tom", "Empty");
pub const GALLERY_STATE_NOT_PUBLISHED: T = t("Ikke offentliggjort", "Not published");
pub const GALLERY_STATE_ERROR: T = t("Fejl med «Prøv igen»", "Error with “Try again”");
pub const GALLERY_STATE_NORMAL: T = t("Almindelig", "Normal");
pub const GALLERY_STATE_SUPPRESSED: T = t(
    "Diskretionerede og udefinerede celler",
    "Suppressed and undefined cells",
);
pub const GALLERY_STATE_LONG: T = t("Meget lange danske etiketter", "Very long Danish labels");
pub const GALLERY_STATE_DISABLED: T = t("Ikke tilgængelig", "Disabled");
pub const GALLERY_STATE_NO_ROWS: T = t("Uden rækker", "No rows");
pub const GALLERY_RETRIED: T = t("«Prøv igen» blev trykket.", "“Try again” was pressed.");
pub const GALLERY_SAMPLE_INFO: T = t(
    "Parameteren «geo=9999» i adressen blev ikke brugt: koden findes ikke.",
    "The parameter “geo=9999” in the address was not used: the code does not exist.",
);
pub const GALLERY_SAMPLE_EMPTY: T = t(
    "Ingen patienter i det valgte udsnit.",
    "No patients in the chosen selection.",
);
pub const GALLERY_SAMPLE_ERROR: T = t("Data kunne ikke hentes", "The data could not be loaded");
pub const GALLERY_SAMPLE_ERROR_LINE: T = t(
    "data/diagnoser.json svarede med HTTP 404.",
    "data/diagnoser.json answered with HTTP 404.",
);
pub const GALLERY_SAMPLE_PICK: T = t("Region", "Region");
pub const GALLERY_SAMPLE_GEO: T = t("Geografi", "Geography");
pub const GALLERY_SAMPLE_UNIT: T = t("patienter", "patients");
pub const GALLERY_SAMPLE_TABLE: T = t(
    "Antal patienter fordelt på region, 2025",
    "Number of patients by region, 2025",
);
pub const GALLERY_SAMPLE_CARD: T = t("Population og kobling", "Population and linkage");
pub const GALLERY_SAMPLE_DECL: T = t("Information om opgørelsen", "About the figures");
pub const GALLERY_SAMPLE_DECL_TEXT: T = t(
    "Eksempel på en del af datadeklarationen, med en lang tekst der brydes over flere linjer, så designere kan se linjelængde og afstand mellem afsnit.",
    "An example of one part of the data declaration, with a long text that wraps over several lines, so that designers can see the line length and the space between parts.",
);

// ------------------------------------------------------------------------------------------
// States: loading, errors, URL notices

pub const LOADING: T = t("Henter data …", "Loading data …");
pub const RETRY: T = t("Prøv igen", "Try again");
pub const LOAD_ERROR_TITLE: T = t("Data kunne ikke hentes", "The data could not be loaded");
pub const LOAD_ERROR_REST: T = t(
    "Resten af siden virker stadig. Prøv igen, eller vælg en anden visning.",
    "The rest of the page still works. Try again, or choose another view.",
);

pub fn error_network(lang: Lang, url: &str) -> String {
    match lang {
        Lang::Da => format!("Der var ingen forbindelse, da {url} skulle hentes."),
        Lang::En => format!("There was no connection when fetching {url}."),
    }
}
pub fn error_http(lang: Lang, url: &str, status: u16) -> String {
    match lang {
        Lang::Da => format!("Serveren svarede {status} på {url}."),
        Lang::En => format!("The server answered {status} for {url}."),
    }
}
pub fn error_parse(lang: Lang, url: &str) -> String {
    match lang {
        Lang::Da => {
            format!("Filen {url} kunne ikke læses: den er beskadiget eller ikke en datafil.")
        }
        Lang::En => format!("The file {url} could not be read: it is damaged or not a data file."),
    }
}
pub fn error_version(lang: Lang, url: &str, found: u32, expected: u32) -> String {
    match lang {
        Lang::Da => format!(
            "Filen {url} har formatversion {found}, men denne udgave af mock-uppen læser version {expected}."
        ),
        Lang::En => format!("The file {url} has format version {found}, but this build of the mock-up reads version {expected}."),
    }
}
pub fn error_invalid(lang: Lang, url: &str) -> String {
    match lang {
        Lang::Da => format!("Filen {url} hænger ikke sammen og kan ikke vises."),
        Lang::En => format!("The file {url} is inconsistent and cannot be shown."),
    }
}
pub fn error_not_in_catalog(lang: Lang, id: &str) -> String {
    match lang {
        Lang::Da => format!("Datasættet «{id}» findes ikke i kataloget."),
        Lang::En => format!("The dataset «{id}» is not in the catalogue."),
    }
}
pub const ERROR_DETAIL: T = t("Teknisk besked", "Technical message");

pub const URL_NOTICE_TITLE: T = t(
    "Dele af adressen kunne ikke bruges og er sat til standardvalg",
    "Parts of the address could not be used and were reset to defaults",
);
pub fn url_unknown_param(lang: Lang, key: &str) -> String {
    match lang {
        Lang::Da => format!("Ukendt parameter «{key}» blev ignoreret."),
        Lang::En => format!("Unknown parameter «{key}» was ignored."),
    }
}
pub fn url_bad_value(lang: Lang, key: &str, value: &str) -> String {
    match lang {
        Lang::Da => format!("«{key}={value}» er ikke en gyldig værdi."),
        Lang::En => format!("«{key}={value}» is not a valid value."),
    }
}
pub fn url_unknown_code(lang: Lang, key: &str, value: &str) -> String {
    match lang {
        Lang::Da => format!("«{key}={value}» findes ikke i data."),
        Lang::En => format!("«{key}={value}» does not exist in the data."),
    }
}
pub fn url_duplicate(lang: Lang, key: &str) -> String {
    match lang {
        Lang::Da => format!("«{key}» stod flere gange; den første blev brugt."),
        Lang::En => format!("«{key}» appeared more than once; the first was used."),
    }
}
pub fn url_not_in_hierarchy(lang: Lang, value: &str, hierarchy: &str) -> String {
    match lang {
        Lang::Da => format!("«{value}» indgår ikke i {hierarchy}."),
        Lang::En => format!("«{value}» is not part of {hierarchy}."),
    }
}

pub const PANIC_TITLE: T = t(
    "Der opstod en fejl i mock-uppen",
    "The mock-up ran into an error",
);
pub const PANIC_BODY: T = t(
    "Siden kan ikke fortsætte. Genindlæs siden; adressen husker dine valg.",
    "The page cannot continue. Reload the page; the address keeps your choices.",
);
pub const PANIC_RELOAD: T = t("Genindlæs siden", "Reload the page");

// ------------------------------------------------------------------------------------------
// The diagnoses view

pub const MEASURE_LEGEND: T = t("Vælg først opgørelse", "First choose a measure");
pub const FILTERS_HEADING: T = t("Afgræns tallene", "Narrow down the figures");
pub const YEAR: T = t("År", "Year");
pub const REGION_STRUCTURE: T = t("Regionsinddeling", "Regional structure");
pub const BREAKDOWN_LEGEND: T = t("Vis fordelt på", "Show by");
pub const RESULT_TABS: T = t("Vis resultatet som", "Show the result as");
pub const TAB_CHART: T = t("Diagram", "Chart");
pub const TAB_TREND: T = t("Udvikling", "Trend");
pub const TAB_TABLE: T = t("Tabel", "Table");
pub const BREADCRUMB: T = t("Niveau", "Level");
pub const SELECTED_LEVEL: T = t("Valgt niveau", "Selected level");
pub const TABLE_HINT: T = t(
    "Klik på en række, eller tryk Enter på den, for at vælge den; rækker med › har et niveau under. Klik på en kolonneoverskrift for at sortere.",
    "Click a row, or press Enter on it, to choose it; rows marked › have a level below. Click a column heading to sort.",
);
pub const CHART_HINT: T = t(
    "Klik på en søjle for at gå et niveau ned. Samme tal står i tabellen.",
    "Click a bar to go one level down. The same numbers are in the table.",
);
pub const CHART_FALLBACK: T = t(
    "Diagrammet kan ikke vises i denne browser. Tallene står i tabellen.",
    "The chart cannot be shown in this browser. The numbers are in the table.",
);
pub const NOT_PUBLISHED_TITLE: T = t(
    "Ikke offentliggjort på dette detaljeniveau",
    "Not published at this level of detail",
);
pub const NOT_PUBLISHED_WHY: T = t(
    "Opgørelser offentliggøres kun i de kombinationer, hvor diskretioneringen kan beskytte de enkelte patienter. Tallet beregnes ikke i browseren.",
    "Figures are only published in combinations where disclosure control can protect individual patients. The number is not computed in the browser.",
);
pub fn not_published_dims(lang: Lang, dims: &[String]) -> String {
    let list = join_and(lang, dims);
    match lang {
        Lang::Da => format!("Det valgte niveau for {list} kan ikke vises sammen med de øvrige valg. Vælg et højere niveau."),
        Lang::En => format!("The chosen level of {list} cannot be shown together with the other choices. Choose a higher level."),
    }
}
pub fn not_published_years(lang: Lang, from: u16, to: u16) -> String {
    match lang {
        Lang::Da => format!("Denne opdeling findes kun for {from}-{to}."),
        Lang::En => format!("This breakdown exists only for {from}-{to}."),
    }
}
pub const EMPTY_TITLE: T = t("Ingen tal at vise", "No numbers to show");
pub const LEGEND_HEADING: T = t("Tegnforklaring", "Key");
pub fn legend_suppressed(lang: Lang, marker: &str) -> String {
    match lang {
        Lang::Da => format!(
            "{marker} Diskretioneret: tallet vises ikke af hensyn til de enkelte patienter."
        ),
        Lang::En => {
            format!("{marker} Suppressed: the number is withheld to protect individual patients.")
        }
    }
}
pub const LEGEND_MISSING: T = t(
    "– Ikke defineret (fx ingen patienter at dividere med).",
    "– Not defined (e.g. no patients to divide by).",
);
pub const SUPPRESSED_SR: T = t("diskretioneret", "suppressed");
pub const MISSING_SR: T = t("ikke defineret", "not defined");
pub const SUMMARY_HEADING: T = t("Kort fortalt", "In brief");
pub const DOWNLOAD_CSV: T = t("Hent tabel (CSV)", "Download table (CSV)");
pub const DOWNLOAD_PNG: T = t("Hent diagram (PNG)", "Download chart (PNG)");
pub const COPY_LINK: T = t("Kopiér link til visningen", "Copy link to this view");
pub const COPY_DONE: T = t("Linket er kopieret.", "The link has been copied.");
pub const COPY_MANUAL: T = t("Kopiér adressen:", "Copy the address:");
/// A population card: a title and (label, text) lines.
#[derive(Debug, PartialEq, Eq)]
pub struct Card {
    pub title: T,
    pub items: [(T, T); 3],
}

pub const HOSPITAL_CARD: Card = Card {
    title: t("Population og kobling", "Population and linkage"),
    items: [
        (
            t("Population", "Population"),
            t(
                "Patienter med mindst én kontakt i speciallægepraksis i året og en diagnose i den valgte gruppe (2024-2025).",
                "Patients with at least one contact in specialist practice in the year and a diagnosis in the chosen group (2024-2025).",
            ),
        ),
        (
            t("Kobling", "Matching rule"),
            t(
                "Samme person (pseudonymiseret cpr-nummer) i Landspatientregistret med en aktions- eller bidiagnose i samme ICD-10-gruppe som forløbets første diagnose; \"uanset diagnose\" tæller alle sygehuskontakter.",
                "The same person (pseudonymised personal number) in the National Patient Register with a main or secondary diagnosis in the same ICD-10 group as the course's first diagnosis; \"any\" counts every hospital contact.",
            ),
        ),
        (
            t("Tidsvindue", "Time window"),
            t(
                "12 måneder før og 12 måneder efter patientens første kontakt i speciallægepraksis i året.",
                "12 months before and 12 months after the patient's first contact in specialist practice in the year.",
            ),
        ),
    ],
};

pub const REFERRAL_CARD: Card = Card {
    title: t("Henvisninger og ventetid", "Referrals and waiting time"),
    items: [
        (
            t("Population", "Population"),
            t(
                "Henvisninger, der førte til et forløb i speciallægepraksis i året, efter patientens bopæl. Forløb uden henvisning (øjen- og øre-næse-halslæge) vises for sig.",
                "Referrals that led to a course in specialist practice in the year, by the patient's residence. Courses without a referral (eye and ear-nose-throat) are shown separately.",
            ),
        ),
        (
            t("Gyldighed", "Validity"),
            t(
                "En henvisning gælder i 6 måneder (26 uger). Andelen set inden for 26 uger er andelen brugt, mens henvisningen var gyldig.",
                "A referral is valid for 6 months (26 weeks). The share seen within 26 weeks is the share used while the referral was valid.",
            ),
        ),
        (
            t("Ventetid", "Waiting time"),
            t(
                "Fra henvisningsdatoen til første konsultation. Fordelingen vises pr. speciale og region (vælg et speciale og \"Vis fordelt på: Ventetid\").",
                "From the date of the referral to the first consultation. The distribution is shown by specialty and region (choose a specialty and \"Show by: Waiting time\").",
            ),
        ),
    ],
};

pub const POPULATION_CARD: Card = Card {
    title: t("Population og kilder", "Population and sources"),
    items: [
        (
            t("Population", "Population"),
            t(
                "Personer med en diagnose i populationens diagnosegruppe i året (fx DE11 type 2-diabetes). \"Alle seks populationer\" tæller hver person én gang.",
                "Persons with a diagnosis in the population's diagnosis group in the year (e.g. DE11 type 2 diabetes). \"All six populations\" counts each person once.",
            ),
        ),
        (
            t("Kilder", "Sources"),
            t(
                "Diagnoser fra speciallægepraksis (fra 2024) og fra sygehuskontakter i Landspatientregistret, koblet på samme person. Personer, der kun ses i almen praksis, findes ikke.",
                "Diagnoses from specialist practice (from 2024) and from hospital contacts in the National Patient Register, linked on the same person. Persons seen only in general practice are not found.",
            ),
        ),
        (
            t("Tidsvindue", "Time window"),
            t(
                "Kalenderåret. 2024 er første år med diagnoser fra speciallægepraksis og er ufuldstændigt.",
                "The calendar year. 2024 is the first year with diagnoses from specialist practice and is incomplete.",
            ),
        ),
    ],
};

pub const PATHWAY_CARD: Card = Card {
    title: t("Forløbet og dets trin", "The pathway and its steps"),
    items: [
        (
            t("Patienter", "Patients"),
            t(
                "Personer i populationen, der er fundet i speciallægepraksis, med deres første forløb i året hos populationens speciale (intern medicin, reumatologi eller psykiatri).",
                "Persons of the population found in specialist practice, with their first course of the year at the population's specialty (internal medicine, rheumatology or psychiatry).",
            ),
        ),
        (
            t("Trin", "Steps"),
            t(
                "Henvisning → speciallægepraksis → sygehuskontakt inden for 12 måneder (eller ingen) → status ved årets udgang: epikrise til egen læge, fortsat i praksis eller afsluttet uden registreret epikrise.",
                "Referral → specialist practice → hospital contact within 12 months (or none) → status at the end of the year: epikrise to the own doctor, still in practice, or finished without a recorded epikrise.",
            ),
        ),
        (
            t("Tid mellem trin", "Time between steps"),
            t(
                "Dage fra henvisning til første konsultation, fra første konsultation til sygehuskontakt og til forløbets afslutning: median og kvartiler.",
                "Days from referral to first consultation, from first consultation to a hospital contact and to the end of the course: median and quartiles.",
            ),
        ),
    ],
};

pub const ACTIVITY_CARD: Card = Card {
    title: t("Patienter og aktivitet", "Patients and activity"),
    items: [
        (
            t("Patienter", "Patients"),
            t(
                "Personer i populationen med mindst én kontakt i speciallægepraksis i året. Under \"Alle specialer\" tælles hver patient én gang med alle sine kontakter.",
                "Persons of the population with at least one contact in specialist practice in the year. Under \"All specialties\" each patient counts once with all their contacts.",
            ),
        ),
        (
            t("Aktivitet", "Activity"),
            t(
                "Kontakter og ydelser fra Sygesikringsregistret: første og opfølgende konsultationer, telefon og video, øvrige ydelser.",
                "Contacts and services from the National Health Insurance Service Register: first and follow-up consultations, phone and video, other services.",
            ),
        ),
        (
            t("Sammenligning", "Comparison"),
            t(
                "Ambulante sygehuskontakter med populationens diagnose for de samme patienter, fra Landspatientregistret.",
                "Hospital outpatient contacts with the population's diagnosis of the same patients, from the National Patient Register.",
            ),
        ),
    ],
};

// Presets: one click sets the population and filters of a policy programme.
pub const PRESETS_TITLE: T = t(
    "Genveje til politiske programmer",
    "Shortcuts to policy programmes",
);
pub const PRESETS_CHRONIC: T = t(
    "Pakkeforløb for kronisk sygdom",
    "Care pathways for chronic disease",
);
pub const PRESETS_PSYCH: T = t(
    "10-årsplanen for psykiatrien",
    "The 10-year plan for psychiatry",
);
pub const PRESET_T2D: T = t("Type 2-diabetes", "Type 2 diabetes");
pub const PRESET_KOL: T = t("KOL", "COPD");
pub const PRESET_RA: T = t("Leddegigt", "Rheumatoid arthritis");
pub const PRESET_OST: T = t("Osteoporose", "Osteoporosis");
pub const PRESET_ADULTS: T = t(
    "Voksne: depression og angst",
    "Adults: depression and anxiety",
);
pub const PRESET_YOUNG: T = t(
    "Børn og unge: ADHD (0-17 år)",
    "Children and young people: ADHD (0-17 years)",
);

pub const RELATED_TITLE: T = t("Relaterede visninger", "Related views");

pub const DECLARATION_TITLE: T = t("Information om opgørelsen", "About these statistics");
pub const DECLARATION_HEADINGS: [T; 7] = [
    t("Formål", "Purpose"),
    t("Indhold og afgrænsning", "Content and scope"),
    t("Indikatorer", "Indicators"),
    t("Forbehold ved fortolkning", "Caveats"),
    t("Datakilde", "Data source"),
    t("Offentliggørelse", "Publication"),
    t("Ord og begreber", "Terms and concepts"),
];
pub const SUPPRESSION_RULE_HEADING: T = t("Diskretionering", "Disclosure control");
pub const DATA_BREAK: T = t("Databrud", "Data break");
pub const NOTES_HEADING: T = t("Bemærk", "Note");

/// "Patienter fordelt på diagnose, 2025".
pub fn result_heading(lang: Lang, measure: &str, by: &str, year: u16) -> String {
    match lang {
        Lang::Da => format!("{measure} fordelt på {}, {year}", lower_first(by)),
        Lang::En => format!("{measure} by {}, {year}", lower_first(by)),
    }
}
/// "Patienter, udvikling 2021-2025: Alle diagnoser".
pub fn trend_heading(lang: Lang, measure: &str, node: &str, from: u16, to: u16) -> String {
    match lang {
        Lang::Da => format!("{measure}, udvikling {from}-{to}: {node}"),
        Lang::En => format!("{measure}, trend {from}-{to}: {node}"),
    }
}
pub fn table_caption(lang: Lang, measure: &str, unit: &str, by: &str) -> String {
    match lang {
        Lang::Da => format!("{measure} ({unit}) fordelt på {} og år", lower_first(by)),
        Lang::En => format!("{measure} ({unit}) by {} and year", lower_first(by)),
    }
}
/// Pathways view: the Sankey section.
pub fn flows_heading(lang: Lang, year: u16) -> String {
    match lang {
        Lang::Da => format!("Forløbet trin for trin, {year}"),
        Lang::En => format!("The pathway step by step, {year}"),
    }
}
pub fn flows_caption(lang: Lang, year: u16) -> String {
    match lang {
        Lang::Da => format!("Strømme mellem forløbets trin, {year}: patienter, andel af forløbene og dage til trinnet"),
        Lang::En => format!("Flows between the steps of the pathway, {year}: patients, share of the pathways and days to the step"),
    }
}
pub const FLOWS_HINT: T = t(
    "Bredden af hver strøm er antallet af patienter. Peg på en strøm for tallene; tabellen under diagrammet har dem alle.",
    "The width of each flow is the number of patients. Point at a flow for its numbers; the table below the diagram has them all.",
);
pub const FLOW_COLUMN: T = t("Strøm", "Flow");
pub fn flows_intro(lang: Lang, total: &str, year: u16) -> String {
    match lang {
        Lang::Da => format!("{total} patienter i forløbet i {year}."),
        Lang::En => format!("{total} patients in the pathway in {year}."),
    }
}
/// One flow in words; `days` = (25 %, median, 75 %) when published.
pub fn flow_sentence(
    lang: Lang,
    from: &str,
    to: &str,
    patients: &str,
    share: &str,
    days: Option<(String, String, String)>,
) -> String {
    match (lang, days) {
        (Lang::Da, Some((a, m, b))) => format!("{from} → {to}: {patients} patienter ({share} %), median {m} dage (25-75 %: {a}-{b} dage)."),
        (Lang::Da, None) => format!("{from} → {to}: {patients} patienter ({share} %)."),
        (Lang::En, Some((a, m, b))) => format!("{from} → {to}: {patients} patients ({share} %), median {m} days (25-75 %: {a}-{b} days)."),
        (Lang::En, None) => format!("{from} → {to}: {patients} patients ({share} %)."),
    }
}
pub fn flows_hidden(lang: Lang, n: usize, marker: &str) -> String {
    match (lang, n) {
        (Lang::Da, 1) => {
            format!("1 strøm er skjult af diskretionshensyn ({marker}) og er ikke tegnet.")
        }
        (Lang::Da, _) => {
            format!("{n} strømme er skjult af diskretionshensyn ({marker}) og er ikke tegnet.")
        }
        (Lang::En, 1) => format!("1 flow is hidden for confidentiality ({marker}) and not drawn."),
        (Lang::En, _) => {
            format!("{n} flows are hidden for confidentiality ({marker}) and not drawn.")
        }
    }
}
/// Label of the "all" entry at a lower level of a cascade.
pub fn all_in(lang: Lang, parent: &str) -> String {
    match lang {
        Lang::Da => format!("Alle i {parent}"),
        Lang::En => format!("All in {parent}"),
    }
}

// Summary sentences. Every number in them is a published cell, formatted by the caller.

pub fn summary_extremes(
    lang: Lang,
    year: u16,
    measure: &str,
    high: (&str, &str),
    low: (&str, &str),
) -> String {
    let m = lower_first(measure);
    match lang {
        Lang::Da => format!(
            "I {year} var {m} højest for {} ({}) og lavest for {} ({}).",
            high.0, high.1, low.0, low.1
        ),
        Lang::En => format!(
            "In {year}, {m} was highest for {} ({}) and lowest for {} ({}).",
            high.0, high.1, low.0, low.1
        ),
    }
}
pub fn summary_single(lang: Lang, year: u16, measure: &str, name: &str, value: &str) -> String {
    let m = lower_first(measure);
    match lang {
        Lang::Da => {
            format!("I {year} er der kun ét offentliggjort tal: {m} for {name} var {value}.")
        }
        Lang::En => format!("In {year} only one figure is published: {m} for {name} was {value}."),
    }
}
pub fn summary_none(lang: Lang, year: u16) -> String {
    match lang {
        Lang::Da => format!("I {year} kan ingen af tallene i opdelingen vises."),
        Lang::En => format!("In {year} none of the figures in the breakdown can be shown."),
    }
}
pub fn summary_change(
    lang: Lang,
    node: &str,
    prev_year: u16,
    prev: &str,
    year: u16,
    cur: &str,
) -> String {
    match lang {
        // The label leads, so it keeps its own capital ("Alle diagnoser", "Region Sjælland").
        Lang::Da => format!("{node}: {prev} i {prev_year} og {cur} i {year}."),
        Lang::En => format!("{node}: {prev} in {prev_year} and {cur} in {year}."),
    }
}
pub fn summary_not_published(lang: Lang) -> String {
    match lang {
        Lang::Da => "Der vises ingen tal, fordi denne kombination af filtre ikke offentliggøres. Vælg et højere niveau i en af filtrene.".to_string(),
        Lang::En => "No figures are shown because this combination of filters is not published. Choose a higher level in one of the filters.".to_string(),
    }
}

/// The change since last year cannot be told: `missing_year` has no published figure.
pub fn summary_no_change(lang: Lang, node: &str, missing_year: u16) -> String {
    match lang {
        Lang::Da => format!("Ændringen fra året før kan ikke vises: der er intet offentliggjort tal for {node} i {missing_year}."),
        Lang::En => format!("The change from the year before cannot be shown: there is no published figure for {node} in {missing_year}."),
    }
}
pub fn summary_suppressed(lang: Lang, n: usize, total: usize, marker: &str) -> String {
    match (lang, n) {
        (Lang::Da, 0) => "Ingen af tallene i tabellen er diskretioneret.".to_string(),
        (Lang::En, 0) => "None of the figures in the table are suppressed.".to_string(),
        (Lang::Da, 1) => {
            format!("1 af {total} tal i tabellen er diskretioneret (markeret med «{marker}»).")
        }
        (Lang::En, 1) => {
            format!("1 of {total} figures in the table is suppressed (marked «{marker}»).")
        }
        (Lang::Da, n) => {
            format!("{n} af {total} tal i tabellen er diskretioneret (markeret med «{marker}»).")
        }
        (Lang::En, n) => {
            format!("{n} of {total} figures in the table are suppressed (marked «{marker}»).")
        }
    }
}

// CSV header lines.
pub const CSV_SYNTHETIC: T = t(
    "MOCK-UP: SYNTETISKE DATA. Tallene er ikke virkelige og må ikke bruges som statistik.",
    "MOCK-UP: SYNTHETIC DATA. The numbers are not real and must not be used as statistics.",
);
pub const CSV_TITLE: T = t("Opgørelse", "Statistics");
pub const CSV_SOURCE: T = t("Kilde", "Source");
pub const CSV_PERIOD: T = t("Periode", "Period");
pub const CSV_SUPPRESSION: T = t("Diskretionering", "Disclosure control");
pub const CSV_MARKER: T = t("Markering", "Marker");
pub const CSV_VIEW_URL: T = t("Visning", "View");
pub const CSV_MEASURE: T = t("Opgørelse", "Measure");
pub const CSV_FILTERS: T = t("Valg", "Selection");
pub const CSV_CODE: T = t("Kode", "Code");
pub const CSV_SOURCE_TEXT: T = t(
    "Syntetiske data fra mock-uppens datagenerator (speciallægepraksis-mock-up)",
    "Synthetic data from the mock-up's data generator (specialist-practice mock-up)",
);
pub fn csv_marker_text(lang: Lang, marker: &str) -> String {
    match lang {
        Lang::Da => format!("{marker} = diskretioneret; tom celle = ikke defineret"),
        Lang::En => format!("{marker} = suppressed; empty cell = not defined"),
    }
}

/// A label inside a sentence: "Geografi" becomes "geografi", but "ICD-10-kapitel" stays.
pub fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(a), Some(b)) if a.is_ascii_uppercase() && !b.is_ascii_uppercase() => {
            let mut out = String::with_capacity(s.len());
            out.push(a.to_ascii_lowercase());
            out.push_str(&s[1..]);
            out
        }
        _ => s.to_string(),
    }
}

/// "a, b og c" / "a, b and c".
pub fn join_and(lang: Lang, items: &[String]) -> String {
    let and = lang.pick(" og ", " and ");
    match items.len() {
        0 => String::new(),
        1 => items[0].clone(),
        n => format!("{}{}{}", items[..n - 1].join(", "), and, items[n - 1]),
    }
}

// ------------------------------------------------------------------------------------------
// Presentation mode

pub const PRESENT_REGION: T = t("Præsentation", "Presentation");
pub const PRESENT_PLAY: T = t("Præsentér", "Present");
pub const PRESENT_PREV: T = t("← Forrige", "← Previous");
pub const PRESENT_NEXT: T = t("Næste →", "Next →");
pub const PRESENT_NOTES: T = t("Noter (N)", "Notes (N)");
pub const PRESENT_EXIT: T = t("Afslut (Esc)", "Leave (Esc)");
pub const PRESENT_NO_NOTES: T = t("Ingen noter til dette trin.", "No notes for this step.");
pub const PRESENT_KEYS: T = t(
    "← / → skifter trin · N viser noter · Esc afslutter",
    "← / → change the step · N shows the notes · Esc leaves",
);

pub fn present_step(lang: Lang, step: u16, total: u16) -> String {
    match lang {
        Lang::Da => format!("Trin {step} af {total}"),
        Lang::En => format!("Step {step} of {total}"),
    }
}

pub fn present_no_step(lang: Lang, step: u16) -> String {
    match lang {
        Lang::Da => format!("Brugsscenariet har intet trin {step}."),
        Lang::En => format!("The use case has no step {step}."),
    }
}

pub fn present_unknown(lang: Lang, case: &str) -> String {
    match lang {
        Lang::Da => format!("Brugsscenariet «{case}» findes ikke."),
        Lang::En => format!("There is no use case «{case}»."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_lowered_inside_sentences() {
        assert_eq!(lower_first("Geografi"), "geografi");
        assert_eq!(lower_first("ICD-10-kapitel"), "ICD-10-kapitel");
        assert_eq!(lower_first("Køn"), "køn");
    }

    #[test]
    fn lists_read_naturally() {
        let v = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(join_and(Lang::Da, &v(&["køn"])), "køn");
        assert_eq!(
            join_and(Lang::Da, &v(&["køn", "alder", "region"])),
            "køn, alder og region"
        );
        assert_eq!(join_and(Lang::En, &v(&["sex", "age"])), "sex and age");
    }

    #[test]
    fn every_text_has_both_languages() {
        for v in VIEWS.iter() {
            for t in [v.nav, v.title, v.blurb] {
                assert!(!t.da.is_empty() && !t.en.is_empty(), "{}", v.code);
            }
        }
        for h in DECLARATION_HEADINGS {
            assert!(!h.da.is_empty() && !h.en.is_empty());
        }
    }
}
