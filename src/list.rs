//! List methods: the typed field names, filters, sort orders and field
//! selections they take, and the [`Paged`] trait through which the client
//! follows their pages.
//!
//! ```
//! use bitrix24::{Field, Filter, Order, Select};
//!
//! struct Deal; // a generated object type has these as associated consts
//! const STAGE_ID: Field<Deal, String> = Field::new("STAGE_ID");
//! const OPPORTUNITY: Field<Deal, f64> = Field::new("OPPORTUNITY");
//! const ASSIGNED_BY_ID: Field<Deal, i64> = Field::new("ASSIGNED_BY_ID");
//!
//! let filter = Filter::new()
//!     .eq(STAGE_ID, "C1:NEW")
//!     .gt(OPPORTUNITY, 10000.0)
//!     .lte(OPPORTUNITY, 20000.0)
//!     .is_in(ASSIGNED_BY_ID, [1, 6]);
//! assert_eq!(
//!     serde_json::to_string(&filter).unwrap(),
//!     r#"{"STAGE_ID":"C1:NEW",">OPPORTUNITY":10000.0,"<=OPPORTUNITY":20000.0,"@ASSIGNED_BY_ID":[1,6]}"#,
//! );
//! let order = Order::new().asc(STAGE_ID).desc(OPPORTUNITY);
//! assert_eq!(serde_json::to_string(&order).unwrap(), r#"{"STAGE_ID":"ASC","OPPORTUNITY":"DESC"}"#);
//! let select = Select::new().field(STAGE_ID).user_fields();
//! assert_eq!(serde_json::to_string(&select).unwrap(), r#"["STAGE_ID","UF_*"]"#);
//! ```

use crate::Method;
use serde::de::{self, Visitor};
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;
use std::fmt;
use std::marker::PhantomData;

/// A field of the object type `T` whose values are `V`, by its wire name:
/// what [`Filter`], [`Order`] and [`Select`] take, so that a field of
/// another type, or a value of the wrong type, does not compile.
///
/// Generated object types that list methods filter on have one associated
/// const per field (`Deal::STAGE_ID`).
pub struct Field<T, V> {
    wire: &'static str,
    _of: PhantomData<fn() -> (T, V)>,
}

impl<T, V> Field<T, V> {
    /// The field with this wire name.
    pub const fn new(wire: &'static str) -> Self {
        Field {
            wire,
            _of: PhantomData,
        }
    }

    /// Its wire name: `STAGE_ID`.
    pub const fn wire(&self) -> &'static str {
        self.wire
    }
}

impl<T, V> Clone for Field<T, V> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T, V> Copy for Field<T, V> {}

impl<T, V> fmt::Debug for Field<T, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Field({})", self.wire)
    }
}

impl<T, V> PartialEq for Field<T, V> {
    fn eq(&self, other: &Self) -> bool {
        self.wire == other.wire
    }
}

/// The `filter` of a list method over the fields of `T`: each condition is
/// a key, the field's wire name after the operator's prefix (`>=`, `@`,
/// `%`...), and a value.
///
/// The typed methods take a [`Field`] of `T` and a value of its type;
/// [`Filter::raw`] takes any key, for user fields (`UF_CRM_...`) and
/// operators the page documents beyond these.
pub struct Filter<T> {
    conditions: Vec<(String, Value)>,
    _of: PhantomData<fn() -> T>,
}

impl<T> Filter<T> {
    /// A filter with no condition: everything matches.
    pub fn new() -> Self {
        Filter {
            conditions: Vec::new(),
            _of: PhantomData,
        }
    }

    fn with(mut self, prefix: &str, wire: &str, value: Value) -> Self {
        self.conditions.push((format!("{prefix}{wire}"), value));
        self
    }

    /// The field equals the value (no prefix).
    pub fn eq<V: Serialize>(self, field: Field<T, V>, value: impl Into<V>) -> Self {
        self.with("", field.wire, to_value(&value.into()))
    }

    /// The field differs from the value (`!=`).
    pub fn ne<V: Serialize>(self, field: Field<T, V>, value: impl Into<V>) -> Self {
        self.with("!=", field.wire, to_value(&value.into()))
    }

    /// The field is greater than the value (`>`).
    pub fn gt<V: Serialize>(self, field: Field<T, V>, value: impl Into<V>) -> Self {
        self.with(">", field.wire, to_value(&value.into()))
    }

    /// The field is greater than or equal to the value (`>=`).
    pub fn gte<V: Serialize>(self, field: Field<T, V>, value: impl Into<V>) -> Self {
        self.with(">=", field.wire, to_value(&value.into()))
    }

    /// The field is less than the value (`<`).
    pub fn lt<V: Serialize>(self, field: Field<T, V>, value: impl Into<V>) -> Self {
        self.with("<", field.wire, to_value(&value.into()))
    }

    /// The field is less than or equal to the value (`<=`).
    pub fn lte<V: Serialize>(self, field: Field<T, V>, value: impl Into<V>) -> Self {
        self.with("<=", field.wire, to_value(&value.into()))
    }

    /// The field is one of the values (`@`).
    pub fn is_in<V: Serialize, I: Into<V>>(
        self,
        field: Field<T, V>,
        values: impl IntoIterator<Item = I>,
    ) -> Self {
        let values = values.into_iter().map(|v| to_value(&v.into())).collect();
        self.with("@", field.wire, Value::Array(values))
    }

    /// The field is none of the values (`!@`).
    pub fn not_in<V: Serialize, I: Into<V>>(
        self,
        field: Field<T, V>,
        values: impl IntoIterator<Item = I>,
    ) -> Self {
        let values = values.into_iter().map(|v| to_value(&v.into())).collect();
        self.with("!@", field.wire, Value::Array(values))
    }

    /// The text field contains the text anywhere (`%`; no `%` needed in it).
    pub fn contains(self, field: Field<T, String>, text: impl Into<String>) -> Self {
        self.with("%", field.wire, Value::String(text.into()))
    }

    /// A condition written as the page writes it: the key with its prefix
    /// (`">=UF_CRM_1700000000"`) and the value as JSON.
    pub fn raw(mut self, key: impl Into<String>, value: impl Into<Value>) -> Self {
        self.conditions.push((key.into(), value.into()));
        self
    }

    /// Whether it has no condition.
    pub fn is_empty(&self) -> bool {
        self.conditions.is_empty()
    }

    /// The conditions, in the order they were added: each key (the prefix
    /// and the field's wire name) with its value.
    pub fn conditions(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.conditions.iter().map(|(k, v)| (k.as_str(), v))
    }
}

fn to_value<V: Serialize>(value: &V) -> Value {
    // The values are the schema's types (numbers, text, enums, dates), which
    // always serialize; `Null` would only stand for a type that cannot.
    serde_json::to_value(value).unwrap_or(Value::Null)
}

crate::macros::phantom_typed!(Filter { conditions });

impl<T> fmt::Debug for Filter<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map()
            .entries(self.conditions.iter().map(|(k, v)| (k, v)))
            .finish()
    }
}

impl<T> Serialize for Filter<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.conditions.len()))?;
        for (key, value) in &self.conditions {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// The `order` of a list method over the fields of `T`: fields to sort by,
/// first key first, each ascending or descending.
pub struct Order<T> {
    keys: Vec<(String, &'static str)>,
    _of: PhantomData<fn() -> T>,
}

impl<T> Order<T> {
    /// No sort key: the portal's own order.
    pub fn new() -> Self {
        Order {
            keys: Vec::new(),
            _of: PhantomData,
        }
    }

    /// Then by the field, ascending (`ASC`).
    pub fn asc<V>(mut self, field: Field<T, V>) -> Self {
        self.keys.push((field.wire.to_owned(), "ASC"));
        self
    }

    /// Then by the field, descending (`DESC`).
    pub fn desc<V>(mut self, field: Field<T, V>) -> Self {
        self.keys.push((field.wire.to_owned(), "DESC"));
        self
    }

    /// Then by a field given by its wire name (a user field), ascending or
    /// descending.
    pub fn raw(mut self, wire: impl Into<String>, descending: bool) -> Self {
        self.keys
            .push((wire.into(), if descending { "DESC" } else { "ASC" }));
        self
    }

    /// The sort keys, first first: each field's wire name and whether it
    /// sorts descending.
    pub fn keys(&self) -> impl Iterator<Item = (&str, bool)> {
        self.keys.iter().map(|(k, d)| (k.as_str(), *d == "DESC"))
    }
}

crate::macros::phantom_typed!(Order { keys });

impl<T> fmt::Debug for Order<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map()
            .entries(self.keys.iter().map(|(k, v)| (k, v)))
            .finish()
    }
}

impl<T> Serialize for Order<T> {
    /// In the order the keys were added, which is the order they sort by.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.keys.len()))?;
        for (key, direction) in &self.keys {
            map.serialize_entry(key, direction)?;
        }
        map.end()
    }
}

/// The `select` of a list method over the fields of `T`: which fields the
/// items carry.
pub struct Select<T> {
    names: Vec<String>,
    _of: PhantomData<fn() -> T>,
}

impl<T> Select<T> {
    /// No field yet (the portal then sends its default set).
    pub fn new() -> Self {
        Select {
            names: Vec::new(),
            _of: PhantomData,
        }
    }

    /// Adds a field.
    pub fn field<V>(mut self, field: Field<T, V>) -> Self {
        self.names.push(field.wire.to_owned());
        self
    }

    /// Adds every standard field (`*`).
    pub fn all(mut self) -> Self {
        self.names.push("*".to_owned());
        self
    }

    /// Adds every user field (`UF_*`).
    pub fn user_fields(mut self) -> Self {
        self.names.push("UF_*".to_owned());
        self
    }

    /// Adds a field by its wire name (a user field `UF_CRM_...`).
    pub fn raw(mut self, wire: impl Into<String>) -> Self {
        self.names.push(wire.into());
        self
    }

    /// The names selected, `*` and `UF_*` included.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.names.iter().map(String::as_str)
    }
}

crate::macros::phantom_typed!(Select { names });

impl<T> fmt::Debug for Select<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(&self.names).finish()
    }
}

impl<T> Serialize for Select<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.names.len()))?;
        for name in &self.names {
            seq.serialize_element(name)?;
        }
        seq.end()
    }
}

/// The operator prefixes of filter keys, longest first, so that `>=` is
/// not read as `>`.
const OPERATORS: [&str; 15] = [
    "!=%", "!%=", "!@", "!%", ">=", "<=", "!=", "=%", "%=", "@", ">", "<", "!", "%", "=",
];

/// Splits a filter key into its operator prefix (empty for plain
/// equality) and the field's wire name: `">=OPPORTUNITY"` gives
/// `(">=", "OPPORTUNITY")`.
///
/// ```
/// assert_eq!(bitrix24::split_filter_key("!@STAGE_ID"), ("!@", "STAGE_ID"));
/// assert_eq!(bitrix24::split_filter_key("TITLE"), ("", "TITLE"));
/// assert_eq!(bitrix24::split_filter_key("!%LAST_NAME"), ("!%", "LAST_NAME"));
/// ```
pub fn split_filter_key(key: &str) -> (&str, &str) {
    for op in OPERATORS {
        if let Some(field) = key.strip_prefix(op) {
            return (op, field);
        }
    }
    ("", key)
}

/// Whether a filter operator takes a list of values (`@` and `!@`).
pub fn filter_operator_takes_list(operator: &str) -> bool {
    matches!(operator, "@" | "!@")
}

/// A list method: the answer holds one page of items and `next`, the
/// offset of the following page, which goes back in the request's offset
/// param. Implemented by the generated requests whose descriptor has
/// `paging:`; [`Client::list`](crate::Client::list) follows the pages.
pub trait Paged: Method + Clone {
    /// One item of a page.
    type Item;

    /// The wire name of the param that takes the offset: `start`.
    const OFFSET: &'static str;

    /// The same request for the page at `offset`.
    fn at_offset(&self, offset: i64) -> Self;

    /// The items of one page's result.
    fn items(output: Self::Output) -> Vec<Self::Item>;

    /// Where the page after this request's starts, given that its page
    /// held `len` items, for an answer without `next`: REST 3.0 lists give
    /// none, and a full page may have a successor. `None` (the classic
    /// lists, which say `next`) ends the list.
    fn following(&self, len: usize) -> Option<i64> {
        let _ = len;
        None
    }
}

impl<'de, T> Deserialize<'de> for Filter<T> {
    /// An object of conditions, in its order; PHP's `[]` is no condition.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let conditions = deserializer.deserialize_any(Entries::<Value>(PhantomData))?;
        Ok(Filter {
            conditions,
            _of: PhantomData,
        })
    }
}

impl<'de, T> Deserialize<'de> for Order<T> {
    /// An object of fields to `ASC` or `DESC` (in any case), in its order.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let entries = deserializer.deserialize_any(Entries::<String>(PhantomData))?;
        let keys = entries
            .into_iter()
            .map(
                |(key, direction)| match direction.to_ascii_uppercase().as_str() {
                    "ASC" => Ok((key, "ASC")),
                    "DESC" => Ok((key, "DESC")),
                    _ => Err(de::Error::custom(format_args!(
                        "the order of `{key}` is `{direction}`; expected ASC or DESC"
                    ))),
                },
            )
            .collect::<Result<_, _>>()?;
        Ok(Order {
            keys,
            _of: PhantomData,
        })
    }
}

impl<'de, T> Deserialize<'de> for Select<T> {
    /// A list of field names.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Select {
            names: Vec::deserialize(deserializer)?,
            _of: PhantomData,
        })
    }
}

/// The entries of a JSON object in their order (`[]` is none).
struct Entries<V>(PhantomData<V>);

impl<'de, V: Deserialize<'de>> Visitor<'de> for Entries<V> {
    type Value = Vec<(String, V)>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut out = Vec::new();
        while let Some(entry) = map.next_entry()? {
            out.push(entry);
        }
        Ok(out)
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        match seq.next_element::<de::IgnoredAny>()? {
            None => Ok(Vec::new()),
            Some(_) => Err(de::Error::invalid_type(de::Unexpected::Seq, &self)),
        }
    }
}
