//! The page: loads the data, reads the state from the URL and lays out filters and results.

use std::sync::Arc;

use components::{DeclarationPanel, DeclarationPart, Notice, NoticeKind, Retry};
use leptos::prelude::*;
use mock_data::schema::{Codes, Dataset};

use super::filters::{BreakdownPicker, Filters, MeasurePicker};
use super::model::{self, DiagnosisModel};
use super::results::Results;
use super::DATASET_ID;
use crate::ctx::AppCtx;
use crate::data::{self, ViewData};
use crate::state::DiagnosisState;
use crate::texts::{self, Lang, VIEWS};

/// What the parts of the view share (all `Copy` handles).
#[derive(Clone, Copy)]
pub struct DiagCtx {
    pub codes: StoredValue<Arc<Codes>>,
    pub ds: StoredValue<Arc<Dataset>>,
    /// The validated state.
    pub state: Memo<DiagnosisState>,
    pub model: Memo<Option<DiagnosisModel>>,
    /// Go to another state (a new history entry).
    pub set: Callback<DiagnosisState>,
    /// The address of a state.
    pub href: Callback<DiagnosisState, String>,
}

/// The route: loading, error with retry, or the view.
#[component]
pub fn DiagnosesPage(app: AppCtx) -> impl IntoView {
    let lang = app.lang;
    let data = LocalResource::new(|| data::view_data(DATASET_ID));
    move || {
        let l = lang.get();
        let title = VIEWS[0].title.get(l);
        match data.get() {
            None => view! {
                <div class="page">
                    <h1>{title}</h1>
                    <Notice kind=NoticeKind::Loading title=texts::LOADING.get(l)/>
                </div>
            }
            .into_any(),
            Some(Err(e)) => {
                let retry = Retry {
                    label: texts::RETRY.get(l).to_string(),
                    on_retry: Callback::new(move |_| data.refetch()),
                };
                view! {
                    <div class="page">
                        <h1>{title}</h1>
                        <Notice
                            kind=NoticeKind::Error
                            title=texts::LOAD_ERROR_TITLE.get(l)
                            lines=vec![e.user_text(l), texts::LOAD_ERROR_REST.get(l).to_string()]
                            retry=retry
                        />
                    </div>
                }
                .into_any()
            }
            Some(Ok(d)) => view! { <DiagnosesView app data=d/> }.into_any(),
        }
    }
}

#[component]
fn UrlNotices(
    app: AppCtx,
    ctx: DiagCtx,
    l: Lang,
    notices: Memo<Vec<crate::state::UrlNotice>>,
) -> impl IntoView {
    move || {
        let label = |h: &str| {
            ctx.codes.with_value(|c| {
                c.dimension("geo")
                    .and_then(|g| g.hierarchies.iter().find(|x| x.id == h))
                    .map(|x| x.label.get(l.code()).to_string())
                    .unwrap_or_else(|| h.to_string())
            })
        };
        let lines: Vec<String> = app
            .app_notices
            .get()
            .iter()
            .chain(notices.get().iter())
            .map(|n| n.text(l, &label))
            .collect();
        (!lines.is_empty()).then(|| view! { <Notice kind=NoticeKind::Info title=texts::URL_NOTICE_TITLE.get(l) lines=lines/> })
    }
}

#[component]
fn Declaration(ctx: DiagCtx, l: Lang) -> impl IntoView {
    let parts = ctx.ds.with_value(|d| {
        let decl = &d.declaration;
        let bodies = [
            &decl.purpose,
            &decl.content,
            &decl.indicators,
            &decl.caveats,
            &decl.source,
            &decl.publication,
            &decl.terms,
        ];
        let mut parts: Vec<DeclarationPart> = texts::DECLARATION_HEADINGS
            .iter()
            .zip(bodies)
            .map(|(h, t)| DeclarationPart {
                heading: h.get(l).to_string(),
                text: t.get(l.code()).to_string(),
            })
            .collect();
        parts.push(DeclarationPart {
            heading: texts::SUPPRESSION_RULE_HEADING.get(l).to_string(),
            text: d.suppression.rule.get(l.code()).to_string(),
        });
        parts
    });
    view! { <DeclarationPanel title=texts::DECLARATION_TITLE.get(l) parts=parts/> }
}

/// The view with its data loaded.
#[component]
fn DiagnosesView(app: AppCtx, data: ViewData) -> impl IntoView {
    let codes = StoredValue::new(data.codes);
    let ds = StoredValue::new(data.dataset);
    let parsed = Memo::new(move |_| {
        let (s, mut notices) = DiagnosisState::from_pairs(&app.page_pairs.get());
        let (s, more) = codes.with_value(|c| ds.with_value(|d| s.validate(c, d)));
        notices.extend(more);
        (s, notices)
    });
    let state = Memo::new(move |_| parsed.with(|p| p.0.clone()));
    let notices = Memo::new(move |_| parsed.with(|p| p.1.clone()));
    let model = Memo::new(move |_| {
        let s = state.get();
        let l = app.lang.get();
        codes.with_value(|c| ds.with_value(|d| model::build(&s, c, d, l)))
    });
    let href = Callback::new(move |s: DiagnosisState| app.href_with(&s.to_pairs()));
    let set = Callback::new(move |s: DiagnosisState| app.go(&href.run(s)));
    let ctx = DiagCtx {
        codes,
        ds,
        state,
        model,
        set,
        href,
    };
    // The whole view re-renders when the language changes (rare); inside, only what depends on
    // the state is reactive.
    move || {
        let l = app.lang.get();
        let (title, description) = ds.with_value(|d| {
            (
                d.title.get(l.code()).to_string(),
                d.description.get(l.code()).to_string(),
            )
        });
        view! {
            <div class="page diagnoses" data-testid="page-diagnoses">
                <h1>{title}</h1>
                <p class="lead" data-testid="description">{description}</p>
                <UrlNotices app ctx l notices/>
                <MeasurePicker ctx l/>
                <Filters ctx l/>
                <BreakdownPicker ctx l/>
                <Results ctx l/>
                <Declaration ctx l/>
            </div>
        }
    }
}
