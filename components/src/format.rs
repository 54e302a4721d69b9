//! Number formatting for Danish (`1.234,5`) and English (`1,234.5`) readers.
//!
//! A tiny pure function instead of a locale crate: the app needs exactly two conventions, fixed
//! decimals and digit grouping, and nothing that pulls ICU data into the wasm.

/// Which characters separate thousands and decimals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumberFormat {
    /// Between groups of three digits (`.` in Danish, `,` in English); `None` for no grouping.
    pub group: Option<char>,
    /// Before the decimals (`,` in Danish, `.` in English).
    pub decimal: char,
}

impl NumberFormat {
    /// Danish: `1.234,5`.
    pub const DANISH: NumberFormat = NumberFormat {
        group: Some('.'),
        decimal: ',',
    };
    /// English: `1,234.5`.
    pub const ENGLISH: NumberFormat = NumberFormat {
        group: Some(','),
        decimal: '.',
    };

    /// The same convention without thousands separators (for CSV files).
    pub fn ungrouped(self) -> NumberFormat {
        NumberFormat {
            group: None,
            ..self
        }
    }

    /// Format `value` with exactly `decimals` decimals (rounded half away from zero).
    ///
    /// Non-finite input gives an en dash, which never happens for published cells.
    pub fn format(&self, value: f64, decimals: u8) -> String {
        format_number(value, decimals, *self)
    }
}

/// Format `value` with `decimals` decimals in the convention `fmt`.
///
/// ```
/// use components::format::{format_number, NumberFormat};
/// assert_eq!(format_number(1234.5, 1, NumberFormat::DANISH), "1.234,5");
/// assert_eq!(format_number(1234.5, 1, NumberFormat::ENGLISH), "1,234.5");
/// ```
pub fn format_number(value: f64, decimals: u8, fmt: NumberFormat) -> String {
    if !value.is_finite() {
        return "–".to_string();
    }
    let decimals = decimals.min(12) as usize;
    // Round half away from zero at the requested precision before Rust's formatting (which
    // rounds half to even on the binary value) sees it.
    let scale = 10f64.powi(decimals as i32);
    let rounded = (value.abs() * scale).round() / scale;
    let plain = format!("{:.*}", decimals, rounded);
    let (int_part, frac_part) = match plain.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (plain.as_str(), None),
    };
    let mut out = String::with_capacity(plain.len() + plain.len() / 3 + 1);
    if value < 0.0 && rounded != 0.0 {
        out.push('-');
    }
    let digits = int_part.len();
    for (i, ch) in int_part.chars().enumerate() {
        if i > 0 && (digits - i) % 3 == 0 {
            if let Some(g) = fmt.group {
                out.push(g);
            }
        }
        out.push(ch);
    }
    if let Some(frac) = frac_part {
        out.push(fmt.decimal);
        out.push_str(frac);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn danish_and_english_grouping() {
        assert_eq!(format_number(0.0, 0, NumberFormat::DANISH), "0");
        assert_eq!(format_number(999.0, 0, NumberFormat::DANISH), "999");
        assert_eq!(format_number(1000.0, 0, NumberFormat::DANISH), "1.000");
        assert_eq!(
            format_number(1234567.0, 0, NumberFormat::DANISH),
            "1.234.567"
        );
        assert_eq!(
            format_number(1234567.0, 0, NumberFormat::ENGLISH),
            "1,234,567"
        );
        assert_eq!(format_number(1234.56, 1, NumberFormat::DANISH), "1.234,6");
        assert_eq!(format_number(1234.56, 2, NumberFormat::ENGLISH), "1,234.56");
    }

    #[test]
    fn rounding_is_half_away_from_zero() {
        assert_eq!(format_number(2.25, 1, NumberFormat::ENGLISH), "2.3");
        assert_eq!(format_number(0.5, 0, NumberFormat::ENGLISH), "1");
        assert_eq!(format_number(-1.5, 0, NumberFormat::ENGLISH), "-2");
        assert_eq!(format_number(-0.04, 1, NumberFormat::ENGLISH), "0.0");
    }

    #[test]
    fn ungrouped_for_files() {
        assert_eq!(
            format_number(12345.5, 1, NumberFormat::DANISH.ungrouped()),
            "12345,5"
        );
        assert_eq!(
            format_number(12345.5, 1, NumberFormat::ENGLISH.ungrouped()),
            "12345.5"
        );
    }

    #[test]
    fn non_finite_is_a_dash() {
        assert_eq!(format_number(f64::NAN, 1, NumberFormat::DANISH), "–");
        assert_eq!(format_number(f64::INFINITY, 0, NumberFormat::DANISH), "–");
    }
}
