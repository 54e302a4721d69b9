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
    // Integer arithmetic on the scaled value: rounds half away from zero, and keeps Rust's float
    // formatting machinery out of the wasm.
    let decimals = decimals.min(9) as u32;
    let scale = 10u128.pow(decimals);
    let scaled = (value.abs() * scale as f64).round();
    if scaled >= 1e30 {
        return "–".to_string();
    }
    let scaled = scaled as u128;
    let int_digits = (scaled / scale).to_string();
    let mut out = String::with_capacity(int_digits.len() * 4 / 3 + decimals as usize + 2);
    if value < 0.0 && scaled != 0 {
        out.push('-');
    }
    let n = int_digits.len();
    for (i, ch) in int_digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(3) {
            if let Some(g) = fmt.group {
                out.push(g);
            }
        }
        out.push(ch);
    }
    if decimals > 0 {
        out.push(fmt.decimal);
        let frac = (scaled % scale).to_string();
        for _ in frac.len()..decimals as usize {
            out.push('0');
        }
        out.push_str(&frac);
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
    fn small_fractions_keep_their_zeros() {
        assert_eq!(format_number(1.05, 2, NumberFormat::DANISH), "1,05");
        assert_eq!(format_number(0.004, 2, NumberFormat::DANISH), "0,00");
        assert_eq!(format_number(12.0, 3, NumberFormat::ENGLISH), "12.000");
    }

    #[test]
    fn non_finite_is_a_dash() {
        assert_eq!(format_number(f64::NAN, 1, NumberFormat::DANISH), "–");
        assert_eq!(format_number(f64::INFINITY, 0, NumberFormat::DANISH), "–");
    }
}
