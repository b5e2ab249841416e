//! Messages and the bot events around chats: `im.message.add` (a user
//! posts), `imbot.v2.Chat.Message.send` (a bot posts), and the
//! `ONIMBOTV2JOINCHAT` / `ONIMBOTV2MESSAGEADD` events they raise for the
//! bots in the chat (see [`crate::events`] for who receives them).

use crate::events::{self, Raised};
use crate::methods::{bot_call, chat_object, decode, user_object};
use crate::params;
use crate::state::{Caller, ChatSnapshot, MessageRec, Portal};
use crate::wire::{ApiError, iso8601, unix_now};
use bitrix24::imbot;
use bitrix24::schema::MethodInfo;
use serde_json::{Map, Value, json};

/// The language events report for the emulated portal.
const LANGUAGE: &str = "en";

/// `im.message.add`: the caller posts to a chat they are a member of.
pub(crate) fn im_message_add(
    portal: &mut Portal,
    info: &'static MethodInfo,
    caller: &Caller,
    mut params: Map<String, Value>,
    base_url: &str,
) -> Result<Value, ApiError> {
    let err = |code| ApiError::of(Some(info), code);
    params::check(info, &mut params)?;
    let request: bitrix24::im::message::Add = decode(params)?;
    let text = request.message.unwrap_or_default();
    if text.trim().is_empty() && request.attach.is_none() {
        return Err(err("MESSAGE_EMPTY"));
    }
    let chat_id = chat_of_dialog("DIALOG_ID", &request.dialog_id)?;
    let chat = portal.chats.get(&chat_id).ok_or_else(|| err("CHAT_ID"))?;
    if !chat.members.contains(&caller.user_id) {
        return Err(err("ACCESS_ERROR"));
    }
    let message = post(portal, chat_id, caller.user_id, text, base_url)?;
    Ok(json!(message.id))
}

/// `imbot.v2.Chat.Message.send`: a bot posts to a chat it is a member of.
pub(crate) fn imbot_message_send(
    portal: &mut Portal,
    info: &'static MethodInfo,
    caller: &Caller,
    params: Map<String, Value>,
    base_url: &str,
) -> Result<Value, ApiError> {
    let err = |code| ApiError::of(Some(info), code);
    let (request, bot) = bot_call(
        portal,
        info,
        caller,
        params,
        |r: &imbot::v2::chat::message::Send| (r.bot_id, r.bot_token.clone()),
    )?;
    let fields = request.fields.unwrap_or_default();
    let text = fields.message.unwrap_or_default();
    let attached = fields.attach.is_some_and(|a| !a.is_empty());
    if text.trim().is_empty() && !attached {
        return Err(err("EMPTY_MESSAGE"));
    }
    let chat_id = chat_of_dialog("dialogId", &request.dialog_id)?;
    let member = portal
        .chats
        .get(&chat_id)
        .is_some_and(|c| c.members.contains(&bot.id));
    if !member {
        return Err(err("ACCESS_DENIED"));
    }
    let message = post(portal, chat_id, bot.id, text, base_url)?;
    Ok(json!({ "id": message.id }))
}

/// `chat5` → 5; the emulator's message methods post to chats only.
fn chat_of_dialog(param: &str, dialog: &str) -> Result<i64, ApiError> {
    let id = dialog
        .trim()
        .strip_prefix("chat")
        .and_then(|n| n.parse().ok());
    id.ok_or_else(|| {
        ApiError::argument(format!(
            "{param} {dialog:?}: the emulator posts to chats (`chatN`) only"
        ))
    })
}

/// Stores a message, counts it in its chat, and tells the chat's other bots.
fn post(
    portal: &mut Portal,
    chat_id: i64,
    author: i64,
    text: String,
    base_url: &str,
) -> Result<MessageRec, ApiError> {
    let id = portal.next_message_id();
    let message = MessageRec {
        id,
        chat_id,
        author,
        text,
        date: iso8601(unix_now()),
    };
    portal.messages.insert(id, message.clone());
    let Some(chat) = portal.chats.get_mut(&chat_id) else {
        return Ok(message);
    };
    chat.last_message_id = id;
    chat.message_count += 1;
    let chat = chat.clone();
    let bots = bots_in(portal, &chat, author);
    if bots.is_empty() {
        return Ok(message);
    }
    let data = json!({
        "message": to_value(message_object(&message)?)?,
        "chat": event_chat(&chat, base_url)?,
        "user": author_object(portal, author)?,
        "language": LANGUAGE,
    });
    for bot in bots {
        events::raise(
            portal,
            Raised {
                name: "ONIMBOTV2MESSAGEADD",
                data: data.clone(),
                user: author,
                bot: Some(bot),
            },
        );
    }
    Ok(message)
}

/// A new chat's bots, except the one that made it, each get
/// `ONIMBOTV2JOINCHAT`.
pub(crate) fn bots_joined(
    portal: &mut Portal,
    chat: &ChatSnapshot,
    by: i64,
    base_url: &str,
) -> Result<(), ApiError> {
    let bots = bots_in(portal, chat, by);
    if bots.is_empty() {
        return Ok(());
    }
    let data = json!({
        "dialogId": format!("chat{}", chat.id),
        "chat": event_chat(chat, base_url)?,
        "user": author_object(portal, by)?,
        "language": LANGUAGE,
    });
    for bot in bots {
        events::raise(
            portal,
            Raised {
                name: "ONIMBOTV2JOINCHAT",
                data: data.clone(),
                user: by,
                bot: Some(bot),
            },
        );
    }
    Ok(())
}

/// The bots among a chat's members, but `except`.
fn bots_in(portal: &Portal, chat: &ChatSnapshot, except: i64) -> Vec<i64> {
    chat.members
        .iter()
        .copied()
        .filter(|id| *id != except && portal.bots.contains_key(id))
        .collect()
}

/// The chat as events carry it: the imbot.v2 shape without the fields that
/// depend on who looks (`role`, `muteList`).
fn event_chat(chat: &ChatSnapshot, base_url: &str) -> Result<Value, ApiError> {
    let mut value = to_value(chat_object(chat, chat.owner, base_url)?)?;
    if let Value::Object(map) = &mut value {
        map.remove("role");
        map.remove("muteList");
    }
    Ok(value)
}

fn author_object(portal: &Portal, id: i64) -> Result<Value, ApiError> {
    match portal.users.get(&id) {
        Some(u) => to_value(user_object(u)?),
        None => Ok(json!({ "id": id })),
    }
}

/// A stored message in the imbot.v2 shape.
fn message_object(m: &MessageRec) -> Result<imbot::Message, ApiError> {
    let mut message: imbot::Message = crate::methods::blank(json!({ "id": m.id }))?;
    message.chat_id = Some(m.chat_id);
    message.author_id = Some(m.author);
    message.date = Some(m.date.clone());
    message.text = Some(m.text.clone());
    message.is_system = Some(false);
    message.uuid = Some(String::new());
    message.params = Some(Map::new());
    message.viewed_by_others = Some(false);
    Ok(message)
}

fn to_value<T: serde::Serialize>(value: T) -> Result<Value, ApiError> {
    serde_json::to_value(value).map_err(|_| ApiError::system("INTERNAL_SERVER_ERROR"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dialog_ids_of_chats_are_read_and_others_are_not() {
        assert_eq!(chat_of_dialog("d", "chat15"), Ok(15));
        assert_eq!(chat_of_dialog("d", " chat7 "), Ok(7));
        for other in ["15", "sg3", "chatx"] {
            let e = chat_of_dialog("DIALOG_ID", other).unwrap_err();
            assert!(
                e.description.starts_with(&format!("DIALOG_ID {other:?}")),
                "{e:?}"
            );
        }
    }
}
