//! PHP-style query strings, as `batch` commands carry them
//! (`USERS[0]=103&fields[title]=Support`, see data-encoding.md).

use serde_json::Value;

/// Encodes a JSON object as `http_build_query` would: nested keys in
/// brackets, `true`/`false` as `1`/`0`, nulls and empty lists left out,
/// everything percent-encoded.
pub(crate) fn encode(params: &serde_json::Map<String, Value>) -> String {
    let mut pairs = Vec::new();
    for (key, value) in params {
        flatten(key.clone(), value, &mut pairs);
    }
    url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish()
}

fn flatten(prefix: String, value: &Value, out: &mut Vec<(String, String)>) {
    match value {
        Value::Null => {}
        Value::Bool(b) => out.push((prefix, if *b { "1" } else { "0" }.to_owned())),
        Value::Number(n) => out.push((prefix, n.to_string())),
        Value::String(s) => out.push((prefix, s.clone())),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                flatten(format!("{prefix}[{i}]"), item, out);
            }
        }
        Value::Object(map) => {
            for (k, v) in map {
                flatten(format!("{prefix}[{k}]"), v, out);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn enc(v: Value) -> String {
        encode(v.as_object().unwrap())
    }

    #[test]
    fn nested_values_use_brackets_and_are_percent_encoded() {
        assert_eq!(
            enc(json!({"USERS": [103, 547]})),
            "USERS%5B0%5D=103&USERS%5B1%5D=547"
        );
        assert_eq!(
            enc(json!({"fields": {"title": "John&Martin", "userIds": [1]}})),
            "fields%5Btitle%5D=John%26Martin&fields%5BuserIds%5D%5B0%5D=1"
        );
        assert_eq!(
            enc(json!({"a": true, "b": false, "c": null, "d": []})),
            "a=1&b=0"
        );
        assert_eq!(
            enc(json!({"ENTITY_ID": "DEAL|1663", "T": "a b"})),
            "ENTITY_ID=DEAL%7C1663&T=a+b"
        );
    }
}
