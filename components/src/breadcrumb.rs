//! `<Breadcrumb>`: the drill-down path, each step a link back up (plain links, so the router
//! handles them and they can be opened in a new tab).

use leptos::prelude::*;

/// One step of the path.
#[derive(Clone, Debug, PartialEq)]
pub struct Crumb {
    pub label: String,
    /// Where the step leads; the last step is the current one and is not a link.
    pub href: String,
}

/// A breadcrumb trail.
#[component]
pub fn Breadcrumb(
    /// Accessible name of the navigation ("Niveau").
    #[prop(into)]
    label: Signal<String>,
    /// The steps, from the top.
    #[prop(into)]
    crumbs: Signal<Vec<Crumb>>,
) -> impl IntoView {
    let items = move || {
        let crumbs = crumbs.get();
        let last = crumbs.len().saturating_sub(1);
        crumbs
            .into_iter()
            .enumerate()
            .map(|(i, c)| {
                if i == last {
                    view! { <li aria-current="page">{c.label}</li> }.into_any()
                } else {
                    view! {
                        <li>
                            <a href=c.href data-noscroll="">{c.label}</a>
                        </li>
                    }
                    .into_any()
                }
            })
            .collect_view()
    };
    view! {
        <nav class="breadcrumb" aria-label=move || label.get() data-testid="breadcrumb">
            <ol>{items}</ol>
        </nav>
    }
}
