//! What every page shares through context: the parsed URL, the language, and navigation.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use crate::query::parse_query;
use crate::state::{split_app, AppQuery, UrlNotice};
use crate::texts::Lang;

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
    nav: StoredValue<Box<dyn Fn(&str, NavigateOptions)>, LocalStorage>,
}

impl AppCtx {
    /// Set up the context; call once inside `<Router>`.
    pub fn provide() -> AppCtx {
        let location = use_location();
        let parsed = Memo::new(move |_| split_app(&parse_query(&location.search.get())));
        let app = Memo::new(move |_| parsed.with(|p| p.0.clone()));
        let ctx = AppCtx {
            app,
            lang: Memo::new(move |_| app.with(|a| a.lang)),
            page_pairs: Memo::new(move |_| parsed.with(|p| p.1.clone())),
            app_notices: Memo::new(move |_| parsed.with(|p| p.2.clone())),
            path: location.pathname,
            nav: StoredValue::new_local(Box::new(use_navigate())),
        };
        provide_context(ctx);
        ctx
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

/// The shared context. Only components inside the shell call this; outside it there is no page
/// to show, so a missing context is a programming error caught by the first render in any test.
pub fn use_app() -> AppCtx {
    expect_context::<AppCtx>()
}
