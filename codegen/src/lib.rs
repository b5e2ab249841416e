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
pub mod typeref;

pub use diag::{Diagnostic, Diagnostics};

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

/// Reads and parses every descriptor of a schema folder. Files under a
/// `common/` folder are shared descriptors; all others describe one method.
pub fn load(dir: &Path) -> Result<Vec<Source>, Diagnostics> {
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
    let mut sources = Vec::new();
    let mut diags = Vec::new();
    for path in files {
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                diags.push(io_diag(&path, &e).0.remove(0));
                continue;
            }
        };
        let text = match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                diags.push(not_utf8(&path, &e));
                continue;
            }
        };
        let shared = path
            .strip_prefix(dir)
            .unwrap_or(&path)
            .components()
            .any(|c| c.as_os_str() == "common");
        match parse(&path, &text, shared) {
            Ok(content) => sources.push(Source {
                path,
                text,
                content,
            }),
            Err(d) => diags.push(d),
        }
    }
    if diags.is_empty() {
        Ok(sources)
    } else {
        Err(Diagnostics(diags))
    }
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
            position = second_document(text).map(|line| (line, 1));
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

/// The line of the `---` that starts a second document, if any.
fn second_document(text: &str) -> Option<usize> {
    let mut content = false;
    for (i, line) in text.lines().enumerate() {
        if line.starts_with("---") && content {
            return Some(i + 1);
        }
        let t = line.trim();
        content |= !(t.is_empty() || t.starts_with('#') || t.starts_with("---"));
    }
    None
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

/// Loads a schema folder and runs every check: the model's and
/// [`lint`]'s, the latter against the `Cargo.toml` beside the folder when
/// there is one. Gives the model and the files read (that `Cargo.toml`
/// included).
pub fn check(dir: &Path) -> Result<(model::Schema, Vec<PathBuf>), Diagnostics> {
    let sources = load(dir)?;
    let manifest_path = lint::manifest_path(dir);
    let manifest = std::fs::read_to_string(&manifest_path).ok();
    let mut diags = lint::check(&sources, manifest.as_deref());
    let schema = match model::build(&sources) {
        Ok(schema) if diags.is_empty() => schema,
        Ok(_) => return Err(Diagnostics(diags)),
        Err(d) => {
            diags.extend(d.0);
            return Err(Diagnostics(diags));
        }
    };
    let mut files: Vec<PathBuf> = sources.into_iter().map(|s| s.path).collect();
    if manifest.is_some() {
        files.push(manifest_path);
    }
    Ok((schema, files))
}

/// Loads, checks and emits a schema folder.
pub fn generate(dir: &Path) -> Result<Generated, Diagnostics> {
    let (schema, files) = check(dir)?;
    Ok(Generated {
        tokens: emit::emit(&schema),
        files,
    })
}

/// The header of the checked-in copy.
pub fn header() -> String {
    format!(
        "// @generated from schema/*.yaml by bitrix24-codegen — do not edit.\n\
         // Refresh with `{REFRESH_COMMAND}`; a test fails when this file is stale.\n\n"
    )
}

/// Pretty-prints generated tokens, with the header, as checked into `generated/`.
#[cfg(feature = "format")]
pub fn format(tokens: &proc_macro2::TokenStream) -> Result<String, String> {
    let file: syn::File =
        syn::parse2(tokens.clone()).map_err(|e| format!("generated code does not parse: {e}"))?;
    Ok(format!("{}{}", header(), prettyplease::unparse(&file)))
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

/// Renders tokens as compact source text for `OUT_DIR`: one statement or
/// item per line, so compiler and lint messages point at a readable line,
/// without paying for a full pretty-printer in every build.
///
/// Takes a borrowed stream, so it copies every token; [`render_owned`] does
/// not and is what `build.rs` uses.
pub fn render(tokens: &proc_macro2::TokenStream) -> String {
    render_owned(tokens.clone())
}

/// [`render`] for a stream the caller gives up: each group's tokens are
/// moved out rather than copied (proc-macro2 shares a stream between its
/// clones, and iterating a shared one copies it, identifier strings
/// included), and identifiers and literals are written straight into the
/// output without an intermediate `String`.
pub fn render_owned(tokens: proc_macro2::TokenStream) -> String {
    use proc_macro2::{Delimiter, Spacing, TokenTree};
    use std::fmt::Write as _;
    fn walk(tokens: proc_macro2::TokenStream, out: &mut String) {
        let mut after_hash = false;
        for tree in tokens {
            let attribute = std::mem::take(&mut after_hash);
            match tree {
                TokenTree::Group(g) => {
                    let (open, close) = match g.delimiter() {
                        Delimiter::Brace => ("{\n", "}\n"),
                        Delimiter::Parenthesis => ("(", ") "),
                        // An attribute (`#[...]`) gets a line of its own.
                        Delimiter::Bracket if attribute => ("[", "]\n"),
                        Delimiter::Bracket => ("[", "] "),
                        Delimiter::None => ("", " "),
                    };
                    let stream = g.stream();
                    // The group held the other reference to its stream.
                    drop(g);
                    out.push_str(open);
                    walk(stream, out);
                    out.push_str(close);
                }
                TokenTree::Punct(p) => {
                    after_hash = p.as_char() == '#';
                    out.push(p.as_char());
                    if p.as_char() == ';' {
                        out.push('\n');
                    } else if p.spacing() == Spacing::Alone {
                        out.push(' ');
                    }
                }
                TokenTree::Ident(i) => {
                    let _ = write!(out, "{i} ");
                }
                TokenTree::Literal(l) => {
                    let _ = write!(out, "{l} ");
                }
            }
        }
    }
    let mut out = String::new();
    walk(tokens, &mut out);
    out
}
