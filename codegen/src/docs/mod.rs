//! The documentation pages the schema is transcribed from: a reader for
//! them ([`page`], [`table`]), the correspondence of their types with the
//! schema's ([`types`]), and the commands built on it: `docs check`
//! ([`check`]), `docs import` ([`import`]), `docs coverage` ([`coverage`])
//! and `docs import-rate` ([`rate`]).
//!
//! The pages are the Markdown (YFM) sources of the official REST docs, in
//! either language (`b24-rest-docs/` in Russian, `b24restdocs/` in English;
//! both have the same layout and table conventions).

pub mod check;
mod check_errors;
mod check_fields;
pub mod coverage;
mod errtable;
mod events;
pub mod import;
pub mod page;
pub mod propose;
mod ptype;
pub mod rate;
mod rows;
pub mod table;
pub mod types;

pub use check::{Drift, Report};
pub use page::Page;
