//! `<CopyLink>`: copies the page's address (which holds the whole view state) to the clipboard;
//! where the clipboard is not available (insecure context) it shows the address to copy by hand.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

fn current_href() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

fn clipboard() -> Option<web_sys::Clipboard> {
    let nav = web_sys::window()?.navigator();
    let cb = js_sys::Reflect::get(&nav, &JsValue::from_str("clipboard")).ok()?;
    if cb.is_undefined() || cb.is_null() {
        return None;
    }
    use wasm_bindgen::JsCast;
    Some(cb.unchecked_into())
}

/// State after a click.
#[derive(Clone, Debug, PartialEq)]
enum Copied {
    No,
    Yes,
    /// Show this address for manual copying.
    Manual(String),
}

/// A "copy link" button with a live status message.
#[component]
pub fn CopyLink(
    /// Button text.
    #[prop(into)]
    label: Signal<String>,
    /// Status after copying ("Linket er kopieret").
    #[prop(into)]
    done: Signal<String>,
    /// Label of the address field shown when copying is not possible.
    #[prop(into)]
    manual: Signal<String>,
) -> impl IntoView {
    let state = RwSignal::new(Copied::No);
    let on_click = move |_| {
        let href = current_href();
        match clipboard() {
            Some(cb) => {
                let promise = cb.write_text(&href);
                leptos::task::spawn_local(async move {
                    match wasm_bindgen_futures::JsFuture::from(promise).await {
                        Ok(_) => state.set(Copied::Yes),
                        Err(_) => state.set(Copied::Manual(href)),
                    }
                });
            }
            None => state.set(Copied::Manual(href)),
        }
    };
    let status = move || {
        match state.get() {
        Copied::No => None,
        Copied::Yes => Some(view! { <span class="copy-link__done">{done.get()}</span> }.into_any()),
        Copied::Manual(href) => Some(
            view! {
                <label class="copy-link__manual">
                    {manual.get()}
                    <input type="text" readonly value=href on:focus:target=move |ev| ev.target().select()/>
                </label>
            }
            .into_any(),
        ),
    }
    };
    view! {
        <div class="copy-link">
            <button type="button" class="button button--secondary" data-testid="copy-link" on:click=on_click>
                {label}
            </button>
            <span role="status" aria-live="polite">{status}</span>
        </div>
    }
}
