//! The checks of `lint`: a scope with no cargo feature, a type that shadows
//! a root type, a field named by a pattern. Each case writes a crate folder
//! (a `Cargo.toml` and a `schema/`) and runs the same check `build.rs` and
//! `bitrix24-codegen check` run.

use bitrix24_codegen::Diagnostic;
use std::path::{Path, PathBuf};

const SHARED: &[(&str, &str)] = &[
    (
        "common/system-errors.yaml",
        "system_errors:\n  QUERY_LIMIT_EXCEEDED: { status: 503, message: Too many requests, doc: Slow down. }\n",
    ),
    (
        "common/time.yaml",
        "types:\n  Time:\n    doc: Timing.\n    fields:\n      start: { type: double, doc: Start. }\n",
    ),
    (
        "common/yes-no.yaml",
        "enums:\n  YesNo:\n    doc: A flag.\n    values:\n      - { wire: Y, rust: Yes, doc: Yes. }\n      - { wire: N, rust: No, doc: No. }\n",
    ),
];

const MANIFEST: &str = "[package]\nname = \"x\"\n\n[features]\n# the scopes\ndefault = [\"im\"]\nim = []\n\"imbot\" = []\n\n[dependencies]\ntasks = \"1\"\n";

/// A method file of scope `scope` whose `types:` section is `types`.
fn method(name: &str, scope: &str, result_fields: &str, types: &str) -> String {
    format!(
        "method: {name}\nscope: {scope}\ndocs: x.md\nwho: any user\nidempotent: false\nsummary: Does it.\n\
         returns:\n  result:\n    doc: It.\n    fields:\n{result_fields}  time: {{ type: Time, doc: Timing. }}\n{types}"
    )
}

fn crate_dir(name: &str, manifest: Option<&str>, files: &[(&str, String)]) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("lint")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    let schema = dir.join("schema");
    let all = SHARED
        .iter()
        .map(|(p, t)| (*p, t.to_string()))
        .chain(files.iter().cloned());
    for (path, text) in all {
        let file = schema.join(path);
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(file, text).unwrap();
    }
    if let Some(manifest) = manifest {
        std::fs::write(dir.join("Cargo.toml"), manifest).unwrap();
    }
    schema
}

fn diagnostics(schema: &Path) -> Vec<Diagnostic> {
    match bitrix24_codegen::check(schema) {
        Ok(_) => vec![],
        Err(d) => d.0,
    }
}

fn show(d: &Diagnostic, schema: &Path) -> String {
    let file = d.file.strip_prefix(schema).unwrap_or(&d.file).display();
    format!(
        "{file}:{}:{}: {}: {}",
        d.line.unwrap_or(0),
        d.column.unwrap_or(0),
        d.path,
        d.message
    )
}

const ID: &str = "      id: { type: integer, doc: Id. }\n";

#[test]
fn a_scope_without_a_cargo_feature_names_the_line_to_add() {
    let files = [
        ("im/im.chat.get.yaml", method("im.chat.get", "im", ID, "")),
        (
            "imbot/imbot.chat.get.yaml",
            method("imbot.chat.get", "imbot", ID, ""),
        ),
        (
            "tasks/tasks.task.add.yaml",
            method("tasks.task.add", "tasks", ID, ""),
        ),
        (
            "tasks/tasks.task.get.yaml",
            method("tasks.task.get", "tasks", ID, ""),
        ),
    ];
    let schema = crate_dir("no_feature", Some(MANIFEST), &files);
    let found: Vec<String> = diagnostics(&schema)
        .iter()
        .map(|d| show(d, &schema))
        .collect();
    // `tasks` is a dependency, not a feature; `imbot` is declared quoted.
    assert_eq!(
        found,
        [
            "tasks/tasks.task.add.yaml:2:8: tasks.task.add.scope: scope `tasks` has no cargo \
          feature, so nothing of it (and 1 other file) would be compiled; add the line \
          `tasks = []` under `[features]` in Cargo.toml"
        ]
    );
    // With the feature added, the schema checks.
    let manifest = MANIFEST.replace("im = []", "im = []\ntasks = []");
    let schema = crate_dir("with_feature", Some(&manifest), &files);
    assert!(bitrix24_codegen::check(&schema).is_ok());
    // A build reads only the folders of its enabled scopes; a folder whose
    // scope has no feature is refused by its name, unread.
    let schema = crate_dir("no_feature_scoped", Some(MANIFEST), &files);
    let only_im = bitrix24_codegen::Scopes::Only(["im".to_owned()].into());
    let refused = bitrix24_codegen::generate_scopes(&schema, &only_im)
        .err()
        .expect("the featureless folder is refused")
        .to_string();
    assert!(
        refused.contains(
            "tasks: scope `tasks` has no cargo feature, so nothing of it would be compiled; \
             add the line `tasks = []` under `[features]` in Cargo.toml"
        ),
        "{refused}"
    );
    // A schema folder with no Cargo.toml beside it is not a crate's: no check.
    let schema = crate_dir("no_manifest", None, &files);
    assert!(diagnostics(&schema).is_empty());
}

#[test]
fn a_scoped_type_that_shadows_a_root_type_is_reported_where_it_is() {
    let types =
        "enums:\n  YesNo:\n    doc: Its own flag.\n    values:\n      - { wire: Y, doc: Yes. }\n";
    let shared = "scope: im\ntypes:\n  Time:\n    doc: Not the root one.\n    fields:\n      x: { type: integer, doc: X. }\n";
    let files = [
        (
            "im/im.chat.get.yaml",
            method("im.chat.get", "im", ID, types),
        ),
        ("im/common/time.yaml", shared.to_owned()),
    ];
    let schema = crate_dir("shadow", Some(MANIFEST), &files);
    let found: Vec<String> = diagnostics(&schema)
        .iter()
        .map(|d| show(d, &schema))
        .collect();
    let root = |file: &str| schema.join("common").join(file).display().to_string();
    assert_eq!(
        found,
        [
            format!(
                "im/common/time.yaml:4:5: Time: `Time` shadows the shared type `Time` of {}: \
                 in scope `im` the name would mean this one; use the shared type, or give \
                 this one a name of its own",
                root("time.yaml")
            ),
            format!(
                "im/im.chat.get.yaml:15:5: im.chat.get.YesNo: `YesNo` shadows the shared type \
                 `YesNo` of {}: in scope `im` the name would mean this one; use the shared \
                 type, or give this one a name of its own",
                root("yes-no.yaml")
            ),
        ]
    );
}

#[test]
fn a_field_named_by_a_pattern_is_refused() {
    let result =
        "      id: { type: integer, doc: Id. }\n      UF_*: { type: any, doc: User fields. }\n";
    let types = "types:\n  Task:\n    doc: A task.\n    fields:\n      \"PROPERTY_{id}\": { type: string, doc: A property. }\n";
    let files = [(
        "im/im.chat.get.yaml",
        method("im.chat.get", "im", result, types),
    )];
    let schema = crate_dir("pattern", Some(MANIFEST), &files);
    let found: Vec<String> = diagnostics(&schema)
        .iter()
        .map(|d| show(d, &schema))
        .collect();
    let tail = "is a pattern, not a field name; the fields it stands for are kept in the \
                `extra` map of the object, read by name (`extra.get(\"UF_CRM_1\")`); leave it \
                out, or describe each field you need by its own name";
    assert_eq!(
        found,
        [
            format!("im/im.chat.get.yaml:12:13: im.chat.get.result.UF_*: `UF_*` {tail}"),
            format!(
                "im/im.chat.get.yaml:18:24: im.chat.get.Task.PROPERTY_{{id}}: `PROPERTY_{{id}}` {tail}"
            ),
        ]
    );
}

#[test]
fn a_response_case_that_merges_two_fields_is_refused() {
    let types = "types:\n  Task:\n    doc: A task.\n    response_case: lowerCamel\n    fields:\n      \
                 RESPONSIBLE_ID: { type: integer, doc: Who. }\n      \
                 responsibleId: { type: integer, rust: who, doc: Who again. }\n      \
                 TITLE: { type: string, doc: Title. }\n";
    let files = [(
        "im/im.chat.get.yaml",
        method("im.chat.get", "im", ID, types),
    )];
    let schema = crate_dir("response_case", Some(MANIFEST), &files);
    let found: Vec<String> = diagnostics(&schema)
        .iter()
        .map(|d| show(d, &schema))
        .collect();
    assert_eq!(
        found,
        [
            "im/im.chat.get.yaml:19:22: im.chat.get.Task.responsibleId: `responsibleId` is read \
             as `responsibleId` in responses (`response_case`), a name `RESPONSIBLE_ID` already \
             takes; the type cannot tell them apart"
        ]
    );
    // Without the clash, the fields read their response names.
    let fine = types.replace(
        "      responsibleId: { type: integer, rust: who, doc: Who again. }\n",
        "",
    );
    let files = [(
        "im/im.chat.get.yaml",
        method("im.chat.get", "im", ID, &fine),
    )];
    let schema = crate_dir("response_case_ok", Some(MANIFEST), &files);
    let text = bitrix24_codegen::render(&bitrix24_codegen::generate(&schema).unwrap().tokens);
    // `object!` reads each field by its wire name; the response name is an
    // alias.
    assert!(
        text.contains(
            r#"#[param("RESPONSIBLE_ID",opt,none)]
#[table(TyInfo::Integer)]
#[serde(alias="responsibleId","#
        ),
        "{text}"
    );
    assert!(text.contains(r#"#[serde(alias="title")]"#), "{text}");
}

#[test]
fn a_description_left_in_russian_is_refused_where_it_is() {
    // A draft's wording, as `docs import` takes it from a Russian page: the
    // summary, a field's doc in a flow mapping and an enum value's doc are
    // refused; the portal's own error message may stay in Russian.
    let result = "      id: { type: integer, doc: Идентификатор. }\n";
    let types = "enums:\n  Mode:\n    doc: A mode.\n    values:\n      - { wire: A, doc: Первый. }\n\
                 errors:\n  NOT_FOUND: { status: 400, message: Не найдено, doc: Nothing has that id. }\n";
    let text = method("im.chat.get", "im", result, types).replace("Does it.", "Получает чат.");
    let schema = crate_dir("prose", Some(MANIFEST), &[("im/im.chat.get.yaml", text)]);
    let found: Vec<String> = diagnostics(&schema)
        .iter()
        .map(|d| show(d, &schema))
        .collect();
    let tail = "is in Russian, the wording the draft took from the page; describe it in our \
                own words, in English";
    assert_eq!(
        found,
        [
            format!("im/im.chat.get.yaml:6:10: im.chat.get.summary: `summary` {tail}"),
            format!(
                "im/im.chat.get.yaml:11:33: im.chat.get.returns.result.fields.id.doc: `doc` {tail}"
            ),
            format!("im/im.chat.get.yaml:17:25: im.chat.get.enums.Mode.values.0.doc: `doc` {tail}"),
        ]
    );
}

#[test]
fn a_description_with_an_html_like_tag_outside_backticks_is_refused() {
    // rustdoc reads `<entity>` as an unclosed HTML tag; in backticks it is
    // code, and a portal message may hold `<br>`.
    let result = "      id: { type: integer, doc: \"As crm.<entity>.get reads it.\" }\n      \
                  name: { type: string, doc: \"As `crm.<entity>.get` reads it.\" }\n";
    let types = "errors:\n  NOT_FOUND: { status: 400, message: \"No such item<br>\", doc: Nothing has that id. }\n";
    let text = method("im.chat.get", "im", result, types);
    let schema = crate_dir("html", Some(MANIFEST), &[("im/im.chat.get.yaml", text)]);
    let found: Vec<String> = diagnostics(&schema)
        .iter()
        .map(|d| show(d, &schema))
        .collect();
    assert_eq!(
        found,
        [
            "im/im.chat.get.yaml:11:33: im.chat.get.returns.result.fields.id.doc: `doc` holds `<...>` \
          outside backticks, which rustdoc reads as an HTML tag; write it in backticks \
          (`crm.<entity>.get`)"
        ]
    );
}
