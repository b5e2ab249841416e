//! User fields (`UF_CRM_...`, `UF_...`): the fields a portal's
//! administrators add, which no page can describe. Every generated object
//! keeps them in its `extra` map; [`UserFields`] reads and writes them
//! typed, by a [`Field`] that names them once:
//!
//! ```
//! use bitrix24::{Field, UserFields};
//! # #[cfg(feature = "crm")] {
//! use bitrix24::crm::{Deal, DealFields};
//!
//! /// "Discount, %": a number field of this portal's deals.
//! const DISCOUNT: Field<Deal, f64> = Field::user("UF_CRM_DISCOUNT");
//!
//! let fields = DealFields::new().title("Big order").with_user_field(DISCOUNT, 12.5);
//! assert_eq!(fields.extra["UF_CRM_DISCOUNT"], 12.5);
//!
//! // Portals send numbers of user fields as strings; they read all the same.
//! let deal: Deal = serde_json::from_value(serde_json::json!({
//!     "ID": "7", "UF_CRM_DISCOUNT": "12.5"
//! })).unwrap();
//! assert_eq!(deal.user_field(DISCOUNT).unwrap().unwrap(), 12.5);
//! # }
//! ```
//!
//! The same `Field` filters, sorts and selects in list methods
//! (`Filter::new().gte(DISCOUNT, 10.0)`).

use crate::Field;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use std::fmt;

impl<T, V> Field<T, V> {
    /// A user field by its code: `UF_` and then anything
    /// (`UF_CRM_1700000000`, `UF_DEPARTMENT`), or, in the camelCase of the
    /// `crm.item.*` methods, `uf` and a capital (`ufCrm44_1721812915476`).
    ///
    /// # Panics
    ///
    /// When `name` starts with neither. In a `const` (the way to name a
    /// user field once), that is a compile error instead.
    pub const fn user(name: &'static str) -> Self {
        assert!(
            is_user_field(name),
            "a user field's code starts with `UF_` (or `uf` and a capital in crm.item.*)"
        );
        Field::new(name)
    }
}

/// Whether `name` is the code of a user field: `UF_` and then anything
/// (`UF_CRM_1700000000`), or, in the camelCase of the `crm.item.*` methods,
/// `uf` and a capital (`ufCrm44_1721812915476`). No page can list these,
/// so list methods take them in `filter`, `order` and `select` unchecked.
///
/// ```
/// assert!(bitrix24::is_user_field("UF_CRM_DISCOUNT"));
/// assert!(bitrix24::is_user_field("ufCrm2_1639669411830"));
/// assert!(!bitrix24::is_user_field("uf"));
/// assert!(!bitrix24::is_user_field("TITLE"));
/// ```
pub const fn is_user_field(name: &str) -> bool {
    let b = name.as_bytes();
    let upper = b.len() > 3 && b[0] == b'U' && b[1] == b'F' && b[2] == b'_';
    let camel = b.len() > 2 && b[0] == b'u' && b[1] == b'f' && b[2].is_ascii_uppercase();
    upper || camel
}

/// An object that keeps the fields the schema does not describe (its
/// `extra` map): every generated object type. Its methods read and write
/// user fields typed.
pub trait UserFields: Sized {
    /// The fields the schema does not describe, by wire name.
    fn extra(&self) -> &Map<String, Value>;

    /// The same, to change.
    fn extra_mut(&mut self) -> &mut Map<String, Value>;

    /// The value of a field the schema does not describe, read as `V`:
    /// `None` when the object does not have it (or has `null`, or the
    /// empty `""`/`false` portals send for an unset field of another type).
    /// Numbers and flags sent as strings (`"12.5"`; `"1"`, `"Y"`) are read as
    /// numbers and flags.
    fn user_field<T, V: DeserializeOwned>(
        &self,
        field: Field<T, V>,
    ) -> Option<Result<V, UserFieldError>> {
        let value = self.extra().get(field.wire())?;
        if value.is_null() {
            return None;
        }
        let direct = serde_json::from_value::<V>(value.clone());
        let error = match direct {
            Ok(v) => return Some(Ok(v)),
            Err(e) => e,
        };
        if let Some(text) = value.as_str().map(str::trim) {
            // `"12.5"` for a number: the text as JSON.
            if let Ok(v) = serde_json::from_str::<V>(text) {
                return Some(Ok(v));
            }
            // `"1"`/`"0"` and `"Y"`/`"N"` for a flag.
            let flag = match text {
                "1" | "Y" => Some(true),
                "0" | "N" => Some(false),
                _ => None,
            };
            if let Some(v) = flag.and_then(|b| serde_json::from_value::<V>(Value::Bool(b)).ok()) {
                return Some(Ok(v));
            }
        }
        if matches!(value, Value::Bool(false)) || value.as_str() == Some("") {
            return None;
        }
        Some(Err(UserFieldError {
            field: field.wire(),
            value: value.to_string(),
            reason: error.to_string(),
        }))
    }

    /// Sets a field the schema does not describe; sent with the object's
    /// other fields.
    fn with_user_field<T, V: Into<Value>>(mut self, field: Field<T, V>, value: V) -> Self {
        self.extra_mut()
            .insert(field.wire().to_owned(), value.into());
        self
    }
}

/// A user field's value is not of the type its [`Field`] says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserFieldError {
    field: &'static str,
    value: String,
    reason: String,
}

impl UserFieldError {
    /// The field's code.
    pub fn field(&self) -> &'static str {
        self.field
    }

    /// The value as the portal sent it, in JSON.
    pub fn value(&self) -> &str {
        &self.value
    }
}

impl fmt::Display for UserFieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "user field {}: cannot read {} as its type: {}",
            self.field, self.value, self.reason
        )
    }
}

impl std::error::Error for UserFieldError {}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[derive(Default)]
    struct Thing {
        extra: Map<String, Value>,
    }

    impl UserFields for Thing {
        fn extra(&self) -> &Map<String, Value> {
            &self.extra
        }
        fn extra_mut(&mut self) -> &mut Map<String, Value> {
            &mut self.extra
        }
    }

    const NUMBER: Field<Thing, f64> = Field::user("UF_NUMBER");
    const FLAG: Field<Thing, bool> = Field::user("UF_FLAG");
    const TAGS: Field<Thing, Vec<String>> = Field::user("UF_TAGS");
    const TEXT: Field<Thing, String> = Field::user("UF_TEXT");
    const PRICE: Field<Thing, crate::Money> = Field::user("ufCrm44_1721812915476");

    fn thing(extra: Value) -> Thing {
        let Value::Object(extra) = extra else {
            unreachable!()
        };
        Thing { extra }
    }

    #[test]
    fn values_read_typed_from_what_portals_send() {
        let t = thing(json!({
            "UF_NUMBER": "12.5", "UF_FLAG": "1", "UF_TAGS": ["a", "b"], "UF_TEXT": "12"
        }));
        assert_eq!(t.user_field(NUMBER), Some(Ok(12.5)));
        assert_eq!(t.user_field(FLAG), Some(Ok(true)));
        assert_eq!(t.user_field(TAGS), Some(Ok(vec!["a".into(), "b".into()])));
        // A text field keeps its digits as text.
        assert_eq!(t.user_field(TEXT), Some(Ok("12".into())));
    }

    #[test]
    fn absent_null_and_empty_values_are_none_and_others_an_error() {
        assert_eq!(Thing::default().user_field(NUMBER), None);
        assert_eq!(thing(json!({ "UF_NUMBER": null })).user_field(NUMBER), None);
        assert_eq!(thing(json!({ "UF_NUMBER": "" })).user_field(NUMBER), None);
        assert_eq!(thing(json!({ "UF_TAGS": false })).user_field(TAGS), None);
        assert_eq!(
            thing(json!({ "UF_TEXT": "" })).user_field(TEXT),
            Some(Ok(String::new()))
        );
        let e = thing(json!({ "UF_NUMBER": "lots" }))
            .user_field(NUMBER)
            .unwrap()
            .unwrap_err();
        assert_eq!((e.field(), e.value()), ("UF_NUMBER", "\"lots\""));
        assert!(
            e.to_string()
                .starts_with("user field UF_NUMBER: cannot read \"lots\""),
            "{e}"
        );
    }

    #[test]
    fn money_fields_read_and_set_as_the_portal_writes_them() {
        let t = thing(json!({ "ufCrm44_1721812915476": "300|RUB" }));
        let price = t.user_field(PRICE).unwrap().unwrap();
        assert_eq!((price.amount(), price.currency()), (300.0, "RUB"));
        let t = Thing::default().with_user_field(PRICE, crate::Money::new(5.5, "USD").unwrap());
        assert_eq!(t.extra["ufCrm44_1721812915476"], "5.5|USD");
    }

    #[test]
    fn values_are_set_in_extra() {
        let t = Thing::default()
            .with_user_field(NUMBER, 3.5)
            .with_user_field(TAGS, vec!["x".to_owned()]);
        assert_eq!(
            Value::Object(t.extra),
            json!({ "UF_NUMBER": 3.5, "UF_TAGS": ["x"] })
        );
    }
}
