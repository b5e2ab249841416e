//! The descriptor loader on mutated real descriptors: `bitrix24_codegen::check`
//! of a copy of `schema/` with one or two files mutated never panics, and
//! every problem it reports is located: a file of the folder, and a line and
//! column whenever that file has any text.
//!
//! `FUZZ_CASES=100000 cargo test --release --test fuzz_schema` runs longer
//! (see `tests/support/fuzz.rs`).

#[path = "support/fuzz.rs"]
mod fuzz;

use std::path::{Path, PathBuf};

/// Cases `.ci/run` checks: each loads and checks the whole schema.
const CASES: u64 = 120;

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "yaml") {
            out.push(path);
        }
    }
}

/// A copy of `schema/` in a folder of its own, without a `Cargo.toml` beside it.
fn copy_schema(to: &Path) -> Vec<(PathBuf, String)> {
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema");
    let mut list = Vec::new();
    files(&from, &mut list);
    list.sort();
    list.into_iter()
        .map(|path| {
            let rel = path.strip_prefix(&from).unwrap();
            let dest = to.join(rel);
            std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
            let text = std::fs::read_to_string(&path).unwrap();
            std::fs::write(&dest, &text).unwrap();
            (dest, text)
        })
        .collect()
}

#[test]
fn fuzz_mutated_descriptors_give_located_errors_never_a_panic() {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR")).join("fuzz-schema");
    let _ = std::fs::remove_dir_all(&tmp);
    let dir = tmp.join("schema");
    let originals = copy_schema(&dir);
    assert!(originals.len() > 50, "the schema was copied");
    bitrix24_codegen::check(&dir).unwrap_or_else(|d| panic!("the copy checks clean: {d}"));

    let mut refused = 0;
    let ran = fuzz::run("schema", CASES, |u, case| {
        let count = 1 + fuzz::below(u, 2);
        let mut touched = Vec::new();
        for _ in 0..count {
            let (path, text) = fuzz::pick(u, &originals);
            let mutated = if fuzz::one_in(u, 25) {
                // Bytes that are not UTF-8.
                let mut bytes = text.clone().into_bytes();
                let at = fuzz::below(u, bytes.len());
                bytes.insert(at, 0xff);
                std::fs::write(path, &bytes).unwrap();
                String::from_utf8_lossy(&bytes).into_owned()
            } else {
                let mutated = fuzz::mutate_text(u, text);
                std::fs::write(path, &mutated).unwrap();
                mutated
            };
            touched.push((path.clone(), text.clone(), mutated));
        }
        let result = bitrix24_codegen::check(&dir);
        if let Err(diagnostics) = &result {
            refused += 1;
            assert!(
                !diagnostics.0.is_empty(),
                "case {case}: an error lists its problems"
            );
            for d in &diagnostics.0 {
                assert!(
                    d.file.starts_with(&dir) && d.file.is_file(),
                    "case {case}: `{d}` names no file of the folder"
                );
                assert!(
                    !d.message.trim().is_empty(),
                    "case {case}: `{d}` says nothing"
                );
                let text = std::fs::read(&d.file).unwrap();
                let has_text = !String::from_utf8_lossy(&text).trim().is_empty();
                if has_text {
                    let (Some(line), Some(column)) = (d.line, d.column) else {
                        panic!(
                            "case {case}: `{d}` has no line and column; mutated files:\n{}",
                            shown(&touched)
                        );
                    };
                    let lines = String::from_utf8_lossy(&text).lines().count().max(1);
                    assert!(
                        line >= 1 && column >= 1 && line <= lines + 1,
                        "case {case}: `{d}` points outside the file ({lines} lines)"
                    );
                }
            }
        }
        for (path, original, _) in touched.iter().rev() {
            std::fs::write(path, original).unwrap();
        }
    });
    let _ = std::fs::remove_dir_all(&tmp);
    eprintln!("fuzz schema: {refused} of {ran} mutated schemas refused, every problem located");
    // Most mutations break something; if none did, the mutator is broken.
    assert!(
        ran < 20 || refused * 4 >= ran,
        "only {refused} of {ran} mutated schemas were refused"
    );
}

fn shown(touched: &[(PathBuf, String, String)]) -> String {
    touched
        .iter()
        .map(|(path, _, mutated)| format!("--- {}\n{mutated}", path.display()))
        .collect::<Vec<_>>()
        .join("\n")
}
