//! The tasks through REST 3.0 (`/rest/api/tasks.task.*`): the same tasks
//! the classic methods keep, named and typed as the REST 3.0 pages describe
//! them (`responsibleId`, JSON numbers and booleans, `status: "pending"`),
//! with the REST 3.0 errors (`BITRIX_REST_V3_EXCEPTION_*`).
//!
//! A list filters by `id` only (the page's rule), sorts by any plain field,
//! and pages by `pagination` (`limit`, at most 1000, fifty by default;
//! `page` from 1 or `offset`). `select` names plain fields and, for the
//! users a task links, dotted paths (`responsible.name`).

use super::{Tasks, id_of};
use crate::methods::{Done, decode};
use crate::state::{Caller, Portal, UserRec};
use crate::wire::ApiError;
use crate::{params, query};
use bitrix24::schema::MethodInfo;
use bitrix24::tasks::v3::task;
use bitrix24::{Conditions, Order, Pagination};
use serde_json::{Map, Value, json};
use std::cmp::Ordering;
use std::collections::BTreeMap;

/// How a value is written on each side.
#[derive(Clone, Copy, PartialEq)]
enum Conv {
    /// The same JSON (text, dates, lists of text).
    Same,
    /// A whole number, kept as the classic methods keep it.
    Int,
    /// `true` / `false`, kept as `Y` / `N`.
    Flag,
    /// `low` / `average` / `high`, kept as `0` / `1` / `2`.
    Priority,
    /// `pending`... kept as the classic status number.
    Status,
    /// A list of user ids.
    Ids,
}

/// Each REST 3.0 field, the classic field that keeps it, and how it converts.
const FIELDS: &[(&str, &str, Conv)] = &[
    ("id", "ID", Conv::Int),
    ("title", "TITLE", Conv::Same),
    ("description", "DESCRIPTION", Conv::Same),
    ("creatorId", "CREATED_BY", Conv::Int),
    ("created", "CREATED_DATE", Conv::Same),
    ("responsibleId", "RESPONSIBLE_ID", Conv::Int),
    ("deadline", "DEADLINE", Conv::Same),
    ("needsControl", "TASK_CONTROL", Conv::Flag),
    ("startPlan", "START_DATE_PLAN", Conv::Same),
    ("endPlan", "END_DATE_PLAN", Conv::Same),
    ("groupId", "GROUP_ID", Conv::Int),
    ("stageId", "STAGE_ID", Conv::Int),
    ("parentId", "PARENT_ID", Conv::Int),
    ("flowId", "FLOW_ID", Conv::Int),
    ("priority", "PRIORITY", Conv::Priority),
    ("status", "STATUS", Conv::Status),
    ("statusChanged", "STATUS_CHANGED_DATE", Conv::Same),
    ("accomplices", "ACCOMPLICES", Conv::Ids),
    ("auditors", "AUDITORS", Conv::Ids),
    ("changed", "CHANGED_DATE", Conv::Same),
    ("changedById", "CHANGED_BY", Conv::Int),
    ("statusChangedById", "STATUS_CHANGED_BY", Conv::Int),
    ("closedById", "CLOSED_BY", Conv::Int),
    ("closed", "CLOSED_DATE", Conv::Same),
    ("activity", "ACTIVITY_DATE", Conv::Same),
    ("guid", "GUID", Conv::Same),
    ("replicate", "REPLICATE", Conv::Flag),
    ("allowsChangeDeadline", "ALLOW_CHANGE_DEADLINE", Conv::Flag),
    ("allowsTimeTracking", "ALLOW_TIME_TRACKING", Conv::Flag),
    ("matchesWorkTime", "MATCH_WORK_TIME", Conv::Flag),
    ("addInReport", "ADD_IN_REPORT", Conv::Flag),
    ("isMultitask", "MULTITASK", Conv::Flag),
    ("estimatedTime", "TIME_ESTIMATE", Conv::Int),
    ("requireResult", "REQUIRE_RESULT", Conv::Flag),
    ("crmItemIds", "UF_CRM_TASK", Conv::Same),
];

/// The users a task links, by the field that holds their id (or ids).
const USER_LINKS: &[(&str, &str)] = &[
    ("creator", "creatorId"),
    ("responsible", "responsibleId"),
    ("changedBy", "changedById"),
    ("statusChangedBy", "statusChangedById"),
    ("closedBy", "closedById"),
    ("accomplices", "accomplices"),
    ("auditors", "auditors"),
];

/// The classic status numbers, in the order of the REST 3.0 names.
const STATUSES: [(&str, i64); 6] = [
    ("pending", 2),
    ("in_progress", 3),
    ("supposedly_completed", 4),
    ("completed", 5),
    ("deferred", 6),
    ("declined", 7),
];

const PRIORITIES: [(&str, &str); 3] = [("low", "0"), ("average", "1"), ("high", "2")];

/// How many tasks a page holds unless `limit` says otherwise, and at most.
const PAGE: i64 = 50;
const MAX_PAGE: i64 = 1000;

const VALIDATION: &str = "BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION";

/// A REST 3.0 refusal: the exception's code and the portal's message.
fn refusal(exception: &str, message: impl Into<String>) -> ApiError {
    ApiError {
        code: format!("BITRIX_REST_V3_EXCEPTION_{exception}"),
        description: message.into(),
        status: 400,
    }
}

/// A classic refusal (a param check, the portal's own checks of the
/// fields) as REST 3.0 reports it: a failed validation, with the message.
fn invalid(e: ApiError) -> ApiError {
    ApiError {
        code: VALIDATION.to_owned(),
        description: e.description,
        status: 400,
    }
}

/// Runs a REST 3.0 tasks method.
pub(crate) fn run(
    portal: &mut Portal,
    info: &'static MethodInfo,
    caller: &Caller,
    mut params: Map<String, Value>,
) -> Result<Done, ApiError> {
    // `select` takes dotted paths through the linked users, which the
    // method table's field list does not: it is checked here.
    let select = params.remove("select");
    let names = match &select {
        Some(Value::Array(names)) => Some(selected(
            names.iter().map(|n| n.as_str().unwrap_or_default()),
        )?),
        Some(other) => {
            return Err(refusal(
                "INVALIDSELECTEXCEPTION",
                format!("Unable to recognize the select parameter `{other}`"),
            ));
        }
        None => None,
    };
    params::check(info, &mut params).map_err(invalid)?;
    let users = &portal.users;
    let exists = |id: i64| users.contains_key(&id);
    let store = &mut portal.tasks;
    match info.name {
        "tasks.task.add" => {
            let request: task::Add = decode(params).map_err(invalid)?;
            let fields = classic(&request.fields)?;
            let creator = request.fields.creator_id;
            if !exists(creator) {
                return Err(refusal(
                    "VALIDATION_REQUESTVALIDATIONEXCEPTION",
                    "User specified in the \"Creator\" field not found",
                ));
            }
            let id = store.add(fields, creator, exists).map_err(invalid)?;
            let item = answer(store, users, id, &base_set())?;
            Ok(json!({ "item": item }).into())
        }
        "tasks.task.get" => {
            let request: task::Get = decode(params).map_err(invalid)?;
            let names = names.unwrap_or_else(base_set);
            let item = answer(store, users, request.id, &names)?;
            Ok(json!({ "item": item }).into())
        }
        "tasks.task.update" => {
            let request: task::Update = decode(params).map_err(invalid)?;
            if !store.tasks.contains_key(&request.id) {
                return Err(refusal("ACCESSDENIEDEXCEPTION", "Access denied"));
            }
            let fields = classic(&request.fields)?;
            store
                .update(info, request.id, fields, caller.user_id, exists)
                .map_err(invalid)?;
            Ok(json!({ "result": true }).into())
        }
        "tasks.task.delete" => {
            let request: task::Delete = decode(params).map_err(invalid)?;
            if store.tasks.remove(&request.id).is_none() {
                return Err(refusal("ACCESSDENIEDEXCEPTION", "Access denied"));
            }
            Ok(json!({ "result": true }).into())
        }
        "tasks.task.list" => {
            let request: task::List = decode(params).map_err(invalid)?;
            let names = names.unwrap_or_else(|| vec!["id".to_owned()]);
            list(store, users, &request, &names)
        }
        _ => Err(ApiError::not_emulated(info)),
    }
}

/// The fields of an add or update, by the classic names that keep them.
fn classic(fields: &impl serde::Serialize) -> Result<Map<String, Value>, ApiError> {
    let Ok(Value::Object(given)) = serde_json::to_value(fields) else {
        return Err(refusal(
            "VALIDATION_REQUESTVALIDATIONEXCEPTION",
            "Required field `fields` is missing",
        ));
    };
    let mut out = Map::new();
    for (name, value) in given {
        let Some(&(_, key, conv)) = FIELDS.iter().find(|(n, ..)| *n == name) else {
            return Err(refusal(
                "UNKNOWNDTOPROPERTYEXCEPTION",
                format!("Unknown field `{name}` for entity `TaskDto`"),
            ));
        };
        out.insert(key.to_owned(), to_classic(conv, value));
    }
    Ok(out)
}

fn to_classic(conv: Conv, value: Value) -> Value {
    match (conv, &value) {
        (Conv::Flag, Value::Bool(b)) => json!(if *b { "Y" } else { "N" }),
        (Conv::Priority, Value::String(p)) => PRIORITIES
            .iter()
            .find(|(name, _)| name == p)
            .map_or(value.clone(), |(_, n)| json!(n)),
        (Conv::Status, Value::String(s)) => STATUSES
            .iter()
            .find(|(name, _)| name == s)
            .map_or(value.clone(), |(_, n)| json!(n.to_string())),
        _ => value,
    }
}

fn to_v3(conv: Conv, value: &Value) -> Value {
    match conv {
        Conv::Same => value.clone(),
        Conv::Int => id_of(value).map_or(Value::Null, Value::from),
        Conv::Flag => json!(value.as_str() == Some("Y")),
        Conv::Priority => {
            let n = id_of(value).unwrap_or(1).to_string();
            PRIORITIES
                .iter()
                .find(|(_, k)| *k == n)
                .map_or(json!("average"), |(name, _)| json!(name))
        }
        Conv::Status => {
            let n = id_of(value).unwrap_or(2);
            STATUSES
                .iter()
                .find(|(_, k)| *k == n)
                .map_or(json!("pending"), |(name, _)| json!(name))
        }
        Conv::Ids => Value::Array(
            value
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(id_of)
                .map(Value::from)
                .collect(),
        ),
    }
}

/// A stored task by its REST 3.0 names, every plain field it has.
fn v3_form(task: &Map<String, Value>) -> Map<String, Value> {
    FIELDS
        .iter()
        .filter_map(|&(name, key, conv)| Some((name.to_owned(), to_v3(conv, task.get(key)?))))
        .collect()
}

/// What tasks.task.get answers when `select` names nothing: every plain
/// field, no linked user (the lists of them included).
fn base_set() -> Vec<String> {
    FIELDS
        .iter()
        .filter(|(.., conv)| *conv != Conv::Ids)
        .map(|(name, ..)| (*name).to_owned())
        .collect()
}

/// The names `select` gives, each a plain field, a linked user (its id),
/// or a linked user's field (`responsible.name`, `auditors.*`).
fn selected<'a>(names: impl Iterator<Item = &'a str>) -> Result<Vec<String>, ApiError> {
    let mut out = Vec::new();
    for name in names {
        let known = match name.split_once('.') {
            None => FIELDS.iter().any(|(n, ..)| *n == name) || link(name).is_some(),
            Some((l, field)) => {
                link(l).is_some() && matches!(field, "*" | "id" | "name" | "email" | "gender")
            }
        };
        if !known {
            return Err(refusal(
                "UNKNOWNDTOPROPERTYEXCEPTION",
                format!("Unknown field `{name}` for entity `TaskDto`"),
            ));
        }
        out.push(name.to_owned());
    }
    Ok(out)
}

/// The field that holds the id (or ids) of a linked user.
fn link(name: &str) -> Option<&'static str> {
    USER_LINKS
        .iter()
        .find(|(l, _)| *l == name)
        .map(|(_, holder)| *holder)
}

/// One task as answered: the selected plain fields, and the linked users
/// with their selected fields.
fn answer(
    store: &Tasks,
    users: &BTreeMap<i64, UserRec>,
    id: i64,
    names: &[String],
) -> Result<Value, ApiError> {
    let Some(task) = store.tasks.get(&id) else {
        return Err(refusal(
            "ENTITYNOTFOUNDEXCEPTION",
            format!("Record with ID = `{id}` not found"),
        ));
    };
    Ok(Value::Object(shape(&v3_form(task), users, names)))
}

fn shape(
    task: &Map<String, Value>,
    users: &BTreeMap<i64, UserRec>,
    names: &[String],
) -> Map<String, Value> {
    let mut out = Map::new();
    for name in names {
        // A linked user named alone comes with its id.
        let path = match name.split_once('.') {
            None if link(name).is_some() => Some((name.as_str(), "id")),
            None => None,
            some => some,
        };
        match path {
            None => {
                if let Some(value) = task.get(name) {
                    out.insert(name.clone(), value.clone());
                }
            }
            Some((link_name, field)) => {
                let Some(holder) = link(link_name) else {
                    continue;
                };
                let link = link_name;
                let pick = |before: Option<&Value>, id: i64| {
                    linked_user(before.and_then(Value::as_object), id, users.get(&id), field)
                };
                let linked = match task.get(holder) {
                    // A list of users: each keeps the fields asked for so far.
                    Some(Value::Array(ids)) => {
                        let before = out.get(link).and_then(Value::as_array);
                        Value::Array(
                            ids.iter()
                                .filter_map(Value::as_i64)
                                .enumerate()
                                .map(|(i, id)| pick(before.and_then(|b| b.get(i)), id))
                                .collect(),
                        )
                    }
                    Some(holder) => match holder.as_i64() {
                        Some(id) if id != 0 => pick(out.get(link), id),
                        _ => Value::Null,
                    },
                    None => Value::Null,
                };
                out.insert(link.to_owned(), linked);
            }
        }
    }
    out
}

/// A linked user with the fields asked for before (`before`) and the one
/// `field` names now (`*`: every field the emulator knows).
fn linked_user(
    before: Option<&Map<String, Value>>,
    id: i64,
    user: Option<&UserRec>,
    field: &str,
) -> Value {
    let mut out = before.cloned().unwrap_or_default();
    out.insert("id".into(), json!(id));
    for (key, value) in user.map(user_fields).into_iter().flatten() {
        if field == "*" || field == key {
            out.insert(key.into(), value);
        }
    }
    Value::Object(out)
}

/// The fields of a linked user the emulator knows.
fn user_fields(user: &UserRec) -> [(&'static str, Value); 3] {
    let name = format!("{} {}", user.first_name, user.last_name);
    [
        ("name", json!(name.trim())),
        ("email", json!(user.email)),
        ("gender", json!(user.gender)),
    ]
}

/// tasks.task.list: the tasks the conditions let through, sorted, one page.
fn list(
    store: &Tasks,
    users: &BTreeMap<i64, UserRec>,
    request: &task::List,
    names: &[String],
) -> Result<Done, ApiError> {
    let conditions = request
        .filter
        .as_ref()
        .map(Conditions::conditions)
        .unwrap_or_default();
    for condition in conditions {
        filterable(condition)?;
    }
    let keys = sort_keys(request.order.as_ref())?;
    let (offset, limit) = window(request.pagination.as_ref())?;
    let matching: Vec<Map<String, Value>> = store
        .tasks
        .values()
        .map(v3_form)
        .filter(|task| conditions.iter().all(|c| holds(task, c)))
        .collect();
    let mut sorted: Vec<&Map<String, Value>> = matching.iter().collect();
    let keys: Vec<(&str, bool)> = keys.iter().map(|(f, d)| (f.as_str(), *d)).collect();
    query::sort(&mut sorted, &keys, ("id", false));
    let items: Vec<Value> = sorted
        .into_iter()
        .skip(offset)
        .take(limit)
        .map(|task| Value::Object(shape(task, users, names)))
        .collect();
    Ok(json!({ "items": items }).into())
}

/// Only `id` may be filtered on (the page's rule), in conditions and in
/// the groups that hold them.
fn filterable(condition: &Value) -> Result<(), ApiError> {
    match condition {
        Value::Array(parts) => match parts.first().and_then(Value::as_str) {
            Some("id") => Ok(()),
            field => Err(refusal(
                "VALIDATION_REQUESTVALIDATIONEXCEPTION",
                format!(
                    "In DTO `TaskDto`, the `{}` field requires the `Filterable` attribute for such a request",
                    field.unwrap_or_default()
                ),
            )),
        },
        Value::Object(group) => group
            .get("conditions")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .try_for_each(filterable),
        _ => Ok(()),
    }
}

/// Whether a condition (`[field, op, value]`, `[field, value]`, or a group
/// `{"logic": "or"|"and", "conditions": [...]}`) holds for a task.
fn holds(task: &Map<String, Value>, condition: &Value) -> bool {
    match condition {
        Value::Array(parts) => {
            let field = parts.first().and_then(Value::as_str).unwrap_or_default();
            let have = task.get(field);
            let (operator, wanted) = match parts.as_slice() {
                [_, value] if value.is_array() => ("in", value),
                [_, value] => ("=", value),
                [_, op, value] => (op.as_str().unwrap_or_default(), value),
                _ => return false,
            };
            let cmp = |w: &Value| query::compare(have, Some(w));
            let list = || wanted.as_array().map(Vec::as_slice).unwrap_or_default();
            match operator {
                "=" => cmp(wanted) == Ordering::Equal,
                "!=" => cmp(wanted) != Ordering::Equal,
                ">" => have.is_some() && cmp(wanted) == Ordering::Greater,
                ">=" => have.is_some() && cmp(wanted) != Ordering::Less,
                "<" => have.is_some() && cmp(wanted) == Ordering::Less,
                "<=" => have.is_some() && cmp(wanted) != Ordering::Greater,
                "in" => list().iter().any(|w| cmp(w) == Ordering::Equal),
                "between" => match list() {
                    [from, to] => cmp(from) != Ordering::Less && cmp(to) != Ordering::Greater,
                    _ => false,
                },
                _ => false,
            }
        }
        Value::Object(group) => {
            let inner = group
                .get("conditions")
                .and_then(Value::as_array)
                .map(Vec::as_slice)
                .unwrap_or_default();
            if group.get("logic").and_then(Value::as_str) == Some("or") {
                inner.iter().any(|c| holds(task, c))
            } else {
                inner.iter().all(|c| holds(task, c))
            }
        }
        _ => false,
    }
}

/// The sort keys, each a plain field (`INVALIDORDEREXCEPTION` otherwise).
fn sort_keys(
    order: Option<&Order<bitrix24::tasks::TaskItem>>,
) -> Result<Vec<(String, bool)>, ApiError> {
    let keys: Vec<(String, bool)> = order
        .into_iter()
        .flat_map(Order::keys)
        .map(|(field, descending)| (field.to_owned(), descending))
        .collect();
    if let Some((field, _)) = keys
        .iter()
        .find(|(f, _)| !FIELDS.iter().any(|(n, ..)| n == f))
    {
        return Err(refusal(
            "INVALIDORDEREXCEPTION",
            format!("Unable to recognize sorting parameter `{field}`"),
        ));
    }
    Ok(keys)
}

/// Which tasks a page holds: how many to skip, and how many to give.
fn window(pagination: Option<&Pagination>) -> Result<(usize, usize), ApiError> {
    let p = pagination.copied().unwrap_or_default();
    let limit = p.limit.unwrap_or(PAGE);
    let bad = limit <= 0 || p.page.is_some_and(|n| n < 1) || p.offset.is_some_and(|n| n < 0);
    if bad {
        let given = serde_json::to_string(&p).unwrap_or_default();
        return Err(refusal(
            "INVALIDPAGINATIONEXCEPTION",
            format!("Unable to recognize the pagination parameter `{given}`"),
        ));
    }
    let limit = limit.min(MAX_PAGE);
    let offset = match (p.offset, p.page) {
        (Some(offset), _) => offset,
        (None, Some(page)) => (page - 1) * limit,
        (None, None) => 0,
    };
    Ok((
        usize::try_from(offset).unwrap_or(0),
        usize::try_from(limit).unwrap_or(0),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_convert_both_ways() {
        for (conv, v3, kept) in [
            (Conv::Flag, json!(true), json!("Y")),
            (Conv::Flag, json!(false), json!("N")),
            (Conv::Priority, json!("high"), json!("2")),
            (Conv::Priority, json!("low"), json!("0")),
            (Conv::Status, json!("completed"), json!("5")),
            (Conv::Status, json!("pending"), json!("2")),
        ] {
            assert_eq!(to_classic(conv, v3.clone()), kept);
            assert_eq!(to_v3(conv, &kept), v3);
        }
        assert_eq!(to_v3(Conv::Int, &json!("7")), json!(7));
        assert_eq!(to_v3(Conv::Ids, &json!(["1", 2])), json!([1, 2]));
    }

    #[test]
    fn conditions_and_groups() {
        let task: Map<String, Value> = json!({"id": 7}).as_object().cloned().unwrap();
        assert!(holds(&task, &json!(["id", 7])));
        assert!(holds(&task, &json!(["id", [1, 7]])));
        assert!(holds(&task, &json!(["id", "between", [5, 7]])));
        assert!(!holds(&task, &json!(["id", ">", 7])));
        assert!(holds(
            &task,
            &json!({"logic": "or", "conditions": [["id", 1], ["id", ">=", 7]]})
        ));
        assert!(!holds(
            &task,
            &json!({"logic": "and", "conditions": [["id", 7], ["id", "<", 7]]})
        ));
        assert!(filterable(&json!(["title", "x"])).is_err());
        assert!(
            filterable(&json!({"logic": "or", "conditions": [["id", 1], ["status", "x"]]}))
                .is_err()
        );
    }

    #[test]
    fn pagination_gives_offset_and_limit() {
        let p = |v: Value| serde_json::from_value::<Pagination>(v).unwrap();
        assert_eq!(window(None).unwrap(), (0, 50));
        assert_eq!(
            window(Some(&p(json!({"page": 3, "limit": 10})))).unwrap(),
            (20, 10)
        );
        assert_eq!(
            window(Some(&p(json!({"offset": 5, "limit": 5000})))).unwrap(),
            (5, 1000)
        );
        let e = window(Some(&p(json!({"limit": 0})))).unwrap_err();
        assert_eq!(
            e.code,
            "BITRIX_REST_V3_EXCEPTION_INVALIDPAGINATIONEXCEPTION"
        );
    }
}
