//! `bitrix24-codegen` turns the YAML method descriptors under `schema/` into
//! the typed Rust of the `bitrix24` crate.
//!
//! The flow is load → validate → model → emit:
//!
//! - [`load`] reads every `*.yaml` file of a schema folder;
//! - [`model::build`] checks them and resolves names into one [`model::Schema`];
//! - [`emit::emit`] turns the model into tokens with `quote`;
//! - with the `format` feature, [`format()`] pretty-prints them for `generated/`.
//!
//! `build.rs` calls [`generate`] and writes the tokens into `OUT_DIR`, without
//! formatting; the CLI (`check`, `snapshot`) uses the same functions.
//!
//! Every problem in a descriptor is reported as a [`Diagnostic`] naming the
//! file, line, column and path (`im.chat.add.COLOR`), never as a panic.

#![warn(missing_docs)]

pub mod desc;
pub mod diag;
#[cfg(feature = "docs")]
pub mod docs;
pub mod emit;
pub mod lint;
pub mod locate;
pub mod model;
pub mod modules;
mod partial;
mod render;
pub mod typeref;
pub mod usage;

pub use diag::{Diagnostic, Diagnostics};
#[cfg(feature = "format")]
pub use render::format;
pub(crate) use render::render_with;
pub use render::{header, render, render_owned};

use model::{Content, Source};
use std::path::{Path, PathBuf};

/// The command that refreshes `generated/`, quoted in its header and in the
/// error of the staleness test.
pub const REFRESH_COMMAND: &str = "cargo run -p bitrix24-codegen -- snapshot";

/// The file name of the generated code, in `OUT_DIR` and in `generated/`.
pub const OUTPUT_FILE: &str = "bitrix24.rs";

/// What [`generate`] produces.
pub struct Generated {
    /// The generated code.
    pub tokens: proc_macro2::TokenStream,
    /// Every descriptor file read, for `cargo:rerun-if-changed`.
    pub files: Vec<PathBuf>,
}

/// Lists the descriptor files of a schema folder, sorted, so output never
/// depends on directory order.
pub fn schema_files(dir: &Path) -> Result<Vec<PathBuf>, Diagnostics> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries = std::fs::read_dir(&d).map_err(|e| io_diag(&d, &e))?;
        for entry in entries {
            let path = entry.map_err(|e| io_diag(&d, &e))?.path();
            if path.is_dir() {
                stack.push(path);
            } else if matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("yaml" | "yml")
            ) {
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
}

/// Which scopes a generation includes.
///
/// A scope's files live under `schema/<scope>/` (its methods, and its shared
/// types under `schema/<scope>/common/`); the crate root's shared types under
/// `schema/common/`. [`load_scopes`] reads only the folders of the scopes it is
/// given, so a build pays nothing for the descriptors of the others.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Scopes {
    /// Every scope of the schema folder: what `check` and `snapshot` use.
    #[default]
    All,
    /// Only these scopes (lowercase, as in `scope:`), plus the crate root.
    Only(std::collections::BTreeSet<String>),
}

impl Scopes {
    /// The scopes whose cargo features are enabled, read from the
    /// `CARGO_FEATURE_<NAME>` variables cargo sets for build scripts.
    /// Features that name no scope (`client`) are harmless: no folder has
    /// their name.
    pub fn from_cargo_features() -> Self {
        Scopes::Only(
            std::env::vars_os()
                .filter_map(|(k, _)| {
                    k.to_str()?
                        .strip_prefix("CARGO_FEATURE_")
                        .map(|f| f.to_ascii_lowercase().replace('-', "_"))
                })
                .collect(),
        )
    }

    /// Whether files of scope `scope` are read.
    pub fn includes(&self, scope: &str) -> bool {
        match self {
            Scopes::All => true,
            Scopes::Only(set) => set.contains(scope),
        }
    }
}

/// The scope folder a descriptor sits in: the first folder under the schema
/// root, unless that is `common` (the crate root's shared files) or the
/// file sits in the root itself.
fn scope_folder<'a>(dir: &Path, path: &'a Path) -> Option<&'a str> {
    let mut parts = path.strip_prefix(dir).ok()?.components();
    let first = parts.next()?.as_os_str().to_str()?;
    // A file right in the schema root has no folder.
    parts.next()?;
    (first != "common").then_some(first)
}

/// Reads and parses every descriptor of a schema folder. Files under a
/// `common/` folder are shared descriptors; all others describe one method.
/// Fails with every file that does not read or parse or sits outside its
/// scope's folder; [`check`] goes on to check the others.
pub fn load(dir: &Path) -> Result<Vec<Source>, Diagnostics> {
    load_scopes(dir, &Scopes::All)
}

/// [`load`] for some scopes only: the folders of the other scopes are not
/// read at all. Each file must sit in the folder of the scope it declares
/// (`schema/im/im.chat.add.yaml` has `scope: im`; a root shared file has no
/// `scope:`), which is what makes skipping a folder safe; a file elsewhere is
/// reported at its `scope:` key.
pub fn load_scopes(dir: &Path, scopes: &Scopes) -> Result<Vec<Source>, Diagnostics> {
    let read = read(dir, scopes)?;
    if read.unparsed.is_empty() && read.misplaced.is_empty() {
        Ok(read.sources)
    } else {
        Err(Diagnostics(
            read.unparsed
                .into_iter()
                .map(|u| u.problem)
                .chain(read.misplaced)
                .collect(),
        ))
    }
}

/// Loads and checks a schema folder. A file that does not parse does not
/// stop the checks of the others: its syntax or shape error is reported with
/// the semantic problems of every other file, except those that only follow
/// from the missing file (a type it declares is not "unknown" elsewhere).
pub fn check(dir: &Path) -> Result<(Vec<Source>, model::Schema), Diagnostics> {
    check_scopes(dir, &Scopes::All)
}

/// [`check`] for some scopes only, as [`load_scopes`] reads them.
pub fn check_scopes(
    dir: &Path,
    scopes: &Scopes,
) -> Result<(Vec<Source>, model::Schema), Diagnostics> {
    let Read {
        sources,
        unparsed,
        misplaced,
    } = read(dir, scopes)?;
    // The `Cargo.toml` beside the folder, when there is one: every scope
    // needs its feature there.
    let manifest = std::fs::read_to_string(lint::manifest_path(dir)).ok();
    let mut diags: Vec<Diagnostic> = unparsed.iter().map(|u| u.problem.clone()).collect();
    diags.extend(misplaced);
    if let (Some(manifest), Scopes::Only(_)) = (&manifest, scopes) {
        // The folders left unread are checked by name alone.
        diags.extend(lint::folders_without_feature(dir, manifest));
    }
    diags.extend(lint::check(&sources, manifest.as_deref()));
    diags.extend(lint::page_prose(&sources));
    diags.extend(lint::html_in_prose(&sources));
    match model::build(&sources) {
        Ok(schema) if diags.is_empty() => Ok((sources, schema)),
        Ok(_) => Err(Diagnostics(diags)),
        Err(semantic) => {
            diags.extend(partial::independent(semantic.0, &unparsed));
            Err(Diagnostics(diags))
        }
    }
}

/// What [`read`] found in a schema folder.
struct Read {
    /// The files that parse.
    sources: Vec<Source>,
    /// The problems of those that do not.
    unparsed: Vec<partial::Unparsed>,
    /// Files that parse but sit outside their scope's folder.
    misplaced: Vec<Diagnostic>,
}

/// Reads every descriptor of a folder that `scopes` includes.
fn read(dir: &Path, scopes: &Scopes) -> Result<Read, Diagnostics> {
    let files = schema_files(dir)?;
    if files.is_empty() {
        return Err(Diagnostics(vec![Diagnostic {
            file: dir.to_path_buf(),
            line: None,
            column: None,
            path: String::new(),
            message: "no descriptor files (*.yaml) found".into(),
        }]));
    }
    let files: Vec<PathBuf> = files
        .into_iter()
        .filter(|path| scope_folder(dir, path).is_none_or(|f| scopes.includes(f)))
        .collect();
    // YAML parsing is most of the loading; the files are parsed on several
    // threads, in runs of neighbouring files, and kept in order.
    let read_run = |run: &[PathBuf]| -> Vec<Outcome> {
        run.iter().map(|path| read_one(dir, path.clone())).collect()
    };
    let threads = threads().min(files.len() / 8).max(1);
    let outcomes: Vec<Outcome> = if threads == 1 {
        read_run(&files)
    } else {
        let size = files.len().div_ceil(threads);
        std::thread::scope(|s| {
            let handles: Vec<_> = files[size..]
                .chunks(size)
                .map(|run| s.spawn(move || read_run(run)))
                .collect();
            let mut out = read_run(&files[..size]);
            for h in handles {
                out.extend(h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)));
            }
            out
        })
    };
    let mut sources = Vec::new();
    let mut unparsed = Vec::new();
    let mut misplaced_files = Vec::new();
    for outcome in outcomes {
        match outcome {
            Outcome::Parsed(source, misplaced) => {
                misplaced_files.extend(misplaced);
                sources.push(source);
            }
            Outcome::Unparsed(u) => unparsed.push(u),
        }
    }
    Ok(Read {
        sources,
        unparsed,
        misplaced: misplaced_files,
    })
}

/// How many threads loading and emitting use: `BITRIX24_CODEGEN_THREADS`
/// when it is set to a number (1 keeps everything on the calling thread),
/// else the machine's cores, up to 4. The output is the same either way.
pub fn threads() -> usize {
    std::env::var("BITRIX24_CODEGEN_THREADS")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get().min(4)))
        .max(1)
}

/// What reading one file gives.
enum Outcome {
    /// It parses (and may sit outside its scope's folder).
    Parsed(Source, Option<Diagnostic>),
    /// It does not read or parse.
    Unparsed(partial::Unparsed),
}

/// Reads and parses one descriptor file.
fn read_one(dir: &Path, path: PathBuf) -> Outcome {
    let folder = scope_folder(dir, &path);
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            return Outcome::Unparsed(partial::Unparsed {
                problem: io_diag(&path, &e).0.remove(0),
                text: String::new(),
            });
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            return Outcome::Unparsed(partial::Unparsed {
                problem: not_utf8(&path, &e),
                text: String::from_utf8_lossy(e.as_bytes()).into_owned(),
            });
        }
    };
    let shared = path
        .strip_prefix(dir)
        .unwrap_or(&path)
        .components()
        .any(|c| c.as_os_str() == "common");
    match parse(&path, &text, shared) {
        Ok(content) => {
            let misplaced = misplaced(&path, &text, folder, &content);
            Outcome::Parsed(
                Source {
                    path,
                    text,
                    content,
                },
                misplaced,
            )
        }
        Err(problem) => Outcome::Unparsed(partial::Unparsed { problem, text }),
    }
}

/// A file whose `scope:` does not match the folder it sits in.
fn misplaced(
    path: &Path,
    text: &str,
    folder: Option<&str>,
    content: &Content,
) -> Option<Diagnostic> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    let (label, message) = match content {
        Content::Method(m) if folder == Some(m.scope.as_str()) => return None,
        Content::Method(m) => (
            m.method.clone(),
            format!(
                "a method of scope `{0}` belongs in schema/{0}/ (a build reads only the folders of its enabled scopes); move the file to schema/{0}/{name}",
                m.scope
            ),
        ),
        Content::Shared(s) => {
            let message = match (s.scope.as_deref(), folder) {
                (Some(scope), Some(folder)) if scope == folder => return None,
                (None, None) => return None,
                (Some(scope), _) => format!(
                    "shared types of scope `{scope}` belong in schema/{scope}/common/ (a build reads only the folders of its enabled scopes); move the file to schema/{scope}/common/{name}"
                ),
                (None, Some(folder)) => format!(
                    "this file sits in the folder of scope `{folder}` but declares no `scope`; add `scope: {folder}`, or move it to schema/common/ to share its types at the crate root"
                ),
            };
            let stem = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            (stem, message)
        }
    };
    let position = locate::locate(text, &[locate::Step::Key("scope".into())]);
    Some(Diagnostic {
        file: path.to_path_buf(),
        line: position.map(|p| p.0),
        column: position.map(|p| p.1),
        path: format!("{label}.scope"),
        message,
    })
}

/// Parses one descriptor's text.
pub fn parse(path: &Path, text: &str, shared: bool) -> Result<Content, Diagnostic> {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let blank = text.lines().all(|l| {
        let l = l.trim();
        l.is_empty() || l.starts_with('#') || l == "---" || l == "..."
    });
    if blank {
        let expected = if shared {
            "a shared descriptor defines `types`, `enums`, `links` or `system_errors`"
        } else {
            "a method descriptor starts with `method:`"
        };
        return Err(Diagnostic {
            file: path.to_path_buf(),
            line: Some(1),
            column: Some(1),
            path: stem,
            message: format!("the file is empty; {expected}"),
        });
    }
    let result = if shared {
        serde_yaml::from_str(text).map(|s| Content::Shared(Box::new(s)))
    } else {
        serde_yaml::from_str(text).map(|m| Content::Method(Box::new(m)))
    };
    result.map_err(|e| {
        let location = e.location();
        let mut message = e.to_string();
        // The position is shown in front; drop the parser's own copy of it
        // (a suffix, or after the problem in a syntax error) but keep any
        // other position, such as where an unclosed `{` opened.
        if let Some(l) = &location {
            let own = format!(" at line {} column {}", l.line(), l.column());
            if let Some(i) = message.find(&own) {
                message.replace_range(i..i + own.len(), "");
            }
        }
        let (printed, message) = match message.split_once(": ") {
            Some((p, m)) if !p.contains(' ') && !p.is_empty() => (p.to_owned(), m.to_owned()),
            _ => (String::new(), message),
        };
        let mut position = location.map(|l| (l.line(), l.column()));
        // serde reports a repeated field at the start of its mapping; point
        // at the repeat instead.
        if let Some(key) = message
            .strip_prefix("duplicate field `")
            .and_then(|m| m.strip_suffix('`'))
        {
            let mut steps = locate::steps(&printed);
            steps.push(locate::Step::Again(key.to_owned()));
            position = locate::locate(text, &steps).or(position);
        }
        if position.is_none() && message.contains("more than one document") {
            position = second_document(text)
                .or_else(|| first_line_of_two_documents(text))
                .map(|line| (line, 1));
        }
        // Shared items are labelled by their own names (`Color.RED`), a
        // method's by the method (`im.chat.add.COLOR`).
        let p = label(&printed);
        let path_label = match (shared, p.is_empty()) {
            (_, true) => stem,
            (true, false) => p,
            (false, false) => format!("{stem}.{p}"),
        };
        Diagnostic {
            file: path.to_path_buf(),
            line: position.map(|p| p.0),
            column: position.map(|p| p.1),
            path: path_label,
            message,
        }
    })
}

/// The line that starts a second document, if any: a `---`, a `...` that
/// ends the first, or a `%` directive (which only a new document may have).
fn second_document(text: &str) -> Option<usize> {
    let mut content = false;
    for (i, line) in text.lines().enumerate() {
        let marker = line.starts_with("---") || line.starts_with("...") || line.starts_with('%');
        if marker && content {
            return Some(i + 1);
        }
        let t = line.trim();
        content |= !(t.is_empty() || t.starts_with('#') || t.starts_with("---"));
    }
    None
}

/// The first line whose text makes the lines up to it more than one
/// document, when no marker says where the second begins (the parser can
/// end a document at a line that is less indented than a multi-line plain
/// scalar). Only on the error path, over one small file.
fn first_line_of_two_documents(text: &str) -> Option<usize> {
    let ends: Vec<usize> = text
        .char_indices()
        .filter(|&(_, c)| c == '\n')
        .map(|(i, _)| i + 1)
        .chain(std::iter::once(text.len()))
        .collect();
    ends.iter().enumerate().find_map(|(i, &end)| {
        let prefix = &text[..end];
        match serde_yaml::from_str::<serde_yaml::Value>(prefix) {
            Err(e) if e.to_string().contains("more than one document") => Some(i + 1),
            _ => None,
        }
    })
}

/// Turns the parser's key path (`errors.WRONG_REQUEST.status`) into the
/// labels the model uses (`WRONG_REQUEST.status`): section keys are dropped.
fn label(serde_path: &str) -> String {
    const SECTIONS: &[&str] = &[
        "params",
        "joined",
        "returns",
        "errors",
        "types",
        "enums",
        "links",
        "system_errors",
        "events",
    ];
    let segments: Vec<&str> = serde_path.split('.').collect();
    let last = segments.len() - 1;
    segments
        .iter()
        .enumerate()
        .filter(|&(i, seg)| {
            // A section stays when the error is about the section itself.
            i == last
                || !(i == 0 && SECTIONS.contains(seg)
                    || i == 2 && matches!(*seg, "fields" | "constructors"))
        })
        .map(|(_, seg)| *seg)
        .collect::<Vec<_>>()
        .join(".")
}

/// Loads, checks and emits a schema folder.
pub fn generate(dir: &Path) -> Result<Generated, Diagnostics> {
    generate_scopes(dir, &Scopes::All)
}

/// [`generate`] for some scopes only (what `build.rs` runs with the enabled
/// scope features): the other scopes' folders are not read, and of the crate
/// root's shared types only those the included scopes use are emitted.
pub fn generate_scopes(dir: &Path, scopes: &Scopes) -> Result<Generated, Diagnostics> {
    let (sources, mut schema) = check_scopes(dir, scopes)?;
    usage::retain_used_root_types(&mut schema);
    Ok(Generated {
        tokens: emit::emit(&schema),
        files: sources.into_iter().map(|s| s.path).collect(),
    })
}

/// What [`generate_text`] produces.
pub struct GeneratedText {
    /// The generated code as compact text: [`render_owned`] of
    /// [`generate_scopes`]'s tokens, byte for byte.
    pub text: String,
    /// Every descriptor file read, for `cargo:rerun-if-changed`.
    pub files: Vec<PathBuf>,
}

/// [`generate_scopes`] as text, with the items emitted on several threads:
/// what `build.rs` writes into `OUT_DIR`.
pub fn generate_text(dir: &Path, scopes: &Scopes) -> Result<GeneratedText, Diagnostics> {
    let (sources, mut schema) = check_scopes(dir, scopes)?;
    usage::retain_used_root_types(&mut schema);
    Ok(GeneratedText {
        text: emit::emit_text(&schema, threads()),
        files: sources.into_iter().map(|s| s.path).collect(),
    })
}

/// Generates and pretty-prints a schema folder: the text of `generated/bitrix24.rs`.
#[cfg(feature = "format")]
pub fn snapshot(dir: &Path) -> Result<String, Box<dyn std::error::Error>> {
    let generated = generate(dir)?;
    Ok(format(&generated.tokens)?)
}

/// Points at the first byte that is not UTF-8.
fn not_utf8(path: &Path, e: &std::string::FromUtf8Error) -> Diagnostic {
    let bytes = e.as_bytes();
    let valid_up_to = e.utf8_error().valid_up_to();
    let before = String::from_utf8_lossy(&bytes[..valid_up_to]);
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    Diagnostic {
        file: path.to_path_buf(),
        line: Some(before.matches('\n').count() + 1),
        column: Some(before[line_start..].chars().count() + 1),
        path: path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default(),
        message: match bytes.get(valid_up_to) {
            Some(b) => format!("byte 0x{b:02X} is not UTF-8 text; save the file as UTF-8"),
            None => "the file is not UTF-8 text; save it as UTF-8".into(),
        },
    }
}

fn io_diag(path: &Path, e: &std::io::Error) -> Diagnostics {
    Diagnostics(vec![Diagnostic {
        file: path.to_path_buf(),
        line: None,
        column: None,
        path: String::new(),
        message: format!("cannot read: {e}"),
    }])
}
