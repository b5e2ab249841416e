//! `docs check` on the conventions of the CRM pages, with a small made-up
//! page (`tests/docs_crm/pages/`) and a schema that matches it
//! (`tests/docs_crm/schema/`): the codes of `crm/data-types.md`, a result
//! that holds a member the page describes in a section of its own, a
//! page's `integer|string`, types named by a section's anchor, Markdown
//! escapes and bare codes in error tables, rows whose code is empty.

use bitrix24_codegen::docs::check::Report;
use fixture::lines;
use std::path::{Path, PathBuf};

#[path = "support/docs_fixture.rs"]
mod fixture;

fn here() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/docs_crm")
}

/// Checks the test schema with one file's text replaced.
fn check_with(file: &str, edit: impl Fn(String) -> String) -> Report {
    fixture::check_with(&here(), file, edit)
}

/// One edit of the widget's descriptor, and the one difference it makes.
fn differs(from: &str, to: &str, expected: &str) {
    let report = check_with("crm.widget.add.yaml", |t| {
        assert!(t.contains(from), "the descriptor has {from:?}");
        t.replace(from, to)
    });
    assert_eq!(lines(&report), [expected], "{report}");
}

#[test]
fn the_matching_schema_is_clean() {
    let report = check_with("crm.widget.add.yaml", |t| t);
    assert!(report.clean(), "{report}");
    assert!(report.accepted.is_empty(), "{report}");
}

/// `crm_enum_*` is an integer enumeration; `diskfile` and
/// `attached_diskfile` take the upload forms and raw JSON, and type a
/// multiple field by its item; `crm_activity_communication` is the
/// communication object; `lang_map` is a map of texts.
#[test]
fn the_codes_of_the_crm_data_types() {
    differs(
        "KIND_ID: { type: WidgetKind",
        "KIND_ID: { type: string",
        "~ param fields.KIND_ID: type `string` in the schema, `crm_enum_widgetkind` on the page",
    );
    differs(
        "FILES: { type: \"[file_data]\"",
        "FILES: { type: \"[string]\"",
        "~ param fields.FILES: type `[string]` in the schema, `diskfile` on the page",
    );
    differs(
        "CONTACTS: { type: \"[ActivityCommunication]\"",
        "CONTACTS: { type: \"[WidgetRow]\"",
        "~ param fields.CONTACTS: type `[WidgetRow]` in the schema, `crm_activity_communication` on the page",
    );
    differs(
        "LABEL: { type: \"string|{string}\"",
        "LABEL: { type: \"string|{integer}\"",
        "~ param fields.LABEL: type `string|{integer}` in the schema, `string|lang_map` on the page",
    );
    // `crm_currency` is the currency's code or the currency object, and
    // `crm_currency.CURRENCY` the code.
    differs(
        "CURRENCY_ID: { type: string",
        "CURRENCY_ID: { type: integer",
        "~ param fields.CURRENCY_ID: type `integer` in the schema, `crm_currency.currency` on the page",
    );
    differs(
        "currency: { type: Currency",
        "currency: { type: WidgetRow",
        "~ result.widget.currency: type `WidgetRow` in the schema, `crm_currency` on the page",
    );
}

/// "Contains the object [`widget`](#widget)": the section's rows are the
/// fields of `result.widget`, not of `result`.
#[test]
fn a_result_that_contains_a_linked_member() {
    differs(
        "      widget: { type: Widget, required: true, doc: The widget. }\n",
        "      widget: { type: Widget, required: true, doc: The widget. }\n      more: { type: string, doc: More. }\n",
        "- result.more: in the schema, not on the page",
    );
    differs(
        "      meta: { type: object, doc: Anything else. }\n",
        "",
        "+ result.widget.meta (object): on the page, not in the schema",
    );
}

/// A page's `integer|string` fits `integer`; a page's `string` does not.
#[test]
fn integer_or_string_on_the_page_fits_integer() {
    differs(
        "ownerId: { type: string",
        "ownerId: { type: integer",
        "~ result.widget.ownerId: type `integer` in the schema, `string` on the page",
    );
    differs(
        "id: { type: integer, doc: Its id. }",
        "id: { type: double, doc: Its id. }",
        "~ result.widget.id: type `double` in the schema, `integer|string` on the page",
    );
}

/// `widgetrow[]` names the type whose `anchor:` is `widgetrow`.
#[test]
fn a_type_named_by_the_anchor_of_its_section() {
    // Another type in its place: the section the page's type links is
    // compared with that type's fields, and one of the page's is missing.
    differs(
        "rows: { type: \"[WidgetRow]\"",
        "rows: { type: \"[ActivityCommunication]\"",
        "+ result.widget.rows.NAME (string): on the page, not in the schema",
    );
    // `Object`, written with a capital and linking no entity, is `object`.
    differs(
        "meta: { type: object",
        "meta: { type: string",
        "~ result.widget.meta: type `string` in the schema, `object` on the page",
    );
}

/// `Vendor\\Widget\\Box` on the page is the portal's `Vendor\Widget\Box`;
/// a code the page writes without backticks is a code.
#[test]
fn escapes_and_bare_codes_in_the_error_table() {
    differs(
        "message: 'Vendor\\Widget\\Box is not ready'",
        "message: 'Vendor Widget Box is not ready'",
        "~ error 100: message \"Vendor Widget Box is not ready\" in the schema, \"Vendor\\Widget\\Box is not ready\" on the page",
    );
    differs(
        "  WIDGET_LOCKED: { status: 400, message: Widget is locked, doc: Locked. }\n",
        "",
        "+ error WIDGET_LOCKED: on the page, not in the schema",
    );
}

/// Rows whose code cell says the code is empty pair with the schema's `""`:
/// its message is one of theirs, its status theirs.
#[test]
fn rows_with_an_empty_code_pair_with_the_empty_code() {
    differs(
        "message: Access denied., doc:",
        "message: Widget was never there, doc:",
        "~ error \"\": message \"Widget was never there\" in the schema, \"Widget is gone\" on the page",
    );
    differs(
        "\"\": { rust: Refused, status: 400,",
        "\"\": { rust: Refused, status: 403,",
        "~ error \"\": HTTP 403 in the schema; the page names only 400",
    );
    // A descriptor without `""` is not yet held to the page's rows.
    let report = check_with("crm.widget.add.yaml", |t| {
        t.lines()
            .filter(|l| !l.starts_with("  \"\":"))
            .collect::<Vec<_>>()
            .join("\n")
    });
    assert!(report.clean(), "{report}");
}
