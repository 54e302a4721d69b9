//! charming chart builders for the diagnoses view: a ranked bar chart of the breakdown and a
//! line chart of the trend. Pure: the option is serde data, tested natively as JSON.
//!
//! The parts are charming's (axes, grid, title, tooltip, dataset, bar and line series); the
//! outer [`ChartOption`] is a slim stand-in for `charming::Chart` with only the fields these
//! charts use. `Chart` serialises every ECharts component and all 25 series kinds, and that code
//! alone was about a tenth of the app's wasm.
//!
//! Numbers are formatted in Rust (Danish or English) and handed to ECharts in a dataset column,
//! which labels and tooltips show with `{@[n]}`; ECharts never formats a data value itself.
//! Suppressed cells are `null` (no bar, no point) and their category carries the marker.

use charming::component::{Axis, Grid, Title};
use charming::datatype::{CompositeValue, DataSource, Dataset};
use charming::element::{
    AxisLabel, AxisType, Color, ItemStyle, Label, LabelPosition, LineStyle, MarkLine, MarkLineData,
    MarkLineVariant, SplitLine, TextStyle, Tooltip, Trigger,
};
use charming::series::{Bar, Line};
use components::{NumberFormat, NumberValue};
use serde::Serialize;

use super::model::{Breakdown, NodeRow, Trend};

/// One series: the two kinds these charts draw.
#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(untagged)]
pub enum Series {
    Bar(Box<Bar>),
    Line(Box<Line>),
}

/// ECharts' accessibility option with our own description: the generated text summary, in the
/// page's language, instead of ECharts' automatic English one (which also reads raw rows).
#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct ChartAria {
    pub enabled: bool,
    pub label: AriaLabel,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct AriaLabel {
    pub description: String,
}

impl ChartAria {
    pub fn new(description: &str) -> Self {
        ChartAria {
            enabled: true,
            label: AriaLabel {
                description: description.to_string(),
            },
        }
    }
}

/// The ECharts option of one chart (a subset of `charming::Chart`, same JSON).
#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ChartOption {
    pub animation: bool,
    pub aria: ChartAria,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub color: Vec<Color>,
    pub title: Vec<Title>,
    pub grid: Grid,
    pub dataset: Dataset,
    pub tooltip: Tooltip,
    pub x_axis: Axis,
    pub y_axis: Axis,
    pub series: Vec<Series>,
}

/// Colours and fonts, read from the CSS design tokens by the page.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartStyle {
    pub bar: String,
    pub highlight: String,
    pub line: String,
    pub text: String,
    pub muted: String,
    pub grid: String,
}

impl Default for ChartStyle {
    fn default() -> Self {
        ChartStyle {
            bar: "#1d6a7a".into(),
            highlight: "#a3470e".into(),
            line: "#0b4f5c".into(),
            text: "#1f2933".into(),
            muted: "#52606d".into(),
            grid: "#d9e2ec".into(),
        }
    }
}

/// What the charts need besides the numbers.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartTexts {
    /// The synthetic-data mark drawn into the chart (and so into the PNG).
    pub mark: String,
    /// Axis name (unit).
    pub unit: String,
    pub marker: String,
    pub data_break: String,
    pub format: NumberFormat,
    pub decimals: u8,
    /// What a screen reader hears for the chart: the text summary of the shown numbers.
    pub description: String,
    /// The longest category label, in characters ([`max_label`]); the table has them whole.
    pub max_label: usize,
}

/// Category labels on a wide screen, in characters.
pub const LABEL_WIDE: usize = 44;
/// On a phone: shorter labels, so that the bars keep about half of the chart's width.
pub const LABEL_NARROW: usize = 20;

/// The longest category label for a window `width` CSS pixels wide.
pub fn max_label(width: f64) -> usize {
    if width < 600.0 {
        LABEL_NARROW
    } else {
        LABEL_WIDE
    }
}

fn short(label: &str, max: usize) -> String {
    if label.chars().count() <= max {
        label.to_string()
    } else {
        format!(
            "{}…",
            label.chars().take(max - 1).collect::<String>().trim_end()
        )
    }
}

fn formatted(v: NumberValue, t: &ChartTexts) -> String {
    match v {
        NumberValue::Value(x) => t.format.format(x, t.decimals),
        NumberValue::Suppressed => t.marker.clone(),
        NumberValue::Missing => "–".into(),
    }
}

fn num(v: NumberValue) -> CompositeValue {
    CompositeValue::OptionalNumber(v.value().map(Into::into))
}

/// Rows ranked by value, largest first; rows without a value keep their order at the end.
pub fn ranked(b: &Breakdown) -> Vec<&NodeRow> {
    let mut rows: Vec<&NodeRow> = b.rows.iter().collect();
    components::sort::sort_by(&mut rows, |a, b| match (a.value.value(), b.value.value()) {
        (Some(x), Some(y)) => y.partial_cmp(&x).unwrap_or(std::cmp::Ordering::Equal),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    rows
}

fn mark_title(t: &ChartTexts, style: &ChartStyle) -> Title {
    Title::new()
        .text(t.mark.clone())
        .right(8)
        .bottom(2)
        .text_style(
            TextStyle::new()
                .font_size(11)
                .color(Color::from(style.muted.as_str())),
        )
}

/// Height in pixels that gives every bar room.
pub fn bar_chart_height(rows: usize) -> u32 {
    (rows as u32 * 30 + 70).clamp(160, 1400)
}

/// A header row of column names. Without it ECharts takes a first row with no number (a
/// suppressed first age group, a year before the diagnoses began) for the header and drops it.
fn header(cols: &[&str]) -> Vec<CompositeValue> {
    cols.iter().map(|c| CompositeValue::from(*c)).collect()
}

/// Horizontal ranked bars of `rows` (use [`ranked`]); the current row is drawn in the
/// highlight colour. Dataset columns: label, value, highlighted value, formatted value.
pub fn bar_chart(rows: &[&NodeRow], t: &ChartTexts, style: &ChartStyle) -> ChartOption {
    let has_current = rows.iter().any(|r| r.current);
    let source: Vec<Vec<CompositeValue>> =
        std::iter::once(header(&["label", "value", "current", "text"]))
            .chain(rows.iter().map(|r| {
                let label = match r.value {
                    NumberValue::Suppressed => {
                        format!("{} {}", short(&r.label, t.max_label), t.marker)
                    }
                    _ => short(&r.label, t.max_label),
                };
                let hl = if r.current {
                    r.value
                } else {
                    NumberValue::Missing
                };
                vec![
                    label.into(),
                    num(r.value),
                    num(hl),
                    formatted(r.value, t).into(),
                ]
            }))
            .collect();
    let mut series = vec![Series::Bar(Box::new(
        Bar::new().name(t.unit.clone()).bar_width("60%").label(
            Label::new()
                .show(true)
                .position(LabelPosition::Right)
                .formatter("{@[3]}")
                .color(Color::from(style.text.as_str())),
        ),
    ))];
    if has_current {
        series.push(Series::Bar(Box::new(
            Bar::new()
                .name(t.unit.clone())
                .bar_width("60%")
                .bar_gap("-100%")
                .item_style(ItemStyle::new().color(Color::from(style.highlight.as_str()))),
        )));
    }
    ChartOption {
        animation: false,
        aria: ChartAria::new(&t.description),
        color: vec![Color::from(style.bar.as_str())],
        title: vec![mark_title(t, style)],
        grid: Grid::new()
            .left(8)
            .right(72)
            .top(8)
            .bottom(28)
            .contain_label(true),
        dataset: Dataset::new().source(DataSource::Mixed(source)),
        tooltip: Tooltip::new()
            .trigger(Trigger::Item)
            .formatter("{b}: {@[3]}"),
        y_axis: Axis::new()
            .type_(AxisType::Category)
            .inverse(true)
            .axis_label(
                AxisLabel::new()
                    .color(Color::from(style.text.as_str()))
                    .font_size(12),
            ),
        x_axis: Axis::new()
            .type_(AxisType::Value)
            .name(t.unit.clone())
            .name_location(charming::element::NameLocation::End)
            // Tick labels would be formatted by ECharts in English style; every bar carries its
            // own label in the reader's language instead.
            .axis_label(AxisLabel::new().show(false))
            .split_line(
                SplitLine::new()
                    .line_style(LineStyle::new().color(Color::from(style.grid.as_str()))),
            ),
        series,
    }
}

/// The trend of one node over the years, with a vertical mark at each data break.
/// Dataset columns: year, value, formatted value.
pub fn trend_chart(
    trend: &Trend,
    breaks: &[u16],
    t: &ChartTexts,
    style: &ChartStyle,
) -> ChartOption {
    let source: Vec<Vec<CompositeValue>> = std::iter::once(header(&["year", "value", "text"]))
        .chain(trend.years.iter().zip(&trend.values).map(|(y, v)| {
            // A suppressed year has no point; its axis label carries the marker instead.
            let year = match v {
                NumberValue::Suppressed => format!("{y} {}", t.marker),
                _ => y.to_string(),
            };
            vec![year.into(), num(*v), formatted(*v, t).into()]
        }))
        .collect();
    let first = trend.years.first().copied().unwrap_or(0);
    let marks: Vec<MarkLineVariant> = breaks
        .iter()
        .filter(|y| **y > first && trend.years.contains(y))
        .filter_map(|y| {
            let i = trend.years.iter().position(|x| x == y)?;
            // The mark sits on the category, which is the year label (with a marker if suppressed).
            let label = match trend.values.get(i) {
                Some(NumberValue::Suppressed) => format!("{y} {}", t.marker),
                _ => y.to_string(),
            };
            Some(MarkLineVariant::Simple(
                MarkLineData::new().name(t.data_break.clone()).x_axis(label),
            ))
        })
        .collect();
    let mut line = Line::new()
        .name(t.unit.clone())
        .symbol_size(9)
        .connect_nulls(false)
        .line_style(
            LineStyle::new()
                .width(3)
                .color(Color::from(style.line.as_str())),
        )
        .item_style(ItemStyle::new().color(Color::from(style.line.as_str())))
        .label(
            Label::new()
                .show(true)
                .position(LabelPosition::Top)
                .formatter("{@[2]}")
                .color(Color::from(style.text.as_str())),
        );
    if !marks.is_empty() {
        line = line.mark_line(
            MarkLine::new()
                .silent(true)
                .symbol(vec![
                    charming::element::Symbol::None,
                    charming::element::Symbol::None,
                ])
                .label(
                    // Along the middle of the line, clear of the point labels and the years.
                    Label::new()
                        .formatter("{b}")
                        .position(LabelPosition::InsideMiddleTop)
                        .color(Color::from(style.highlight.as_str())),
                )
                .line_style(LineStyle::new().color(Color::from(style.highlight.as_str())))
                .data(marks),
        );
    }
    ChartOption {
        animation: false,
        aria: ChartAria::new(&t.description),
        color: vec![],
        title: vec![mark_title(t, style)],
        grid: Grid::new()
            .left(8)
            .right(24)
            .top(36)
            .bottom(28)
            .contain_label(true),
        dataset: Dataset::new().source(DataSource::Mixed(source)),
        tooltip: Tooltip::new()
            .trigger(Trigger::Item)
            .formatter("{b}: {@[2]}"),
        x_axis: Axis::new()
            .type_(AxisType::Category)
            .axis_label(AxisLabel::new().color(Color::from(style.text.as_str()))),
        y_axis: Axis::new()
            .type_(AxisType::Value)
            .name(t.unit.clone())
            .name_text_style(TextStyle::new().align("left"))
            // Tick labels would be formatted by ECharts in English style; every point carries its
            // own label in the reader's language instead.
            .axis_label(AxisLabel::new().show(false))
            .split_line(
                SplitLine::new()
                    .line_style(LineStyle::new().color(Color::from(style.grid.as_str()))),
            ),
        series: vec![Series::Line(Box::new(line))],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    fn texts() -> ChartTexts {
        ChartTexts {
            mark: "Mock-up · syntetiske data".into(),
            unit: "patienter".into(),
            marker: "●".into(),
            data_break: "Databrud".into(),
            format: NumberFormat::DANISH,
            decimals: 0,
            description: "Kort fortalt: tallene i tabellen.".into(),
            max_label: LABEL_WIDE,
        }
    }

    fn row(code: &str, v: NumberValue, current: bool) -> NodeRow {
        NodeRow {
            code: code.into(),
            label: format!("Label {code}"),
            values: vec![v],
            value: v,
            drillable: true,
            current,
        }
    }

    fn breakdown() -> Breakdown {
        Breakdown {
            table_id: "t".into(),
            years: vec![2025],
            parent: row("T", NumberValue::Value(9999.0), false),
            rows: vec![
                row("a", NumberValue::Value(1200.0), false),
                row("b", NumberValue::Suppressed, false),
                row("c", NumberValue::Value(34567.0), true),
            ],
        }
    }

    #[test]
    fn bars_are_ranked_with_formatted_labels_and_no_suppressed_value() {
        let b = breakdown();
        let ranked = ranked(&b);
        assert_eq!(
            ranked.iter().map(|r| r.code.as_str()).collect::<Vec<_>>(),
            ["c", "a", "b"]
        );
        let chart = bar_chart(&ranked, &texts(), &ChartStyle::default());
        let v: Value = serde_json::to_value(&chart).unwrap();
        assert_eq!(
            v["dataset"][0]["source"],
            json!([
                ["label", "value", "current", "text"],
                ["Label c", 34567.0, 34567.0, "34.567"],
                ["Label a", 1200.0, null, "1.200"],
                ["Label b ●", null, null, "●"],
            ])
        );
        assert_eq!(
            v["series"].as_array().unwrap().len(),
            2,
            "a highlight series for the current row"
        );
        assert_eq!(v["series"][0]["label"]["formatter"], "{@[3]}");
        assert_eq!(v["aria"]["enabled"], true);
        assert_eq!(
            v["aria"]["label"]["description"],
            "Kort fortalt: tallene i tabellen."
        );
        assert_eq!(v["title"][0]["text"], "Mock-up · syntetiske data");
    }

    #[test]
    fn trend_marks_breaks_inside_the_range_only() {
        let trend = Trend {
            table_id: "t".into(),
            years: vec![2021, 2022, 2023, 2024, 2025],
            values: vec![
                NumberValue::Value(1.0),
                NumberValue::Value(2.0),
                NumberValue::Suppressed,
                NumberValue::Value(4.5),
                NumberValue::Missing,
            ],
        };
        let mut t = texts();
        t.decimals = 1;
        let v: Value = serde_json::to_value(trend_chart(
            &trend,
            &[2021, 2024],
            &t,
            &ChartStyle::default(),
        ))
        .unwrap();
        assert_eq!(v["dataset"][0]["source"][3], json!(["2023 ●", null, "●"]));
        assert_eq!(v["dataset"][0]["source"][4], json!(["2024", 4.5, "4,5"]));
        let marks = v["series"][0]["markLine"]["data"].as_array().unwrap();
        assert_eq!(marks.len(), 1);
        assert_eq!(marks[0]["xAxis"], "2024");
    }

    #[test]
    fn long_labels_are_shortened_for_the_axis() {
        let s = short(&"x".repeat(60), LABEL_WIDE);
        assert_eq!(s.chars().count(), LABEL_WIDE);
        assert!(s.ends_with('…'));
        assert_eq!(short("kort", LABEL_NARROW), "kort");
    }

    #[test]
    fn a_phone_gets_shorter_labels_and_keeps_the_marker() {
        assert_eq!(max_label(400.0), LABEL_NARROW);
        assert_eq!(max_label(1280.0), LABEL_WIDE);
        let long = NodeRow {
            label: "XIII Sygdomme i muskel-skeletsystem og bindevæv".into(),
            ..row("M", NumberValue::Suppressed, false)
        };
        let t = ChartTexts {
            max_label: LABEL_NARROW,
            ..texts()
        };
        let v = serde_json::to_value(bar_chart(&[&long], &t, &ChartStyle::default())).unwrap();
        let label = v["dataset"][0]["source"][1][0]
            .as_str()
            .unwrap()
            .to_string();
        assert_eq!(label, "XIII Sygdomme i mus… ●");
    }
}
