//! Presentation mode: plays a use case step by step over the app's own pages, for a projector.
//! `present=<case>&step=<n>` on any address turns it on (so a presenter can reload or resume);
//! the page gets large type and loses its chrome (`html.presenting` in style.css), and a bar at
//! the bottom shows the step, its narrative and, on N, the speaker notes. ← / → (or Page Up /
//! Page Down) change the step, Esc leaves to the same view without the presentation.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;

use crate::ctx::AppCtx;
use crate::data;
use crate::query::percent_encode;
use crate::state::{href, AppQuery, Presenting};
use crate::texts::{self, Lang};
use crate::usecases::UseCases;

/// The address of step `step` (1-based) of `case`: the step's own view state, in `lang`, with the
/// presentation parameters.
pub fn step_href(path: &str, u: &UseCases, case: &str, step: u16, lang: Lang) -> Option<String> {
    let c = u.cases.iter().find(|c| c.id == case)?;
    let s = c.steps.get(usize::from(step).checked_sub(1)?)?;
    Some(format!(
        "{}&present={}&step={step}",
        crate::pages::usecases::step_href(path, &s.query, lang),
        percent_encode(case)
    ))
}

/// Whether a key press belongs to a control that uses the arrow keys itself.
fn owned_by_control(ev: &KeyboardEvent) -> bool {
    let Some(el) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return false;
    };
    matches!(
        el.tag_name().as_str(),
        "INPUT" | "SELECT" | "TEXTAREA" | "TR"
    ) || el.get_attribute("role").is_some_and(|r| r == "tab")
}

fn set_presenting(on: bool) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = if on {
            root.class_list().add_1("presenting")
        } else {
            root.class_list().remove_1("presenting")
        };
    }
}

/// The address of the current page without the presentation.
fn leave_href(ctx: AppCtx) -> String {
    let app = AppQuery {
        present: None,
        ..ctx.app.get_untracked()
    };
    let pairs = ctx.page_pairs.get_untracked();
    let pairs: Vec<(&str, String)> = pairs.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    href(&ctx.path.get_untracked(), &app, &pairs)
}

/// Open or close the speaker notes (a `<details>`, so a click works without code too).
fn toggle_notes() {
    if let Some(d) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(".presenter__notes").ok().flatten())
    {
        let open = d.has_attribute("open");
        let _ = if open {
            d.remove_attribute("open")
        } else {
            d.set_attribute("open", "")
        };
    }
}

/// The presentation bar (nothing unless `present` is in the address). Previous, next and leave
/// are links (the app follows them itself); the keys do the same.
#[component]
pub fn Presenter(ctx: AppCtx) -> impl IntoView {
    let active = Memo::new(move |_| ctx.app.with(|a| a.present.clone()));
    // The catalogue once it has loaded (for the keys).
    let loaded: StoredValue<Option<Arc<UseCases>>> = StoredValue::new(None);
    Effect::new(move |_| set_presenting(active.with(|a| a.is_some())));
    let on_key = Closure::<dyn Fn(KeyboardEvent)>::new(move |ev: KeyboardEvent| {
        let Some(Presenting { case, step }) = active.get_untracked() else {
            return;
        };
        if ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
            return;
        }
        let to = |n: u16| {
            loaded.with_value(|u| {
                u.as_ref().and_then(|u| {
                    step_href(
                        &ctx.path.get_untracked(),
                        u,
                        &case,
                        n,
                        ctx.lang.get_untracked(),
                    )
                })
            })
        };
        let target = match ev.key().as_str() {
            _ if owned_by_control(&ev) && ev.key() != "Escape" => return,
            "ArrowRight" | "PageDown" => to(step.saturating_add(1)),
            "ArrowLeft" | "PageUp" => to(step.saturating_sub(1)),
            "Escape" => {
                if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
                    if doc.fullscreen_element().is_some() {
                        doc.exit_fullscreen();
                    }
                }
                Some(leave_href(ctx))
            }
            "n" | "N" => {
                toggle_notes();
                None
            }
            _ => return,
        };
        ev.prevent_default();
        if let Some(h) = target {
            ctx.go(&h);
        }
    });
    if let Some(w) = web_sys::window() {
        let _ = w.add_event_listener_with_callback("keydown", on_key.as_ref().unchecked_ref());
    }
    on_key.forget();

    move || {
        let p = active.get()?;
        let l = ctx.lang.get();
        let path = ctx.path.get();
        // Cached after the first load, so a step change shows the bar at once.
        let file = LocalResource::new(data::use_cases);
        let body = move || match file.get() {
            None => view! { <p class="presenter__text">{texts::LOADING.get(l)}</p> }.into_any(),
            Some(Err(e)) => {
                view! { <p class="presenter__text" role="alert">{e.user_text(l)}</p> }.into_any()
            }
            Some(Ok(u)) => {
                loaded.set_value(Some(u.clone()));
                let Some(c) = u.cases.iter().find(|c| c.id == p.case) else {
                    return view! { <p class="presenter__text" role="alert">{texts::present_unknown(l, &p.case)}</p> }.into_any();
                };
                let step = c.steps.get(usize::from(p.step) - 1);
                let text = step
                    .map(|s| s.text.get(l.code()).to_string())
                    .unwrap_or_else(|| texts::present_no_step(l, p.step));
                let note = step
                    .and_then(|s| s.notes.as_ref())
                    .map(|t| t.get(l.code()).to_string())
                    .unwrap_or_else(|| texts::PRESENT_NO_NOTES.get(l).to_string());
                let link = |n: u16, label: &'static str, id: &'static str| {
                    step_href(&path, &u, &p.case, n, l).map(|h| view! { <a class="button button--secondary" href=h data-noscroll="" data-testid=id>{label}</a> })
                };
                view! {
                    <p class="presenter__case">{c.question.get(l.code()).to_string()}</p>
                    <p class="presenter__step" data-testid="presenter-step">{texts::present_step(l, p.step, c.steps.len() as u16)}</p>
                    <p class="presenter__text" data-testid="presenter-text">{text}</p>
                    <details class="presenter__notes" data-testid="presenter-notes">
                        <summary>{texts::PRESENT_NOTES.get(l)}</summary>
                        <p>{note}</p>
                    </details>
                    <p class="presenter__buttons">
                        {link(p.step - 1, texts::PRESENT_PREV.get(l), "presenter-prev")}
                        {link(p.step.saturating_add(1), texts::PRESENT_NEXT.get(l), "presenter-next")}
                    </p>
                }
                .into_any()
            }
        };
        Some(view! {
            <section class="presenter" aria-label=texts::PRESENT_REGION.get(l) data-testid="presenter">
                {body}
                <p class="presenter__buttons">
                    <a
                        class="button button--secondary"
                        href=move || {
                            ctx.page_pairs.track();
                            leave_href(ctx)
                        }
                        data-testid="presenter-exit"
                    >{texts::PRESENT_EXIT.get(l)}</a>
                </p>
                <p class="presenter__keys">{texts::PRESENT_KEYS.get(l)}</p>
            </section>
        })
    }
}
