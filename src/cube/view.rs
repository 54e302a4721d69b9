//! The page: loads the data, reads the state from the URL and lays out filters and results.

use std::sync::Arc;

use components::{DeclarationPanel, DeclarationPart, Notice, NoticeKind, PopulationCard, Retry};
use leptos::prelude::*;
use mock_data::schema::{Codes, Dataset};

use super::filters::{BreakdownPicker, Filters, MeasurePicker};
use super::flows::FlowSection;
use super::model::{self, DiagnosisModel};
use super::results::Results;
use crate::ctx::AppCtx;
use crate::data::{self, ViewData};
use crate::pages::notes::ReviewForm;
use crate::state::{href, AppQuery, DiagnosisState, Dim, Page};
use crate::texts::{self, Lang, VIEWS};
use crate::views::CubeSpec;

/// What the parts of the view share (all `Copy` handles).
#[derive(Clone, Copy)]
pub struct DiagCtx {
    pub spec: &'static CubeSpec,
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
pub fn CubePage(app: AppCtx, spec: &'static CubeSpec) -> impl IntoView {
    let lang = app.lang;
    let data = LocalResource::new(move || data::view_data(spec.dataset));
    move || {
        let l = lang.get();
        let title = texts::view_title(spec.page, l);
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
            Some(Ok(d)) => view! { <CubeView app spec data=d/> }.into_any(),
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

/// The population card: who is counted, how they are matched, over which time window.
#[component]
fn Card(spec: &'static CubeSpec, l: Lang) -> impl IntoView {
    spec.card.map(|c| {
        let items: Vec<(String, String)> = c
            .items
            .iter()
            .map(|(k, v)| (k.get(l).to_string(), v.get(l).to_string()))
            .collect();
        view! { <PopulationCard title=c.title.get(l).to_string() items=items/> }
    })
}

/// Shortcuts to policy programmes: each preset opens the view at its population and filters; the
/// one the state matches is marked as current.
#[component]
fn Presets(ctx: DiagCtx, l: Lang) -> impl IntoView {
    (!ctx.spec.presets.is_empty()).then(|| {
        let groups = ctx
            .spec
            .presets
            .iter()
            .map(|g| {
                let items = g
                    .presets
                    .iter()
                    .map(|p| {
                        let target = ctx.spec.preset_state(p);
                        let link = ctx.href.run(target.clone());
                        let current = move || {
                            ctx.state.with(|s| {
                                p.set.iter().all(|(d, c)| s.code(*d) == *c)
                                    && p.by.map(|b| s.by == b).unwrap_or(true)
                            })
                        };
                        let on_click = move |ev: leptos::ev::MouseEvent| {
                            ev.prevent_default();
                            ctx.set.run(target.clone());
                        };
                        view! {
                            <li>
                                <a
                                    href=link
                                    class="preset"
                                    aria-current=move || current().then_some("true")
                                    on:click=on_click
                                >
                                    {p.label.get(l)}
                                </a>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <div class="preset-group">
                        <h3>{g.title.get(l)}</h3>
                        <ul>{items}</ul>
                    </div>
                }
            })
            .collect_view();
        view! {
            <nav class="presets" aria-labelledby="presets-title" data-testid="presets">
                <h2 id="presets-title">{texts::PRESETS_TITLE.get(l)}</h2>
                {groups}
            </nav>
        }
    })
}

/// Links to the related views, carrying over the filters they share with this one.
#[component]
fn Related(app: AppCtx, ctx: DiagCtx, l: Lang) -> impl IntoView {
    let links = move || {
        let state = ctx.state.get();
        ctx.spec
            .related
            .iter()
            .filter_map(|code| VIEWS.iter().find(|v| v.code == *code))
            .map(|v| {
                let page = Page::of(v.code);
                let pairs = match page {
                    // Same filters, the target's own measure and defaults.
                    Page::Cube(target) => {
                        target.carry(ctx.spec, &state).to_pairs_with(&target.base())
                    }
                    _ => vec![],
                };
                let link = href(
                    &app.path.get(),
                    &AppQuery {
                        page,
                        lang: l,
                        present: None,
                    },
                    &pairs,
                );
                view! {
                    <li>
                        <a href=link data-testid=format!("related-{}", v.code)>{v.title.get(l)}</a>
                        " "
                        <span class="related-blurb">{v.blurb.get(l)}</span>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <nav class="related" aria-labelledby="related-title">
            <h2 id="related-title">{texts::RELATED_TITLE.get(l)}</h2>
            <ul>{links}</ul>
        </nav>
    }
}

/// The view with its data loaded.
#[component]
fn CubeView(app: AppCtx, spec: &'static CubeSpec, data: ViewData) -> impl IntoView {
    let codes = StoredValue::new(data.codes);
    let ds = StoredValue::new(data.dataset);
    let parsed = Memo::new(move |_| {
        let (s, mut notices) = DiagnosisState::from_pairs_with(&app.page_pairs.get(), spec.base());
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
    let href =
        Callback::new(move |s: DiagnosisState| app.href_with(&s.to_pairs_with(&spec.base())));
    let set = Callback::new(move |s: DiagnosisState| app.go(&href.run(s)));
    let ctx = DiagCtx {
        spec,
        codes,
        ds,
        state,
        model,
        set,
        href,
    };
    let review_cells = Signal::derive(move || {
        model.with(|m| m.as_ref().map(|m| m.cell_names()).unwrap_or_default())
    });
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
            <div class=format!("page cube {}", spec.page) data-testid=format!("page-{}", spec.page)>
                <h1>{title}</h1>
                <p class="lead" data-testid="description">{description}</p>
                <UrlNotices app ctx l notices/>
                <Presets ctx l/>
                <MeasurePicker ctx l/>
                <Filters ctx l/>
                <BreakdownPicker ctx l/>
                {(spec.dims.contains(&Dim::Pin)).then(|| view! { <FlowSection ctx l/> })}
                <div class=if spec.card.is_some() { "results-with-card" } else { "results-only" }>
                    <Results ctx l/>
                    <Card spec l/>
                </div>
                <ReviewForm ctx=app l cells=review_cells/>
                <Declaration ctx l/>
                <Related app ctx l/>
            </div>
        }
    }
}
