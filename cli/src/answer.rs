//! Whether an answer carries the result its page documents: a portal (or
//! a proxy) that answers `200` without one must not look like success.

use crate::exit::{Class, Failure};
use bitrix24::schema::MethodInfo;
use serde_json::Value;

/// Checks the `result` of a successful answer against the method's result
/// type: present unless the type admits null, and of the documented JSON
/// kind where the type is a built-in one.
pub fn check(method: &MethodInfo, result: &Value) -> Result<(), Failure> {
    let ty = method.result.trim();
    let members: Vec<&str> = top_level(ty);
    if members.contains(&"null") || members.contains(&"any") {
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
    if members.iter().any(|m| fits(m, result)) {
        Ok(())
    } else {
        Err(unexpected(format!("the result is {}", kind(result))))
    }
}

/// Whether a value has the JSON kind of one member of a type expression;
/// a named type (an object or an enum) takes any value but null.
fn fits(member: &str, value: &Value) -> bool {
    let numeric = |s: &str| s.trim().parse::<f64>().is_ok();
    match member {
        "integer" => {
            value.is_i64()
                || value
                    .as_str()
                    .is_some_and(|s| s.trim().parse::<i64>().is_ok())
        }
        "double" => value.is_number() || value.as_str().is_some_and(numeric),
        "string" | "file" => value.is_string() || value.is_number(),
        "boolean" => value.is_boolean(),
        // PHP writes an empty object as `[]`.
        "object" => value.is_object() || value.as_array().is_some_and(Vec::is_empty),
        "false" => value == &Value::Bool(false),
        m if m.starts_with('[') => value.is_array(),
        m if m.starts_with('{') => value.is_object() || value.as_array().is_some_and(Vec::is_empty),
        _ => !value.is_null(),
    }
}

/// The members of a type expression, split at `|` outside brackets.
fn top_level(ty: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut depth, mut start) = (0i32, 0);
    for (i, c) in ty.char_indices() {
        match c {
            '[' | '{' => depth += 1,
            ']' | '}' => depth -= 1,
            '|' if depth == 0 => {
                out.push(ty[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(ty[start..].trim());
    out
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
        assert_eq!(
            get.result.contains("null"),
            check(get, &Value::Null).is_ok()
        );
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
    fn type_expressions_split_at_the_top_level() {
        assert_eq!(
            top_level("{integer}|[any]|null"),
            ["{integer}", "[any]", "null"]
        );
        assert_eq!(top_level("[string|null]"), ["[string|null]"]);
    }
}
