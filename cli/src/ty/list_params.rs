//! The list params of a method checked against the fields of the type
//! they select from: a classic `filter` (operator prefixes), `order` and
//! `select`, and REST 3.0 conditions. User fields pass unchecked.

use super::{Mismatch, Note, check_noting, join, kind};
use bitrix24::schema::{ParamInfo, TyInfo};
use serde_json::{Map, Value};

/// The REST 3.0 operators of a condition.
const CONDITION_OPERATORS: [&str; 8] = ["=", "!=", ">", ">=", "<", "<=", "in", "between"];

/// A REST 3.0 filter: each condition `[field, operator, value]` (or
/// `[field, value]`, meaning `=`, or `in` for a list) over a field of the
/// type, or a group `{"logic": "or", "conditions": [...]}`.
pub(super) fn check_conditions(
    fields: &'static [ParamInfo],
    items: &mut [Value],
    path: &str,
) -> Result<(), Mismatch> {
    for (i, item) in items.iter_mut().enumerate() {
        let at = format!("{path}[{i}]");
        match item {
            Value::Array(parts) if (2..=3).contains(&parts.len()) => {
                let Some(name) = parts[0].as_str() else {
                    return Err(Mismatch {
                        path: at,
                        message: format!("expected a field name first, got {}", parts[0]),
                    });
                };
                list_field(fields, name, &at)?;
                if parts.len() == 3 {
                    let operator = parts[1].as_str().unwrap_or_default();
                    if !CONDITION_OPERATORS.contains(&operator) {
                        return Err(Mismatch {
                            path: at,
                            message: format!(
                                "`{}` is not an operator; expected one of {}",
                                parts[1],
                                CONDITION_OPERATORS.join(", ")
                            ),
                        });
                    }
                }
            }
            Value::Object(group) => match group.get_mut("conditions") {
                Some(Value::Array(inner)) => check_conditions(fields, inner, &at)?,
                _ => {
                    return Err(Mismatch {
                        path: at,
                        message: "a group needs `conditions`, a list of conditions".into(),
                    });
                }
            },
            other => {
                return Err(Mismatch {
                    path: at,
                    message: format!(
                        "expected `[field, operator, value]` or a group object, got {}",
                        crate::call::kind(other)
                    ),
                });
            }
        }
    }
    Ok(())
}

/// The field a list-method key names, or `None` for a user field
/// (`UF_...`, `ufCrm...`), which the schema does not list; an error for any other name.
fn list_field<'f>(
    fields: &'f [ParamInfo],
    name: &str,
    path: &str,
) -> Result<Option<&'f ParamInfo>, Mismatch> {
    if let Some(field) = fields.iter().find(|f| f.name == name) {
        return Ok(Some(field));
    }
    if bitrix24::is_user_field(name) {
        return Ok(None);
    }
    let hint = crate::suggest::closest(name, fields.iter().map(|f| f.name))
        .map(|s| format!(" (did you mean `{s}`?)"))
        .unwrap_or_default();
    Err(Mismatch {
        path: path.to_owned(),
        message: format!(
            "`{name}` is not a field here{hint}; user fields start with `UF_` (`uf` and a capital in crm.item.*)"
        ),
    })
}

/// A filter: each key an operator prefix and a field, each value of the
/// field's type (a list of them for `@` and `!@`).
pub(super) fn check_filter(
    fields: &'static [ParamInfo],
    map: &mut Map<String, Value>,
    path: &str,
    notes: &mut Vec<Note>,
) -> Result<(), Mismatch> {
    for (key, value) in map.iter_mut() {
        let (operator, name) = bitrix24::split_filter_key(key);
        let at = join(path, key);
        let Some(field) = list_field(fields, name, &at)? else {
            continue;
        };
        let ty = field.ty.base();
        if bitrix24::filter_operator_takes_list(operator) {
            let Value::Array(items) = value else {
                return Err(Mismatch {
                    path: at,
                    message: format!("`{operator}` takes a list of values"),
                });
            };
            for (i, item) in items.iter_mut().enumerate() {
                check_noting(ty, item, &format!("{at}[{i}]"), field.secret, notes)?;
            }
        } else if !value.is_null() {
            check_noting(ty, value, &at, field.secret, notes)?;
        }
    }
    Ok(())
}

/// A sort order: fields to `ASC` or `DESC` (any case; sent upper case).
pub(super) fn check_order(
    fields: &'static [ParamInfo],
    map: &mut Map<String, Value>,
    path: &str,
) -> Result<(), Mismatch> {
    for (key, value) in map.iter_mut() {
        let at = join(path, key);
        list_field(fields, key, &at)?;
        match value.as_str().map(str::to_ascii_uppercase) {
            Some(direction) if direction == "ASC" || direction == "DESC" => {
                *value = Value::String(direction)
            }
            _ => {
                return Err(Mismatch {
                    path: at,
                    message: format!("expected ASC or DESC, found {value}"),
                });
            }
        }
    }
    Ok(())
}

/// A selection: field names, `*` (every standard field) and `UF_*`.
pub(super) fn check_select(
    fields: &'static [ParamInfo],
    names: &mut [Value],
    path: &str,
) -> Result<(), Mismatch> {
    for (i, name) in names.iter().enumerate() {
        let at = format!("{path}[{i}]");
        match name.as_str() {
            Some("*" | "UF_*") => {}
            Some(name) => selected_field(fields, name, &at)?,
            None => {
                return Err(Mismatch {
                    path: at,
                    message: format!("expected a field name, found {}", kind(name)),
                });
            }
        }
    }
    Ok(())
}

/// A name `select` takes: a field, or (REST 3.0) a path through a linked
/// object to one of its fields (`responsible.name`) or all of them
/// (`responsible.*`).
fn selected_field(fields: &'static [ParamInfo], name: &str, path: &str) -> Result<(), Mismatch> {
    let Some((link, rest)) = name.split_once('.') else {
        return list_field(fields, name, path).map(drop);
    };
    let Some(field) = list_field(fields, link, path)? else {
        return Ok(());
    };
    let mut ty = field.ty.base();
    while let TyInfo::List(inner) = ty {
        ty = inner.base();
    }
    match ty {
        TyInfo::Struct(_) if rest == "*" => Ok(()),
        TyInfo::Struct(s) => selected_field(s.fields, rest, path),
        // An object the schema does not describe field by field.
        TyInfo::Object | TyInfo::Any | TyInfo::Map(_) => Ok(()),
        _ => Err(Mismatch {
            path: path.to_owned(),
            message: format!(
                "`{link}` is not an object, so `{name}` selects nothing; a dotted path goes through a linked object"
            ),
        }),
    }
}
