//! Whether an answer carries the result its page documents: a portal (or
//! a proxy) that answers `200` without one must not look like success.

use crate::exit::{Class, Failure};
use bitrix24::schema::{MethodInfo, TyInfo};
use serde_json::Value;

/// Checks the `result` of a successful answer against the method's result
/// type: present unless the type admits null, and of the documented JSON
/// kind where the type is a built-in one.
pub fn check(method: &MethodInfo, result: &Value) -> Result<(), Failure> {
    let ty = &method.result;
    if ty.is_nullable() {
        return Ok(());
    }
    let unexpected = |what: String| {
        let shown: String = result.to_string().chars().take(200).collect();
        Failure::new(
            Class::Decode,
            format!(
                "unexpected answer from {}: {what}; its page documents a result of type `{ty}`\n  result: {shown}",
                method.name
            ),
        )
    };
    if result.is_null() {
        return Err(unexpected("the answer has no result".into()));
    }
    if fits(ty, result) {
        Ok(())
    } else {
        Err(unexpected(format!("the result is {}", kind(result))))
    }
}

/// Whether a value has the JSON kind of a type (its fields are the typed
/// decoding's business, not this check's).
fn fits(ty: &TyInfo, value: &Value) -> bool {
    let numeric = |s: &str| s.trim().parse::<f64>().is_ok();
    // PHP writes an empty object as `[]`.
    let object = value.is_object() || value.as_array().is_some_and(Vec::is_empty);
    match ty {
        TyInfo::Integer => {
            value.is_i64()
                || value
                    .as_str()
                    .is_some_and(|s| s.trim().parse::<i64>().is_ok())
        }
        TyInfo::Double => value.is_number() || value.as_str().is_some_and(numeric),
        TyInfo::String | TyInfo::File => value.is_string() || value.is_number(),
        TyInfo::Boolean => value.is_boolean(),
        // `""` is the portal's "none".
        TyInfo::Date => value
            .as_str()
            .is_some_and(|s| s.is_empty() || s.parse::<bitrix24::Date>().is_ok()),
        TyInfo::DateTime => value
            .as_str()
            .is_some_and(|s| s.is_empty() || s.parse::<bitrix24::DateTime>().is_ok()),
        TyInfo::FileData => object,
        TyInfo::FilePair => value.is_array(),
        TyInfo::Enum(_) => value.is_string() || value.is_number(),
        TyInfo::Object | TyInfo::Struct(_) | TyInfo::Map(_) => object,
        TyInfo::List(_) => value.is_array(),
        TyInfo::Nullable(inner) => value.is_null() || fits(inner, value),
        TyInfo::OrFalse(inner) => *value == Value::Bool(false) || fits(inner, value),
        TyInfo::Union(members) => members.iter().any(|m| fits(m, value)),
        // `any`, and shapes newer than this CLI: an answer is not refused
        // for a type b24 cannot read.
        _ => true,
    }
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn info(name: &str) -> &'static MethodInfo {
        bitrix24::METHODS.iter().find(|m| m.name == name).unwrap()
    }

    #[test]
    fn a_result_of_the_documented_kind_passes() {
        let add = info("im.chat.add"); // integer
        assert!(check(add, &json!(42)).is_ok());
        assert!(check(add, &json!("42")).is_ok());
        let get = info("im.chat.get"); // a named object, or null
        assert_eq!(get.result.is_nullable(), check(get, &Value::Null).is_ok());
        assert!(check(get, &json!({"id": 1})).is_ok());
    }

    #[test]
    fn a_missing_or_misshapen_result_is_an_unexpected_answer() {
        let add = info("im.chat.add");
        let err = check(add, &Value::Null).unwrap_err();
        assert_eq!(err.class, Class::Decode);
        assert!(
            err.message.contains("the answer has no result"),
            "{}",
            err.message
        );
        assert!(err.message.contains("`integer`"), "{}", err.message);
        let err = check(add, &json!({"chat": 5})).unwrap_err();
        assert!(
            err.message.contains("the result is an object"),
            "{}",
            err.message
        );
    }

    #[test]
    fn every_result_type_takes_its_kind_and_refuses_another() {
        for m in bitrix24::METHODS {
            if m.result.is_nullable() {
                continue;
            }
            fn sample(ty: &TyInfo) -> Value {
                match ty.base() {
                    TyInfo::Integer => json!(1),
                    TyInfo::Double => json!(1.5),
                    TyInfo::Boolean => json!(true),
                    TyInfo::String | TyInfo::File | TyInfo::Enum(_) => json!("x"),
                    TyInfo::Date => json!("2024-04-19"),
                    TyInfo::DateTime => json!("2024-04-19T12:00:00+03:00"),
                    TyInfo::List(_) | TyInfo::FilePair => json!([]),
                    TyInfo::Union(members) => sample(&members[0]),
                    _ => json!({}),
                }
            }
            let fitting = sample(&m.result);
            assert!(check(m, &fitting).is_ok(), "{}: {fitting}", m.name);
            let err = check(m, &Value::Null).unwrap_err();
            assert!(
                err.message.contains(&m.result.to_string()),
                "{}",
                err.message
            );
        }
    }
}
