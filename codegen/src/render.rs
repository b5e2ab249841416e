//! Generated tokens as text: compact for `OUT_DIR` ([`render_owned`]),
//! pretty-printed with the header for the checked-in copy ([`format()`]).

use crate::REFRESH_COMMAND;
use crate::emit;

/// The header of the checked-in copy.
pub fn header() -> String {
    format!(
        "// @generated from schema/*.yaml by bitrix24-codegen — do not edit.\n\
         // Refresh with `{REFRESH_COMMAND}`; a test fails when this file is stale.\n\n"
    )
}

/// Pretty-prints generated tokens, with the header, as checked into `generated/`.
///
/// The input of the runtime's macros (`crate::macros::method_error! { .. }`)
/// is written as ordinary items, so it is pretty-printed as items too, and
/// not as the one flowing line prettyplease gives an unknown macro's tokens.
#[cfg(feature = "format")]
pub fn format(tokens: &proc_macro2::TokenStream) -> Result<String, String> {
    let mut file: syn::File =
        syn::parse2(tokens.clone()).map_err(|e| format!("generated code does not parse: {e}"))?;
    let mut bodies = Vec::new();
    take_macro_bodies(&mut file.items, &mut bodies);
    let mut text = prettyplease::unparse(&file);
    for (i, body) in bodies.iter().enumerate() {
        let marker = format!("__macro_body_{i}__");
        let Some(at) = text.find(&marker) else {
            return Err(format!("lost the body of macro call {i} while formatting"));
        };
        let line_start = text[..at].rfind('\n').map_or(0, |n| n + 1);
        let indent = text[line_start..at].to_owned();
        let formatted: String = body
            .lines()
            .map(|l| {
                if l.is_empty() {
                    "\n".to_owned()
                } else {
                    format!("{indent}{l}\n")
                }
            })
            .collect();
        let line_end = text[at..].find('\n').map_or(text.len(), |n| at + n + 1);
        text.replace_range(line_start..line_end, &formatted);
    }
    Ok(format!("{}{}", header(), line_docs(&text)))
}

/// Turns the block doc comments prettyplease prints for a doc attribute of
/// several lines (`/** a\n b*/`, as the generator emits them: one attribute
/// an item) into the `///` lines a person writes, at the block's indent.
#[cfg(feature = "format")]
fn line_docs(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        let trimmed = line.trim_start();
        let Some(first) = trimmed.strip_prefix("/**") else {
            out.push_str(line);
            out.push('\n');
            continue;
        };
        let indent = &line[..line.len() - trimmed.len()];
        let mut push = |doc: &str| {
            out.push_str(indent);
            out.push_str("///");
            // A doc attribute's later lines have no space of their own.
            if !doc.is_empty() && !doc.starts_with(char::is_whitespace) {
                out.push(' ');
            }
            out.push_str(doc.trim_end());
            out.push('\n');
        };
        if let Some(only) = first.strip_suffix("*/") {
            push(only);
            continue;
        }
        push(first);
        // prettyplease writes the block's later lines as they are, unindented.
        for next in lines.by_ref() {
            match next.strip_suffix("*/") {
                Some(last) => {
                    push(last);
                    break;
                }
                None => push(next),
            }
        }
    }
    out
}

/// Replaces the body of each call of a runtime macro whose input parses as
/// items with a marker, and keeps the body pretty-printed.
#[cfg(feature = "format")]
fn take_macro_bodies(items: &mut [syn::Item], bodies: &mut Vec<String>) {
    for item in items {
        match item {
            syn::Item::Mod(m) => {
                if let Some((_, items)) = &mut m.content {
                    take_macro_bodies(items, bodies);
                }
            }
            syn::Item::Macro(m)
                if m.mac
                    .path
                    .segments
                    .first()
                    .is_some_and(|s| s.ident == "crate") =>
            {
                if let Ok(body) = syn::parse2::<syn::File>(m.mac.tokens.clone()) {
                    let marker = quote::format_ident!("__macro_body_{}__", bodies.len());
                    bodies.push(line_docs(&prettyplease::unparse(&body)));
                    m.mac.tokens = quote::quote!(#marker);
                }
            }
            _ => {}
        }
    }
}

/// Renders tokens as compact source text for `OUT_DIR`: one statement or
/// item per line, so compiler and lint messages point at a readable line,
/// without paying for a full pretty-printer in every build, and a space only
/// where two tokens would otherwise merge (`pub fn`, `= >`).
///
/// Takes a borrowed stream, so it copies every token; [`render_owned`] does
/// not and is what `build.rs` uses.
pub fn render(tokens: &proc_macro2::TokenStream) -> String {
    render_owned(tokens.clone())
}

/// [`render`] for a stream the caller gives up: each group's tokens are
/// moved out rather than copied (proc-macro2 shares a stream between its
/// clones, and iterating a shared one copies it, identifier strings
/// included), and identifiers and literals are written straight into the
/// output without an intermediate `String`.
pub fn render_owned(tokens: proc_macro2::TokenStream) -> String {
    render_with(tokens, &[])
}

/// [`render_owned`] of an item [`emit::emit_text`] emitted, whose string
/// literals wait in `literals` (see `emit::lit`).
pub(crate) fn render_with(tokens: proc_macro2::TokenStream, literals: &[String]) -> String {
    use proc_macro2::{Delimiter, Spacing, TokenTree};
    use std::fmt::Write as _;
    /// What the last token written was, which decides whether the next one
    /// needs a space: two words (`pub fn`) would merge into one, and so
    /// would two punctuation marks the stream keeps apart (`= >`, `/ /`).
    #[derive(Clone, Copy, PartialEq)]
    enum Last {
        Word,
        LonePunct,
        Other,
    }
    fn walk(
        tokens: proc_macro2::TokenStream,
        out: &mut String,
        last: &mut Last,
        literals: &[String],
    ) {
        let mut after_hash = false;
        for tree in tokens {
            let attribute = std::mem::take(&mut after_hash);
            match tree {
                TokenTree::Group(g) => {
                    // A string literal written as text, as a literal is.
                    if let Some(text) = emit::lit::placeholder(&g, literals) {
                        if *last == Last::Word {
                            out.push(' ');
                        }
                        out.push_str(text);
                        *last = Last::Word;
                        continue;
                    }
                    let (open, close) = match g.delimiter() {
                        Delimiter::Brace => ("{\n", "}\n"),
                        Delimiter::Parenthesis => ("(", ")"),
                        // An attribute (`#[...]`) gets a line of its own.
                        Delimiter::Bracket if attribute => ("[", "]\n"),
                        Delimiter::Bracket => ("[", "]"),
                        Delimiter::None => ("", ""),
                    };
                    let stream = g.stream();
                    // The group held the other reference to its stream.
                    drop(g);
                    out.push_str(open);
                    *last = Last::Other;
                    walk(stream, out, last, literals);
                    out.push_str(close);
                    *last = Last::Other;
                }
                TokenTree::Punct(p) => {
                    if *last == Last::LonePunct {
                        out.push(' ');
                    }
                    after_hash = p.as_char() == '#';
                    out.push(p.as_char());
                    *last = if p.spacing() == Spacing::Alone {
                        Last::LonePunct
                    } else {
                        Last::Other
                    };
                    if p.as_char() == ';' {
                        out.push('\n');
                        *last = Last::Other;
                    }
                }
                TokenTree::Ident(i) => {
                    if *last == Last::Word {
                        out.push(' ');
                    }
                    let _ = write!(out, "{i}");
                    *last = Last::Word;
                }
                TokenTree::Literal(l) => {
                    if *last == Last::Word {
                        out.push(' ');
                    }
                    let _ = write!(out, "{l}");
                    *last = Last::Word;
                }
            }
        }
    }
    let mut out = String::new();
    walk(tokens, &mut out, &mut Last::Other, literals);
    out
}
