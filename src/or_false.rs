//! `T|false`: a value the portal sends as `false` when there is none.

use serde::de::{Deserialize, Deserializer, Error as _};
use serde::ser::{Serialize, Serializer};

/// A value the portal sends as `false` when it has none: a user who is not
/// away has `"idle": false`, one who is has `"idle": "2026-01-15T10:30:00+03:00"`.
///
/// The schema writes these fields as `T|false`. [`OrFalse::value`] and
/// `Option::from` give the value as an `Option`.
///
/// ```
/// use bitrix24::OrFalse;
///
/// let away: OrFalse<String> = serde_json::from_str(r#""2026-01-15T10:30:00+03:00""#).unwrap();
/// assert_eq!(away.value().map(String::as_str), Some("2026-01-15T10:30:00+03:00"));
/// let here: OrFalse<String> = serde_json::from_str("false").unwrap();
/// assert!(here.is_false());
/// assert_eq!(Option::<String>::from(here), None);
/// // `true` is not what the documentation says the portal sends.
/// assert!(serde_json::from_str::<OrFalse<String>>("true").is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum OrFalse<T> {
    /// The portal sent `false`: there is no value.
    #[default]
    False,
    /// The portal sent a value.
    Value(T),
}

impl<T> OrFalse<T> {
    /// The value, if the portal sent one.
    pub fn value(&self) -> Option<&T> {
        match self {
            OrFalse::Value(v) => Some(v),
            OrFalse::False => None,
        }
    }

    /// Whether the portal sent `false`.
    pub fn is_false(&self) -> bool {
        matches!(self, OrFalse::False)
    }
}

impl<T> From<OrFalse<T>> for Option<T> {
    fn from(value: OrFalse<T>) -> Option<T> {
        match value {
            OrFalse::Value(v) => Some(v),
            OrFalse::False => None,
        }
    }
}

impl<T> From<Option<T>> for OrFalse<T> {
    fn from(value: Option<T>) -> OrFalse<T> {
        value.map_or(OrFalse::False, OrFalse::Value)
    }
}

impl<T: Serialize> Serialize for OrFalse<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            OrFalse::Value(v) => v.serialize(serializer),
            OrFalse::False => serializer.serialize_bool(false),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for OrFalse<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // `false`, or whatever `T` reads; the value is buffered once to tell.
        #[derive(serde::Deserialize)]
        #[serde(untagged)]
        enum Shape<T> {
            Flag(bool),
            Value(T),
        }
        match Shape::deserialize(deserializer) {
            Ok(Shape::Flag(false)) => Ok(OrFalse::False),
            Ok(Shape::Flag(true)) => Err(D::Error::custom(
                "expected a value or `false`, found `true`",
            )),
            Ok(Shape::Value(v)) => Ok(OrFalse::Value(v)),
            Err(_) => Err(D::Error::custom(
                "expected a value of the documented type, or `false`",
            )),
        }
    }
}
