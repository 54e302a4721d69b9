//! Review notes in the app: the form under every view ([`ReviewForm`]) and the notes page
//! ([`NotesPage`]: list, delete, export to CSV and Markdown, import). The model, the file formats
//! and the storage are in [`crate::notes`].

use components::downloads::save_text;
use components::{Notice, NoticeKind, RadioGroup, Select, SelectOption};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::ctx::AppCtx;
use crate::notes::{self, Note, Verdict};
use crate::state::{href, AppQuery, Page};
use crate::texts::{self, Lang};

/// A message after an action: (is it an error?, text).
type Status = RwSignal<Option<(bool, String)>>;

/// The live region that announces it.
fn status_line(status: Status) -> impl IntoView {
    let line = move || {
        status.get().map(|(error, text)| {
            view! {
                <p class=if error { "status status--error" } else { "status" } data-testid="notes-status">
                    {text}
                </p>
            }
        })
    };
    view! { <div role="status" aria-live="polite">{line}</div> }
}

/// Now, as ISO 8601 in UTC to the second.
fn now_iso() -> String {
    let s: String = js_sys::Date::new_0().to_iso_string().into();
    format!("{}Z", s.get(..19).unwrap_or(&s))
}

/// A stored time as the reader's local date and time.
fn local_time(iso: &str, lang: Lang) -> String {
    let d = js_sys::Date::new(&iso.into());
    if d.get_time().is_nan() {
        return iso.to_string();
    }
    let locale = if lang == Lang::Da { "da-DK" } else { "en-GB" };
    d.to_locale_string(locale, &wasm_bindgen::JsValue::UNDEFINED)
        .into()
}

/// Replace the notes with `new` if the browser stores them; false (nothing changed) otherwise.
fn store(ctx: AppCtx, new: Vec<Note>) -> bool {
    let ok = notes::save(&new);
    if ok {
        ctx.notes.set(new);
    }
    ok
}

/// "Kan billedet genkendes?" under a view: a verdict, a comment and optionally the cell meant,
/// for the exact current state.
#[component]
pub fn ReviewForm(
    ctx: AppCtx,
    l: Lang,
    /// The cells the reviewer may point at, as shown (`Region Hovedstaden · Patienter · 2025`).
    #[prop(into)]
    cells: Signal<Vec<String>>,
) -> impl IntoView {
    let verdict = RwSignal::new(String::new());
    let comment = RwSignal::new(String::new());
    let cell = RwSignal::new(String::new());
    let status: Status = RwSignal::new(None);
    let query =
        Memo::new(move |_| notes::state_query(ctx.app.with(|a| a.page), &ctx.page_pairs.get()));
    // A new state: the form starts afresh.
    Effect::new(move |_| {
        query.track();
        status.set(None);
        cell.set(String::new());
    });
    let count = move || ctx.notes.with(|n| notes::count_for(n, &query.get()));
    let verdicts: Vec<SelectOption> = Verdict::ALL
        .iter()
        .map(|v| SelectOption::new(v.code(), v.label().get(l)))
        .collect();
    let cell_options = move || {
        let mut o = vec![SelectOption::new("", texts::REVIEW_WHOLE.get(l))];
        o.extend(
            cells
                .get()
                .into_iter()
                .map(|c| SelectOption::new(c.clone(), c)),
        );
        o
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(v) = Verdict::parse(&verdict.get_untracked()) else {
            status.set(Some((true, texts::REVIEW_NEED_VERDICT.get(l).into())));
            return;
        };
        let note = Note {
            id: notes::new_id(js_sys::Date::now(), js_sys::Math::random()),
            created: now_iso(),
            query: query.get_untracked(),
            verdict: v,
            comment: comment.get_untracked().trim().replace("\r\n", "\n"),
            cell: cell.get_untracked(),
        };
        let merged = ctx.notes.with_untracked(|n| notes::merge(n, vec![note]));
        let message = if merged.added == 0 {
            (true, texts::REVIEW_DUPLICATE)
        } else if store(ctx, merged.notes) {
            verdict.set(String::new());
            comment.set(String::new());
            cell.set(String::new());
            (false, texts::REVIEW_SAVED)
        } else {
            (true, texts::NOTES_NOT_SAVED)
        };
        status.set(Some((message.0, message.1.get(l).into())));
    };
    let all_notes = href(
        &ctx.path.get_untracked(),
        &AppQuery {
            page: Page::Notes,
            lang: l,
            present: None,
        },
        &[],
    );
    view! {
        <details class="review" data-testid="review">
            <summary class="review__summary">
                <span class="review__title">{texts::REVIEW_TITLE.get(l)}</span>
                <span class="review__count" data-testid="review-count">
                    {move || texts::notes_on_state(l, count())}
                </span>
            </summary>
            <form class="review__form" on:submit=on_submit>
                <p class="review__lead">{texts::REVIEW_LEAD.get(l)}</p>
                <RadioGroup
                    name="review-verdict"
                    legend=texts::REVIEW_VERDICT.get(l).to_string()
                    options=verdicts
                    value=verdict
                    on_change=Callback::new(move |v| verdict.set(v))
                />
                <div class="field">
                    <label class="field__label" for="review-comment">{texts::REVIEW_COMMENT.get(l)}</label>
                    <textarea
                        id="review-comment"
                        class="field__control"
                        rows="3"
                        data-testid="review-comment"
                        prop:value=move || comment.get()
                        on:input:target=move |ev| comment.set(ev.target().value())
                    ></textarea>
                </div>
                <Select
                    id="review-cell"
                    label=texts::REVIEW_CELL.get(l).to_string()
                    options=Signal::derive(cell_options)
                    value=cell
                    on_change=Callback::new(move |v| cell.set(v))
                />
                <div class="review__actions">
                    <button type="submit" class="button" data-testid="review-save">{texts::REVIEW_SAVE.get(l)}</button>
                    <a href=all_notes data-testid="review-all">{texts::REVIEW_SEE_ALL.get(l)}</a>
                </div>
                {status_line(status)}
            </form>
        </details>
    }
}

/// Save the notes as a file named after today.
fn export(ctx: AppCtx, l: Lang, markdown: bool) {
    let Some(loc) = web_sys::window().map(|w| w.location()) else {
        return;
    };
    let base = format!(
        "{}{}",
        loc.origin().unwrap_or_default(),
        loc.pathname().unwrap_or_default()
    );
    let now = now_iso();
    let day = now.get(..10).unwrap_or("");
    let (text, ext, mime) = ctx.notes.with_untracked(|n| {
        if markdown {
            (
                notes::to_markdown(n, l, &base, &now),
                "md",
                "text/markdown;charset=utf-8",
            )
        } else {
            (notes::to_csv(n, l, &base), "csv", "text/csv;charset=utf-8")
        }
    });
    let name = format!("noter-speciallaegepraksis-{day}.{ext}");
    if let Err(e) = save_text(&name, mime, &text) {
        leptos::logging::warn!("export failed: {e:?}");
    }
}

/// Read the chosen file, parse it and merge it: all or nothing.
fn import(ctx: AppCtx, l: Lang, status: Status, ev: leptos::ev::Event) {
    let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return;
    };
    let Some(file) = input.files().and_then(|f| f.get(0)) else {
        return;
    };
    // The same file can be chosen again.
    input.set_value("");
    let name = file.name();
    leptos::task::spawn_local(async move {
        let text = JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|v| v.as_string());
        let parsed = match text {
            Some(t) => notes::parse(&t).map_err(|e| e.text(l)),
            None => Err(texts::NOTES_READ_FAILED.get(l).to_string()),
        };
        let message = match parsed {
            Err(reason) => (true, texts::notes_import_failed(l, &name, &reason)),
            Ok(incoming) => {
                let m = ctx.notes.with_untracked(|n| notes::merge(n, incoming));
                let (added, duplicates) = (m.added, m.duplicates);
                if store(ctx, m.notes) {
                    (false, texts::notes_imported(l, &name, added, duplicates))
                } else {
                    (true, texts::NOTES_NOT_SAVED.get(l).to_string())
                }
            }
        };
        status.set(Some(message));
    });
}

fn delete(ctx: AppCtx, l: Lang, status: Status, id: &str) {
    let sure = web_sys::window()
        .and_then(|w| {
            w.confirm_with_message(texts::NOTE_DELETE_CONFIRM.get(l))
                .ok()
        })
        .unwrap_or(false);
    if !sure {
        return;
    }
    let rest: Vec<Note> = ctx
        .notes
        .with_untracked(|n| n.iter().filter(|x| x.id != id).cloned().collect());
    let text = if store(ctx, rest) {
        (false, texts::NOTE_DELETED)
    } else {
        (true, texts::NOTES_NOT_SAVED)
    };
    status.set(Some((text.0, text.1.get(l).into())));
}

fn notes_table(ctx: AppCtx, l: Lang, status: Status) -> impl IntoView {
    move || {
        let path = ctx.path.get();
        let list = ctx.notes.get();
        if list.is_empty() {
            return view! {
                <Notice
                    kind=NoticeKind::Empty
                    title=texts::NOTES_EMPTY.get(l)
                    lines=vec![texts::NOTES_EMPTY_HINT.get(l).to_string()]
                />
            }
            .into_any();
        }
        let by = Verdict::ALL.map(|v| list.iter().filter(|n| n.verdict == v).count());
        let rows = list
            .iter()
            .rev()
            .map(|n| {
                let id = n.id.clone();
                let when = local_time(&n.created, l);
                view! {
                    <tr data-testid="note-row">
                        <td>{when.clone()}</td>
                        <td><a href=n.href(&path, l)>{notes::view_title(n, l)}</a></td>
                        <td><span class=format!("verdict verdict--{}", n.verdict.code())>{n.verdict.label().get(l)}</span></td>
                        <td class="notes__comment">{n.comment.clone()}</td>
                        <td>{n.cell.clone()}</td>
                        <td>
                            <button
                                type="button"
                                class="button button--secondary button--small"
                                aria-label=texts::note_delete_label(l, &when)
                                on:click=move |_| delete(ctx, l, status, &id)
                            >
                                {texts::NOTE_DELETE.get(l)}
                            </button>
                        </td>
                    </tr>
                }
            })
            .collect_view();
        let heads = [
            texts::NOTE_COL_CREATED,
            texts::NOTE_COL_VIEW,
            texts::NOTE_COL_VERDICT,
            texts::NOTE_COL_COMMENT,
            texts::NOTE_COL_CELL,
        ]
        .map(|h| view! { <th scope="col">{h.get(l)}</th> });
        view! {
            <p data-testid="notes-summary">{texts::notes_summary(l, list.len(), by)}</p>
            <div class="data-table notes__table">
                <table data-testid="notes-table">
                    <caption class="visually-hidden">{texts::NOTES_TABLE_CAPTION.get(l)}</caption>
                    <thead>
                        <tr>
                            {heads}
                            <th scope="col"><span class="visually-hidden">{texts::NOTES_ACTIONS.get(l)}</span></th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any()
    }
}

/// The notes page: what has been noted, export and import.
#[component]
pub fn NotesPage(ctx: AppCtx) -> impl IntoView {
    let status: Status = RwSignal::new(None);
    move || {
        let l = ctx.lang.get();
        let empty = move || ctx.notes.with(|n| n.is_empty());
        let export_button = move |markdown: bool, test_id: &'static str, label: texts::T| {
            view! {
                <button
                    type="button"
                    class="button button--secondary"
                    data-testid=test_id
                    disabled=empty
                    on:click=move |_| export(ctx, l, markdown)
                >
                    {label.get(l)}
                </button>
            }
        };
        let problem = ctx.notes_problem.get().map(|e| {
            view! {
                <Notice kind=NoticeKind::Error title=texts::notes_unreadable(l, &e.text(l))/>
            }
        });
        view! {
            <div class="page notes-page" data-testid="page-notes">
                <h1>{texts::NOTES_TITLE.get(l)}</h1>
                <p class="lead">{texts::NOTES_INTRO.get(l)}</p>
                {problem}
                <div class="notes__tools">
                    {export_button(false, "notes-export-csv", texts::NOTES_EXPORT_CSV)}
                    {export_button(true, "notes-export-md", texts::NOTES_EXPORT_MD)}
                    <label class="button button--secondary notes__import">
                        {texts::NOTES_IMPORT.get(l)}
                        <input
                            type="file"
                            class="visually-hidden"
                            accept=".csv,.md,.markdown,.txt,text/csv,text/markdown,text/plain"
                            data-testid="notes-import"
                            on:change=move |ev| import(ctx, l, status, ev)
                        />
                    </label>
                </div>
                {status_line(status)}
                {notes_table(ctx, l, status)}
            </div>
        }
    }
}
