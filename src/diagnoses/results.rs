//! The result: heading, breadcrumb, the selected node's figure, the chart / trend / table tabs,
//! the key to the marker, the text summary and the downloads.

use components::{
    tabs, Breadcrumb, Cell, ChartClick, ChartHandle, Column, CopyLink, Crumb, DataTable, Downloads,
    EChart, MarkerTexts, Notice, NoticeKind, NumberCell, Row, TabItem, Tabs,
};
use leptos::prelude::*;

use super::charts::{bar_chart, bar_chart_height, ranked, trend_chart, ChartTexts};
use super::export;
use super::model::{DiagnosisModel, NodeRow, NotPublished};
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

#[component]
fn NotPublishedNotice(ctx: DiagCtx, trend: bool) -> impl IntoView {
    let reason = move || {
        with_model(ctx, |m| {
            let np = if trend {
                m.trend.as_ref().err()
            } else {
                m.breakdown.as_ref().err()
            };
            np.cloned().map(|np: NotPublished| {
                let l = m.lang;
                let mut lines = Vec::new();
                if let Some((a, b)) = np.years {
                    lines.push(texts::not_published_years(l, a, b));
                }
                if !np.dims.is_empty() {
                    lines.push(texts::not_published_dims(l, &np.dims));
                }
                lines.push(texts::NOT_PUBLISHED_WHY.get(l).to_string());
                lines
            })
        })
    };
    view! {
        <Notice
            kind=NoticeKind::NotPublished
            title=Signal::derive(move || texts::NOT_PUBLISHED_TITLE.get(ctx.lang.get()).to_string())
            lines=Signal::derive(move || reason().unwrap_or_default())
        />
    }
}

fn marker_texts(ctx: DiagCtx) -> Signal<MarkerTexts> {
    Signal::derive(move || {
        let l = ctx.lang.get();
        MarkerTexts {
            marker: ctx.ds.with_value(|d| d.suppression.marker.clone()),
            suppressed: texts::SUPPRESSED_SR.get(l).to_string(),
            missing: texts::MISSING_SR.get(l).to_string(),
        }
    })
}

fn chart_texts(m: &DiagnosisModel, marker: &str) -> ChartTexts {
    let l = m.lang;
    ChartTexts {
        mark: texts::MOCKUP_MARK.get(l).to_string(),
        unit: m.measure.unit.get(l.code()).to_string(),
        marker: marker.to_string(),
        data_break: texts::DATA_BREAK.get(l).to_string(),
        format: l.number_format(),
        locale: if l == Lang::Da {
            "da-DK".into()
        } else {
            "en-GB".into()
        },
        decimals: m.measure.decimals,
    }
}

fn table_row(r: &NodeRow, pinned: bool) -> Row {
    let mut cells = vec![Cell::Text(r.label.clone())];
    cells.extend(r.values.iter().map(|v| Cell::Number(*v)));
    Row {
        key: r.code.clone(),
        cells,
        activatable: !pinned && !r.current,
        pinned,
        current: r.current,
    }
}

#[component]
fn ResultTable(ctx: DiagCtx) -> impl IntoView {
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
                m.lang,
                m.measure.label.get(m.lang.code()),
                m.measure.unit.get(m.lang.code()),
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
            hint=Signal::derive(move || texts::TABLE_HINT.get(ctx.lang.get()).to_string())
            columns=columns
            rows=rows
            format=Signal::derive(move || ctx.lang.get().number_format())
            texts=marker_texts(ctx)
            on_activate=on_activate
            test_id="result-table"
        />
    }
}

#[component]
fn BarPanel(ctx: DiagCtx, handle: ChartHandle, label: Signal<String>) -> impl IntoView {
    let style = StoredValue::new(theme::chart_style());
    let rows = Memo::new(move |_| {
        with_model(ctx, |m| {
            m.breakdown
                .as_ref()
                .map(|b| ranked(b).into_iter().cloned().collect::<Vec<_>>())
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
                .map(|t| style.with_value(|s| bar_chart(&refs, &t, s)))
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
            fallback=Signal::derive(move || texts::CHART_FALLBACK.get(ctx.lang.get()).to_string())
            height=Signal::derive(move || bar_chart_height(rows.with(|r| r.len())))
            on_click=on_click
            handle=handle
            test_id="bar-chart"
        />
        <p class="hint">{move || texts::CHART_HINT.get(ctx.lang.get())}</p>
    }
}

#[component]
fn TrendPanel(ctx: DiagCtx, handle: ChartHandle, label: Signal<String>) -> impl IntoView {
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
                    m.trend.as_ref().ok().map(|t| {
                        style.with_value(|s| trend_chart(t, &breaks, &chart_texts(m, &marker), s))
                    })
                })
                .unwrap_or_default()
        })
    });
    let notes = move || {
        let l = ctx.lang.get();
        ctx.ds.with_value(|d| {
            d.notes
                .iter()
                .map(|n| view! { <li><strong>{n.year}": "</strong>{n.text.get(l.code()).to_string()}</li> })
                .collect_view()
        })
    };
    view! {
        <EChart
            option=option
            label=label
            fallback=Signal::derive(move || texts::CHART_FALLBACK.get(ctx.lang.get()).to_string())
            height=320u32
            handle=handle
            test_id="trend-chart"
        />
        <div class="notes">
            <h3>{move || texts::NOTES_HEADING.get(ctx.lang.get())}</h3>
            <ul>{notes}</ul>
        </div>
    }
}

#[component]
fn Headline(ctx: DiagCtx) -> impl IntoView {
    let value = Memo::new(move |_| ctx.model.with(|m| m.as_ref().and_then(|m| m.headline)));
    let decimals = Memo::new(move |_| with_model(ctx, |m| m.measure.decimals));
    let label = move || {
        with_model(ctx, |m| {
            format!(
                "{}: {}, {}",
                texts::SELECTED_LEVEL.get(m.lang),
                m.node.1,
                m.year
            )
        })
    };
    let unit = move || with_model(ctx, |m| m.measure.unit.get(m.lang.code()).to_string());
    let number = move || {
        match value.get() {
        Some(v) => view! {
            <strong class="headline__value" data-testid="headline-value">
                <NumberCell value=v decimals=decimals.get() format=Signal::derive(move || ctx.lang.get().number_format()) texts=marker_texts(ctx)/>
            </strong>
            " "
            <span class="headline__unit">{unit}</span>
        }
        .into_any(),
        None => view! { <span class="headline__none">{move || texts::NOT_PUBLISHED_TITLE.get(ctx.lang.get())}</span> }.into_any(),
    }
    };
    view! {
        <p class="headline">
            <span class="headline__label">{label}</span>
            " "
            {number}
        </p>
    }
}

#[component]
fn Legend(ctx: DiagCtx) -> impl IntoView {
    view! {
        <aside class="legend" data-testid="legend">
            <h3>{move || texts::LEGEND_HEADING.get(ctx.lang.get())}</h3>
            <p>{move || texts::legend_suppressed(ctx.lang.get(), &ctx.ds.with_value(|d| d.suppression.marker.clone()))}</p>
            <p>{move || texts::LEGEND_MISSING.get(ctx.lang.get())}</p>
        </aside>
    }
}

/// Everything below the filters.
#[component]
pub fn Results(ctx: DiagCtx) -> impl IntoView {
    let handle = ChartHandle::new();
    let panel = Memo::new(move |_| {
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
    });
    let heading = Signal::derive(move || {
        with_model(ctx, |m| {
            texts::result_heading(
                m.lang,
                m.measure.label.get(m.lang.code()),
                &m.by_label,
                m.year,
            )
        })
    });
    let trend_heading = Signal::derive(move || {
        with_model(ctx, |m| {
            let (a, b) = m
                .trend
                .as_ref()
                .ok()
                .map(|t| {
                    (
                        t.years.first().copied().unwrap_or(0),
                        t.years.last().copied().unwrap_or(0),
                    )
                })
                .unwrap_or((0, 0));
            texts::trend_heading(m.lang, m.measure.label.get(m.lang.code()), &m.node.1, a, b)
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
    let tabs = Signal::derive(move || {
        let l = ctx.lang.get();
        [
            (Tab::Chart, texts::TAB_CHART),
            (Tab::Trend, texts::TAB_TREND),
            (Tab::Table, texts::TAB_TABLE),
        ]
        .into_iter()
        .map(|(t, label)| TabItem {
            id: t.code().to_string(),
            label: label.get(l).to_string(),
        })
        .collect::<Vec<_>>()
    });
    let selected_tab = Signal::derive(move || ctx.state.with(|s| s.tab.code().to_string()));
    let on_tab = Callback::new(move |id: String| {
        let mut s = ctx.state.get_untracked();
        if let Some(t) = Tab::from_code(&id) {
            s.tab = t;
            ctx.set.run(s);
        }
    });
    let body = move || match panel.get() {
        Panel::Bars => view! { <BarPanel ctx handle label=heading/> }.into_any(),
        Panel::Trend => view! {
            <h3 class="panel-heading">{trend_heading}</h3>
            <TrendPanel ctx handle label=trend_heading/>
        }
        .into_any(),
        Panel::Table => view! { <ResultTable ctx/> }.into_any(),
        Panel::NotPublished => {
            let trend = ctx.state.with_untracked(|s| s.tab == Tab::Trend);
            view! { <NotPublishedNotice ctx trend/> }.into_any()
        }
    };
    let sentences = move || {
        let marker = ctx.ds.with_value(|d| d.suppression.marker.clone());
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
    let png_name = Signal::derive(move || csv_name.get().replace(".csv", ".png"));
    view! {
        <section class="results" aria-labelledby="results-heading">
            <h2 id="results-heading" data-testid="result-heading">{heading}</h2>
            <Breadcrumb label=Signal::derive(move || texts::BREADCRUMB.get(ctx.lang.get()).to_string()) crumbs=crumbs/>
            <Headline ctx/>
            <Tabs id_prefix=TABS_ID label=Signal::derive(move || texts::RESULT_TABS.get(ctx.lang.get()).to_string()) tabs=tabs selected=selected_tab on_select=on_tab/>
            <div class="results__body">
                <div
                    class="results__panel"
                    role="tabpanel"
                    id=tabs::panel_id(TABS_ID)
                    aria-labelledby=move || tabs::tab_id(TABS_ID, &selected_tab.get())
                    data-testid="result-panel"
                >
                    {body}
                </div>
                <Legend ctx/>
            </div>
            <section class="summary" aria-live="polite" data-testid="summary">
                <h3>{move || texts::SUMMARY_HEADING.get(ctx.lang.get())}</h3>
                {sentences}
            </section>
            <div class="actions">
                <Downloads
                    csv_label=Signal::derive(move || texts::DOWNLOAD_CSV.get(ctx.lang.get()).to_string())
                    csv_name=csv_name
                    csv=csv
                    png_label=Signal::derive(move || texts::DOWNLOAD_PNG.get(ctx.lang.get()).to_string())
                    png_name=png_name
                    chart=handle
                    chart_shown=Signal::derive(move || matches!(panel.get(), Panel::Bars | Panel::Trend))
                />
                <CopyLink
                    label=Signal::derive(move || texts::COPY_LINK.get(ctx.lang.get()).to_string())
                    done=Signal::derive(move || texts::COPY_DONE.get(ctx.lang.get()).to_string())
                    manual=Signal::derive(move || texts::COPY_MANUAL.get(ctx.lang.get()).to_string())
                />
            </div>
        </section>
    }
}
