//! How a schema type expression corresponds to a type written on a page.
//!
//! The pages use a small vocabulary (`api-reference/data-types.md`):
//! `integer`, `double`, `string`, `boolean`, `date`, `datetime`, `file`,
//! `object`, `array`, `any`, `null`, entity names linked to `entities.md`
//! (`Chat`, `User`), and the compound forms `T[]` and ```` ```A|B``` ````.
//! The schema is more precise (named enums and objects, maps), so one page
//! type stands for several schema types. A schema type matches a page type
//! when every member of the page's type matches a member of the schema's:
//!
//! | schema | page |
//! |---|---|
//! | `integer` | `integer`, `timestamp`, `number` |
//! | `double` | `double`, `float`, `number`, `timestamp` (Unix time, with or without fractions) |
//! | `string` | `string`, `text`, `char`, `date`, `datetime` |
//! | `date` | `date` |
//! | `datetime` | `datetime` |
//! | `boolean` | `boolean` |
//! | `file` | `file`, `string` (base64 text) |
//! | `file_data`, `file_pair` | `file` |
//! | `object` | `object`, or an entity (`Chat`) |
//! | `any` | anything |
//! | a named enum | `string`, `integer`, `char`, `enum`, `boolean` (Y/N flags), a CRM enumeration `crm_enum_*` |
//! | a named object `Chat` | `object`, the entity of the same name, a name equal to one of its `anchor:`s (`productrow`, `crm_currency`); the CRM's `crm_multifield` for `Multifield` |
//! | `[T]` | `array`, `U[]` where `T` matches `U`, or a CRM object code of a multiple field (`crm_multifield`, `diskfile`, …) that `T` matches |
//! | `{T}` | `object` (a map; its key pattern row, `upload{id}`, gives `T`); `lang_map` for `{string}` |
//!
//! and, from `crm/data-types.md`: `crm_enum_*` is also an `integer`; the
//! files `diskfile`, `attached_diskfile` are also `file`, `file_data`,
//! `file_pair` (what a request uploads) and `object`; every CRM object
//! code is an `object`; the id types (`user`, `crm_status`, `crm_currency`,
//! `crm_currency.CURRENCY`, …) are the built-in they hold. A page's
//! `integer|string` fits `integer`, which reads a number and a numeric
//! string alike.
//! | `T\|null` | `T`, or `U\|null` where `T` matches `U` |
//! | `T\|false` | `T`, `boolean`, or a union of them (`string \| boolean`) |
//!
//! and the page type `any` matches every schema type. For a response the
//! correspondence is one way: every member of the page's type must be
//! admitted by the schema
//! (a page that says `string|null` needs a schema type that admits null,
//! else a `null` from the portal would fail to decode), while the schema may
//! admit more than the page says (null, or another member the page only
//! mentions in prose). For a request param ([`check_input`]) either side may
//! be the wider one: a request need not send every shape the portal takes
//! (an array where a JSON string is taken too), and a page may take a shape
//! it only mentions in prose (`"N"` to remove a keyboard).

use super::page::PType;
use crate::model::{Kind, Schema, TypeBody, TypeDef};
use crate::typeref::{ListParam, TypeExpr};

/// Resolves names of the schema as seen from one module.
pub struct Names<'a> {
    /// The schema.
    pub schema: &'a Schema,
    /// The module names are looked up in first (the crate root second).
    pub module: Vec<String>,
    /// Shared types documented under an anchor other than their lower-case
    /// name: (type name, anchor), such as (`ChatFile`, `file`).
    pub anchors: Vec<(String, String)>,
}

impl<'a> Names<'a> {
    /// The named type `name` refers to, if any.
    pub fn get(&self, name: &str) -> Option<&'a TypeDef> {
        let schema = self.schema;
        [self.module.clone(), vec![]].into_iter().find_map(|m| {
            schema
                .types
                .iter()
                .find(|t| t.module == m && t.name == name)
        })
    }

    /// The kind of a named type.
    pub fn kind(&self, name: &str) -> Option<Kind> {
        self.get(name).map(|t| match t.body {
            TypeBody::Object(_) => Kind::Object,
            TypeBody::Enum(_) => Kind::Enum,
            TypeBody::Link(_) => Kind::Link,
        })
    }
}

/// Why a schema type does not match a page type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mismatch {
    /// The page admits null, the schema type does not.
    NotNullable,
    /// The types differ.
    Differ,
}

/// Checks a schema type against a page type.
pub fn check(schema: &TypeExpr, page: &PType, names: &Names) -> Result<(), Mismatch> {
    let (nullable, inner) = match schema {
        TypeExpr::Nullable(inner) => (true, inner.as_ref()),
        other => (false, other),
    };
    if page.nullable() && !nullable {
        return Err(Mismatch::NotNullable);
    }
    let Some((page_members, schema_members)) = compared(inner, page) else {
        return Ok(());
    };
    let covered = |p: &PType| {
        schema_members.iter().any(|s| member(s, p, names))
            || numeric_string(p, &page_members, &schema_members)
    };
    if page_members.iter().all(|p| covered(p)) {
        Ok(())
    } else {
        Err(Mismatch::Differ)
    }
}

/// Checks the type of a request param against the page's. A request need
/// not send every shape the portal takes (an `array` where the page also
/// takes a JSON `string`), nor does the page list every shape it takes in
/// its type (`"N"` to remove a keyboard is in the prose): the types match
/// when one covers the other, and null goes either way.
pub fn check_input(schema: &TypeExpr, page: &PType, names: &Names) -> Result<(), Mismatch> {
    let inner = match schema {
        TypeExpr::Nullable(inner) => inner.as_ref(),
        other => other,
    };
    let Some((page_members, schema_members)) = compared(inner, page) else {
        return Ok(());
    };
    let page_covered = page_members
        .iter()
        .all(|p| schema_members.iter().any(|s| member(s, p, names)));
    let schema_covered = schema_members
        .iter()
        .all(|s| page_members.iter().any(|p| member(s, p, names)));
    if page_covered || schema_covered {
        Ok(())
    } else {
        Err(Mismatch::Differ)
    }
}

/// The members of each side that decide whether the types match, or `None`
/// when nothing is to compare: the page gives no type, or either side is
/// `any`.
fn compared<'a>(
    schema: &'a TypeExpr,
    page: &'a PType,
) -> Option<(Vec<&'a PType>, Vec<&'a TypeExpr>)> {
    let page_members = page.non_null();
    if page_members.is_empty() || page_members.iter().any(|m| is_name(m, "any")) {
        return None;
    }
    let schema_members = members(schema);
    if schema_members
        .iter()
        .any(|m| matches!(m, TypeExpr::Name(n) if n == "any"))
    {
        return None;
    }
    Some((page_members, schema_members))
}

/// The members of a schema type: those of a union, `T` and `false` for
/// `T|false`, or the type itself.
fn members(schema: &TypeExpr) -> Vec<&TypeExpr> {
    static FALSE: std::sync::LazyLock<TypeExpr> =
        std::sync::LazyLock::new(|| TypeExpr::Name("false".into()));
    match schema {
        TypeExpr::Union(m) => m.iter().collect(),
        TypeExpr::OrFalse(t) => vec![t.as_ref(), &FALSE],
        other => vec![other],
    }
}

/// Whether `p` is the `string` of a page's `integer|string`, and the schema
/// reads the value as `integer`: the page says the portal writes the number
/// either way, and the schema's `integer` reads a numeric string too. (A
/// page that says only `string` for a number still differs.)
fn numeric_string(p: &PType, page: &[&PType], schema: &[&TypeExpr]) -> bool {
    is_name(p, "string")
        && page.iter().any(|m| is_name(m, "integer"))
        && schema
            .iter()
            .any(|s| matches!(s, TypeExpr::Name(n) if n == "integer"))
}

fn is_name(p: &PType, name: &str) -> bool {
    matches!(p, PType::Name(n) if n == name)
}

fn member(schema: &TypeExpr, page: &PType, names: &Names) -> bool {
    match (schema, page) {
        (TypeExpr::Nullable(inner), p) => member(inner, p, names),
        // The CRM pages type a multiple field by its items, without `[]`
        // (`crm_multifield` for `PHONE`, `diskfile` for `FILES`).
        (TypeExpr::List(s), PType::Name(n)) => {
            n == "array" || (CRM_MULTIPLE.contains(&n.as_str()) && member(s, page, names))
        }
        (TypeExpr::List(s), PType::List(p)) => check(s, p, names).is_ok(),
        // `lang_map` (`crm/data-types.md`): texts keyed by language id (a
        // language with no text may come as null).
        (TypeExpr::Map(v), PType::Name(n)) => {
            let text = |t: &TypeExpr| matches!(t, TypeExpr::Name(t) if t == "string");
            n == "object"
                || (n == "lang_map"
                    && match v.as_ref() {
                        TypeExpr::Nullable(inner) => text(inner),
                        other => text(other),
                    })
        }
        // A filter and a sort order are objects on the page; a selection a
        // list of field names.
        (TypeExpr::Over(ListParam::Filter | ListParam::Order, _), PType::Name(n)) => n == "object",
        // A REST 3.0 filter is a list of conditions.
        (TypeExpr::Over(ListParam::Select | ListParam::Conditions, _), PType::Name(n)) => {
            n == "array"
        }
        (TypeExpr::Over(ListParam::Select, _), PType::List(p)) => {
            matches!(p.as_ref(), PType::Name(n) if n == "string")
        }
        (TypeExpr::Name(s), PType::Name(p)) => name(s, p, names),
        (TypeExpr::Union(_) | TypeExpr::OrFalse(_), p) => {
            members(schema).iter().any(|s| member(s, p, names))
        }
        _ => false,
    }
}

/// Page types that are identifiers of a built-in type, from the data-type
/// pages (`api-reference/data-types.md`, `crm/data-types.md`): a user id,
/// a CRM directory code (`crm_status`), the id of a deal, a contact...
const ID_TYPES: &[(&str, &str)] = &[
    ("user", "integer"),
    ("crm_status", "string"),
    ("crm_currency", "string"),
    ("crm_lead", "integer"),
    ("crm_deal", "integer"),
    ("crm_contact", "integer"),
    ("crm_company", "integer"),
    ("crm_quote", "integer"),
    ("crm_category", "integer"),
    ("crm_entity", "integer"),
    ("location", "integer"),
    // The code of a unit of measure (`catalog/data-types.md`), `796`.
    ("catalog_measure.code", "integer"),
    // The kind of item a user field belongs to (`CRM_CONTACT`).
    ("userfieldentityid", "string"),
    // A field of a documented object standing for its value (the pages
    // lower-case nothing but the object, the reader the whole name).
    ("crm_currency.currency", "string"),
    ("crm_dynamic_type.id", "integer"),
    ("catalog_measure.id", "integer"),
    ("catalog_measure.code", "integer"),
];

/// Object types the CRM pages name by a code of their own
/// (`crm/data-types.md`), and the schema types that describe each: the
/// older crm.<entity>.* methods name fields in upper case, the crm.item.*
/// methods in lowerCamel case, so one code has a type for each. A `file`
/// in what crm.item.* answer is the object `ItemFile`.
const CRM_OBJECTS: &[(&str, &str)] = &[
    ("crm_multifield", "Multifield"),
    ("crm_multifield", "ItemMultifield"),
    ("file", "ItemFile"),
    // Its fields are on a page of their own, not in a section to anchor.
    ("crm_activity_communication", "ActivityCommunication"),
];

/// The object codes of `crm/data-types.md` that type the fields holding
/// several of them (a multiple field): the pages write the item's code, not
/// a list of it.
const CRM_MULTIPLE: &[&str] = &[
    "crm_multifield",
    "crm_activity_binding",
    "crm_activity_communication",
    "diskfile",
    "attached_diskfile",
    "product_file",
];

/// The file codes of `crm/data-types.md`: an object describing the file in
/// what the portal answers, the upload structure (`fileData`, a name and
/// base64 pair) in what a request sends.
const CRM_FILES: &[&str] = &["diskfile", "attached_diskfile", "product_file"];

/// Whether a page type is one of the CRM's enumerations of
/// `crm/data-types.md` (`crm_enum_activitytype`): integers with named values.
fn crm_enum(page: &str) -> bool {
    page.starts_with("crm_enum_")
}

/// The schema type a CRM object code of the pages stands for (the first,
/// for `docs import`).
fn crm_object(page: &str) -> Option<&'static str> {
    CRM_OBJECTS
        .iter()
        .find(|(p, _)| *p == page)
        .map(|(_, t)| *t)
}

/// Whether a CRM object code of the pages stands for the schema type `named`.
fn is_crm_object(page: &str, named: &str) -> bool {
    CRM_OBJECTS.iter().any(|(p, t)| *p == page && *t == named)
}

/// The built-in type an identifier type of the pages stands for.
///
/// `<object>.id` (`sale_order_payment.id`, `user.id`): the sale and
/// catalog pages name an object's id by the object, always a number.
fn id_type(page: &str) -> Option<&'static str> {
    if page.ends_with(".id") && page.len() > 3 {
        return Some("integer");
    }
    ID_TYPES.iter().find(|(p, _)| *p == page).map(|(_, t)| *t)
}

fn name(schema: &str, page: &str, names: &Names) -> bool {
    let entity = page.starts_with(|c: char| c.is_uppercase());
    if let Some(builtin) = id_type(page)
        && (schema == builtin || schema == "any")
    {
        return true;
    }
    // An object of `crm/data-types.md` (a file, a communication): raw JSON
    // holds it.
    let crm_code = CRM_MULTIPLE.contains(&page) || crm_object(page).is_some();
    match schema {
        "integer" => matches!(page, "integer" | "timestamp" | "number") || crm_enum(page),
        "double" => matches!(page, "double" | "float" | "number" | "timestamp"),
        "string" => matches!(page, "string" | "text" | "char" | "date" | "datetime"),
        "date" => page == "date",
        "datetime" => page == "datetime",
        "boolean" => page == "boolean",
        // The `false` of `T|false`: the page calls it a boolean.
        "false" => page == "boolean",
        "file" => matches!(page, "file" | "string") || CRM_FILES.contains(&page),
        // The forms with a name: `{"fileData": [name, base64]}`, `[name, base64]`.
        "file_data" | "file_pair" => page == "file" || CRM_FILES.contains(&page),
        "object" => page == "object" || entity || crm_code,
        "pagination" => page == "object",
        "any" => true,
        named => match names.kind(named) {
            Some(Kind::Enum) => {
                matches!(page, "string" | "integer" | "char" | "enum" | "boolean") || crm_enum(page)
            }
            Some(Kind::Object) => {
                // Pages name some objects in lower case (`deal`), or by the
                // anchor of the section that describes them (`productrow`).
                page == "object"
                    || page.eq_ignore_ascii_case(named)
                    || is_crm_object(page, named)
                    || names
                        .anchors
                        .iter()
                        .any(|(n, a)| n == named && a.eq_ignore_ascii_case(page))
            }
            _ => false,
        },
    }
}

/// The schema type a page type suggests, for `docs import`: the nearest
/// built-in (entities keep their names, `array` becomes `[any]`).
pub fn suggest(page: &PType) -> String {
    let one = |p: &PType| -> String {
        match p {
            PType::Name(n) => match n.as_str() {
                "integer" | "timestamp" | "number" => "integer".into(),
                "double" | "float" => "double".into(),
                "boolean" => "boolean".into(),
                "file" => "file".into(),
                "object" => "object".into(),
                "array" => "[any]".into(),
                "any" => "any".into(),
                "date" => "date".into(),
                "datetime" => "datetime".into(),
                "string" | "text" | "char" | "enum" => "string".into(),
                "lang_map" => "{string}".into(),
                other if crm_enum(other) => "integer".into(),
                other if id_type(other).is_some() => id_type(other).unwrap_or("any").into(),
                other if crm_object(other).is_some() => crm_object(other).unwrap_or("any").into(),
                other if other.starts_with(|c: char| c.is_uppercase()) => other.to_owned(),
                _ => "any".into(),
            },
            PType::List(inner) => format!("[{}]", suggest(inner)),
            PType::Union(_) => suggest(p),
        }
    };
    let members: Vec<String> = page.non_null().into_iter().map(one).collect();
    let mut text = if members.is_empty() {
        "any".to_owned()
    } else {
        members.join("|")
    };
    if page.nullable() {
        text.push_str("|null");
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::typeref;

    fn schema() -> Schema {
        Schema {
            methods: vec![],
            types: vec![],
            system_errors: vec![],
            events: vec![],
        }
    }

    fn ok(s: &str, p: &str) -> Result<(), Mismatch> {
        let schema = schema();
        let names = Names {
            schema: &schema,
            module: vec![],
            anchors: vec![],
        };
        check(
            &typeref::parse(s).unwrap(),
            &PType::parse(p).unwrap(),
            &names,
        )
    }

    #[test]
    fn the_documented_correspondences() {
        assert_eq!(ok("[integer]", "integer[]"), Ok(()));
        assert_eq!(ok("[integer]", "array"), Ok(()));
        assert_eq!(ok("string|null", "string|null"), Ok(()));
        assert_eq!(ok("string|null", "string"), Ok(()));
        assert_eq!(ok("string", "string | null"), Err(Mismatch::NotNullable));
        assert_eq!(ok("string|boolean", "string | boolean"), Ok(()));
        assert_eq!(ok("string|false", "string | boolean"), Ok(()));
        assert_eq!(ok("[string]|false", "string[] | boolean"), Ok(()));
        assert_eq!(ok("string|false", "string"), Ok(()));
        assert_eq!(
            ok("string|false", "integer | boolean"),
            Err(Mismatch::Differ)
        );
        assert_eq!(ok("string", "string | boolean"), Err(Mismatch::Differ));
        assert_eq!(ok("[integer]|string", "array"), Ok(()));
        let schema = schema();
        let names = Names {
            schema: &schema,
            module: vec![],
            anchors: vec![],
        };
        let input = |s: &str, p: &str| {
            check_input(
                &typeref::parse(s).unwrap(),
                &PType::parse(p).unwrap(),
                &names,
            )
        };
        assert_eq!(input("[integer]", "array|string"), Ok(()));
        assert_eq!(input("string", "string|null"), Ok(()));
        assert_eq!(input("integer", "string"), Err(Mismatch::Differ));
        assert_eq!(ok("file", "string"), Ok(()));
        assert_eq!(ok("file_data", "file"), Ok(()));
        assert_eq!(ok("file_pair|null", "file"), Ok(()));
        assert_eq!(ok("file_data", "string"), Err(Mismatch::Differ));
        assert_eq!(input("file_pair", "file"), Ok(()));
        assert_eq!(ok("string", "datetime"), Ok(()));
        assert_eq!(ok("datetime", "datetime"), Ok(()));
        assert_eq!(ok("datetime|null", "datetime"), Ok(()));
        assert_eq!(ok("date", "date"), Ok(()));
        assert_eq!(ok("date", "datetime"), Err(Mismatch::Differ));
        assert_eq!(ok("datetime", "string"), Err(Mismatch::Differ));
        assert_eq!(ok("{integer}", "object"), Ok(()));
        assert_eq!(ok("{string}", "lang_map"), Ok(()));
        assert_eq!(ok("integer", "catalog_measure.code"), Ok(()));
        assert_eq!(ok("string", "catalog_measure.code"), Err(Mismatch::Differ));
        assert_eq!(ok("integer", "sale_order_payment.id"), Ok(()));
        assert_eq!(ok("string", "user.id"), Err(Mismatch::Differ));
        assert_eq!(ok("string", "lang_map"), Err(Mismatch::Differ));
        assert_eq!(ok("integer", "string"), Err(Mismatch::Differ));
        assert_eq!(ok("object", "Chat"), Ok(()));
        assert_eq!(ok("integer", "any"), Ok(()));
    }

    /// `crm_multifield` is the crm scope's `Multifield`, in the real schema.
    #[test]
    fn crm_object_codes_stand_for_their_schema_types() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../schema");
        let sources = crate::load(&dir).expect("the schema loads");
        let schema = crate::model::build(&sources).expect("the schema is valid");
        let names = Names {
            schema: &schema,
            module: vec!["crm".into()],
            anchors: vec![],
        };
        let ok = |s: &str, p: &str| {
            check(
                &typeref::parse(s).unwrap(),
                &PType::parse(p).unwrap(),
                &names,
            )
        };
        assert_eq!(ok("[Multifield]", "crm_multifield[]"), Ok(()));
        assert_eq!(ok("[Multifield]", "crm_multifield"), Ok(()));
        assert_eq!(ok("[string]", "crm_multifield"), Err(Mismatch::Differ));
        assert_eq!(ok("Multifield", "crm_multifield"), Ok(()));
        assert_eq!(ok("[string]", "crm_multifield[]"), Err(Mismatch::Differ));
        assert_eq!(ok("[Deal]", "crm_multifield[]"), Err(Mismatch::Differ));
    }

    #[test]
    fn suggestions_for_import() {
        assert_eq!(suggest(&PType::parse("integer[]").unwrap()), "[integer]");
        assert_eq!(
            suggest(&PType::parse("string|null").unwrap()),
            "string|null"
        );
        assert_eq!(suggest(&PType::parse("datetime").unwrap()), "datetime");
        assert_eq!(suggest(&PType::parse("date[]").unwrap()), "[date]");
        assert_eq!(
            suggest(&PType::parse("crm_multifield[]").unwrap()),
            "[Multifield]"
        );
        assert_eq!(suggest(&PType::parse("User[]").unwrap()), "[User]");
        assert_eq!(suggest(&PType::parse("array").unwrap()), "[any]");
    }
}
