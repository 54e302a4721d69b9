//! `<Tabs>`: an ARIA tab list (chart / trend / table). The parent renders the panel with
//! [`panel_id`] and [`tab_id`]; arrow keys, Home and End move between tabs (WAI-ARIA pattern,
//! automatic activation).

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

/// One tab.
#[derive(Clone, Debug, PartialEq)]
pub struct TabItem {
    pub id: String,
    pub label: String,
}

/// Id of the tab button for `tab` (use it as the panel's `aria-labelledby`).
pub fn tab_id(prefix: &str, tab: &str) -> String {
    format!("{prefix}-tab-{tab}")
}

/// Id of the panel the tabs control.
pub fn panel_id(prefix: &str) -> String {
    format!("{prefix}-panel")
}

fn focus_id(id: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    {
        use wasm_bindgen::JsCast;
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// A tab list.
#[component]
pub fn Tabs(
    /// Prefix of the element ids.
    #[prop(into)]
    id_prefix: String,
    /// Accessible name of the tab list.
    #[prop(into)]
    label: Signal<String>,
    /// The tabs.
    #[prop(into)]
    tabs: Signal<Vec<TabItem>>,
    /// Id of the selected tab.
    #[prop(into)]
    selected: Signal<String>,
    /// Called with the id of the chosen tab.
    on_select: Callback<String>,
) -> impl IntoView {
    let prefix = StoredValue::new(id_prefix);
    let buttons = move || {
        let list = tabs.get();
        let ids: Vec<String> = list.iter().map(|t| t.id.clone()).collect();
        list.into_iter()
            .enumerate()
            .map(|(i, t)| {
                let id_sel = t.id.clone();
                let id_sel2 = t.id.clone();
                let id_click = t.id.clone();
                let ids = ids.clone();
                let is_sel = move || selected.with(|s| *s == id_sel);
                let on_key = move |ev: KeyboardEvent| {
                    let n = ids.len();
                    if n == 0 {
                        return;
                    }
                    let target = match ev.key().as_str() {
                        "ArrowRight" => (i + 1) % n,
                        "ArrowLeft" => (i + n - 1) % n,
                        "Home" => 0,
                        "End" => n - 1,
                        _ => return,
                    };
                    ev.prevent_default();
                    let tid = ids[target].clone();
                    on_select.run(tid.clone());
                    focus_id(&tab_id(&prefix.get_value(), &tid));
                };
                view! {
                    <button
                        type="button"
                        role="tab"
                        class="tabs__tab"
                        id=tab_id(&prefix.get_value(), &t.id)
                        data-testid=format!("tab-{}", t.id)
                        aria-controls=panel_id(&prefix.get_value())
                        aria-selected=move || if is_sel() { "true" } else { "false" }
                        tabindex=move || if selected.with(|s| *s == id_sel2) { "0" } else { "-1" }
                        on:click=move |_| on_select.run(id_click.clone())
                        on:keydown=on_key
                    >
                        {t.label}
                    </button>
                }
            })
            .collect_view()
    };
    view! {
        <div class="tabs" role="tablist" aria-label=move || label.get()>
            {buttons}
        </div>
    }
}
