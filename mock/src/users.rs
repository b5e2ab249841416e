//! The portal's users, as the user.* pages describe them: user.get
//! (filter, one sort field, pages of fifty), user.search, user.current,
//! user.add (an invitation), user.update and user.fields.
//!
//! Users are the portal's own ([`crate::state::UserRec`]): the seeded
//! employees, those added by `Mock::add_user` and user.add, and the bots,
//! which the list methods leave out as the portal does. Answers send ids as
//! strings, as the portal does.

use crate::methods::{Done, decode};
use crate::params;
use crate::query;
use crate::state::{Caller, Portal, UserRec};
use crate::wire::{ApiError, ERROR_ARGUMENT};
use bitrix24::schema::MethodInfo;
use bitrix24::user::{self, SortDirection, UserSearch, UserType};
use serde_json::{Map, Value, json};

/// Runs a user.* method.
pub(crate) fn run(
    portal: &mut Portal,
    info: &'static MethodInfo,
    caller: &Caller,
    mut params: Map<String, Value>,
) -> Result<Done, ApiError> {
    params::check(info, &mut params)?;
    let admin = portal.users.get(&caller.user_id).is_some_and(|u| u.admin);
    match info.name {
        "user.current" => {
            let me = portal
                .users
                .get(&caller.user_id)
                .ok_or_else(|| ApiError::system("NO_AUTH_FOUND"))?;
            Ok(Value::Object(wire_form(me)).into())
        }
        "user.get" => {
            let request: user::Get = decode(params)?;
            let filter = request.filter.unwrap_or_default();
            let listed = listed(portal, |item| {
                filter.conditions().all(|(k, v)| query::holds(item, k, v))
            });
            let select: Vec<&str> = request.select.iter().flat_map(|s| s.names()).collect();
            Ok(sorted_page(
                listed,
                request.sort.as_deref(),
                request.order.as_ref(),
                &select,
                request.start,
            ))
        }
        "user.search" => {
            let request: user::Search = decode(params)?;
            let terms = request.filter.unwrap_or_default();
            let listed = listed(portal, |item| found(item, &terms));
            let select: Vec<&str> = request.select.iter().flat_map(|s| s.names()).collect();
            Ok(sorted_page(
                listed,
                request.sort.as_deref(),
                request.order.as_ref(),
                &select,
                request.start,
            ))
        }
        "user.add" => {
            if !admin {
                return Err(ApiError::of(Some(info), "ERROR_CORE"));
            }
            let email = params
                .get("EMAIL")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .trim()
                .to_owned();
            if !plausible_email(&email) {
                return Err(argument("wrong_email"));
            }
            if portal
                .users
                .values()
                .any(|u| u.email.eq_ignore_ascii_case(&email))
            {
                return Err(argument("A user with this email already exists"));
            }
            // Without a department the invitation is for the extranet,
            // which needs a group this emulator does not have.
            let departments = params.get("UF_DEPARTMENT").and_then(Value::as_array);
            if departments.is_none_or(|d| d.is_empty()) {
                return Err(argument("no_extranet_field"));
            }
            let id = portal.next_user_id();
            let mut rec = UserRec::new(id, "", "");
            rec.email = email;
            apply(&mut rec, params);
            portal.users.insert(id, rec);
            Ok(json!(id).into())
        }
        "user.update" => {
            let id = params.get("ID").and_then(Value::as_i64).unwrap_or(0);
            // The page answers a wrong id and a caller without the right
            // alike.
            let denied = || ApiError::of(Some(info), "ERROR_CORE");
            if !admin {
                return Err(denied());
            }
            let rec = portal.users.get_mut(&id).filter(|u| !u.bot);
            let rec = rec.ok_or_else(denied)?;
            apply(rec, params);
            Ok(json!(true).into())
        }
        "user.fields" => Ok(Value::Object(
            user::USER_TY
                .fields
                .iter()
                .map(|f| (f.name.to_owned(), json!(title(f.name))))
                .collect(),
        )
        .into()),
        _ => Err(ApiError::not_emulated(info)),
    }
}

fn argument(description: &str) -> ApiError {
    ApiError {
        code: ERROR_ARGUMENT.into(),
        description: description.into(),
        status: 400,
    }
}

/// Something, `@`, something with a dot.
fn plausible_email(email: &str) -> bool {
    match email.split_once('@') {
        Some((name, host)) => {
            !name.is_empty()
                && host.contains('.')
                && !host.starts_with('.')
                && !host.ends_with('.')
                && !email.contains(char::is_whitespace)
        }
        None => false,
    }
}

/// Sets the fields of a user.add or user.update on a user: the ones the
/// emulator keeps apart, and every other one as given.
fn apply(rec: &mut UserRec, params: Map<String, Value>) {
    for (key, value) in params {
        let text = || query::text(&value);
        match key.as_str() {
            "ID" => {}
            "NAME" => rec.first_name = text(),
            "LAST_NAME" => rec.last_name = text(),
            "WORK_POSITION" => rec.work_position = text(),
            "PERSONAL_GENDER" => rec.gender = text(),
            "EMAIL" => rec.email = text(),
            "ACTIVE" => rec.active = text() != "N",
            "UF_DEPARTMENT" => {
                rec.departments = value
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_i64)
                    .collect();
            }
            // Files are kept as a link to where the portal would serve
            // them.
            "PERSONAL_PHOTO" | "WORK_LOGO" => {
                let name = value.get(0).and_then(Value::as_str).unwrap_or("file");
                let link = format!("/upload/main/{}/{name}", rec.id);
                rec.profile.insert(key, json!(link));
            }
            _ => {
                rec.profile.insert(key, value);
            }
        }
    }
}

/// The users the list methods show (bots never), in wire form, that meet
/// `keep`, which also sees `UF_DEPARTMENT_NAME` (the names of the user's
/// departments, for user.search).
fn listed(portal: &Portal, keep: impl Fn(&Map<String, Value>) -> bool) -> Vec<Map<String, Value>> {
    portal
        .users
        .values()
        .filter(|u| !u.bot)
        .filter_map(|u| {
            let mut item = wire_form(u);
            let names = u
                .departments
                .iter()
                .filter_map(|d| portal.departments.map.get(d))
                .map(|d| json!(d.name))
                .collect();
            item.insert(DEPARTMENT_NAME.into(), Value::Array(names));
            let kept = keep(&item);
            item.remove(DEPARTMENT_NAME);
            kept.then_some(item)
        })
        .collect()
}

/// The search field of user.search that names a user's departments.
const DEPARTMENT_NAME: &str = "UF_DEPARTMENT_NAME";

fn sorted_page(
    mut items: Vec<Map<String, Value>>,
    sort: Option<&str>,
    order: Option<&SortDirection>,
    select: &[&str],
    start: Option<i64>,
) -> Done {
    let descending = order == Some(&SortDirection::Descending);
    query::sort_by(&mut items, sort, descending);
    let items = items
        .into_iter()
        .map(|item| Value::Object(query::select(item, select)))
        .collect();
    query::page(items, start.unwrap_or(0))
}

/// Whether a user meets the terms of user.search: each given term starts
/// a word of its field (case aside); `FIND` may start a word of any of
/// them.
fn found(item: &Map<String, Value>, terms: &UserSearch) -> bool {
    let starts_a_word = |field: &str, term: &str| {
        let term = term.trim().to_lowercase();
        item.get(field).is_some_and(|v| {
            let values = match v {
                Value::Array(items) => items.iter().map(query::text).collect(),
                one => vec![query::text(one)],
            };
            values.iter().any(|value| {
                value
                    .to_lowercase()
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|word| word.starts_with(&term))
            })
        })
    };
    let fields = [
        ("NAME", &terms.name),
        ("LAST_NAME", &terms.last_name),
        ("WORK_POSITION", &terms.work_position),
        (DEPARTMENT_NAME, &terms.uf_department_name),
    ];
    let each = fields
        .iter()
        .all(|(field, term)| term.as_ref().is_none_or(|t| starts_a_word(field, t)));
    let kind = terms
        .user_type
        .as_ref()
        .is_none_or(|t| item.get("USER_TYPE").and_then(Value::as_str) == Some(t.as_str()));
    let find = terms
        .find
        .as_ref()
        .is_none_or(|t| fields.iter().any(|(field, _)| starts_a_word(field, t)));
    each && kind && find
}

/// A user as user.get returns it: the id as a string, the standard
/// fields, then every other profile field set.
fn wire_form(u: &UserRec) -> Map<String, Value> {
    let mut map: Map<String, Value> = [
        ("ID", json!(u.id.to_string())),
        ("ACTIVE", json!(u.active)),
        ("NAME", json!(u.first_name)),
        ("LAST_NAME", json!(u.last_name)),
        ("SECOND_NAME", json!("")),
        ("EMAIL", json!(u.email)),
        ("LAST_LOGIN", json!(u.registered)),
        ("DATE_REGISTER", json!(u.registered)),
        ("TIME_ZONE", json!("")),
        ("IS_ONLINE", json!("N")),
        ("PERSONAL_GENDER", json!(u.gender)),
        ("PERSONAL_BIRTHDAY", json!("")),
        ("WORK_POSITION", json!(u.work_position)),
        ("UF_EMPLOYMENT_DATE", json!("")),
        ("UF_DEPARTMENT", json!(u.departments)),
        ("USER_TYPE", json!(UserType::Employee.as_str())),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    for (key, value) in &u.profile {
        map.insert(key.clone(), value.clone());
    }
    map
}

/// `PERSONAL_CITY` → `Personal city`, `UF_PHONE_INNER` → `Phone inner`:
/// the title user.fields gives a field.
fn title(wire: &str) -> String {
    let words = wire.strip_prefix("UF_").unwrap_or(wire).replace('_', " ");
    let lower = words.to_lowercase();
    let mut chars = lower.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_that_pass() {
        assert!(plausible_email("anna@example.com"));
        assert!(!plausible_email("anna@example"));
        assert!(!plausible_email("@example.com"));
        assert!(!plausible_email("anna example@x.com"));
        assert!(!plausible_email(""));
    }

    #[test]
    fn titles_of_fields() {
        assert_eq!(title("PERSONAL_CITY"), "Personal city");
        assert_eq!(title("UF_PHONE_INNER"), "Phone inner");
        assert_eq!(title("ID"), "Id");
    }
}
