//! `generated/` must be exactly what the generator makes of `schema/` today.

use std::path::Path;

#[test]
fn generated_copy_is_in_sync_with_schema() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let fresh = bitrix24_codegen::snapshot(&root.join("schema")).expect("schema/ generates");
    let path = root.join("generated").join(bitrix24_codegen::OUTPUT_FILE);
    let checked_in = std::fs::read_to_string(&path)
        .unwrap_or_default()
        .replace("\r\n", "\n");
    if checked_in != fresh {
        let first_diff = checked_in
            .lines()
            .zip(fresh.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| checked_in.lines().count().min(fresh.lines().count()));
        panic!(
            "{} is stale (first difference at line {}).\nRefresh it with `{}` and commit the result.",
            path.display(),
            first_diff + 1,
            bitrix24_codegen::REFRESH_COMMAND
        );
    }
}

#[test]
fn generated_copy_carries_the_do_not_edit_header() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("generated").join(bitrix24_codegen::OUTPUT_FILE))
        .unwrap();
    let head: String = text.lines().take(2).collect::<Vec<_>>().join("\n");
    assert!(head.contains("do not edit"), "{head}");
    assert!(head.contains(bitrix24_codegen::REFRESH_COMMAND), "{head}");
}

#[test]
fn every_scope_has_its_cargo_feature() {
    // build.rs generates the scopes whose features are enabled; a scope
    // without a feature in Cargo.toml would never be compiled.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let sources = bitrix24_codegen::load(&root.join("schema")).expect("schema/ loads");
    let schema = bitrix24_codegen::model::build(&sources).expect("schema/ is valid");
    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).unwrap();
    let features: Vec<&str> = manifest
        .split("\n[features]\n")
        .nth(1)
        .expect("a [features] section")
        .lines()
        .take_while(|l| !l.starts_with('['))
        .filter_map(|l| l.split_once(" = ").map(|(k, _)| k.trim()))
        .collect();
    let mut scopes: Vec<&str> = schema.methods.iter().map(|m| m.scope.as_str()).collect();
    scopes.sort_unstable();
    scopes.dedup();
    for scope in &scopes {
        assert!(
            features.contains(scope),
            "scope `{scope}` has no feature; add `{scope} = []` to [features] in Cargo.toml"
        );
    }
    // .ci/run builds each scope on its own; a scope its loop leaves out
    // could stop building alone unnoticed. (The published package, which
    // tests/package.rs tests unpacked, has no .ci/.)
    let Ok(ci) = std::fs::read_to_string(root.join(".ci").join("run")) else {
        assert!(!root.join(".git").exists(), "a checkout has .ci/run");
        return;
    };
    let looped: Vec<&str> = ci
        .lines()
        .find_map(|l| l.trim().strip_prefix("for scope in "))
        .and_then(|l| l.strip_suffix("; do"))
        .expect(".ci/run has its `for scope in ...; do` loop")
        .split_whitespace()
        .collect();
    for scope in &scopes {
        assert!(
            looped.contains(scope),
            "scope `{scope}` is not in the per-scope loop of .ci/run ({looped:?})"
        );
    }
}

#[test]
fn ci_builds_every_scope_on_its_own() {
    // `.ci/run` checks each scope's feature alone (`for scope in ...`): a
    // scope left out of that loop could stop building by itself unnoticed.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let sources = bitrix24_codegen::load(&root.join("schema")).expect("schema/ loads");
    let schema = bitrix24_codegen::model::build(&sources).expect("schema/ is valid");
    // The published package (tests/package.rs runs this file in it) has
    // no CI script; the repository always does.
    let Ok(ci) = std::fs::read_to_string(root.join(".ci").join("run")) else {
        assert!(!root.join(".git").exists(), "the repository has .ci/run");
        return;
    };
    let looped: Vec<&str> = ci
        .lines()
        .find_map(|l| l.trim().strip_prefix("for scope in "))
        .and_then(|rest| rest.strip_suffix("; do"))
        .expect(".ci/run has a `for scope in ...; do` loop")
        .split_whitespace()
        .collect();
    for m in &schema.methods {
        assert!(
            looped.contains(&m.scope.as_str()),
            "scope `{}` (of {}) is not in .ci/run's per-scope loop",
            m.scope,
            m.wire
        );
    }
}

/// The doc comments right above each `pub struct|enum|static <item>` in
/// the generated text (type names repeat across scope modules).
fn docs_above(text: &str, item: &str) -> Vec<String> {
    let lines: Vec<&str> = text.lines().collect();
    let declares = |line: &str| {
        let line = line.trim_start();
        ["pub struct ", "pub enum ", "pub static "].iter().any(|k| {
            line.strip_prefix(k).is_some_and(|rest| {
                rest.strip_prefix(item).is_some_and(|after| {
                    !after.starts_with(|c: char| c.is_alphanumeric() || c == '_')
                })
            })
        })
    };
    (0..lines.len())
        .filter(|&at| declares(lines[at]))
        .map(|at| {
            let mut doc: Vec<&str> = Vec::new();
            let mut in_attribute = false;
            for line in lines[..at].iter().rev() {
                let l = line.trim_start();
                // An attribute printed over several lines ends in `)]`.
                if l == ")]" {
                    in_attribute = true;
                } else if in_attribute {
                    in_attribute = !l.starts_with("#[");
                } else if !(l.starts_with("///") || l.starts_with("#[")) {
                    break;
                }
                doc.push(line);
            }
            doc.reverse();
            doc.join("\n")
        })
        .collect()
}

#[test]
fn generated_items_link_their_documentation_page() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("generated").join(bitrix24_codegen::OUTPUT_FILE))
        .unwrap();
    let sources = bitrix24_codegen::load(&root.join("schema")).unwrap();
    let mut schema = bitrix24_codegen::model::build(&sources).unwrap();
    // As generated: shared types no method uses are left out.
    bitrix24_codegen::usage::retain_used_root_types(&mut schema);
    // Types: every one whose file names a page links it.
    let mut linked = 0;
    for t in &schema.types {
        let Some(url) = &t.docs_url else { continue };
        let first_line = t.doc.lines().next().unwrap_or_default().trim();
        let link = format!("Documentation: <{url}>");
        let docs = docs_above(&text, &t.name);
        assert!(
            docs.iter()
                .any(|d| d.contains(first_line) && d.contains(&link)),
            "{} does not link {url}:\n{docs:#?}",
            t.name
        );
        linked += 1;
    }
    assert!(linked > 60, "only {linked} types link a page");
    // Methods: the request, its error enum and both tables get their link
    // from the page URL the macros are given beside the method's name.
    let m = schema
        .methods
        .iter()
        .find(|m| m.wire == "im.chat.add")
        .unwrap();
    let url = format!("\"{}\"", m.docs_url);
    let attribute = |item: &str, marker: &str| -> String {
        docs_above(&text, item)
            .iter()
            .filter_map(|d| d.split(marker).nth(1).map(str::to_owned))
            .find(|a| a.contains(&url))
            .unwrap_or_else(|| panic!("no {marker} with {url} above {item}"))
    };
    assert!(attribute("Add", "#[method(").contains("\"im.chat.add\""));
    assert!(attribute("AddError", "#[errors(").contains("ADD_ERRORS"));
    // ADD_INFO is the table of the request whose `#[method]` names the page.
    let request = text
        .split("crate::macros::request! {")
        .find(|r| r.contains("\"im.chat.add\","))
        .expect("the request! of im.chat.add");
    assert!(request.contains(&url) && request.contains("pub static ADD_INFO"));
}
