//! `<NumberCell>`: one formatted number, or the suppression marker, or a dash for "not defined".

use leptos::prelude::*;

use crate::format::NumberFormat;
use crate::table_model::NumberValue;

/// Marker and texts shared by every suppressed cell (one marker whatever the reason).
#[derive(Clone, Debug, PartialEq)]
pub struct MarkerTexts {
    /// The visible marker, e.g. `●`.
    pub marker: String,
    /// What the marker means, for screen readers and the hover title ("diskretioneret").
    pub suppressed: String,
    /// What a dash means ("ikke defineret").
    pub missing: String,
}

/// The text a cell shows (no markup): the formatted value, the marker, or an en dash.
pub fn cell_text(value: NumberValue, decimals: u8, format: NumberFormat, marker: &str) -> String {
    match value {
        NumberValue::Value(v) => format.format(v, decimals),
        NumberValue::Suppressed => marker.to_string(),
        NumberValue::Missing => "–".to_string(),
    }
}

/// A number in the chosen convention; suppressed cells show only the marker, never a value.
#[component]
pub fn NumberCell(
    /// The cell.
    value: NumberValue,
    /// Decimals to show.
    #[prop(optional)]
    decimals: u8,
    /// Danish or English convention.
    #[prop(into)]
    format: Signal<NumberFormat>,
    /// Marker and its explanation.
    #[prop(into)]
    texts: Signal<MarkerTexts>,
) -> impl IntoView {
    match value {
        NumberValue::Value(v) => {
            view! { <span class="num">{move || format.get().format(v, decimals)}</span> }.into_any()
        }
        NumberValue::Suppressed => view! {
            <span class="num num--suppressed" title=move || texts.read().suppressed.clone()>
                <span aria-hidden="true">{move || texts.read().marker.clone()}</span>
                <span class="visually-hidden">{move || texts.read().suppressed.clone()}</span>
            </span>
        }
        .into_any(),
        NumberValue::Missing => view! {
            <span class="num num--missing" title=move || texts.read().missing.clone()>
                <span aria-hidden="true">"–"</span>
                <span class="visually-hidden">{move || texts.read().missing.clone()}</span>
            </span>
        }
        .into_any(),
    }
}
