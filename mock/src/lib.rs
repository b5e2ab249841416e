//! `bitrix24-mock`: a local Bitrix24 portal on loopback, for tests.
//!
//! It speaks the portal's REST protocol over real HTTP — incoming webhooks
//! (`/rest/{user_id}/{secret}/{method}`), OAuth tokens (`/rest/{method}` with
//! `auth`), `batch`, the OAuth refresh endpoint — and answers with the result
//! shapes, error codes and HTTP statuses of the documentation. Requests are
//! checked against the `bitrix24` crate's schema: the method table for types
//! and enum values, the generated request types to decode them, the generated
//! result types to answer.
//!
//! ```no_run
//! # async fn demo() -> std::io::Result<()> {
//! use bitrix24_mock::{Config, Fault, Mock};
//!
//! let mock = Mock::start(Config::default()).await?;
//! let webhook = mock.webhook_url(); // http://127.0.0.1:PORT/rest/1/<secret>/
//! let bot = mock.bot();              // id 456, owned by the default app
//!
//! // ... point the code under test at `webhook` or at `mock.oauth_base_url()`
//! // with `mock.oauth_token()` ...
//!
//! mock.inject(Fault::drop_connection().method("imbot.v2.Chat.add").once());
//! assert!(mock.chats().is_empty());
//! # let _ = (webhook, bot);
//! # Ok(()) }
//! ```
//!
//! The server runs on the tokio runtime that called [`Mock::start`] and stops
//! when the [`Mock`] is dropped or [`Mock::shutdown`] is awaited. The
//! `bitrix24-mock` binary runs one from the command line for other languages
//! and manual tries.
#![warn(missing_docs)]

mod config;
mod conn;
mod crm;
mod departments;
mod events;
mod faults;
mod messages;
mod methods;
mod params;
mod query;
mod server;
mod state;
mod tasks;
#[cfg(test)]
#[path = "../../tests/support/type_samples.rs"]
mod type_samples;
mod users;
mod wire;

pub use bitrix24::Secret;
pub use config::{Config, RateLimit};
pub use crm::StoredFile;
pub use events::{Delivery, DeliveryOutcome};
pub use faults::{Fault, FaultKind};
pub use state::{AppInfo, BotInfo, BotOwner, ChatSnapshot, TokenPair, WebhookInfo};

use server::Shared;
use std::fmt;
use std::io;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

/// The HTTP status and code the emulator answers for a parameter of the
/// wrong type or an enum value the schema does not know: `400` with
/// `ERROR_ARGUMENT`. The docs do not name one for these two methods; they use
/// `ERROR_ARGUMENT` for argument errors elsewhere (`user.add`).
pub const ARGUMENT_ERROR: (u16, &str) = (400, wire::ERROR_ARGUMENT);

/// The HTTP status and code for a method the portal does not have:
/// `404 ERROR_METHOD_NOT_FOUND`.
pub const METHOD_NOT_FOUND: (u16, &str) = (404, wire::METHOD_NOT_FOUND);

/// How many commands one `batch` runs (the docs' limit); commands beyond it
/// end in `ERROR_BATCH_LENGTH_EXCEEDED`.
pub const BATCH_MAX_LENGTH: usize = server::BATCH_MAX_LENGTH;

/// The `rust` blocks of the README, compiled as doctests. They hold plain
/// functions: under `#[tokio::test]` a doctest would drop the body unchecked.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

/// A running emulator. Dropping it stops the server.
pub struct Mock {
    shared: Arc<Shared>,
    addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<()>>,
    courier_task: JoinHandle<()>,
}

impl fmt::Debug for Mock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Mock")
            .field("addr", &self.addr)
            .finish_non_exhaustive()
    }
}

impl Mock {
    /// Starts an emulator on `127.0.0.1` (the port from the config, a free
    /// one by default), on the current tokio runtime.
    ///
    /// Its portal holds: users 1 (John Smith, the default webhook's user), 2,
    /// 3, 103 and 547; the default application [`Mock::app`] with a token
    /// for user 1 ([`Mock::oauth_token`]); the default webhook
    /// ([`Mock::webhook_url`]); and bot 456 "Support Bot" registered by the
    /// default application ([`Mock::bot`]).
    pub async fn start(config: Config) -> io::Result<Mock> {
        let listener = tokio::net::TcpListener::bind((Ipv4Addr::LOCALHOST, config.port)).await?;
        let addr = listener.local_addr()?;
        let base_url = format!("http://{addr}");
        let (courier, courier_task) = events::Courier::start();
        let shared = Arc::new(Shared::new(state::Portal::new(&config), base_url, courier));
        let app = server::router(shared.clone())
            .into_make_service_with_connect_info::<conn::ConnHandle>();
        let (stop, stopped) = oneshot::channel::<()>();
        let serve =
            axum::serve(conn::KillableListener(listener), app).with_graceful_shutdown(async move {
                let _ = stopped.await;
            });
        let task = tokio::spawn(async move {
            let _ = serve.await;
        });
        Ok(Mock {
            shared,
            addr,
            stop: Some(stop),
            task: Some(task),
            courier_task,
        })
    }

    /// Stops the server and waits until it has stopped.
    pub async fn shutdown(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
        self.courier_task.abort();
    }

    /// The address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:PORT`
    pub fn base_url(&self) -> String {
        self.shared.base_url.clone()
    }

    /// The default webhook's URL, `http://127.0.0.1:PORT/rest/1/<secret>/`;
    /// append a method name to call it. It contains the secret.
    pub fn webhook_url(&self) -> String {
        self.webhook().url
    }

    /// The default webhook: user 1, scopes from [`Config::webhook_scopes`].
    pub fn webhook(&self) -> WebhookInfo {
        let portal = self.shared.portal();
        // The default webhook is created first and never removed.
        let (user_id, secret, scopes) = portal
            .webhooks
            .first()
            .map(|h| (h.user_id, h.secret.clone(), h.scopes.clone()))
            .unwrap_or((1, Secret::new(""), Vec::new()));
        WebhookInfo {
            user_id,
            url: self.hook_url(user_id, &secret),
            secret,
            scopes,
        }
    }

    fn hook_url(&self, user_id: i64, secret: &Secret) -> String {
        format!(
            "{}/rest/{user_id}/{}/",
            self.shared.base_url,
            secret.expose()
        )
    }

    /// Where OAuth calls go: `http://127.0.0.1:PORT/rest/` (the
    /// `client_endpoint` of a token answer); append a method name and send
    /// the token as `auth`.
    pub fn oauth_base_url(&self) -> String {
        format!("{}/rest/", self.shared.base_url)
    }

    /// The token endpoint: `http://127.0.0.1:PORT/oauth/token/`.
    pub fn oauth_token_url(&self) -> String {
        format!("{}/oauth/token/", self.shared.base_url)
    }

    /// The default application's access token (user 1).
    pub fn oauth_token(&self) -> Secret {
        self.shared.portal().default_tokens.0.clone()
    }

    /// The refresh token issued with [`Mock::oauth_token`]. A successful
    /// refresh replaces it on the server: refresh tokens are single-use.
    pub fn refresh_token(&self) -> Secret {
        self.shared.portal().default_tokens.1.clone()
    }

    /// The default application: `client_id`, `client_secret`, scopes.
    pub fn app(&self) -> AppInfo {
        let portal = self.shared.portal();
        let id = portal.default_app.clone();
        portal.app_info(&id).unwrap_or_else(|| AppInfo {
            client_id: id,
            client_secret: Secret::new(""),
            scopes: Vec::new(),
            application_token: Secret::new(""),
        })
    }

    /// The seeded bot: id 456, registered by the default application.
    pub fn bot(&self) -> BotInfo {
        let portal = self.shared.portal();
        let id = portal.default_bot;
        portal.bot_info(id).unwrap_or_else(|| BotInfo {
            id,
            code: String::new(),
            token: Secret::new(""),
            app: None,
        })
    }

    /// Registers another bot; its id is a new user id.
    pub fn add_bot(&self, name: &str, owner: BotOwner) -> BotInfo {
        self.shared.portal().add_bot(name, owner)
    }

    /// Installs another application with these scopes.
    pub fn add_app<S: Into<String>>(&self, scopes: impl IntoIterator<Item = S>) -> AppInfo {
        let scopes = scopes.into_iter().map(Into::into).collect();
        self.shared.portal().add_app(scopes)
    }

    /// Creates another incoming webhook for a user.
    pub fn add_webhook<S: Into<String>>(
        &self,
        user_id: i64,
        scopes: impl IntoIterator<Item = S>,
    ) -> WebhookInfo {
        let scopes = scopes.into_iter().map(Into::into).collect();
        let (secret, scopes) = self.shared.portal().add_webhook(user_id, scopes);
        WebhookInfo {
            user_id,
            url: self.hook_url(user_id, &secret),
            secret,
            scopes,
        }
    }

    /// Adds an employee; returns the new user id.
    pub fn add_user(&self, first_name: &str, last_name: &str) -> i64 {
        self.shared.portal().add_user(first_name, last_name)
    }

    /// Issues an access and a refresh token for an application's user, with
    /// these scopes (which may differ from the application's card, to test
    /// `insufficient_scope`).
    pub fn issue_token<S: Into<String>>(
        &self,
        client_id: &str,
        user_id: i64,
        scopes: impl IntoIterator<Item = S>,
    ) -> TokenPair {
        let scopes = scopes.into_iter().map(Into::into).collect();
        self.shared
            .portal()
            .issue_token(client_id, user_id, scopes, None)
    }

    /// Makes an access token expired now: calls with it answer
    /// `expired_token` (401) until it is refreshed.
    pub fn expire_token(&self, access_token: &Secret) {
        let now = wire::unix_now();
        if let Some(t) = self.shared.portal().tokens.get_mut(access_token.expose()) {
            t.expires_at = now;
        }
    }

    /// Makes every access token issued so far expired.
    pub fn expire_all_tokens(&self) {
        let now = wire::unix_now();
        for t in self.shared.portal().tokens.values_mut() {
            t.expires_at = now;
        }
    }

    /// Makes a refresh token expired: refreshing with it answers
    /// `invalid_grant`.
    pub fn expire_refresh_token(&self, refresh_token: &Secret) {
        let now = wire::unix_now();
        if let Some(t) = self
            .shared
            .portal()
            .refresh_tokens
            .get_mut(refresh_token.expose())
        {
            t.expires_at = now;
        }
    }

    /// The file sent in a CRM file field (a contact's `PHOTO`, a company's
    /// `LOGO`) that the field's answer names by `id`.
    pub fn crm_file(&self, id: i64) -> Option<StoredFile> {
        self.shared.portal().crm.file(id).cloned()
    }

    /// Every chat created so far, by id.
    pub fn chats(&self) -> Vec<ChatSnapshot> {
        self.shared.portal().chats.values().cloned().collect()
    }

    /// Every POST of an event to a handler bound with `event.bind`, in the
    /// order made. Deliveries run in the background: see
    /// [`Mock::wait_for_deliveries`].
    pub fn deliveries(&self) -> Vec<Delivery> {
        self.shared.courier.log()
    }

    /// Waits until every event raised so far has been posted (or `timeout`
    /// has passed), then returns [`Mock::deliveries`].
    pub async fn wait_for_deliveries(&self, timeout: Duration) -> Vec<Delivery> {
        let deadline = tokio::time::Instant::now() + timeout;
        while self.shared.courier.in_flight() > 0 && tokio::time::Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        self.deliveries()
    }

    /// How many items wait in an application's offline event queue (those
    /// `event.offline.get` took without clearing included).
    pub fn offline_queue_len(&self, client_id: &str) -> usize {
        self.shared.portal().events.queue_len(client_id)
    }

    /// How many HTTP requests the server has received (every route, errors
    /// included).
    pub fn request_count(&self) -> u64 {
        self.shared.requests.load(Ordering::Relaxed)
    }

    /// Adds a fault; see [`Fault`].
    pub fn inject(&self, fault: Fault) {
        self.shared.portal().faults.push(fault);
    }

    /// Removes every fault.
    pub fn clear_faults(&self) {
        self.shared.portal().faults.clear();
    }

    /// Changes the request-rate limit from now on (the counters stay).
    pub fn set_rate_limit(&self, limit: RateLimit) {
        self.shared.portal().rate_limit = limit;
    }

    /// Empties every request-rate counter.
    pub fn reset_rate_limit(&self) {
        self.shared.portal().reset_buckets();
    }

    /// Changes each method's execution-time budget; `None` turns the
    /// `OPERATION_TIME_LIMIT` check off.
    pub fn set_operating_limit(&self, limit: Option<Duration>) {
        self.shared.portal().operating_limit = limit;
    }

    /// Counts every call of `method` as taking `cost` towards its
    /// `operating` time, instead of the (tiny) time it really takes.
    pub fn set_method_cost(&self, method: &str, cost: Duration) {
        let name = bitrix24::METHODS
            .iter()
            .find(|m| m.name.eq_ignore_ascii_case(method))
            .map_or_else(|| method.to_owned(), |m| m.name.to_owned());
        self.shared.portal().method_costs.insert(name, cost);
    }

    /// Forgets every method's accumulated `operating` time.
    pub fn reset_operating(&self) {
        self.shared.portal().reset_operating();
    }

    /// Takes from a user the right to call a method: their calls answer
    /// `INVALID_CREDENTIALS` (403), whatever the webhook's or token's scopes.
    pub fn deny_method(&self, user_id: i64, method: &str) {
        let name = bitrix24::METHODS
            .iter()
            .find(|m| m.name.eq_ignore_ascii_case(method))
            .map_or_else(|| method.to_owned(), |m| m.name.to_owned());
        self.shared.portal().denied.insert((user_id, name));
    }

    /// Gives back every right taken with [`Mock::deny_method`].
    pub fn allow_all_methods(&self) {
        self.shared.portal().denied.clear();
    }
}

impl Drop for Mock {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        self.courier_task.abort();
    }
}
