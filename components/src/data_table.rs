//! `<DataTable>`: a sortable table with the suppression marker and keyboard drill-down.
//!
//! - Column headers are buttons; `aria-sort` tells the current order. Cells without a value sort
//!   last in both directions; pinned rows (a total) stay on top.
//! - Activatable rows are focusable (`tabindex=0`): Enter or Space, or a click, calls
//!   `on_activate(row.key)`. Arrow up/down move between rows. Rows that lead a level down show `›`.
//!   After a keyboard activation the focus goes to the first activatable row of the new rows.
//! - Rows are re-rendered when the data change: tables here hold tens of rows, and a keyed `<For>`
//!   would keep stale values for a key whose numbers changed.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::format::NumberFormat;
use crate::number_cell::{MarkerTexts, NumberCell};
use crate::table_model::{sort_rows, Cell, Column, Row, SortDir};

fn move_focus(ev: &KeyboardEvent, forward: bool) {
    let Some(el) = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let next = if forward {
        el.next_element_sibling()
    } else {
        el.previous_element_sibling()
    };
    if let Some(next) = next.and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) {
        if next.tab_index() >= 0 {
            ev.prevent_default();
            let _ = next.focus();
        }
    }
}

/// A sortable data table.
#[component]
pub fn DataTable(
    /// Caption (visible; names the table for screen readers).
    #[prop(into)]
    caption: Signal<String>,
    /// A hint under the caption, e.g. how to drill down.
    #[prop(optional, into)]
    hint: Signal<String>,
    /// Columns; the first is the row header.
    #[prop(into)]
    columns: Signal<Vec<Column>>,
    /// Rows in their default order.
    #[prop(into)]
    rows: Signal<Vec<Row>>,
    /// Danish or English number convention.
    #[prop(into)]
    format: Signal<NumberFormat>,
    /// Suppression marker and its explanation.
    #[prop(into)]
    texts: Signal<MarkerTexts>,
    /// Called with the key of an activated row.
    #[prop(optional)]
    on_activate: Option<Callback<String>>,
    /// `data-testid` of the `<table>`.
    #[prop(optional, into)]
    test_id: Option<String>,
) -> impl IntoView {
    let sort = RwSignal::new(None::<(usize, SortDir)>);
    let sorted = Memo::new(move |_| rows.with(|r| sort_rows(r, sort.get())));

    let header = move || {
        columns
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, col)| {
                let aria_sort = move || match sort.get() {
                    Some((c, d)) if c == i => d.aria(),
                    _ => "none",
                };
                let arrow = move || match sort.get() {
                    Some((c, SortDir::Ascending)) if c == i => "▲",
                    Some((c, SortDir::Descending)) if c == i => "▼",
                    _ => "↕",
                };
                let on_sort = move |_| {
                    sort.update(|s| {
                        *s = match *s {
                            Some((c, d)) if c == i => Some((i, d.toggled())),
                            // Numbers start largest-first, text A-Z.
                            _ if col.numeric => Some((i, SortDir::Descending)),
                            _ => Some((i, SortDir::Ascending)),
                        }
                    })
                };
                let class = if col.numeric { "col-num" } else { "col-text" };
                let class = if col.highlight {
                    format!("{class} col-highlight")
                } else {
                    class.to_string()
                };
                view! {
                    <th scope="col" class=class aria-sort=aria_sort>
                        <button type="button" class="sort-button" on:click=on_sort>
                            {col.label.clone()}
                            <span class="sort-button__arrow" aria-hidden="true">{arrow}</span>
                        </button>
                    </th>
                }
            })
            .collect_view()
    };

    let body = move || {
        let cols = columns.get();
        sorted
            .get()
            .into_iter()
            .map(|row| render_row(row, &cols, format, texts, on_activate))
            .collect_view()
    };

    view! {
        <div class="data-table">
            <table data-testid=test_id tabindex="-1">
                <caption>
                    {caption}
                    {move || {
                        let h = hint.get();
                        (!h.is_empty()).then(|| view! { <span class="data-table__hint">{h}</span> })
                    }}
                </caption>
                <thead>
                    <tr>{header}</tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}

/// After a keyboard activation the rows are rebuilt for the new level: put the focus on the first
/// activatable row of the same table (or the table itself), so keyboard users stay in place. When
/// the new level has no table (not published, say), the focus goes to the nearest enclosing
/// element that is still in the page and can take it (one with a `tabindex`, such as the results
/// panel), not back to the start of the page.
fn refocus_after_activation(ev: &KeyboardEvent) {
    let table = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|tr| tr.closest("table").ok().flatten());
    let Some(table) = table else { return };
    // The enclosing elements, taken now: once the table is replaced they are out of reach.
    let mut enclosing = Vec::new();
    let mut up = table.parent_element();
    while let Some(el) = up {
        up = el.parent_element();
        if el.has_attribute("tabindex") {
            enclosing.push(el);
        }
    }
    set_timeout(
        move || {
            let target = if table.is_connected() {
                table
                    .query_selector("tbody tr[tabindex='0']")
                    .ok()
                    .flatten()
                    .unwrap_or(table)
            } else {
                match enclosing.into_iter().find(|el| el.is_connected()) {
                    Some(el) => el,
                    None => return,
                }
            };
            if let Ok(el) = target.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        },
        std::time::Duration::ZERO,
    );
}

fn render_row(
    row: Row,
    cols: &[Column],
    format: Signal<NumberFormat>,
    texts: Signal<MarkerTexts>,
    on_activate: Option<Callback<String>>,
) -> impl IntoView {
    let active = row.activatable && on_activate.is_some();
    let chevron = active && row.drillable;
    let key = row.key.clone();
    let key_for_keys = row.key.clone();
    let activate = move |_| {
        if let Some(cb) = on_activate {
            cb.run(key.clone());
        }
    };
    let on_key = move |ev: KeyboardEvent| match ev.key().as_str() {
        "Enter" | " " => {
            ev.prevent_default();
            if let Some(cb) = on_activate {
                cb.run(key_for_keys.clone());
                refocus_after_activation(&ev);
            }
        }
        "ArrowDown" => move_focus(&ev, true),
        "ArrowUp" => move_focus(&ev, false),
        _ => {}
    };
    let mut class = String::new();
    if active {
        class.push_str("row--active ");
    }
    if row.current {
        class.push_str("row--current ");
    }
    if row.pinned {
        class.push_str("row--pinned");
    }
    let cells = row
        .cells
        .into_iter()
        .enumerate()
        .map(|(i, cell)| {
            let col = cols.get(i);
            let decimals = col.map(|c| c.decimals).unwrap_or(0);
            let hl = col.map(|c| c.highlight).unwrap_or(false);
            match (i, cell) {
                (0, Cell::Text(t)) => view! {
                    <th scope="row" class="col-text">
                        {t}
                        {chevron.then(|| view! { <span class="row-chevron" aria-hidden="true">" ›"</span> })}
                    </th>
                }
                .into_any(),
                (_, Cell::Text(t)) => view! { <td class="col-text">{t}</td> }.into_any(),
                (_, Cell::Number(v)) => view! {
                    <td class=if hl { "col-num col-highlight" } else { "col-num" }>
                        <NumberCell value=v decimals format texts/>
                    </td>
                }
                .into_any(),
            }
        })
        .collect_view();
    view! {
        <tr
            class=class
            tabindex=active.then_some("0")
            aria-current=row.current.then_some("true")
            data-key=row.key.clone()
            on:click=move |ev| {
                if active {
                    activate(ev)
                }
            }
            on:keydown=move |ev| {
                if active {
                    on_key(ev)
                }
            }
        >
            {cells}
        </tr>
    }
}
