//! Pages other than the views with data of their own.

#[cfg(any(feature = "gallery", debug_assertions))]
pub mod gallery;
pub mod notes;

/// Is the component gallery part of this build (designers' builds: debug, or `--features gallery`)?
pub const GALLERY_BUILT: bool = cfg!(any(feature = "gallery", debug_assertions));
pub mod overview;
pub mod usecases;
