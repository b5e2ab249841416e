//! Schema types at run time: reading the type text of a [`ParamInfo`]
//! (`[integer]`, `Color`, `ChatFields|null`), turning a flag's text into a
//! JSON value of that type, and checking (and normalising) JSON values
//! against it.

use bitrix24::schema::{ParamInfo, Unlisted};
use serde_json::{Map, Value};

/// A parsed type expression.
#[derive(Debug, Clone)]
pub enum Ty {
    /// `integer`
    Int,
    /// `double`
    Double,
    /// `string`
    Str,
    /// `boolean`
    Bool,
    /// `file`: base64 text.
    File,
    /// `object`: a JSON object of no fixed shape.
    Object,
    /// `any`, and named types the table describes neither as an enum nor as
    /// an object: any JSON value.
    Any,
    /// An enum: its wire values in the spelling this param sends.
    Enum(&'static [&'static str]),
    /// An enum whose page lists some values and accepts others too
    /// (`COPILOT_MAIN_ROLE`): a listed value is spelled as documented,
    /// anything else is sent as given.
    OpenEnum(&'static [&'static str]),
    /// An object type with known fields.
    Struct(&'static [ParamInfo]),
    /// `[T]`
    List(Box<Ty>),
    /// `T|null`
    Nullable(Box<Ty>),
    /// `A|B`: several shapes, taken as JSON as given.
    Union,
}

impl PartialEq for Ty {
    fn eq(&self, other: &Ty) -> bool {
        match (self, other) {
            (Ty::Enum(a), Ty::Enum(b)) | (Ty::OpenEnum(a), Ty::OpenEnum(b)) => a == b,
            // Fields are compared by identity: the same table.
            (Ty::Struct(a), Ty::Struct(b)) => std::ptr::eq(*a, *b),
            (Ty::List(a), Ty::List(b)) | (Ty::Nullable(a), Ty::Nullable(b)) => a == b,
            (a, b) => {
                std::mem::discriminant(a) == std::mem::discriminant(b)
                    && !matches!(
                        a,
                        Ty::Enum(_)
                            | Ty::OpenEnum(_)
                            | Ty::Struct(_)
                            | Ty::List(_)
                            | Ty::Nullable(_)
                    )
            }
        }
    }
}

impl Ty {
    /// The type of a param or field, from its type text and the enum values
    /// or fields the table gives for it. Text that does not parse is taken
    /// as [`Ty::Any`], never a panic.
    pub fn of(param: &'static ParamInfo) -> Ty {
        parse(param.ty.trim(), param).unwrap_or(Ty::Any)
    }

    /// The type without any `|null` around it.
    pub fn base(&self) -> &Ty {
        match self {
            Ty::Nullable(inner) => inner.base(),
            other => other,
        }
    }

    /// Whether a flag of this type takes JSON (inline, `@file`, a `.json`
    /// path or `-`) rather than a typed scalar or a comma-separated list.
    pub fn takes_json(&self) -> bool {
        match self.base() {
            Ty::Object | Ty::Any | Ty::Struct(_) | Ty::Union => true,
            Ty::List(inner) => inner.takes_json(),
            _ => false,
        }
    }

    /// The enum values of the type or of its list elements, for help and
    /// shell completion.
    pub fn values(&self) -> &'static [&'static str] {
        match self.base() {
            Ty::Enum(values) | Ty::OpenEnum(values) => values,
            Ty::List(inner) => inner.values(),
            _ => &[],
        }
    }

    /// A short placeholder for help: `INTEGER`, `INTEGER,...`, `JSON`.
    pub fn value_name(&self) -> &'static str {
        match self.base() {
            Ty::Int => "INTEGER",
            Ty::Double => "NUMBER",
            Ty::Str => "TEXT",
            Ty::Bool => "true|false",
            Ty::File => "BASE64|@PATH",
            Ty::Enum(_) | Ty::OpenEnum(_) => "VALUE",
            Ty::List(inner) => match inner.base() {
                Ty::Int => "INTEGER,...",
                Ty::Double => "NUMBER,...",
                Ty::Enum(_) | Ty::OpenEnum(_) => "VALUE,...",
                Ty::Str | Ty::File => "TEXT,...",
                Ty::Bool => "BOOL,...",
                _ => "JSON",
            },
            Ty::Object | Ty::Any | Ty::Struct(_) | Ty::Union => "JSON",
            Ty::Nullable(_) => "VALUE",
        }
    }
}

/// `member ( "|" member )*`, split at top level.
fn parse(text: &str, param: &'static ParamInfo) -> Option<Ty> {
    let mut members = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (i, c) in text.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => depth = depth.checked_sub(1)?,
            '|' if depth == 0 => {
                members.push(text[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    if depth != 0 {
        return None;
    }
    members.push(text[start..].trim());
    let nullable = members.contains(&"null");
    let mut shapes: Vec<Ty> = members
        .iter()
        .filter(|m| **m != "null")
        .map(|m| member(m, param))
        .collect::<Option<_>>()?;
    let ty = match shapes.len() {
        0 => return None,
        1 => shapes.pop()?,
        _ => Ty::Union,
    };
    Some(if nullable {
        Ty::Nullable(Box::new(ty))
    } else {
        ty
    })
}

fn member(text: &str, param: &'static ParamInfo) -> Option<Ty> {
    if let Some(inner) = text.strip_prefix('[') {
        let inner = inner.strip_suffix(']')?;
        return Some(Ty::List(Box::new(parse(inner.trim(), param)?)));
    }
    if text.is_empty() || !text.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return None;
    }
    Some(match text {
        "integer" => Ty::Int,
        "double" => Ty::Double,
        "string" => Ty::Str,
        "boolean" => Ty::Bool,
        "file" => Ty::File,
        "object" => Ty::Object,
        "any" => Ty::Any,
        _ if !param.values.is_empty() && param.unlisted == Unlisted::Accepted => {
            Ty::OpenEnum(param.values)
        }
        _ if !param.values.is_empty() => Ty::Enum(param.values),
        _ if !param.fields.is_empty() => Ty::Struct(param.fields),
        _ => Ty::Any,
    })
}

/// Folds an enum value for matching: case, `-`, `_`, spaces and dots are
/// ignored, so `lightblue`, `light-blue`, `LIGHT_BLUE` and `lightBlue` are
/// one value.
fn fold(value: &str) -> String {
    value
        .chars()
        .filter(|c| !matches!(c, '-' | '_' | ' ' | '.'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The documented spelling of an enum value given in any case.
pub fn match_enum(values: &'static [&'static str], given: &str) -> Option<&'static str> {
    if let Some(exact) = values.iter().find(|v| **v == given) {
        return Some(exact);
    }
    let folded = fold(given);
    let mut found = values.iter().filter(|v| fold(v) == folded);
    match (found.next(), found.next()) {
        (Some(one), None) => Some(one),
        _ => None,
    }
}

fn enum_error(values: &'static [&'static str], given: &str) -> String {
    let hint = crate::suggest::closest(given, values.iter().copied())
        .map(|s| format!("did you mean `{s}`? "))
        .unwrap_or_default();
    format!(
        "`{given}` is not a valid value; {hint}expected one of: {} (case, `-` and `_` are ignored)",
        values.join(", ")
    )
}

/// What an integer too large for the portal (and for `i64`) is told.
const OUT_OF_RANGE: &str =
    "is beyond the 64-bit integer range (-9223372036854775808 to 9223372036854775807)";

/// Turns the text of a typed flag into a JSON value of type `ty`.
///
/// Lists take comma-separated items (`103,547`) or a JSON array
/// (`[103,547]`); `null` gives null for a nullable type; a `file` value
/// `@path` is the content of that file, base64-encoded.
pub fn from_flag(ty: &Ty, text: &str) -> Result<Value, String> {
    match ty {
        Ty::Nullable(_) if text.trim() == "null" => Ok(Value::Null),
        Ty::Nullable(inner) => from_flag(inner, text),
        Ty::Int => text.trim().parse::<i64>().map(Value::from).map_err(|_| {
            let digits = text.trim().trim_start_matches(['-', '+']);
            if !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) {
                format!("`{text}` {OUT_OF_RANGE}")
            } else {
                format!("`{text}` is not an integer")
            }
        }),
        Ty::Double => text
            .trim()
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map(Value::Number)
            .ok_or_else(|| format!("`{text}` is not a number")),
        Ty::Str => Ok(Value::String(text.to_owned())),
        Ty::File => match text.strip_prefix('@') {
            Some(path) => std::fs::read(path)
                .map(|bytes| Value::String(base64(&bytes)))
                .map_err(|e| format!("cannot read `{path}`: {}", crate::input::io_reason(&e))),
            None => Ok(Value::String(text.to_owned())),
        },
        Ty::Bool => match text.trim().to_ascii_lowercase().as_str() {
            "true" | "yes" | "y" | "1" | "on" => Ok(Value::Bool(true)),
            "false" | "no" | "n" | "0" | "off" => Ok(Value::Bool(false)),
            _ => Err(format!(
                "`{text}` is not a boolean; expected true or false (also yes/no, y/n, 1/0)"
            )),
        },
        Ty::Enum(values) => match_enum(values, text.trim())
            .map(|v| Value::String(v.to_owned()))
            .ok_or_else(|| enum_error(values, text.trim())),
        Ty::OpenEnum(values) => Ok(Value::String(
            match_enum(values, text.trim()).map_or_else(|| text.trim().to_owned(), str::to_owned),
        )),
        Ty::List(inner) => {
            if text.trim_start().starts_with('[') {
                let mut value: Value = serde_json::from_str(text).map_err(|e| {
                    format!(
                        "not a JSON array: {} (at column {})",
                        crate::input::reason(&e),
                        e.column()
                    )
                })?;
                no_duplicate_key(text)?;
                check(ty, &mut value, "", false).map_err(|e| e.message)?;
                return Ok(value);
            }
            if text.trim().is_empty() {
                return Err(
                    "the list is empty; give its items (`1,2`), or `[]` to send an empty list"
                        .into(),
                );
            }
            text.split(',')
                .map(|item| from_flag(inner, item.trim()))
                .collect::<Result<Vec<_>, _>>()
                .map(Value::Array)
        }
        Ty::Object | Ty::Any | Ty::Struct(_) | Ty::Union => {
            let mut value: Value = serde_json::from_str(text).map_err(|e| {
                format!(
                    "not valid JSON: {} (at column {})",
                    crate::input::reason(&e),
                    e.column()
                )
            })?;
            no_duplicate_key(text)?;
            check(ty, &mut value, "", false).map_err(|e| e.message)?;
            Ok(value)
        }
    }
}

/// Refuses JSON (already parsed) with a key given twice in one object,
/// which serde_json would silently reduce to the last.
fn no_duplicate_key(text: &str) -> Result<(), String> {
    match crate::input::duplicate_key(text) {
        Some(d) => Err(format!(
            "duplicate key `{}` (at column {}; already given at column {})",
            d.path, d.column, d.first.1
        )),
        None => Ok(()),
    }
}

/// A value that does not fit its type.
#[derive(Debug, PartialEq)]
pub struct Mismatch {
    /// Where: `fields.color`, `USERS[1]`; empty for the value itself.
    pub path: String,
    /// What is wrong (no secret value in it).
    pub message: String,
}

/// Something worth telling without refusing: a key the schema does not know.
#[derive(Debug, PartialEq)]
pub struct Note(pub String);

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

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

/// Checks a JSON value against `ty`, rewriting enum values to their
/// documented spelling. `secret` keeps the value out of the message.
///
/// Lenient where the portal is: integers and numbers may come as numeric
/// strings, text as numbers, booleans as `Y`/`N` or `0`/`1`.
pub fn check(ty: &Ty, value: &mut Value, path: &str, secret: bool) -> Result<(), Mismatch> {
    check_noting(ty, value, path, secret, &mut Vec::new())
}

/// [`check`], collecting notes about unknown object keys.
pub fn check_noting(
    ty: &Ty,
    value: &mut Value,
    path: &str,
    secret: bool,
    notes: &mut Vec<Note>,
) -> Result<(), Mismatch> {
    let shown = |value: &Value| {
        if secret {
            "the value given".to_owned()
        } else {
            let text = value.to_string();
            if text.chars().count() > 40 {
                format!("{}…", text.chars().take(40).collect::<String>())
            } else {
                text
            }
        }
    };
    let wrong = |expected: &str, value: &Value| Mismatch {
        path: path.to_owned(),
        message: format!(
            "expected {expected}, found {} ({})",
            kind(value),
            shown(value)
        ),
    };
    match ty {
        Ty::Nullable(_) if value.is_null() => Ok(()),
        Ty::Nullable(inner) => check_noting(inner, value, path, secret, notes),
        Ty::Int => match value {
            Value::Number(n) if n.is_i64() => Ok(()),
            Value::String(s) if s.trim().parse::<i64>().is_ok() => Ok(()),
            // A whole number beyond i64 (serde_json reads those past u64 as
            // floats): say so, rather than "not an integer".
            Value::Number(n) if n.is_u64() || n.as_f64().is_some_and(|f| f.fract() == 0.0) => {
                Err(Mismatch {
                    path: path.to_owned(),
                    message: format!("{n} {OUT_OF_RANGE}"),
                })
            }
            other => Err(wrong("an integer", other)),
        },
        Ty::Double => match value {
            Value::Number(_) => Ok(()),
            Value::String(s) if s.trim().parse::<f64>().is_ok() => Ok(()),
            other => Err(wrong("a number", other)),
        },
        Ty::Str | Ty::File => match value {
            Value::String(_) | Value::Number(_) => Ok(()),
            other => Err(wrong("text", other)),
        },
        Ty::Bool => match value {
            Value::Bool(_) => Ok(()),
            Value::Number(n) if n.as_u64().is_some_and(|n| n <= 1) => Ok(()),
            Value::String(s)
                if matches!(
                    s.to_ascii_lowercase().as_str(),
                    "y" | "n" | "true" | "false" | "1" | "0"
                ) =>
            {
                Ok(())
            }
            other => Err(wrong("a boolean", other)),
        },
        Ty::OpenEnum(values) => match value {
            Value::String(s) => {
                if let Some(documented) = match_enum(values, s.trim()) {
                    *s = documented.to_owned();
                }
                Ok(())
            }
            Value::Number(_) => Ok(()),
            other => Err(wrong("a string", other)),
        },
        Ty::Enum(values) => match value {
            Value::String(s) => match match_enum(values, s.trim()) {
                Some(documented) => {
                    *s = documented.to_owned();
                    Ok(())
                }
                None => Err(Mismatch {
                    path: path.to_owned(),
                    message: if secret {
                        "not a valid value".to_owned()
                    } else {
                        enum_error(values, s)
                    },
                }),
            },
            // A value the page writes as a number (`3`), given as one.
            Value::Number(n) if values.contains(&n.to_string().as_str()) => Ok(()),
            other => Err(wrong(&format!("one of {}", values.join(", ")), other)),
        },
        Ty::List(inner) => match value {
            Value::Array(items) => {
                for (i, item) in items.iter_mut().enumerate() {
                    check_noting(inner, item, &format!("{path}[{i}]"), secret, notes)?;
                }
                Ok(())
            }
            other => Err(wrong("a list (a JSON array)", other)),
        },
        Ty::Object => match value {
            Value::Object(_) => Ok(()),
            other => Err(wrong("an object", other)),
        },
        Ty::Struct(fields) => match value {
            Value::Object(map) => check_fields(fields, map, path, notes),
            other => Err(wrong("an object", other)),
        },
        Ty::Any | Ty::Union => Ok(()),
    }
}

/// Checks the known keys of an object against `fields`; notes the others.
pub fn check_fields(
    fields: &'static [ParamInfo],
    map: &mut Map<String, Value>,
    path: &str,
    notes: &mut Vec<Note>,
) -> Result<(), Mismatch> {
    for (key, value) in map.iter_mut() {
        match fields.iter().find(|f| f.name == key) {
            Some(field) => {
                check_noting(&Ty::of(field), value, &join(path, key), field.secret, notes)?
            }
            None => notes.push(Note(format!(
                "`{}` is not a field the schema knows; sent as given",
                join(path, key)
            ))),
        }
    }
    Ok(())
}

/// Standard base64 with padding (RFC 4648), for `file` values read from disk.
pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    static COLOR: ParamInfo = ParamInfo {
        name: "COLOR",
        ty: "Color",
        required: false,
        required_with: None,
        default: None,
        doc: "",
        secret: false,
        values: &["RED", "LIGHT_BLUE", "PINK"],
        unlisted: Unlisted::Refused,
        fields: &[],
    };

    fn param(ty: &'static str) -> &'static ParamInfo {
        Box::leak(Box::new(ParamInfo {
            name: "X",
            ty,
            required: false,
            required_with: None,
            default: None,
            doc: "",
            secret: false,
            values: &[],
            unlisted: Unlisted::Refused,
            fields: &[],
        }))
    }

    #[test]
    fn type_texts_parse() {
        assert_eq!(Ty::of(param("[integer]")), Ty::List(Box::new(Ty::Int)));
        assert_eq!(
            Ty::of(param("[string|null]")),
            Ty::List(Box::new(Ty::Nullable(Box::new(Ty::Str))))
        );
        assert_eq!(
            Ty::of(param("null | double")),
            Ty::Nullable(Box::new(Ty::Double))
        );
        assert_eq!(Ty::of(param("integer|string")), Ty::Union);
        assert_eq!(Ty::of(&COLOR), Ty::Enum(COLOR.values));
        assert_eq!(Ty::of(param("SomeType")), Ty::Any);
        for broken in ["[integer", "integer]", "", "|", "a b", "null"] {
            assert_eq!(Ty::of(param(broken)), Ty::Any, "{broken:?}");
        }
    }

    #[test]
    fn enum_values_match_in_any_case_and_send_the_documented_spelling() {
        let ty = Ty::of(&COLOR);
        for given in ["pink", "PINK", "Pink", " pink "] {
            assert_eq!(from_flag(&ty, given), Ok(json!("PINK")));
        }
        for given in ["lightblue", "light-blue", "LIGHT_BLUE", "lightBlue"] {
            assert_eq!(from_flag(&ty, given), Ok(json!("LIGHT_BLUE")));
        }
        let e = from_flag(&ty, "pnik").unwrap_err();
        assert!(e.contains("RED, LIGHT_BLUE, PINK"), "{e}");
        assert!(e.contains("did you mean `PINK`"), "{e}");
    }

    #[test]
    fn flags_parse_by_type() {
        let ints = Ty::of(param("[integer]"));
        assert_eq!(from_flag(&ints, "103,547"), Ok(json!([103, 547])));
        assert_eq!(from_flag(&ints, "103, 547"), Ok(json!([103, 547])));
        assert_eq!(from_flag(&ints, "[103,547]"), Ok(json!([103, 547])));
        // An empty value is a mistake more often than a wish; `[]` says it.
        let empty = from_flag(&ints, " ").unwrap_err();
        assert!(empty.contains("`[]` to send an empty list"), "{empty}");
        assert_eq!(from_flag(&ints, "[]"), Ok(json!([])));
        // Past the 64-bit range: said so, as a flag and inside JSON.
        let big = from_flag(&Ty::Int, "18446744073709551616").unwrap_err();
        assert!(big.contains("beyond the 64-bit integer range"), "{big}");
        assert!(
            from_flag(&Ty::Int, "-9223372036854775809")
                .unwrap_err()
                .contains("beyond")
        );
        assert_eq!(
            from_flag(&Ty::Int, "9223372036854775807"),
            Ok(json!(i64::MAX))
        );
        for json in ["[9223372036854775808]", "[100000000000000000000]"] {
            let err = from_flag(&ints, json).unwrap_err();
            assert!(
                err.contains("beyond the 64-bit integer range"),
                "{json}: {err}"
            );
        }
        assert!(from_flag(&ints, "103,abc").unwrap_err().contains("`abc`"));
        assert!(from_flag(&ints, "[1,").unwrap_err().contains("column"));
        assert_eq!(
            from_flag(&Ty::Object, r#"{"a": 1, "a": 2}"#),
            Err("duplicate key `a` (at column 10; already given at column 2)".into())
        );
        assert_eq!(from_flag(&Ty::Int, "-7"), Ok(json!(-7)));
        assert!(from_flag(&Ty::Int, "7.5").is_err());
        assert_eq!(from_flag(&Ty::Double, "7.5"), Ok(json!(7.5)));
        assert!(from_flag(&Ty::Double, "NaN").is_err());
        assert_eq!(from_flag(&Ty::Bool, "Yes"), Ok(json!(true)));
        assert_eq!(from_flag(&Ty::Bool, "0"), Ok(json!(false)));
        assert!(from_flag(&Ty::Bool, "maybe").is_err());
        let nullable = Ty::of(param("integer|null"));
        assert_eq!(from_flag(&nullable, "null"), Ok(Value::Null));
        assert_eq!(from_flag(&Ty::Str, "null"), Ok(json!("null")));
        assert_eq!(from_flag(&Ty::File, "aGk="), Ok(json!("aGk=")));
        assert!(
            from_flag(&Ty::File, "@/no/such/file")
                .unwrap_err()
                .contains("cannot read")
        );
    }

    #[test]
    fn json_values_are_checked_and_enums_normalised() {
        let mut v = json!("pink");
        assert_eq!(check(&Ty::of(&COLOR), &mut v, "COLOR", false), Ok(()));
        assert_eq!(v, json!("PINK"));
        let mut v = json!([1, "2", "x"]);
        let e = check(&Ty::of(param("[integer]")), &mut v, "USERS", false).unwrap_err();
        assert_eq!(e.path, "USERS[2]");
        assert!(e.message.contains("\"x\""), "{}", e.message);
        let mut v = json!({"a": 1});
        let e = check(&Ty::Str, &mut v, "T", true).unwrap_err();
        assert!(!e.message.contains("\"a\""), "secret shown: {}", e.message);
        let mut v = json!(null);
        assert!(check(&Ty::Int, &mut v, "N", false).is_err());
        assert!(check(&Ty::of(param("integer|null")), &mut v, "N", false).is_ok());
    }

    #[test]
    fn enum_values_the_page_writes_as_numbers_are_taken_as_written() {
        let priority = Ty::Enum(&["1", "2", "3"]);
        assert_eq!(from_flag(&priority, "3"), Ok(json!("3")));
        for mut given in [json!(3), json!("3")] {
            let before = given.clone();
            assert!(check(&priority, &mut given, "PRIORITY", false).is_ok());
            assert_eq!(given, before, "sent as given");
        }
        let err = check(&priority, &mut json!(4), "PRIORITY", false).unwrap_err();
        assert!(err.message.contains("one of 1, 2, 3"), "{}", err.message);
    }

    #[test]
    fn base64_matches_rfc_4648() {
        for (plain, encoded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(plain.as_bytes()), encoded);
        }
    }
}
