// What bitrix24-codegen emits for schema/ beside it (tests/golden.rs).
// Refresh with `BLESS=1 cargo test -p bitrix24-codegen --test golden`.

/// Methods and types of the `crm` scope.
///
/// Needs the cargo feature `crm`.
#[cfg_attr(docsrs, doc(cfg(feature = "crm")))]
pub mod crm {
    crate::macros::object! {
        /// What to set on a contact.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-add.html>
        #[object(CONTACT_FIELDS_TY)]
        pub struct ContactFields {
            /// First name.
            #[param("NAME", opt, into(String))]
            #[table(TyInfo::String)]
            pub name: Option<String>,
            /// The photo.
            #[param("PHOTO", opt, into(crate::FileData))]
            #[table(TyInfo::FileData)]
            pub photo: Option<crate::FileData>,
            /// A badge; null removes it.
            #[param("BADGE", opt, null(crate::FileData))]
            #[table(TyInfo::Nullable(&TyInfo::FileData))]
            pub badge: Option<Option<crate::FileData>>,
            /// A business card.
            #[param("CARD", req, none)]
            #[table(TyInfo::FileData, required())]
            pub card: crate::FileData,
        }
        impl ContactFields {
            /// Starts with the required parameters; the rest are set with the methods below.
            ///
            /// - `card` (`CARD`): A business card.
            #[inline]
            pub fn new(card: impl Into<crate::FileData>) -> Self {
                Self {
                    name: None,
                    photo: None,
                    badge: None,
                    card: card.into(),
                    extra: serde_json::Map::new(),
                }
            }
        }
    }
    /// The `crm.contact.*` methods.
    pub mod contact {
        crate::macros::request! {
            /// Adds a contact.
            ///
            /// Wire name `crm.contact.add`, scope `crm`. Who may call it: any user who may add contacts. Not idempotent: a call whose outcome is unknown must not be resent blindly. Auth: webhook, OAuth.
            #[method(
                "crm.contact.add",
                "https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-add.html",
                i64,
                AddError
            )]
            pub struct Add {
                /// The contact's fields.
                #[param("fields", req, none)]
                #[table(TyInfo::Struct(&crate::crm::CONTACT_FIELDS_TY), required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub fields: crate::crm::ContactFields,
                /// A picture of the contact.
                #[param("AVATAR", req, none)]
                #[table(TyInfo::FilePair, required())]
                pub avatar: crate::FilePair,
                /// Scans of documents.
                #[param("SCANS", opt, iter(crate::FilePair))]
                #[table(TyInfo::List(&TyInfo::FilePair))]
                pub scans: Option<Vec<crate::FilePair>>,
            }
            pub static ADD_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "crm",
                api: crate::schema::Api::V2,
                permissions: &["crm"],
                summary: "Adds a contact.",
                who: "any user who may add contacts",
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
                /// - `fields` (`fields`): The contact's fields.
                /// - `avatar` (`AVATAR`): A picture of the contact.
                #[inline]
                pub fn new(
                    fields: crate::crm::ContactFields,
                    avatar: impl Into<crate::FilePair>,
                ) -> Self {
                    Self {
                        fields,
                        avatar: avatar.into(),
                        scans: None,
                        extra: serde_json::Map::new(),
                    }
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                ADD_ERRORS,
                0,
                "crm.contact.add",
                "https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-add.html"
            )]
            pub enum AddError {}
        }
    }
}
