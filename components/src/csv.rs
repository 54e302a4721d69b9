//! CSV text with careful quoting (RFC 4180), written by hand: the `csv` crate is built for
//! streaming I/O the browser does not need, and the rules for writing are short.
//!
//! Files start with a UTF-8 byte-order mark so that spreadsheet programs open æ, ø and å
//! correctly, and end every record with CRLF.

/// How to separate fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CsvDialect {
    /// `;` for Danish spreadsheets (where `,` is the decimal mark), `,` otherwise.
    pub separator: char,
}

impl CsvDialect {
    pub const SEMICOLON: CsvDialect = CsvDialect { separator: ';' };
    pub const COMMA: CsvDialect = CsvDialect { separator: ',' };
}

/// Quote one field if it needs it: it holds the separator, a quote, a line break, or starts or
/// ends with whitespace. Quotes inside are doubled.
pub fn escape_field(field: &str, dialect: CsvDialect) -> String {
    let needs_quotes = field.contains(dialect.separator)
        || field.contains('"')
        || field.contains('\n')
        || field.contains('\r')
        || field.starts_with(char::is_whitespace)
        || field.ends_with(char::is_whitespace);
    if needs_quotes {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

/// Builds a CSV document record by record.
#[derive(Clone, Debug)]
pub struct CsvWriter {
    dialect: CsvDialect,
    out: String,
}

impl CsvWriter {
    /// A new document that starts with a byte-order mark.
    pub fn new(dialect: CsvDialect) -> Self {
        CsvWriter {
            dialect,
            out: String::from('\u{FEFF}'),
        }
    }

    /// Append one record.
    pub fn record<I, S>(&mut self, fields: I) -> &mut Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let sep = self.dialect.separator.to_string();
        let line: Vec<String> = fields
            .into_iter()
            .map(|f| escape_field(f.as_ref(), self.dialect))
            .collect();
        self.out.push_str(&line.join(&sep));
        self.out.push_str("\r\n");
        self
    }

    /// Append an empty record (a blank line between the header notes and the table).
    pub fn blank(&mut self) -> &mut Self {
        self.out.push_str("\r\n");
        self
    }

    /// The finished document.
    pub fn finish(self) -> String {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_fields_are_not_quoted() {
        assert_eq!(
            escape_field("Region Hovedstaden", CsvDialect::SEMICOLON),
            "Region Hovedstaden"
        );
        assert_eq!(escape_field("1234,5", CsvDialect::SEMICOLON), "1234,5");
    }

    #[test]
    fn separators_quotes_and_breaks_are_quoted() {
        assert_eq!(escape_field("a;b", CsvDialect::SEMICOLON), "\"a;b\"");
        assert_eq!(escape_field("1,5", CsvDialect::COMMA), "\"1,5\"");
        assert_eq!(
            escape_field("say \"hi\"", CsvDialect::COMMA),
            "\"say \"\"hi\"\"\""
        );
        assert_eq!(
            escape_field("two\nlines", CsvDialect::COMMA),
            "\"two\nlines\""
        );
        assert_eq!(escape_field(" padded", CsvDialect::COMMA), "\" padded\"");
    }

    #[test]
    fn document_has_bom_and_crlf() {
        let mut w = CsvWriter::new(CsvDialect::SEMICOLON);
        w.record(["a", "b;c"]).blank().record(vec!["1".to_string()]);
        assert_eq!(w.finish(), "\u{FEFF}a;\"b;c\"\r\n\r\n1\r\n");
    }
}
