// What bitrix24-codegen emits for schema/ beside it (tests/golden.rs).
// Refresh with `BLESS=1 cargo test -p bitrix24-codegen --test golden`.

/// Methods and types of the `im` scope.
///
/// Needs the cargo feature `im`.
#[cfg_attr(docsrs, doc(cfg(feature = "im")))]
pub mod im {
    /// Open or closed.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum ChatType {
        /// `OPEN`: Anyone may join.
        Open,
        /// `CHAT`: By invitation.
        Closed,
        /// `open-line`: A wire value with a dash.
        OpenLine,
        /// A value this version of the crate does not know, kept as received.
        Unknown(crate::UnknownValue),
    }
    impl ChatType {
        /// Every known value, in documentation order.
        pub const ALL: &'static [Self] = &[Self::Open, Self::Closed, Self::OpenLine];
        /// Reads a wire value; one the crate does not know becomes [`Self::Unknown`].
        pub fn from_wire(value: &str) -> Self {
            match value {
                "OPEN" => Self::Open,
                "CHAT" => Self::Closed,
                "open-line" => Self::OpenLine,
                other => Self::Unknown(crate::UnknownValue::new(other)),
            }
        }
        /// The value as sent on the wire.
        #[inline]
        pub fn as_str(&self) -> &str {
            match self {
                Self::Open => "OPEN",
                Self::Closed => "CHAT",
                Self::OpenLine => "open-line",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// Whether this is a value the crate does not know.
        #[inline]
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    crate::macros::enum_impls!(ChatType);
}
