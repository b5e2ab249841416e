//! A credential that never shows in `Debug` output.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A credential (a bot token, a webhook secret): sent on the wire as is,
/// shown as `Secret(***)` by `Debug`, and without a `Display` so it cannot
/// end up in a message by accident.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a credential.
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The credential itself, for sending it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Secret(value)
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Secret(value.to_owned())
    }
}

impl Serialize for Secret {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Secret {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Secret)
    }
}

/// `text` with every occurrence of the given secrets (as they are, and
/// percent-encoded as a form or URL carries them) replaced by `***`: for
/// text an answer brings back (an error description, a body that did not
/// decode) which may quote what was sent. Empty secrets are skipped.
#[cfg_attr(not(feature = "client"), allow(dead_code))]
pub(crate) fn scrub(text: &str, secrets: &[&Secret]) -> String {
    let mut forms: Vec<String> = Vec::new();
    for secret in secrets {
        let raw = secret.expose();
        if raw.is_empty() {
            continue;
        }
        forms.push(raw.to_owned());
        let encoded: String = raw
            .bytes()
            .map(|b| match b {
                b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                    (b as char).to_string()
                }
                other => format!("%{other:02X}"),
            })
            .collect();
        if encoded != raw {
            forms.push(encoded);
        }
    }
    // Longest first, so a secret containing another is replaced whole.
    forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
    let mut out = text.to_owned();
    for form in forms {
        out = replace_whole(&out, &form);
    }
    out
}

/// Characters a credential is made of: an occurrence of a secret next to
/// one of them is part of a longer word, and left alone (a short token
/// would otherwise garble an error code: `r` in `expired_token`).
#[cfg_attr(not(feature = "client"), allow(dead_code))]
fn word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | '~' | '%')
}

/// `text` with each whole-word occurrence of `secret` replaced by `***`.
#[cfg_attr(not(feature = "client"), allow(dead_code))]
fn replace_whole(text: &str, secret: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = 0;
    for (at, _) in text.match_indices(secret) {
        if at < rest {
            continue;
        }
        let end = at + secret.len();
        let before = text[..at].chars().next_back().is_some_and(word_char);
        let after = text[end..].chars().next().is_some_and(word_char);
        if before || after {
            continue;
        }
        out.push_str(&text[rest..at]);
        out.push_str("***");
        rest = end;
    }
    out.push_str(&text[rest..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scrub_replaces_secrets_raw_and_encoded() {
        let a = Secret::new("tok/3n+x");
        let b = Secret::new("tok");
        let empty = Secret::new("");
        let text = "got tok/3n+x and tok%2F3n%2Bx and tok";
        assert_eq!(scrub(text, &[&b, &a, &empty]), "got *** and *** and ***");
        assert_eq!(scrub("nothing here", &[&a]), "nothing here");
        // Inside a longer word, a (short) secret is left alone.
        let r = Secret::new("r");
        assert_eq!(scrub("expired_token: r", &[&r]), "expired_token: ***");
    }

    #[test]
    fn debug_hides_the_value_and_serialize_sends_it() {
        let s = Secret::new("hunter2");
        assert_eq!(format!("{s:?}"), "Secret(***)");
        assert!(!format!("{:?}", Some(&s)).contains("hunter2"));
        assert_eq!(serde_json::to_string(&s).unwrap(), "\"hunter2\"");
    }
}
