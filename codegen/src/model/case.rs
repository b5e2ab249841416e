//! The `heck` case conversions, with a fast path for ASCII names.
//!
//! Every wire name goes through one or two conversions, and the build script
//! runs unoptimized, where `heck`'s general path (Unicode case mapping
//! through `fmt`) is most of the time validation takes. Wire names are
//! almost always ASCII; for them, this module splits words by the same rules
//! as `heck::transform` and cases them with ASCII byte operations. Anything
//! else goes to `heck` itself. A test compares the two on every kind of name.

use heck::{ToLowerCamelCase, ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};

/// `botId` → `bot_id`, as `heck::ToSnakeCase`.
pub(crate) fn snake(s: &str) -> String {
    ascii(s, Join::Snake).unwrap_or_else(|| s.to_snake_case())
}

/// `LIGHT_BLUE` → `LightBlue`, as `heck::ToUpperCamelCase`.
pub(crate) fn upper_camel(s: &str) -> String {
    ascii(s, Join::UpperCamel).unwrap_or_else(|| s.to_upper_camel_case())
}

/// `RESPONSIBLE_ID` → `responsibleId`, as `heck::ToLowerCamelCase`.
pub(crate) fn lower_camel(s: &str) -> String {
    ascii(s, Join::LowerCamel).unwrap_or_else(|| s.to_lower_camel_case())
}

/// `bot_id` → `BOT_ID`, as `heck::ToShoutySnakeCase`.
pub(crate) fn shouty_snake(s: &str) -> String {
    ascii(s, Join::Shouty).unwrap_or_else(|| s.to_shouty_snake_case())
}

/// How the words are cased and joined.
#[derive(Clone, Copy, PartialEq)]
enum Join {
    Snake,
    Shouty,
    UpperCamel,
    LowerCamel,
}

/// The conversion of an ASCII `s`; `None` for any other text.
fn ascii(s: &str, join: Join) -> Option<String> {
    if !s.is_ascii() {
        return None;
    }
    let mut out = String::with_capacity(s.len() + 4);
    let mut first = true;
    let mut push = |word: &[u8]| {
        if word.is_empty() {
            return;
        }
        if !first && matches!(join, Join::Snake | Join::Shouty) {
            out.push('_');
        }
        for (i, &b) in word.iter().enumerate() {
            let upper = match join {
                Join::Shouty => true,
                Join::Snake => false,
                Join::UpperCamel => i == 0,
                Join::LowerCamel => i == 0 && !first,
            };
            out.push(if upper {
                b.to_ascii_uppercase()
            } else {
                b.to_ascii_lowercase()
            } as char);
        }
        first = false;
    };
    split_words(s.as_bytes(), &mut push);
    Some(out)
}

/// The words of an ASCII name, by `heck::transform`'s rules: runs of letters
/// and digits, split before an uppercase letter that follows a lowercase one
/// (`botId`), and before the last of several uppercase letters when a
/// lowercase one follows (`HTTPServer` → `HTTP`, `Server`).
fn split_words(s: &[u8], push: &mut impl FnMut(&[u8])) {
    #[derive(Clone, Copy, PartialEq)]
    enum Mode {
        Boundary,
        Lower,
        Upper,
    }
    for word in s.split(|b| !b.is_ascii_alphanumeric()) {
        let mut init = 0;
        let mut mode = Mode::Boundary;
        for i in 0..word.len() {
            let c = word[i];
            let Some(&next) = word.get(i + 1) else {
                push(&word[init..]);
                break;
            };
            let next_mode = if c.is_ascii_lowercase() {
                Mode::Lower
            } else if c.is_ascii_uppercase() {
                Mode::Upper
            } else {
                mode
            };
            if next_mode == Mode::Lower && next.is_ascii_uppercase() {
                push(&word[init..=i]);
                init = i + 1;
                mode = Mode::Boundary;
            } else if mode == Mode::Upper && c.is_ascii_uppercase() && next.is_ascii_lowercase() {
                push(&word[init..i]);
                init = i;
                mode = Mode::Boundary;
            } else {
                mode = next_mode;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Names of every shape the schema has, and the corner cases of the
    /// word rules, against `heck` itself.
    #[test]
    fn ascii_path_agrees_with_heck() {
        let mut names: Vec<String> = [
            "",
            "_",
            "__",
            "a",
            "A",
            "1",
            "ID",
            "id",
            "botId",
            "BOT_ID",
            "bot_id",
            "CHAT_ID",
            "chatID",
            "userIDs",
            "HTTPServer",
            "XMLHttpRequest",
            "imbot.v2.Chat.add",
            "LIGHT_BLUE",
            "lightBlue",
            "Light-Blue",
            "a__b",
            "__a__b__",
            "A1B2",
            "a1B",
            "A1b",
            "1a",
            "1A",
            "item0Add",
            "Item0AddMode",
            "ITEM0ADD_NOT_FOUND",
            "ACCESS_ERROR_0",
            "UF_CRM_123",
            "ufCrm123Field",
            "aB",
            "Ab",
            "AB",
            "ABc",
            "aBC",
            "a b c",
            "with space",
            "getRoundTypes",
            "x.y",
            "#",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        // Every string of up to 4 characters over a small alphabet that
        // covers each class the rules tell apart.
        let alphabet = ['a', 'b', 'A', 'B', '1', '_', '.'];
        let mut frontier = vec![String::new()];
        for _ in 0..4 {
            let mut next = Vec::new();
            for s in &frontier {
                for c in alphabet {
                    let mut t = s.clone();
                    t.push(c);
                    next.push(t);
                }
            }
            names.extend(next.iter().cloned());
            frontier = next;
        }
        assert!(names.len() > 2800);
        for n in &names {
            assert_eq!(snake(n), n.to_snake_case(), "snake of {n:?}");
            assert_eq!(
                upper_camel(n),
                n.to_upper_camel_case(),
                "upper camel of {n:?}"
            );
            assert_eq!(
                lower_camel(n),
                n.to_lower_camel_case(),
                "lower camel of {n:?}"
            );
            assert_eq!(shouty_snake(n), n.to_shouty_snake_case(), "shouty of {n:?}");
        }
        // Other text takes heck's own path.
        assert_eq!(snake("ÄrgerNis"), "ärger_nis");
    }
}
