//! The company structure, as the department.* pages describe it: add,
//! get (exact-match filters, one sort field, pages of fifty), update,
//! delete and fields.
//!
//! The portal starts with one top department (id 1) that every seeded
//! employee belongs to and the administrator heads. Answers send ids as
//! strings, as the portal does.

use crate::methods::{Done, decode};
use crate::params;
use crate::query;
use crate::state::{Caller, Portal};
use crate::wire::ApiError;
use bitrix24::department::{self, DepartmentField, SortDirection};
use bitrix24::schema::MethodInfo;
use serde_json::{Map, Value, json};
use std::collections::BTreeMap;

/// The id of the top department.
pub(crate) const TOP: i64 = 1;

/// A department.
#[derive(Debug, Clone)]
pub(crate) struct DeptRec {
    pub id: i64,
    pub name: String,
    pub sort: i64,
    pub parent: Option<i64>,
    pub head: Option<i64>,
}

/// The departments of the portal.
#[derive(Debug)]
pub(crate) struct Departments {
    pub map: BTreeMap<i64, DeptRec>,
    next: i64,
}

impl Departments {
    /// The structure of a new portal: the top department alone.
    pub(crate) fn seeded() -> Departments {
        let top = DeptRec {
            id: TOP,
            name: "Company".into(),
            sort: 500,
            parent: None,
            head: Some(1),
        };
        Departments {
            map: BTreeMap::from([(TOP, top)]),
            next: TOP + 1,
        }
    }
}

/// The portal's answers name the department error by its message under
/// the one code `ERROR_CORE`.
fn core(description: &str) -> ApiError {
    ApiError {
        code: "ERROR_CORE".into(),
        description: description.into(),
        status: 400,
    }
}

const ACCESS_DENIED: &str = "Access denied";
const NOT_FOUND: &str = "Department not found";
const NO_NAME: &str = "Department name not provided.<br>";
const SECOND_TOP: &str = "There can only be one top-level department in the company structure";

/// Runs a department.* method.
pub(crate) fn run(
    portal: &mut Portal,
    info: &'static MethodInfo,
    caller: &Caller,
    mut params: Map<String, Value>,
) -> Result<Done, ApiError> {
    let admin = portal.users.get(&caller.user_id).is_some_and(|u| u.admin);
    match info.name {
        "department.add" => {
            if !admin {
                return Err(core(ACCESS_DENIED));
            }
            // The page's own errors, before the generic check of required
            // params would answer them as argument errors.
            if !params::php_truthy(params.get("NAME")) {
                return Err(core(NO_NAME));
            }
            if params.get("PARENT").is_none_or(Value::is_null) {
                return Err(core(SECOND_TOP));
            }
            params::check(info, &mut params)?;
            let request: department::Add = decode(params)?;
            let deps = &mut portal.departments;
            if !deps.map.contains_key(&request.parent) {
                return Err(core(SECOND_TOP));
            }
            let id = deps.next;
            deps.next += 1;
            deps.map.insert(
                id,
                DeptRec {
                    id,
                    name: request.name,
                    sort: request.sort_index.unwrap_or(500),
                    parent: Some(request.parent),
                    head: request.uf_head.filter(|h| *h > 0),
                },
            );
            Ok(json!(id).into())
        }
        "department.get" => {
            params::check(info, &mut params)?;
            let request: department::Get = decode(params)?;
            let mut items: Vec<Map<String, Value>> = portal
                .departments
                .map
                .values()
                .filter(|d| request.id.is_none_or(|v| d.id == v))
                .filter(|d| request.name.as_ref().is_none_or(|v| &d.name == v))
                .filter(|d| request.sort_index.is_none_or(|v| d.sort == v))
                .filter(|d| request.parent.is_none_or(|v| d.parent == Some(v)))
                .filter(|d| request.uf_head.is_none_or(|v| d.head == Some(v)))
                .map(wire_form)
                .collect();
            let field = request.sort_by.as_ref().map(|f| match f {
                DepartmentField::Name => "NAME",
                DepartmentField::Sort => "SORT",
                DepartmentField::Parent => "PARENT",
                DepartmentField::UfHead => "UF_HEAD",
                _ => "ID",
            });
            let descending = request.order == Some(SortDirection::Descending);
            query::sort_by(&mut items, field, descending);
            let items = items.into_iter().map(Value::Object).collect();
            Ok(query::page(items, request.start.unwrap_or(0)))
        }
        "department.update" => {
            params::check(info, &mut params)?;
            let request: department::Update = decode(params)?;
            if !admin {
                return Err(core(ACCESS_DENIED));
            }
            let deps = &mut portal.departments;
            if !deps.map.contains_key(&request.id) {
                return Err(core(NOT_FOUND));
            }
            if let Some(parent) = request.parent
                && (parent == request.id || !deps.map.contains_key(&parent))
            {
                return Err(core(SECOND_TOP));
            }
            let dept = deps
                .map
                .get_mut(&request.id)
                .ok_or_else(|| core(NOT_FOUND))?;
            if let Some(name) = request.name.filter(|n| !n.trim().is_empty()) {
                dept.name = name;
            }
            if let Some(sort) = request.sort_index {
                dept.sort = sort;
            }
            if let Some(parent) = request.parent {
                dept.parent = Some(parent);
            }
            if let Some(head) = request.uf_head {
                dept.head = (head > 0).then_some(head);
            }
            Ok(json!(true).into())
        }
        "department.delete" => {
            params::check(info, &mut params)?;
            let request: department::Delete = decode(params)?;
            if !admin {
                return Err(core(ACCESS_DENIED));
            }
            let gone = portal
                .departments
                .map
                .remove(&request.id)
                .ok_or_else(|| core(NOT_FOUND))?;
            // What was under it moves up a level; its members leave it.
            for dept in portal.departments.map.values_mut() {
                if dept.parent == Some(gone.id) {
                    dept.parent = gone.parent;
                }
            }
            for user in portal.users.values_mut() {
                user.departments.retain(|d| *d != gone.id);
            }
            Ok(json!(true).into())
        }
        "department.fields" => Ok(json!({
            "ID": "ID",
            "NAME": "Department name",
            "SORT": "Sort order",
            "PARENT": "Parent department",
            "UF_HEAD": "Head",
        })
        .into()),
        _ => Err(ApiError::not_emulated(info)),
    }
}

/// A department as the portal sends it: ids as strings, `PARENT` and
/// `UF_HEAD` only when set.
fn wire_form(d: &DeptRec) -> Map<String, Value> {
    let mut map = Map::new();
    map.insert("ID".into(), json!(d.id.to_string()));
    map.insert("NAME".into(), json!(d.name));
    map.insert("SORT".into(), json!(d.sort));
    if let Some(parent) = d.parent {
        map.insert("PARENT".into(), json!(parent.to_string()));
    }
    if let Some(head) = d.head {
        map.insert("UF_HEAD".into(), json!(head.to_string()));
    }
    map
}
