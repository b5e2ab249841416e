//! Finding the line and column of a YAML node from its key path.
//!
//! The YAML parser reports positions only for its own errors. For errors found
//! after parsing (an unknown type name, a collision), the document is walked a
//! second time down the key path, and an error is raised at the target node so
//! the parser stamps it with the node's position. This only runs on the error
//! path, so it costs nothing when the schema is valid.

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// One step of a path: a mapping key or a sequence index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// The value under a mapping key.
    Key(String),
    /// The item at a position of a sequence.
    Index(usize),
    /// The second occurrence of a key, for errors about a repeated key.
    Again(String),
}

impl From<&str> for Step {
    fn from(s: &str) -> Self {
        Step::Key(s.to_owned())
    }
}

impl From<usize> for Step {
    fn from(i: usize) -> Self {
        Step::Index(i)
    }
}

const MARK: &str = "\u{0}located";

/// Reads a path as the YAML parser prints it (`params.TITLE`, `values[1].wire`,
/// `.` for the root) into steps. Keys holding `.` or `[` are not supported.
pub fn steps(printed: &str) -> Vec<Step> {
    let mut out = Vec::new();
    for part in printed.split('.').filter(|p| !p.is_empty()) {
        let (key, mut rest) = part.split_once('[').map_or((part, ""), |(k, r)| (k, r));
        if !key.is_empty() {
            out.push(Step::Key(key.to_owned()));
        }
        while let Some((index, after)) = rest.split_once(']') {
            match index.parse() {
                Ok(i) => out.push(Step::Index(i)),
                Err(_) => return out,
            }
            rest = after.strip_prefix('[').unwrap_or(after);
        }
    }
    out
}

/// Returns the 1-based (line, column) of the node at `path` in `text`, or of
/// the deepest ancestor that exists.
pub fn locate(text: &str, path: &[Step]) -> Option<(usize, usize)> {
    let mut best = None;
    // Try the full path first, then shorter prefixes, so a missing key still
    // points at its parent mapping.
    for len in (0..=path.len()).rev() {
        let de = serde_yaml::Deserializer::from_str(text);
        match (Walk { path: &path[..len] }).deserialize(de) {
            Err(e) if e.to_string().contains(MARK) => {
                if let Some(loc) = e.location() {
                    best = Some((loc.line(), loc.column()));
                }
                break;
            }
            _ => continue,
        }
    }
    best
}

struct Walk<'a> {
    path: &'a [Step],
}

impl<'de> DeserializeSeed<'de> for Walk<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Walk<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML node")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let Some((first, rest)) = self.path.split_first() else {
            return Err(de::Error::custom(MARK));
        };
        let mut seen = false;
        while let Some(key) = map.next_key::<KeyText>()? {
            match first {
                Step::Key(k) if *k == key.0 => return map.next_value_seed(Walk { path: rest }),
                Step::Again(k) if *k == key.0 => {
                    if seen {
                        return map.next_value_seed(Walk { path: rest });
                    }
                    seen = true;
                }
                _ => {}
            }
            map.next_value::<IgnoredAny>()?;
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let Some((first, rest)) = self.path.split_first() else {
            return Err(de::Error::custom(MARK));
        };
        let mut i = 0;
        loop {
            if matches!(first, Step::Index(n) if *n == i) {
                return seq.next_element_seed(Walk { path: rest }).map(|_| ());
            }
            if seq.next_element::<IgnoredAny>()?.is_none() {
                return Ok(());
            }
            i += 1;
        }
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        self.leaf()
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        self.leaf()
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        self.leaf()
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        self.leaf()
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        self.leaf()
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.leaf()
    }
}

impl Walk<'_> {
    fn leaf<E: de::Error>(&self) -> Result<(), E> {
        if self.path.is_empty() {
            Err(E::custom(MARK))
        } else {
            Ok(())
        }
    }
}

/// A mapping key read as text whatever its YAML type (`200:` is a number).
struct KeyText(String);

impl<'de> de::Deserialize<'de> for KeyText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = KeyText;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<KeyText, E> {
                Ok(KeyText(v.to_owned()))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<KeyText, E> {
                Ok(KeyText(v.to_string()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<KeyText, E> {
                Ok(KeyText(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<KeyText, E> {
                Ok(KeyText(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<KeyText, E> {
                Ok(KeyText(v.to_string()))
            }
            fn visit_unit<E: de::Error>(self) -> Result<KeyText, E> {
                Ok(KeyText("null".into()))
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "method: x\nparams:\n  A: { type: integer }\n  B:\n    type: Colr\n    doc: hi\nlist:\n  - one\n  - two\n";

    #[test]
    fn finds_block_and_flow_values() {
        assert_eq!(
            locate(DOC, &["params".into(), "B".into(), "type".into()]),
            Some((5, 11))
        );
        assert_eq!(
            locate(DOC, &["params".into(), "A".into(), "type".into()]),
            Some((3, 14))
        );
        assert_eq!(locate(DOC, &["method".into()]), Some((1, 9)));
    }

    #[test]
    fn finds_sequence_items() {
        assert_eq!(locate(DOC, &["list".into(), 1.into()]), Some((9, 5)));
    }

    #[test]
    fn reads_printed_paths() {
        assert_eq!(steps("."), vec![]);
        assert_eq!(
            steps("enums.Color.values[1].wire"),
            vec![
                "enums".into(),
                "Color".into(),
                "values".into(),
                1.into(),
                "wire".into()
            ]
        );
    }

    #[test]
    fn finds_a_repeated_key() {
        let doc = "a: 1\nb: 2\na: 3\n";
        assert_eq!(locate(doc, &[Step::Again("a".into())]), Some((3, 4)));
    }

    #[test]
    fn missing_key_points_at_the_parent() {
        assert_eq!(
            locate(DOC, &["params".into(), "B".into(), "nope".into()]),
            Some((5, 5))
        );
    }
}
