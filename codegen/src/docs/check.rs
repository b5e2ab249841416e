//! `docs check`: the schema against the pages it was transcribed from.
//!
//! For every method descriptor the page named by its `docs:` key is read
//! and compared:
//!
//! - params: missing or extra, type (see [`super::types`]), required mark,
//!   enum values, and the fields of nested objects (anchored sub-tables or
//!   dotted names), recursively;
//! - the returned data: the `result` type or its fields, and the envelope's
//!   `total` / `next` when the page lists them;
//! - errors: codes added or gone (a code marked `legacy` may be absent from
//!   the page, but not present on it), HTTP status, the portal's message
//!   (unless the page shows a localized message in Russian);
//! - the scope.
//!
//! Shared files whose `docs:` names a page are compared too: the system
//! errors with the error table of that page, and each object type with the
//! section anchored by its lower-case name (`Chat` ↔ `{#chat}`) or by its
//! `anchor:`.
//!
//! Response objects declared in `schema/common/` are shared by several
//! pages, each of which may document a subset of their fields; a field of
//! such a type that one page leaves out is not a difference. Fields a page
//! lists that the schema lacks always are. Shared enums are read the same
//! way: a page may list some of their values, but none they lack.

use super::page::{Page, Row};
use super::types::{self, Mismatch, Names};
use crate::desc::{MethodFile, SharedFile};
use crate::model::{Content, Method, ResultBody, Schema, Source, TypeBody, TypeDef};
use crate::typeref::{self, TypeExpr};
use std::collections::BTreeSet;
use std::fmt::{self, Write as _};
use std::path::{Path, PathBuf};

/// One difference between the schema and a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drift {
    /// `+` on the page only, `-` in the schema only, `~` on both but
    /// different, `!` could not be compared.
    pub mark: char,
    /// What differs, in words.
    pub text: String,
}

/// The differences of one descriptor.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The method name, or the shared file's path.
    pub name: String,
    /// The page, relative to the docs folder.
    pub page: String,
    /// What differs; empty when the descriptor is clean.
    pub drift: Vec<Drift>,
}

impl Entry {
    /// Whether the entry is a method's: named by the method, which has a
    /// dot (an event's name has none, a shared file's path has a `/`).
    pub fn is_method(&self) -> bool {
        !self.name.contains('/') && self.name.contains('.')
    }

    /// Whether the entry is an event's.
    pub fn is_event(&self) -> bool {
        !self.name.contains('/') && !self.name.contains('.')
    }
}

/// The result of a whole check.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// One entry per descriptor checked, in schema order.
    pub entries: Vec<Entry>,
    /// Differences a descriptor declares as errors of its page
    /// (`page_errors`): (method, the difference, why the page is wrong).
    pub accepted: Vec<(String, Drift, String)>,
}

impl Report {
    /// Whether anything differs.
    pub fn clean(&self) -> bool {
        self.entries.iter().all(|e| e.drift.is_empty())
    }

    /// How many method descriptors were checked.
    pub fn methods(&self) -> usize {
        self.entries.iter().filter(|e| e.is_method()).count()
    }

    /// How many events were checked (their entries are named by the event,
    /// which has no dot; a shared file's by its path).
    pub fn events(&self) -> usize {
        self.entries.iter().filter(|e| e.is_event()).count()
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut drifting = 0;
        let mut total = 0;
        for e in &self.entries {
            if e.drift.is_empty() {
                continue;
            }
            drifting += 1;
            total += e.drift.len();
            writeln!(f, "{} — {}", e.name, e.page)?;
            for d in &e.drift {
                writeln!(f, "  {} {}", d.mark, d.text)?;
            }
        }
        let shared = self.entries.len() - self.methods() - self.events();
        if drifting == 0 {
            write!(
                f,
                "{} methods, {} events and {} shared files match their pages — ok",
                self.methods(),
                self.events(),
                shared
            )?;
        } else {
            write!(
                f,
                "{drifting} of {} descriptors differ from their pages ({total} differences)\n\
                 legend: + on the page only, - in the schema only, ~ different, ! not comparable",
                self.entries.len()
            )?;
        }
        if !self.accepted.is_empty() {
            write!(
                f,
                "\n{} errors of the pages that descriptors knowingly differ from (`page_errors`):",
                self.accepted.len()
            )?;
            for (method, d, why) in &self.accepted {
                write!(f, "\n  {method}: {} {} — {why}", d.mark, d.text)?;
            }
        }
        Ok(())
    }
}

/// Checks every descriptor of a loaded schema against the pages under `docs`.
pub fn check(sources: &[Source], schema: &Schema, docs: &Path) -> Report {
    let mut report = Report::default();
    let anchors = anchors(sources);
    for m in &schema.methods {
        let Some(desc) = sources.iter().find_map(|s| match &s.content {
            Content::Method(d) if d.method == m.wire && d.api == m.api => Some(d.as_ref()),
            _ => None,
        }) else {
            continue;
        };
        let drift = match read(docs, &desc.docs) {
            Ok(page) => method(m, desc, schema, &anchors, &page),
            Err(e) => vec![Drift { mark: '!', text: e }],
        };
        let drift = accept(drift, &desc.page_errors, &m.wire, &mut report);
        report.entries.push(Entry {
            name: m.wire.clone(),
            page: desc.docs.clone(),
            drift,
        });
    }
    for s in sources {
        let Content::Shared(shared) = &s.content else {
            continue;
        };
        let Some(docs_key) = &shared.docs else {
            continue;
        };
        let Ok(page) = read(docs, docs_key) else {
            // `docs:` of a shared file is a note for readers; a page that is
            // not in this copy of the docs is not a difference.
            continue;
        };
        let name = s.path.display().to_string();
        let drift = shared_file(shared, schema, &anchors, &page);
        let drift = accept(drift, &shared.page_errors, &name, &mut report);
        report.entries.push(Entry {
            name,
            page: docs_key.clone(),
            drift,
        });
    }
    report
        .entries
        .extend(super::events::check(sources, schema, &anchors, docs));
    report
}

/// Takes the differences a descriptor's `page_errors` name out of `drift`
/// into the report's accepted list (under `name`), and adds one for each
/// entry that names no difference any more.
fn accept(
    mut drift: Vec<Drift>,
    known: &[crate::desc::PageErrorDesc],
    name: &str,
    report: &mut Report,
) -> Vec<Drift> {
    for known in known {
        let at = known.at.trim();
        let (matched, rest): (Vec<Drift>, Vec<Drift>) = drift
            .into_iter()
            .partition(|d| d.text == at || d.text.starts_with(&format!("{at}:")));
        drift = rest;
        if matched.is_empty() {
            drift.push(Drift {
                mark: '!',
                text: format!(
                    "page_errors: `{at}` is no difference any more (was the page fixed?); remove it"
                ),
            });
        }
        for d in matched {
            report
                .accepted
                .push((name.to_owned(), d, known.why.trim().to_owned()));
        }
    }
    drift
}

pub(super) fn read(docs: &Path, key: &str) -> Result<Page, String> {
    let path: PathBuf = docs.join(key);
    std::fs::read_to_string(&path)
        .map(|t| Page::parse(&t))
        .map_err(|e| format!("page {} cannot be read: {e}", path.display()))
}

/// The shared object types documented under an anchor other than their
/// lower-case name: (type name, anchor), once for each of its anchors.
pub fn anchors(sources: &[Source]) -> Vec<(String, String)> {
    sources
        .iter()
        .filter_map(|s| match &s.content {
            Content::Shared(f) => Some(f),
            Content::Method(_) => None,
        })
        .flat_map(|f| {
            f.types
                .iter()
                .filter_map(|(n, t)| Some((n, t.anchor.as_ref()?)))
                .flat_map(|(n, a)| a.0.iter().map(|a| (n.to_owned(), a.clone())))
        })
        .collect()
}

/// Compares one method with its page.
pub fn method(
    m: &Method,
    desc: &MethodFile,
    schema: &Schema,
    anchors: &[(String, String)],
    page: &Page,
) -> Vec<Drift> {
    let mut cx = Cx {
        page,
        names: Names {
            schema,
            module: vec![m.scope.clone()],
            anchors: anchors.to_vec(),
        },
        out: Vec::new(),
    };
    if !page.describes(&m.wire) {
        cx.push(
            '!',
            format!(
                "the page is about `{}`, not `{}`",
                page.title_method().unwrap_or_else(|| page.title.clone()),
                m.wire
            ),
        );
        return cx.out;
    }
    // REST 3.0 methods answer at another address.
    let v3 = m.api == crate::desc::Api::V3;
    if page.rest3() != v3 {
        let (schema, on_page) = if v3 {
            ("REST 3.0 (`api: v3`)", "the classic API")
        } else {
            ("the classic API", "REST 3.0 (`api: v3`)")
        };
        cx.push(
            '~',
            format!("api: {schema} in the schema, {on_page} on the page"),
        );
    }
    // A page's scopes are the permissions a portal grants (`task` for the
    // `tasks.*` methods, `user`, `user_brief` or `user_basic` for `user.*`),
    // of which an application needs any one; a descriptor's `scope` is the
    // method's first segment (its module and cargo feature), its
    // `permission:` (by default `[scope]`) what the page's line lists.
    if !page.scopes.is_empty() {
        let listed = |names: &[String]| -> BTreeSet<String> { names.iter().cloned().collect() };
        if listed(&page.scopes) != listed(&m.permissions) {
            let shown = |names: &[String]| format!("[{}]", names.join(", "));
            cx.push(
                '~',
                format!(
                    "permission: `{}` in the schema, `{}` on the page",
                    shown(&m.permissions),
                    shown(&page.scopes)
                ),
            );
        }
    }
    // Params.
    match page.params() {
        Some(rows) => cx.fields("param ", &m.params, &rows, &rows, Side::Input, 0),
        None if m.params.is_empty() => {}
        None => cx.push(
            '!',
            "the page has no parameter table; the schema has parameters".into(),
        ),
    }
    // Returned data.
    cx.result(m, desc);
    // Errors.
    // Rows whose code the page says is empty pair with the schema's `""`.
    // A page's empty-coded rows are no difference while the schema has no
    // `""` entry: the descriptors written before the language could say
    // `""` describe them in prose.
    let mut errors = page.errors();
    if m.errors.iter().any(|e| e.code.is_empty()) {
        errors.extend(page.empty_code_errors());
    }
    cx.errors(&m.errors, &errors, &page.error_statuses(), "error ");
    cx.out
}

/// Compares a shared file with its page.
pub fn shared_file(
    s: &SharedFile,
    schema: &Schema,
    anchors: &[(String, String)],
    page: &Page,
) -> Vec<Drift> {
    let module: Vec<String> = s.scope.iter().cloned().collect();
    let mut cx = Cx {
        page,
        names: Names {
            schema,
            module,
            anchors: anchors.to_vec(),
        },
        out: Vec::new(),
    };
    if !s.system_errors.is_empty() {
        let errors = page.all_errors();
        cx.errors(&schema.system_errors, &errors, &[], "system error ");
    }
    for (name, t) in s.types.iter() {
        let rows = match &t.anchor {
            None => page.object(&name.to_lowercase()),
            Some(anchor) => sections(&mut cx, name, &anchor.0),
        };
        let Some(rows) = rows else {
            continue;
        };
        let Some(def) = cx.names.get(name) else {
            continue;
        };
        if let TypeBody::Object(fields) = &def.body {
            let label = format!("{name}.");
            cx.fields(
                &label,
                fields,
                &rows,
                &rows,
                Side::Output { strict: true },
                0,
            );
        }
    }
    cx.out
}

/// The rows of the sections that document a type together, each name
/// once (the first section that lists it wins); a section the page lacks
/// is a difference when the type names several.
fn sections(cx: &mut Cx, name: &str, anchors: &[String]) -> Option<Vec<Row>> {
    if let [one] = anchors {
        return cx.page.object(one);
    }
    let mut rows: Vec<Row> = Vec::new();
    for anchor in anchors {
        let Some(more) = cx.page.object(anchor) else {
            cx.push(
                '!',
                format!("{name}: the page has no section `{{#{anchor}}}` with a field table"),
            );
            continue;
        };
        for row in more {
            if !rows.iter().any(|r| r.name == row.name) {
                rows.push(row);
            }
        }
    }
    (!rows.is_empty()).then_some(rows)
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Side {
    /// Request params: required marks count.
    Input,
    /// Response fields; `strict` when a field the page leaves out is a difference.
    Output { strict: bool },
}

pub(super) struct Cx<'a> {
    pub(super) page: &'a Page,
    pub(super) names: Names<'a>,
    pub(super) out: Vec<Drift>,
}

impl Cx<'_> {
    pub(super) fn push(&mut self, mark: char, text: String) {
        self.out.push(Drift { mark, text });
    }

    fn result(&mut self, m: &Method, desc: &MethodFile) {
        let Some(rows) = self.page.result() else {
            // A page that says nothing of the response (no response section)
            // agrees with a result of type `any`: nothing is known.
            let unknown = matches!(&m.result.body, ResultBody::Type(_, t) if t == "any");
            if self.page.has_response_section() || !unknown {
                self.push('!', "the page has no table of returned data".into());
            }
            return;
        };
        // A map of objects by field name (the field descriptions of the
        // crm.*.fields methods): some pages list the described object's
        // fields themselves, each with its own type, where the `result` row
        // would be (crm.contact.fields) or as the rows of the object they
        // type `result` as (crm.lead.fields: `lead`). Those rows are keys of
        // the map, not fields of its values, and there is no more to compare.
        if let ResultBody::Type(_, text) = &m.result.body
            && let Ok(expr) = typeref::parse(text)
            && self.lists_keys(&expr, &rows)
        {
            return;
        }
        let Some(result) = rows.iter().find(|r| r.name == "result") else {
            self.push('!', "the table of returned data has no `result` row".into());
            return;
        };
        match &m.result.body {
            ResultBody::Type(_, text) => {
                let Ok(expr) = typeref::parse(text) else {
                    return;
                };
                let described = self.named_by_page(&expr, result.ty.as_ref())
                    && self.page.result_children(&rows).is_some();
                if let Some(pt) = &result.ty
                    && let Err(why) = types::check(&expr, pt, &self.names)
                    && !(why == Mismatch::Differ && described)
                {
                    let note = if why == Mismatch::NotNullable {
                        " (which admits null)"
                    } else {
                        ""
                    };
                    self.push(
                        '~',
                        format!("result: type `{text}` in the schema, `{pt}` on the page{note}"),
                    );
                }
                if result.entity.is_none()
                    && let Some(children) = self.page.result_children(&rows)
                {
                    self.nested("result", &expr, &children, Side::Output { strict: true }, 0);
                }
            }
            ResultBody::Fields(fields) => {
                if let Some(pt) = &result.ty
                    && types::check(&TypeExpr::Name("object".into()), pt, &self.names).is_err()
                {
                    self.push(
                        '~',
                        format!("result: an object with fields in the schema, `{pt}` on the page"),
                    );
                }
                match self.page.result_children(&rows) {
                    Some(children) => self.fields(
                        "result.",
                        fields,
                        &children,
                        &children,
                        Side::Output { strict: true },
                        0,
                    ),
                    None => self.push(
                        '!',
                        "result: the schema lists fields; the page describes none".into(),
                    ),
                }
            }
        }
        // The envelope around `result`: `total`, `next`.
        let envelope = [
            ("total", desc.returns.total.is_some()),
            ("next", desc.returns.next.is_some()),
        ];
        for (name, in_schema) in envelope {
            let on_page = rows.iter().any(|r| r.name == name);
            match (on_page, in_schema) {
                (true, false) => self.push(
                    '+',
                    format!("{name}: on the page, not in the schema's `returns`"),
                ),
                (false, true) => self.push(
                    '-',
                    format!("{name}: in the schema's `returns`, not on the page"),
                ),
                _ => {}
            }
        }
        // Rows beside `result` were read as its members when it has no
        // children of its own.
        let beside = self.page.children(result, &rows).is_none();
        for r in &rows {
            if !beside
                && !r.name.contains('.')
                && !super::page::RESPONSE_MEMBERS.contains(&r.name.as_str())
            {
                self.push(
                    '+',
                    format!(
                        "{}: a response member on the page the schema does not know",
                        r.name
                    ),
                );
            }
        }
    }
}

pub(super) fn text(expr: &TypeExpr) -> String {
    match expr {
        TypeExpr::Name(n) => n.clone(),
        TypeExpr::List(t) => format!("[{}]", text(t)),
        TypeExpr::Map(t) => format!("{{{}}}", text(t)),
        TypeExpr::Nullable(t) => format!("{}|null", text(t)),
        TypeExpr::OrFalse(t) => format!("{}|false", text(t)),
        TypeExpr::Union(m) => m.iter().map(text).collect::<Vec<_>>().join("|"),
        TypeExpr::Over(param, name) => format!("{}({name})", param.keyword()),
    }
}

/// Whether a type is declared in `schema/common/`.
pub(super) fn is_shared(def: &TypeDef) -> bool {
    Path::new(&def.origin)
        .components()
        .any(|c| c.as_os_str() == "common")
}

/// A report as text, for tests.
pub fn render(report: &Report) -> String {
    let mut s = String::new();
    let _ = write!(s, "{report}");
    s
}
