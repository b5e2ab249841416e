//! The value parsers of the typed flags: each value converted by its
//! schema type (or split into a joined pair), and a refused value kept as
//! a message instead of stopping clap, so that every bad flag of a run is
//! reported at once.

use crate::command::JoinedFlag;
use bitrix24::schema::TyInfo;
use clap::builder::{PossibleValue, TypedValueParser};
use clap::{Arg, Command};

/// The value parser of a typed flag: the schema type's conversion, with
/// enum values offered to help and shell completion.
#[derive(Clone)]
pub(crate) struct SchemaValue(pub(crate) TyInfo);

impl TypedValueParser for SchemaValue {
    type Value = Parsed<serde_json::Value>;

    fn parse_ref(
        &self,
        _cmd: &Command,
        arg: Option<&Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<Self::Value, clap::Error> {
        Ok(Parsed::new(arg, value, |text| {
            crate::ty::from_flag(&self.0, text)
        }))
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        let values = self.0.values();
        if values.is_empty() {
            None
        } else {
            Some(Box::new(values.iter().map(|v| PossibleValue::new(*v))))
        }
    }
}

/// The value parser of a joined flag: `KIND:ID` into the two params' values.
#[derive(Clone)]
pub(crate) struct JoinedValue(pub(crate) JoinedFlag);

impl TypedValueParser for JoinedValue {
    type Value = Parsed<(serde_json::Value, serde_json::Value)>;

    fn parse_ref(
        &self,
        _cmd: &Command,
        arg: Option<&Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<Self::Value, clap::Error> {
        Ok(Parsed::new(arg, value, |text| self.0.parse(text)))
    }
}

/// A flag's value, or the message saying why it is not one. clap stops at
/// the first value it refuses; keeping the refusal here lets `call::gather`
/// report every bad flag of a run at once.
#[derive(Debug, Clone)]
pub struct Parsed<T>(pub Result<T, String>);

impl<T> Parsed<T> {
    fn new(
        arg: Option<&Arg>,
        value: &std::ffi::OsStr,
        convert: impl FnOnce(&str) -> Result<T, String>,
    ) -> Parsed<T> {
        let flag = arg.map_or_else(|| "the value".to_owned(), |a| format!("'{a}'"));
        let shown = value.to_string_lossy();
        Parsed(match value.to_str() {
            Some(text) => {
                convert(text).map_err(|e| format!("invalid value '{shown}' for {flag}: {e}"))
            }
            None => Err(format!(
                "invalid value '{shown}' for {flag}: not UTF-8 text"
            )),
        })
    }
}
