//! "Brugsscenarier": the catalogue of use cases, filtered by purpose and audience (both in the
//! URL), each with its question, who asks it, why, and its steps as links to view states.

use std::sync::Arc;

use components::{Notice, NoticeKind, Select, SelectOption};
use leptos::prelude::*;

use crate::ctx::AppCtx;
use crate::data;
use crate::state::{href, AppQuery, Page};
use crate::texts::{self, Lang};
use crate::usecases::{UseCase, UseCases};

/// The catalogue's own URL parameters.
const PURPOSE: &str = "purpose";
const AUDIENCE: &str = "audience";

/// The address of a step: the page's path with the step's query, in the current language.
pub fn step_href(path: &str, query: &str, l: Lang) -> String {
    let lang = if l == Lang::En { "&lang=en" } else { "" };
    format!("{path}?{query}{lang}")
}

/// Presenting goes full screen where the browser allows it (the click is the user's gesture).
fn full_screen() {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.request_fullscreen();
    }
}

fn case_card(ctx: AppCtx, l: Lang, u: &UseCases, c: &UseCase) -> impl IntoView {
    let path = ctx.path.get_untracked();
    let view_title = texts::view_title(&c.view, l);
    let view_link = href(
        &path,
        &AppQuery {
            page: Page::of(&c.view),
            lang: l,
            present: None,
        },
        &[],
    );
    let purpose = u
        .purpose(&c.purpose)
        .map(|t| t.label.get(l.code()).to_string())
        .unwrap_or_default();
    let audiences = c
        .audiences
        .iter()
        .filter_map(|a| u.audience(a))
        .map(|t| view! { <li class="chip">{t.label.get(l.code()).to_string()}</li> })
        .collect_view();
    let play = crate::present::step_href(&path, u, &c.id, 1, l).unwrap_or_default();
    let steps = c
        .steps
        .iter()
        .map(|s| {
            view! {
                <li>
                    <a href=step_href(&path, &s.query, l)>{s.text.get(l.code()).to_string()}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <article class="usecase" data-testid=format!("usecase-{}", c.id)>
            <h2 class="usecase__question">{c.question.get(l.code()).to_string()}</h2>
            <dl class="usecase__meta">
                <dt>{texts::USE_CASE_VIEW.get(l)}</dt>
                <dd><a href=view_link>{view_title}</a></dd>
                <dt>{texts::USE_CASE_PURPOSE.get(l)}</dt>
                <dd data-testid="usecase-purpose">{purpose}</dd>
                <dt>{texts::USE_CASE_AUDIENCE.get(l)}</dt>
                <dd><ul class="chips" data-testid="usecase-audiences">{audiences}</ul></dd>
            </dl>
            <h3 class="usecase__steps-heading">{texts::USE_CASE_STEPS.get(l)}</h3>
            <ol class="usecase__steps">{steps}</ol>
            <p class="usecase__play">
                <a class="button" href=play data-testid="usecase-play" on:click=|_| full_screen()>
                    {texts::PRESENT_PLAY.get(l)} " ▶"
                </a>
            </p>
        </article>
    }
}

fn catalogue(ctx: AppCtx, l: Lang, u: Arc<UseCases>) -> impl IntoView {
    let param = move |key: &'static str| {
        Memo::new(move |_| {
            ctx.page_pairs
                .with(|p| p.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone()))
        })
    };
    let (purpose, audience) = (param(PURPOSE), param(AUDIENCE));
    let u2 = u.clone();
    // A code the file does not know is named, and the filter is off.
    let unknown = Memo::new(move |_| {
        let mut out = Vec::new();
        if let Some(p) = purpose.get().filter(|p| u2.purpose(p).is_none()) {
            out.push(texts::url_unknown_code(l, PURPOSE, &p));
        }
        if let Some(a) = audience.get().filter(|a| u2.audience(a).is_none()) {
            out.push(texts::url_unknown_code(l, AUDIENCE, &a));
        }
        out
    });
    let options = |all: &'static str, tags: &[crate::usecases::Tag]| {
        let mut o = vec![SelectOption::new("", all)];
        o.extend(
            tags.iter()
                .map(|t| SelectOption::new(t.id.clone(), t.label.get(l.code()).to_string())),
        );
        o
    };
    let purpose_options = options(texts::ALL_PURPOSES.get(l), &u.purposes);
    let audience_options = options(texts::ALL_AUDIENCES.get(l), &u.audiences);
    let set = move |key: &'static str| {
        Callback::new(move |v: String| {
            let mut pairs: Vec<(&str, String)> = Vec::new();
            for (k, cur) in [(PURPOSE, purpose), (AUDIENCE, audience)] {
                let value = if k == key {
                    Some(v.clone())
                } else {
                    cur.get_untracked()
                };
                if let Some(x) = value.filter(|x| !x.is_empty()) {
                    pairs.push((k, x));
                }
            }
            ctx.go(&ctx.href_with(&pairs));
        })
    };
    let u3 = u.clone();
    let shown = Memo::new(move |_| {
        let (p, a) = (purpose.get(), audience.get());
        let p = p.as_deref().filter(|p| u3.purpose(p).is_some());
        let a = a.as_deref().filter(|a| u3.audience(a).is_some());
        u3.filtered(p, a).map(|c| c.id.clone()).collect::<Vec<_>>()
    });
    let total = u.cases.len();
    view! {
        {move || {
            let lines = unknown.get();
            (!lines.is_empty()).then(|| view! { <Notice kind=NoticeKind::Info title=texts::URL_NOTICE_TITLE.get(l) lines/> })
        }}
        <div class="filter-bar usecases__filters" role="group" aria-label=texts::USE_CASES_FILTERS.get(l)>
            <Select
                id="filter-purpose"
                label=texts::USE_CASE_PURPOSE.get(l)
                options=purpose_options
                value=Signal::derive(move || purpose.get().unwrap_or_default())
                on_change=set(PURPOSE)
            />
            <Select
                id="filter-audience"
                label=texts::USE_CASE_AUDIENCE.get(l)
                options=audience_options
                value=Signal::derive(move || audience.get().unwrap_or_default())
                on_change=set(AUDIENCE)
            />
        </div>
        <p class="usecases__count" role="status" data-testid="usecases-count">
            {move || texts::use_cases_count(l, shown.with(|s| s.len()), total)}
        </p>
        <div class="usecases__list">
            {move || {
                let ids = shown.get();
                u.cases.iter().filter(|c| ids.contains(&c.id)).map(|c| case_card(ctx, l, &u, c)).collect_view()
            }}
        </div>
    }
}

/// The use-case page.
#[component]
pub fn UseCasesPage(ctx: AppCtx) -> impl IntoView {
    let file = LocalResource::new(data::use_cases);
    move || {
        let l = ctx.lang.get();
        view! {
            <div class="page usecases" data-testid="page-usecases">
                <h1>{texts::USE_CASES_TITLE.get(l)}</h1>
                <p class="lead">{texts::USE_CASES_INTRO.get(l)}</p>
                {move || match file.get() {
                    None => view! { <Notice kind=NoticeKind::Loading title=texts::LOADING.get(l)/> }.into_any(),
                    Some(Err(e)) => view! {
                        <Notice kind=NoticeKind::Error title=texts::LOAD_ERROR_TITLE.get(l) lines=vec![e.user_text(l)]/>
                    }
                    .into_any(),
                    Some(Ok(u)) => catalogue(ctx, l, u).into_any(),
                }}
            </div>
        }
    }
}
