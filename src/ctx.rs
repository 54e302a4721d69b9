//! What every page shares: the parsed URL, the language, and navigation. Passed down as a
//! prop (it is `Copy`), so no component depends on a context lookup that could fail.
//!
//! The URL is the state, and the app keeps it in step with the browser's history itself (no
//! router crate: the app has one document and only its query changes). A click on a link to the
//! same document is taken over (`history.pushState`, then the page scrolls to the top unless the
//! link has `data-noscroll`); back and forward (`popstate`) are read back. Links with a target,
//! a download or `rel=external`, modified clicks and other documents are left to the browser.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlAnchorElement, MouseEvent};

use crate::notes::{self, ImportError, Note};
use crate::query::parse_query;
use crate::state::{split_app, AppQuery, UrlNotice};
use crate::texts::Lang;

/// The shared state of the URL: the document's path and the query.
#[derive(Clone, Copy)]
struct Address {
    path: RwSignal<String>,
    search: RwSignal<String>,
}

impl Address {
    fn read(self) {
        if let Some(loc) = web_sys::window().map(|w| w.location()) {
            self.path.set(loc.pathname().unwrap_or_else(|_| "/".into()));
            self.search.set(loc.search().unwrap_or_default());
        }
    }

    /// A new history entry for `href` (same document), then read it back.
    fn push(self, href: &str) {
        if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
            let _ = h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href));
        }
        self.read();
    }

    /// Follow back/forward, and take over clicks on links to this document. Installed once.
    fn listen(self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let on_pop = Closure::<dyn Fn()>::new(move || self.read());
        let _ =
            window.add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
        on_pop.forget();
        let on_click = Closure::<dyn Fn(MouseEvent)>::new(move |ev: MouseEvent| {
            if let Some(href) = same_document_link(&ev) {
                ev.prevent_default();
                self.push(&href);
                scroll_after(&ev);
            }
        });
        if let Some(doc) = window.document() {
            let _ =
                doc.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
        }
        on_click.forget();
    }
}

/// The address (path and query) of the link clicked, if it is one the app should follow itself.
fn same_document_link(ev: &MouseEvent) -> Option<String> {
    if ev.default_prevented()
        || ev.button() != 0
        || ev.meta_key()
        || ev.alt_key()
        || ev.ctrl_key()
        || ev.shift_key()
    {
        return None;
    }
    let el: Element = ev.target()?.dyn_into().ok()?;
    let a: HtmlAnchorElement = el.closest("a[href]").ok()??.dyn_into().ok()?;
    let rel_external = a.rel().split_whitespace().any(|r| r == "external");
    if !a.target().is_empty() || a.has_attribute("download") || rel_external || !a.hash().is_empty()
    {
        return None;
    }
    let loc = web_sys::window()?.location();
    (a.origin() == loc.origin().ok()? && a.pathname() == loc.pathname().ok()?)
        .then(|| format!("{}{}", a.pathname(), a.search()))
}

fn scroll_after(ev: &MouseEvent) {
    let noscroll = ev
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|e| e.closest("a[data-noscroll]").ok().flatten())
        .is_some();
    if !noscroll {
        if let Some(w) = web_sys::window() {
            w.scroll_to_with_x_and_y(0.0, 0.0);
        }
    }
}

/// The URL, parsed once per change.
#[derive(Clone, Copy)]
pub struct AppCtx {
    /// `view` and `lang`.
    pub app: Memo<AppQuery>,
    pub lang: Memo<Lang>,
    /// The page's own parameters (everything but `view` and `lang`), decoded.
    pub page_pairs: Memo<Vec<(String, String)>>,
    /// Problems with `view` or `lang`.
    pub app_notices: Memo<Vec<UrlNotice>>,
    /// The document's path (`/` or `/some/sub-path/`): every link keeps it.
    pub path: Memo<String>,
    /// The review notes kept in this browser, oldest first.
    pub notes: RwSignal<Vec<Note>>,
    /// Stored notes that could not be read (moved aside, see [`notes::load`]).
    pub notes_problem: RwSignal<Option<ImportError>>,
    address: Address,
}

impl AppCtx {
    /// Set up the shared state and start following the browser's history; call once.
    pub fn new() -> AppCtx {
        let address = Address {
            path: RwSignal::new(String::new()),
            search: RwSignal::new(String::new()),
        };
        address.read();
        address.listen();
        let parsed = Memo::new(move |_| split_app(&parse_query(&address.search.get())));
        let app = Memo::new(move |_| parsed.with(|p| p.0.clone()));
        let (stored, problem) = notes::load();
        AppCtx {
            app,
            lang: Memo::new(move |_| app.with(|a| a.lang)),
            page_pairs: Memo::new(move |_| parsed.with(|p| p.1.clone())),
            app_notices: Memo::new(move |_| parsed.with(|p| p.2.clone())),
            path: Memo::new(move |_| address.path.get()),
            notes: RwSignal::new(stored),
            notes_problem: RwSignal::new(problem),
            address,
        }
    }

    /// The address of the current page with other page parameters.
    pub fn href_with(&self, pairs: &[(&str, String)]) -> String {
        crate::state::href(&self.path.get_untracked(), &self.app.get_untracked(), pairs)
    }

    /// Go to `href` inside the app: a new history entry, no scrolling to the top (filters).
    pub fn go(&self, href: &str) {
        self.address.push(href);
    }
}
