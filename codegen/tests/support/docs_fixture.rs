//! What the `docs check` tests share: a fixture folder holding a small
//! schema (`schema/`) and the made-up pages it matches (`pages/`), checked
//! with one descriptor's text edited. Included with `#[path]` by the tests
//! of the documentation reader (`docs`, `docs_crm`).

use bitrix24_codegen::docs::check::{self, Report};
use bitrix24_codegen::model::{self, Source};
use std::path::Path;

/// The descriptors of a fixture's schema.
pub fn sources(fixture: &Path) -> Vec<Source> {
    bitrix24_codegen::load(&fixture.join("schema")).expect("the test schema loads")
}

/// Checks a fixture's schema against its pages with one file's text edited.
pub fn check_with(fixture: &Path, file: &str, edit: impl Fn(String) -> String) -> Report {
    let mut sources = sources(fixture);
    let source = sources
        .iter_mut()
        .find(|s| s.path.ends_with(file))
        .expect("a file of the test schema");
    let text = edit(source.text.clone());
    let shared = source.path.components().any(|c| c.as_os_str() == "common");
    source.content = bitrix24_codegen::parse(&source.path, &text, shared).expect("still parses");
    source.text = text;
    let schema = model::build(&sources).expect("still valid");
    check::check(&sources, &schema, &fixture.join("pages"))
}

/// Each difference of a report as `<mark> <text>`.
pub fn lines(report: &Report) -> Vec<String> {
    report
        .entries
        .iter()
        .flat_map(|e| e.drift.iter().map(|d| format!("{} {}", d.mark, d.text)))
        .collect()
}
