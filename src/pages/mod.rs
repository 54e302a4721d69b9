//! Pages other than the views with data of their own.

pub mod notes;
pub mod overview;
pub mod usecases;
