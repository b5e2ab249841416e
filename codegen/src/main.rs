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
  docs coverage DOCS_DIR [SCHEMA_DIR] [--list]
                                     every method page of DOCS_DIR: covered (a
                                     descriptor names it and docs check is clean),
                                     drift, or missing; a count per family
                                     (--list: each page with its state)
  docs import-rate DOCS_DIR [SCHEMA_DIR] [--family F]... [--top N] [--list]
                   [--drafts DIR]    the share of method pages whose `docs import`
                                     draft passes check and docs check with no
                                     edit, per family (default: crm, tasks, user,
                                     departments; --family all for every one), and
                                     the most common failures; --drafts writes the
                                     drafts into DIR for a look
";

/// The families `docs import-rate` measures unless told otherwise (issue 11).
const RATE_FAMILIES: &[&str] = &["crm", "tasks", "user", "departments"];

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
            let (_, model) = bitrix24_codegen::check(&schema).map_err(|d| d.to_string())?;
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

/// The options of a `docs` command: positional arguments, and each flag
/// with its value (`None` for a switch).
struct Opts {
    positional: Vec<String>,
    flags: Vec<(String, Option<String>)>,
}

impl Opts {
    /// Reads `args`; `switches` and `valued` are the flags the command takes.
    fn parse(args: &[String], switches: &[&str], valued: &[&str]) -> Result<Opts, String> {
        let mut opts = Opts {
            positional: Vec::new(),
            flags: Vec::new(),
        };
        let mut iter = args.iter();
        while let Some(arg) = iter.next() {
            if switches.contains(&arg.as_str()) {
                opts.flags.push((arg.clone(), None));
            } else if valued.contains(&arg.as_str()) {
                let value = iter.next().ok_or(format!("{arg} needs a value"))?;
                opts.flags.push((arg.clone(), Some(value.clone())));
            } else if arg.starts_with('-') {
                return Err(format!("unknown option `{arg}`\n\n{USAGE}"));
            } else {
                opts.positional.push(arg.clone());
            }
        }
        Ok(opts)
    }

    fn has(&self, flag: &str) -> bool {
        self.flags.iter().any(|(f, _)| f == flag)
    }

    fn values(&self, flag: &str) -> Vec<&str> {
        self.flags
            .iter()
            .filter(|(f, _)| f == flag)
            .filter_map(|(_, v)| v.as_deref())
            .collect()
    }

    /// `DOCS_DIR [SCHEMA_DIR]`: the docs folder, which must exist, and the
    /// schema folder (default: schema/).
    fn docs_and_schema(&self, usage: &str) -> Result<(PathBuf, PathBuf), String> {
        let [dir, more @ ..] = self.positional.as_slice() else {
            return Err(format!("usage: {usage}\n\n{USAGE}"));
        };
        if more.len() > 1 {
            return Err(format!("usage: {usage}\n\n{USAGE}"));
        }
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
        Ok((docs_dir, schema))
    }
}

/// `docs check`, `docs import`, `docs coverage` and `docs import-rate`.
fn docs(args: &[String]) -> Result<String, String> {
    use bitrix24_codegen::docs;
    let (sub, rest) = args.split_first().ok_or_else(|| {
        format!("`docs` needs `check`, `import`, `coverage` or `import-rate`\n\n{USAGE}")
    })?;
    if rest.iter().any(|a| a == "-h" || a == "--help") {
        return Ok(USAGE.to_owned());
    }
    match sub.as_str() {
        "check" => {
            let opts = Opts::parse(rest, &[], &[])?;
            let (docs_dir, schema) = opts.docs_and_schema("docs check DOCS_DIR [SCHEMA_DIR]")?;
            let (sources, model) = bitrix24_codegen::check(&schema).map_err(|d| d.to_string())?;
            let report = docs::check::check(&sources, &model, &docs_dir);
            if report.clean() {
                Ok(format!("{}: {report}", docs_dir.display()))
            } else {
                Err(report.to_string())
            }
        }
        "import" => {
            let opts = Opts::parse(rest, &[], &[])?;
            let [page] = opts.positional.as_slice() else {
                return Err(format!("usage: docs import PAGE.md\n\n{USAGE}"));
            };
            let text = std::fs::read_to_string(page).map_err(|e| format!("{page}: {e}"))?;
            let page_doc = docs::Page::parse(&text);
            docs::import::draft(&page_doc, page, &known(&default_dir("schema")))
                .map(|d| d.trim_end().to_owned())
        }
        "coverage" => {
            let opts = Opts::parse(rest, &["--list"], &[])?;
            let (docs_dir, schema) =
                opts.docs_and_schema("docs coverage DOCS_DIR [SCHEMA_DIR] [--list]")?;
            let (sources, model) = bitrix24_codegen::check(&schema).map_err(|d| d.to_string())?;
            let report = docs::check::check(&sources, &model, &docs_dir);
            let pages = docs::coverage::method_pages(&docs_dir)?;
            let coverage = docs::coverage::Coverage::of(pages, &report);
            Ok(if opts.has("--list") {
                format!("{}{coverage}", coverage.list())
            } else {
                coverage.to_string()
            })
        }
        "import-rate" => {
            let opts = Opts::parse(rest, &["--list"], &["--family", "--top", "--drafts"])?;
            let (docs_dir, schema) = opts.docs_and_schema(
                "docs import-rate DOCS_DIR [SCHEMA_DIR] [--family F]... [--top N] [--list] [--drafts DIR]",
            )?;
            let sources = bitrix24_codegen::load(&schema).map_err(|d| d.to_string())?;
            let known = known(&schema);
            let mut families: Vec<String> = opts
                .values("--family")
                .into_iter()
                .map(str::to_owned)
                .collect();
            if families.is_empty() {
                families = RATE_FAMILIES.iter().map(|f| (*f).to_owned()).collect();
            } else if families.iter().any(|f| f == "all") {
                families.clear();
            }
            let pages = docs::coverage::method_pages(&docs_dir)?;
            if let Some(unknown) = families
                .iter()
                .find(|f| !pages.iter().any(|p| &p.family == *f))
            {
                return Err(format!(
                    "--family {unknown}: no method page of {} is in that family",
                    docs_dir.display()
                ));
            }
            let mut rate =
                docs::rate::Rate::measure(&docs_dir, &pages, &families, sources, &known)?;
            if let Some(top) = opts.values("--top").last() {
                rate.top = top
                    .parse()
                    .map_err(|_| format!("--top {top}: expected a number of lines"))?;
            }
            if let Some(dir) = opts.values("--drafts").last() {
                write_drafts(Path::new(dir), &rate)?;
            }
            Ok(if opts.has("--list") {
                format!("{}{rate}", rate.list())
            } else {
                rate.to_string()
            })
        }
        other => Err(format!("unknown docs command `{other}`\n\n{USAGE}")),
    }
}

/// What a schema folder has for `docs import` to reuse (system codes,
/// shared entities), when it loads; nothing otherwise.
fn known(schema: &Path) -> bitrix24_codegen::docs::import::Known {
    bitrix24_codegen::load(schema)
        .ok()
        .and_then(|s| {
            let m = bitrix24_codegen::model::build(&s).ok()?;
            Some(bitrix24_codegen::docs::import::Known::of(&s, &m))
        })
        .unwrap_or_default()
}

/// Writes each draft of a measure as DIR/FAMILY/METHOD.yaml, the reasons it
/// fails as comments at its end. DIR must not be a schema folder.
fn write_drafts(dir: &Path, rate: &bitrix24_codegen::docs::rate::Rate) -> Result<(), String> {
    if dir.join("common").join("system-errors.yaml").exists() {
        return Err(format!(
            "--drafts {}: that is a schema folder; drafts go elsewhere",
            dir.display()
        ));
    }
    for o in &rate.outcomes {
        let Some(draft) = &o.draft else { continue };
        let folder = dir.join(&o.page.family);
        std::fs::create_dir_all(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        let mut text = draft.clone();
        for r in &o.reasons {
            text.push_str(&format!("# fails {}: {}\n", r.step, r.text));
        }
        let file = folder.join(format!("{}.yaml", o.page.method));
        std::fs::write(&file, text).map_err(|e| format!("{}: {e}", file.display()))?;
    }
    Ok(())
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
