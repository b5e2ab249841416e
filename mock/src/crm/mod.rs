//! The CRM objects, as the crm.<entity>.* pages describe them: add, get,
//! update, delete, fields, and list with `filter`, `order`, `select` and
//! pages of fifty. One store and one code path serve every kind of object
//! (deals, contacts...); what differs between kinds is a row of
//! [`kinds::KINDS`].
//!
//! An object is kept as its fields by wire name, with typed JSON values
//! (numbers as numbers). The answers send ids and amounts as the portal
//! does, as strings, so that clients read them the way they must read a
//! real portal's. Multi-fields (`PHONE`, `EMAIL`...) keep their values with
//! ids of their own: an update adds the values without `ID`, changes those
//! with one, and removes those with an `ID` and an empty `VALUE`. A file
//! sent in a file field (`PHOTO`, `LOGO`: `{"fileData": [name, base64]}`)
//! is kept by the portal under an id of its own, and the field answers
//! `{"id": .., "showUrl": .., "downloadUrl": ..}` as the portal's does.

mod items;
mod kinds;
mod query;

use crate::methods::Done;
use crate::params;
use crate::query::{compare, holds};
use crate::state::{Caller, Portal};
use crate::wire::{ApiError, iso8601, unix_now};
use bitrix24::schema::{MethodInfo, ParamInfo, TyInfo};
use kinds::EntityKind;
use query::wire_form;
use serde_json::{Map, Value, json};
use std::cmp::Ordering;
use std::collections::BTreeMap;

/// How many items a page of a CRM list holds, whatever the caller asks.
pub(crate) const PAGE: usize = 50;

/// The CRM objects of the portal, by kind.
#[derive(Debug, Default)]
pub(crate) struct Crm {
    tables: BTreeMap<&'static str, Table>,
    /// The last id given to a multi-field value (one sequence for all).
    next_multi: i64,
    /// The files sent in file fields, by id.
    files: BTreeMap<i64, StoredFile>,
}

/// A file the portal keeps: its name and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredFile {
    /// The name it was sent with.
    pub name: String,
    /// Its content, decoded.
    pub content: Vec<u8>,
}

/// The objects of one kind.
#[derive(Debug, Default)]
struct Table {
    rows: BTreeMap<i64, Map<String, Value>>,
    next: i64,
}

/// Fields every kind has that only the portal sets.
const SET_BY_PORTAL: &[&str] = &[
    "ID",
    "DATE_CREATE",
    "DATE_MODIFY",
    "CREATED_BY_ID",
    "MODIFY_BY_ID",
];

/// Runs a crm.* method.
pub(crate) fn run(
    portal: &mut Portal,
    info: &'static MethodInfo,
    caller: &Caller,
    mut params: Map<String, Value>,
) -> Result<Done, ApiError> {
    params::check(info, &mut params)?;
    let not_emulated = || ApiError::not_emulated(info);
    let mut parts = info.name.split('.').skip(1);
    let (Some(entity), Some(action), None) = (parts.next(), parts.next(), parts.next()) else {
        return Err(not_emulated());
    };
    let files = file_fields(info);
    if entity == "item" {
        let (done, changed) = items::run(&mut portal.crm, action, &params, &files, caller.user_id)?;
        if let Some((kind, what, id)) = changed {
            raise(portal, kind, what, id, caller.user_id);
        }
        return Ok(done);
    }
    let kind = kinds::kind(entity).ok_or_else(not_emulated)?;
    let crm = &mut portal.crm;
    let id = || params.get("id").and_then(Value::as_i64).unwrap_or(0);
    // What was done, for the event it raises: (ADD|UPDATE|DELETE, id).
    let (done, changed) = match action {
        "add" => {
            let fields = object(&params, "fields")?;
            let id = crm.add(kind, fields, &files, caller.user_id)?;
            (json!(id).into(), Some(("ADD", id)))
        }
        "get" => {
            let row = crm.row(kind, id())?;
            (wire_form(row, None, &[]).into(), None)
        }
        "update" => {
            let fields = object(&params, "fields")?;
            crm.update(kind, id(), fields, &files, caller.user_id)?;
            (json!(true).into(), Some(("UPDATE", id())))
        }
        "delete" => {
            let id = id();
            if crm.row(kind, id).is_err() {
                let (code, description) = kind.delete_missing;
                return Err(ApiError {
                    code: code.to_owned(),
                    description: description.to_owned(),
                    status: 400,
                });
            }
            crm.table(kind).rows.remove(&id);
            (json!(true).into(), Some(("DELETE", id)))
        }
        "list" => (crm.list(kind, &params), None),
        "fields" => (fields_of(kind).into(), None),
        _ => return Err(not_emulated()),
    };
    if let Some((what, id)) = changed {
        raise(portal, kind, what, id, caller.user_id);
    }
    Ok(done)
}

/// `ONCRM<ENTITY><ADD|UPDATE|DELETE>` with the object's id, as the event
/// pages show it (`data[FIELDS][ID]`), to the applications bound to it.
fn raise(portal: &mut Portal, kind: &EntityKind, what: &str, id: i64, user: i64) {
    let name = format!("ONCRM{}{what}", kind.entity.to_ascii_uppercase());
    let Some(info) = bitrix24::schema::event(&name) else {
        return;
    };
    crate::events::raise(
        portal,
        crate::events::Raised {
            name: info.name,
            data: json!({ "FIELDS": { "ID": id } }),
            user,
            bot: None,
        },
    );
}

/// The page's answer for an id that is not one: an empty code and the
/// message the page documents.
fn not_found() -> ApiError {
    ApiError {
        code: String::new(),
        description: "Not found".into(),
        status: 400,
    }
}

/// The object param `name` (checked against the schema already), or an
/// empty one.
fn object(params: &Map<String, Value>, name: &str) -> Result<Map<String, Value>, ApiError> {
    match params.get(name) {
        None | Some(Value::Null) => Ok(Map::new()),
        Some(Value::Object(map)) => Ok(map.clone()),
        Some(_) => Err(ApiError::argument(format!(
            "Parameter '{name}' must be array"
        ))),
    }
}

/// The wire names of the file fields (`file_data`, `file_pair`) of a
/// method's `fields` param.
fn file_fields(info: &MethodInfo) -> Vec<&'static str> {
    let Some(fields) = info.params.iter().find(|p| p.name == "fields") else {
        return Vec::new();
    };
    fields
        .ty
        .fields()
        .iter()
        .filter(|f| matches!(f.ty.base(), TyInfo::FileData | TyInfo::FilePair))
        .map(|f| f.name)
        .collect()
}

/// The wire names of a kind's multi-fields (lists of `Multifield`).
fn multi_fields(kind: &EntityKind) -> Vec<&'static str> {
    kind.ty
        .fields
        .iter()
        .filter(|f| is_multi(f))
        .map(|f| f.name)
        .collect()
}

fn is_multi(f: &ParamInfo) -> bool {
    match f.ty.base() {
        TyInfo::List(inner) => matches!(inner.base(), TyInfo::Struct(s) if s.name == "Multifield"),
        _ => false,
    }
}

impl Crm {
    /// The file kept under `id`.
    pub(crate) fn file(&self, id: i64) -> Option<&StoredFile> {
        self.files.get(&id)
    }

    /// Keeps the file sent in `field` of object `owner`; what the field
    /// then answers. The value passed the params check: it is the form.
    fn keep_file(
        &mut self,
        kind: &EntityKind,
        owner: &Value,
        field: &str,
        value: Value,
    ) -> Result<Value, ApiError> {
        let upload = match &value {
            Value::Object(_) => serde_json::from_value::<bitrix24::FileData>(value)
                .map(bitrix24::FileData::into_upload),
            _ => serde_json::from_value::<bitrix24::FilePair>(value)
                .map(bitrix24::FilePair::into_upload),
        }
        .map_err(|e| ApiError::argument(format!("Parameter 'fields.{field}': {e}")))?;
        let id = self.files.keys().next_back().copied().unwrap_or(0) + 1;
        self.files.insert(
            id,
            StoredFile {
                name: upload.name().to_owned(),
                content: upload.content(),
            },
        );
        let query = format!("ownerId={owner}&fieldName={field}&dynamic=N&fileId={id}");
        Ok(json!({
            "id": id,
            "showUrl": format!(
                "/bitrix/components/bitrix/crm.{}.show/show_file.php?{query}",
                kind.entity
            ),
            "downloadUrl": format!("/rest/crm.{}.show_file?{query}", kind.entity),
        }))
    }

    fn table(&mut self, kind: &EntityKind) -> &mut Table {
        self.tables.entry(kind.entity).or_default()
    }

    fn row(&self, kind: &EntityKind, id: i64) -> Result<&Map<String, Value>, ApiError> {
        if id <= 0 {
            return Err(ApiError {
                description: "ID is not defined or invalid".into(),
                ..not_found()
            });
        }
        self.tables
            .get(kind.entity)
            .and_then(|t| t.rows.get(&id))
            .ok_or_else(not_found)
    }

    /// Creates an object with the portal's defaults for what is not given.
    fn add(
        &mut self,
        kind: &EntityKind,
        fields: Map<String, Value>,
        files: &[&str],
        user: i64,
    ) -> Result<i64, ApiError> {
        let table = self.tables.entry(kind.entity).or_default();
        let id = table.next + 1;
        let now = iso8601(unix_now());
        let mut row: Map<String, Value> = [
            ("ID", json!(id)),
            ("ASSIGNED_BY_ID", json!(user)),
            ("CREATED_BY_ID", json!(user)),
            ("MODIFY_BY_ID", json!(user)),
            ("DATE_CREATE", json!(now)),
            ("DATE_MODIFY", json!(now)),
        ]
        .into_iter()
        .chain((kind.defaults)(id))
        .map(|(k, v)| (k.to_owned(), v))
        .collect();
        self.set(kind, &mut row, fields, files, &[])?;
        let table = self.table(kind);
        table.next = id;
        table.rows.insert(id, row);
        Ok(id)
    }

    fn update(
        &mut self,
        kind: &EntityKind,
        id: i64,
        fields: Map<String, Value>,
        files: &[&str],
        user: i64,
    ) -> Result<(), ApiError> {
        let mut row = self.row(kind, id)?.clone();
        self.set(kind, &mut row, fields, files, kind.immutable)?;
        row.insert("MODIFY_BY_ID".into(), json!(user));
        row.insert("DATE_MODIFY".into(), json!(iso8601(unix_now())));
        self.table(kind).rows.insert(id, row);
        Ok(())
    }

    /// Sets the given fields on a row, but those only the portal sets and
    /// `fixed`; merges multi-fields, keeps the files of `files` (file
    /// fields) and updates the `HAS_*` flags.
    fn set(
        &mut self,
        kind: &EntityKind,
        row: &mut Map<String, Value>,
        fields: Map<String, Value>,
        files: &[&str],
        fixed: &[&str],
    ) -> Result<(), ApiError> {
        let multi = multi_fields(kind);
        for (key, value) in fields {
            let key_str = key.as_str();
            if SET_BY_PORTAL.contains(&key_str)
                || kind.read_only.contains(&key_str)
                || fixed.contains(&key_str)
            {
                continue;
            }
            if multi.contains(&key_str) {
                let merged = self.merge_multi(kind, row.get(key_str), value, key_str)?;
                row.insert(key, merged);
            } else if files.contains(&key_str) {
                let owner = row.get("ID").cloned().unwrap_or(Value::Null);
                let kept = self.keep_file(kind, &owner, key_str, value)?;
                row.insert(key, kept);
            } else {
                row.insert(key, value);
            }
        }
        let has = |row: &Map<String, Value>, field: &str, imol: bool| {
            let yes = row
                .get(field)
                .and_then(Value::as_array)
                .is_some_and(|items| {
                    items.iter().any(|i| {
                        !imol || i.get("VALUE_TYPE").and_then(Value::as_str) == Some("IMOL")
                    })
                });
            json!(if yes { "Y" } else { "N" })
        };
        for (flag, field, imol) in [
            ("HAS_PHONE", "PHONE", false),
            ("HAS_EMAIL", "EMAIL", false),
            ("HAS_IMOL", "IM", true),
        ] {
            if kind.ty.fields.iter().any(|f| f.name == flag) {
                let value = has(row, field, imol);
                row.insert(flag.into(), value);
            }
        }
        Ok(())
    }

    /// A multi-field after a change: values without `ID` added (with an
    /// id of their own), values with one changed, or removed when their
    /// `VALUE` is empty; an e-mail address without `@` refused as the
    /// portal refuses it.
    fn merge_multi(
        &mut self,
        entity: &EntityKind,
        old: Option<&Value>,
        given: Value,
        field: &str,
    ) -> Result<Value, ApiError> {
        let mut items: Vec<Value> = old.and_then(Value::as_array).cloned().unwrap_or_default();
        let given = match given {
            Value::Array(given) => given,
            // An empty form value: no change.
            _ => Vec::new(),
        };
        for value in given {
            let Value::Object(mut value) = value else {
                continue;
            };
            let text = value.get("VALUE").and_then(Value::as_str).unwrap_or("");
            let kind = value
                .get("VALUE_TYPE")
                .and_then(Value::as_str)
                .unwrap_or("WORK")
                .to_owned();
            if field == "EMAIL" && !text.is_empty() && !looks_like_an_address(text) {
                return Err(ApiError {
                    code: "ERROR_CORE".into(),
                    description: (entity.bad_email)(&kind),
                    status: 400,
                });
            }
            let id = value.get("ID").and_then(Value::as_i64);
            let at = id.and_then(|id| {
                items
                    .iter()
                    .position(|i| i.get("ID").and_then(Value::as_i64) == Some(id))
            });
            match (at, text.is_empty()) {
                (Some(at), true) => {
                    items.remove(at);
                }
                (Some(at), false) => {
                    value.remove("ID");
                    if let Some(Value::Object(item)) = items.get_mut(at) {
                        item.extend(value);
                    }
                }
                // An id that is not one of this field's values: ignored.
                (None, _) if id.is_some() => {}
                (None, true) => {}
                (None, false) => {
                    self.next_multi += 1;
                    items.push(json!({
                        "ID": self.next_multi,
                        "VALUE_TYPE": kind,
                        "VALUE": text,
                        "TYPE_ID": field,
                    }));
                }
            }
        }
        Ok(Value::Array(items))
    }

    /// A page of the objects that match, sorted, with the selected fields.
    fn list(&self, kind: &EntityKind, params: &Map<String, Value>) -> Done {
        let names: Vec<&str> = params
            .get("select")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        let multi = multi_fields(kind);
        let (page, total, start) = self.page(kind, params);
        let end = start + page.len();
        Done {
            result: Value::Array(
                page.iter()
                    .map(|row| wire_form(row, Some(&names), &multi))
                    .collect(),
            ),
            total: Some(total as i64),
            next: (end < total).then_some(end as i64),
        }
    }

    /// The objects of one page of a list: those that meet `filter`, sorted
    /// by `order` (then by id), from `start`; with how many match in all
    /// and where the page starts.
    fn page(
        &self,
        kind: &EntityKind,
        params: &Map<String, Value>,
    ) -> (Vec<&Map<String, Value>>, usize, usize) {
        let empty = Map::new();
        let filter = params
            .get("filter")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        let order: Vec<(&str, bool)> = params
            .get("order")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
            .map(|(field, d)| (field.as_str(), d.as_str() == Some("DESC")))
            .collect();
        let start = params.get("start").and_then(Value::as_i64).unwrap_or(0);
        let mut matching: Vec<&Map<String, Value>> = self
            .tables
            .get(kind.entity)
            .into_iter()
            .flat_map(|t| t.rows.values())
            .filter(|row| filter.iter().all(|(key, value)| holds(row, key, value)))
            .collect();
        matching.sort_by(|a, b| {
            for (field, descending) in &order {
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
        let total = matching.len();
        let start = usize::try_from(start.max(0)).unwrap_or(0);
        let page = matching.into_iter().skip(start).take(PAGE).collect();
        (page, total, start)
    }
}

/// Whether a text has the shape of an e-mail address: something, `@`,
/// something with a dot.
fn looks_like_an_address(text: &str) -> bool {
    match text.split_once('@') {
        Some((user, host)) => !user.is_empty() && host.contains('.') && !host.ends_with('.'),
        None => false,
    }
}

/// crm.<entity>.fields: every field of the kind in the method table,
/// described as the portal describes its fields.
fn fields_of(kind: &EntityKind) -> Value {
    Value::Object(
        kind.ty
            .fields
            .iter()
            .map(|f| {
                let ty = match f.ty.base() {
                    _ if is_multi(f) => "crm_multifield",
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
                    "isReadOnly": SET_BY_PORTAL.contains(&f.name) || kind.read_only.contains(&f.name),
                    "isImmutable": kind.immutable.contains(&f.name),
                    "isMultiple": matches!(f.ty.base(), TyInfo::List(_)),
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
    fn every_kind_names_fields_its_type_has() {
        for kind in kinds::KINDS {
            let has = |name: &str| kind.ty.fields.iter().any(|f| f.name == name);
            for name in kind
                .immutable
                .iter()
                .chain(kind.read_only)
                .chain(SET_BY_PORTAL)
            {
                assert!(has(name), "{}: {name}", kind.entity);
            }
            for (name, _) in (kind.defaults)(1) {
                assert!(has(name), "{}: default {name}", kind.entity);
            }
        }
    }

    #[test]
    fn e_mail_addresses_are_checked_for_their_shape() {
        assert!(looks_like_an_address("ivanov@example.com"));
        assert!(!looks_like_an_address("ivanov"));
        assert!(!looks_like_an_address("@example.com"));
        assert!(!looks_like_an_address("ivanov@example."));
        assert_eq!(kinds::title_case("MAILING"), "Mailing");
    }
}
