//! The measure picker ("Vælg først opgørelse"), the filters and the "vis fordelt på" choice.
//! Every change becomes a new URL; nothing is kept anywhere else. Labels and options are fixed
//! for a language (the view re-renders when it changes); values follow the state.

use components::{FilterBar, HierarchyPicker, RadioGroup, Select};
use leptos::prelude::*;

use super::options;
use super::view::DiagCtx;
use crate::state::{DiagnosisState, Dim};
use crate::texts::{self, Lang};

fn dim_label(ctx: DiagCtx, dim: Dim, l: Lang) -> String {
    ctx.codes.with_value(|c| {
        c.dimension(dim.code())
            .map(|d| d.label.get(l.code()).to_string())
            .unwrap_or_default()
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
pub fn MeasurePicker(ctx: DiagCtx, l: Lang) -> impl IntoView {
    view! {
        <RadioGroup
            name="measure"
            legend=texts::MEASURE_LEGEND.get(l)
            options=ctx.ds.with_value(|d| options::measure_options(d, l))
            value=Signal::derive(move || ctx.state.with(|s| s.measure.clone()))
            on_change=update(ctx, |s, v| s.measure = v)
            class="choice--measure"
        />
    }
}

/// A flat dimension (speciale, køn, alder) as one select.
#[component]
fn FlatFilter(ctx: DiagCtx, l: Lang, dim: Dim) -> impl IntoView {
    let options = ctx.codes.with_value(|c| {
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
    });
    view! {
        <Select
            id=format!("filter-{}", dim.code())
            label=dim_label(ctx, dim, l)
            options=options
            value=Signal::derive(move || ctx.state.with(|s| s.code(dim).to_string()))
            on_change=update(ctx, move |s, v| *s = s.with_code(dim, &v))
        />
    }
}

/// A hierarchical dimension (geografi, diagnose) as cascading selects.
#[component]
fn TreeFilter(ctx: DiagCtx, l: Lang, dim: Dim) -> impl IntoView {
    let published = ctx
        .ds
        .with_value(|d| options::published_codes(d, dim.code()));
    let levels = Memo::new(move |_| {
        let s = ctx.state.get();
        let shown = |c: &str| published.contains(c);
        ctx.codes.with_value(|c| {
            c.dimension(dim.code())
                .map(|d| options::picker_levels(d, &s, dim, l, &shown))
                .unwrap_or_default()
        })
    });
    view! {
        <HierarchyPicker
            id_prefix=format!("filter-{}", dim.code())
            legend=dim_label(ctx, dim, l)
            levels=Signal::from(levels)
            on_change=update(ctx, move |s, v| *s = s.with_code(dim, &v))
        />
    }
}

/// Year, geography (with the region structure), and the dataset's other dimensions.
#[component]
pub fn Filters(ctx: DiagCtx, l: Lang) -> impl IntoView {
    let years = ctx
        .codes
        .with_value(|c| ctx.ds.with_value(|d| options::year_options(c, d)));
    let latest = years.first().map(|o| o.value.clone());
    let year_value = Signal::derive(move || {
        let s = ctx.state.get();
        ctx.codes
            .with_value(|c| super::model::effective_year(&s, c).to_string())
    });
    let on_year = update(ctx, move |s, v| {
        s.year = if Some(&v) == latest.as_ref() {
            None
        } else {
            v.parse().ok()
        }
    });
    let regions = ctx.codes.with_value(|c| {
        c.dimension("geo")
            .map(|g| options::hierarchy_options(g, l))
            .unwrap_or_default()
    });
    let on_regions = Callback::new(move |h: String| {
        let s = ctx.state.get_untracked();
        ctx.set
            .run(ctx.codes.with_value(|c| options::with_regions(&s, c, &h)));
    });
    // The dataset's other dimensions, in its order: cascading selects where the hierarchy has
    // more than one level below the total, one select otherwise.
    let others = ctx.ds.with_value(|d| {
        d.dimensions
            .iter()
            .filter_map(|id| Dim::from_code(id).filter(|dim| *dim != Dim::Geo))
            .map(|dim| {
                let deep = ctx.codes.with_value(|c| {
                    c.dimension(dim.code())
                        .map(|x| x.codes.iter().any(|k| k.level >= 2))
                        .unwrap_or(false)
                });
                if deep {
                    view! { <TreeFilter ctx l dim/> }.into_any()
                } else {
                    view! { <FlatFilter ctx l dim/> }.into_any()
                }
            })
            .collect_view()
    });
    view! {
        <FilterBar heading=texts::FILTERS_HEADING.get(l)>
            <Select id="filter-year" label=texts::YEAR.get(l) options=years value=year_value on_change=on_year/>
            <div class="filter-group filter-group--geo">
                <TreeFilter ctx l dim=Dim::Geo/>
                <RadioGroup
                    name="regions"
                    legend=texts::REGION_STRUCTURE.get(l)
                    options=regions
                    value=Signal::derive(move || ctx.state.with(|s| s.regions.clone()))
                    on_change=on_regions
                    class="choice--compact"
                />
            </div>
            {others}
        </FilterBar>
    }
}

/// "Vis fordelt på".
#[component]
pub fn BreakdownPicker(ctx: DiagCtx, l: Lang) -> impl IntoView {
    let on_change = update(ctx, |s, v| {
        if let Some(d) = Dim::from_code(&v) {
            s.by = d;
        }
    });
    view! {
        <RadioGroup
            name="by"
            legend=texts::BREAKDOWN_LEGEND.get(l)
            options=ctx.codes.with_value(|c| ctx.ds.with_value(|d| options::breakdown_options(c, d, l)))
            value=Signal::derive(move || ctx.state.with(|s| s.by.code().to_string()))
            on_change=on_change
            class="choice--breakdown"
        />
    }
}
