//! The wire form of a CRM row: the selected fields, numbers as strings.
//! (Filters and order are [`crate::query`]'s, shared with the task lists.)

use serde_json::{Map, Value};

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
