//! The list params of REST 3.0 methods (`api: v3`): a `filter` is a list of
//! conditions, each `[field, operator, value]`, that may nest an `or` group
//! ([`Conditions`]); pages are asked for with a `pagination` object of
//! `page`, `limit` and `offset` ([`Pagination`]). `order` and `select` are
//! the classic [`Order`](crate::Order) and [`Select`](crate::Select).
//!
//! ```
//! use bitrix24::{Conditions, Field, Pagination};
//!
//! struct Task; // a generated object type has these as associated consts
//! const ID: Field<Task, i64> = Field::new("id");
//! const STATUS: Field<Task, String> = Field::new("status");
//!
//! let filter = Conditions::new()
//!     .eq(STATUS, "pending")
//!     .any_of(Conditions::new().is_in(ID, [1, 2]).gte(ID, 100));
//! assert_eq!(
//!     serde_json::to_string(&filter).unwrap(),
//!     r#"[["status","=","pending"],{"conditions":[["id","in",[1,2]],["id",">=",100]],"logic":"or"}]"#,
//! );
//! let page = Pagination::new().limit(100).offset(200);
//! assert_eq!(serde_json::to_string(&page).unwrap(), r#"{"limit":100,"offset":200}"#);
//! ```

use crate::Field;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Value, json};
use std::fmt;
use std::marker::PhantomData;

/// The `filter` of a REST 3.0 list method over the fields of `T`: every
/// condition must hold; [`Conditions::any_of`] adds a group of which one
/// must. The operators are those of the REST 3.0 overview: `=`, `!=`, `>`,
/// `>=`, `<`, `<=`, `in` and `between`.
pub struct Conditions<T> {
    items: Vec<Value>,
    _of: PhantomData<fn() -> T>,
}

impl<T> Conditions<T> {
    /// No condition: everything matches.
    pub fn new() -> Self {
        Conditions {
            items: Vec::new(),
            _of: PhantomData,
        }
    }

    fn with(mut self, wire: &str, operator: &str, value: Value) -> Self {
        self.items.push(json!([wire, operator, value]));
        self
    }

    /// The field equals the value (`=`).
    pub fn eq<V: Serialize>(self, field: Field<T, V>, value: impl Into<V>) -> Self {
        self.with(field.wire(), "=", to_value(&value.into()))
    }

    /// The field differs from the value (`!=`).
    pub fn ne<V: Serialize>(self, field: Field<T, V>, value: impl Into<V>) -> Self {
        self.with(field.wire(), "!=", to_value(&value.into()))
    }

    /// The field is greater than the value (`>`).
    pub fn gt<V: Serialize>(self, field: Field<T, V>, value: impl Into<V>) -> Self {
        self.with(field.wire(), ">", to_value(&value.into()))
    }

    /// The field is greater than or equal to the value (`>=`).
    pub fn gte<V: Serialize>(self, field: Field<T, V>, value: impl Into<V>) -> Self {
        self.with(field.wire(), ">=", to_value(&value.into()))
    }

    /// The field is less than the value (`<`).
    pub fn lt<V: Serialize>(self, field: Field<T, V>, value: impl Into<V>) -> Self {
        self.with(field.wire(), "<", to_value(&value.into()))
    }

    /// The field is less than or equal to the value (`<=`).
    pub fn lte<V: Serialize>(self, field: Field<T, V>, value: impl Into<V>) -> Self {
        self.with(field.wire(), "<=", to_value(&value.into()))
    }

    /// The field is one of the values (`in`).
    pub fn is_in<V: Serialize, I: Into<V>>(
        self,
        field: Field<T, V>,
        values: impl IntoIterator<Item = I>,
    ) -> Self {
        let values = values.into_iter().map(|v| to_value(&v.into())).collect();
        self.with(field.wire(), "in", Value::Array(values))
    }

    /// The field lies between the two values, both included (`between`).
    pub fn between<V: Serialize>(
        self,
        field: Field<T, V>,
        from: impl Into<V>,
        to: impl Into<V>,
    ) -> Self {
        let range = json!([to_value(&from.into()), to_value(&to.into())]);
        self.with(field.wire(), "between", range)
    }

    /// A group of conditions of which at least one must hold
    /// (`{"logic": "or", "conditions": [...]}`).
    pub fn any_of(mut self, group: Conditions<T>) -> Self {
        self.items
            .push(json!({ "logic": "or", "conditions": group.items }));
        self
    }

    /// A condition written as the page writes it, for fields the schema
    /// does not describe: `["ufCrm1", "=", 5]`, or a group object.
    pub fn raw(mut self, condition: impl Into<Value>) -> Self {
        self.items.push(condition.into());
        self
    }

    /// Whether it has no condition.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The conditions, in the order they were added, as sent.
    pub fn conditions(&self) -> &[Value] {
        &self.items
    }
}

fn to_value<V: Serialize>(value: &V) -> Value {
    // The schema's types (numbers, text, enums, dates) always serialize.
    serde_json::to_value(value).unwrap_or(Value::Null)
}

crate::macros::phantom_typed!(Conditions { items });

impl<T> fmt::Debug for Conditions<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(&self.items).finish()
    }
}

impl<T> Serialize for Conditions<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.items.serialize(serializer)
    }
}

impl<'de, T> Deserialize<'de> for Conditions<T> {
    /// A list of conditions: each a list (`[field, operator, value]` or
    /// `[field, value]`) or a group object.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let items = Vec::<Value>::deserialize(deserializer)?;
        if let Some((i, _)) = items
            .iter()
            .enumerate()
            .find(|(_, c)| !c.is_array() && !c.is_object())
        {
            return Err(serde::de::Error::custom(format_args!(
                "condition {i} is neither `[field, operator, value]` nor a group object"
            )));
        }
        Ok(Conditions {
            items,
            _of: PhantomData,
        })
    }
}

/// The `pagination` of a REST 3.0 list method: which page, of how many
/// items (50 unless `limit` says otherwise; at most 1000), or from which
/// offset. [`Client::list`](crate::Client::list) sets `offset` page after
/// page, and stops at a page shorter than the limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Pagination {
    /// The page number, from 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// How many items a page holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// How many items to skip; the portal works it out from `page` and
    /// `limit` when those are given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
}

impl Pagination {
    /// The size of a page when `limit` is not given.
    pub const DEFAULT_LIMIT: i64 = 50;

    /// The first page, of the default size.
    pub fn new() -> Self {
        Pagination::default()
    }

    /// Sets the page number.
    pub fn page(self, page: i64) -> Self {
        Pagination {
            page: Some(page),
            ..self
        }
    }

    /// Sets how many items a page holds.
    pub fn limit(self, limit: i64) -> Self {
        Pagination {
            limit: Some(limit),
            ..self
        }
    }

    /// Sets how many items to skip.
    pub fn offset(self, offset: i64) -> Self {
        Pagination {
            offset: Some(offset),
            ..self
        }
    }

    /// The pagination of the page at `offset` after `this` one (the
    /// request's, if it has one): the same limit, no page number.
    pub fn at(this: Option<&Pagination>, offset: i64) -> Pagination {
        Pagination {
            page: None,
            limit: this.and_then(|p| p.limit),
            offset: Some(offset),
        }
    }

    /// Where the page after the one `this` asks for starts, given that it
    /// held `len` items: a full page may have a successor; after a short
    /// one, the last, `None`.
    pub fn following(this: Option<&Pagination>, len: usize) -> Option<i64> {
        let limit = this
            .and_then(|p| p.limit)
            .unwrap_or(Self::DEFAULT_LIMIT)
            .max(1);
        let len = i64::try_from(len).ok()?;
        (len >= limit).then_some(Self::start(this) + len)
    }

    /// The offset of the page it asks for: `offset`, else the one `page`
    /// and `limit` give, else 0.
    pub fn start(this: Option<&Pagination>) -> i64 {
        match this {
            Some(Pagination {
                offset: Some(o), ..
            }) => *o,
            Some(Pagination {
                page: Some(page),
                limit,
                ..
            }) => (page - 1).max(0) * limit.unwrap_or(Self::DEFAULT_LIMIT),
            _ => 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Task;
    const ID: Field<Task, i64> = Field::new("id");

    #[test]
    fn conditions_read_back_what_they_send() {
        let sent = Conditions::new().between(ID, 1, 9).ne(ID, 5);
        let text = serde_json::to_string(&sent).unwrap();
        assert_eq!(text, r#"[["id","between",[1,9]],["id","!=",5]]"#);
        let back: Conditions<Task> = serde_json::from_str(&text).unwrap();
        assert_eq!(back, sent);
        let bad = serde_json::from_str::<Conditions<Task>>(r#"[["id", 1], 7]"#).unwrap_err();
        assert!(bad.to_string().contains("condition 1"), "{bad}");
    }

    #[test]
    fn pages_follow_while_they_are_full() {
        assert_eq!(Pagination::following(None, 50), Some(50));
        assert_eq!(
            Pagination::following(Some(&Pagination::new().offset(50)), 49),
            None
        );
        let hundred = Pagination::new().limit(100);
        let second = Pagination::at(Some(&hundred), 100);
        assert_eq!(Pagination::following(Some(&second), 100), Some(200));
        assert_eq!(Pagination::following(Some(&second), 50), None);
        assert_eq!(
            Pagination::at(Some(&hundred.page(3)), 200),
            hundred.offset(200)
        );
        assert_eq!(Pagination::start(Some(&hundred.page(3))), 200);
        assert_eq!(Pagination::start(None), 0);
    }
}
