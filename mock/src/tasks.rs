//! The tasks, as the tasks.task.* pages describe them: add, get, update,
//! delete, getFields, and list with `filter`, `order`, `select` and pages
//! of fifty.
//!
//! A task is kept as its fields by their request names (`RESPONSIBLE_ID`),
//! with typed JSON values. Answers name the fields in lowerCamel
//! (`responsibleId`) and send numbers as strings, as the portal does.
//!
//! The page permission of these methods is `task`, while their
//! `MethodInfo.scope` (the first segment) is `tasks`: [`permission`] says
//! which scope a caller needs.

pub(crate) mod v3;

use crate::methods::{Done, decode};
use crate::params;
use crate::query;
use crate::state::{Caller, Portal};
use crate::wire::{ApiError, iso8601, unix_now};
use bitrix24::schema::{MethodInfo, TyInfo};
use bitrix24::{Filter, Order, Select, tasks};
use serde_json::{Map, Value, json};
use std::collections::BTreeMap;

/// How many tasks a page of tasks.task.list holds, whatever the caller asks.
pub(crate) const PAGE: usize = 50;

/// The fields tasks.task.list sorts by (its page's list); any other `order`
/// key is the page's error `0`.
const SORTABLE: &[&str] = &[
    "ID",
    "TITLE",
    "TIME_SPENT_IN_LOGS",
    "DATE_START",
    "CREATED_DATE",
    "CHANGED_DATE",
    "CLOSED_DATE",
    "ACTIVITY_DATE",
    "START_DATE_PLAN",
    "END_DATE_PLAN",
    "DEADLINE",
    "REAL_STATUS",
    "STATUS_COMPLETE",
    "PRIORITY",
    "MARK",
    "CREATED_BY_LAST_NAME",
    "RESPONSIBLE_LAST_NAME",
    "GROUP_ID",
    "TIME_ESTIMATE",
    "ALLOW_CHANGE_DEADLINE",
    "ALLOW_TIME_TRACKING",
    "MATCH_WORK_TIME",
    "FAVORITE",
    "SORTING",
    "IS_PINNED",
    "IS_PINNED_IN_GROUP",
];

/// The tasks of the portal.
#[derive(Debug, Default)]
pub(crate) struct Tasks {
    tasks: BTreeMap<i64, Map<String, Value>>,
    next_id: i64,
}

/// Runs a tasks.* method.
pub(crate) fn run(
    portal: &mut Portal,
    info: &'static MethodInfo,
    caller: &Caller,
    mut params: Map<String, Value>,
) -> Result<Done, ApiError> {
    // The pages' own errors for a missing or malformed id and an empty
    // `fields`, before the generic check of the params' types.
    match info.name {
        "tasks.task.get" | "tasks.task.update" | "tasks.task.delete" => {
            task_id_given(info, &params)?;
        }
        _ => {}
    }
    match info.name {
        "tasks.task.add" | "tasks.task.update" => fields_given(&params)?,
        "tasks.task.list" => sortable(info, &params)?,
        _ => {}
    }
    params::check(info, &mut params)?;
    let users = &portal.users;
    let store = &mut portal.tasks;
    match info.name {
        "tasks.task.add" => {
            let request: tasks::task::Add = decode(params)?;
            let fields = fields_of(&request.fields)?;
            let id = store.add(fields, caller.user_id, |id| users.contains_key(&id))?;
            Ok(json!({ "task": wire_form(store.task(info, id)?, None) }).into())
        }
        "tasks.task.get" => {
            let request: tasks::task::Get = decode(params)?;
            let id = request.task_id.unwrap_or_default();
            let names: Vec<&str> = request.select.iter().flat_map(Select::names).collect();
            let task = store.task(info, id)?;
            Ok(json!({ "task": wire_form(task, Some(&names)) }).into())
        }
        "tasks.task.update" => {
            let request: tasks::task::Update = decode(params)?;
            let fields = fields_of(&request.fields)?;
            store.update(info, request.task_id, fields, caller.user_id, |id| {
                users.contains_key(&id)
            })?;
            let task = store.task(info, request.task_id)?;
            Ok(json!({ "task": wire_form(task, None) }).into())
        }
        "tasks.task.delete" => {
            let request: tasks::task::Delete = decode(params)?;
            store.task(info, request.task_id)?;
            store.tasks.remove(&request.task_id);
            Ok(json!({ "task": true }).into())
        }
        "tasks.task.list" => {
            let request: tasks::task::List = decode(params)?;
            Ok(store.list(
                request.filter.unwrap_or_default(),
                request.order.unwrap_or_default(),
                request.select.unwrap_or_default(),
                request.start.unwrap_or(0),
            ))
        }
        "tasks.task.getFields" => Ok(json!({ "fields": task_fields() }).into()),
        _ => Err(ApiError::not_emulated(info)),
    }
}

/// An error of the task pages' own: its code, the portal's message.
fn refusal(code: &str, message: &str) -> ApiError {
    ApiError {
        code: code.to_owned(),
        description: message.to_owned(),
        status: 400,
    }
}

/// `taskId` is there (`100`) and a number (`0`).
fn task_id_given(info: &MethodInfo, params: &Map<String, Value>) -> Result<(), ApiError> {
    let numeric = match params.get("taskId") {
        None | Some(Value::Null) => return Err(ApiError::of(Some(info), "100")),
        Some(Value::Number(n)) => n.is_i64(),
        Some(Value::String(s)) => s.trim().parse::<i64>().is_ok(),
        Some(_) => false,
    };
    if numeric {
        Ok(())
    } else {
        Err(ApiError::of(Some(info), "0"))
    }
}

/// `fields` is there and holds something (`100`).
fn fields_given(params: &Map<String, Value>) -> Result<(), ApiError> {
    let empty = match params.get("fields") {
        None | Some(Value::Null) => true,
        Some(Value::Object(map)) => map.is_empty(),
        Some(Value::Array(items)) => items.is_empty(),
        Some(Value::String(s)) => s.is_empty(),
        Some(_) => false,
    };
    if empty {
        Err(refusal(
            "100",
            "Could not find value for parameter {fields} (internal error)",
        ))
    } else {
        Ok(())
    }
}

/// Every `order` key is one the page lists as sortable (`0`).
fn sortable(info: &MethodInfo, params: &Map<String, Value>) -> Result<(), ApiError> {
    let Some(Value::Object(order)) = params.get("order") else {
        return Ok(());
    };
    let refused = order
        .keys()
        .any(|key| !SORTABLE.contains(&key.to_ascii_uppercase().as_str()));
    if refused {
        return Err(ApiError::of(Some(info), "0"));
    }
    Ok(())
}

/// The fields of an add or update as a map of request names (user fields
/// included, from the type's `extra`).
fn fields_of(fields: &tasks::Task) -> Result<Map<String, Value>, ApiError> {
    match serde_json::to_value(fields) {
        Ok(Value::Object(map)) => Ok(map),
        _ => Err(ApiError::argument("Parameter 'fields' must be an object")),
    }
}

/// `ERROR_CORE` with the message the page gives for the case.
fn core(message: &str) -> ApiError {
    refusal("ERROR_CORE", message)
}

/// Checks the fields the portal checks on add and update: the assignee
/// exists, the status is one of the five, the parent task exists.
fn check_fields(
    fields: &Map<String, Value>,
    tasks: &BTreeMap<i64, Map<String, Value>>,
    user_exists: impl Fn(i64) -> bool,
) -> Result<(), ApiError> {
    if let Some(responsible) = fields.get("RESPONSIBLE_ID").and_then(id_of)
        && !user_exists(responsible)
    {
        return Err(core(
            "User specified in the \"Responsible\" field not found",
        ));
    }
    if let Some(status) = fields.get("STATUS").filter(|v| !v.is_null()) {
        let known = id_of(status).is_some_and(|s| (2..=6).contains(&s));
        if !known {
            return Err(core("Incorrect status"));
        }
    }
    if let Some(parent) = fields.get("PARENT_ID").and_then(id_of)
        && parent != 0
        && !tasks.contains_key(&parent)
    {
        return Err(core(
            "Task specified in the \"Parent Task\" field not found",
        ));
    }
    Ok(())
}

/// A whole number sent as a number or as a string of one.
fn id_of(value: &Value) -> Option<i64> {
    match value {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// Fields only the portal sets.
const PORTAL_SET: &[&str] = &["ID", "CREATED_BY", "CREATED_DATE", "CHANGED_DATE"];

impl Tasks {
    /// The task with this id; a task that does not exist (or that the
    /// caller could not see: the portal does not tell them apart) is the
    /// page's refusal of the action.
    fn task(&self, info: &MethodInfo, id: i64) -> Result<&Map<String, Value>, ApiError> {
        self.tasks.get(&id).ok_or_else(|| match info.name {
            "tasks.task.delete" => ApiError::of(Some(info), "1048582"),
            "tasks.task.update" => {
                refusal("0", "Action on the task is not allowed (internal error)")
            }
            _ => refusal("0", "Access denied. (internal error)"),
        })
    }

    /// Creates a task with the portal's defaults for what is not given.
    fn add(
        &mut self,
        fields: Map<String, Value>,
        user: i64,
        user_exists: impl Fn(i64) -> bool,
    ) -> Result<i64, ApiError> {
        let title_given = fields
            .get("TITLE")
            .and_then(Value::as_str)
            .is_some_and(|t| !t.trim().is_empty());
        if !title_given {
            return Err(core("Task title not specified"));
        }
        if fields.get("RESPONSIBLE_ID").and_then(id_of).is_none() {
            return Err(core("Responsible person not specified"));
        }
        check_fields(&fields, &self.tasks, user_exists)?;
        self.next_id += 1;
        let id = self.next_id;
        let now = iso8601(unix_now());
        let mut task: Map<String, Value> = [
            ("ID", json!(id)),
            ("PARENT_ID", Value::Null),
            ("DESCRIPTION", json!("")),
            ("MARK", Value::Null),
            ("PRIORITY", json!("1")),
            ("MULTITASK", json!("N")),
            ("NOT_VIEWED", json!("N")),
            ("REPLICATE", json!("N")),
            ("STAGE_ID", json!(0)),
            ("CREATED_BY", json!(user)),
            ("CREATED_DATE", json!(now)),
            ("CHANGED_BY", json!(user)),
            ("CHANGED_DATE", json!(now)),
            ("STATUS_CHANGED_BY", json!(user)),
            ("STATUS_CHANGED_DATE", json!(now)),
            ("CLOSED_BY", json!(0)),
            ("CLOSED_DATE", Value::Null),
            ("ACTIVITY_DATE", json!(now)),
            ("DATE_START", Value::Null),
            ("DEADLINE", Value::Null),
            (
                "GUID",
                json!(format!("{{00000000-0000-4000-8000-{id:012}}}")),
            ),
            ("ALLOW_CHANGE_DEADLINE", json!("N")),
            ("ALLOW_TIME_TRACKING", json!("N")),
            ("TASK_CONTROL", json!("N")),
            ("ADD_IN_REPORT", json!("N")),
            ("MATCH_WORK_TIME", json!("N")),
            ("SUBORDINATE", json!("N")),
            ("FAVORITE", json!("N")),
            ("IS_MUTED", json!("N")),
            ("IS_PINNED", json!("N")),
            ("IS_PINNED_IN_GROUP", json!("N")),
            ("STATUS", json!("2")),
            ("GROUP_ID", json!(0)),
            ("TIME_ESTIMATE", json!(0)),
            ("TIME_SPENT_IN_LOGS", json!(0)),
            ("COMMENTS_COUNT", json!(0)),
            ("AUDITORS", json!([])),
            ("ACCOMPLICES", json!([])),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect();
        for (key, value) in fields {
            if !PORTAL_SET.contains(&key.as_str()) {
                task.insert(key, value);
            }
        }
        self.tasks.insert(id, task);
        Ok(id)
    }

    fn update(
        &mut self,
        info: &MethodInfo,
        id: i64,
        fields: Map<String, Value>,
        user: i64,
        user_exists: impl Fn(i64) -> bool,
    ) -> Result<(), ApiError> {
        self.task(info, id)?;
        if fields.get("PARENT_ID").and_then(id_of) == Some(id) {
            return Err(core("Cannot bind the node to itself"));
        }
        check_fields(&fields, &self.tasks, user_exists)?;
        let task = self
            .tasks
            .get_mut(&id)
            .ok_or_else(|| ApiError::of(Some(info), "0"))?;
        let now = iso8601(unix_now());
        let status_before = task.get("STATUS").and_then(id_of);
        for (key, value) in fields {
            if !PORTAL_SET.contains(&key.as_str()) {
                task.insert(key, value);
            }
        }
        let status_after = task.get("STATUS").and_then(id_of);
        if status_after != status_before {
            task.insert("STATUS_CHANGED_BY".into(), json!(user));
            task.insert("STATUS_CHANGED_DATE".into(), json!(now));
            let closed = status_after == Some(5);
            task.insert("CLOSED_BY".into(), json!(if closed { user } else { 0 }));
            task.insert(
                "CLOSED_DATE".into(),
                if closed { json!(now) } else { Value::Null },
            );
        }
        task.insert("CHANGED_BY".into(), json!(user));
        task.insert("CHANGED_DATE".into(), json!(now));
        Ok(())
    }

    /// A page of the tasks that match, sorted (by `ID` descending when no
    /// order is given, as the page says), with the selected fields.
    fn list(
        &self,
        filter: Filter<tasks::Task>,
        order: Order<tasks::Task>,
        select: Select<tasks::Task>,
        start: i64,
    ) -> Done {
        let mut matching: Vec<&Map<String, Value>> = self
            .tasks
            .values()
            .filter(|task| {
                filter
                    .conditions()
                    .all(|(key, value)| query::holds(task, key, value))
            })
            .collect();
        let keys: Vec<(&str, bool)> = order.keys().collect();
        query::sort(&mut matching, &keys, ("ID", keys.is_empty()));
        let names: Vec<&str> = select.names().collect();
        let total = matching.len();
        let start = usize::try_from(start.max(0)).unwrap_or(0);
        let page: Vec<Value> = matching
            .iter()
            .skip(start)
            .take(PAGE)
            .map(|task| wire_form(task, Some(&names)))
            .collect();
        let end = start + page.len();
        Done {
            result: json!({ "tasks": page }),
            total: Some(total as i64),
            next: (end < total).then_some(end as i64),
        }
    }
}

/// `RESPONSIBLE_ID` → `responsibleId`, `UF_CRM_TASK` → `ufCrmTask`.
fn lower_camel(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for (i, word) in name.split('_').filter(|w| !w.is_empty()).enumerate() {
        let word = word.to_ascii_lowercase();
        if i == 0 {
            out.push_str(&word);
        } else {
            let mut chars = word.chars();
            if let Some(first) = chars.next() {
                out.push(first.to_ascii_uppercase());
                out.extend(chars);
            }
        }
    }
    out
}

/// A number as the portal sends it: as a string.
fn stringly(value: &Value) -> Value {
    match value {
        Value::Number(n) => Value::String(n.to_string()),
        Value::Array(items) => Value::Array(items.iter().map(stringly).collect()),
        other => other.clone(),
    }
}

/// A task as the portal sends it: lowerCamel names, numbers as strings,
/// only the selected fields (none named: all; `*` all standard ones,
/// `UF_*` all user fields; the id always).
fn wire_form(task: &Map<String, Value>, select: Option<&[&str]>) -> Value {
    let wanted = |key: &str| match select {
        None | Some([]) => true,
        Some(names) => {
            key == "ID"
                || names.contains(&key)
                || (names.contains(&"*") && !key.starts_with("UF_"))
                || (names.contains(&"UF_*") && key.starts_with("UF_"))
        }
    };
    Value::Object(
        task.iter()
            .filter(|(key, _)| wanted(key))
            .map(|(key, value)| (lower_camel(key), stringly(value)))
            .collect(),
    )
}

/// tasks.task.getFields: every field of `Task` in the method table, as the
/// page's example describes fields (`title`, `type`, `values` of an enum).
fn task_fields() -> Value {
    Value::Object(
        tasks::TASK_TY
            .fields
            .iter()
            .map(|f| {
                let mut description = json!({ "title": f.name });
                let ty = match f.ty.base() {
                    TyInfo::Integer => "integer",
                    TyInfo::Double => "double",
                    TyInfo::Boolean => "boolean",
                    TyInfo::List(_) => "array",
                    TyInfo::Enum(e) => {
                        let values: Map<String, Value> = e
                            .values
                            .iter()
                            .map(|v| ((*v).to_owned(), json!(v)))
                            .collect();
                        description["values"] = Value::Object(values);
                        "enum"
                    }
                    _ => "string",
                };
                description["type"] = json!(ty);
                if f.name == "ID" {
                    description["primary"] = json!(true);
                }
                if matches!(f.name, "TITLE" | "RESPONSIBLE_ID") {
                    description["required"] = json!(true);
                }
                (f.name.to_owned(), description)
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_names_become_the_response_names() {
        assert_eq!(lower_camel("RESPONSIBLE_ID"), "responsibleId");
        assert_eq!(lower_camel("UF_CRM_TASK"), "ufCrmTask");
        assert_eq!(lower_camel("ID"), "id");
        assert_eq!(lower_camel("IS_PINNED_IN_GROUP"), "isPinnedInGroup");
    }

    #[test]
    fn the_answer_sends_numbers_as_strings_and_only_what_is_selected() {
        let task: Map<String, Value> =
            json!({"ID": 7, "TITLE": "x", "AUDITORS": [1, 2], "UF_X": 1})
                .as_object()
                .cloned()
                .unwrap();
        assert_eq!(
            wire_form(&task, Some(&["TITLE"])),
            json!({"id": "7", "title": "x"})
        );
        assert_eq!(
            wire_form(&task, Some(&["*"])),
            json!({"id": "7", "title": "x", "auditors": ["1", "2"]})
        );
        assert_eq!(
            wire_form(&task, Some(&["UF_*"])),
            json!({"id": "7", "ufX": "1"})
        );
    }
}
