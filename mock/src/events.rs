//! Events: the handlers applications register with `event.bind`, the
//! offline queue `event.offline.get` reads, and the POSTs to handlers.
//!
//! An emulated method that does something the portal raises an event for (a
//! bot is added to a chat, a message is posted, a deal is added) calls
//! [`raise`]. Every
//! binding of that event gets it: an online binding as a POST to its
//! handler, an offline one as an item of its application's queue. Events
//! about a bot (`ONIMBOTV2*`) go to the application that registered the bot
//! only, each with the bot's own tokens in `data[bot][auth]`.
//!
//! The POST body is the form the events page describes, as PHP's
//! `http_build_query` writes it: `event=…&event_handler_id=…&data[…]=…&ts=…&
//! auth[…]=…`, every scalar a string (`true`/`false` as `1`/`0`, null as an
//! empty string). The emulator posts to loopback handlers only
//! (`http://127.0.0.1`, `localhost`, `[::1]`), one at a time in the order the
//! events were raised, and records each outcome ([`crate::Mock::deliveries`]).

mod deliver;
mod form;

pub(crate) use deliver::{Courier, Outgoing};
pub use deliver::{Delivery, DeliveryOutcome};

use crate::methods::{Done, decode};
use crate::params;
use crate::state::{Caller, Portal};
use crate::wire::{ApiError, iso8601, unix_now};
use bitrix24::schema::MethodInfo;
use serde_json::{Map, Value, json};

/// The user the emulator treats as the portal's administrator: only they
/// may bind offline events, bind with another user's `auth_type`, or read
/// the offline queue.
pub(crate) const ADMIN: i64 = 1;

/// Events the emulator knows besides the schema's (`bitrix24::EVENTS`):
/// `event.bind` accepts them, though nothing the emulator does raises them.
const OTHER_EVENTS: &[&str] = &["ONAPPINSTALL", "ONAPPUNINSTALL", "ONOFFLINEEVENT"];

/// The bindings, the offline queue and the events waiting to be posted.
#[derive(Debug, Default)]
pub(crate) struct Events {
    bindings: Vec<Binding>,
    next_binding: i64,
    queue: Vec<Queued>,
    next_item: i64,
    pending: Vec<Pending>,
}

#[derive(Debug, Clone, PartialEq)]
struct Binding {
    id: i64,
    app: String,
    event: String,
    handler: String,
    auth_type: Option<i64>,
    offline: bool,
}

/// An item of an application's offline queue.
#[derive(Debug)]
struct Queued {
    id: i64,
    app: String,
    at: f64,
    name: String,
    data: Value,
    user: i64,
    /// The `process_id` of the `event.offline.get` call that took the item
    /// without clearing it; held items are not handed out again.
    process: Option<String>,
}

/// An event for an online binding, made into a body when the call that
/// raised it ends (the tokens it carries are issued then).
#[derive(Debug)]
struct Pending {
    binding: i64,
    app: String,
    handler: String,
    name: String,
    data: Value,
    user: i64,
    bot: Option<i64>,
}

impl Events {
    /// Items in an application's offline queue.
    pub(crate) fn queue_len(&self, app: &str) -> usize {
        self.queue.iter().filter(|q| q.app == app).count()
    }
}

/// What a method raises.
#[derive(Debug)]
pub(crate) struct Raised {
    /// The event's name, upper case.
    pub name: &'static str,
    /// Its `data`, without `bot` (added per delivery for bot events).
    pub data: Value,
    /// Whose action raised it: the user the envelope's tokens act for,
    /// unless the binding names another with `auth_type`.
    pub user: i64,
    /// The bot an `ONIMBOTV2*` event is for.
    pub bot: Option<i64>,
}

/// Hands an event to every binding of it.
pub(crate) fn raise(portal: &mut Portal, event: Raised) {
    let bot_app = event
        .bot
        .and_then(|id| portal.bots.get(&id))
        .and_then(|b| b.app.clone());
    let matching: Vec<Binding> = portal
        .events
        .bindings
        .iter()
        .filter(|b| b.event == event.name)
        .filter(|b| event.bot.is_none() || bot_app.as_deref() == Some(b.app.as_str()))
        .cloned()
        .collect();
    let now = unix_now();
    let mut queued_for: Vec<&str> = Vec::new();
    for b in &matching {
        let user = b.auth_type.unwrap_or(event.user);
        if b.offline {
            // One item per application, however many offline bindings it has.
            if queued_for.contains(&b.app.as_str()) {
                continue;
            }
            queued_for.push(&b.app);
            portal.events.next_item += 1;
            let id = portal.events.next_item;
            // Queued events carry the bot without tokens, as FETCH mode does.
            let mut data = event.data.clone();
            if let (Some(bot), Value::Object(map)) = (event.bot, &mut data) {
                let code = portal.bots.get(&bot).map(|b| b.code.clone());
                map.insert("bot".into(), json!({ "id": bot, "code": code }));
            }
            portal.events.queue.push(Queued {
                id,
                app: b.app.clone(),
                at: now,
                name: event.name.to_owned(),
                data,
                user,
                process: None,
            });
        } else {
            portal.events.pending.push(Pending {
                binding: b.id,
                app: b.app.clone(),
                handler: b.handler.clone(),
                name: event.name.to_owned(),
                data: event.data.clone(),
                user,
                bot: event.bot,
            });
        }
    }
}

/// The POSTs for the events raised since the last call, with fresh tokens:
/// what the server hands to the [`Courier`] once a method has run.
pub(crate) fn outgoing(portal: &mut Portal, base_url: &str, member_id: &str) -> Vec<Outgoing> {
    let pending = std::mem::take(&mut portal.events.pending);
    let mut out = Vec::with_capacity(pending.len());
    for p in pending {
        let Some(app) = portal.apps.get(&p.app) else {
            continue;
        };
        let (scopes, app_token) = (app.scopes.clone(), app.application_token.clone());
        let lifetime = portal.token_lifetime.as_secs();
        let now = unix_now() as i64;
        let auth = |pair: &crate::TokenPair| {
            json!({
                "access_token": pair.access_token.expose(),
                "expires": now + lifetime as i64,
                "expires_in": lifetime,
                "scope": scopes.join(","),
                "domain": base_url.trim_start_matches("http://"),
                "server_endpoint": format!("{base_url}/rest/"),
                "status": "L",
                "client_endpoint": format!("{base_url}/rest/"),
                "member_id": member_id,
                "user_id": pair.user_id,
                "refresh_token": pair.refresh_token.expose(),
                "application_token": app_token.expose(),
            })
        };
        let mut data = p.data;
        if let Some(bot_id) = p.bot {
            let code = portal
                .bots
                .get(&bot_id)
                .map(|b| b.code.clone())
                .unwrap_or_default();
            let pair = portal.issue_token(&p.app, bot_id, scopes.clone(), None);
            if let Value::Object(map) = &mut data {
                map.insert(
                    "bot".into(),
                    json!({ "id": bot_id, "code": code, "auth": auth(&pair) }),
                );
            }
        }
        let pair = portal.issue_token(&p.app, p.user, scopes.clone(), None);
        let body = form::encode(&[
            ("event", json!(p.name)),
            ("event_handler_id", json!(p.binding)),
            ("data", data),
            ("ts", json!(now)),
            ("auth", auth(&pair)),
        ]);
        out.push(Outgoing::new(p.name, p.handler, body));
    }
    out
}

/// `event.bind`, `event.unbind` and `event.offline.get`.
pub(crate) fn run(
    portal: &mut Portal,
    info: &'static MethodInfo,
    caller: &Caller,
    mut params: Map<String, Value>,
) -> Result<Done, ApiError> {
    let Some(app) = caller.client_id.clone() else {
        return Err(ApiError {
            code: "WRONG_AUTH_TYPE".into(),
            description: format!(
                "{} works in an application's auth context only, not through a webhook",
                info.name
            ),
            status: 401,
        });
    };
    match info.name {
        "event.bind" => {
            params::check(info, &mut params)?;
            let request: bitrix24::event::Bind = decode(params)?;
            bind(portal, info, caller, app, request).map(Done::from)
        }
        "event.unbind" => {
            params::check(info, &mut params)?;
            let request: bitrix24::event::Unbind = decode(params)?;
            unbind(portal, info, caller, &app, request).map(Done::from)
        }
        "event.offline.get" => {
            // `clear` and `process_id` are on the page but not in the
            // schema's params (the request sends them with `.param`).
            let clear = params.remove("clear").map(|v| flag(&v)).unwrap_or(true);
            params.remove("process_id");
            params.remove("auth_connector");
            params::check(info, &mut params)?;
            let request: bitrix24::event::offline::Get = decode(params)?;
            offline_get(portal, info, caller, &app, request, clear).map(Done::from)
        }
        _ => Err(ApiError::not_emulated(info)),
    }
}

fn bind(
    portal: &mut Portal,
    info: &'static MethodInfo,
    caller: &Caller,
    app: String,
    request: bitrix24::event::Bind,
) -> Result<Value, ApiError> {
    let event = known_event(info, &request.event)?;
    deliver::loopback(&request.handler)
        .map_err(|why| ApiError::argument(format!("handler {:?}: {why}", request.handler)))?;
    let offline = event_type(request.event_type.as_deref())?;
    let other_user = request.auth_type.is_some_and(|u| u != caller.user_id);
    if (offline || other_user) && caller.user_id != ADMIN {
        return Err(ApiError::of(Some(info), "ACCESS_DENIED"));
    }
    let exists = portal.events.bindings.iter().any(|b| {
        b.app == app
            && b.event == event
            && b.handler == request.handler
            && b.auth_type == request.auth_type
            && b.offline == offline
    });
    if !exists {
        portal.events.next_binding += 1;
        let id = portal.events.next_binding;
        portal.events.bindings.push(Binding {
            id,
            app,
            event,
            handler: request.handler,
            auth_type: request.auth_type,
            offline,
        });
    }
    Ok(json!(true))
}

fn unbind(
    portal: &mut Portal,
    info: &'static MethodInfo,
    caller: &Caller,
    app: &str,
    request: bitrix24::event::Unbind,
) -> Result<Value, ApiError> {
    let event = request.event.to_ascii_uppercase();
    let offline = event_type(request.event_type.as_deref())?;
    if offline && caller.user_id != ADMIN {
        return Err(ApiError::of(Some(info), "ACCESS_DENIED"));
    }
    let before = portal.events.bindings.len();
    portal.events.bindings.retain(|b| {
        !(b.app == app
            && b.event == event
            && b.handler == request.handler
            && b.offline == offline
            && request.auth_type.is_none_or(|u| b.auth_type == Some(u)))
    });
    Ok(json!({ "count": before - portal.events.bindings.len() }))
}

fn offline_get(
    portal: &mut Portal,
    info: &'static MethodInfo,
    caller: &Caller,
    app: &str,
    request: bitrix24::event::offline::Get,
    clear: bool,
) -> Result<Value, ApiError> {
    if caller.user_id != ADMIN {
        return Err(ApiError::of(Some(info), "ACCESS_DENIED"));
    }
    let conditions = filter_conditions(request.filter.as_ref())?;
    let descending = order_descending(request.order.as_ref())?;
    let limit = request.limit.unwrap_or(50).clamp(0, 1000) as usize;
    let mut picked: Vec<usize> = portal
        .events
        .queue
        .iter()
        .enumerate()
        .filter(|(_, q)| q.app == app && q.process.is_none())
        .filter(|(_, q)| conditions.iter().all(|c| c.matches(q)))
        .map(|(i, _)| i)
        .collect();
    if descending {
        picked.reverse();
    }
    picked.truncate(limit);
    let items: Vec<Value> = picked
        .iter()
        .map(|&i| {
            let q = &portal.events.queue[i];
            json!({
                "ID": q.id,
                "TIMESTAMP_X": iso8601(q.at),
                "EVENT_NAME": q.name,
                "EVENT_DATA": q.data,
                "EVENT_ADDITIONAL": { "user_id": q.user },
                "MESSAGE_ID": q.id.to_string(),
            })
        })
        .collect();
    let process_id = if clear {
        let ids: Vec<i64> = picked.iter().map(|&i| portal.events.queue[i].id).collect();
        portal.events.queue.retain(|q| !ids.contains(&q.id));
        Value::Null
    } else {
        let process = crate::state::random_hex(32);
        for &i in &picked {
            portal.events.queue[i].process = Some(process.clone());
        }
        json!(process)
    };
    Ok(json!({ "process_id": process_id, "events": items }))
}

/// The name in upper case, when the emulator knows the event.
fn known_event(info: &'static MethodInfo, name: &str) -> Result<String, ApiError> {
    let upper = name.trim().to_ascii_uppercase();
    let known = bitrix24::EVENTS.iter().any(|e| e.name == upper) || OTHER_EVENTS.contains(&&*upper);
    if known {
        Ok(upper)
    } else {
        Err(ApiError::of(Some(info), "ERROR_EVENT_NOT_FOUND"))
    }
}

/// `online` (the default) or `offline`: whether the binding queues.
fn event_type(value: Option<&str>) -> Result<bool, ApiError> {
    match value.map(str::to_ascii_lowercase).as_deref() {
        None | Some("") | Some("online") => Ok(false),
        Some("offline") => Ok(true),
        Some(other) => Err(ApiError::argument(format!(
            "event_type must be `online` or `offline`, not {other:?}"
        ))),
    }
}

/// A PHP-ish flag: `0`, `false`, `N` and empty are false.
fn flag(value: &Value) -> bool {
    match value {
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64() != Some(0.0),
        Value::String(s) => !matches!(s.trim(), "" | "0" | "false" | "N" | "n"),
        Value::Null => false,
        _ => true,
    }
}

/// One condition of `event.offline.get`'s filter.
#[derive(Debug)]
struct Condition {
    op: &'static str,
    field: Field,
    value: String,
}

#[derive(Debug, Clone, Copy)]
enum Field {
    Id,
    Name,
    MessageId,
}

impl Condition {
    fn matches(&self, q: &Queued) -> bool {
        use std::cmp::Ordering;
        let ord = match self.field {
            Field::Id | Field::MessageId => match self.value.trim().parse::<i64>() {
                Ok(v) => q.id.cmp(&v),
                Err(_) => return self.op == "!=",
            },
            Field::Name => q.name.cmp(&self.value.to_ascii_uppercase()),
        };
        match self.op {
            "" | "=" => ord == Ordering::Equal,
            "!=" => ord != Ordering::Equal,
            ">" => ord == Ordering::Greater,
            ">=" => ord != Ordering::Less,
            "<" => ord == Ordering::Less,
            _ => ord != Ordering::Greater,
        }
    }
}

fn filter_conditions(filter: Option<&Value>) -> Result<Vec<Condition>, ApiError> {
    let map = match filter {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Array(a)) if a.is_empty() => return Ok(Vec::new()),
        Some(Value::Object(m)) => m,
        Some(other) => {
            return Err(ApiError::argument(format!(
                "filter must be an object of conditions, not {other}"
            )));
        }
    };
    let mut out = Vec::new();
    for (key, value) in map {
        let (op, name) = split_operator(key);
        let field = match name.to_ascii_uppercase().as_str() {
            "ID" => Field::Id,
            "EVENT_NAME" => Field::Name,
            "MESSAGE_ID" => Field::MessageId,
            _ => {
                return Err(ApiError::argument(format!(
                    "filter key {key:?}: the offline queue filters on ID, EVENT_NAME and MESSAGE_ID"
                )));
            }
        };
        let value = match value {
            Value::String(s) => s.clone(),
            Value::Number(n) => n.to_string(),
            other => {
                return Err(ApiError::argument(format!(
                    "filter key {key:?}: expected a string or a number, got {other}"
                )));
            }
        };
        out.push(Condition { op, field, value });
    }
    Ok(out)
}

/// The comparison before a filter key: `=`, `!`/`!=`, `>`, `>=`, `<`, `<=`.
fn split_operator(key: &str) -> (&'static str, &str) {
    for op in [">=", "<=", "!=", "=", ">", "<"] {
        if let Some(rest) = key.strip_prefix(op) {
            return (op, rest);
        }
    }
    match key.strip_prefix('!') {
        Some(rest) => ("!=", rest),
        None => ("", key),
    }
}

/// Whether `order` asks for the newest items first (`ID` or `TIMESTAMP_X`
/// `DESC`; both follow the order the items were queued in).
fn order_descending(order: Option<&Value>) -> Result<bool, ApiError> {
    let map = match order {
        None | Some(Value::Null) => return Ok(false),
        Some(Value::Array(a)) if a.is_empty() => return Ok(false),
        Some(Value::Object(m)) => m,
        Some(other) => {
            return Err(ApiError::argument(format!(
                "order must be an object of field to ASC or DESC, not {other}"
            )));
        }
    };
    let mut descending = false;
    for (key, value) in map {
        if !matches!(key.to_ascii_uppercase().as_str(), "ID" | "TIMESTAMP_X") {
            return Err(ApiError::argument(format!(
                "order key {key:?}: the offline queue sorts by ID or TIMESTAMP_X"
            )));
        }
        match value.as_str().map(str::to_ascii_uppercase).as_deref() {
            Some("ASC") => {}
            Some("DESC") => descending = true,
            _ => {
                return Err(ApiError::argument(format!(
                    "order key {key:?}: expected ASC or DESC, got {value}"
                )));
            }
        }
    }
    Ok(descending)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filter_operators_compare_ids_and_names() {
        let q = Queued {
            id: 5,
            app: "a".into(),
            at: 0.0,
            name: "ONCRMDEALADD".into(),
            data: Value::Null,
            user: 1,
            process: None,
        };
        let matches = |filter: Value| {
            filter_conditions(Some(&filter))
                .unwrap()
                .iter()
                .all(|c| c.matches(&q))
        };
        assert!(matches(json!({ ">=ID": 5, "=EVENT_NAME": "oncrmdealadd" })));
        assert!(!matches(json!({ ">ID": 5 })));
        assert!(matches(json!({ "!ID": "4" })));
        assert!(matches(json!({ "<=MESSAGE_ID": "5" })));
        assert!(!matches(json!({ "EVENT_NAME": "ONCRMDEALUPDATE" })));
        let e = filter_conditions(Some(&json!({ "TITLE": 1 }))).unwrap_err();
        assert!(e.description.contains("\"TITLE\""), "{}", e.description);
    }

    #[test]
    fn event_types_and_flags_read_like_the_portal() {
        assert_eq!(event_type(None).ok(), Some(false));
        assert_eq!(event_type(Some("OFFLINE")).ok(), Some(true));
        assert!(event_type(Some("later")).is_err());
        assert!(!flag(&json!("0")) && !flag(&json!(0)) && !flag(&json!("N")));
        assert!(flag(&json!("1")) && flag(&json!(true)));
    }

    #[test]
    fn order_takes_asc_or_desc_on_id_or_time() {
        assert_eq!(
            order_descending(Some(&json!({ "ID": "desc" }))).ok(),
            Some(true)
        );
        assert_eq!(
            order_descending(Some(&json!({ "TIMESTAMP_X": "ASC" }))).ok(),
            Some(false)
        );
        assert!(order_descending(Some(&json!({ "ID": "up" }))).is_err());
        assert!(order_descending(Some(&json!({ "NAME": "ASC" }))).is_err());
    }
}
