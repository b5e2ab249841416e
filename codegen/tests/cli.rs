//! The `bitrix24-codegen` command line: `check` and `snapshot` as a
//! maintainer runs them, exit statuses included.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn codegen(args: &[&Path]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_bitrix24-codegen"))
        .args(args)
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A scratch folder of this test's own, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!(
            "bitrix24-codegen-cli-{name}-{}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    fn write(&self, path: &str, text: &str) {
        let path = self.0.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn real_schema() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../schema")
}

#[test]
fn check_passes_the_real_schema() {
    let out = codegen(&[Path::new("check"), &real_schema()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains(" methods, ") && stdout.trim_end().ends_with("— ok"),
        "{stdout}"
    );
}

#[test]
fn check_reports_where_a_descriptor_is_wrong_and_fails() {
    let schema = Scratch::new("bad");
    schema.write(
        "common/time.yaml",
        "types:\n  Time:\n    doc: Timing.\n    fields:\n      start: { type: double, doc: Start. }\n",
    );
    schema.write(
        "common/system-errors.yaml",
        "system_errors:\n  QUERY_LIMIT_EXCEEDED: { status: 503, message: Too many requests, doc: Too fast., retry_safe: true }\n",
    );
    schema.write(
        "im/im.chat.add.yaml",
        "method: im.chat.add\nscope: im\ndocs: api-reference/chats/im-chat-add.md\nwho: any user\nidempotent: false\nsummary: Creates a chat.\nparams:\n  TITLE: { type: ChatTitle, doc: The title. }\nreturns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }\n",
    );
    let out = codegen(&[Path::new("check"), &schema.0]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    // file:line:column, the method.param path, and what was expected.
    assert!(stderr.contains("im.chat.add.yaml:8:"), "{stderr}");
    assert!(stderr.contains("im.chat.add.TITLE"), "{stderr}");
    assert!(stderr.contains("ChatTitle"), "{stderr}");
    assert_eq!(
        stderr.lines().filter(|l| l.contains(": ")).count(),
        1,
        "{stderr}"
    );
    assert!(text(&out.stdout).is_empty());
}

#[test]
fn snapshot_writes_the_checked_in_copy_then_finds_it_up_to_date() {
    let out_dir = Scratch::new("snapshot");
    let args = [
        Path::new("snapshot"),
        &real_schema(),
        Path::new("--out"),
        &out_dir.0,
    ];
    let first = codegen(&args);
    assert!(first.status.success(), "{}", text(&first.stderr));
    assert!(
        text(&first.stdout).starts_with("wrote "),
        "{}",
        text(&first.stdout)
    );
    let written = std::fs::read_to_string(out_dir.0.join("bitrix24.rs")).unwrap();
    let checked_in = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../generated/bitrix24.rs"),
    )
    .unwrap()
    .replace("\r\n", "\n");
    assert!(written == checked_in, "snapshot differs from generated/");

    let second = codegen(&args);
    assert!(second.status.success());
    assert!(
        text(&second.stdout).contains("is up to date"),
        "{}",
        text(&second.stdout)
    );
}

#[test]
fn unknown_commands_and_options_fail_with_the_usage() {
    for args in [&["frobnicate"][..], &["check", "--fast"][..]] {
        let args: Vec<&Path> = args.iter().map(Path::new).collect();
        let out = codegen(&args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let stderr = text(&out.stderr);
        assert!(stderr.contains("usage: bitrix24-codegen"), "{stderr}");
    }
}

fn docs_fixture(part: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/docs")
        .join(part)
}

/// Copies a folder into a scratch one, with `edit` applied to each file's text.
fn copy_tree(from: &Path, to: &Path, edit: &dyn Fn(&Path, String) -> String) {
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_tree(&path, &target, edit);
        } else {
            let text = std::fs::read_to_string(&path).unwrap();
            std::fs::write(&target, edit(&path, text)).unwrap();
        }
    }
}

#[test]
fn docs_coverage_lists_each_method_page_with_its_state_and_succeeds() {
    let pages = docs_fixture("pages");
    let out = codegen(&[
        Path::new("docs"),
        Path::new("coverage"),
        &pages,
        &docs_fixture("schema"),
        Path::new("--list"),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    // The event page and the include are no method pages.
    assert!(
        stdout.starts_with(
            "covered  demo.thing.add api-reference/demo/thing-add.md\n\
             missing  things.type.find api-reference/demo/things-type-find.md\n"
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains("\ndemo         2       1       0       1\n"),
        "{stdout}"
    );

    // A descriptor that differs from its page: `drift`, still a success.
    let schema = Scratch::new("coverage-drift");
    copy_tree(&docs_fixture("schema"), &schema.0, &|path, text| {
        if path.ends_with("demo.thing.add.yaml") {
            text.replace("  ownerId: {", "  ownerIdent: {")
        } else {
            text
        }
    });
    let out = codegen(&[Path::new("docs"), Path::new("coverage"), &pages, &schema.0]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("\ndemo         2       0       1       1\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("0 of 2 method pages covered and clean (0.0%)"),
        "{stdout}"
    );
}

#[test]
fn docs_import_rate_counts_the_drafts_that_pass_and_says_why_others_fail() {
    let drafts = Scratch::new("import-rate");
    let out = codegen(&[
        Path::new("docs"),
        Path::new("import-rate"),
        &docs_fixture("pages"),
        &docs_fixture("schema"),
        Path::new("--family"),
        Path::new("demo"),
        Path::new("--drafts"),
        &drafts.0,
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    // `things-type-find.md` is written to need a review (a conditional
    // required mark, a row named by a pattern).
    assert!(
        stdout.starts_with("demo: 1 of 2 drafts pass (50%)\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("docs check: ~ param …: optional in the schema, required on the page")
            && stdout.contains("e.g. things.type.find: + param tags[] (string): on the page"),
        "{stdout}"
    );
    let draft = std::fs::read_to_string(drafts.0.join("demo/things.type.find.yaml")).unwrap();
    assert!(draft.starts_with("# Draft from api-reference/demo/things-type-find.md"));
    assert!(
        draft.contains("\n# fails docs check: ~ param section: optional"),
        "{draft}"
    );
    // The drafts never go into a schema folder.
    let out = codegen(&[
        Path::new("docs"),
        Path::new("import-rate"),
        &docs_fixture("pages"),
        &docs_fixture("schema"),
        Path::new("--drafts"),
        &docs_fixture("schema"),
        Path::new("--family"),
        Path::new("demo"),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("that is a schema folder"));
    // A family with no page is an error, not an empty measure.
    let out = codegen(&[
        Path::new("docs"),
        Path::new("import-rate"),
        &docs_fixture("pages"),
        Path::new("--family"),
        Path::new("nope"),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("--family nope"),
        "{}",
        text(&out.stderr)
    );
}
