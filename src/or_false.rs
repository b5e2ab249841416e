//! `T|false`: a value the portal sends as `false` when there is none.

use serde::de::value::{BorrowedStrDeserializer, MapAccessDeserializer, SeqAccessDeserializer};
use serde::de::{self, Deserialize, Deserializer, IntoDeserializer, Visitor};
use serde::ser::{Serialize, Serializer};
use std::fmt;
use std::marker::PhantomData;

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
        // `false` is read here; anything else is handed to `T` as it comes,
        // with no buffering, so `T`'s own errors reach the caller.
        deserializer.deserialize_any(Shape(PhantomData))
    }
}

struct Shape<T>(PhantomData<T>);

/// A scalar `T` refused: its own error, noting that `false` would do too.
fn value<T, E: de::Error>(read: Result<T, E>) -> Result<OrFalse<T>, E> {
    read.map(OrFalse::Value)
        .map_err(|e| E::custom(format_args!("{e}, or `false`")))
}

impl<'de, T: Deserialize<'de>> Visitor<'de> for Shape<T> {
    type Value = OrFalse<T>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a value or `false`")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        if v {
            Err(E::custom("expected a value or `false`, found `true`"))
        } else {
            Ok(OrFalse::False)
        }
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        value(T::deserialize(v.into_deserializer()))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        value(T::deserialize(v.into_deserializer()))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        value(T::deserialize(v.into_deserializer()))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        value(T::deserialize(v.into_deserializer()))
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        value(T::deserialize(BorrowedStrDeserializer::new(v)))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
        value(T::deserialize(v.into_deserializer()))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        value(T::deserialize(().into_deserializer()))
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        T::deserialize(SeqAccessDeserializer::new(seq)).map(OrFalse::Value)
    }

    fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        T::deserialize(MapAccessDeserializer::new(map)).map(OrFalse::Value)
    }
}

#[cfg(test)]
mod tests {
    use super::OrFalse;
    use serde_json::{Map, Value, json};

    fn read<T: serde::de::DeserializeOwned>(json: &str) -> Result<OrFalse<T>, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    #[test]
    fn every_json_shape_reaches_t_and_false_is_none() {
        assert_eq!(
            read::<Vec<String>>(r#"["a","b"]"#),
            Ok(OrFalse::Value(vec!["a".into(), "b".into()]))
        );
        assert_eq!(read::<Vec<String>>("false"), Ok(OrFalse::False));
        let phones: OrFalse<Map<String, Value>> = read(r#"{"workPhone":"+1"}"#).unwrap();
        assert_eq!(phones.value().unwrap()["workPhone"], "+1");
        assert_eq!(read::<i64>("-5"), Ok(OrFalse::Value(-5)));
        assert_eq!(read::<f64>("1.5"), Ok(OrFalse::Value(1.5)));
        assert_eq!(
            read::<crate::Color>(r##""#4ba984""##),
            Ok(OrFalse::Value(crate::Color::Mint))
        );
    }

    #[test]
    fn what_is_neither_says_so() {
        let err = read::<i64>(r#""soon""#).unwrap_err();
        assert!(err.contains("expected i64, or `false`"), "{err}");
        let err = read::<String>("true").unwrap_err();
        assert!(err.contains("found `true`"), "{err}");
        // A wrong field inside an object keeps the object's own message.
        #[derive(Debug, PartialEq, serde::Deserialize)]
        struct Size {
            #[allow(dead_code)]
            width: i64,
        }
        let err = read::<Size>(r#"{"width":"wide"}"#).unwrap_err();
        assert!(err.contains("expected i64"), "{err}");
    }

    #[test]
    fn it_writes_back_what_it_read() {
        assert_eq!(
            serde_json::to_value(OrFalse::<i64>::False).unwrap(),
            json!(false)
        );
        assert_eq!(
            serde_json::to_value(OrFalse::Value("x")).unwrap(),
            json!("x")
        );
        assert_eq!(Option::from(OrFalse::Value(3)), Some(3));
        assert_eq!(OrFalse::from(None::<i64>), OrFalse::False);
    }
}
