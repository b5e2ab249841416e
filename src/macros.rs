//! Macros the generated code invokes, so that what every method shares is
//! written once here instead of once per method in the generated file.
//!
//! Each macro's input is a Rust item with marker attributes, which keeps the
//! checked-in `generated/` copy formatted and readable like ordinary code.

/// A method's error enum, its error table and their trait impls.
///
/// ```text
/// method_error! {
///     /// docs of the enum
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
/// `Unknown`, [`MethodError`](crate::MethodError), `Display` and `Error`.
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
        $(#[doc = $doc])*
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[non_exhaustive]
        pub enum $name {
            $($(#[doc = $variant_doc])* $variant,)*
            /// A system error, which any method may return.
            System(crate::SystemError),
            /// A code this version of the crate does not know, as received.
            Unknown(String),
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
                    Self::Unknown(code) => code,
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
