//! `<Watermark>`: the persistent "Mock-up · syntetiske data" mark.

use leptos::prelude::*;

/// A badge that says the page is a mock-up with synthetic data.
#[component]
pub fn Watermark(
    /// The text ("Mock-up · syntetiske data").
    #[prop(into)]
    text: Signal<String>,
) -> impl IntoView {
    view! {
        <p class="watermark" role="note" data-testid="watermark">
            {text}
        </p>
    }
}
