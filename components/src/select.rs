//! `<Select>`: a labelled native `<select>` (keyboard and screen-reader support for free).

use leptos::prelude::*;

/// One option of a select.
#[derive(Clone, Debug, PartialEq)]
pub struct SelectOption {
    pub value: String,
    pub label: String,
    /// Indentation depth, for hierarchical lists in one select.
    pub depth: u8,
}

impl SelectOption {
    pub fn new(value: impl Into<String>, label: impl Into<String>) -> Self {
        SelectOption {
            value: value.into(),
            label: label.into(),
            depth: 0,
        }
    }
}

/// A labelled select; `on_change` gets the chosen value.
#[component]
pub fn Select(
    /// Element id (the label points at it); also its `data-testid`.
    #[prop(into)]
    id: String,
    /// Visible label.
    #[prop(into)]
    label: Signal<String>,
    /// The options, in order.
    #[prop(into)]
    options: Signal<Vec<SelectOption>>,
    /// The selected value.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the new value.
    on_change: Callback<String>,
    /// Greyed out and not focusable.
    #[prop(optional, into)]
    disabled: Signal<bool>,
) -> impl IntoView {
    let for_id = id.clone();
    // Each option watches the value: through a memo, only a change of this control's own value
    // reaches them, not every change of the state the value is derived from.
    let value = Memo::new(move |_| value.get());
    let test_id = id.clone();
    let render_options = move || {
        options
            .get()
            .into_iter()
            .map(|o| {
                let v = o.value.clone();
                let selected = move || value.with(|cur| *cur == v);
                let text = format!("{}{}", "\u{00A0}\u{00A0}".repeat(o.depth as usize), o.label);
                view! { <option value=o.value selected=selected>{text}</option> }
            })
            .collect_view()
    };
    view! {
        <div class="field">
            <label class="field__label" for=for_id>{label}</label>
            <select
                id=id
                class="field__control"
                data-testid=test_id
                disabled=move || disabled.get()
                prop:value=move || value.get()
                on:change:target=move |ev| on_change.run(ev.target().value())
            >
                {render_options}
            </select>
        </div>
    }
}
