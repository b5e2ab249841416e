//! A generation for some scopes reads only their folders and emits only them
//! and the crate root's shared types they use.

use bitrix24_codegen::{Scopes, generate_scopes, render};
use std::path::{Path, PathBuf};

const ROOT_FILES: &[(&str, &str)] = &[
    (
        "common/system-errors.yaml",
        "system_errors:\n  QUERY_LIMIT_EXCEEDED: { status: 503, message: Too many requests, doc: Slow down., retry_safe: true }\n",
    ),
    (
        "common/time.yaml",
        "types:\n  Time:\n    doc: How long a call took.\n    fields:\n      start: { type: double, doc: Start. }\n",
    ),
    (
        "common/moods.yaml",
        "enums:\n  Mood:\n    doc: A mood.\n    values: [{ wire: HAPPY, doc: Happy. }]\n  Tone:\n    doc: A tone.\n    values: [{ wire: LOUD, doc: Loud. }]\n  Unused:\n    doc: Nobody's.\n    values: [{ wire: X, doc: X. }]\n",
    ),
];

/// A method of `scope` whose one param has type `ty`.
fn method(scope: &str, ty: &str) -> String {
    format!(
        "method: {scope}.thing.add\nscope: {scope}\ndocs: {scope}.md\nwho: anyone\nidempotent: false\n\
         summary: Adds a thing.\nparams:\n  KIND: {{ type: {ty}, doc: The kind. }}\n\
         returns: {{ result: {{ type: integer, doc: Id. }}, time: {{ type: Time, doc: Timing. }} }}\n"
    )
}

fn schema(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("scopes-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    let mut files: Vec<(String, String)> = ROOT_FILES
        .iter()
        .map(|(p, t)| ((*p).to_owned(), (*t).to_owned()))
        .collect();
    files.push(("alpha/alpha.thing.add.yaml".into(), method("alpha", "Mood")));
    files.push(("beta/beta.thing.add.yaml".into(), method("beta", "Shade")));
    // beta's own type refers to a root type.
    files.push((
        "beta/common/shades.yaml".into(),
        "scope: beta\ntypes:\n  Shade:\n    doc: A shade.\n    fields:\n      tone: { type: Tone, doc: Its tone. }\n".into(),
    ));
    for (path, text) in files {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

fn only(scopes: &[&str]) -> Scopes {
    Scopes::Only(scopes.iter().map(|s| (*s).to_owned()).collect())
}

fn text(dir: &Path, scopes: &Scopes) -> String {
    render(&generate_scopes(dir, scopes).expect("generates").tokens)
}

#[test]
fn one_scope_gets_its_methods_and_the_root_types_it_uses() {
    let dir = schema("one");
    let alpha = text(&dir, &only(&["alpha"]));
    assert!(alpha.contains("pub mod alpha"), "{alpha}");
    assert!(alpha.contains("pub enum Mood"));
    assert!(
        alpha.contains("pub struct Time"),
        "the runtime's Time is always there"
    );
    for absent in [
        "pub mod beta",
        "pub enum Tone",
        "pub struct Shade",
        "pub enum Unused",
    ] {
        assert!(!alpha.contains(absent), "{absent} in the alpha build");
    }
    let beta = text(&dir, &only(&["beta"]));
    // Reached through beta's own type, not a param.
    assert!(beta.contains("pub enum Tone"), "{beta}");
    assert!(beta.contains("pub struct Shade"));
    for absent in ["pub mod alpha", "pub enum Mood", "pub enum Unused"] {
        assert!(!beta.contains(absent), "{absent} in the beta build");
    }
}

#[test]
fn every_scope_gets_everything_used_and_no_scope_gets_only_the_root() {
    let dir = schema("all");
    let all = text(&dir, &Scopes::All);
    for present in [
        "pub mod alpha",
        "pub mod beta",
        "pub enum Mood",
        "pub enum Tone",
    ] {
        assert!(all.contains(present), "{present} missing");
    }
    assert!(
        !all.contains("pub enum Unused"),
        "a root type no scope uses"
    );
    assert_eq!(all, text(&dir, &only(&["alpha", "beta", "client"])));
    let none = text(&dir, &only(&[]));
    assert!(!none.contains("pub mod"), "{none}");
    assert!(none.contains("pub static METHODS"));
}

#[test]
fn the_folders_of_other_scopes_are_not_read() {
    let dir = schema("skip");
    std::fs::write(dir.join("beta/beta.broken.yaml"), "method: [").unwrap();
    assert!(generate_scopes(&dir, &only(&["alpha"])).is_ok());
    let errors = generate_scopes(&dir, &only(&["alpha", "beta"]))
        .err()
        .expect("the broken file is read with beta")
        .to_string();
    assert!(errors.contains("beta.broken.yaml"), "{errors}");
}
