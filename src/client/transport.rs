//! Sending one HTTP request: the small trait the client talks to, and its
//! default implementation on reqwest (rustls, no OpenSSL).

use std::future::Future;
use std::time::Duration;

/// One HTTP POST to the portal.
#[derive(Clone)]
pub struct HttpRequest {
    /// The full URL. It may carry a webhook secret: never log it.
    pub url: String,
    /// The `Content-Type` of the body.
    pub content_type: &'static str,
    /// The body. It may carry tokens: never log it.
    pub body: Vec<u8>,
}

impl std::fmt::Debug for HttpRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HttpRequest")
            .field("content_type", &self.content_type)
            .field("body_len", &self.body.len())
            .finish_non_exhaustive()
    }
}

/// The portal's answer: status and body.
#[derive(Debug, Clone)]
pub struct HttpResponse {
    /// HTTP status code.
    pub status: u16,
    /// The body as received.
    pub body: Vec<u8>,
}

/// Why a request got no answer.
///
/// The distinction that matters is [`TransportError::request_sent`]: a request
/// that never left can be sent again safely; one that may have reached the
/// portal can be resent only if the method is idempotent.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TransportError {
    /// No connection could be made; nothing was sent.
    #[error("could not connect to the portal: {0}")]
    Connect(String),
    /// The request may have been sent, but no complete answer came back
    /// (the connection broke, or the answer took longer than the timeout).
    #[error("no complete answer from the portal: {0}")]
    NoAnswer(String),
}

impl TransportError {
    /// Whether the portal may have received the request.
    pub fn request_sent(&self) -> bool {
        matches!(self, TransportError::NoAnswer(_))
    }
}

/// Sends HTTP requests. The client is generic over it so tests and unusual
/// environments can supply their own; [`ReqwestTransport`] is the default.
pub trait Transport: Send + Sync + 'static {
    /// Sends one request and returns the answer, whatever its status.
    fn send(
        &self,
        request: HttpRequest,
    ) -> impl Future<Output = Result<HttpResponse, TransportError>> + Send;
}

/// A borrowed [`Transport`] behind a plain type, as the client lends its own
/// to a [`RefreshTokens`](super::RefreshTokens) hook: a token refresh goes
/// out through the same transport (timeouts, TLS, proxies, a test double) as
/// every call.
#[derive(Clone, Copy)]
pub struct TransportRef<'a> {
    inner: &'a dyn ErasedTransport,
}

impl<'a> TransportRef<'a> {
    /// Lends `transport`.
    pub fn new<T: Transport>(transport: &'a T) -> Self {
        TransportRef { inner: transport }
    }

    /// Sends one request through the lent transport.
    pub async fn send(&self, request: HttpRequest) -> Result<HttpResponse, TransportError> {
        self.inner.send_boxed(request).await
    }
}

impl std::fmt::Debug for TransportRef<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TransportRef").finish_non_exhaustive()
    }
}

/// [`Transport`] in a form that can sit behind `dyn`.
trait ErasedTransport: Send + Sync {
    fn send_boxed(
        &self,
        request: HttpRequest,
    ) -> super::BoxFuture<'_, Result<HttpResponse, TransportError>>;
}

impl<T: Transport> ErasedTransport for T {
    fn send_boxed(
        &self,
        request: HttpRequest,
    ) -> super::BoxFuture<'_, Result<HttpResponse, TransportError>> {
        Box::pin(self.send(request))
    }
}

/// The default transport: reqwest with rustls, a connect timeout, an overall
/// timeout just above the portal's own 60 s limit, and no redirects (a
/// redirect could carry the webhook secret to another host).
#[derive(Debug, Clone)]
pub struct ReqwestTransport {
    http: reqwest::Client,
}

impl ReqwestTransport {
    /// Connect timeout of the default transport.
    pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
    /// Overall timeout of the default transport: the portal stops a call at 60 s.
    pub const TIMEOUT: Duration = Duration::from_secs(75);

    /// A transport with the default timeouts.
    pub fn new() -> Result<Self, TransportError> {
        Self::with_timeouts(Self::CONNECT_TIMEOUT, Self::TIMEOUT)
    }

    /// A transport with the given connect and overall timeouts.
    pub fn with_timeouts(connect: Duration, overall: Duration) -> Result<Self, TransportError> {
        let http = reqwest::Client::builder()
            .connect_timeout(connect)
            .timeout(overall)
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("bitrix24-rs/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| TransportError::Connect(describe(&e)))?;
        Ok(ReqwestTransport { http })
    }
}

impl Transport for ReqwestTransport {
    async fn send(&self, request: HttpRequest) -> Result<HttpResponse, TransportError> {
        let response = self
            .http
            .post(&request.url)
            .header(reqwest::header::CONTENT_TYPE, request.content_type)
            .header(reqwest::header::ACCEPT, "application/json")
            .body(request.body)
            .send()
            .await
            .map_err(classify)?;
        let status = response.status().as_u16();
        let body = response.bytes().await.map_err(classify)?;
        Ok(HttpResponse {
            status,
            body: body.to_vec(),
        })
    }
}

fn classify(error: reqwest::Error) -> TransportError {
    // The URL may hold a webhook secret: drop it before the error is shown.
    let error = error.without_url();
    let text = describe(&error);
    if error.is_connect() || error.is_builder() {
        TransportError::Connect(text)
    } else {
        TransportError::NoAnswer(text)
    }
}

/// The error and its causes, in one line.
fn describe(error: &reqwest::Error) -> String {
    let mut text = error.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}
