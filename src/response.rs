//! The envelope of every REST response.

use serde::Deserialize;

/// A successful response: the method's `result`, the `time` block, and for
/// the list methods the paging members beside `result`.
///
/// [`Client::call`](crate::Client::call) hands back only `result`;
/// `Client::call_response` hands back the whole of it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[non_exhaustive]
pub struct Response<T> {
    /// The method's result.
    pub result: T,
    /// How long the call took and how much of the method's time budget is used.
    #[serde(default)]
    pub time: Option<crate::Time>,
    /// A list method's count of all the items that match, of which `result`
    /// holds one page; some methods send `-1` for "not counted"
    /// (`im.recent.list`). `None` for methods that do not page.
    #[serde(default)]
    pub total: Option<i64>,
    /// A list method's offset of the next page, to pass back as its offset
    /// param; `None` on the last page and for methods that do not page.
    #[serde(default)]
    pub next: Option<i64>,
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
