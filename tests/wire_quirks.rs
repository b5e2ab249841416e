//! Shapes the portal really sends that are looser than its pages: numbers
//! as strings, `""` for none, PHP's `[]` for an empty object, and fields the
//! schema does not know. Each example is written here in the shape of the
//! documented response it stands for.

use bitrix24::{Method, Response, im, imbot};
use serde_json::json;

type SendResult = <imbot::v2::chat::message::Send as Method>::Output;

#[test]
fn integers_read_from_numbers_and_from_strings() {
    // imbot.v2.Chat.Message.send answers `{"id": 789, "uuidMap": {}}`.
    let body = r#"{"result": {"id": 789, "uuidMap": {}}}"#;
    let number: Response<SendResult> = serde_json::from_str(body).unwrap();
    let body = r#"{"result": {"id": "789", "uuidMap": {"a1": "790"}}}"#;
    let text: Response<SendResult> = serde_json::from_str(body).unwrap();
    assert_eq!(number.result.id, 789);
    assert_eq!(text.result.id, 789);
    assert_eq!(text.result.uuid_map.unwrap()["a1"], 790);
}

#[test]
fn an_empty_string_is_none_where_the_field_is_optional() {
    // im.chat.get's chat, with ids as the portal sends them: strings, and
    // `""` for a thread parent the chat does not have.
    let chat: im::Chat = serde_json::from_value(json!({
        "id": "5",
        "parent_chat_id": "",
        "owner": "1",
        "manager_list": ["1", 7],
        "background_id": null,
    }))
    .unwrap();
    assert_eq!(chat.id, 5);
    assert_eq!(chat.parent_chat_id, None);
    assert_eq!(chat.owner, Some(1));
    assert_eq!(chat.manager_list, Some(vec![1, 7]));
    assert_eq!(chat.background_id, None);
}

#[test]
fn a_string_that_is_not_a_number_is_refused_and_quoted() {
    let err = serde_json::from_value::<im::Chat>(json!({"id": "5", "owner": "admin"}))
        .unwrap_err()
        .to_string();
    assert!(err.contains(r#"string "admin""#), "{err}");
    assert!(err.contains("expected an integer"), "{err}");
    // A required number may not be empty.
    assert!(serde_json::from_value::<im::Chat>(json!({"id": ""})).is_err());
    // Nor may a number outside the 64-bit range pass as one.
    let err = serde_json::from_value::<im::Chat>(json!({"id": 18446744073709551615u64}))
        .unwrap_err()
        .to_string();
    assert!(err.contains("beyond the 64-bit range"), "{err}");
}

#[test]
fn doubles_read_from_numbers_and_from_strings() {
    // The `time` block of every response; `finish` as a string.
    let time: bitrix24::Time = serde_json::from_value(json!({
        "start": 1772010465,
        "finish": "1772010465.508917",
        "duration": 0.5089170932769775,
        "processing": "0",
        "date_start": "2026-02-25T12:07:45+03:00",
        "date_finish": "2026-02-25T12:07:45+03:00",
    }))
    .unwrap();
    assert_eq!(time.finish, Some(1772010465.508917));
    assert_eq!(time.processing, Some(0.0));
    let err = serde_json::from_value::<bitrix24::Time>(json!({"start": "NaN"}))
        .unwrap_err()
        .to_string();
    assert!(err.contains(r#"string "NaN""#), "{err}");
}

#[test]
fn php_empty_arrays_read_as_empty_objects() {
    // The same answer with no forwards: PHP encodes the empty map as `[]`.
    let body = r#"{"result": {"id": 789, "uuidMap": []}}"#;
    let response: Response<SendResult> = serde_json::from_str(body).unwrap();
    assert_eq!(response.result.uuid_map, Some(Default::default()));
    // An object type (`restrictions`) and an `object` field (an event's
    // `data`) as `[]`.
    let chat: im::Chat = serde_json::from_value(json!({"id": 5, "restrictions": []})).unwrap();
    assert_eq!(chat.restrictions, Some(im::ChatRestrictions::default()));
    let event: imbot::BotEvent =
        serde_json::from_value(json!({"eventId": "12", "type": "ONIMBOTV2MESSAGEADD", "data": []}))
            .unwrap();
    assert_eq!(
        (event.event_id, event.data),
        (12, Some(serde_json::Map::new()))
    );
    // A list with something in it is still not an object.
    let err = serde_json::from_value::<im::Chat>(json!({"id": 5, "restrictions": [1]}))
        .unwrap_err()
        .to_string();
    assert!(err.contains("expected an object"), "{err}");
}

#[test]
fn fields_the_schema_does_not_know_are_kept_by_name() {
    // im.chat.get's chat with a field newer than the schema and a user field.
    let chat: im::Chat = serde_json::from_value(json!({
        "id": 5,
        "name": "Deal chat",
        "ai_provider": "copilot",
        "UF_CHAT_RANK": 3,
    }))
    .unwrap();
    assert_eq!(chat.name.as_deref(), Some("Deal chat"));
    assert_eq!(chat.extra["ai_provider"], "copilot");
    assert_eq!(chat.extra.get("UF_CHAT_RANK"), Some(&json!(3)));
    assert!(!chat.extra.contains_key("name"), "known fields stay typed");
    // And written back as they came.
    let again = serde_json::to_value(&chat).unwrap();
    assert_eq!(again["ai_provider"], "copilot");
    assert_eq!(again["UF_CHAT_RANK"], 3);
}

#[test]
fn enum_values_read_from_numbers_too() {
    // An enum read from a number reads as the same value as from its string.
    let from_number: bitrix24::Color = serde_json::from_value(json!(3)).unwrap();
    assert_eq!(from_number, bitrix24::Color::from_wire("3"));
}
