//! `docs import-rate`: how many method pages `docs import` drafts into a
//! descriptor that needs no edit, per family, and why the others fail.
//!
//! A draft **passes** when, with no edit:
//!
//! 1. the importer makes one (the title names a method);
//! 2. it parses as a method descriptor and passes `check` (the model's
//!    validation and the lints) next to the schema's shared files
//!    (`common/` folders), as it would once added to `schema/`;
//! 3. `docs check` finds no difference between it and its page.
//!
//! The page's wording, which every draft keeps and `check` refuses until it
//! is rewritten in our words ([`crate::lint::page_prose`]), is not counted
//! as a failure: the rate measures structure. The report says how many of
//! the passing drafts still carry it.
//!
//! Drafts are checked in memory; nothing is written into `schema/`.
//! Each failure is kept as a [`Reason`]: its text, and its shape (the text
//! with names and values left out) under which failures are grouped.

use super::check::{self, anchors};
use super::coverage::MethodPage;
use super::import::{self, Known};
use super::page::Page;
use crate::model::{self, Content, Source};
use std::collections::BTreeMap;
use std::fmt::{self, Write as _};
use std::path::{Path, PathBuf};

/// Why a draft does not pass.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason {
    /// Which step refused it: `import`, `parse`, `check` or `docs check`.
    pub step: &'static str,
    /// The message, as the step gives it.
    pub text: String,
}

impl Reason {
    /// The message with what is particular to a page left out: code spans,
    /// quoted strings, numbers and the path before the first `: `.
    pub fn shape(&self) -> String {
        format!("{}: {}", self.step, shape(&self.text))
    }
}

/// The outcome of one page.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// The page.
    pub page: MethodPage,
    /// The draft, when the importer made one.
    pub draft: Option<String>,
    /// Why it fails; empty when it passes.
    pub reasons: Vec<Reason>,
}

/// Drafts a page and checks the draft, next to `shared` (the shared files
/// of a schema) and with what `known` says the schema has. The draft is
/// pushed onto `shared` for the check and taken off again.
pub fn try_page(page: &MethodPage, text: &str, shared: &mut Vec<Source>, known: &Known) -> Outcome {
    let len = shared.len();
    let outcome = checked(page, text, shared, known);
    shared.truncate(len);
    outcome
}

fn checked(page: &MethodPage, text: &str, sources: &mut Vec<Source>, known: &Known) -> Outcome {
    let parsed = Page::parse(text);
    let fail = |step, text: String, draft: Option<String>| Outcome {
        page: page.clone(),
        draft,
        reasons: vec![Reason { step, text }],
    };
    let draft = match import::draft(&parsed, &page.path, known) {
        Ok(d) => d,
        Err(e) => return fail("import", e, None),
    };
    let path = PathBuf::from(format!("draft/{}.yaml", page.method));
    let content = match crate::parse(&path, &draft, false) {
        Ok(c) => c,
        Err(d) => return fail("parse", d.message, Some(draft)),
    };
    sources.push(Source {
        path,
        text: draft.clone(),
        content,
    });
    let mut reasons: Vec<Reason> = crate::lint::check(sources, None)
        .into_iter()
        .map(|d| Reason {
            step: "check",
            text: d.message,
        })
        .collect();
    let schema = match model::build(sources) {
        Ok(s) if reasons.is_empty() => s,
        Ok(_) => {
            return Outcome {
                page: page.clone(),
                draft: Some(draft),
                reasons,
            };
        }
        Err(diags) => {
            reasons.extend(diags.0.into_iter().map(|d| Reason {
                step: "check",
                text: d.message,
            }));
            return Outcome {
                page: page.clone(),
                draft: Some(draft),
                reasons,
            };
        }
    };
    let Some(Content::Method(desc)) = sources.last().map(|s| &s.content) else {
        return fail("parse", "no method descriptor".into(), Some(draft));
    };
    let Some(m) = schema
        .methods
        .iter()
        .find(|m| m.wire == desc.method && m.api == desc.api)
    else {
        return fail(
            "check",
            "the method is not in the model".into(),
            Some(draft),
        );
    };
    let drift = check::method(m, desc, &schema, &anchors(sources), &parsed);
    Outcome {
        page: page.clone(),
        draft: Some(draft),
        reasons: drift
            .into_iter()
            .map(|d| Reason {
                step: "docs check",
                text: format!("{} {}", d.mark, d.text),
            })
            .collect(),
    }
}

/// The outcomes of many pages.
#[derive(Debug, Clone, Default)]
pub struct Rate {
    /// One per page, in the order tried.
    pub outcomes: Vec<Outcome>,
    /// How many failure shapes the summary lists.
    pub top: usize,
    /// How the drafts of pages the schema describes compare with their
    /// reviewed descriptors.
    pub reviewed: Agreement,
}

/// How many of the types a reviewer settled on the drafts already had:
/// over the pages the schema describes, each param, each result field (or
/// the result's type) of the reviewed descriptor, and whether its draft
/// has it under the same name with the same type. Passing `check` and
/// `docs check` says a draft is well-formed and agrees with its page; this
/// says how much of it survived review.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Agreement {
    /// Pages with both a draft and a reviewed descriptor.
    pub pages: usize,
    /// Params of the reviewed descriptors.
    pub params: usize,
    /// Of those, drafted with the same name and type.
    pub params_same: usize,
    /// Result types and result fields of the reviewed descriptors.
    pub results: usize,
    /// Of those, drafted the same.
    pub results_same: usize,
}

impl Agreement {
    /// Adds the comparison of one draft with its reviewed descriptor.
    fn add(&mut self, draft: &crate::desc::MethodFile, reviewed: &crate::desc::MethodFile) {
        let same = |a: &str, b: &str| a.split_whitespace().eq(b.split_whitespace());
        self.pages += 1;
        for (name, p) in reviewed.params.iter() {
            self.params += 1;
            let drafted = draft.params.iter().find(|(n, _)| *n == name);
            self.params_same += usize::from(drafted.is_some_and(|(_, d)| same(&d.ty, &p.ty)));
        }
        let (r, d) = (&reviewed.returns.result, &draft.returns.result);
        match (&r.fields, &r.ty) {
            (Some(fields), _) => {
                for (name, f) in fields.iter() {
                    self.results += 1;
                    let drafted = d
                        .fields
                        .as_ref()
                        .and_then(|df| df.iter().find(|(n, _)| *n == name));
                    self.results_same +=
                        usize::from(drafted.is_some_and(|(_, x)| same(&x.ty, &f.ty)));
                }
            }
            (None, Some(ty)) => {
                self.results += 1;
                self.results_same += usize::from(d.ty.as_deref().is_some_and(|x| same(x, ty)));
            }
            (None, None) => {}
        }
    }
}

impl Rate {
    /// Tries every page of `pages` whose family is in `families` (all when
    /// empty), reading them under `docs`, next to the shared files of
    /// `sources`.
    pub fn measure(
        docs: &Path,
        pages: &[MethodPage],
        families: &[String],
        sources: Vec<Source>,
        known: &Known,
    ) -> Result<Rate, String> {
        let (shared, methods): (Vec<Source>, Vec<Source>) = sources
            .into_iter()
            .partition(|s| matches!(s.content, Content::Shared(_)));
        let mut shared = shared;
        let reviewed: BTreeMap<&str, &crate::desc::MethodFile> = methods
            .iter()
            .filter_map(|s| match &s.content {
                Content::Method(m) => Some((m.docs.as_str(), m.as_ref())),
                Content::Shared(_) => None,
            })
            .collect();
        let mut agreement = Agreement::default();
        let mut outcomes = Vec::new();
        for p in pages
            .iter()
            .filter(|p| families.is_empty() || families.contains(&p.family))
        {
            let file = docs.join(&p.path);
            let text =
                std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
            let outcome = try_page(p, &text, &mut shared, known);
            if let (Some(done), Some(draft)) = (reviewed.get(p.path.as_str()), &outcome.draft)
                && let Ok(Content::Method(drafted)) =
                    crate::parse(Path::new("draft.yaml"), draft, false)
            {
                agreement.add(&drafted, done);
            }
            outcomes.push(outcome);
        }
        Ok(Rate {
            outcomes,
            top: 15,
            reviewed: agreement,
        })
    }

    /// Per family: (passing, pages).
    pub fn families(&self) -> BTreeMap<&str, (usize, usize)> {
        let mut out: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
        for o in &self.outcomes {
            let e = out.entry(o.page.family.as_str()).or_default();
            e.0 += usize::from(o.reasons.is_empty());
            e.1 += 1;
        }
        out
    }

    /// Failure shapes by the number of pages that have them (a page counts
    /// once per shape), most first, each with one example.
    pub fn reasons(&self) -> Vec<(String, usize, String)> {
        let mut by: BTreeMap<String, (usize, String)> = BTreeMap::new();
        for o in &self.outcomes {
            let mut seen = Vec::new();
            for r in &o.reasons {
                let shape = r.shape();
                if seen.contains(&shape) {
                    continue;
                }
                let e = by
                    .entry(shape.clone())
                    .or_insert_with(|| (0, format!("{}: {}", o.page.method, r.text)));
                e.0 += 1;
                seen.push(shape);
            }
        }
        let mut out: Vec<(String, usize, String)> =
            by.into_iter().map(|(s, (n, ex))| (s, n, ex)).collect();
        out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        out
    }

    /// Each page with `pass` or its first reason, one a line.
    pub fn list(&self) -> String {
        let mut out = String::new();
        for o in &self.outcomes {
            match o.reasons.first() {
                None => {
                    let _ = writeln!(out, "pass {} {}", o.page.method, o.page.path);
                }
                Some(r) => {
                    let _ = writeln!(
                        out,
                        "fail {} {} ({} reasons; first: {}: {})",
                        o.page.method,
                        o.page.path,
                        o.reasons.len(),
                        r.step,
                        r.text
                    );
                }
            }
        }
        out
    }
}

impl fmt::Display for Rate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let families = self.families();
        let (mut pass, mut all) = (0, 0);
        for (family, (p, n)) in &families {
            pass += p;
            all += n;
            writeln!(f, "{family}: {p} of {n} drafts pass ({})", percent(*p, *n))?;
        }
        write!(
            f,
            "total: {pass} of {all} drafts pass ({})",
            percent(pass, all)
        )?;
        let worded = self
            .outcomes
            .iter()
            .filter(|o| o.reasons.is_empty())
            .filter(|o| {
                o.draft
                    .as_deref()
                    .is_some_and(crate::lint::keeps_page_prose)
            })
            .count();
        write!(
            f,
            "\n{worded} of the {pass} passing drafts keep the page's wording, \
             which `check` refuses until it is rewritten in our words"
        )?;
        let a = &self.reviewed;
        if a.pages > 0 {
            write!(
                f,
                "\nagainst the {} reviewed descriptors of these pages: {} of {} param types ({}) \
                 and {} of {} result types ({}) were drafted as review left them",
                a.pages,
                a.params_same,
                a.params,
                percent(a.params_same, a.params),
                a.results_same,
                a.results,
                percent(a.results_same, a.results)
            )?;
        }
        let reasons = self.reasons();
        if !reasons.is_empty() && self.top > 0 {
            write!(
                f,
                "\n\nfailures by pages (top {}):",
                self.top.min(reasons.len())
            )?;
            for (shape, n, example) in reasons.iter().take(self.top) {
                write!(f, "\n{n:>5}  {shape}\n       e.g. {example}")?;
            }
        }
        Ok(())
    }
}

fn percent(p: usize, n: usize) -> String {
    if n == 0 {
        "-".into()
    } else {
        format!("{:.0}%", 100.0 * p as f64 / n as f64)
    }
}

/// A message with its particulars left out: `` `x` `` and `"x"` become
/// `…`, runs of digits `N`, and a leading path (`param fields.TITLE: `,
/// `result.items: `) its kind alone (`param …: `).
fn shape(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '`' | '"' => {
                for d in chars.by_ref() {
                    if d == c {
                        break;
                    }
                }
                out.push('…');
            }
            d if d.is_ascii_digit() => {
                while chars.peek().is_some_and(char::is_ascii_digit) {
                    chars.next();
                }
                out.push('N');
            }
            other => out.push(other),
        }
    }
    // `+ param fields.TITLE (string): on the page…` → `+ param … (string): …`
    if let Some((head, tail)) = out.split_once(": ")
        && head.split(' ').count() <= 4
    {
        const KEPT: &[&str] = &[
            "+", "-", "~", "!", "param", "result", "error", "system", "scope", "total", "next",
        ];
        let mut words: Vec<String> = Vec::new();
        for w in head.split(' ') {
            let w = if KEPT.contains(&w) || w.starts_with('(') {
                w.to_owned()
            } else if w.starts_with("result.") {
                "result.…".to_owned()
            } else {
                "…".to_owned()
            };
            if !(w == "…" && words.last().is_some_and(|l| l == "…")) {
                words.push(w);
            }
        }
        return format!("{}: {tail}", words.join(" "));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_leave_out_names_and_values() {
        assert_eq!(
            shape("+ param fields.TITLE (string): on the page, not in the schema"),
            "+ param … (string): on the page, not in the schema"
        );
        assert_eq!(
            shape("~ param id: type `integer` in the schema, `crm_deal` on the page"),
            "~ param …: type … in the schema, … on the page"
        );
        assert_eq!(
            shape("an unknown type `DealDate` at depth 2"),
            "an unknown type … at depth N"
        );
    }
}
