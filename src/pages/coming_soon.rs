//! A view that is planned but not built: its name, what it will show, and the way back.

use leptos::prelude::*;

use crate::ctx::use_app;
use crate::state::{href, AppQuery, Page};
use crate::texts::{self, VIEWS};

/// Placeholder for the view with code `code`.
#[component]
pub fn ComingSoon(code: &'static str) -> impl IntoView {
    let ctx = use_app();
    let lang = ctx.lang;
    let view_text = VIEWS.iter().find(|v| v.code == code);
    let title = move || {
        view_text
            .map(|v| v.title.get(lang.get()))
            .unwrap_or_default()
    };
    let blurb = move || {
        view_text
            .map(|v| v.blurb.get(lang.get()))
            .unwrap_or_default()
    };
    let back = move || {
        href(
            &ctx.path.get(),
            &AppQuery {
                page: Page::Overview,
                lang: lang.get(),
            },
            &[],
        )
    };
    view! {
        <div class="page coming-soon" data-testid="page-coming-soon">
            <h1>{title}</h1>
            <p class="lead">{blurb}</p>
            <div class="notice notice--info" role="status">
                <div class="notice__content">
                    <p class="notice__title">{move || texts::COMING_SOON_TITLE.get(lang.get())}</p>
                    <p>{move || texts::COMING_SOON_BODY.get(lang.get())}</p>
                </div>
            </div>
            <p>
                <a href=back>{move || texts::BACK_TO_OVERVIEW.get(lang.get())}</a>
            </p>
        </div>
    }
}
