//! What the list methods of the user and department scopes share: filter
//! conditions over an item's wire fields, sorting, and pages of fifty with
//! `total` and `next`.
//!
//! Items are JSON objects keyed by wire name, as the portal sends them.

use crate::methods::Done;
use bitrix24::{filter_operator_takes_list, split_filter_key};
use serde_json::{Map, Value};
use std::cmp::Ordering;

/// How many items a page holds, whatever the caller asks.
pub(crate) const PAGE: usize = 50;

/// Whether an item meets one filter condition (`">=ID": 5`,
/// `"%LAST_NAME": "ov"`). A field that holds a list (`UF_DEPARTMENT`) is
/// equal to a value when one of its items is.
pub(crate) fn holds(item: &Map<String, Value>, key: &str, wanted: &Value) -> bool {
    let (operator, field) = split_filter_key(key);
    let have = item.get(field).filter(|v| !v.is_null());
    let equal = |w: &Value| match have {
        Some(Value::Array(items)) => items
            .iter()
            .any(|i| compare(Some(i), Some(w)) == Ordering::Equal),
        _ => compare(have, Some(w)) == Ordering::Equal,
    };
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
            // The pages' own examples put a `%` pattern under a plain key.
            Value::String(s) if s.contains('%') => like(have, s),
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
        "!%" => !like(have, &format!("%{}%", text(wanted))),
        "!=%" | "!%=" => !like(have, &text(wanted)),
        _ => false,
    }
}

/// SQL's `LIKE` without case, with `%` for any text.
pub(crate) fn like(have: Option<&Value>, pattern: &str) -> bool {
    let Some(have) = have else {
        return false;
    };
    let have = text(have).to_lowercase();
    let pattern = pattern.to_lowercase();
    let parts: Vec<&str> = pattern.split('%').collect();
    if parts.len() == 1 {
        return have == pattern;
    }
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

/// A value as text: strings as they are, anything else as JSON.
pub(crate) fn text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Orders two field values: numbers by value (also when sent as strings),
/// text otherwise (ISO dates order as text); a missing value first.
pub(crate) fn compare(a: Option<&Value>, b: Option<&Value>) -> Ordering {
    let number = |v: &Value| match v {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse::<f64>().ok(),
        _ => None,
    };
    match (a.filter(|v| !v.is_null()), b.filter(|v| !v.is_null())) {
        (None, None) => Ordering::Equal,
        (None, Some(_)) => Ordering::Less,
        (Some(_), None) => Ordering::Greater,
        (Some(a), Some(b)) => match (number(a), number(b)) {
            (Some(x), Some(y)) => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
            _ => text(a).cmp(&text(b)),
        },
    }
}

/// Sorts items by one field, then by `ID` ascending (the portal's own
/// order).
pub(crate) fn sort_by(items: &mut [Map<String, Value>], field: Option<&str>, descending: bool) {
    items.sort_by(|a, b| {
        if let Some(field) = field {
            let ordering = compare(a.get(field), b.get(field));
            if ordering != Ordering::Equal {
                return if descending {
                    ordering.reverse()
                } else {
                    ordering
                };
            }
        }
        compare(a.get("ID"), b.get("ID"))
    });
}

/// The page at `start` of the matching items, with `total` and `next`. A
/// negative `start` (the pages' `-1`) reads the first page without
/// counting: no `total`, no `next`.
pub(crate) fn page(items: Vec<Value>, start: i64) -> Done {
    let counted = start >= 0;
    let total = items.len();
    let start = usize::try_from(start.max(0)).unwrap_or(0);
    let page: Vec<Value> = items.into_iter().skip(start).take(PAGE).collect();
    let end = start + page.len();
    Done {
        result: Value::Array(page),
        total: counted.then_some(total as i64),
        next: (counted && end < total).then_some(end as i64),
    }
}

/// Keeps the selected fields of an item: those named, all but user fields
/// for `*`, every `UF_` field for `UF_*`, and the id always; everything
/// when nothing is selected.
pub(crate) fn select(item: Map<String, Value>, names: &[&str]) -> Map<String, Value> {
    if names.is_empty() {
        return item;
    }
    item.into_iter()
        .filter(|(key, _)| {
            key == "ID"
                || names.contains(&key.as_str())
                || (names.contains(&"*") && !key.starts_with("UF_"))
                || (names.contains(&"UF_*") && key.starts_with("UF_"))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn item(value: Value) -> Map<String, Value> {
        match value {
            Value::Object(map) => map,
            _ => Map::new(),
        }
    }

    #[test]
    fn conditions_of_the_user_get_page() {
        let user = item(json!({"ID": "7", "LAST_NAME": "Ivanov", "UF_DEPARTMENT": [1, 5]}));
        assert!(holds(&user, "UF_DEPARTMENT", &json!(5)));
        assert!(!holds(&user, "UF_DEPARTMENT", &json!(2)));
        assert!(holds(&user, "@UF_DEPARTMENT", &json!([2, 5])));
        assert!(holds(&user, "LAST_NAME", &json!("iv%")));
        assert!(!holds(&user, "LAST_NAME", &json!("Iv")));
        assert!(holds(&user, "%LAST_NAME", &json!("ano")));
        assert!(!holds(&user, "!%LAST_NAME", &json!("ov")));
        assert!(holds(&user, "!=%LAST_NAME", &json!("%sky")));
        assert!(holds(&user, ">=ID", &json!(7)));
        assert!(!holds(&user, ">ID", &json!("7")));
    }

    #[test]
    fn pages_of_fifty_with_total_and_next() {
        let items: Vec<Value> = (0..120).map(|i| json!(i)).collect();
        let second = page(items.clone(), 50);
        assert_eq!((second.total, second.next), (Some(120), Some(100)));
        assert_eq!(second.result.as_array().map(Vec::len), Some(50));
        let last = page(items.clone(), 100);
        assert_eq!((last.total, last.next), (Some(120), None));
        assert_eq!(last.result.as_array().map(Vec::len), Some(20));
        let uncounted = page(items, -1);
        assert_eq!((uncounted.total, uncounted.next), (None, None));
        assert_eq!(uncounted.result[0], json!(0));
    }
}
