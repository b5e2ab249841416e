//! The documentation reader, `docs check` and `docs import`, on small pages
//! written for these tests in the format of the official pages
//! (`tests/docs/pages/`), with a schema that matches them
//! (`tests/docs/schema/`). They need nothing outside the repository.

use bitrix24_codegen::docs::check::{self, Report};
use bitrix24_codegen::docs::import;
use bitrix24_codegen::docs::page::{PType, Page};
use bitrix24_codegen::model::{self, Source};
use fixture::lines;
use std::path::{Path, PathBuf};

#[path = "support/docs_fixture.rs"]
mod fixture;

fn here() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/docs")
}

fn page() -> Page {
    let text =
        std::fs::read_to_string(here().join("pages/api-reference/demo/thing-add.md")).unwrap();
    Page::parse(&text)
}

fn sources() -> Vec<Source> {
    fixture::sources(&here())
}

/// Checks the test schema with one file's text replaced.
fn check_with(file: &str, edit: impl Fn(String) -> String) -> Report {
    fixture::check_with(&here(), file, edit)
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

/// A REST 3.0 page names each code on a line above a table of the fields
/// it is about; every row of that table is the code with its message.
#[test]
fn reads_rest3_errors_named_above_their_tables() {
    let text = "# Получить вещь demo.thing.get

## Обработка ошибок

HTTP-статус: **400**

### Возможные коды ошибок

#### Ошибки валидации

Код ошибки: `BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION`

#|
|| **Поле** | **Описание ошибки** | **Как исправить** ||
|| `id` | Обязательное поле `id` не указано | Добавьте `id` ||
|| `id` | Поле `id` должно быть числом | Передайте число ||
|#

#### Ошибки доступа

Код ошибки: `BITRIX_REST_V3_EXCEPTION_ACCESSDENIEDEXCEPTION`

#|
|| **Поле** | **Описание ошибки** | **Как исправить** ||
|| `-` | Access denied | Проверьте права ||
|#

#|
|| **Код** | **Описание** ||
|| `OTHER_CODE` | Какой-то код ||
|#
";
    let page = Page::parse(text);
    let errors = page.errors();
    let rows: Vec<(&str, Option<&str>, &str)> = errors
        .iter()
        .map(|e| (e.code.as_str(), e.message.as_deref(), e.meaning.as_str()))
        .collect();
    assert_eq!(
        rows,
        [
            (
                "BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION",
                Some("Обязательное поле id не указано"),
                "Добавьте id"
            ),
            (
                "BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION",
                Some("Поле id должно быть числом"),
                "Передайте число"
            ),
            (
                "BITRIX_REST_V3_EXCEPTION_ACCESSDENIEDEXCEPTION",
                Some("Access denied"),
                "Проверьте права"
            ),
            // A table with its own code column after them is read as usual.
            ("OTHER_CODE", None, "Какой-то код"),
        ]
    );
    assert_eq!(page.error_statuses(), [400]);
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
fn the_permission_is_compared_with_the_scope_line_of_the_page() {
    // The page says `demo`: the default permission, `[demo]`, matches, and
    // so does the same list written out.
    let clean = |edit: &dyn Fn(String) -> String| {
        let report = check_with("demo.thing.add.yaml", edit);
        lines(&report)
            .into_iter()
            .filter(|l| l.contains("permission"))
            .collect::<Vec<_>>()
    };
    assert!(clean(&|t| t).is_empty());
    assert!(clean(&|t| t.replace("scope: demo\n", "scope: demo\npermission: [demo]\n")).is_empty());
    // Another list, or one more permission, is a difference.
    assert_eq!(
        clean(&|t| t.replace(
            "scope: demo\n",
            "scope: demo\npermission: [demo, demo_basic]\n"
        )),
        ["~ permission: `[demo, demo_basic]` in the schema, `[demo]` on the page"]
    );
    assert_eq!(
        clean(&|t| t.replace("scope: demo\n", "scope: demo\npermission: [thing]\n")),
        ["~ permission: `[thing]` in the schema, `[demo]` on the page"]
    );
}

#[test]
fn a_scope_line_naming_several_permissions_gives_them_all() {
    let p = Page::parse(
        "# Get a thing demo.thing.get\n\n> Scope: [`user`](../scopes.md), [`user_brief`](../scopes.md), [`user_basic`](../scopes.md)\n",
    );
    assert_eq!(p.scopes, ["user", "user_brief", "user_basic"]);
    assert_eq!(p.scope.as_deref(), Some("user"));
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

/// `things-type-find.md` has what the whole docs tree showed the importer
/// getting wrong (issue 16): a scope other than the first segment, a
/// keyword segment, a param named `Default`, a filter whose bullets are
/// keys and operators, a conditional required mark, numeric and Cyrillic
/// enum values, numeric error codes, an error row whose code cell is prose,
/// and a row listed twice.
fn find_draft() -> String {
    let text = std::fs::read_to_string(here().join("pages/api-reference/demo/things-type-find.md"))
        .unwrap();
    let known = import::Known {
        system_errors: vec!["QUERY_LIMIT_EXCEEDED".to_owned()],
        entities: vec![],
    };
    import::draft(
        &Page::parse(&text),
        "pages/api-reference/demo/things-type-find.md",
        &known,
    )
    .unwrap()
}

/// The draft, next to the test schema's shared files, as a checked schema.
fn build_draft(draft: &str) -> Result<model::Schema, String> {
    let mut sources: Vec<Source> = sources()
        .into_iter()
        .filter(|s| s.path.components().any(|c| c.as_os_str() == "common"))
        .collect();
    let path = PathBuf::from("things.type.find.yaml");
    sources.push(Source {
        content: bitrix24_codegen::parse(&path, draft, false).map_err(|e| e.to_string())?,
        path,
        text: draft.to_owned(),
    });
    let lints = bitrix24_codegen::lint::check(&sources, None);
    if !lints.is_empty() {
        return Err(bitrix24_codegen::Diagnostics(lints).to_string());
    }
    model::build(&sources).map_err(|e| e.to_string())
}

#[test]
fn the_draft_of_a_page_with_unnamable_things_is_valid_and_marks_its_guesses() {
    let draft = find_draft();
    let schema = build_draft(&draft).unwrap_or_else(|e| panic!("{e}\n{draft}"));
    let method = &schema.methods[0];
    // The scope the language needs, and the page's own as the permission.
    assert!(
        draft.contains("scope: things\npermission: [thing]\n"),
        "{draft}"
    );
    // `type` cannot name a module: the draft names it.
    assert!(
        draft.contains("modules: { type: types } # review"),
        "{draft}"
    );
    assert_eq!(method.module, ["things", "types"]);
    // `Default` would hide `Default::default()`: renamed the documented way.
    assert!(
        draft.contains("Default:\n    type: \"string\"\n    rust: default_value # review"),
        "{draft}"
    );
    // Numeric codes: a name from the English message, else `Code<n>`.
    let variants: Vec<(&str, &str)> = method
        .errors
        .iter()
        .map(|e| (e.code.as_str(), e.rust.as_str()))
        .collect();
    assert_eq!(
        variants,
        [
            ("1018", "ThingNotFound"),
            ("100", "Code100"),
            ("", "Refused")
        ]
    );
    assert!(draft.contains("rust: ThingNotFound # review"), "{draft}");
    // Values with no Rust name of their own.
    let values = |name: &str| -> Vec<String> {
        let t = schema.types.iter().find(|t| t.name == name).unwrap();
        match &t.body {
            model::TypeBody::Enum(e) => e.values.iter().map(|v| v.rust.clone()).collect(),
            _ => panic!("{name} is not an enum"),
        }
    };
    assert_eq!(values("TypeFindLevel"), ["Value1", "Value2"]);
    assert_eq!(values("TypeFindMood"), ["Value1", "Value2"]);
    assert!(
        draft.contains("rust: Value1 } # review: the value gives no variant name"),
        "{draft}"
    );
}

#[test]
fn the_importer_invents_no_constraint_and_drops_no_row() {
    let draft = find_draft();
    let schema = build_draft(&draft).unwrap_or_else(|e| panic!("{e}\n{draft}"));
    let method = &schema.methods[0];
    let param = |wire: &str| method.params.iter().find(|p| p.wire == wire).unwrap();
    // Keys and operators of a filter are no enum of the param's values.
    assert_eq!(param("filter").schema_ty, "string");
    assert!(!schema.types.iter().any(|t| t.name == "TypeFindFilter"));
    assert!(
        draft.contains("# review: not drafted as an enum, some listed values are operators"),
        "{draft}"
    );
    // "Required if `auto` is not given" is no unconditional required mark.
    assert!(!param("section").required);
    assert!(
        draft.contains("  section:\n    type: \"integer\"\n    # review: marked required, but the page names a condition"),
        "{draft}"
    );
    // Rows whose code cell says the code is empty are one entry `""`,
    // named for review, its doc naming every message.
    let empty = method
        .errors
        .iter()
        .find(|e| e.code.is_empty())
        .expect("an entry for the empty code");
    assert_eq!(empty.rust, "Refused");
    assert_eq!(empty.message, "Access is denied for this section");
    assert!(empty.doc.contains("Section is closed"), "{draft}");
    assert!(
        draft.contains("  \"\":\n") && draft.contains("rust: Refused # review"),
        "{draft}"
    );
    // A row whose code cell is other prose is kept for the reviewer.
    assert!(
        draft.contains("  # review: a row whose code cell is not a code (\"Зависит от причины\")")
            && draft.contains("  #   message: \"Something went wrong\""),
        "{draft}"
    );
    // A row named by a pattern is no field: kept commented out for review.
    assert!(!method.params.iter().any(|p| p.wire.contains("tags")));
    assert!(
        draft.contains("  # review: `tags[]` names no single field (a pattern or a phrase)")
            && draft.contains("  # \"tags[]\":"),
        "{draft}"
    );
    // A row listed twice is kept once, the repeat noted.
    assert_eq!(method.params.iter().filter(|p| p.wire == "auto").count(), 1);
    assert!(
        draft.contains("# review: the page lists \"auto\" again"),
        "{draft}"
    );
}

#[test]
fn events_are_checked_against_their_sections() {
    let sources = sources();
    let schema = model::build(&sources).unwrap();
    let report = check::check(&sources, &schema, &here().join("pages"));
    assert!(report.clean(), "{report}");
    let names: Vec<&str> = report.entries.iter().map(|e| e.name.as_str()).collect();
    assert!(
        names.contains(&"ONDEMOTHINGADD") && names.contains(&"ONDEMOTHINGDELETE"),
        "{names:?}"
    );
    let report = check_with("events.yaml", |t| {
        t.replace(
            "thingId: { type: integer, doc: The new thing. }",
            "thingId: { type: string, doc: The new thing. }",
        )
        .replace("      user: { type: User, doc: Who added it. }\n", "")
        .replace("anchor: thing-delete", "anchor: thing-gone")
    });
    let got = lines(&report);
    assert_eq!(
        got,
        [
            "+ data.user (User): on the page, not in the schema",
            "~ data.thingId: type `string` in the schema, `integer` on the page",
            "! the page has no section `{#thing-gone}` with a field table",
        ],
        "{report}"
    );
}

#[test]
fn an_event_on_a_page_of_its_own_is_checked_against_the_data_of_its_body() {
    let sources = sources();
    let schema = model::build(&sources).unwrap();
    let report = check::check(&sources, &schema, &here().join("pages"));
    assert!(report.clean(), "{report}");
    let event = schema
        .events
        .iter()
        .find(|e| e.wire == "ONDEMOTHINGUPDATE")
        .expect("the event");
    // Its own page: the docs URL has no anchor.
    assert!(
        event.docs_url.ends_with("/demo/on-demo-thing-update.html"),
        "{}",
        event.docs_url
    );
    let report = check_with("event-update.yaml", |t| {
        t.replace("FIELDS: { type: EventThing", "THING: { type: EventThing")
    });
    let got = lines(&report);
    assert!(
        got.contains(&"+ data.FIELDS (object): on the page, not in the schema".to_owned()),
        "{report}"
    );
    assert!(
        got.contains(&"- data.THING: in the schema, not on the page".to_owned()),
        "{report}"
    );
}

#[test]
fn page_errors_accept_what_they_name_and_fail_once_the_page_agrees() {
    // The descriptor knowingly differs from its page at `ownerId`.
    let report = check_with("demo.thing.add.yaml", |t| {
        t.replace(
            "ownerId: { type: integer, required: true",
            "ownerId: { type: string, required: true",
        ) + "\npage_errors:\n  - at: \"param ownerId\"\n    why: The portal takes a string id.\n"
    });
    assert!(report.clean(), "{report}");
    assert_eq!(report.accepted.len(), 1, "{report}");
    let (method, drift, why) = &report.accepted[0];
    assert_eq!(method, "demo.thing.add");
    assert_eq!(
        drift.text,
        "param ownerId: type `string` in the schema, `integer` on the page"
    );
    assert_eq!(why, "The portal takes a string id.");
    assert!(
        report.to_string().contains("1 errors of the pages"),
        "{report}"
    );
    // Where the page and the schema agree, the note is stale: a failure.
    let report = check_with("demo.thing.add.yaml", |t| {
        t + "\npage_errors:\n  - at: \"param ownerId\"\n    why: The portal takes a string id.\n"
    });
    assert_eq!(
        lines(&report),
        [
            "! page_errors: `param ownerId` is no difference any more (was the page fixed?); remove it"
        ]
    );
}

/// Checks a descriptor of `demo.thing.fields`, added to the test schema,
/// against a page given as text; the differences as `mark text` lines.
fn check_fields_method(descriptor: &str, page: &str) -> Vec<String> {
    let mut sources = sources();
    let path = here().join("schema/demo/demo.thing.fields.yaml");
    let content = bitrix24_codegen::parse(&path, descriptor, false).expect("parses");
    sources.push(Source {
        path,
        text: descriptor.to_owned(),
        content,
    });
    let schema = model::build(&sources).expect("valid");
    let m = schema
        .methods
        .iter()
        .find(|m| m.wire == "demo.thing.fields")
        .expect("the method");
    let Some(model::Content::Method(desc)) = sources.last().map(|s| &s.content) else {
        panic!("a method file");
    };
    check::method(
        m,
        desc,
        &schema,
        &check::anchors(&sources),
        &Page::parse(page),
    )
    .iter()
    .map(|d| format!("{} {}", d.mark, d.text))
    .collect()
}

/// A page of `demo.thing.fields` whose returned data is `table`.
fn fields_page(table: &str) -> String {
    format!(
        "# Получить поля штуки demo.thing.fields\n\n\
         > Scope: [`demo`](../scopes.md)\n>\n\
         > Кто может выполнять метод: любой пользователь\n\n\
         Метод `demo.thing.fields` описывает поля штуки.\n\n\
         ## Параметры метода\n\nБез параметров.\n\n\
         ## Обработка ответа\n\nHTTP-статус: **200**\n\n\
         ### Возвращаемые данные\n\n{table}\n\
         ## Обработка ошибок\n\nОшибок нет.\n"
    )
}

const FIELDS_METHOD: &str = "method: demo.thing.fields
scope: demo
docs: api-reference/demo/thing-fields.md
who: any user
idempotent: true
summary: Describes the fields of a thing.
returns:
  result: { type: \"{ThingFieldInfo}\", doc: Each field by its name. }
  time: { type: Time, doc: How long the call took. }
types:
  ThingFieldInfo:
    doc: How a field is described.
    fields:
      type: { type: string, rust: field_type, doc: Its type. }
      title: { type: string, doc: Its name. }
";

#[test]
fn a_page_that_lists_the_described_fields_in_place_of_result_agrees_with_a_map() {
    // The rows where `result` would be are the thing's fields: the keys
    // of the map, each with the field's own type.
    let keys = "#|\n|| **Название**\n`тип` | **Описание** ||\n\
                || **ID**\n[`integer`](../data-types.md) | Идентификатор ||\n\
                || **TITLE**\n[`string`](../data-types.md) | Название ||\n\
                || **UF_...** | Пользовательские поля ||\n\
                || **time**\n[`time`](../data-types.md#time) | Время ||\n|#\n";
    assert_eq!(
        check_fields_method(FIELDS_METHOD, &fields_page(keys)),
        Vec::<String>::new()
    );
    // The same keys as the rows of an object `result` is typed as.
    let under_result = "#|\n|| **Название**\n`тип` | **Описание** ||\n\
                        || **result**\n[`thing`](#thing) | Поля штуки, описаны [ниже](#thing) ||\n|#\n\n\
                        #### Тип thing {#thing}\n\n\
                        #|\n|| **Название**\n`тип` | **Описание** ||\n\
                        || **ID**\n[`integer`](../data-types.md) | Идентификатор ||\n|#\n";
    assert_eq!(
        check_fields_method(FIELDS_METHOD, &fields_page(under_result)),
        Vec::<String>::new()
    );
    // Rows that are not field names are no such list: still no `result`.
    let prose = "#|\n|| **Название**\n`тип` | **Описание** ||\n\
                 || **fieldName**\n[`string`](../data-types.md) | Имя ||\n|#\n";
    assert_eq!(
        check_fields_method(FIELDS_METHOD, &fields_page(prose)),
        ["! the table of returned data has no `result` row"]
    );
    // Nor are rows that name the values' own fields, even in upper case.
    let upper = FIELDS_METHOD.replace("      title:", "      TITLE:");
    assert_eq!(
        check_fields_method(&upper, &fields_page(keys)),
        ["! the table of returned data has no `result` row"]
    );
    // A result that is not a map is compared as before.
    let list = FIELDS_METHOD.replace("\"{ThingFieldInfo}\"", "\"[ThingFieldInfo]\"");
    assert_eq!(
        check_fields_method(&list, &fields_page(keys)),
        ["! the table of returned data has no `result` row"]
    );
}

#[test]
fn a_type_that_links_its_section_leads_to_the_fields_listed_there() {
    // `thing_binding[]` links the section describing its items from the
    // type cell, not from the description: the items are compared.
    let page = fields_page(
        "#|\n|| **Название**\n`тип` | **Описание** ||\n\
         || **result**\n[`thing_binding[]`](#thing_binding) | Привязки ||\n|#\n\n\
         ### Объект thing_binding {#thing_binding}\n\n\
         #|\n|| **Название**\n`тип` | **Описание** ||\n\
         || **type**\n[`string`](../data-types.md) | Тип ||\n\
         || **title**\n[`string`](../data-types.md) | Название ||\n\
         || **SORT**\n[`integer`](../data-types.md) | Сортировка ||\n|#\n",
    );
    let list = FIELDS_METHOD.replace("\"{ThingFieldInfo}\"", "\"[ThingFieldInfo]\"");
    assert_eq!(
        check_fields_method(&list, &page),
        ["+ result.SORT (integer): on the page, not in the schema"]
    );
}
