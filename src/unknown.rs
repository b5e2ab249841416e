//! The raw text of a wire value the crate does not know.

use std::fmt;

/// An enum value or error code this version of the crate does not know,
/// kept as received: the payload of every generated `Unknown` variant.
///
/// It is made only by reading a value (`from_wire`, `parse`, decoding an
/// answer), which turns every documented value into its own variant, so an
/// `Unknown` never holds a value the crate knows: `Color::Unknown` cannot
/// stand in for `Color::Pink`. Its text is readable with
/// [`as_str`](Self::as_str).
///
/// ```
/// use bitrix24::Color;
///
/// let known: Color = "PINK".parse().unwrap();
/// assert_eq!(known, Color::Pink);
/// let new: Color = "ULTRAVIOLET".parse().unwrap();
/// assert!(new.is_unknown());
/// assert_eq!(new.as_str(), "ULTRAVIOLET");
/// ```
///
/// ```compile_fail
/// // Not built by hand: its field is private.
/// let fake = bitrix24::Color::Unknown(bitrix24::UnknownValue("PINK".into()));
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UnknownValue(Box<str>);

impl UnknownValue {
    /// Wraps a value the caller has checked is not a known one.
    pub(crate) fn new(raw: &str) -> Self {
        UnknownValue(raw.into())
    }

    /// The value as received.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for UnknownValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl fmt::Display for UnknownValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for UnknownValue {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl PartialEq<str> for UnknownValue {
    fn eq(&self, other: &str) -> bool {
        &*self.0 == other
    }
}

impl PartialEq<&str> for UnknownValue {
    fn eq(&self, other: &&str) -> bool {
        &*self.0 == *other
    }
}
