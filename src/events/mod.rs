//! Incoming events: what the portal POSTs to a handler URL when something
//! happens (a message for the bot, a new chat member).
//!
//! Each scope has an `Event` enum generated from the `events:` sections of
//! `schema/` (`imbot::Event`, `im::Event`), with a variant per documented
//! event and `Unknown` for the others. [`Incoming`] reads a request body as
//! the portal sends it (a form with PHP-style nested keys, or JSON),
//! [`Incoming::verify`] checks its application token, and
//! [`Incoming::event`] gives the typed event.

mod decode;
mod form;
mod handler;

pub use decode::{Auth, DecodeError, Incoming, VerifyError, redact};
#[cfg(feature = "axum")]
#[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
pub use handler::router;
pub use handler::{Answer, HandlerError, respond};

/// The `Event` enum of one scope, as the generated code implements it.
pub trait EventSet: Sized {
    /// The names of the events the enum has a variant for, in capitals.
    const NAMES: &'static [&'static str];

    /// The event's name as the portal sends it: `ONIMBOTV2MESSAGEADD`.
    fn name(&self) -> &str;

    /// Reads the `data` of the event `name` (in capitals); a name without a
    /// variant gives `Unknown`. The data must already be in the types the
    /// payload declares ([`Incoming::event`] converts a form's strings).
    fn from_data(name: &str, data: serde_json::Value) -> Result<Self, serde_json::Error>;

    /// The event's `data` as JSON.
    fn to_data(&self) -> Result<serde_json::Value, serde_json::Error>;
}
