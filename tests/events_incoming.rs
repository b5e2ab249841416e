//! Incoming events as the portal sends them: a form body with PHP-style
//! nested keys (every scalar a string) or JSON, the application-token check,
//! and the typed event. The bodies are written here, in the documented shape.

use bitrix24::Secret;
use bitrix24::events::{EventSet, Incoming, VerifyError};
use bitrix24::imbot;

const TOKEN: &str = "app-token-51856fefc120";

/// A form body of ONIMBOTV2MESSAGEADD, as `http_build_query` writes it.
fn message_add_form(token: &str) -> String {
    [
        "event=ONIMBOTV2MESSAGEADD",
        "data[bot][id]=456",
        "data[bot][code]=helper",
        "data[bot][auth][access_token]=bot-access-9f",
        "data[bot][auth][application_token]=bot-app-77",
        "data[message][id]=789",
        "data[message][chatId]=5",
        "data[message][text]=Hello+bot%21",
        "data[message][isSystem]=0",
        "data[message][forward]=",
        "data[chat][id]=5",
        "data[chat][dialogId]=chat5",
        "data[chat][color]=",
        "data[user][id]=1",
        "data[user][active]=1",
        "data[user][departments][0]=1",
        "data[user][departments][1]=3",
        "data[language]=en",
        "ts=1766047124",
        "auth[domain]=portal.example",
        "auth[member_id]=d897",
        &format!("auth[application_token]={token}"),
    ]
    .join("&")
}

#[test]
fn a_form_body_decodes_into_the_typed_event() {
    let incoming = Incoming::from_form(message_add_form(TOKEN).as_bytes()).unwrap();
    assert_eq!(incoming.event, "ONIMBOTV2MESSAGEADD");
    assert_eq!(incoming.ts, Some(1766047124));
    assert_eq!(incoming.auth.domain.as_deref(), Some("portal.example"));
    incoming.verify(&Secret::new(TOKEN)).unwrap();
    let event: imbot::Event = incoming.event().unwrap();
    let imbot::Event::MessageAdd(add) = event else {
        panic!("not a MessageAdd");
    };
    assert_eq!(add.bot.id, 456);
    let message = add.message.unwrap();
    assert_eq!(message.id, 789);
    assert_eq!(message.text.as_deref(), Some("Hello bot!"));
    // `0` is false for a boolean, `""` is none for a nullable.
    assert_eq!(message.is_system, Some(false));
    assert_eq!(message.forward, None);
    let user = add.user.unwrap();
    assert_eq!(user.active, Some(true));
    assert_eq!(user.departments, Some(vec![1, 3]));
    assert_eq!(add.chat.unwrap().dialog_id.as_deref(), Some("chat5"));
}

#[test]
fn a_json_body_decodes_the_same() {
    let body = serde_json::json!({
        "event": "ONIMBOTV2JOINCHAT",
        "data": {"bot": {"id": 456}, "dialogId": "chat5", "chat": {"id": 5}},
        "ts": 1772093963,
        "auth": {"domain": "portal.example", "application_token": TOKEN}
    })
    .to_string();
    let incoming =
        Incoming::from_body(Some("application/json; charset=utf-8"), body.as_bytes()).unwrap();
    incoming.verify(&Secret::new(TOKEN)).unwrap();
    let imbot::Event::JoinChat(join) = incoming.event::<imbot::Event>().unwrap() else {
        panic!("not a JoinChat");
    };
    assert_eq!(join.dialog_id.as_deref(), Some("chat5"));
    assert_eq!(join.chat.map(|c| c.id), Some(5));
}

#[test]
fn a_wrong_or_missing_token_is_refused() {
    let incoming = Incoming::from_form(message_add_form("someone-else").as_bytes()).unwrap();
    assert_eq!(
        incoming.verify(&Secret::new(TOKEN)),
        Err(VerifyError::Mismatch)
    );
    let no_token =
        message_add_form(TOKEN).replace(&format!("&auth[application_token]={TOKEN}"), "");
    let incoming = Incoming::from_form(no_token.as_bytes()).unwrap();
    assert_eq!(
        incoming.verify(&Secret::new(TOKEN)),
        Err(VerifyError::Missing)
    );
    let empty = message_add_form("");
    let incoming = Incoming::from_form(empty.as_bytes()).unwrap();
    assert_eq!(
        incoming.verify(&Secret::new(TOKEN)),
        Err(VerifyError::Missing)
    );
    // A token of another length, and one that differs in its last byte.
    let near = format!("{}X", &TOKEN[..TOKEN.len() - 1]);
    let incoming = Incoming::from_form(message_add_form(&near).as_bytes()).unwrap();
    assert_eq!(
        incoming.verify(&Secret::new(TOKEN)),
        Err(VerifyError::Mismatch)
    );
}

#[test]
fn a_truncated_body_names_the_key_at_fault() {
    let body = message_add_form(TOKEN);
    // Cut inside a key's brackets.
    let cut = &body[..body.find("data[message][te").unwrap() + "data[message][te".len()];
    let err = Incoming::from_form(cut.as_bytes()).unwrap_err();
    assert_eq!(err.key(), Some("data[message][te"));
    assert!(err.to_string().contains("not closed"), "{err}");
    // Cut inside a percent escape.
    let cut = &body[..body.find("%21").unwrap() + 2];
    let err = Incoming::from_form(cut.as_bytes()).unwrap_err();
    assert_eq!(err.key(), Some("data[message][text]"));
    // Cut before any `event`.
    let err = Incoming::from_form(b"data[bot][id]=456").unwrap_err();
    assert_eq!(err.key(), Some("event"));
    assert!(err.to_string().contains("missing"), "{err}");
    // Cut so that a required field is gone: the typed read fails, naming it.
    let cut = "event=ONIMBOTV2MESSAGEADD&data[message][id]=789";
    let incoming = Incoming::from_form(cut.as_bytes()).unwrap();
    let err = incoming.event::<imbot::Event>().unwrap_err();
    assert_eq!(err.key(), Some("data"));
    assert!(err.to_string().contains("bot"), "{err}");
}

#[test]
fn an_unknown_event_is_kept_with_its_data() {
    let body = format!(
        "event=onCrmDealAdd&data[FIELDS][ID]=7405&event_handler_id=185&auth[application_token]={TOKEN}"
    );
    let incoming = Incoming::from_form(body.as_bytes()).unwrap();
    assert_eq!(incoming.event, "ONCRMDEALADD");
    assert_eq!(incoming.event_handler_id, Some(185));
    let event: imbot::Event = incoming.event().unwrap();
    assert_eq!(event.name(), "ONCRMDEALADD");
    let imbot::Event::Unknown { data, .. } = event else {
        panic!("not Unknown");
    };
    assert_eq!(data["FIELDS"]["ID"], "7405");
}

#[test]
fn an_unknown_events_tokens_never_show_in_debug() {
    // An event this build does not describe, carrying a bot's tokens the way
    // imbot.v2 events do (`data[bot][auth]`).
    let body = format!(
        "event=ONIMBOTV2FUTURETHING&data[bot][id]=7&data[bot][auth][access_token]=bot-access-9f\
         &data[bot][auth][refresh_token]=bot-refresh-3c&auth[application_token]={TOKEN}"
    );
    let event: imbot::Event = Incoming::from_form(body.as_bytes())
        .unwrap()
        .event()
        .unwrap();
    let imbot::Event::Unknown { data, .. } = &event else {
        panic!("not Unknown: {event:?}");
    };
    // The raw data keeps them for the handler; Debug does not show them.
    assert_eq!(data["bot"]["auth"]["access_token"], "bot-access-9f");
    let shown = format!("{event:?}");
    for secret in ["bot-access-9f", "bot-refresh-3c"] {
        assert!(!shown.contains(secret), "{secret} in {shown}");
    }
    assert!(
        shown.contains("ONIMBOTV2FUTURETHING") && shown.contains("***"),
        "{shown}"
    );
}

#[test]
fn tokens_never_show_in_debug_or_errors() {
    let incoming = Incoming::from_form(message_add_form(TOKEN).as_bytes()).unwrap();
    let shown = format!("{incoming:?}");
    for secret in [TOKEN, "bot-access-9f", "bot-app-77"] {
        assert!(!shown.contains(secret), "{secret} in {shown}");
    }
    assert!(shown.contains("portal.example"), "{shown}");
    let event: imbot::Event = incoming.event().unwrap();
    let shown = format!("{event:?}");
    assert!(
        !shown.contains("bot-access-9f") && !shown.contains("bot-app-77"),
        "{shown}"
    );
    let wrong = Incoming::from_form(message_add_form("other").as_bytes()).unwrap();
    let err = wrong.verify(&Secret::new(TOKEN)).unwrap_err().to_string();
    assert!(!err.contains(TOKEN) && !err.contains("other"), "{err}");
    // A typed read that fails on a field holding the token does not quote it.
    let body =
        format!("event=ONIMBOTV2DELETE&data[bot][id]={TOKEN}&auth[application_token]={TOKEN}");
    let err = Incoming::from_form(body.as_bytes())
        .unwrap()
        .event::<imbot::Event>()
        .unwrap_err();
    assert!(!err.to_string().contains(TOKEN), "{err}");
}

#[test]
fn an_offline_event_reads_into_the_same_typed_event() {
    use bitrix24::Method;
    let body = serde_json::json!({
        "result": {
            "process_id": null,
            "events": [
                {"ID": "1", "EVENT_NAME": "ONIMBOTV2MESSAGEADD", "MESSAGE_ID": "1",
                 "EVENT_DATA": {"bot": {"id": 456}, "message": {"id": 789, "chatId": 5}}},
                {"ID": "2", "EVENT_NAME": "ONCRMLEADADD", "EVENT_DATA": false, "MESSAGE_ID": "2"}
            ]
        },
        "time": {"start": 1.0, "finish": 1.1, "duration": 0.1, "processing": 0.0,
                 "date_start": "2024-07-18T12:48:40+02:00", "date_finish": "2024-07-18T12:48:40+02:00"}
    });
    let response: bitrix24::Response<<bitrix24::event::offline::Get as Method>::Output> =
        serde_json::from_value(body).unwrap();
    let items = response.result.events.unwrap();
    let typed: Vec<imbot::Event> = items
        .iter()
        .map(|item| {
            let data = item.event_data.clone().unwrap_or_default();
            Incoming::offline(&item.event_name, data)
                .unwrap()
                .event()
                .unwrap()
        })
        .collect();
    let [
        imbot::Event::MessageAdd(add),
        imbot::Event::Unknown { name, data },
    ] = typed.as_slice()
    else {
        panic!("{typed:?}");
    };
    assert_eq!(add.message.as_ref().map(|m| m.id), Some(789));
    assert_eq!(name, "ONCRMLEADADD");
    assert_eq!(data, &serde_json::json!({}));
    // An offline item has no token to check.
    let incoming =
        Incoming::offline("ONIMBOTV2DELETE", serde_json::json!({"bot": {"id": 1}})).unwrap();
    assert_eq!(
        incoming.verify(&Secret::new(TOKEN)),
        Err(VerifyError::Missing)
    );
}
