//! Secrets never show: not in `Debug`, `Display`, errors, or the tracing
//! output (captured at TRACE) of calls that succeed and fail. One test
//! drives every auth mode (webhook, webhook with a bot token on the client
//! or on the request, OAuth with and without a refresh hook, an
//! application's OAuth token), batch, the retries (request limit, a dropped
//! connection of an idempotent call), the refresh (accepted and refused) and
//! every error path (API error, outcome unknown, transport, undecodable
//! answer, refresh refused, configuration, batch), including against servers
//! that quote back everything they are sent. In a test binary of its own, so
//! no other test's threads touch the tracing callsites while it captures
//! them.

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
    const SECRETS: [&str; 9] = [
        "app-t0ken",
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
    // A portal and an authorization server that echo every secret they are
    // sent in their answers, through the retries and every error path.
    let echo = TestServer::start(|r| {
        static SEEN: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());
        let echoed = format!(
            "got {} {} {}",
            r.path,
            r.query.clone().unwrap_or_default(),
            r.body
        );
        let first = {
            let mut seen = SEEN.lock().unwrap();
            let first = !seen.contains(&r.path);
            seen.push(r.path.clone());
            first
        };
        if r.path == "/oauth/token/" {
            return Reply::Json(
                400,
                json!({"error": "invalid_grant", "error_description": echoed}),
            );
        }
        match r.method() {
            // Refused once for the request rate, then run.
            "im.chat.add" if first => Reply::Json(
                503,
                json!({"error": "QUERY_LIMIT_EXCEEDED", "error_description": echoed}),
            ),
            "im.chat.add" if r.json()["auth"].is_string() => Reply::Json(
                401,
                json!({"error": "expired_token", "error_description": echoed}),
            ),
            "im.chat.add" => ok(json!(7)),
            // Idempotent: a dropped connection is resent.
            "im.chat.get" if first => Reply::Drop,
            "im.chat.get" => ok(json!({"ID": 7})),
            // Not idempotent: a dropped connection is an unknown outcome.
            "im.message.add" => Reply::Drop,
            // An answer that does not decode, quoting what was sent.
            "im.chat.mute" => Reply::Json(200, json!({"result": {"echo": echoed}})),
            _ => Reply::Json(
                400,
                json!({"error": "BOT_NOT_FOUND", "error_description": echoed}),
            ),
        }
    })
    .await;
    let hooked = fast(ClientBuilder::webhook(&echo.webhook()))
        .bot_token("b0t-token")
        .build()
        .unwrap();
    assert_eq!(hooked.call(&im::chat::Add::new()).await.unwrap(), 7);
    let got = hooked
        .call_response(&im::chat::Get::new(im::ChatEntityType::Crm, "DEAL|1"))
        .await
        .unwrap();
    shown.push(format!("{got:?}"));
    let unknown = hooked
        .call(&im::message::Add::new("chat7"))
        .await
        .unwrap_err();
    assert!(unknown.outcome_unknown(), "{unknown:?}");
    let undecodable = hooked.call(&im::chat::Mute::new()).await.unwrap_err();
    assert!(
        matches!(undecodable, bitrix24::Error::Decode { .. }),
        "{undecodable:?}"
    );
    let echoed_api = hooked.call(&bot_chat::Add::new(1)).await.unwrap_err();
    let info = bitrix24::schema::MethodInfo::find("imbot.v2.Chat.add").unwrap();
    let mut raw_params = serde_json::Map::new();
    raw_params.insert("botToken".into(), json!("b0t-token"));
    let raw = hooked.call_raw(info, raw_params).await.unwrap_err();
    let mut echo_batch = hooked.batch();
    echo_batch.add(&bot_chat::Add::new(1)).unwrap();
    let echo_batch_err = echo_batch.send().await.unwrap_err();
    // The bot token given on the requests, not to the client.
    let plain = fast(ClientBuilder::webhook(&echo.webhook()))
        .build()
        .unwrap();
    let on_request = plain
        .call(&bot_chat::Add::new(1).bot_token("b0t-token"))
        .await
        .unwrap_err();
    let mut plain_batch = plain.batch();
    plain_batch
        .add(&bot_chat::Add::new(1).bot_token("b0t-token"))
        .unwrap();
    let plain_batch_err = plain_batch.send().await.unwrap_err();
    shown.push(format!(
        "{on_request} {on_request:?} {plain_batch_err} {plain_batch_err:?}"
    ));
    // The application's OAuth token, expired; its refresh is refused.
    let app = fast(ClientBuilder::oauth(
        &echo.base,
        OAuthTokens::new("app-t0ken", "r3fresh-token"),
    ))
    .refresh_with(
        OAuthServer::new("app.1", "cl1ent-s3cret")
            .with_endpoint(&format!("{}/oauth/token/", echo.base))
            .unwrap(),
    )
    .on_refresh(|tokens| panic!("no refresh succeeds: {tokens:?}"))
    .build()
    .unwrap();
    // The first im.chat.add of the echo server was already refused once.
    let refresh_refused = app.call(&im::chat::Add::new()).await.unwrap_err();
    assert!(
        matches!(refresh_refused, bitrix24::Error::Refresh { .. }),
        "{refresh_refused:?}"
    );
    let sources = |e: &dyn std::error::Error| {
        let mut text = String::new();
        let mut next = e.source();
        while let Some(s) = next {
            text.push_str(&format!("{s} {s:?}\n"));
            next = s.source();
        }
        text
    };
    shown.push(format!("{unknown} {unknown:?} {}", sources(&unknown)));
    shown.push(format!(
        "{undecodable} {undecodable:?} {}",
        sources(&undecodable)
    ));
    shown.push(format!(
        "{echoed_api} {echoed_api:?} {}",
        sources(&echoed_api)
    ));
    shown.push(format!(
        "{refresh_refused} {refresh_refused:?} {}",
        sources(&refresh_refused)
    ));
    shown.push(format!(
        "{raw} {raw:?} {echo_batch_err} {echo_batch_err:?} {app:?}"
    ));

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
