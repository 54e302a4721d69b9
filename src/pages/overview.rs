//! The landing page of the topic: what the mock-up is, the views (part 1 and part 2 of the
//! commission) and the datasets behind them.

use components::{Notice, NoticeKind};
use leptos::prelude::*;

use crate::ctx::use_app;
use crate::data;
use crate::state::{href, AppQuery, Page};
use crate::texts::{self, Lang, VIEWS};

#[component]
fn ViewCards(part: u8) -> impl IntoView {
    let ctx = use_app();
    let lang = ctx.lang;
    let cards = move || {
        let l = lang.get();
        VIEWS
            .iter()
            .filter(|v| v.part == part)
            .map(|v| {
                let page = if v.code == "diagnoses" { Page::Diagnoses } else { Page::ComingSoon(v.code) };
                let link = href(&ctx.path.get(), &AppQuery { page, lang: l }, &[]);
                let class = if v.ready { "card" } else { "card card--soon" };
                view! {
                    <li class=class>
                        <h3 class="card__title">
                            <a href=link data-testid=format!("card-{}", v.code)>{v.title.get(l)}</a>
                        </h3>
                        <p>{v.blurb.get(l)}</p>
                        {if v.ready {
                            view! { <p class="card__status card__status--ready">{texts::OPEN_VIEW.get(l)}" →"</p> }.into_any()
                        } else {
                            view! { <p class="card__status">{texts::COMING_SOON.get(l)}</p> }.into_any()
                        }}
                    </li>
                }
            })
            .collect_view()
    };
    view! { <ul class="cards">{cards}</ul> }
}

#[component]
fn Datasets() -> impl IntoView {
    let lang = use_app().lang;
    let catalog = LocalResource::new(data::catalog);
    let body = move || {
        let l: Lang = lang.get();
        match catalog.get() {
            None => view! { <Notice kind=NoticeKind::Loading title=texts::LOADING.get(l)/> }.into_any(),
            Some(Err(e)) => view! {
                <Notice kind=NoticeKind::Error title=texts::LOAD_ERROR_TITLE.get(l) lines=vec![e.user_text(l)]/>
            }
            .into_any(),
            Some(Ok(cat)) => {
                let rows = cat
                    .datasets
                    .iter()
                    .map(|d| {
                        view! {
                            <tr>
                                <th scope="row">{d.title.get(l.code()).to_string()}</th>
                                <td>{format!("{}-{}", d.period.from, d.period.to)}</td>
                                <td class="col-num">{texts::kilobytes(l, d.gzip_bytes)}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                view! {
                    <table class="simple-table">
                        <thead>
                            <tr>
                                <th scope="col">{texts::CSV_TITLE.get(l)}</th>
                                <th scope="col">{texts::DATASET_PERIOD.get(l)}</th>
                                <th scope="col" class="col-num">{texts::DATASET_SIZE.get(l)}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                }
                .into_any()
            }
        }
    };
    view! {
        <section class="overview__datasets">
            <h2>{move || texts::DATASETS_HEADING.get(lang.get())}</h2>
            {body}
        </section>
    }
}

/// The overview page.
#[component]
pub fn Overview() -> impl IntoView {
    let lang = use_app().lang;
    view! {
        <div class="page overview" data-testid="page-overview">
            <h1>{move || texts::OVERVIEW_TITLE.get(lang.get())}</h1>
            <p class="lead">{move || texts::OVERVIEW_INTRO.get(lang.get())}</p>
            <p class="overview__question">{move || texts::OVERVIEW_QUESTION.get(lang.get())}</p>
            <h2>{move || texts::PART_1.get(lang.get())}</h2>
            <ViewCards part=1/>
            <h2>{move || texts::PART_2.get(lang.get())}</h2>
            <ViewCards part=2/>
            <Datasets/>
        </div>
    }
}
