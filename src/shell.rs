//! The frame around every page: skip link, the mock-up band, the eSundhed-style header with the
//! topic and its views, and the footer.

use components::Watermark;
use leptos::prelude::*;

use crate::ctx::use_app;
use crate::state::{AppQuery, Page};
use crate::texts::{self, VIEWS};

fn page_href(
    ctx: crate::ctx::AppCtx,
    page: Page,
) -> impl Fn() -> String + Send + Sync + Copy + 'static {
    move || {
        crate::state::href(
            &ctx.path.get(),
            &AppQuery {
                page,
                lang: ctx.lang.get(),
            },
            &[],
        )
    }
}

fn page_from(code: &'static str) -> Page {
    if code == "diagnoses" {
        Page::Diagnoses
    } else {
        Page::ComingSoon(code)
    }
}

/// The band that says this is a mock-up, with the language toggle.
#[component]
fn TopBar() -> impl IntoView {
    let ctx = use_app();
    let lang = ctx.lang;
    let other_href = move || {
        let app = ctx.app.get();
        let pairs = ctx.page_pairs.get();
        let refs: Vec<(&str, String)> =
            pairs.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
        crate::state::href(
            &ctx.path.get(),
            &AppQuery {
                lang: app.lang.other(),
                ..app
            },
            &refs,
        )
    };
    view! {
        <div class="topbar">
            <div class="container topbar__inner">
                <Watermark text=Signal::derive(move || texts::MOCKUP_MARK.get(lang.get()).to_string())/>
                <p class="topbar__text">{move || texts::MOCKUP_BANNER.get(lang.get())}</p>
                <a
                    class="topbar__lang"
                    href=other_href
                    data-noscroll=""
                    data-testid="lang-toggle"
                    lang=move || lang.get().other().code()
                    hreflang=move || lang.get().other().code()
                    aria-label=move || texts::LANG_SWITCH_LABEL.get(lang.get())
                >
                    {move || texts::LANG_SWITCH.get(lang.get())}
                </a>
            </div>
        </div>
    }
}

/// Brand, topic and the topic's views.
#[component]
fn Header() -> impl IntoView {
    let ctx = use_app();
    let lang = ctx.lang;
    let current = Memo::new(move |_| ctx.app.with(|a| a.page.code()));
    let nav_items = move || {
        let l = lang.get();
        let overview = {
            let href = page_href(ctx, Page::Overview);
            view! {
                <li>
                    <a href=href aria-current=move || (current.get().is_empty()).then_some("page")>
                        {texts::OVERVIEW_NAV.get(l)}
                    </a>
                </li>
            }
        };
        let views = VIEWS
            .iter()
            .map(|v| {
                let href = page_href(ctx, page_from(v.code));
                let code = v.code;
                view! {
                    <li>
                        <a href=href aria-current=move || (current.get() == code).then_some("page")>
                            {v.nav.get(l)}
                            {(!v.ready).then(|| view! { <span class="soon">{texts::COMING_SOON.get(l)}</span> })}
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! {
            {overview}
            {views}
        }
    };
    view! {
        <header class="site-header">
            <TopBar/>
            <div class="masthead">
                <div class="container masthead__inner">
                    <a class="brand" href=page_href(ctx, Page::Overview)>
                        <span class="brand__name">{move || texts::BRAND.get(lang.get())}</span>
                        <span class="brand__sub">{move || texts::BRAND_SUB.get(lang.get())}</span>
                    </a>
                </div>
            </div>
            <nav class="topic-nav" aria-label=move || texts::NAV_LABEL.get(lang.get())>
                <div class="container">
                    <p class="topic-nav__topic">{move || texts::TOPIC.get(lang.get())}</p>
                    <ul class="topic-nav__list">{nav_items}</ul>
                </div>
            </nav>
        </header>
    }
}

#[component]
fn Footer() -> impl IntoView {
    let lang = use_app().lang;
    view! {
        <footer class="site-footer">
            <div class="container site-footer__inner">
                <section>
                    <h2>{move || texts::FOOTER_SOURCE_HEADING.get(lang.get())}</h2>
                    <p>{move || texts::FOOTER_SOURCE.get(lang.get())}</p>
                </section>
                <section>
                    <h2>{move || texts::FOOTER_CREDITS_HEADING.get(lang.get())}</h2>
                    <p>{move || texts::FOOTER_CREDITS.get(lang.get())}</p>
                    <p class="site-footer__mark">{move || texts::MOCKUP_MARK.get(lang.get())}</p>
                </section>
            </div>
        </footer>
    }
}

/// Skip link, header, the page, footer.
#[component]
pub fn Shell(children: ChildrenFn) -> impl IntoView {
    let lang = use_app().lang;
    let skip = move |ev: leptos::ev::MouseEvent| {
        // Focus <main> without a navigation (a hash link would go through the router).
        ev.prevent_default();
        if let Some(main) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("main"))
        {
            use wasm_bindgen::JsCast;
            if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
                let _ = main.focus();
            }
        }
    };
    view! {
        <a class="skip-link" href="#main" on:click=skip>
            {move || texts::SKIP_LINK.get(lang.get())}
        </a>
        <Header/>
        <main id="main" tabindex="-1" class="container">
            {children()}
        </main>
        <Footer/>
    }
}
