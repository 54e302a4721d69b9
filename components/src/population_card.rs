//! `<PopulationCard>`: who a figure counts, how they are found and over which time window.

use leptos::prelude::*;

/// A card with a title and labelled lines (population, matching rule, time window, …).
#[component]
pub fn PopulationCard(
    /// The card's heading.
    title: String,
    /// (label, text) per line, in order.
    items: Vec<(String, String)>,
) -> impl IntoView {
    let label = title.clone();
    view! {
        <aside class="population-card" aria-label=label data-testid="population-card">
            <h2>{title}</h2>
            <dl>
                {items
                    .into_iter()
                    .map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> })
                    .collect_view()}
            </dl>
        </aside>
    }
}
