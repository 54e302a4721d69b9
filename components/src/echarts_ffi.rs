//! The only place that talks to the global `echarts` object (loaded by a classic `<script>` before
//! the wasm). charming builds the option; it has no init options, events or `dispose`, so this
//! file imports the few ECharts functions the chart host needs.

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// An ECharts instance (what `echarts.init` returns).
    #[wasm_bindgen(js_name = Object)]
    #[derive(Clone, Debug)]
    pub type EChartsInstance;

    #[wasm_bindgen(catch, js_namespace = echarts, js_name = init)]
    fn init_raw(
        dom: &web_sys::Element,
        theme: &JsValue,
        opts: &JsValue,
    ) -> Result<EChartsInstance, JsValue>;

    #[wasm_bindgen(catch, method, js_name = setOption)]
    fn set_option_raw(
        this: &EChartsInstance,
        option: &JsValue,
        opts: &JsValue,
    ) -> Result<(), JsValue>;

    #[wasm_bindgen(catch, method)]
    fn on(this: &EChartsInstance, event: &str, handler: &js_sys::Function) -> Result<(), JsValue>;

    #[wasm_bindgen(catch, method)]
    fn off(this: &EChartsInstance, event: &str) -> Result<(), JsValue>;

    #[wasm_bindgen(catch, method)]
    fn dispose(this: &EChartsInstance) -> Result<(), JsValue>;

    #[wasm_bindgen(catch, method)]
    fn resize(this: &EChartsInstance) -> Result<(), JsValue>;

    #[wasm_bindgen(method, js_name = getWidth)]
    fn get_width(this: &EChartsInstance) -> f64;

    #[wasm_bindgen(method, js_name = getHeight)]
    fn get_height(this: &EChartsInstance) -> f64;

    #[wasm_bindgen(catch, method, js_name = getDataURL)]
    fn get_data_url_raw(this: &EChartsInstance, opts: &JsValue) -> Result<JsValue, JsValue>;
}

/// Is the global `echarts` there? (Not in wasm-bindgen-test pages, nor if the script was blocked.)
pub fn echarts_available() -> bool {
    let global = js_sys::global();
    js_sys::Reflect::get(&global, &JsValue::from_str("echarts"))
        .map(|v| v.is_object())
        .unwrap_or(false)
}

fn object(pairs: &[(&str, JsValue)]) -> JsValue {
    let obj = js_sys::Object::new();
    for (k, v) in pairs {
        let _ = js_sys::Reflect::set(&obj, &JsValue::from_str(k), v);
    }
    obj.into()
}

impl EChartsInstance {
    /// `echarts.init(el, null, {renderer})`; `None` when ECharts is missing or refuses.
    pub fn init(el: &web_sys::Element, renderer: &str) -> Option<EChartsInstance> {
        if !echarts_available() {
            return None;
        }
        init_raw(
            el,
            &JsValue::NULL,
            &object(&[("renderer", JsValue::from_str(renderer))]),
        )
        .ok()
    }

    /// Replace the whole option (`notMerge: true`), so series and categories from the previous
    /// state never linger after a drill-down.
    pub fn replace_option(&self, option: &JsValue) -> Result<(), JsValue> {
        self.set_option_raw(option, &object(&[("notMerge", JsValue::TRUE)]))
    }

    /// Register a handler for an ECharts event (`"click"`, …).
    pub fn on_event(&self, event: &str, handler: &js_sys::Function) {
        let _ = self.on(event, handler);
    }

    /// Remove every handler for an event.
    pub fn off_event(&self, event: &str) {
        let _ = self.off(event);
    }

    /// Free the instance and its DOM.
    pub fn destroy(&self) {
        let _ = self.dispose();
    }

    /// Fit the chart to the current size of its container `el`. A resize redraws the whole chart,
    /// so it is skipped when the size is what the chart already has (a `ResizeObserver` reports
    /// every new chart once, right after it was drawn at that size).
    pub fn fit(&self, el: &web_sys::Element) {
        let (w, h) = (f64::from(el.client_width()), f64::from(el.client_height()));
        if w != self.get_width() || h != self.get_height() {
            let _ = self.resize();
        }
    }

    /// A PNG data URL of the chart at twice the pixel ratio, on `background`.
    pub fn png_data_url(&self, background: &str) -> Option<String> {
        let opts = object(&[
            ("type", JsValue::from_str("png")),
            ("pixelRatio", JsValue::from_f64(2.0)),
            ("backgroundColor", JsValue::from_str(background)),
        ]);
        self.get_data_url_raw(&opts)
            .ok()
            .and_then(|v| v.as_string())
    }
}
