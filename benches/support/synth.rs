//! Synthetic schemas for measuring how generation grows: `write_schema(dir, n)`
//! writes the real `schema/common/` files plus `n` method descriptors that
//! vary the way real ones do: every built-in param type, lists, nullable
//! and secret params, required params, enums (some with several spellings),
//! object types used by requests and by results, links with joined params,
//! inline and typed results, and error tables.
//!
//! Each method is a little richer than the average real one (about 12
//! params, a 4-field input type, a 4- or 7-value enum, 3 errors), so the
//! per-method figures are on the safe side.

#![allow(dead_code)]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Scopes the synthetic methods are spread over: 20, as many as the
/// documentation's families, so 1,500 methods make a full-size schema of
/// 75 methods a scope.
pub const SCOPES: &[&str] = &[
    "crm",
    "tasks",
    "disk",
    "sonet",
    "lists",
    "user",
    "department",
    "calendar",
    "catalog",
    "sale",
    "bizproc",
    "entity",
    "landing",
    "telephony",
    "timeman",
    "log",
    "vote",
    "mailservice",
    "messageservice",
    "userfieldconfig",
];
const VERBS: &[&str] = &["add", "update", "get", "delete", "list", "sync"];

/// A fresh temporary folder holding a schema of `n` synthetic methods.
pub fn temp_schema(n: usize) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "bitrix24-synth-{}-{n}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0)
    ));
    write_schema(&dir, n);
    dir
}

/// Writes `n` synthetic method files and the real shared files into `dir`.
pub fn write_schema(dir: &Path, n: usize) {
    let _ = std::fs::remove_dir_all(dir);
    let common = dir.join("common");
    std::fs::create_dir_all(&common).unwrap();
    let real = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/common");
    // Color, Time and the system errors; the imbot entities are not needed.
    for name in ["color.yaml", "time.yaml", "system-errors.yaml"] {
        std::fs::copy(real.join(name), common.join(name)).unwrap();
    }
    for i in 0..n {
        let (scope, group, verb) = names(i);
        let folder = dir.join(scope);
        std::fs::create_dir_all(&folder).unwrap();
        let method = format!("{scope}.{group}.{verb}");
        std::fs::write(
            folder.join(format!("{method}.yaml")),
            method_yaml(i, &method),
        )
        .unwrap();
    }
}

/// Scope, group and verb of method `i`: `crm.item0.add`, `tasks.item0.add`, ...
fn names(i: usize) -> (&'static str, String, &'static str) {
    let scope = SCOPES[i % SCOPES.len()];
    let rest = i / SCOPES.len();
    let verb = VERBS[rest % VERBS.len()];
    let group = format!("item{}", rest / VERBS.len());
    (scope, group, verb)
}

/// The UpperCamelCase prefix of method `i`'s types, unique within its scope.
fn prefix(i: usize) -> String {
    let (_, group, verb) = names(i);
    let mut p = String::new();
    for word in [group.as_str(), verb] {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            p.push(first.to_ascii_uppercase());
            p.extend(chars);
        }
    }
    p
}

fn method_yaml(i: usize, method: &str) -> String {
    let scope = names(i).0;
    let p = prefix(i);
    let with_link = i.is_multiple_of(4);
    let spelled = i.is_multiple_of(3);
    let mut y = String::new();
    let w = &mut y;
    writeln!(w, "method: {method}").unwrap();
    writeln!(w, "scope: {scope}").unwrap();
    writeln!(w, "docs: api-reference/{scope}/{method}.md").unwrap();
    writeln!(w, "who: any user with access to the {scope} module").unwrap();
    writeln!(w, "idempotent: {}", i % 2 == 1).unwrap();
    if i.is_multiple_of(5) {
        writeln!(w, "auth: [oauth]").unwrap();
    }
    writeln!(
        w,
        "summary: Synthetic method number {i}, for measuring the generator."
    )
    .unwrap();
    if i.is_multiple_of(2) {
        writeln!(
            w,
            "description: |\n  A longer description that spans\n  two lines of the rustdoc."
        )
        .unwrap();
    }

    // Params: every built-in type, lists, nullable, secret, required,
    // an enum, an object, the shared Color, and a kind + id pair.
    writeln!(w, "params:").unwrap();
    writeln!(
        w,
        "  ID: {{ type: integer, required: true, doc: Id of the item. }}"
    )
    .unwrap();
    writeln!(w, "  TITLE: {{ type: string, doc: The item's title. }}").unwrap();
    writeln!(
        w,
        "  ACTIVE: {{ type: boolean, default: true, doc: Whether the item is active. }}"
    )
    .unwrap();
    writeln!(
        w,
        "  WEIGHT: {{ type: double, doc: A weight with a fraction. }}"
    )
    .unwrap();
    writeln!(w, "  TAGS: {{ type: \"[string]\", doc: Free tags. }}").unwrap();
    writeln!(
        w,
        "  MEMBERS: {{ type: \"[integer]\", doc: Ids of the members. }}"
    )
    .unwrap();
    writeln!(
        w,
        "  NOTE: {{ type: \"string|null\", doc: A note or null to clear it. }}"
    )
    .unwrap();
    writeln!(w, "  META: {{ type: object, doc: Free-form metadata. }}").unwrap();
    writeln!(w, "  PAYLOAD: {{ type: any, doc: Anything at all. }}").unwrap();
    writeln!(
        w,
        "  MODE: {{ type: {p}Mode, default: FIRST, doc: How to proceed. }}"
    )
    .unwrap();
    writeln!(
        w,
        "  FIELDS: {{ type: {p}Fields, doc: Properties of the item. }}"
    )
    .unwrap();
    let color_spelling = if i.is_multiple_of(2) {
        "upper"
    } else {
        "camel"
    };
    writeln!(
        w,
        "  COLOR: {{ type: Color, spelling: {color_spelling}, doc: The item's colour. }}"
    )
    .unwrap();
    if !i.is_multiple_of(5) {
        writeln!(
            w,
            "  TOKEN: {{ type: string, secret: true, required_with: webhook, doc: A credential. }}"
        )
        .unwrap();
    }
    if with_link {
        writeln!(
            w,
            "  OWNER_TYPE: {{ type: {p}OwnerKind, doc: What owns the item. }}"
        )
        .unwrap();
        writeln!(w, "  OWNER_ID: {{ type: string, doc: Id of the owner. }}").unwrap();
        writeln!(w, "joined:").unwrap();
        writeln!(w, "  owner:").unwrap();
        writeln!(w, "    type: {p}Owner").unwrap();
        writeln!(w, "    params: [OWNER_TYPE, OWNER_ID]").unwrap();
        writeln!(w, "    doc: Who owns the item.").unwrap();
    }

    // Results: a plain type, a list of an output type, or inline fields.
    writeln!(w, "returns:").unwrap();
    match i % 3 {
        0 => writeln!(w, "  result: {{ type: integer, doc: Id of the item. }}").unwrap(),
        1 => writeln!(w, "  result: {{ type: \"[{p}Item]\", doc: The items. }}").unwrap(),
        _ => {
            writeln!(w, "  result:").unwrap();
            writeln!(w, "    doc: The item and what changed.").unwrap();
            writeln!(w, "    fields:").unwrap();
            writeln!(
                w,
                "      item: {{ type: {p}Item, required: true, doc: The item. }}"
            )
            .unwrap();
            writeln!(
                w,
                "      changed: {{ type: \"[string]\", doc: Names of changed fields. }}"
            )
            .unwrap();
            writeln!(w, "      at: {{ type: \"string|null\", doc: When. }}").unwrap();
        }
    }
    writeln!(w, "  time: {{ type: Time, doc: How long the call took. }}").unwrap();

    writeln!(w, "errors:").unwrap();
    writeln!(w, "  {}_NOT_FOUND:", p.to_uppercase()).unwrap();
    writeln!(w, "    status: 404").unwrap();
    writeln!(w, "    message: Item not found").unwrap();
    writeln!(w, "    doc: No item has this id.").unwrap();
    writeln!(w, "    retry_safe: true").unwrap();
    writeln!(w, "  ACCESS_ERROR_{i}:").unwrap();
    writeln!(w, "    status: 403").unwrap();
    writeln!(w, "    message: Access denied").unwrap();
    writeln!(w, "    doc: The caller may not touch this item.").unwrap();
    writeln!(w, "  WRONG_{i}:").unwrap();
    writeln!(w, "    message: Wrong request").unwrap();
    writeln!(w, "    doc: Something in the request was wrong.").unwrap();
    writeln!(w, "    legacy: true").unwrap();

    writeln!(w, "types:").unwrap();
    writeln!(w, "  {p}Fields:").unwrap();
    writeln!(w, "    doc: Properties of an item, as sent.").unwrap();
    writeln!(w, "    fields:").unwrap();
    writeln!(
        w,
        "      name: {{ type: string, required: true, doc: The name. }}"
    )
    .unwrap();
    writeln!(
        w,
        "      parentId: {{ type: integer, doc: Id of the parent. }}"
    )
    .unwrap();
    writeln!(w, "      mode: {{ type: {p}Mode, doc: A mode. }}").unwrap();
    writeln!(
        w,
        "      labels: {{ type: \"[string|null]\", doc: Labels. }}"
    )
    .unwrap();
    writeln!(w, "  {p}Item:").unwrap();
    writeln!(w, "    doc: An item, as returned.").unwrap();
    writeln!(w, "    fields:").unwrap();
    writeln!(
        w,
        "      id: {{ type: integer, required: true, doc: The id. }}"
    )
    .unwrap();
    writeln!(w, "      title: {{ type: string, doc: The title. }}").unwrap();
    writeln!(
        w,
        "      mode: {{ type: \"{p}Mode|null\", doc: The mode. }}"
    )
    .unwrap();
    writeln!(
        w,
        "      color: {{ type: \"Color|null\", spelling: hex, doc: The colour as HEX. }}"
    )
    .unwrap();
    writeln!(
        w,
        "      extra: {{ type: \"object|boolean\", rust: extra_data, doc: Extra data or false. }}"
    )
    .unwrap();

    writeln!(w, "enums:").unwrap();
    writeln!(w, "  {p}Mode:").unwrap();
    writeln!(w, "    doc: How to proceed.").unwrap();
    if spelled {
        writeln!(w, "    spellings: [upper, lower]").unwrap();
        writeln!(w, "    values:").unwrap();
        for (upper, lower) in [
            ("FIRST", "first"),
            ("SECOND", "second"),
            ("THIRD", "third"),
            ("FOURTH", "fourth"),
        ] {
            writeln!(
                w,
                "      - {{ wire: {{ upper: {upper}, lower: {lower} }}, doc: The {lower} way. }}"
            )
            .unwrap();
        }
    } else {
        writeln!(w, "    values:").unwrap();
        for v in [
            "FIRST", "SECOND", "THIRD", "FOURTH", "FIFTH", "SIXTH", "SEVENTH",
        ] {
            writeln!(
                w,
                "      - {{ wire: {v}, doc: The {} way. }}",
                v.to_lowercase()
            )
            .unwrap();
        }
    }
    if with_link {
        writeln!(w, "  {p}OwnerKind:").unwrap();
        writeln!(w, "    doc: What can own an item.").unwrap();
        writeln!(w, "    values:").unwrap();
        writeln!(w, "      - {{ wire: USER, doc: A user. }}").unwrap();
        writeln!(w, "      - {{ wire: GROUP, doc: A workgroup. }}").unwrap();
        writeln!(w, "      - {{ wire: CRM, doc: A CRM item. }}").unwrap();
        writeln!(w, "links:").unwrap();
        writeln!(w, "  {p}Owner:").unwrap();
        writeln!(w, "    doc: The owner of an item.").unwrap();
        writeln!(w, "    kind: {p}OwnerKind").unwrap();
        writeln!(w, "    constructors:").unwrap();
        writeln!(
            w,
            "      user: {{ kind: USER, format: \"{{user_id:integer}}\", doc: A user. }}"
        )
        .unwrap();
        writeln!(
            w,
            "      group: {{ kind: GROUP, format: \"{{group_id:integer}}\", doc: A workgroup. }}"
        )
        .unwrap();
        writeln!(
            w,
            "      crm: {{ kind: CRM, format: \"{{crm_type:string}}|{{id:integer}}\", doc: A CRM item. }}"
        )
        .unwrap();
    }
    y
}
