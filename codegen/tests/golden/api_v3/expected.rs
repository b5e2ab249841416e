// What bitrix24-codegen emits for schema/ beside it (tests/golden.rs).
// Refresh with `BLESS=1 cargo test -p bitrix24-codegen --test golden`.

/// Methods and types of the `tasks` scope.
///
/// Needs the cargo feature `tasks`.
#[cfg_attr(docsrs, doc(cfg(feature = "tasks")))]
pub mod tasks {
    crate::macros::object! {
        /// A task as REST 3.0 gives it.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-list-rest-v3.html>
        #[object(TASK_ITEM_TY)]
        #[derive(Default)]
        pub struct TaskItem {
            /// Its id.
            #[param("id", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub id: Option<i64>,
            /// Its title.
            #[param("title", opt, none)]
            #[table(TyInfo::String)]
            pub title: Option<String>,
        }
        impl TaskItem {
            /// `id` as a typed field name, for filters, sort orders and selections.
            pub const ID: crate::Field<Self, i64> = crate::Field::new("id");
            /// `title` as a typed field name, for filters, sort orders and selections.
            pub const TITLE: crate::Field<Self, String> = crate::Field::new("title");
        }
    }
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
            crate::macros::request! {
                /// Lists tasks through REST 3.0.
                ///
                /// Wire name `tasks.task.list`, scope `tasks`. Who may call it: any user. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                ///
                /// A list method: [`Client::list`](crate::Client::list) yields the items of every page, passing each answer's `next` back as `pagination`.
                #[method(
                    "tasks.task.list",
                    "https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-list-rest-v3.html",
                    ListResult,
                    ListError
                )]
                #[derive(Default)]
                pub struct List {
                    /// Conditions the tasks meet.
                    #[param("filter", opt, plain(crate::Conditions<crate::tasks::TaskItem>))]
                    #[table(TyInfo::Conditions(&crate::tasks::TASK_ITEM_TY))]
                    pub filter: Option<crate::Conditions<crate::tasks::TaskItem>>,
                    /// The sort order.
                    #[param("order", opt, plain(crate::Order<crate::tasks::TaskItem>))]
                    #[table(TyInfo::Order(&crate::tasks::TASK_ITEM_TY))]
                    pub order: Option<crate::Order<crate::tasks::TaskItem>>,
                    /// Which page.
                    #[param("pagination", opt, plain(crate::Pagination))]
                    #[table(TyInfo::Pagination)]
                    pub pagination: Option<crate::Pagination>,
                }
                pub static LIST_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "tasks",
                    api: crate::schema::Api::V3,
                    permissions: &["tasks"],
                    summary: "Lists tasks through REST 3.0.",
                    who: "any user",
                    idempotent: true,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::Struct(&crate::tasks::v3::task::LIST_RESULT_TY),
                    errors: &LIST_ERRORS,
                    paging: Some(
                        crate::schema::PagingInfo::new("pagination", Some("items")).by_pagination(),
                    ),
                };
                impl List {
                    /// Starts with every parameter unset.
                    #[inline]
                    pub fn new() -> Self {
                        Self::default()
                    }
                }
                impl crate::Paged for List {
                    type Item = crate::tasks::TaskItem;
                    const OFFSET: &'static str = "pagination";
                    #[inline]
                    fn at_offset(&self, offset: i64) -> Self {
                        Self {
                            pagination: Some(crate::Pagination::at(self.pagination.as_ref(), offset)),
                            ..self.clone()
                        }
                    }
                    #[inline]
                    fn following(&self, len: usize) -> Option<i64> {
                        crate::Pagination::following(self.pagination.as_ref(), len)
                    }
                    #[inline]
                    fn items(output: Self::Output) -> Vec<Self::Item> {
                        output.items
                    }
                }
            }
            crate::macros::object! {
                /// What `tasks.task.list` returns: One page, under `items`.
                ///
                /// Documentation: <https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-list-rest-v3.html>
                #[object(LIST_RESULT_TY)]
                pub struct ListResult {
                    /// The tasks.
                    #[param("items", req, none)]
                    #[table(TyInfo::List(&TyInfo::Struct(&crate::tasks::TASK_ITEM_TY)), required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub items: Vec<crate::tasks::TaskItem>,
                }
            }
            crate::macros::method_error! {
                #[errors(
                    LIST_ERRORS,
                    0,
                    "tasks.task.list",
                    "https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-list-rest-v3.html"
                )]
                pub enum ListError {}
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
