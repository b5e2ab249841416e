//! What a CRM list does with its rows, whatever their kind: the filter's
//! conditions with their operator prefixes, the sort order, and the
//! selected fields of the wire form.

use bitrix24::{Date, DateTime, filter_operator_takes_list, split_filter_key};
use serde_json::{Map, Value};
use std::cmp::Ordering;

/// Whether a row meets one filter condition (`""` is no value).
pub(crate) fn holds(row: &Map<String, Value>, key: &str, wanted: &Value) -> bool {
    let (operator, field) = split_filter_key(key);
    let have = row
        .get(field)
        .filter(|v| !v.is_null() && v.as_str() != Some(""));
    let equal = |w: &Value| compare(have, Some(w)) == Ordering::Equal;
    if filter_operator_takes_list(operator) {
        let listed = match wanted {
            Value::Array(items) => items.iter().any(equal),
            one => equal(one),
        };
        return listed == (operator == "@");
    }
    match operator {
        "" | "=" => match wanted {
            // A list under a plain key means any of them.
            Value::Array(items) => items.iter().any(equal),
            Value::Null => have.is_none(),
            Value::String(s) if s.is_empty() => have.is_none(),
            one => equal(one),
        },
        "!" | "!=" => !equal(wanted),
        ">" | ">=" | "<" | "<=" => {
            let Some(have) = have else {
                return false;
            };
            let ordering = compare(Some(have), Some(wanted));
            match operator {
                ">" => ordering == Ordering::Greater,
                ">=" => ordering != Ordering::Less,
                "<" => ordering == Ordering::Less,
                _ => ordering != Ordering::Greater,
            }
        }
        "%" => like(have, &format!("%{}%", text(wanted))),
        "=%" | "%=" => like(have, &text(wanted)),
        _ => false,
    }
}

/// SQL's `LIKE` without case, with `%` for any text.
fn like(have: Option<&Value>, pattern: &str) -> bool {
    let Some(have) = have else {
        return false;
    };
    let have = text(have).to_lowercase();
    let pattern = pattern.to_lowercase();
    let parts: Vec<&str> = pattern.split('%').collect();
    let mut rest = have.as_str();
    for (i, part) in parts.iter().enumerate() {
        if part.is_empty() {
            continue;
        }
        if i == 0 {
            match rest.strip_prefix(part) {
                Some(after) => rest = after,
                None => return false,
            }
        } else if i == parts.len() - 1 {
            return rest.ends_with(part);
        } else {
            match rest.find(part) {
                Some(at) => rest = &rest[at + part.len()..],
                None => return false,
            }
        }
    }
    true
}

fn text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Orders two field values: numbers by value (also when sent as strings),
/// date-times by the moment they name (whatever their offsets), dates by
/// day, text otherwise; a missing value first.
pub(crate) fn compare(a: Option<&Value>, b: Option<&Value>) -> Ordering {
    let number = |v: &Value| match v {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse::<f64>().ok(),
        _ => None,
    };
    let moments = |a: &Value, b: &Value| {
        let (a, b) = (a.as_str()?, b.as_str()?);
        if let (Ok(a), Ok(b)) = (a.parse::<DateTime>(), b.parse::<DateTime>()) {
            return Some(a.unix_timestamp().cmp(&b.unix_timestamp()));
        }
        let (a, b) = (a.parse::<Date>().ok()?, b.parse::<Date>().ok()?);
        Some(a.cmp(&b))
    };
    match (a.filter(|v| !v.is_null()), b.filter(|v| !v.is_null())) {
        (None, None) => Ordering::Equal,
        (None, Some(_)) => Ordering::Less,
        (Some(_), None) => Ordering::Greater,
        (Some(a), Some(b)) => match (number(a), number(b)) {
            (Some(x), Some(y)) => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
            _ => moments(a, b).unwrap_or_else(|| text(a).cmp(&text(b))),
        },
    }
}

/// A row as the portal sends it: ids and amounts as strings (inside
/// multi-fields too), only the selected fields. `None` (a `get`) sends
/// every field; a list sends the named fields, `*` (or nothing named) the
/// standard ones, `UF_*` (or nothing named) the user fields, and a
/// multi-field only when named; the id always.
pub(crate) fn wire_form(
    row: &Map<String, Value>,
    select: Option<&[&str]>,
    multi: &[&str],
) -> Value {
    let wanted = |key: &str| match select {
        None => true,
        Some(names) => {
            let (all, user) = if names.is_empty() {
                (true, true)
            } else {
                (names.contains(&"*"), names.contains(&"UF_*"))
            };
            key == "ID"
                || names.contains(&key)
                || (all && !key.starts_with("UF_") && !multi.contains(&key))
                || (user && key.starts_with("UF_"))
        }
    };
    Value::Object(
        row.iter()
            .filter(|(key, _)| wanted(key))
            .map(|(key, value)| (key.clone(), as_sent(value)))
            .collect(),
    )
}

/// Numbers as strings, as the portal sends them, all the way down.
fn as_sent(value: &Value) -> Value {
    match value {
        Value::Number(n) => Value::String(n.to_string()),
        Value::Array(items) => Value::Array(items.iter().map(as_sent).collect()),
        Value::Object(map) => {
            Value::Object(map.iter().map(|(k, v)| (k.clone(), as_sent(v))).collect())
        }
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn like_matches_as_sql_does_without_case() {
        let title = json!("Big Order 42");
        assert!(like(Some(&title), "%order%"));
        assert!(like(Some(&title), "big%"));
        assert!(like(Some(&title), "%42"));
        assert!(!like(Some(&title), "order%"));
        assert!(!like(None, "%"));
    }

    #[test]
    fn numbers_compare_by_value_even_as_strings() {
        assert_eq!(
            compare(Some(&json!("10")), Some(&json!(9))),
            Ordering::Greater
        );
        assert_eq!(
            compare(Some(&json!("2024-02-01")), Some(&json!("2024-01-31"))),
            Ordering::Greater
        );
        assert_eq!(compare(None, Some(&json!(0))), Ordering::Less);
        // 09:00 UTC is after 11:00 at +03:00, though it writes smaller.
        assert_eq!(
            compare(
                Some(&json!("2024-04-19T09:00:00+00:00")),
                Some(&json!("2024-04-19T11:00:00+03:00"))
            ),
            Ordering::Greater
        );
        assert_eq!(
            compare(
                Some(&json!("2024-04-19T12:00:00+03:00")),
                Some(&json!("2024-04-19T09:00:00+00:00"))
            ),
            Ordering::Equal
        );
    }
}
