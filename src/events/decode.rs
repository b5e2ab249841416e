//! One incoming event: the envelope (`event`, `data`, `ts`, `auth`) read from
//! a form or JSON body, the application-token check, and the typed event.

use super::EventSet;
use crate::Secret;
use crate::schema::TyInfo;
use serde_json::{Map, Value};
use std::fmt;

/// An event as the portal POSTs it, before it is typed.
///
/// `Debug` never shows a token: those of `auth` are [`Secret`]s, and the
/// `*_token` keys of `data` (imbot.v2 sends the bot's tokens there) are
/// shown as `***`.
#[derive(Clone)]
pub struct Incoming {
    /// The event's name, in capitals: `ONIMBOTV2MESSAGEADD`.
    pub event: String,
    /// The event's `data`, as sent (a form's values are strings).
    pub data: Value,
    /// When the portal's queue sent it (Unix seconds), when given.
    pub ts: Option<i64>,
    /// The id of the handler registration it was sent for, when given.
    pub event_handler_id: Option<i64>,
    /// The `auth` block: the application token and the portal's addresses.
    pub auth: Auth,
}

/// The `auth` block of an event: who sent it and, for apps, tokens to call
/// back with. Every token is a [`Secret`].
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct Auth {
    /// The application's token, which proves the portal sent the event.
    pub application_token: Option<Secret>,
    /// An OAuth access token of the user whose action raised the event.
    pub access_token: Option<Secret>,
    /// An OAuth refresh token (only some events carry one).
    pub refresh_token: Option<Secret>,
    /// The portal's address: `some-domain.bitrix24.com`.
    pub domain: Option<String>,
    /// The portal's id.
    pub member_id: Option<String>,
    /// The REST endpoint of the portal.
    pub client_endpoint: Option<String>,
    /// The OAuth server's endpoint.
    pub server_endpoint: Option<String>,
    /// The scope the event belongs to.
    pub scope: Option<String>,
    /// The application's status letter (`L` local, `F` free, `S` paid).
    pub status: Option<String>,
    /// Seconds until `access_token` expires.
    pub expires_in: Option<i64>,
}

/// Why a body is not an event. The message names the key at fault (as
/// written in the form, `data[FIELDS][ID]`) and why; it never quotes a token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    key: Option<String>,
    reason: String,
}

impl DecodeError {
    pub(super) fn at(key: &str, reason: impl Into<String>) -> Self {
        DecodeError {
            key: Some(key.to_owned()),
            reason: reason.into(),
        }
    }
    pub(super) fn body(reason: impl Into<String>) -> Self {
        DecodeError {
            key: None,
            reason: reason.into(),
        }
    }
    /// The key at fault, when one is: `event`, `data[FIELDS][ID]`.
    pub fn key(&self) -> Option<&str> {
        self.key.as_deref()
    }
    /// Why it was refused.
    pub fn reason(&self) -> &str {
        &self.reason
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.key {
            Some(key) => write!(f, "event body, key `{key}`: {}", self.reason),
            None => write!(f, "event body: {}", self.reason),
        }
    }
}

impl std::error::Error for DecodeError {}

/// Why an event's application token was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum VerifyError {
    /// The body has no `auth[application_token]`.
    Missing,
    /// It has one, and it is not the application's.
    Mismatch,
}

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            VerifyError::Missing => "the event has no `auth[application_token]`",
            VerifyError::Mismatch => {
                "the event's `auth[application_token]` is not the application's token"
            }
        })
    }
}

impl std::error::Error for VerifyError {}

impl Incoming {
    /// Reads a body by its `Content-Type`: JSON for `application/json`, a
    /// form otherwise (what the portal sends).
    pub fn from_body(content_type: Option<&str>, body: &[u8]) -> Result<Self, DecodeError> {
        let json = content_type.is_some_and(|c| {
            c.split(';')
                .next()
                .is_some_and(|m| m.trim().eq_ignore_ascii_case("application/json"))
        });
        if json {
            Self::from_json(body)
        } else {
            Self::from_form(body)
        }
    }

    /// Reads a form body: `event=ONIMBOTV2MESSAGEADD&data[bot][id]=7&auth[application_token]=…`.
    pub fn from_form(body: &[u8]) -> Result<Self, DecodeError> {
        Self::from_value(super::form::parse(body)?)
    }

    /// Reads a JSON body, shaped as the form is.
    pub fn from_json(body: &[u8]) -> Result<Self, DecodeError> {
        let value: Value = serde_json::from_slice(body)
            .map_err(|e| DecodeError::body(format!("not JSON: {e}")))?;
        Self::from_value(value)
    }

    /// Reads an envelope already parsed: an object with `event`, `data`,
    /// and optionally `ts`, `event_handler_id` and `auth`.
    pub fn from_value(value: Value) -> Result<Self, DecodeError> {
        let Value::Object(mut top) = value else {
            return Err(DecodeError::body("not an object of keys"));
        };
        let event = match top.remove("event") {
            Some(Value::String(s)) if is_event_name(&s) => s.to_ascii_uppercase(),
            Some(Value::String(s)) if s.is_empty() => {
                return Err(DecodeError::at("event", "it is empty"));
            }
            Some(Value::String(_)) => {
                return Err(DecodeError::at(
                    "event",
                    "an event name holds only letters, digits and `_`",
                ));
            }
            Some(_) => return Err(DecodeError::at("event", "it is not a name")),
            None => return Err(DecodeError::at("event", "it is missing")),
        };
        let data = match top.remove("data") {
            Some(v @ Value::Object(_)) => v,
            // PHP sends an empty array for an empty `data`, or leaves it out.
            None => Value::Object(Map::new()),
            Some(Value::Array(a)) if a.is_empty() => Value::Object(Map::new()),
            Some(Value::String(s)) if s.is_empty() => Value::Object(Map::new()),
            Some(_) => return Err(DecodeError::at("data", "it is not a group of keys")),
        };
        let ts = number(top.get("ts"), "ts")?;
        let event_handler_id = number(top.get("event_handler_id"), "event_handler_id")?;
        let auth = match top.remove("auth") {
            None => Auth::default(),
            Some(Value::Object(m)) => Auth::read(m)?,
            Some(Value::Array(a)) if a.is_empty() => Auth::default(),
            Some(_) => return Err(DecodeError::at("auth", "it is not a group of keys")),
        };
        Ok(Incoming {
            event,
            data,
            ts,
            event_handler_id,
            auth,
        })
    }

    /// An item of the offline queue (`event.offline.get`): its
    /// `EVENT_NAME` and `EVENT_DATA` (`false` when it has none). It carries
    /// no `auth`: the call that fetched it was authenticated, so there is
    /// nothing to [`verify`](Self::verify).
    pub fn offline(name: &str, data: Value) -> Result<Self, DecodeError> {
        let data = match data {
            Value::Bool(false) | Value::Null => Value::Object(Map::new()),
            other => other,
        };
        let mut top = Map::new();
        top.insert("event".into(), Value::String(name.to_owned()));
        top.insert("data".into(), data);
        Self::from_value(Value::Object(top))
    }

    /// Checks `auth[application_token]` against the application's token,
    /// in time that does not depend on where they differ.
    pub fn verify(&self, application_token: &Secret) -> Result<(), VerifyError> {
        match &self.auth.application_token {
            None => Err(VerifyError::Missing),
            Some(t) if t.expose().is_empty() => Err(VerifyError::Missing),
            Some(t) if constant_time_eq(t.expose(), application_token.expose()) => Ok(()),
            Some(_) => Err(VerifyError::Mismatch),
        }
    }

    /// The typed event of scope enum `E`. The `data` is first brought to
    /// the types its payload declares ([`crate::EVENTS`]): a form sends
    /// booleans as `1`/`0` and nulls as empty strings.
    pub fn event<E: EventSet>(&self) -> Result<E, DecodeError> {
        let mut data = self.data.clone();
        if let Some(info) = crate::schema::event(&self.event) {
            coerce(&mut data, &info.payload, 0);
        }
        E::from_data(&self.event, data).map_err(|e| {
            let secrets: Vec<&Secret> = [
                &self.auth.application_token,
                &self.auth.access_token,
                &self.auth.refresh_token,
            ]
            .into_iter()
            .flatten()
            .collect();
            let text = crate::secret::scrub(&e.to_string(), &secrets);
            DecodeError::at("data", format!("does not fit `{}`: {text}", self.event))
        })
    }
}

impl fmt::Debug for Incoming {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Incoming")
            .field("event", &self.event)
            .field("data", &Redacted(&self.data))
            .field("ts", &self.ts)
            .field("event_handler_id", &self.event_handler_id)
            .field("auth", &self.auth)
            .finish()
    }
}

/// A JSON value whose `*_token` keys are shown as `***`.
struct Redacted<'a>(&'a Value);

impl fmt::Debug for Redacted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", redact(self.0))
    }
}

/// `value` with the value of every `token` or `*_token` key, at any depth,
/// replaced by `"***"`: an event's data to show or log (imbot.v2 puts the
/// bot's OAuth tokens in `data.bot.auth`).
pub fn redact(value: &Value) -> Value {
    match value {
        Value::Object(m) => Value::Object(
            m.iter()
                .map(|(k, v)| {
                    let v = if k.ends_with("_token") || k == "token" {
                        Value::String("***".into())
                    } else {
                        redact(v)
                    };
                    (k.clone(), v)
                })
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.iter().map(redact).collect()),
        other => other.clone(),
    }
}

impl Auth {
    fn read(mut m: Map<String, Value>) -> Result<Self, DecodeError> {
        let mut text = |key: &str| -> Result<Option<String>, DecodeError> {
            match m.remove(key) {
                None | Some(Value::Null) => Ok(None),
                Some(Value::String(s)) => Ok(Some(s)),
                Some(Value::Number(n)) => Ok(Some(n.to_string())),
                Some(_) => Err(DecodeError::at(&format!("auth[{key}]"), "it is not text")),
            }
        };
        let application_token = text("application_token")?.map(Secret::new);
        let access_token = text("access_token")?.map(Secret::new);
        let refresh_token = text("refresh_token")?.map(Secret::new);
        let domain = text("domain")?;
        let member_id = text("member_id")?;
        let client_endpoint = text("client_endpoint")?;
        let server_endpoint = text("server_endpoint")?;
        let scope = text("scope")?;
        let status = text("status")?;
        let expires_in = match text("expires_in")? {
            None => None,
            Some(s) if s.is_empty() => None,
            Some(s) => Some(
                s.parse::<i64>()
                    .map_err(|_| DecodeError::at("auth[expires_in]", "it is not a whole number"))?,
            ),
        };
        Ok(Auth {
            application_token,
            access_token,
            refresh_token,
            domain,
            member_id,
            client_endpoint,
            server_endpoint,
            scope,
            status,
            expires_in,
        })
    }
}

fn is_event_name(s: &str) -> bool {
    !s.is_empty() && s.len() <= 200 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// An optional whole number, sent as a string or a number.
fn number(v: Option<&Value>, key: &str) -> Result<Option<i64>, DecodeError> {
    match v {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if s.is_empty() => Ok(None),
        Some(Value::String(s)) => s
            .parse()
            .map(Some)
            .map_err(|_| DecodeError::at(key, "it is not a whole number")),
        Some(Value::Number(n)) => n
            .as_i64()
            .map(Some)
            .ok_or_else(|| DecodeError::at(key, "it is not a whole number")),
        Some(_) => Err(DecodeError::at(key, "it is not a whole number")),
    }
}

/// Whether two tokens are equal, comparing every byte whatever the first
/// difference (only a difference in length shows early).
fn constant_time_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let diff = a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y));
    std::hint::black_box(diff) == 0
}

/// How deep [`coerce`] follows nested data.
const MAX_COERCE_DEPTH: usize = 64;

/// Brings a form's strings to the JSON the payload type reads: `1`/`0` (and
/// `Y`/`N`) to booleans, `""` to null where null is allowed, `0` to `false`
/// for a `T|false`. Numbers stay strings (the lenient reading takes them).
fn coerce(value: &mut Value, ty: &TyInfo, depth: usize) {
    if depth > MAX_COERCE_DEPTH {
        return;
    }
    match (ty, &mut *value) {
        (TyInfo::Boolean, Value::String(s)) => {
            let b = match s.as_str() {
                "1" | "Y" | "y" | "true" => Some(true),
                "0" | "N" | "n" | "false" => Some(false),
                _ => None,
            };
            if let Some(b) = b {
                *value = Value::Bool(b);
            } else if s.is_empty() {
                *value = Value::Null;
            }
        }
        (TyInfo::Nullable(_), Value::String(s)) if s.is_empty() => *value = Value::Null,
        (TyInfo::Nullable(inner), _) => coerce(value, inner, depth + 1),
        (TyInfo::OrFalse(inner), Value::String(s))
            if s.is_empty()
                || (s == "0" && !matches!(inner.base(), TyInfo::Integer | TyInfo::Double)) =>
        {
            *value = Value::Bool(false)
        }
        (TyInfo::OrFalse(inner), _) => coerce(value, inner, depth + 1),
        (TyInfo::List(inner), Value::Array(items)) => {
            items.iter_mut().for_each(|v| coerce(v, inner, depth + 1))
        }
        (TyInfo::Map(inner), Value::Object(m)) => {
            m.values_mut().for_each(|v| coerce(v, inner, depth + 1))
        }
        (TyInfo::Struct(st), Value::Object(m)) => {
            for field in st.fields {
                if let Some(v) = m.get_mut(field.name) {
                    coerce(v, &field.ty, depth + 1);
                }
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constant_time_eq_compares_whole_tokens() {
        assert!(constant_time_eq("abc", "abc"));
        assert!(!constant_time_eq("abc", "abd"));
        assert!(!constant_time_eq("abc", "ab"));
        assert!(!constant_time_eq("", "a"));
    }
}
