//! The measure picker ("Vælg først opgørelse"), the filters and the "vis fordelt på" choice.
//! Every change becomes a new URL; nothing is kept anywhere else.

use components::{FilterBar, HierarchyPicker, RadioGroup, Select};
use leptos::prelude::*;

use super::options;
use super::view::DiagCtx;
use crate::state::{DiagnosisState, Dim};
use crate::texts;

fn text(ctx: DiagCtx, t: texts::T) -> Signal<String> {
    Signal::derive(move || t.get(ctx.lang.get()).to_string())
}

fn dim_label(ctx: DiagCtx, dim: Dim) -> Signal<String> {
    Signal::derive(move || {
        let l = ctx.lang.get();
        ctx.codes.with_value(|c| {
            c.dimension(dim.code())
                .map(|d| d.label.get(l.code()).to_string())
                .unwrap_or_default()
        })
    })
}

fn update(
    ctx: DiagCtx,
    f: impl Fn(&mut DiagnosisState, String) + Send + Sync + 'static,
) -> Callback<String> {
    Callback::new(move |v: String| {
        let mut s = ctx.state.get_untracked();
        f(&mut s, v);
        ctx.set.run(s);
    })
}

/// "Vælg først opgørelse": the measures as a segmented choice.
#[component]
pub fn MeasurePicker(ctx: DiagCtx) -> impl IntoView {
    let options = Signal::derive(move || {
        ctx.ds
            .with_value(|d| options::measure_options(d, ctx.lang.get()))
    });
    let value = Signal::derive(move || ctx.state.with(|s| s.measure.clone()));
    view! {
        <RadioGroup
            name="measure"
            legend=text(ctx, texts::MEASURE_LEGEND)
            options=options
            value=value
            on_change=update(ctx, |s, v| s.measure = v)
            class="choice--measure"
        />
    }
}

/// A flat dimension (speciale, køn, alder) as one select.
#[component]
fn FlatFilter(ctx: DiagCtx, dim: Dim) -> impl IntoView {
    let options = Signal::derive(move || {
        let l = ctx.lang.get();
        ctx.codes.with_value(|c| {
            c.dimension(dim.code())
                .map(|d| {
                    let h = d
                        .hierarchies
                        .first()
                        .map(|h| h.id.clone())
                        .unwrap_or_default();
                    options::flat_options(d, &h, l)
                })
                .unwrap_or_default()
        })
    });
    let value = Signal::derive(move || ctx.state.with(|s| s.code(dim).to_string()));
    let on_change = update(ctx, move |s, v| *s = s.with_code(dim, &v));
    view! {
        <Select id=format!("filter-{}", dim.code()) label=dim_label(ctx, dim) options=options value=value on_change=on_change/>
    }
}

/// A hierarchical dimension (geografi, diagnose) as cascading selects.
#[component]
fn TreeFilter(ctx: DiagCtx, dim: Dim) -> impl IntoView {
    let levels = Memo::new(move |_| {
        let l = ctx.lang.get();
        let s = ctx.state.get();
        ctx.codes.with_value(|c| {
            c.dimension(dim.code())
                .map(|d| options::picker_levels(d, &s, dim, l))
                .unwrap_or_default()
        })
    });
    let on_change = update(ctx, move |s, v| *s = s.with_code(dim, &v));
    view! {
        <HierarchyPicker
            id_prefix=format!("filter-{}", dim.code())
            legend=dim_label(ctx, dim)
            levels=Signal::from(levels)
            on_change=on_change
        />
    }
}

/// Year, geography (with the region structure), speciale, diagnosis, sex and age.
#[component]
pub fn Filters(ctx: DiagCtx) -> impl IntoView {
    let year_options = Signal::derive(move || ctx.codes.with_value(|c| options::year_options(c)));
    let year_value = Signal::derive(move || {
        let s = ctx.state.get();
        ctx.codes
            .with_value(|c| super::model::effective_year(&s, c).to_string())
    });
    let on_year = Callback::new(move |v: String| {
        let mut s = ctx.state.get_untracked();
        let latest = ctx
            .codes
            .with_value(|c| options::year_options(c).first().map(|o| o.value.clone()));
        s.year = if Some(&v) == latest.as_ref() {
            None
        } else {
            v.parse().ok()
        };
        ctx.set.run(s);
    });
    let region_options = Signal::derive(move || {
        let l = ctx.lang.get();
        ctx.codes.with_value(|c| {
            c.dimension("geo")
                .map(|g| options::hierarchy_options(g, l))
                .unwrap_or_default()
        })
    });
    let regions = Signal::derive(move || ctx.state.with(|s| s.regions.clone()));
    let on_regions = Callback::new(move |h: String| {
        let s = ctx.state.get_untracked();
        ctx.set
            .run(ctx.codes.with_value(|c| options::with_regions(&s, c, &h)));
    });
    view! {
        <FilterBar heading=text(ctx, texts::FILTERS_HEADING)>
            <Select id="filter-year" label=text(ctx, texts::YEAR) options=year_options value=year_value on_change=on_year/>
            <div class="filter-group filter-group--geo">
                <RadioGroup
                    name="regions"
                    legend=text(ctx, texts::REGION_STRUCTURE)
                    options=region_options
                    value=regions
                    on_change=on_regions
                    class="choice--compact"
                />
                <TreeFilter ctx dim=Dim::Geo/>
            </div>
            <FlatFilter ctx dim=Dim::Spec/>
            <TreeFilter ctx dim=Dim::Diag/>
            <FlatFilter ctx dim=Dim::Sex/>
            <FlatFilter ctx dim=Dim::Age/>
        </FilterBar>
    }
}

/// "Vis fordelt på".
#[component]
pub fn BreakdownPicker(ctx: DiagCtx) -> impl IntoView {
    let options = Signal::derive(move || {
        let l = ctx.lang.get();
        ctx.codes.with_value(|c| options::breakdown_options(c, l))
    });
    let value = Signal::derive(move || ctx.state.with(|s| s.by.code().to_string()));
    let on_change = update(ctx, |s, v| {
        if let Some(d) = Dim::from_code(&v) {
            s.by = d;
        }
    });
    view! {
        <RadioGroup
            name="by"
            legend=text(ctx, texts::BREAKDOWN_LEGEND)
            options=options
            value=value
            on_change=on_change
            class="choice--breakdown"
        />
    }
}
