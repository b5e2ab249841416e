//! The OAuth refresh goes out through the client's `Transport`, like every
//! call: a recording transport sees the call, the refresh request and the
//! retried call, in that order, and neither the requests' `Debug` nor the
//! tracing output (captured at TRACE) shows a secret. In a test binary of
//! its own, so no other test's threads touch the tracing callsites while it
//! captures them.

use bitrix24::client::{
    ClientBuilder, HttpRequest, HttpResponse, OAuthServer, OAuthTokens, Transport, TransportError,
};
use bitrix24::im;
use std::sync::{Arc, Mutex};

const SECRETS: [&str; 5] = [
    "old-acc3ss",
    "old-r3fresh",
    "cl1ent-s3cret",
    "new-acc3ss",
    "new-r3fresh",
];

const TOKEN_URL: &str = "https://oauth.example.test/oauth/token/";

/// A transport that answers from a script and keeps every request; no
/// network is involved.
#[derive(Clone, Default)]
struct Recording(Arc<Mutex<Vec<HttpRequest>>>);

impl Transport for Recording {
    async fn send(&self, request: HttpRequest) -> Result<HttpResponse, TransportError> {
        let body = String::from_utf8_lossy(&request.body).into_owned();
        let answer = if request.url == TOKEN_URL {
            r#"{"access_token":"new-acc3ss","refresh_token":"new-r3fresh","expires":1780319382}"#
        } else if body.contains("new-acc3ss") {
            r#"{"result":5}"#
        } else {
            r#"{"error":"expired_token","error_description":"The access token provided has expired"}"#
        };
        self.0.lock().unwrap().push(request);
        Ok(HttpResponse {
            status: if answer.contains("expired") { 401 } else { 200 },
            body: answer.as_bytes().to_vec(),
        })
    }
}

/// A `tracing` writer that keeps everything in memory.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn the_refresh_request_goes_through_the_clients_transport() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let transport = Recording::default();
    let client = ClientBuilder::oauth(
        "https://portal.example.test",
        OAuthTokens::new("old-acc3ss", "old-r3fresh"),
    )
    .refresh_with(
        OAuthServer::new("app.1", "cl1ent-s3cret")
            .with_endpoint(TOKEN_URL)
            .unwrap(),
    )
    .build_with(transport.clone())
    .unwrap();
    assert_eq!(client.call(&im::chat::Add::new()).await.unwrap(), 5);

    let sent = transport.0.lock().unwrap().clone();
    let urls: Vec<&str> = sent.iter().map(|r| r.url.as_str()).collect();
    assert_eq!(
        urls,
        [
            "https://portal.example.test/rest/im.chat.add",
            TOKEN_URL,
            "https://portal.example.test/rest/im.chat.add",
        ],
        "the call, its refresh and the retried call all went through the transport"
    );
    let refresh = &sent[1];
    assert_eq!(refresh.content_type, "application/x-www-form-urlencoded");
    let body = String::from_utf8(refresh.body.clone()).unwrap();
    for part in [
        "grant_type=refresh_token",
        "client_id=app.1",
        "client_secret=cl1ent-s3cret",
        "refresh_token=old-r3fresh",
    ] {
        assert!(
            body.split('&').any(|p| p == part),
            "{part} missing from the refresh body"
        );
    }
    assert_eq!(client.tokens().unwrap().access_token.expose(), "new-acc3ss");

    let logs = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(logs.contains("refreshing the OAuth access token"), "{logs}");
    let shown = [format!("{sent:?}"), format!("{client:?}"), logs];
    for text in &shown {
        for secret in SECRETS {
            assert!(!text.contains(secret), "{secret} leaked into: {text}");
        }
    }
}
