//! Checks of the descriptions (`summary`, `description`, `doc`, a page
//! error's `why`): they are ours, in English, and render as rustdoc.

use super::{diag, scope_of};
use crate::diag::Diagnostic;
use crate::locate::Step;
use crate::model::Source;

/// The keys whose text is ours: the method's and each item's description,
/// and the reason given for a page error. (`message` is the portal's own
/// string and may be in any language.)
const PROSE_KEYS: [&str; 4] = ["summary", "description", "doc", "why"];

/// Descriptions left in Russian: the sentences of the page a draft was made
/// from, which must be rewritten in our own words (in English) before the
/// descriptor is committed. Only files holding a Cyrillic letter at all are
/// read again, so the check costs nothing on a finished schema.
pub fn page_prose(sources: &[Source]) -> Vec<Diagnostic> {
    report(
        sources,
        |text| text.chars().any(cyrillic),
        |key| {
            format!(
                "`{key}` is in Russian, the wording the draft took from the page; \
             describe it in our own words, in English"
            )
        },
    )
}

/// Descriptions with `<word` outside code spans (`crm.<entity>.get`), which
/// rustdoc reads as an HTML tag: `cargo doc` warns and the text goes
/// missing. Only files holding a `<` at all are read again.
pub fn html_in_prose(sources: &[Source]) -> Vec<Diagnostic> {
    report(sources, html_tag, |key| {
        format!(
            "`{key}` holds `<...>` outside backticks, which rustdoc reads as an HTML tag; \
             write it in backticks (`crm.<entity>.get`)"
        )
    })
}

/// Whether a descriptor's text keeps a description in Russian (what
/// [`page_prose`] refuses): `docs import-rate` counts such drafts apart.
pub fn keeps_page_prose(text: &str) -> bool {
    !find(text, |t| t.chars().any(cyrillic)).is_empty()
}

/// One diagnostic per description of `sources` that `bad` finds fault
/// with, its message made from the key.
fn report(
    sources: &[Source],
    bad: fn(&str) -> bool,
    message: impl Fn(&str) -> String,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for src in sources {
        let label = scope_of(src).map(|(_, label)| label);
        for (steps, key) in find(&src.text, bad) {
            let path = label
                .map(str::to_owned)
                .into_iter()
                .chain(steps.iter().map(|s| match s {
                    Step::Key(k) | Step::Again(k) => k.clone(),
                    Step::Index(i) => i.to_string(),
                }))
                .collect::<Vec<_>>()
                .join(".");
            out.push(diag(src, &steps, path, message(&key)));
        }
    }
    out
}

/// Where a descriptor's text holds a description `bad` finds fault with:
/// the path to each, and its key. The file is read again only when `bad`
/// finds fault with its whole text.
fn find(text: &str, bad: fn(&str) -> bool) -> Vec<(Vec<Step>, String)> {
    let mut found = Vec::new();
    if bad(text)
        && let Ok(value) = serde_yaml::from_str::<serde_yaml::Value>(text)
    {
        walk(&value, bad, &mut Vec::new(), &mut found);
    }
    found
}

fn cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

/// `<` and a letter or `/` outside code spans.
fn html_tag(text: &str) -> bool {
    text.split('`').step_by(2).any(|outside| {
        outside.match_indices('<').any(|(i, _)| {
            outside[i + 1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/')
        })
    })
}

fn walk(
    value: &serde_yaml::Value,
    bad: fn(&str) -> bool,
    steps: &mut Vec<Step>,
    found: &mut Vec<(Vec<Step>, String)>,
) {
    match value {
        serde_yaml::Value::Mapping(map) => {
            for (key, item) in map {
                let Some(key) = key.as_str() else { continue };
                steps.push(Step::Key(key.to_owned()));
                match item.as_str() {
                    Some(text) if PROSE_KEYS.contains(&key) => {
                        if bad(text) {
                            found.push((steps.clone(), key.to_owned()));
                        }
                    }
                    _ => walk(item, bad, steps, found),
                }
                steps.pop();
            }
        }
        serde_yaml::Value::Sequence(items) => {
            for (i, item) in items.iter().enumerate() {
                steps.push(Step::Index(i));
                walk(item, bad, steps, found);
                steps.pop();
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::html_tag;

    #[test]
    fn a_tag_is_a_less_than_sign_before_a_letter_outside_backticks() {
        assert!(html_tag("as crm.<entity>.get reads it"));
        assert!(html_tag("a line<br>break"));
        assert!(!html_tag("as `crm.<entity>.get` reads it"));
        assert!(!html_tag("when a < 5 or b <= 3"));
    }
}
