//! `<FilterBar>`: the labelled region that holds a view's filters, laid out as a responsive grid.

use leptos::prelude::*;

/// A region of filters.
#[component]
pub fn FilterBar(
    /// Accessible name of the region (and its visible heading).
    #[prop(into)]
    heading: Signal<String>,
    /// The filters.
    children: Children,
) -> impl IntoView {
    view! {
        <section class="filter-bar" aria-label=move || heading.get()>
            <h2 class="filter-bar__heading">{heading}</h2>
            <div class="filter-bar__grid">{children()}</div>
        </section>
    }
}
