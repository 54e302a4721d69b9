//! The landing page of the topic: what the mock-up is, the views (part 1 and part 2 of the
//! commission) and the datasets behind them.

use components::{Notice, NoticeKind};
use leptos::prelude::*;
use mock_data::schema::Catalog;

use crate::ctx::AppCtx;
use crate::data::{self, DataError};
use crate::state::{href, AppQuery, Page};
use crate::texts::{self, Lang, VIEWS};

fn view_cards(ctx: AppCtx, l: Lang, part: u8) -> impl IntoView {
    let path = ctx.path.get_untracked();
    let cards = VIEWS
        .iter()
        .filter(|v| v.part == part)
        .map(|v| {
            let page = Page::of(v.code);
            let link = href(&path, &AppQuery { page, lang: l, present: None }, &[]);
            view! {
                <li class="card">
                    <h3 class="card__title">
                        <a href=link data-testid=format!("card-{}", v.code)>{v.title.get(l)}</a>
                    </h3>
                    <p>{v.blurb.get(l)}</p>
                    <p class="card__status card__status--ready">{format!("{} →", texts::OPEN_VIEW.get(l))}</p>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="cards">{cards}</ul> }
}

fn datasets(l: Lang, catalog: Option<Result<std::sync::Arc<Catalog>, DataError>>) -> impl IntoView {
    match catalog {
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
}

/// The overview page.
#[component]
pub fn Overview(ctx: AppCtx) -> impl IntoView {
    let catalog = LocalResource::new(data::catalog);
    move || {
        let l = ctx.lang.get();
        view! {
            <div class="page overview" data-testid="page-overview">
                <h1>{texts::OVERVIEW_TITLE.get(l)}</h1>
                <p class="lead">{texts::OVERVIEW_INTRO.get(l)}</p>
                <p class="overview__question">{texts::OVERVIEW_QUESTION.get(l)}</p>
                <h2>{texts::PART_1.get(l)}</h2>
                {view_cards(ctx, l, 1)}
                <h2>{texts::PART_2.get(l)}</h2>
                {view_cards(ctx, l, 2)}
                <section class="overview__usecases">
                    <h2>{texts::USE_CASES_TITLE.get(l)}</h2>
                    <p>
                        {texts::USE_CASES_BLURB.get(l)} " "
                        <a href=href(&ctx.path.get_untracked(), &AppQuery { page: Page::UseCases, lang: l, present: None }, &[]) data-testid="card-usecases">
                            {texts::USE_CASES_OPEN.get(l)}
                        </a>
                    </p>
                </section>
                <section class="overview__datasets">
                    <h2>{texts::DATASETS_HEADING.get(l)}</h2>
                    {move || datasets(l, catalog.get())}
                </section>
            </div>
        }
    }
}
