//! The emulated methods, as their documentation pages describe them.
//!
//! Requests are checked against the method table ([`crate::params::check`])
//! and then decoded into the generated request types; results are built as
//! the generated result types and serialized by their own `Serialize`, so the
//! wire shapes are the schema's, not a second copy.

use crate::params;
use crate::state::{BotRec, Caller, ChatSnapshot, Portal, UserRec};
use crate::wire::{ApiError, iso8601, unix_now};
use bitrix24::im::ChatType;
use bitrix24::imbot::{self, ChatKind, ChatRole, UserKind};
use bitrix24::schema::MethodInfo;
use bitrix24::{Color, OrFalse, Secret, im};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};

/// What a method answered: its `result`, and for a list method the
/// envelope's `total` and `next` beside it.
pub(crate) struct Done {
    pub result: Value,
    pub total: Option<i64>,
    pub next: Option<i64>,
}

impl From<Value> for Done {
    fn from(result: Value) -> Done {
        Done {
            result,
            total: None,
            next: None,
        }
    }
}

/// Runs a method whose auth, scope and limits were checked.
pub(crate) fn run(
    portal: &mut Portal,
    info: &'static MethodInfo,
    caller: &Caller,
    params: Map<String, Value>,
    base_url: &str,
) -> Result<Done, ApiError> {
    // REST 3.0 methods share names with classic ones (`tasks.task.get`)
    // but not their params or answers: the tasks have their own module.
    if info.api == bitrix24::schema::Api::V3 {
        return match info.scope {
            "tasks" => crate::tasks::v3::run(portal, info, caller, params),
            _ => Err(ApiError::not_emulated(info)),
        };
    }
    match info.scope {
        "crm" => return crate::crm::run(portal, info, caller, params),
        "tasks" => return crate::tasks::run(portal, info, caller, params),
        "user" => return crate::users::run(portal, info, caller, params),
        "department" => return crate::departments::run(portal, info, caller, params),
        "event" => return crate::events::run(portal, info, caller, params),
        _ => {}
    }
    match info.name {
        "im.chat.add" => im_chat_add(portal, info, caller, params, base_url).map(Done::from),
        "im.message.add" => {
            crate::messages::im_message_add(portal, info, caller, params, base_url).map(Done::from)
        }
        "imbot.v2.Chat.Message.send" => {
            crate::messages::imbot_message_send(portal, info, caller, params, base_url)
                .map(Done::from)
        }
        "imbot.v2.Chat.add" => {
            imbot_chat_add(portal, info, caller, params, base_url).map(Done::from)
        }
        _ => Err(ApiError::not_emulated(info)),
    }
}

/// Decodes checked parameters into the generated request type.
pub(crate) fn decode<T: DeserializeOwned>(params: Map<String, Value>) -> Result<T, ApiError> {
    serde_json::from_value(Value::Object(params))
        .map_err(|e| ApiError::argument(format!("Parameters do not match the schema: {e}")))
}

/// A generated result type with only its required fields, to be filled in
/// field by field (the generated types are `#[non_exhaustive]`).
pub(crate) fn blank<T: DeserializeOwned>(value: Value) -> Result<T, ApiError> {
    serde_json::from_value(value).map_err(|_| ApiError::system("INTERNAL_SERVER_ERROR"))
}

/// `im.chat.add`: the caller creates a chat and owns it.
fn im_chat_add(
    portal: &mut Portal,
    info: &'static MethodInfo,
    caller: &Caller,
    mut params: Map<String, Value>,
    base_url: &str,
) -> Result<Value, ApiError> {
    params::check(info, &mut params)?;
    let request: im::chat::Add = decode(params)?;
    let owner = caller.user_id;
    let mut members = vec![owner];
    add_members(
        portal,
        &mut members,
        request.users.iter().flatten().copied(),
    );
    let entity_type = request.entity_type().map(|e| e.as_str().to_owned());
    let entity_id = request.entity_id().map(str::to_owned);
    let color = request
        .color
        .filter(|c| !c.is_unknown())
        .unwrap_or_else(|| portal.next_color());
    let chat_type = match request.chat_type {
        Some(ChatType::Open) => ChatType::Open,
        _ => ChatType::Chat,
    };
    let chat = create_chat(
        portal,
        NewChat {
            title: request.title,
            description: request.description,
            color,
            chat_type,
            owner,
            members,
            method: info.name,
            created_by: caller.user_id,
            bot_id: None,
            entity_type,
            entity_id,
            message: request.message,
            has_avatar: request.avatar.is_some_and(|a| !a.is_empty()),
        },
    );
    crate::messages::bots_joined(portal, &chat, owner, base_url)?;
    Ok(json!(chat.id))
}

/// `imbot.v2.Chat.add`: a bot creates a group chat; the bot owns it unless
/// `fields.ownerId` names someone else.
fn imbot_chat_add(
    portal: &mut Portal,
    info: &'static MethodInfo,
    caller: &Caller,
    params: Map<String, Value>,
    base_url: &str,
) -> Result<Value, ApiError> {
    let (request, bot) = bot_call(portal, info, caller, params, |r: &imbot::v2::chat::Add| {
        (r.bot_id, r.bot_token.clone())
    })?;
    let fields = request.fields.unwrap_or_default();
    let owner = fields
        .owner_id
        .filter(|id| portal.users.contains_key(id))
        .unwrap_or(bot.id);
    let mut members = vec![bot.id];
    add_members(
        portal,
        &mut members,
        std::iter::once(owner).chain(fields.user_ids.iter().flatten().copied()),
    );
    // "If not specified or incorrect, it will be assigned automatically":
    // the check dropped a colour not in the list.
    let color = fields
        .color
        .filter(|c| !c.is_unknown())
        .unwrap_or_else(|| portal.next_color());
    let chat = create_chat(
        portal,
        NewChat {
            title: fields.title,
            description: fields.description,
            color,
            chat_type: ChatType::Chat,
            owner,
            members,
            method: info.name,
            created_by: bot.id,
            bot_id: Some(bot.id),
            entity_type: None,
            entity_id: None,
            message: fields.message,
            has_avatar: fields.avatar.is_some_and(|a| !a.is_empty()),
        },
    );
    crate::messages::bots_joined(portal, &chat, bot.id, base_url)?;
    let mut result: imbot::v2::chat::AddResult = blank(json!({ "chat": { "id": chat.id } }))?;
    result.chat = chat_object(&chat, bot.id, base_url)?;
    result.users = Some(
        chat.members
            .iter()
            .filter_map(|id| portal.users.get(id))
            .map(user_object)
            .collect::<Result<_, _>>()?,
    );
    let mut value =
        serde_json::to_value(&result).map_err(|_| ApiError::system("INTERNAL_SERVER_ERROR"))?;
    // The generated `Serialize` leaves out fields that are `None`; the page's
    // example sends these as `null`.
    if let Some(Value::Object(chat)) = value.get_mut("chat") {
        for key in NULL_CHAT_FIELDS {
            chat.entry(*key).or_insert(Value::Null);
        }
    }
    Ok(value)
}

/// The first checks of a bot method, in the order of the imbot.v2 pages'
/// error tables: the token (webhook auth only), then the id.
pub(crate) fn bot_params_given(
    info: &'static MethodInfo,
    caller: &Caller,
    params: &Map<String, Value>,
) -> Result<(), ApiError> {
    let token_given = match params.get("botToken") {
        None | Some(Value::Null) => false,
        Some(Value::String(s)) => !s.is_empty(),
        Some(_) => true,
    };
    if caller.client_id.is_none() && !token_given {
        return Err(ApiError::of(Some(info), "BOT_TOKEN_NOT_SPECIFIED"));
    }
    let id_given = match params.get("botId") {
        None | Some(Value::Null) => false,
        Some(Value::String(s)) => !(s.trim().is_empty() || s.trim() == "0"),
        Some(Value::Number(n)) => n.as_f64() != Some(0.0),
        Some(_) => true,
    };
    if !id_given {
        return Err(ApiError::of(Some(info), "BOT_ID_REQUIRED"));
    }
    Ok(())
}

/// A bot method's request, decoded after the checks of the imbot.v2 pages'
/// error tables, and the bot it acts as (`bot` reads the request's
/// `botId` and `botToken`).
pub(crate) fn bot_call<R: DeserializeOwned>(
    portal: &Portal,
    info: &'static MethodInfo,
    caller: &Caller,
    mut params: Map<String, Value>,
    bot: impl FnOnce(&R) -> (i64, Option<Secret>),
) -> Result<(R, BotRec), ApiError> {
    bot_params_given(info, caller, &params)?;
    params::check(info, &mut params)?;
    let request: R = decode(params)?;
    let (id, token) = bot(&request);
    let rec = owned_bot(portal, info, caller, id, token.as_ref())?;
    Ok((request, rec))
}

/// The bot a call acts as, once it is known to exist and to be the
/// caller's: registered by the calling application, or named with its
/// `botToken` through a webhook.
pub(crate) fn owned_bot(
    portal: &Portal,
    info: &'static MethodInfo,
    caller: &Caller,
    bot_id: i64,
    bot_token: Option<&Secret>,
) -> Result<BotRec, ApiError> {
    let bot = portal
        .bots
        .get(&bot_id)
        .cloned()
        .ok_or_else(|| ApiError::of(Some(info), "BOT_NOT_FOUND"))?;
    let allowed = match &caller.client_id {
        Some(client_id) => bot.app.as_deref() == Some(client_id.as_str()),
        None => bot_token.is_some_and(|t| t.expose() == bot.token.expose()),
    };
    if !allowed {
        return Err(ApiError::of(Some(info), "BOT_OWNERSHIP_ERROR"));
    }
    Ok(bot)
}

/// Chat fields the docs show as `null` on a new chat.
const NULL_CHAT_FIELDS: &[&str] = &[
    "parentChatId",
    "parentMessageId",
    "backgroundId",
    "lastId",
    "markedId",
    "unreadId",
];

/// Adds existing users that are not members yet. Ids of users the portal
/// does not have are skipped.
fn add_members(portal: &Portal, members: &mut Vec<i64>, ids: impl IntoIterator<Item = i64>) {
    for id in ids {
        if portal.users.contains_key(&id) && !members.contains(&id) {
            members.push(id);
        }
    }
}

struct NewChat {
    title: Option<String>,
    description: Option<String>,
    color: Color,
    chat_type: ChatType,
    owner: i64,
    members: Vec<i64>,
    method: &'static str,
    created_by: i64,
    bot_id: Option<i64>,
    entity_type: Option<String>,
    entity_id: Option<String>,
    message: Option<String>,
    has_avatar: bool,
}

fn create_chat(portal: &mut Portal, new: NewChat) -> ChatSnapshot {
    let id = portal.next_chat_id();
    let title = match new.title.filter(|t| !t.trim().is_empty()) {
        Some(t) => t,
        None => generated_title(portal, &new.color, &new.members, new.created_by),
    };
    // The portal posts a system message when a chat is created, and the
    // first message after it.
    let mut last_message_id = portal.next_message_id();
    let mut message_count = 1;
    let message = new.message.filter(|m| !m.is_empty());
    if message.is_some() {
        last_message_id = portal.next_message_id();
        message_count += 1;
    }
    let chat = ChatSnapshot {
        id,
        title,
        description: new.description.unwrap_or_default(),
        color: new.color,
        chat_type: new.chat_type,
        owner: new.owner,
        members: new.members,
        method: new.method.to_owned(),
        created_by: new.created_by,
        bot_id: new.bot_id,
        entity_type: new.entity_type,
        entity_id: new.entity_id,
        message,
        has_avatar: new.has_avatar,
        date_create: iso8601(unix_now()),
        last_message_id,
        message_count,
    };
    portal.chats.insert(id, chat.clone());
    chat
}

/// The title template of `im.chat.add`'s page: `Chat with #USERS_NAMES#`
/// when the chat has members besides its creator, else
/// `#COLOR# chat №#NUMBER#`, numbered per colour.
fn generated_title(portal: &mut Portal, color: &Color, members: &[i64], creator: i64) -> String {
    let names: Vec<String> = members
        .iter()
        .filter(|id| **id != creator)
        .filter_map(|id| portal.users.get(id))
        .map(UserRec::full_name)
        .collect();
    if names.is_empty() {
        let number = portal.next_color_number(color);
        format!("{} chat №{number}", color_name(color))
    } else {
        format!("Chat with {}", names.join(", "))
    }
}

/// `LIGHT_BLUE` → `Light blue`.
fn color_name(color: &Color) -> String {
    let lower = color.upper().replace('_', " ").to_lowercase();
    let mut chars = lower.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The chat as `imbot.v2` returns it, seen by `viewer`.
pub(crate) fn chat_object(
    chat: &ChatSnapshot,
    viewer: i64,
    base_url: &str,
) -> Result<imbot::Chat, ApiError> {
    let mut c: imbot::Chat = blank(json!({ "id": chat.id }))?;
    c.dialog_id = Some(format!("chat{}", chat.id));
    c.name = Some(chat.title.clone());
    c.description = Some(chat.description.clone());
    let open = chat.chat_type == ChatType::Open;
    c.kind = Some(if open { ChatKind::Open } else { ChatKind::Chat });
    c.message_type = Some(if open { "O" } else { "C" }.to_owned());
    c.owner = Some(chat.owner);
    c.color = Some(chat.color.clone());
    c.avatar = Some(if chat.has_avatar {
        format!("{base_url}/upload/im/chat{}.png", chat.id)
    } else {
        String::new()
    });
    c.extranet = Some(false);
    c.contains_collaber = Some(false);
    c.entity_type = Some(chat.entity_type.clone().unwrap_or_default());
    c.entity_id = Some(chat.entity_id.clone().unwrap_or_default());
    c.entity_data1 = Some(String::new());
    c.entity_data2 = Some(String::new());
    c.entity_data3 = Some(String::new());
    c.entity_link = Some(Map::new());
    c.disk_folder_id = Some(1000 + chat.id);
    c.role = Some(if viewer == chat.owner {
        ChatRole::Owner
    } else if chat.members.contains(&viewer) {
        ChatRole::Member
    } else {
        ChatRole::None
    });
    c.permissions = Some(Map::new());
    c.mute_list = Some(Vec::new());
    c.is_new = Some(true);
    c.text_field_enabled = Some("Y".to_owned());
    c.date_create = Some(chat.date_create.clone());
    c.last_message_id = Some(chat.last_message_id);
    c.last_message_views = Some("{}".to_owned());
    c.manager_list = Some(Vec::new());
    c.message_count = Some(chat.message_count);
    c.public_access = Some(Value::String(String::new()));
    c.user_counter = Some(chat.members.len() as i64);
    Ok(c)
}

/// A user as `imbot.v2` returns it, every documented field set.
pub(crate) fn user_object(u: &UserRec) -> Result<imbot::User, ApiError> {
    let mut user: imbot::User = blank(json!({ "id": u.id }))?;
    let palette = Color::ALL;
    let color = &palette[(u.id.unsigned_abs() as usize) % palette.len()];
    user.active = Some(true);
    user.name = Some(u.full_name());
    user.first_name = Some(u.first_name.clone());
    user.last_name = Some(u.last_name.clone());
    user.work_position = Some(u.work_position.clone());
    user.color = Some(color.hex().to_owned());
    user.avatar = Some(String::new());
    user.gender = Some(imbot::Gender::from_wire(&u.gender));
    user.birthday = Some(String::new());
    user.extranet = Some(false);
    user.bot = Some(u.bot);
    user.connector = Some(false);
    user.external_auth_id = Some(if u.bot { "bot" } else { "default" }.to_owned());
    user.status = Some("online".to_owned());
    user.idle = Some(OrFalse::False);
    user.last_activity_date = Some(OrFalse::Value(iso8601(unix_now())));
    user.mobile_last_date = Some(OrFalse::False);
    user.desktop_last_date = Some(OrFalse::False);
    user.absent = Some(OrFalse::False);
    user.departments = Some(u.departments.clone());
    user.phones = Some(OrFalse::False);
    user.kind = Some(if u.bot {
        UserKind::Bot
    } else {
        UserKind::Employee
    });
    user.website = Some(String::new());
    user.email = Some(u.email.clone());
    Ok(user)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_names_for_titles() {
        assert_eq!(color_name(&Color::LightBlue), "Light blue");
        assert_eq!(color_name(&Color::Pink), "Pink");
    }
}
