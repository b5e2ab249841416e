//! The type of a param, a field or a result, as data: the schema's type
//! grammar (`integer`, `[User]`, `{File}`, `Color|null`, `string|false`,
//! `integer|string`, named enums and objects) in a form programs read
//! without parsing text.

use super::{ParamInfo, Unlisted};
use std::fmt;

/// A type of the schema, as the generator resolved it.
///
/// Named types carry what a reader needs: an enum its wire values (in the
/// spelling of the param that uses it), an object its fields. `Display`
/// writes the type as the schema does (`[integer]`, `Color|null`).
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub enum TyInfo {
    /// `integer`: a whole number (the portal often sends it as a string).
    Integer,
    /// `double`: a number with a fraction.
    Double,
    /// `string`: text.
    String,
    /// `boolean`: `true` or `false` (`Y`/`N` on many pages).
    Boolean,
    /// `file`: file content as base64 text.
    File,
    /// `date`: a calendar date, `2024-04-19` ([`crate::Date`]).
    Date,
    /// `datetime`: a moment with its UTC offset,
    /// `2024-04-19T12:00:00+03:00` ([`crate::DateTime`]).
    DateTime,
    /// `file_data`: a file as `{"fileData": [name, base64]}`
    /// ([`crate::FileData`]).
    FileData,
    /// `file_pair`: a file as `[name, base64]` ([`crate::FilePair`]).
    FilePair,
    /// `object`: a JSON object with no documented shape.
    Object,
    /// `pagination`: the pages of a REST 3.0 list, `{page, limit, offset}`
    /// ([`crate::Pagination`]).
    Pagination,
    /// `any`: any JSON value.
    Any,
    /// `[T]`: a list.
    List(&'static TyInfo),
    /// `{T}`: an object whose keys are data (ids) and whose values are `T`.
    Map(&'static TyInfo),
    /// `T|null`: may be null.
    Nullable(&'static TyInfo),
    /// `T|false`: a `T`, or `false` where the portal has none.
    OrFalse(&'static TyInfo),
    /// `A|B`: one of several shapes.
    Union(&'static [TyInfo]),
    /// A named enum.
    Enum(&'static EnumTy),
    /// A named object with documented fields.
    Struct(&'static StructTy),
    /// `filter(T)`: a list method's filter over the fields of `T`, an
    /// object whose keys are field names after an operator prefix (`>=`,
    /// `@`, `%`...).
    Filter(&'static StructTy),
    /// `order(T)`: an object of fields of `T` to `ASC` or `DESC`.
    Order(&'static StructTy),
    /// `select(T)`: a list of field names of `T` (`*` and `UF_*` too).
    Select(&'static StructTy),
    /// `conditions(T)`: a REST 3.0 filter over the fields of `T`, a list of
    /// `[field, operator, value]` and `{"logic": "or", "conditions": [..]}`
    /// ([`crate::Conditions`]).
    Conditions(&'static StructTy),
}

/// A named enum type as one param uses it.
#[derive(Debug, PartialEq)]
#[non_exhaustive]
pub struct EnumTy {
    /// The type's name in the schema: `Color`.
    pub name: &'static str,
    /// The wire values, in the spelling the param uses.
    pub values: &'static [&'static str],
    /// What the portal does with a value not in `values`.
    pub unlisted: Unlisted,
}

/// A named object type and its fields.
#[derive(Debug)]
#[non_exhaustive]
pub struct StructTy {
    /// The type's name in the schema: `ChatFields`.
    pub name: &'static str,
    /// Its documented fields, in documentation order.
    pub fields: &'static [ParamInfo],
}

impl PartialEq for StructTy {
    /// The same type: one table per type, so compared by name and identity
    /// of the fields (a recursive type's fields refer to itself).
    fn eq(&self, other: &StructTy) -> bool {
        self.name == other.name && std::ptr::eq(self.fields, other.fields)
    }
}

impl EnumTy {
    /// An enum whose unlisted values the portal refuses; [`EnumTy::unlisted`]
    /// says otherwise.
    pub const fn new(name: &'static str, values: &'static [&'static str]) -> Self {
        EnumTy {
            name,
            values,
            unlisted: Unlisted::Refused,
        }
    }

    /// Sets what the portal does with a value not in its values.
    pub const fn unlisted(self, unlisted: Unlisted) -> Self {
        EnumTy { unlisted, ..self }
    }
}

impl StructTy {
    /// An object type with its fields.
    pub const fn new(name: &'static str, fields: &'static [ParamInfo]) -> Self {
        StructTy { name, fields }
    }
}

impl TyInfo {
    /// The type without the `|null` and `|false` around it.
    pub fn base(&self) -> &TyInfo {
        match self {
            TyInfo::Nullable(inner) | TyInfo::OrFalse(inner) => inner.base(),
            other => other,
        }
    }

    /// Whether `null` is a value of this type.
    pub fn is_nullable(&self) -> bool {
        match self {
            TyInfo::Nullable(_) | TyInfo::Any => true,
            TyInfo::OrFalse(inner) => inner.is_nullable(),
            TyInfo::Union(members) => members.iter().any(TyInfo::is_nullable),
            _ => false,
        }
    }

    /// The enum this type is, or lists (`[Color]`), if any.
    pub fn enum_ty(&self) -> Option<&'static EnumTy> {
        match self.base() {
            TyInfo::Enum(e) => Some(e),
            TyInfo::List(inner) => inner.enum_ty(),
            _ => None,
        }
    }

    /// The wire values of the enum this type is or lists; empty for other
    /// types.
    pub fn values(&self) -> &'static [&'static str] {
        self.enum_ty().map_or(&[], |e| e.values)
    }

    /// The fields of the object this type is, or lists; empty for other
    /// types.
    pub fn fields(&self) -> &'static [ParamInfo] {
        match self.base() {
            TyInfo::Struct(s) => s.fields,
            TyInfo::List(inner) | TyInfo::Map(inner) => inner.fields(),
            _ => &[],
        }
    }
}

impl fmt::Display for TyInfo {
    /// The type as the schema writes it: `[integer]`, `{File}`,
    /// `Color|null`, `integer|string`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TyInfo::Integer => f.write_str("integer"),
            TyInfo::Double => f.write_str("double"),
            TyInfo::String => f.write_str("string"),
            TyInfo::Boolean => f.write_str("boolean"),
            TyInfo::File => f.write_str("file"),
            TyInfo::Date => f.write_str("date"),
            TyInfo::DateTime => f.write_str("datetime"),
            TyInfo::FileData => f.write_str("file_data"),
            TyInfo::FilePair => f.write_str("file_pair"),
            TyInfo::Object => f.write_str("object"),
            TyInfo::Pagination => f.write_str("pagination"),
            TyInfo::Any => f.write_str("any"),
            TyInfo::List(inner) => write!(f, "[{inner}]"),
            TyInfo::Map(inner) => write!(f, "{{{inner}}}"),
            TyInfo::Nullable(inner) => write!(f, "{inner}|null"),
            TyInfo::OrFalse(inner) => write!(f, "{inner}|false"),
            TyInfo::Union(members) => {
                for (i, member) in members.iter().enumerate() {
                    if i > 0 {
                        f.write_str("|")?;
                    }
                    write!(f, "{member}")?;
                }
                Ok(())
            }
            TyInfo::Enum(e) => f.write_str(e.name),
            TyInfo::Struct(s) => f.write_str(s.name),
            TyInfo::Filter(s) => write!(f, "filter({})", s.name),
            TyInfo::Order(s) => write!(f, "order({})", s.name),
            TyInfo::Select(s) => write!(f, "select({})", s.name),
            TyInfo::Conditions(s) => write!(f, "conditions({})", s.name),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static COLOR: EnumTy = EnumTy::new("Color", &["RED", "PINK"]);
    static POINT: StructTy = StructTy::new(
        "Point",
        &[
            ParamInfo::new("X", TyInfo::Integer, ""),
            ParamInfo::new("NEXT", TyInfo::Nullable(&TyInfo::Struct(&POINT)), ""),
        ],
    );

    #[test]
    fn types_print_as_the_schema_writes_them() {
        static CASES: [(TyInfo, &str); 11] = [
            (TyInfo::Date, "date"),
            (TyInfo::FileData, "file_data"),
            (TyInfo::List(&TyInfo::FilePair), "[file_pair]"),
            (TyInfo::Nullable(&TyInfo::DateTime), "datetime|null"),
            (TyInfo::List(&TyInfo::Integer), "[integer]"),
            (TyInfo::Map(&TyInfo::File), "{file}"),
            (TyInfo::Nullable(&TyInfo::Enum(&COLOR)), "Color|null"),
            (TyInfo::OrFalse(&TyInfo::String), "string|false"),
            (
                TyInfo::Union(&[TyInfo::Integer, TyInfo::String]),
                "integer|string",
            ),
            (
                TyInfo::Nullable(&TyInfo::Union(&[TyInfo::Integer, TyInfo::Struct(&POINT)])),
                "integer|Point|null",
            ),
            (TyInfo::List(&TyInfo::Struct(&POINT)), "[Point]"),
        ];
        for (ty, text) in &CASES {
            assert_eq!(ty.to_string(), *text);
        }
    }

    #[test]
    fn readers_reach_values_and_fields_through_lists_and_null() {
        static COLORS: TyInfo = TyInfo::Nullable(&TyInfo::List(&TyInfo::Enum(&COLOR)));
        let colors = COLORS;
        assert_eq!(colors.values(), ["RED", "PINK"]);
        assert!(colors.is_nullable());
        static POINTS: TyInfo = TyInfo::List(&TyInfo::Struct(&POINT));
        let points = POINTS;
        assert_eq!(points.fields().len(), 2);
        // A recursive type is one table: its field refers back to it.
        assert_eq!(points.fields()[1].ty.fields()[0].name, "X");
        assert_eq!(TyInfo::Integer.values(), [] as [&str; 0]);
        assert!(!TyInfo::OrFalse(&TyInfo::Integer).is_nullable());
    }
}
