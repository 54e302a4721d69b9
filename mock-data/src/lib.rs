//! The data contract, the synthetic registers, the publication tables, disclosure control and the
//! independent audit.
//!
//! Only [`schema`] is compiled without the `generate` feature: that is what the app uses.

pub mod schema;
