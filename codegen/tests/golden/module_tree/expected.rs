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
            #[method(
                "catalog.enum.getRoundTypes",
                "https://apidocs.bitrix24.com/api-reference/catalog/catalog-enum.html",
                Vec<String>,
                GetRoundTypesError
            )]
            #[derive(Default)]
            pub struct GetRoundTypes {}
            pub static GET_ROUND_TYPES_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "catalog",
                api: crate::schema::Api::V2,
                permissions: &["catalog"],
                summary: "Lists rounding types.",
                who: "any user",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::List(&TyInfo::String),
                errors: &GET_ROUND_TYPES_ERRORS,
                paging: None,
            };
            impl GetRoundTypes {
                /// Starts with every parameter unset.
                #[inline]
                pub fn new() -> Self {
                    Self::default()
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                GET_ROUND_TYPES_ERRORS,
                0,
                "catalog.enum.getRoundTypes",
                "https://apidocs.bitrix24.com/api-reference/catalog/catalog-enum.html"
            )]
            pub enum GetRoundTypesError {}
        }
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
                #[method(
                    "im.chat.user.add",
                    "https://apidocs.bitrix24.com/api-reference/chats/im-chat-user-add.html",
                    bool,
                    AddError
                )]
                #[derive(Default)]
                pub struct Add {}
                pub static ADD_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "im",
                    api: crate::schema::Api::V2,
                    permissions: &["im"],
                    summary: "Adds users to a chat.",
                    who: "a chat member",
                    idempotent: true,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::Boolean,
                    errors: &ADD_ERRORS,
                    paging: None,
                };
                impl Add {
                    /// Starts with every parameter unset.
                    #[inline]
                    pub fn new() -> Self {
                        Self::default()
                    }
                }
            }
            crate::macros::method_error! {
                #[errors(
                    ADD_ERRORS,
                    0,
                    "im.chat.user.add",
                    "https://apidocs.bitrix24.com/api-reference/chats/im-chat-user-add.html"
                )]
                pub enum AddError {}
            }
        }
    }
}
/// The `tasks.*` methods.
#[cfg_attr(docsrs, doc(cfg(feature = "tasks")))]
pub mod tasks {
    /// The `tasks.flow.*` methods.
    pub mod flow {
        /// The `tasks.flow.Flow.*` methods.
        #[allow(clippy::module_inception)]
        pub mod flow {
            crate::macros::request! {
                /// Creates a flow.
                ///
                /// Wire name `tasks.flow.Flow.add`, scope `tasks`. Who may call it: any user. Not idempotent: a call whose outcome is unknown must not be resent blindly. Auth: webhook, OAuth.
                #[method(
                    "tasks.flow.Flow.add",
                    "https://apidocs.bitrix24.com/api-reference/tasks/flow/tasks-flow-flow-create.html",
                    i64,
                    AddError
                )]
                pub struct Add {
                    /// Its name.
                    #[param("name", req, none)]
                    #[table(TyInfo::String, required())]
                    pub name: String,
                }
                pub static ADD_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "tasks",
                    api: crate::schema::Api::V2,
                    permissions: &["tasks"],
                    summary: "Creates a flow.",
                    who: "any user",
                    idempotent: false,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::Integer,
                    errors: &ADD_ERRORS,
                    paging: None,
                };
                impl Add {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `name` (`name`): Its name.
                    #[inline]
                    pub fn new(name: impl Into<String>) -> Self {
                        Self {
                            name: name.into(),
                            extra: serde_json::Map::new(),
                        }
                    }
                }
            }
            crate::macros::method_error! {
                #[errors(
                    ADD_ERRORS,
                    0,
                    "tasks.flow.Flow.add",
                    "https://apidocs.bitrix24.com/api-reference/tasks/flow/tasks-flow-flow-create.html"
                )]
                pub enum AddError {}
            }
        }
    }
}
