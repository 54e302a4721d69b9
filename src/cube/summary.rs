//! The two-to-three sentence summary under the chart, generated from the shown cells only:
//! the largest and smallest published value, the change since the year before (both years'
//! published cells, no arithmetic), and how many cells are suppressed.

use components::NumberValue;

use super::model::{suppressed_count, DiagnosisModel};
use crate::texts;

fn fmt(m: &DiagnosisModel, v: f64) -> String {
    m.lang.number_format().format(v, m.measure.decimals)
}

/// The summary sentences for the model.
pub fn summary(m: &DiagnosisModel, marker: &str) -> Vec<String> {
    let lang = m.lang;
    let measure = m.measure.label.get(lang.code());
    let mut out = Vec::new();
    if let Ok(b) = &m.breakdown {
        let published: Vec<(&str, f64)> = b
            .rows
            .iter()
            .filter_map(|r| r.value.value().map(|v| (r.label.as_str(), v)))
            .collect();
        let high = published
            .iter()
            .copied()
            .fold(None::<(&str, f64)>, |acc, x| match acc {
                Some(a) if a.1 >= x.1 => Some(a),
                _ => Some(x),
            });
        let low = published
            .iter()
            .copied()
            .fold(None::<(&str, f64)>, |acc, x| match acc {
                Some(a) if a.1 <= x.1 => Some(a),
                _ => Some(x),
            });
        match (published.len(), high, low) {
            (0, _, _) => out.push(texts::summary_none(lang, m.year)),
            (1, Some(h), _) => out.push(texts::summary_single(
                lang,
                m.year,
                measure,
                h.0,
                &fmt(m, h.1),
            )),
            (_, Some(h), Some(l)) => out.push(texts::summary_extremes(
                lang,
                m.year,
                measure,
                (h.0, &fmt(m, h.1)),
                (l.0, &fmt(m, l.1)),
            )),
            _ => {}
        }
    }
    // Change since the year before, for the current node, from whichever published series has
    // both years.
    let series = match (&m.trend, &m.breakdown) {
        (Ok(t), _) => Some((t.years.clone(), t.values.clone())),
        (Err(_), Ok(b)) => Some((b.years.clone(), b.parent.values.clone())),
        _ => None,
    };
    if let Some((years, values)) = series {
        let at = |y: u16| years.iter().position(|x| *x == y).map(|i| values[i]);
        if let (Some(cur), Some(prev)) = (at(m.year), at(m.year.saturating_sub(1))) {
            match (prev, cur) {
                (NumberValue::Value(p), NumberValue::Value(c)) => out.push(texts::summary_change(
                    lang,
                    &m.node.1,
                    m.year - 1,
                    &fmt(m, p),
                    m.year,
                    &fmt(m, c),
                )),
                // Name the year whose figure is missing (suppressed or not defined).
                (NumberValue::Value(_), _) => {
                    out.push(texts::summary_no_change(lang, &m.node.1, m.year))
                }
                _ => out.push(texts::summary_no_change(lang, &m.node.1, m.year - 1)),
            }
        }
    }
    if let Ok(b) = &m.breakdown {
        let (n, total) = suppressed_count(b);
        out.push(texts::summary_suppressed(lang, n, total, marker));
    }
    if out.is_empty() {
        out.push(texts::summary_not_published(lang));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cube::model::build;
    use crate::fixture;
    use crate::state::DiagnosisState;
    use crate::texts::Lang;

    #[test]
    fn summary_names_extremes_change_and_suppression() {
        let (codes, ds) = fixture::diagnoses();
        let s = DiagnosisState {
            by: crate::state::Dim::Spec,
            ..Default::default()
        };
        let m = build(&s, &codes, &ds, Lang::Da).unwrap();
        let text = summary(&m, "●");
        assert_eq!(text.len(), 3, "{text:?}");
        assert!(
            text[0].starts_with("I 2025 var mål patients højest for"),
            "{}",
            text[0]
        );
        assert!(text[1].contains("2024"), "{}", text[1]);
        assert!(text[2].contains("diskretioneret"), "{}", text[2]);
        // Every number in the text is a formatted cell of the model.
        let b = m.breakdown.as_ref().unwrap();
        let cells: Vec<String> = b
            .rows
            .iter()
            .chain(std::iter::once(&b.parent))
            .flat_map(|r| r.values.iter())
            .chain(m.trend.as_ref().unwrap().values.iter())
            .filter_map(|v| v.value())
            .map(|v| Lang::Da.number_format().format(v, 0))
            .collect();
        for sentence in &text[..2] {
            for word in sentence
                .split([' ', '(', ')'])
                .filter(|w| w.chars().any(|c| c.is_ascii_digit()))
            {
                let w = word.trim_end_matches(['.', ',']);
                if w.len() == 4 && w.starts_with("20") {
                    continue; // a year
                }
                assert!(cells.contains(&w.to_string()), "{w} is not a cell");
            }
        }
    }
}
