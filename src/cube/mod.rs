//! The engine of the views over one dataset cube (geography × speciale × diagnosis × sex × age):
//! "Diagnoser i speciallægepraksis" and "Speciallægepatienter med sygehuskontakt" (see
//! [`crate::views`] for what each one shows).
//!
//! - [`model`]: state + code lists + dataset → everything the page shows (pure);
//! - [`options`]: the filters' choices (pure);
//! - [`charts`]: charming builders (pure);
//! - [`summary`], [`export`]: the text summary and the CSV (pure);
//! - `view`, `filters`, `results`: the Leptos components.

pub mod charts;
pub mod export;
pub mod flows;
pub mod model;
pub mod options;
pub mod summary;

mod filters;
mod results;
mod view;

pub use view::CubePage;
