//! Answering the portal: one POST body in, a status and a short text out.
//! The body is read, its token checked, and only then is the event typed and
//! the user's function run. [`respond`] knows nothing of the HTTP server;
//! with the `axum` feature, [`router`] serves it.

use super::{EventSet, Incoming, VerifyError};
use crate::Secret;
use std::future::Future;

/// What a handler function may fail with; the portal is told only that the
/// handler failed (the portal's queue does not resend an event either way).
pub type HandlerError = Box<dyn std::error::Error + Send + Sync>;

/// The answer to one POST: an HTTP status and a short plain-text body that
/// never holds a token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    /// `200` when the handler ran and succeeded; `400` for a body that is
    /// not an event (or whose data does not fit its type), `401` without an
    /// application token, `403` with a wrong one (the handler does not run
    /// in these cases), `500` when the handler failed.
    pub status: u16,
    /// What happened, in words.
    pub text: String,
}

/// Reads one POST body, checks its application token against `token`, and
/// runs `handler` with the typed event. An event of another scope or one
/// the schema does not describe reaches the handler as `E::Unknown`.
pub async fn respond<E, F, Fut>(
    token: &Secret,
    content_type: Option<&str>,
    body: &[u8],
    handler: F,
) -> Answer
where
    E: EventSet,
    F: FnOnce(E, Incoming) -> Fut,
    Fut: Future<Output = Result<(), HandlerError>>,
{
    let incoming = match Incoming::from_body(content_type, body) {
        Ok(i) => i,
        Err(e) => return answer(400, e.to_string()),
    };
    match incoming.verify(token) {
        Ok(()) => {}
        Err(e @ VerifyError::Missing) => return answer(401, e.to_string()),
        Err(e) => return answer(403, e.to_string()),
    }
    let event = match incoming.event::<E>() {
        Ok(e) => e,
        Err(e) => return answer(400, e.to_string()),
    };
    match handler(event, incoming).await {
        Ok(()) => answer(200, "ok".into()),
        Err(_) => answer(500, "the handler failed".into()),
    }
}

fn answer(status: u16, text: String) -> Answer {
    Answer { status, text }
}

/// An axum router that answers POST `/` with [`respond`]: mount it where
/// the portal is told to send events (`Router::new().nest_service("/events", router(..))`).
/// Bodies over 1 MiB are refused with `413`.
#[cfg(feature = "axum")]
pub fn router<E, F, Fut>(token: Secret, handler: F) -> axum::Router
where
    E: EventSet + Send + 'static,
    F: Fn(E, Incoming) -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<(), HandlerError>> + Send + 'static,
{
    use axum::body::Bytes;
    use axum::http::{HeaderMap, StatusCode, header};
    use axum::routing::post;
    use std::sync::Arc;
    let token = Arc::new(token);
    let route = move |headers: HeaderMap, body: Bytes| {
        let token = Arc::clone(&token);
        let handler = handler.clone();
        async move {
            let content_type = headers
                .get(header::CONTENT_TYPE)
                .and_then(|v| v.to_str().ok());
            let a = respond::<E, _, _>(&token, content_type, &body, handler).await;
            let status =
                StatusCode::from_u16(a.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            (status, a.text)
        }
    };
    axum::Router::new()
        .route("/", post(route))
        .layer(axum::extract::DefaultBodyLimit::max(1 << 20))
}
