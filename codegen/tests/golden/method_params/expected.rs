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
        Unknown(String),
    }
    impl Color {
        /// Every known value, in documentation order.
        pub const ALL: &'static [Self] = &[Self::Red, Self::LightBlue];
        /// Reads a wire value in any spelling (upper, camel); one the crate does not know becomes [`Self::Unknown`].
        pub fn from_wire(value: &str) -> Self {
            match value {
                "RED" | "red" => Self::Red,
                "LIGHT_BLUE" | "lightBlue" => Self::LightBlue,
                other => Self::Unknown(other.to_owned()),
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
                Self::Unknown(raw) => raw,
            }
        }
        /// The `camel` spelling. An unknown value is returned as received.
        #[inline]
        pub fn camel(&self) -> &str {
            match self {
                Self::Red => "red",
                Self::LightBlue => "lightBlue",
                Self::Unknown(raw) => raw,
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
        Unknown(String),
    }
    impl Priority {
        /// Every known value, in documentation order.
        pub const ALL: &'static [Self] = &[Self::Normal, Self::High];
        /// Reads a wire value; one the crate does not know becomes [`Self::Unknown`].
        pub fn from_wire(value: &str) -> Self {
            match value {
                "NORMAL" => Self::Normal,
                "HIGH" => Self::High,
                other => Self::Unknown(other.to_owned()),
            }
        }
        /// The value as sent on the wire.
        #[inline]
        pub fn as_str(&self) -> &str {
            match self {
                Self::Normal => "NORMAL",
                Self::High => "HIGH",
                Self::Unknown(raw) => raw,
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
                #[serde(deserialize_with = "crate::de::lax")]
                pub chat_id: i64,
                /// The text. BB codes are allowed.
                #[param("MESSAGE", req, none)]
                pub message: String,
                /// The dialog, instead of the chat.
                ///
                /// Required unless `CHAT_ID` is given.
                #[param("DIALOG_ID", opt, into(String))]
                pub dialog_id: Option<String>,
                /// The application's client id.
                ///
                /// Required with OAuth auth.
                #[param("CLIENT_ID", opt, into(crate::Secret))]
                pub client_id: Option<crate::Secret>,
                /// Whether it is a system message.
                ///
                /// Default: `false`.
                #[param("SYSTEM", opt, plain(bool))]
                pub system: Option<bool>,
                /// How urgent it is.
                ///
                /// Default: `NORMAL`. Values beyond the listed ones are accepted too: send one with `from_wire`.
                #[param("PRIORITY", opt, plain(crate::im::Priority))]
                pub priority: Option<crate::im::Priority>,
                /// The message colour, in camelCase.
                #[param("COLOR", opt(camel), plain(crate::im::Color))]
                pub color: Option<crate::im::Color>,
                /// Users to mention.
                #[param("MENTIONS", opt, strings)]
                pub mentions: Option<Vec<String>>,
            }
            pub static SEND_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "im",
                summary: "Sends a message to a chat.",
                who: "a chat member",
                idempotent: false,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                params: &[
                    crate::schema::ParamInfo::new("CHAT_ID", "integer", "The chat.").required(),
                    crate::schema::ParamInfo::new(
                            "MESSAGE",
                            "string",
                            "The text. BB codes are allowed.",
                        )
                        .required(),
                    crate::schema::ParamInfo::new(
                        "DIALOG_ID",
                        "string",
                        "The dialog, instead of the chat.",
                    ),
                    crate::schema::ParamInfo::new(
                            "CLIENT_ID",
                            "string",
                            "The application's client id.",
                        )
                        .required_with(crate::schema::AuthMode::Oauth)
                        .secret(),
                    crate::schema::ParamInfo::new(
                            "SYSTEM",
                            "boolean",
                            "Whether it is a system message.",
                        )
                        .default("false"),
                    crate::schema::ParamInfo::new("PRIORITY", "Priority", "How urgent it is.")
                        .default("NORMAL")
                        .values(&["NORMAL", "HIGH"])
                        .unlisted(crate::schema::Unlisted::Accepted),
                    crate::schema::ParamInfo::new(
                            "COLOR",
                            "Color",
                            "The message colour, in camelCase.",
                        )
                        .values(&["red", "lightBlue"]),
                    crate::schema::ParamInfo::new("MENTIONS", "[string]", "Users to mention."),
                ],
                joined: &[],
                result: "integer",
                errors: &SEND_ERRORS,
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
