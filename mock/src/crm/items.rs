//! The universal crm.item.* methods, over the same objects as crm.<entity>.*:
//! an item of `entityTypeId` 2 is a deal, and crm.deal.get reads what
//! crm.item.add made. The kinds the emulator keeps are leads (1), deals (2),
//! contacts (3) and companies (4); any other `entityTypeId` answers the
//! pages' `NOT_FOUND`, as for a smart process that does not exist.
//!
//! Items name their fields in lowerCamel case (`assignedById`), the objects
//! are kept by their wire names (`ASSIGNED_BY_ID`): [`wire_name`] and
//! [`item_name`] convert, with the few fields the item methods rename
//! (`createdTime` is `DATE_CREATE`). User fields follow the same rule
//! (`ufCrm2_1639669411830` is `UF_CRM_2_1639669411830`) unless the caller
//! asks for the original names (`useOriginalUfNames: Y`). Multi-fields are
//! one list, `fm`, of `{id, typeId, valueType, value}`. Numbers are answered
//! as numbers, as the item methods do.

use super::kinds::{self, EntityKind};
use super::{Crm, fields_of, multi_fields};
use crate::methods::Done;
use crate::wire::ApiError;
use bitrix24::split_filter_key;
use serde_json::{Map, Value, json};

/// Fields every kind's items name otherwise than by the wire name in
/// lowerCamel case: (item name, wire name).
const RENAMED: &[(&str, &str)] = &[
    ("createdTime", "DATE_CREATE"),
    ("updatedTime", "DATE_MODIFY"),
    ("createdBy", "CREATED_BY_ID"),
    ("updatedBy", "MODIFY_BY_ID"),
    ("movedBy", "MOVED_BY_ID"),
];

/// How a call names user fields: in lowerCamel case, or as kept.
#[derive(Clone, Copy)]
struct Names {
    kind: &'static EntityKind,
    original_uf: bool,
}

impl Names {
    fn wire(self, item: &str) -> String {
        if self.original_uf && item.starts_with("UF_") {
            return item.to_owned();
        }
        RENAMED
            .iter()
            .chain(self.kind.item_names)
            .find(|(i, _)| *i == item)
            .map(|(_, w)| (*w).to_owned())
            .unwrap_or_else(|| wire_name(item))
    }

    fn item(self, wire: &str) -> String {
        if self.original_uf && wire.starts_with("UF_") {
            return wire.to_owned();
        }
        RENAMED
            .iter()
            .chain(self.kind.item_names)
            .find(|(_, w)| *w == wire)
            .map(|(i, _)| (*i).to_owned())
            .unwrap_or_else(|| item_name(wire))
    }
}

/// `assignedById` → `ASSIGNED_BY_ID`, `ufCrm2_1639669411830` →
/// `UF_CRM_2_1639669411830`, `address2` → `ADDRESS_2`: a `_` before each
/// capital and each run of digits that follows a letter.
pub(crate) fn wire_name(item: &str) -> String {
    let mut out = String::new();
    let mut previous: Option<char> = None;
    for c in item.chars() {
        let split = match previous {
            Some(p) if c.is_ascii_uppercase() => p.is_ascii_lowercase() || p.is_ascii_digit(),
            Some(p) if c.is_ascii_digit() => p.is_ascii_alphabetic(),
            _ => false,
        };
        if split {
            out.push('_');
        }
        out.push(c.to_ascii_uppercase());
        previous = Some(c);
    }
    out
}

/// The reverse of [`wire_name`]: `ASSIGNED_BY_ID` → `assignedById`,
/// `UF_CRM_2_1639669411830` → `ufCrm2_1639669411830` (a `_` stays between
/// two runs of digits).
pub(crate) fn item_name(wire: &str) -> String {
    let mut out = String::new();
    let mut previous = "";
    for (i, part) in wire.split('_').filter(|p| !p.is_empty()).enumerate() {
        let part_lower = part.to_ascii_lowercase();
        let starts_digit = part.starts_with(|c: char| c.is_ascii_digit());
        if i == 0 {
            out.push_str(&part_lower);
        } else if starts_digit && previous.ends_with(|c: char| c.is_ascii_digit()) {
            out.push('_');
            out.push_str(&part_lower);
        } else {
            let mut chars = part_lower.chars();
            if let Some(first) = chars.next() {
                out.push(first.to_ascii_uppercase());
                out.extend(chars);
            }
        }
        previous = part;
    }
    out
}

/// What a call changed, for the event it raises: the kind, `ADD`,
/// `UPDATE` or `DELETE`, and the object's id.
pub(super) type Changed = (&'static EntityKind, &'static str, i64);

/// Runs a crm.item.* method (`action` is its last segment).
pub(super) fn run(
    crm: &mut Crm,
    action: &str,
    params: &Map<String, Value>,
    files: &[&str],
    user: i64,
) -> Result<(Done, Option<Changed>), ApiError> {
    let type_id = params
        .get("entityTypeId")
        .and_then(Value::as_i64)
        .unwrap_or(0);
    let kind = kinds::by_type_id(type_id).ok_or_else(|| not_found("SPA not found"))?;
    let names = Names {
        kind,
        original_uf: params.get("useOriginalUfNames").and_then(Value::as_str) == Some("Y"),
    };
    let id = params.get("id").and_then(Value::as_i64).unwrap_or(0);
    let answer = |crm: &Crm, id: i64| -> Result<Value, ApiError> {
        let row = crm.row(kind, id).map_err(|_| not_found("Item not found"))?;
        Ok(json!({ "item": item(row, names, None) }))
    };
    Ok(match action {
        "add" => {
            let fields = wire_fields(params, names);
            let id = crm.add(kind, fields, files, user)?;
            (answer(crm, id)?.into(), Some((kind, "ADD", id)))
        }
        "get" => (answer(crm, id)?.into(), None),
        "update" => {
            crm.row(kind, id).map_err(|_| not_found("Item not found"))?;
            let fields = wire_fields(params, names);
            crm.update(kind, id, fields, files, user)?;
            (answer(crm, id)?.into(), Some((kind, "UPDATE", id)))
        }
        "delete" => {
            crm.row(kind, id).map_err(|_| not_found("Item not found"))?;
            crm.table(kind).rows.remove(&id);
            (json!([]).into(), Some((kind, "DELETE", id)))
        }
        "list" => (list(crm, params, names), None),
        "fields" => (json!({ "fields": described(names) }).into(), None),
        _ => return Err(ApiError::method_not_found()),
    })
}

/// `NOT_FOUND` with the pages' message.
fn not_found(message: &str) -> ApiError {
    ApiError {
        code: "NOT_FOUND".into(),
        description: message.into(),
        status: 400,
    }
}

/// The `fields` param by wire name, `fm` spread into the multi-fields
/// (`PHONE`, `EMAIL`...) the object keeps.
fn wire_fields(params: &Map<String, Value>, names: Names) -> Map<String, Value> {
    let mut out = Map::new();
    let Some(Value::Object(fields)) = params.get("fields") else {
        return out;
    };
    for (key, value) in fields {
        if key == "fm" {
            for one in value.as_array().into_iter().flatten() {
                let Some(field) = one.get("typeId").and_then(Value::as_str) else {
                    continue;
                };
                let mut multi = Map::new();
                for (from, to) in [
                    ("id", "ID"),
                    ("valueType", "VALUE_TYPE"),
                    ("value", "VALUE"),
                ] {
                    if let Some(v) = one.get(from) {
                        multi.insert(to.into(), v.clone());
                    }
                }
                if let Value::Array(list) = out.entry(field).or_insert_with(|| json!([])) {
                    list.push(Value::Object(multi));
                }
            }
        } else {
            out.insert(names.wire(key), value.clone());
        }
    }
    out
}

/// An object as an item: fields by their item names, the multi-fields
/// gathered in `fm`; only the fields of `select` when given (`*`: all).
fn item(row: &Map<String, Value>, names: Names, select: Option<&[String]>) -> Value {
    let multi = multi_fields(names.kind);
    let wanted = |name: &str| match select {
        None => true,
        Some(list) => list.is_empty() || name == "id" || list.iter().any(|s| s == "*" || s == name),
    };
    let mut out = Map::new();
    let mut fm = Vec::new();
    for (key, value) in row {
        if multi.contains(&key.as_str()) {
            for one in value.as_array().into_iter().flatten() {
                fm.push(json!({
                    "id": one.get("ID"),
                    "valueType": one.get("VALUE_TYPE"),
                    "value": one.get("VALUE"),
                    "typeId": key,
                }));
            }
            continue;
        }
        let name = names.item(key);
        if wanted(&name) {
            out.insert(name, value.clone());
        }
    }
    // The pages: `fm` comes with `*` alone.
    if select.is_none_or(|list| list.iter().any(|s| s == "*")) && !multi.is_empty() {
        out.insert("fm".into(), Value::Array(fm));
    }
    Value::Object(out)
}

/// crm.item.list: the filter and order by wire name, the page of objects
/// as items.
fn list(crm: &Crm, params: &Map<String, Value>, names: Names) -> Done {
    let mut wire = Map::new();
    if let Some(Value::Object(filter)) = params.get("filter") {
        let converted: Map<String, Value> = filter
            .iter()
            .map(|(key, value)| {
                let (operator, field) = split_filter_key(key);
                (format!("{operator}{}", names.wire(field)), value.clone())
            })
            .collect();
        wire.insert("filter".into(), Value::Object(converted));
    }
    if let Some(Value::Object(order)) = params.get("order") {
        let converted: Map<String, Value> = order
            .iter()
            .map(|(key, value)| (names.wire(key), value.clone()))
            .collect();
        wire.insert("order".into(), Value::Object(converted));
    }
    if let Some(start) = params.get("start") {
        wire.insert("start".into(), start.clone());
    }
    let select: Vec<String> = params
        .get("select")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(str::to_owned)
        .collect();
    let (page, total, start) = crm.page(names.kind, &wire);
    let end = start + page.len();
    Done {
        result: json!({
            "items": page.iter().map(|row| item(row, names, Some(&select))).collect::<Vec<_>>(),
        }),
        total: Some(total as i64),
        next: (end < total).then_some(end as i64),
    }
}

/// crm.item.fields: crm.<entity>.fields under the item names, each with
/// its `upperName`.
fn described(names: Names) -> Value {
    let Value::Object(fields) = fields_of(names.kind) else {
        return json!({});
    };
    let multi = multi_fields(names.kind);
    let mut out = Map::new();
    for (wire, mut description) in fields {
        if multi.contains(&wire.as_str()) {
            continue;
        }
        let name = names.item(&wire);
        if let Value::Object(d) = &mut description {
            d.insert("upperName".into(), json!(wire_name(&name)));
        }
        out.insert(name, description);
    }
    if !multi.is_empty() {
        out.insert(
            "fm".into(),
            json!({
                "type": "crm_multifield", "isRequired": false, "isReadOnly": false,
                "isImmutable": false, "isMultiple": true, "isDynamic": false,
                "title": "fm", "upperName": "FM",
            }),
        );
    }
    Value::Object(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_convert_both_ways() {
        for (item, wire) in [
            ("assignedById", "ASSIGNED_BY_ID"),
            ("ufCrm2_1639669411830", "UF_CRM_2_1639669411830"),
            ("ufCrmDealFoo", "UF_CRM_DEAL_FOO"),
            ("address2", "ADDRESS_2"),
            ("id", "ID"),
            ("begindate", "BEGINDATE"),
            ("utmSource", "UTM_SOURCE"),
        ] {
            assert_eq!(wire_name(item), wire, "{item}");
            assert_eq!(item_name(wire), item, "{wire}");
        }
    }

    #[test]
    fn renamed_fields_follow_the_kind() {
        let lead = Names {
            kind: kinds::by_type_id(1).unwrap(),
            original_uf: false,
        };
        assert_eq!(lead.wire("stageId"), "STATUS_ID");
        assert_eq!(lead.item("DATE_CREATE"), "createdTime");
        let deal = Names {
            kind: kinds::by_type_id(2).unwrap(),
            original_uf: true,
        };
        assert_eq!(deal.wire("stageId"), "STAGE_ID");
        assert_eq!(deal.item("UF_CRM_X"), "UF_CRM_X");
        assert_eq!(deal.wire("UF_CRM_X"), "UF_CRM_X");
    }
}
