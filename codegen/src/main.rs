//! `bitrix24-codegen`: check a schema folder, refresh `generated/`, compare
//! the schema with the documentation pages, or draft a descriptor from one.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "\
usage: bitrix24-codegen <command> [options]

commands:
  check [SCHEMA_DIR]                 validate every descriptor (default: schema/)
  snapshot [SCHEMA_DIR] [--out DIR]  rewrite DIR/bitrix24.rs (default: generated/)
  docs check DOCS_DIR [SCHEMA_DIR]   compare every descriptor with its page under
                                     DOCS_DIR (such as ../shared/docs/b24-rest-docs);
                                     fails when anything differs
  docs import PAGE.md                print a draft descriptor made from a page
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(message) => {
            println!("{message}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &[String]) -> Result<String, String> {
    let (command, rest) = args.split_first().ok_or_else(|| USAGE.to_owned())?;
    if command == "docs" {
        return docs(rest);
    }
    let mut positional = Vec::new();
    let mut out = None;
    let mut iter = rest.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--out" => out = Some(PathBuf::from(iter.next().ok_or("--out needs a folder")?)),
            "-h" | "--help" => return Ok(USAGE.to_owned()),
            flag if flag.starts_with('-') => {
                return Err(format!("unknown option `{flag}`\n\n{USAGE}"));
            }
            value => positional.push(PathBuf::from(value)),
        }
    }
    if positional.len() > 1 {
        return Err(format!(
            "expected at most one schema folder, got {}\n\n{USAGE}",
            positional.len()
        ));
    }
    let schema = positional.pop().unwrap_or_else(|| default_dir("schema"));
    match command.as_str() {
        "check" => {
            let (model, _) = bitrix24_codegen::check(&schema).map_err(|d| d.to_string())?;
            Ok(format!(
                "{}: {} methods, {} types, {} system errors — ok",
                schema.display(),
                model.methods.len(),
                model.types.len(),
                model.system_errors.len()
            ))
        }
        "snapshot" => {
            let out = out.unwrap_or_else(|| default_dir("generated"));
            let text = bitrix24_codegen::snapshot(&schema).map_err(|e| e.to_string())?;
            std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
            let file = out.join(bitrix24_codegen::OUTPUT_FILE);
            let old = std::fs::read_to_string(&file).unwrap_or_default();
            if old == text {
                return Ok(format!("{} is up to date", file.display()));
            }
            std::fs::write(&file, text).map_err(|e| format!("{}: {e}", file.display()))?;
            Ok(format!("wrote {}", file.display()))
        }
        "-h" | "--help" | "help" => Ok(USAGE.to_owned()),
        other => Err(format!("unknown command `{other}`\n\n{USAGE}")),
    }
}

/// `docs check` and `docs import`.
fn docs(args: &[String]) -> Result<String, String> {
    use bitrix24_codegen::docs;
    let (sub, rest) = args
        .split_first()
        .ok_or_else(|| format!("`docs` needs `check` or `import`\n\n{USAGE}"))?;
    if let Some(flag) = rest.iter().find(|a| a.starts_with('-')) {
        return match flag.as_str() {
            "-h" | "--help" => Ok(USAGE.to_owned()),
            _ => Err(format!("unknown option `{flag}`\n\n{USAGE}")),
        };
    }
    match (sub.as_str(), rest) {
        ("check", [dir, more @ ..]) if more.len() <= 1 => {
            let docs_dir = PathBuf::from(dir);
            if !docs_dir.is_dir() {
                return Err(format!(
                    "{}: no such folder of documentation pages",
                    docs_dir.display()
                ));
            }
            let schema = more
                .first()
                .map_or_else(|| default_dir("schema"), PathBuf::from);
            let sources = bitrix24_codegen::load(&schema).map_err(|d| d.to_string())?;
            let model = bitrix24_codegen::model::build(&sources).map_err(|d| d.to_string())?;
            let report = docs::check::check(&sources, &model, &docs_dir);
            if report.clean() {
                Ok(format!("{}: {report}", docs_dir.display()))
            } else {
                Err(report.to_string())
            }
        }
        ("import", [page]) => {
            let text = std::fs::read_to_string(page).map_err(|e| format!("{page}: {e}"))?;
            let page_doc = docs::Page::parse(&text);
            // What this repository's schema has (system codes, shared
            // entities), when it loads.
            let known = bitrix24_codegen::load(&default_dir("schema"))
                .ok()
                .and_then(|s| {
                    let m = bitrix24_codegen::model::build(&s).ok()?;
                    Some(docs::import::Known::of(&s, &m))
                })
                .unwrap_or_default();
            docs::import::draft(&page_doc, page, &known).map(|d| d.trim_end().to_owned())
        }
        ("check", _) => Err(format!(
            "usage: docs check DOCS_DIR [SCHEMA_DIR]\n\n{USAGE}"
        )),
        ("import", _) => Err(format!("usage: docs import PAGE.md\n\n{USAGE}")),
        (other, _) => Err(format!("unknown docs command `{other}`\n\n{USAGE}")),
    }
}

/// A folder of the workspace: relative to the current directory when it
/// exists there, else next to this crate (so `cargo run` works from anywhere
/// inside the repository).
fn default_dir(name: &str) -> PathBuf {
    let here = PathBuf::from(name);
    if here.exists() {
        return here;
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(name)
}
