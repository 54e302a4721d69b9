//! The CSV of the shown table: a header that says the data are synthetic and names the source,
//! period, suppression rule and the address of the view; then the table twin exactly (same rows,
//! same cells, the marker for suppressed cells, nothing added up).

use components::csv::{CsvDialect, CsvWriter};
use components::NumberValue;
use mock_data::schema::Dataset;

use super::model::DiagnosisModel;
use crate::texts::{self, Lang};

fn cell_text(v: NumberValue, m: &DiagnosisModel, marker: &str) -> String {
    match v {
        NumberValue::Value(x) => m
            .lang
            .number_format()
            .ungrouped()
            .format(x, m.measure.decimals),
        NumberValue::Suppressed => marker.to_string(),
        NumberValue::Missing => String::new(),
    }
}

/// File name of the CSV (language-neutral codes).
pub fn csv_name(m: &DiagnosisModel) -> String {
    format!(
        "{}-{}-{}-{}.csv",
        m.dataset,
        m.measure.id,
        m.state.by.code(),
        m.node
            .0
            .to_ascii_lowercase()
            .replace(|c: char| !c.is_ascii_alphanumeric() && c != '-', "_")
    )
}

/// The CSV text. `url` is the address of the view.
pub fn csv(m: &DiagnosisModel, ds: &Dataset, url: &str) -> String {
    let lang = m.lang;
    let marker = ds.suppression.marker.as_str();
    let dialect = if lang == Lang::Da {
        CsvDialect::SEMICOLON
    } else {
        CsvDialect::COMMA
    };
    let mut w = CsvWriter::new(dialect);
    let l = lang.code();
    w.record([texts::CSV_SYNTHETIC.get(lang)]);
    w.record([texts::CSV_TITLE.get(lang), ds.title.get(l)]);
    w.record([
        texts::CSV_MEASURE.get(lang).to_string(),
        format!("{} ({})", m.measure.label.get(l), m.measure.unit.get(l)),
    ]);
    let selection: Vec<String> = m
        .selection
        .iter()
        .map(|(d, c)| format!("{d}: {c}"))
        .collect();
    w.record([
        texts::CSV_FILTERS.get(lang).to_string(),
        selection.join("; "),
    ]);
    let period = match &m.breakdown {
        Ok(b) => match (b.years.first(), b.years.last()) {
            (Some(a), Some(z)) => format!("{a}-{z}"),
            _ => String::new(),
        },
        Err(_) => format!("{}-{}", ds.period.from, ds.period.to),
    };
    w.record([texts::CSV_PERIOD.get(lang).to_string(), period]);
    w.record([
        texts::CSV_SOURCE.get(lang),
        texts::CSV_SOURCE_TEXT.get(lang),
    ]);
    w.record([texts::CSV_SUPPRESSION.get(lang), ds.suppression.rule.get(l)]);
    w.record([
        texts::CSV_MARKER.get(lang).to_string(),
        texts::csv_marker_text(lang, marker),
    ]);
    w.record([texts::CSV_VIEW_URL.get(lang), url]);
    w.blank();
    match &m.breakdown {
        Ok(b) => {
            let mut header = vec![m.by_label.clone(), texts::CSV_CODE.get(lang).to_string()];
            header.extend(b.years.iter().map(|y| y.to_string()));
            w.record(header);
            for r in std::iter::once(&b.parent).chain(b.rows.iter()) {
                let mut rec = vec![r.label.clone(), r.code.clone()];
                rec.extend(r.values.iter().map(|v| cell_text(*v, m, marker)));
                w.record(rec);
            }
        }
        Err(_) => {
            w.record([texts::NOT_PUBLISHED_TITLE.get(lang)]);
        }
    }
    w.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cube::model::build;
    use crate::fixture;
    use crate::state::{DiagnosisState, Dim};

    #[test]
    fn csv_has_the_header_and_the_table_twin() {
        let (codes, ds) = fixture::diagnoses();
        let s = DiagnosisState {
            by: Dim::Geo,
            ..Default::default()
        };
        let m = build(&s, &codes, &ds, Lang::Da).unwrap();
        let text = csv(&m, &ds, "http://localhost/?view=diagnoses&by=geo");
        let lines: Vec<&str> = text.trim_start_matches('\u{FEFF}').split("\r\n").collect();
        assert!(lines[0].starts_with("MOCK-UP: SYNTETISKE DATA"));
        assert!(lines.iter().any(|l| l.starts_with("Diskretionering;")));
        assert!(lines
            .iter()
            .any(|l| l.starts_with("Visning;http://localhost/?view=diagnoses&by=geo")));
        let header = lines
            .iter()
            .position(|l| l.starts_with("Geografi;Kode;2021"))
            .unwrap();
        let b = m.breakdown.as_ref().unwrap();
        assert_eq!(lines[header + 1].split(';').nth(1), Some("DK"));
        assert_eq!(
            lines.len(),
            header + 1 + 1 + b.rows.len() + 1,
            "header, total, rows, final CRLF"
        );
        // Suppressed cells carry only the marker.
        let n_marked: usize = lines[header + 1..]
            .iter()
            .map(|l| l.split(';').filter(|c| *c == "●").count())
            .sum();
        assert_eq!(n_marked, crate::cube::model::suppressed_count(b).0);
        assert_eq!(csv_name(&m), "diagnoser-patients-geo-dk.csv");
    }
}
