//! Browser tests of the components in headless Chromium:
//! `cargo test -p components --target wasm32-unknown-unknown` (needs `npm ci` first: the chart
//! test loads ECharts from node_modules, as the test page has no index.html).
#![cfg(target_arch = "wasm32")]

use std::sync::{Arc, Mutex};

use charming::component::Axis;
use charming::element::AxisType;
use charming::series::Bar;
use charming::Chart;
use components::*;
use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::task::tick;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("test page has a document")
}

/// A fresh container per test, removed at the end so ids stay unique across tests.
fn container() -> web_sys::HtmlElement {
    let el: web_sys::HtmlElement = document()
        .create_element("section")
        .unwrap()
        .unchecked_into();
    el.style().set_property("width", "640px").unwrap();
    document().body().unwrap().append_child(&el).unwrap();
    el
}

fn query(root: &web_sys::Element, sel: &str) -> web_sys::HtmlElement {
    root.query_selector(sel)
        .unwrap()
        .unwrap_or_else(|| panic!("no element {sel}"))
        .unchecked_into()
}

fn query_all(root: &web_sys::Element, sel: &str) -> Vec<web_sys::Element> {
    let list = root.query_selector_all(sel).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.unchecked_into())
        .collect()
}

fn key(el: &web_sys::HtmlElement, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    let ev = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    el.dispatch_event(&ev).unwrap();
}

fn rows() -> Vec<Row> {
    let mut total = Row::new(
        "T",
        vec![
            Cell::Text("Alle".into()),
            Cell::Number(NumberValue::Value(12345.5)),
        ],
    );
    total.pinned = true;
    let mut a = Row::new(
        "A",
        vec![
            Cell::Text("Alfa".into()),
            Cell::Number(NumberValue::Value(10.0)),
        ],
    );
    a.activatable = true;
    a.drillable = true;
    let mut b = Row::new(
        "B",
        vec![
            Cell::Text("Beta".into()),
            Cell::Number(NumberValue::Suppressed),
        ],
    );
    b.activatable = true;
    let c = Row::new(
        "C",
        vec![
            Cell::Text("Gamma".into()),
            Cell::Number(NumberValue::Value(2000.0)),
        ],
    );
    vec![total, a, b, c]
}

fn marker() -> MarkerTexts {
    MarkerTexts {
        marker: "●".into(),
        suppressed: "diskretioneret".into(),
        missing: "ikke defineret".into(),
    }
}

#[wasm_bindgen_test]
async fn data_table_shows_marker_sorts_and_activates_by_keyboard() {
    let el = container();
    let activated = Arc::new(Mutex::new(Vec::<String>::new()));
    let log = activated.clone();
    let handle = mount_to(el.clone(), move || {
        view! {
            <DataTable
                caption="Tabel"
                columns=vec![Column::text("l", "Navn"), Column::number("v", "2025", 1)]
                rows=rows()
                format=NumberFormat::DANISH
                texts=marker()
                on_activate=Callback::new(move |k: String| log.lock().unwrap().push(k))
            />
        }
    });
    tick().await;
    let body_text = query(&el, "tbody").text_content().unwrap_or_default();
    assert!(body_text.contains("12.345,5"), "{body_text}");
    assert!(body_text.contains("2.000,0"));
    // The suppressed cell has the marker and its explanation, and nothing else.
    let sup = query(&el, ".num--suppressed");
    assert_eq!(sup.text_content().unwrap_or_default(), "●diskretioneret");

    // Sort by the number column: largest first, the suppressed cell last, the total pinned.
    query(&el, "thead th:nth-child(2) button").click();
    tick().await;
    let keys: Vec<String> = query_all(&el, "tbody tr")
        .iter()
        .filter_map(|r| r.get_attribute("data-key"))
        .collect();
    assert_eq!(keys, ["T", "C", "A", "B"]);
    assert_eq!(
        query(&el, "thead th:nth-child(2)")
            .get_attribute("aria-sort")
            .as_deref(),
        Some("descending")
    );

    // Only activatable rows are focusable; Enter activates.
    let focusable = query_all(&el, "tbody tr[tabindex='0']");
    assert_eq!(focusable.len(), 2);
    // Only the row with a level below carries the chevron.
    assert_eq!(query_all(&el, ".row-chevron").len(), 1);
    let row_a = query(&el, "tbody tr[data-key='A']");
    row_a.focus().unwrap();
    key(&row_a, "Enter");
    query(&el, "tbody tr[data-key='B']").click();
    query(&el, "tbody tr[data-key='C']").click(); // not activatable
    assert_eq!(
        *activated.lock().unwrap(),
        vec!["A".to_string(), "B".to_string()]
    );
    drop(handle);
    el.remove();
}

#[wasm_bindgen_test]
async fn number_cell_follows_the_language() {
    let el = container();
    let fmt = RwSignal::new(NumberFormat::DANISH);
    let handle = mount_to(el.clone(), move || {
        view! { <NumberCell value=NumberValue::Value(1234567.25) decimals=1 format=fmt texts=marker()/> }
    });
    tick().await;
    assert_eq!(el.text_content().unwrap_or_default(), "1.234.567,3");
    fmt.set(NumberFormat::ENGLISH);
    tick().await;
    assert_eq!(el.text_content().unwrap_or_default(), "1,234,567.3");
    drop(handle);
    el.remove();
}

fn load_echarts() {
    if !components::echarts_ffi::echarts_available() {
        let src = include_str!("../../node_modules/echarts/dist/echarts.common.min.js");
        js_sys::Function::new_no_args(src)
            .call0(&JsValue::NULL)
            .unwrap();
    }
}

fn bar_chart(values: Vec<i64>) -> Chart {
    Chart::new()
        .animation(false)
        .x_axis(
            Axis::new()
                .type_(AxisType::Category)
                .data(vec!["A", "B", "C"]),
        )
        .y_axis(Axis::new().type_(AxisType::Value))
        .series(Bar::new().data(values))
}

#[wasm_bindgen_test]
async fn echart_shows_a_fallback_without_echarts() {
    let global = js_sys::global();
    let saved = js_sys::Reflect::get(&global, &"echarts".into()).unwrap();
    let target: js_sys::Object = global.clone().unchecked_into();
    js_sys::Reflect::delete_property(&target, &"echarts".into()).unwrap();
    let el = container();
    let handle = mount_to(el.clone(), || {
        view! { <EChart option=EChartOption::new(&bar_chart(vec![1, 2, 3])) label="Diagram" fallback="Se tabellen"/> }
    });
    tick().await;
    tick().await;
    assert_eq!(
        query(&el, ".echart__fallback").text_content().as_deref(),
        Some("Se tabellen")
    );
    assert_eq!(
        query(&el, ".echart").get_attribute("role").as_deref(),
        Some("img")
    );
    drop(handle);
    el.remove();
    if !saved.is_undefined() {
        js_sys::Reflect::set(&global, &"echarts".into(), &saved).unwrap();
    }
}

/// Click a bar the way a user does: zrender needs mousemove, mousedown, mouseup and click at the
/// bar's pixel, which the instance computes with `convertToPixel`.
fn click_bar(host: &web_sys::HtmlElement, category: &str, half_value: f64) {
    let echarts = js_sys::Reflect::get(&js_sys::global(), &"echarts".into()).unwrap();
    let get = js_sys::Reflect::get(&echarts, &"getInstanceByDom".into()).unwrap();
    let inst = get
        .unchecked_ref::<js_sys::Function>()
        .call1(&echarts, host)
        .unwrap();
    let to_px: js_sys::Function = js_sys::Reflect::get(&inst, &"convertToPixel".into())
        .unwrap()
        .unchecked_into();
    let finder = js_sys::Object::new();
    js_sys::Reflect::set(&finder, &"seriesIndex".into(), &0.into()).unwrap();
    let point = js_sys::Array::of2(&category.into(), &half_value.into());
    let px: js_sys::Array = to_px
        .call2(&inst, &finder, &point)
        .unwrap()
        .unchecked_into();
    let rect = host.get_bounding_client_rect();
    let (x, y) = (
        rect.left() + px.get(0).as_f64().unwrap(),
        rect.top() + px.get(1).as_f64().unwrap(),
    );
    let target: web_sys::Element = host.first_element_child().unwrap();
    for kind in ["mousemove", "mousedown", "mouseup", "click"] {
        let init = web_sys::MouseEventInit::new();
        init.set_client_x(x as i32);
        init.set_client_y(y as i32);
        init.set_bubbles(true);
        let ev = web_sys::MouseEvent::new_with_mouse_event_init_dict(kind, &init).unwrap();
        target.dispatch_event(&ev).unwrap();
    }
}

#[wasm_bindgen_test]
async fn echart_renders_updates_clicks_and_exports_png() {
    load_echarts();
    let el = container();
    let option = RwSignal::new(EChartOption::new(&bar_chart(vec![10, 20, 30])));
    let clicks = Arc::new(Mutex::new(Vec::<(usize, String)>::new()));
    let log = clicks.clone();
    let chart = ChartHandle::new();
    let handle = mount_to(el.clone(), move || {
        view! {
            <EChart
                option=option
                label="Diagram"
                fallback="Se tabellen"
                height=300u32
                handle=chart
                on_click=Callback::new(move |c: ChartClick| log.lock().unwrap().push((c.data_index, c.name)))
            />
        }
    });
    tick().await;
    tick().await;
    let host = query(&el, ".echart");
    assert!(
        host.query_selector("canvas").unwrap().is_some(),
        "ECharts drew a canvas"
    );
    assert!(el.query_selector(".echart__fallback").unwrap().is_none());
    click_bar(&host, "B", 10.0);
    assert_eq!(*clicks.lock().unwrap(), vec![(1, "B".to_string())]);

    // A new option replaces the old one (notMerge): the click now lands on the new data.
    option.set(EChartOption::new(&bar_chart(vec![5, 40, 5])));
    tick().await;
    click_bar(&host, "B", 20.0);
    assert_eq!(clicks.lock().unwrap().len(), 2);

    let png = chart.png_data_url("#ffffff").unwrap_or_default();
    assert!(
        png.starts_with("data:image/png;base64,"),
        "{}",
        &png[..png.len().min(40)]
    );
    drop(handle);
    assert!(!chart.is_ready(), "disposed on cleanup");
    el.remove();
}

#[wasm_bindgen_test]
async fn tabs_move_with_arrow_keys() {
    let el = container();
    let selected = RwSignal::new("chart".to_string());
    let handle = mount_to(el.clone(), move || {
        let tabs = vec![
            TabItem {
                id: "chart".into(),
                label: "Diagram".into(),
            },
            TabItem {
                id: "trend".into(),
                label: "Udvikling".into(),
            },
            TabItem {
                id: "table".into(),
                label: "Tabel".into(),
            },
        ];
        view! { <Tabs id_prefix="t" label="Vis" tabs=tabs selected=selected on_select=Callback::new(move |id| selected.set(id))/> }
    });
    tick().await;
    let first = query(&el, "#t-tab-chart");
    assert_eq!(
        first.get_attribute("aria-selected").as_deref(),
        Some("true")
    );
    assert_eq!(
        first.get_attribute("aria-controls").as_deref(),
        Some("t-panel")
    );
    key(&first, "ArrowLeft");
    tick().await;
    assert_eq!(selected.get_untracked(), "table");
    assert_eq!(
        query(&el, "#t-tab-table")
            .get_attribute("tabindex")
            .as_deref(),
        Some("0")
    );
    assert_eq!(
        query(&el, "#t-tab-chart")
            .get_attribute("tabindex")
            .as_deref(),
        Some("-1")
    );
    drop(handle);
    el.remove();
}

#[wasm_bindgen_test]
async fn hierarchy_picker_cascades_and_reports_codes() {
    let el = container();
    let chosen = RwSignal::new(String::new());
    let handle = mount_to(el.clone(), move || {
        let levels = vec![
            PickerLevel {
                label: "Region".into(),
                parent: "DK".into(),
                all_label: "Hele landet".into(),
                options: vec![
                    SelectOption::new("1081", "Nord"),
                    SelectOption::new("1084", "Hovedstaden"),
                ],
                selected: Some("1084".into()),
            },
            PickerLevel {
                label: "Kommune".into(),
                parent: "1084".into(),
                all_label: "Alle i Hovedstaden".into(),
                options: vec![SelectOption::new("0101", "København")],
                selected: None,
            },
        ];
        view! { <HierarchyPicker id_prefix="geo" legend="Geografi" levels=levels on_change=Callback::new(move |c| chosen.set(c))/> }
    });
    tick().await;
    let region: web_sys::HtmlSelectElement = query(&el, "#geo-1").unchecked_into();
    assert_eq!(region.value(), "1084");
    let kommune: web_sys::HtmlSelectElement = query(&el, "#geo-2").unchecked_into();
    assert_eq!(
        kommune.value(),
        "1084",
        "the 'all' entry stands for the parent"
    );
    assert_eq!(
        query(&el, "label[for='geo-2']").text_content().as_deref(),
        Some("Kommune")
    );
    kommune.set_value("0101");
    kommune
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    assert_eq!(chosen.get_untracked(), "0101");
    drop(handle);
    el.remove();
}

#[wasm_bindgen_test]
async fn breadcrumb_links_up_and_marks_the_current_step() {
    let el = container();
    let handle = mount_to(el.clone(), || {
        let crumbs = vec![
            Crumb {
                label: "Alle diagnoser".into(),
                href: "?diag=T".into(),
            },
            Crumb {
                label: "J Åndedræt".into(),
                href: "?diag=J".into(),
            },
        ];
        view! { <Breadcrumb label="Niveau" crumbs=crumbs/> }
    });
    tick().await;
    let links = query_all(&el, "a");
    assert_eq!(links.len(), 1);
    assert_eq!(links[0].get_attribute("href").as_deref(), Some("?diag=T"));
    assert_eq!(
        query(&el, "li[aria-current='page']")
            .text_content()
            .as_deref(),
        Some("J Åndedræt")
    );
    drop(handle);
    el.remove();
}

#[wasm_bindgen_test]
async fn notices_have_roles_and_retry() {
    let el = container();
    let retried = RwSignal::new(0);
    let handle = mount_to(el.clone(), move || {
        view! {
            <Notice kind=NoticeKind::NotPublished title="Ikke offentliggjort"/>
            <Notice
                kind=NoticeKind::Error
                title="Fejl"
                lines=vec!["Serveren svarede 404.".to_string()]
                retry=Retry { label: "Prøv igen".into(), on_retry: Callback::new(move |_| retried.update(|n| *n += 1)) }
            />
        }
    });
    tick().await;
    assert_eq!(
        query(&el, "[data-testid='notice-not-published']")
            .get_attribute("role")
            .as_deref(),
        Some("status")
    );
    assert_eq!(
        query(&el, "[data-testid='notice-error']")
            .get_attribute("role")
            .as_deref(),
        Some("alert")
    );
    query(&el, "[data-testid='retry']").click();
    assert_eq!(retried.get_untracked(), 1);
    drop(handle);
    el.remove();
}

#[wasm_bindgen_test]
async fn radio_group_and_select_report_choices() {
    let el = container();
    let value = RwSignal::new("patients".to_string());
    let handle = mount_to(el.clone(), move || {
        let opts = vec![
            SelectOption::new("patients", "Patienter"),
            SelectOption::new("contacts", "Kontakter"),
        ];
        view! {
            <RadioGroup name="measure" legend="Vælg først opgørelse" options=opts.clone() value=value on_change=Callback::new(move |v| value.set(v))/>
            <Select id="sel" label="Opgørelse" options=opts value=value on_change=Callback::new(move |v| value.set(v))/>
            <Watermark text="Mock-up · syntetiske data"/>
        }
    });
    tick().await;
    query(&el, "input[value='contacts']").click();
    tick().await;
    assert_eq!(value.get_untracked(), "contacts");
    let sel: web_sys::HtmlSelectElement = query(&el, "#sel").unchecked_into();
    assert_eq!(sel.value(), "contacts");
    assert_eq!(
        query(&el, "legend").text_content().as_deref(),
        Some("Vælg først opgørelse")
    );
    assert_eq!(
        query(&el, "[data-testid='watermark']")
            .text_content()
            .as_deref(),
        Some("Mock-up · syntetiske data")
    );
    drop(handle);
    el.remove();
}

#[wasm_bindgen_test]
async fn declaration_lists_its_parts() {
    let el = container();
    let handle = mount_to(el.clone(), || {
        let parts = vec![
            DeclarationPart {
                heading: "Formål".into(),
                text: "Første afsnit.\n\nAndet afsnit.".into(),
            },
            DeclarationPart {
                heading: "Datakilde".into(),
                text: "Syntetiske data.".into(),
            },
        ];
        view! { <DeclarationPanel title="Information om opgørelsen" parts=parts/> }
    });
    tick().await;
    assert_eq!(query_all(&el, "h3").len(), 2);
    assert_eq!(query_all(&el, "section p").len(), 3);
    assert_eq!(
        query(&el, "summary").text_content().as_deref(),
        Some("Information om opgørelsen")
    );
    drop(handle);
    el.remove();
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[wasm_bindgen_test]
async fn keyboard_drill_down_keeps_the_focus_in_the_table() {
    let el = container();
    let level = RwSignal::new(0);
    let handle = mount_to(el.clone(), move || {
        let rows = Signal::derive(move || {
            let mut r = rows();
            for row in r.iter_mut() {
                row.key = format!("{}{}", row.key, level.get());
            }
            r
        });
        view! {
            <DataTable
                caption="Tabel"
                columns=vec![Column::text("l", "Navn"), Column::number("v", "2025", 1)]
                rows=rows
                format=NumberFormat::DANISH
                texts=marker()
                on_activate=Callback::new(move |_| level.update(|l| *l += 1))
            />
        }
    });
    tick().await;
    let row = query(&el, "tbody tr[data-key='A0']");
    row.focus().unwrap();
    key(&row, "Enter");
    tick().await;
    sleep(20).await;
    let active = document()
        .active_element()
        .and_then(|a| a.get_attribute("data-key"));
    assert_eq!(
        active.as_deref(),
        Some("A1"),
        "focus on the first activatable row of the new level"
    );
    drop(handle);
    el.remove();
}
