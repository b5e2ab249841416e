//! The envelope of every REST response.

use serde::Deserialize;

/// A successful response: the method's `result` and the `time` block.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[non_exhaustive]
pub struct Response<T> {
    /// The method's result.
    pub result: T,
    /// How long the call took and how much of the method's time budget is used.
    #[serde(default)]
    pub time: Option<crate::Time>,
}

/// An error response: `{"error": "CODE", "error_description": "..."}`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[non_exhaustive]
pub struct ErrorBody {
    /// The error code.
    pub error: String,
    /// The portal's description; not meant to be shown to end users as is.
    #[serde(default)]
    pub error_description: Option<String>,
}
