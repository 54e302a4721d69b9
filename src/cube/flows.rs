//! The pathway as a Sankey diagram (pathways view): how the courses began, specialist practice,
//! hospital contact or not, and the status at the end of the year, with the table twin of its
//! flows. Every flow is one published cell of the pathways dataset (the start of the course, or
//! what followed); ECharts only draws them. A suppressed flow is not drawn and is listed.

use charming::element::{LineStyle, Tooltip, Trigger};
use components::{
    Cell, Column, DataTable, EChart, EChartOption, MarkerTexts, NumberFormat, NumberValue, Row,
};
use leptos::prelude::*;
use mock_data::schema::{Codes, Dataset};
use serde::Serialize;

use super::charts::{ChartAria, ChartStyle};
use super::model::{code_label, effective_year};
use super::view::DiagCtx;
use crate::lookup::{cell, pick_table, Request};
use crate::state::{DiagnosisState, Dim};
use crate::texts::{self, Lang};
use crate::theme;

/// The measures of a flow, in the twin's column order: count, share, quartiles of days.
pub const FLOW_MEASURES: [&str; 5] = [
    "patients",
    "flow_share",
    "p25_days",
    "median_days",
    "p75_days",
];

/// One flow between two steps.
#[derive(Clone, Debug, PartialEq)]
pub struct Flow {
    /// The code of the flow in its dimension (`pin` or `pout`).
    pub dim: Dim,
    pub code: String,
    pub from: String,
    pub to: String,
    /// One value per [`FLOW_MEASURES`].
    pub values: [NumberValue; 5],
}

impl Flow {
    pub fn patients(&self) -> NumberValue {
        self.values[0]
    }
}

/// The flows of the current population, geography, age group and year.
#[derive(Clone, Debug, PartialEq)]
pub struct Flows {
    pub year: u16,
    /// All patients in the pathway (the total of both dimensions).
    pub total: NumberValue,
    pub flows: Vec<Flow>,
}

/// The flows of `state` (its pathway steps set to their totals), from published cells only.
/// `None` when the dataset has no pathway dimensions or no table covers them.
pub fn build(state: &DiagnosisState, codes: &Codes, ds: &Dataset, lang: Lang) -> Option<Flows> {
    let (pin, pout) = (codes.dimension("pin")?, codes.dimension("pout")?);
    let year = effective_year(state, codes);
    let y = year.to_string();
    let look = |dim: Dim, code: &str, measure: &str| -> NumberValue {
        let s = state
            .with_code(Dim::Pin, "T")
            .with_code(Dim::Pout, "T")
            .with_code(dim, code);
        let mut req = Request::new()
            .measure(measure)
            .with("year", vec![y.clone()]);
        let mut coords: Vec<(&str, &str)> = vec![("year", y.as_str())];
        for d in Dim::ALL
            .into_iter()
            .filter(|d| ds.dimensions.iter().any(|x| x == d.code()))
        {
            req = req.with(d.code(), vec![s.code(d).to_string()]);
        }
        for d in Dim::ALL {
            coords.push((d.code(), s.code(d)));
        }
        pick_table(ds, &req, codes)
            .and_then(|t| cell(t, measure, &coords, codes))
            .unwrap_or(NumberValue::Missing)
    };
    let values = |dim: Dim, code: &str| FLOW_MEASURES.map(|m| look(dim, code, m));
    let label = |d: &mock_data::schema::Dimension, c: &str| code_label(d, c, lang);
    let practice = label(pin, "T");
    let mut flows = Vec::new();
    for c in pin.children("T", "std") {
        flows.push(Flow {
            dim: Dim::Pin,
            code: c.code.clone(),
            from: label(pin, &c.code),
            to: practice.clone(),
            values: values(Dim::Pin, &c.code),
        });
    }
    for h in pout.children("T", "std") {
        flows.push(Flow {
            dim: Dim::Pout,
            code: h.code.clone(),
            from: practice.clone(),
            to: label(pout, &h.code),
            values: values(Dim::Pout, &h.code),
        });
        for e in pout.children(&h.code, "std") {
            flows.push(Flow {
                dim: Dim::Pout,
                code: e.code.clone(),
                from: label(pout, &h.code),
                to: label(pout, &e.code),
                values: values(Dim::Pout, &e.code),
            });
        }
    }
    if flows.is_empty() {
        return None;
    }
    Some(Flows {
        year,
        total: look(Dim::Pin, "T", "patients"),
        flows,
    })
}

fn text(v: NumberValue, decimals: u8, fmt: NumberFormat, marker: &str) -> String {
    match v {
        NumberValue::Value(x) => fmt.format(x, decimals),
        NumberValue::Suppressed => marker.to_string(),
        NumberValue::Missing => "–".into(),
    }
}

/// One flow in words: patients, share and, where published, the days it took.
pub fn flow_sentence(f: &Flow, lang: Lang, fmt: NumberFormat, marker: &str) -> String {
    let v = |i: usize, d: u8| text(f.values[i], d, fmt, marker);
    let days = match f.values[3] {
        NumberValue::Value(_) => Some((v(2, 0), v(3, 0), v(4, 0))),
        _ => None,
    };
    texts::flow_sentence(lang, &f.from, &f.to, &v(0, 0), &v(1, 1), days)
}

/// The text summary of the pathway (also the chart's description for screen readers). Only
/// published cells are named; suppressed flows are counted, not valued.
pub fn summary(fl: &Flows, lang: Lang, fmt: NumberFormat, marker: &str) -> Vec<String> {
    let mut out = vec![texts::flows_intro(
        lang,
        &text(fl.total, 0, fmt, marker),
        fl.year,
    )];
    // The largest start and the hospital step, as the headline of the pathway.
    let largest = |dim: Dim, level_dot: bool| {
        fl.flows
            .iter()
            .filter(|f| f.dim == dim && f.code.contains('.') == level_dot)
            .filter(|f| f.patients().value().is_some())
            .max_by(|a, b| {
                a.patients()
                    .value()
                    .partial_cmp(&b.patients().value())
                    .unwrap_or(std::cmp::Ordering::Equal)
            })
    };
    for f in [largest(Dim::Pin, false), largest(Dim::Pout, false)]
        .into_iter()
        .flatten()
    {
        out.push(flow_sentence(f, lang, fmt, marker));
    }
    let hidden = fl
        .flows
        .iter()
        .filter(|f| f.patients() == NumberValue::Suppressed)
        .count();
    if hidden > 0 {
        out.push(texts::flows_hidden(lang, hidden, marker));
    }
    out
}

/// The opacity of the flows: the lowest at which the bar colour over white still has 3:1
/// contrast (WCAG 1.4.11, checked by tests/e2e/a11y.test.mjs), so crossing flows stay visible.
const FLOW_OPACITY: f64 = 0.7;

// The ECharts option of a Sankey diagram (serde; ECharts' own field names).

#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct SankeyOption {
    pub animation: bool,
    pub aria: ChartAria,
    pub tooltip: Tooltip,
    pub series: Vec<SankeySeries>,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct SankeySeries {
    #[serde(rename = "type")]
    pub type_: &'static str,
    pub left: u32,
    pub right: u32,
    pub top: u32,
    pub bottom: u32,
    pub node_gap: u32,
    /// 0: nodes keep the order of `data` (the order of the codes), the same for every population,
    /// and ECharts skips its layout iterations.
    pub layout_iterations: u32,
    pub draggable: bool,
    pub label: NodeLabel,
    pub line_style: LineStyle,
    pub data: Vec<SankeyNode>,
    pub links: Vec<SankeyLink>,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct NodeLabel {
    pub color: String,
    pub formatter: &'static str,
    pub text_border_color: &'static str,
    pub text_border_width: u32,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct SankeyNode {
    pub name: String,
    pub item_style: NodeStyle,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct NodeStyle {
    pub color: String,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct SankeyLink {
    pub source: String,
    pub target: String,
    pub value: f64,
    /// The flow in words, formatted in Rust: ECharts would format the number itself.
    pub tooltip: LinkTooltip,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct LinkTooltip {
    pub formatter: String,
}

/// The Sankey of the published flows (suppressed and empty flows are not drawn). Nodes show
/// their name only: a node's size is the sum of its flows, which is not a published figure.
pub fn sankey_chart(
    fl: &Flows,
    lang: Lang,
    fmt: NumberFormat,
    marker: &str,
    description: &str,
    style: &ChartStyle,
) -> SankeyOption {
    let drawn: Vec<&Flow> = fl
        .flows
        .iter()
        .filter(|f| f.patients().value().is_some_and(|v| v > 0.0))
        .collect();
    let mut names: Vec<String> = Vec::new();
    for f in &drawn {
        for n in [&f.from, &f.to] {
            if !names.contains(n) {
                names.push(n.clone());
            }
        }
    }
    SankeyOption {
        animation: false,
        aria: ChartAria::new(description),
        tooltip: Tooltip::new().trigger(Trigger::Item).formatter("{b}"),
        series: vec![SankeySeries {
            type_: "sankey",
            left: 8,
            right: 200,
            top: 16,
            bottom: 16,
            node_gap: 14,
            layout_iterations: 0,
            draggable: false,
            label: NodeLabel {
                color: style.text.clone(),
                formatter: "{b}",
                // A white halo: the names sit on the flows.
                text_border_color: "#ffffff",
                text_border_width: 3,
            },
            // Every node has the one bar colour, so a flow takes its source's: the same look as a
            // gradient between two equal colours, without a gradient object per flow and redraw.
            line_style: LineStyle::new().color("source").opacity(FLOW_OPACITY),
            data: names
                .into_iter()
                .map(|name| SankeyNode {
                    name,
                    item_style: NodeStyle {
                        color: style.bar.clone(),
                    },
                })
                .collect(),
            links: drawn
                .iter()
                .map(|f| SankeyLink {
                    source: f.from.clone(),
                    target: f.to.clone(),
                    value: f.patients().value().unwrap_or(0.0),
                    tooltip: LinkTooltip {
                        formatter: flow_sentence(f, lang, fmt, marker),
                    },
                })
                .collect(),
        }],
    }
}

/// The pathway section of the pathways view: Sankey, text summary, table twin of the flows.
#[component]
pub fn FlowSection(ctx: DiagCtx, l: Lang) -> impl IntoView {
    let flows = Memo::new(move |_| {
        let s = ctx.state.get();
        ctx.codes
            .with_value(|c| ctx.ds.with_value(|d| build(&s, c, d, l)))
    });
    let marker = ctx.ds.with_value(|d| d.suppression.marker.clone());
    let fmt = l.number_format();
    let style = StoredValue::new(theme::chart_style());
    let heading = Signal::derive(move || {
        flows.with(|f| {
            f.as_ref()
                .map(|f| texts::flows_heading(l, f.year))
                .unwrap_or_default()
        })
    });
    let marker_c = marker.clone();
    let sentences = Memo::new(move |_| {
        flows.with(|f| {
            f.as_ref()
                .map(|f| summary(f, l, fmt, &marker_c))
                .unwrap_or_default()
        })
    });
    let marker_c = marker.clone();
    let option = Signal::derive(move || {
        flows.with(|f| {
            f.as_ref()
                .map(|f| {
                    let d = sentences.with(|s| s.join(" "));
                    style.with_value(|s| {
                        EChartOption::new(&sankey_chart(f, l, fmt, &marker_c, &d, s))
                    })
                })
                .unwrap_or_default()
        })
    });
    let columns = Signal::derive(move || {
        ctx.ds.with_value(|d| {
            let mut cols = vec![Column::text("flow", texts::FLOW_COLUMN.get(l))];
            for id in FLOW_MEASURES {
                if let Some(m) = d.measures.iter().find(|m| m.id == id) {
                    cols.push(Column::number(
                        id,
                        m.label.get(l.code()).to_string(),
                        m.decimals,
                    ));
                }
            }
            cols
        })
    });
    let rows = Signal::derive(move || {
        flows.with(|f| {
            f.as_ref()
                .map(|f| {
                    f.flows
                        .iter()
                        .map(|x| {
                            let mut cells = vec![Cell::Text(format!("{} → {}", x.from, x.to))];
                            cells.extend(x.values.iter().map(|v| Cell::Number(*v)));
                            Row::new(format!("{}:{}", x.dim.code(), x.code), cells)
                        })
                        .collect()
                })
                .unwrap_or_default()
        })
    });
    let marker_texts = MarkerTexts {
        marker: marker.clone(),
        suppressed: texts::SUPPRESSED_SR.get(l).to_string(),
        missing: texts::MISSING_SR.get(l).to_string(),
    };
    // Only whether there is a pathway at all decides the section; its content is reactive inside
    // (re-running this closure on every change would rebuild the charts and the table).
    let shown = Memo::new(move |_| flows.with(|f| f.is_some()));
    move || {
        shown.get().then(|| {
            view! {
                <section class="flows" aria-labelledby="flows-heading" data-testid="flows">
                    <h2 id="flows-heading">{heading}</h2>
                    <p class="hint">{texts::FLOWS_HINT.get(l)}</p>
                    <EChart
                        option=option
                        label=heading
                        fallback=texts::CHART_FALLBACK.get(l)
                        height=380u32
                        test_id="sankey-chart"
                    />
                    <div class="summary" aria-live="polite" data-testid="flows-summary">
                        {move || sentences.get().into_iter().map(|s| view! { <p>{s}</p> }).collect_view()}
                    </div>
                    <DataTable
                        caption=Signal::derive(move || texts::flows_caption(l, flows.with(|f| f.as_ref().map(|f| f.year).unwrap_or(0))))
                        columns=columns
                        rows=rows
                        format=fmt
                        texts=marker_texts.clone()
                        test_id="flows-table"
                    />
                </section>
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flows() -> Flows {
        let (codes, ds) = crate::fixture::pathways();
        let s = crate::views::PATHWAYS.base();
        build(&s, &codes, &ds, Lang::Da).expect("flows")
    }

    #[test]
    fn every_flow_is_a_cell_and_steps_are_in_order() {
        let (codes, ds) = crate::fixture::pathways();
        let f = flows();
        let order: Vec<&str> = f.flows.iter().map(|x| x.code.as_str()).collect();
        assert_eq!(
            order,
            [
                "AP", "SLH", "SELV", "SH", "SH.EPI", "SH.FORT", "SH.AND", "NSH", "NSH.EPI",
                "NSH.FORT", "NSH.AND"
            ]
        );
        // The numbers are the fixture's cells: look one up by hand.
        let t = ds
            .tables
            .iter()
            .find(|t| t.id == "region_pop_out")
            .expect("table");
        let idx = t
            .index_of(&["DK", "T2D", "SH", &f.year.to_string()])
            .expect("cell");
        let published = t.values["patients"][idx].0;
        let sh = f.flows.iter().find(|x| x.code == "SH").expect("SH");
        assert_eq!(sh.patients().value(), published);
        assert!(codes.dimension("pout").is_some());
    }

    #[test]
    fn suppressed_flows_are_not_drawn_and_their_value_is_nowhere() {
        let mut f = flows();
        f.flows[1].values = [NumberValue::Suppressed; 5];
        let o = sankey_chart(
            &f,
            Lang::Da,
            Lang::Da.number_format(),
            "*",
            "",
            &ChartStyle::default(),
        );
        let json = serde_json::to_string(&o).expect("json");
        assert_eq!(
            o.series[0].links.len(),
            f.flows
                .iter()
                .filter(|x| x.patients().value().is_some_and(|v| v > 0.0))
                .count()
        );
        assert!(!o.series[0]
            .links
            .iter()
            .any(|l| l.source == f.flows[1].from));
        // Tooltips carry formatted Danish numbers, and nodes no value of their own.
        assert!(json.contains("\"type\":\"sankey\""));
        assert!(!json.contains("\"value\":null"));
        let s = summary(&f, Lang::Da, Lang::Da.number_format(), "*");
        assert!(s.iter().any(|x| x.contains("1 strøm")), "{s:?}");
    }
}
