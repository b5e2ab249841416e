//! The HTTP client: calls a portal with the generated request types.
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use bitrix24::{Client, Color, im};
//!
//! let client = Client::webhook("https://portal.bitrix24.com/rest/1/<secret>/")?;
//! let chat_id = client
//!     .call(&im::chat::Add::new().title("Deal chat").color(Color::Pink))
//!     .await?;
//! println!("created chat {chat_id}");
//! # Ok(())
//! # }
//! ```

mod answer;
mod auth;
mod batch;
mod error;
mod list;
mod query;
mod retry;
mod scrub;
mod throttle;
mod transport;

pub use crate::RateLimit;
pub use auth::{BoxFuture, OAuthServer, OAuthTokens, RefreshTokens};
pub use batch::{Batch, BatchKey, BatchResults, MAX_COMMANDS as MAX_BATCH_COMMANDS};
pub use error::{ConfigError, Error, RawError, RefreshError};
pub use list::ListStream;
pub use transport::{
    HttpRequest, HttpResponse, ReqwestTransport, Transport, TransportError, TransportRef,
};

use crate::schema::AuthMode;
use crate::{Method, MethodError, Secret};
use answer::{Answer, read_answer, settle};
use auth::Auth;
use serde_json::{Map, Value};
use std::sync::Arc;
use std::time::{Duration, Instant};
use throttle::{OperatingBudget, Throttle};
use tracing::Instrument;

/// A client of one portal, cheap to clone and safe to share between tasks.
///
/// It throttles itself to the portal's request-rate limit, waits out a
/// method's execution-time budget before the portal refuses it, retries
/// what the portal guarantees was not done (`QUERY_LIMIT_EXCEEDED`, a
/// connection that never opened, an expired token after refreshing it), and
/// never resends a non-idempotent call whose fate is unknown.
///
/// `Debug` shows the portal and the auth mode, never a secret.
pub struct Client<T: Transport = ReqwestTransport> {
    inner: Arc<Inner<T>>,
}

impl<T: Transport> Clone for Client<T> {
    fn clone(&self) -> Self {
        Client {
            inner: Arc::clone(&self.inner),
        }
    }
}

/// A request body (a JSON object) and the entries to append to it.
type Encoded = (Vec<u8>, Vec<(&'static str, Secret)>);

type TokenCallback = Arc<dyn Fn(&OAuthTokens) + Send + Sync>;

struct Inner<T> {
    transport: T,
    auth: Auth,
    bot_token: Option<Secret>,
    throttle: Throttle,
    operating: OperatingBudget,
    max_retries: u32,
    backoff: Duration,
    max_delay: Duration,
    retry_budget: Option<Duration>,
    refresher: Option<Arc<dyn RefreshTokens>>,
    on_refresh: Option<TokenCallback>,
    refresh_lock: tokio::sync::Mutex<()>,
}

impl<T: Transport> std::fmt::Debug for Client<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("portal", &self.inner.auth.shown_url(""))
            .field("auth", &self.inner.auth.kind())
            .field("bot_token", &self.inner.bot_token.as_ref().map(|_| "***"))
            .finish_non_exhaustive()
    }
}

impl Client {
    /// A client for an incoming webhook URL,
    /// `https://{portal}/rest/{user_id}/{secret}/`, with the default transport
    /// and limits. Plain `http://` is refused except for loopback hosts.
    pub fn webhook(url: &str) -> Result<Client, ConfigError> {
        ClientBuilder::webhook(url).build()
    }

    /// A client that calls as an OAuth application: `portal` is the portal's
    /// address (`https://portal.bitrix24.com` or its `/rest/` endpoint).
    pub fn oauth(portal: &str, tokens: OAuthTokens) -> Result<Client, ConfigError> {
        ClientBuilder::oauth(portal, tokens).build()
    }

    /// A builder with every option.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }
}

/// Options of a [`Client`].
pub struct ClientBuilder {
    auth: Option<Result<Auth, ConfigError>>,
    bot_token: Option<Secret>,
    rate_limit: RateLimit,
    operating_limit: Duration,
    max_retries: u32,
    backoff: Duration,
    retry_budget: Option<Duration>,
    refresher: Option<Arc<dyn RefreshTokens>>,
    on_refresh: Option<TokenCallback>,
}

impl Default for ClientBuilder {
    fn default() -> Self {
        ClientBuilder {
            auth: None,
            bot_token: None,
            rate_limit: RateLimit::STANDARD,
            operating_limit: Duration::from_secs(480),
            max_retries: 5,
            backoff: Duration::from_millis(500),
            retry_budget: None,
            refresher: None,
            on_refresh: None,
        }
    }
}

impl std::fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("rate_limit", &self.rate_limit)
            .field("max_retries", &self.max_retries)
            .finish_non_exhaustive()
    }
}

impl ClientBuilder {
    /// Calls through an incoming webhook URL.
    pub fn webhook(url: &str) -> Self {
        ClientBuilder {
            auth: Some(Auth::webhook(url)),
            ..ClientBuilder::default()
        }
    }

    /// Calls as an OAuth application with `tokens`.
    pub fn oauth(portal: &str, tokens: OAuthTokens) -> Self {
        ClientBuilder {
            auth: Some(Auth::oauth(portal, tokens)),
            ..ClientBuilder::default()
        }
    }

    /// The bot token that `imbot.v2` methods need with webhook auth; the
    /// client adds it to each such call that does not carry one.
    pub fn bot_token(mut self, token: impl Into<Secret>) -> Self {
        self.bot_token = Some(token.into());
        self
    }

    /// The portal's rate limit (default: [`RateLimit::STANDARD`]).
    pub fn rate_limit(mut self, limit: RateLimit) -> Self {
        self.rate_limit = limit;
        self
    }

    /// Seconds of execution time a method may use per ten minutes before the
    /// portal answers `OPERATION_TIME_LIMIT` (default 480 s).
    pub fn operating_limit(mut self, limit: Duration) -> Self {
        self.operating_limit = limit;
        self
    }

    /// How many times a call the portal did not run is sent again (default 5).
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.max_retries = retries;
        self
    }

    /// The first pause before a retry; it doubles each time, six times at
    /// most (default 500 ms). Each pause is between half and all of that
    /// figure, at random, so that calls refused together come back spread
    /// out.
    pub fn backoff(mut self, first: Duration) -> Self {
        self.backoff = first;
        self
    }

    /// How long one call may take, counted from its start, before the
    /// client stops retrying it: a retry whose pause would end past this
    /// is not made, and the caller gets the last refusal or failure
    /// (default: no limit besides [`max_retries`](Self::max_retries)).
    pub fn retry_budget(mut self, budget: Duration) -> Self {
        self.retry_budget = Some(budget);
        self
    }

    /// How expired OAuth tokens are refreshed, such as [`OAuthServer`].
    pub fn refresh_with(mut self, refresher: impl RefreshTokens + 'static) -> Self {
        self.refresher = Some(Arc::new(refresher));
        self
    }

    /// Called with each new token pair after a refresh, so it can be stored.
    pub fn on_refresh(mut self, callback: impl Fn(&OAuthTokens) + Send + Sync + 'static) -> Self {
        self.on_refresh = Some(Arc::new(callback));
        self
    }

    /// Builds a client on the default transport (reqwest with rustls).
    pub fn build(self) -> Result<Client, ConfigError> {
        let transport = ReqwestTransport::new().map_err(ConfigError::Transport)?;
        self.build_with(transport)
    }

    /// Builds a client on another transport.
    pub fn build_with<T: Transport>(self, transport: T) -> Result<Client<T>, ConfigError> {
        let auth = match self.auth {
            Some(auth) => auth?,
            None => {
                return Err(ConfigError::Url {
                    url: String::new(),
                    reason:
                        "no portal given; start from ClientBuilder::webhook or ClientBuilder::oauth"
                            .into(),
                });
            }
        };
        Ok(Client {
            inner: Arc::new(Inner {
                transport,
                auth,
                bot_token: self.bot_token,
                throttle: Throttle::new(self.rate_limit),
                operating: OperatingBudget::new(self.operating_limit),
                max_retries: self.max_retries,
                backoff: self.backoff,
                // The pauses double six times at most.
                max_delay: self.backoff.saturating_mul(64),
                retry_budget: self.retry_budget,
                refresher: self.refresher,
                on_refresh: self.on_refresh,
                refresh_lock: tokio::sync::Mutex::new(()),
            }),
        })
    }
}

/// Appends string entries to a serialized JSON object: `{"a":1}` with
/// `auth=x` gives `{"a":1,"auth":"x"}`.
fn append(object: &[u8], entries: &[(&str, &str)]) -> Vec<u8> {
    let mut body = object.to_vec();
    if entries.is_empty() {
        return body;
    }
    body.pop(); // the closing brace
    let mut first = body.len() == 1; // only `{` is left
    for (key, value) in entries {
        if !first {
            body.push(b',');
        }
        first = false;
        // Strings always serialize.
        body.extend_from_slice(serde_json::to_string(key).unwrap_or_default().as_bytes());
        body.push(b':');
        body.extend_from_slice(serde_json::to_string(value).unwrap_or_default().as_bytes());
    }
    body.push(b'}');
    body
}

/// Logs, inside a call's or batch's span, how long it took and how it
/// ended: `ok`, `error` (the portal's code and status) or `failed`.
fn log_finished<R, E: MethodError>(
    span: &tracing::Span,
    started: Instant,
    outcome: &Result<R, Error<E>>,
) {
    let elapsed_ms = started.elapsed().as_millis() as u64;
    span.in_scope(|| match outcome {
        Ok(_) => tracing::info!(elapsed_ms, outcome = "ok", "call finished"),
        Err(Error::Api { error, status, .. }) => {
            tracing::warn!(
                elapsed_ms,
                outcome = "error",
                code = error.code(),
                status,
                "call finished"
            )
        }
        Err(e) => tracing::warn!(elapsed_ms, outcome = "failed", error = %e, "call finished"),
    });
}

impl<T: Transport> Client<T> {
    /// Calls a method and returns its typed result, or its typed error.
    ///
    /// Each call runs in a `bitrix24.call` tracing span carrying the method
    /// name; its outcome and duration are logged when it ends. No URL, token
    /// or body is ever logged.
    pub async fn call<M: Method>(&self, request: &M) -> Result<M::Output, Error<M::Error>> {
        self.call_response(request)
            .await
            .map(|response| response.result)
    }

    /// Calls a method and returns its whole response: the typed result, the
    /// `time` block, and for the list methods `total` and `next`, which
    /// [`call`](Self::call) leaves out. Errors as [`call`](Self::call).
    ///
    /// ```no_run
    /// # async fn page(client: &bitrix24::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use bitrix24::im;
    ///
    /// let page = client
    ///     .call_response(&im::search::chat::List::new().find("support"))
    ///     .await?;
    /// println!("{} of {:?} chats", page.result.len(), page.total);
    /// if let Some(offset) = page.next {
    ///     let request = im::search::chat::List::new().find("support").offset(offset);
    ///     let _next_page = client.call(&request).await?;
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub async fn call_response<M: Method>(
        &self,
        request: &M,
    ) -> Result<crate::Response<M::Output>, Error<M::Error>> {
        let encoded = serde_json::to_vec(request)
            .map_err(|e| e.to_string())
            .map(|object| {
                // Only when a bot token may be added is the request looked into.
                let has = |name: &str| {
                    serde_json::to_value(request)
                        .map(|v| v.get(name).is_some())
                        .unwrap_or(true)
                };
                (object, self.bot_token_extra(M::INFO, has))
            });
        self.traced(M::INFO, encoded).await
    }

    /// Calls a method known only at run time, by its entry in
    /// [`crate::METHODS`], with params as JSON: what schema-driven tools such
    /// as the `b24` command line use. Error codes are read against the
    /// method's own table and the system table.
    pub async fn call_raw(
        &self,
        method: &'static crate::schema::MethodInfo,
        params: Map<String, Value>,
    ) -> Result<Value, Error<RawError>> {
        self.call_raw_response(method, params)
            .await
            .map(|response| response.result)
    }

    /// [`call_raw`](Self::call_raw) with the whole response: the result, the
    /// `time` block, and a list method's `total` and `next`.
    pub async fn call_raw_response(
        &self,
        method: &'static crate::schema::MethodInfo,
        params: Map<String, Value>,
    ) -> Result<crate::Response<Value>, Error<RawError>> {
        let extra = self.bot_token_extra(method, |name| params.contains_key(name));
        let encoded = serde_json::to_vec(&params)
            .map(|object| (object, extra))
            .map_err(|e| e.to_string());
        self.traced::<Value, RawError>(method, encoded)
            .await
            .map_err(|e| match e {
                Error::Api {
                    method: name,
                    error,
                    status,
                    description,
                } => Error::Api {
                    method: name,
                    error: RawError {
                        info: method.error(&error.code),
                        code: error.code,
                    },
                    status,
                    description,
                },
                other => other,
            })
    }

    /// One call in its `bitrix24.call` span, with its outcome logged.
    async fn traced<R: serde::de::DeserializeOwned, E: MethodError>(
        &self,
        info: &'static crate::schema::MethodInfo,
        encoded: Result<Encoded, String>,
    ) -> Result<crate::Response<R>, Error<E>> {
        let span = tracing::info_span!(
            "bitrix24.call",
            method = info.name,
            auth = self.inner.auth.kind()
        );
        let started = Instant::now();
        let outcome = async {
            let (object, extra) = encoded.map_err(|reason| Error::Request {
                method: info.name,
                reason,
            })?;
            if !object.starts_with(b"{") {
                return Err(Error::Request {
                    method: info.name,
                    reason: "the request is not a JSON object".into(),
                });
            }
            let answer = self
                .exchange(info.name, info.api, info.idempotent, &object, &extra)
                .await;
            // The client's credentials are out already; the request's own
            // secret params (a bot token on the request) go too.
            settle::<R, E>(info.name, answer)
                .map_err(|e| scrub::error(e, &scrub::of_object(info.params, &object)))
        }
        .instrument(span.clone())
        .await;
        log_finished(&span, started, &outcome);
        outcome
    }

    /// The configured bot token, as an entry to append, when the method
    /// needs one with webhook auth and the request (`has`) lacks it.
    fn bot_token_extra(
        &self,
        info: &crate::schema::MethodInfo,
        has: impl FnOnce(&str) -> bool,
    ) -> Vec<(&'static str, Secret)> {
        match self.bot_token_param(info) {
            Some((name, token)) if !has(name) => vec![(name, token)],
            _ => Vec::new(),
        }
    }

    /// The param that carries the configured bot token, for an `imbot` call
    /// made with webhook auth: a secret param the schema says is required
    /// with webhook auth.
    fn bot_token_param(&self, info: &crate::schema::MethodInfo) -> Option<(&'static str, Secret)> {
        let (Some(token), Auth::Webhook { .. }) = (&self.inner.bot_token, &self.inner.auth) else {
            return None;
        };
        info.params
            .iter()
            .find(|p| p.secret && p.required_with == Some(AuthMode::Webhook))
            .map(|p| (p.name, token.clone()))
    }

    /// Sends a JSON object (plus `extra` entries and, with OAuth, `auth`) to
    /// `method` until the portal answers, retrying only what the portal
    /// guarantees it did not run.
    async fn exchange<R: serde::de::DeserializeOwned>(
        &self,
        method: &'static str,
        api: crate::schema::Api,
        idempotent: bool,
        object: &[u8],
        extra: &[(&str, Secret)],
    ) -> Result<Answer<R>, Failure> {
        let inner = &self.inner;
        let started = Instant::now();
        let policy = self.policy();
        let mut attempt = retry::Attempt {
            idempotent,
            ..retry::Attempt::default()
        };
        loop {
            let pause = inner.throttle.reserve().max(inner.operating.wait(method));
            if !pause.is_zero() {
                tracing::debug!(
                    wait_ms = pause.as_millis() as u64,
                    "waiting for the portal's limits"
                );
                tokio::time::sleep(pause).await;
            }
            let token = inner.auth.access_token();
            let mut entries: Vec<(&str, &str)> =
                extra.iter().map(|(k, v)| (*k, v.expose())).collect();
            if let Some(token) = &token {
                entries.push(("auth", token.expose()));
            }
            let request = HttpRequest {
                url: inner.auth.url(method, api),
                content_type: "application/json",
                body: append(object, &entries),
            };
            let sent = inner
                .transport
                .send(request)
                .await
                .map(|response| read_answer::<R>(response.status, &response.body));
            let outcome = match &sent {
                Ok(answer) => {
                    self.observe(method, answer);
                    retry::Outcome::Answered {
                        code: match answer {
                            Answer::Error { code, .. } => Some(code.as_str()),
                            _ => None,
                        },
                    }
                }
                Err(e) => retry::Outcome::Failed(e),
            };
            attempt.elapsed = started.elapsed();
            let next = retry::decide(&attempt, &outcome, &policy, jitter());
            match next {
                retry::Next::Return | retry::Next::OutcomeUnknown => {}
                retry::Next::Retry { after } => {
                    attempt.retries += 1;
                    match &sent {
                        Err(e) => tracing::debug!(
                            retries = attempt.retries,
                            error = %e,
                            "resending: the call never reached the portal, or is safe to run twice"
                        ),
                        Ok(_) => tracing::debug!(
                            retries = attempt.retries,
                            "resending: the portal's request limit was reached"
                        ),
                    }
                    tokio::time::sleep(after).await;
                    continue;
                }
                retry::Next::RefreshThenRetry => {
                    if let Some(token) = &token {
                        self.refresh(token).await.map_err(Failure::Refresh)?;
                    }
                    attempt.refreshed = true;
                    continue;
                }
            }
            return match sent {
                Ok(answer) => Ok(self.scrubbed(answer, token.as_ref(), extra)),
                Err(e) if next == retry::Next::OutcomeUnknown => Err(Failure::OutcomeUnknown(e)),
                Err(e) => Err(Failure::Transport(e)),
            };
        }
    }

    /// The client's retry policy, from its options.
    fn policy(&self) -> retry::Policy {
        let inner = &self.inner;
        retry::Policy {
            max_retries: inner.max_retries,
            backoff: inner.backoff,
            max_delay: inner.max_delay,
            budget: inner.retry_budget,
            can_refresh: inner.refresher.is_some() && matches!(inner.auth, Auth::OAuth { .. }),
        }
    }

    /// Keeps what an answer says about the portal's limits: the method's
    /// execution time, a spent budget, a full request bucket.
    fn observe<R>(&self, method: &'static str, answer: &Answer<R>) {
        let inner = &self.inner;
        match answer {
            Answer::Result(response) => inner.operating.record(method, response.time.as_ref()),
            // Returned to the caller (the portal ran nothing, but the
            // budget frees only at its reset); later calls wait for it.
            Answer::Error { code, .. } if code == "OPERATION_TIME_LIMIT" => {
                inner.operating.spent(method)
            }
            Answer::Error { code, .. } if code == retry::QUERY_LIMIT_EXCEEDED => {
                inner.throttle.saturate()
            }
            _ => {}
        }
    }

    /// Every credential of the client: the auth's, the bot token, and those
    /// of one request (`used`, `extra`).
    fn secrets(&self, used: Option<&Secret>, extra: &[(&str, Secret)]) -> Vec<Secret> {
        let mut secrets = self.inner.auth.secrets();
        secrets.extend(self.inner.bot_token.clone());
        secrets.extend(used.cloned());
        secrets.extend(extra.iter().map(|(_, s)| s.clone()));
        secrets
    }

    /// The answer with the client's credentials taken out of the text it
    /// keeps for the caller (an error's description, a body that did not
    /// decode): a portal may quote what it was sent.
    fn scrubbed<R>(
        &self,
        answer: Answer<R>,
        used: Option<&Secret>,
        extra: &[(&str, Secret)],
    ) -> Answer<R> {
        let secrets = self.secrets(used, extra);
        let secrets: Vec<&Secret> = secrets.iter().collect();
        let scrub = |text: String| crate::secret::scrub(&text, &secrets);
        match answer {
            Answer::Error {
                code,
                description,
                status,
            } => Answer::Error {
                code,
                description: description.map(scrub),
                status,
            },
            Answer::Undecodable {
                status,
                reason,
                body,
            } => Answer::Undecodable {
                status,
                reason: scrub(reason),
                body: scrub(body),
            },
            result => result,
        }
    }

    /// Refreshes the OAuth tokens once, however many calls found `used`
    /// expired at the same moment: the first refreshes, the others see that
    /// the token changed and reuse the new one.
    async fn refresh(&self, used: &Secret) -> Result<(), RefreshError> {
        let inner = &self.inner;
        let Auth::OAuth { tokens, .. } = &inner.auth else {
            return Err(RefreshError::NotConfigured(
                "webhook auth has no token to refresh".into(),
            ));
        };
        let Some(refresher) = &inner.refresher else {
            return Err(RefreshError::NotConfigured(
                "no refresh hook was given to the client".into(),
            ));
        };
        let _guard = inner.refresh_lock.lock().await;
        let current = auth::read(tokens).clone();
        if current.access_token != *used {
            return Ok(());
        }
        tracing::info!("refreshing the OAuth access token");
        let fresh = refresher
            .refresh(&current, TransportRef::new(&inner.transport))
            .await?;
        *tokens.write().unwrap_or_else(|p| p.into_inner()) = fresh.clone();
        if let Some(callback) = &inner.on_refresh {
            callback(&fresh);
        }
        Ok(())
    }

    /// The current OAuth tokens, to store (None with webhook auth).
    pub fn tokens(&self) -> Option<OAuthTokens> {
        match &self.inner.auth {
            Auth::OAuth { tokens, .. } => Some(auth::read(tokens).clone()),
            Auth::Webhook { .. } => None,
        }
    }

    /// Starts a batch of up to 50 calls sent in one request.
    pub fn batch(&self) -> Batch<'_, T> {
        Batch::new(self)
    }
}

/// A random number in `0.0..1.0` for [`retry::decide`], from the standard
/// library's randomly keyed hasher (each `RandomState` has fresh keys).
fn jitter() -> f64 {
    use std::hash::{BuildHasher, RandomState};
    let bits = RandomState::new().hash_one(Instant::now());
    (bits >> 11) as f64 / (1u64 << 53) as f64
}

/// A failure before any answer, not yet tied to a method's error type.
enum Failure {
    Transport(TransportError),
    OutcomeUnknown(TransportError),
    Refresh(RefreshError),
}

impl Failure {
    fn into_error<E: MethodError>(self, method: &'static str) -> Error<E> {
        match self {
            Failure::Transport(source) => Error::Transport { method, source },
            Failure::OutcomeUnknown(source) => Error::OutcomeUnknown { method, source },
            Failure::Refresh(source) => Error::Refresh { method, source },
        }
    }
}
