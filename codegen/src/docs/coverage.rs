//! `docs coverage`: every method page of the docs tree with its state in
//! the schema.
//!
//! A page is a **method page** ([`page_method`]) when all of these hold:
//!
//! - it sits under `api-reference/`, outside any `outdated/` or
//!   `_includes/` folder (outdated methods are out of scope; includes are
//!   fragments);
//! - it is no index page (`index.md`) and no event page (`on-*.md`; events
//!   are named `onCrmDealAdd`, without dots, so their titles name no
//!   method either);
//! - its title ends with the name of a method: the last word of the title
//!   that is a dotted name of ASCII identifiers starting in lower case
//!   (`Добавить сделку crm.deal.add`, `` `tasks.task.list` ``), whose last
//!   segment is no version tag: `imbot.v2` in `Миграция с imbot на
//!   imbot.v2` names an API, not a method; or, for the few methods of one
//!   word (`methods`, `scope`, `profile`), the title's last word is a
//!   lower-case ASCII identifier and the page has a params or a response
//!   section (`## Параметры метода`, `## Обработка ответа` and their
//!   English forms).
//!
//! Tutorials, data-type pages and overviews have no method name in their
//! titles, so they are left out by the last rule.
//!
//! A page's **family** is the folder under `api-reference/` it sits in
//! (`api-reference/crm/deals/crm-deal-add.md` → `crm`).
//!
//! A page's **state**: `covered` when a method descriptor's `docs:` names
//! it and `docs check` finds no difference; `drift` when one names it and
//! differences are found; `missing` when none names it.

use super::check::Report;
use super::page::{Page, Section};
use std::collections::BTreeMap;
use std::fmt::{self, Write as _};
use std::path::Path;

/// A method page of the docs tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MethodPage {
    /// The path from the docs folder, with `/` separators
    /// (`api-reference/crm/deals/crm-deal-add.md`).
    pub path: String,
    /// The folder under `api-reference/` (`crm`).
    pub family: String,
    /// The method the page documents (`crm.deal.add`).
    pub method: String,
}

/// The state of a method page in the schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum State {
    /// A descriptor names the page and `docs check` is clean for it.
    Covered,
    /// A descriptor names the page and `docs check` finds differences.
    Drift,
    /// No descriptor names the page.
    Missing,
}

impl State {
    /// The word the report uses.
    pub fn word(self) -> &'static str {
        match self {
            State::Covered => "covered",
            State::Drift => "drift",
            State::Missing => "missing",
        }
    }
}

/// The method a page documents, or `None` when it is no method page (see
/// the module documentation for the rule). `path` is the page's path from
/// the docs folder.
pub fn page_method(path: &str, page: &Page) -> Option<String> {
    let path = path.replace('\\', "/");
    let rest = path.strip_prefix("api-reference/")?;
    let folders: Vec<&str> = rest.split('/').collect();
    let (file, folders) = folders.split_last()?;
    if folders
        .iter()
        .any(|f| *f == "outdated" || *f == "_includes")
        || *file == "index.md"
        || file.starts_with("on-")
        || !file.ends_with(".md")
    {
        return None;
    }
    if let Some(method) = page.title_method() {
        let last = method.rsplit('.').next().unwrap_or_default();
        let version = last.len() > 1
            && last.starts_with('v')
            && last[1..].chars().all(|c| c.is_ascii_digit());
        return (!version).then_some(method);
    }
    // A method of one word: `Получить список доступных методов methods`.
    let word = page
        .title
        .split_whitespace()
        .last()?
        .trim_matches(|c: char| c == '`' || c == '*');
    let identifier = word.starts_with(|c: char| c.is_ascii_lowercase())
        && word
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    let method_sections = page.headings.iter().enumerate().any(|(i, h)| {
        h.level == 2 && matches!(page.section(Some(i)), Section::Params | Section::Response)
    });
    (identifier && method_sections).then(|| word.to_owned())
}

/// The family of a page: the folder under `api-reference/` (`crm`), or
/// `api-reference` for a page right in it.
pub fn family(path: &str) -> String {
    let path = path.replace('\\', "/");
    let rest = path.strip_prefix("api-reference/").unwrap_or(&path);
    match rest.split_once('/') {
        Some((family, _)) => family.to_owned(),
        None => "api-reference".to_owned(),
    }
}

/// Every method page under `docs`, sorted by path.
pub fn method_pages(docs: &Path) -> Result<Vec<MethodPage>, String> {
    let root = docs.join("api-reference");
    if !root.is_dir() {
        return Err(format!(
            "{}: no api-reference/ folder of method pages",
            docs.display()
        ));
    }
    let mut files = Vec::new();
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        let entries = std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        for entry in entries {
            let path = entry.map_err(|e| format!("{}: {e}", dir.display()))?.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "md") {
                files.push(path);
            }
        }
    }
    let mut pages = Vec::new();
    for file in files {
        let rel: Vec<String> = file
            .strip_prefix(docs)
            .unwrap_or(&file)
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        let rel = rel.join("/");
        // Cheap refusals first: most of the tree is read only when it may
        // be a method page.
        if rel.contains("/outdated/") || rel.contains("/_includes/") {
            continue;
        }
        let text =
            std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        if let Some(method) = page_method(&rel, &Page::parse(&text)) {
            pages.push(MethodPage {
                family: family(&rel),
                path: rel,
                method,
            });
        }
    }
    pages.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(pages)
}

/// Every method page with its state, and the method descriptors whose
/// `docs:` names no method page.
#[derive(Debug, Clone, Default)]
pub struct Coverage {
    /// The pages, sorted by path.
    pub pages: Vec<(MethodPage, State)>,
    /// Methods whose descriptor names a page that is no method page of the
    /// tree (an outdated page, a page not in this copy): (method, page).
    pub elsewhere: Vec<(String, String)>,
}

impl Coverage {
    /// The state of each page, from a `docs check` report of the schema.
    pub fn of(pages: Vec<MethodPage>, report: &Report) -> Coverage {
        let methods: Vec<_> = report.entries.iter().filter(|e| e.is_method()).collect();
        let pages: Vec<(MethodPage, State)> = pages
            .into_iter()
            .map(|p| {
                let named: Vec<_> = methods.iter().filter(|e| e.page == p.path).collect();
                let state = if named.is_empty() {
                    State::Missing
                } else if named.iter().all(|e| e.drift.is_empty()) {
                    State::Covered
                } else {
                    State::Drift
                };
                (p, state)
            })
            .collect();
        let elsewhere = methods
            .iter()
            .filter(|e| !pages.iter().any(|(p, _)| p.path == e.page))
            .map(|e| (e.name.clone(), e.page.clone()))
            .collect();
        Coverage { pages, elsewhere }
    }

    /// Per family: (covered, drift, missing), by family name.
    pub fn families(&self) -> BTreeMap<&str, [usize; 3]> {
        let mut out: BTreeMap<&str, [usize; 3]> = BTreeMap::new();
        for (p, s) in &self.pages {
            out.entry(p.family.as_str()).or_default()[*s as usize] += 1;
        }
        out
    }

    /// Each page with its state, one a line: `missing  crm.deal.add  api-reference/…`.
    pub fn list(&self) -> String {
        let mut out = String::new();
        for (p, s) in &self.pages {
            let _ = writeln!(out, "{:<8} {} {}", s.word(), p.method, p.path);
        }
        out
    }
}

impl fmt::Display for Coverage {
    /// The summary: a count per family and a total.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let families = self.families();
        let width = families.keys().map(|k| k.len()).max().unwrap_or(6).max(6);
        writeln!(
            f,
            "{:<width$} {:>7} {:>7} {:>7} {:>7}",
            "family", "pages", "covered", "drift", "missing"
        )?;
        let mut total = [0usize; 3];
        for (family, counts) in &families {
            for (t, c) in total.iter_mut().zip(counts) {
                *t += c;
            }
            writeln!(
                f,
                "{family:<width$} {:>7} {:>7} {:>7} {:>7}",
                counts.iter().sum::<usize>(),
                counts[0],
                counts[1],
                counts[2]
            )?;
        }
        let pages: usize = total.iter().sum();
        write!(
            f,
            "{:<width$} {pages:>7} {:>7} {:>7} {:>7}",
            "total", total[0], total[1], total[2]
        )?;
        if pages > 0 {
            write!(
                f,
                "\n{} of {pages} method pages covered and clean ({:.1}%)",
                total[0],
                100.0 * total[0] as f64 / pages as f64
            )?;
        }
        for (method, page) in &self.elsewhere {
            write!(f, "\nnot a method page of the tree: {method} names {page}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::docs::check::{Drift, Entry};

    fn page(title: &str, body: &str) -> Page {
        Page::parse(&format!("# {title}\n\n> Scope: [`demo`](x)\n\n{body}"))
    }

    const PARAMS: &str = "## Параметры метода\n\n#|\n|| **Название** | **Описание** ||\n|#\n";

    #[test]
    fn a_method_page_names_a_dotted_method_in_its_title() {
        let p = page("Добавить штуку demo.thing.add", PARAMS);
        assert_eq!(
            page_method("api-reference/demo/thing-add.md", &p).as_deref(),
            Some("demo.thing.add")
        );
        // Code spans and a sub-folder do not matter.
        let p = page("Get a thing `demo.thing.get`", "");
        assert_eq!(
            page_method("api-reference/demo/things/thing-get.md", &p).as_deref(),
            Some("demo.thing.get")
        );
    }

    #[test]
    fn outdated_index_event_and_include_pages_are_no_method_pages() {
        let p = page("Добавить штуку demo.thing.add", PARAMS);
        for path in [
            "api-reference/outdated/demo/thing-add.md",
            "api-reference/demo/outdated/thing-add.md",
            "api-reference/demo/_includes/thing-add.md",
            "api-reference/demo/index.md",
            "api-reference/demo/events/on-demo-thing-add.md",
            "settings/demo/thing-add.md",
        ] {
            assert_eq!(page_method(path, &p), None, "{path}");
        }
    }

    #[test]
    fn titles_without_a_method_name_are_no_method_pages() {
        let path = "api-reference/demo/page.md";
        // An API's name (a version tag last) is no method.
        assert_eq!(
            page_method(path, &page("Миграция с demo на demo.v2", PARAMS)),
            None
        );
        // A tutorial, an overview, a data-type page.
        assert_eq!(page_method(path, &page("Как создать штуку", PARAMS)), None);
        assert_eq!(
            page_method(path, &page("Типы данных Demo", "## Типы\n")),
            None
        );
        // An event page, whatever its file name.
        assert_eq!(
            page_method(path, &page("Событие при добавлении onDemoThingAdd", "")),
            None
        );
    }

    #[test]
    fn a_one_word_method_needs_a_method_section() {
        let path = "api-reference/common/scope.md";
        assert_eq!(
            page_method(path, &page("Получить список разрешений scope", PARAMS)).as_deref(),
            Some("scope")
        );
        let response = "## Обработка ответа\n\nHTTP-статус: **200**\n";
        assert_eq!(
            page_method(path, &page("Get the methods methods", response)).as_deref(),
            Some("methods")
        );
        // The same title over prose only: no method page.
        assert_eq!(
            page_method(path, &page("Получить список разрешений scope", "Текст.\n")),
            None
        );
    }

    #[test]
    fn the_family_is_the_folder_under_api_reference() {
        assert_eq!(family("api-reference/crm/deals/crm-deal-add.md"), "crm");
        assert_eq!(family("api-reference/user/user-get.md"), "user");
        assert_eq!(family("api-reference/rest-v3.md"), "api-reference");
    }

    fn mp(path: &str, method: &str) -> MethodPage {
        MethodPage {
            path: path.into(),
            family: family(path),
            method: method.into(),
        }
    }

    #[test]
    fn states_come_from_the_docs_check_report() {
        let pages = vec![
            mp("api-reference/a/a-add.md", "a.add"),
            mp("api-reference/a/a-get.md", "a.get"),
            mp("api-reference/b/b-add.md", "b.add"),
        ];
        let entry = |name: &str, page: &str, drift: usize| Entry {
            name: name.into(),
            page: page.into(),
            drift: (0..drift)
                .map(|_| Drift {
                    mark: '+',
                    text: "x".into(),
                })
                .collect(),
        };
        let report = Report {
            entries: vec![
                entry("a.add", "api-reference/a/a-add.md", 0),
                entry("b.add", "api-reference/b/b-add.md", 2),
                entry("c.old", "api-reference/outdated/c-old.md", 0),
                // Shared files and events are no method descriptors.
                entry("schema/common/x.yaml", "api-reference/a/a-get.md", 0),
                entry("ONAADD", "api-reference/a/a-get.md#onaadd", 0),
                // An event on a page of its own: no anchor.
                entry("ONADELETE", "api-reference/a/on-a-delete.md", 0),
            ],
            ..Report::default()
        };
        let c = Coverage::of(pages, &report);
        let states: Vec<State> = c.pages.iter().map(|(_, s)| *s).collect();
        assert_eq!(states, [State::Covered, State::Missing, State::Drift]);
        assert_eq!(c.families()["a"], [1, 0, 1]);
        assert_eq!(c.families()["b"], [0, 1, 0]);
        assert_eq!(
            c.elsewhere,
            [("c.old".into(), "api-reference/outdated/c-old.md".into())]
        );
        let summary = c.to_string();
        assert!(
            summary.contains("\na            2       1       0       1\n"),
            "{summary}"
        );
        assert!(
            summary.contains("\ntotal        3       1       1       1\n"),
            "{summary}"
        );
        assert!(summary.contains("1 of 3 method pages covered and clean (33.3%)"));
        assert!(summary.contains("not a method page of the tree: c.old names"));
        assert_eq!(
            c.list().lines().next(),
            Some("covered  a.add api-reference/a/a-add.md")
        );
    }
}
