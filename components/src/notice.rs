//! `<Notice>`: the designed states of a view: loading, empty, not published, error (with retry),
//! and information (for example a URL parameter that was not understood).

use leptos::prelude::*;

/// What kind of notice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    Info,
    Loading,
    Empty,
    NotPublished,
    Error,
}

impl NoticeKind {
    fn class(self) -> &'static str {
        match self {
            NoticeKind::Info => "notice notice--info",
            NoticeKind::Loading => "notice notice--loading",
            NoticeKind::Empty => "notice notice--empty",
            NoticeKind::NotPublished => "notice notice--not-published",
            NoticeKind::Error => "notice notice--error",
        }
    }
    fn role(self) -> &'static str {
        match self {
            NoticeKind::Error => "alert",
            _ => "status",
        }
    }
    fn test_id(self) -> &'static str {
        match self {
            NoticeKind::Info => "notice-info",
            NoticeKind::Loading => "notice-loading",
            NoticeKind::Empty => "notice-empty",
            NoticeKind::NotPublished => "notice-not-published",
            NoticeKind::Error => "notice-error",
        }
    }
}

/// A retry button for error notices.
#[derive(Clone)]
pub struct Retry {
    pub label: String,
    pub on_retry: Callback<()>,
}

/// A notice box with a title, optional lines of text and an optional retry button.
#[component]
pub fn Notice(
    /// Kind (sets the look and the ARIA role).
    kind: NoticeKind,
    /// Headline.
    #[prop(into)]
    title: Signal<String>,
    /// Further lines.
    #[prop(optional, into)]
    lines: Signal<Vec<String>>,
    /// Retry button (errors).
    #[prop(optional)]
    retry: Option<Retry>,
) -> impl IntoView {
    let body = move || {
        lines
            .get()
            .into_iter()
            .map(|l| view! { <p>{l}</p> })
            .collect_view()
    };
    let retry = retry.map(|r| {
        let cb = r.on_retry;
        view! {
            <button type="button" class="button" data-testid="retry" on:click=move |_| cb.run(())>
                {r.label}
            </button>
        }
    });
    view! {
        <div class=kind.class() role=kind.role() data-testid=kind.test_id()>
            {(kind == NoticeKind::Loading).then(|| view! { <span class="spinner" aria-hidden="true"></span> })}
            <div class="notice__content">
                <p class="notice__title">{title}</p>
                {body}
                {retry}
            </div>
        </div>
    }
}
