// What bitrix24-codegen emits for schema/ beside it (tests/golden.rs).
// Refresh with `BLESS=1 cargo test -p bitrix24-codegen --test golden`.

/// A colour.
///
/// Documentation: <https://apidocs.bitrix24.com/api-reference/colors.html>
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Color {
    /// `RED` / `red`: Red.
    Red,
    /// `LIGHT_BLUE` / `lightBlue`: Light blue.
    LightBlue,
    /// `GREY` / `GREY`: The same text in both.
    Gray,
    /// A value this version of the crate does not know, kept as received.
    Unknown(crate::UnknownValue),
}
impl Color {
    /// Every known value, in documentation order.
    pub const ALL: &'static [Self] = &[Self::Red, Self::LightBlue, Self::Gray];
    /// Reads a wire value in any spelling (upper, camel); one the crate does not know becomes [`Self::Unknown`].
    pub fn from_wire(value: &str) -> Self {
        match value {
            "RED" | "red" => Self::Red,
            "LIGHT_BLUE" | "lightBlue" => Self::LightBlue,
            "GREY" => Self::Gray,
            other => Self::Unknown(crate::UnknownValue::new(other)),
        }
    }
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        self.upper()
    }
    /// The `upper` spelling (the default). An unknown value is returned as received.
    #[inline]
    pub fn upper(&self) -> &str {
        match self {
            Self::Red => "RED",
            Self::LightBlue => "LIGHT_BLUE",
            Self::Gray => "GREY",
            Self::Unknown(raw) => raw.as_str(),
        }
    }
    /// The `camel` spelling. An unknown value is returned as received.
    #[inline]
    pub fn camel(&self) -> &str {
        match self {
            Self::Red => "red",
            Self::LightBlue => "lightBlue",
            Self::Gray => "GREY",
            Self::Unknown(raw) => raw.as_str(),
        }
    }
    /// Whether this is a value the crate does not know.
    #[inline]
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
crate::macros::enum_impls!(Color);
