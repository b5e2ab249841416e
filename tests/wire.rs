//! Wire-format goldens: the docs' own request bodies and example responses.

mod support;

use bitrix24::imbot::v2::chat as bot_chat;
use bitrix24::{Color, Method, MethodError, Response, SystemError, im, imbot};
use serde_json::json;

/// Removes whitespace outside JSON strings, so a body copied from the docs
/// (`[103, 547]`) compares with serde_json's compact output.
fn compact(text: &str) -> String {
    let mut out = String::new();
    let mut in_string = false;
    let mut escaped = false;
    for c in text.chars() {
        if in_string {
            out.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !c.is_whitespace() {
            out.push(c);
        }
    }
    out
}

#[test]
fn im_chat_add_matches_the_curl_body_of_its_page() {
    // api-reference/chats/im-chat-add.md, "cURL (Webhook)".
    let docs = r#"{"USERS":[103, 547],"TYPE":"CHAT","TITLE":"Deal Chat","DESCRIPTION":"Discussing the deal here","COLOR":"PINK","MESSAGE":"Welcome to the deal chat","ENTITY_TYPE":"CRM","ENTITY_ID":"DEAL|1663"}"#;
    let request = support::docs_im_chat_add();
    assert_eq!(serde_json::to_string(&request).unwrap(), compact(docs));
}

#[test]
fn imbot_chat_add_matches_the_curl_bodies_of_its_page() {
    // api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-add.md, "cURL (Webhook)".
    let webhook = r#"{"botId":456,"botToken":"my_bot_token","fields":{"title":"Support Chat","color":"mint","userIds":[1,2]}}"#;
    let fields = imbot::ChatFields::new()
        .title("Support Chat")
        .color(Color::Mint)
        .user_ids([1, 2]);
    let request = bot_chat::Add::new(456)
        .bot_token("my_bot_token")
        .fields(fields.clone());
    assert_eq!(serde_json::to_string(&request).unwrap(), webhook);

    // "cURL (OAuth)" is the same body without the bot token; the client adds `auth`.
    let oauth = r#"{"botId":456,"fields":{"title":"Support Chat","color":"mint","userIds":[1,2]},"auth":"**put_access_token_here**"}"#;
    let request = bot_chat::Add::new(456)
        .fields(fields)
        .param("auth", "**put_access_token_here**");
    assert_eq!(serde_json::to_string(&request).unwrap(), oauth);
}

#[test]
fn method_names_keep_their_documented_case() {
    assert_eq!(im::chat::Add::NAME, "im.chat.add");
    assert_eq!(bot_chat::Add::NAME, "imbot.v2.Chat.add");
    assert_eq!(
        bitrix24::schema::MethodInfo::find("imbot.v2.Chat.add")
            .unwrap()
            .name,
        "imbot.v2.Chat.add"
    );
    assert!(bitrix24::schema::MethodInfo::find("imbot.v2.chat.add").is_none());
}

#[test]
fn one_color_serves_both_spellings_and_maps_hex_back() {
    assert_eq!(Color::Pink.as_str(), "PINK");
    assert_eq!(Color::Pink.upper(), "PINK");
    assert_eq!(Color::Pink.camel(), "pink");
    assert_eq!(Color::LightBlue.camel(), "lightBlue");
    assert_eq!(Color::Mint.hex(), "#4ba984");
    assert_eq!(Color::from_wire("#4ba984"), Color::Mint);
    assert_eq!(Color::from_wire("LIGHT_BLUE"), Color::LightBlue);
    assert_eq!(Color::from_wire("lightBlue"), Color::LightBlue);
    assert_eq!(Color::ALL.len(), 16);
    for color in Color::ALL {
        assert_eq!(&Color::from_wire(color.hex()), color);
        assert_eq!(&Color::from_wire(color.camel()), color);
    }
    // The same value goes out in each method's own spelling.
    let im = serde_json::to_value(im::chat::Add::new().color(Color::LightBlue)).unwrap();
    assert_eq!(im, json!({"COLOR": "LIGHT_BLUE"}));
    let bot = serde_json::to_value(imbot::ChatFields::new().color(Color::LightBlue)).unwrap();
    assert_eq!(bot, json!({"color": "lightBlue"}));
}

#[test]
fn unknown_enum_values_decode_instead_of_failing() {
    let color: Color = serde_json::from_str("\"#5b7e91\"").unwrap();
    assert!(matches!(&color, Color::Unknown(raw) if raw == "#5b7e91"));
    assert!(color.is_unknown());
    // Sealed: reading a known value never gives `Unknown`, so an unknown
    // value cannot pose as a known one.
    assert_eq!("PINK".parse::<Color>().unwrap(), Color::Pink);
    assert_eq!(Color::from_wire("#5b7e91"), color);
    assert_eq!(color.hex(), "#5b7e91");
    let kind: imbot::ChatKind = serde_json::from_str("\"superChannel\"").unwrap();
    assert_eq!(kind.as_str(), "superChannel");
    // An unknown value is sent back exactly as it came.
    let request = im::chat::Add::new().chat_type(im::ChatType::from_wire("SECRET"));
    assert_eq!(
        serde_json::to_value(request).unwrap(),
        json!({"TYPE": "SECRET"})
    );
}

#[test]
fn entity_links_cover_the_documented_formats() {
    let cases = [
        (im::ChatEntity::crm("LEAD", 13), "CRM", "LEAD|13"),
        (im::ChatEntity::crm_deal(1663), "CRM", "DEAL|1663"),
        (im::ChatEntity::crm_contact(25), "CRM", "CONTACT|25"),
        (im::ChatEntity::crm_company(7), "CRM", "COMPANY|7"),
        (im::ChatEntity::crm_dynamic(128, 4), "CRM", "DYNAMIC_128|4"),
        (
            im::ChatEntity::lines("telegrambot", 2, "209607941", "744"),
            "LINES",
            "telegrambot|2|209607941|744",
        ),
        (
            im::ChatEntity::livechat("telegrambot", 2),
            "LIVECHAT",
            "telegrambot|2",
        ),
        (im::ChatEntity::task(8293), "TASKS", "8293"),
        (im::ChatEntity::task_new(8293), "TASKS_TASK", "8293"),
        (im::ChatEntity::calendar_event(12), "CALENDAR", "12"),
        (im::ChatEntity::sonet_group(133), "SONET_GROUP", "133"),
        (
            im::ChatEntity::raw(im::ChatEntityType::Mail, "thread-9"),
            "MAIL",
            "thread-9",
        ),
    ];
    for (link, kind, id) in cases {
        assert_eq!((link.kind().as_str(), link.id()), (kind, id));
        let body = serde_json::to_value(im::chat::Add::new().entity(link)).unwrap();
        assert_eq!(body, json!({"ENTITY_TYPE": kind, "ENTITY_ID": id}));
    }
    // The 11 kinds of im.chat.add, and TASKS_TASK, which only im.chat.get takes.
    assert_eq!(im::ChatEntityType::ALL.len(), 12);
}

#[test]
fn params_the_schema_does_not_know_still_go_out() {
    let request = im::chat::Add::new()
        .title("Old portal")
        .param("OWNER_ID", 7);
    assert_eq!(
        serde_json::to_string(&request).unwrap(),
        r#"{"TITLE":"Old portal","OWNER_ID":7}"#
    );
}

#[test]
fn a_param_set_twice_is_sent_once_with_the_param_value() {
    // Through the setter, then through param(): param() replaces it.
    let request = im::chat::Add::new()
        .title("Typed")
        .color(bitrix24::Color::Pink)
        .param("TITLE", "Raw");
    assert_eq!(
        serde_json::to_string(&request).unwrap(),
        r#"{"COLOR":"PINK","TITLE":"Raw"}"#
    );
    // The other order gives the same single value.
    let request = im::chat::Add::new().param("TITLE", "Raw").title("Typed");
    assert_eq!(
        serde_json::to_string(&request).unwrap(),
        r#"{"TITLE":"Raw"}"#
    );
    // A required param too.
    let request = bot_chat::Add::new(456).param("botId", 457);
    assert_eq!(serde_json::to_string(&request).unwrap(), r#"{"botId":457}"#);
}

#[test]
fn bot_token_is_sent_but_never_shown() {
    let request = bot_chat::Add::new(456).bot_token("my_bot_token");
    let debug = format!("{request:?}");
    assert!(!debug.contains("my_bot_token"), "{debug}");
    assert!(
        serde_json::to_string(&request)
            .unwrap()
            .contains("my_bot_token")
    );
}

#[test]
fn im_chat_add_response_decodes() {
    // The example response of im-chat-add.md.
    let body = include_str!("data/im.chat.add.response.json");
    let response: Response<<im::chat::Add as Method>::Output> = serde_json::from_str(body).unwrap();
    assert_eq!(response.result, 1417);
    let time = response.time.unwrap();
    assert_eq!(time.operating_reset_at, Some(1772010515.0));
    assert_eq!(
        time.date_start.as_deref(),
        Some("2026-02-25T11:58:35+01:00")
    );
    assert_eq!(time.operating, Some(0.20950984954833984));
}

#[test]
fn imbot_chat_add_response_decodes() {
    // The example response of imbot.v2/chats/chat-add.md.
    let body = include_str!("data/imbot.v2.Chat.add.response.json");
    let response: Response<bot_chat::AddResult> = serde_json::from_str(body).unwrap();
    let chat = &response.result.chat;
    assert_eq!(chat.id, 5);
    assert_eq!(chat.dialog_id.as_deref(), Some("chat5"));
    assert_eq!(chat.kind, Some(imbot::ChatKind::Chat));
    assert_eq!(chat.role, Some(imbot::ChatRole::Owner));
    assert_eq!(
        chat.color,
        Some(Color::Mint),
        "the hex #4ba984 reads back as Mint"
    );
    assert_eq!(chat.owner, Some(456));
    assert_eq!(chat.parent_chat_id, None);
    assert_eq!(chat.disk_folder_id, Some(42));
    assert_eq!(chat.public_access, Some(json!("")));
    let users = response.result.users.as_ref().unwrap();
    assert_eq!(users.len(), 2);
    assert_eq!(users[0].name.as_deref(), Some("John Smith"));
    assert_eq!(users[0].kind, Some(imbot::UserKind::Employee));
    // `T|false`: false where the portal has no value.
    assert_eq!(users[0].idle, Some(bitrix24::OrFalse::False));
    assert_eq!(
        users[0]
            .last_activity_date
            .as_ref()
            .and_then(|d| d.value())
            .map(String::as_str),
        Some("2025-01-15T14:25:00+02:00")
    );
    assert_eq!(users[1].departments, Some(vec![12]));
    assert_eq!(response.time.unwrap().processing, Some(0.045));
}

#[test]
fn response_objects_round_trip_in_their_wire_spelling() {
    let body = include_str!("data/imbot.v2.Chat.add.response.json");
    let response: Response<bot_chat::AddResult> = serde_json::from_str(body).unwrap();
    let again = serde_json::to_value(&response.result).unwrap();
    assert_eq!(again["chat"]["color"], "#4ba984");
    assert_eq!(again["chat"]["type"], "chat");
    let back: bot_chat::AddResult = serde_json::from_value(again).unwrap();
    assert_eq!(back, response.result);
}

#[test]
fn error_codes_decode_with_status_meaning_and_retry_class() {
    type E = bot_chat::AddError;
    let cases = [
        ("BOT_TOKEN_NOT_SPECIFIED", E::BotTokenNotSpecified, 400),
        ("BOT_ID_REQUIRED", E::BotIdRequired, 400),
        ("BOT_NOT_FOUND", E::BotNotFound, 400),
        ("BOT_OWNERSHIP_ERROR", E::BotOwnershipError, 403),
    ];
    for (code, variant, status) in cases {
        let e = E::from_code(code);
        assert_eq!(e, variant);
        assert_eq!(e.code(), code);
        assert_eq!(e.status(), Some(status));
        assert!(e.meaning().is_some());
    }
    let limit = E::from_code("QUERY_LIMIT_EXCEEDED");
    assert_eq!(limit, E::System(SystemError::QueryLimitExceeded));
    assert_eq!(limit.status(), Some(503));
    assert!(limit.is_retry_safe());
    let crash = E::from_code("INTERNAL_SERVER_ERROR");
    assert!(!crash.is_retry_safe(), "a 500 may have created the chat");
    assert_eq!(E::from_code("OPERATION_TIME_LIMIT").status(), Some(429));
    assert_eq!(
        E::from_code("expired_token"),
        E::System(SystemError::ExpiredToken)
    );
    let new = E::from_code("BOT_ON_VACATION");
    assert!(matches!(&new, E::Unknown(code) if code == "BOT_ON_VACATION"));
    assert_eq!(new.code(), "BOT_ON_VACATION");
    assert!(!new.is_retry_safe());
    assert_eq!(
        E::BotNotFound.to_string(),
        "BOT_NOT_FOUND: No bot has this id."
    );
}

#[test]
fn legacy_and_system_codes_of_im_chat_add() {
    type E = im::chat::AddError;
    assert_eq!(E::from_code("USERS_EMPTY"), E::UsersEmpty);
    assert!(E::UsersEmpty.info().unwrap().legacy);
    assert_eq!(E::from_code("WRONG_REQUEST"), E::WrongRequest);
    assert_eq!(bitrix24::SYSTEM_ERRORS.len(), 16);
    for info in &bitrix24::SYSTEM_ERRORS {
        let e = E::from_code(info.code);
        assert!(
            matches!(e, E::System(_)),
            "{} should be a system error",
            info.code
        );
        assert_eq!(e.status(), info.status);
    }
}

#[test]
fn method_table_describes_params_and_errors() {
    let info = <im::chat::Add as Method>::INFO;
    let names: Vec<&str> = info.params.iter().map(|p| p.name).collect();
    assert_eq!(
        names,
        [
            "USERS",
            "TYPE",
            "TITLE",
            "DESCRIPTION",
            "COLOR",
            "MESSAGE",
            "AVATAR",
            "ENTITY_TYPE",
            "ENTITY_ID",
            "COPILOT_MAIN_ROLE"
        ]
    );
    let color = info.params.iter().find(|p| p.name == "COLOR").unwrap();
    assert_eq!(color.ty.values().len(), 16);
    assert!(color.ty.values().contains(&"LIGHT_BLUE"));
    assert_eq!(color.ty.to_string(), "Color");
    assert!(!info.idempotent);
    let bot = <bot_chat::Add as Method>::INFO;
    assert!(bot.params[0].required);
    assert!(bot.params[1].secret);
    let fields = bot.params[2].ty.fields();
    let color = fields.iter().find(|p| p.name == "color").unwrap();
    // The same enum, in the spelling this param sends.
    assert!(color.ty.values().contains(&"lightBlue"));
    assert_eq!(bot.error("BOT_NOT_FOUND").unwrap().status, Some(400));
    assert_eq!(bot.error("QUERY_LIMIT_EXCEEDED").unwrap().status, Some(503));
    // The table is sorted by wire name, a classic method before the REST 3.0
    // method of its name (`tasks.task.get`, then `tasks.task.get@v3`), each
    // once, and holds the two first methods.
    let keys: Vec<(&str, bool)> = bitrix24::METHODS
        .iter()
        .map(|m| (m.name, m.api == bitrix24::schema::Api::V3))
        .collect();
    assert!(keys.windows(2).all(|w| w[0] < w[1]), "{keys:?}");
    let names: Vec<&str> = keys.iter().map(|(name, _)| *name).collect();
    assert!(names.contains(&"im.chat.add") && names.contains(&"imbot.v2.Chat.add"));
}

#[test]
fn imbot_message_send_matches_the_curl_body_of_its_page() {
    // api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-send.md, "cURL (Webhook)".
    let docs = r#"{"botId":456,"botToken":"my_bot_token","dialogId":"chat5","fields":{"message":"Hello from bot!","keyboard":[{"TEXT":"Open","LINK":"https://example.com","BG_COLOR_TOKEN":"primary"}]}}"#;
    let button = bitrix24::KeyboardButton::new()
        .text("Open")
        .link("https://example.com")
        .bg_color_token(bitrix24::ButtonColorToken::Primary);
    let request = imbot::v2::chat::message::Send::new(456, "chat5")
        .bot_token("my_bot_token")
        .fields(
            imbot::MessageSendFields::new()
                .message("Hello from bot!")
                .keyboard([button]),
        );
    assert_eq!(serde_json::to_string(&request).unwrap(), docs);
}

#[test]
fn maps_are_sent_as_objects_keyed_by_data() {
    // api-reference/chat-bots/chat-bots-v2/imbot.v2/commands/command-register.md, "cURL (Webhook)".
    let docs = r#"{"botId":456,"botToken":"my_bot_token","fields":{"command":"help","title":{"en":"Show help","ru":"Показать помощь"},"params":{"en":"query","ru":"запрос"}}}"#;
    let fields = imbot::CommandRegisterFields::new("help")
        .title([
            ("en", "Show help".to_owned()),
            ("ru", "Показать помощь".to_owned()),
        ])
        .params([("en", "query".to_owned()), ("ru", "запрос".to_owned())]);
    let request = imbot::v2::command::Register::new(456, fields).bot_token("my_bot_token");
    assert_eq!(serde_json::to_string(&request).unwrap(), docs);

    // A `{string|null}` map sends `null` to remove one language's title.
    let update =
        imbot::CommandUpdateFields::new().title([("en", Some("New".to_owned())), ("de", None)]);
    assert_eq!(
        serde_json::to_string(&update).unwrap(),
        r#"{"title":{"de":null,"en":"New"}}"#
    );
}

#[test]
fn a_nullable_param_can_be_left_out_or_sent_as_null() {
    // api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-update.md, "cURL (Webhook)".
    let docs = r#"{"botId":456,"botToken":"my_bot_token","fields":{"properties":{"name":"Updated Bot"},"isHidden":true}}"#;
    let fields = imbot::BotUpdateFields::new()
        .properties(imbot::BotUpdateProperties::new().name("Updated Bot"))
        .is_hidden(true);
    let request = imbot::v2::bot::Update::new(456, fields.clone()).bot_token("my_bot_token");
    assert_eq!(serde_json::to_string(&request).unwrap(), docs);
    // `backgroundId: null` goes back to the user's own background.
    let reset = fields.clone().background_id(None);
    assert_eq!(
        serde_json::to_string(&reset).unwrap(),
        r#"{"properties":{"name":"Updated Bot"},"isHidden":true,"backgroundId":null}"#
    );
    let set = fields.background_id(Some(imbot::BotBackground::Frost));
    assert!(
        serde_json::to_string(&set)
            .unwrap()
            .ends_with(r#""backgroundId":"frost"}"#)
    );
}

#[test]
fn imbot_event_get_reads_the_example_response_of_its_page() {
    // api-reference/chat-bots/chat-bots-v2/imbot.v2/events/event-get.md, "Обработка ответа".
    let body = r#"{"result":{"events":[{"eventId":1001,"type":"ONIMBOTV2MESSAGEADD","date":"2025-01-15T10:30:00+03:00","data":{}}],"nextOffset":1002,"hasMore":false},"time":{"start":1728626400.123,"finish":1728626400.234}}"#;
    let response: Response<<imbot::v2::event::Get as Method>::Output> =
        serde_json::from_str(body).unwrap();
    let event = &response.result.events[0];
    assert_eq!(event.event_id, 1001);
    assert_eq!(event.kind, Some(imbot::BotEventType::MessageAdd));
    assert_eq!(response.result.next_offset, Some(1002));
    // The request: `offset` confirms what came before.
    let request = imbot::v2::event::Get::new(456).offset(1002).limit(50);
    assert_eq!(
        serde_json::to_string(&request).unwrap(),
        r#"{"botId":456,"offset":1002,"limit":50}"#
    );
}

#[test]
fn imbot_access_denied_means_the_bot_is_not_in_the_chat() {
    // The page of imbot.v2.Chat.get lists ACCESS_DENIED with a meaning of its
    // own; the method's variant wins over the system code of the same name.
    use imbot::v2::chat::GetError;
    let error = GetError::from_code("ACCESS_DENIED");
    assert_eq!(error, GetError::AccessDenied);
    assert_eq!(error.status(), Some(403));
    assert!(error.meaning().unwrap().contains("not a member"));
    // Other system codes still decode as system errors.
    assert!(matches!(
        GetError::from_code("QUERY_LIMIT_EXCEEDED"),
        GetError::System(SystemError::QueryLimitExceeded)
    ));
}

#[test]
fn im_message_add_matches_the_curl_body_of_its_page() {
    // api-reference/chats/messages/im-message-add.md, "cURL (Webhook)".
    let docs = r#"{"DIALOG_ID":"chat2941","MESSAGE":"Текст сообщения","SYSTEM":"N","URL_PREVIEW":"Y","REPLY_ID":34237}"#;
    let request = im::message::Add::new("chat2941")
        .message("Текст сообщения")
        .system(bitrix24::YesNo::No)
        .url_preview(bitrix24::YesNo::Yes)
        .reply_id(34237);
    assert_eq!(serde_json::to_string(&request).unwrap(), docs);
    // MESSAGE is required unless ATTACH is given, so it is a setter, and its
    // docs say so.
    let info = <im::message::Add as Method>::INFO;
    assert!(
        !info
            .params
            .iter()
            .find(|p| p.name == "MESSAGE")
            .unwrap()
            .required
    );
}

#[test]
fn im_chat_get_reads_a_found_chat_and_a_missing_one() {
    // api-reference/chats/im-chat-get.md: `{"ID": 1437}`, or null when nothing is found.
    let request = im::chat::Get::new(im::ChatEntityType::Crm, "DEAL|1663");
    assert_eq!(
        serde_json::to_string(&request).unwrap(),
        r#"{"ENTITY_TYPE":"CRM","ENTITY_ID":"DEAL|1663"}"#
    );
    let found: Response<<im::chat::Get as Method>::Output> =
        serde_json::from_str(r#"{"result":{"ID":1437},"time":{"start":1772028217}}"#).unwrap();
    assert_eq!(found.result.unwrap().id, 1437);
    let missing: Response<<im::chat::Get as Method>::Output> =
        serde_json::from_str(r#"{"result":null}"#).unwrap();
    assert!(missing.result.is_none());
}

#[test]
fn im_search_chat_list_reads_the_example_response_of_its_page() {
    // api-reference/chats/search/im-search-chat-list.md, "Обработка ответа" (abridged).
    let body = r##"{"result":[{"id":1137,"parent_chat_id":0,"name":"Project","description":null,"owner":27,
        "avatar":"","color":"#3e99ce","type":"sonetGroup","restrictions":{"avatar":false,"call":true,
        "path":"/workgroups/group/#ID#/"},"entity_type":"SONET_GROUP","entity_id":"121","mute_list":[],
        "date_create":"2024-07-26T15:28:02+03:00","public":"","role":"owner",
        "entity_link":{"type":"SONET_GROUP","url":"/workgroups/group/121/","id":"121"},
        "text_field_enabled":true,"background_id":null,"permissions":{"manage_users_add":"member",
        "manage_settings":"owner"},"is_new":false}],"total":2,"time":{"start":1772645157}}"##;
    let response: Response<<im::search::chat::List as Method>::Output> =
        serde_json::from_str(body).unwrap();
    let chat = &response.result[0];
    assert_eq!((chat.id, chat.owner), (1137, Some(27)));
    assert_eq!(chat.description, None);
    let permissions = chat.permissions.as_ref().unwrap();
    assert_eq!(
        permissions.manage_settings,
        Some(im::ChatPermissionLevel::Owner)
    );
    assert_eq!(chat.restrictions.as_ref().unwrap().call, Some(true));
    // The page's `total` is part of the envelope, documented on the request type.
    assert!(im::search::chat::List::NAME.ends_with("chat.list"));
}

/// The method files of a scope: every `*.yaml` under `schema/<scope>/`,
/// subfolders included, except shared files (under a `common` folder).
fn method_files(dir: &std::path::Path) -> usize {
    let mut count = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            if path.file_name().is_some_and(|name| name != "common") {
                count += method_files(&path);
            }
        } else if path.extension().is_some_and(|ext| ext == "yaml") {
            count += 1;
        }
    }
    count
}

#[test]
fn every_method_of_each_enabled_scope_is_in_the_table() {
    let count = |prefix: &str| {
        bitrix24::METHODS
            .iter()
            .filter(|m| m.name.starts_with(prefix))
            .count()
    };
    // The two scopes the crate started with, pinned by hand.
    assert_eq!(count("imbot.v2."), 34);
    assert_eq!(count("im.") - count("im.v2."), 64);
    // The scopes of this build are the ones its features enable, and each
    // lists exactly one method per method file of its schema folder.
    let enabled: Vec<&str> = [
        ("im", cfg!(feature = "im")),
        ("imbot", cfg!(feature = "imbot")),
        ("crm", cfg!(feature = "crm")),
        ("tasks", cfg!(feature = "tasks")),
        ("task", cfg!(feature = "task")),
        ("user", cfg!(feature = "user")),
        ("department", cfg!(feature = "department")),
        ("humanresources", cfg!(feature = "humanresources")),
        ("userfieldconfig", cfg!(feature = "userfieldconfig")),
        ("salescenter", cfg!(feature = "salescenter")),
        ("event", cfg!(feature = "event")),
    ]
    .into_iter()
    .filter_map(|(scope, on)| on.then_some(scope))
    .collect();
    assert!(bitrix24::METHODS.iter().all(|m| enabled.contains(&m.scope)));
    let schema = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schema");
    for scope in enabled {
        let listed = bitrix24::METHODS
            .iter()
            .filter(|m| m.scope == scope)
            .count();
        assert_eq!(
            listed,
            method_files(&schema.join(scope)),
            "scope {scope}: METHODS and the method files of schema/{scope}/ differ"
        );
        assert!(listed > 0, "scope {scope} is enabled but lists no method");
    }
}

#[test]
fn method_table_describes_joined_params() {
    let joined = im::chat::ADD_INFO.joined;
    assert_eq!(joined.len(), 1);
    let entity = &joined[0];
    assert_eq!(entity.name, "entity");
    assert_eq!(entity.params, ["ENTITY_TYPE", "ENTITY_ID"]);
    assert!(
        entity
            .doc
            .starts_with("Links the chat to an external object")
    );
    for wire in entity.params {
        assert!(im::chat::ADD_INFO.params.iter().any(|p| p.name == wire));
    }
    assert!(<bot_chat::Add as Method>::INFO.joined.is_empty());
}

#[test]
fn a_list_response_carries_total_and_next_beside_its_result() {
    // api-reference/chats/departments/im-department-colleagues-list.md,
    // "Response Handling", USER_DATA = 'N'.
    let body = r#"{"result":[9,547,408,103,290],"next":5,"total":7,"time":{"start":1772520802,"finish":1772520802.36194,"duration":0.3619399070739746,"processing":0,"date_start":"2026-03-03T09:53:22+01:00","date_finish":"2026-03-03T09:53:22+01:00","operating_reset_at":1772521402,"operating":0}}"#;
    let response: Response<<im::department::colleagues::List as Method>::Output> =
        serde_json::from_str(body).unwrap();
    assert_eq!(response.result.len(), 5);
    assert_eq!(response.next, Some(5));
    assert_eq!(response.total, Some(7));
    // im-recent-list.md's example: `total` is -1 when the portal does not count.
    let recent: Response<serde_json::Value> =
        serde_json::from_str(r#"{"result":{},"total":-1}"#).unwrap();
    assert_eq!((recent.total, recent.next), (Some(-1), None));
}

#[test]
fn a_result_the_portal_may_send_as_false_decodes_either_way() {
    // im-notify-system-add.md: the id of the new notification, or `false`.
    type Output = <im::notify::system::Add as Method>::Output;
    let made: Response<Output> = serde_json::from_str(r#"{"result":123}"#).unwrap();
    assert_eq!(made.result, bitrix24::OrFalse::Value(123));
    let none: Response<Output> = serde_json::from_str(r#"{"result":false}"#).unwrap();
    assert!(none.result.is_false());
    let err = serde_json::from_str::<Response<Output>>(r#"{"result":"x"}"#).unwrap_err();
    assert!(err.to_string().contains("or `false`"), "{err}");
}

/// A refusal the portal sends with `"error": ""` is the method's variant for
/// the empty code, not an unknown code.
#[cfg(feature = "crm")]
#[test]
fn the_empty_error_code_has_a_variant_of_its_own() {
    type E = bitrix24::crm::quote::GetError;
    let e = E::from_code("");
    assert_eq!(e, E::Refused);
    assert_eq!(e.code(), "");
    assert_eq!(e.status(), Some(400));
    assert!(e.meaning().is_some_and(|m| m.contains("Not found")));
    assert!(matches!(E::from_code("NOT_EMPTY"), E::Unknown(_)));
}
