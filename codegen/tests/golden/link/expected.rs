// What bitrix24-codegen emits for schema/ beside it (tests/golden.rs).
// Refresh with `BLESS=1 cargo test -p bitrix24-codegen --test golden`.

/// Methods and types of the `im` scope.
///
/// Needs the cargo feature `im`.
#[cfg_attr(docsrs, doc(cfg(feature = "im")))]
pub mod im {
    /// The object a chat is linked to.
    ///
    /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/im-chat-link.html>
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub struct Entity {
        kind: crate::im::EntityType,
        id: String,
    }
    impl Entity {
        /// A task by its id.
        ///
        /// Sends kind `TASKS` with id `{task_id:integer}`.
        #[inline]
        pub fn task(task_id: i64) -> Self {
            Self {
                kind: crate::im::EntityType::Tasks,
                id: task_id.to_string(),
            }
        }
        /// A CRM deal.
        ///
        /// Sends kind `CRM` with id `DEAL|{deal_id:integer}`.
        #[inline]
        pub fn deal(deal_id: i64) -> Self {
            Self {
                kind: crate::im::EntityType::Crm,
                id: format!("DEAL|{deal_id}"),
            }
        }
        /// A letter: its box, then its number.
        ///
        /// Sends kind `MAIL` with id `{mailbox:string}/{message_id:integer}`.
        #[inline]
        pub fn mail(mailbox: &str, message_id: i64) -> Self {
            Self {
                kind: crate::im::EntityType::Mail,
                id: format!("{mailbox}/{message_id}"),
            }
        }
        /// A link in a format the schema does not describe: any kind, any id.
        #[inline]
        pub fn raw(kind: crate::im::EntityType, id: impl Into<String>) -> Self {
            Self { kind, id: id.into() }
        }
        /// What the id refers to.
        #[inline]
        pub fn kind(&self) -> &crate::im::EntityType {
            &self.kind
        }
        /// The id, as sent.
        #[inline]
        pub fn id(&self) -> &str {
            &self.id
        }
        /// The kind and the id.
        #[inline]
        pub fn into_parts(self) -> (crate::im::EntityType, String) {
            (self.kind, self.id)
        }
    }
    /// What a chat is linked to.
    ///
    /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/im-chat-link.html>
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum EntityType {
        /// `CRM`: A CRM item.
        Crm,
        /// `TASKS`: A task.
        Tasks,
        /// `MAIL`: A letter.
        Mail,
        /// A value this version of the crate does not know, kept as received.
        Unknown(crate::UnknownValue),
    }
    impl EntityType {
        /// Every known value, in documentation order.
        pub const ALL: &'static [Self] = &[Self::Crm, Self::Tasks, Self::Mail];
        /// Reads a wire value; one the crate does not know becomes [`Self::Unknown`].
        pub fn from_wire(value: &str) -> Self {
            match value {
                "CRM" => Self::Crm,
                "TASKS" => Self::Tasks,
                "MAIL" => Self::Mail,
                other => Self::Unknown(crate::UnknownValue::new(other)),
            }
        }
        /// The value as sent on the wire.
        #[inline]
        pub fn as_str(&self) -> &str {
            match self {
                Self::Crm => "CRM",
                Self::Tasks => "TASKS",
                Self::Mail => "MAIL",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// Whether this is a value the crate does not know.
        #[inline]
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    crate::macros::enum_impls!(EntityType);
    /// The `im.chat.*` methods.
    pub mod chat {
        crate::macros::request! {
            /// Links a chat to an object.
            ///
            /// Wire name `im.chat.link`, scope `im`. Who may call it: any user. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            #[method(
                "im.chat.link",
                "https://apidocs.bitrix24.com/api-reference/chats/im-chat-link.html",
                bool,
                LinkError
            )]
            pub struct Link {
                /// The chat.
                #[param("CHAT_ID", req, none)]
                #[table(TyInfo::Integer, required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub chat_id: i64,
                /// What kind of object.
                #[param("ENTITY_TYPE", opt, none)]
                #[table(TyInfo::Enum(&EnumTy::new("EntityType", &["CRM", "TASKS", "MAIL"])))]
                entity_type: Option<crate::im::EntityType>,
                /// Its id.
                #[param("ENTITY_ID", opt, none)]
                #[table(TyInfo::String)]
                entity_id: Option<String>,
            }
            pub static LINK_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "im",
                api: crate::schema::Api::V2,
                permissions: &["im"],
                summary: "Links a chat to an object.",
                who: "any user",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[
                    crate::schema::JoinedInfo {
                        name: "entity",
                        params: ["ENTITY_TYPE", "ENTITY_ID"],
                        doc: "The object to link.",
                    },
                ],
                result: TyInfo::Boolean,
                errors: &LINK_ERRORS,
                paging: None,
            };
            impl Link {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `chat_id` (`CHAT_ID`): The chat.
                #[inline]
                pub fn new(chat_id: i64) -> Self {
                    Self {
                        chat_id,
                        entity_type: None,
                        entity_id: None,
                        extra: serde_json::Map::new(),
                    }
                }
                /// The object to link.
                ///
                /// Sets `ENTITY_TYPE` and `ENTITY_ID` together.
                #[inline]
                pub fn entity(self, entity: crate::im::Entity) -> Self {
                    let (kind, id) = entity.into_parts();
                    Self {
                        entity_type: Some(kind),
                        entity_id: Some(id),
                        ..self
                    }
                }
                /// The `ENTITY_TYPE` this request sends, set through [`Self::entity`].
                #[inline]
                pub fn entity_type(&self) -> Option<&crate::im::EntityType> {
                    self.entity_type.as_ref()
                }
                /// The `ENTITY_ID` this request sends, set through [`Self::entity`].
                #[inline]
                pub fn entity_id(&self) -> Option<&str> {
                    self.entity_id.as_deref()
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                LINK_ERRORS,
                0,
                "im.chat.link",
                "https://apidocs.bitrix24.com/api-reference/chats/im-chat-link.html"
            )]
            pub enum LinkError {}
        }
    }
}
