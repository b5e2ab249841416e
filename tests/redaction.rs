//! Secrets never show: not in `Debug`, `Display`, errors, or the tracing
//! output of calls that succeed and fail. In a test binary of its own, so no
//! other test's threads touch the tracing callsites while it captures them.

mod support;

use bitrix24::client::{ClientBuilder, OAuthTokens};
use bitrix24::im;
use bitrix24::imbot::v2::chat as bot_chat;
use std::sync::{Arc, Mutex};
use support::{Reply, TestServer, error, fast};

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
    const SECRETS: [&str; 4] = [
        "s3cr3t-webhook",
        "b0t-token",
        "acc3ss-token",
        "r3fresh-token",
    ];
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let server = TestServer::start(|r| match r.method() {
        "im.chat.add" => error(403, "INVALID_CREDENTIALS"),
        "batch" => Reply::Raw(200, "<html>not json</html>"),
        _ => Reply::Drop,
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
    shown.push(String::from_utf8(captured.0.lock().unwrap().clone()).unwrap());

    let logs = shown.last().unwrap().clone();
    assert!(
        logs.contains("bitrix24.call{method=\"im.chat.add\""),
        "spans carry the method: {logs}"
    );
    assert!(logs.contains("INVALID_CREDENTIALS"), "{logs}");
    for text in &shown {
        for secret in SECRETS {
            assert!(!text.contains(secret), "{secret} leaked into: {text}");
        }
    }
}
