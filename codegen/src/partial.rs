//! Checking a schema of which some files do not parse.
//!
//! A file with a syntax or shape error (a duplicate key, an unknown key)
//! has no content, but the other files are still checked so that one typo
//! does not hide every other problem. What the missing file would have
//! declared is unknown, though, so a problem that may only follow from its
//! absence is left out: a type name it declares, the system errors it
//! holds.

use crate::Diagnostic;

/// A descriptor that did not read or parse.
pub(crate) struct Unparsed {
    /// Why, with its position.
    pub problem: Diagnostic,
    /// Its text, as far as it could be read.
    pub text: String,
}

/// The semantic problems of the parsed files that stand on their own.
pub(crate) fn independent(diags: Vec<Diagnostic>, unparsed: &[Unparsed]) -> Vec<Diagnostic> {
    let system_errors_missing = unparsed
        .iter()
        .any(|u| u.text.lines().any(|l| l.starts_with("system_errors:")));
    diags
        .into_iter()
        .filter(|d| {
            if let Some(name) = quoted_after(&d.message, "unknown type `") {
                return !unparsed.iter().any(|u| declares(&u.text, name));
            }
            let about_system_errors = d.message.starts_with("no `system_errors` found")
                || d.message.contains("` is a system error;")
                || d.message.contains("` is not a system error,");
            !(about_system_errors && system_errors_missing)
        })
        .collect()
}

/// The name between `prefix` and the next backtick.
fn quoted_after<'a>(message: &'a str, prefix: &str) -> Option<&'a str> {
    let rest = message.strip_prefix(prefix)?;
    rest.find('`').map(|end| &rest[..end])
}

/// Whether a descriptor's text has `name` as a mapping key, as a
/// declaration in `types:`, `enums:` or `links:` would.
fn declares(text: &str, name: &str) -> bool {
    text.lines().any(|line| {
        let key = line.trim_start().trim_start_matches(['"', '\'']);
        key.strip_prefix(name)
            .is_some_and(|rest| rest.trim_start_matches(['"', '\'']).starts_with(':'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diag(message: &str) -> Diagnostic {
        Diagnostic {
            file: "x.yaml".into(),
            line: Some(1),
            column: Some(1),
            path: "x".into(),
            message: message.into(),
        }
    }

    #[test]
    fn only_problems_the_missing_file_may_explain_are_left_out() {
        let unparsed = [Unparsed {
            problem: diag("duplicate key `a`: each name may appear once"),
            text: "types:\n  ChatInfo:\n    doc: x\nsystem_errors:\n  A: {}\n".into(),
        }];
        let kept = independent(
            vec![
                diag("unknown type `ChatInfo`; expected a built-in type"),
                diag("unknown type `Chat`; expected a built-in type"),
                diag("no `system_errors` found; schema/common/ must define them once"),
                diag("`X` is a system error; system errors apply to every method"),
                diag("rust name `Y` must be a snake_case identifier"),
            ],
            &unparsed,
        );
        let messages: Vec<&str> = kept.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "unknown type `Chat`; expected a built-in type",
                "rust name `Y` must be a snake_case identifier"
            ]
        );
    }
}
