//! `<DeclarationPanel>`: the dataset's declaration ("Information om opgørelsen"), its parts as
//! headed sections inside a disclosure widget. Blank lines in a text start a new paragraph.

use leptos::prelude::*;

/// One part: heading and text.
#[derive(Clone, Debug, PartialEq)]
pub struct DeclarationPart {
    pub heading: String,
    pub text: String,
}

/// The declaration in a `<details>`.
#[component]
pub fn DeclarationPanel(
    /// Summary line of the disclosure ("Information om opgørelsen").
    #[prop(into)]
    title: Signal<String>,
    /// The parts, in order.
    #[prop(into)]
    parts: Signal<Vec<DeclarationPart>>,
    /// Open at first render.
    #[prop(optional)]
    open: bool,
) -> impl IntoView {
    let sections = move || {
        parts
            .get()
            .into_iter()
            .map(|p| {
                let paras = p
                    .text
                    .split("\n\n")
                    .filter(|s| !s.trim().is_empty())
                    .map(|s| view! { <p>{s.trim().to_string()}</p> })
                    .collect_view();
                view! {
                    <section class="declaration__part">
                        <h3>{p.heading}</h3>
                        {paras}
                    </section>
                }
            })
            .collect_view()
    };
    view! {
        <details class="declaration" open=open data-testid="declaration">
            <summary>{title}</summary>
            <div class="declaration__body">{sections}</div>
        </details>
    }
}
