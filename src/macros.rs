//! Macros the generated code invokes, so that what every method shares is
//! written once here instead of once per method in the generated file.
//!
//! Each macro's input is a Rust item with marker attributes, which keeps the
//! checked-in `generated/` copy formatted and readable like ordinary code.

/// A method's error enum, its error table and their trait impls.
///
/// ```text
/// method_error! {
///     /// more docs of the enum, if any
///     #[errors(ADD_ERRORS, 1, "im.chat.add", "https://apidocs.bitrix24.com/...")]
///     pub enum AddError {
///         /// docs of the variant
///         UsersEmpty = code("USERS_EMPTY", Some(400), "Empty users list", "meaning").legacy(),
///     }
/// }
/// ```
///
/// Each variant's `code(code, status, message, meaning)` and the flags after
/// it (`.retry_safe()`, `.legacy()`) become its row of the table, an
/// [`ErrorInfo`](crate::schema::ErrorInfo); the enum also gets `System` and
/// `Unknown`, [`MethodError`](crate::MethodError), `Display` and `Error`,
/// and the enum and the table their docs with the link to the method's page.
macro_rules! method_error {
    (
        $(#[doc = $doc:literal])*
        #[errors($table:ident, $count:literal, $wire:literal, $url:literal)]
        pub enum $name:ident {
            $(
                $(#[doc = $variant_doc:literal])*
                $variant:ident = code($code:literal $(, $arg:expr)* $(,)?) $(.$flag:ident())*,
            )*
        }
    ) => {
        #[doc = concat!(" An error code `", $wire, "` can return: its own codes, the system codes every method shares, or a code this crate does not know yet.")]
        $(#[doc = $doc])*
        #[doc = ""]
        #[doc = concat!(" Documentation: <", $url, ">")]
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[non_exhaustive]
        pub enum $name {
            $($(#[doc = $variant_doc])* $variant,)*
            /// A system error, which any method may return.
            System(crate::SystemError),
            /// A code this version of the crate does not know, as received.
            Unknown(crate::UnknownValue),
        }

        #[doc = concat!("The error table of `", $wire, "`, in documentation order.\n\nDocumentation: <", $url, ">")]
        pub static $table: [crate::schema::ErrorInfo; $count] =
            [$(crate::schema::ErrorInfo::new($code $(, $arg)*) $(.$flag())*),*];

        impl crate::MethodError for $name {
            fn from_code(code: &str) -> Self {
                match code {
                    $($code => Self::$variant,)*
                    _ => match <crate::SystemError as crate::MethodError>::from_code(code) {
                        crate::SystemError::Unknown(code) => Self::Unknown(code),
                        system => Self::System(system),
                    },
                }
            }

            fn code(&self) -> &str {
                match self {
                    $(Self::$variant => $code,)*
                    Self::System(system) => system.code(),
                    Self::Unknown(code) => code.as_str(),
                }
            }

            fn info(&self) -> Option<&'static crate::schema::ErrorInfo> {
                match self {
                    Self::System(system) => system.info(),
                    Self::Unknown(_) => None,
                    #[allow(unreachable_patterns)]
                    own => $table.iter().find(|info| info.code == own.code()),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::schema::describe_error(self, f)
            }
        }

        impl std::error::Error for $name {}
    };
}

pub(crate) use method_error;

/// The trait impls every generated enum shares, over its `from_wire` and
/// `as_str`: `Display`, `FromStr` (never fails: an unknown value is kept),
/// and serde in the wire form.
// A build whose scopes declare no enum (`--features event` alone) uses none.
#[allow(unused_macros)]
macro_rules! enum_impls {
    ($name:ident) => {
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::convert::Infallible;
            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Ok(Self::from_wire(value))
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                crate::wire::deserialize_enum(deserializer, Self::from_wire)
            }
        }

        impl crate::de::Lax for $name {}
    };
}

#[allow(unused_imports)]
pub(crate) use enum_impls;

/// A method's request type: the struct, its setters and `param`, `Method`
/// and `Serialize`.
///
/// ```text
/// request! {
///     /// docs of the request
///     #[method("im.chat.add", ADD_INFO, i64, AddError)]
///     #[derive(Default)]                    // other attributes pass through
///     pub struct Add {
///         /// docs of the field and of its setter
///         #[notes("Default: `[]`.")]       // optional: a paragraph for rustdoc only
///         #[param("USERS", opt, iter(i64))]
///         #[table(TyInfo::List(&TyInfo::Integer), default("[]"))]
///         #[serde(default)]                 // field attributes pass through
///         pub users: Option<Vec<i64>>,
///     }
///     pub static ADD_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
///         scope: "im", /* the rest but name, docs_url and params */
///     };
///     impl Add { /* new(), joined setters: any items pass through */ }
/// }
/// ```
///
/// `#[param(wire, send, set)]` gives the wire name (serde reads the field
/// under it), how [`entry!`] sends the field and which [`setter!`] sets it.
/// `#[table(type, flags)]` gives the field's row of the method table: its
/// [`TyInfo`](crate::schema::TyInfo) (written with `TyInfo`, `EnumTy` and
/// `Unlisted` in scope) and the
/// [`ParamInfo`](crate::schema::ParamInfo) methods to apply (`required()`,
/// `default("0")`, ...); the row's doc is the field's doc.
macro_rules! request {
    (
        $(#[doc = $doc:literal])*
        #[method($wire:literal, $url:literal, $output:ty, $error:ident)]
        $(#[$attr:meta])*
        pub struct $name:ident {
            $(
                $(#[doc = $field_doc:literal])*
                $(#[notes($notes:literal)])?
                #[param($field_wire:literal, $send:ident $(($accessor:ident))?, $set:ident $(($($set_ty:tt)*))?)]
                #[table($table_ty:expr $(, $flag:ident($($flag_arg:expr),*))*)]
                $(#[$field_attr:meta])*
                $vis:vis $field:ident: $field_ty:ty,
            )*
        }
        pub static $info:ident: $info_ty:ty = crate::schema::MethodInfo { $($info_field:tt)* };
        $($rest:item)*
    ) => {
        $(#[doc = $doc])*
        #[doc = ""]
        #[doc = concat!(" Documentation: <", $url, ">")]
        #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
        $(#[$attr])*
        #[non_exhaustive]
        pub struct $name {
            $(
                $(#[doc = $field_doc])*
                $(#[doc = ""] #[doc = concat!(" ", $notes)])?
                #[doc = ""]
                #[doc = concat!(" Wire name: `", $field_wire, "`.")]
                #[serde(rename = $field_wire)]
                $(#[$field_attr])*
                $vis $field: $field_ty,
            )*
            /// Parameters the schema does not describe, sent as given after the
            /// typed ones. Set them with [`Self::param`].
            #[serde(flatten)]
            pub extra: serde_json::Map<String, serde_json::Value>,
        }

        impl $name {
            $(crate::macros::setter!(
                $field,
                $set $(($($set_ty)*))?,
                $(#[doc = $field_doc])*
                $(#[doc = ""] #[doc = concat!(" ", $notes)])?
                #[doc = ""]
                #[doc = concat!(" Wire name: `", $field_wire, "`.")]
            );)*

            /// Adds a parameter the schema does not describe (for example one an
            /// older portal still accepts). It is sent as given. A name the
            /// schema does describe replaces the typed value: the parameter is
            /// sent once, with this value.
            #[inline]
            pub fn param(mut self, name: impl Into<String>, value: impl Into<serde_json::Value>) -> Self {
                self.extra.insert(name.into(), value.into());
                self
            }
        }

        impl crate::Method for $name {
            const NAME: &'static str = $wire;
            const INFO: &'static crate::schema::MethodInfo = &$info;
            type Output = $output;
            type Error = $error;
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                use serde::ser::SerializeMap as _;
                let mut map = serializer.serialize_map(None)?;
                // A name also given through `param` is sent once, from there.
                $(if self.extra.is_empty() || !self.extra.contains_key($field_wire) {
                    crate::macros::entry!(map, self.$field, $field_wire, $send $(($accessor))?);
                })*
                for (name, value) in &self.extra {
                    map.serialize_entry(name, value)?;
                }
                map.end()
            }
        }

        #[doc = concat!(" What the schema says about `", $wire, "`: its params, result and errors.")]
        #[doc = ""]
        #[doc = concat!(" Documentation: <", $url, ">")]
        pub static $info: $info_ty = {
            #[allow(unused_imports)]
            use crate::schema::{EnumTy, TyInfo, Unlisted};
            crate::schema::MethodInfo {
                name: $wire,
                docs_url: $url,
                params: &[$(
                    crate::schema::ParamInfo::new($field_wire, $table_ty, crate::macros::table_doc!($($field_doc)*))
                        $(.$flag($($flag_arg),*))*
                ),*],
                $($info_field)*
            }
        };

        $($rest)*
    };
}

pub(crate) use request;

/// An object type: the struct (marked `#[object(TABLE)]`), its setters (none
/// for a type no request carries: every field's setter is `none`), its
/// `Serialize` and `TABLE`, the [`StructTy`](crate::schema::StructTy) that
/// describes its fields. Fields are written as for [`request!`]; items after
/// the struct pass through.
macro_rules! object {
    (
        $(#[doc = $doc:literal])*
        #[object($table:ident)]
        $(#[$attr:meta])*
        pub struct $name:ident {
            $(
                $(#[doc = $field_doc:literal])*
                $(#[notes($notes:literal)])?
                #[param($field_wire:literal, $send:ident $(($accessor:ident))?, $set:ident $(($($set_ty:tt)*))?)]
                #[table($table_ty:expr $(, $flag:ident($($flag_arg:expr),*))*)]
                $(#[$field_attr:meta])*
                $vis:vis $field:ident: $field_ty:ty,
            )*
        }
        $($rest:item)*
    ) => {
        $(#[doc = $doc])*
        #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
        $(#[$attr])*
        #[non_exhaustive]
        pub struct $name {
            $(
                $(#[doc = $field_doc])*
                $(#[doc = ""] #[doc = concat!(" ", $notes)])?
                #[doc = ""]
                #[doc = concat!(" Wire name: `", $field_wire, "`.")]
                #[serde(rename = $field_wire)]
                $(#[$field_attr])*
                $vis $field: $field_ty,
            )*
            /// Fields the schema does not describe, as the portal sent them
            /// (newer fields, user fields `UF_*`): `extra.get("NAME")`.
            /// Sent back as they are.
            #[serde(flatten)]
            pub extra: serde_json::Map<String, serde_json::Value>,
        }

        impl crate::de::Lax for $name {}

        impl crate::UserFields for $name {
            fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
                &self.extra
            }
            fn extra_mut(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
                &mut self.extra
            }
        }

        #[doc = concat!(" What the schema says about [`", stringify!($name), "`]: its fields.")]
        pub static $table: crate::schema::StructTy = {
            #[allow(unused_imports)]
            use crate::schema::{EnumTy, TyInfo, Unlisted};
            crate::schema::StructTy::new(stringify!($name), &[$(
                crate::schema::ParamInfo::new($field_wire, $table_ty, crate::macros::table_doc!($($field_doc)*))
                    $(.$flag($($flag_arg),*))*
            ),*])
        };

        impl $name {
            $(crate::macros::setter!(
                $field,
                $set $(($($set_ty)*))?,
                $(#[doc = $field_doc])*
                $(#[doc = ""] #[doc = concat!(" ", $notes)])?
                #[doc = ""]
                #[doc = concat!(" Wire name: `", $field_wire, "`.")]
            );)*
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                use serde::ser::SerializeMap as _;
                let mut map = serializer.serialize_map(None)?;
                $(crate::macros::entry!(map, self.$field, $field_wire, $send $(($accessor))?);)*
                for (name, value) in &self.extra {
                    map.serialize_entry(name, value)?;
                }
                map.end()
            }
        }

        $($rest)*
    };
}

pub(crate) use object;

/// The setter of one optional field, by the argument it takes: `plain(T)`
/// (a `T`), `into(T)` (anything `Into<T>`), `iter(T)` (items of a list),
/// `strings` (a list of anything `Into<String>`), `map(T)` (key-value
/// pairs), `null(T)` (an `Option<T>`, `None` sending `null`); `none` for a
/// field set by `new()` or a joined setter.
///
/// The struct-update form (`Self { x, ..self }`) instead of `self.x = ..;
/// self` lets LLVM build the request in place (BENCHMARKS.md), and
/// `#[inline]` lets the non-generic setters inline across crates.
macro_rules! setter {
    ($field:ident, none, $(#[$doc:meta])*) => {};
    ($field:ident, plain($ty:ty), $(#[$doc:meta])*) => {
        $(#[$doc])*
        #[inline]
        pub fn $field(self, $field: $ty) -> Self {
            Self { $field: Some($field), ..self }
        }
    };
    ($field:ident, into($ty:ty), $(#[$doc:meta])*) => {
        $(#[$doc])*
        #[inline]
        pub fn $field(self, $field: impl Into<$ty>) -> Self {
            Self { $field: Some($field.into()), ..self }
        }
    };
    ($field:ident, iter($ty:ty), $(#[$doc:meta])*) => {
        $(#[$doc])*
        #[inline]
        pub fn $field(self, $field: impl IntoIterator<Item = $ty>) -> Self {
            Self { $field: Some($field.into_iter().collect()), ..self }
        }
    };
    ($field:ident, strings, $(#[$doc:meta])*) => {
        $(#[$doc])*
        #[inline]
        pub fn $field(self, $field: impl IntoIterator<Item = impl Into<String>>) -> Self {
            Self { $field: Some($field.into_iter().map(Into::into).collect()), ..self }
        }
    };
    ($field:ident, map($ty:ty), $(#[$doc:meta])*) => {
        $(#[$doc])*
        #[inline]
        pub fn $field(self, $field: impl IntoIterator<Item = (impl Into<String>, $ty)>) -> Self {
            Self {
                $field: Some($field.into_iter().map(|(key, value)| (key.into(), value)).collect()),
                ..self
            }
        }
    };
    ($field:ident, null($ty:ty), $(#[$doc:meta])*) => {
        $(#[$doc])*
        ///
        /// `None` sends `null`.
        #[inline]
        pub fn $field(self, $field: Option<$ty>) -> Self {
            Self { $field: Some($field), ..self }
        }
    };
}

pub(crate) use setter;

/// Sends one field: `req` (always), `opt` (when set); with `(spelling)`, an
/// enum in that spelling; `req_null(spelling)` / `opt_null(spelling)` for an
/// `Option` of such an enum that may be sent as `null`.
macro_rules! entry {
    ($map:ident, $value:expr, $wire:literal, req) => {
        $map.serialize_entry($wire, &$value)?
    };
    ($map:ident, $value:expr, $wire:literal, opt) => {
        if let Some(value) = &$value {
            $map.serialize_entry($wire, value)?;
        }
    };
    ($map:ident, $value:expr, $wire:literal, req($spelling:ident)) => {
        $map.serialize_entry($wire, $value.$spelling())?
    };
    ($map:ident, $value:expr, $wire:literal, opt($spelling:ident)) => {
        if let Some(value) = &$value {
            $map.serialize_entry($wire, value.$spelling())?;
        }
    };
    ($map:ident, $value:expr, $wire:literal, req_null($spelling:ident)) => {
        $map.serialize_entry($wire, &$value.as_ref().map(|value| value.$spelling()))?
    };
    ($map:ident, $value:expr, $wire:literal, opt_null($spelling:ident)) => {
        if let Some(value) = &$value {
            $map.serialize_entry($wire, &value.as_ref().map(|value| value.$spelling()))?;
        }
    };
}

pub(crate) use entry;

/// A table row's doc from a field's doc attributes: the one attribute the
/// generator writes in `OUT_DIR`, without its leading space (`///` lines,
/// as in the checked-in copy, each keep theirs).
macro_rules! table_doc {
    () => {
        ""
    };
    ($doc:literal) => {
        $doc.trim_ascii()
    };
    ($($doc:literal)*) => {
        concat!($($doc, "\n"),*)
    };
}

pub(crate) use table_doc;

/// `Default`, `Clone` and `PartialEq` for a collection typed by a phantom
/// `T` (`Filter<T>`, `Order<T>`, `Select<T>`, `Conditions<T>`): derived
/// impls would ask the same of `T`, which is only a marker.
///
/// ```text
/// phantom_typed!(Filter { conditions });
/// ```
macro_rules! phantom_typed {
    ($name:ident { $items:ident }) => {
        impl<T> Default for $name<T> {
            fn default() -> Self {
                $name::new()
            }
        }

        impl<T> Clone for $name<T> {
            fn clone(&self) -> Self {
                $name {
                    $items: self.$items.clone(),
                    _of: PhantomData,
                }
            }
        }

        impl<T> PartialEq for $name<T> {
            fn eq(&self, other: &Self) -> bool {
                self.$items == other.$items
            }
        }
    };
}

pub(crate) use phantom_typed;
