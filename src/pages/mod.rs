//! Pages other than the views with data of their own.

pub mod coming_soon;
pub mod overview;
