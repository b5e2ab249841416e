// @generated from schema/*.yaml by bitrix24-codegen — do not edit.
// Refresh with `cargo run -p bitrix24-codegen -- snapshot`; a test fails when this file is stale.

/// A chat colour. Each method sends its own spelling (`PINK` for `im.*`, `pink` for `imbot.v2.*`), and responses give the HEX, which reads back into the same value.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Color {
    /// `RED` / `red` / `#df532d`: Red.
    Red,
    /// `GREEN` / `green` / `#64a513`: Green.
    Green,
    /// `MINT` / `mint` / `#4ba984`: Mint.
    Mint,
    /// `LIGHT_BLUE` / `lightBlue` / `#4ba5c3`: Light blue.
    LightBlue,
    /// `DARK_BLUE` / `darkBlue` / `#3e99ce`: Dark blue.
    DarkBlue,
    /// `PURPLE` / `purple` / `#8474c8`: Purple.
    Purple,
    /// `AQUA` / `aqua` / `#1eb4aa`: Aqua.
    Aqua,
    /// `PINK` / `pink` / `#f76187`: Pink.
    Pink,
    /// `LIME` / `lime` / `#58cc47`: Lime.
    Lime,
    /// `BROWN` / `brown` / `#ab7761`: Brown.
    Brown,
    /// `AZURE` / `azure` / `#29619b`: Azure.
    Azure,
    /// `KHAKI` / `khaki` / `#728f7a`: Khaki.
    Khaki,
    /// `SAND` / `sand` / `#ba9c7b`: Sand.
    Sand,
    /// `MARENGO` / `marengo` / `#556574`: Marengo (grey-blue).
    Marengo,
    /// `GRAY` / `gray` / `#909090`: Gray.
    Gray,
    /// `GRAPHITE` / `graphite` / `#5e5f5e`: Graphite.
    Graphite,
    /// A value this version of the crate does not know, kept as received.
    Unknown(String),
}
impl Color {
    /// Every known value, in documentation order.
    pub const ALL: &'static [Self] = &[
        Self::Red,
        Self::Green,
        Self::Mint,
        Self::LightBlue,
        Self::DarkBlue,
        Self::Purple,
        Self::Aqua,
        Self::Pink,
        Self::Lime,
        Self::Brown,
        Self::Azure,
        Self::Khaki,
        Self::Sand,
        Self::Marengo,
        Self::Gray,
        Self::Graphite,
    ];
    /// Reads a wire value in any spelling (upper, camel, hex); one the crate does not know becomes [`Self::Unknown`].
    pub fn from_wire(value: &str) -> Self {
        match value {
            "RED" | "red" | "#df532d" => Self::Red,
            "GREEN" | "green" | "#64a513" => Self::Green,
            "MINT" | "mint" | "#4ba984" => Self::Mint,
            "LIGHT_BLUE" | "lightBlue" | "#4ba5c3" => Self::LightBlue,
            "DARK_BLUE" | "darkBlue" | "#3e99ce" => Self::DarkBlue,
            "PURPLE" | "purple" | "#8474c8" => Self::Purple,
            "AQUA" | "aqua" | "#1eb4aa" => Self::Aqua,
            "PINK" | "pink" | "#f76187" => Self::Pink,
            "LIME" | "lime" | "#58cc47" => Self::Lime,
            "BROWN" | "brown" | "#ab7761" => Self::Brown,
            "AZURE" | "azure" | "#29619b" => Self::Azure,
            "KHAKI" | "khaki" | "#728f7a" => Self::Khaki,
            "SAND" | "sand" | "#ba9c7b" => Self::Sand,
            "MARENGO" | "marengo" | "#556574" => Self::Marengo,
            "GRAY" | "gray" | "#909090" => Self::Gray,
            "GRAPHITE" | "graphite" | "#5e5f5e" => Self::Graphite,
            other => Self::Unknown(other.to_owned()),
        }
    }
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        self.upper()
    }
    /// The `upper` spelling (the default). An unknown value is returned as received.
    pub fn upper(&self) -> &str {
        match self {
            Self::Red => "RED",
            Self::Green => "GREEN",
            Self::Mint => "MINT",
            Self::LightBlue => "LIGHT_BLUE",
            Self::DarkBlue => "DARK_BLUE",
            Self::Purple => "PURPLE",
            Self::Aqua => "AQUA",
            Self::Pink => "PINK",
            Self::Lime => "LIME",
            Self::Brown => "BROWN",
            Self::Azure => "AZURE",
            Self::Khaki => "KHAKI",
            Self::Sand => "SAND",
            Self::Marengo => "MARENGO",
            Self::Gray => "GRAY",
            Self::Graphite => "GRAPHITE",
            Self::Unknown(raw) => raw,
        }
    }
    /// The `camel` spelling. An unknown value is returned as received.
    pub fn camel(&self) -> &str {
        match self {
            Self::Red => "red",
            Self::Green => "green",
            Self::Mint => "mint",
            Self::LightBlue => "lightBlue",
            Self::DarkBlue => "darkBlue",
            Self::Purple => "purple",
            Self::Aqua => "aqua",
            Self::Pink => "pink",
            Self::Lime => "lime",
            Self::Brown => "brown",
            Self::Azure => "azure",
            Self::Khaki => "khaki",
            Self::Sand => "sand",
            Self::Marengo => "marengo",
            Self::Gray => "gray",
            Self::Graphite => "graphite",
            Self::Unknown(raw) => raw,
        }
    }
    /// The `hex` spelling. An unknown value is returned as received.
    pub fn hex(&self) -> &str {
        match self {
            Self::Red => "#df532d",
            Self::Green => "#64a513",
            Self::Mint => "#4ba984",
            Self::LightBlue => "#4ba5c3",
            Self::DarkBlue => "#3e99ce",
            Self::Purple => "#8474c8",
            Self::Aqua => "#1eb4aa",
            Self::Pink => "#f76187",
            Self::Lime => "#58cc47",
            Self::Brown => "#ab7761",
            Self::Azure => "#29619b",
            Self::Khaki => "#728f7a",
            Self::Sand => "#ba9c7b",
            Self::Marengo => "#556574",
            Self::Gray => "#909090",
            Self::Graphite => "#5e5f5e",
            Self::Unknown(raw) => raw,
        }
    }
    /// Whether this is a value the crate does not know.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl std::fmt::Display for Color {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for Color {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(value))
    }
}
impl serde::Serialize for Color {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for Color {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// How long a call took, and how much of the method's execution-time budget is used. Which fields appear depends on the method and the portal.
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[non_exhaustive]
pub struct Time {
    /// When the portal started handling the call, as a Unix timestamp with fractions of a second.
    ///
    /// Wire name: `start`.
    pub start: Option<f64>,
    /// When the portal finished handling the call, as a Unix timestamp with fractions of a second.
    ///
    /// Wire name: `finish`.
    pub finish: Option<f64>,
    /// Seconds from `start` to `finish`.
    ///
    /// Wire name: `duration`.
    pub duration: Option<f64>,
    /// Seconds spent processing the call itself.
    ///
    /// Wire name: `processing`.
    pub processing: Option<f64>,
    /// `start` as a date and time with offset, such as `2026-02-25T11:58:35+01:00`.
    ///
    /// Wire name: `date_start`.
    pub date_start: Option<String>,
    /// `finish` as a date and time with offset.
    ///
    /// Wire name: `date_finish`.
    pub date_finish: Option<String>,
    /// Unix timestamp at which the oldest minute bucket leaves the method's time budget (usually a whole number).
    ///
    /// Wire name: `operating_reset_at`.
    pub operating_reset_at: Option<f64>,
    /// Seconds of execution time this method has used in the current ten-minute window; above the portal's limit the method answers `OPERATION_TIME_LIMIT`.
    ///
    /// Wire name: `operating`.
    pub operating: Option<f64>,
}
impl serde::Serialize for Time {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.start {
            map.serialize_entry("start", value)?;
        }
        if let Some(value) = &self.finish {
            map.serialize_entry("finish", value)?;
        }
        if let Some(value) = &self.duration {
            map.serialize_entry("duration", value)?;
        }
        if let Some(value) = &self.processing {
            map.serialize_entry("processing", value)?;
        }
        if let Some(value) = &self.date_start {
            map.serialize_entry("date_start", value)?;
        }
        if let Some(value) = &self.date_finish {
            map.serialize_entry("date_finish", value)?;
        }
        if let Some(value) = &self.operating_reset_at {
            map.serialize_entry("operating_reset_at", value)?;
        }
        if let Some(value) = &self.operating {
            map.serialize_entry("operating", value)?;
        }
        map.end()
    }
}
/// A system error: a code any method may return, from the shared table
/// of the documentation, or a code this crate does not know yet.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum SystemError {
    /// `INTERNAL_SERVER_ERROR` (HTTP 500): The portal failed while handling the call; whether anything was done is unknown.
    InternalServerError,
    /// `ERROR_UNEXPECTED_ANSWER` (HTTP 500): The portal produced an answer it could not deliver; whether anything was done is unknown.
    ErrorUnexpectedAnswer,
    /// `QUERY_LIMIT_EXCEEDED` (HTTP 503): The request rate limit (leaky bucket) was exceeded; the call was refused before it ran.
    QueryLimitExceeded,
    /// `ERROR_BATCH_METHOD_NOT_ALLOWED` (HTTP 405): This method cannot be called inside `batch`.
    ErrorBatchMethodNotAllowed,
    /// `ERROR_BATCH_LENGTH_EXCEEDED` (HTTP 400): The parameters of a `batch` call are longer than the portal allows.
    ErrorBatchLengthExceeded,
    /// `NO_AUTH_FOUND` (HTTP 401): The access token or webhook code is not valid.
    NoAuthFound,
    /// `INVALID_REQUEST` (HTTP 400): The call was made over plain HTTP; the portal requires HTTPS.
    InvalidRequest,
    /// `OVERLOAD_LIMIT` (HTTP 503): The portal's REST API was blocked by hand because of overload; support has to lift the block.
    OverloadLimit,
    /// `ACCESS_DENIED` (HTTP 403): The portal's plan does not include the REST API.
    AccessDenied,
    /// `INVALID_CREDENTIALS` (HTTP 403): The user behind the token or webhook lacks the permissions this call needs.
    InvalidCredentials,
    /// `ERROR_MANIFEST_IS_NOT_AVAILABLE` (HTTP 404): The requested manifest is not available.
    ErrorManifestIsNotAvailable,
    /// `insufficient_scope` (HTTP 403): The webhook or application lacks the scope this method belongs to.
    InsufficientScope,
    /// `expired_token` (HTTP 401): The OAuth access token has expired; refresh it and call again.
    ExpiredToken,
    /// `user_access_error` (HTTP 403): The application is installed, but the administrator limited it to other users.
    UserAccessError,
    /// `PORTAL_DELETED` (HTTP 500): The public part of the portal is closed (deleted, or closed for maintenance on an on-premise install).
    PortalDeleted,
    /// `OPERATION_TIME_LIMIT` (HTTP 429): The method used up its execution-time budget for this application or webhook; calls are refused until the oldest minute bucket resets (see `operating_reset_at`).
    OperationTimeLimit,
    /// A code this version of the crate does not know, as received.
    Unknown(String),
}
/// The system error table, in documentation order.
pub static SYSTEM_ERRORS: [crate::schema::ErrorInfo; 16] = [
    crate::schema::ErrorInfo {
        code: "INTERNAL_SERVER_ERROR",
        status: Some(500),
        message: "Internal server error",
        meaning: "The portal failed while handling the call; whether anything was done is unknown.",
        retry_safe: false,
        legacy: false,
    },
    crate::schema::ErrorInfo {
        code: "ERROR_UNEXPECTED_ANSWER",
        status: Some(500),
        message: "Server returned an unexpected response",
        meaning: "The portal produced an answer it could not deliver; whether anything was done is unknown.",
        retry_safe: false,
        legacy: false,
    },
    crate::schema::ErrorInfo {
        code: "QUERY_LIMIT_EXCEEDED",
        status: Some(503),
        message: "Too many requests",
        meaning: "The request rate limit (leaky bucket) was exceeded; the call was refused before it ran.",
        retry_safe: true,
        legacy: false,
    },
    crate::schema::ErrorInfo {
        code: "ERROR_BATCH_METHOD_NOT_ALLOWED",
        status: Some(405),
        message: "Method is not allowed for batch usage",
        meaning: "This method cannot be called inside `batch`.",
        retry_safe: true,
        legacy: false,
    },
    crate::schema::ErrorInfo {
        code: "ERROR_BATCH_LENGTH_EXCEEDED",
        status: Some(400),
        message: "Max batch length exceeded",
        meaning: "The parameters of a `batch` call are longer than the portal allows.",
        retry_safe: true,
        legacy: false,
    },
    crate::schema::ErrorInfo {
        code: "NO_AUTH_FOUND",
        status: Some(401),
        message: "Wrong authorization data",
        meaning: "The access token or webhook code is not valid.",
        retry_safe: true,
        legacy: false,
    },
    crate::schema::ErrorInfo {
        code: "INVALID_REQUEST",
        status: Some(400),
        message: "Https required",
        meaning: "The call was made over plain HTTP; the portal requires HTTPS.",
        retry_safe: true,
        legacy: false,
    },
    crate::schema::ErrorInfo {
        code: "OVERLOAD_LIMIT",
        status: Some(503),
        message: "REST API is blocked due to overload",
        meaning: "The portal's REST API was blocked by hand because of overload; support has to lift the block.",
        retry_safe: true,
        legacy: false,
    },
    crate::schema::ErrorInfo {
        code: "ACCESS_DENIED",
        status: Some(403),
        message: "REST API is available only on commercial plans",
        meaning: "The portal's plan does not include the REST API.",
        retry_safe: true,
        legacy: false,
    },
    crate::schema::ErrorInfo {
        code: "INVALID_CREDENTIALS",
        status: Some(403),
        message: "Invalid request credentials",
        meaning: "The user behind the token or webhook lacks the permissions this call needs.",
        retry_safe: true,
        legacy: false,
    },
    crate::schema::ErrorInfo {
        code: "ERROR_MANIFEST_IS_NOT_AVAILABLE",
        status: Some(404),
        message: "Manifest is not available",
        meaning: "The requested manifest is not available.",
        retry_safe: true,
        legacy: false,
    },
    crate::schema::ErrorInfo {
        code: "insufficient_scope",
        status: Some(403),
        message: "The request requires higher privileges than provided by the webhook token",
        meaning: "The webhook or application lacks the scope this method belongs to.",
        retry_safe: true,
        legacy: false,
    },
    crate::schema::ErrorInfo {
        code: "expired_token",
        status: Some(401),
        message: "The access token provided has expired",
        meaning: "The OAuth access token has expired; refresh it and call again.",
        retry_safe: true,
        legacy: false,
    },
    crate::schema::ErrorInfo {
        code: "user_access_error",
        status: Some(403),
        message: "The user does not have access to the application",
        meaning: "The application is installed, but the administrator limited it to other users.",
        retry_safe: true,
        legacy: false,
    },
    crate::schema::ErrorInfo {
        code: "PORTAL_DELETED",
        status: Some(500),
        message: "Portal was deleted",
        meaning: "The public part of the portal is closed (deleted, or closed for maintenance on an on-premise install).",
        retry_safe: true,
        legacy: false,
    },
    crate::schema::ErrorInfo {
        code: "OPERATION_TIME_LIMIT",
        status: Some(429),
        message: "Method is blocked due to operation time limit",
        meaning: "The method used up its execution-time budget for this application or webhook; calls are refused until the oldest minute bucket resets (see `operating_reset_at`).",
        retry_safe: true,
        legacy: false,
    },
];
impl crate::MethodError for SystemError {
    fn from_code(code: &str) -> Self {
        match code {
            "INTERNAL_SERVER_ERROR" => Self::InternalServerError,
            "ERROR_UNEXPECTED_ANSWER" => Self::ErrorUnexpectedAnswer,
            "QUERY_LIMIT_EXCEEDED" => Self::QueryLimitExceeded,
            "ERROR_BATCH_METHOD_NOT_ALLOWED" => Self::ErrorBatchMethodNotAllowed,
            "ERROR_BATCH_LENGTH_EXCEEDED" => Self::ErrorBatchLengthExceeded,
            "NO_AUTH_FOUND" => Self::NoAuthFound,
            "INVALID_REQUEST" => Self::InvalidRequest,
            "OVERLOAD_LIMIT" => Self::OverloadLimit,
            "ACCESS_DENIED" => Self::AccessDenied,
            "INVALID_CREDENTIALS" => Self::InvalidCredentials,
            "ERROR_MANIFEST_IS_NOT_AVAILABLE" => Self::ErrorManifestIsNotAvailable,
            "insufficient_scope" => Self::InsufficientScope,
            "expired_token" => Self::ExpiredToken,
            "user_access_error" => Self::UserAccessError,
            "PORTAL_DELETED" => Self::PortalDeleted,
            "OPERATION_TIME_LIMIT" => Self::OperationTimeLimit,
            other => Self::Unknown(other.to_owned()),
        }
    }
    fn code(&self) -> &str {
        match self {
            Self::InternalServerError => "INTERNAL_SERVER_ERROR",
            Self::ErrorUnexpectedAnswer => "ERROR_UNEXPECTED_ANSWER",
            Self::QueryLimitExceeded => "QUERY_LIMIT_EXCEEDED",
            Self::ErrorBatchMethodNotAllowed => "ERROR_BATCH_METHOD_NOT_ALLOWED",
            Self::ErrorBatchLengthExceeded => "ERROR_BATCH_LENGTH_EXCEEDED",
            Self::NoAuthFound => "NO_AUTH_FOUND",
            Self::InvalidRequest => "INVALID_REQUEST",
            Self::OverloadLimit => "OVERLOAD_LIMIT",
            Self::AccessDenied => "ACCESS_DENIED",
            Self::InvalidCredentials => "INVALID_CREDENTIALS",
            Self::ErrorManifestIsNotAvailable => "ERROR_MANIFEST_IS_NOT_AVAILABLE",
            Self::InsufficientScope => "insufficient_scope",
            Self::ExpiredToken => "expired_token",
            Self::UserAccessError => "user_access_error",
            Self::PortalDeleted => "PORTAL_DELETED",
            Self::OperationTimeLimit => "OPERATION_TIME_LIMIT",
            Self::Unknown(code) => code,
        }
    }
    fn info(&self) -> Option<&'static crate::schema::ErrorInfo> {
        match self {
            Self::InternalServerError => Some(&SYSTEM_ERRORS[0]),
            Self::ErrorUnexpectedAnswer => Some(&SYSTEM_ERRORS[1]),
            Self::QueryLimitExceeded => Some(&SYSTEM_ERRORS[2]),
            Self::ErrorBatchMethodNotAllowed => Some(&SYSTEM_ERRORS[3]),
            Self::ErrorBatchLengthExceeded => Some(&SYSTEM_ERRORS[4]),
            Self::NoAuthFound => Some(&SYSTEM_ERRORS[5]),
            Self::InvalidRequest => Some(&SYSTEM_ERRORS[6]),
            Self::OverloadLimit => Some(&SYSTEM_ERRORS[7]),
            Self::AccessDenied => Some(&SYSTEM_ERRORS[8]),
            Self::InvalidCredentials => Some(&SYSTEM_ERRORS[9]),
            Self::ErrorManifestIsNotAvailable => Some(&SYSTEM_ERRORS[10]),
            Self::InsufficientScope => Some(&SYSTEM_ERRORS[11]),
            Self::ExpiredToken => Some(&SYSTEM_ERRORS[12]),
            Self::UserAccessError => Some(&SYSTEM_ERRORS[13]),
            Self::PortalDeleted => Some(&SYSTEM_ERRORS[14]),
            Self::OperationTimeLimit => Some(&SYSTEM_ERRORS[15]),
            Self::Unknown(_) => None,
        }
    }
}
impl std::fmt::Display for SystemError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        crate::schema::describe_error(self, f)
    }
}
impl std::error::Error for SystemError {}
/// Every method of the scopes this build includes (one cargo feature per
/// scope), sorted by wire name: what the CLI and the emulator read to
/// know each method's params and errors.
pub static METHODS: &[&crate::schema::MethodInfo] = &[
    #[cfg(feature = "im")]
    &crate::im::chat::ADD_INFO,
    #[cfg(feature = "imbot")]
    &crate::imbot::v2::chat::ADD_INFO,
];
/// Methods and types of the `im` scope.
///
/// Needs the cargo feature `im`.
#[cfg(feature = "im")]
pub mod im {
    /// The external object a chat is linked to: an `ENTITY_TYPE` and an
    /// `ENTITY_ID` in the format that type uses. Use a constructor for the
    /// documented formats, or `raw` for any other.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub struct ChatEntity {
        kind: crate::im::ChatEntityType,
        id: String,
    }
    impl ChatEntity {
        /// A CRM item of any type, such as `LEAD`, `DEAL`, `CONTACT`, `COMPANY` or a smart process `DYNAMIC_<entityTypeId>`.
        ///
        /// Sends kind `CRM` with id `{crm_type:string}|{id:integer}`.
        pub fn crm(crm_type: &str, id: i64) -> Self {
            Self {
                kind: crate::im::ChatEntityType::Crm,
                id: format!("{crm_type}|{id}"),
            }
        }
        /// A CRM lead.
        ///
        /// Sends kind `CRM` with id `LEAD|{id:integer}`.
        pub fn crm_lead(id: i64) -> Self {
            Self {
                kind: crate::im::ChatEntityType::Crm,
                id: format!("LEAD|{id}"),
            }
        }
        /// A CRM deal.
        ///
        /// Sends kind `CRM` with id `DEAL|{id:integer}`.
        pub fn crm_deal(id: i64) -> Self {
            Self {
                kind: crate::im::ChatEntityType::Crm,
                id: format!("DEAL|{id}"),
            }
        }
        /// A CRM contact.
        ///
        /// Sends kind `CRM` with id `CONTACT|{id:integer}`.
        pub fn crm_contact(id: i64) -> Self {
            Self {
                kind: crate::im::ChatEntityType::Crm,
                id: format!("CONTACT|{id}"),
            }
        }
        /// A CRM company.
        ///
        /// Sends kind `CRM` with id `COMPANY|{id:integer}`.
        pub fn crm_company(id: i64) -> Self {
            Self {
                kind: crate::im::ChatEntityType::Crm,
                id: format!("COMPANY|{id}"),
            }
        }
        /// An item of a smart process.
        ///
        /// Sends kind `CRM` with id `DYNAMIC_{entity_type_id:integer}|{item_id:integer}`.
        pub fn crm_dynamic(entity_type_id: i64, item_id: i64) -> Self {
            Self {
                kind: crate::im::ChatEntityType::Crm,
                id: format!("DYNAMIC_{entity_type_id}|{item_id}"),
            }
        }
        /// An open-line chat on the operator's side, such as `telegrambot|2|209607941|744`.
        ///
        /// Sends kind `LINES` with id `{connector_id:string}|{line_id:integer}|{connector_chat_id:string}|{connector_user_id:string}`.
        pub fn lines(
            connector_id: &str,
            line_id: i64,
            connector_chat_id: &str,
            connector_user_id: &str,
        ) -> Self {
            Self {
                kind: crate::im::ChatEntityType::Lines,
                id: format!(
                    "{connector_id}|{line_id}|{connector_chat_id}|{connector_user_id}"
                ),
            }
        }
        /// An open-line chat on the client's side.
        ///
        /// Sends kind `LIVECHAT` with id `{connector_id:string}|{line_id:integer}`.
        pub fn livechat(connector_id: &str, line_id: i64) -> Self {
            Self {
                kind: crate::im::ChatEntityType::Livechat,
                id: format!("{connector_id}|{line_id}"),
            }
        }
        /// A task.
        ///
        /// Sends kind `TASKS` with id `{task_id:integer}`.
        pub fn task(task_id: i64) -> Self {
            Self {
                kind: crate::im::ChatEntityType::Tasks,
                id: task_id.to_string(),
            }
        }
        /// A calendar event.
        ///
        /// Sends kind `CALENDAR` with id `{event_id:integer}`.
        pub fn calendar_event(event_id: i64) -> Self {
            Self {
                kind: crate::im::ChatEntityType::Calendar,
                id: event_id.to_string(),
            }
        }
        /// The standard chat of a workgroup or project. Only for that chat; never to add a second chat to a group.
        ///
        /// Sends kind `SONET_GROUP` with id `{group_id:integer}`.
        pub fn sonet_group(group_id: i64) -> Self {
            Self {
                kind: crate::im::ChatEntityType::SonetGroup,
                id: group_id.to_string(),
            }
        }
        /// A link in a format the schema does not describe: any kind, any id.
        pub fn raw(kind: crate::im::ChatEntityType, id: impl Into<String>) -> Self {
            Self { kind, id: id.into() }
        }
        /// What the id refers to.
        pub fn kind(&self) -> &crate::im::ChatEntityType {
            &self.kind
        }
        /// The id, as sent.
        pub fn id(&self) -> &str {
            &self.id
        }
        /// The kind and the id.
        pub fn into_parts(self) -> (crate::im::ChatEntityType, String) {
            (self.kind, self.id)
        }
    }
    /// What kind of external object a chat is linked to.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum ChatEntityType {
        /// `VIDEOCONF`: A video conference chat.
        Videoconf,
        /// `AI_ASSISTANT_PRIVATE`: A private chat with the AI assistant.
        AiAssistantPrivate,
        /// `LINES`: An open-line chat, as the operator sees it.
        Lines,
        /// `LIVECHAT`: An open-line chat, as the client sees it.
        Livechat,
        /// `ANNOUNCEMENT`: An announcement chat.
        Announcement,
        /// `CALENDAR`: A chat about a calendar event.
        Calendar,
        /// `MAIL`: A chat about an e-mail thread.
        Mail,
        /// `CRM`: A chat about a CRM item.
        Crm,
        /// `SONET_GROUP`: The system chat of a workgroup or project. Do not use it to add a second chat to an existing group: that breaks the group's task chats.
        SonetGroup,
        /// `TASKS`: A chat about a task.
        Tasks,
        /// `CALL`: A chat about a call.
        Call,
        /// A value this version of the crate does not know, kept as received.
        Unknown(String),
    }
    impl ChatEntityType {
        /// Every known value, in documentation order.
        pub const ALL: &'static [Self] = &[
            Self::Videoconf,
            Self::AiAssistantPrivate,
            Self::Lines,
            Self::Livechat,
            Self::Announcement,
            Self::Calendar,
            Self::Mail,
            Self::Crm,
            Self::SonetGroup,
            Self::Tasks,
            Self::Call,
        ];
        /// Reads a wire value; one the crate does not know becomes [`Self::Unknown`].
        pub fn from_wire(value: &str) -> Self {
            match value {
                "VIDEOCONF" => Self::Videoconf,
                "AI_ASSISTANT_PRIVATE" => Self::AiAssistantPrivate,
                "LINES" => Self::Lines,
                "LIVECHAT" => Self::Livechat,
                "ANNOUNCEMENT" => Self::Announcement,
                "CALENDAR" => Self::Calendar,
                "MAIL" => Self::Mail,
                "CRM" => Self::Crm,
                "SONET_GROUP" => Self::SonetGroup,
                "TASKS" => Self::Tasks,
                "CALL" => Self::Call,
                other => Self::Unknown(other.to_owned()),
            }
        }
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Videoconf => "VIDEOCONF",
                Self::AiAssistantPrivate => "AI_ASSISTANT_PRIVATE",
                Self::Lines => "LINES",
                Self::Livechat => "LIVECHAT",
                Self::Announcement => "ANNOUNCEMENT",
                Self::Calendar => "CALENDAR",
                Self::Mail => "MAIL",
                Self::Crm => "CRM",
                Self::SonetGroup => "SONET_GROUP",
                Self::Tasks => "TASKS",
                Self::Call => "CALL",
                Self::Unknown(raw) => raw,
            }
        }
        /// Whether this is a value the crate does not know.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl std::fmt::Display for ChatEntityType {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl std::str::FromStr for ChatEntityType {
        type Err = std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(Self::from_wire(value))
        }
    }
    impl serde::Serialize for ChatEntityType {
        fn serialize<S: serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> serde::Deserialize<'de> for ChatEntityType {
        fn deserialize<D: serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            crate::wire::deserialize_enum(deserializer, Self::from_wire)
        }
    }
    /// Whether a chat is open or closed.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum ChatType {
        /// `OPEN`: An open chat anyone in the portal can find and join.
        Open,
        /// `CHAT`: A closed chat people join by invitation (the default).
        Chat,
        /// A value this version of the crate does not know, kept as received.
        Unknown(String),
    }
    impl ChatType {
        /// Every known value, in documentation order.
        pub const ALL: &'static [Self] = &[Self::Open, Self::Chat];
        /// Reads a wire value; one the crate does not know becomes [`Self::Unknown`].
        pub fn from_wire(value: &str) -> Self {
            match value {
                "OPEN" => Self::Open,
                "CHAT" => Self::Chat,
                other => Self::Unknown(other.to_owned()),
            }
        }
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Open => "OPEN",
                Self::Chat => "CHAT",
                Self::Unknown(raw) => raw,
            }
        }
        /// Whether this is a value the crate does not know.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl std::fmt::Display for ChatType {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl std::str::FromStr for ChatType {
        type Err = std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(Self::from_wire(value))
        }
    }
    impl serde::Serialize for ChatType {
        fn serialize<S: serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> serde::Deserialize<'de> for ChatType {
        fn deserialize<D: serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            crate::wire::deserialize_enum(deserializer, Self::from_wire)
        }
    }
    /// A BitrixGPT role. Any role code of the portal's AI library is accepted; the known one is the default assistant.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum CopilotRole {
        /// `copilot_assistant`: The universal assistant role (the default).
        CopilotAssistant,
        /// A value this version of the crate does not know, kept as received.
        Unknown(String),
    }
    impl CopilotRole {
        /// Every known value, in documentation order.
        pub const ALL: &'static [Self] = &[Self::CopilotAssistant];
        /// Reads a wire value; one the crate does not know becomes [`Self::Unknown`].
        pub fn from_wire(value: &str) -> Self {
            match value {
                "copilot_assistant" => Self::CopilotAssistant,
                other => Self::Unknown(other.to_owned()),
            }
        }
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::CopilotAssistant => "copilot_assistant",
                Self::Unknown(raw) => raw,
            }
        }
        /// Whether this is a value the crate does not know.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl std::fmt::Display for CopilotRole {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl std::str::FromStr for CopilotRole {
        type Err = std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(Self::from_wire(value))
        }
    }
    impl serde::Serialize for CopilotRole {
        fn serialize<S: serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> serde::Deserialize<'de> for CopilotRole {
        fn deserialize<D: serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            crate::wire::deserialize_enum(deserializer, Self::from_wire)
        }
    }
    /// The `im.chat.*` methods.
    pub mod chat {
        /// Creates a chat; the caller becomes its owner.
        ///
        /// With no parameters at all the portal creates a closed chat with a generated
        /// title, whose only member and owner is the caller.
        ///
        /// Wire name `im.chat.add`, scope `im`. Who may call it: any user. Not idempotent: a call whose outcome is unknown must not be resent blindly. Auth: webhook, OAuth.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/im-chat-add.html>
        #[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
        #[non_exhaustive]
        pub struct Add {
            /// Ids of the users to add. The caller is added as owner without being listed.
            ///
            /// Wire name: `USERS`.
            #[serde(rename = "USERS")]
            pub users: Option<Vec<i64>>,
            /// Whether the chat is open or closed.
            ///
            /// Wire name: `TYPE`. Default: `CHAT`.
            #[serde(rename = "TYPE")]
            pub chat_type: Option<crate::im::ChatType>,
            /// The chat's title. When left out the portal makes one from the template
            /// `#COLOR# chat №#NUMBER#` or `Chat with #USERS_NAMES#`.
            ///
            /// Wire name: `TITLE`.
            #[serde(rename = "TITLE")]
            pub title: Option<String>,
            /// The chat's description.
            ///
            /// Wire name: `DESCRIPTION`.
            #[serde(rename = "DESCRIPTION")]
            pub description: Option<String>,
            /// The chat's colour, sent in upper case (`PINK`).
            ///
            /// Wire name: `COLOR`.
            #[serde(rename = "COLOR")]
            pub color: Option<crate::Color>,
            /// The first message posted in the chat.
            ///
            /// Wire name: `MESSAGE`.
            #[serde(rename = "MESSAGE")]
            pub message: Option<String>,
            /// The chat's avatar as base64 text; images up to 5000x5000 pixels.
            ///
            /// Wire name: `AVATAR`.
            #[serde(rename = "AVATAR")]
            pub avatar: Option<String>,
            /// What external object the chat is linked to. Set it together with `ENTITY_ID` through `entity`.
            ///
            /// Wire name: `ENTITY_TYPE`.
            #[serde(rename = "ENTITY_TYPE")]
            pub entity_type: Option<crate::im::ChatEntityType>,
            /// Id of the linked object within `ENTITY_TYPE`, in the format that type defines.
            ///
            /// Wire name: `ENTITY_ID`.
            #[serde(rename = "ENTITY_ID")]
            pub entity_id: Option<String>,
            /// Code of the main role of the BitrixGPT assistant in the chat.
            ///
            /// Wire name: `COPILOT_MAIN_ROLE`.
            #[serde(rename = "COPILOT_MAIN_ROLE")]
            pub copilot_main_role: Option<crate::im::CopilotRole>,
            /// Parameters the schema does not describe, sent as given after the
            /// typed ones. Set them with [`Self::param`].
            #[serde(flatten)]
            pub extra: serde_json::Map<String, serde_json::Value>,
        }
        impl Add {
            /// Starts with every parameter unset.
            pub fn new() -> Self {
                Self::default()
            }
            /// Ids of the users to add. The caller is added as owner without being listed.
            ///
            /// Wire name: `USERS`.
            pub fn users(mut self, users: impl IntoIterator<Item = i64>) -> Self {
                self.users = Some(users.into_iter().collect());
                self
            }
            /// Whether the chat is open or closed.
            ///
            /// Wire name: `TYPE`. Default: `CHAT`.
            pub fn chat_type(mut self, chat_type: crate::im::ChatType) -> Self {
                self.chat_type = Some(chat_type);
                self
            }
            /// The chat's title. When left out the portal makes one from the template
            /// `#COLOR# chat №#NUMBER#` or `Chat with #USERS_NAMES#`.
            ///
            /// Wire name: `TITLE`.
            pub fn title(mut self, title: impl Into<String>) -> Self {
                self.title = Some(title.into());
                self
            }
            /// The chat's description.
            ///
            /// Wire name: `DESCRIPTION`.
            pub fn description(mut self, description: impl Into<String>) -> Self {
                self.description = Some(description.into());
                self
            }
            /// The chat's colour, sent in upper case (`PINK`).
            ///
            /// Wire name: `COLOR`.
            pub fn color(mut self, color: crate::Color) -> Self {
                self.color = Some(color);
                self
            }
            /// The first message posted in the chat.
            ///
            /// Wire name: `MESSAGE`.
            pub fn message(mut self, message: impl Into<String>) -> Self {
                self.message = Some(message.into());
                self
            }
            /// The chat's avatar as base64 text; images up to 5000x5000 pixels.
            ///
            /// Wire name: `AVATAR`.
            pub fn avatar(mut self, avatar: impl Into<String>) -> Self {
                self.avatar = Some(avatar.into());
                self
            }
            /// Code of the main role of the BitrixGPT assistant in the chat.
            ///
            /// Wire name: `COPILOT_MAIN_ROLE`.
            pub fn copilot_main_role(
                mut self,
                copilot_main_role: crate::im::CopilotRole,
            ) -> Self {
                self.copilot_main_role = Some(copilot_main_role);
                self
            }
            /// Links the chat to an external object (a CRM deal, a task, an open line...).
            ///
            /// Sets `ENTITY_TYPE` and `ENTITY_ID` together.
            pub fn entity(mut self, entity: crate::im::ChatEntity) -> Self {
                let (kind, id) = entity.into_parts();
                self.entity_type = Some(kind);
                self.entity_id = Some(id);
                self
            }
            /// Adds a parameter the schema does not describe (for example one an
            /// older portal still accepts). It is sent as given.
            pub fn param(
                mut self,
                name: impl Into<String>,
                value: impl Into<serde_json::Value>,
            ) -> Self {
                self.extra.insert(name.into(), value.into());
                self
            }
        }
        impl crate::Method for Add {
            const NAME: &'static str = "im.chat.add";
            const INFO: &'static crate::schema::MethodInfo = &ADD_INFO;
            type Output = i64;
            type Error = AddError;
        }
        impl serde::Serialize for Add {
            fn serialize<S: serde::Serializer>(
                &self,
                serializer: S,
            ) -> Result<S::Ok, S::Error> {
                use serde::ser::SerializeMap as _;
                let mut map = serializer.serialize_map(None)?;
                if let Some(value) = &self.users {
                    map.serialize_entry("USERS", value)?;
                }
                if let Some(value) = &self.chat_type {
                    map.serialize_entry("TYPE", value)?;
                }
                if let Some(value) = &self.title {
                    map.serialize_entry("TITLE", value)?;
                }
                if let Some(value) = &self.description {
                    map.serialize_entry("DESCRIPTION", value)?;
                }
                if let Some(value) = &self.color {
                    map.serialize_entry("COLOR", value)?;
                }
                if let Some(value) = &self.message {
                    map.serialize_entry("MESSAGE", value)?;
                }
                if let Some(value) = &self.avatar {
                    map.serialize_entry("AVATAR", value)?;
                }
                if let Some(value) = &self.entity_type {
                    map.serialize_entry("ENTITY_TYPE", value)?;
                }
                if let Some(value) = &self.entity_id {
                    map.serialize_entry("ENTITY_ID", value)?;
                }
                if let Some(value) = &self.copilot_main_role {
                    map.serialize_entry("COPILOT_MAIN_ROLE", value)?;
                }
                for (name, value) in &self.extra {
                    map.serialize_entry(name, value)?;
                }
                map.end()
            }
        }
        /// An error code `im.chat.add` can return: its own codes, the system codes every method shares, or a code this crate does not know yet.
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[non_exhaustive]
        pub enum AddError {
            /// `USERS_EMPTY` (HTTP 400): The portal needed participants and none were given.
            ///
            /// Legacy: listed by older versions of the documentation; older portals still send it.
            UsersEmpty,
            /// `WRONG_REQUEST` (HTTP 400): The portal could not create the chat from the parameters given.
            ///
            /// Legacy: listed by older versions of the documentation; older portals still send it.
            WrongRequest,
            /// A system error, which any method may return.
            System(crate::SystemError),
            /// A code this version of the crate does not know, as received.
            Unknown(String),
        }
        /// The error table of `im.chat.add`, in documentation order.
        pub static ADD_ERRORS: [crate::schema::ErrorInfo; 2] = [
            crate::schema::ErrorInfo {
                code: "USERS_EMPTY",
                status: Some(400),
                message: "Empty users list",
                meaning: "The portal needed participants and none were given.",
                retry_safe: false,
                legacy: true,
            },
            crate::schema::ErrorInfo {
                code: "WRONG_REQUEST",
                status: Some(400),
                message: "Wrong request",
                meaning: "The portal could not create the chat from the parameters given.",
                retry_safe: false,
                legacy: true,
            },
        ];
        impl crate::MethodError for AddError {
            fn from_code(code: &str) -> Self {
                match code {
                    "USERS_EMPTY" => Self::UsersEmpty,
                    "WRONG_REQUEST" => Self::WrongRequest,
                    other => {
                        match <crate::SystemError as crate::MethodError>::from_code(
                            other,
                        ) {
                            crate::SystemError::Unknown(code) => Self::Unknown(code),
                            system => Self::System(system),
                        }
                    }
                }
            }
            fn code(&self) -> &str {
                match self {
                    Self::UsersEmpty => "USERS_EMPTY",
                    Self::WrongRequest => "WRONG_REQUEST",
                    Self::System(system) => system.code(),
                    Self::Unknown(code) => code,
                }
            }
            fn info(&self) -> Option<&'static crate::schema::ErrorInfo> {
                match self {
                    Self::UsersEmpty => Some(&ADD_ERRORS[0]),
                    Self::WrongRequest => Some(&ADD_ERRORS[1]),
                    Self::System(system) => system.info(),
                    Self::Unknown(_) => None,
                }
            }
        }
        impl std::fmt::Display for AddError {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::schema::describe_error(self, f)
            }
        }
        impl std::error::Error for AddError {}
        /// What the schema says about `im.chat.add`: its params, result and errors.
        pub static ADD_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
            name: "im.chat.add",
            scope: "im",
            summary: "Creates a chat; the caller becomes its owner.",
            docs_url: "https://apidocs.bitrix24.com/api-reference/chats/im-chat-add.html",
            who: "any user",
            idempotent: false,
            auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
            params: &[
                crate::schema::ParamInfo {
                    name: "USERS",
                    ty: "[integer]",
                    required: false,
                    required_with: None,
                    default: None,
                    doc: "Ids of the users to add. The caller is added as owner without being listed.",
                    secret: false,
                    values: &[],
                    fields: &[],
                },
                crate::schema::ParamInfo {
                    name: "TYPE",
                    ty: "ChatType",
                    required: false,
                    required_with: None,
                    default: Some("CHAT"),
                    doc: "Whether the chat is open or closed.",
                    secret: false,
                    values: &["OPEN", "CHAT"],
                    fields: &[],
                },
                crate::schema::ParamInfo {
                    name: "TITLE",
                    ty: "string",
                    required: false,
                    required_with: None,
                    default: None,
                    doc: "The chat's title. When left out the portal makes one from the template\n`#COLOR# chat №#NUMBER#` or `Chat with #USERS_NAMES#`.",
                    secret: false,
                    values: &[],
                    fields: &[],
                },
                crate::schema::ParamInfo {
                    name: "DESCRIPTION",
                    ty: "string",
                    required: false,
                    required_with: None,
                    default: None,
                    doc: "The chat's description.",
                    secret: false,
                    values: &[],
                    fields: &[],
                },
                crate::schema::ParamInfo {
                    name: "COLOR",
                    ty: "Color",
                    required: false,
                    required_with: None,
                    default: None,
                    doc: "The chat's colour, sent in upper case (`PINK`).",
                    secret: false,
                    values: &[
                        "RED",
                        "GREEN",
                        "MINT",
                        "LIGHT_BLUE",
                        "DARK_BLUE",
                        "PURPLE",
                        "AQUA",
                        "PINK",
                        "LIME",
                        "BROWN",
                        "AZURE",
                        "KHAKI",
                        "SAND",
                        "MARENGO",
                        "GRAY",
                        "GRAPHITE",
                    ],
                    fields: &[],
                },
                crate::schema::ParamInfo {
                    name: "MESSAGE",
                    ty: "string",
                    required: false,
                    required_with: None,
                    default: None,
                    doc: "The first message posted in the chat.",
                    secret: false,
                    values: &[],
                    fields: &[],
                },
                crate::schema::ParamInfo {
                    name: "AVATAR",
                    ty: "file",
                    required: false,
                    required_with: None,
                    default: None,
                    doc: "The chat's avatar as base64 text; images up to 5000x5000 pixels.",
                    secret: false,
                    values: &[],
                    fields: &[],
                },
                crate::schema::ParamInfo {
                    name: "ENTITY_TYPE",
                    ty: "ChatEntityType",
                    required: false,
                    required_with: None,
                    default: None,
                    doc: "What external object the chat is linked to. Set it together with `ENTITY_ID` through `entity`.",
                    secret: false,
                    values: &[
                        "VIDEOCONF",
                        "AI_ASSISTANT_PRIVATE",
                        "LINES",
                        "LIVECHAT",
                        "ANNOUNCEMENT",
                        "CALENDAR",
                        "MAIL",
                        "CRM",
                        "SONET_GROUP",
                        "TASKS",
                        "CALL",
                    ],
                    fields: &[],
                },
                crate::schema::ParamInfo {
                    name: "ENTITY_ID",
                    ty: "string",
                    required: false,
                    required_with: None,
                    default: None,
                    doc: "Id of the linked object within `ENTITY_TYPE`, in the format that type defines.",
                    secret: false,
                    values: &[],
                    fields: &[],
                },
                crate::schema::ParamInfo {
                    name: "COPILOT_MAIN_ROLE",
                    ty: "CopilotRole",
                    required: false,
                    required_with: None,
                    default: None,
                    doc: "Code of the main role of the BitrixGPT assistant in the chat.",
                    secret: false,
                    values: &["copilot_assistant"],
                    fields: &[],
                },
            ],
            result: "integer",
            errors: &ADD_ERRORS,
        };
    }
}
/// Methods and types of the `imbot` scope.
///
/// Needs the cargo feature `imbot`.
#[cfg(feature = "imbot")]
pub mod imbot {
    /// A chat as the imbot.v2 methods return it.
    #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
    #[non_exhaustive]
    pub struct Chat {
        /// The chat's id.
        ///
        /// Wire name: `id`.
        pub id: i64,
        /// The dialog id: `chat5` for a group chat, a user id such as `123` for a private one.
        ///
        /// Wire name: `dialogId`.
        #[serde(rename = "dialogId")]
        pub dialog_id: Option<String>,
        /// The chat's title.
        ///
        /// Wire name: `name`.
        pub name: Option<String>,
        /// What kind of chat it is.
        ///
        /// Wire name: `type`.
        #[serde(rename = "type")]
        pub kind: Option<crate::imbot::ChatKind>,
        /// Internal type letter: `C` chat, `O` open, `P` private, and others.
        ///
        /// Wire name: `messageType`.
        #[serde(rename = "messageType")]
        pub message_type: Option<String>,
        /// User id of the chat's owner.
        ///
        /// Wire name: `owner`.
        pub owner: Option<i64>,
        /// The chat's colour, sent as HEX.
        ///
        /// Wire name: `color`.
        pub color: Option<crate::Color>,
        /// URL of the chat's avatar; empty when there is none.
        ///
        /// Wire name: `avatar`.
        pub avatar: Option<String>,
        /// The chat's description.
        ///
        /// Wire name: `description`.
        pub description: Option<String>,
        /// Whether extranet users are in the chat.
        ///
        /// Wire name: `extranet`.
        pub extranet: Option<bool>,
        /// The calling user's role in the chat.
        ///
        /// Wire name: `role`.
        pub role: Option<crate::imbot::ChatRole>,
        /// Whether collaborators are in the chat.
        ///
        /// Wire name: `containsCollaber`.
        #[serde(rename = "containsCollaber")]
        pub contains_collaber: Option<bool>,
        /// Ids of users who muted the chat (absent in events).
        ///
        /// Wire name: `muteList`.
        #[serde(rename = "muteList")]
        pub mute_list: Option<Vec<i64>>,
        /// What external object the chat is linked to, such as `LINES` for open lines.
        ///
        /// Wire name: `entityType`.
        #[serde(rename = "entityType")]
        pub entity_type: Option<String>,
        /// Id of the linked object.
        ///
        /// Wire name: `entityId`.
        #[serde(rename = "entityId")]
        pub entity_id: Option<String>,
        /// Extra data of the linked object, first field.
        ///
        /// Wire name: `entityData1`.
        #[serde(rename = "entityData1")]
        pub entity_data1: Option<String>,
        /// Extra data of the linked object, second field.
        ///
        /// Wire name: `entityData2`.
        #[serde(rename = "entityData2")]
        pub entity_data2: Option<String>,
        /// Extra data of the linked object, third field.
        ///
        /// Wire name: `entityData3`.
        #[serde(rename = "entityData3")]
        pub entity_data3: Option<String>,
        /// Link data of the external object.
        ///
        /// Wire name: `entityLink`.
        #[serde(rename = "entityLink")]
        pub entity_link: Option<serde_json::Map<String, serde_json::Value>>,
        /// Id of the Drive folder holding the chat's files.
        ///
        /// Wire name: `diskFolderId`.
        #[serde(rename = "diskFolderId")]
        pub disk_folder_id: Option<i64>,
        /// What the calling user may do in the chat.
        ///
        /// Wire name: `permissions`.
        pub permissions: Option<serde_json::Map<String, serde_json::Value>>,
        /// For a thread, the id of its parent chat.
        ///
        /// Wire name: `parentChatId`.
        #[serde(rename = "parentChatId")]
        pub parent_chat_id: Option<i64>,
        /// For a thread, the id of the message it hangs off.
        ///
        /// Wire name: `parentMessageId`.
        #[serde(rename = "parentMessageId")]
        pub parent_message_id: Option<i64>,
        /// Whether the chat was just created.
        ///
        /// Wire name: `isNew`.
        #[serde(rename = "isNew")]
        pub is_new: Option<bool>,
        /// Whether the message input is enabled: `Y` or `N`.
        ///
        /// Wire name: `textFieldEnabled`.
        #[serde(rename = "textFieldEnabled")]
        pub text_field_enabled: Option<String>,
        /// Id of the chat's background, or null.
        ///
        /// Wire name: `backgroundId`.
        #[serde(rename = "backgroundId")]
        pub background_id: Option<String>,
        /// When the chat was created (ISO 8601); method responses only.
        ///
        /// Wire name: `dateCreate`.
        #[serde(rename = "dateCreate")]
        pub date_create: Option<String>,
        /// Id of the last message; method responses only.
        ///
        /// Wire name: `lastMessageId`.
        #[serde(rename = "lastMessageId")]
        pub last_message_id: Option<i64>,
        /// Id of the last message the caller read; method responses only.
        ///
        /// Wire name: `lastId`.
        #[serde(rename = "lastId")]
        pub last_id: Option<i64>,
        /// Ids of the chat's managers; method responses only.
        ///
        /// Wire name: `managerList`.
        #[serde(rename = "managerList")]
        pub manager_list: Option<Vec<i64>>,
        /// How many messages the chat holds; method responses only.
        ///
        /// Wire name: `messageCount`.
        #[serde(rename = "messageCount")]
        pub message_count: Option<i64>,
        /// How many members the chat has; method responses only.
        ///
        /// Wire name: `userCounter`.
        #[serde(rename = "userCounter")]
        pub user_counter: Option<i64>,
        /// Id of the first unread message; method responses only.
        ///
        /// Wire name: `unreadId`.
        #[serde(rename = "unreadId")]
        pub unread_id: Option<i64>,
        /// Views of the last message, as a JSON string; method responses only.
        ///
        /// Wire name: `lastMessageViews`.
        #[serde(rename = "lastMessageViews")]
        pub last_message_views: Option<String>,
        /// Id of the marked message; method responses only.
        ///
        /// Wire name: `markedId`.
        #[serde(rename = "markedId")]
        pub marked_id: Option<i64>,
        /// Public access settings; method responses only.
        ///
        /// Wire name: `public`.
        #[serde(rename = "public")]
        pub public_access: Option<serde_json::Value>,
    }
    impl serde::Serialize for Chat {
        fn serialize<S: serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            use serde::ser::SerializeMap as _;
            let mut map = serializer.serialize_map(None)?;
            let value = &self.id;
            map.serialize_entry("id", value)?;
            if let Some(value) = &self.dialog_id {
                map.serialize_entry("dialogId", value)?;
            }
            if let Some(value) = &self.name {
                map.serialize_entry("name", value)?;
            }
            if let Some(value) = &self.kind {
                map.serialize_entry("type", value)?;
            }
            if let Some(value) = &self.message_type {
                map.serialize_entry("messageType", value)?;
            }
            if let Some(value) = &self.owner {
                map.serialize_entry("owner", value)?;
            }
            if let Some(value) = &self.color {
                map.serialize_entry("color", value.hex())?;
            }
            if let Some(value) = &self.avatar {
                map.serialize_entry("avatar", value)?;
            }
            if let Some(value) = &self.description {
                map.serialize_entry("description", value)?;
            }
            if let Some(value) = &self.extranet {
                map.serialize_entry("extranet", value)?;
            }
            if let Some(value) = &self.role {
                map.serialize_entry("role", value)?;
            }
            if let Some(value) = &self.contains_collaber {
                map.serialize_entry("containsCollaber", value)?;
            }
            if let Some(value) = &self.mute_list {
                map.serialize_entry("muteList", value)?;
            }
            if let Some(value) = &self.entity_type {
                map.serialize_entry("entityType", value)?;
            }
            if let Some(value) = &self.entity_id {
                map.serialize_entry("entityId", value)?;
            }
            if let Some(value) = &self.entity_data1 {
                map.serialize_entry("entityData1", value)?;
            }
            if let Some(value) = &self.entity_data2 {
                map.serialize_entry("entityData2", value)?;
            }
            if let Some(value) = &self.entity_data3 {
                map.serialize_entry("entityData3", value)?;
            }
            if let Some(value) = &self.entity_link {
                map.serialize_entry("entityLink", value)?;
            }
            if let Some(value) = &self.disk_folder_id {
                map.serialize_entry("diskFolderId", value)?;
            }
            if let Some(value) = &self.permissions {
                map.serialize_entry("permissions", value)?;
            }
            if let Some(value) = &self.parent_chat_id {
                map.serialize_entry("parentChatId", value)?;
            }
            if let Some(value) = &self.parent_message_id {
                map.serialize_entry("parentMessageId", value)?;
            }
            if let Some(value) = &self.is_new {
                map.serialize_entry("isNew", value)?;
            }
            if let Some(value) = &self.text_field_enabled {
                map.serialize_entry("textFieldEnabled", value)?;
            }
            if let Some(value) = &self.background_id {
                map.serialize_entry("backgroundId", value)?;
            }
            if let Some(value) = &self.date_create {
                map.serialize_entry("dateCreate", value)?;
            }
            if let Some(value) = &self.last_message_id {
                map.serialize_entry("lastMessageId", value)?;
            }
            if let Some(value) = &self.last_id {
                map.serialize_entry("lastId", value)?;
            }
            if let Some(value) = &self.manager_list {
                map.serialize_entry("managerList", value)?;
            }
            if let Some(value) = &self.message_count {
                map.serialize_entry("messageCount", value)?;
            }
            if let Some(value) = &self.user_counter {
                map.serialize_entry("userCounter", value)?;
            }
            if let Some(value) = &self.unread_id {
                map.serialize_entry("unreadId", value)?;
            }
            if let Some(value) = &self.last_message_views {
                map.serialize_entry("lastMessageViews", value)?;
            }
            if let Some(value) = &self.marked_id {
                map.serialize_entry("markedId", value)?;
            }
            if let Some(value) = &self.public_access {
                map.serialize_entry("public", value)?;
            }
            map.end()
        }
    }
    /// Properties of a chat a bot creates.
    #[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
    #[non_exhaustive]
    pub struct ChatFields {
        /// The chat's title.
        ///
        /// Wire name: `title`.
        pub title: Option<String>,
        /// The chat's description.
        ///
        /// Wire name: `description`.
        pub description: Option<String>,
        /// The chat's colour, sent in camelCase (`lightBlue`). A missing or unknown colour is picked by the portal.
        ///
        /// Wire name: `color`.
        pub color: Option<crate::Color>,
        /// The chat's avatar as base64 text.
        ///
        /// Wire name: `avatar`.
        pub avatar: Option<String>,
        /// Ids of the members to add.
        ///
        /// Wire name: `userIds`.
        #[serde(rename = "userIds")]
        pub user_ids: Option<Vec<i64>>,
        /// Id of the chat's owner; the bot when left out.
        ///
        /// Wire name: `ownerId`.
        #[serde(rename = "ownerId")]
        pub owner_id: Option<i64>,
        /// The first message posted in the chat.
        ///
        /// Wire name: `message`.
        pub message: Option<String>,
    }
    impl ChatFields {
        /// Starts with every parameter unset.
        pub fn new() -> Self {
            Self::default()
        }
        /// The chat's title.
        ///
        /// Wire name: `title`.
        pub fn title(mut self, title: impl Into<String>) -> Self {
            self.title = Some(title.into());
            self
        }
        /// The chat's description.
        ///
        /// Wire name: `description`.
        pub fn description(mut self, description: impl Into<String>) -> Self {
            self.description = Some(description.into());
            self
        }
        /// The chat's colour, sent in camelCase (`lightBlue`). A missing or unknown colour is picked by the portal.
        ///
        /// Wire name: `color`.
        pub fn color(mut self, color: crate::Color) -> Self {
            self.color = Some(color);
            self
        }
        /// The chat's avatar as base64 text.
        ///
        /// Wire name: `avatar`.
        pub fn avatar(mut self, avatar: impl Into<String>) -> Self {
            self.avatar = Some(avatar.into());
            self
        }
        /// Ids of the members to add.
        ///
        /// Wire name: `userIds`.
        pub fn user_ids(mut self, user_ids: impl IntoIterator<Item = i64>) -> Self {
            self.user_ids = Some(user_ids.into_iter().collect());
            self
        }
        /// Id of the chat's owner; the bot when left out.
        ///
        /// Wire name: `ownerId`.
        pub fn owner_id(mut self, owner_id: i64) -> Self {
            self.owner_id = Some(owner_id);
            self
        }
        /// The first message posted in the chat.
        ///
        /// Wire name: `message`.
        pub fn message(mut self, message: impl Into<String>) -> Self {
            self.message = Some(message.into());
            self
        }
    }
    impl serde::Serialize for ChatFields {
        fn serialize<S: serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            use serde::ser::SerializeMap as _;
            let mut map = serializer.serialize_map(None)?;
            if let Some(value) = &self.title {
                map.serialize_entry("title", value)?;
            }
            if let Some(value) = &self.description {
                map.serialize_entry("description", value)?;
            }
            if let Some(value) = &self.color {
                map.serialize_entry("color", value.camel())?;
            }
            if let Some(value) = &self.avatar {
                map.serialize_entry("avatar", value)?;
            }
            if let Some(value) = &self.user_ids {
                map.serialize_entry("userIds", value)?;
            }
            if let Some(value) = &self.owner_id {
                map.serialize_entry("ownerId", value)?;
            }
            if let Some(value) = &self.message {
                map.serialize_entry("message", value)?;
            }
            map.end()
        }
    }
    /// What kind of chat an imbot.v2 chat is.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum ChatKind {
        /// `chat`: A group chat members are invited to.
        Chat,
        /// `open`: An open chat anyone in the portal can join.
        Open,
        /// `channel`: A channel.
        Channel,
        /// `openChannel`: An open channel.
        OpenChannel,
        /// `copilot`: A chat with the AI assistant.
        Copilot,
        /// `thread`: A thread under a message.
        Thread,
        /// `generalChannel`: The portal's general channel.
        GeneralChannel,
        /// A value this version of the crate does not know, kept as received.
        Unknown(String),
    }
    impl ChatKind {
        /// Every known value, in documentation order.
        pub const ALL: &'static [Self] = &[
            Self::Chat,
            Self::Open,
            Self::Channel,
            Self::OpenChannel,
            Self::Copilot,
            Self::Thread,
            Self::GeneralChannel,
        ];
        /// Reads a wire value; one the crate does not know becomes [`Self::Unknown`].
        pub fn from_wire(value: &str) -> Self {
            match value {
                "chat" => Self::Chat,
                "open" => Self::Open,
                "channel" => Self::Channel,
                "openChannel" => Self::OpenChannel,
                "copilot" => Self::Copilot,
                "thread" => Self::Thread,
                "generalChannel" => Self::GeneralChannel,
                other => Self::Unknown(other.to_owned()),
            }
        }
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Chat => "chat",
                Self::Open => "open",
                Self::Channel => "channel",
                Self::OpenChannel => "openChannel",
                Self::Copilot => "copilot",
                Self::Thread => "thread",
                Self::GeneralChannel => "generalChannel",
                Self::Unknown(raw) => raw,
            }
        }
        /// Whether this is a value the crate does not know.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl std::fmt::Display for ChatKind {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl std::str::FromStr for ChatKind {
        type Err = std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(Self::from_wire(value))
        }
    }
    impl serde::Serialize for ChatKind {
        fn serialize<S: serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> serde::Deserialize<'de> for ChatKind {
        fn deserialize<D: serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            crate::wire::deserialize_enum(deserializer, Self::from_wire)
        }
    }
    /// The calling user's role in a chat.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum ChatRole {
        /// `owner`: Owns the chat.
        Owner,
        /// `manager`: Manages the chat.
        Manager,
        /// `member`: A member.
        Member,
        /// `guest`: A guest.
        Guest,
        /// `none`: Not in the chat.
        None,
        /// A value this version of the crate does not know, kept as received.
        Unknown(String),
    }
    impl ChatRole {
        /// Every known value, in documentation order.
        pub const ALL: &'static [Self] = &[
            Self::Owner,
            Self::Manager,
            Self::Member,
            Self::Guest,
            Self::None,
        ];
        /// Reads a wire value; one the crate does not know becomes [`Self::Unknown`].
        pub fn from_wire(value: &str) -> Self {
            match value {
                "owner" => Self::Owner,
                "manager" => Self::Manager,
                "member" => Self::Member,
                "guest" => Self::Guest,
                "none" => Self::None,
                other => Self::Unknown(other.to_owned()),
            }
        }
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Owner => "owner",
                Self::Manager => "manager",
                Self::Member => "member",
                Self::Guest => "guest",
                Self::None => "none",
                Self::Unknown(raw) => raw,
            }
        }
        /// Whether this is a value the crate does not know.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl std::fmt::Display for ChatRole {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl std::str::FromStr for ChatRole {
        type Err = std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(Self::from_wire(value))
        }
    }
    impl serde::Serialize for ChatRole {
        fn serialize<S: serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> serde::Deserialize<'de> for ChatRole {
        fn deserialize<D: serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            crate::wire::deserialize_enum(deserializer, Self::from_wire)
        }
    }
    /// A user as the imbot.v2 methods return it.
    #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
    #[non_exhaustive]
    pub struct User {
        /// The user's id.
        ///
        /// Wire name: `id`.
        pub id: i64,
        /// Whether the user is active.
        ///
        /// Wire name: `active`.
        pub active: Option<bool>,
        /// Full name.
        ///
        /// Wire name: `name`.
        pub name: Option<String>,
        /// First name.
        ///
        /// Wire name: `firstName`.
        #[serde(rename = "firstName")]
        pub first_name: Option<String>,
        /// Last name.
        ///
        /// Wire name: `lastName`.
        #[serde(rename = "lastName")]
        pub last_name: Option<String>,
        /// Job title.
        ///
        /// Wire name: `workPosition`.
        #[serde(rename = "workPosition")]
        pub work_position: Option<String>,
        /// Placeholder colour of the avatar as HEX, such as `#df532d` (not limited to the chat colours).
        ///
        /// Wire name: `color`.
        pub color: Option<String>,
        /// URL of the avatar; empty when there is none.
        ///
        /// Wire name: `avatar`.
        pub avatar: Option<String>,
        /// `M` or `F`.
        ///
        /// Wire name: `gender`.
        pub gender: Option<String>,
        /// Date of birth; empty when not given.
        ///
        /// Wire name: `birthday`.
        pub birthday: Option<String>,
        /// Whether the user is an extranet user.
        ///
        /// Wire name: `extranet`.
        pub extranet: Option<bool>,
        /// Whether the user is a bot.
        ///
        /// Wire name: `bot`.
        pub bot: Option<bool>,
        /// Whether the user is an open-lines connector.
        ///
        /// Wire name: `connector`.
        pub connector: Option<bool>,
        /// External authorization type: `default`, `bot`, `email`, `replica` and others.
        ///
        /// Wire name: `externalAuthId`.
        #[serde(rename = "externalAuthId")]
        pub external_auth_id: Option<String>,
        /// Presence status, such as `online` or `dnd`.
        ///
        /// Wire name: `status`.
        pub status: Option<String>,
        /// Since when the user is idle (ISO 8601), or `false`.
        ///
        /// Wire name: `idle`.
        pub idle: Option<serde_json::Value>,
        /// Last activity (ISO 8601), or `false`.
        ///
        /// Wire name: `lastActivityDate`.
        #[serde(rename = "lastActivityDate")]
        pub last_activity_date: Option<serde_json::Value>,
        /// Last mobile login (ISO 8601), or `false`.
        ///
        /// Wire name: `mobileLastDate`.
        #[serde(rename = "mobileLastDate")]
        pub mobile_last_date: Option<serde_json::Value>,
        /// Last desktop login (ISO 8601), or `false`.
        ///
        /// Wire name: `desktopLastDate`.
        #[serde(rename = "desktopLastDate")]
        pub desktop_last_date: Option<serde_json::Value>,
        /// Start of an absence (ISO 8601), or `false`.
        ///
        /// Wire name: `absent`.
        pub absent: Option<serde_json::Value>,
        /// Ids of the user's departments.
        ///
        /// Wire name: `departments`.
        pub departments: Option<Vec<i64>>,
        /// Phone numbers (`personalPhone`, `workPhone`, ...), or `false`.
        ///
        /// Wire name: `phones`.
        pub phones: Option<serde_json::Value>,
        /// What kind of user this is.
        ///
        /// Wire name: `type`.
        #[serde(rename = "type")]
        pub kind: Option<crate::imbot::UserKind>,
        /// Personal website.
        ///
        /// Wire name: `website`.
        pub website: Option<String>,
        /// E-mail address.
        ///
        /// Wire name: `email`.
        pub email: Option<String>,
    }
    impl serde::Serialize for User {
        fn serialize<S: serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            use serde::ser::SerializeMap as _;
            let mut map = serializer.serialize_map(None)?;
            let value = &self.id;
            map.serialize_entry("id", value)?;
            if let Some(value) = &self.active {
                map.serialize_entry("active", value)?;
            }
            if let Some(value) = &self.name {
                map.serialize_entry("name", value)?;
            }
            if let Some(value) = &self.first_name {
                map.serialize_entry("firstName", value)?;
            }
            if let Some(value) = &self.last_name {
                map.serialize_entry("lastName", value)?;
            }
            if let Some(value) = &self.work_position {
                map.serialize_entry("workPosition", value)?;
            }
            if let Some(value) = &self.color {
                map.serialize_entry("color", value)?;
            }
            if let Some(value) = &self.avatar {
                map.serialize_entry("avatar", value)?;
            }
            if let Some(value) = &self.gender {
                map.serialize_entry("gender", value)?;
            }
            if let Some(value) = &self.birthday {
                map.serialize_entry("birthday", value)?;
            }
            if let Some(value) = &self.extranet {
                map.serialize_entry("extranet", value)?;
            }
            if let Some(value) = &self.bot {
                map.serialize_entry("bot", value)?;
            }
            if let Some(value) = &self.connector {
                map.serialize_entry("connector", value)?;
            }
            if let Some(value) = &self.external_auth_id {
                map.serialize_entry("externalAuthId", value)?;
            }
            if let Some(value) = &self.status {
                map.serialize_entry("status", value)?;
            }
            if let Some(value) = &self.idle {
                map.serialize_entry("idle", value)?;
            }
            if let Some(value) = &self.last_activity_date {
                map.serialize_entry("lastActivityDate", value)?;
            }
            if let Some(value) = &self.mobile_last_date {
                map.serialize_entry("mobileLastDate", value)?;
            }
            if let Some(value) = &self.desktop_last_date {
                map.serialize_entry("desktopLastDate", value)?;
            }
            if let Some(value) = &self.absent {
                map.serialize_entry("absent", value)?;
            }
            if let Some(value) = &self.departments {
                map.serialize_entry("departments", value)?;
            }
            if let Some(value) = &self.phones {
                map.serialize_entry("phones", value)?;
            }
            if let Some(value) = &self.kind {
                map.serialize_entry("type", value)?;
            }
            if let Some(value) = &self.website {
                map.serialize_entry("website", value)?;
            }
            if let Some(value) = &self.email {
                map.serialize_entry("email", value)?;
            }
            map.end()
        }
    }
    /// What kind of user an imbot.v2 user is.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum UserKind {
        /// `employee`: An employee of the portal.
        Employee,
        /// `extranet`: An extranet user.
        Extranet,
        /// `email`: A user who takes part by e-mail.
        Email,
        /// `collaber`: A collaborator from another company.
        Collaber,
        /// `bot`: A bot.
        Bot,
        /// A value this version of the crate does not know, kept as received.
        Unknown(String),
    }
    impl UserKind {
        /// Every known value, in documentation order.
        pub const ALL: &'static [Self] = &[
            Self::Employee,
            Self::Extranet,
            Self::Email,
            Self::Collaber,
            Self::Bot,
        ];
        /// Reads a wire value; one the crate does not know becomes [`Self::Unknown`].
        pub fn from_wire(value: &str) -> Self {
            match value {
                "employee" => Self::Employee,
                "extranet" => Self::Extranet,
                "email" => Self::Email,
                "collaber" => Self::Collaber,
                "bot" => Self::Bot,
                other => Self::Unknown(other.to_owned()),
            }
        }
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Employee => "employee",
                Self::Extranet => "extranet",
                Self::Email => "email",
                Self::Collaber => "collaber",
                Self::Bot => "bot",
                Self::Unknown(raw) => raw,
            }
        }
        /// Whether this is a value the crate does not know.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl std::fmt::Display for UserKind {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl std::str::FromStr for UserKind {
        type Err = std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(Self::from_wire(value))
        }
    }
    impl serde::Serialize for UserKind {
        fn serialize<S: serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> serde::Deserialize<'de> for UserKind {
        fn deserialize<D: serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            crate::wire::deserialize_enum(deserializer, Self::from_wire)
        }
    }
    /// The `imbot.v2.*` methods.
    pub mod v2 {
        /// The `imbot.v2.Chat.*` methods.
        pub mod chat {
            /// A bot creates a group chat; the bot owns it unless `ownerId` names someone else.
            ///
            /// Wire name `imbot.v2.Chat.add`, scope `imbot`. Who may call it: owner of the registered bot. Not idempotent: a call whose outcome is unknown must not be resent blindly. Auth: webhook, OAuth.
            ///
            /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-add.html>
            #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
            #[non_exhaustive]
            pub struct Add {
                /// Id of the bot that creates the chat.
                ///
                /// Wire name: `botId`.
                #[serde(rename = "botId")]
                pub bot_id: i64,
                /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                ///
                /// Wire name: `botToken`. Required with webhook auth.
                #[serde(rename = "botToken")]
                pub bot_token: Option<crate::Secret>,
                /// Properties of the new chat.
                ///
                /// Wire name: `fields`.
                pub fields: Option<crate::imbot::ChatFields>,
                /// Parameters the schema does not describe, sent as given after the
                /// typed ones. Set them with [`Self::param`].
                #[serde(flatten)]
                pub extra: serde_json::Map<String, serde_json::Value>,
            }
            impl Add {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `bot_id` (`botId`): Id of the bot that creates the chat.
                pub fn new(bot_id: i64) -> Self {
                    Self {
                        bot_id,
                        bot_token: None,
                        fields: None,
                        extra: serde_json::Map::new(),
                    }
                }
                /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                ///
                /// Wire name: `botToken`. Required with webhook auth.
                pub fn bot_token(mut self, bot_token: impl Into<crate::Secret>) -> Self {
                    self.bot_token = Some(bot_token.into());
                    self
                }
                /// Properties of the new chat.
                ///
                /// Wire name: `fields`.
                pub fn fields(mut self, fields: crate::imbot::ChatFields) -> Self {
                    self.fields = Some(fields);
                    self
                }
                /// Adds a parameter the schema does not describe (for example one an
                /// older portal still accepts). It is sent as given.
                pub fn param(
                    mut self,
                    name: impl Into<String>,
                    value: impl Into<serde_json::Value>,
                ) -> Self {
                    self.extra.insert(name.into(), value.into());
                    self
                }
            }
            impl crate::Method for Add {
                const NAME: &'static str = "imbot.v2.Chat.add";
                const INFO: &'static crate::schema::MethodInfo = &ADD_INFO;
                type Output = AddResult;
                type Error = AddError;
            }
            impl serde::Serialize for Add {
                fn serialize<S: serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    use serde::ser::SerializeMap as _;
                    let mut map = serializer.serialize_map(None)?;
                    let value = &self.bot_id;
                    map.serialize_entry("botId", value)?;
                    if let Some(value) = &self.bot_token {
                        map.serialize_entry("botToken", value)?;
                    }
                    if let Some(value) = &self.fields {
                        map.serialize_entry("fields", value)?;
                    }
                    for (name, value) in &self.extra {
                        map.serialize_entry(name, value)?;
                    }
                    map.end()
                }
            }
            /// What `imbot.v2.Chat.add` returns: The new chat and its members.
            #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
            #[non_exhaustive]
            pub struct AddResult {
                /// The chat that was created.
                ///
                /// Wire name: `chat`.
                pub chat: crate::imbot::Chat,
                /// The chat's members.
                ///
                /// Wire name: `users`.
                pub users: Option<Vec<crate::imbot::User>>,
            }
            impl serde::Serialize for AddResult {
                fn serialize<S: serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    use serde::ser::SerializeMap as _;
                    let mut map = serializer.serialize_map(None)?;
                    let value = &self.chat;
                    map.serialize_entry("chat", value)?;
                    if let Some(value) = &self.users {
                        map.serialize_entry("users", value)?;
                    }
                    map.end()
                }
            }
            /// An error code `imbot.v2.Chat.add` can return: its own codes, the system codes every method shares, or a code this crate does not know yet.
            #[derive(Debug, Clone, PartialEq, Eq)]
            #[non_exhaustive]
            pub enum AddError {
                /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                BotTokenNotSpecified,
                /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                BotIdRequired,
                /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                BotNotFound,
                /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                BotOwnershipError,
                /// A system error, which any method may return.
                System(crate::SystemError),
                /// A code this version of the crate does not know, as received.
                Unknown(String),
            }
            /// The error table of `imbot.v2.Chat.add`, in documentation order.
            pub static ADD_ERRORS: [crate::schema::ErrorInfo; 4] = [
                crate::schema::ErrorInfo {
                    code: "BOT_TOKEN_NOT_SPECIFIED",
                    status: Some(400),
                    message: "Bot token is not specified",
                    meaning: "`botToken` was not given, and webhook auth needs it.",
                    retry_safe: true,
                    legacy: false,
                },
                crate::schema::ErrorInfo {
                    code: "BOT_ID_REQUIRED",
                    status: Some(400),
                    message: "Bot ID is required",
                    meaning: "`botId` was not given.",
                    retry_safe: true,
                    legacy: false,
                },
                crate::schema::ErrorInfo {
                    code: "BOT_NOT_FOUND",
                    status: Some(400),
                    message: "Bot not found",
                    meaning: "No bot has this id.",
                    retry_safe: true,
                    legacy: false,
                },
                crate::schema::ErrorInfo {
                    code: "BOT_OWNERSHIP_ERROR",
                    status: Some(403),
                    message: "Bot is registered by another application",
                    meaning: "The bot belongs to another application, so this caller may not act for it.",
                    retry_safe: true,
                    legacy: false,
                },
            ];
            impl crate::MethodError for AddError {
                fn from_code(code: &str) -> Self {
                    match code {
                        "BOT_TOKEN_NOT_SPECIFIED" => Self::BotTokenNotSpecified,
                        "BOT_ID_REQUIRED" => Self::BotIdRequired,
                        "BOT_NOT_FOUND" => Self::BotNotFound,
                        "BOT_OWNERSHIP_ERROR" => Self::BotOwnershipError,
                        other => {
                            match <crate::SystemError as crate::MethodError>::from_code(
                                other,
                            ) {
                                crate::SystemError::Unknown(code) => Self::Unknown(code),
                                system => Self::System(system),
                            }
                        }
                    }
                }
                fn code(&self) -> &str {
                    match self {
                        Self::BotTokenNotSpecified => "BOT_TOKEN_NOT_SPECIFIED",
                        Self::BotIdRequired => "BOT_ID_REQUIRED",
                        Self::BotNotFound => "BOT_NOT_FOUND",
                        Self::BotOwnershipError => "BOT_OWNERSHIP_ERROR",
                        Self::System(system) => system.code(),
                        Self::Unknown(code) => code,
                    }
                }
                fn info(&self) -> Option<&'static crate::schema::ErrorInfo> {
                    match self {
                        Self::BotTokenNotSpecified => Some(&ADD_ERRORS[0]),
                        Self::BotIdRequired => Some(&ADD_ERRORS[1]),
                        Self::BotNotFound => Some(&ADD_ERRORS[2]),
                        Self::BotOwnershipError => Some(&ADD_ERRORS[3]),
                        Self::System(system) => system.info(),
                        Self::Unknown(_) => None,
                    }
                }
            }
            impl std::fmt::Display for AddError {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    crate::schema::describe_error(self, f)
                }
            }
            impl std::error::Error for AddError {}
            /// What the schema says about `imbot.v2.Chat.add`: its params, result and errors.
            pub static ADD_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                name: "imbot.v2.Chat.add",
                scope: "imbot",
                summary: "A bot creates a group chat; the bot owns it unless `ownerId` names someone else.",
                docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-add.html",
                who: "owner of the registered bot",
                idempotent: false,
                auth: &[
                    crate::schema::AuthMode::Webhook,
                    crate::schema::AuthMode::Oauth,
                ],
                params: &[
                    crate::schema::ParamInfo {
                        name: "botId",
                        ty: "integer",
                        required: true,
                        required_with: None,
                        default: None,
                        doc: "Id of the bot that creates the chat.",
                        secret: false,
                        values: &[],
                        fields: &[],
                    },
                    crate::schema::ParamInfo {
                        name: "botToken",
                        ty: "string",
                        required: false,
                        required_with: Some(crate::schema::AuthMode::Webhook),
                        default: None,
                        doc: "The token given when the bot was registered. Needed with webhook auth, not with OAuth.",
                        secret: true,
                        values: &[],
                        fields: &[],
                    },
                    crate::schema::ParamInfo {
                        name: "fields",
                        ty: "ChatFields",
                        required: false,
                        required_with: None,
                        default: None,
                        doc: "Properties of the new chat.",
                        secret: false,
                        values: &[],
                        fields: &[
                            crate::schema::ParamInfo {
                                name: "title",
                                ty: "string",
                                required: false,
                                required_with: None,
                                default: None,
                                doc: "The chat's title.",
                                secret: false,
                                values: &[],
                                fields: &[],
                            },
                            crate::schema::ParamInfo {
                                name: "description",
                                ty: "string",
                                required: false,
                                required_with: None,
                                default: None,
                                doc: "The chat's description.",
                                secret: false,
                                values: &[],
                                fields: &[],
                            },
                            crate::schema::ParamInfo {
                                name: "color",
                                ty: "Color",
                                required: false,
                                required_with: None,
                                default: None,
                                doc: "The chat's colour, sent in camelCase (`lightBlue`). A missing or unknown colour is picked by the portal.",
                                secret: false,
                                values: &[
                                    "red",
                                    "green",
                                    "mint",
                                    "lightBlue",
                                    "darkBlue",
                                    "purple",
                                    "aqua",
                                    "pink",
                                    "lime",
                                    "brown",
                                    "azure",
                                    "khaki",
                                    "sand",
                                    "marengo",
                                    "gray",
                                    "graphite",
                                ],
                                fields: &[],
                            },
                            crate::schema::ParamInfo {
                                name: "avatar",
                                ty: "file",
                                required: false,
                                required_with: None,
                                default: None,
                                doc: "The chat's avatar as base64 text.",
                                secret: false,
                                values: &[],
                                fields: &[],
                            },
                            crate::schema::ParamInfo {
                                name: "userIds",
                                ty: "[integer]",
                                required: false,
                                required_with: None,
                                default: None,
                                doc: "Ids of the members to add.",
                                secret: false,
                                values: &[],
                                fields: &[],
                            },
                            crate::schema::ParamInfo {
                                name: "ownerId",
                                ty: "integer",
                                required: false,
                                required_with: None,
                                default: None,
                                doc: "Id of the chat's owner; the bot when left out.",
                                secret: false,
                                values: &[],
                                fields: &[],
                            },
                            crate::schema::ParamInfo {
                                name: "message",
                                ty: "string",
                                required: false,
                                required_with: None,
                                default: None,
                                doc: "The first message posted in the chat.",
                                secret: false,
                                values: &[],
                                fields: &[],
                            },
                        ],
                    },
                ],
                result: "object",
                errors: &ADD_ERRORS,
            };
        }
    }
}
