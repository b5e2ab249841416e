// What bitrix24-codegen emits for schema/ beside it (tests/golden.rs).
// Refresh with `BLESS=1 cargo test -p bitrix24-codegen --test golden`.

/// Methods and types of the `im` scope.
///
/// Needs the cargo feature `im`.
#[cfg_attr(docsrs, doc(cfg(feature = "im")))]
pub mod im {
    crate::macros::object! {
        /// A part of a thing.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/things/index.html#part>
        #[object(PART_TY)]
        #[derive(Default)]
        pub struct Part {
            /// The name.
            #[param("name", opt, none)]
            #[table(TyInfo::String)]
            pub name: Option<String>,
        }
    }
    crate::macros::object! {
        /// A thing a response describes.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/things/index.html>
        #[object(THING_TY)]
        pub struct Thing {
            /// The id.
            #[notes("In responses: `id`.")]
            #[param("ID", req, none)]
            #[table(TyInfo::Integer, required())]
            #[serde(alias = "id", deserialize_with = "crate::de::lax")]
            pub id: i64,
            /// The title.
            #[notes("In responses: `title`.")]
            #[param("TITLE", opt, none)]
            #[table(TyInfo::String)]
            #[serde(alias = "title")]
            pub title: Option<String>,
            /// The weight.
            #[notes("In responses: `weight`.")]
            #[param("WEIGHT", opt, none)]
            #[table(TyInfo::Double)]
            #[serde(alias = "weight", default, deserialize_with = "crate::de::lax")]
            pub weight: Option<f64>,
            /// Whether it is active.
            #[notes("In responses: `active`.")]
            #[param("ACTIVE", opt, none)]
            #[table(TyInfo::Boolean)]
            #[serde(alias = "active")]
            pub active: Option<bool>,
            /// The tags.
            #[notes("In responses: `tags`.")]
            #[param("TAGS", opt, none)]
            #[table(TyInfo::List(&TyInfo::String))]
            #[serde(alias = "tags")]
            pub tags: Option<Vec<String>>,
            /// Counts by key.
            #[notes("In responses: `counts`.")]
            #[param("COUNTS", opt, none)]
            #[table(TyInfo::Map(&TyInfo::Integer))]
            #[serde(alias = "counts", default, deserialize_with = "crate::de::lax")]
            pub counts: Option<std::collections::BTreeMap<String, i64>>,
            /// Its part.
            #[notes("In responses: `part`.")]
            #[param("PART", opt, none)]
            #[table(TyInfo::Struct(&crate::im::PART_TY))]
            #[serde(alias = "part", default, deserialize_with = "crate::de::lax")]
            pub part: Option<crate::im::Part>,
            /// More parts.
            #[notes("In responses: `parts`.")]
            #[param("PARTS", opt, none)]
            #[table(TyInfo::List(&TyInfo::Struct(&crate::im::PART_TY)))]
            #[serde(alias = "parts", default, deserialize_with = "crate::de::lax")]
            pub parts: Option<Vec<crate::im::Part>>,
            /// Free-form options.
            #[notes("In responses: `options`.")]
            #[param("OPTIONS", opt, none)]
            #[table(TyInfo::Object)]
            #[serde(alias = "options", default, deserialize_with = "crate::de::lax")]
            pub options: Option<serde_json::Map<String, serde_json::Value>>,
            /// Anything.
            #[notes("In responses: `extra`.")]
            #[param("EXTRA", opt, none)]
            #[table(TyInfo::Any)]
            #[serde(alias = "extra")]
            pub anything: Option<serde_json::Value>,
        }
    }
}
