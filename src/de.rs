//! Reading what the portal really sends, which is looser than its pages:
//! ids and counts as strings (`"342"`), `""` for "none", and PHP's empty
//! array `[]` where an object is expected.
//!
//! The generated code marks the fields whose type holds a number, a date, an
//! object or a map with `#[serde(deserialize_with = "crate::de::lax")]`, and gives
//! each object and enum type an empty `impl crate::de::Lax`. Nothing else
//! differs from a plain `Deserialize`: a string that is not a number is still
//! an error, which quotes it.

use crate::OrFalse;
use serde::Deserializer;
use serde::de::value::{MapAccessDeserializer, MapDeserializer, SeqAccessDeserializer};
use serde::de::{self, DeserializeOwned, DeserializeSeed, IgnoredAny, IntoDeserializer, Visitor};
use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

/// A whole `result` that is PHP's empty array `[]` where the method's output
/// is an object (a `<Method>Result` with no field set): read as `{}`. `None`
/// when the value is something else or `{}` does not make a `T` either. The
/// fallback of the decoders that failed on `[]`.
#[cfg_attr(not(feature = "client"), allow(dead_code))]
pub(crate) fn empty_list_as_object<T: DeserializeOwned>(value: &serde_json::Value) -> Option<T> {
    match value {
        serde_json::Value::Array(items) if items.is_empty() => {
            T::deserialize(MapDeserializer::<_, serde_json::Error>::new(
                std::iter::empty::<(String, serde_json::Value)>(),
            ))
            .ok()
        }
        _ => None,
    }
}

/// Reads a field of a lenient type; the `deserialize_with` of generated fields.
pub(crate) fn lax<'de, D: Deserializer<'de>, T: Lax>(deserializer: D) -> Result<T, D::Error> {
    T::lax(deserializer)
}

/// A type read leniently. The default, for the schema's named types, reads
/// the value as the type itself does, except that `[]` reads as `{}`.
pub(crate) trait Lax: DeserializeOwned {
    /// Reads one value.
    fn lax<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(Via::<Named<Self>>(PhantomData))
    }
}

/// What to do with each JSON shape; by default, hand it to `read`.
trait Reader {
    type Out;
    fn read<'de, D: Deserializer<'de>>(d: D) -> Result<Self::Out, D::Error>;
    fn expecting() -> &'static str;
    fn null<E: de::Error>() -> Result<Self::Out, E> {
        Self::read(().into_deserializer())
    }
    fn empty_string<E: de::Error>() -> Result<Self::Out, E> {
        Self::read("".into_deserializer())
    }
    fn boolean<E: de::Error>(v: bool) -> Result<Self::Out, E> {
        Self::read(v.into_deserializer())
    }
    fn list<'de, A: de::SeqAccess<'de>>(seq: A) -> Result<Self::Out, A::Error> {
        Self::read(SeqAccessDeserializer::new(seq))
    }
}

/// The visitor that dispatches on the JSON shape for a [`Reader`].
struct Via<R>(PhantomData<R>);

impl<'de, R: Reader> Visitor<'de> for Via<R> {
    type Value = R::Out;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(R::expecting())
    }
    fn visit_unit<E: de::Error>(self) -> Result<R::Out, E> {
        R::null()
    }
    fn visit_none<E: de::Error>(self) -> Result<R::Out, E> {
        R::null()
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<R::Out, D::Error> {
        R::read(d)
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<R::Out, E> {
        R::boolean(v)
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<R::Out, E> {
        R::read(v.into_deserializer())
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<R::Out, E> {
        R::read(v.into_deserializer())
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<R::Out, E> {
        R::read(v.into_deserializer())
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<R::Out, E> {
        if v.is_empty() {
            R::empty_string()
        } else {
            R::read(v.into_deserializer())
        }
    }
    fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<R::Out, A::Error> {
        R::list(seq)
    }
    fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<R::Out, A::Error> {
        R::read(MapAccessDeserializer::new(map))
    }
}

/// A named type: read by its own `Deserialize`, `[]` as `{}`.
struct Named<T>(PhantomData<T>);

impl<T: DeserializeOwned> Reader for Named<T> {
    type Out = T;
    fn read<'de, D: Deserializer<'de>>(d: D) -> Result<T, D::Error> {
        T::deserialize(d)
    }
    fn expecting() -> &'static str {
        "a value of the schema's type"
    }
    fn list<'de, A: de::SeqAccess<'de>>(mut seq: A) -> Result<T, A::Error> {
        match seq.next_element::<IgnoredAny>()? {
            None => T::deserialize(MapDeserializer::new(std::iter::empty::<((), ())>())),
            Some(_) => Err(de::Error::invalid_type(de::Unexpected::Seq, &"an object")),
        }
    }
}

/// `T|null` and optional fields: `null` and `""` are none.
struct Opt<T>(PhantomData<T>);

impl<T: Lax> Reader for Opt<T> {
    type Out = Option<T>;
    fn read<'de, D: Deserializer<'de>>(d: D) -> Result<Option<T>, D::Error> {
        T::lax(d).map(Some)
    }
    fn expecting() -> &'static str {
        "a value or null"
    }
    fn null<E: de::Error>() -> Result<Option<T>, E> {
        Ok(None)
    }
    fn empty_string<E: de::Error>() -> Result<Option<T>, E> {
        Ok(None)
    }
}

impl<T: Lax> Lax for Option<T> {
    fn lax<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(Via::<Opt<T>>(PhantomData))
    }
}

/// `T|false`: `false` is none.
struct False<T>(PhantomData<T>);

impl<T: Lax> Reader for False<T> {
    type Out = OrFalse<T>;
    fn read<'de, D: Deserializer<'de>>(d: D) -> Result<OrFalse<T>, D::Error> {
        T::lax(d).map(OrFalse::Value)
    }
    fn expecting() -> &'static str {
        "a value or `false`"
    }
    fn boolean<E: de::Error>(v: bool) -> Result<OrFalse<T>, E> {
        if v {
            Err(E::custom("expected a value or `false`, found `true`"))
        } else {
            Ok(OrFalse::False)
        }
    }
}

impl<T: Lax> Lax for OrFalse<T> {
    fn lax<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(Via::<False<T>>(PhantomData))
    }
}

/// `integer`: a JSON number, or a string holding one (`"342"`).
impl Lax for i64 {
    fn lax<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = i64;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an integer, or a string holding one")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<i64, E> {
                Ok(v)
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<i64, E> {
                i64::try_from(v)
                    .map_err(|_| E::custom(format_args!("{v} is beyond the 64-bit range")))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<i64, E> {
                v.parse()
                    .map_err(|_| E::invalid_value(de::Unexpected::Str(v), &self))
            }
        }
        deserializer.deserialize_any(V)
    }
}

/// `double`: a JSON number, or a string holding one (`"1500.00"`).
impl Lax for f64 {
    fn lax<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = f64;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a number, or a string holding one")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<f64, E> {
                Ok(v as f64)
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<f64, E> {
                Ok(v as f64)
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<f64, E> {
                Ok(v)
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<f64, E> {
                match v.parse::<f64>() {
                    // `inf` and `NaN` parse, but are not numbers JSON sends.
                    Ok(n) if n.is_finite() => Ok(n),
                    _ => Err(E::invalid_value(de::Unexpected::Str(v), &self)),
                }
            }
        }
        deserializer.deserialize_any(V)
    }
}

/// Types read exactly as they read themselves.
macro_rules! plain {
    ($($t:ty),*) => {$(
        impl Lax for $t {
            fn lax<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                <$t as serde::Deserialize>::deserialize(deserializer)
            }
        }
    )*};
}
plain!(
    String,
    bool,
    serde_json::Value,
    crate::Date,
    crate::DateTime
);

/// `[T]`: each element read leniently.
impl<T: Lax> Lax for Vec<T> {
    fn lax<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V<T>(PhantomData<T>);
        impl<'de, T: Lax> Visitor<'de> for V<T> {
            type Value = Vec<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a list")
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
                let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
                while let Some(v) = seq.next_element_seed(Seed::<T>(PhantomData))? {
                    out.push(v);
                }
                Ok(out)
            }
        }
        deserializer.deserialize_seq(V(PhantomData))
    }
}

/// `{T}`: each value read leniently; `[]` is an empty map.
impl<T: Lax> Lax for BTreeMap<String, T> {
    fn lax<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(MapV::<Self, T>(PhantomData))
    }
}

/// `object`: `[]` is an empty object.
impl Lax for serde_json::Map<String, serde_json::Value> {
    fn lax<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(MapV::<Self, serde_json::Value>(PhantomData))
    }
}

/// A map of `String` to lenient `T`, built as `M`.
struct MapV<M, T>(PhantomData<(M, T)>);

impl<'de, M: Default + Extend<(String, T)>, T: Lax> Visitor<'de> for MapV<M, T> {
    type Value = M;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object (or `[]`, PHP's empty one)")
    }
    fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<M, A::Error> {
        let mut out = M::default();
        while let Some(key) = map.next_key::<String>()? {
            let value = map.next_value_seed(Seed::<T>(PhantomData))?;
            out.extend(Some((key, value)));
        }
        Ok(out)
    }
    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<M, A::Error> {
        match seq.next_element::<IgnoredAny>()? {
            None => Ok(M::default()),
            Some(_) => Err(de::Error::invalid_type(de::Unexpected::Seq, &self)),
        }
    }
}

/// Reads one element or value leniently.
struct Seed<T>(PhantomData<T>);

impl<'de, T: Lax> DeserializeSeed<'de> for Seed<T> {
    type Value = T;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<T, D::Error> {
        T::lax(d)
    }
}
