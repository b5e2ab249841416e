//! The generated event types: each scope's `Event` enum reads the `data` of
//! its events typed, keeps any other event as `Unknown`, and `EVENTS` lists
//! them with their payload's type.

use bitrix24::events::EventSet;
use bitrix24::schema::TyInfo;
use bitrix24::{EVENTS, imbot};
use serde_json::json;

#[test]
fn a_known_event_reads_typed_and_writes_back() {
    let data = json!({
        "bot": {"id": 456, "code": "helper"},
        "message": {"id": "789", "chatId": 5, "text": "Hi"},
        "chat": {"id": 5, "dialogId": "chat5"},
        "user": {"id": 1},
        "language": "en"
    });
    let event = imbot::Event::from_data("ONIMBOTV2MESSAGEADD", data).unwrap();
    let imbot::Event::MessageAdd(add) = &event else {
        panic!("not a MessageAdd: {event:?}");
    };
    assert_eq!(add.bot.id, 456);
    assert_eq!(add.message.as_ref().map(|m| m.id), Some(789));
    assert_eq!(add.chat.as_ref().map(|c| c.id), Some(5));
    assert_eq!(event.name(), "ONIMBOTV2MESSAGEADD");
    let back = event.to_data().unwrap();
    assert_eq!(back["message"]["id"], json!(789));
    assert_eq!(back["bot"]["code"], json!("helper"));
}

#[test]
fn a_known_event_with_bad_data_is_an_error_and_an_unknown_one_is_kept() {
    let err = imbot::Event::from_data("ONIMBOTV2DELETE", json!({"bot": {"id": "x"}})).unwrap_err();
    assert!(err.to_string().contains("\"x\""), "{err}");
    let data = json!({"FIELDS": {"ID": "7"}});
    let event = imbot::Event::from_data("ONCRMDEALADD", data.clone()).unwrap();
    assert_eq!(
        event,
        imbot::Event::Unknown {
            name: "ONCRMDEALADD".into(),
            data: data.clone()
        }
    );
    assert_eq!(event.name(), "ONCRMDEALADD");
    assert_eq!(event.to_data().unwrap(), data);
}

#[test]
fn the_event_table_lists_every_variant_with_its_payload() {
    let mut names: Vec<&str> = EVENTS.iter().map(|e| e.name).collect();
    let sorted = {
        let mut s = names.clone();
        s.sort();
        s
    };
    assert_eq!(names, sorted, "EVENTS is sorted by name");
    // The im and imbot events share a page per scope, each in its section;
    // each crm event has a page of its own.
    let mut scopes: Vec<(&[&str], bool)> = vec![
        (imbot::Event::NAMES, true),
        (bitrix24::im::Event::NAMES, true),
    ];
    #[cfg(feature = "crm")]
    scopes.push((bitrix24::crm::Event::NAMES, false));
    for (name, anchored) in scopes
        .iter()
        .flat_map(|(names, anchored)| names.iter().map(move |n| (n, *anchored)))
    {
        let info = bitrix24::schema::event(name).unwrap_or_else(|| panic!("{name} not in EVENTS"));
        assert_eq!(info.docs_url.contains('#'), anchored, "{}", info.docs_url);
        let TyInfo::Struct(st) = info.payload else {
            panic!("{name}: payload is not a struct");
        };
        assert!(!st.fields.is_empty(), "{name} has no fields");
        names.retain(|n| n != name);
    }
    assert!(names.is_empty(), "events without a variant: {names:?}");
    let add = bitrix24::schema::event("onimbotv2messageadd").unwrap();
    assert_eq!(add.scope, "imbot");
    let TyInfo::Struct(st) = add.payload else {
        unreachable!()
    };
    let fields: Vec<&str> = st.fields.iter().map(|f| f.name).collect();
    assert_eq!(fields, ["bot", "message", "chat", "user", "language"]);
}

#[test]
fn the_bot_tokens_of_an_event_are_secrets() {
    let data = json!({"bot": {"id": 1, "auth": {"access_token": "tok-abc", "application_token": "app-xyz"}}});
    let event = imbot::Event::from_data("ONIMBOTV2DELETE", data).unwrap();
    let shown = format!("{event:?}");
    assert!(
        !shown.contains("tok-abc") && !shown.contains("app-xyz"),
        "{shown}"
    );
}

#[cfg(feature = "crm")]
#[test]
fn a_crm_deal_event_reads_typed_from_the_form_the_portal_posts() {
    use bitrix24::crm;
    use bitrix24::events::Incoming;
    let body = "event=ONCRMDEALMOVETOCATEGORY&event_handler_id=185&data%5BFIELDS%5D%5BID%5D=6641\
                &data%5BFIELDS%5D%5BCATEGORY_ID%5D=3&data%5BFIELDS%5D%5BSTAGE_ID%5D=C3%3ANEW&ts=1735374081";
    let event = Incoming::from_form(body.as_bytes())
        .unwrap()
        .event::<crm::Event>()
        .unwrap();
    let crm::Event::DealMoveToCategory(moved) = event else {
        panic!("{event:?}");
    };
    assert_eq!(moved.fields.id, 6641);
    assert_eq!(moved.fields.category_id, Some(3));
    assert_eq!(moved.fields.stage_id.as_deref(), Some("C3:NEW"));
}
