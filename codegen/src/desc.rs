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
    /// The entries in the order the file gives them.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &T)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v))
    }
    /// Whether the mapping has no entries.
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

/// Which REST API serves a method.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Api {
    /// The classic API at `/rest/`.
    #[default]
    V2,
    /// REST 3.0 at `/rest/api/`.
    V3,
}

/// One method descriptor: `schema/<scope>/<method>.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MethodFile {
    /// The method's wire name, exactly as the portal spells it (`imbot.v2.Chat.add`).
    pub method: String,
    /// The REST scope the method needs; also its cargo feature and top module.
    pub scope: String,
    /// The API that serves it: `v2` (the classic one, the default) or `v3`
    /// (REST 3.0, whose request types live under `<scope>::v3`).
    #[serde(default)]
    pub api: Api,
    /// The permissions (the page's `Scope:` line) of which an application
    /// needs any one to call the method, when they are not `[scope]`
    /// (`[task]` for `tasks.*`, `[user, user_brief, user_basic]`).
    #[serde(default)]
    pub permission: Option<Vec<String>>,
    /// The documentation page, relative to `https://apidocs.bitrix24.com/` (`api-reference/chats/im-chat-add.md`).
    pub docs: String,
    /// Who may call the method, in words (`any user`, `the bot's owner`).
    pub who: String,
    /// Whether sending the call twice has the effect of sending it once; a call that is not is never resent when its outcome is unknown.
    pub idempotent: bool,
    /// The auth modes the method accepts; both when absent.
    #[serde(default = "default_auth")]
    pub auth: Vec<AuthMode>,
    /// One sentence on what the method does; the first line of its docs.
    pub summary: String,
    /// Further paragraphs for the method's docs.
    #[serde(default)]
    pub description: Option<String>,
    /// Module names for method segments that cannot name a module as they
    /// are (`enum` in `catalog.enum.getRoundTypes`, a keyword): segment →
    /// Rust module name.
    #[serde(default)]
    pub modules: Entries<String>,
    /// The request parameters, by wire name, in documentation order.
    #[serde(default)]
    pub params: Entries<ParamDesc>,
    /// Pairs of params set together through one typed value, by setter name.
    #[serde(default)]
    pub joined: Entries<JoinedDesc>,
    /// What the response carries.
    pub returns: Returns,
    /// The method's own error codes, by code.
    #[serde(default)]
    pub errors: Entries<ErrorDesc>,
    /// Object types this file declares, by Rust name.
    #[serde(default)]
    pub types: Entries<ObjectDesc>,
    /// Enums this file declares, by Rust name.
    #[serde(default)]
    pub enums: Entries<EnumDesc>,
    /// Link types (kind + id) this file declares, by Rust name.
    #[serde(default)]
    pub links: Entries<LinkDesc>,
    /// How a list method pages, if it is one.
    #[serde(default)]
    pub paging: Option<PagingDesc>,
    /// Where the page is wrong and the descriptor knowingly differs from it:
    /// `docs check` accepts these differences, and fails once one of them
    /// is gone (the page was fixed).
    #[serde(default)]
    pub page_errors: Vec<PageErrorDesc>,
}

/// A known error of a method's page, which the descriptor does not follow.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageErrorDesc {
    /// What `docs check` reports the difference at: `param FILTER`,
    /// `result`, `param fields.TITLE`.
    pub at: String,
    /// Why the page is wrong, in our words: what the portal really does.
    pub why: String,
}

/// How a list method pages: the answer's `next` goes back in a param.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PagingDesc {
    /// The param (wire name) that takes a page's offset: `start`.
    pub offset: String,
    /// Where a page's items are: `result` when the result is the list, or
    /// the wire name of a field of the result (`tasks`).
    #[serde(default = "result_items")]
    pub items: String,
}

fn result_items() -> String {
    "result".to_owned()
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
    /// The page the shared types are transcribed from, when there is one.
    #[serde(default)]
    pub docs: Option<String>,
    /// Object types, by Rust name.
    #[serde(default)]
    pub types: Entries<ObjectDesc>,
    /// Enums, by Rust name.
    #[serde(default)]
    pub enums: Entries<EnumDesc>,
    /// Link types (kind + id), by Rust name.
    #[serde(default)]
    pub links: Entries<LinkDesc>,
    /// The error codes every method can return, by code (only in one shared file).
    #[serde(default)]
    pub system_errors: Entries<ErrorDesc>,
    /// Events the portal sends, by event name (`ONIMBOTV2MESSAGEADD`): one
    /// per section of the file's `docs:` page.
    #[serde(default)]
    pub events: Entries<EventDesc>,
    /// Known errors of the `docs:` page the file does not follow, as for a
    /// method file.
    #[serde(default)]
    pub page_errors: Vec<PageErrorDesc>,
}

/// An event the portal POSTs to a handler: its payload and its page section.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventDesc {
    /// The variant of the scope's `Event` enum and the payload type's name
    /// (`MessageAdd`): event names have no word boundaries to derive it from.
    pub rust: String,
    /// The anchor of the event's section on the file's `docs:` page; the
    /// event name in lower case when absent.
    #[serde(default)]
    pub anchor: Option<String>,
    /// One line on when the portal sends it, in our own words.
    pub summary: String,
    /// Further paragraphs.
    #[serde(default)]
    pub description: Option<String>,
    /// The fields of the event's `data`, by wire name, in page order.
    #[serde(default)]
    pub data: Entries<ParamDesc>,
}

/// A request parameter or a field of an object type.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParamDesc {
    /// The type expression: a primitive, a declared type or enum, `[T]`, `A|B`, `T|null`.
    #[serde(rename = "type")]
    pub ty: String,
    /// What the value means, in the project's own words. May be left out
    /// when the name says it all (`id`); the item then points to the page.
    #[serde(default)]
    pub doc: String,
    /// The call fails without it; required params are constructor arguments.
    #[serde(default)]
    pub required: bool,
    /// Required only under this auth mode (documented, checked at run time).
    #[serde(default)]
    pub required_with: Option<AuthMode>,
    /// Required unless one of these params (wire names, same level) is given:
    /// `CHAT_ID` unless `DIALOG_ID`.
    #[serde(default)]
    pub required_unless: Vec<String>,
    /// The value the portal assumes when the param is absent, as documented.
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
    /// For an enum param: what the portal does with a value outside the
    /// listed ones; refused when absent.
    #[serde(default)]
    pub unlisted: Option<Unlisted>,
}

/// What the portal does with an enum value its page does not list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Unlisted {
    /// Refused as an argument error (the default).
    Refused,
    /// Taken as given: the list names the documented values, not all
    /// (`COPILOT_MAIN_ROLE`: "any code of an available role").
    Accepted,
    /// Replaced by a value the portal picks (imbot.v2 chat colours).
    Replaced,
}

/// Two wire params set together through one typed value (a link type).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JoinedDesc {
    /// The link type that carries both values.
    #[serde(rename = "type")]
    pub ty: String,
    /// The two wire params, kind first, then id.
    pub params: Vec<String>,
    /// What the joined value means.
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
    /// The `result` field.
    pub result: ResultDesc,
    /// The `time` block with the call's timing.
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
    /// What the result holds.
    pub doc: String,
    /// The result's type expression, when it is not given as inline `fields`.
    #[serde(default, rename = "type")]
    pub ty: Option<String>,
    /// Inline fields of the result, which become a `<Method>Result` struct.
    #[serde(default)]
    pub fields: Option<Entries<ParamDesc>>,
}

/// One error code of a method, or a system error.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ErrorDesc {
    /// The HTTP status the portal answers with, when documented.
    #[serde(default)]
    pub status: Option<u16>,
    /// The `error_description` the documentation shows.
    pub message: String,
    /// What the error means and what to do about it.
    pub doc: String,
    /// Whether resending the same call may succeed (the portal did nothing).
    #[serde(default)]
    pub retry_safe: bool,
    /// Listed only by older versions of the page; older portals still send it.
    #[serde(default)]
    pub legacy: bool,
    /// The method gives a system code a meaning of its own (imbot.v2 answers
    /// `ACCESS_DENIED` when the bot is not in the chat).
    #[serde(default)]
    pub shadows_system: bool,
    /// Variant name when the derived one is a keyword or collides.
    #[serde(default)]
    pub rust: Option<String>,
}

/// An object type (a struct).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ObjectDesc {
    /// What the object is.
    pub doc: String,
    /// The anchor of the section of the file's `docs:` page that documents
    /// the type, when it is not the type's name in lower case (`docs check`),
    /// or the anchors of several sections that document it together.
    #[serde(default)]
    pub anchor: Option<Anchor>,
    /// The fields, by wire name, in documentation order.
    pub fields: Entries<ParamDesc>,
    /// How the portal names the fields in its responses when that differs
    /// from the names requests send (`RESPONSIBLE_ID` in, `responsibleId` out).
    #[serde(default)]
    pub response_case: Option<Case>,
}

/// A naming convention for wire names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum Case {
    /// `responsibleId`
    #[serde(rename = "lowerCamel")]
    LowerCamel,
    /// `responsible_id`
    #[serde(rename = "snake_case")]
    Snake,
    /// `RESPONSIBLE_ID`
    #[serde(rename = "UPPER_SNAKE")]
    UpperSnake,
}

impl Case {
    /// A wire name in this case: `RESPONSIBLE_ID` → `responsibleId`.
    pub fn apply(self, wire: &str) -> String {
        use crate::model::case;
        match self {
            Case::LowerCamel => case::lower_camel(wire),
            Case::Snake => case::snake(wire),
            Case::UpperSnake => case::shouty_snake(wire),
        }
    }
}

/// An enumeration of wire values.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnumDesc {
    /// What the enum names.
    pub doc: String,
    /// Names of the wire spellings when one value is written several ways;
    /// the first is the default.
    #[serde(default)]
    pub spellings: Vec<String>,
    /// The values, in documentation order.
    pub values: Vec<EnumValueDesc>,
}

/// One value of an enum.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnumValueDesc {
    /// How the value is written on the wire.
    pub wire: Wire,
    /// What the value means.
    pub doc: String,
    /// Variant name when the derived one is a keyword or collides.
    #[serde(default)]
    pub rust: Option<String>,
}

/// A wire value: one string, or one string per spelling.
#[derive(Debug)]
pub enum Wire {
    /// The same string everywhere.
    One(String),
    /// One string per spelling, by spelling name.
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

/// The sections of a page that document an object type: one, or several
/// whose tables together list its fields (the fields every CRM item has,
/// then those of each kind of item). Links point at the first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchor(pub Vec<String>);

impl Anchor {
    /// The section links point at.
    pub fn first(&self) -> &str {
        &self.0[0]
    }
}

// By hand, as `Wire`: a string or a non-empty list of strings, with an
// error that says so.
impl<'de> Deserialize<'de> for Anchor {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Anchor;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a section anchor, or a non-empty list of them")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Anchor, E> {
                Ok(Anchor(vec![v.to_owned()]))
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Anchor, A::Error> {
                let mut all = Vec::new();
                while let Some(one) = seq.next_element::<String>()? {
                    all.push(one);
                }
                if all.is_empty() {
                    return Err(de::Error::invalid_length(0, &self));
                }
                Ok(Anchor(all))
            }
        }
        d.deserialize_any(V)
    }
}

/// A type that joins an enum kind and a string id, like `ENTITY_TYPE` + `ENTITY_ID`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LinkDesc {
    /// What the linked value is.
    pub doc: String,
    /// The enum naming what the id refers to.
    pub kind: String,
    /// Constructors for the documented id formats, by function name.
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
    /// What the constructor links to.
    pub doc: String,
}
