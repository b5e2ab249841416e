//! The documentation reader, `docs check` and `docs import`, on small pages
//! written for these tests in the format of the official pages
//! (`tests/docs/pages/`), with a schema that matches them
//! (`tests/docs/schema/`). They need nothing outside the repository.

use bitrix24_codegen::docs::check::{self, Report};
use bitrix24_codegen::docs::import;
use bitrix24_codegen::docs::page::{PType, Page};
use bitrix24_codegen::model::{self, Source};
use std::path::{Path, PathBuf};

fn here() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/docs")
}

fn page() -> Page {
    let text =
        std::fs::read_to_string(here().join("pages/api-reference/demo/thing-add.md")).unwrap();
    Page::parse(&text)
}

fn sources() -> Vec<Source> {
    bitrix24_codegen::load(&here().join("schema")).expect("the test schema loads")
}

/// Checks the test schema with one file's text replaced.
fn check_with(file: &str, edit: impl Fn(String) -> String) -> Report {
    let mut sources = sources();
    let source = sources
        .iter_mut()
        .find(|s| s.path.ends_with(file))
        .expect("a file of the test schema");
    let text = edit(source.text.clone());
    let shared = source.path.components().any(|c| c.as_os_str() == "common");
    source.content = bitrix24_codegen::parse(&source.path, &text, shared).expect("still parses");
    source.text = text;
    let schema = model::build(&sources).expect("still valid");
    check::check(&sources, &schema, &here().join("pages"))
}

fn lines(report: &Report) -> Vec<String> {
    report
        .entries
        .iter()
        .flat_map(|e| e.drift.iter().map(|d| format!("{} {}", d.mark, d.text)))
        .collect()
}

#[test]
fn reads_title_scope_who_and_lead() {
    let p = page();
    assert_eq!(p.title_method().as_deref(), Some("demo.thing.add"));
    assert_eq!(p.scope.as_deref(), Some("demo"));
    assert_eq!(p.who.as_deref(), Some("любой пользователь"));
    assert_eq!(
        p.lead.as_deref(),
        Some("Метод `demo.thing.add` создает штуку.")
    );
    assert!(p.includes_system_errors());
}

#[test]
fn reads_params_with_their_marks_types_and_values() {
    let p = page();
    let params = p.params().expect("a params table");
    let names: Vec<&str> = params.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "ownerId",
            "title",
            "KIND",
            "tags",
            "color",
            "note",
            "options",
            "links",
            "links[].url",
            "owner",
            "MODE"
        ]
    );
    let row = |n: &str| params.iter().find(|r| r.name == n).unwrap();
    // `**x***`, `**x**^*^` and `**x^*^**` are all required marks.
    assert!(row("ownerId").required && row("title").required && row("MODE").required);
    assert!(!row("KIND").required);
    assert_eq!(row("tags").ty, PType::parse("string[]"));
    assert_eq!(row("note").ty, PType::parse("string|null"));
    // Two type lines make a union.
    assert_eq!(row("MODE").ty, PType::parse("string|null"));
    assert_eq!(row("owner").entity.as_deref(), Some("user"));
    // An escaped bar and a code fence with bars stay in their cells.
    assert!(row("title").description.contains("`A`\\|`B`"));
    assert!(row("note").description.contains("a || b | c"));
    // Bullet values, and a table of codes under an anchor.
    let kind: Vec<String> = p.values(row("KIND")).into_iter().map(|v| v.code).collect();
    assert_eq!(kind, ["BIG", "SMALL"]);
    let colors: Vec<String> = p.values(row("color")).into_iter().map(|v| v.code).collect();
    assert_eq!(colors, ["red", "green"]);
    // Nested objects: an anchored sub-table, and dotted names (`links[].url`
    // for the items of a list).
    let options = p.children(row("options"), &params).unwrap();
    assert_eq!(options.len(), 2);
    let role = &options[1];
    assert_eq!(role.values.len(), 1);
    assert!(role.open_values, "`- любой другой код роли` is not a value");
    let links = p.children(row("links"), &params).unwrap();
    assert_eq!(links[0].name, "url");
}

#[test]
fn reads_the_result_its_objects_and_the_envelope() {
    let p = page();
    let rows = p.result().expect("a result table");
    let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["result", "total", "time"]);
    let result = p.children(&rows[0], &rows).unwrap();
    assert_eq!(result[1].name, "files");
    let files = p.children(&result[1], &result).unwrap();
    assert_eq!(files[0].name, "upload{id}");
    let file = p.children(&files[0], &files).unwrap();
    assert_eq!(file.len(), 2);
}

#[test]
fn reads_errors_in_each_layout() {
    let p = page();
    let errors = p.errors();
    let codes: Vec<(&str, Option<u16>, Option<&str>)> = errors
        .iter()
        .map(|e| (e.code.as_str(), e.status, e.message.as_deref()))
        .collect();
    assert_eq!(
        codes,
        [
            ("OWNER_EMPTY", None, Some("Owner is empty")),
            ("THING_EXISTS", None, Some("Thing exists")),
            ("ACCESS_DENIED", Some(403), Some("Access denied")),
        ]
    );
    assert_eq!(errors[0].meaning, "Не передан `ownerId`");
    assert_eq!(p.error_statuses(), [400, 403]);
    // The system errors' layout: status, then code and message in one cell.
    let text = std::fs::read_to_string(here().join("pages/_includes/system-errors.md")).unwrap();
    let system = Page::parse(&text).all_errors();
    assert_eq!(system[0].code, "QUERY_LIMIT_EXCEEDED");
    assert_eq!(system[0].status, Some(503));
    assert_eq!(system[0].message.as_deref(), Some("Too many requests"));
    assert_eq!(system[0].meaning, "Превышен лимит");
}

#[test]
fn the_matching_schema_is_clean() {
    let sources = sources();
    let schema = model::build(&sources).unwrap();
    let report = check::check(&sources, &schema, &here().join("pages"));
    assert!(report.clean(), "{report}");
    assert_eq!(report.methods(), 1);
    assert!(report.to_string().ends_with("— ok"), "{report}");
}

#[test]
fn drift_in_params_is_reported() {
    let report = check_with("demo.thing.add.yaml", |t| {
        t.replace("  tags: { type: \"[string]\", doc: Tags. }\n", "")
            .replace("ownerId: { type: integer, required: true", "ownerId: { type: string")
            .replace("  note: { type: \"string|null\"", "  note: { type: string")
            .replace("      - { wire: SMALL, doc: Small. }\n", "      - { wire: HUGE, doc: Huge. }\n")
            .replace("      silent: { type: boolean, doc: Quietly. }\n", "      silent: { type: boolean, doc: Quietly. }\n      loud: { type: boolean, doc: Loudly. }\n")
            .replace("spelling: camel", "spelling: upper")
    });
    assert!(!report.clean());
    let got = lines(&report);
    for want in [
        "+ param tags (string[]): on the page, not in the schema",
        "~ param ownerId: optional in the schema, required on the page",
        "~ param ownerId: type `string` in the schema, `integer` on the page",
        "+ param KIND value `SMALL`: on the page, not in `ThingKind`",
        "- param KIND value `HUGE`: in `ThingKind`, not on the page",
        "- param options.loud: in the schema, not on the page",
        "~ param color: the page spells the values of `Color` as `camel` (red, green), the schema sends `upper`",
    ] {
        assert!(
            got.iter().any(|g| g == want),
            "missing `{want}` in:\n{}",
            got.join("\n")
        );
    }
    // A param may leave out the null a page admits: a request need not send it.
    assert_eq!(got.len(), 7, "{}", got.join("\n"));
}

#[test]
fn drift_in_results_and_errors_is_reported() {
    let report = check_with("demo.thing.add.yaml", |t| {
        t.replace("      size: { type: integer, doc: Size. }\n", "")
            .replace(
                "name: { type: \"string|null\", doc: Name. }",
                "name: { type: string, doc: Name. }",
            )
            .replace("  total: { type: integer, doc: How many there are. }\n", "")
            .replace(
                "status: 403, message: Access denied",
                "status: 400, message: Access refused",
            )
            .replace(
                "  THING_EXISTS: { status: 400, message: Thing exists, doc: Already there. }\n",
                "  GONE: { message: Gone, doc: Removed. }\n",
            )
            .replace(
                "doc: Older portals send it., legacy: true",
                "doc: Older portals send it.",
            )
    });
    let got = lines(&report);
    for want in [
        "+ result.files.upload{id}.size (integer): on the page, not in the schema",
        "~ result.files.upload{id}.name: `string` in the schema, `string|null` on the page (which admits null)",
        "+ total: on the page, not in the schema's `returns`",
        "+ error THING_EXISTS: on the page, not in the schema",
        "- error GONE: in the schema, not on the page (mark it `legacy: true` if portals still send it)",
        "- error OLD_CODE: in the schema, not on the page (mark it `legacy: true` if portals still send it)",
        "~ error ACCESS_DENIED: HTTP 400 in the schema, 403 on the page",
        "~ error ACCESS_DENIED: message \"Access refused\" in the schema, \"Access denied\" on the page",
    ] {
        assert!(
            got.iter().any(|g| g == want),
            "missing `{want}` in:\n{}",
            got.join("\n")
        );
    }
    assert_eq!(got.len(), 8, "{}", got.join("\n"));
}

#[test]
fn shared_files_are_checked_against_their_pages() {
    let report = check_with("system-errors.yaml", |t| {
        t.replace("message: Too many requests", "message: Slow down")
    });
    let got = lines(&report);
    assert_eq!(
        got,
        [
            "~ system error QUERY_LIMIT_EXCEEDED: message \"Slow down\" in the schema, \"Too many requests\" on the page"
        ]
    );
}

#[test]
fn a_page_about_another_method_is_not_compared() {
    let report = check_with("demo.thing.add.yaml", |t| {
        t.replace(
            "docs: api-reference/demo/thing-add.md",
            "docs: api-reference/demo/missing.md",
        )
    });
    let got = lines(&report);
    assert_eq!(got.len(), 1);
    assert!(
        got[0].starts_with("! page ") && got[0].contains("missing.md"),
        "{got:?}"
    );
}

#[test]
fn the_imported_draft_is_a_valid_descriptor_that_matches_its_page() {
    let p = page();
    let known = import::Known {
        system_errors: vec![
            "QUERY_LIMIT_EXCEEDED".to_owned(),
            "ACCESS_DENIED".to_owned(),
        ],
        entities: vec![("user".to_owned(), "User".to_owned())],
    };
    let draft = import::draft(&p, "pages/api-reference/demo/thing-add.md", &known).unwrap();
    assert!(
        draft.contains("docs: api-reference/demo/thing-add.md"),
        "{draft}"
    );
    assert!(draft.contains("idempotent: false # review"), "{draft}");
    // The draft, with the shared files, is a valid schema…
    let mut sources: Vec<Source> = sources()
        .into_iter()
        .filter(|s| s.path.components().any(|c| c.as_os_str() == "common"))
        .collect();
    let path = PathBuf::from("demo.thing.add.yaml");
    sources.push(Source {
        content: bitrix24_codegen::parse(&path, &draft, false)
            .unwrap_or_else(|e| panic!("{e}\n{draft}")),
        path,
        text: draft.clone(),
    });
    let schema = model::build(&sources).unwrap_or_else(|e| panic!("{e}\n{draft}"));
    // …that matches its page (it names its own enums and types, which a
    // review replaces with the shared ones where they exist).
    let report = check::check(&sources, &schema, &here().join("pages"));
    let got = lines(&report);
    assert!(got.is_empty(), "{}\n{draft}", got.join("\n"));
    let method = &schema.methods[0];
    assert_eq!(method.params.len(), 10);
    assert!(schema.types.iter().any(|t| t.name == "ThingAddKind"));
    assert!(schema.types.iter().any(|t| t.name == "ThingAddOptions"));
}
