//! A form body (`application/x-www-form-urlencoded`) with PHP's nested keys,
//! as PHP's `http_build_query` writes it, read into a JSON tree:
//! `data[FIELDS][ID]=7` becomes `{"data": {"FIELDS": {"ID": "7"}}}`.
//!
//! Every value stays a string, as PHP sends it; a group whose keys are
//! exactly `0`, `1`, … (a PHP list) becomes a JSON array.

use super::decode::DecodeError;
use serde_json::{Map, Value};

/// How deep keys may nest (`a[b][c]` is depth 3); deeper is refused.
const MAX_DEPTH: usize = 32;
/// How many `key=value` pairs a body may hold.
const MAX_PAIRS: usize = 10_000;

/// Reads a form body into an object.
pub(super) fn parse(body: &[u8]) -> Result<Value, DecodeError> {
    let mut root = Map::new();
    for (n, pair) in body.split(|&b| b == b'&').enumerate() {
        if pair.is_empty() {
            continue;
        }
        if n >= MAX_PAIRS {
            return Err(DecodeError::body(format!(
                "more than {MAX_PAIRS} key=value pairs"
            )));
        }
        let (raw_key, raw_value) = match pair.iter().position(|&b| b == b'=') {
            Some(i) => (&pair[..i], &pair[i + 1..]),
            None => (pair, &[][..]),
        };
        let key = percent_decode(raw_key)
            .map_err(|why| DecodeError::body(format!("a key is not valid: {why}")))?;
        let value = percent_decode(raw_value).map_err(|why| DecodeError::at(&key, why))?;
        let path = split_key(&key).map_err(|why| DecodeError::at(&key, why))?;
        insert(&mut root, &path, value).map_err(|why| DecodeError::at(&key, why))?;
    }
    Ok(into_lists(Value::Object(root)))
}

/// `+` as a space and `%XX` as a byte; the result must be UTF-8.
fn percent_decode(raw: &[u8]) -> Result<String, String> {
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        match raw[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = raw.get(i + 1..i + 3).ok_or_else(|| {
                    "`%` is not followed by two hex digits (the body may be cut short)".to_owned()
                })?;
                let text = std::str::from_utf8(hex).ok();
                let byte = text
                    .and_then(|t| u8::from_str_radix(t, 16).ok())
                    .ok_or_else(|| "`%` is not followed by two hex digits".to_owned())?;
                out.push(byte);
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).map_err(|_| "it is not UTF-8 text once decoded".to_owned())
}

/// One step of a nested key: a name, or `[]` (append to a list).
#[derive(Debug, PartialEq)]
enum Step {
    Name(String),
    Append,
}

/// `data[FIELDS][ID]` as `["data", "FIELDS", "ID"]`.
fn split_key(key: &str) -> Result<Vec<Step>, String> {
    let (base, mut rest) = match key.find('[') {
        Some(i) => (&key[..i], &key[i..]),
        None => (key, ""),
    };
    if base.is_empty() {
        return Err("the key has no name before its first `[`".into());
    }
    let mut steps = vec![Step::Name(base.to_owned())];
    while !rest.is_empty() {
        let Some(inner) = rest.strip_prefix('[') else {
            return Err("text follows a `]` outside brackets".into());
        };
        let Some(close) = inner.find(']') else {
            return Err("a `[` is not closed (the body may be cut short)".into());
        };
        let name = &inner[..close];
        if name.contains('[') {
            return Err("a `[` opens inside brackets".into());
        }
        steps.push(if name.is_empty() {
            Step::Append
        } else {
            Step::Name(name.to_owned())
        });
        rest = &inner[close + 1..];
        if steps.len() > MAX_DEPTH {
            return Err(format!("keys nest deeper than {MAX_DEPTH} levels"));
        }
    }
    Ok(steps)
}

fn insert(map: &mut Map<String, Value>, path: &[Step], value: String) -> Result<(), String> {
    let (first, rest) = path.split_first().ok_or("the key is empty")?;
    let name = match first {
        Step::Name(n) => n.clone(),
        // PHP numbers `[]` from the next free index.
        Step::Append => map.len().to_string(),
    };
    if rest.is_empty() {
        return match map.get(&name) {
            Some(_) => Err("the key is given twice".into()),
            None => {
                map.insert(name, Value::String(value));
                Ok(())
            }
        };
    }
    let slot = map.entry(name).or_insert_with(|| Value::Object(Map::new()));
    match slot {
        Value::Object(inner) => insert(inner, rest, value),
        _ => Err("the key is given both as a value and as a group of keys".into()),
    }
}

/// Groups keyed `0`, `1`, … `n-1` (PHP lists) become arrays, at every depth.
fn into_lists(value: Value) -> Value {
    match value {
        Value::Object(map) => {
            let is_list = !map.is_empty()
                && map.keys().all(|k| {
                    k.parse::<usize>()
                        .is_ok_and(|i| i < map.len() && i.to_string() == *k)
                });
            if is_list {
                let mut items: Vec<(usize, Value)> = map
                    .into_iter()
                    .map(|(k, v)| (k.parse().unwrap_or(0), into_lists(v)))
                    .collect();
                items.sort_by_key(|(i, _)| *i);
                Value::Array(items.into_iter().map(|(_, v)| v).collect())
            } else {
                Value::Object(map.into_iter().map(|(k, v)| (k, into_lists(v))).collect())
            }
        }
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn nested_keys_become_objects_and_lists() {
        let v = parse(b"event=ONX&data[FIELDS][ID]=7&data[list][0]=a&data[list][1]=b&data[add][]=x&data[add][]=y&t=a+b%21").unwrap();
        assert_eq!(
            v,
            json!({"event": "ONX", "data": {"FIELDS": {"ID": "7"}, "list": ["a", "b"], "add": ["x", "y"]}, "t": "a b!"})
        );
    }

    #[test]
    fn bad_keys_are_named() {
        let e = parse(b"data[FIELDS=7").unwrap_err().to_string();
        assert!(
            e.contains("`data[FIELDS`") && e.contains("not closed"),
            "{e}"
        );
        let e = parse(b"a=1&a[b]=2").unwrap_err().to_string();
        assert!(e.contains("`a[b]`") && e.contains("both"), "{e}");
        let e = parse(b"a=%zz").unwrap_err().to_string();
        assert!(e.contains("`a`") && e.contains("hex"), "{e}");
        let e = parse(b"a=1&a=2").unwrap_err().to_string();
        assert!(e.contains("twice"), "{e}");
    }
}
