//! The kinds of CRM object the emulator keeps, as data: one row per kind
//! (deals, contacts...), read by the one store, list and filter code of
//! [`super`]. A new kind is a row here and its descriptors in `schema/crm/`.

use bitrix24::crm;
use bitrix24::schema::StructTy;
use serde_json::{Value, json};

/// One kind of CRM object: how its methods are named, its fields in the
/// method table, what a new one gets, and what only the portal sets.
pub(crate) struct EntityKind {
    /// The middle of its method names: `deal` for `crm.deal.add`.
    pub entity: &'static str,
    /// Its `entityTypeId` in the crm.item.* methods (`2` for deals).
    pub entity_type_id: i64,
    /// The fields crm.item.* name otherwise than by their wire name in
    /// lowerCamel case, besides those every kind renames
    /// ([`super::items`]): (item name, wire name).
    pub item_names: &'static [(&'static str, &'static str)],
    /// Its fields, as `crm.<entity>.get` returns them.
    pub ty: &'static StructTy,
    /// What a new object has unless the caller sets it, given its id
    /// (besides the id, the authors and the dates, which every kind gets).
    pub defaults: fn(i64) -> Vec<(&'static str, Value)>,
    /// Fields fixed once the object exists: an update leaves them alone.
    pub immutable: &'static [&'static str],
    /// Fields only the portal sets, besides the id, authors and dates;
    /// `crm.<entity>.fields` marks them read-only.
    pub read_only: &'static [&'static str],
    /// The error crm.<entity>.delete gives for an id that is not one:
    /// (code, message) as its page documents them.
    pub delete_missing: (&'static str, &'static str),
    /// The message of the page's `ERROR_CORE` for an e-mail address that
    /// is not one, given the value's kind (`WORK`).
    pub bad_email: fn(&str) -> String,
}

/// Every kind the emulator serves.
pub(crate) static KINDS: &[EntityKind] = &[
    EntityKind {
        entity: "deal",
        entity_type_id: 2,
        item_names: &[],
        ty: &crm::DEAL_TY,
        defaults: |id| {
            vec![
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
            ]
        },
        immutable: &["CATEGORY_ID"],
        read_only: &[
            "STAGE_SEMANTIC_ID",
            "IS_NEW",
            "MOVED_BY_ID",
            "MOVED_TIME",
            "LAST_ACTIVITY_TIME",
            "LAST_ACTIVITY_BY",
        ],
        delete_missing: ("", "Not found"),
        // The deal pages document no ERROR_CORE; deals have no e-mail.
        bad_email: |_| String::new(),
    },
    EntityKind {
        entity: "contact",
        entity_type_id: 3,
        item_names: &[],
        ty: &crm::CONTACT_TY,
        defaults: |_| {
            vec![
                ("NAME", json!("")),
                ("LAST_NAME", json!("")),
                ("TYPE_ID", json!("CLIENT")),
                ("SOURCE_ID", json!("SELF")),
                ("OPENED", json!("Y")),
                ("EXPORT", json!("Y")),
                ("HAS_PHONE", json!("N")),
                ("HAS_EMAIL", json!("N")),
                ("HAS_IMOL", json!("N")),
            ]
        },
        immutable: &[],
        read_only: &[
            "HAS_PHONE",
            "HAS_EMAIL",
            "HAS_IMOL",
            "LEAD_ID",
            "FACE_ID",
            "LAST_ACTIVITY_TIME",
            "LAST_ACTIVITY_BY",
        ],
        delete_missing: ("ERROR_CORE", "Element not found"),
        bad_email: |kind| {
            format!(
                "The field `{} e-mail` contains an invalid address",
                title_case(kind)
            )
        },
    },
    EntityKind {
        entity: "company",
        entity_type_id: 4,
        item_names: &[("typeId", "COMPANY_TYPE")],
        ty: &crm::COMPANY_TY,
        defaults: |id| {
            vec![
                ("TITLE", json!(format!("Company #{id}"))),
                ("COMPANY_TYPE", json!("CUSTOMER")),
                ("CURRENCY_ID", json!("USD")),
                ("REVENUE", json!(0.0)),
                ("OPENED", json!("Y")),
                ("IS_MY_COMPANY", json!("N")),
                ("HAS_PHONE", json!("N")),
                ("HAS_EMAIL", json!("N")),
                ("HAS_IMOL", json!("N")),
            ]
        },
        immutable: &[],
        read_only: &[
            "HAS_PHONE",
            "HAS_EMAIL",
            "HAS_IMOL",
            "LEAD_ID",
            "CONTACT_ID",
            "LAST_ACTIVITY_TIME",
            "LAST_ACTIVITY_BY",
            "LAST_COMMUNICATION_TIME",
        ],
        delete_missing: ("", "Company is not found"),
        bad_email: |_| "The `E-mail` field contains an invalid address".to_owned(),
    },
    EntityKind {
        entity: "lead",
        entity_type_id: 1,
        item_names: &[
            ("stageId", "STATUS_ID"),
            ("stageSemanticId", "STATUS_SEMANTIC_ID"),
        ],
        ty: &crm::LEAD_TY,
        defaults: |id| {
            vec![
                ("TITLE", json!(format!("Lead #{id}"))),
                ("STATUS_ID", json!("NEW")),
                ("STATUS_SEMANTIC_ID", json!("P")),
                ("SOURCE_ID", json!("SELF")),
                ("CURRENCY_ID", json!("USD")),
                ("OPPORTUNITY", json!(0.0)),
                ("IS_MANUAL_OPPORTUNITY", json!("N")),
                ("IS_RETURN_CUSTOMER", json!("N")),
                ("OPENED", json!("Y")),
                ("HAS_PHONE", json!("N")),
                ("HAS_EMAIL", json!("N")),
                ("HAS_IMOL", json!("N")),
            ]
        },
        immutable: &[],
        read_only: &[
            "HAS_PHONE",
            "HAS_EMAIL",
            "HAS_IMOL",
            "STATUS_SEMANTIC_ID",
            "DATE_CLOSED",
            "MOVED_BY_ID",
            "MOVED_TIME",
            "LAST_ACTIVITY_TIME",
            "LAST_ACTIVITY_BY",
        ],
        // The lead pages give the message with no code.
        delete_missing: ("", "Not found"),
        bad_email: |kind| {
            format!(
                "The field `{} e-mail` contains an invalid address",
                title_case(kind)
            )
        },
    },
];

/// `WORK` → `Work`.
pub(crate) fn title_case(word: &str) -> String {
    let lower = word.to_lowercase();
    let mut chars = lower.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The kind whose `entityTypeId` is `id` in the crm.item.* methods.
pub(crate) fn by_type_id(id: i64) -> Option<&'static EntityKind> {
    KINDS.iter().find(|k| k.entity_type_id == id)
}

/// The kind whose methods are `crm.<entity>.*`.
pub(crate) fn kind(entity: &str) -> Option<&'static EntityKind> {
    KINDS.iter().find(|k| k.entity == entity)
}
