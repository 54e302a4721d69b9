//! `<HierarchyPicker>`: cascading selects over a hierarchy (region → kommune, chapter → group →
//! code). Each level lists "all" (meaning: stay at the parent) and the children of the level above.

use leptos::prelude::*;

use crate::select::{Select, SelectOption};

/// One level of the cascade.
#[derive(Clone, Debug, PartialEq)]
pub struct PickerLevel {
    /// Label of the select ("Region", "Kommune", …).
    pub label: String,
    /// The code of the node above: choosing the "all" entry selects it.
    pub parent: String,
    /// Text of the "all" entry ("Alle kommuner i Region Nordjylland").
    pub all_label: String,
    /// The children of `parent`.
    pub options: Vec<SelectOption>,
    /// The chosen child, if the selection is at or below this level.
    pub selected: Option<String>,
}

/// Cascading selects; `on_change` gets the newly selected code.
///
/// Each level's `<select>` is keyed by its depth and parent, so choosing a value keeps the element
/// (and the keyboard focus) while its options and selection update in place.
#[component]
pub fn HierarchyPicker(
    /// Prefix of the selects' ids (`{prefix}-1`, `{prefix}-2`, …).
    #[prop(into)]
    id_prefix: String,
    /// Legend of the group.
    #[prop(into)]
    legend: Signal<String>,
    /// The levels to show, from the top.
    #[prop(into)]
    levels: Signal<Vec<PickerLevel>>,
    /// Called with the chosen code.
    on_change: Callback<String>,
) -> impl IntoView {
    let prefix = StoredValue::new(id_prefix);
    let keys = Memo::new(move |_| {
        levels.with(|ls| {
            ls.iter()
                .enumerate()
                .map(|(i, l)| (i, l.parent.clone()))
                .collect::<Vec<_>>()
        })
    });
    let level = move |i: usize| Memo::new(move |_| levels.with(|ls| ls.get(i).cloned()));
    view! {
        <fieldset class="hierarchy-picker">
            <legend class="hierarchy-picker__legend">{legend}</legend>
            <For each=move || keys.get() key=|k| k.clone() let:k>
                {
                    let this = level(k.0);
                    let label = Signal::derive(move || this.with(|l| l.as_ref().map(|l| l.label.clone()).unwrap_or_default()));
                    // A memo: picking a value changes `selected` only, and must not rebuild the options.
                    let options = Memo::new(move |_| {
                        this.with(|l| {
                            let Some(l) = l else { return vec![] };
                            let mut o = vec![SelectOption::new(l.parent.clone(), l.all_label.clone())];
                            o.extend(l.options.iter().cloned());
                            o
                        })
                    });
                    let value = Signal::derive(move || {
                        this.with(|l| l.as_ref().map(|l| l.selected.clone().unwrap_or_else(|| l.parent.clone())).unwrap_or_default())
                    });
                    view! {
                        <Select
                            id=format!("{}-{}", prefix.get_value(), k.0 + 1)
                            label=label
                            options=Signal::from(options)
                            value=value
                            on_change=on_change
                        />
                    }
                }
            </For>
        </fieldset>
    }
}
