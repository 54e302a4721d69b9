//! `<RadioGroup>`: a set of mutually exclusive choices shown as a segmented control
//! (measure picker, "vis fordelt på", region structure). Native radios, so arrow keys work.

use leptos::prelude::*;

use crate::select::SelectOption;

/// A fieldset of radio buttons.
#[component]
pub fn RadioGroup(
    /// The `name` of the radios; also the `data-testid` of the fieldset.
    #[prop(into)]
    name: String,
    /// The legend (visible).
    #[prop(into)]
    legend: Signal<String>,
    /// The choices.
    #[prop(into)]
    options: Signal<Vec<SelectOption>>,
    /// The chosen value.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the newly chosen value.
    on_change: Callback<String>,
    /// Extra class on the fieldset (`choice--wide`, …).
    #[prop(optional, into)]
    class: String,
) -> impl IntoView {
    let test_id = name.clone();
    // Each option watches the value: through a memo, only a change of this control's own value
    // reaches them, not every change of the state the value is derived from.
    let value = Memo::new(move |_| value.get());
    let items = move || {
        let name = name.clone();
        options
            .get()
            .into_iter()
            .map(|o| {
                let v = o.value.clone();
                let v2 = o.value.clone();
                let checked = move || value.with(|cur| *cur == v);
                view! {
                    <label class="choice__item">
                        <input
                            type="radio"
                            name=name.clone()
                            value=o.value.clone()
                            prop:checked=checked
                            on:change=move |_| on_change.run(v2.clone())
                        />
                        <span class="choice__text">{o.label}</span>
                    </label>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset class=format!("choice {class}") data-testid=test_id>
            <legend class="choice__legend">{legend}</legend>
            <div class="choice__items">{items}</div>
        </fieldset>
    }
}
