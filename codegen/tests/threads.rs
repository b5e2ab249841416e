//! Loading, checking and emitting on several threads gives what one thread
//! gives: the same diagnostics in the same order, the same text.
//!
//! The only test of this binary, so setting `BITRIX24_CODEGEN_THREADS`
//! races with nothing.

use bitrix24_codegen::{Scopes, check, generate_text};
use std::path::{Path, PathBuf};

const SHARED: &str = "system_errors:\n  QUERY_LIMIT_EXCEEDED: { status: 503, message: Too many requests, doc: Slow down., retry_safe: true }\n\
types:\n  Time:\n    doc: How long a call took.\n    fields:\n      start: { type: double, doc: Start. }\n";

/// Method `i`: a good one, one naming an unknown type, or one that does not
/// parse, by `i % 3`.
fn method(i: usize) -> String {
    let ty = match i % 3 {
        0 => "integer".to_owned(),
        1 => format!("NoSuchType{i}"),
        _ => return format!("method: alpha.thing{i:03}.add\nscope: [not, a, string\n"),
    };
    format!(
        "method: alpha.thing{i:03}.add\nscope: alpha\ndocs: alpha.md\nwho: anyone\nidempotent: false\n\
         summary: Adds thing {i}.\nparams:\n  KIND: {{ type: {ty}, doc: The kind. }}\n\
         types:\n  Thing{i:03}:\n    doc: A thing.\n    fields:\n      id: {{ type: {ty}, doc: Id. }}\n\
         returns: {{ result: {{ type: Thing{i:03}, doc: The thing. }}, time: {{ type: Time, doc: Timing. }} }}\n"
    )
}

fn schema(name: &str, methods: impl Iterator<Item = usize>) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("threads-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("common")).unwrap();
    std::fs::create_dir_all(dir.join("alpha")).unwrap();
    std::fs::write(dir.join("common/system-errors.yaml"), SHARED).unwrap();
    for i in methods {
        std::fs::write(
            dir.join(format!("alpha/alpha.thing{i:03}.add.yaml")),
            method(i),
        )
        .unwrap();
    }
    dir
}

fn with_threads<T>(n: usize, f: impl FnOnce() -> T) -> T {
    // SAFETY: this binary runs one test, on one thread; nothing else reads
    // or writes the environment meanwhile.
    unsafe { std::env::set_var("BITRIX24_CODEGEN_THREADS", n.to_string()) };
    let out = f();
    unsafe { std::env::remove_var("BITRIX24_CODEGEN_THREADS") };
    out
}

#[test]
fn several_threads_report_and_emit_as_one() {
    // 120 files, 80 of them broken: 40 do not parse, 40 name an unknown
    // type twice (a type's field, checked with the types, and a param,
    // checked with the methods).
    let broken = schema("broken", 0..120);
    let one = with_threads(1, || check(&broken).err().expect("the schema is broken").0);
    let four = with_threads(4, || check(&broken).err().expect("the schema is broken").0);
    assert_eq!(one.len(), 120, "{one:#?}");
    assert_eq!(
        four.iter().map(|d| d.to_string()).collect::<Vec<_>>(),
        one.iter().map(|d| d.to_string()).collect::<Vec<_>>()
    );
    // Parse errors, the types' checks, the methods' checks, each in file
    // order.
    let files: Vec<&Path> = four.iter().map(|d| d.file.as_path()).collect();
    assert!(files.chunks(40).all(|run| run.is_sorted()), "{files:#?}");
    assert!(four[..40].iter().all(|d| d.path.ends_with(".scope")));
    assert!(four[40..].iter().all(|d| d.message.contains("NoSuchType")));

    let good = schema("good", (0..120).filter(|i| i % 3 == 0));
    let one = with_threads(1, || generate_text(&good, &Scopes::All).unwrap().text);
    let four = with_threads(4, || generate_text(&good, &Scopes::All).unwrap().text);
    assert!(one == four, "the text differs between 1 and 4 threads");
    assert_eq!(one.matches("crate::macros::request!").count(), 40);
    let _ = std::fs::remove_dir_all(&broken);
    let _ = std::fs::remove_dir_all(&good);
}
