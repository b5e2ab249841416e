// What bitrix24-codegen emits for schema/ beside it (tests/golden.rs).
// Refresh with `BLESS=1 cargo test -p bitrix24-codegen --test golden`.

/// The `im.*` methods.
#[cfg_attr(docsrs, doc(cfg(feature = "im")))]
pub mod im {
    /// The `im.chat.*` methods.
    pub mod chat {
        crate::macros::request! {
            /// Lists the caller's chats.
            ///
            /// Wire name `im.chat.list`, scope `im`. Who may call it: any user. Idempotent: sending it twice has the effect of sending it once. Auth: OAuth.
            ///
            /// The response carries `total` beside `result` ([`Response::total`](crate::Response::total)): How many chats there are in all.
            ///
            /// The response carries `next` beside `result` ([`Response::next`](crate::Response::next)): The offset of the next page.
            #[method(
                "im.chat.list",
                "https://apidocs.bitrix24.com/api-reference/chats/im-chat-list.html",
                ListResult,
                ListError
            )]
            #[derive(Default)]
            pub struct List {
                /// Where the page starts.
                #[param("OFFSET", opt, plain(i64))]
                #[table(TyInfo::Integer)]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub offset: Option<i64>,
            }
            pub static LIST_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "im",
                api: crate::schema::Api::V2,
                permissions: &["im"],
                summary: "Lists the caller's chats.",
                who: "any user",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Struct(&crate::im::chat::LIST_RESULT_TY),
                errors: &LIST_ERRORS,
                paging: None,
            };
            impl List {
                /// Starts with every parameter unset.
                #[inline]
                pub fn new() -> Self {
                    Self::default()
                }
            }
        }
        crate::macros::object! {
            /// What `im.chat.list` returns: The page of chats.
            ///
            /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/im-chat-list.html>
            #[object(LIST_RESULT_TY)]
            pub struct ListResult {
                /// Chat ids.
                #[param("items", req, none)]
                #[table(TyInfo::List(&TyInfo::Integer), required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub items: Vec<i64>,
                /// Whether more pages follow.
                #[param("hasMore", opt, none)]
                #[table(TyInfo::Boolean)]
                pub has_more: Option<bool>,
            }
        }
        crate::macros::method_error! {
            #[errors(
                LIST_ERRORS,
                0,
                "im.chat.list",
                "https://apidocs.bitrix24.com/api-reference/chats/im-chat-list.html"
            )]
            pub enum ListError {}
        }
    }
}
