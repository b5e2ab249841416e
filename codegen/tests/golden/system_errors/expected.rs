// What bitrix24-codegen emits for schema/ beside it (tests/golden.rs).
// Refresh with `BLESS=1 cargo test -p bitrix24-codegen --test golden`.

/// A system error: a code any method may return, from the shared table
/// of the documentation, or a code this crate does not know yet.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum SystemError {
    /// `QUERY_LIMIT_EXCEEDED` (HTTP 503): The rate limit was exceeded.
    QueryLimitExceeded,
    /// `expired_token` (HTTP 401): The OAuth token must be refreshed.
    ExpiredToken,
    /// `ERROR_METHOD_NOT_FOUND`: The portal has no such method.
    ///
    /// Legacy: listed by older versions of the documentation; older portals still send it.
    ErrorMethodNotFound,
    /// A code this version of the crate does not know, as received.
    Unknown(crate::UnknownValue),
}
/// The system error table, in documentation order.
pub static SYSTEM_ERRORS: [crate::schema::ErrorInfo; 3] = [
    crate::schema::ErrorInfo::new(
            "QUERY_LIMIT_EXCEEDED",
            Some(503),
            "Too many requests",
            "The rate limit was exceeded.",
        )
        .retry_safe(),
    crate::schema::ErrorInfo::new(
        "expired_token",
        Some(401),
        "The access token provided has expired.",
        "The OAuth token must be refreshed.",
    ),
    crate::schema::ErrorInfo::new(
            "ERROR_METHOD_NOT_FOUND",
            None,
            "Method not found!",
            "The portal has no such method.",
        )
        .legacy(),
];
impl crate::MethodError for SystemError {
    fn from_code(code: &str) -> Self {
        match code {
            "QUERY_LIMIT_EXCEEDED" => Self::QueryLimitExceeded,
            "expired_token" => Self::ExpiredToken,
            "ERROR_METHOD_NOT_FOUND" => Self::ErrorMethodNotFound,
            other => Self::Unknown(crate::UnknownValue::new(other)),
        }
    }
    fn code(&self) -> &str {
        match self {
            Self::QueryLimitExceeded => "QUERY_LIMIT_EXCEEDED",
            Self::ExpiredToken => "expired_token",
            Self::ErrorMethodNotFound => "ERROR_METHOD_NOT_FOUND",
            Self::Unknown(code) => code.as_str(),
        }
    }
    fn info(&self) -> Option<&'static crate::schema::ErrorInfo> {
        match self {
            Self::QueryLimitExceeded => Some(&SYSTEM_ERRORS[0]),
            Self::ExpiredToken => Some(&SYSTEM_ERRORS[1]),
            Self::ErrorMethodNotFound => Some(&SYSTEM_ERRORS[2]),
            Self::Unknown(_) => None,
        }
    }
}
impl std::fmt::Display for SystemError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        crate::schema::describe_error(self, f)
    }
}
impl std::error::Error for SystemError {}
/// Every method of the scopes this build includes (one cargo feature per
/// scope; `build.rs` generates only the enabled scopes), sorted by wire
/// name: what the CLI and the emulator read to know each method's
/// params and errors.
pub static METHODS: &[&crate::schema::MethodInfo] = &[&crate::im::counters::GET_INFO];
/// Every event of the scopes this build includes, sorted by name: its
/// scope, page and the type of its `data`, for the CLI and the
/// emulator.
pub static EVENTS: &[crate::schema::EventInfo] = &[];
/// The `im.*` methods.
#[cfg_attr(docsrs, doc(cfg(feature = "im")))]
pub mod im {
    /// The `im.counters.*` methods.
    pub mod counters {
        crate::macros::request! {
            /// Gets the unread counters.
            ///
            /// Wire name `im.counters.get`, scope `im`. Who may call it: any user. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            #[method(
                "im.counters.get",
                "https://apidocs.bitrix24.com/api-reference/im-counters-get.html",
                std::collections::BTreeMap<String,
                i64>,
                GetError
            )]
            #[derive(Default)]
            pub struct Get {}
            pub static GET_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "im",
                api: crate::schema::Api::V2,
                permissions: &["im"],
                summary: "Gets the unread counters.",
                who: "any user",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Map(&TyInfo::Integer),
                errors: &GET_ERRORS,
                paging: None,
            };
            impl Get {
                /// Starts with every parameter unset.
                #[inline]
                pub fn new() -> Self {
                    Self::default()
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                GET_ERRORS,
                0,
                "im.counters.get",
                "https://apidocs.bitrix24.com/api-reference/im-counters-get.html"
            )]
            pub enum GetError {}
        }
    }
}
