//! Credentials out of what an answer brings back: a portal (or a proxy in
//! front of it) may quote the request in an error description or in a body
//! that does not decode, and that text ends up in the caller's errors and
//! logs.

use super::Error;
use crate::schema::ParamInfo;
use crate::{MethodError, Secret};
use serde_json::Value;

/// The values of a request's secret params (a bot token given on the
/// request), at any depth of its object params.
pub(super) fn request_secrets(params: &[ParamInfo], value: &Value, out: &mut Vec<Secret>) {
    match value {
        Value::Object(map) => {
            for p in params {
                match map.get(p.name) {
                    Some(Value::String(s)) if p.secret => out.push(Secret::new(s.clone())),
                    Some(inner) if !p.ty.fields().is_empty() => {
                        request_secrets(p.ty.fields(), inner, out)
                    }
                    _ => {}
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| request_secrets(params, v, out)),
        _ => {}
    }
}

/// The secrets of a request encoded as a JSON object.
pub(super) fn of_object(params: &[ParamInfo], object: &[u8]) -> Vec<Secret> {
    let mut out = Vec::new();
    if let Ok(value) = serde_json::from_slice::<Value>(object) {
        request_secrets(params, &value, &mut out);
    }
    out
}

/// The error with `secrets` taken out of the text it carries from the answer.
pub(super) fn error<E: MethodError>(e: Error<E>, secrets: &[Secret]) -> Error<E> {
    if secrets.is_empty() {
        return e;
    }
    let secrets: Vec<&Secret> = secrets.iter().collect();
    let scrub = |text: String| crate::secret::scrub(&text, &secrets);
    match e {
        Error::Api {
            method,
            error,
            status,
            description,
        } => Error::Api {
            method,
            error,
            status,
            description: description.map(scrub),
        },
        Error::Decode {
            method,
            status,
            reason,
            body,
        } => Error::Decode {
            method,
            status,
            reason: scrub(reason),
            body: scrub(body),
        },
        other => other,
    }
}
