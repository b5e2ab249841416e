//! `batch`, as its page describes it.

use crate::{get, post_form, post_json, start};
use serde_json::{Value, json};

#[tokio::test]
async fn independent_and_linked_commands_over_json() {
    let mock = start().await;
    let bot = mock.bot();
    let reply = post_json(
        &format!("{}batch", mock.webhook_url()),
        &json!({
            "halt": 0,
            "cmd": {
                "first": "im.chat.add?TITLE=First&USERS[]=2",
                "second": "im.chat.add?TITLE=After $result[first]&USERS[0]=3",
                "bot": format!("imbot.v2.Chat.add?botId=456&botToken={}&fields[title]=Bot", bot.token.expose()),
                "broken": "im.chat.add?TYPE=NOPE",
                "unknown": "no.such.method",
            }
        }),
    )
    .await;
    let result = reply.ok();
    let first = result["result"]["first"].as_i64().expect("first chat id");
    assert_eq!(result["result"]["second"].as_i64(), Some(first + 1));
    assert_eq!(result["result"]["bot"]["chat"]["name"], "Bot");
    assert_eq!(result["result_error"]["broken"]["error"], "ERROR_ARGUMENT");
    assert_eq!(
        result["result_error"]["unknown"]["error"],
        "ERROR_METHOD_NOT_FOUND"
    );
    assert!(result["result_error"]["unknown"]["error_description"].is_string());
    assert_eq!(result["result_total"], json!([]));
    assert_eq!(result["result_next"], json!([]));
    for key in ["first", "second", "bot"] {
        let time = &result["result_time"][key];
        for field in [
            "start",
            "finish",
            "duration",
            "processing",
            "date_start",
            "date_finish",
        ] {
            assert!(time.get(field).is_some(), "result_time.{key}.{field}");
        }
    }
    assert!(result["result_time"].get("broken").is_none());
    // The outer call is not counted in operating: no such field there.
    assert!(reply.body["time"].get("operating").is_none());
    assert!(reply.body["time"]["duration"].is_number());

    let chats = mock.chats();
    assert_eq!(chats.len(), 3);
    assert!(chats.iter().any(|c| c.title == format!("After {first}")));
}

#[tokio::test]
async fn a_list_of_commands_answers_lists_like_php() {
    let mock = start().await;
    let reply = post_json(
        &format!("{}batch", mock.webhook_url()),
        &json!({ "cmd": ["im.chat.add?TITLE=a", "im.chat.add?TITLE=b"] }),
    )
    .await;
    let result = reply.ok();
    assert_eq!(result["result"].as_array().map(Vec::len), Some(2));
    assert_eq!(result["result_time"].as_array().map(Vec::len), Some(2));
    assert_eq!(result["result_error"], json!([]));
}

#[tokio::test]
async fn form_and_query_batches_are_double_encoded() {
    let mock = start().await;
    // The data-encoding page's example: %26 inside the command becomes %2526.
    let reply = get(&format!(
        "{}batch?cmd[0]=im.chat.add%3FTITLE%3DJohn%2526Martin",
        mock.webhook_url()
    ))
    .await;
    assert!(reply.ok()["result"][0].is_i64(), "{reply:?}");
    let reply = post_form(
        &format!("{}batch", mock.webhook_url()),
        "halt=0&cmd[z]=im.chat.add%3FTITLE%3DSecond&cmd[a]=im.chat.add%3FTITLE%3DThird%26USERS%5B0%5D%3D2",
    )
    .await;
    let result = reply.ok();
    assert!(result["result"]["z"].is_i64() && result["result"]["a"].is_i64());
    let titles: Vec<String> = mock.chats().into_iter().map(|c| c.title).collect();
    // Commands run in the order given, not sorted.
    assert_eq!(titles, ["John&Martin", "Second", "Third"]);
    assert_eq!(mock.chats()[2].members, [1, 2]);
}

#[tokio::test]
async fn batch_over_oauth_passes_the_token_to_each_command() {
    let mock = start().await;
    let token = mock.oauth_token();
    let reply = post_json(
        &format!("{}batch", mock.oauth_base_url()),
        &json!({
            "auth": token.expose(),
            "cmd": { "c": "imbot.v2.Chat.add?botId=456&fields[title]=x" }
        }),
    )
    .await;
    assert_eq!(reply.ok()["result"]["c"]["chat"]["owner"], 456);
}

#[tokio::test]
async fn halt_stops_at_the_first_error() {
    let mock = start().await;
    let url = format!("{}batch", mock.webhook_url());
    let cmd = json!({
        "a": "im.chat.add",
        "b": "im.chat.add?COLOR=nope",
        "c": "im.chat.add",
    });
    let reply = post_json(&url, &json!({ "halt": 1, "cmd": cmd })).await;
    let result = reply.ok();
    assert!(result["result"]["a"].is_i64());
    assert_eq!(result["result_error"]["b"]["error"], "ERROR_ARGUMENT");
    assert!(result["result"].get("c").is_none());
    assert_eq!(mock.chats().len(), 1);
    // Without halt, everything runs.
    let reply = post_json(&url, &json!({ "halt": "0", "cmd": cmd })).await;
    assert!(reply.ok()["result"]["c"].is_i64());
    assert_eq!(mock.chats().len(), 3);
}

#[tokio::test]
async fn more_than_fifty_commands_end_in_batch_length_exceeded() {
    let mock = start().await;
    let cmd: serde_json::Map<String, Value> = (0..52)
        // Zero-padded: the JSON object reaches the server in sorted order.
        .map(|i| (format!("c{i:02}"), json!(format!("im.chat.add?TITLE={i}"))))
        .collect();
    let reply = post_json(
        &format!("{}batch", mock.webhook_url()),
        &json!({ "cmd": cmd }),
    )
    .await;
    // The page: the batch itself answers 200, each command has its outcome.
    let result = reply.ok();
    assert_eq!(result["result"].as_object().map(|m| m.len()), Some(50));
    let errors = result["result_error"].as_object().expect("errors");
    assert_eq!(errors.len(), 2);
    for key in ["c50", "c51"] {
        assert_eq!(errors[key]["error"], "ERROR_BATCH_LENGTH_EXCEEDED");
        assert_eq!(
            errors[key]["error_description"],
            "Max batch length exceeded"
        );
    }
    assert_eq!(mock.chats().len(), 50);
    assert_eq!(bitrix24_mock::BATCH_MAX_LENGTH, 50);
}

#[tokio::test]
async fn batch_inside_batch_is_not_allowed() {
    let mock = start().await;
    let reply = post_json(
        &format!("{}batch", mock.webhook_url()),
        &json!({ "cmd": { "inner": "batch?cmd[0]=im.chat.add", "ok": "im.chat.add" } }),
    )
    .await;
    let result = reply.ok();
    assert_eq!(
        result["result_error"]["inner"]["error"],
        "ERROR_BATCH_METHOD_NOT_ALLOWED"
    );
    assert!(result["result"]["ok"].is_i64());
    assert_eq!(mock.chats().len(), 1);
}

#[tokio::test]
async fn each_command_is_checked_against_the_callers_scopes() {
    let mock = start().await;
    let im_only = mock.add_webhook(1, ["im"]);
    let reply = post_json(
        &format!("{}batch", im_only.url),
        &json!({ "cmd": { "a": "im.chat.add", "b": "imbot.v2.Chat.add?botId=456&botToken=x" } }),
    )
    .await;
    let result = reply.ok();
    assert!(result["result"]["a"].is_i64());
    assert_eq!(result["result_error"]["b"]["error"], "insufficient_scope");
}

#[tokio::test]
async fn batch_needs_valid_auth_like_any_call() {
    let mock = start().await;
    post_json(
        &format!("{}/rest/1/wrong/batch", mock.base_url()),
        &json!({ "cmd": { "a": "im.chat.add" } }),
    )
    .await
    .assert_error(401, "NO_AUTH_FOUND");
    // No cmd at all: empty results.
    let reply = post_json(&format!("{}batch", mock.webhook_url()), &json!({})).await;
    assert_eq!(reply.ok()["result"], json!([]));
}
