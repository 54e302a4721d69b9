//! Review notes ("Kan billedet genkendes?"): a reviewer's verdict on one exact view state, with a
//! comment and optionally the cell they mean. Notes live in the browser (`localStorage`), are
//! exported to CSV and Markdown with the full address of their state, and are imported back from
//! either file, merged without duplicates.
//!
//! Everything but [`load`] and [`save`] is pure and tested natively: the formats, the parser (CSV
//! through `csv-core`; the Markdown table by hand) and the merge. An import is all or nothing: a
//! malformed file gives an [`ImportError`] with its line and changes no note.
//!
//! The browser keeps the notes in the CSV format of the export (English headers, addresses
//! without the host), so there is one format to read, not two.

use components::csv::{CsvDialect, CsvWriter};

use crate::query::parse_query;
use crate::state::{href, split_app, AppQuery, Page};
use crate::texts::{self, Lang, T};

/// What the reviewer thinks of the picture.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Verdict {
    Recognisable,
    NotRecognisable,
    Unsure,
}

impl Verdict {
    pub const ALL: [Verdict; 3] = [
        Verdict::Recognisable,
        Verdict::NotRecognisable,
        Verdict::Unsure,
    ];

    /// The code used in the form.
    pub fn code(self) -> &'static str {
        match self {
            Verdict::Recognisable => "yes",
            Verdict::NotRecognisable => "no",
            Verdict::Unsure => "unsure",
        }
    }

    pub fn label(self) -> T {
        match self {
            Verdict::Recognisable => texts::VERDICT_YES,
            Verdict::NotRecognisable => texts::VERDICT_NO,
            Verdict::Unsure => texts::VERDICT_UNSURE,
        }
    }

    /// From a code or from the label in either language (files may come from either).
    pub fn parse(s: &str) -> Option<Verdict> {
        let s = s.trim();
        Verdict::ALL.into_iter().find(|v| {
            let l = v.label();
            v.code() == s || l.da.eq_ignore_ascii_case(s) || l.en.eq_ignore_ascii_case(s)
        })
    }
}

/// One note on one state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    /// Unique per note (time and a random part), so an import recognises its own notes.
    pub id: String,
    /// When it was written, ISO 8601 in UTC (`2026-12-02T09:15:00Z`).
    pub created: String,
    /// The state: the query of its address without language or presentation (`?view=…&…`).
    pub query: String,
    pub verdict: Verdict,
    pub comment: String,
    /// The cell meant, as shown (`Region Hovedstaden · Patienter · 2025`); empty for the whole view.
    pub cell: String,
}

impl Note {
    /// The view the note is about.
    pub fn page(&self) -> Page {
        split_app(&parse_query(&self.query)).0.page
    }

    /// The address of the note's state in `lang`, under `path`.
    pub fn href(&self, path: &str, lang: Lang) -> String {
        let (app, rest, _) = split_app(&parse_query(&self.query));
        let refs: Vec<(&str, String)> = rest.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
        href(path, &AppQuery { lang, ..app }, &refs)
    }

    /// The same note: the same id, or the same verdict, comment and cell on the same state.
    fn same_as(&self, other: &Note) -> bool {
        self.id == other.id
            || (self.query == other.query
                && self.verdict == other.verdict
                && self.comment == other.comment
                && self.cell == other.cell)
    }
}

/// The query a note keeps for a page and its parameters (language and presentation left out).
pub fn state_query(page: Page, page_pairs: &[(String, String)]) -> String {
    let refs: Vec<(&str, String)> = page_pairs
        .iter()
        .map(|(k, v)| (k.as_str(), v.clone()))
        .collect();
    let app = AppQuery {
        page,
        lang: Lang::Da,
        present: None,
    };
    href("", &app, &refs)
}

/// A new note's id from the time (ms) and a random number in [0, 1).
pub fn new_id(now_ms: f64, random: f64) -> String {
    format!("{:x}-{:06x}", now_ms as u64, (random * 16_777_216.0) as u64)
}

/// The notes of one state.
pub fn count_for(notes: &[Note], query: &str) -> usize {
    notes.iter().filter(|n| n.query == query).count()
}

// ------------------------------------------------------------------------------------------
// Merge

/// The result of adding notes to the ones there are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Merged {
    /// All notes, oldest first.
    pub notes: Vec<Note>,
    pub added: usize,
    /// Incoming notes that were there already (or came twice).
    pub duplicates: usize,
}

/// Add `incoming` to `existing`, leaving out every note that is there already.
pub fn merge(existing: &[Note], incoming: Vec<Note>) -> Merged {
    let mut notes = existing.to_vec();
    let (mut added, mut duplicates) = (0, 0);
    for n in incoming {
        if notes.iter().any(|m| m.same_as(&n)) {
            duplicates += 1;
        } else {
            notes.push(n);
            added += 1;
        }
    }
    components::sort::sort_by(&mut notes, |a, b| {
        (&a.created, &a.id).cmp(&(&b.created, &b.id))
    });
    Merged {
        notes,
        added,
        duplicates,
    }
}

// ------------------------------------------------------------------------------------------
// Export

/// The columns of both formats, in order.
const COLUMNS: [T; 7] = [
    texts::NOTE_COL_CREATED,
    texts::NOTE_COL_VIEW,
    texts::NOTE_COL_VERDICT,
    texts::NOTE_COL_COMMENT,
    texts::NOTE_COL_CELL,
    texts::NOTE_COL_ADDRESS,
    texts::NOTE_COL_ID,
];

/// The title of a note's view.
pub fn view_title(note: &Note, lang: Lang) -> &'static str {
    texts::view_title(note.page().code(), lang)
}

fn fields(note: &Note, lang: Lang, base: &str) -> [String; 7] {
    [
        note.created.clone(),
        view_title(note, lang).to_string(),
        note.verdict.label().get(lang).to_string(),
        note.comment.clone(),
        note.cell.clone(),
        format!("{base}{}", note.query),
        note.id.clone(),
    ]
}

/// CSV with a header in `lang` (`;` in Danish, `,` in English); `base` is the address the
/// queries are appended to (`https://host/path/`, or empty).
pub fn to_csv(notes: &[Note], lang: Lang, base: &str) -> String {
    let dialect = match lang {
        Lang::Da => CsvDialect::SEMICOLON,
        Lang::En => CsvDialect::COMMA,
    };
    let mut w = CsvWriter::new(dialect);
    w.record(COLUMNS.iter().map(|c| c.get(lang)));
    for n in notes {
        w.record(fields(n, lang, base));
    }
    w.finish()
}

/// A cell of a Markdown table: `\`, `|` and `<` escaped, line breaks as `<br>`.
fn md_escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace('<', "\\<")
        .replace("\r\n", "\n")
        .replace('\n', "<br>")
}

/// A Markdown document: a heading, when and where from, and one table row per note.
pub fn to_markdown(notes: &[Note], lang: Lang, base: &str, exported: &str) -> String {
    let row = |cells: Vec<String>| format!("| {} |\n", cells.join(" | "));
    let mut out = format!(
        "# {}\n\n{}\n\n",
        texts::NOTES_TITLE.get(lang),
        texts::notes_exported(lang, exported, base, notes.len())
    );
    out.push_str(&row(COLUMNS
        .iter()
        .map(|c| c.get(lang).to_string())
        .collect()));
    out.push_str(&row(vec!["---".to_string(); COLUMNS.len()]));
    for n in notes {
        out.push_str(&row(fields(n, lang, base)
            .iter()
            .map(|f| md_escape(f))
            .collect()));
    }
    out
}

// ------------------------------------------------------------------------------------------
// Import

/// What is wrong with a file, and on which line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError {
    /// 1-based; 0 for the file as a whole.
    pub line: usize,
    pub problem: Problem,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Neither a CSV nor a Markdown table of notes.
    NotNotes,
    /// A header with other columns than the export's.
    Header,
    /// A row with the wrong number of fields.
    Fields(usize),
    NoId,
    NoDate,
    Verdict(String),
    /// An address that does not open one of the views.
    Address(String),
    TooLarge,
}

impl ImportError {
    pub fn text(&self, lang: Lang) -> String {
        texts::import_error(lang, self.line, &self.problem)
    }
}

const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;

fn err(line: usize, problem: Problem) -> ImportError {
    ImportError { line, problem }
}

/// Read the notes of an exported CSV or Markdown file (either language).
pub fn parse(text: &str) -> Result<Vec<Note>, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(err(0, Problem::TooLarge));
    }
    let text = text.trim_start_matches('\u{FEFF}');
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let rows = if first.starts_with('#') || first.starts_with('|') {
        markdown_rows(text)?
    } else {
        csv_rows(text, first)?
    };
    let mut rows = rows.into_iter();
    let Some((line, header)) = rows.next() else {
        return Err(err(0, Problem::NotNotes));
    };
    let header_ok = header.len() == COLUMNS.len()
        && header.iter().zip(COLUMNS).all(|(h, c)| {
            let h = h.trim();
            h.eq_ignore_ascii_case(c.da) || h.eq_ignore_ascii_case(c.en)
        });
    if !header_ok {
        return Err(err(line, Problem::Header));
    }
    rows.filter(|(_, f)| f.iter().any(|x| !x.trim().is_empty()))
        .map(|(line, f)| note_of(line, f))
        .collect()
}

fn note_of(line: usize, f: Vec<String>) -> Result<Note, ImportError> {
    let [created, _view, verdict, comment, cell, address, id]: [String; 7] = f
        .try_into()
        .map_err(|f: Vec<String>| err(line, Problem::Fields(f.len())))?;
    let id = id.trim().to_string();
    if id.is_empty() {
        return Err(err(line, Problem::NoId));
    }
    let created = created.trim().to_string();
    if created.is_empty() {
        return Err(err(line, Problem::NoDate));
    }
    let verdict =
        Verdict::parse(&verdict).ok_or_else(|| err(line, Problem::Verdict(verdict.clone())))?;
    let bad_address = || err(line, Problem::Address(address.clone()));
    let query = address
        .trim()
        .find('?')
        .map(|i| &address.trim()[i..])
        .ok_or_else(bad_address)?;
    let (app, rest, _) = split_app(&parse_query(query));
    if !matches!(app.page, Page::Cube(_)) {
        return Err(bad_address());
    }
    Ok(Note {
        id,
        created,
        query: state_query(app.page, &rest),
        verdict,
        comment,
        cell: cell.trim().to_string(),
    })
}

/// The records of a CSV text with the line each starts on; `;` if the header has one, `,`
/// otherwise.
fn csv_rows(text: &str, header: &str) -> Result<Vec<(usize, Vec<String>)>, ImportError> {
    use csv_core::{ReadRecordResult, ReaderBuilder};
    let sep = if header.contains(';') { b';' } else { b',' };
    let mut reader = ReaderBuilder::new().delimiter(sep).build();
    let bytes = text.as_bytes();
    // A record's fields are never longer than the input, nor more numerous than its bytes.
    let mut out = vec![0u8; bytes.len() + 1];
    let mut ends = vec![0usize; bytes.len() + 1];
    let (mut pos, mut rows, mut start) = (0, Vec::new(), None);
    let (mut counted, mut line) = (0, 1);
    loop {
        // An empty rest tells the reader that the input has ended.
        let (res, nin, _, nend) = reader.read_record(&bytes[pos..], &mut out, &mut ends);
        let chunk = &bytes[pos..pos + nin];
        let skip = chunk
            .iter()
            .take_while(|b| matches!(b, b'\r' | b'\n'))
            .count();
        if start.is_none() && skip < nin {
            start = Some(pos + skip);
        }
        pos += nin;
        match res {
            ReadRecordResult::Record => {
                let s = start.take().unwrap_or(pos);
                line += bytes[counted..s].iter().filter(|&&b| b == b'\n').count();
                counted = s;
                let mut from = 0;
                let fields = ends[..nend]
                    .iter()
                    .map(|&to| {
                        let f = String::from_utf8_lossy(&out[from..to]).into_owned();
                        from = to;
                        f
                    })
                    .collect();
                rows.push((line, fields));
            }
            ReadRecordResult::InputEmpty if nin > 0 || pos < bytes.len() => {}
            ReadRecordResult::InputEmpty | ReadRecordResult::End => return Ok(rows),
            ReadRecordResult::OutputFull | ReadRecordResult::OutputEndsFull => {
                return Err(err(0, Problem::NotNotes))
            }
        }
    }
}

/// Split a Markdown table row into cells: `|` separates, `\` escapes the next character, `<br>`
/// is a line break.
fn md_cells(line: &str) -> Vec<String> {
    let inner = line.trim();
    let inner = inner.strip_prefix('|').unwrap_or(inner);
    let (mut cells, mut cur) = (Vec::new(), String::new());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '|' => cells.push(std::mem::take(&mut cur)),
            '\\' => cur.extend(chars.next()),
            '<' if chars.as_str().starts_with("br>") => {
                chars.nth(2);
                cur.push('\n');
            }
            c => cur.push(c),
        }
    }
    // A row that does not end with `|` has one more cell.
    if !cur.trim().is_empty() {
        cells.push(cur);
    }
    cells.into_iter().map(|c| c.trim().to_string()).collect()
}

fn is_md_row(line: &str) -> bool {
    line.trim_start().starts_with('|')
}

/// The rows of the first table of a Markdown text with their line: the header first, the
/// `|---|` rule under it checked and left out.
fn markdown_rows(text: &str) -> Result<Vec<(usize, Vec<String>)>, ImportError> {
    let mut lines = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l))
        .skip_while(|(_, l)| !is_md_row(l));
    let Some((head_line, head)) = lines.next() else {
        return Ok(Vec::new());
    };
    let is_rule = |l: &str| {
        let cells = md_cells(l);
        cells
            .iter()
            .all(|c| !c.is_empty() && c.chars().all(|ch| matches!(ch, '-' | ':' | ' ')))
    };
    match lines.next() {
        Some((_, l)) if is_md_row(l) && is_rule(l) => {}
        Some((i, _)) => return Err(err(i, Problem::Header)),
        None => return Err(err(head_line, Problem::Header)),
    }
    let mut rows = vec![(head_line, md_cells(head))];
    rows.extend(
        lines
            .take_while(|(_, l)| is_md_row(l))
            .map(|(i, l)| (i, md_cells(l))),
    );
    Ok(rows)
}

// ------------------------------------------------------------------------------------------
// The browser's storage

const STORAGE_KEY: &str = "speciallaegepraksis.noter.v1";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The stored notes. A stored text that cannot be read is moved aside (kept under another key,
/// not lost) and reported; the app goes on with no notes.
pub fn load() -> (Vec<Note>, Option<ImportError>) {
    let Some(text) = storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten()) else {
        return (Vec::new(), None);
    };
    match parse(&text) {
        Ok(notes) => (merge(&[], notes).notes, None),
        Err(e) => {
            if let Some(s) = storage() {
                let _ = s.set_item(&format!("{STORAGE_KEY}.unreadable"), &text);
                let _ = s.remove_item(STORAGE_KEY);
            }
            (Vec::new(), Some(e))
        }
    }
}

/// Store the notes; false if the browser refused (private mode, full storage).
pub fn save(notes: &[Note]) -> bool {
    storage()
        .map(|s| {
            s.set_item(STORAGE_KEY, &to_csv(notes, Lang::En, ""))
                .is_ok()
        })
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn note(id: &str, query: &str, verdict: Verdict, comment: &str, cell: &str) -> Note {
        Note {
            id: id.into(),
            created: format!("2026-12-02T09:{:0>2}:00Z", id.len()),
            query: query.into(),
            verdict,
            comment: comment.into(),
            cell: cell.into(),
        }
    }

    fn sample() -> Vec<Note> {
        vec![
            note(
                "a1",
                "?view=diagnoses&geo=1084",
                Verdict::Recognisable,
                "",
                "",
            ),
            note(
                "b22",
                "?view=referrals&by=age",
                Verdict::NotRecognisable,
                "Ventetiden i \"Nord\"; for kort | 3 uger\nforventet <br> mere\\mindre",
                "Region Nordjylland · Ventetid · 2025",
            ),
            note(
                "c333",
                "?view=pathways",
                Verdict::Unsure,
                "ok, måske",
                "Alle · Patienter · 2024",
            ),
        ]
    }

    const BASE: &str = "https://example.org/mock/";

    #[test]
    fn csv_and_markdown_give_back_the_same_notes_in_both_languages() {
        let notes = sample();
        for lang in [Lang::Da, Lang::En] {
            let csv = to_csv(&notes, lang, BASE);
            assert_eq!(parse(&csv), Ok(notes.clone()), "{csv}");
            let md = to_markdown(&notes, lang, BASE, "2026-12-02T10:00:00Z");
            assert_eq!(parse(&md), Ok(notes.clone()), "{md}");
        }
        // The stored form has no host.
        assert_eq!(parse(&to_csv(&notes, Lang::En, "")), Ok(notes));
    }

    #[test]
    fn exports_carry_the_full_address_of_each_state() {
        let notes = sample();
        let csv = to_csv(&notes, Lang::Da, BASE);
        assert!(
            csv.starts_with("\u{FEFF}Oprettet;Visning;Vurdering;"),
            "{csv}"
        );
        assert!(csv.contains(";https://example.org/mock/?view=diagnoses&geo=1084;a1\r\n"));
        let md = to_markdown(&notes, Lang::En, BASE, "now");
        assert!(
            md.starts_with("# Notes: Is the picture recognisable?\n"),
            "{md}"
        );
        assert!(
            md.contains("| https://example.org/mock/?view=pathways | c333 |"),
            "{md}"
        );
        // One line per note: the line break in a comment is escaped.
        assert_eq!(
            md.lines().filter(|l| l.starts_with('|')).count(),
            2 + notes.len()
        );
    }

    #[test]
    fn an_import_keeps_the_state_but_not_language_or_presentation() {
        let csv = "Created,View,Verdict,Comment,Cell,Address,Id\n\
                   2026-01-01T00:00:00Z,x,Usikker,,,http://h/p/?view=hospital&lang=en&present=a&step=2&sex=K,id9\n";
        let n = parse(csv).unwrap();
        assert_eq!(n[0].query, "?view=hospital&sex=K");
        assert_eq!(n[0].page().code(), "hospital");
        assert_eq!(n[0].verdict, Verdict::Unsure);
        assert_eq!(
            n[0].href("/p/", Lang::En),
            "/p/?view=hospital&sex=K&lang=en"
        );
    }

    #[test]
    fn merge_leaves_out_notes_that_are_there_already() {
        let notes = sample();
        let mut incoming = vec![notes[1].clone(), notes[1].clone()];
        // Another id, same content: the same note.
        incoming.push(Note {
            id: "zz".into(),
            ..notes[0].clone()
        });
        // Same state, another verdict: a new note.
        let new = Note {
            id: "d".into(),
            verdict: Verdict::Unsure,
            ..notes[0].clone()
        };
        incoming.push(new.clone());
        let m = merge(&notes, incoming);
        assert_eq!((m.added, m.duplicates), (1, 3));
        assert_eq!(m.notes.len(), 4);
        assert!(m.notes.contains(&new));
        assert!(m.notes.windows(2).all(|w| w[0].created <= w[1].created));
        assert_eq!(count_for(&m.notes, "?view=diagnoses&geo=1084"), 2);
    }

    #[test]
    fn malformed_files_are_refused_with_their_line() {
        let ok = to_csv(&sample(), Lang::Da, BASE);
        let cases: Vec<(String, usize, Problem)> = vec![
            (String::new(), 0, Problem::NotNotes),
            ("\n\n".into(), 0, Problem::NotNotes),
            ("a;b;c\n1;2;3\n".into(), 1, Problem::Header),
            // A multi-line comment (lines 3-4) before the last note (line 5) and the broken row.
            (
                format!(
                    "{}2026;x;Usikker;;;?view=pathways\n",
                    ok.replace("\r\n", "\n")
                ),
                6,
                Problem::Fields(6),
            ),
            (
                ok.replace("Usikker", "Måske"),
                5,
                Problem::Verdict("Måske".into()),
            ),
            (
                ok.replace("?view=pathways", "?view=nowhere"),
                5,
                Problem::Address("https://example.org/mock/?view=nowhere".into()),
            ),
            (ok.replace(";c333", ";"), 5, Problem::NoId),
            (
                "# Noter\n\n| Oprettet | Visning |\n| x | y |\n".into(),
                4,
                Problem::Header,
            ),
            (
                "| Oprettet | Visning |\n|---|---|\n".into(),
                1,
                Problem::Header,
            ),
            ("x".repeat(MAX_IMPORT_BYTES + 1), 0, Problem::TooLarge),
        ];
        for (text, line, problem) in cases {
            assert_eq!(
                parse(&text),
                Err(ImportError { line, problem }),
                "{text:.300}"
            );
        }
        // The texts name the line.
        let e = ImportError {
            line: 5,
            problem: Problem::Fields(6),
        };
        assert_eq!(
            e.text(Lang::Da),
            "linje 5: rækken har 6 felter, men skal have 7"
        );
    }

    #[test]
    fn state_query_leaves_out_language_and_presentation() {
        let page = Page::of("diagnoses");
        let pairs = vec![("geo".to_string(), "81".to_string())];
        assert_eq!(state_query(page, &pairs), "?view=diagnoses&geo=81");
    }

    #[test]
    fn ids_differ_by_time_and_chance() {
        assert_ne!(new_id(1.0e12, 0.1), new_id(1.0e12, 0.2));
        assert_ne!(new_id(1.0e12, 0.1), new_id(1.0e12 + 1.0, 0.1));
    }

    fn any_text() -> impl Strategy<Value = String> {
        // Separators, quotes, escapes, Markdown and HTML, Danish letters; no surrounding blanks
        // (the form trims them) and no lone carriage returns (a text area sends none).
        proptest::string::string_regex("[a-zæøåA-Z0-9 ;,|\"\\\\<>*_#\\n-]{0,40}")
            .unwrap()
            .prop_map(|s| s.trim().to_string())
    }

    proptest! {
        #[test]
        fn any_notes_survive_both_formats(
            comments in proptest::collection::vec((any_text(), any_text(), 0usize..3), 0..6),
            lang in proptest::sample::select(vec![Lang::Da, Lang::En]),
        ) {
            let notes: Vec<Note> = comments
                .into_iter()
                .enumerate()
                .map(|(i, (c, cell, v))| {
                    let mut n = note(&format!("id{i}"), "?view=activity&age=65", Verdict::ALL[v], &c, &cell);
                    n.created = format!("2026-12-02T10:00:{i:02}Z");
                    n
                })
                .collect();
            prop_assert_eq!(parse(&to_csv(&notes, lang, BASE)), Ok(notes.clone()));
            prop_assert_eq!(parse(&to_markdown(&notes, lang, BASE, "now")), Ok(notes.clone()));
            // Importing an export again adds nothing.
            let m = merge(&notes, parse(&to_csv(&notes, lang, BASE)).unwrap());
            prop_assert_eq!(m.added, 0);
            prop_assert_eq!(m.notes.len(), notes.len());
        }
    }
}
