//! Secrets never show: not in `Debug`, `Display`, errors, or the tracing
//! output of calls that succeed and fail. In a test binary of its own, so no
//! other test's threads touch the tracing callsites while it captures them.

mod support;

use bitrix24::client::{ClientBuilder, OAuthServer, OAuthTokens};
use bitrix24::im;
use bitrix24::imbot::v2::chat as bot_chat;
use serde_json::json;
use std::sync::{Arc, Mutex};
use support::{Reply, TestServer, error, fast, ok};

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
async fn secrets_never_show_in_debug_display_errors_or_logs() {
    const SECRETS: [&str; 8] = [
        "stale-r3fresh",
        "s3cr3t-webhook",
        "b0t-token",
        "acc3ss-token",
        "r3fresh-token",
        "cl1ent-s3cret",
        "new-acc3ss",
        "new-r3fresh",
    ];
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let server = TestServer::start(|r| {
        // The authorization server: it refreshes `r3fresh-token` only.
        if r.path == "/oauth/token/" {
            return if r.body.contains("refresh_token=r3fresh-token") {
                Reply::Json(
                    200,
                    json!({"access_token": "new-acc3ss", "refresh_token": "new-r3fresh", "expires_in": 3600}),
                )
            } else {
                Reply::Json(
                    401,
                    json!({"error": "invalid_grant", "error_description": "The refresh token is not valid"}),
                )
            };
        }
        match (r.method(), r.json()["auth"].as_str()) {
            ("im.chat.add", Some("new-acc3ss")) => ok(json!(7)),
            ("im.chat.add", Some(_)) => error(401, "expired_token"),
            ("im.chat.add", None) => error(403, "INVALID_CREDENTIALS"),
            ("batch", _) => Reply::Raw(200, "<html>not json</html>"),
            _ => Reply::Drop,
        }
    })
    .await;
    let webhook = fast(ClientBuilder::webhook(&server.webhook()))
        .bot_token("b0t-token")
        .build()
        .unwrap();
    let oauth = fast(ClientBuilder::oauth(
        &server.base,
        OAuthTokens::new("acc3ss-token", "r3fresh-token"),
    ))
    .build()
    .unwrap();

    let mut shown = vec![
        format!("{webhook:?}"),
        format!("{oauth:?}"),
        format!("{:?}", oauth.tokens()),
    ];
    let api = webhook.call(&im::chat::Add::new()).await.unwrap_err();
    let unknown = webhook.call(&bot_chat::Add::new(1)).await.unwrap_err();
    let oauth_err = oauth
        .call(&bot_chat::Add::new(1).bot_token("b0t-token"))
        .await
        .unwrap_err();
    let mut batch = webhook.batch();
    batch.add(&bot_chat::Add::new(1)).unwrap();
    shown.push(format!("{batch:?}"));
    let batch_err = batch.send().await.unwrap_err();
    shown.push(format!("{api} {api:?}"));
    for e in [unknown, oauth_err] {
        shown.push(format!("{e}"));
        shown.push(format!("{e:?}"));
    }
    shown.push(format!("{batch_err} {batch_err:?}"));
    shown.push(format!(
        "{:?}",
        bot_chat::Add::new(1).bot_token("b0t-token")
    ));

    // A refresh the authorization server accepts, and one it refuses.
    let refreshing = |refresh: &str| {
        fast(ClientBuilder::oauth(
            &server.base,
            OAuthTokens::new("acc3ss-token", refresh),
        ))
        .refresh_with(
            OAuthServer::new("app.1", "cl1ent-s3cret")
                .with_endpoint(&format!("{}/oauth/token/", server.base))
                .unwrap(),
        )
        .build()
        .unwrap()
    };
    let refreshed = refreshing("r3fresh-token");
    assert_eq!(refreshed.call(&im::chat::Add::new()).await.unwrap(), 7);
    shown.push(format!("{refreshed:?} {:?}", refreshed.tokens()));
    let refused = refreshing("stale-r3fresh")
        .call(&im::chat::Add::new())
        .await
        .unwrap_err();
    assert!(
        matches!(refused, bitrix24::Error::Refresh { .. }),
        "{refused:?}"
    );
    shown.push(format!("{refused} {refused:?}"));

    // Nothing listening: a transport error.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = closed.local_addr().unwrap().port();
    drop(closed);
    let nowhere = fast(ClientBuilder::webhook(&format!(
        "http://127.0.0.1:{port}/rest/1/s3cr3t-webhook/"
    )))
    .max_retries(0)
    .bot_token("b0t-token")
    .build()
    .unwrap();
    let transport = nowhere.call(&bot_chat::Add::new(1)).await.unwrap_err();
    assert!(matches!(transport, bitrix24::Error::Transport { .. }));
    shown.push(format!("{transport} {transport:?}"));

    // A 51st command, refused before anything is sent.
    let mut full = webhook.batch();
    for _ in 0..50 {
        full.add(&bot_chat::Add::new(1).bot_token("b0t-token"))
            .unwrap();
    }
    let over = full
        .add(&bot_chat::Add::new(1).bot_token("b0t-token"))
        .unwrap_err();
    shown.push(format!("{over} {over:?} {full:?}"));

    // Configuration errors that quote what they were given.
    for url in [
        "http://portal.example/rest/1/s3cr3t-webhook/",
        "https://portal.example/rest/s3cr3t-webhook/",
        "s3cr3t-webhook",
    ] {
        let e = ClientBuilder::webhook(url).build().unwrap_err();
        shown.push(format!("{e} {e:?}"));
    }
    shown.push(String::from_utf8(captured.0.lock().unwrap().clone()).unwrap());

    let logs = shown.last().unwrap().clone();
    assert!(
        logs.contains("bitrix24.call{method=\"im.chat.add\""),
        "spans carry the method: {logs}"
    );
    assert!(logs.contains("INVALID_CREDENTIALS"), "{logs}");
    // Each call and batch logs how it ended and how long it took.
    for outcome in ["outcome=\"ok\"", "outcome=\"error\"", "outcome=\"failed\""] {
        assert!(logs.contains(outcome), "{outcome} missing: {logs}");
    }
    assert!(logs.contains("elapsed_ms="), "{logs}");
    assert!(
        logs.contains("bitrix24.batch{commands=1 methods=\"imbot.v2.Chat.add\""),
        "the batch span names its methods: {logs}"
    );
    assert!(logs.contains("refreshing the OAuth access token"), "{logs}");
    for text in &shown {
        for secret in SECRETS {
            assert!(!text.contains(secret), "{secret} leaked into: {text}");
        }
    }
}
