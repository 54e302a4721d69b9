//! Chart colours come from the design tokens in `public/style.css` (CSS custom properties), so
//! colours live in one file; the defaults only apply if the stylesheet is missing.

use crate::cube::charts::ChartStyle;

fn token(style: &web_sys::CssStyleDeclaration, name: &str) -> Option<String> {
    let v = style.get_property_value(name).ok()?;
    let v = v.trim();
    (!v.is_empty()).then(|| v.to_string())
}

/// The chart style from the page's CSS variables.
pub fn chart_style() -> ChartStyle {
    let mut s = ChartStyle::default();
    let computed = web_sys::window().and_then(|w| {
        let root = w.document()?.document_element()?;
        w.get_computed_style(&root).ok().flatten()
    });
    if let Some(cs) = computed {
        for (name, slot) in [
            ("--chart-bar", &mut s.bar),
            ("--chart-highlight", &mut s.highlight),
            ("--chart-line", &mut s.line),
            ("--color-text", &mut s.text),
            ("--color-text-muted", &mut s.muted),
            ("--chart-grid", &mut s.grid),
        ] {
            if let Some(v) = token(&cs, name) {
                *slot = v;
            }
        }
    }
    s
}
