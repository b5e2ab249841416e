// What bitrix24-codegen emits for schema/ beside it (tests/golden.rs).
// Refresh with `BLESS=1 cargo test -p bitrix24-codegen --test golden`.

/// The `tasks.*` methods.
#[cfg_attr(docsrs, doc(cfg(feature = "tasks")))]
pub mod tasks {
    /// The REST 3.0 methods of `tasks.*`, sent to `/rest/api/`.
    pub mod v3 {
        /// The REST 3.0 `tasks.task.*` methods.
        pub mod task {
            crate::macros::request! {
                /// Reads a task through REST 3.0.
                ///
                /// Wire name `tasks.task.get`, scope `tasks`. Who may call it: any user. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                #[method(
                    "tasks.task.get",
                    "https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-get-rest-v3.html",
                    GetResult,
                    GetError
                )]
                pub struct Get {
                    /// The task.
                    #[param("id", req, none)]
                    #[table(TyInfo::Integer, required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub id: i64,
                }
                pub static GET_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "tasks",
                    api: crate::schema::Api::V3,
                    permissions: &["tasks"],
                    summary: "Reads a task through REST 3.0.",
                    who: "any user",
                    idempotent: true,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::Struct(&crate::tasks::v3::task::GET_RESULT_TY),
                    errors: &GET_ERRORS,
                    paging: None,
                };
                impl Get {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `id` (`id`): The task.
                    #[inline]
                    pub fn new(id: i64) -> Self {
                        Self {
                            id,
                            extra: serde_json::Map::new(),
                        }
                    }
                }
            }
            crate::macros::object! {
                /// What `tasks.task.get` returns: The task, under `item`.
                ///
                /// Documentation: <https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-get-rest-v3.html>
                #[object(GET_RESULT_TY)]
                #[derive(Default)]
                pub struct GetResult {
                    /// The task.
                    #[param("item", opt, none)]
                    #[table(TyInfo::Object)]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub item: Option<serde_json::Map<String, serde_json::Value>>,
                }
            }
            crate::macros::method_error! {
                #[errors(
                    GET_ERRORS,
                    0,
                    "tasks.task.get",
                    "https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-get-rest-v3.html"
                )]
                pub enum GetError {}
            }
        }
    }
    /// The `tasks.task.*` methods.
    pub mod task {
        crate::macros::request! {
            /// Reads a task.
            ///
            /// Wire name `tasks.task.get`, scope `tasks`. Who may call it: any user. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            #[method(
                "tasks.task.get",
                "https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-get.html",
                serde_json::Map<String,
                serde_json::Value>,
                GetError
            )]
            pub struct Get {
                /// The task.
                #[param("taskId", req, none)]
                #[table(TyInfo::Integer, required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub task_id: i64,
            }
            pub static GET_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "tasks",
                api: crate::schema::Api::V2,
                permissions: &["tasks"],
                summary: "Reads a task.",
                who: "any user",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Object,
                errors: &GET_ERRORS,
                paging: None,
            };
            impl Get {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `task_id` (`taskId`): The task.
                #[inline]
                pub fn new(task_id: i64) -> Self {
                    Self {
                        task_id,
                        extra: serde_json::Map::new(),
                    }
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                GET_ERRORS,
                0,
                "tasks.task.get",
                "https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-get.html"
            )]
            pub enum GetError {}
        }
    }
}
