//! Injected faults: dropped connections, errors, delays.

use crate::{client, post_json, start};
use bitrix24_mock::{Fault, FaultKind};
use serde_json::json;
use std::time::Duration;

#[tokio::test]
async fn dropped_connection_after_the_chat_was_made() {
    let mock = start().await;
    mock.inject(Fault::drop_connection().method("imbot.v2.Chat.add").once());
    let bot = mock.bot();
    let url = format!("{}imbot.v2.Chat.add", mock.webhook_url());
    let body =
        json!({ "botId": bot.id, "botToken": bot.token.expose(), "fields": { "title": "Once" } });
    let outcome = client().post(&url).json(&body).send().await;
    let error = outcome.expect_err("no response: the connection was closed");
    assert!(
        error.is_request() || error.is_connect() || error.is_body(),
        "a connection error: {error:?}"
    );
    assert!(error.status().is_none());
    // The chat exists, exactly once.
    let chats = mock.chats();
    assert_eq!(chats.len(), 1);
    assert_eq!(chats[0].title, "Once");
    // The fault was one-shot: the next call answers.
    post_json(&url, &body).await.ok();
    assert_eq!(mock.chats().len(), 2);
}

#[tokio::test]
async fn dropped_connection_on_a_kept_alive_connection() {
    let mock = start().await;
    let http = client();
    let url = format!("{}im.chat.add", mock.webhook_url());
    // Warm the pool, so the dropped call reuses a connection.
    assert!(http.post(&url).json(&json!({})).send().await.is_ok());
    mock.inject(Fault::drop_connection().once());
    assert!(http.post(&url).json(&json!({})).send().await.is_err());
    assert!(http.post(&url).json(&json!({})).send().await.is_ok());
    assert_eq!(mock.chats().len(), 3);
}

#[tokio::test]
async fn internal_server_error_before_processing() {
    let mock = start().await;
    mock.inject(Fault::internal_server_error().once());
    let url = format!("{}im.chat.add", mock.webhook_url());
    post_json(&url, &json!({}))
        .await
        .assert_error(500, "INTERNAL_SERVER_ERROR");
    assert!(mock.chats().is_empty(), "nothing was done");
    post_json(&url, &json!({})).await.ok();
    assert_eq!(mock.chats().len(), 1);
}

#[tokio::test]
async fn internal_server_error_after_processing() {
    let mock = start().await;
    mock.inject(Fault::internal_server_error().after_processing().once());
    post_json(&format!("{}im.chat.add", mock.webhook_url()), &json!({}))
        .await
        .assert_error(500, "INTERNAL_SERVER_ERROR");
    assert_eq!(mock.chats().len(), 1, "the chat was made all the same");
}

#[tokio::test]
async fn persistent_faults_stay_until_cleared_and_filter_by_method() {
    let mock = start().await;
    mock.inject(Fault::error("OVERLOAD_LIMIT").method("im.chat.add"));
    let url = format!("{}im.chat.add", mock.webhook_url());
    for _ in 0..3 {
        post_json(&url, &json!({}))
            .await
            .assert_error(503, "OVERLOAD_LIMIT");
    }
    // Another method is not affected.
    let bot = mock.bot();
    post_json(
        &format!("{}imbot.v2.Chat.add", mock.webhook_url()),
        &json!({ "botId": bot.id, "botToken": bot.token.expose() }),
    )
    .await
    .ok();
    mock.clear_faults();
    post_json(&url, &json!({})).await.ok();
    // A method's own code gets the status of its table.
    mock.inject(Fault::error("BOT_NOT_FOUND").times(2));
    post_json(
        &format!("{}imbot.v2.Chat.add", mock.webhook_url()),
        &json!({ "botId": bot.id, "botToken": bot.token.expose() }),
    )
    .await
    .assert_error(400, "BOT_NOT_FOUND");
    assert_eq!(
        Fault::error("X").once().kind(),
        &FaultKind::Error("X".into())
    );
}

#[tokio::test]
async fn a_delay_holds_the_answer_and_the_call_still_runs() {
    let mock = start().await;
    mock.inject(Fault::delay(Duration::from_secs(2)).once());
    let impatient = reqwest::Client::builder()
        .timeout(Duration::from_millis(100))
        .build()
        .expect("client");
    let error = impatient
        .post(format!("{}im.chat.add", mock.webhook_url()))
        .json(&json!({ "TITLE": "late" }))
        .send()
        .await
        .expect_err("the client gives up first");
    assert!(error.is_timeout(), "{error:?}");
    // Like a PHP request, the call completes though the client left.
    for _ in 0..200 {
        if !mock.chats().is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    assert_eq!(mock.chats().len(), 1);
    assert_eq!(mock.chats()[0].title, "late");
}

#[tokio::test]
async fn request_count_counts_every_http_request() {
    let mock = start().await;
    let before = mock.request_count();
    post_json(&format!("{}im.chat.add", mock.webhook_url()), &json!({}))
        .await
        .ok();
    post_json(
        &format!("{}/rest/1/x/im.chat.add", mock.base_url()),
        &json!({}),
    )
    .await
    .assert_error(401, "NO_AUTH_FOUND");
    assert_eq!(mock.request_count() - before, 2);
}
