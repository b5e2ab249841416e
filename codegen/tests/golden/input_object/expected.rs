// What bitrix24-codegen emits for schema/ beside it (tests/golden.rs).
// Refresh with `BLESS=1 cargo test -p bitrix24-codegen --test golden`.

/// Methods and types of the `im` scope.
///
/// Needs the cargo feature `im`.
#[cfg_attr(docsrs, doc(cfg(feature = "im")))]
pub mod im {
    crate::macros::object! {
        /// The fields of a new thing.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/things/im-thing-add.html>
        #[object(FIELDS_TY)]
        pub struct Fields {
            /// The title.
            #[param("TITLE", req, none)]
            #[table(TyInfo::String, required())]
            pub title: String,
            /// How many.
            #[param("COUNT", opt, plain(i64))]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub count: Option<i64>,
            /// The tags.
            #[param("TAGS", opt, strings)]
            #[table(TyInfo::List(&TyInfo::String))]
            pub tags: Option<Vec<String>>,
            /// Ids.
            #[param("IDS", opt, iter(i64))]
            #[table(TyInfo::List(&TyInfo::Integer))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub ids: Option<Vec<i64>>,
            /// Labels by key.
            #[param("MAP", opt, map(String))]
            #[table(TyInfo::Map(&TyInfo::String))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub map: Option<std::collections::BTreeMap<String, String>>,
            /// A token.
            #[param("TOKEN", opt, into(crate::Secret))]
            #[table(TyInfo::String, secret())]
            pub token: Option<crate::Secret>,
        }
        impl Fields {
            /// Starts with the required parameters; the rest are set with the methods below.
            ///
            /// - `title` (`TITLE`): The title.
            #[inline]
            pub fn new(title: impl Into<String>) -> Self {
                Self {
                    title: title.into(),
                    count: None,
                    tags: None,
                    ids: None,
                    map: None,
                    token: None,
                    extra: serde_json::Map::new(),
                }
            }
        }
    }
    /// The `im.thing.*` methods.
    pub mod thing {
        crate::macros::request! {
            /// Adds a thing.
            ///
            /// Wire name `im.thing.add`, scope `im`. Who may call it: any user. Not idempotent: a call whose outcome is unknown must not be resent blindly. Auth: webhook, OAuth.
            #[method(
                "im.thing.add",
                "https://apidocs.bitrix24.com/api-reference/things/im-thing-add.html",
                i64,
                AddError
            )]
            pub struct Add {
                /// What the thing is made of.
                #[param("FIELDS", req, none)]
                #[table(TyInfo::Struct(&crate::im::FIELDS_TY), required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub fields: crate::im::Fields,
            }
            pub static ADD_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "im",
                api: crate::schema::Api::V2,
                permissions: &["im"],
                summary: "Adds a thing.",
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
                /// - `fields` (`FIELDS`): What the thing is made of.
                #[inline]
                pub fn new(fields: crate::im::Fields) -> Self {
                    Self {
                        fields,
                        extra: serde_json::Map::new(),
                    }
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                ADD_ERRORS,
                0,
                "im.thing.add",
                "https://apidocs.bitrix24.com/api-reference/things/im-thing-add.html"
            )]
            pub enum AddError {}
        }
    }
}
