//! Golden tests of the generator, one small case per construct.
//!
//! Each folder `tests/golden/<case>/` holds a small descriptor set under
//! `schema/` (beside the shared files of `tests/golden/_base/`, which a file
//! of the same path replaces) and `expected.rs`: the Rust the generator
//! emits for it, pretty-printed by `bitrix24_codegen::format`. So that each
//! file shows its own construct only, the output leaves out the types of the
//! shared files, and the crate-root items (`SystemError`, `SYSTEM_ERRORS`,
//! `METHODS`) unless the case brings its own `common/system-errors.yaml`.
//!
//! A difference fails with the lines that differ. After a deliberate change
//! of the generator, `BLESS=1 cargo test -p bitrix24-codegen --test golden`
//! rewrites the `expected.rs` files; review them with `git diff`.

#![cfg(feature = "format")]

mod support;

use std::path::{Path, PathBuf};

/// The first line of every `expected.rs`.
const PREAMBLE: &str = "// What bitrix24-codegen emits for schema/ beside it (tests/golden.rs).\n\
// Refresh with `BLESS=1 cargo test -p bitrix24-codegen --test golden`.\n\n";

/// The shared system errors file, which a case may bring its own of.
const SYSTEM_ERRORS: &str = "common/system-errors.yaml";

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

/// The case folders, sorted; `_base` is not one.
fn cases() -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(golden_dir())
        .expect("read tests/golden")
        .map(|e| e.expect("a folder entry").path())
        .filter(|p| p.is_dir() && !support::case_name(p).starts_with('_'))
        .collect();
    out.sort();
    out
}

/// Every file under `dir`, as paths relative to it with `/` separators.
fn files(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap_or_else(|e| panic!("read {}: {e}", d.display())) {
            let path = entry.expect("a folder entry").path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path.strip_prefix(dir).expect("under the folder");
                out.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    out.sort();
    out
}

/// Whether an item is one of the crate root's own: the system errors, the
/// method table, and the event table unless the case has events.
fn is_root_item(item: &syn::Item, events: bool) -> bool {
    match item {
        syn::Item::Enum(e) => e.ident == "SystemError",
        syn::Item::Static(s) => {
            s.ident == "SYSTEM_ERRORS" || s.ident == "METHODS" || (s.ident == "EVENTS" && !events)
        }
        syn::Item::Impl(i) => matches!(
            &*i.self_ty,
            syn::Type::Path(p) if p.path.segments.last().is_some_and(|s| s.ident == "SystemError")
        ),
        _ => false,
    }
}

/// What the generator emits for a case, formatted, without the header.
fn generate(case: &Path) -> Result<String, String> {
    let name = support::case_name(case);
    let dir = support::scratch("golden", &name);
    let base = golden_dir().join("_base");
    let own_dir = case.join("schema");
    let own = files(&own_dir);
    if own.is_empty() {
        return Err(format!("{} has no files", own_dir.display()));
    }
    let mut shared = Vec::new();
    for rel in files(&base) {
        if !own.contains(&rel) {
            let text = std::fs::read(base.join(&rel)).expect("read a shared file");
            support::write(&dir, &rel, &text);
            shared.push(dir.join(&rel).display().to_string());
        }
    }
    for rel in &own {
        let text = std::fs::read(own_dir.join(rel)).expect("read a case file");
        support::write(&dir, rel, &text);
    }
    let (_, mut schema) = bitrix24_codegen::check(&dir).map_err(|e| e.to_string())?;
    schema.types.retain(|t| !shared.contains(&t.origin));
    let tokens = bitrix24_codegen::emit::emit(&schema);
    let tokens = if own.iter().any(|f| f == SYSTEM_ERRORS) {
        tokens
    } else {
        let mut file: syn::File = syn::parse2(tokens).map_err(|e| e.to_string())?;
        let events = !schema.events.is_empty();
        file.items.retain(|item| !is_root_item(item, events));
        quote::quote!(#file)
    };
    let text = bitrix24_codegen::format(&tokens)?;
    let header = bitrix24_codegen::header();
    let body = text
        .strip_prefix(&header)
        .ok_or("the output lost its header")?;
    Ok(format!("{PREAMBLE}{body}"))
}

#[test]
fn every_construct_emits_its_golden_code() {
    let cases = cases();
    assert!(cases.len() >= 12, "only {} golden cases", cases.len());
    let bless = support::bless();
    let mut failures = Vec::new();
    for case in &cases {
        let name = support::case_name(case);
        let found = match generate(case) {
            Ok(found) => found,
            Err(why) => {
                failures.push(format!("{name}: the case does not generate:\n{why}"));
                continue;
            }
        };
        let path = case.join("expected.rs");
        let expected = std::fs::read_to_string(&path).unwrap_or_default();
        if expected == found {
            continue;
        }
        if bless {
            std::fs::write(&path, &found).expect("write expected.rs");
            eprintln!("blessed {}", path.display());
        } else if expected.is_empty() {
            failures.push(format!("{name}: no expected.rs yet"));
        } else {
            failures.push(format!(
                "{name}: the output differs from {} (- expected, + found):\n{}",
                path.display(),
                support::diff(&expected, &found, 60)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} golden cases failed (after a deliberate change, \
         BLESS=1 cargo test -p bitrix24-codegen --test golden rewrites them):\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}

#[test]
fn golden_files_stay_small() {
    // One construct each: a file that grows past this shows more than one.
    for case in cases() {
        let text = std::fs::read_to_string(case.join("expected.rs")).unwrap_or_default();
        let lines = text.lines().count();
        assert!(
            lines <= 400,
            "{}: {lines} lines; split the case",
            case.display()
        );
    }
}

#[test]
fn the_diff_shows_the_lines_that_differ_with_their_numbers() {
    assert_eq!(support::diff("a\nb\n", "a\nb\n", 10), "");
    assert_eq!(
        support::diff("a\nb\nc\nd\ne\nf\ng\n", "a\nb\nc\nX\ne\nf\ng\n", 10),
        "@@\n     2 | b\n     3 | c\n-    4 | d\n+    4 | X\n     5 | e\n     6 | f"
    );
    // An inserted line is one `+`, not a cascade of changed lines.
    assert_eq!(
        support::diff("a\nb\nc\n", "a\nnew\nb\nc\n", 10),
        "@@\n     1 | a\n+    2 | new\n     2 | b\n     3 | c"
    );
    // Far-apart changes are separate hunks; a long diff is cut.
    let long: String = (0..50).map(|i| format!("{i}\n")).collect();
    let other = long.replace("10\n", "ten\n").replace("40\n", "forty\n");
    let d = support::diff(&long, &other, 100);
    assert_eq!(d.matches("@@").count(), 2, "{d}");
    let cut = support::diff(&long, &other, 3);
    assert!(cut.ends_with("more diff lines)"), "{cut}");
    assert_eq!(cut.lines().count(), 4);
}
