//! Pages other than the views with data of their own.

pub mod overview;
pub mod usecases;
