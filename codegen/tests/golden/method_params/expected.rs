// What bitrix24-codegen emits for schema/ beside it (tests/golden.rs).
// Refresh with `BLESS=1 cargo test -p bitrix24-codegen --test golden`.

/// Methods and types of the `im` scope.
///
/// Needs the cargo feature `im`.
#[cfg_attr(docsrs, doc(cfg(feature = "im")))]
pub mod im {
    /// A colour.
    ///
    /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/im-chat-send.html>
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum Color {
        /// `RED` / `red`: Red.
        Red,
        /// `LIGHT_BLUE` / `lightBlue`: Light blue.
        LightBlue,
        /// A value this version of the crate does not know, kept as received.
        Unknown(crate::UnknownValue),
    }
    impl Color {
        /// Every known value, in documentation order.
        pub const ALL: &'static [Self] = &[Self::Red, Self::LightBlue];
        /// Reads a wire value in any spelling (upper, camel); one the crate does not know becomes [`Self::Unknown`].
        pub fn from_wire(value: &str) -> Self {
            match value {
                "RED" | "red" => Self::Red,
                "LIGHT_BLUE" | "lightBlue" => Self::LightBlue,
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
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// The `camel` spelling. An unknown value is returned as received.
        #[inline]
        pub fn camel(&self) -> &str {
            match self {
                Self::Red => "red",
                Self::LightBlue => "lightBlue",
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
    /// How urgent a message is.
    ///
    /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/im-chat-send.html>
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum Priority {
        /// `NORMAL`: Normal.
        Normal,
        /// `HIGH`: High.
        High,
        /// A value this version of the crate does not know, kept as received.
        Unknown(crate::UnknownValue),
    }
    impl Priority {
        /// Every known value, in documentation order.
        pub const ALL: &'static [Self] = &[Self::Normal, Self::High];
        /// Reads a wire value; one the crate does not know becomes [`Self::Unknown`].
        pub fn from_wire(value: &str) -> Self {
            match value {
                "NORMAL" => Self::Normal,
                "HIGH" => Self::High,
                other => Self::Unknown(crate::UnknownValue::new(other)),
            }
        }
        /// The value as sent on the wire.
        #[inline]
        pub fn as_str(&self) -> &str {
            match self {
                Self::Normal => "NORMAL",
                Self::High => "HIGH",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// Whether this is a value the crate does not know.
        #[inline]
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    crate::macros::enum_impls!(Priority);
    /// The `im.chat.*` methods.
    pub mod chat {
        crate::macros::request! {
            /// Sends a message to a chat.
            ///
            /// The message is posted under the caller's name.
            ///
            /// Wire name `im.chat.send`, scope `im`. Who may call it: a chat member. Not idempotent: a call whose outcome is unknown must not be resent blindly. Auth: webhook, OAuth.
            #[method(
                "im.chat.send",
                "https://apidocs.bitrix24.com/api-reference/chats/im-chat-send.html",
                i64,
                SendError
            )]
            pub struct Send {
                /// The chat.
                #[param("CHAT_ID", req, none)]
                #[table(TyInfo::Integer, required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub chat_id: i64,
                /// The text. BB codes are allowed.
                #[param("MESSAGE", req, none)]
                #[table(TyInfo::String, required())]
                pub message: String,
                /// The dialog, instead of the chat.
                #[notes("Required unless `CHAT_ID` is given.")]
                #[param("DIALOG_ID", opt, into(String))]
                #[table(TyInfo::String)]
                pub dialog_id: Option<String>,
                /// The application's client id.
                #[notes("Required with OAuth auth.")]
                #[param("CLIENT_ID", opt, into(crate::Secret))]
                #[table(TyInfo::String, required_with(crate::schema::AuthMode::Oauth), secret())]
                pub client_id: Option<crate::Secret>,
                /// Whether it is a system message.
                #[notes("Default: `false`.")]
                #[param("SYSTEM", opt, plain(bool))]
                #[table(TyInfo::Boolean, default("false"))]
                pub system: Option<bool>,
                /// How urgent it is.
                #[notes(
                    "Default: `NORMAL`. Values beyond the listed ones are accepted too: send one with `from_wire`."
                )]
                #[param("PRIORITY", opt, plain(crate::im::Priority))]
                #[table(
                    TyInfo::Enum(
                        &EnumTy::new("Priority", &["NORMAL", "HIGH"]).unlisted(Unlisted::Accepted)
                    ),
                    default("NORMAL")
                )]
                pub priority: Option<crate::im::Priority>,
                /// The message colour, in camelCase.
                #[param("COLOR", opt(camel), plain(crate::im::Color))]
                #[table(TyInfo::Enum(&EnumTy::new("Color", &["red", "lightBlue"])))]
                pub color: Option<crate::im::Color>,
                /// Users to mention.
                #[param("MENTIONS", opt, strings)]
                #[table(TyInfo::List(&TyInfo::String))]
                pub mentions: Option<Vec<String>>,
            }
            pub static SEND_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "im",
                api: crate::schema::Api::V2,
                permissions: &["im"],
                summary: "Sends a message to a chat.",
                who: "a chat member",
                idempotent: false,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Integer,
                errors: &SEND_ERRORS,
                paging: None,
            };
            impl Send {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `chat_id` (`CHAT_ID`): The chat.
                /// - `message` (`MESSAGE`): The text. BB codes are allowed.
                #[inline]
                pub fn new(chat_id: i64, message: impl Into<String>) -> Self {
                    Self {
                        chat_id,
                        message: message.into(),
                        dialog_id: None,
                        client_id: None,
                        system: None,
                        priority: None,
                        color: None,
                        mentions: None,
                        extra: serde_json::Map::new(),
                    }
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                SEND_ERRORS,
                0,
                "im.chat.send",
                "https://apidocs.bitrix24.com/api-reference/chats/im-chat-send.html"
            )]
            pub enum SendError {}
        }
    }
}
