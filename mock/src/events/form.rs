//! PHP's `http_build_query`, as the portal encodes an event: nested keys in
//! brackets (`data[bot][id]`), list items by index, every scalar a string.

use serde_json::Value;

/// Encodes top-level entries in order. Booleans become `1`/`0` and null an
/// empty string (the events page's table of webhook values); empty arrays
/// and objects leave no key, as in PHP.
pub(crate) fn encode(entries: &[(&str, Value)]) -> String {
    let mut out = form_urlencoded::Serializer::new(String::new());
    for (key, value) in entries {
        write(&mut out, key, value);
    }
    out.finish()
}

fn write(out: &mut form_urlencoded::Serializer<'_, String>, key: &str, value: &Value) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                write(out, &format!("{key}[{k}]"), v);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                write(out, &format!("{key}[{i}]"), v);
            }
        }
        Value::Null => {
            out.append_pair(key, "");
        }
        Value::Bool(b) => {
            out.append_pair(key, if *b { "1" } else { "0" });
        }
        Value::Number(n) => {
            out.append_pair(key, &n.to_string());
        }
        Value::String(s) => {
            out.append_pair(key, s);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn pairs(body: &str) -> Vec<(String, String)> {
        form_urlencoded::parse(body.as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect()
    }

    #[test]
    fn nested_keys_lists_and_scalars_read_as_php_writes_them() {
        let body = encode(&[
            ("event", json!("ONIMBOTV2MESSAGEADD")),
            (
                "data",
                json!({
                    "bot": { "id": 456, "auth": { "application_token": "t&=" } },
                    "message": { "isSystem": false, "viewed": true, "date": null, "ids": [7, 8] },
                    "empty": {},
                }),
            ),
        ]);
        assert_eq!(
            pairs(&body),
            [
                ("event", "ONIMBOTV2MESSAGEADD"),
                ("data[bot][auth][application_token]", "t&="),
                ("data[bot][id]", "456"),
                ("data[message][date]", ""),
                ("data[message][ids][0]", "7"),
                ("data[message][ids][1]", "8"),
                ("data[message][isSystem]", "0"),
                ("data[message][viewed]", "1"),
            ]
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
        );
        assert!(body.contains("data%5Bbot%5D%5Bid%5D=456"), "{body}");
    }
}
