//! Helpers the generated code calls.

use serde::Deserializer;
use serde::de::{self, Visitor};
use std::fmt;

/// Deserializes an enum from its wire string without allocating for known
/// values; `from_wire` never fails (unknown text becomes `Unknown`). A value
/// the page writes as a number (`3`) reads whether the portal sends `3` or
/// `"3"`.
#[allow(dead_code)] // only enums call it, and a build may have none
pub(crate) fn deserialize_enum<'de, D, T>(
    deserializer: D,
    from_wire: fn(&str) -> T,
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
{
    struct V<T>(fn(&str) -> T);
    impl<T> Visitor<'_> for V<T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a string value, or a number")
        }
        fn visit_i64<E: de::Error>(self, value: i64) -> Result<T, E> {
            Ok((self.0)(&value.to_string()))
        }
        fn visit_u64<E: de::Error>(self, value: u64) -> Result<T, E> {
            Ok((self.0)(&value.to_string()))
        }
        fn visit_str<E: de::Error>(self, value: &str) -> Result<T, E> {
            Ok((self.0)(value))
        }
    }
    deserializer.deserialize_any(V(from_wire))
}
