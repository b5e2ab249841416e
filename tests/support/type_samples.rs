//! Every type the method table uses, with a value of it and a value that is
//! not of it: the cases with which `b24` and the emulator prove that they
//! check each shape rather than let it through. Pulled in with `#[path]` by
//! their tests.

use bitrix24::schema::{ParamInfo, StructTy, TyInfo, Unlisted};
use serde_json::{Value, json};

/// Each distinct type of every param and field of `METHODS` (nested
/// fields included), with the wire path of one place that uses it.
pub fn every_type() -> Vec<(String, &'static TyInfo)> {
    let mut out: Vec<(String, &'static TyInfo)> = Vec::new();
    let mut seen_structs: Vec<*const StructTy> = Vec::new();
    fn walk(
        params: &'static [ParamInfo],
        path: &str,
        out: &mut Vec<(String, &'static TyInfo)>,
        seen: &mut Vec<*const StructTy>,
    ) {
        for p in params {
            let at = format!("{path}.{}", p.name);
            visit(&p.ty, &at, out, seen);
        }
    }
    fn visit(
        ty: &'static TyInfo,
        at: &str,
        out: &mut Vec<(String, &'static TyInfo)>,
        seen: &mut Vec<*const StructTy>,
    ) {
        if !out.iter().any(|(_, t)| t == &ty) {
            out.push((at.to_owned(), ty));
        }
        match ty {
            TyInfo::List(t) | TyInfo::Map(t) | TyInfo::Nullable(t) | TyInfo::OrFalse(t) => {
                visit(t, at, out, seen)
            }
            TyInfo::Union(members) => members.iter().for_each(|m| visit(m, at, out, seen)),
            TyInfo::Struct(s) => {
                let ptr: *const StructTy = *s;
                if !seen.contains(&ptr) {
                    seen.push(ptr);
                    walk(s.fields, at, out, seen);
                }
            }
            _ => {}
        }
    }
    for m in bitrix24::METHODS {
        walk(m.params, m.name, &mut out, &mut seen_structs);
    }
    out
}

/// A value of the type (objects with their required fields).
pub fn fitting(ty: &TyInfo, depth: usize) -> Value {
    match ty {
        TyInfo::Integer => json!(7),
        TyInfo::Double => json!(1.5),
        TyInfo::String => json!("text"),
        TyInfo::File => json!("aGk="),
        TyInfo::Boolean => json!(true),
        TyInfo::Date => json!("2024-04-19"),
        TyInfo::DateTime => json!("2024-04-19T12:00:00+03:00"),
        TyInfo::FileData => json!({"fileData": ["a.png", "aGk="]}),
        TyInfo::FilePair => json!(["a.png", "aGk="]),
        TyInfo::Object => json!({"a": 1}),
        TyInfo::Any => json!(1),
        TyInfo::List(t) => json!([fitting(t, depth + 1)]),
        TyInfo::Map(t) => json!({ "5": fitting(t, depth + 1) }),
        TyInfo::Nullable(_) => Value::Null,
        TyInfo::OrFalse(_) => json!(false),
        TyInfo::Union(members) => fitting(&members[0], depth),
        TyInfo::Enum(e) => json!(e.values[0]),
        TyInfo::Struct(s) => Value::Object(
            s.fields
                .iter()
                .filter(|f| f.required && depth < 6)
                .map(|f| (f.name.to_owned(), fitting(&f.ty, depth + 1)))
                .collect(),
        ),
        TyInfo::Filter(_) | TyInfo::Order(_) => json!({}),
        TyInfo::Select(_) => json!(["*"]),
        TyInfo::Conditions(_) => json!([]),
        TyInfo::Pagination => json!({"limit": 10, "offset": 20}),
        other => panic!("a type the samples do not know: {other}"),
    }
}

/// A value that is not of the type, if there is one (`any` takes all).
pub fn misfitting(ty: &TyInfo) -> Option<Value> {
    // Values of different JSON kinds; each type refuses at least one.
    let candidates = [
        json!({"not": ["a", "value"]}),
        json!("not a value"),
        json!([{"not": "a value"}]),
        json!(true),
    ];
    candidates.into_iter().find(|c| !takes(ty, c))
}

/// The JSON kinds a type takes, as the portal documents them (numbers may
/// come as numeric strings, booleans as `Y`/`N`, objects as PHP's `[]`).
fn takes(ty: &TyInfo, value: &Value) -> bool {
    match ty {
        TyInfo::Integer | TyInfo::Double => {
            value.is_number() || value.as_str().is_some_and(|s| s.parse::<f64>().is_ok())
        }
        TyInfo::String | TyInfo::File => value.is_string() || value.is_number(),
        TyInfo::Boolean => {
            value.is_boolean() || matches!(value.as_str(), Some("Y" | "N" | "true" | "false"))
        }
        // Text in the portal's form only: `"not a value"` is refused.
        TyInfo::Date => value
            .as_str()
            .is_some_and(|s| s.parse::<bitrix24::Date>().is_ok()),
        TyInfo::DateTime => value
            .as_str()
            .is_some_and(|s| s.parse::<bitrix24::DateTime>().is_ok()),
        // The form with a name and base64 text only: `[{"not": "a value"}]`
        // and `{"not": [..]}` are refused.
        TyInfo::FileData => serde_json::from_value::<bitrix24::FileData>(value.clone()).is_ok(),
        TyInfo::FilePair => serde_json::from_value::<bitrix24::FilePair>(value.clone()).is_ok(),
        TyInfo::Object | TyInfo::Map(_) | TyInfo::Struct(_) => {
            value.is_object() || value.as_array().is_some_and(Vec::is_empty)
        }
        TyInfo::List(_) => value.is_array(),
        // Only the type's own fields (or `UF_...`) may be named.
        TyInfo::Filter(_) | TyInfo::Order(_) => {
            value.as_object().is_some_and(|m| m.is_empty())
                || value.as_array().is_some_and(Vec::is_empty)
        }
        TyInfo::Select(_) => value
            .as_array()
            .is_some_and(|names| names.iter().all(Value::is_string)),
        // Lists and group objects; `[{"not": "a value"}]` is a group
        // without conditions, which b24 refuses and the emulator lets the
        // method refuse.
        TyInfo::Conditions(_) => value.as_array().is_some_and(Vec::is_empty),
        TyInfo::Pagination => value.as_object().is_some_and(|m| m.is_empty()),
        TyInfo::Nullable(t) => value.is_null() || takes(t, value),
        TyInfo::OrFalse(t) => *value == json!(false) || takes(t, value),
        TyInfo::Union(members) => members.iter().any(|m| takes(m, value)),
        // An enum takes its values (and, if the page says so, others),
        // never an object, list or boolean.
        TyInfo::Enum(e) => value
            .as_str()
            .is_some_and(|s| e.values.contains(&s) || e.unlisted != Unlisted::Refused),
        _ => true,
    }
}
