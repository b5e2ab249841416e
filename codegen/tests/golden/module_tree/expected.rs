// What bitrix24-codegen emits for schema/ beside it (tests/golden.rs).
// Refresh with `BLESS=1 cargo test -p bitrix24-codegen --test golden`.

/// The `catalog.*` methods.
#[cfg_attr(docsrs, doc(cfg(feature = "catalog")))]
pub mod catalog {
    /// The `catalog.enum.*` methods.
    pub mod enums {
        crate::macros::request! {
            /// Lists rounding types.
            ///
            /// Wire name `catalog.enum.getRoundTypes`, scope `catalog`. Who may call it: any user. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            ///
            /// Documentation: <https://apidocs.bitrix24.com/api-reference/catalog/catalog-enum.html>
            #[method(
                "catalog.enum.getRoundTypes",
                GET_ROUND_TYPES_INFO,
                Vec<String>,
                GetRoundTypesError
            )]
            #[derive(Default)]
            pub struct GetRoundTypes {}
            impl GetRoundTypes {
                /// Starts with every parameter unset.
                #[inline]
                pub fn new() -> Self {
                    Self::default()
                }
            }
        }
        crate::macros::method_error! {
            /// An error code `catalog.enum.getRoundTypes` can return: its own codes, the system codes every method shares, or a code this crate does not know yet.
            ///
            /// Documentation: <https://apidocs.bitrix24.com/api-reference/catalog/catalog-enum.html>
            #[errors(
                GET_ROUND_TYPES_ERRORS,
                0,
                "catalog.enum.getRoundTypes",
                "https://apidocs.bitrix24.com/api-reference/catalog/catalog-enum.html"
            )]
            pub enum GetRoundTypesError {}
        }
        /// What the schema says about `catalog.enum.getRoundTypes`: its params, result and errors.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/catalog/catalog-enum.html>
        pub static GET_ROUND_TYPES_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
            name: "catalog.enum.getRoundTypes",
            scope: "catalog",
            summary: "Lists rounding types.",
            docs_url: "https://apidocs.bitrix24.com/api-reference/catalog/catalog-enum.html",
            who: "any user",
            idempotent: true,
            auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
            params: &[],
            joined: &[],
            result: "[string]",
            errors: &GET_ROUND_TYPES_ERRORS,
        };
    }
}
/// The `im.*` methods.
#[cfg_attr(docsrs, doc(cfg(feature = "im")))]
pub mod im {
    /// The `im.chat.*` methods.
    pub mod chat {
        /// The `im.chat.user.*` methods.
        pub mod user {
            crate::macros::request! {
                /// Adds users to a chat.
                ///
                /// Wire name `im.chat.user.add`, scope `im`. Who may call it: a chat member. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                ///
                /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/im-chat-user-add.html>
                #[method("im.chat.user.add", ADD_INFO, bool, AddError)]
                #[derive(Default)]
                pub struct Add {}
                impl Add {
                    /// Starts with every parameter unset.
                    #[inline]
                    pub fn new() -> Self {
                        Self::default()
                    }
                }
            }
            crate::macros::method_error! {
                /// An error code `im.chat.user.add` can return: its own codes, the system codes every method shares, or a code this crate does not know yet.
                ///
                /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/im-chat-user-add.html>
                #[errors(
                    ADD_ERRORS,
                    0,
                    "im.chat.user.add",
                    "https://apidocs.bitrix24.com/api-reference/chats/im-chat-user-add.html"
                )]
                pub enum AddError {}
            }
            /// What the schema says about `im.chat.user.add`: its params, result and errors.
            ///
            /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/im-chat-user-add.html>
            pub static ADD_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                name: "im.chat.user.add",
                scope: "im",
                summary: "Adds users to a chat.",
                docs_url: "https://apidocs.bitrix24.com/api-reference/chats/im-chat-user-add.html",
                who: "a chat member",
                idempotent: true,
                auth: &[
                    crate::schema::AuthMode::Webhook,
                    crate::schema::AuthMode::Oauth,
                ],
                params: &[],
                joined: &[],
                result: "boolean",
                errors: &ADD_ERRORS,
            };
        }
    }
}
