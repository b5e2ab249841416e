// What bitrix24-codegen emits for schema/ beside it (tests/golden.rs).
// Refresh with `BLESS=1 cargo test -p bitrix24-codegen --test golden`.

/// Every event of the scopes this build includes, sorted by name: its
/// scope, page and the type of its `data`, for the CLI and the
/// emulator.
pub static EVENTS: &[crate::schema::EventInfo] = &[
    crate::schema::EventInfo {
        name: "ONDEMONOTEADD",
        scope: "im",
        summary: "A note was added.",
        docs_url: "https://apidocs.bitrix24.com/api-reference/demo/events.html#ondemonoteadd",
        payload: crate::schema::TyInfo::Struct(&crate::im::events::NOTE_ADD_TY),
    },
    crate::schema::EventInfo {
        name: "ONDEMONOTEDELETE",
        scope: "im",
        summary: "A note was deleted.",
        docs_url: "https://apidocs.bitrix24.com/api-reference/demo/events.html#note-delete",
        payload: crate::schema::TyInfo::Struct(&crate::im::events::NOTE_DELETE_TY),
    },
];
/// Methods and types of the `im` scope.
///
/// Needs the cargo feature `im`.
#[cfg_attr(docsrs, doc(cfg(feature = "im")))]
pub mod im {
    crate::macros::object! {
        /// A note.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/demo/events.html>
        #[object(NOTE_TY)]
        pub struct Note {
            /// The note's id.
            #[param("id", req, none)]
            #[table(TyInfo::Integer, required())]
            #[serde(deserialize_with = "crate::de::lax")]
            pub id: i64,
            /// Whether the note is pinned.
            #[param("pinned", opt, none)]
            #[table(TyInfo::Boolean)]
            pub pinned: Option<bool>,
        }
    }
    /// An event of the `im` scope, as a handler receives it: one variant per event the schema describes, with its typed `data`, and `Unknown` for any other.
    ///
    /// Decode one with [`crate::events::EventSet::from_data`].
    #[derive(Clone, PartialEq)]
    #[non_exhaustive]
    pub enum Event {
        /// `ONDEMONOTEADD`: A note was added.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/demo/events.html#ondemonoteadd>
        NoteAdd(crate::im::events::NoteAdd),
        /// `ONDEMONOTEDELETE`: A note was deleted.
        ///
        /// Nothing of the note is left to read.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/demo/events.html#note-delete>
        NoteDelete(crate::im::events::NoteDelete),
        /// An event this build does not describe: its name (in capitals)
        /// and its `data` as sent.
        Unknown {
            /// The event's name.
            name: String,
            /// Its `data`, untyped.
            data: serde_json::Value,
        },
    }
    /// The typed payloads show as they do (their tokens are secrets);
    /// an unknown event's `data` with its `*_token` values as `***`.
    impl std::fmt::Debug for Event {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            match self {
                Self::NoteAdd(payload) => {
                    f.debug_tuple("NoteAdd").field(payload).finish()
                }
                Self::NoteDelete(payload) => {
                    f.debug_tuple("NoteDelete").field(payload).finish()
                }
                Self::Unknown { name, data } => {
                    f.debug_struct("Unknown")
                        .field("name", name)
                        .field("data", &crate::events::redact(data))
                        .finish()
                }
            }
        }
    }
    impl crate::events::EventSet for Event {
        const NAMES: &'static [&'static str] = &["ONDEMONOTEADD", "ONDEMONOTEDELETE"];
        fn name(&self) -> &str {
            match self {
                Self::NoteAdd(_) => "ONDEMONOTEADD",
                Self::NoteDelete(_) => "ONDEMONOTEDELETE",
                Self::Unknown { name, .. } => name,
            }
        }
        fn from_data(
            name: &str,
            data: serde_json::Value,
        ) -> Result<Self, serde_json::Error> {
            Ok(
                match name {
                    "ONDEMONOTEADD" => Self::NoteAdd(serde_json::from_value(data)?),
                    "ONDEMONOTEDELETE" => Self::NoteDelete(serde_json::from_value(data)?),
                    _ => {
                        Self::Unknown {
                            name: name.to_owned(),
                            data,
                        }
                    }
                },
            )
        }
        fn to_data(&self) -> Result<serde_json::Value, serde_json::Error> {
            match self {
                Self::NoteAdd(payload) => serde_json::to_value(payload),
                Self::NoteDelete(payload) => serde_json::to_value(payload),
                Self::Unknown { data, .. } => Ok(data.clone()),
            }
        }
    }
    /// Types of `im::events`.
    pub mod events {
        crate::macros::object! {
            /// The `data` of `ONDEMONOTEADD`: a note was added.
            ///
            /// Documentation: <https://apidocs.bitrix24.com/api-reference/demo/events.html#ondemonoteadd>
            #[object(NOTE_ADD_TY)]
            pub struct NoteAdd {
                /// The new note.
                #[param("note", req, none)]
                #[table(TyInfo::Struct(&crate::im::NOTE_TY), required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub note: crate::im::Note,
                /// Who added it.
                #[param("authorId", opt, none)]
                #[table(TyInfo::Integer)]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub author_id: Option<i64>,
            }
        }
        crate::macros::object! {
            /// The `data` of `ONDEMONOTEDELETE`: a note was deleted.
            ///
            /// Documentation: <https://apidocs.bitrix24.com/api-reference/demo/events.html#note-delete>
            #[object(NOTE_DELETE_TY)]
            pub struct NoteDelete {
                /// Id of the note that is gone.
                #[param("noteId", req, none)]
                #[table(TyInfo::Integer, required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub note_id: i64,
            }
        }
    }
}
