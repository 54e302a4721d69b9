//! The data behind `<DataTable>`: columns, rows, cells and the pure sort.

use std::cmp::Ordering;

/// A numeric cell: a published value, a suppressed cell, or no value (not defined).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum NumberValue {
    Value(f64),
    /// Suppressed by disclosure control: shown only as the marker.
    Suppressed,
    /// Not defined (for example a ratio with a zero denominator).
    Missing,
}

impl NumberValue {
    pub fn value(self) -> Option<f64> {
        match self {
            NumberValue::Value(v) => Some(v),
            _ => None,
        }
    }
}

/// One cell of a table.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Text(String),
    Number(NumberValue),
}

/// One column.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    /// Stable id (used in keys and test ids).
    pub id: String,
    pub label: String,
    /// Right-aligned, formatted with `decimals`.
    pub numeric: bool,
    pub decimals: u8,
    /// Marked as the column the chart shows.
    pub highlight: bool,
}

impl Column {
    pub fn text(id: impl Into<String>, label: impl Into<String>) -> Self {
        Column {
            id: id.into(),
            label: label.into(),
            numeric: false,
            decimals: 0,
            highlight: false,
        }
    }
    pub fn number(id: impl Into<String>, label: impl Into<String>, decimals: u8) -> Self {
        Column {
            id: id.into(),
            label: label.into(),
            numeric: true,
            decimals,
            highlight: false,
        }
    }
    pub fn highlighted(mut self, on: bool) -> Self {
        self.highlight = on;
        self
    }
}

/// One row.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// Stable key, passed to the activation callback.
    pub key: String,
    pub cells: Vec<Cell>,
    /// Can the row be activated (chosen, by click or Enter)?
    pub activatable: bool,
    /// Does activating it go down a level (shown with a `›`)?
    pub drillable: bool,
    /// Stays on top whatever the sort (a total row).
    pub pinned: bool,
    /// Shown emphasised (the current selection).
    pub current: bool,
}

impl Row {
    pub fn new(key: impl Into<String>, cells: Vec<Cell>) -> Self {
        Row {
            key: key.into(),
            cells,
            activatable: false,
            drillable: false,
            pinned: false,
            current: false,
        }
    }
}

/// Sort direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortDir {
    Ascending,
    Descending,
}

impl SortDir {
    pub fn toggled(self) -> SortDir {
        match self {
            SortDir::Ascending => SortDir::Descending,
            SortDir::Descending => SortDir::Ascending,
        }
    }
    /// The `aria-sort` value.
    pub fn aria(self) -> &'static str {
        match self {
            SortDir::Ascending => "ascending",
            SortDir::Descending => "descending",
        }
    }
}

fn compare_cells(a: Option<&Cell>, b: Option<&Cell>, dir: SortDir) -> Ordering {
    let flip = |o: Ordering| {
        if dir == SortDir::Descending {
            o.reverse()
        } else {
            o
        }
    };
    match (a, b) {
        (Some(Cell::Number(x)), Some(Cell::Number(y))) => match (x.value(), y.value()) {
            // Cells without a value go last in both directions.
            (Some(x), Some(y)) => flip(x.partial_cmp(&y).unwrap_or(Ordering::Equal)),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        },
        // ASCII case folding: no Unicode tables in the wasm; æ, ø and å sort after z either way.
        (Some(Cell::Text(x)), Some(Cell::Text(y))) => flip(
            x.bytes()
                .map(|b| b.to_ascii_lowercase())
                .cmp(y.bytes().map(|b| b.to_ascii_lowercase())),
        ),
        _ => Ordering::Equal,
    }
}

/// Rows sorted by column `col` (stable; pinned rows first, in their own order). `None` keeps the
/// given order.
pub fn sort_rows(rows: &[Row], sort: Option<(usize, SortDir)>) -> Vec<Row> {
    let mut pinned: Vec<Row> = rows.iter().filter(|r| r.pinned).cloned().collect();
    let mut rest: Vec<Row> = rows.iter().filter(|r| !r.pinned).cloned().collect();
    if let Some((col, dir)) = sort {
        crate::sort::sort_by(&mut rest, |a, b| {
            compare_cells(a.cells.get(col), b.cells.get(col), dir)
        });
    }
    pinned.append(&mut rest);
    pinned
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(key: &str, v: NumberValue) -> Row {
        Row::new(key, vec![Cell::Text(key.to_string()), Cell::Number(v)])
    }

    #[test]
    fn numbers_sort_with_empty_cells_last() {
        let rows = vec![
            row("a", NumberValue::Value(2.0)),
            row("b", NumberValue::Suppressed),
            row("c", NumberValue::Value(5.0)),
            row("d", NumberValue::Missing),
            row("e", NumberValue::Value(1.0)),
        ];
        let keys = |rs: Vec<Row>| rs.into_iter().map(|r| r.key).collect::<Vec<_>>().join("");
        assert_eq!(
            keys(sort_rows(&rows, Some((1, SortDir::Descending)))),
            "caebd"
        );
        assert_eq!(
            keys(sort_rows(&rows, Some((1, SortDir::Ascending)))),
            "eacbd"
        );
        assert_eq!(keys(sort_rows(&rows, None)), "abcde");
    }

    #[test]
    fn pinned_rows_stay_first_and_text_sorts_case_blind() {
        let mut total = row("Total", NumberValue::Value(0.0));
        total.pinned = true;
        let rows = vec![
            row("beta", NumberValue::Value(1.0)),
            total,
            row("Alfa", NumberValue::Value(2.0)),
        ];
        let sorted = sort_rows(&rows, Some((0, SortDir::Ascending)));
        let keys: Vec<_> = sorted.iter().map(|r| r.key.as_str()).collect();
        assert_eq!(keys, ["Total", "Alfa", "beta"]);
    }
}
