//! The frame around every page: skip link, the mock-up band, the eSundhed-style header with the
//! topic and its views, and the footer.
//!
//! Each part re-renders as a whole when the language changes (one reactive closure per part,
//! static texts inside): cheaper in code size than a closure per text, and the language rarely
//! changes.

use components::Watermark;
use leptos::prelude::*;

use crate::ctx::AppCtx;
use crate::state::{href, AppQuery, Page};
use crate::texts::{self, VIEWS};

/// The band that says this is a mock-up, with the language toggle (which keeps the page state).
#[component]
fn TopBar(ctx: AppCtx) -> impl IntoView {
    move || {
        let app = ctx.app.get();
        let l = app.lang;
        let other = l.other();
        let pairs = ctx.page_pairs.get();
        let refs: Vec<(&str, String)> =
            pairs.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
        let other_href = href(&ctx.path.get(), &AppQuery { lang: other, ..app }, &refs);
        view! {
            <aside class="topbar" aria-label=texts::MOCKUP_MARK.get(l)>
                <div class="container topbar__inner">
                    <Watermark text=texts::MOCKUP_MARK.get(l)/>
                    <p class="topbar__text">{texts::MOCKUP_BANNER.get(l)}</p>
                    <a
                        class="topbar__lang"
                        href=other_href
                        data-noscroll=""
                        data-testid="lang-toggle"
                        lang=other.code()
                        hreflang=other.code()
                        title=texts::LANG_SWITCH_LABEL.get(l)
                    >
                        {texts::LANG_SWITCH.get(l)}
                    </a>
                </div>
            </aside>
        }
    }
}

/// Brand, topic and the topic's views.
#[component]
fn Header(ctx: AppCtx) -> impl IntoView {
    let view_state = Memo::new(move |_| (ctx.lang.get(), ctx.app.with(|a| a.page)));
    move || {
        let (l, current) = view_state.get();
        let path = ctx.path.get();
        let link = |page: Page| {
            href(
                &path,
                &AppQuery {
                    page,
                    lang: l,
                    present: None,
                },
                &[],
            )
        };
        let items = VIEWS
            .iter()
            .map(|v| {
                let page = Page::of(v.code);
                view! {
                    <li>
                        <a href=link(page) aria-current=(current == page).then_some("page")>
                            {v.nav.get(l)}
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="masthead">
                <div class="container masthead__inner">
                    <a class="brand" href=link(Page::Overview)>
                        <span class="brand__name">{texts::BRAND.get(l)}</span>
                        <span class="brand__sub">{texts::BRAND_SUB.get(l)}</span>
                    </a>
                </div>
            </div>
            <nav class="topic-nav" aria-label=texts::NAV_LABEL.get(l)>
                <div class="container">
                    <p class="topic-nav__topic">{texts::TOPIC.get(l)}</p>
                    <ul class="topic-nav__list">
                        <li>
                            <a href=link(Page::Overview) aria-current=(current == Page::Overview).then_some("page")>
                                {texts::OVERVIEW_NAV.get(l)}
                            </a>
                        </li>
                        {items}
                        <li class="topic-nav__usecases">
                            <a href=link(Page::UseCases) aria-current=(current == Page::UseCases).then_some("page")>
                                {texts::USE_CASES_TITLE.get(l)}
                            </a>
                        </li>
                        <li>
                            <a href=link(Page::Notes) aria-current=(current == Page::Notes).then_some("page")>
                                {texts::NOTES_NAV.get(l)}
                            </a>
                        </li>
                    </ul>
                </div>
            </nav>
        }
    }
}

#[component]
fn Footer(ctx: AppCtx) -> impl IntoView {
    move || {
        let l = ctx.lang.get();
        view! {
            <footer class="site-footer">
                <div class="container site-footer__inner">
                    <section>
                        <h2>{texts::FOOTER_SOURCE_HEADING.get(l)}</h2>
                        <p>{texts::FOOTER_SOURCE.get(l)}</p>
                    </section>
                    <section>
                        <h2>{texts::FOOTER_CREDITS_HEADING.get(l)}</h2>
                        <p>{texts::FOOTER_CREDITS.get(l)}</p>
                        <p class="site-footer__mark">{texts::MOCKUP_MARK.get(l)}</p>
                        {crate::pages::GALLERY_BUILT.then(|| {
                            let link = href(&ctx.path.get(), &AppQuery { page: Page::Gallery, lang: l, present: None }, &[]);
                            view! { <p><a href=link data-testid="gallery-link">{texts::GALLERY_TITLE.get(l)}</a></p> }
                        })}
                    </section>
                </div>
            </footer>
        }
    }
}

fn focus_main(ev: leptos::ev::MouseEvent) {
    // Focus <main> without a navigation (a hash link would go through the router).
    ev.prevent_default();
    use wasm_bindgen::JsCast;
    let main = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("main"));
    if let Some(main) = main.and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = main.focus();
    }
}

/// Skip link, header, the page, footer.
#[component]
pub fn Shell(ctx: AppCtx, children: Children) -> impl IntoView {
    view! {
        <a class="skip-link" href="#main" on:click=focus_main>
            {move || texts::SKIP_LINK.get(ctx.lang.get())}
        </a>
        // Outside <header> so that it can stay in view (sticky) for the whole page.
        <TopBar ctx/>
        <header class="site-header">
            <Header ctx/>
        </header>
        <main id="main" tabindex="-1" class="container">
            {children()}
        </main>
        <Footer ctx/>
        <crate::present::Presenter ctx/>
    }
}
