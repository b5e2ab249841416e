// What bitrix24-codegen emits for schema/ beside it (tests/golden.rs).
// Refresh with `BLESS=1 cargo test -p bitrix24-codegen --test golden`.

/// The `im.*` methods.
#[cfg_attr(docsrs, doc(cfg(feature = "im")))]
pub mod im {
    /// The `im.chat.*` methods.
    pub mod chat {
        crate::macros::request! {
            /// Leaves a chat.
            ///
            /// Wire name `im.chat.leave`, scope `im`. Who may call it: a chat member. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            #[method(
                "im.chat.leave",
                "https://apidocs.bitrix24.com/api-reference/chats/im-chat-leave.html",
                bool,
                LeaveError
            )]
            pub struct Leave {
                /// The chat.
                #[param("CHAT_ID", req, none)]
                #[table(TyInfo::Integer, required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub chat_id: i64,
            }
            pub static LEAVE_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "im",
                api: crate::schema::Api::V2,
                permissions: &["im"],
                summary: "Leaves a chat.",
                who: "a chat member",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Boolean,
                errors: &LEAVE_ERRORS,
                paging: None,
            };
            impl Leave {
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
        crate::macros::method_error! {
            #[errors(
                LEAVE_ERRORS,
                6,
                "im.chat.leave",
                "https://apidocs.bitrix24.com/api-reference/chats/im-chat-leave.html"
            )]
            pub enum LeaveError {
                /// `CHAT_ID_EMPTY` (HTTP 400): No chat was given.
                ChatIdEmpty = code(
                    "CHAT_ID_EMPTY",
                    Some(400),
                    "Chat ID can't be empty",
                    "No chat was given.",
                ),
                /// `ACCESS_ERROR`: The caller is not a member.
                AccessError = code(
                        "ACCESS_ERROR",
                        None,
                        "You do not have access to this chat",
                        "The caller is not a member.",
                    )
                    .retry_safe(),
                /// `OLD_CODE`: What an older portal sends instead.
                ///
                /// Legacy: listed by older versions of the documentation; older portals still send it.
                OldCode = code("OLD_CODE", None, "Old code", "What an older portal sends instead.")
                    .legacy(),
                /// `QUERY_LIMIT_EXCEEDED` (HTTP 429): This method's own rate limit.
                ///
                /// The same code is also a system error; for this method it means the above.
                QueryLimitExceeded = code(
                    "QUERY_LIMIT_EXCEEDED",
                    Some(429),
                    "Slow down",
                    "This method's own rate limit.",
                ),
                /// `403_FORBIDDEN`: A code that starts with a digit.
                Forbidden = code(
                    "403_FORBIDDEN",
                    None,
                    "Forbidden",
                    "A code that starts with a digit.",
                ),
                /// The empty code `""` (HTTP 400): Refused with no code of its own, only a message (`Not found.`, `Access denied.`).
                Refused = code(
                    "",
                    Some(400),
                    "Not found.",
                    "Refused with no code of its own, only a message (`Not found.`, `Access denied.`).",
                ),
            }
        }
    }
}
