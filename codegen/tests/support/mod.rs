//! What the file-based tests share (`malformed`, `golden`): the case-file
//! format, the bless switch and a readable line diff.
//!
//! A case file holds named sections, each led by a line `=== <name>`; lines
//! before the first one are comments (`# ...`). A section's text is the lines
//! up to the next header, without the blank lines that end it, plus a final
//! line break, so a descriptor section is written out exactly as it reads.

// Each test binary uses part of this module.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The header that leads a section.
pub const HEADER: &str = "=== ";

/// Whether the expected files are to be rewritten from what the code now
/// gives (`BLESS=1`), instead of failing on a difference.
pub fn bless() -> bool {
    std::env::var_os("BLESS").is_some_and(|v| !v.is_empty() && v != "0")
}

/// The sections of a case file, in order: (name, text).
pub fn sections(text: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, Vec<&str>)> = Vec::new();
    for line in text.lines() {
        if let Some(name) = line.strip_prefix(HEADER) {
            out.push((name.trim().to_owned(), Vec::new()));
        } else if let Some((_, lines)) = out.last_mut() {
            lines.push(line);
        }
    }
    out.into_iter()
        .map(|(name, mut lines)| {
            while lines.last().is_some_and(|l| l.trim().is_empty()) {
                lines.pop();
            }
            let mut text = lines.join("\n");
            text.push('\n');
            (name, text)
        })
        .collect()
}

/// The case files (`*.case`) of a folder, sorted, but those whose name
/// starts with `_` (shared parts, not cases).
pub fn case_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("read {}: {e}", dir.display()))
        .map(|e| e.expect("a folder entry").path())
        .filter(|p| {
            p.extension().is_some_and(|x| x == "case")
                && !p
                    .file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with('_'))
        })
        .collect();
    files.sort();
    files
}

/// The stem of a file, as a case name.
pub fn case_name(path: &Path) -> String {
    path.file_stem()
        .expect("a file name")
        .to_string_lossy()
        .into_owned()
}

/// A fresh scratch folder under the target folder for `kind`/`name`.
pub fn scratch(kind: &str, name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(kind).join(name);
    if dir.exists() {
        std::fs::remove_dir_all(&dir).expect("clear the scratch folder");
    }
    std::fs::create_dir_all(&dir).expect("create the scratch folder");
    dir
}

/// Writes `text` to `dir/path`, creating its folders.
pub fn write(dir: &Path, path: &str, text: &[u8]) {
    let file = dir.join(path);
    std::fs::create_dir_all(file.parent().expect("a parent folder")).expect("create folder");
    std::fs::write(&file, text).unwrap_or_else(|e| panic!("write {}: {e}", file.display()));
}

/// A line diff of `expected` against `found`: the hunks around each
/// difference, `-` for an expected line that is missing, `+` for a line
/// found instead, with the line numbers of each side; cut after `limit`
/// lines of output. Empty when the texts are equal.
pub fn diff(expected: &str, found: &str, limit: usize) -> String {
    let a: Vec<&str> = expected.lines().collect();
    let b: Vec<&str> = found.lines().collect();
    // Longest common subsequence, from the ends, so the walk below goes forward.
    let mut lcs = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    // Each line: (tag, line number on its side, text).
    let mut ops: Vec<(char, usize, &str)> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            ops.push((' ', i + 1, a[i]));
            i += 1;
            j += 1;
        } else if j < b.len() && (i == a.len() || lcs[i][j + 1] > lcs[i + 1][j]) {
            ops.push(('+', j + 1, b[j]));
            j += 1;
        } else {
            ops.push(('-', i + 1, a[i]));
            i += 1;
        }
    }
    const CONTEXT: usize = 2;
    let changed: Vec<usize> = (0..ops.len()).filter(|&k| ops[k].0 != ' ').collect();
    if changed.is_empty() {
        return String::new();
    }
    let mut out = Vec::new();
    let mut shown_to = 0;
    for &k in &changed {
        let from = k.saturating_sub(CONTEXT).max(shown_to);
        let to = (k + CONTEXT + 1).min(ops.len());
        if out.is_empty() || from > shown_to {
            out.push("@@".to_owned());
        }
        for &(tag, line, text) in &ops[from..to.max(from)] {
            out.push(format!("{tag}{line:>5} | {text}"));
        }
        shown_to = to.max(shown_to);
    }
    let total = out.len();
    if total > limit {
        out.truncate(limit);
        out.push(format!("... ({} more diff lines)", total - limit));
    }
    out.join("\n")
}
