//! "Galleri" (`?view=gallery`): every component in every state, for designers. The design tokens
//! first (read live from section 1 of `public/style.css`, so a changed token shows here at once),
//! then each component of `components/src/` (and the app's bar chart) in its states: normal,
//! loading, empty, not published, error, suppressed cells, very long Danish labels, disabled. The
//! language toggle shows them in English.
//!
//! Only in designers' builds (`trunk serve`, or a release build with `--features gallery`): the
//! stakeholders' build leaves it out (see `lib.rs`). The numbers are made-up examples, not data.

use components::{
    Breadcrumb, Cell, Column, CopyLink, Crumb, DataTable, DeclarationPanel, DeclarationPart,
    Downloads, EChart, EChartOption, FilterBar, HierarchyPicker, MarkerTexts, Notice, NoticeKind,
    NumberCell, NumberValue, PickerLevel, PopulationCard, RadioGroup, Retry, Row, Select,
    SelectOption, TabItem, Tabs, Watermark,
};
use leptos::prelude::*;

use crate::ctx::AppCtx;
use crate::cube::charts::{bar_chart, bar_chart_height, ChartTexts, LABEL_WIDE};
use crate::cube::model::NodeRow;
use crate::texts::{self, Lang};

const MARKER: &str = "..";
const LONG_DIAGNOSIS: &str = "XVIII Symptomer og abnorme fund ved klinisk undersøgelse og laboratorieundersøgelse, ikke klassificeret andetsteds";
const LONG_AREA: &str = "Alle kommuner i Region Østdanmark (Hovedstaden og Sjælland fra 2027), også Bornholms Regionskommune";

const COLOUR_TOKENS: [&str; 17] = [
    "--color-primary",
    "--color-primary-hover",
    "--color-primary-soft",
    "--color-link",
    "--color-surface",
    "--color-surface-strong",
    "--color-border",
    "--color-text",
    "--color-text-muted",
    "--color-focus",
    "--color-mock-bg",
    "--color-info-bg",
    "--color-warning-bg",
    "--color-error-bg",
    "--color-success-bg",
    "--chart-bar",
    "--chart-highlight",
];
const SPACE_TOKENS: [&str; 7] = [
    "--space-1",
    "--space-2",
    "--space-3",
    "--space-4",
    "--space-5",
    "--space-6",
    "--space-7",
];
const TYPE_TOKENS: [&str; 6] = [
    "--font-size-xs",
    "--font-size-sm",
    "--font-size-base",
    "--font-size-lg",
    "--font-size-xl",
    "--font-size-2xl",
];

/// (region, 2024, 2025): made-up examples.
const REGIONS: [(&str, &str, NumberValue, NumberValue); 5] = [
    (
        "1084",
        "Region Hovedstaden",
        NumberValue::Value(312_455.0),
        NumberValue::Value(318_902.0),
    ),
    (
        "1085",
        "Region Sjælland",
        NumberValue::Value(98_312.0),
        NumberValue::Suppressed,
    ),
    (
        "1083",
        "Region Syddanmark",
        NumberValue::Value(145_870.0),
        NumberValue::Value(149_002.0),
    ),
    (
        "1082",
        "Region Midtjylland",
        NumberValue::Value(160_220.0),
        NumberValue::Value(163_540.0),
    ),
    (
        "1081",
        "Region Nordjylland",
        NumberValue::Missing,
        NumberValue::Value(55_120.0),
    ),
];

fn marker_texts(l: Lang) -> MarkerTexts {
    MarkerTexts {
        marker: MARKER.into(),
        suppressed: texts::SUPPRESSED_SR.get(l).into(),
        missing: texts::MISSING_SR.get(l).into(),
    }
}

/// One component: its name, its file and its states.
fn item(id: &'static str, name: &'static str, file: &'static str, states: AnyView) -> AnyView {
    view! {
        <section class="gallery__item" id=id aria-labelledby=format!("{id}-h") data-testid="gallery-item">
            <h2 id=format!("{id}-h")>{name}</h2>
            <p class="gallery__file"><code>{file}</code></p>
            <div class="gallery__states">{states}</div>
        </section>
    }
    .into_any()
}

/// One state of a component, captioned.
fn state(caption: texts::T, l: Lang, content: AnyView) -> AnyView {
    view! {
        <figure class="gallery__state" data-testid="gallery-state">
            <figcaption>{caption.get(l)}</figcaption>
            {content}
        </figure>
    }
    .into_any()
}

fn tokens(l: Lang) -> AnyView {
    let colours = COLOUR_TOKENS
        .map(|t| {
            view! {
                <li class="swatch">
                    <span class="swatch__chip" style=format!("background: var({t})")></span>
                    <code>{t}</code>
                </li>
            }
        })
        .collect_view();
    let spaces = SPACE_TOKENS
        .map(|t| {
            view! {
                <li class="space-sample">
                    <span class="space-sample__bar" style=format!("width: var({t})")></span>
                    <code>{t}</code>
                </li>
            }
        })
        .collect_view();
    let sizes = TYPE_TOKENS
        .map(|t| {
            view! {
                <li>
                    <code>{t}</code>
                    <span style=format!("font-size: var({t})")>{texts::GALLERY_TYPE_SAMPLE.get(l)}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="gallery__item" id="g-tokens" aria-labelledby="g-tokens-h" data-testid="gallery-tokens">
            <h2 id="g-tokens-h">{texts::GALLERY_TOKENS.get(l)}</h2>
            <p class="gallery__file"><code>"public/style.css"</code></p>
            <h3>{texts::GALLERY_COLOURS.get(l)}</h3>
            <ul class="swatches">{colours}</ul>
            <h3>{texts::GALLERY_SPACING.get(l)}</h3>
            <ul class="space-samples">{spaces}</ul>
            <h3>{texts::GALLERY_TYPE.get(l)}</h3>
            <ul class="type-samples">{sizes}</ul>
        </section>
    }
    .into_any()
}

fn notices(l: Lang, retried: RwSignal<bool>) -> AnyView {
    let retry = Retry {
        label: texts::RETRY.get(l).into(),
        on_retry: Callback::new(move |_| retried.set(true)),
    };
    let states = vec![
        state(texts::GALLERY_STATE_INFO, l, view! {
            <Notice kind=NoticeKind::Info title=texts::URL_NOTICE_TITLE.get(l) lines=vec![texts::GALLERY_SAMPLE_INFO.get(l).to_string()]/>
        }.into_any()),
        state(texts::GALLERY_STATE_LOADING, l, view! {
            <Notice kind=NoticeKind::Loading title=texts::LOADING.get(l)/>
        }.into_any()),
        state(texts::GALLERY_STATE_EMPTY, l, view! {
            <Notice kind=NoticeKind::Empty title=texts::EMPTY_TITLE.get(l) lines=vec![texts::GALLERY_SAMPLE_EMPTY.get(l).to_string()]/>
        }.into_any()),
        state(texts::GALLERY_STATE_NOT_PUBLISHED, l, view! {
            <Notice
                kind=NoticeKind::NotPublished
                title=texts::NOT_PUBLISHED_TITLE.get(l)
                lines=vec![texts::not_published_dims(l, &[LONG_AREA.to_string()]), texts::NOT_PUBLISHED_WHY.get(l).to_string()]
            />
        }.into_any()),
        state(texts::GALLERY_STATE_ERROR, l, view! {
            <Notice
                kind=NoticeKind::Error
                title=texts::GALLERY_SAMPLE_ERROR.get(l)
                lines=vec![texts::GALLERY_SAMPLE_ERROR_LINE.get(l).to_string()]
                retry=retry
            />
            {move || retried.get().then(|| view! { <p class="hint" data-testid="gallery-retried">{texts::GALLERY_RETRIED.get(l)}</p> })}
        }.into_any()),
    ];
    item(
        "g-notice",
        "Notice",
        "components/src/notice.rs",
        states.into_any(),
    )
}

fn numbers(l: Lang) -> AnyView {
    let cell = |v: NumberValue, decimals: u8, lang: Lang| {
        view! {
            <li>
                <NumberCell value=v decimals=decimals format=lang.number_format() texts=marker_texts(l)/>
            </li>
        }
    };
    let states = vec![
        state(
            texts::GALLERY_STATE_NORMAL,
            l,
            view! {
                <ul class="gallery__list">
                    {cell(NumberValue::Value(1_234_567.0), 0, Lang::Da)}
                    {cell(NumberValue::Value(1_234_567.0), 0, Lang::En)}
                    {cell(NumberValue::Value(12.345), 1, l)}
                </ul>
            }
            .into_any(),
        ),
        state(
            texts::GALLERY_STATE_SUPPRESSED,
            l,
            view! {
                <ul class="gallery__list">
                    {cell(NumberValue::Suppressed, 0, l)}
                    {cell(NumberValue::Missing, 0, l)}
                </ul>
            }
            .into_any(),
        ),
    ];
    item(
        "g-number",
        "NumberCell",
        "components/src/number_cell.rs",
        states.into_any(),
    )
}

fn region_rows(long: bool) -> Vec<Row> {
    REGIONS
        .iter()
        .enumerate()
        .map(|(i, (code, name, a, b))| {
            let label = if long && i == 0 { LONG_DIAGNOSIS } else { name };
            let (a, b) = if long {
                (*a, *b)
            } else {
                (
                    a.value()
                        .map_or(NumberValue::Value(1_000.0), NumberValue::Value),
                    b.value()
                        .map_or(NumberValue::Value(2_000.0), NumberValue::Value),
                )
            };
            let mut r = Row::new(
                *code,
                vec![Cell::Text(label.into()), Cell::Number(a), Cell::Number(b)],
            );
            r.activatable = true;
            r.drillable = i != 4;
            r
        })
        .collect()
}

fn tables(l: Lang) -> AnyView {
    let columns = vec![
        Column::text("label", texts::GALLERY_SAMPLE_PICK.get(l)),
        Column::number("2024", "2024", 0),
        Column::number("2025", "2025", 0).highlighted(true),
    ];
    let table = |rows: Vec<Row>, id: &'static str| {
        view! {
            <DataTable
                caption=texts::GALLERY_SAMPLE_TABLE.get(l)
                hint=texts::TABLE_HINT.get(l)
                columns=columns.clone()
                rows=rows
                format=l.number_format()
                texts=marker_texts(l)
                on_activate=Callback::new(|_: String| {})
                test_id=id
            />
        }
        .into_any()
    };
    let states = vec![
        state(
            texts::GALLERY_STATE_NORMAL,
            l,
            table(region_rows(false), "gallery-table"),
        ),
        state(
            texts::GALLERY_STATE_SUPPRESSED,
            l,
            table(region_rows(true), "gallery-table-suppressed"),
        ),
        state(
            texts::GALLERY_STATE_NO_ROWS,
            l,
            table(vec![], "gallery-table-empty"),
        ),
    ];
    item(
        "g-table",
        "DataTable",
        "components/src/data_table.rs",
        states.into_any(),
    )
}

fn chart(l: Lang) -> AnyView {
    let rows: Vec<NodeRow> = REGIONS
        .iter()
        .enumerate()
        .map(|(i, (code, name, a, b))| NodeRow {
            code: code.to_string(),
            label: if i == 3 {
                LONG_DIAGNOSIS.into()
            } else {
                name.to_string()
            },
            values: vec![*a, *b],
            value: *b,
            drillable: true,
            current: i == 0,
        })
        .collect();
    let refs: Vec<&NodeRow> = rows.iter().collect();
    let t = ChartTexts {
        mark: texts::MOCKUP_MARK.get(l).into(),
        unit: texts::GALLERY_SAMPLE_UNIT.get(l).into(),
        marker: MARKER.into(),
        data_break: texts::DATA_BREAK.get(l).into(),
        format: l.number_format(),
        decimals: 0,
        description: texts::GALLERY_SAMPLE_TABLE.get(l).into(),
        max_label: LABEL_WIDE,
    };
    let option = EChartOption::new(&bar_chart(&refs, &t, &crate::theme::chart_style()));
    let states = vec![state(
        texts::GALLERY_STATE_SUPPRESSED,
        l,
        view! {
            <EChart
                option=option
                label=texts::GALLERY_SAMPLE_TABLE.get(l)
                fallback=texts::CHART_FALLBACK.get(l)
                height=bar_chart_height(rows.len())
                test_id="gallery-chart"
            />
        }
        .into_any(),
    )];
    item(
        "g-chart",
        "EChart",
        "components/src/echart.rs, src/cube/charts.rs",
        states.into_any(),
    )
}

fn choices(l: Lang) -> AnyView {
    let options = move |long: bool| {
        let mut o = vec![SelectOption::new("", texts::ALL_AUDIENCES.get(l))];
        o.extend(REGIONS.iter().map(|(c, n, _, _)| SelectOption::new(*c, *n)));
        if long {
            o.push(SelectOption::new("long", LONG_AREA));
        }
        o
    };
    let value = RwSignal::new("1084".to_string());
    let radio = RwSignal::new("1085".to_string());
    let set = Callback::new(move |v| value.set(v));
    let states = vec![
        state(texts::GALLERY_STATE_NORMAL, l, view! {
            <FilterBar heading=texts::FILTERS_HEADING.get(l)>
                <Select id="gallery-select" label=texts::GALLERY_SAMPLE_PICK.get(l) options=options(false) value=value on_change=set/>
            </FilterBar>
        }.into_any()),
        state(texts::GALLERY_STATE_LONG, l, view! {
            <Select id="gallery-select-long" label=LONG_DIAGNOSIS options=options(true) value="long" on_change=set/>
        }.into_any()),
        state(texts::GALLERY_STATE_DISABLED, l, view! {
            <Select id="gallery-select-off" label=texts::GALLERY_SAMPLE_PICK.get(l) options=options(false) value=value on_change=set disabled=true/>
        }.into_any()),
        state(texts::GALLERY_STATE_NORMAL, l, view! {
            <RadioGroup
                name="gallery-radio"
                legend=texts::BREAKDOWN_LEGEND.get(l)
                options={options(true).into_iter().skip(1).collect::<Vec<_>>()}
                value=radio
                on_change=Callback::new(move |v| radio.set(v))
            />
        }.into_any()),
        state(texts::GALLERY_STATE_NORMAL, l, view! {
            <HierarchyPicker
                id_prefix="gallery-picker"
                legend=texts::GALLERY_SAMPLE_GEO.get(l)
                levels={vec![
                    PickerLevel {
                        label: "Region".into(),
                        parent: "DK".into(),
                        all_label: texts::ALL_AUDIENCES.get(l).into(),
                        options: options(false).into_iter().skip(1).collect(),
                        selected: Some("1084".into()),
                    },
                    PickerLevel {
                        label: "Kommune".into(),
                        parent: "1084".into(),
                        all_label: LONG_AREA.into(),
                        options: vec![SelectOption::new("101", "København"), SelectOption::new("400", "Bornholm")],
                        selected: None,
                    },
                ]}
                on_change=set
            />
        }.into_any()),
    ];
    item(
        "g-choices",
        "Select, RadioGroup, FilterBar, HierarchyPicker",
        "components/src/select.rs, radio_group.rs, filter_bar.rs, hierarchy_picker.rs",
        states.into_any(),
    )
}

fn navigation(l: Lang) -> AnyView {
    let crumb = |label: &str| Crumb {
        label: label.into(),
        href: "#g-nav".into(),
    };
    let tab = RwSignal::new("chart".to_string());
    let tabs = vec![
        TabItem {
            id: "chart".into(),
            label: texts::TAB_CHART.get(l).into(),
        },
        TabItem {
            id: "trend".into(),
            label: texts::TAB_TREND.get(l).into(),
        },
        TabItem {
            id: "table".into(),
            label: texts::TAB_TABLE.get(l).into(),
        },
    ];
    let panel_text = tabs.clone();
    let states = vec![
        state(texts::GALLERY_STATE_NORMAL, l, view! {
            <Breadcrumb label=texts::BREADCRUMB.get(l) crumbs=vec![crumb("Alle diagnoser"), crumb("J Sygdomme i åndedrætsorganer")]/>
        }.into_any()),
        state(texts::GALLERY_STATE_LONG, l, view! {
            <Breadcrumb
                label=format!("{} ({})", texts::BREADCRUMB.get(l), texts::GALLERY_STATE_LONG.get(l))
                crumbs=vec![crumb("Alle diagnoser"), crumb(LONG_DIAGNOSIS), crumb(LONG_AREA)]
            />
        }.into_any()),
        state(texts::GALLERY_STATE_NORMAL, l, view! {
            <Tabs id_prefix="gallery-tabs" label=texts::RESULT_TABS.get(l) tabs=tabs selected=tab on_select=Callback::new(move |t| tab.set(t))/>
            <div
                class="gallery__panel"
                role="tabpanel"
                id=components::tabs::panel_id("gallery-tabs")
                aria-labelledby=move || components::tabs::tab_id("gallery-tabs", &tab.get())
            >
                {move || panel_text.iter().find(|t| t.id == tab.get()).map(|t| t.label.clone())}
            </div>
        }.into_any()),
    ];
    item(
        "g-nav",
        "Breadcrumb, Tabs",
        "components/src/breadcrumb.rs, tabs.rs",
        states.into_any(),
    )
}

fn actions(l: Lang) -> AnyView {
    let downloads = |shown: bool| {
        view! {
            <Downloads
                csv_label=texts::DOWNLOAD_CSV.get(l)
                csv_name="galleri.csv"
                csv=Callback::new(|_| String::from("\u{FEFF}galleri\r\n"))
                png_label=texts::DOWNLOAD_PNG.get(l)
                png_name="galleri.png"
                chart_shown=false
                table_shown=shown
            />
        }
        .into_any()
    };
    let states = vec![
        state(texts::GALLERY_STATE_NORMAL, l, downloads(true)),
        state(texts::GALLERY_STATE_DISABLED, l, downloads(false)),
        state(texts::GALLERY_STATE_NORMAL, l, view! {
            <CopyLink label=texts::COPY_LINK.get(l) done=texts::COPY_DONE.get(l) manual=texts::COPY_MANUAL.get(l)/>
        }.into_any()),
    ];
    item(
        "g-actions",
        "Downloads, CopyLink",
        "components/src/downloads.rs, copy_link.rs",
        states.into_any(),
    )
}

fn panels(l: Lang) -> AnyView {
    let card = &texts::HOSPITAL_CARD;
    let items: Vec<(String, String)> = card
        .items
        .iter()
        .map(|(k, v)| (k.get(l).to_string(), v.get(l).to_string()))
        .collect();
    let parts: Vec<DeclarationPart> = texts::DECLARATION_HEADINGS
        .iter()
        .take(3)
        .map(|h| DeclarationPart {
            heading: h.get(l).into(),
            text: texts::GALLERY_SAMPLE_DECL_TEXT.get(l).into(),
        })
        .collect();
    let states = vec![
        state(
            texts::GALLERY_STATE_NORMAL,
            l,
            view! {
                <PopulationCard title=texts::GALLERY_SAMPLE_CARD.get(l).to_string() items=items/>
            }
            .into_any(),
        ),
        state(
            texts::GALLERY_STATE_NORMAL,
            l,
            view! {
                <DeclarationPanel title=texts::GALLERY_SAMPLE_DECL.get(l) parts=parts open=true/>
            }
            .into_any(),
        ),
        state(
            texts::GALLERY_STATE_NORMAL,
            l,
            view! { <Watermark text=texts::MOCKUP_MARK.get(l)/> }.into_any(),
        ),
    ];
    item(
        "g-panels",
        "PopulationCard, DeclarationPanel, Watermark",
        "components/src/population_card.rs, declaration.rs, watermark.rs",
        states.into_any(),
    )
}

/// The gallery page.
#[component]
pub fn Gallery(ctx: AppCtx) -> impl IntoView {
    let retried = RwSignal::new(false);
    move || {
        let l = ctx.lang.get();
        let contents = [
            ("#g-tokens", texts::GALLERY_TOKENS.get(l)),
            ("#g-notice", "Notice"),
            ("#g-number", "NumberCell"),
            ("#g-table", "DataTable"),
            ("#g-chart", "EChart"),
            (
                "#g-choices",
                "Select, RadioGroup, FilterBar, HierarchyPicker",
            ),
            ("#g-nav", "Breadcrumb, Tabs"),
            ("#g-actions", "Downloads, CopyLink"),
            ("#g-panels", "PopulationCard, DeclarationPanel, Watermark"),
        ]
        .map(|(href, name)| view! { <li><a href=href>{name}</a></li> })
        .collect_view();
        view! {
            <div class="page gallery" data-testid="page-gallery">
                <h1>{texts::GALLERY_TITLE.get(l)}</h1>
                <p class="lead">{texts::GALLERY_INTRO.get(l)}</p>
                <nav class="gallery__contents" aria-labelledby="gallery-contents">
                    <h2 id="gallery-contents">{texts::GALLERY_CONTENTS.get(l)}</h2>
                    <ul>{contents}</ul>
                </nav>
                {tokens(l)}
                {notices(l, retried)}
                {numbers(l)}
                {tables(l)}
                {chart(l)}
                {choices(l)}
                {navigation(l)}
                {actions(l)}
                {panels(l)}
            </div>
        }
    }
}
