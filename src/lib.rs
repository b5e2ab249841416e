//! Typed bindings for the [Bitrix24 REST API](https://apidocs.bitrix24.com/),
//! generated at build time from YAML descriptors transcribed from the official
//! documentation.
//!
//! Each REST method is a request type named after its wire name:
//! `im.chat.add` is [`im::chat::Add`], `imbot.v2.Chat.add` is
//! [`imbot::v2::chat::Add`]. Required parameters are arguments of `new`, so a
//! request missing one does not compile; the rest are set with methods named
//! after them.
//!
//! ```
//! use bitrix24::{Color, Method, im};
//!
//! let request = im::chat::Add::new()
//!     .users([103, 547])
//!     .title("Deal chat")
//!     .color(Color::Pink)
//!     .entity(im::ChatEntity::crm_deal(1663));
//!
//! assert_eq!(im::chat::Add::NAME, "im.chat.add");
//! assert_eq!(
//!     serde_json::to_string(&request).unwrap(),
//!     r#"{"USERS":[103,547],"TITLE":"Deal chat","COLOR":"PINK","ENTITY_TYPE":"CRM","ENTITY_ID":"DEAL|1663"}"#,
//! );
//! ```
//!
//! Every method also has a typed result ([`Method::Output`]) and a typed error
//! ([`Method::Error`]): its own codes plus the [`SystemError`] codes any method
//! may return, each with its HTTP status, meaning and whether a resend is safe.
//! Values the crate does not know yet (a new colour, a new error code) decode
//! into an `Unknown` variant instead of failing.
#![warn(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "client")]
pub mod client;
mod date;
mod de;
pub mod events;
mod limits;
mod list;
mod macros;
mod method;
mod money;
mod or_false;
mod response;
mod rest3;
pub mod schema;
mod secret;
mod unknown;
mod upload;
mod user_fields;
mod wire;

#[cfg(feature = "client")]
pub use client::{Client, Error};
pub use date::{Date, DateError, DateTime};
pub use limits::RateLimit;
pub use list::{Field, Filter, Order, Paged, Select, filter_operator_takes_list, split_filter_key};
pub use method::{Method, MethodError};
pub use money::{Money, MoneyError};
pub use or_false::OrFalse;
pub use response::{ErrorBody, Response};
pub use rest3::{Conditions, Pagination};
pub use secret::Secret;
pub use unknown::UnknownValue;
pub use upload::{FileData, FilePair, Upload, UploadError};
pub use user_fields::{UserFieldError, UserFields, is_user_field};

// The code generated from `schema/` by `build.rs`; a pretty-printed copy is
// checked in as `generated/bitrix24.rs`.
include!(concat!(env!("OUT_DIR"), "/bitrix24.rs"));

/// The README's code blocks, compiled as doctests so they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
