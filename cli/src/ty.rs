//! Schema types at run time: turning a flag's text into a JSON value of a
//! param's [`TyInfo`] (the method table's structured type), and checking
//! (and normalising) JSON values against it.

use bitrix24::schema::{EnumTy, ParamInfo, TyInfo, Unlisted};
use serde_json::{Map, Value};

mod list_params;

use list_params::{check_conditions, check_filter, check_order, check_select};

/// Whether a flag of this type takes JSON (inline, `@file`, a `.json`
/// path or `-`) rather than a typed scalar or a comma-separated list.
pub fn takes_json(ty: &TyInfo) -> bool {
    match flag_base(ty) {
        TyInfo::List(inner) => takes_json(inner),
        TyInfo::Integer
        | TyInfo::Double
        | TyInfo::String
        | TyInfo::Boolean
        | TyInfo::File
        | TyInfo::Date
        | TyInfo::DateTime
        // The JSON wire form, or `@path` (a file to upload, not JSON).
        | TyInfo::FileData
        | TyInfo::FilePair
        | TyInfo::Enum(_) => false,
        // Objects, maps, unions, `any`, and shapes newer than this CLI.
        _ => true,
    }
}

/// The type a flag's text is read as: without `|null` (the text `null`
/// gives null) and `|false` (the text `false` gives false).
pub fn flag_base(ty: &TyInfo) -> &TyInfo {
    ty.base()
}

/// A short placeholder for help: `INTEGER`, `INTEGER,...`, `JSON`.
pub fn value_name(ty: &TyInfo) -> &'static str {
    match flag_base(ty) {
        TyInfo::Integer => "INTEGER",
        TyInfo::Double => "NUMBER",
        TyInfo::String => "TEXT",
        TyInfo::Boolean => "true|false",
        TyInfo::File => "BASE64|@PATH",
        TyInfo::Date => "YYYY-MM-DD",
        TyInfo::DateTime => "DATETIME",
        TyInfo::FileData | TyInfo::FilePair => "@PATH|JSON",
        TyInfo::Enum(_) => "VALUE",
        TyInfo::List(inner) => match flag_base(inner) {
            TyInfo::Integer => "INTEGER,...",
            TyInfo::Double => "NUMBER,...",
            TyInfo::Enum(_) => "VALUE,...",
            TyInfo::String | TyInfo::File => "TEXT,...",
            TyInfo::Boolean => "BOOL,...",
            TyInfo::Date => "DATE,...",
            TyInfo::DateTime => "DATETIME,...",
            _ => "JSON",
        },
        _ => "JSON",
    }
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
/// `@path` is the content of that file, base64-encoded; a `file_data` or
/// `file_pair` value `@path` is that file with its name, in the type's
/// form, else the form itself as JSON.
pub fn from_flag(ty: &TyInfo, text: &str) -> Result<Value, String> {
    match ty {
        TyInfo::Nullable(_) if text.trim() == "null" => Ok(Value::Null),
        TyInfo::Nullable(inner) => from_flag(inner, text),
        TyInfo::OrFalse(_) if text.trim() == "false" => Ok(Value::Bool(false)),
        TyInfo::OrFalse(inner) => from_flag(inner, text),
        TyInfo::Integer => text.trim().parse::<i64>().map(Value::from).map_err(|_| {
            let digits = text.trim().trim_start_matches(['-', '+']);
            if !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) {
                format!("`{text}` {OUT_OF_RANGE}")
            } else {
                format!("`{text}` is not an integer")
            }
        }),
        TyInfo::Double => text
            .trim()
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map(Value::Number)
            .ok_or_else(|| format!("`{text}` is not a number")),
        TyInfo::String => Ok(Value::String(text.to_owned())),
        TyInfo::File => match text.strip_prefix('@') {
            // The content alone; the upload's encoding, without its name.
            Some(path) => upload(path).map(|file| Value::String(file.base64().to_owned())),
            None => Ok(Value::String(text.to_owned())),
        },
        TyInfo::FileData | TyInfo::FilePair => match text.strip_prefix('@') {
            Some(path) => upload(path).map(|file| {
                if matches!(ty, TyInfo::FileData) {
                    file.file_data()
                } else {
                    file.pair()
                }
            }),
            None => from_json(ty, text, "neither @path nor valid JSON"),
        },
        TyInfo::Date => text
            .trim()
            .parse::<bitrix24::Date>()
            .map(|d| Value::String(d.to_string()))
            .map_err(|e| e.to_string()),
        TyInfo::DateTime => text
            .trim()
            .parse::<bitrix24::DateTime>()
            .map(|t| Value::String(t.to_string()))
            .map_err(|e| e.to_string()),
        TyInfo::Boolean => match text.trim().to_ascii_lowercase().as_str() {
            "true" | "yes" | "y" | "1" | "on" => Ok(Value::Bool(true)),
            "false" | "no" | "n" | "0" | "off" => Ok(Value::Bool(false)),
            _ => Err(format!(
                "`{text}` is not a boolean; expected true or false (also yes/no, y/n, 1/0)"
            )),
        },
        TyInfo::Enum(e) => match (match_enum(e.values, text.trim()), e.unlisted) {
            (Some(v), _) => Ok(Value::String(v.to_owned())),
            // The page's list is not the whole set (`COPILOT_MAIN_ROLE`):
            // another value is sent as given.
            (None, Unlisted::Accepted) => Ok(Value::String(text.trim().to_owned())),
            (None, _) => Err(enum_error(e.values, text.trim())),
        },
        TyInfo::List(inner) => {
            if text.trim_start().starts_with('[') {
                return from_json(ty, text, "not a JSON array");
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
        // Objects, maps, unions, `any`: JSON, checked against the type.
        _ => from_json(ty, text, "not valid JSON"),
    }
}

/// The file at `path` as an upload under its own name.
fn upload(path: &str) -> Result<bitrix24::Upload, String> {
    let name = std::path::Path::new(path)
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| format!("`{path}` names no file to upload"))?;
    let bytes = std::fs::read(path)
        .map_err(|e| format!("cannot read `{path}`: {}", crate::input::io_reason(&e)))?;
    bitrix24::Upload::new(name, bytes).map_err(|e| e.to_string())
}

/// A flag's JSON text, parsed and checked against `ty`.
fn from_json(ty: &TyInfo, text: &str, what: &str) -> Result<Value, String> {
    let mut value: Value = serde_json::from_str(text).map_err(|e| {
        format!(
            "{what}: {} (at column {})",
            crate::input::reason(&e),
            e.column()
        )
    })?;
    no_duplicate_key(text)?;
    check(ty, &mut value, "", false).map_err(|e| e.message)?;
    Ok(value)
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
pub fn check(ty: &TyInfo, value: &mut Value, path: &str, secret: bool) -> Result<(), Mismatch> {
    check_noting(ty, value, path, secret, &mut Vec::new())
}

/// [`check`], collecting notes about unknown object keys.
pub fn check_noting(
    ty: &TyInfo,
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
        TyInfo::Nullable(_) if value.is_null() => Ok(()),
        TyInfo::Nullable(inner) => check_noting(inner, value, path, secret, notes),
        TyInfo::OrFalse(_) if *value == Value::Bool(false) => Ok(()),
        TyInfo::OrFalse(inner) => check_noting(inner, value, path, secret, notes),
        TyInfo::Integer => match value {
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
        TyInfo::Double => match value {
            Value::Number(_) => Ok(()),
            Value::String(s) if s.trim().parse::<f64>().is_ok() => Ok(()),
            other => Err(wrong("a number", other)),
        },
        TyInfo::String | TyInfo::File => match value {
            Value::String(_) | Value::Number(_) => Ok(()),
            other => Err(wrong("text", other)),
        },
        // Sent as given: a date may also be written as a date-time.
        TyInfo::Date => match value {
            Value::String(s) => s.parse::<bitrix24::Date>().map(drop).map_err(|e| Mismatch {
                path: path.to_owned(),
                message: e.to_string(),
            }),
            other => Err(wrong("a date (`YYYY-MM-DD`)", other)),
        },
        // The form's shape, the name and the base64 text.
        TyInfo::FileData => serde_json::from_value::<bitrix24::FileData>(value.clone())
            .map(drop)
            .map_err(|e| Mismatch {
                path: path.to_owned(),
                message: e.to_string(),
            }),
        TyInfo::FilePair => serde_json::from_value::<bitrix24::FilePair>(value.clone())
            .map(drop)
            .map_err(|e| Mismatch {
                path: path.to_owned(),
                message: e.to_string(),
            }),
        TyInfo::DateTime => match value {
            Value::String(s) => s
                .parse::<bitrix24::DateTime>()
                .map(drop)
                .map_err(|e| Mismatch {
                    path: path.to_owned(),
                    message: e.to_string(),
                }),
            other => Err(wrong("a date-time (`YYYY-MM-DDThh:mm:ss±hh:mm`)", other)),
        },
        TyInfo::Boolean => match value {
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
        TyInfo::Enum(e) => check_enum(e, value, secret).map_err(|message| Mismatch {
            path: path.to_owned(),
            message,
        }),
        TyInfo::List(inner) => match value {
            Value::Array(items) => {
                for (i, item) in items.iter_mut().enumerate() {
                    check_noting(inner, item, &format!("{path}[{i}]"), secret, notes)?;
                }
                Ok(())
            }
            other => Err(wrong("a list (a JSON array)", other)),
        },
        TyInfo::Map(inner) => match value {
            Value::Object(map) => {
                for (key, item) in map.iter_mut() {
                    check_noting(inner, item, &join(path, key), secret, notes)?;
                }
                Ok(())
            }
            other => Err(wrong("an object of ids", other)),
        },
        TyInfo::Object => match value {
            Value::Object(_) => Ok(()),
            other => Err(wrong("an object", other)),
        },
        TyInfo::Struct(s) => match value {
            Value::Object(map) => check_fields(s.fields, map, path, notes),
            other => Err(wrong("an object", other)),
        },
        TyInfo::Union(members) => {
            // The first shape that takes the value (and normalises it).
            for member in *members {
                let mut candidate = value.clone();
                let mut member_notes = Vec::new();
                if check_noting(member, &mut candidate, path, secret, &mut member_notes).is_ok() {
                    *value = candidate;
                    notes.extend(member_notes);
                    return Ok(());
                }
            }
            Err(wrong(&format!("one of {ty}"), value))
        }
        TyInfo::Filter(s) => match value {
            Value::Object(map) => check_filter(s.fields, map, path, notes),
            other => Err(wrong("an object of conditions (a filter)", other)),
        },
        TyInfo::Order(s) => match value {
            Value::Object(map) => check_order(s.fields, map, path),
            other => Err(wrong("an object of fields to ASC or DESC", other)),
        },
        TyInfo::Select(s) => match value {
            Value::Array(names) => check_select(s.fields, names, path),
            other => Err(wrong("a list of field names", other)),
        },
        TyInfo::Conditions(s) => match value {
            Value::Array(items) => check_conditions(s.fields, items, path),
            other => Err(wrong(
                "a list of conditions `[field, operator, value]`",
                other,
            )),
        },
        TyInfo::Pagination => match serde_json::from_value::<bitrix24::Pagination>(value.clone()) {
            Ok(_) if value.is_object() => Ok(()),
            _ => Err(wrong(
                "an object of `page`, `limit` and `offset` (numbers)",
                value,
            )),
        },
        TyInfo::Any => Ok(()),
        // A shape newer than this CLI: refused rather than sent unchecked.
        other => Err(Mismatch {
            path: path.to_owned(),
            message: format!("the type `{other}` is not one this version of b24 can check"),
        }),
    }
}

/// An enum value in any case, rewritten to its documented spelling.
fn check_enum(e: &EnumTy, value: &mut Value, secret: bool) -> Result<(), String> {
    match value {
        Value::String(s) => match match_enum(e.values, s.trim()) {
            Some(documented) => {
                *s = documented.to_owned();
                Ok(())
            }
            None if e.unlisted == Unlisted::Accepted => Ok(()),
            None if secret => Err("not a valid value".to_owned()),
            None => Err(enum_error(e.values, s)),
        },
        // A value the page writes as a number (`3`), given as one.
        Value::Number(n) if e.values.contains(&n.to_string().as_str()) => Ok(()),
        Value::Number(_) if e.unlisted == Unlisted::Accepted => Ok(()),
        other => Err(format!(
            "expected one of {}, found {}",
            e.values.join(", "),
            kind(other)
        )),
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
            Some(field) => check_noting(&field.ty, value, &join(path, key), field.secret, notes)?,
            None => notes.push(Note(format!(
                "`{}` is not a field the schema knows; sent as given",
                join(path, key)
            ))),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    static COLOR_ENUM: EnumTy = EnumTy::new("Color", &["RED", "LIGHT_BLUE", "PINK"]);
    static COLOR: TyInfo = TyInfo::Enum(&COLOR_ENUM);
    static INTS: TyInfo = TyInfo::List(&TyInfo::Integer);

    /// Every type the method table uses (issue 15): a value of it passes,
    /// a value of another kind is refused, as JSON and as a flag's text.
    #[test]
    fn every_schema_type_is_checked_not_let_through() {
        use crate::type_samples::{every_type, fitting, misfitting};
        let mut refused = 0;
        for (at, ty) in every_type() {
            let mut good = fitting(ty, 0);
            let shown = good.to_string();
            assert!(
                check(ty, &mut good, &at, false).is_ok(),
                "{at} ({ty}) refused {shown}"
            );
            match misfitting(ty) {
                Some(mut bad) => {
                    let shown = bad.to_string();
                    assert!(
                        check(ty, &mut bad, &at, false).is_err(),
                        "{at} ({ty}) took {shown}"
                    );
                    refused += 1;
                }
                None => assert!(
                    matches!(ty.base(), TyInfo::Any),
                    "{at}: {ty} takes anything"
                ),
            }
            // A flag's text: typed scalars refuse words that are not values.
            let scalar = |t: &TyInfo| match t {
                TyInfo::Integer
                | TyInfo::Double
                | TyInfo::Boolean
                | TyInfo::Date
                | TyInfo::DateTime => true,
                TyInfo::Enum(e) => e.unlisted != Unlisted::Accepted,
                _ => false,
            };
            let flag_base = match ty.base() {
                TyInfo::List(inner) => inner.base(),
                other => other,
            };
            if !takes_json(ty) && scalar(flag_base) {
                assert!(from_flag(ty, "not-a-value").is_err(), "{at} ({ty})");
            }
        }
        assert!(refused >= 20, "only {refused} types seen");
    }

    #[test]
    fn dates_are_read_in_the_portal_form_and_refused_with_the_reason() {
        assert_eq!(
            from_flag(&TyInfo::Date, " 2024-04-19 "),
            Ok(json!("2024-04-19"))
        );
        assert_eq!(
            from_flag(&TyInfo::DateTime, "2024-04-19T12:00:00Z"),
            Ok(json!("2024-04-19T12:00:00+00:00"))
        );
        let e = from_flag(&TyInfo::Date, "2024-02-30").unwrap_err();
        assert_eq!(e, "invalid date `2024-02-30`: February 2024 has no day 30");
        let e = from_flag(&TyInfo::DateTime, "2024-04-19 12:00").unwrap_err();
        assert!(e.contains("YYYY-MM-DDThh:mm:ss±hh:mm"), "{e}");
        assert_eq!(value_name(&TyInfo::Date), "YYYY-MM-DD");
        assert!(!takes_json(&TyInfo::Nullable(&TyInfo::DateTime)));
        // Inside JSON: a date may be written as a date-time; text is refused.
        let mut v = json!("2001-11-11T02:00:00+02:00");
        assert!(check(&TyInfo::Date, &mut v, "BIRTHDATE", false).is_ok());
        let mut v = json!("11.11.2001");
        let e = check(&TyInfo::Date, &mut v, "BIRTHDATE", false).unwrap_err();
        assert_eq!(e.path, "BIRTHDATE");
        assert!(e.message.contains("expected `YYYY-MM-DD`"), "{}", e.message);
        let mut v = json!(20240419);
        assert!(check(&TyInfo::DateTime, &mut v, "D", false).is_err());
    }

    #[test]
    fn files_with_a_name_take_their_json_form_or_a_path() {
        let data = json!({"fileData": ["a.png", "aGk="]});
        assert_eq!(from_flag(&TyInfo::FileData, &data.to_string()), Ok(data));
        let pair = json!(["a.png", "aGk="]);
        assert_eq!(from_flag(&TyInfo::FilePair, &pair.to_string()), Ok(pair));
        // The wrong form, and text that is not base64, say what is wrong.
        let e = from_flag(&TyInfo::FileData, r#"["a.png", "aGk="]"#).unwrap_err();
        assert!(e.contains(r#"{"fileData": [name, base64]}"#), "{e}");
        let e = from_flag(&TyInfo::FilePair, r#"["a.png", "aGk"]"#).unwrap_err();
        assert!(e.contains("not a multiple of 4"), "{e}");
        let e = from_flag(&TyInfo::FilePair, "aGk=").unwrap_err();
        assert!(e.starts_with("neither @path nor valid JSON"), "{e}");
        // `@path`: the file under its own name.
        let dir = std::env::temp_dir().join(format!("b24-upload-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("photo.png");
        std::fs::write(&file, b"hi").unwrap();
        let at = format!("@{}", file.display());
        assert_eq!(
            from_flag(&TyInfo::FileData, &at),
            Ok(json!({"fileData": ["photo.png", "aGk="]}))
        );
        assert_eq!(
            from_flag(&TyInfo::Nullable(&TyInfo::FilePair), &at),
            Ok(json!(["photo.png", "aGk="]))
        );
        std::fs::remove_dir_all(&dir).unwrap();
        let e = from_flag(&TyInfo::FileData, &at).unwrap_err();
        assert!(e.starts_with("cannot read `"), "{e}");
        assert!(e.contains("photo.png"), "{e}");
        // Inside JSON (`--fields '{...}'`), the value is checked the same way.
        let mut v = json!({"fileData": ["a.png", "a!k="]});
        let e = check(&TyInfo::FileData, &mut v, "fields.PHOTO", false).unwrap_err();
        assert_eq!(e.path, "fields.PHOTO");
        assert!(e.message.contains("'!' at byte 1"), "{}", e.message);
        assert!(!takes_json(&TyInfo::FileData));
        assert_eq!(value_name(&TyInfo::FilePair), "@PATH|JSON");
    }

    #[test]
    fn unions_take_the_first_shape_that_fits_and_refuse_the_rest() {
        let ty = TyInfo::Union(&[TyInfo::Integer, TyInfo::List(&TyInfo::String)]);
        assert_eq!(from_flag(&ty, "7"), Ok(json!(7)));
        assert_eq!(from_flag(&ty, r#"["a"]"#), Ok(json!(["a"])));
        let e = from_flag(&ty, r#"{"a": 1}"#).unwrap_err();
        assert!(e.contains("one of integer|[string]"), "{e}");
        let or_false = TyInfo::OrFalse(&TyInfo::Integer);
        assert_eq!(from_flag(&or_false, "false"), Ok(json!(false)));
        assert!(from_flag(&or_false, "true").is_err());
        let map = TyInfo::Map(&TyInfo::Integer);
        assert_eq!(from_flag(&map, r#"{"5": 1}"#), Ok(json!({"5": 1})));
        let e = from_flag(&map, r#"{"5": "x"}"#).unwrap_err();
        assert!(e.contains("an integer"), "{e}");
    }

    #[test]
    fn enum_values_match_in_any_case_and_send_the_documented_spelling() {
        let ty = COLOR;
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
        let ints = INTS;
        assert_eq!(from_flag(&ints, "103,547"), Ok(json!([103, 547])));
        assert_eq!(from_flag(&ints, "103, 547"), Ok(json!([103, 547])));
        assert_eq!(from_flag(&ints, "[103,547]"), Ok(json!([103, 547])));
        // An empty value is a mistake more often than a wish; `[]` says it.
        let empty = from_flag(&ints, " ").unwrap_err();
        assert!(empty.contains("`[]` to send an empty list"), "{empty}");
        assert_eq!(from_flag(&ints, "[]"), Ok(json!([])));
        // Past the 64-bit range: said so, as a flag and inside JSON.
        let big = from_flag(&TyInfo::Integer, "18446744073709551616").unwrap_err();
        assert!(big.contains("beyond the 64-bit integer range"), "{big}");
        assert!(
            from_flag(&TyInfo::Integer, "-9223372036854775809")
                .unwrap_err()
                .contains("beyond")
        );
        assert_eq!(
            from_flag(&TyInfo::Integer, "9223372036854775807"),
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
            from_flag(&TyInfo::Object, r#"{"a": 1, "a": 2}"#),
            Err("duplicate key `a` (at column 10; already given at column 2)".into())
        );
        assert_eq!(from_flag(&TyInfo::Integer, "-7"), Ok(json!(-7)));
        assert!(from_flag(&TyInfo::Integer, "7.5").is_err());
        assert_eq!(from_flag(&TyInfo::Double, "7.5"), Ok(json!(7.5)));
        assert!(from_flag(&TyInfo::Double, "NaN").is_err());
        assert_eq!(from_flag(&TyInfo::Boolean, "Yes"), Ok(json!(true)));
        assert_eq!(from_flag(&TyInfo::Boolean, "0"), Ok(json!(false)));
        assert!(from_flag(&TyInfo::Boolean, "maybe").is_err());
        let nullable = TyInfo::Nullable(&TyInfo::Integer);
        assert_eq!(from_flag(&nullable, "null"), Ok(Value::Null));
        assert_eq!(from_flag(&TyInfo::String, "null"), Ok(json!("null")));
        assert_eq!(from_flag(&TyInfo::File, "aGk="), Ok(json!("aGk=")));
        assert!(
            from_flag(&TyInfo::File, "@/no/such/file")
                .unwrap_err()
                .contains("cannot read")
        );
    }

    #[test]
    fn json_values_are_checked_and_enums_normalised() {
        let mut v = json!("pink");
        assert_eq!(check(&COLOR, &mut v, "COLOR", false), Ok(()));
        assert_eq!(v, json!("PINK"));
        let mut v = json!([1, "2", "x"]);
        let e = check(&INTS, &mut v, "USERS", false).unwrap_err();
        assert_eq!(e.path, "USERS[2]");
        assert!(e.message.contains("\"x\""), "{}", e.message);
        let mut v = json!({"a": 1});
        let e = check(&TyInfo::String, &mut v, "T", true).unwrap_err();
        assert!(!e.message.contains("\"a\""), "secret shown: {}", e.message);
        let mut v = json!(null);
        assert!(check(&TyInfo::Integer, &mut v, "N", false).is_err());
        assert!(check(&TyInfo::Nullable(&TyInfo::Integer), &mut v, "N", false).is_ok());
    }

    #[test]
    fn enum_values_the_page_writes_as_numbers_are_taken_as_written() {
        static PRIORITY: EnumTy = EnumTy::new("Priority", &["1", "2", "3"]);
        let priority = TyInfo::Enum(&PRIORITY);
        assert_eq!(from_flag(&priority, "3"), Ok(json!("3")));
        for mut given in [json!(3), json!("3")] {
            let before = given.clone();
            assert!(check(&priority, &mut given, "PRIORITY", false).is_ok());
            assert_eq!(given, before, "sent as given");
        }
        let err = check(&priority, &mut json!(4), "PRIORITY", false).unwrap_err();
        assert!(err.message.contains("one of 1, 2, 3"), "{}", err.message);
    }
}
