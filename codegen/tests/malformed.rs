//! Malformed descriptors and the diagnostics they must produce.
//!
//! Each case is one file, `tests/malformed/<case>.case`: the descriptor
//! files of a small schema (one section `=== <path>` each, beside the shared
//! files of `_base.case`, which a file of the same path replaces) and the
//! section `=== expect`, one diagnostic a line:
//!
//! ```text
//! im/im.chat.add.yaml:8:17 [im.chat.add.TYPE] unknown type `ChatTyp`; ...
//! ```
//!
//! (file, line, column, dotted path, the exact message; `$DIR` stands for the
//! case's folder). The test writes the folder, runs the loader and the model
//! checks, and compares, in any order: a case fails on a missing diagnostic
//! and on an extra one. Every case runs even when an earlier one fails.
//!
//! `BLESS=1 cargo test -p bitrix24-codegen --test malformed` rewrites the
//! `expect` sections from what the checks now report; review the change with
//! `git diff` before committing. `MALFORMED_SHOW=1` prints every diagnostic.

mod support;

use bitrix24_codegen::{Diagnostic, Diagnostics};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

/// The folder of the cases.
fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/malformed")
}

/// The name of the expected diagnostics' section.
const EXPECT: &str = "expect";

/// The case with a valid schema.
const CONTROL: &str = "control";

/// One case as read from its file.
struct Case {
    name: String,
    path: PathBuf,
    text: String,
    /// Descriptor files: (path in the schema folder, text).
    files: Vec<(String, String)>,
    /// Expected diagnostics, one a line, as [`render`] writes them.
    expect: Vec<String>,
}

fn read_case(path: &Path) -> Case {
    let text =
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    let mut files = Vec::new();
    let mut expect = Vec::new();
    for (name, body) in support::sections(&text) {
        if name == EXPECT {
            expect = body
                .lines()
                .filter(|l| !l.trim().is_empty())
                .map(str::to_owned)
                .collect();
        } else {
            files.push((name, body));
        }
    }
    Case {
        name: support::case_name(path),
        path: path.to_owned(),
        text,
        files,
        expect,
    }
}

fn cases() -> Vec<Case> {
    support::case_files(&cases_dir())
        .iter()
        .map(|p| read_case(p))
        .collect()
}

/// The shared files every case starts from.
fn base() -> Vec<(String, String)> {
    read_case(&cases_dir().join("_base.case")).files
}

/// Writes a case's files, over the shared ones, into a fresh folder.
fn write_schema(name: &str, files: &[(String, String)]) -> PathBuf {
    let dir = support::scratch("malformed", name);
    let mut all = base();
    for (path, text) in files {
        all.retain(|(p, _)| p != path);
        all.push((path.clone(), text.clone()));
    }
    for (path, text) in &all {
        support::write(&dir, path, text.as_bytes());
    }
    dir
}

/// Loads and checks a folder; the diagnostics, or none.
fn check(dir: &Path) -> Vec<Diagnostic> {
    match bitrix24_codegen::check(dir) {
        Ok(_) => vec![],
        Err(Diagnostics(d)) => d,
    }
}

/// A diagnostic as a line of an `expect` section: the file relative to the
/// case's folder, the folder itself as `$DIR` in the message.
fn render(d: &Diagnostic, dir: &Path) -> String {
    let file = d.file.strip_prefix(dir).unwrap_or(&d.file).display();
    let at = match (d.line, d.column) {
        (Some(l), Some(c)) => format!("{l}:{c}"),
        _ => "?:?".into(),
    };
    let message = d
        .message
        .replace(&dir.display().to_string(), "$DIR")
        .replace('\n', "\\n");
    format!("{file}:{at} [{}] {message}", d.path)
}

/// What a case found: its diagnostics as lines, or why it could not run.
fn found(case: &Case) -> Result<Vec<String>, String> {
    let dir = write_schema(&case.name, &case.files);
    let outcome = catch_unwind(AssertUnwindSafe(|| check(&dir)));
    let found = outcome.map_err(|panic| {
        let what = panic
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
            .unwrap_or_default();
        format!("panicked: {what}")
    })?;
    let lines: Vec<String> = found.iter().map(|d| render(d, &dir)).collect();
    if std::env::var_os("MALFORMED_SHOW").is_some() {
        for l in &lines {
            eprintln!("{}: {l}", case.name);
        }
    }
    Ok(lines)
}

/// The case's file with its `expect` section replaced by `lines`.
fn blessed(case: &Case, lines: &[String]) -> String {
    let header = format!("{}{EXPECT}", support::HEADER);
    let keep = match case.text.lines().position(|l| l.trim_end() == header) {
        Some(at) => case.text.lines().take(at).collect::<Vec<_>>().join("\n"),
        None => case.text.trim_end().to_owned() + "\n",
    };
    let mut text = keep.trim_end().to_owned();
    text.push_str(&format!("\n\n{header}\n"));
    for l in lines {
        text.push_str(l);
        text.push('\n');
    }
    text
}

/// `None` when a case reports what it expects; else what differs.
fn compare(case: &Case, found: &[String]) -> Option<String> {
    let mut unused: Vec<&String> = found.iter().collect();
    let mut missing = Vec::new();
    for e in &case.expect {
        match unused.iter().position(|f| *f == e) {
            Some(i) => {
                unused.remove(i);
            }
            None => missing.push(e),
        }
    }
    if missing.is_empty() && unused.is_empty() {
        return None;
    }
    let mut report = String::new();
    for e in missing {
        report.push_str(&format!("    missing:    {e}\n"));
    }
    for f in unused {
        report.push_str(&format!("    unexpected: {f}\n"));
    }
    if found.is_empty() {
        report.push_str("    (no diagnostics at all)\n");
    }
    Some(report)
}

#[test]
fn every_malformed_descriptor_gets_its_diagnostic() {
    let cases = cases();
    assert!(cases.len() >= 97, "only {} cases", cases.len());
    let bless = support::bless();
    let mut failures = Vec::new();
    for case in &cases {
        let found = match found(case) {
            Ok(found) => found,
            Err(why) => {
                failures.push(format!("  {}: {why}\n", case.name));
                continue;
            }
        };
        let Some(report) = compare(case, &found) else {
            continue;
        };
        if bless {
            std::fs::write(&case.path, blessed(case, &found)).expect("rewrite the case");
            eprintln!("blessed {}", case.path.display());
        } else {
            failures.push(format!("  {}:\n{report}", case.name));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed (BLESS=1 cargo test -p bitrix24-codegen --test malformed \
         accepts what the checks now report):\n{}",
        failures.len(),
        cases.len(),
        failures.join("")
    );
}

#[test]
fn every_case_says_where() {
    // Every expected diagnostic pins a file, a position, a path and a
    // message; every case but the control one expects one at least.
    for case in cases() {
        assert!(!case.files.is_empty(), "{}: no files", case.name);
        if case.name == CONTROL {
            assert!(case.expect.is_empty(), "the control case expects nothing");
            continue;
        }
        assert!(!case.expect.is_empty(), "{}: expects nothing", case.name);
        for e in &case.expect {
            let (place, rest) = e
                .split_once(" [")
                .unwrap_or_else(|| panic!("{}: no path in `{e}`", case.name));
            let (path, message) = rest
                .split_once("] ")
                .unwrap_or_else(|| panic!("{}: no message in `{e}`", case.name));
            let mut parts = place.rsplitn(3, ':');
            let column = parts.next().and_then(|c| c.parse::<usize>().ok());
            let line = parts.next().and_then(|l| l.parse::<usize>().ok());
            let file = parts.next().unwrap_or("");
            assert!(
                !file.is_empty() && line.is_some_and(|l| l > 0) && column.is_some_and(|c| c > 0),
                "{}: no position in `{e}`",
                case.name
            );
            assert!(!path.is_empty(), "{}: no path in `{e}`", case.name);
            assert!(!message.trim().is_empty(), "{}: no message", case.name);
        }
    }
}

#[test]
fn the_shared_files_expect_nothing_and_every_case_has_a_unique_file() {
    let base = read_case(&cases_dir().join("_base.case"));
    assert!(base.expect.is_empty(), "_base.case holds files only");
    let paths: Vec<&str> = base.files.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(paths, ["common/system-errors.yaml", "common/time.yaml"]);
    for case in cases() {
        let mut paths: Vec<&str> = case.files.iter().map(|(p, _)| p.as_str()).collect();
        let all = paths.len();
        paths.sort_unstable();
        paths.dedup();
        assert_eq!(paths.len(), all, "{}: a file appears twice", case.name);
    }
}

#[test]
fn blessing_rewrites_only_the_expect_section() {
    let case = read_case(&cases_dir().join("union_with_an_empty_member.case"));
    let text = blessed(&case, &["a.yaml:1:1 [x] new".to_owned()]);
    let again = Case {
        text: text.clone(),
        ..read_case(&case.path)
    };
    let sections = support::sections(&text);
    let files: Vec<(String, String)> = sections
        .iter()
        .filter(|(n, _)| n != EXPECT)
        .cloned()
        .collect();
    assert_eq!(files, case.files, "the files are kept as they were");
    assert_eq!(
        sections.last().map(|(n, t)| (n.as_str(), t.as_str())),
        Some((EXPECT, "a.yaml:1:1 [x] new\n"))
    );
    assert_eq!(blessed(&again, &case.expect), case.text);
    // Blessing what a case already expects gives its file back unchanged:
    // every case file is in the form blessing writes.
    for case in cases() {
        assert_eq!(blessed(&case, &case.expect), case.text, "{}", case.name);
    }
}

#[test]
fn a_difference_reads_as_missing_and_unexpected_lines() {
    let case = read_case(&cases_dir().join("union_with_an_empty_member.case"));
    assert_eq!(compare(&case, &case.expect), None);
    let other = vec!["im/im.chat.add.yaml:1:1 [im.chat.add] something else".to_owned()];
    let report = compare(&case, &other).expect("a difference");
    assert!(
        report.contains(&format!("missing:    {}", case.expect[0])),
        "{report}"
    );
    assert!(report.contains("unexpected: im/im.chat.add.yaml:1:1 [im.chat.add] something else"));
}

/// A valid method, for the test of a file that is not UTF-8.
const VALID: &str = "method: im.chat.add
scope: im
docs: im-chat-add.md
who: any user
idempotent: false
summary: Creates a chat.
params:
  TITLE: { type: string, doc: The title. }
returns: { result: { type: integer, doc: Id. }, time: { type: Time, doc: Timing. } }
";

#[test]
fn a_file_that_is_not_utf8_is_pointed_at() {
    // Bytes, not text, so it cannot be a case file.
    let dir = write_schema("not_utf8", &[]);
    let mut bytes = VALID.as_bytes().to_vec();
    bytes.extend_from_slice(b"# caf\xE9 (Latin-1)\n");
    support::write(&dir, "im/im.chat.add.yaml", &bytes);
    let found: Vec<String> = check(&dir).iter().map(|d| render(d, &dir)).collect();
    assert_eq!(
        found,
        [
            "im/im.chat.add.yaml:10:6 [im.chat.add] byte 0xE9 is not UTF-8 text; save the file as UTF-8"
        ]
    );
}

#[test]
fn the_control_case_generates_code_that_parses() {
    let case = read_case(&cases_dir().join(format!("{CONTROL}.case")));
    let dir = write_schema("control_generates", &case.files);
    assert_eq!(check(&dir).len(), 0, "the control case is valid");
    let generated = bitrix24_codegen::generate(&dir).expect("the control case generates");
    #[cfg(feature = "format")]
    bitrix24_codegen::format(&generated.tokens).expect("the control case's code parses");
    assert_eq!(
        generated.files.len(),
        case.files.len() + base().len(),
        "every file is read: {:?}",
        generated.files
    );
}

fn real_schema() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../schema")
}

#[test]
fn the_real_schema_generates_the_same_code_every_time() {
    let first = bitrix24_codegen::generate(&real_schema()).expect("schema/ is valid");
    let second = bitrix24_codegen::generate(&real_schema()).expect("schema/ is valid");
    let (a, b) = (
        bitrix24_codegen::render(&first.tokens),
        bitrix24_codegen::render(&second.tokens),
    );
    assert!(!a.is_empty());
    assert!(a == b, "two runs over schema/ rendered different code");
    assert_eq!(first.files, second.files);
}

#[cfg(feature = "format")]
#[test]
fn the_real_schema_formats_into_parsable_code() {
    let generated = bitrix24_codegen::generate(&real_schema()).expect("schema/ is valid");
    let text = bitrix24_codegen::format(&generated.tokens).expect("generated code parses");
    assert!(text.starts_with(&bitrix24_codegen::header()));
    assert_eq!(
        bitrix24_codegen::format(&generated.tokens).expect("generated code parses"),
        text,
        "formatting is deterministic"
    );
}
