//! The speciallægepraksis mock-up: a Leptos (client-side) app that shows proposed eSundhed views
//! of synthetic, disclosure-controlled data from Danish specialist practices.
//!
//! - [`state`], [`query`]: the URL is the state (pure);
//! - [`data`]: loading and caching the JSON files;
//! - [`lookup`]: finding published cells (the browser never adds up);
//! - [`texts`]: every UI text, Danish and English;
//! - [`cube`]: the engine of the views over a geography × speciale × diagnosis × sex × age cube;
//! - [`views`]: those views ("Diagnoser i speciallægepraksis", "Speciallægepatienter med
//!   sygehuskontakt"): dataset, defaults, population card, related views;
//! - [`pages`]: the overview, the catalogue of use cases and the review notes;
//! - [`notes`]: the review notes' model, files and storage;
//! - `shell`, `ctx`, `theme`, `panic`: the frame, shared context, chart colours, the panic hook.

pub mod cube;
pub mod data;
pub mod json;
pub mod lookup;
pub mod notes;
pub mod pages;
pub mod query;
pub mod state;
pub mod texts;
pub mod usecases;
pub mod views;

mod ctx;
pub mod panic;
mod present;
mod shell;
mod theme;

#[cfg(test)]
mod fixture;

use leptos::prelude::*;

use ctx::AppCtx;
use cube::CubePage;
use pages::notes::NotesPage;
use pages::overview::Overview;
use pages::usecases::UseCasesPage;
use shell::Shell;
use state::Page;

/// Keeps `<html lang>` and the document title in step with the URL.
fn sync_document(ctx: AppCtx) {
    Effect::new(move |_| {
        let lang = ctx.lang.get();
        let page = ctx.app.with(|a| a.page);
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        if let Some(root) = doc.document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
        let name = match page {
            Page::Overview => texts::OVERVIEW_NAV.get(lang),
            Page::UseCases => texts::USE_CASES_TITLE.get(lang),
            Page::Notes => texts::NOTES_TITLE.get(lang),
            Page::Gallery => texts::GALLERY_TITLE.get(lang),
            Page::Cube(_) => texts::view_title(page.code(), lang),
        };
        doc.set_title(&format!("{name} · {}", texts::PAGE_TITLE_SUFFIX.get(lang)));
    });
}

/// The component gallery, in designers' builds.
#[cfg(any(feature = "gallery", debug_assertions))]
fn gallery(ctx: AppCtx) -> AnyView {
    view! { <pages::gallery::Gallery ctx/> }.into_any()
}

/// The stakeholders' build has no gallery: say where it is.
#[cfg(not(any(feature = "gallery", debug_assertions)))]
fn gallery(ctx: AppCtx) -> AnyView {
    (move || {
        let l = ctx.lang.get();
        view! {
            <div class="page">
                <h1>{texts::GALLERY_TITLE.get(l)}</h1>
                <components::Notice kind=components::NoticeKind::Info title=texts::GALLERY_NOT_BUILT.get(l)/>
            </div>
        }
    })
    .into_any()
}

#[component]
fn Pages() -> impl IntoView {
    let ctx = AppCtx::new();
    sync_document(ctx);
    let page = Memo::new(move |_| ctx.app.with(|a| a.page));
    view! {
        <Shell ctx>
            {move || match page.get() {
                Page::Overview => view! { <Overview ctx/> }.into_any(),
                Page::Cube(spec) => view! { <CubePage app=ctx spec/> }.into_any(),
                Page::UseCases => view! { <UseCasesPage ctx/> }.into_any(),
                Page::Notes => view! { <NotesPage ctx/> }.into_any(),
                Page::Gallery => gallery(ctx),
            }}
        </Shell>
    }
}

/// The app: the pages chosen by the `view` query parameter.
///
/// Pages are chosen by a query parameter rather than a path so that every address is the one
/// `index.html` with a query: reloading a deep link works on any static host, under any
/// sub-path, without a server-side fallback.
#[component]
pub fn App() -> impl IntoView {
    view! { <Pages/> }
}

/// Install the panic hook, remove the static loading note and mount the app.
pub fn start() {
    panic::install();
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
    leptos::mount::mount_to_body(App);
}
