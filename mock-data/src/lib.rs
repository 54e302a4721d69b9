//! The data contract, the synthetic registers, the publication tables, disclosure control and the
//! independent audit.
//!
//! Only [`schema`] is compiled without the `generate` feature: that is what the app uses.
//!
//! | module | what it does |
//! |---|---|
//! | [`schema`] | the data contract (catalog, codes, datasets), schema version |
//! | `facts` | domain facts: regions, kommuner, specialties, diagnosis groups, calibration anchors |
//! | `registers` | the synthetic registers (population, clinics, courses, contacts, referrals, LPR) |
//! | `codes` | codes.json: code lists, labels, hierarchies |
//! | `publish` | which tables each dataset publishes, aggregation, the dataset files |
//! | `suppress` | primary and secondary suppression over all linked tables, LP interval repair |
//! | `calibration` | the calibration targets (DOMAIN.md §8) and the generated values |
//! | `audit` | the independent oracle that checks the published files against the registers |
//! | `par` | a work queue over the cores (threads only, no model code) |
//! | `pipeline` | the whole run: generate → publish → protect → audit → write (all or nothing) |

pub mod schema;

#[cfg(feature = "generate")]
pub mod audit;
#[cfg(feature = "generate")]
pub mod calibration;
#[cfg(feature = "generate")]
pub mod codes;
#[cfg(feature = "generate")]
pub mod facts;
#[cfg(feature = "generate")]
pub mod par;
#[cfg(feature = "generate")]
pub mod pipeline;
#[cfg(feature = "generate")]
pub mod publish;
#[cfg(feature = "generate")]
pub mod registers;
#[cfg(feature = "generate")]
pub mod suppress;
#[cfg(feature = "generate")]
pub mod texts;
