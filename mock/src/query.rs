//! Filters and sorting over records kept as maps of wire names, as the
//! list methods of the CRM and task pages describe them (`filter` keys with
//! an operator prefix, `order` of fields to `ASC`/`DESC`): one set of rules
//! for every list the emulator serves, and the pages of fifty.

use crate::methods::Done;
use bitrix24::{Date, DateTime, filter_operator_takes_list, split_filter_key};
use serde_json::{Map, Value};
use std::cmp::Ordering;

/// Whether a record meets one filter condition (`key` with its operator;
/// `""` is no value).
pub(crate) fn holds(record: &Map<String, Value>, key: &str, wanted: &Value) -> bool {
    let (operator, field) = split_filter_key(key);
    let have = record
        .get(field)
        .filter(|v| !v.is_null() && v.as_str() != Some(""));
    let equal = |w: &Value| matches(have, w);
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
            // The user.get page's own examples put a `%` pattern under a
            // plain key.
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

/// Equality for a filter: a list field (`ACCOMPLICES`) matches when it
/// holds the value.
fn matches(have: Option<&Value>, wanted: &Value) -> bool {
    match have {
        Some(Value::Array(items)) => items
            .iter()
            .any(|item| compare(Some(item), Some(wanted)) == Ordering::Equal),
        _ => compare(have, Some(wanted)) == Ordering::Equal,
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

/// A value as text: a string as it is, anything else as JSON.
pub(crate) fn text(value: &Value) -> String {
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

/// Sorts records by `keys` (field, descending), then by `tie` (field,
/// descending) when all keys are equal.
pub(crate) fn sort(records: &mut [&Map<String, Value>], keys: &[(&str, bool)], tie: (&str, bool)) {
    records.sort_by(|a, b| {
        for (field, descending) in keys.iter().chain(std::iter::once(&tie)) {
            let ordering = compare(a.get(*field), b.get(*field));
            if ordering != Ordering::Equal {
                return if *descending {
                    ordering.reverse()
                } else {
                    ordering
                };
            }
        }
        Ordering::Equal
    });
}

/// How many items a page holds, whatever the caller asks.
pub(crate) const PAGE: usize = 50;

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

    fn record(value: Value) -> Map<String, Value> {
        value.as_object().cloned().unwrap()
    }

    #[test]
    fn operators_compare_numbers_sent_as_strings_by_value() {
        let task = record(json!({"ID": 10, "PRIORITY": "2", "TITLE": "Call the client"}));
        assert!(holds(&task, ">ID", &json!("9")));
        assert!(!holds(&task, "<ID", &json!(9)));
        assert!(holds(&task, "PRIORITY", &json!(2)));
        assert!(holds(&task, "!PRIORITY", &json!("1")));
        assert!(holds(&task, "%TITLE", &json!("CLIENT")));
        assert!(holds(&task, "@ID", &json!([3, 10])));
        assert!(!holds(&task, "!@ID", &json!([3, 10])));
    }

    #[test]
    fn a_list_field_matches_a_value_it_holds() {
        let task = record(json!({"ACCOMPLICES": [2, 3]}));
        assert!(holds(&task, "ACCOMPLICES", &json!(3)));
        assert!(!holds(&task, "ACCOMPLICES", &json!(4)));
    }

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
    fn dates_and_date_times_compare_by_day_and_moment() {
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

    #[test]
    fn an_empty_string_is_no_value() {
        let row = record(json!({"TITLE": ""}));
        assert!(holds(&row, "TITLE", &json!(null)));
        assert!(!holds(&row, ">TITLE", &json!("")));
    }

    #[test]
    fn sorting_falls_back_to_the_tie_field() {
        let a = record(json!({"ID": 1, "P": "1"}));
        let b = record(json!({"ID": 2, "P": "1"}));
        let c = record(json!({"ID": 3, "P": "0"}));
        let mut all = vec![&a, &b, &c];
        sort(&mut all, &[("P", false)], ("ID", true));
        let ids: Vec<&Value> = all.iter().map(|r| &r["ID"]).collect();
        assert_eq!(ids, [&json!(3), &json!(2), &json!(1)]);
    }

    #[test]
    fn conditions_of_the_user_get_page() {
        let user = record(json!({"ID": "7", "LAST_NAME": "Ivanov", "UF_DEPARTMENT": [1, 5]}));
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
