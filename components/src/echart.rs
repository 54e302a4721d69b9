//! `<EChart>`: hosts one ECharts instance for an option built with charming.
//!
//! Lifecycle (one `Effect`, so there is no ordering race between "init" and "update"):
//! 1. first run after mount: `echarts.init` on the `NodeRef` element (never an id, so any number
//!    of charts can share a page), register the click handler and a `ResizeObserver`;
//! 2. every run (the option signal changed): `setOption(option, {notMerge: true})`;
//! 3. `on_cleanup`: disconnect the observer, `off("click")`, `dispose()`, drop the closures.
//!
//! If `window.echarts` is missing (blocked script, test page) the host shows `fallback` instead
//! and nothing throws: the table twin still carries the numbers.
//!
//! ## Usage
//! ```ignore
//! let option = Signal::derive(move || EChartOption::new(&build_chart(&model.read())));
//! view! { <EChart option label=Signal::derive(|| "Patienter pr. region".into())
//!                 fallback="Diagrammet kan ikke vises" on_click=Callback::new(|c: ChartClick| …)/> }
//! ```

use leptos::html::Div;
use leptos::prelude::*;
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::echarts_ffi::{echarts_available, EChartsInstance};

/// What was clicked in a chart.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartClick {
    /// Index of the datum in its series (or dataset row).
    pub data_index: usize,
    /// Index of the series.
    pub series_index: usize,
    /// The category or datum name.
    pub name: String,
}

/// Which ECharts renderer to use.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Renderer {
    /// Canvas: fast, and what `getDataURL` turns into a PNG directly.
    #[default]
    Canvas,
    /// SVG: crisp when zoomed, DOM nodes per mark.
    Svg,
}

impl Renderer {
    fn as_str(self) -> &'static str {
        match self {
            Renderer::Canvas => "canvas",
            Renderer::Svg => "svg",
        }
    }
}

/// A handle to the live chart, for actions outside the host (PNG download).
///
/// Create it in the parent with [`ChartHandle::new`], pass it to `<EChart handle=…>`; it is empty
/// until the chart is initialised and again after it is disposed.
#[derive(Clone, Copy)]
pub struct ChartHandle(StoredValue<Option<EChartsInstance>, LocalStorage>);

impl ChartHandle {
    pub fn new() -> Self {
        ChartHandle(StoredValue::new_local(None))
    }

    /// Is a chart live behind this handle?
    pub fn is_ready(&self) -> bool {
        self.0.try_with_value(|i| i.is_some()).unwrap_or(false)
    }

    /// The chart as a PNG data URL on the given background colour.
    pub fn png_data_url(&self, background: &str) -> Option<String> {
        self.0
            .try_with_value(|i| i.as_ref().and_then(|i| i.png_data_url(background)))
            .flatten()
    }
}

impl Default for ChartHandle {
    fn default() -> Self {
        Self::new()
    }
}

fn read_click(params: &JsValue) -> Option<ChartClick> {
    let get = |k: &str| js_sys::Reflect::get(params, &JsValue::from_str(k)).ok();
    if get("componentType")?.as_string()? != "series" {
        return None;
    }
    Some(ChartClick {
        data_index: get("dataIndex")?.as_f64()? as usize,
        series_index: get("seriesIndex").and_then(|v| v.as_f64()).unwrap_or(0.0) as usize,
        name: get("name").and_then(|v| v.as_string()).unwrap_or_default(),
    })
}

/// An ECharts option as JSON text, made from anything serde can serialise: a charming
/// [`Chart`](charming::Chart), or a smaller struct of charming components that leaves out the
/// option types a view never uses (and their serialisation code in the wasm).
///
/// The host hands the text to `JSON.parse`: serde_json plus the browser's parser is smaller in the
/// wasm than a field-by-field `serde_wasm_bindgen` serialiser. It means options cannot carry JS
/// functions (charming's `JsFunction` formatters); use ECharts' string templates instead.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EChartOption(String);

impl EChartOption {
    /// Serialise `option`; a value serde cannot write gives an empty option, which the host skips.
    pub fn new<T: Serialize>(option: &T) -> Self {
        EChartOption(serde_json::to_string(option).unwrap_or_default())
    }
    /// The JSON text.
    pub fn json(&self) -> &str {
        &self.0
    }
    /// The option as a JS object.
    pub fn to_js(&self) -> Option<JsValue> {
        if self.0.is_empty() {
            return None;
        }
        js_sys::JSON::parse(&self.0).ok()
    }
}

/// Hosts an ECharts chart built with charming.
#[component]
pub fn EChart(
    /// The chart option; every change replaces the whole option.
    #[prop(into)]
    option: Signal<EChartOption>,
    /// Accessible name of the chart region (the chart itself adds ECharts' aria description).
    #[prop(into)]
    label: Signal<String>,
    /// Text shown in place of the chart when ECharts is not available.
    #[prop(into)]
    fallback: Signal<String>,
    /// Height of the chart in CSS pixels (the width follows the container).
    #[prop(into, default = Signal::from(360u32))]
    height: Signal<u32>,
    /// Called with the clicked datum (bars, points).
    #[prop(optional)]
    on_click: Option<Callback<ChartClick>>,
    /// Filled with the live instance, for downloads.
    #[prop(optional)]
    handle: Option<ChartHandle>,
    /// Canvas (default) or SVG.
    #[prop(optional)]
    renderer: Renderer,
    /// `data-testid` for tests.
    #[prop(optional, into)]
    test_id: Option<String>,
) -> impl IntoView {
    let host = NodeRef::<Div>::new();
    let missing = RwSignal::new(false);
    let instance = StoredValue::new_local(None::<EChartsInstance>);
    let click_closure = StoredValue::new_local(None::<Closure<dyn FnMut(JsValue)>>);
    let resize_closure = StoredValue::new_local(None::<Closure<dyn FnMut(JsValue)>>);
    let observer = StoredValue::new_local(None::<web_sys::ResizeObserver>);

    Effect::new(move |_| {
        let js = option.with(EChartOption::to_js);
        let Some(el) = host.get() else { return };
        if instance.with_value(|i| i.is_none()) {
            if !echarts_available() {
                missing.set(true);
                return;
            }
            let Some(inst) = EChartsInstance::init(&el, renderer.as_str()) else {
                missing.set(true);
                return;
            };
            if let Some(cb) = on_click {
                let closure = Closure::<dyn FnMut(JsValue)>::new(move |params: JsValue| {
                    if let Some(click) = read_click(&params) {
                        cb.run(click);
                    }
                });
                inst.on_event("click", closure.as_ref().unchecked_ref());
                click_closure.set_value(Some(closure));
            }
            let (for_resize, el_resize) = (inst.clone(), el.clone());
            let on_resize = Closure::<dyn FnMut(JsValue)>::new(move |_| for_resize.fit(&el_resize));
            if let Ok(obs) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
                obs.observe(&el);
                observer.set_value(Some(obs));
            }
            resize_closure.set_value(Some(on_resize));
            instance.set_value(Some(inst.clone()));
            if let Some(h) = handle {
                let _ = h.0.try_set_value(Some(inst));
            }
        }
        let Some(js) = js else {
            return;
        };
        instance.with_value(|i| {
            if let Some(i) = i {
                if i.replace_option(&js).is_err() {
                    leptos::logging::warn!("ECharts refused an option");
                }
            }
        });
    });

    on_cleanup(move || {
        observer.update_value(|o| {
            if let Some(o) = o.take() {
                o.disconnect();
            }
        });
        instance.update_value(|i| {
            if let Some(i) = i.take() {
                i.off_event("click");
                i.destroy();
            }
        });
        if let Some(h) = handle {
            let _ = h.0.try_set_value(None);
        }
        click_closure.set_value(None);
        resize_closure.set_value(None);
    });

    view! {
        <div
            class="echart"
            role="img"
            aria-label=move || label.get()
            style=move || format!("height:{}px", height.get())
            data-testid=test_id
            node_ref=host
        >
            {move || missing.get().then(|| view! { <p class="echart__fallback">{fallback}</p> })}
        </div>
    }
}
