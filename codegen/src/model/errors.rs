//! Error codes: a method's own and the system ones every method shares.

use super::ErrorCode;
use super::cx::{At, Cx, join_label};
use super::names;
use crate::desc::{self, Entries, MethodFile};
use std::collections::BTreeSet;

impl Cx<'_> {
    /// Checks a table of error codes and builds it; codes that fail a check
    /// are left out. A method's table (`method: true`) may hold the empty
    /// code `""`, which the portal sends for refusals that have no code of
    /// their own; it needs a `rust:` name, as nothing can be derived.
    pub(super) fn errors(
        &mut self,
        entries: &Entries<desc::ErrorDesc>,
        at: &At,
        method: bool,
    ) -> Vec<ErrorCode> {
        let mut out: Vec<ErrorCode> = Vec::new();
        for (code, e) in entries.iter() {
            let shown = if code.is_empty() { "\"\"" } else { code };
            let eat = at.key(code).label(join_label(&at.label, shown));
            if code.is_empty() && !method {
                self.err(
                    &eat,
                    "the empty error code `\"\"` belongs to a method's `errors`, not to `system_errors`".to_owned(),
                );
                continue;
            }
            if !code.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                self.err(
                    &eat,
                    format!("error code `{code}` may hold only letters, digits and underscores (or be the empty code `\"\"`)"),
                );
                continue;
            }
            let rust = match &e.rust {
                Some(r) => r.clone(),
                None if code.is_empty() => {
                    self.err(
                        &eat,
                        "the empty error code `\"\"` needs `rust: <Name>`, the variant the refusals without a code become (e.g. `rust: Refused`)".to_owned(),
                    );
                    continue;
                }
                None => names::variant(code),
            };
            if let Some(problem) = names::variant_name_problem(code, &rust) {
                self.err(&eat, problem);
                continue;
            }
            if let Some(prev) = out.iter().find(|p| p.rust == rust) {
                let msg = format!(
                    "`{code}` and `{}` both become the variant `{rust}`; give one of them `rust: <Name>`",
                    prev.code
                );
                self.err(&eat, msg);
                continue;
            }
            if let Some(s) = e.status
                && !(100..=599).contains(&s)
            {
                self.err(
                    &eat.key("status"),
                    format!("HTTP status {s} is outside 100..=599"),
                );
            }
            out.push(ErrorCode {
                code: code.to_owned(),
                rust,
                status: e.status,
                message: e.message.clone(),
                doc: e.doc.clone(),
                retry_safe: e.retry_safe,
                legacy: e.legacy,
                shadows_system: e.shadows_system,
            });
        }
        out
    }

    /// A method's own codes against the system ones: a method repeats a
    /// system code only to give it a meaning of its own, and says so.
    pub(super) fn check_shadowing(
        &mut self,
        m: &MethodFile,
        errors: &[ErrorCode],
        at: &At,
        system_codes: &BTreeSet<String>,
    ) {
        // Codes that failed their own checks are not in `errors`: pair the
        // rest with their entries by code, never by position.
        for e in errors {
            let Some((code, d)) = m.errors.iter().find(|(c, _)| *c == e.code) else {
                continue;
            };
            let eat = at
                .key("errors")
                .key(code)
                .label(join_label(&at.label, code));
            match (system_codes.contains(&e.code), d.shadows_system) {
                (true, false) => self.err(&eat, format!("`{code}` is a system error; system errors apply to every method and are listed once in schema/common/ (when this method gives the code a meaning of its own, add `shadows_system: true`)")),
                (false, true) => self.err(&eat.key("shadows_system"), format!("`{code}` is not a system error, so it shadows none; remove `shadows_system`")),
                _ => {}
            }
        }
    }
}
