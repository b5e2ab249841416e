// What bitrix24-codegen emits for schema/ beside it (tests/golden.rs).
// Refresh with `BLESS=1 cargo test -p bitrix24-codegen --test golden`.

/// Methods and types of the `im` scope.
///
/// Needs the cargo feature `im`.
#[cfg_attr(docsrs, doc(cfg(feature = "im")))]
pub mod im {
    crate::macros::object! {
        /// A chat.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/im-chat-get.html>
        #[object(CHAT_TY)]
        pub struct Chat {
            /// See [the documentation page](https://apidocs.bitrix24.com/api-reference/chats/im-chat-get.html).
            #[param("ID", req, none)]
            #[table(TyInfo::Integer, required())]
            #[serde(deserialize_with = "crate::de::lax")]
            pub id: i64,
            /// Its name.
            #[param("TITLE", opt, none)]
            #[table(TyInfo::String)]
            pub title: Option<String>,
        }
    }
    /// The `im.chat.*` methods.
    pub mod chat {
        crate::macros::request! {
            /// Counts a chat's messages.
            ///
            /// Wire name `im.chat.counts`, scope `im`. Who may call it: any user. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            #[method(
                "im.chat.counts",
                "https://apidocs.bitrix24.com/api-reference/chats/im-chat-counts.html",
                CountsResult,
                CountsError
            )]
            pub struct Counts {
                /// The chat.
                #[param("CHAT_ID", req, none)]
                #[table(TyInfo::Integer, required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub chat_id: i64,
            }
            pub static COUNTS_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "im",
                api: crate::schema::Api::V2,
                permissions: &["im"],
                summary: "Counts a chat's messages.",
                who: "any user",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Struct(&crate::im::chat::COUNTS_RESULT_TY),
                errors: &COUNTS_ERRORS,
                paging: None,
            };
            impl Counts {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `chat_id` (`CHAT_ID`): The chat.
                #[inline]
                pub fn new(chat_id: i64) -> Self {
                    Self {
                        chat_id,
                        extra: serde_json::Map::new(),
                    }
                }
            }
        }
        crate::macros::object! {
            /// What `im.chat.counts` returns: The counts.
            ///
            /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/im-chat-counts.html>
            #[object(COUNTS_RESULT_TY)]
            #[derive(Default)]
            pub struct CountsResult {
                /// See [the documentation page](https://apidocs.bitrix24.com/api-reference/chats/im-chat-counts.html).
                #[param("total", opt, none)]
                #[table(TyInfo::Integer)]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub total: Option<i64>,
                /// Messages the caller has not read.
                #[param("unread", opt, none)]
                #[table(TyInfo::Integer)]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub unread: Option<i64>,
            }
        }
        crate::macros::method_error! {
            #[errors(
                COUNTS_ERRORS,
                0,
                "im.chat.counts",
                "https://apidocs.bitrix24.com/api-reference/chats/im-chat-counts.html"
            )]
            pub enum CountsError {}
        }
        crate::macros::request! {
            /// Reads a chat.
            ///
            /// Wire name `im.chat.get`, scope `im`. Who may call it: any user. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            #[method(
                "im.chat.get",
                "https://apidocs.bitrix24.com/api-reference/chats/im-chat-get.html",
                crate::im::Chat,
                GetError
            )]
            pub struct Get {
                /// See [the documentation page](https://apidocs.bitrix24.com/api-reference/chats/im-chat-get.html).
                #[param("CHAT_ID", req, none)]
                #[table(TyInfo::Integer, required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub chat_id: i64,
                /// Whether to include the members.
                #[param("DETAILS", opt, plain(bool))]
                #[table(TyInfo::Boolean)]
                pub details: Option<bool>,
            }
            pub static GET_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "im",
                api: crate::schema::Api::V2,
                permissions: &["im"],
                summary: "Reads a chat.",
                who: "any user",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Struct(&crate::im::CHAT_TY),
                errors: &GET_ERRORS,
                paging: None,
            };
            impl Get {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `chat_id` (`CHAT_ID`): See [the documentation page](https://apidocs.bitrix24.com/api-reference/chats/im-chat-get.html).
                #[inline]
                pub fn new(chat_id: i64) -> Self {
                    Self {
                        chat_id,
                        details: None,
                        extra: serde_json::Map::new(),
                    }
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                GET_ERRORS,
                0,
                "im.chat.get",
                "https://apidocs.bitrix24.com/api-reference/chats/im-chat-get.html"
            )]
            pub enum GetError {}
        }
    }
}
