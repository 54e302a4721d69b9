//! The result: heading, breadcrumb, the selected node's figure, the chart / trend / table tabs,
//! the key to the marker, the text summary and the downloads.
//!
//! Texts are fixed for a language (the view re-renders when it changes); what depends on the
//! state reads the model memo.

use components::{
    tabs, Breadcrumb, Cell, ChartClick, ChartHandle, Column, CopyLink, Crumb, DataTable, Downloads,
    EChart, EChartOption, MarkerTexts, Notice, NoticeKind, NumberCell, Row, TabItem, Tabs,
};
use leptos::prelude::*;

use super::charts::{bar_chart, bar_chart_height, max_label, ranked, trend_chart, ChartTexts};
use super::export;
use super::model::{DiagnosisModel, NodeRow};
use super::summary::summary;
use super::view::DiagCtx;
use crate::state::Tab;
use crate::texts::{self, Lang};
use crate::theme;

const TABS_ID: &str = "result";

fn current_url() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

fn with_model<T: Default>(ctx: DiagCtx, f: impl FnOnce(&DiagnosisModel) -> T) -> T {
    ctx.model.with(|m| m.as_ref().map(f).unwrap_or_default())
}

/// Which panel to show; a memo so the chart host stays mounted while only the numbers change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Panel {
    Bars,
    Trend,
    Table,
    NotPublished,
}

fn marker_texts(ctx: DiagCtx, l: Lang) -> MarkerTexts {
    MarkerTexts {
        marker: ctx.ds.with_value(|d| d.suppression.marker.clone()),
        suppressed: texts::SUPPRESSED_SR.get(l).to_string(),
        missing: texts::MISSING_SR.get(l).to_string(),
    }
}

fn chart_texts(m: &DiagnosisModel, marker: &str) -> ChartTexts {
    let l = m.lang;
    ChartTexts {
        mark: texts::MOCKUP_MARK.get(l).to_string(),
        unit: m.measure.unit.get(l.code()).to_string(),
        marker: marker.to_string(),
        data_break: texts::DATA_BREAK.get(l).to_string(),
        format: l.number_format(),
        decimals: m.measure.decimals,
        description: summary(m, marker).join(" "),
        max_label: max_label(
            web_sys::window()
                .and_then(|w| w.inner_width().ok())
                .and_then(|w| w.as_f64())
                .unwrap_or(1280.0),
        ),
    }
}

#[component]
fn NotPublishedNotice(ctx: DiagCtx, l: Lang, trend: bool) -> impl IntoView {
    let lines = Signal::derive(move || {
        with_model(ctx, |m| {
            let np = if trend {
                m.trend.as_ref().err()
            } else {
                m.breakdown.as_ref().err()
            };
            let Some(np) = np else { return vec![] };
            let mut lines = Vec::new();
            if let Some((a, b)) = np.years {
                lines.push(texts::not_published_years(l, a, b));
                // The note at the first year says why (the data break).
                ctx.ds.with_value(|d| {
                    lines.extend(
                        d.notes
                            .iter()
                            .filter(|n| n.year == a)
                            .map(|n| n.text.get(l.code()).to_string()),
                    )
                });
            }
            if !np.dims.is_empty() {
                lines.push(texts::not_published_dims(l, &np.dims));
            }
            lines.push(texts::NOT_PUBLISHED_WHY.get(l).to_string());
            lines
        })
    });
    view! { <Notice kind=NoticeKind::NotPublished title=texts::NOT_PUBLISHED_TITLE.get(l) lines=lines/> }
}

fn table_row(r: &NodeRow, pinned: bool) -> Row {
    let mut cells = vec![Cell::Text(r.label.clone())];
    cells.extend(r.values.iter().map(|v| Cell::Number(*v)));
    Row {
        key: r.code.clone(),
        cells,
        activatable: !pinned && !r.current,
        drillable: r.drillable,
        pinned,
        current: r.current,
    }
}

#[component]
fn ResultTable(ctx: DiagCtx, l: Lang) -> impl IntoView {
    let columns = Signal::derive(move || {
        with_model(ctx, |m| {
            let Ok(b) = &m.breakdown else { return vec![] };
            let mut cols = vec![Column::text("label", m.by_label.clone())];
            cols.extend(b.years.iter().map(|y| {
                Column::number(y.to_string(), y.to_string(), m.measure.decimals)
                    .highlighted(*y == m.year)
            }));
            cols
        })
    });
    let rows = Signal::derive(move || {
        with_model(ctx, |m| {
            let Ok(b) = &m.breakdown else { return vec![] };
            std::iter::once(table_row(&b.parent, true))
                .chain(b.rows.iter().map(|r| table_row(r, false)))
                .collect()
        })
    });
    let caption = Signal::derive(move || {
        with_model(ctx, |m| {
            texts::table_caption(
                l,
                m.measure.label.get(l.code()),
                m.measure.unit.get(l.code()),
                &m.by_label,
            )
        })
    });
    let on_activate = Callback::new(move |code: String| {
        let s = ctx.state.get_untracked();
        ctx.set.run(s.with_code(s.by, &code));
    });
    view! {
        <DataTable
            caption=caption
            hint=texts::TABLE_HINT.get(l)
            columns=columns
            rows=rows
            format=l.number_format()
            texts=marker_texts(ctx, l)
            on_activate=on_activate
            test_id="result-table"
        />
    }
}

#[component]
fn BarPanel(ctx: DiagCtx, l: Lang, handle: ChartHandle, label: Signal<String>) -> impl IntoView {
    let style = StoredValue::new(theme::chart_style());
    let rows = Memo::new(move |_| {
        with_model(ctx, |m| {
            m.breakdown
                .as_ref()
                .map(|b| {
                    // Age groups and waiting-time bands keep their order; the rest is ranked.
                    if m.state.by.is_ordinal() {
                        b.rows.clone()
                    } else {
                        ranked(b).into_iter().cloned().collect::<Vec<_>>()
                    }
                })
                .unwrap_or_default()
        })
    });
    let option = Signal::derive(move || {
        let marker = ctx.ds.with_value(|d| d.suppression.marker.clone());
        let texts = ctx
            .model
            .with(|m| m.as_ref().map(|m| chart_texts(m, &marker)));
        rows.with(|rs| {
            let refs: Vec<&NodeRow> = rs.iter().collect();
            texts
                .map(|t| style.with_value(|s| EChartOption::new(&bar_chart(&refs, &t, s))))
                .unwrap_or_default()
        })
    });
    let on_click = Callback::new(move |c: ChartClick| {
        let Some(row) = rows.with_untracked(|rs| rs.get(c.data_index).cloned()) else {
            return;
        };
        if !row.current {
            let s = ctx.state.get_untracked();
            ctx.set.run(s.with_code(s.by, &row.code));
        }
    });
    view! {
        <EChart
            option=option
            label=label
            fallback=texts::CHART_FALLBACK.get(l)
            height=Signal::derive(move || bar_chart_height(rows.with(|r| r.len())))
            on_click=on_click
            handle=handle
            test_id="bar-chart"
        />
        <p class="hint">{texts::CHART_HINT.get(l)}</p>
    }
}

#[component]
fn TrendPanel(ctx: DiagCtx, l: Lang, handle: ChartHandle, label: Signal<String>) -> impl IntoView {
    let style = StoredValue::new(theme::chart_style());
    let option = Signal::derive(move || {
        let (marker, breaks) = ctx.ds.with_value(|d| {
            (
                d.suppression.marker.clone(),
                d.notes.iter().map(|n| n.year).collect::<Vec<_>>(),
            )
        });
        ctx.model.with(|m| {
            m.as_ref()
                .and_then(|m| {
                    let t = m.trend.as_ref().ok()?;
                    Some(style.with_value(|s| {
                        EChartOption::new(&trend_chart(t, &breaks, &chart_texts(m, &marker), s))
                    }))
                })
                .unwrap_or_default()
        })
    });
    let notes = ctx.ds.with_value(|d| {
        d.notes
            .iter()
            .map(|n| view! { <li><strong>{n.year}": "</strong>{n.text.get(l.code()).to_string()}</li> })
            .collect_view()
    });
    view! {
        <EChart
            option=option
            label=label
            fallback=texts::CHART_FALLBACK.get(l)
            height=320u32
            handle=handle
            test_id="trend-chart"
        />
        <div class="notes">
            <h3>{texts::NOTES_HEADING.get(l)}</h3>
            <ul>{notes}</ul>
        </div>
    }
}

#[component]
fn Headline(ctx: DiagCtx, l: Lang) -> impl IntoView {
    move || {
        ctx.model.with(|m| {
            let m = m.as_ref()?;
            let label = format!("{}: {}, {}", texts::SELECTED_LEVEL.get(l), m.node.1, m.year);
            let number = match m.headline {
                Some(v) => view! {
                    <strong class="headline__value" data-testid="headline-value">
                        <NumberCell value=v decimals=m.measure.decimals format=l.number_format() texts=marker_texts(ctx, l)/>
                    </strong>
                    " "
                    <span class="headline__unit">{m.measure.unit.get(l.code()).to_string()}</span>
                }
                .into_any(),
                None => view! { <span class="headline__none">{texts::NOT_PUBLISHED_TITLE.get(l)}</span> }.into_any(),
            };
            Some(view! {
                <p class="headline">
                    <span class="headline__label">{label}</span>
                    " "
                    {number}
                </p>
            })
        })
    }
}

#[component]
fn Legend(ctx: DiagCtx, l: Lang) -> impl IntoView {
    let marker = ctx.ds.with_value(|d| d.suppression.marker.clone());
    view! {
        <aside class="legend" data-testid="legend">
            <h3>{texts::LEGEND_HEADING.get(l)}</h3>
            <p>{texts::legend_suppressed(l, &marker)}</p>
            <p>{texts::LEGEND_MISSING.get(l)}</p>
        </aside>
    }
}

fn panel_of(ctx: DiagCtx) -> Memo<Panel> {
    Memo::new(move |_| {
        let tab = ctx.state.with(|s| s.tab);
        ctx.model.with(|m| {
            let Some(m) = m else {
                return Panel::NotPublished;
            };
            match tab {
                Tab::Chart if m.breakdown.is_ok() => Panel::Bars,
                Tab::Trend if m.trend.is_ok() => Panel::Trend,
                Tab::Table if m.breakdown.is_ok() => Panel::Table,
                _ => Panel::NotPublished,
            }
        })
    })
}

#[component]
fn ResultPanel(
    ctx: DiagCtx,
    l: Lang,
    handle: ChartHandle,
    panel: Memo<Panel>,
    heading: Signal<String>,
) -> impl IntoView {
    let trend_heading = Signal::derive(move || {
        with_model(ctx, |m| {
            let years = m
                .trend
                .as_ref()
                .map(|t| t.years.clone())
                .unwrap_or_default();
            let (a, b) = (
                years.first().copied().unwrap_or(0),
                years.last().copied().unwrap_or(0),
            );
            texts::trend_heading(l, m.measure.label.get(l.code()), &m.node.1, a, b)
        })
    });
    move || match panel.get() {
        Panel::Bars => view! { <BarPanel ctx l handle label=heading/> }.into_any(),
        Panel::Trend => view! {
            <h3 class="panel-heading">{trend_heading}</h3>
            <TrendPanel ctx l handle label=trend_heading/>
        }
        .into_any(),
        Panel::Table => view! { <ResultTable ctx l/> }.into_any(),
        Panel::NotPublished => {
            let trend = ctx.state.with_untracked(|s| s.tab == Tab::Trend);
            view! { <NotPublishedNotice ctx l trend/> }.into_any()
        }
    }
}

/// Everything below the filters.
#[component]
pub fn Results(ctx: DiagCtx, l: Lang) -> impl IntoView {
    let handle = ChartHandle::new();
    let panel = panel_of(ctx);
    let heading = Signal::derive(move || {
        with_model(ctx, |m| {
            texts::result_heading(l, m.measure.label.get(l.code()), &m.by_label, m.year)
        })
    });
    let crumbs = Signal::derive(move || {
        let s = ctx.state.get();
        with_model(ctx, |m| {
            m.crumbs
                .iter()
                .map(|(code, label)| Crumb {
                    label: label.clone(),
                    href: ctx.href.run(s.with_code(s.by, code)),
                })
                .collect()
        })
    });
    let tabs: Vec<TabItem> = [
        (Tab::Chart, texts::TAB_CHART),
        (Tab::Trend, texts::TAB_TREND),
        (Tab::Table, texts::TAB_TABLE),
    ]
    .into_iter()
    .map(|(t, label)| TabItem {
        id: t.code().to_string(),
        label: label.get(l).to_string(),
    })
    .collect();
    let selected_tab = Signal::derive(move || ctx.state.with(|s| s.tab.code().to_string()));
    let on_tab = Callback::new(move |id: String| {
        let mut s = ctx.state.get_untracked();
        if let Some(t) = Tab::from_code(&id) {
            s.tab = t;
            ctx.set.run(s);
        }
    });
    let marker = ctx.ds.with_value(|d| d.suppression.marker.clone());
    let sentences = move || {
        ctx.model
            .with(|m| m.as_ref().map(|m| summary(m, &marker)).unwrap_or_default())
            .into_iter()
            .map(|s| view! { <p>{s}</p> })
            .collect_view()
    };
    let csv = Callback::new(move |_: ()| {
        ctx.model.with_untracked(|m| {
            m.as_ref()
                .map(|m| ctx.ds.with_value(|d| export::csv(m, d, &current_url())))
                .unwrap_or_default()
        })
    });
    let csv_name = Signal::derive(move || with_model(ctx, export::csv_name));
    view! {
        <section class="results" aria-labelledby="results-heading">
            <h2 id="results-heading" data-testid="result-heading">{heading}</h2>
            <Breadcrumb label=texts::BREADCRUMB.get(l) crumbs=crumbs/>
            <Headline ctx l/>
            <Tabs id_prefix=TABS_ID label=texts::RESULT_TABS.get(l) tabs=tabs selected=selected_tab on_select=on_tab/>
            <div class="results__body">
                // tabindex -1: not a tab stop, but the focus can land here when a keyboard
                // drill-down leads to a level without a table (the table hands it on).
                <div
                    class="results__panel"
                    role="tabpanel"
                    tabindex="-1"
                    id=tabs::panel_id(TABS_ID)
                    aria-labelledby=move || tabs::tab_id(TABS_ID, &selected_tab.get())
                    data-testid="result-panel"
                >
                    <ResultPanel ctx l handle panel heading/>
                </div>
                <Legend ctx l/>
            </div>
            <section class="summary" aria-live="polite" data-testid="summary">
                <h3>{texts::SUMMARY_HEADING.get(l)}</h3>
                {sentences}
            </section>
            <div class="actions">
                <Downloads
                    csv_label=texts::DOWNLOAD_CSV.get(l)
                    csv_name=csv_name
                    csv=csv
                    png_label=texts::DOWNLOAD_PNG.get(l)
                    png_name=Signal::derive(move || csv_name.get().replace(".csv", ".png"))
                    chart=handle
                    chart_shown=Signal::derive(move || matches!(panel.get(), Panel::Bars | Panel::Trend))
                    table_shown=Signal::derive(move || !matches!(panel.get(), Panel::NotPublished))
                />
                <CopyLink label=texts::COPY_LINK.get(l) done=texts::COPY_DONE.get(l) manual=texts::COPY_MANUAL.get(l)/>
            </div>
        </section>
    }
}
