//! The CRM deals, as the crm.deal.* pages describe them: add, get, update,
//! delete, fields, and list with `filter`, `order`, `select` and pages of
//! fifty.
//!
//! A deal is kept as its fields by wire name, with typed JSON values
//! (numbers as numbers). The answers send ids and amounts as the portal
//! does, as strings, so that clients read them the way they must read a
//! real portal's.

use crate::methods::{Done, decode};
use crate::params;
use crate::state::{Caller, Portal};
use crate::wire::{ApiError, iso8601, unix_now};
use bitrix24::schema::{MethodInfo, TyInfo};
use bitrix24::{
    Date, DateTime, Filter, Order, Select, crm, filter_operator_takes_list, split_filter_key,
};
use serde_json::{Map, Value, json};
use std::cmp::Ordering;
use std::collections::BTreeMap;

/// How many items a page of a CRM list holds, whatever the caller asks.
pub(crate) const PAGE: usize = 50;

/// The CRM objects of the portal.
#[derive(Debug, Default)]
pub(crate) struct Crm {
    deals: BTreeMap<i64, Map<String, Value>>,
    next_deal: i64,
}

/// Runs a crm.* method.
pub(crate) fn run(
    portal: &mut Portal,
    info: &'static MethodInfo,
    caller: &Caller,
    mut params: Map<String, Value>,
) -> Result<Done, ApiError> {
    params::check(info, &mut params)?;
    let crm = &mut portal.crm;
    match info.name {
        "crm.deal.add" => {
            let request: crm::deal::Add = decode(params)?;
            let fields = fields_of(request.fields.as_ref().map(serde_json::to_value));
            Ok(json!(crm.add_deal(fields?, caller.user_id)).into())
        }
        "crm.deal.get" => {
            let request: crm::deal::Get = decode(params)?;
            let deal = crm.deal(request.id)?;
            Ok(wire_form(deal, None).into())
        }
        "crm.deal.update" => {
            let request: crm::deal::Update = decode(params)?;
            let fields = fields_of(request.fields.as_ref().map(serde_json::to_value))?;
            crm.update_deal(request.id, fields, caller.user_id)?;
            Ok(json!(true).into())
        }
        "crm.deal.delete" => {
            let request: crm::deal::Delete = decode(params)?;
            crm.deal(request.id)?;
            crm.deals.remove(&request.id);
            Ok(json!(true).into())
        }
        "crm.deal.list" => {
            let request: crm::deal::List = decode(params)?;
            Ok(crm.list_deals(
                request.filter.unwrap_or_default(),
                request.order.unwrap_or_default(),
                request.select.unwrap_or_default(),
                request.start.unwrap_or(0),
            ))
        }
        "crm.deal.fields" => Ok(deal_fields().into()),
        _ => Err(ApiError {
            description: format!("{} is in the schema but not emulated yet", info.name),
            ..ApiError::method_not_found()
        }),
    }
}

/// The page's answer for a deal id that is not one: an empty code and
/// the message the page documents.
fn not_found() -> ApiError {
    ApiError {
        code: String::new(),
        description: "Not found".into(),
        status: 400,
    }
}

/// The fields of an add or update, as a map of wire names (user fields
/// included, from the type's `extra`).
fn fields_of(
    fields: Option<Result<Value, serde_json::Error>>,
) -> Result<Map<String, Value>, ApiError> {
    match fields {
        None => Ok(Map::new()),
        Some(Ok(Value::Object(map))) => Ok(map),
        Some(_) => Err(ApiError::argument("Parameter 'fields' must be array")),
    }
}

impl Crm {
    fn deal(&self, id: i64) -> Result<&Map<String, Value>, ApiError> {
        if id <= 0 {
            return Err(ApiError {
                description: "ID is not defined or invalid".into(),
                ..not_found()
            });
        }
        self.deals.get(&id).ok_or_else(not_found)
    }

    /// Creates a deal with the portal's defaults for what is not given.
    pub(crate) fn add_deal(&mut self, fields: Map<String, Value>, user: i64) -> i64 {
        self.next_deal += 1;
        let id = self.next_deal;
        let now = iso8601(unix_now());
        let mut deal: Map<String, Value> = [
            ("ID", json!(id)),
            ("TITLE", json!(format!("Deal #{id}"))),
            ("CATEGORY_ID", json!(0)),
            ("STAGE_ID", json!("NEW")),
            ("STAGE_SEMANTIC_ID", json!("P")),
            ("IS_NEW", json!("Y")),
            ("CURRENCY_ID", json!("USD")),
            ("OPPORTUNITY", json!(0.0)),
            ("IS_MANUAL_OPPORTUNITY", json!("N")),
            ("PROBABILITY", Value::Null),
            ("OPENED", json!("Y")),
            ("CLOSED", json!("N")),
            ("ASSIGNED_BY_ID", json!(user)),
            ("CREATED_BY_ID", json!(user)),
            ("MODIFY_BY_ID", json!(user)),
            ("DATE_CREATE", json!(now)),
            ("DATE_MODIFY", json!(now)),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect();
        for (key, value) in fields {
            // Set only by the portal.
            if !matches!(key.as_str(), "ID" | "DATE_CREATE" | "CREATED_BY_ID") {
                deal.insert(key, value);
            }
        }
        self.deals.insert(id, deal);
        id
    }

    fn update_deal(
        &mut self,
        id: i64,
        fields: Map<String, Value>,
        user: i64,
    ) -> Result<(), ApiError> {
        self.deal(id)?;
        let deal = self.deals.get_mut(&id).ok_or_else(not_found)?;
        for (key, value) in fields {
            if !matches!(
                key.as_str(),
                "ID" | "DATE_CREATE" | "CREATED_BY_ID" | "CATEGORY_ID"
            ) {
                deal.insert(key, value);
            }
        }
        deal.insert("MODIFY_BY_ID".into(), json!(user));
        deal.insert("DATE_MODIFY".into(), json!(iso8601(unix_now())));
        Ok(())
    }

    /// A page of the deals that match, sorted, with the selected fields.
    fn list_deals(
        &self,
        filter: Filter<crm::Deal>,
        order: Order<crm::Deal>,
        select: Select<crm::Deal>,
        start: i64,
    ) -> Done {
        let mut matching: Vec<&Map<String, Value>> = self
            .deals
            .values()
            .filter(|deal| {
                filter
                    .conditions()
                    .all(|(key, value)| holds(deal, key, value))
            })
            .collect();
        let keys: Vec<(&str, bool)> = order.keys().collect();
        matching.sort_by(|a, b| {
            for (field, descending) in &keys {
                let ordering = compare(a.get(*field), b.get(*field));
                if ordering != Ordering::Equal {
                    return if *descending {
                        ordering.reverse()
                    } else {
                        ordering
                    };
                }
            }
            // The portal's own order: by id.
            compare(a.get("ID"), b.get("ID"))
        });
        let names: Vec<&str> = select.names().collect();
        let total = matching.len();
        let start = usize::try_from(start.max(0)).unwrap_or(0);
        let page: Vec<Value> = matching
            .iter()
            .skip(start)
            .take(PAGE)
            .map(|deal| wire_form(deal, Some(&names)))
            .collect();
        let end = start + page.len();
        Done {
            result: Value::Array(page),
            total: Some(total as i64),
            next: (end < total).then_some(end as i64),
        }
    }
}

/// Whether a deal meets one filter condition.
fn holds(deal: &Map<String, Value>, key: &str, wanted: &Value) -> bool {
    let (operator, field) = split_filter_key(key);
    let have = deal.get(field).filter(|v| !v.is_null());
    let equal = |w: &Value| compare(have, Some(w)) == Ordering::Equal;
    if filter_operator_takes_list(operator) {
        let listed = match wanted {
            Value::Array(items) => items.iter().any(equal),
            one => equal(one),
        };
        return listed == (operator == "@");
    }
    match operator {
        "" | "=" => match wanted {
            // A list under a plain key means any of them.
            Value::Array(items) => items.iter().any(equal),
            Value::Null => have.is_none(),
            Value::String(s) if s.is_empty() => have.is_none(),
            one => equal(one),
        },
        "!" | "!=" => !equal(wanted),
        ">" | ">=" | "<" | "<=" => {
            let Some(have) = have else {
                return false;
            };
            let ordering = compare(Some(have), Some(wanted));
            match operator {
                ">" => ordering == Ordering::Greater,
                ">=" => ordering != Ordering::Less,
                "<" => ordering == Ordering::Less,
                _ => ordering != Ordering::Greater,
            }
        }
        "%" => like(have, &format!("%{}%", text(wanted))),
        "=%" | "%=" => like(have, &text(wanted)),
        _ => false,
    }
}

/// SQL's `LIKE` without case, with `%` for any text.
fn like(have: Option<&Value>, pattern: &str) -> bool {
    let Some(have) = have else {
        return false;
    };
    let have = text(have).to_lowercase();
    let pattern = pattern.to_lowercase();
    let parts: Vec<&str> = pattern.split('%').collect();
    let mut rest = have.as_str();
    for (i, part) in parts.iter().enumerate() {
        if part.is_empty() {
            continue;
        }
        if i == 0 {
            match rest.strip_prefix(part) {
                Some(after) => rest = after,
                None => return false,
            }
        } else if i == parts.len() - 1 {
            return rest.ends_with(part);
        } else {
            match rest.find(part) {
                Some(at) => rest = &rest[at + part.len()..],
                None => return false,
            }
        }
    }
    true
}

fn text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Orders two field values: numbers by value (also when sent as strings),
/// date-times by the moment they name (whatever their offsets), dates by
/// day, text otherwise; a missing value first.
fn compare(a: Option<&Value>, b: Option<&Value>) -> Ordering {
    let moments = |a: &Value, b: &Value| {
        let (a, b) = (a.as_str()?, b.as_str()?);
        if let (Ok(a), Ok(b)) = (a.parse::<DateTime>(), b.parse::<DateTime>()) {
            return Some(a.unix_timestamp().cmp(&b.unix_timestamp()));
        }
        let (a, b) = (a.parse::<Date>().ok()?, b.parse::<Date>().ok()?);
        Some(a.cmp(&b))
    };
    let number = |v: &Value| match v {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse::<f64>().ok(),
        _ => None,
    };
    match (a.filter(|v| !v.is_null()), b.filter(|v| !v.is_null())) {
        (None, None) => Ordering::Equal,
        (None, Some(_)) => Ordering::Less,
        (Some(_), None) => Ordering::Greater,
        (Some(a), Some(b)) => match (number(a), number(b)) {
            (Some(x), Some(y)) => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
            _ => moments(a, b).unwrap_or_else(|| text(a).cmp(&text(b))),
        },
    }
}

/// A deal as the portal sends it: ids and amounts as strings, only the
/// selected fields (`*` all standard ones, `UF_*` all user fields; the id
/// always).
fn wire_form(deal: &Map<String, Value>, select: Option<&[&str]>) -> Value {
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
        deal.iter()
            .filter(|(key, _)| wanted(key))
            .map(|(key, value)| {
                let sent = match value {
                    Value::Number(n) => Value::String(n.to_string()),
                    other => other.clone(),
                };
                (key.clone(), sent)
            })
            .collect(),
    )
}

/// crm.deal.fields: every field of `Deal` in the method table, described
/// as the portal describes its fields.
fn deal_fields() -> Value {
    let read_only = [
        "ID",
        "DATE_CREATE",
        "DATE_MODIFY",
        "CREATED_BY_ID",
        "MODIFY_BY_ID",
        "STAGE_SEMANTIC_ID",
        "IS_NEW",
        "MOVED_BY_ID",
        "MOVED_TIME",
        "LAST_ACTIVITY_TIME",
        "LAST_ACTIVITY_BY",
    ];
    Value::Object(
        crm::DEAL_TY
            .fields
            .iter()
            .map(|f| {
                let ty = match f.ty.base() {
                    TyInfo::Integer => "integer",
                    TyInfo::Double => "double",
                    TyInfo::Date => "date",
                    TyInfo::DateTime => "datetime",
                    TyInfo::Enum(e) if e.name == "YesNo" => "char",
                    _ => "string",
                };
                let description = json!({
                    "type": ty,
                    "isRequired": false,
                    "isReadOnly": read_only.contains(&f.name),
                    "isImmutable": f.name == "CATEGORY_ID",
                    "isMultiple": false,
                    "isDynamic": false,
                    "title": f.name,
                });
                (f.name.to_owned(), description)
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_matches_as_sql_does_without_case() {
        let title = json!("Big Order 42");
        assert!(like(Some(&title), "%order%"));
        assert!(like(Some(&title), "big%"));
        assert!(like(Some(&title), "%42"));
        assert!(!like(Some(&title), "order%"));
        assert!(!like(None, "%"));
    }

    #[test]
    fn numbers_compare_by_value_even_as_strings() {
        assert_eq!(
            compare(Some(&json!("10")), Some(&json!(9))),
            Ordering::Greater
        );
        assert_eq!(
            compare(Some(&json!("2024-02-01")), Some(&json!("2024-01-31"))),
            Ordering::Greater
        );
        assert_eq!(compare(None, Some(&json!(0))), Ordering::Less);
        // 09:00 UTC is after 11:00 at +03:00, though it writes smaller.
        assert_eq!(
            compare(
                Some(&json!("2024-04-19T09:00:00+00:00")),
                Some(&json!("2024-04-19T11:00:00+03:00"))
            ),
            Ordering::Greater
        );
        assert_eq!(
            compare(
                Some(&json!("2024-04-19T12:00:00+03:00")),
                Some(&json!("2024-04-19T09:00:00+00:00"))
            ),
            Ordering::Equal
        );
    }
}
