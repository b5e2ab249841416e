//! `bitrix24-codegen` turns the YAML method descriptors under `schema/` into
//! the typed Rust of the `bitrix24` crate.
//!
//! The flow is load → validate → model → emit:
//!
//! - [`load`] reads every `*.yaml` file of a schema folder;
//! - [`model::build`] checks them and resolves names into one [`model::Schema`];
//! - [`emit::emit`] turns the model into tokens with `quote`;
//! - with the `format` feature, [`format`] pretty-prints them for `generated/`.
//!
//! `build.rs` calls [`generate`] and writes the tokens into `OUT_DIR`, without
//! formatting; the CLI (`check`, `snapshot`) uses the same functions.
//!
//! Every problem in a descriptor is reported as a [`Diagnostic`] naming the
//! file, line, column and path (`im.chat.add.COLOR`), never as a panic.

pub mod desc;
pub mod diag;
pub mod emit;
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
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                diags.push(io_diag(&path, &e).0.remove(0));
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
    let result = if shared {
        serde_yaml::from_str(text).map(|s| Content::Shared(Box::new(s)))
    } else {
        serde_yaml::from_str(text).map(|m| Content::Method(Box::new(m)))
    };
    result.map_err(|e| {
        let location = e.location();
        let mut message = e.to_string();
        // The position is shown in front; drop the parser's own suffix.
        if let Some(i) = message.rfind(" at line ") {
            message.truncate(i);
        }
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let (path_label, message) = match message.split_once(": ") {
            Some((p, m)) if !p.contains(' ') && !p.is_empty() => {
                let p = p.strip_prefix("params.").unwrap_or(p);
                (format!("{stem}.{p}"), m.to_owned())
            }
            _ => (stem, message),
        };
        Diagnostic {
            file: path.to_path_buf(),
            line: location.as_ref().map(|l| l.line()),
            column: location.as_ref().map(|l| l.column()),
            path: path_label,
            message,
        }
    })
}

/// Loads, checks and emits a schema folder.
pub fn generate(dir: &Path) -> Result<Generated, Diagnostics> {
    let sources = load(dir)?;
    let schema = model::build(&sources)?;
    Ok(Generated {
        tokens: emit::emit(&schema),
        files: sources.into_iter().map(|s| s.path).collect(),
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
pub fn render(tokens: &proc_macro2::TokenStream) -> String {
    use proc_macro2::{Delimiter, Spacing, TokenTree};
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
                    out.push_str(open);
                    walk(g.stream(), out);
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
                    out.push_str(&i.to_string());
                    out.push(' ');
                }
                TokenTree::Literal(l) => {
                    out.push_str(&l.to_string());
                    out.push(' ');
                }
            }
        }
    }
    let mut out = String::new();
    walk(tokens.clone(), &mut out);
    out
}
