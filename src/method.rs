//! What every generated request and error type implements.

use crate::schema::{ErrorInfo, MethodInfo};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// A REST method: a request that serializes to the method's parameters.
///
/// Implemented by every generated request type, such as
/// [`crate::im::chat::Add`].
pub trait Method: Serialize {
    /// The method name exactly as sent on the wire: `imbot.v2.Chat.add`.
    const NAME: &'static str;
    /// What the schema says about the method: params, errors, idempotency.
    const INFO: &'static MethodInfo;
    /// The typed `result` of a successful call.
    type Output: DeserializeOwned;
    /// The method's error codes.
    type Error: MethodError;
}

/// An error code a method can return.
///
/// Decoding never fails: a code the crate does not know becomes the type's
/// `Unknown` variant, with the code kept as received.
pub trait MethodError: std::error::Error + Sized {
    /// Reads a code as the portal sends it in the `error` field.
    fn from_code(code: &str) -> Self;

    /// The code as the portal sends it.
    fn code(&self) -> &str;

    /// The documentation's entry for this code; `None` for unknown codes.
    fn info(&self) -> Option<&'static ErrorInfo>;

    /// The documented HTTP status, when known.
    fn status(&self) -> Option<u16> {
        self.info().and_then(|i| i.status)
    }

    /// What the code means, when known.
    fn meaning(&self) -> Option<&'static str> {
        self.info().map(|i| i.meaning)
    }

    /// Whether the portal guarantees it did nothing, so the call may be sent
    /// again. Unknown codes are never considered safe.
    fn is_retry_safe(&self) -> bool {
        self.info().is_some_and(|i| i.retry_safe)
    }
}
