//! The leaky bucket and the operating-time budget. Counts are asserted,
//! never durations: a drain rate of 0 makes the bucket exact, and refilling
//! is waited for with a bounded loop.

use crate::post_json;
use bitrix24_mock::{Config, Mock, RateLimit};
use serde_json::json;
use std::time::Duration;

async fn mock_with(limit: RateLimit) -> Mock {
    Mock::start(Config::default().rate_limit(limit))
        .await
        .expect("starts")
}

#[test]
fn documented_plans() {
    assert_eq!(RateLimit::default(), RateLimit::new(2.0, 50));
    assert_eq!(RateLimit::STANDARD, RateLimit::new(2.0, 50));
    assert_eq!(RateLimit::ENTERPRISE, RateLimit::new(5.0, 250));
}

#[tokio::test]
async fn a_burst_beyond_the_limit_is_refused_and_the_bucket_refills() {
    // Nothing drains: exactly `burst` requests pass.
    let mock = mock_with(RateLimit::new(0.0, 5)).await;
    let url = format!("{}im.chat.add", mock.webhook_url());
    let mut ok = 0;
    let mut refused = 0;
    for _ in 0..8 {
        let reply = post_json(&url, &json!({})).await;
        if reply.status == 200 {
            ok += 1;
        } else {
            reply.assert_error(503, "QUERY_LIMIT_EXCEEDED");
            refused += 1;
        }
    }
    assert_eq!((ok, refused), (5, 3));
    assert_eq!(mock.chats().len(), 5, "refused calls did nothing");

    // Another webhook has a bucket of its own.
    let other = mock.add_webhook(2, ["im"]);
    post_json(&format!("{}im.chat.add", other.url), &json!({}))
        .await
        .ok();
    // So has an application.
    post_json(
        &format!("{}im.chat.add", mock.oauth_base_url()),
        &json!({ "auth": mock.oauth_token().expose() }),
    )
    .await
    .ok();

    // Now let it drain: a call gets through again, after some wait.
    mock.set_rate_limit(RateLimit::new(20.0, 5));
    let mut attempts = 0;
    loop {
        attempts += 1;
        let reply = post_json(&url, &json!({})).await;
        if reply.status == 200 {
            break;
        }
        reply.assert_error(503, "QUERY_LIMIT_EXCEEDED");
        assert!(attempts < 200, "the bucket never drained");
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    assert_eq!(mock.chats().len(), 8);
}

#[tokio::test]
async fn reset_empties_the_bucket_and_a_batch_counts_once() {
    let mock = mock_with(RateLimit::new(0.0, 2)).await;
    let url = format!("{}im.chat.add", mock.webhook_url());
    post_json(&url, &json!({})).await.ok();
    post_json(&url, &json!({})).await.ok();
    post_json(&url, &json!({}))
        .await
        .assert_error(503, "QUERY_LIMIT_EXCEEDED");
    mock.reset_rate_limit();
    // One HTTP request, ten calls.
    let cmd: Vec<String> = (0..10).map(|i| format!("im.chat.add?TITLE={i}")).collect();
    let reply = post_json(
        &format!("{}batch", mock.webhook_url()),
        &json!({ "cmd": cmd }),
    )
    .await;
    assert_eq!(reply.ok()["result"].as_array().map(Vec::len), Some(10));
    assert_eq!(mock.chats().len(), 12);
}

#[tokio::test]
async fn operating_time_past_the_limit_blocks_the_method() {
    let mock = mock_with(RateLimit::UNLIMITED).await;
    // The docs' example: a 480 s budget, calls of 100 s each.
    mock.set_operating_limit(Some(Duration::from_secs(480)));
    mock.set_method_cost("im.chat.add", Duration::from_secs(100));
    let url = format!("{}im.chat.add", mock.webhook_url());
    let mut operating = Vec::new();
    for _ in 0..5 {
        let reply = post_json(&url, &json!({})).await;
        reply.ok();
        operating.push(reply.body["time"]["operating"].as_f64().expect("operating"));
        let reset_at = reply.body["time"]["operating_reset_at"]
            .as_f64()
            .expect("reset");
        assert!(reset_at > reply.body["time"]["start"].as_f64().expect("start"));
    }
    assert_eq!(operating, [100.0, 200.0, 300.0, 400.0, 500.0]);
    // 500 > 480: the next call is refused before it runs.
    post_json(&url, &json!({}))
        .await
        .assert_error(429, "OPERATION_TIME_LIMIT");
    assert_eq!(mock.chats().len(), 5);
    // Other methods, and other webhooks, go on.
    let bot = mock.bot();
    post_json(
        &format!("{}imbot.v2.Chat.add", mock.webhook_url()),
        &json!({ "botId": bot.id, "botToken": bot.token.expose() }),
    )
    .await
    .ok();
    let other = mock.add_webhook(1, ["im"]);
    post_json(&format!("{}im.chat.add", other.url), &json!({}))
        .await
        .ok();
    // Inside a batch the command is refused, the batch answers 200.
    let reply = post_json(
        &format!("{}batch", mock.webhook_url()),
        &json!({ "cmd": { "a": "im.chat.add" } }),
    )
    .await;
    assert_eq!(
        reply.ok()["result_error"]["a"]["error"],
        "OPERATION_TIME_LIMIT"
    );
    // Once the baskets are gone, it runs again.
    mock.reset_operating();
    post_json(&url, &json!({})).await.ok();
}

#[tokio::test]
async fn operating_baskets_expire_with_the_window() {
    // A 2 s window: each call costs 10 s against a 15 s budget.
    let mock = Mock::start(
        Config::default()
            .rate_limit(RateLimit::UNLIMITED)
            .operating_window(Duration::from_secs(2))
            .operating_limit(Some(Duration::from_secs(15))),
    )
    .await
    .expect("starts");
    mock.set_method_cost("im.chat.add", Duration::from_secs(10));
    let url = format!("{}im.chat.add", mock.webhook_url());
    post_json(&url, &json!({})).await.ok();
    post_json(&url, &json!({})).await.ok();
    post_json(&url, &json!({}))
        .await
        .assert_error(429, "OPERATION_TIME_LIMIT");
    let mut attempts = 0;
    loop {
        attempts += 1;
        let reply = post_json(&url, &json!({})).await;
        if reply.status == 200 {
            break;
        }
        reply.assert_error(429, "OPERATION_TIME_LIMIT");
        assert!(attempts < 400, "the baskets never expired");
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}
