//! Checks on the loaded descriptors that the model does not make, because
//! the schema would still build but not do what its author meant:
//!
//! - a scope with no cargo feature in the crate's `Cargo.toml` (`build.rs`
//!   generates only the scopes whose features are enabled, so it would never
//!   compile);
//! - a scoped type with the name of a root type, which hides the root one
//!   inside its scope;
//! - a field whose wire name is a pattern (`UF_*`) rather than a name;
//! - a `response_case` that gives two fields of a type one response name;
//! - ([`page_prose`], apart, since drafts always fail it) a description in
//!   Russian, the page's own sentence left in place of ours;
//! - ([`html_in_prose`]) a description with `<word>` outside backticks,
//!   which rustdoc reads as an HTML tag.

mod prose;

pub use prose::{html_in_prose, keeps_page_prose, page_prose};

use crate::desc::{Entries, ParamDesc};
use crate::diag::Diagnostic;
use crate::locate::{Step, locate};
use crate::model::{Content, Source};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Runs every check; `manifest` is the text of the crate's `Cargo.toml`,
/// when there is one beside the schema folder.
pub fn check(sources: &[Source], manifest: Option<&str>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if let Some(manifest) = manifest {
        scope_features(sources, &features(manifest), &mut out);
    }
    shadowed_root_types(sources, &mut out);
    pattern_names(sources, &mut out);
    response_names(sources, &mut out);
    out
}

fn response_names(sources: &[Source], out: &mut Vec<Diagnostic>) {
    for src in sources {
        let (types, label) = match &src.content {
            Content::Method(m) => (&m.types, Some(m.method.as_str())),
            Content::Shared(s) => (&s.types, None),
        };
        for (name, object) in types.iter() {
            let Some(case) = object.response_case else {
                continue;
            };
            // Every name a field is read by (its own and its response
            // name), with the first field that takes it.
            let mut taken: BTreeMap<String, &str> = BTreeMap::new();
            for (wire, _) in object.fields.iter() {
                let response = case.apply(wire);
                let other = [&response, &wire.to_owned()]
                    .into_iter()
                    .find_map(|name| taken.get(name.as_str()).copied());
                if let Some(other) = other {
                    let steps = [
                        Step::Key("types".into()),
                        Step::Key(name.into()),
                        Step::Key("fields".into()),
                        Step::Key(wire.into()),
                    ];
                    let path = match label {
                        Some(label) => format!("{label}.{name}.{wire}"),
                        None => format!("{name}.{wire}"),
                    };
                    out.push(diag(
                        src,
                        &steps,
                        path,
                        format!(
                            "`{wire}` is read as `{response}` in responses (`response_case`), \
                             a name `{other}` already takes; the type cannot tell them apart"
                        ),
                    ));
                }
                taken.entry(response).or_insert(wire);
                taken.entry(wire.to_owned()).or_insert(wire);
            }
        }
    }
}

/// The scope folders of a schema (`schema/<scope>/`) whose scope has no
/// feature in `manifest`: what a build that reads only its enabled scopes
/// checks instead of [`check`]'s per-file message, without reading them.
pub fn folders_without_feature(schema_dir: &Path, manifest: &str) -> Vec<Diagnostic> {
    let features = features(manifest);
    let Ok(entries) = std::fs::read_dir(schema_dir) else {
        return vec![];
    };
    let mut folders: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .filter_map(|e| e.file_name().to_str().map(str::to_owned))
        .filter(|name| name != "common" && !features.contains(name))
        .collect();
    folders.sort();
    folders
        .into_iter()
        .map(|scope| Diagnostic {
            file: schema_dir.join(&scope),
            line: None,
            column: None,
            path: scope.clone(),
            message: format!(
                "scope `{scope}` has no cargo feature, so nothing of it would be compiled; \
                 add the line `{scope} = []` under `[features]` in Cargo.toml"
            ),
        })
        .collect()
}

/// The `Cargo.toml` a schema folder belongs to: the one beside it.
pub fn manifest_path(schema_dir: &Path) -> std::path::PathBuf {
    schema_dir
        .parent()
        .unwrap_or(Path::new(""))
        .join("Cargo.toml")
}

/// The feature names declared under `[features]` of a manifest.
pub fn features(manifest: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut inside = false;
    for line in manifest.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            inside = line == "[features]";
        } else if inside
            && !line.starts_with('#')
            && let Some((name, _)) = line.split_once('=')
        {
            out.insert(name.trim().trim_matches('"').to_owned());
        }
    }
    out
}

fn diag(src: &Source, steps: &[Step], path: String, message: String) -> Diagnostic {
    let pos = locate(&src.text, steps);
    Diagnostic {
        file: src.path.clone(),
        line: pos.map(|p| p.0),
        column: pos.map(|p| p.1),
        path,
        message,
    }
}

/// The scope a file declares, and the label its diagnostics start with.
fn scope_of(src: &Source) -> Option<(&str, &str)> {
    match &src.content {
        Content::Method(m) => Some((m.scope.as_str(), m.method.as_str())),
        Content::Shared(s) => s.scope.as_deref().map(|scope| (scope, scope)),
    }
}

fn scope_features(sources: &[Source], features: &BTreeSet<String>, out: &mut Vec<Diagnostic>) {
    let mut reported = BTreeSet::new();
    for src in sources {
        let Some((scope, label)) = scope_of(src) else {
            continue;
        };
        if features.contains(scope) || !reported.insert(scope.to_owned()) {
            continue;
        }
        let others = sources
            .iter()
            .filter(|s| scope_of(s).is_some_and(|(other, _)| other == scope))
            .count()
            - 1;
        let also = match others {
            0 => String::new(),
            1 => " (and 1 other file)".to_owned(),
            n => format!(" (and {n} other files)"),
        };
        out.push(diag(
            src,
            &[Step::Key("scope".into())],
            format!("{label}.scope"),
            format!(
                "scope `{scope}` has no cargo feature, so nothing of it{also} would be compiled; \
                 add the line `{scope} = []` under `[features]` in Cargo.toml"
            ),
        ));
    }
}

/// The names a file declares in `types`, `enums` and `links`, with their section.
fn declared(src: &Source) -> Vec<(&'static str, &str)> {
    let (types, enums, links) = match &src.content {
        Content::Method(m) => (&m.types, &m.enums, &m.links),
        Content::Shared(s) => (&s.types, &s.enums, &s.links),
    };
    let mut out: Vec<(&'static str, &str)> = Vec::new();
    out.extend(types.iter().map(|(n, _)| ("types", n)));
    out.extend(enums.iter().map(|(n, _)| ("enums", n)));
    out.extend(links.iter().map(|(n, _)| ("links", n)));
    out
}

fn shadowed_root_types(sources: &[Source], out: &mut Vec<Diagnostic>) {
    let root: BTreeMap<&str, &Path> = sources
        .iter()
        .filter(|s| scope_of(s).is_none())
        .flat_map(|s| declared(s).into_iter().map(|(_, n)| (n, s.path.as_path())))
        .collect();
    for src in sources {
        let Some((scope, label)) = scope_of(src) else {
            continue;
        };
        for (section, name) in declared(src) {
            let Some(file) = root.get(name) else {
                continue;
            };
            let path = match &src.content {
                Content::Method(_) => format!("{label}.{name}"),
                Content::Shared(_) => name.to_owned(),
            };
            out.push(diag(
                src,
                &[Step::Key(section.into()), Step::Key(name.into())],
                path,
                format!(
                    "`{name}` shadows the shared type `{name}` of {}: in scope `{scope}` the \
                     name would mean this one; use the shared type, or give this one a name \
                     of its own",
                    file.display()
                ),
            ));
        }
    }
}

/// Whether a wire name is a pattern (`UF_*`, `PROPERTY_{id}`, `items[]`),
/// a list of names or a phrase rather than the name of one field: what
/// `check` refuses as a field name.
pub fn is_pattern(name: &str) -> bool {
    name.chars().any(pattern_char)
}

/// What a wire name may not hold: a name with one of these is a pattern
/// (`UF_*`, `PROPERTY_{id}`), a list of names or a typo.
fn pattern_char(c: char) -> bool {
    matches!(
        c,
        '*' | '?' | '{' | '}' | '[' | ']' | '<' | '>' | '|' | ',' | '%'
    ) || c.is_whitespace()
}

fn pattern_names(sources: &[Source], out: &mut Vec<Diagnostic>) {
    for src in sources {
        let (types, label) = match &src.content {
            Content::Method(m) => {
                let label = m.method.as_str();
                fields(src, &m.params, &[Step::Key("params".into())], label, out);
                if let Some(result) = &m.returns.result.fields {
                    let at = [
                        Step::Key("returns".into()),
                        Step::Key("result".into()),
                        Step::Key("fields".into()),
                    ];
                    fields(src, result, &at, &format!("{label}.result"), out);
                }
                (&m.types, Some(label))
            }
            Content::Shared(s) => (&s.types, None),
        };
        for (name, object) in types.iter() {
            let at = [
                Step::Key("types".into()),
                Step::Key(name.into()),
                Step::Key("fields".into()),
            ];
            let prefix = match label {
                Some(label) => format!("{label}.{name}"),
                None => name.to_owned(),
            };
            fields(src, &object.fields, &at, &prefix, out);
        }
    }
}

fn fields(
    src: &Source,
    entries: &Entries<ParamDesc>,
    at: &[Step],
    prefix: &str,
    out: &mut Vec<Diagnostic>,
) {
    for (wire, _) in entries.iter() {
        if !is_pattern(wire) {
            continue;
        }
        let mut steps = at.to_vec();
        steps.push(Step::Key(wire.into()));
        out.push(diag(
            src,
            &steps,
            format!("{prefix}.{wire}"),
            format!(
                "`{wire}` is a pattern, not a field name; the fields it stands for are kept \
                 in the `extra` map of the object, read by name (`extra.get(\"UF_CRM_1\")`); \
                 leave it out, or describe each field you need by its own name"
            ),
        ));
    }
}
