//! String literals, written straight into the text when the output is text.
//!
//! `proc_macro2::Literal::string` escapes character by character through
//! `char::escape_debug` (Unicode tables), which in the unoptimized build
//! script costs about 15 µs for a doc paragraph: with docs on every field,
//! value, error and table row, a fifth of emitting. When [`super::emit_text`]
//! emits an item, [`str_lit`] instead escapes the text itself (ASCII text:
//! a byte loop, the same escapes `Literal::string` makes) into a table of
//! this thread and leaves a placeholder token, which [`crate::render_owned`]'s
//! walk replaces by the table's entry. The text is byte for byte what
//! `Literal::string` gives; token streams for [`super::emit`] hold real
//! literals.

use proc_macro2::{Delimiter, Group, Literal, TokenStream, TokenTree};
use std::cell::RefCell;

thread_local! {
    /// The literals of the item being emitted as text, by placeholder
    /// index; `None` while emitting tokens.
    static TABLE: RefCell<Option<Vec<String>>> = const { RefCell::new(None) };
}

/// A string literal: a real one when emitting tokens, a placeholder for an
/// entry of this thread's table when emitting text.
pub(super) fn str_lit(s: &str) -> TokenTree {
    TABLE.with(|t| match t.borrow_mut().as_mut() {
        None => TokenTree::Literal(Literal::string(s)),
        Some(table) => {
            let index = Literal::usize_unsuffixed(table.len());
            table.push(escaped(s));
            // A group without delimiters is never emitted otherwise, so it
            // cannot be mistaken for generated code.
            TokenTree::Group(Group::new(
                Delimiter::None,
                TokenStream::from(TokenTree::Literal(index)),
            ))
        }
    })
}

/// Runs `emit` with literals going to a table, and returns what it emitted
/// with the table.
pub(super) fn with_table(emit: impl FnOnce() -> TokenStream) -> (TokenStream, Vec<String>) {
    TABLE.with(|t| *t.borrow_mut() = Some(Vec::new()));
    let tokens = emit();
    let table = TABLE.with(|t| t.borrow_mut().take()).unwrap_or_default();
    (tokens, table)
}

/// The entry a placeholder group stands for, if `g` is one.
pub(crate) fn placeholder<'t>(g: &Group, table: &'t [String]) -> Option<&'t str> {
    if g.delimiter() != Delimiter::None || table.is_empty() {
        return None;
    }
    let mut tokens = g.stream().into_iter();
    match (tokens.next(), tokens.next()) {
        (Some(TokenTree::Literal(l)), None) => {
            let index: usize = l.to_string().parse().ok()?;
            table.get(index).map(String::as_str)
        }
        _ => None,
    }
}

/// `s` as a string literal, as `Literal::string` writes it.
fn escaped(s: &str) -> String {
    // Only printable ASCII, newlines and tabs take the fast path; anything
    // else is escaped by proc-macro2 itself.
    let plain = s
        .bytes()
        .all(|b| (0x20..0x7f).contains(&b) || b == b'\n' || b == b'\t');
    if !plain {
        return Literal::string(s).to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    out.push('"');
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        let escape = match b {
            b'\n' => "\\n",
            b'\t' => "\\t",
            b'"' => "\\\"",
            b'\\' => "\\\\",
            _ => continue,
        };
        out.push_str(&s[start..i]);
        out.push_str(escape);
        start = i + 1;
    }
    out.push_str(&s[start..]);
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_as_proc_macro2_does() {
        for s in [
            "",
            "plain",
            "two\nlines\n",
            "tab\there",
            "quote \" and backslash \\ and 'single'",
            "non-ASCII — «text» ünd 日本",
            "control \u{1} \r \0 and \u{301} combining",
            "\\n is not a newline",
        ] {
            assert_eq!(escaped(s), Literal::string(s).to_string(), "{s:?}");
        }
    }

    #[test]
    fn placeholders_only_while_emitting_text() {
        assert!(matches!(str_lit("a"), TokenTree::Literal(_)));
        let (tokens, table) = with_table(|| {
            let mut s = TokenStream::new();
            s.extend([str_lit("first"), str_lit("second \"q\"")]);
            s
        });
        assert_eq!(table, ["\"first\"", "\"second \\\"q\\\"\""]);
        let found: Vec<&str> = tokens
            .into_iter()
            .map(|t| match t {
                TokenTree::Group(g) => placeholder(&g, &table).expect("a placeholder"),
                other => panic!("not a placeholder: {other}"),
            })
            .collect();
        assert_eq!(found, ["\"first\"", "\"second \\\"q\\\"\""]);
        // Back to real literals afterwards.
        assert!(matches!(str_lit("b"), TokenTree::Literal(_)));
    }
}
