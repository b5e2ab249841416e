//! What the generated request and response types cost against what a user
//! would write by hand with `#[derive(Serialize, Deserialize)]`: the same
//! fields, wire names, skipped absent fields and forward-compatible enums.
//!
//! `cargo bench --bench wire` runs criterion on each side, then a paired
//! pass (the two sides in alternating batches) that prints the ratio table
//! BENCHMARKS.md quotes. `PAIRED_ONLY=1` skips criterion.

use bitrix24::imbot::v2::chat as bot_chat;
use bitrix24::{Color, Response, im, imbot};
use criterion::Criterion;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::hint::black_box;
use std::time::Duration;

#[path = "support/paired.rs"]
mod paired;

/// The example response of im-chat-add.md (as in tests/wire.rs).
const IM_CHAT_ADD_RESPONSE: &str = include_str!("../tests/data/im.chat.add.response.json");

/// The example response of imbot.v2/chats/chat-add.md.
const IMBOT_CHAT_ADD_RESPONSE: &str = include_str!("../tests/data/imbot.v2.Chat.add.response.json");

// ---------------------------------------------------------------------------
// The hand-written side.

// Decoded fields are not all read back: decoding them is the work measured.
#[allow(dead_code)]
mod hand {
    use super::*;

    #[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq)]
    #[serde(rename_all = "SCREAMING_SNAKE_CASE")]
    pub enum UpperColor {
        Red,
        Green,
        Mint,
        LightBlue,
        DarkBlue,
        Purple,
        Aqua,
        Pink,
        Lime,
        Brown,
        Azure,
        Khaki,
        Sand,
        Marengo,
        Gray,
        Graphite,
    }

    #[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq)]
    #[serde(rename_all = "camelCase")]
    pub enum CamelColor {
        Red,
        Green,
        Mint,
        LightBlue,
        DarkBlue,
        Purple,
        Aqua,
        Pink,
        Lime,
        Brown,
        Azure,
        Khaki,
        Sand,
        Marengo,
        Gray,
        Graphite,
    }

    /// Responses give the colour as HEX.
    #[derive(Deserialize, Clone, Copy, Debug, PartialEq)]
    pub enum HexColor {
        #[serde(rename = "#df532d")]
        Red,
        #[serde(rename = "#64a513")]
        Green,
        #[serde(rename = "#4ba984")]
        Mint,
        #[serde(rename = "#4ba5c3")]
        LightBlue,
        #[serde(rename = "#3e99ce")]
        DarkBlue,
        #[serde(rename = "#8474c8")]
        Purple,
        #[serde(rename = "#1eb4aa")]
        Aqua,
        #[serde(rename = "#f76187")]
        Pink,
        #[serde(rename = "#58cc47")]
        Lime,
        #[serde(rename = "#ab7761")]
        Brown,
        #[serde(rename = "#29619b")]
        Azure,
        #[serde(rename = "#728f7a")]
        Khaki,
        #[serde(rename = "#ba9c7b")]
        Sand,
        #[serde(rename = "#556574")]
        Marengo,
        #[serde(rename = "#909090")]
        Gray,
        #[serde(rename = "#5e5f5e")]
        Graphite,
        #[serde(other)]
        Unknown,
    }

    #[derive(Serialize, Clone, Copy, Debug, PartialEq)]
    #[serde(rename_all = "SCREAMING_SNAKE_CASE")]
    pub enum ChatType {
        Open,
        Chat,
    }

    #[derive(Serialize, Clone, Copy, Debug, PartialEq)]
    #[serde(rename_all = "SCREAMING_SNAKE_CASE")]
    pub enum EntityType {
        Videoconf,
        AiAssistantPrivate,
        Lines,
        Livechat,
        Announcement,
        Calendar,
        Mail,
        Crm,
        SonetGroup,
        Tasks,
        Call,
    }

    /// im.chat.add's params.
    #[derive(Serialize, Default)]
    pub struct ImChatAdd {
        #[serde(rename = "USERS", skip_serializing_if = "Option::is_none")]
        pub users: Option<Vec<i64>>,
        #[serde(rename = "TYPE", skip_serializing_if = "Option::is_none")]
        pub chat_type: Option<ChatType>,
        #[serde(rename = "TITLE", skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        #[serde(rename = "DESCRIPTION", skip_serializing_if = "Option::is_none")]
        pub description: Option<String>,
        #[serde(rename = "COLOR", skip_serializing_if = "Option::is_none")]
        pub color: Option<UpperColor>,
        #[serde(rename = "MESSAGE", skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        #[serde(rename = "AVATAR", skip_serializing_if = "Option::is_none")]
        pub avatar: Option<String>,
        #[serde(rename = "ENTITY_TYPE", skip_serializing_if = "Option::is_none")]
        pub entity_type: Option<EntityType>,
        #[serde(rename = "ENTITY_ID", skip_serializing_if = "Option::is_none")]
        pub entity_id: Option<String>,
        #[serde(rename = "COPILOT_MAIN_ROLE", skip_serializing_if = "Option::is_none")]
        pub copilot_main_role: Option<String>,
    }

    /// imbot.v2.Chat.add's `fields`.
    #[derive(Serialize, Default)]
    #[serde(rename_all = "camelCase")]
    pub struct ChatFields {
        #[serde(skip_serializing_if = "Option::is_none")]
        pub title: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub description: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub color: Option<CamelColor>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub avatar: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub user_ids: Option<Vec<i64>>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub owner_id: Option<i64>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
    }

    /// imbot.v2.Chat.add's params.
    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    pub struct BotChatAdd {
        pub bot_id: i64,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub bot_token: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        pub fields: Option<ChatFields>,
    }

    #[derive(Deserialize, Debug)]
    pub struct Time {
        pub start: Option<f64>,
        pub finish: Option<f64>,
        pub duration: Option<f64>,
        pub processing: Option<f64>,
        pub date_start: Option<String>,
        pub date_finish: Option<String>,
        pub operating_reset_at: Option<f64>,
        pub operating: Option<f64>,
    }

    #[derive(Deserialize, Debug)]
    pub struct Response<T> {
        pub result: T,
        #[serde(default)]
        pub time: Option<Time>,
    }

    #[derive(Deserialize, Clone, Copy, Debug, PartialEq)]
    #[serde(rename_all = "camelCase")]
    pub enum ChatKind {
        Chat,
        Open,
        Channel,
        OpenChannel,
        Copilot,
        Thread,
        GeneralChannel,
        #[serde(other)]
        Unknown,
    }

    #[derive(Deserialize, Clone, Copy, Debug, PartialEq)]
    #[serde(rename_all = "camelCase")]
    pub enum ChatRole {
        Owner,
        Manager,
        Member,
        Guest,
        None,
        #[serde(other)]
        Unknown,
    }

    #[derive(Deserialize, Clone, Copy, Debug, PartialEq)]
    #[serde(rename_all = "camelCase")]
    pub enum UserKind {
        Employee,
        Extranet,
        Email,
        Collaber,
        Bot,
        #[serde(other)]
        Unknown,
    }

    #[derive(Deserialize, Debug)]
    #[serde(rename_all = "camelCase")]
    pub struct Chat {
        pub id: i64,
        pub dialog_id: Option<String>,
        pub name: Option<String>,
        #[serde(rename = "type")]
        pub kind: Option<ChatKind>,
        pub message_type: Option<String>,
        pub owner: Option<i64>,
        pub color: Option<HexColor>,
        pub avatar: Option<String>,
        pub description: Option<String>,
        pub extranet: Option<bool>,
        pub role: Option<ChatRole>,
        pub contains_collaber: Option<bool>,
        pub mute_list: Option<Vec<i64>>,
        pub entity_type: Option<String>,
        pub entity_id: Option<String>,
        pub entity_data1: Option<String>,
        pub entity_data2: Option<String>,
        pub entity_data3: Option<String>,
        pub entity_link: Option<Map<String, Value>>,
        pub disk_folder_id: Option<i64>,
        pub permissions: Option<Map<String, Value>>,
        pub parent_chat_id: Option<i64>,
        pub parent_message_id: Option<i64>,
        pub is_new: Option<bool>,
        pub text_field_enabled: Option<String>,
        pub background_id: Option<String>,
        pub date_create: Option<String>,
        pub last_message_id: Option<i64>,
        pub last_id: Option<i64>,
        pub manager_list: Option<Vec<i64>>,
        pub message_count: Option<i64>,
        pub user_counter: Option<i64>,
        pub unread_id: Option<i64>,
        pub last_message_views: Option<String>,
        pub marked_id: Option<i64>,
        #[serde(rename = "public")]
        pub public_access: Option<Value>,
    }

    #[derive(Deserialize, Debug)]
    #[serde(rename_all = "camelCase")]
    pub struct User {
        pub id: i64,
        pub active: Option<bool>,
        pub name: Option<String>,
        pub first_name: Option<String>,
        pub last_name: Option<String>,
        pub work_position: Option<String>,
        pub color: Option<String>,
        pub avatar: Option<String>,
        pub gender: Option<String>,
        pub birthday: Option<String>,
        pub extranet: Option<bool>,
        pub bot: Option<bool>,
        pub connector: Option<bool>,
        pub external_auth_id: Option<String>,
        pub status: Option<String>,
        pub idle: Option<Value>,
        pub last_activity_date: Option<Value>,
        pub mobile_last_date: Option<Value>,
        pub desktop_last_date: Option<Value>,
        pub absent: Option<Value>,
        pub departments: Option<Vec<i64>>,
        pub phones: Option<Value>,
        #[serde(rename = "type")]
        pub kind: Option<UserKind>,
        pub website: Option<String>,
        pub email: Option<String>,
    }

    #[derive(Deserialize, Debug)]
    pub struct BotChatAddResult {
        pub chat: Chat,
        pub users: Option<Vec<User>>,
    }
}

// ---------------------------------------------------------------------------
// The four workloads, each side as a function.

fn im_request_generated() -> Vec<u8> {
    serde_json::to_vec(&im_build_generated()).unwrap()
}

fn im_build_generated() -> im::chat::Add {
    im::chat::Add::new()
        .users(black_box([103, 547]))
        .title(black_box("Deal chat"))
        .description(black_box("Everything about deal 1663"))
        .color(black_box(Color::Pink))
        .message(black_box("Welcome!"))
        .entity(im::ChatEntity::crm_deal(black_box(1663)))
}

fn im_request_hand() -> Vec<u8> {
    serde_json::to_vec(&im_build_hand()).unwrap()
}

fn im_build_hand() -> hand::ImChatAdd {
    hand::ImChatAdd {
        users: Some(black_box([103, 547]).to_vec()),
        title: Some(black_box("Deal chat").to_owned()),
        description: Some(black_box("Everything about deal 1663").to_owned()),
        color: Some(black_box(hand::UpperColor::Pink)),
        message: Some(black_box("Welcome!").to_owned()),
        entity_type: Some(hand::EntityType::Crm),
        entity_id: Some(format!("DEAL|{}", black_box(1663))),
        ..Default::default()
    }
}

fn bot_request_generated() -> Vec<u8> {
    let request = bot_chat::Add::new(black_box(456))
        .bot_token(black_box("my_bot_token"))
        .fields(
            imbot::ChatFields::new()
                .title(black_box("Support"))
                .description(black_box("Questions about orders"))
                .color(black_box(Color::Mint))
                .user_ids(black_box([1, 2, 3]))
                .message(black_box("Hello from the bot")),
        );
    serde_json::to_vec(&request).unwrap()
}

fn bot_request_hand() -> Vec<u8> {
    let request = hand::BotChatAdd {
        bot_id: black_box(456),
        bot_token: Some(black_box("my_bot_token").to_owned()),
        fields: Some(hand::ChatFields {
            title: Some(black_box("Support").to_owned()),
            description: Some(black_box("Questions about orders").to_owned()),
            color: Some(black_box(hand::CamelColor::Mint)),
            user_ids: Some(black_box([1, 2, 3]).to_vec()),
            message: Some(black_box("Hello from the bot").to_owned()),
            ..Default::default()
        }),
    };
    serde_json::to_vec(&request).unwrap()
}

fn im_response_generated() -> Response<<im::chat::Add as bitrix24::Method>::Output> {
    serde_json::from_str(black_box(IM_CHAT_ADD_RESPONSE)).unwrap()
}

fn im_response_hand() -> hand::Response<i64> {
    serde_json::from_str(black_box(IM_CHAT_ADD_RESPONSE)).unwrap()
}

fn bot_response_generated() -> Response<bot_chat::AddResult> {
    serde_json::from_str(black_box(IMBOT_CHAT_ADD_RESPONSE)).unwrap()
}

fn bot_response_hand() -> hand::Response<hand::BotChatAddResult> {
    serde_json::from_str(black_box(IMBOT_CHAT_ADD_RESPONSE)).unwrap()
}

/// Both sides must produce the same thing, or the comparison means nothing.
fn check_equivalence() {
    assert_eq!(im_request_generated(), im_request_hand());
    assert_eq!(bot_request_generated(), bot_request_hand());
    let (g, h) = (im_response_generated(), im_response_hand());
    assert_eq!(g.result, h.result);
    assert_eq!(
        g.time.unwrap().operating,
        h.time.unwrap().operating,
        "time decoded alike"
    );
    let (g, h) = (bot_response_generated(), bot_response_hand());
    assert_eq!(g.result.chat.id, h.result.chat.id);
    assert_eq!(g.result.chat.color, Some(Color::Mint));
    assert_eq!(h.result.chat.color, Some(hand::HexColor::Mint));
    assert_eq!(g.result.chat.kind, Some(imbot::ChatKind::Chat));
    assert_eq!(h.result.chat.kind, Some(hand::ChatKind::Chat));
    let (gu, hu) = (g.result.users.unwrap(), h.result.users.unwrap());
    assert_eq!(gu.len(), hu.len());
    assert_eq!(gu[1].departments, hu[1].departments);
    assert_eq!(gu[0].kind, Some(imbot::UserKind::Employee));
    assert_eq!(hu[0].kind, Some(hand::UserKind::Employee));
}

// ---------------------------------------------------------------------------
// criterion: each side on its own.

fn criterion_benches(c: &mut Criterion) {
    let mut group = c.benchmark_group("im.chat.add request build+serialize");
    group.bench_function("generated", |b| b.iter(im_request_generated));
    group.bench_function("hand-written", |b| b.iter(im_request_hand));
    group.finish();

    let mut group = c.benchmark_group("imbot.v2.Chat.add request build+serialize");
    group.bench_function("generated", |b| b.iter(bot_request_generated));
    group.bench_function("hand-written", |b| b.iter(bot_request_hand));
    group.finish();

    let mut group = c.benchmark_group("im.chat.add response decode");
    group.bench_function("generated", |b| b.iter(im_response_generated));
    group.bench_function("hand-written", |b| b.iter(im_response_hand));
    group.finish();

    let mut group = c.benchmark_group("imbot.v2.Chat.add response decode");
    group.bench_function("generated", |b| b.iter(bot_response_generated));
    group.bench_function("hand-written", |b| b.iter(bot_response_hand));
    group.finish();
}

// ---------------------------------------------------------------------------
// The paired pass: the figures of BENCHMARKS.md.

fn paired_pass() {
    const ROUNDS: usize = 301;
    let batch = Duration::from_millis(2);
    let rows = [
        paired::compare(
            "im.chat.add request: build + serialize",
            || paired::keep(im_request_generated()),
            || paired::keep(im_request_hand()),
            ROUNDS,
            batch,
        ),
        paired::compare(
            "imbot.v2.Chat.add request: build + serialize",
            || paired::keep(bot_request_generated()),
            || paired::keep(bot_request_hand()),
            ROUNDS,
            batch,
        ),
        paired::compare(
            "im.chat.add response: decode",
            || paired::keep(im_response_generated()),
            || paired::keep(im_response_hand()),
            ROUNDS,
            batch,
        ),
        paired::compare(
            "imbot.v2.Chat.add response: decode",
            || paired::keep(bot_response_generated()),
            || paired::keep(bot_response_hand()),
            ROUNDS,
            batch,
        ),
    ];
    // The first row taken apart: building alone, serializing alone.
    let (built_generated, built_hand) = (im_build_generated(), im_build_hand());
    let parts = [
        paired::compare(
            "im.chat.add request: build only",
            || paired::keep(im_build_generated()),
            || paired::keep(im_build_hand()),
            ROUNDS,
            batch,
        ),
        paired::compare(
            "im.chat.add request: serialize only",
            || paired::keep(serde_json::to_vec(black_box(&built_generated)).unwrap()),
            || paired::keep(serde_json::to_vec(black_box(&built_hand)).unwrap()),
            ROUNDS,
            batch,
        ),
    ];
    println!();
    println!(
        "paired pass ({}): generated (A) against hand-written (B), alternating batches of ~2 ms",
        if cfg!(debug_assertions) {
            "dev profile, unoptimized"
        } else {
            "optimized"
        }
    );
    println!();
    println!(
        "| workload | generated | hand-written | ratio | p10–p90 of round ratios | rounds × calls |"
    );
    println!("|---|---|---|---|---|---|");
    for row in rows.iter().chain(&parts) {
        println!("{}", row.row());
    }
}

fn main() {
    check_equivalence();
    if std::env::var_os("PAIRED_ONLY").is_none() {
        let mut c = Criterion::default()
            .warm_up_time(Duration::from_millis(500))
            .measurement_time(Duration::from_secs(2))
            .configure_from_args();
        criterion_benches(&mut c);
        c.final_summary();
    }
    paired_pass();
}
