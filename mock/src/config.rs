//! How an emulator starts: port, limits, token lifetimes, fixed secrets.

use bitrix24::Secret;
use std::time::Duration;

/// The portal's request-rate limit: the same type the client throttles by.
pub use bitrix24::RateLimit;

/// How to start a [`crate::Mock`]. `Config::default()` is a standard-plan
/// portal on a free loopback port; the setters change one thing each.
///
/// ```
/// use bitrix24_mock::{Config, RateLimit};
/// use std::time::Duration;
///
/// let config = Config::default()
///     .port(0)
///     .rate_limit(RateLimit::ENTERPRISE)
///     .operating_limit(Some(Duration::from_secs(420)));
/// # let _ = config;
/// ```
#[derive(Debug, Clone)]
pub struct Config {
    pub(crate) port: u16,
    pub(crate) rate_limit: RateLimit,
    pub(crate) operating_limit: Option<Duration>,
    pub(crate) operating_window: Duration,
    pub(crate) token_lifetime: Duration,
    pub(crate) refresh_token_lifetime: Duration,
    pub(crate) webhook_secret: Option<Secret>,
    pub(crate) access_token: Option<Secret>,
    pub(crate) application_token: Option<Secret>,
    pub(crate) webhook_scopes: Vec<String>,
    pub(crate) app_scopes: Vec<String>,
}

/// The scopes of the default webhook and application (`task` for the
/// classic task methods, `tasks` for their REST 3.0 namesakes).
const DEFAULT_SCOPES: [&str; 10] = [
    "im",
    "imbot",
    "crm",
    "task",
    "tasks",
    "user",
    "department",
    "humanresources",
    "userfieldconfig",
    "salescenter",
];

impl Default for Config {
    fn default() -> Self {
        Config {
            port: 0,
            rate_limit: RateLimit::STANDARD,
            operating_limit: Some(Duration::from_secs(480)),
            operating_window: Duration::from_secs(600),
            token_lifetime: Duration::from_secs(3600),
            refresh_token_lifetime: Duration::from_secs(180 * 24 * 3600),
            webhook_secret: None,
            access_token: None,
            application_token: None,
            webhook_scopes: DEFAULT_SCOPES.map(Into::into).to_vec(),
            app_scopes: DEFAULT_SCOPES.map(Into::into).to_vec(),
        }
    }
}

impl Config {
    /// The loopback port to listen on; 0 (the default) picks a free one.
    pub fn port(mut self, port: u16) -> Self {
        self.port = port;
        self
    }

    /// The request-rate limit, per webhook and per application.
    /// Default: [`RateLimit::STANDARD`]. Changeable later with
    /// [`crate::Mock::set_rate_limit`].
    pub fn rate_limit(mut self, limit: RateLimit) -> Self {
        self.rate_limit = limit;
        self
    }

    /// The execution-time budget of each method per webhook or application
    /// (`OPERATION_TIME_LIMIT`, 429, once the accumulated `operating` time
    /// passes it); `None` turns the check off. Default: 480 seconds, the
    /// docs' example.
    pub fn operating_limit(mut self, limit: Option<Duration>) -> Self {
        self.operating_limit = limit;
        self
    }

    /// How long a minute basket counts towards `operating`: ten minutes on a
    /// portal, each basket opened for one tenth of it. Default: 600 seconds.
    pub fn operating_window(mut self, window: Duration) -> Self {
        self.operating_window = window;
        self
    }

    /// Lifetime of OAuth access tokens. Default: one hour.
    pub fn token_lifetime(mut self, lifetime: Duration) -> Self {
        self.token_lifetime = lifetime;
        self
    }

    /// Lifetime of OAuth refresh tokens. Default: 180 days.
    pub fn refresh_token_lifetime(mut self, lifetime: Duration) -> Self {
        self.refresh_token_lifetime = lifetime;
        self
    }

    /// A fixed secret for the default webhook instead of a random one.
    pub fn webhook_secret(mut self, secret: impl Into<Secret>) -> Self {
        self.webhook_secret = Some(secret.into());
        self
    }

    /// A fixed value for the default OAuth access token instead of a random
    /// one.
    pub fn access_token(mut self, token: impl Into<Secret>) -> Self {
        self.access_token = Some(token.into());
        self
    }

    /// A fixed `application_token` for the default application instead of
    /// a random one: the token its events carry, which a handler checks.
    pub fn application_token(mut self, token: impl Into<Secret>) -> Self {
        self.application_token = Some(token.into());
        self
    }

    /// Scopes of the default webhook. Default: `im`, `imbot`, `crm`, `task`
    /// (the permission the tasks.task.* pages name), `user`, `department`,
    /// `humanresources`, `userfieldconfig`, `salescenter`.
    pub fn webhook_scopes<S: Into<String>>(mut self, scopes: impl IntoIterator<Item = S>) -> Self {
        self.webhook_scopes = scopes.into_iter().map(Into::into).collect();
        self
    }

    /// Scopes of the default application and its token. Default: `im`,
    /// `imbot`, `crm`, `task`, `user`, `department`, `humanresources`,
    /// `userfieldconfig`, `salescenter`.
    pub fn app_scopes<S: Into<String>>(mut self, scopes: impl IntoIterator<Item = S>) -> Self {
        self.app_scopes = scopes.into_iter().map(Into::into).collect();
        self
    }
}
