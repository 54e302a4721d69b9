//! A view that is planned but not built: its name, what it will show, and the way back.

use leptos::prelude::*;

use crate::ctx::AppCtx;
use crate::state::{href, AppQuery, Page};
use crate::texts::{self, VIEWS};

/// Placeholder for the view with code `code`.
#[component]
pub fn ComingSoon(ctx: AppCtx, code: &'static str) -> impl IntoView {
    let view_text = VIEWS.iter().find(|v| v.code == code);
    move || {
        let l = ctx.lang.get();
        let back = href(
            &ctx.path.get(),
            &AppQuery {
                page: Page::Overview,
                lang: l,
            },
            &[],
        );
        view! {
            <div class="page coming-soon" data-testid="page-coming-soon">
                <h1>{view_text.map(|v| v.title.get(l)).unwrap_or_default()}</h1>
                <p class="lead">{view_text.map(|v| v.blurb.get(l)).unwrap_or_default()}</p>
                <div class="notice notice--info" role="status">
                    <div class="notice__content">
                        <p class="notice__title">{texts::COMING_SOON_TITLE.get(l)}</p>
                        <p>{texts::COMING_SOON_BODY.get(l)}</p>
                    </div>
                </div>
                <p>
                    <a href=back>{texts::BACK_TO_OVERVIEW.get(l)}</a>
                </p>
            </div>
        }
    }
}
