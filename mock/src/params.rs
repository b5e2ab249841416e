//! Reading a call's parameters the way the portal (a PHP application) does,
//! and checking them against the method table.
//!
//! Parameters come from the query string and the body; the body is JSON or
//! `application/x-www-form-urlencoded` with PHP's nested keys
//! (`USERS[0]=1&fields[title]=x`, see the docs' data-encoding page). Form
//! values are all strings, so the check against the schema converts `"456"`
//! to `456` where the schema says `integer`, as PHP would.

use crate::wire::ApiError;
use bitrix24::schema::{MethodInfo, ParamInfo, TyInfo, Unlisted};
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};
use std::fmt;

/// Parameters of one call, and the order in which the `cmd` entries of a
/// `batch` were given (a JSON object loses it once it is a [`Map`]).
#[derive(Debug, Default)]
pub(crate) struct Params {
    pub map: Map<String, Value>,
    pub cmd_order: Vec<String>,
}

impl Params {
    /// Adds parameters parsed from a query string or form body; later
    /// sources override earlier ones, key by key at the top level.
    fn merge(&mut self, other: Params) {
        for (k, v) in other.map {
            self.map.insert(k, v);
        }
        for k in other.cmd_order {
            if !self.cmd_order.contains(&k) {
                self.cmd_order.push(k);
            }
        }
    }

    /// Takes the `auth` parameter out (it is never a method parameter).
    pub(crate) fn take_auth(&mut self) -> Option<String> {
        match self.map.remove("auth")? {
            Value::String(s) => Some(s),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        }
    }
}

/// Reads the query string and the body of a request.
pub(crate) fn read_request(
    query: Option<&str>,
    content_type: Option<&str>,
    body: &[u8],
) -> Result<Params, ApiError> {
    let mut params = Params::default();
    if let Some(q) = query {
        params.merge(parse_form(q.as_bytes()));
    }
    let ct = content_type
        .and_then(|c| c.split(';').next())
        .map(|c| c.trim().to_ascii_lowercase())
        .unwrap_or_default();
    let looks_empty = body.iter().all(u8::is_ascii_whitespace);
    if looks_empty {
        return Ok(params);
    }
    let is_json = match ct.as_str() {
        "application/json" | "text/json" => true,
        "application/x-www-form-urlencoded" => false,
        "multipart/form-data" => {
            return Err(ApiError::argument(
                "multipart/form-data bodies are not emulated; send JSON or a urlencoded form",
            ));
        }
        // No or another content type: guess from the first byte, like a
        // lenient PHP front controller.
        _ => body
            .iter()
            .find(|b| !b.is_ascii_whitespace())
            .is_some_and(|b| *b == b'{'),
    };
    let parsed = if is_json {
        parse_json(body)?
    } else {
        parse_form(body)
    };
    params.merge(parsed);
    Ok(params)
}

/// A JSON body: an object whose keys are the parameters.
pub(crate) fn parse_json(body: &[u8]) -> Result<Params, ApiError> {
    let value: Value = serde_json::from_slice(body)
        .map_err(|e| ApiError::argument(format!("The request body is not valid JSON: {e}")))?;
    let Value::Object(map) = value else {
        return Err(ApiError::argument(
            "The request body must be a JSON object of parameters",
        ));
    };
    let cmd_order = json_cmd_order(body);
    Ok(Params { map, cmd_order })
}

/// A query string or urlencoded body with PHP's nested keys.
pub(crate) fn parse_form(raw: &[u8]) -> Params {
    let mut map = Map::new();
    let mut cmd_order = Vec::new();
    for (key, value) in form_urlencoded::parse(raw) {
        let path = split_php_key(&key);
        // PHP drops variables nested deeper than `max_input_nesting_level`.
        if path.len() > MAX_NESTING {
            continue;
        }
        if path.len() >= 2 && path[0].eq_ignore_ascii_case("cmd") && !path[1].is_empty() {
            let k = path[1].clone();
            if !cmd_order.contains(&k) {
                cmd_order.push(k);
            }
        }
        insert_path(&mut map, &path, Value::String(value.into_owned()));
    }
    let map = match normalize(Value::Object(map)) {
        Value::Object(m) => m,
        _ => Map::new(),
    };
    Params { map, cmd_order }
}

/// PHP's default `max_input_nesting_level`.
const MAX_NESTING: usize = 64;

/// `fields[PHONE][0][VALUE]` → `["fields", "PHONE", "0", "VALUE"]`; `a[]`
/// gives an empty segment, which appends. A bracket that does not close
/// leaves the rest of the key as it is, as PHP does.
fn split_php_key(key: &str) -> Vec<String> {
    let Some(open) = key.find('[') else {
        return vec![key.to_owned()];
    };
    if open == 0 {
        return vec![key.to_owned()];
    }
    let mut out = vec![key[..open].to_owned()];
    let mut rest = &key[open..];
    while let Some(stripped) = rest.strip_prefix('[') {
        match stripped.find(']') {
            Some(close) => {
                out.push(stripped[..close].to_owned());
                rest = &stripped[close + 1..];
            }
            None => {
                // PHP keeps `a[b` as the literal key `a_b`; close enough to
                // keep the whole key.
                return vec![key.to_owned()];
            }
        }
    }
    out
}

fn insert_path(map: &mut Map<String, Value>, path: &[String], value: Value) {
    let Some((first, rest)) = path.split_first() else {
        return;
    };
    let key = if first.is_empty() {
        next_index(map)
    } else {
        first.clone()
    };
    if rest.is_empty() {
        map.insert(key, value);
        return;
    }
    let slot = map.entry(key).or_insert_with(|| Value::Object(Map::new()));
    if !slot.is_object() {
        *slot = Value::Object(Map::new());
    }
    if let Value::Object(inner) = slot {
        insert_path(inner, rest, value);
    }
}

/// PHP's `$a[] = x`: one past the largest integer key.
fn next_index(map: &Map<String, Value>) -> String {
    map.keys()
        .filter_map(|k| k.parse::<u64>().ok())
        .max()
        .map_or(0, |m| m + 1)
        .to_string()
}

/// Objects whose keys are exactly `0..n` become lists (`USERS[0]=1&USERS[1]=2`
/// is the list `[1, 2]`).
fn normalize(value: Value) -> Value {
    match value {
        Value::Object(map) => {
            let n = map.len();
            let sequential = n > 0 && (0..n).all(|i| map.contains_key(&i.to_string()));
            if sequential {
                let mut map = map;
                Value::Array(
                    (0..n)
                        .map(|i| normalize(map.remove(&i.to_string()).unwrap_or(Value::Null)))
                        .collect(),
                )
            } else {
                Value::Object(map.into_iter().map(|(k, v)| (k, normalize(v))).collect())
            }
        }
        other => other,
    }
}

/// The keys of the top-level `cmd` (any case) object of a JSON body, in the
/// order they were written.
fn json_cmd_order(body: &[u8]) -> Vec<String> {
    struct Top;
    impl<'de> Visitor<'de> for Top {
        type Value = Vec<String>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an object")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Vec<String>, A::Error> {
            let mut order = Vec::new();
            while let Some(key) = map.next_key::<String>()? {
                if key.eq_ignore_ascii_case("cmd") {
                    order = map.next_value_seed(Keys)?;
                } else {
                    map.next_value::<IgnoredAny>()?;
                }
            }
            Ok(order)
        }
    }
    struct Keys;
    impl<'de> DeserializeSeed<'de> for Keys {
        type Value = Vec<String>;
        fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Vec<String>, D::Error> {
            d.deserialize_any(self)
        }
    }
    impl<'de> Visitor<'de> for Keys {
        type Value = Vec<String>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an object or a list of commands")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Vec<String>, A::Error> {
            let mut keys = Vec::new();
            while let Some(key) = map.next_key::<String>()? {
                map.next_value::<IgnoredAny>()?;
                keys.push(key);
            }
            Ok(keys)
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<String>, A::Error> {
            let mut n = 0usize;
            while seq.next_element::<IgnoredAny>()?.is_some() {
                n += 1;
            }
            Ok((0..n).map(|i| i.to_string()).collect())
        }
        fn visit_unit<E: de::Error>(self) -> Result<Vec<String>, E> {
            Ok(Vec::new())
        }
        fn visit_str<E: de::Error>(self, _: &str) -> Result<Vec<String>, E> {
            Ok(Vec::new())
        }
        fn visit_bool<E: de::Error>(self, _: bool) -> Result<Vec<String>, E> {
            Ok(Vec::new())
        }
        fn visit_i64<E: de::Error>(self, _: i64) -> Result<Vec<String>, E> {
            Ok(Vec::new())
        }
        fn visit_u64<E: de::Error>(self, _: u64) -> Result<Vec<String>, E> {
            Ok(Vec::new())
        }
        fn visit_f64<E: de::Error>(self, _: f64) -> Result<Vec<String>, E> {
            Ok(Vec::new())
        }
    }
    let mut de = serde_json::Deserializer::from_slice(body);
    de::Deserializer::deserialize_map(&mut de, Top).unwrap_or_default()
}

/// PHP's truthiness, for flags such as `halt`: `false`, `0`, `""`, `"0"`
/// and an empty array are false.
pub(crate) fn php_truthy(value: Option<&Value>) -> bool {
    match value {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(Value::Number(n)) => n.as_f64().is_some_and(|f| f != 0.0),
        Some(Value::String(s)) => !(s.is_empty() || s == "0"),
        Some(Value::Array(a)) => !a.is_empty(),
        Some(Value::Object(o)) => !o.is_empty(),
    }
}

/// Checks and converts the parameters of `method` against its table: types
/// (`integer`, `string`, `[integer]`, objects, unions...), enum values (in
/// the spelling this parameter uses) and required parameters. Unknown
/// parameters pass through untouched, as the portal ignores them.
pub(crate) fn check(method: &MethodInfo, map: &mut Map<String, Value>) -> Result<(), ApiError> {
    check_fields("", method.params, map)
}

fn check_fields(
    prefix: &str,
    params: &'static [ParamInfo],
    map: &mut Map<String, Value>,
) -> Result<(), ApiError> {
    for p in params {
        let path = if prefix.is_empty() {
            p.name.to_owned()
        } else {
            format!("{prefix}.{}", p.name)
        };
        match map.remove(p.name) {
            None | Some(Value::Null) => {
                if p.required {
                    return Err(ApiError::argument(format!(
                        "Required parameter '{path}' is missing"
                    )));
                }
            }
            Some(value) => {
                if let Some(v) = check_value(&path, p, &p.ty, value)? {
                    map.insert(p.name.to_owned(), v);
                }
            }
        }
    }
    Ok(())
}

/// Returns the value converted to the type `ty` (the param's own or one
/// inside it), `None` when it is to be treated as absent.
fn check_value(
    path: &str,
    p: &'static ParamInfo,
    ty: &TyInfo,
    value: Value,
) -> Result<Option<Value>, ApiError> {
    // A credential's value is never echoed back.
    let shown = |value: &Value| {
        if p.secret {
            "a value that is not shown".to_owned()
        } else {
            describe(value)
        }
    };
    let wrong = |expected: &str, value: &Value| {
        ApiError::argument(format!(
            "Parameter '{path}' must be {expected}, got {}",
            shown(value)
        ))
    };
    match ty {
        TyInfo::Nullable(_) if value.is_null() => Ok(Some(value)),
        TyInfo::Nullable(inner) => check_value(path, p, inner, value),
        TyInfo::OrFalse(_) if value == Value::Bool(false) => Ok(Some(value)),
        TyInfo::OrFalse(inner) => check_value(path, p, inner, value),
        TyInfo::List(inner) => {
            let items = match value {
                Value::Array(items) => items,
                // PHP arrays with other integer keys (`USERS[5]=1`).
                Value::Object(map) if map.keys().all(|k| k.parse::<u64>().is_ok()) => {
                    map.into_iter().map(|(_, v)| v).collect()
                }
                // An empty form value is how PHP clients send an empty array.
                Value::String(s) if s.is_empty() => return Ok(None),
                other => return Err(wrong(&format!("a list ({ty})"), &other)),
            };
            let mut out = Vec::with_capacity(items.len());
            for (i, item) in items.into_iter().enumerate() {
                let item_path = format!("{path}[{i}]");
                match check_value(&item_path, p, inner, item)? {
                    Some(v) => out.push(v),
                    None => return Err(wrong(&format!("a list ({ty})"), &Value::Null)),
                }
            }
            Ok(Some(Value::Array(out)))
        }
        TyInfo::Map(inner) => {
            let map = match value {
                Value::Object(map) => map,
                // PHP's empty array, and an empty form value.
                Value::Array(items) if items.is_empty() => Map::new(),
                Value::String(s) if s.is_empty() => return Ok(None),
                other => return Err(wrong(&format!("an object of ids ({ty})"), &other)),
            };
            let mut out = Map::new();
            for (key, item) in map {
                let item_path = format!("{path}.{key}");
                match check_value(&item_path, p, inner, item)? {
                    Some(v) => out.insert(key, v),
                    None => return Err(wrong(&format!("an object of ids ({ty})"), &Value::Null)),
                };
            }
            Ok(Some(Value::Object(out)))
        }
        TyInfo::Integer => match &value {
            Value::Number(n) if n.is_i64() || n.is_u64() => Ok(Some(value)),
            Value::Number(n) if n.as_f64().is_some_and(|f| f.fract() == 0.0) => {
                Ok(Some(Value::from(n.as_f64().unwrap_or(0.0) as i64)))
            }
            Value::String(s) => match s.trim().parse::<i64>() {
                Ok(n) => Ok(Some(Value::from(n))),
                Err(_) => Err(wrong("an integer", &value)),
            },
            _ => Err(wrong("an integer", &value)),
        },
        TyInfo::Double => match &value {
            Value::Number(_) => Ok(Some(value)),
            Value::String(s) => match s
                .trim()
                .parse::<f64>()
                .ok()
                .and_then(serde_json::Number::from_f64)
            {
                Some(n) => Ok(Some(Value::Number(n))),
                None => Err(wrong("a number", &value)),
            },
            _ => Err(wrong("a number", &value)),
        },
        TyInfo::String | TyInfo::File => match value {
            Value::String(_) => Ok(Some(value)),
            Value::Number(n) => Ok(Some(Value::String(n.to_string()))),
            other => Err(wrong("a string", &other)),
        },
        TyInfo::Boolean => match &value {
            Value::Bool(_) => Ok(Some(value)),
            Value::Number(n) if n.as_i64() == Some(0) || n.as_i64() == Some(1) => {
                Ok(Some(Value::Bool(n.as_i64() == Some(1))))
            }
            Value::String(s) => match s.as_str() {
                "Y" | "true" | "1" => Ok(Some(Value::Bool(true))),
                "N" | "false" | "0" | "" => Ok(Some(Value::Bool(false))),
                _ => Err(wrong("a boolean (true/false, Y/N, 1/0)", &value)),
            },
            _ => Err(wrong("a boolean", &value)),
        },
        TyInfo::Object => match value {
            Value::Object(_) => Ok(Some(value)),
            Value::Array(items) if items.is_empty() => Ok(Some(Value::Object(Map::new()))),
            Value::String(s) if s.is_empty() => Ok(None),
            other => Err(wrong("an object", &other)),
        },
        // ISO 8601 as the portal writes it; `""` clears the field.
        TyInfo::Date => match &value {
            Value::String(s) if s.is_empty() => Ok(Some(value)),
            Value::String(s) => match s.parse::<bitrix24::Date>() {
                Ok(_) => Ok(Some(value)),
                Err(e) => Err(ApiError::argument(format!("Parameter '{path}': {e}"))),
            },
            _ => Err(wrong("a date (YYYY-MM-DD)", &value)),
        },
        TyInfo::DateTime => match &value {
            Value::String(s) if s.is_empty() => Ok(Some(value)),
            Value::String(s) => match s.parse::<bitrix24::DateTime>() {
                Ok(_) => Ok(Some(value)),
                Err(e) => Err(ApiError::argument(format!("Parameter '{path}': {e}"))),
            },
            _ => Err(wrong("a date-time (YYYY-MM-DDThh:mm:ss+hh:mm)", &value)),
        },
        // A file with its name: the form's shape, the name, the base64 text.
        TyInfo::FileData | TyInfo::FilePair => {
            let read = if matches!(ty, TyInfo::FileData) {
                serde_json::from_value::<bitrix24::FileData>(value.clone()).map(drop)
            } else {
                serde_json::from_value::<bitrix24::FilePair>(value.clone()).map(drop)
            };
            match read {
                Ok(()) => Ok(Some(value)),
                Err(e) => Err(ApiError::argument(format!("Parameter '{path}': {e}"))),
            }
        }
        TyInfo::Any => Ok(Some(value)),
        TyInfo::Union(members) => {
            // The first shape that takes the value, as the portal's PHP
            // checks them in turn.
            for member in *members {
                if let Ok(converted) = check_value(path, p, member, value.clone()) {
                    return Ok(converted);
                }
            }
            Err(wrong(&format!("one of {ty}"), &value))
        }
        TyInfo::Enum(e) => {
            let known = match &value {
                Value::String(s) => e.values.contains(&s.as_str()),
                // A value the page writes as a number (`3`), given as one.
                Value::Number(n) => e.values.contains(&n.to_string().as_str()),
                _ => false,
            };
            // The schema says what the page says of other values.
            match (known, e.unlisted) {
                (true, _) => Ok(Some(value)),
                (false, _) if !(value.is_string() || value.is_number()) => {
                    Err(wrong(&format!("one of {}", e.values.join(", ")), &value))
                }
                // Dropped, so the method picks one as it does for a missing value.
                (false, Unlisted::Replaced) => Ok(None),
                (false, Unlisted::Accepted) => Ok(Some(value)),
                (false, _) => Err(ApiError::argument(format!(
                    "Parameter '{path}' has the unknown value {}; expected one of: {}",
                    shown(&value),
                    e.values.join(", ")
                ))),
            }
        }
        TyInfo::Struct(s) => match value {
            Value::Object(mut map) => {
                check_fields(path, s.fields, &mut map)?;
                Ok(Some(Value::Object(map)))
            }
            Value::Array(items) if items.is_empty() => {
                let mut map = Map::new();
                check_fields(path, s.fields, &mut map)?;
                Ok(Some(Value::Object(map)))
            }
            Value::String(s) if s.is_empty() => Ok(None),
            other => Err(wrong(&format!("an object ({ty})"), &other)),
        },
        TyInfo::Filter(s) => {
            let Some(map) = object_or_empty(value.clone()) else {
                return Err(wrong("an object of conditions (a filter)", &value));
            };
            let mut out = Map::new();
            for (key, v) in map {
                let (operator, name) = bitrix24::split_filter_key(&key);
                let at = format!("{path}.{key}");
                let Some(field) = list_field(s.fields, name, &at)? else {
                    out.insert(key, v);
                    continue;
                };
                let ty = if bitrix24::filter_operator_takes_list(operator) {
                    // `@ID[]=1&@ID[]=2`, or one value for a list of one.
                    &TyInfo::List(&TyInfo::Any)
                } else {
                    &TyInfo::Any
                };
                let v = match (ty, v) {
                    (TyInfo::List(_), Value::Array(items)) => Value::Array(
                        items
                            .into_iter()
                            .enumerate()
                            .map(|(i, item)| {
                                check_value(&format!("{at}[{i}]"), field, field.ty.base(), item)
                                    .map(Option::unwrap_or_default)
                            })
                            .collect::<Result<_, _>>()?,
                    ),
                    (TyInfo::List(_), one) => Value::Array(vec![
                        check_value(&at, field, field.ty.base(), one)?.unwrap_or_default(),
                    ]),
                    (_, Value::Null) => Value::Null,
                    // An empty form value filters on "no value".
                    (_, Value::String(s)) if s.is_empty() => Value::String(s),
                    (_, one) => check_value(&at, field, field.ty.base(), one)?.unwrap_or_default(),
                };
                out.insert(key, v);
            }
            Ok(Some(Value::Object(out)))
        }
        TyInfo::Order(s) => {
            let Some(map) = object_or_empty(value.clone()) else {
                return Err(wrong("an object of fields to ASC or DESC", &value));
            };
            let mut out = Map::new();
            for (key, v) in map {
                let at = format!("{path}.{key}");
                list_field(s.fields, &key, &at)?;
                match v.as_str().map(str::to_ascii_uppercase) {
                    Some(d) if d == "ASC" || d == "DESC" => out.insert(key, Value::String(d)),
                    _ => {
                        return Err(ApiError::argument(format!(
                            "Parameter '{at}' must be ASC or DESC, got {}",
                            describe(&v)
                        )));
                    }
                };
            }
            Ok(Some(Value::Object(out)))
        }
        TyInfo::Select(s) => {
            let names = match value {
                Value::Array(names) => names,
                Value::Object(map) if map.keys().all(|k| k.parse::<u64>().is_ok()) => {
                    map.into_iter().map(|(_, v)| v).collect()
                }
                Value::String(s) if s.is_empty() => return Ok(None),
                other => return Err(wrong("a list of field names", &other)),
            };
            for (i, name) in names.iter().enumerate() {
                let at = format!("{path}[{i}]");
                match name.as_str() {
                    Some("*" | "UF_*") => {}
                    Some(name) => {
                        list_field(s.fields, name, &at)?;
                    }
                    None => return Err(wrong("a list of field names", name)),
                }
            }
            Ok(Some(Value::Array(names)))
        }
        TyInfo::Pagination => match serde_json::from_value::<bitrix24::Pagination>(value.clone()) {
            Ok(_) if value.is_object() => Ok(Some(value)),
            _ => Err(wrong("an object of page, limit and offset", &value)),
        },
        // The REST 3.0 filter's conditions: lists or group objects.
        TyInfo::Conditions(_) => match &value {
            Value::Array(items) if items.iter().all(|c| c.is_array() || c.is_object()) => {
                Ok(Some(value))
            }
            _ => Err(wrong("a list of conditions", &value)),
        },
        // A type this emulator does not know yet is refused rather than let
        // through unchecked.
        other => Err(ApiError::argument(format!(
            "Parameter '{path}' has the type `{other}`, which this emulator cannot check yet"
        ))),
    }
}

/// An object, or PHP's empty array or empty form value for an empty one.
fn object_or_empty(value: Value) -> Option<Map<String, Value>> {
    match value {
        Value::Object(map) => Some(map),
        Value::Array(items) if items.is_empty() => Some(Map::new()),
        Value::String(s) if s.is_empty() => Some(Map::new()),
        _ => None,
    }
}

/// The field a list-method key names: `None` for a user field (`UF_...`,
/// `ufCrm...`),
/// which the method table does not list; an argument error for any other
/// name, as the portal gives.
fn list_field(
    fields: &'static [ParamInfo],
    name: &str,
    path: &str,
) -> Result<Option<&'static ParamInfo>, ApiError> {
    if let Some(field) = fields.iter().find(|f| f.name == name) {
        return Ok(Some(field));
    }
    if bitrix24::is_user_field(name) {
        return Ok(None);
    }
    Err(ApiError::argument(format!(
        "Parameter '{path}' names the unknown field '{name}'"
    )))
}

fn describe(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => format!("the boolean {b}"),
        Value::Number(n) => format!("the number {n}"),
        Value::String(s) => {
            let shown: String = s.chars().take(40).collect();
            format!("the string \"{shown}\"")
        }
        Value::Array(_) => "a list".to_owned(),
        Value::Object(_) => "an object".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn php_nested_keys_build_lists_and_objects() {
        let p = parse_form(
            b"USERS[0]=1&USERS[1]=2&fields[title]=John%26Martin&fields[userIds][]=3&fields[userIds][]=4&TITLE=a+b",
        );
        assert_eq!(
            Value::Object(p.map),
            json!({
                "USERS": ["1", "2"],
                "fields": { "title": "John&Martin", "userIds": ["3", "4"] },
                "TITLE": "a b",
            })
        );
    }

    #[test]
    fn deep_nesting_is_dropped_like_php_does() {
        let deep = format!("a{}=1&b=2", "[x]".repeat(100_000));
        let p = parse_form(deep.as_bytes());
        assert_eq!(Value::Object(p.map), json!({ "b": "2" }));
    }

    #[test]
    fn batch_commands_keep_their_order() {
        let p = parse_form(b"cmd[b]=x&cmd[a]=y&halt=1");
        assert_eq!(p.cmd_order, ["b", "a"]);
        let p = parse_json(br#"{"halt":0,"cmd":{"zz":"m","aa":"n"}}"#).unwrap();
        assert_eq!(p.cmd_order, ["zz", "aa"]);
        let p = parse_json(br#"{"cmd":["m","n"]}"#).unwrap();
        assert_eq!(p.cmd_order, ["0", "1"]);
    }

    #[test]
    fn bad_bodies_are_argument_errors_not_panics() {
        for body in [&b"{"[..], b"[1,2]", b"\"x\"", b"{\"a\":"] {
            let e = read_request(None, Some("application/json"), body).unwrap_err();
            assert_eq!((e.code.as_str(), e.status), ("ERROR_ARGUMENT", 400));
        }
        // Broken percent-encoding and odd keys are taken as PHP takes them.
        let p = read_request(
            None,
            Some("application/x-www-form-urlencoded"),
            b"a[=%zz&[]=1&b[c]]=2",
        )
        .unwrap();
        assert!(p.map.contains_key("a[") || p.map.contains_key("a"));
    }

    #[test]
    fn form_strings_become_the_schema_types() {
        let info = MethodInfo::find("imbot.v2.Chat.add").unwrap();
        let mut p = parse_form(b"botId=456&fields[userIds][0]=1&fields[color]=MINT").map;
        check(info, &mut p).unwrap();
        assert_eq!(
            Value::Object(p),
            json!({ "botId": 456, "fields": { "userIds": [1] } })
        );
    }

    #[test]
    fn wrong_types_and_values_are_refused() {
        let info = MethodInfo::find("im.chat.add").unwrap();
        for body in [
            json!({ "USERS": "abc" }),
            json!({ "USERS": ["x"] }),
            json!({ "TYPE": "SECRET" }),
            json!({ "COLOR": "mint" }),
            json!({ "TITLE": { "a": 1 } }),
            json!({ "ENTITY_TYPE": "NOPE" }),
        ] {
            let Value::Object(mut map) = body.clone() else {
                unreachable!()
            };
            let e = check(info, &mut map).unwrap_err();
            assert_eq!(e.code, "ERROR_ARGUMENT", "{body}");
        }
        let Value::Object(mut map) = json!({ "COPILOT_MAIN_ROLE": "my_role", "OWNER_ID": 7 })
        else {
            unreachable!()
        };
        check(info, &mut map).unwrap();
        assert_eq!(map["COPILOT_MAIN_ROLE"], "my_role");
    }

    /// Every type the method table uses (issue 15): a value of it passes,
    /// a value of another kind is refused, never let through.
    #[test]
    fn every_schema_type_is_checked_not_let_through() {
        use crate::type_samples::{every_type, fitting, misfitting};
        static PARAM: ParamInfo = ParamInfo::new("X", TyInfo::Any, "");
        let mut refused = 0;
        for (at, ty) in every_type() {
            let good = fitting(ty, 0);
            let shown = good.to_string();
            assert!(
                check_value(&at, &PARAM, ty, good).is_ok(),
                "{at} ({ty}) refused {shown}"
            );
            match misfitting(ty) {
                Some(bad) => {
                    let shown = bad.to_string();
                    let err = check_value(&at, &PARAM, ty, bad);
                    assert!(err.is_err(), "{at} ({ty}) took {shown}: {err:?}");
                    refused += 1;
                }
                None => assert!(
                    matches!(ty.base(), TyInfo::Any),
                    "{at}: {ty} takes anything"
                ),
            }
        }
        assert!(refused >= 20, "only {refused} types seen");
    }

    #[test]
    fn php_truthiness() {
        assert!(!php_truthy(Some(&json!("0"))));
        assert!(!php_truthy(Some(&json!(0))));
        assert!(!php_truthy(Some(&json!(false))));
        assert!(!php_truthy(None));
        assert!(php_truthy(Some(&json!("1"))));
        assert!(php_truthy(Some(&json!(true))));
    }
}
