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
        #[object]
        #[derive(Default)]
        pub struct Part {
            /// The name.
            #[param("name", opt, none)]
            pub name: Option<String>,
        }
    }
    crate::macros::object! {
        /// A thing a response describes.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/things/index.html>
        #[object]
        pub struct Thing {
            /// The id.
            ///
            /// In responses: `id`.
            #[param("ID", req, none)]
            #[serde(alias = "id", deserialize_with = "crate::de::lax")]
            pub id: i64,
            /// The title.
            ///
            /// In responses: `title`.
            #[param("TITLE", opt, none)]
            #[serde(alias = "title")]
            pub title: Option<String>,
            /// The weight.
            ///
            /// In responses: `weight`.
            #[param("WEIGHT", opt, none)]
            #[serde(alias = "weight", default, deserialize_with = "crate::de::lax")]
            pub weight: Option<f64>,
            /// Whether it is active.
            ///
            /// In responses: `active`.
            #[param("ACTIVE", opt, none)]
            #[serde(alias = "active")]
            pub active: Option<bool>,
            /// The tags.
            ///
            /// In responses: `tags`.
            #[param("TAGS", opt, none)]
            #[serde(alias = "tags")]
            pub tags: Option<Vec<String>>,
            /// Counts by key.
            ///
            /// In responses: `counts`.
            #[param("COUNTS", opt, none)]
            #[serde(alias = "counts", default, deserialize_with = "crate::de::lax")]
            pub counts: Option<std::collections::BTreeMap<String, i64>>,
            /// Its part.
            ///
            /// In responses: `part`.
            #[param("PART", opt, none)]
            #[serde(alias = "part", default, deserialize_with = "crate::de::lax")]
            pub part: Option<crate::im::Part>,
            /// More parts.
            ///
            /// In responses: `parts`.
            #[param("PARTS", opt, none)]
            #[serde(alias = "parts", default, deserialize_with = "crate::de::lax")]
            pub parts: Option<Vec<crate::im::Part>>,
            /// Free-form options.
            ///
            /// In responses: `options`.
            #[param("OPTIONS", opt, none)]
            #[serde(alias = "options", default, deserialize_with = "crate::de::lax")]
            pub options: Option<serde_json::Map<String, serde_json::Value>>,
            /// Anything.
            ///
            /// In responses: `extra`.
            #[param("EXTRA", opt, none)]
            #[serde(alias = "extra")]
            pub anything: Option<serde_json::Value>,
        }
    }
}
