//! im.chat.add and imbot.v2.Chat.add as their pages describe them, and the
//! checks against the schema.

use crate::{post_form, post_json, post_raw, start};
use bitrix24::imbot::v2::chat::AddResult;
use bitrix24::{Color, Response, im::ChatType};
use bitrix24_mock::BotOwner;
use serde_json::{Value, json};

const TIME_FIELDS: [&str; 8] = [
    "start",
    "finish",
    "duration",
    "processing",
    "date_start",
    "date_finish",
    "operating_reset_at",
    "operating",
];

/// Every field of the Chat object on the entities page.
const CHAT_FIELDS: [&str; 36] = [
    "id",
    "dialogId",
    "name",
    "type",
    "messageType",
    "owner",
    "color",
    "avatar",
    "description",
    "extranet",
    "role",
    "containsCollaber",
    "muteList",
    "entityType",
    "entityId",
    "entityData1",
    "entityData2",
    "entityData3",
    "entityLink",
    "diskFolderId",
    "permissions",
    "parentChatId",
    "parentMessageId",
    "isNew",
    "textFieldEnabled",
    "backgroundId",
    "dateCreate",
    "lastMessageId",
    "lastId",
    "managerList",
    "messageCount",
    "userCounter",
    "unreadId",
    "lastMessageViews",
    "markedId",
    "public",
];

/// Every field of the User object on the entities page.
const USER_FIELDS: [&str; 25] = [
    "id",
    "active",
    "name",
    "firstName",
    "lastName",
    "workPosition",
    "color",
    "avatar",
    "gender",
    "birthday",
    "extranet",
    "bot",
    "connector",
    "externalAuthId",
    "status",
    "idle",
    "lastActivityDate",
    "mobileLastDate",
    "desktopLastDate",
    "absent",
    "departments",
    "phones",
    "type",
    "website",
    "email",
];

#[tokio::test]
async fn im_chat_add_docs_example_returns_the_chat_id_and_the_time_block() {
    let mock = start().await;
    let reply = post_json(
        &format!("{}im.chat.add", mock.webhook_url()),
        &json!({"USERS":[103, 547],"TYPE":"CHAT","TITLE":"Deal Chat","DESCRIPTION":"Discussing the deal here","COLOR":"PINK","MESSAGE":"Welcome to the deal chat","ENTITY_TYPE":"CRM","ENTITY_ID":"DEAL|1663"}),
    )
    .await;
    let id = reply.ok().as_i64().expect("result is the chat id");
    for key in TIME_FIELDS {
        assert!(reply.body["time"].get(key).is_some(), "time.{key}");
    }
    // A whole number of seconds, as in the docs' example.
    assert!(reply.body["time"]["operating_reset_at"].is_u64());
    // The crate's own envelope reads it.
    let decoded: Response<i64> = serde_json::from_value(reply.body.clone()).expect("decodes");
    assert_eq!(decoded.result, id);
    assert!(decoded.time.and_then(|t| t.operating).is_some());

    let chat = &mock.chats()[0];
    assert_eq!(chat.title, "Deal Chat");
    assert_eq!(chat.description, "Discussing the deal here");
    assert_eq!(chat.color, Color::Pink);
    assert_eq!(chat.chat_type, ChatType::Chat);
    assert_eq!(chat.entity_type.as_deref(), Some("CRM"));
    assert_eq!(chat.entity_id.as_deref(), Some("DEAL|1663"));
    assert_eq!(chat.message.as_deref(), Some("Welcome to the deal chat"));
    assert_eq!(chat.method, "im.chat.add");
}

#[tokio::test]
async fn im_chat_add_without_params_makes_a_closed_chat_with_a_generated_title() {
    let mock = start().await;
    let url = format!("{}im.chat.add", mock.webhook_url());
    post_json(&url, &json!({})).await.ok();
    post_json(&url, &json!({ "USERS": [2, 3] })).await.ok();
    post_json(&url, &json!({ "TYPE": "OPEN", "COLOR": "MINT" }))
        .await
        .ok();
    post_json(&url, &json!({ "COLOR": "MINT" })).await.ok();
    let chats = mock.chats();
    // Alone: `#COLOR# chat №#NUMBER#`, with a colour picked for it.
    assert_eq!(chats[0].chat_type, ChatType::Chat);
    assert_eq!(chats[0].members, [1]);
    assert_eq!(chats[0].owner, 1);
    assert!(!chats[0].color.is_unknown());
    assert!(chats[0].title.ends_with(" chat №1"), "{}", chats[0].title);
    // With others: `Chat with #USERS_NAMES#`.
    assert_eq!(chats[1].title, "Chat with Anna Davis, Peter Brown");
    // Numbered per colour.
    assert_eq!(chats[2].chat_type, ChatType::Open);
    assert_eq!(chats[2].title, "Mint chat №1");
    assert_eq!(chats[3].title, "Mint chat №2");
}

#[tokio::test]
async fn im_chat_add_from_a_form_body_with_php_keys() {
    let mock = start().await;
    let reply = post_form(
        &format!("{}im.chat.add", mock.webhook_url()),
        "USERS[0]=103&USERS[1]=547&TITLE=John%26Martin&COLOR=LIGHT_BLUE&TYPE=OPEN",
    )
    .await;
    reply.ok();
    let chat = &mock.chats()[0];
    assert_eq!(chat.members, [1, 103, 547]);
    assert_eq!(chat.title, "John&Martin");
    assert_eq!(chat.color, Color::LightBlue);
    assert_eq!(chat.chat_type, ChatType::Open);
}

#[tokio::test]
async fn imbot_chat_add_docs_example_over_oauth_has_every_field() {
    let mock = start().await;
    let reply = post_json(
        &format!("{}imbot.v2.Chat.add", mock.oauth_base_url()),
        &json!({"botId":456,"fields":{"title":"Support Chat","color":"mint","userIds":[1,2]},"auth": mock.oauth_token().expose()}),
    )
    .await;
    let result = reply.ok();
    let chat = &result["chat"];
    for key in CHAT_FIELDS {
        assert!(chat.get(key).is_some(), "chat.{key} missing: {chat}");
    }
    assert_eq!(chat["name"], "Support Chat");
    assert_eq!(chat["color"], "#4ba984", "colours come back as HEX");
    assert_eq!(chat["owner"], 456, "the bot owns the chat");
    assert_eq!(chat["role"], "owner");
    assert_eq!(chat["type"], "chat");
    assert_eq!(chat["messageType"], "C");
    assert_eq!(chat["dialogId"], format!("chat{}", chat["id"]));
    assert_eq!(chat["userCounter"], 3);
    assert_eq!(chat["parentChatId"], Value::Null);
    let users = result["users"].as_array().expect("users");
    let ids: Vec<i64> = users.iter().filter_map(|u| u["id"].as_i64()).collect();
    assert_eq!(ids, [456, 1, 2]);
    for user in users {
        for key in USER_FIELDS {
            assert!(user.get(key).is_some(), "user.{key} missing: {user}");
        }
    }
    assert_eq!(users[0]["type"], "bot");
    assert_eq!(users[1]["name"], "John Smith");
    assert_eq!(users[1]["type"], "employee");
    for key in TIME_FIELDS {
        assert!(reply.body["time"].get(key).is_some(), "time.{key}");
    }
    // The crate's generated result type reads it, colour included.
    let decoded: Response<AddResult> = serde_json::from_value(reply.body.clone()).expect("decodes");
    assert_eq!(decoded.result.chat.color, Some(Color::Mint));
    assert_eq!(decoded.result.users.map(|u| u.len()), Some(3));

    let snapshot = &mock.chats()[0];
    assert_eq!(snapshot.bot_id, Some(456));
    assert_eq!(snapshot.created_by, 456);
    assert_eq!(snapshot.method, "imbot.v2.Chat.add");
}

#[tokio::test]
async fn imbot_chat_add_over_a_webhook_with_bot_token_and_owner() {
    let mock = start().await;
    let bot = mock.bot();
    let reply = post_json(
        &format!("{}imbot.v2.Chat.add", mock.webhook_url()),
        &json!({"botId": bot.id, "botToken": bot.token.expose(), "fields": {"ownerId": 2, "userIds": [3]}}),
    )
    .await;
    let chat = &reply.ok()["chat"];
    assert_eq!(chat["owner"], 2, "ownerId names the owner");
    assert_eq!(chat["role"], "member", "the bot is a member");
    assert_eq!(mock.chats()[0].members, [456, 2, 3]);
}

#[tokio::test]
async fn imbot_chat_add_assigns_a_colour_when_missing_or_wrong() {
    let mock = start().await;
    let url = format!("{}imbot.v2.Chat.add", mock.oauth_base_url());
    let token = mock.oauth_token();
    for color in [json!(null), json!("not-a-colour"), json!("MINT"), json!(7)] {
        let mut fields = json!({ "title": "c" });
        if !color.is_null() {
            fields["color"] = color.clone();
        }
        let reply = post_json(
            &url,
            &json!({ "botId": 456, "fields": fields, "auth": token.expose() }),
        )
        .await;
        let hex = reply.ok()["chat"]["color"]
            .as_str()
            .expect("a colour")
            .to_owned();
        assert!(
            Color::ALL.iter().any(|c| c.hex() == hex),
            "{color}: {hex} is not a palette colour"
        );
    }
    assert!(mock.chats().iter().all(|c| !c.color.is_unknown()));
}

#[tokio::test]
async fn imbot_chat_add_from_a_form_body() {
    let mock = start().await;
    let bot = mock.bot();
    let reply = post_form(
        &format!("{}imbot.v2.Chat.add", mock.webhook_url()),
        &format!(
            "botId={}&botToken={}&fields[title]=Form%20chat&fields[color]=lightBlue&fields[userIds][]=2",
            bot.id,
            bot.token.expose()
        ),
    )
    .await;
    let chat = &reply.ok()["chat"];
    assert_eq!(chat["name"], "Form chat");
    assert_eq!(chat["color"], Color::LightBlue.hex());
    assert_eq!(mock.chats()[0].members, [456, 2]);
}

#[tokio::test]
async fn the_four_bot_errors_of_imbot_chat_add() {
    let mock = start().await;
    let hook = format!("{}imbot.v2.Chat.add", mock.webhook_url());
    let oauth = format!("{}imbot.v2.Chat.add", mock.oauth_base_url());
    let token = mock.oauth_token();
    let token = token.expose();

    post_json(&hook, &json!({ "botId": 456 }))
        .await
        .assert_error(400, "BOT_TOKEN_NOT_SPECIFIED");
    post_json(&oauth, &json!({ "fields": {}, "auth": token }))
        .await
        .assert_error(400, "BOT_ID_REQUIRED");
    post_json(&hook, &json!({ "botToken": "x" }))
        .await
        .assert_error(400, "BOT_ID_REQUIRED");
    post_json(&oauth, &json!({ "botId": 999_999, "auth": token }))
        .await
        .assert_error(400, "BOT_NOT_FOUND");

    // A bot another application registered.
    let other = mock.add_app(["imbot"]);
    let foreign = mock.add_bot("Foreign", BotOwner::App(other.client_id.clone()));
    post_json(&oauth, &json!({ "botId": foreign.id, "auth": token }))
        .await
        .assert_error(403, "BOT_OWNERSHIP_ERROR");
    // The other application may use it.
    let theirs = mock.issue_token(&other.client_id, 1, ["imbot"]);
    post_json(
        &oauth,
        &json!({ "botId": foreign.id, "auth": theirs.access_token.expose() }),
    )
    .await
    .ok();
    // Over a webhook, the wrong botToken.
    post_json(&hook, &json!({ "botId": 456, "botToken": "wrong" }))
        .await
        .assert_error(403, "BOT_OWNERSHIP_ERROR");
    // A bot registered through a webhook is not any application's.
    let hooked = mock.add_bot("Hooked", BotOwner::Webhook);
    post_json(&oauth, &json!({ "botId": hooked.id, "auth": token }))
        .await
        .assert_error(403, "BOT_OWNERSHIP_ERROR");
    post_json(
        &hook,
        &json!({ "botId": hooked.id, "botToken": hooked.token.expose() }),
    )
    .await
    .ok();
    assert_eq!(mock.chats().len(), 2);
}

#[tokio::test]
async fn wrong_types_and_unknown_enum_values_are_refused() {
    let mock = start().await;
    let im = format!("{}im.chat.add", mock.webhook_url());
    for body in [
        json!({ "USERS": "abc" }),
        json!({ "USERS": [1, "two"] }),
        json!({ "TYPE": "SECRET" }),
        json!({ "COLOR": "mint" }),
        json!({ "COLOR": "BLACK" }),
        json!({ "ENTITY_TYPE": "NOPE" }),
        json!({ "TITLE": ["a"] }),
    ] {
        let reply = post_json(&im, &body).await;
        reply.assert_error(400, "ERROR_ARGUMENT");
    }
    post_form(&im, "USERS[0]=x")
        .await
        .assert_error(400, "ERROR_ARGUMENT");
    let bot = format!("{}imbot.v2.Chat.add", mock.webhook_url());
    for body in [
        json!({ "botId": "abc", "botToken": "t" }),
        json!({ "botId": 456, "botToken": "t", "fields": "x" }),
        json!({ "botId": 456, "botToken": "t", "fields": { "userIds": 5 } }),
        json!({ "botId": 456, "botToken": "t", "fields": { "ownerId": "me" } }),
    ] {
        post_json(&bot, &body)
            .await
            .assert_error(400, "ERROR_ARGUMENT");
    }
    assert!(mock.chats().is_empty());
    // A numeric string is an integer, as PHP reads it.
    post_json(&im, &json!({ "USERS": ["2"] })).await.ok();
    // A parameter the schema does not know is ignored.
    post_json(&im, &json!({ "OWNER_ID": 7 })).await.ok();
}

#[tokio::test]
async fn unknown_methods_and_unreadable_bodies() {
    let mock = start().await;
    post_json(&format!("{}no.such.method", mock.webhook_url()), &json!({}))
        .await
        .assert_error(404, "ERROR_METHOD_NOT_FOUND");
    post_json(&format!("{}nope", mock.oauth_base_url()), &json!({}))
        .await
        .assert_error(404, "ERROR_METHOD_NOT_FOUND");
    // Reported before the auth is looked at, like the portal.
    post_json(
        &format!("{}/rest/1/bad/no.such.method", mock.base_url()),
        &json!({}),
    )
    .await
    .assert_error(404, "ERROR_METHOD_NOT_FOUND");
    post_json(&format!("{}/elsewhere", mock.base_url()), &json!({}))
        .await
        .assert_error(404, "ERROR_METHOD_NOT_FOUND");
    let url = format!("{}im.chat.add", mock.webhook_url());
    for body in ["{", "[1,2]", "\"text\"", "{\"USERS\": [1,}"] {
        post_raw(&url, "application/json", body)
            .await
            .assert_error(400, "ERROR_ARGUMENT");
    }
    post_raw(&url, "multipart/form-data; boundary=x", "--x--")
        .await
        .assert_error(400, "ERROR_ARGUMENT");
    // Odd but readable forms are read as PHP reads them.
    post_form(&url, "a[=1&%zz=2&[]=3&TITLE=ok").await.ok();
    assert_eq!(mock.chats().len(), 1);
}
