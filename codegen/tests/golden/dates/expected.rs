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
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/im-chat-list.html>
        #[object(CHAT_TY)]
        pub struct Chat {
            /// Its id.
            #[param("ID", req, none)]
            #[table(TyInfo::Integer, required())]
            #[serde(deserialize_with = "crate::de::lax")]
            pub id: i64,
            /// When it was created.
            #[param("DATE_CREATE", req, none)]
            #[table(TyInfo::DateTime, required())]
            #[serde(deserialize_with = "crate::de::lax")]
            pub date_create: crate::DateTime,
            /// When the last message came.
            #[param("LAST_MESSAGE", opt, none)]
            #[table(TyInfo::Nullable(&TyInfo::DateTime))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub last_message: Option<crate::DateTime>,
            /// The day it closes.
            #[param("CLOSES", opt, none)]
            #[table(TyInfo::Date)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub closes: Option<crate::Date>,
            /// Days off.
            #[param("HOLIDAYS", opt, none)]
            #[table(TyInfo::List(&TyInfo::Date))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub holidays: Option<Vec<crate::Date>>,
        }
        impl Chat {
            /// `ID` as a typed field name, for filters, sort orders and selections.
            pub const ID: crate::Field<Self, i64> = crate::Field::new("ID");
            /// `DATE_CREATE` as a typed field name, for filters, sort orders and selections.
            pub const DATE_CREATE: crate::Field<Self, crate::DateTime> = crate::Field::new(
                "DATE_CREATE",
            );
            /// `LAST_MESSAGE` as a typed field name, for filters, sort orders and selections.
            pub const LAST_MESSAGE: crate::Field<Self, crate::DateTime> = crate::Field::new(
                "LAST_MESSAGE",
            );
            /// `CLOSES` as a typed field name, for filters, sort orders and selections.
            pub const CLOSES: crate::Field<Self, crate::Date> = crate::Field::new("CLOSES");
            /// `HOLIDAYS` as a typed field name, for filters, sort orders and selections.
            pub const HOLIDAYS: crate::Field<Self, Vec<crate::Date>> = crate::Field::new(
                "HOLIDAYS",
            );
        }
    }
    /// The `im.chat.*` methods.
    pub mod chat {
        crate::macros::request! {
            /// Lists chats by a filter.
            ///
            /// Wire name `im.chat.list`, scope `im`. Who may call it: any user. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            ///
            /// The response carries `next` beside `result` ([`Response::next`](crate::Response::next)): The offset of the next page.
            ///
            /// A list method: [`Client::list`](crate::Client::list) yields the items of every page, passing each answer's `next` back as `start`.
            #[method(
                "im.chat.list",
                "https://apidocs.bitrix24.com/api-reference/chats/im-chat-list.html",
                Vec<crate::im::Chat>,
                ListError
            )]
            #[derive(Default)]
            pub struct List {
                /// Which chats.
                #[param("filter", opt, plain(crate::Filter<crate::im::Chat>))]
                #[table(TyInfo::Filter(&crate::im::CHAT_TY))]
                pub filter: Option<crate::Filter<crate::im::Chat>>,
                /// The first day whose chats are listed.
                #[param("SINCE", opt, plain(crate::Date))]
                #[table(TyInfo::Date)]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub since: Option<crate::Date>,
                /// Where the page starts.
                #[param("start", opt, plain(i64))]
                #[table(TyInfo::Integer)]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub start: Option<i64>,
            }
            pub static LIST_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "im",
                api: crate::schema::Api::V2,
                permissions: &["im"],
                summary: "Lists chats by a filter.",
                who: "any user",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::List(&TyInfo::Struct(&crate::im::CHAT_TY)),
                errors: &LIST_ERRORS,
                paging: Some(crate::schema::PagingInfo::new("start", None)),
            };
            impl List {
                /// Starts with every parameter unset.
                #[inline]
                pub fn new() -> Self {
                    Self::default()
                }
            }
            impl crate::Paged for List {
                type Item = crate::im::Chat;
                const OFFSET: &'static str = "start";
                #[inline]
                fn at_offset(&self, offset: i64) -> Self {
                    Self {
                        start: Some(offset),
                        ..self.clone()
                    }
                }
                #[inline]
                fn items(output: Self::Output) -> Vec<Self::Item> {
                    output
                }
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
