//! `docs check` of error codes: the schema's against a page's error table
//! (a method's own, or the shared system errors).

use super::check::Cx;
use super::page::PageError;
use crate::model::ErrorCode;

impl Cx<'_> {
    pub(super) fn errors(
        &mut self,
        schema: &[ErrorCode],
        page: &[PageError],
        statuses: &[u16],
        label: &str,
    ) {
        for (i, p) in page.iter().enumerate() {
            let repeated = page[..i].iter().any(|q| q.code == p.code);
            if !repeated && !schema.iter().any(|e| e.code == p.code) {
                self.push(
                    '+',
                    format!("{label}{}: on the page, not in the schema", shown(&p.code)),
                );
            }
        }
        for e in schema {
            // A page may list one code on several rows, one per message.
            let rows: Vec<&PageError> = page.iter().filter(|p| p.code == e.code).collect();
            let p = rows
                .iter()
                .find(|p| {
                    p.message
                        .as_deref()
                        .is_some_and(|m| same_message(m, &e.message))
                })
                .or(rows.first());
            let Some(p) = p else {
                if !e.legacy {
                    self.push(
                        '-',
                        format!("{label}{}: in the schema, not on the page (mark it `legacy: true` if portals still send it)", shown(&e.code)),
                    );
                }
                continue;
            };
            if e.legacy {
                self.push(
                    '~',
                    format!(
                        "{label}{}: marked legacy in the schema, but the page lists it",
                        shown(&e.code)
                    ),
                );
            }
            match (p.status, e.status) {
                (Some(ps), Some(s)) if ps != s => {
                    self.push(
                        '~',
                        format!(
                            "{label}{}: HTTP {s} in the schema, {ps} on the page",
                            shown(&e.code)
                        ),
                    );
                }
                (Some(ps), None) => {
                    self.push(
                        '~',
                        format!(
                            "{label}{}: no status in the schema, HTTP {ps} on the page",
                            shown(&e.code)
                        ),
                    );
                }
                (None, Some(s)) if !statuses.is_empty() && !statuses.contains(&s) => {
                    let listed: Vec<String> = statuses.iter().map(u16::to_string).collect();
                    self.push(
                        '~',
                        format!(
                            "{label}{}: HTTP {s} in the schema; the page names only {}",
                            shown(&e.code),
                            listed.join(", ")
                        ),
                    );
                }
                _ => {}
            }
            if let Some(msg) = &p.message
                && !same_message(msg, &e.message)
                && !translated(msg, &e.message)
            {
                self.push(
                    '~',
                    format!(
                        "{label}{}: message \"{}\" in the schema, \"{msg}\" on the page",
                        shown(&e.code),
                        e.message
                    ),
                );
            }
        }
    }
}

/// Some portal messages are localized: the Russian pages show them in
/// Russian where the schema keeps the English text. A message in Cyrillic
/// against one without is a translation, not a difference.
fn translated(page: &str, schema: &str) -> bool {
    let cyrillic = |s: &str| s.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c));
    cyrillic(page) && !cyrillic(schema)
}

/// Messages compare without case, spaces, a final full stop and the
/// backslashes of Markdown escapes (a schema message copied with the page's
/// `\{` is the portal's `{`).
fn same_message(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        unescape(s)
            .replace('\u{2019}', "'")
            .trim()
            .trim_end_matches('.')
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    norm(a) == norm(b)
}

/// A text with its Markdown escapes (`\` before ASCII punctuation) and
/// the JSON escapes of a message copied from a raw answer (`\u0027`)
/// resolved.
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && chars.peek() == Some(&'u') {
            let hex: String = chars.clone().skip(1).take(4).collect();
            if hex.len() == 4
                && let Some(decoded) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32)
            {
                out.push(decoded);
                for _ in 0..5 {
                    chars.next();
                }
                continue;
            }
        }
        if c == '\\'
            && let Some(&next) = chars.peek()
            && next.is_ascii_punctuation()
        {
            out.push(next);
            chars.next();
            continue;
        }
        out.push(c);
    }
    out
}

/// A code as `docs check` shows it: the empty code as `""`.
fn shown(code: &str) -> &str {
    if code.is_empty() { "\"\"" } else { code }
}

#[cfg(test)]
mod tests {
    use super::same_message;

    #[test]
    fn messages_compare_through_markdown_and_json_escapes() {
        assert!(same_message(r"A\\B \{x\}", r"A\B {x}"));
        assert!(same_message(r"The \u0027X\u0027 field", "The 'X' field."));
        assert!(!same_message("The X field", "The Y field"));
    }
}
