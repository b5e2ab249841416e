// What bitrix24-codegen emits for schema/ beside it (tests/golden.rs).
// Refresh with `BLESS=1 cargo test -p bitrix24-codegen --test golden`.

/// Methods and types of the `im` scope.
///
/// Needs the cargo feature `im`.
#[cfg_attr(docsrs, doc(cfg(feature = "im")))]
pub mod im {
    crate::macros::object! {
        /// A chat as the portal describes it.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/im-chat-update.html>
        #[object(CHAT_TY)]
        pub struct Chat {
            /// The id.
            #[param("id", req, none)]
            #[table(TyInfo::Integer, required())]
            #[serde(deserialize_with = "crate::de::lax")]
            pub id: i64,
            /// The avatar, or null.
            #[param("avatar", opt, none)]
            #[table(TyInfo::Nullable(&TyInfo::String))]
            pub avatar: Option<String>,
            /// The owner, or false.
            #[param("owner", opt, none)]
            #[table(TyInfo::OrFalse(&TyInfo::Integer))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub owner: Option<crate::OrFalse<i64>>,
            /// The manager, or false.
            #[param("manager", opt, none)]
            #[table(TyInfo::OrFalse(&TyInfo::Struct(&crate::im::PERSON_TY)))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub manager: Option<crate::OrFalse<crate::im::Person>>,
            /// Members, or null.
            #[param("members", opt, none)]
            #[table(TyInfo::Nullable(&TyInfo::List(&TyInfo::Integer)))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub members: Option<Vec<i64>>,
        }
    }
    crate::macros::object! {
        /// A person.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/im-chat-update.html>
        #[object(PERSON_TY)]
        #[derive(Default)]
        pub struct Person {
            /// The name.
            #[param("name", opt, none)]
            #[table(TyInfo::String)]
            pub name: Option<String>,
        }
    }
    /// The `im.chat.*` methods.
    pub mod chat {
        crate::macros::request! {
            /// Updates a chat.
            ///
            /// Wire name `im.chat.update`, scope `im`. Who may call it: the chat owner. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            #[method(
                "im.chat.update",
                "https://apidocs.bitrix24.com/api-reference/chats/im-chat-update.html",
                crate::OrFalse<crate::im::Chat>,
                UpdateError
            )]
            pub struct Update {
                /// The chat.
                #[param("CHAT_ID", req, none)]
                #[table(TyInfo::Integer, required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub chat_id: i64,
                /// The avatar; null removes it.
                #[param("AVATAR", opt, null(String))]
                #[table(TyInfo::Nullable(&TyInfo::String))]
                pub avatar: Option<Option<String>>,
                /// The new owner, or null for none.
                #[param("OWNER", req, none)]
                #[table(TyInfo::Nullable(&TyInfo::Integer), required())]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub owner: Option<i64>,
                /// Tags; null clears them.
                #[param("TAGS", opt, null(Vec<String>))]
                #[table(TyInfo::Nullable(&TyInfo::List(&TyInfo::String)))]
                pub tags: Option<Option<Vec<String>>>,
            }
            pub static UPDATE_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "im",
                api: crate::schema::Api::V2,
                permissions: &["im"],
                summary: "Updates a chat.",
                who: "the chat owner",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::OrFalse(&TyInfo::Struct(&crate::im::CHAT_TY)),
                errors: &UPDATE_ERRORS,
                paging: None,
            };
            impl Update {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `chat_id` (`CHAT_ID`): The chat.
                /// - `owner` (`OWNER`): The new owner, or null for none.
                #[inline]
                pub fn new(chat_id: i64, owner: Option<i64>) -> Self {
                    Self {
                        chat_id,
                        avatar: None,
                        owner,
                        tags: None,
                        extra: serde_json::Map::new(),
                    }
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                UPDATE_ERRORS,
                0,
                "im.chat.update",
                "https://apidocs.bitrix24.com/api-reference/chats/im-chat-update.html"
            )]
            pub enum UpdateError {}
        }
    }
}
