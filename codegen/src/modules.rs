//! The Rust module path of a method: its wire segments but the last, in
//! `snake_case`, with the renames of the method file's `modules:` key for
//! segments that cannot name a module as they are (`catalog.enum.*`:
//! `enum` is a keyword).

use crate::desc::Entries;
use crate::model::names;
use crate::model::{is_keyword, is_snake_ident};

/// A problem with the module path: the `modules:` key it is about (`None`
/// for the method name itself) and the message.
pub type Problem = (Option<String>, String);

/// The module path of a method from its segments (all of them, the type
/// name last) and its `modules:` renames, or the problems that prevent one.
pub fn path(segments: &[&str], renames: &Entries<String>) -> Result<Vec<String>, Vec<Problem>> {
    let mut problems = Vec::new();
    let inner = &segments[1..segments.len() - 1];
    for (key, _) in renames.iter() {
        if !inner.contains(&key) {
            let why = if segments.first() == Some(&key) {
                "the first segment is the scope and cannot be renamed".to_owned()
            } else if segments.last() == Some(&key) {
                "the last segment names the request type, not a module".to_owned()
            } else {
                format!(
                    "expected a segment between the first and the last: {}",
                    list(inner)
                )
            };
            problems.push((
                Some(key.to_owned()),
                format!("`{key}` is not a module segment of the method; {why}"),
            ));
        }
    }
    let mut module = Vec::new();
    for (i, seg) in segments[..segments.len() - 1].iter().enumerate() {
        let snake = names::module(seg);
        let rename = renames.iter().find(|(k, _)| k == seg).map(|(_, v)| v);
        match rename {
            Some(name) if i > 0 => {
                let key = Some((*seg).to_owned());
                if !is_keyword(&snake) && is_snake_ident(&snake) {
                    problems.push((key, format!("segment `{seg}` becomes the module `{snake}`, which needs no rename; remove it from `modules`")));
                } else if !is_snake_ident(name) || is_keyword(name) {
                    problems.push((key, format!("module name `{name}` must be a snake_case identifier that is not a Rust keyword")));
                } else {
                    module.push(name.clone());
                }
            }
            _ if is_keyword(&snake) => problems.push((
                None,
                format!(
                    "segment `{seg}` becomes the module `{snake}`, a Rust keyword; name the module with `modules: {{ {seg}: <name> }}`"
                ),
            )),
            _ if !is_snake_ident(&snake) => problems.push((
                None,
                format!(
                    "segment `{seg}` does not give a module name; a segment must start with a letter"
                ),
            )),
            _ => module.push(snake),
        }
    }
    if problems.is_empty() {
        Ok(module)
    } else {
        Err(problems)
    }
}

/// Methods that share a wire prefix (`catalog.enum` of
/// `catalog.enum.getRoundTypes` and `catalog.enum.getStoreDocumentTypes`)
/// must share its module: for each method (wire name, module path) that
/// disagrees with an earlier one, its index and the message.
pub fn disagreements(methods: &[(&str, &[String])]) -> Vec<(usize, String)> {
    // Each wire prefix with the first method that has it, so each method is
    // compared once per prefix rather than with every earlier method.
    let mut first: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut out = Vec::new();
    for (i, (wire, module)) in methods.iter().enumerate() {
        let segments: Vec<&str> = wire.split('.').collect();
        for k in 0..segments.len() - 1 {
            let prefix = segments[..=k].join(".");
            let j = *first.entry(prefix).or_insert(i);
            let (other, other_module) = methods[j];
            if module.get(..=k) != other_module.get(..=k) {
                out.push((
                    i,
                    format!(
                        "`{}` becomes the module `{}` here but `{}` in `{other}`; give both the same `modules` rename",
                        segments[..=k].join("."),
                        module[..=k].join("::"),
                        other_module[..=k].join("::"),
                    ),
                ));
                break;
            }
        }
    }
    out
}

fn list(items: &[&str]) -> String {
    if items.is_empty() {
        return "the method has none".to_owned();
    }
    items
        .iter()
        .map(|s| format!("`{s}`"))
        .collect::<Vec<_>>()
        .join(", ")
}
