//! What can go wrong with a call.

use super::transport::TransportError;
use crate::MethodError;

/// The error of a call to method `M`, whose own error codes are `E`
/// (`<M as Method>::Error`).
///
/// None of the variants carries a secret: URLs are shown with the webhook
/// secret masked, and request bodies are never kept.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error<E: MethodError> {
    /// The portal answered with an error code.
    #[error("{method} failed with {error} (HTTP {status}){}", describe(.description))]
    Api {
        /// The method called.
        method: &'static str,
        /// The error code, typed.
        error: E,
        /// The HTTP status of the answer.
        status: u16,
        /// The portal's `error_description`, if any.
        description: Option<String>,
    },
    /// The request may have reached the portal, but no answer came back, and
    /// the method is not idempotent: it may or may not have taken effect, so
    /// it was not sent again. Check the portal before retrying.
    #[error(
        "{method}: outcome unknown; the request may have been processed, and it was not resent: {source}"
    )]
    OutcomeUnknown {
        /// The method called.
        method: &'static str,
        /// What broke.
        source: TransportError,
    },
    /// The portal could not be reached (or, for an idempotent method, gave no
    /// answer after every retry).
    #[error("{method}: {source}")]
    Transport {
        /// The method called.
        method: &'static str,
        /// What broke.
        source: TransportError,
    },
    /// The answer is not what the documentation describes.
    #[error(
        "{method}: the answer (HTTP {status}) is not what the documentation describes: {reason}"
    )]
    Decode {
        /// The method called.
        method: &'static str,
        /// The HTTP status of the answer.
        status: u16,
        /// What did not match.
        reason: String,
        /// The body as received, for diagnosis.
        body: String,
    },
    /// The request could not be encoded, or was refused before sending (such
    /// as a batch of more than 50 commands).
    #[error("{method}: {reason}")]
    Request {
        /// The method called.
        method: &'static str,
        /// What was wrong.
        reason: String,
    },
    /// The OAuth token expired and could not be refreshed.
    #[error("{method}: the access token expired and the refresh failed: {source}")]
    Refresh {
        /// The method called.
        method: &'static str,
        /// Why the refresh failed.
        source: RefreshError,
    },
    /// A batch command was not run because an earlier one failed with `halt` set.
    #[error("{method}: not run, because an earlier command of the batch failed and `halt` was set")]
    NotRun {
        /// The method of the command.
        method: &'static str,
    },
}

impl<E: MethodError> Error<E> {
    /// The typed error code, when the portal answered with one.
    pub fn code(&self) -> Option<&E> {
        match self {
            Error::Api { error, .. } => Some(error),
            _ => None,
        }
    }

    /// Whether the call may have taken effect although it failed.
    pub fn outcome_unknown(&self) -> bool {
        matches!(self, Error::OutcomeUnknown { .. })
    }
}

fn describe(description: &Option<String>) -> String {
    match description.as_deref() {
        Some(d) if !d.is_empty() => format!(": {d}"),
        _ => String::new(),
    }
}

/// Why a token refresh failed. Never holds the tokens or the client secret.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RefreshError {
    /// The client has no refresh hook, or holds no refresh token.
    #[error("no way to refresh: {0}")]
    NotConfigured(String),
    /// The authorization server refused.
    #[error("the authorization server refused: {code}{}", describe(.description))]
    Rejected {
        /// Its error code, such as `invalid_grant`.
        code: String,
        /// Its description.
        description: Option<String>,
    },
    /// The authorization server could not be reached or answered nonsense.
    #[error("the authorization server could not be used: {0}")]
    Failed(String),
}

/// Why a client could not be built.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// The URL is not a valid portal URL; the text says why (secrets masked).
    #[error("invalid portal URL {url}: {reason}")]
    Url {
        /// The URL with any secret masked.
        url: String,
        /// What is wrong with it.
        reason: String,
    },
    /// Plain HTTP to a host that is not loopback.
    #[error(
        "{url} uses plain HTTP; the portal requires HTTPS (only loopback hosts may use http://)"
    )]
    Insecure {
        /// The URL with any secret masked.
        url: String,
    },
    /// The HTTP transport could not be set up.
    #[error("the HTTP transport could not be set up: {0}")]
    Transport(TransportError),
}

/// An error code of a method called through [`super::Client::call_raw`]:
/// the code as received, with its documented entry when the method's table
/// or the system table has one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawError {
    /// The code as the portal sent it.
    pub code: String,
    /// Its entry in the documentation's tables, when known.
    pub info: Option<&'static crate::schema::ErrorInfo>,
}

impl MethodError for RawError {
    fn from_code(code: &str) -> Self {
        RawError {
            code: code.to_owned(),
            info: crate::SYSTEM_ERRORS.iter().find(|e| e.code == code),
        }
    }

    fn code(&self) -> &str {
        &self.code
    }

    fn info(&self) -> Option<&'static crate::schema::ErrorInfo> {
        self.info
    }
}

impl std::fmt::Display for RawError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.meaning() {
            Some(meaning) => write!(f, "{}: {meaning}", self.code),
            None => write!(f, "{}: an error code this crate does not know", self.code),
        }
    }
}

impl std::error::Error for RawError {}
