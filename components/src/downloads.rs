//! `<Downloads>`: CSV of the shown table and PNG of the chart, saved through a temporary
//! `<a download>` (no server, no pop-up).

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::echart::ChartHandle;

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// Save `url` (a data or blob URL) under `filename`.
pub fn save_url(filename: &str, url: &str) -> Result<(), JsValue> {
    let doc = document().ok_or_else(|| JsValue::from_str("no document"))?;
    let body = doc.body().ok_or_else(|| JsValue::from_str("no body"))?;
    let a: web_sys::HtmlAnchorElement = doc.create_element("a")?.dyn_into()?;
    a.set_href(url);
    a.set_download(filename);
    a.set_attribute("hidden", "")?;
    body.append_child(&a)?;
    a.click();
    a.remove();
    Ok(())
}

/// Save a text (CSV) under `filename` with the given MIME type.
pub fn save_text(filename: &str, mime: &str, content: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let bag = web_sys::BlobPropertyBag::new();
    bag.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &bag)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let result = save_url(filename, &url);
    // Revoke later: the download starts asynchronously after the click.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
    result
}

/// Buttons that download the table as CSV and the chart as PNG.
#[component]
pub fn Downloads(
    /// Label of the CSV button.
    #[prop(into)]
    csv_label: Signal<String>,
    /// File name of the CSV.
    #[prop(into)]
    csv_name: Signal<String>,
    /// Builds the CSV text when the button is pressed.
    csv: Callback<(), String>,
    /// Label of the PNG button.
    #[prop(into)]
    png_label: Signal<String>,
    /// File name of the PNG.
    #[prop(into)]
    png_name: Signal<String>,
    /// The chart to save (the PNG button is disabled while it is not live).
    #[prop(optional)]
    chart: Option<ChartHandle>,
    /// Is a chart shown at the moment?
    #[prop(into)]
    chart_shown: Signal<bool>,
    /// Is there a table to download (false where nothing is published)?
    #[prop(into, default = Signal::stored(true))]
    table_shown: Signal<bool>,
) -> impl IntoView {
    let on_csv = move |_| {
        let text = csv.run(());
        if let Err(e) = save_text(&csv_name.get_untracked(), "text/csv;charset=utf-8", &text) {
            leptos::logging::warn!("CSV download failed: {e:?}");
        }
    };
    let on_png = move |_| {
        let Some(url) = chart.and_then(|c| c.png_data_url("#ffffff")) else {
            return;
        };
        if let Err(e) = save_url(&png_name.get_untracked(), &url) {
            leptos::logging::warn!("PNG download failed: {e:?}");
        }
    };
    view! {
        <div class="downloads">
            <button
                type="button"
                class="button button--secondary"
                data-testid="download-csv"
                disabled=move || !table_shown.get()
                on:click=on_csv
            >
                {csv_label}
            </button>
            <button
                type="button"
                class="button button--secondary"
                data-testid="download-png"
                disabled=move || !chart_shown.get() || chart.is_none()
                on:click=on_png
            >
                {png_label}
            </button>
        </div>
    }
}
