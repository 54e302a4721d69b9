//! What every page shares: the parsed URL, the language, and navigation. Passed down as a
//! prop (it is `Copy`), so no component depends on a context lookup that could fail.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use crate::query::parse_query;
use crate::state::{split_app, AppQuery, UrlNotice};
use crate::texts::Lang;

/// The router's navigate function, kept in local storage (it is not `Send`).
type NavigateFn = Box<dyn Fn(&str, NavigateOptions)>;

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
    nav: StoredValue<NavigateFn, LocalStorage>,
}

impl AppCtx {
    /// Set up the shared state; call once inside `<Router>` and pass the (`Copy`) result down.
    pub fn new() -> AppCtx {
        let location = use_location();
        let parsed = Memo::new(move |_| split_app(&parse_query(&location.search.get())));
        let app = Memo::new(move |_| parsed.with(|p| p.0.clone()));
        AppCtx {
            app,
            lang: Memo::new(move |_| app.with(|a| a.lang)),
            page_pairs: Memo::new(move |_| parsed.with(|p| p.1.clone())),
            app_notices: Memo::new(move |_| parsed.with(|p| p.2.clone())),
            path: location.pathname,
            nav: StoredValue::new_local(Box::new(use_navigate())),
        }
    }

    /// The address of the current page with other page parameters.
    pub fn href_with(&self, pairs: &[(&str, String)]) -> String {
        crate::state::href(&self.path.get_untracked(), &self.app.get_untracked(), pairs)
    }

    /// Go to `href` inside the app: a new history entry, no scrolling to the top (filters).
    pub fn go(&self, href: &str) {
        let opts = NavigateOptions {
            scroll: false,
            ..Default::default()
        };
        self.nav.with_value(|n| n(href, opts));
    }
}
