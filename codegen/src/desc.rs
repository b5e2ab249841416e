//! The descriptor files as written: the serde shape of `schema/**/*.yaml`.
//!
//! These structs mirror the YAML one to one and reject unknown keys, so a typo
//! is reported with its line and column by the YAML parser itself. Meaning
//! (type names, enum values, collisions) is checked later, in [`crate::model`].

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use std::fmt;
use std::marker::PhantomData;

/// A mapping whose order is kept and whose keys must be unique.
///
/// Plain maps let a repeated key silently replace the first one; a schema
/// must never lose a parameter that way, so a duplicate is an error here.
#[derive(Debug, Clone)]
pub struct Entries<T>(pub Vec<(String, T)>);

impl<T> Default for Entries<T> {
    fn default() -> Self {
        Entries(Vec::new())
    }
}

impl<T> Entries<T> {
    pub fn iter(&self) -> impl Iterator<Item = (&str, &T)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v))
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Entries<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
            type Value = Entries<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a mapping of names to entries")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut out: Vec<(String, T)> = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    if out.iter().any(|(k, _)| *k == key) {
                        // Fail inside the repeated entry's value, so the error
                        // carries that entry's position and path.
                        map.next_value_seed(Repeated(&key))?;
                        return Err(Repeated(&key).error());
                    }
                    let value = map.next_value()?;
                    out.push((key, value));
                }
                Ok(Entries(out))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(Entries(Vec::new()))
            }
        }
        d.deserialize_map(V(PhantomData))
    }
}

/// Fails on whatever value it meets, with the message for a repeated key.
struct Repeated<'k>(&'k str);

impl Repeated<'_> {
    fn error<E: de::Error>(&self) -> E {
        E::custom(format!(
            "duplicate key `{}`: each name may appear once",
            self.0
        ))
    }
}

impl<'de> de::DeserializeSeed<'de> for Repeated<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Repeated<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "no second entry named `{}`", self.0)
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        Err(self.error())
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        Err(self.error())
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        Err(self.error())
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        Err(self.error())
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        Err(self.error())
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Err(self.error())
    }
    fn visit_seq<A: de::SeqAccess<'de>>(self, _: A) -> Result<(), A::Error> {
        Err(self.error())
    }
    fn visit_map<A: MapAccess<'de>>(self, _: A) -> Result<(), A::Error> {
        Err(self.error())
    }
}

/// How a caller authenticates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AuthMode {
    /// An incoming webhook URL carrying the user id and secret.
    Webhook,
    /// An OAuth access token sent as the `auth` parameter.
    Oauth,
}

/// One method descriptor: `schema/<scope>/<method>.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MethodFile {
    pub method: String,
    pub scope: String,
    pub docs: String,
    pub who: String,
    pub idempotent: bool,
    #[serde(default = "default_auth")]
    pub auth: Vec<AuthMode>,
    pub summary: String,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub params: Entries<ParamDesc>,
    #[serde(default)]
    pub joined: Entries<JoinedDesc>,
    pub returns: Returns,
    #[serde(default)]
    pub errors: Entries<ErrorDesc>,
    #[serde(default)]
    pub types: Entries<ObjectDesc>,
    #[serde(default)]
    pub enums: Entries<EnumDesc>,
    #[serde(default)]
    pub links: Entries<LinkDesc>,
}

impl AuthMode {
    /// The mode as written in a descriptor.
    pub fn as_str(self) -> &'static str {
        match self {
            AuthMode::Webhook => "webhook",
            AuthMode::Oauth => "oauth",
        }
    }
}

fn default_auth() -> Vec<AuthMode> {
    vec![AuthMode::Webhook, AuthMode::Oauth]
}

/// A shared descriptor: `schema/common/*.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SharedFile {
    /// Module the types go into; absent means the crate root.
    #[serde(default)]
    pub scope: Option<String>,
    #[serde(default)]
    pub docs: Option<String>,
    #[serde(default)]
    pub types: Entries<ObjectDesc>,
    #[serde(default)]
    pub enums: Entries<EnumDesc>,
    #[serde(default)]
    pub links: Entries<LinkDesc>,
    #[serde(default)]
    pub system_errors: Entries<ErrorDesc>,
}

/// A request parameter or a field of an object type.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParamDesc {
    #[serde(rename = "type")]
    pub ty: String,
    pub doc: String,
    #[serde(default)]
    pub required: bool,
    /// Required only under this auth mode (documented, checked at run time).
    #[serde(default)]
    pub required_with: Option<AuthMode>,
    /// Required unless one of these params (wire names, same level) is given:
    /// `CHAT_ID` unless `DIALOG_ID`.
    #[serde(default)]
    pub required_unless: Vec<String>,
    #[serde(default)]
    pub default: Option<serde_yaml::Value>,
    /// Rust name when the derived one is a keyword or collides.
    #[serde(default)]
    pub rust: Option<String>,
    /// Which spelling of a multi-spelling enum this field uses on the wire.
    #[serde(default)]
    pub spelling: Option<String>,
    /// The value is a credential: redacted in `Debug`.
    #[serde(default)]
    pub secret: bool,
}

/// Two wire params set together through one typed value (a link type).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JoinedDesc {
    #[serde(rename = "type")]
    pub ty: String,
    pub params: Vec<String>,
    pub doc: String,
    /// Setter name when the derived one is a keyword or collides.
    #[serde(default)]
    pub rust: Option<String>,
}

/// The "returned data" table: `result` and `time`, and for list methods
/// the envelope's `total` and `next` beside them.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Returns {
    pub result: ResultDesc,
    pub time: ParamDesc,
    /// The envelope's `total`: how many items the whole list has.
    #[serde(default)]
    pub total: Option<ParamDesc>,
    /// The envelope's `next`: the offset of the next page, when there is one.
    #[serde(default)]
    pub next: Option<ParamDesc>,
}

/// The `result` of a method: a type, or inline fields that become `<Method>Result`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResultDesc {
    pub doc: String,
    #[serde(default, rename = "type")]
    pub ty: Option<String>,
    #[serde(default)]
    pub fields: Option<Entries<ParamDesc>>,
}

/// One error code of a method, or a system error.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ErrorDesc {
    #[serde(default)]
    pub status: Option<u16>,
    pub message: String,
    pub doc: String,
    #[serde(default)]
    pub retry_safe: bool,
    #[serde(default)]
    pub legacy: bool,
    /// The method gives a system code a meaning of its own (imbot.v2 answers
    /// `ACCESS_DENIED` when the bot is not in the chat).
    #[serde(default)]
    pub shadows_system: bool,
    #[serde(default)]
    pub rust: Option<String>,
}

/// An object type (a struct).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ObjectDesc {
    pub doc: String,
    /// The anchor of the section of the file's `docs:` page that documents
    /// the type, when it is not the type's name in lower case (`docs check`).
    #[serde(default)]
    pub anchor: Option<String>,
    pub fields: Entries<ParamDesc>,
}

/// An enumeration of wire values.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnumDesc {
    pub doc: String,
    /// Names of the wire spellings when one value is written several ways;
    /// the first is the default.
    #[serde(default)]
    pub spellings: Vec<String>,
    pub values: Vec<EnumValueDesc>,
}

/// One value of an enum.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnumValueDesc {
    pub wire: Wire,
    pub doc: String,
    #[serde(default)]
    pub rust: Option<String>,
}

/// A wire value: one string, or one string per spelling.
#[derive(Debug)]
pub enum Wire {
    One(String),
    Many(Entries<String>),
}

// Written by hand rather than `untagged`, so an error inside the mapping (a
// repeated spelling, a value that is not a string) keeps its own position
// and message instead of a generic "did not match any variant".
impl<'de> Deserialize<'de> for Wire {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Wire;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string, or a mapping of spelling names to strings")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Wire, E> {
                Ok(Wire::One(v.to_owned()))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Wire, A::Error> {
                Entries::deserialize(de::value::MapAccessDeserializer::new(map)).map(Wire::Many)
            }
        }
        d.deserialize_any(V)
    }
}

/// A type that joins an enum kind and a string id, like `ENTITY_TYPE` + `ENTITY_ID`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LinkDesc {
    pub doc: String,
    /// The enum naming what the id refers to.
    pub kind: String,
    #[serde(default)]
    pub constructors: Entries<ConstructorDesc>,
}

/// A constructor of a link type for one documented id format.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConstructorDesc {
    /// The enum value (wire spelling) this constructor sets.
    pub kind: String,
    /// The id format: literal text and `{name:type}` placeholders.
    pub format: String,
    pub doc: String,
}
