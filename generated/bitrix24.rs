// @generated from schema/*.yaml by bitrix24-codegen — do not edit.
// Refresh with `cargo run -p bitrix24-codegen -- snapshot`; a test fails when this file is stale.

/// What a keyboard button does on the user's side.
///
/// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/message-keyboards.html>
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ButtonAction {
    /// `PUT`: Puts `ACTION_VALUE` into the message input.
    Put,
    /// `SEND`: Sends `ACTION_VALUE` as a message.
    Send,
    /// `COPY`: Copies `ACTION_VALUE` to the clipboard.
    Copy,
    /// `CALL`: Calls the phone number in `ACTION_VALUE`.
    Call,
    /// `DIALOG`: Opens the dialog in `ACTION_VALUE`.
    Dialog,
    /// A value this version of the crate does not know, kept as received.
    Unknown(crate::UnknownValue),
}
impl ButtonAction {
    /// Every known value, in documentation order.
    pub const ALL: &'static [Self] = &[
        Self::Put,
        Self::Send,
        Self::Copy,
        Self::Call,
        Self::Dialog,
    ];
    /// Reads a wire value; one the crate does not know becomes [`Self::Unknown`].
    pub fn from_wire(value: &str) -> Self {
        match value {
            "PUT" => Self::Put,
            "SEND" => Self::Send,
            "COPY" => Self::Copy,
            "CALL" => Self::Call,
            "DIALOG" => Self::Dialog,
            other => Self::Unknown(crate::UnknownValue::new(other)),
        }
    }
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Put => "PUT",
            Self::Send => "SEND",
            Self::Copy => "COPY",
            Self::Call => "CALL",
            Self::Dialog => "DIALOG",
            Self::Unknown(raw) => raw.as_str(),
        }
    }
    /// Whether this is a value the crate does not know.
    #[inline]
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
crate::macros::enum_impls!(ButtonAction);
/// A theme colour of a keyboard button.
///
/// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/message-keyboards.html>
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ButtonColorToken {
    /// `primary`: The primary colour.
    Primary,
    /// `secondary`: The secondary colour.
    Secondary,
    /// `alert`: The alert colour.
    Alert,
    /// `base`: The base colour (the default).
    Base,
    /// A value this version of the crate does not know, kept as received.
    Unknown(crate::UnknownValue),
}
impl ButtonColorToken {
    /// Every known value, in documentation order.
    pub const ALL: &'static [Self] = &[
        Self::Primary,
        Self::Secondary,
        Self::Alert,
        Self::Base,
    ];
    /// Reads a wire value; one the crate does not know becomes [`Self::Unknown`].
    pub fn from_wire(value: &str) -> Self {
        match value {
            "primary" => Self::Primary,
            "secondary" => Self::Secondary,
            "alert" => Self::Alert,
            "base" => Self::Base,
            other => Self::Unknown(crate::UnknownValue::new(other)),
        }
    }
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Primary => "primary",
            Self::Secondary => "secondary",
            Self::Alert => "alert",
            Self::Base => "base",
            Self::Unknown(raw) => raw.as_str(),
        }
    }
    /// Whether this is a value the crate does not know.
    #[inline]
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
crate::macros::enum_impls!(ButtonColorToken);
/// Where a keyboard button is shown.
///
/// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/message-keyboards.html>
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ButtonContext {
    /// `MOBILE`: On mobile devices only.
    Mobile,
    /// `DESKTOP`: On desktops only.
    Desktop,
    /// `ALL`: Everywhere (the default).
    All,
    /// A value this version of the crate does not know, kept as received.
    Unknown(crate::UnknownValue),
}
impl ButtonContext {
    /// Every known value, in documentation order.
    pub const ALL: &'static [Self] = &[Self::Mobile, Self::Desktop, Self::All];
    /// Reads a wire value; one the crate does not know becomes [`Self::Unknown`].
    pub fn from_wire(value: &str) -> Self {
        match value {
            "MOBILE" => Self::Mobile,
            "DESKTOP" => Self::Desktop,
            "ALL" => Self::All,
            other => Self::Unknown(crate::UnknownValue::new(other)),
        }
    }
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Mobile => "MOBILE",
            Self::Desktop => "DESKTOP",
            Self::All => "ALL",
            Self::Unknown(raw) => raw.as_str(),
        }
    }
    /// Whether this is a value the crate does not know.
    #[inline]
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
crate::macros::enum_impls!(ButtonContext);
/// How a keyboard button is laid out.
///
/// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/message-keyboards.html>
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ButtonDisplay {
    /// `LINE`: In line with the buttons next to it.
    Line,
    /// `BLOCK`: As a block of its own (the default).
    Block,
    /// A value this version of the crate does not know, kept as received.
    Unknown(crate::UnknownValue),
}
impl ButtonDisplay {
    /// Every known value, in documentation order.
    pub const ALL: &'static [Self] = &[Self::Line, Self::Block];
    /// Reads a wire value; one the crate does not know becomes [`Self::Unknown`].
    pub fn from_wire(value: &str) -> Self {
        match value {
            "LINE" => Self::Line,
            "BLOCK" => Self::Block,
            other => Self::Unknown(crate::UnknownValue::new(other)),
        }
    }
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Line => "LINE",
            Self::Block => "BLOCK",
            Self::Unknown(raw) => raw.as_str(),
        }
    }
    /// Whether this is a value the crate does not know.
    #[inline]
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
crate::macros::enum_impls!(ButtonDisplay);
/// A keyboard entry that is not a button.
///
/// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/message-keyboards.html>
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ButtonType {
    /// `NEWLINE`: Starts a new line of buttons.
    Newline,
    /// A value this version of the crate does not know, kept as received.
    Unknown(crate::UnknownValue),
}
impl ButtonType {
    /// Every known value, in documentation order.
    pub const ALL: &'static [Self] = &[Self::Newline];
    /// Reads a wire value; one the crate does not know becomes [`Self::Unknown`].
    pub fn from_wire(value: &str) -> Self {
        match value {
            "NEWLINE" => Self::Newline,
            other => Self::Unknown(crate::UnknownValue::new(other)),
        }
    }
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Newline => "NEWLINE",
            Self::Unknown(raw) => raw.as_str(),
        }
    }
    /// Whether this is a value the crate does not know.
    #[inline]
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
crate::macros::enum_impls!(ButtonType);
/// A chat colour. Each method sends its own spelling (`PINK` for `im.*`, `pink` for `imbot.v2.*`), and responses give the HEX, which reads back into the same value.
///
/// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-add.html>
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
    Unknown(crate::UnknownValue),
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
            other => Self::Unknown(crate::UnknownValue::new(other)),
        }
    }
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        self.upper()
    }
    /// The `upper` spelling (the default). An unknown value is returned as received.
    #[inline]
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
            Self::Unknown(raw) => raw.as_str(),
        }
    }
    /// The `camel` spelling. An unknown value is returned as received.
    #[inline]
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
            Self::Unknown(raw) => raw.as_str(),
        }
    }
    /// The `hex` spelling. An unknown value is returned as received.
    #[inline]
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
            Self::Unknown(raw) => raw.as_str(),
        }
    }
    /// Whether this is a value the crate does not know.
    #[inline]
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
crate::macros::enum_impls!(Color);
crate::macros::object! {
    /// A keyboard in its full form: the buttons and, for a bot's keyboard, the bot.
    ///
    /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/message-keyboards.html>
    #[object(KEYBOARD_TY)]
    pub struct Keyboard {
        /// The bot whose commands the buttons call.
        #[param("BOT_ID", opt, plain(i64))]
        #[table(TyInfo::Integer)]
        #[serde(default, deserialize_with = "crate::de::lax")]
        pub bot_id: Option<i64>,
        /// The buttons and line breaks.
        #[param("BUTTONS", req, none)]
        #[table(TyInfo::List(&TyInfo::Struct(&crate::KEYBOARD_BUTTON_TY)), required())]
        #[serde(deserialize_with = "crate::de::lax")]
        pub buttons: Vec<crate::KeyboardButton>,
    }
    impl Keyboard {
        /// Starts with the required parameters; the rest are set with the methods below.
        ///
        /// - `buttons` (`BUTTONS`): The buttons and line breaks.
        #[inline]
        pub fn new(buttons: impl IntoIterator<Item = crate::KeyboardButton>) -> Self {
            Self {
                bot_id: None,
                buttons: buttons.into_iter().collect(),
                extra: serde_json::Map::new(),
            }
        }
    }
}
crate::macros::object! {
    /// One button of a keyboard under a message. Every button but a line break
    /// needs `TEXT` and one action: `LINK`, `COMMAND`, `ACTION` with
    /// `ACTION_VALUE`, or `APP_ID`.
    ///
    /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/message-keyboards.html>
    #[object(KEYBOARD_BUTTON_TY)]
    #[derive(Default)]
    pub struct KeyboardButton {
        /// The button's label.
        #[param("TEXT", opt, into(String))]
        #[table(TyInfo::String)]
        pub text: Option<String>,
        /// `NEWLINE` makes this entry a line break instead of a button.
        #[param("TYPE", opt, plain(crate::ButtonType))]
        #[table(TyInfo::Enum(&EnumTy::new("ButtonType", &["NEWLINE"])))]
        pub kind: Option<crate::ButtonType>,
        /// A URL to open: `http`, `https`, or a path starting with `/`.
        #[param("LINK", opt, into(String))]
        #[table(TyInfo::String)]
        pub link: Option<String>,
        /// An application to open in the chat (an older way; open-channel chats still use it).
        #[param("APP_ID", opt, plain(i64))]
        #[table(TyInfo::Integer)]
        #[serde(default, deserialize_with = "crate::de::lax")]
        pub app_id: Option<i64>,
        /// Parameters for `APP_ID`.
        #[param("APP_PARAMS", opt, into(String))]
        #[table(TyInfo::String)]
        pub app_params: Option<String>,
        /// What pressing the button does on the user's side.
        #[param("ACTION", opt, plain(crate::ButtonAction))]
        #[table(
            TyInfo::Enum(
                &EnumTy::new("ButtonAction", &["PUT", "SEND", "COPY", "CALL", "DIALOG"])
            )
        )]
        pub action: Option<crate::ButtonAction>,
        /// What the action works on: the text to put, send or copy, the phone number to call, the dialog to open (`chatXXX` or a user id).
        #[param("ACTION_VALUE", opt, into(String))]
        #[table(TyInfo::String)]
        pub action_value: Option<String>,
        /// A bot command to run when the button is pressed.
        #[param("COMMAND", opt, into(String))]
        #[table(TyInfo::String)]
        pub command: Option<String>,
        /// Parameters of `COMMAND`.
        #[param("COMMAND_PARAMS", opt, into(String))]
        #[table(TyInfo::String)]
        pub command_params: Option<String>,
        /// `Y` disables a `COMMAND` button once it is pressed (buttons with `ACTION` run on the user's side and stay enabled).
        #[notes("Default: `N`.")]
        #[param("BLOCK", opt, plain(crate::YesNo))]
        #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])), default("N"))]
        pub block: Option<crate::YesNo>,
        /// `Y` shows the button disabled.
        #[notes("Default: `N`.")]
        #[param("DISABLED", opt, plain(crate::YesNo))]
        #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])), default("N"))]
        pub disabled: Option<crate::YesNo>,
        /// Where the button is shown.
        #[notes("Default: `ALL`.")]
        #[param("CONTEXT", opt, plain(crate::ButtonContext))]
        #[table(
            TyInfo::Enum(&EnumTy::new("ButtonContext", &["MOBILE", "DESKTOP", "ALL"])),
            default("ALL")
        )]
        pub context: Option<crate::ButtonContext>,
        /// How the button is laid out.
        #[notes("Default: `BLOCK`.")]
        #[param("DISPLAY", opt, plain(crate::ButtonDisplay))]
        #[table(
            TyInfo::Enum(&EnumTy::new("ButtonDisplay", &["LINE", "BLOCK"])),
            default("BLOCK")
        )]
        pub display: Option<crate::ButtonDisplay>,
        /// Width in pixels.
        #[param("WIDTH", opt, plain(i64))]
        #[table(TyInfo::Integer)]
        #[serde(default, deserialize_with = "crate::de::lax")]
        pub width: Option<i64>,
        /// Background colour as HEX.
        #[param("BG_COLOR", opt, into(String))]
        #[table(TyInfo::String)]
        pub bg_color: Option<String>,
        /// Background colour as a theme token.
        #[notes("Default: `base`.")]
        #[param("BG_COLOR_TOKEN", opt, plain(crate::ButtonColorToken))]
        #[table(
            TyInfo::Enum(
                &EnumTy::new("ButtonColorToken", &["primary", "secondary", "alert", "base"])
            ),
            default("base")
        )]
        pub bg_color_token: Option<crate::ButtonColorToken>,
        /// Text colour as HEX.
        #[param("TEXT_COLOR", opt, into(String))]
        #[table(TyInfo::String)]
        pub text_color: Option<String>,
        /// Background colour when disabled.
        #[param("OFF_BG_COLOR", opt, into(String))]
        #[table(TyInfo::String)]
        pub off_bg_color: Option<String>,
        /// Text colour when disabled.
        #[param("OFF_TEXT_COLOR", opt, into(String))]
        #[table(TyInfo::String)]
        pub off_text_color: Option<String>,
    }
    impl KeyboardButton {
        /// Starts with every parameter unset.
        #[inline]
        pub fn new() -> Self {
            Self::default()
        }
    }
}
crate::macros::object! {
    /// How long a call took, and how much of the method's execution-time budget is used. Which fields appear depends on the method and the portal.
    ///
    /// Documentation: <https://apidocs.bitrix24.com/api-reference/data-types.html>
    #[object(TIME_TY)]
    #[derive(Default)]
    pub struct Time {
        /// When the portal started handling the call, as a Unix timestamp with fractions of a second.
        #[param("start", opt, none)]
        #[table(TyInfo::Double)]
        #[serde(default, deserialize_with = "crate::de::lax")]
        pub start: Option<f64>,
        /// When the portal finished handling the call, as a Unix timestamp with fractions of a second.
        #[param("finish", opt, none)]
        #[table(TyInfo::Double)]
        #[serde(default, deserialize_with = "crate::de::lax")]
        pub finish: Option<f64>,
        /// Seconds from `start` to `finish`.
        #[param("duration", opt, none)]
        #[table(TyInfo::Double)]
        #[serde(default, deserialize_with = "crate::de::lax")]
        pub duration: Option<f64>,
        /// Seconds spent processing the call itself.
        #[param("processing", opt, none)]
        #[table(TyInfo::Double)]
        #[serde(default, deserialize_with = "crate::de::lax")]
        pub processing: Option<f64>,
        /// `start` as a date and time with offset, such as `2026-02-25T11:58:35+01:00`.
        #[param("date_start", opt, none)]
        #[table(TyInfo::String)]
        pub date_start: Option<String>,
        /// `finish` as a date and time with offset.
        #[param("date_finish", opt, none)]
        #[table(TyInfo::String)]
        pub date_finish: Option<String>,
        /// Unix timestamp at which the oldest minute bucket leaves the method's time budget (usually a whole number).
        #[param("operating_reset_at", opt, none)]
        #[table(TyInfo::Double)]
        #[serde(default, deserialize_with = "crate::de::lax")]
        pub operating_reset_at: Option<f64>,
        /// Seconds of execution time this method has used in the current ten-minute window; above the portal's limit the method answers `OPERATION_TIME_LIMIT`.
        #[param("operating", opt, none)]
        #[table(TyInfo::Double)]
        #[serde(default, deserialize_with = "crate::de::lax")]
        pub operating: Option<f64>,
    }
}
/// A flag written `Y` or `N`.
///
/// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/message-keyboards.html>
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum YesNo {
    /// `Y`: Yes.
    Yes,
    /// `N`: No.
    No,
    /// A value this version of the crate does not know, kept as received.
    Unknown(crate::UnknownValue),
}
impl YesNo {
    /// Every known value, in documentation order.
    pub const ALL: &'static [Self] = &[Self::Yes, Self::No];
    /// Reads a wire value; one the crate does not know becomes [`Self::Unknown`].
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Y" => Self::Yes,
            "N" => Self::No,
            other => Self::Unknown(crate::UnknownValue::new(other)),
        }
    }
    /// The value as sent on the wire.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Self::Yes => "Y",
            Self::No => "N",
            Self::Unknown(raw) => raw.as_str(),
        }
    }
    /// Whether this is a value the crate does not know.
    #[inline]
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
crate::macros::enum_impls!(YesNo);
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
    Unknown(crate::UnknownValue),
}
/// The system error table, in documentation order.
pub static SYSTEM_ERRORS: [crate::schema::ErrorInfo; 16] = [
    crate::schema::ErrorInfo::new(
        "INTERNAL_SERVER_ERROR",
        Some(500),
        "Internal server error",
        "The portal failed while handling the call; whether anything was done is unknown.",
    ),
    crate::schema::ErrorInfo::new(
        "ERROR_UNEXPECTED_ANSWER",
        Some(500),
        "Server returned an unexpected response",
        "The portal produced an answer it could not deliver; whether anything was done is unknown.",
    ),
    crate::schema::ErrorInfo::new(
            "QUERY_LIMIT_EXCEEDED",
            Some(503),
            "Too many requests",
            "The request rate limit (leaky bucket) was exceeded; the call was refused before it ran.",
        )
        .retry_safe(),
    crate::schema::ErrorInfo::new(
            "ERROR_BATCH_METHOD_NOT_ALLOWED",
            Some(405),
            "Method is not allowed for batch usage",
            "This method cannot be called inside `batch`.",
        )
        .retry_safe(),
    crate::schema::ErrorInfo::new(
            "ERROR_BATCH_LENGTH_EXCEEDED",
            Some(400),
            "Max batch length exceeded",
            "The parameters of a `batch` call are longer than the portal allows.",
        )
        .retry_safe(),
    crate::schema::ErrorInfo::new(
            "NO_AUTH_FOUND",
            Some(401),
            "Wrong authorization data",
            "The access token or webhook code is not valid.",
        )
        .retry_safe(),
    crate::schema::ErrorInfo::new(
            "INVALID_REQUEST",
            Some(400),
            "Https required",
            "The call was made over plain HTTP; the portal requires HTTPS.",
        )
        .retry_safe(),
    crate::schema::ErrorInfo::new(
            "OVERLOAD_LIMIT",
            Some(503),
            "REST API is blocked due to overload",
            "The portal's REST API was blocked by hand because of overload; support has to lift the block.",
        )
        .retry_safe(),
    crate::schema::ErrorInfo::new(
            "ACCESS_DENIED",
            Some(403),
            "REST API is available only on commercial plans",
            "The portal's plan does not include the REST API.",
        )
        .retry_safe(),
    crate::schema::ErrorInfo::new(
            "INVALID_CREDENTIALS",
            Some(403),
            "Invalid request credentials",
            "The user behind the token or webhook lacks the permissions this call needs.",
        )
        .retry_safe(),
    crate::schema::ErrorInfo::new(
            "ERROR_MANIFEST_IS_NOT_AVAILABLE",
            Some(404),
            "Manifest is not available",
            "The requested manifest is not available.",
        )
        .retry_safe(),
    crate::schema::ErrorInfo::new(
            "insufficient_scope",
            Some(403),
            "The request requires higher privileges than provided by the webhook token",
            "The webhook or application lacks the scope this method belongs to.",
        )
        .retry_safe(),
    crate::schema::ErrorInfo::new(
            "expired_token",
            Some(401),
            "The access token provided has expired",
            "The OAuth access token has expired; refresh it and call again.",
        )
        .retry_safe(),
    crate::schema::ErrorInfo::new(
            "user_access_error",
            Some(403),
            "The user does not have access to the application",
            "The application is installed, but the administrator limited it to other users.",
        )
        .retry_safe(),
    crate::schema::ErrorInfo::new(
            "PORTAL_DELETED",
            Some(500),
            "Portal was deleted",
            "The public part of the portal is closed (deleted, or closed for maintenance on an on-premise install).",
        )
        .retry_safe(),
    crate::schema::ErrorInfo::new(
            "OPERATION_TIME_LIMIT",
            Some(429),
            "Method is blocked due to operation time limit",
            "The method used up its execution-time budget for this application or webhook; calls are refused until the oldest minute bucket resets (see `operating_reset_at`).",
        )
        .retry_safe(),
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
            other => Self::Unknown(crate::UnknownValue::new(other)),
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
            Self::Unknown(code) => code.as_str(),
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
/// scope; `build.rs` generates only the enabled scopes), sorted by wire
/// name: what the CLI and the emulator read to know each method's
/// params and errors.
pub static METHODS: &[&crate::schema::MethodInfo] = &[
    &crate::crm::company::ADD_INFO,
    &crate::crm::company::DELETE_INFO,
    &crate::crm::company::GET_INFO,
    &crate::crm::company::LIST_INFO,
    &crate::crm::company::UPDATE_INFO,
    &crate::crm::contact::ADD_INFO,
    &crate::crm::contact::DELETE_INFO,
    &crate::crm::contact::GET_INFO,
    &crate::crm::contact::LIST_INFO,
    &crate::crm::contact::UPDATE_INFO,
    &crate::crm::deal::ADD_INFO,
    &crate::crm::deal::DELETE_INFO,
    &crate::crm::deal::FIELDS_INFO,
    &crate::crm::deal::GET_INFO,
    &crate::crm::deal::LIST_INFO,
    &crate::crm::deal::UPDATE_INFO,
    &crate::event::BIND_INFO,
    &crate::event::offline::GET_INFO,
    &crate::event::UNBIND_INFO,
    &crate::im::chat::ADD_INFO,
    &crate::im::chat::GET_INFO,
    &crate::im::chat::LEAVE_INFO,
    &crate::im::chat::MUTE_INFO,
    &crate::im::chat::SET_OWNER_INFO,
    &crate::im::chat::UPDATE_AVATAR_INFO,
    &crate::im::chat::UPDATE_COLOR_INFO,
    &crate::im::chat::UPDATE_TITLE_INFO,
    &crate::im::chat::user::ADD_INFO,
    &crate::im::chat::user::DELETE_INFO,
    &crate::im::chat::user::LIST_INFO,
    &crate::im::counters::GET_INFO,
    &crate::im::department::colleagues::LIST_INFO,
    &crate::im::department::employees::GET_INFO,
    &crate::im::department::GET_INFO,
    &crate::im::department::managers::GET_INFO,
    &crate::im::dialog::GET_INFO,
    &crate::im::dialog::messages::GET_INFO,
    &crate::im::dialog::messages::SEARCH_INFO,
    &crate::im::dialog::READ_INFO,
    &crate::im::dialog::read::ALL_INFO,
    &crate::im::dialog::UNREAD_INFO,
    &crate::im::dialog::users::LIST_INFO,
    &crate::im::dialog::WRITING_INFO,
    &crate::im::disk::file::COMMIT_INFO,
    &crate::im::disk::file::DELETE_INFO,
    &crate::im::disk::file::SAVE_INFO,
    &crate::im::disk::folder::GET_INFO,
    &crate::im::message::ADD_INFO,
    &crate::im::message::COMMAND_INFO,
    &crate::im::message::DELETE_INFO,
    &crate::im::message::LIKE_INFO,
    &crate::im::message::SHARE_INFO,
    &crate::im::message::UPDATE_INFO,
    &crate::im::NOTIFY_INFO,
    &crate::im::notify::ANSWER_INFO,
    &crate::im::notify::CONFIRM_INFO,
    &crate::im::notify::DELETE_INFO,
    &crate::im::notify::GET_INFO,
    &crate::im::notify::history::SEARCH_INFO,
    &crate::im::notify::personal::ADD_INFO,
    &crate::im::notify::READ_INFO,
    &crate::im::notify::read::ALL_INFO,
    &crate::im::notify::read::LIST_INFO,
    &crate::im::notify::schema::GET_INFO,
    &crate::im::notify::system::ADD_INFO,
    &crate::im::recent::GET_INFO,
    &crate::im::recent::HIDE_INFO,
    &crate::im::recent::LIST_INFO,
    &crate::im::recent::PIN_INFO,
    &crate::im::recent::UNREAD_INFO,
    &crate::im::revision::GET_INFO,
    &crate::im::search::chat::LIST_INFO,
    &crate::im::search::department::LIST_INFO,
    &crate::im::search::last::ADD_INFO,
    &crate::im::search::last::DELETE_INFO,
    &crate::im::search::last::GET_INFO,
    &crate::im::search::user::LIST_INFO,
    &crate::im::user::GET_INFO,
    &crate::im::user::list::GET_INFO,
    &crate::im::user::status::GET_INFO,
    &crate::im::user::status::idle::END_INFO,
    &crate::im::user::status::idle::START_INFO,
    &crate::im::user::status::SET_INFO,
    &crate::imbot::v2::bot::GET_INFO,
    &crate::imbot::v2::bot::LIST_INFO,
    &crate::imbot::v2::bot::REGISTER_INFO,
    &crate::imbot::v2::bot::UNREGISTER_INFO,
    &crate::imbot::v2::bot::UPDATE_INFO,
    &crate::imbot::v2::chat::input_action::NOTIFY_INFO,
    &crate::imbot::v2::chat::manager::ADD_INFO,
    &crate::imbot::v2::chat::manager::DELETE_INFO,
    &crate::imbot::v2::chat::message::reaction::ADD_INFO,
    &crate::imbot::v2::chat::message::reaction::DELETE_INFO,
    &crate::imbot::v2::chat::message::DELETE_INFO,
    &crate::imbot::v2::chat::message::GET_INFO,
    &crate::imbot::v2::chat::message::GET_CONTEXT_INFO,
    &crate::imbot::v2::chat::message::READ_INFO,
    &crate::imbot::v2::chat::message::SEND_INFO,
    &crate::imbot::v2::chat::message::UPDATE_INFO,
    &crate::imbot::v2::chat::text_field::ENABLED_INFO,
    &crate::imbot::v2::chat::user::ADD_INFO,
    &crate::imbot::v2::chat::user::DELETE_INFO,
    &crate::imbot::v2::chat::user::LIST_INFO,
    &crate::imbot::v2::chat::ADD_INFO,
    &crate::imbot::v2::chat::GET_INFO,
    &crate::imbot::v2::chat::LEAVE_INFO,
    &crate::imbot::v2::chat::SET_OWNER_INFO,
    &crate::imbot::v2::chat::UPDATE_INFO,
    &crate::imbot::v2::command::ANSWER_INFO,
    &crate::imbot::v2::command::LIST_INFO,
    &crate::imbot::v2::command::REGISTER_INFO,
    &crate::imbot::v2::command::UNREGISTER_INFO,
    &crate::imbot::v2::command::UPDATE_INFO,
    &crate::imbot::v2::event::GET_INFO,
    &crate::imbot::v2::file::DOWNLOAD_INFO,
    &crate::imbot::v2::file::UPLOAD_INFO,
    &crate::imbot::v2::revision::GET_INFO,
];
/// Every event of the scopes this build includes, sorted by name: its
/// scope, page and the type of its `data`, for the CLI and the
/// emulator.
pub static EVENTS: &[crate::schema::EventInfo] = &[
    crate::schema::EventInfo {
        name: "ONIMBOTV2COMMANDADD",
        scope: "imbot",
        summary: "A user called one of the bot's slash commands; a message with several commands gives one event each.",
        docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/events.html#onimbotv2commandadd",
        payload: crate::schema::TyInfo::Struct(&crate::imbot::events::COMMAND_ADD_TY),
    },
    crate::schema::EventInfo {
        name: "ONIMBOTV2CONTEXTGET",
        scope: "imbot",
        summary: "A user opened a dialog with the bot and passed context data along.",
        docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/events.html#onimbotv2contextget",
        payload: crate::schema::TyInfo::Struct(&crate::imbot::events::CONTEXT_GET_TY),
    },
    crate::schema::EventInfo {
        name: "ONIMBOTV2DELETE",
        scope: "imbot",
        summary: "The bot was removed from the portal; nothing follows this event.",
        docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/events.html#onimbotv2delete",
        payload: crate::schema::TyInfo::Struct(&crate::imbot::events::DELETE_TY),
    },
    crate::schema::EventInfo {
        name: "ONIMBOTV2JOINCHAT",
        scope: "imbot",
        summary: "The bot was added to a chat, or invited into one.",
        docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/events.html#onimbotv2joinchat",
        payload: crate::schema::TyInfo::Struct(&crate::imbot::events::JOIN_CHAT_TY),
    },
    crate::schema::EventInfo {
        name: "ONIMBOTV2MESSAGEADD",
        scope: "imbot",
        summary: "A user posted a message in a chat where the bot is a member.",
        docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/events.html#onimbotv2messageadd",
        payload: crate::schema::TyInfo::Struct(&crate::imbot::events::MESSAGE_ADD_TY),
    },
    crate::schema::EventInfo {
        name: "ONIMBOTV2MESSAGEDELETE",
        scope: "imbot",
        summary: "A message in one of the bot's chats was deleted.",
        docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/events.html#onimbotv2messagedelete",
        payload: crate::schema::TyInfo::Struct(&crate::imbot::events::MESSAGE_DELETE_TY),
    },
    crate::schema::EventInfo {
        name: "ONIMBOTV2MESSAGEUPDATE",
        scope: "imbot",
        summary: "A message in one of the bot's chats was edited.",
        docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/events.html#onimbotv2messageupdate",
        payload: crate::schema::TyInfo::Struct(&crate::imbot::events::MESSAGE_UPDATE_TY),
    },
    crate::schema::EventInfo {
        name: "ONIMBOTV2REACTIONCHANGE",
        scope: "imbot",
        summary: "A user put a reaction on one of the bot's messages, or took it back.",
        docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/events.html#onimbotv2reactionchange",
        payload: crate::schema::TyInfo::Struct(&crate::imbot::events::REACTION_CHANGE_TY),
    },
    crate::schema::EventInfo {
        name: "ONIMV2JOINCHAT",
        scope: "im",
        summary: "Someone new was added to a chat of the subscribed user.",
        docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/im.v2/events/events.html#onimv2joinchat",
        payload: crate::schema::TyInfo::Struct(&crate::im::events::JOIN_CHAT_TY),
    },
    crate::schema::EventInfo {
        name: "ONIMV2MESSAGEADD",
        scope: "im",
        summary: "Someone posted a message in a chat the subscribed user is in.",
        docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/im.v2/events/events.html#onimv2messageadd",
        payload: crate::schema::TyInfo::Struct(&crate::im::events::MESSAGE_ADD_TY),
    },
    crate::schema::EventInfo {
        name: "ONIMV2MESSAGEDELETE",
        scope: "im",
        summary: "A message in one of the subscribed user's chats was deleted.",
        docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/im.v2/events/events.html#onimv2messagedelete",
        payload: crate::schema::TyInfo::Struct(&crate::im::events::MESSAGE_DELETE_TY),
    },
    crate::schema::EventInfo {
        name: "ONIMV2MESSAGEUPDATE",
        scope: "im",
        summary: "A message in one of the subscribed user's chats was edited.",
        docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/im.v2/events/events.html#onimv2messageupdate",
        payload: crate::schema::TyInfo::Struct(&crate::im::events::MESSAGE_UPDATE_TY),
    },
    crate::schema::EventInfo {
        name: "ONIMV2REACTIONCHANGE",
        scope: "im",
        summary: "Someone put a reaction on a message in one of the user's chats, or took it back.",
        docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/im.v2/events/events.html#onimv2reactionchange",
        payload: crate::schema::TyInfo::Struct(&crate::im::events::REACTION_CHANGE_TY),
    },
];
/// Methods and types of the `crm` scope.
///
/// Needs the cargo feature `crm`.
#[cfg_attr(docsrs, doc(cfg(feature = "crm")))]
pub mod crm {
    crate::macros::object! {
        /// A company (a client, a partner, or one of the portal's own) with the fields the portal returns for it.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/crm/companies/crm-company-get.html>
        #[object(COMPANY_TY)]
        pub struct Company {
            /// The company's id.
            #[param("ID", req, none)]
            #[table(TyInfo::Integer, required())]
            #[serde(deserialize_with = "crate::de::lax")]
            pub id: i64,
            /// The company's name.
            #[param("TITLE", opt, none)]
            #[table(TyInfo::String)]
            pub title: Option<String>,
            /// Code of the company type, from the `COMPANY_TYPE` directory.
            #[param("COMPANY_TYPE", opt, none)]
            #[table(TyInfo::String)]
            pub company_type: Option<String>,
            /// The logo: an object with the file's id and its links.
            #[param("LOGO", opt, none)]
            #[table(TyInfo::Any)]
            pub logo: Option<serde_json::Value>,
            /// Street address; outdated, use requisites.
            #[param("ADDRESS", opt, none)]
            #[table(TyInfo::String)]
            pub address: Option<String>,
            /// Bank details; outdated, use requisites.
            #[param("BANKING_DETAILS", opt, none)]
            #[table(TyInfo::String)]
            pub banking_details: Option<String>,
            /// Code of the line of business, from the `INDUSTRY` directory.
            #[param("INDUSTRY", opt, none)]
            #[table(TyInfo::String)]
            pub industry: Option<String>,
            /// Code of the headcount range, from the `EMPLOYEES` directory.
            #[param("EMPLOYEES", opt, none)]
            #[table(TyInfo::String)]
            pub employees: Option<String>,
            /// Currency code of the revenue, such as `EUR`.
            #[param("CURRENCY_ID", opt, none)]
            #[table(TyInfo::String)]
            pub currency_id: Option<String>,
            /// The yearly revenue.
            #[param("REVENUE", opt, none)]
            #[table(TyInfo::Double)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub revenue: Option<f64>,
            /// `Y` when every user may see the company.
            #[param("OPENED", opt, none)]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
            pub opened: Option<crate::YesNo>,
            /// Free-text comment (may hold BB code).
            #[param("COMMENTS", opt, none)]
            #[table(TyInfo::String)]
            pub comments: Option<String>,
            /// `Y` when the company has a phone number.
            #[param("HAS_PHONE", opt, none)]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
            pub has_phone: Option<crate::YesNo>,
            /// `Y` when the company has an e-mail address.
            #[param("HAS_EMAIL", opt, none)]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
            pub has_email: Option<crate::YesNo>,
            /// `Y` when the company has an open-channel account.
            #[param("HAS_IMOL", opt, none)]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
            pub has_imol: Option<crate::YesNo>,
            /// `Y` for one of the portal's own companies.
            #[param("IS_MY_COMPANY", opt, none)]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
            pub is_my_company: Option<crate::YesNo>,
            /// Id of the user responsible for the company.
            #[param("ASSIGNED_BY_ID", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub assigned_by_id: Option<i64>,
            /// Id of the user who created it.
            #[param("CREATED_BY_ID", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub created_by_id: Option<i64>,
            /// Id of the user who changed it last.
            #[param("MODIFY_BY_ID", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub modify_by_id: Option<i64>,
            /// When it was created.
            #[param("DATE_CREATE", opt, none)]
            #[table(TyInfo::DateTime)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub date_create: Option<crate::DateTime>,
            /// When it was changed last.
            #[param("DATE_MODIFY", opt, none)]
            #[table(TyInfo::DateTime)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub date_modify: Option<crate::DateTime>,
            /// Id of a contact of the company.
            #[param("CONTACT_ID", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub contact_id: Option<i64>,
            /// Id of the lead the company was made from.
            #[param("LEAD_ID", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub lead_id: Option<i64>,
            /// The outside system the company came from.
            #[param("ORIGINATOR_ID", opt, none)]
            #[table(TyInfo::String)]
            pub originator_id: Option<String>,
            /// The company's id in that outside system.
            #[param("ORIGIN_ID", opt, none)]
            #[table(TyInfo::String)]
            pub origin_id: Option<String>,
            /// The version of the company's data in that outside system.
            #[param("ORIGIN_VERSION", opt, none)]
            #[table(TyInfo::String)]
            pub origin_version: Option<String>,
            /// The advertising system of the campaign.
            #[param("UTM_SOURCE", opt, none)]
            #[table(TyInfo::String)]
            pub utm_source: Option<String>,
            /// The kind of traffic: `CPC` (ads) or `CPM` (banners).
            #[param("UTM_MEDIUM", opt, none)]
            #[table(TyInfo::String)]
            pub utm_medium: Option<String>,
            /// The name of the campaign.
            #[param("UTM_CAMPAIGN", opt, none)]
            #[table(TyInfo::String)]
            pub utm_campaign: Option<String>,
            /// The ad's content.
            #[param("UTM_CONTENT", opt, none)]
            #[table(TyInfo::String)]
            pub utm_content: Option<String>,
            /// The search term of the campaign.
            #[param("UTM_TERM", opt, none)]
            #[table(TyInfo::String)]
            pub utm_term: Option<String>,
            /// When the last timeline activity happened.
            #[param("LAST_ACTIVITY_TIME", opt, none)]
            #[table(TyInfo::DateTime)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub last_activity_time: Option<crate::DateTime>,
            /// Id of the user behind the last timeline activity.
            #[param("LAST_ACTIVITY_BY", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub last_activity_by: Option<i64>,
            /// When the company was last in touch, as the portal writes it.
            #[param("LAST_COMMUNICATION_TIME", opt, none)]
            #[table(TyInfo::String)]
            pub last_communication_time: Option<String>,
            /// Phone numbers.
            #[param("PHONE", opt, none)]
            #[table(TyInfo::List(&TyInfo::Struct(&crate::crm::MULTIFIELD_TY)))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub phone: Option<Vec<crate::crm::Multifield>>,
            /// E-mail addresses.
            #[param("EMAIL", opt, none)]
            #[table(TyInfo::List(&TyInfo::Struct(&crate::crm::MULTIFIELD_TY)))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub email: Option<Vec<crate::crm::Multifield>>,
            /// Sites.
            #[param("WEB", opt, none)]
            #[table(TyInfo::List(&TyInfo::Struct(&crate::crm::MULTIFIELD_TY)))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub web: Option<Vec<crate::crm::Multifield>>,
            /// Messenger accounts.
            #[param("IM", opt, none)]
            #[table(TyInfo::List(&TyInfo::Struct(&crate::crm::MULTIFIELD_TY)))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub im: Option<Vec<crate::crm::Multifield>>,
            /// Links the portal keeps for itself.
            #[param("LINK", opt, none)]
            #[table(TyInfo::List(&TyInfo::Struct(&crate::crm::MULTIFIELD_TY)))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub link: Option<Vec<crate::crm::Multifield>>,
        }
        impl Company {
            /// `ID` as a typed field name, for filters, sort orders and selections.
            pub const ID: crate::Field<Self, i64> = crate::Field::new("ID");
            /// `TITLE` as a typed field name, for filters, sort orders and selections.
            pub const TITLE: crate::Field<Self, String> = crate::Field::new("TITLE");
            /// `COMPANY_TYPE` as a typed field name, for filters, sort orders and selections.
            pub const COMPANY_TYPE: crate::Field<Self, String> = crate::Field::new(
                "COMPANY_TYPE",
            );
            /// `LOGO` as a typed field name, for filters, sort orders and selections.
            pub const LOGO: crate::Field<Self, serde_json::Value> = crate::Field::new("LOGO");
            /// `ADDRESS` as a typed field name, for filters, sort orders and selections.
            pub const ADDRESS: crate::Field<Self, String> = crate::Field::new("ADDRESS");
            /// `BANKING_DETAILS` as a typed field name, for filters, sort orders and selections.
            pub const BANKING_DETAILS: crate::Field<Self, String> = crate::Field::new(
                "BANKING_DETAILS",
            );
            /// `INDUSTRY` as a typed field name, for filters, sort orders and selections.
            pub const INDUSTRY: crate::Field<Self, String> = crate::Field::new("INDUSTRY");
            /// `EMPLOYEES` as a typed field name, for filters, sort orders and selections.
            pub const EMPLOYEES: crate::Field<Self, String> = crate::Field::new("EMPLOYEES");
            /// `CURRENCY_ID` as a typed field name, for filters, sort orders and selections.
            pub const CURRENCY_ID: crate::Field<Self, String> = crate::Field::new("CURRENCY_ID");
            /// `REVENUE` as a typed field name, for filters, sort orders and selections.
            pub const REVENUE: crate::Field<Self, f64> = crate::Field::new("REVENUE");
            /// `OPENED` as a typed field name, for filters, sort orders and selections.
            pub const OPENED: crate::Field<Self, crate::YesNo> = crate::Field::new("OPENED");
            /// `COMMENTS` as a typed field name, for filters, sort orders and selections.
            pub const COMMENTS: crate::Field<Self, String> = crate::Field::new("COMMENTS");
            /// `HAS_PHONE` as a typed field name, for filters, sort orders and selections.
            pub const HAS_PHONE: crate::Field<Self, crate::YesNo> = crate::Field::new(
                "HAS_PHONE",
            );
            /// `HAS_EMAIL` as a typed field name, for filters, sort orders and selections.
            pub const HAS_EMAIL: crate::Field<Self, crate::YesNo> = crate::Field::new(
                "HAS_EMAIL",
            );
            /// `HAS_IMOL` as a typed field name, for filters, sort orders and selections.
            pub const HAS_IMOL: crate::Field<Self, crate::YesNo> = crate::Field::new("HAS_IMOL");
            /// `IS_MY_COMPANY` as a typed field name, for filters, sort orders and selections.
            pub const IS_MY_COMPANY: crate::Field<Self, crate::YesNo> = crate::Field::new(
                "IS_MY_COMPANY",
            );
            /// `ASSIGNED_BY_ID` as a typed field name, for filters, sort orders and selections.
            pub const ASSIGNED_BY_ID: crate::Field<Self, i64> = crate::Field::new(
                "ASSIGNED_BY_ID",
            );
            /// `CREATED_BY_ID` as a typed field name, for filters, sort orders and selections.
            pub const CREATED_BY_ID: crate::Field<Self, i64> = crate::Field::new(
                "CREATED_BY_ID",
            );
            /// `MODIFY_BY_ID` as a typed field name, for filters, sort orders and selections.
            pub const MODIFY_BY_ID: crate::Field<Self, i64> = crate::Field::new("MODIFY_BY_ID");
            /// `DATE_CREATE` as a typed field name, for filters, sort orders and selections.
            pub const DATE_CREATE: crate::Field<Self, crate::DateTime> = crate::Field::new(
                "DATE_CREATE",
            );
            /// `DATE_MODIFY` as a typed field name, for filters, sort orders and selections.
            pub const DATE_MODIFY: crate::Field<Self, crate::DateTime> = crate::Field::new(
                "DATE_MODIFY",
            );
            /// `CONTACT_ID` as a typed field name, for filters, sort orders and selections.
            pub const CONTACT_ID: crate::Field<Self, i64> = crate::Field::new("CONTACT_ID");
            /// `LEAD_ID` as a typed field name, for filters, sort orders and selections.
            pub const LEAD_ID: crate::Field<Self, i64> = crate::Field::new("LEAD_ID");
            /// `ORIGINATOR_ID` as a typed field name, for filters, sort orders and selections.
            pub const ORIGINATOR_ID: crate::Field<Self, String> = crate::Field::new(
                "ORIGINATOR_ID",
            );
            /// `ORIGIN_ID` as a typed field name, for filters, sort orders and selections.
            pub const ORIGIN_ID: crate::Field<Self, String> = crate::Field::new("ORIGIN_ID");
            /// `ORIGIN_VERSION` as a typed field name, for filters, sort orders and selections.
            pub const ORIGIN_VERSION: crate::Field<Self, String> = crate::Field::new(
                "ORIGIN_VERSION",
            );
            /// `UTM_SOURCE` as a typed field name, for filters, sort orders and selections.
            pub const UTM_SOURCE: crate::Field<Self, String> = crate::Field::new("UTM_SOURCE");
            /// `UTM_MEDIUM` as a typed field name, for filters, sort orders and selections.
            pub const UTM_MEDIUM: crate::Field<Self, String> = crate::Field::new("UTM_MEDIUM");
            /// `UTM_CAMPAIGN` as a typed field name, for filters, sort orders and selections.
            pub const UTM_CAMPAIGN: crate::Field<Self, String> = crate::Field::new(
                "UTM_CAMPAIGN",
            );
            /// `UTM_CONTENT` as a typed field name, for filters, sort orders and selections.
            pub const UTM_CONTENT: crate::Field<Self, String> = crate::Field::new("UTM_CONTENT");
            /// `UTM_TERM` as a typed field name, for filters, sort orders and selections.
            pub const UTM_TERM: crate::Field<Self, String> = crate::Field::new("UTM_TERM");
            /// `LAST_ACTIVITY_TIME` as a typed field name, for filters, sort orders and selections.
            pub const LAST_ACTIVITY_TIME: crate::Field<Self, crate::DateTime> = crate::Field::new(
                "LAST_ACTIVITY_TIME",
            );
            /// `LAST_ACTIVITY_BY` as a typed field name, for filters, sort orders and selections.
            pub const LAST_ACTIVITY_BY: crate::Field<Self, i64> = crate::Field::new(
                "LAST_ACTIVITY_BY",
            );
            /// `LAST_COMMUNICATION_TIME` as a typed field name, for filters, sort orders and selections.
            pub const LAST_COMMUNICATION_TIME: crate::Field<Self, String> = crate::Field::new(
                "LAST_COMMUNICATION_TIME",
            );
            /// `PHONE` as a typed field name, for filters, sort orders and selections.
            pub const PHONE: crate::Field<Self, Vec<crate::crm::Multifield>> = crate::Field::new(
                "PHONE",
            );
            /// `EMAIL` as a typed field name, for filters, sort orders and selections.
            pub const EMAIL: crate::Field<Self, Vec<crate::crm::Multifield>> = crate::Field::new(
                "EMAIL",
            );
            /// `WEB` as a typed field name, for filters, sort orders and selections.
            pub const WEB: crate::Field<Self, Vec<crate::crm::Multifield>> = crate::Field::new(
                "WEB",
            );
            /// `IM` as a typed field name, for filters, sort orders and selections.
            pub const IM: crate::Field<Self, Vec<crate::crm::Multifield>> = crate::Field::new(
                "IM",
            );
            /// `LINK` as a typed field name, for filters, sort orders and selections.
            pub const LINK: crate::Field<Self, Vec<crate::crm::Multifield>> = crate::Field::new(
                "LINK",
            );
        }
    }
    crate::macros::object! {
        /// Options of crm.company.add.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/crm/companies/crm-company-add.html>
        #[object(COMPANY_ADD_PARAMS_TY)]
        #[derive(Default)]
        pub struct CompanyAddParams {
            /// `N` keeps the new company out of the activity stream.
            #[param("REGISTER_SONET_EVENT", opt, plain(crate::YesNo))]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
            pub register_sonet_event: Option<crate::YesNo>,
            /// `Y` adds the company as an import, which may set its creation date and authors.
            #[param("IMPORT", opt, plain(crate::YesNo))]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
            pub import: Option<crate::YesNo>,
        }
        impl CompanyAddParams {
            /// Starts with every parameter unset.
            #[inline]
            pub fn new() -> Self {
                Self::default()
            }
        }
    }
    crate::macros::object! {
        /// The fields to set on a company; unset ones are left as they are (or take their defaults).
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/crm/companies/crm-company-add.html>
        #[object(COMPANY_FIELDS_TY)]
        #[derive(Default)]
        pub struct CompanyFields {
            /// The company's name.
            #[param("TITLE", opt, into(String))]
            #[table(TyInfo::String)]
            pub title: Option<String>,
            /// Code of the company type, from the `COMPANY_TYPE` directory.
            #[param("COMPANY_TYPE", opt, into(String))]
            #[table(TyInfo::String)]
            pub company_type: Option<String>,
            /// Code of the line of business, from the `INDUSTRY` directory.
            #[param("INDUSTRY", opt, into(String))]
            #[table(TyInfo::String)]
            pub industry: Option<String>,
            /// Code of the headcount range, from the `EMPLOYEES` directory.
            #[param("EMPLOYEES", opt, into(String))]
            #[table(TyInfo::String)]
            pub employees: Option<String>,
            /// Currency code of the revenue, such as `EUR`.
            #[param("CURRENCY_ID", opt, into(String))]
            #[table(TyInfo::String)]
            pub currency_id: Option<String>,
            /// The yearly revenue.
            #[param("REVENUE", opt, plain(f64))]
            #[table(TyInfo::Double)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub revenue: Option<f64>,
            /// The logo, as a file upload: `{"fileData": [name, base64]}`.
            #[param("LOGO", opt, plain(serde_json::Value))]
            #[table(TyInfo::Any)]
            pub logo: Option<serde_json::Value>,
            /// `Y` lets every user see the company.
            #[param("OPENED", opt, plain(crate::YesNo))]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
            pub opened: Option<crate::YesNo>,
            /// Id of the user responsible for the company.
            #[param("ASSIGNED_BY_ID", opt, plain(i64))]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub assigned_by_id: Option<i64>,
            /// Free-text comment (may hold BB code).
            #[param("COMMENTS", opt, into(String))]
            #[table(TyInfo::String)]
            pub comments: Option<String>,
            /// Phone numbers to add, change (with `ID`) or remove (with `ID` and an empty `VALUE`).
            #[param("PHONE", opt, iter(crate::crm::Multifield))]
            #[table(TyInfo::List(&TyInfo::Struct(&crate::crm::MULTIFIELD_TY)))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub phone: Option<Vec<crate::crm::Multifield>>,
            /// E-mail addresses, set as `PHONE` is.
            #[param("EMAIL", opt, iter(crate::crm::Multifield))]
            #[table(TyInfo::List(&TyInfo::Struct(&crate::crm::MULTIFIELD_TY)))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub email: Option<Vec<crate::crm::Multifield>>,
            /// Sites, set as `PHONE` is.
            #[param("WEB", opt, iter(crate::crm::Multifield))]
            #[table(TyInfo::List(&TyInfo::Struct(&crate::crm::MULTIFIELD_TY)))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub web: Option<Vec<crate::crm::Multifield>>,
            /// Messenger accounts, set as `PHONE` is.
            #[param("IM", opt, iter(crate::crm::Multifield))]
            #[table(TyInfo::List(&TyInfo::Struct(&crate::crm::MULTIFIELD_TY)))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub im: Option<Vec<crate::crm::Multifield>>,
            /// The advertising system of the campaign.
            #[param("UTM_SOURCE", opt, into(String))]
            #[table(TyInfo::String)]
            pub utm_source: Option<String>,
            /// The kind of traffic: `CPC` (ads) or `CPM` (banners).
            #[param("UTM_MEDIUM", opt, into(String))]
            #[table(TyInfo::String)]
            pub utm_medium: Option<String>,
            /// The name of the campaign.
            #[param("UTM_CAMPAIGN", opt, into(String))]
            #[table(TyInfo::String)]
            pub utm_campaign: Option<String>,
            /// The ad's content.
            #[param("UTM_CONTENT", opt, into(String))]
            #[table(TyInfo::String)]
            pub utm_content: Option<String>,
            /// The search term of the campaign.
            #[param("UTM_TERM", opt, into(String))]
            #[table(TyInfo::String)]
            pub utm_term: Option<String>,
            /// `Y` makes it one of the portal's own companies.
            #[param("IS_MY_COMPANY", opt, plain(crate::YesNo))]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
            pub is_my_company: Option<crate::YesNo>,
            /// The outside system the company comes from.
            #[param("ORIGINATOR_ID", opt, into(String))]
            #[table(TyInfo::String)]
            pub originator_id: Option<String>,
            /// The company's id in that outside system.
            #[param("ORIGIN_ID", opt, into(String))]
            #[table(TyInfo::String)]
            pub origin_id: Option<String>,
            /// The version of the company's data in that outside system.
            #[param("ORIGIN_VERSION", opt, into(String))]
            #[table(TyInfo::String)]
            pub origin_version: Option<String>,
            /// When it was created; only in import mode (`IMPORT` = `Y`).
            #[param("DATE_CREATE", opt, plain(crate::DateTime))]
            #[table(TyInfo::DateTime)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub date_create: Option<crate::DateTime>,
            /// When it was changed last; only in import mode.
            #[param("DATE_MODIFY", opt, plain(crate::DateTime))]
            #[table(TyInfo::DateTime)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub date_modify: Option<crate::DateTime>,
            /// Id of the user who created it; only in import mode.
            #[param("CREATED_BY_ID", opt, plain(i64))]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub created_by_id: Option<i64>,
            /// Id of the user who changed it last; only in import mode.
            #[param("MODIFY_BY_ID", opt, plain(i64))]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub modify_by_id: Option<i64>,
        }
        impl CompanyFields {
            /// Starts with every parameter unset.
            #[inline]
            pub fn new() -> Self {
                Self::default()
            }
        }
    }
    crate::macros::object! {
        /// Options of crm.company.update.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/crm/companies/crm-company-update.html>
        #[object(COMPANY_UPDATE_PARAMS_TY)]
        #[derive(Default)]
        pub struct CompanyUpdateParams {
            /// `Y` notifies the user responsible for the company.
            #[param("REGISTER_SONET_EVENT", opt, plain(crate::YesNo))]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
            pub register_sonet_event: Option<crate::YesNo>,
            /// `N` keeps the change out of the company's history.
            #[param("REGISTER_HISTORY_EVENT", opt, plain(crate::YesNo))]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
            pub register_history_event: Option<crate::YesNo>,
        }
        impl CompanyUpdateParams {
            /// Starts with every parameter unset.
            #[inline]
            pub fn new() -> Self {
                Self::default()
            }
        }
    }
    crate::macros::object! {
        /// A contact (a person the business deals with) with the fields the portal returns for it.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-get.html>
        #[object(CONTACT_TY)]
        pub struct Contact {
            /// The contact's id.
            #[param("ID", req, none)]
            #[table(TyInfo::Integer, required())]
            #[serde(deserialize_with = "crate::de::lax")]
            pub id: i64,
            /// The person's job title.
            #[param("POST", opt, none)]
            #[table(TyInfo::String)]
            pub post: Option<String>,
            /// Free-text comment (may hold BB code).
            #[param("COMMENTS", opt, none)]
            #[table(TyInfo::String)]
            pub comments: Option<String>,
            /// Code of the form of address, from the `HONORIFIC` directory.
            #[param("HONORIFIC", opt, none)]
            #[table(TyInfo::String)]
            pub honorific: Option<String>,
            /// First name.
            #[param("NAME", opt, none)]
            #[table(TyInfo::String)]
            pub name: Option<String>,
            /// Middle name.
            #[param("SECOND_NAME", opt, none)]
            #[table(TyInfo::String)]
            pub second_name: Option<String>,
            /// Family name.
            #[param("LAST_NAME", opt, none)]
            #[table(TyInfo::String)]
            pub last_name: Option<String>,
            /// The photo: an object with the file's id and its links.
            #[param("PHOTO", opt, none)]
            #[table(TyInfo::Any)]
            pub photo: Option<serde_json::Value>,
            /// Id of the lead the contact was made from.
            #[param("LEAD_ID", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub lead_id: Option<i64>,
            /// Code of the contact type, from the `CONTACT_TYPE` directory.
            #[param("TYPE_ID", opt, none)]
            #[table(TyInfo::String)]
            pub type_id: Option<String>,
            /// Code of where the contact came from, from the `SOURCE` directory.
            #[param("SOURCE_ID", opt, none)]
            #[table(TyInfo::String)]
            pub source_id: Option<String>,
            /// More about the source.
            #[param("SOURCE_DESCRIPTION", opt, none)]
            #[table(TyInfo::String)]
            pub source_description: Option<String>,
            /// Id of the contact's main company.
            #[param("COMPANY_ID", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub company_id: Option<i64>,
            /// Date of birth.
            #[param("BIRTHDATE", opt, none)]
            #[table(TyInfo::Date)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub birthdate: Option<crate::Date>,
            /// `Y` when the contact is included in exports.
            #[param("EXPORT", opt, none)]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
            pub export: Option<crate::YesNo>,
            /// `Y` when the contact has a phone number.
            #[param("HAS_PHONE", opt, none)]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
            pub has_phone: Option<crate::YesNo>,
            /// `Y` when the contact has an e-mail address.
            #[param("HAS_EMAIL", opt, none)]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
            pub has_email: Option<crate::YesNo>,
            /// `Y` when the contact has an open-channel account.
            #[param("HAS_IMOL", opt, none)]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
            pub has_imol: Option<crate::YesNo>,
            /// When it was created.
            #[param("DATE_CREATE", opt, none)]
            #[table(TyInfo::DateTime)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub date_create: Option<crate::DateTime>,
            /// When it was changed last.
            #[param("DATE_MODIFY", opt, none)]
            #[table(TyInfo::DateTime)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub date_modify: Option<crate::DateTime>,
            /// Id of the user responsible for the contact.
            #[param("ASSIGNED_BY_ID", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub assigned_by_id: Option<i64>,
            /// Id of the user who created it.
            #[param("CREATED_BY_ID", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub created_by_id: Option<i64>,
            /// Id of the user who changed it last.
            #[param("MODIFY_BY_ID", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub modify_by_id: Option<i64>,
            /// `Y` when every user may see the contact.
            #[param("OPENED", opt, none)]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
            pub opened: Option<crate::YesNo>,
            /// Id of a face in the face-recognition module.
            #[param("FACE_ID", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub face_id: Option<i64>,
            /// When the last timeline activity happened.
            #[param("LAST_ACTIVITY_TIME", opt, none)]
            #[table(TyInfo::DateTime)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub last_activity_time: Option<crate::DateTime>,
            /// Id of the user behind the last timeline activity.
            #[param("LAST_ACTIVITY_BY", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub last_activity_by: Option<i64>,
            /// The advertising system of the campaign.
            #[param("UTM_SOURCE", opt, none)]
            #[table(TyInfo::String)]
            pub utm_source: Option<String>,
            /// The kind of traffic: `CPC` (ads) or `CPM` (banners).
            #[param("UTM_MEDIUM", opt, none)]
            #[table(TyInfo::String)]
            pub utm_medium: Option<String>,
            /// The name of the campaign.
            #[param("UTM_CAMPAIGN", opt, none)]
            #[table(TyInfo::String)]
            pub utm_campaign: Option<String>,
            /// The ad's content.
            #[param("UTM_CONTENT", opt, none)]
            #[table(TyInfo::String)]
            pub utm_content: Option<String>,
            /// The search term of the campaign.
            #[param("UTM_TERM", opt, none)]
            #[table(TyInfo::String)]
            pub utm_term: Option<String>,
            /// Phone numbers.
            #[param("PHONE", opt, none)]
            #[table(TyInfo::List(&TyInfo::Struct(&crate::crm::MULTIFIELD_TY)))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub phone: Option<Vec<crate::crm::Multifield>>,
            /// E-mail addresses.
            #[param("EMAIL", opt, none)]
            #[table(TyInfo::List(&TyInfo::Struct(&crate::crm::MULTIFIELD_TY)))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub email: Option<Vec<crate::crm::Multifield>>,
            /// Sites.
            #[param("WEB", opt, none)]
            #[table(TyInfo::List(&TyInfo::Struct(&crate::crm::MULTIFIELD_TY)))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub web: Option<Vec<crate::crm::Multifield>>,
            /// Messenger accounts.
            #[param("IM", opt, none)]
            #[table(TyInfo::List(&TyInfo::Struct(&crate::crm::MULTIFIELD_TY)))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub im: Option<Vec<crate::crm::Multifield>>,
            /// Links the portal keeps for itself.
            #[param("LINK", opt, none)]
            #[table(TyInfo::List(&TyInfo::Struct(&crate::crm::MULTIFIELD_TY)))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub link: Option<Vec<crate::crm::Multifield>>,
            /// The outside system the contact came from.
            #[param("ORIGINATOR_ID", opt, none)]
            #[table(TyInfo::String)]
            pub originator_id: Option<String>,
            /// The contact's id in that outside system.
            #[param("ORIGIN_ID", opt, none)]
            #[table(TyInfo::String)]
            pub origin_id: Option<String>,
            /// The version of the contact's data in that outside system.
            #[param("ORIGIN_VERSION", opt, none)]
            #[table(TyInfo::String)]
            pub origin_version: Option<String>,
            /// Street address; outdated, use requisites.
            #[param("ADDRESS", opt, none)]
            #[table(TyInfo::String)]
            pub address: Option<String>,
            /// Second line of the address; outdated.
            #[param("ADDRESS_2", opt, none)]
            #[table(TyInfo::String)]
            pub address_2: Option<String>,
            /// City; outdated.
            #[param("ADDRESS_CITY", opt, none)]
            #[table(TyInfo::String)]
            pub address_city: Option<String>,
            /// Postal code; outdated.
            #[param("ADDRESS_POSTAL_CODE", opt, none)]
            #[table(TyInfo::String)]
            pub address_postal_code: Option<String>,
            /// District; outdated.
            #[param("ADDRESS_REGION", opt, none)]
            #[table(TyInfo::String)]
            pub address_region: Option<String>,
            /// Region or province; outdated.
            #[param("ADDRESS_PROVINCE", opt, none)]
            #[table(TyInfo::String)]
            pub address_province: Option<String>,
            /// Country; outdated.
            #[param("ADDRESS_COUNTRY", opt, none)]
            #[table(TyInfo::String)]
            pub address_country: Option<String>,
            /// Country code; outdated.
            #[param("ADDRESS_COUNTRY_CODE", opt, none)]
            #[table(TyInfo::String)]
            pub address_country_code: Option<String>,
            /// Id of the location address; outdated.
            #[param("ADDRESS_LOC_ADDR_ID", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub address_loc_addr_id: Option<i64>,
        }
        impl Contact {
            /// `ID` as a typed field name, for filters, sort orders and selections.
            pub const ID: crate::Field<Self, i64> = crate::Field::new("ID");
            /// `POST` as a typed field name, for filters, sort orders and selections.
            pub const POST: crate::Field<Self, String> = crate::Field::new("POST");
            /// `COMMENTS` as a typed field name, for filters, sort orders and selections.
            pub const COMMENTS: crate::Field<Self, String> = crate::Field::new("COMMENTS");
            /// `HONORIFIC` as a typed field name, for filters, sort orders and selections.
            pub const HONORIFIC: crate::Field<Self, String> = crate::Field::new("HONORIFIC");
            /// `NAME` as a typed field name, for filters, sort orders and selections.
            pub const NAME: crate::Field<Self, String> = crate::Field::new("NAME");
            /// `SECOND_NAME` as a typed field name, for filters, sort orders and selections.
            pub const SECOND_NAME: crate::Field<Self, String> = crate::Field::new("SECOND_NAME");
            /// `LAST_NAME` as a typed field name, for filters, sort orders and selections.
            pub const LAST_NAME: crate::Field<Self, String> = crate::Field::new("LAST_NAME");
            /// `PHOTO` as a typed field name, for filters, sort orders and selections.
            pub const PHOTO: crate::Field<Self, serde_json::Value> = crate::Field::new("PHOTO");
            /// `LEAD_ID` as a typed field name, for filters, sort orders and selections.
            pub const LEAD_ID: crate::Field<Self, i64> = crate::Field::new("LEAD_ID");
            /// `TYPE_ID` as a typed field name, for filters, sort orders and selections.
            pub const TYPE_ID: crate::Field<Self, String> = crate::Field::new("TYPE_ID");
            /// `SOURCE_ID` as a typed field name, for filters, sort orders and selections.
            pub const SOURCE_ID: crate::Field<Self, String> = crate::Field::new("SOURCE_ID");
            /// `SOURCE_DESCRIPTION` as a typed field name, for filters, sort orders and selections.
            pub const SOURCE_DESCRIPTION: crate::Field<Self, String> = crate::Field::new(
                "SOURCE_DESCRIPTION",
            );
            /// `COMPANY_ID` as a typed field name, for filters, sort orders and selections.
            pub const COMPANY_ID: crate::Field<Self, i64> = crate::Field::new("COMPANY_ID");
            /// `BIRTHDATE` as a typed field name, for filters, sort orders and selections.
            pub const BIRTHDATE: crate::Field<Self, crate::Date> = crate::Field::new(
                "BIRTHDATE",
            );
            /// `EXPORT` as a typed field name, for filters, sort orders and selections.
            pub const EXPORT: crate::Field<Self, crate::YesNo> = crate::Field::new("EXPORT");
            /// `HAS_PHONE` as a typed field name, for filters, sort orders and selections.
            pub const HAS_PHONE: crate::Field<Self, crate::YesNo> = crate::Field::new(
                "HAS_PHONE",
            );
            /// `HAS_EMAIL` as a typed field name, for filters, sort orders and selections.
            pub const HAS_EMAIL: crate::Field<Self, crate::YesNo> = crate::Field::new(
                "HAS_EMAIL",
            );
            /// `HAS_IMOL` as a typed field name, for filters, sort orders and selections.
            pub const HAS_IMOL: crate::Field<Self, crate::YesNo> = crate::Field::new("HAS_IMOL");
            /// `DATE_CREATE` as a typed field name, for filters, sort orders and selections.
            pub const DATE_CREATE: crate::Field<Self, crate::DateTime> = crate::Field::new(
                "DATE_CREATE",
            );
            /// `DATE_MODIFY` as a typed field name, for filters, sort orders and selections.
            pub const DATE_MODIFY: crate::Field<Self, crate::DateTime> = crate::Field::new(
                "DATE_MODIFY",
            );
            /// `ASSIGNED_BY_ID` as a typed field name, for filters, sort orders and selections.
            pub const ASSIGNED_BY_ID: crate::Field<Self, i64> = crate::Field::new(
                "ASSIGNED_BY_ID",
            );
            /// `CREATED_BY_ID` as a typed field name, for filters, sort orders and selections.
            pub const CREATED_BY_ID: crate::Field<Self, i64> = crate::Field::new(
                "CREATED_BY_ID",
            );
            /// `MODIFY_BY_ID` as a typed field name, for filters, sort orders and selections.
            pub const MODIFY_BY_ID: crate::Field<Self, i64> = crate::Field::new("MODIFY_BY_ID");
            /// `OPENED` as a typed field name, for filters, sort orders and selections.
            pub const OPENED: crate::Field<Self, crate::YesNo> = crate::Field::new("OPENED");
            /// `FACE_ID` as a typed field name, for filters, sort orders and selections.
            pub const FACE_ID: crate::Field<Self, i64> = crate::Field::new("FACE_ID");
            /// `LAST_ACTIVITY_TIME` as a typed field name, for filters, sort orders and selections.
            pub const LAST_ACTIVITY_TIME: crate::Field<Self, crate::DateTime> = crate::Field::new(
                "LAST_ACTIVITY_TIME",
            );
            /// `LAST_ACTIVITY_BY` as a typed field name, for filters, sort orders and selections.
            pub const LAST_ACTIVITY_BY: crate::Field<Self, i64> = crate::Field::new(
                "LAST_ACTIVITY_BY",
            );
            /// `UTM_SOURCE` as a typed field name, for filters, sort orders and selections.
            pub const UTM_SOURCE: crate::Field<Self, String> = crate::Field::new("UTM_SOURCE");
            /// `UTM_MEDIUM` as a typed field name, for filters, sort orders and selections.
            pub const UTM_MEDIUM: crate::Field<Self, String> = crate::Field::new("UTM_MEDIUM");
            /// `UTM_CAMPAIGN` as a typed field name, for filters, sort orders and selections.
            pub const UTM_CAMPAIGN: crate::Field<Self, String> = crate::Field::new(
                "UTM_CAMPAIGN",
            );
            /// `UTM_CONTENT` as a typed field name, for filters, sort orders and selections.
            pub const UTM_CONTENT: crate::Field<Self, String> = crate::Field::new("UTM_CONTENT");
            /// `UTM_TERM` as a typed field name, for filters, sort orders and selections.
            pub const UTM_TERM: crate::Field<Self, String> = crate::Field::new("UTM_TERM");
            /// `PHONE` as a typed field name, for filters, sort orders and selections.
            pub const PHONE: crate::Field<Self, Vec<crate::crm::Multifield>> = crate::Field::new(
                "PHONE",
            );
            /// `EMAIL` as a typed field name, for filters, sort orders and selections.
            pub const EMAIL: crate::Field<Self, Vec<crate::crm::Multifield>> = crate::Field::new(
                "EMAIL",
            );
            /// `WEB` as a typed field name, for filters, sort orders and selections.
            pub const WEB: crate::Field<Self, Vec<crate::crm::Multifield>> = crate::Field::new(
                "WEB",
            );
            /// `IM` as a typed field name, for filters, sort orders and selections.
            pub const IM: crate::Field<Self, Vec<crate::crm::Multifield>> = crate::Field::new(
                "IM",
            );
            /// `LINK` as a typed field name, for filters, sort orders and selections.
            pub const LINK: crate::Field<Self, Vec<crate::crm::Multifield>> = crate::Field::new(
                "LINK",
            );
            /// `ORIGINATOR_ID` as a typed field name, for filters, sort orders and selections.
            pub const ORIGINATOR_ID: crate::Field<Self, String> = crate::Field::new(
                "ORIGINATOR_ID",
            );
            /// `ORIGIN_ID` as a typed field name, for filters, sort orders and selections.
            pub const ORIGIN_ID: crate::Field<Self, String> = crate::Field::new("ORIGIN_ID");
            /// `ORIGIN_VERSION` as a typed field name, for filters, sort orders and selections.
            pub const ORIGIN_VERSION: crate::Field<Self, String> = crate::Field::new(
                "ORIGIN_VERSION",
            );
            /// `ADDRESS` as a typed field name, for filters, sort orders and selections.
            pub const ADDRESS: crate::Field<Self, String> = crate::Field::new("ADDRESS");
            /// `ADDRESS_2` as a typed field name, for filters, sort orders and selections.
            pub const ADDRESS_2: crate::Field<Self, String> = crate::Field::new("ADDRESS_2");
            /// `ADDRESS_CITY` as a typed field name, for filters, sort orders and selections.
            pub const ADDRESS_CITY: crate::Field<Self, String> = crate::Field::new(
                "ADDRESS_CITY",
            );
            /// `ADDRESS_POSTAL_CODE` as a typed field name, for filters, sort orders and selections.
            pub const ADDRESS_POSTAL_CODE: crate::Field<Self, String> = crate::Field::new(
                "ADDRESS_POSTAL_CODE",
            );
            /// `ADDRESS_REGION` as a typed field name, for filters, sort orders and selections.
            pub const ADDRESS_REGION: crate::Field<Self, String> = crate::Field::new(
                "ADDRESS_REGION",
            );
            /// `ADDRESS_PROVINCE` as a typed field name, for filters, sort orders and selections.
            pub const ADDRESS_PROVINCE: crate::Field<Self, String> = crate::Field::new(
                "ADDRESS_PROVINCE",
            );
            /// `ADDRESS_COUNTRY` as a typed field name, for filters, sort orders and selections.
            pub const ADDRESS_COUNTRY: crate::Field<Self, String> = crate::Field::new(
                "ADDRESS_COUNTRY",
            );
            /// `ADDRESS_COUNTRY_CODE` as a typed field name, for filters, sort orders and selections.
            pub const ADDRESS_COUNTRY_CODE: crate::Field<Self, String> = crate::Field::new(
                "ADDRESS_COUNTRY_CODE",
            );
            /// `ADDRESS_LOC_ADDR_ID` as a typed field name, for filters, sort orders and selections.
            pub const ADDRESS_LOC_ADDR_ID: crate::Field<Self, i64> = crate::Field::new(
                "ADDRESS_LOC_ADDR_ID",
            );
        }
    }
    crate::macros::object! {
        /// Options of crm.contact.add.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-add.html>
        #[object(CONTACT_ADD_PARAMS_TY)]
        #[derive(Default)]
        pub struct ContactAddParams {
            /// `N` keeps the new contact out of the activity stream.
            #[param("REGISTER_SONET_EVENT", opt, plain(crate::YesNo))]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
            pub register_sonet_event: Option<crate::YesNo>,
            /// `Y` adds the contact as an import, which may set its creation date and authors.
            #[param("IMPORT", opt, plain(crate::YesNo))]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
            pub import: Option<crate::YesNo>,
        }
        impl ContactAddParams {
            /// Starts with every parameter unset.
            #[inline]
            pub fn new() -> Self {
                Self::default()
            }
        }
    }
    crate::macros::object! {
        /// The fields to set on a contact; unset ones are left as they are (or take their defaults).
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-add.html>
        #[object(CONTACT_FIELDS_TY)]
        #[derive(Default)]
        pub struct ContactFields {
            /// Code of the form of address, from the `HONORIFIC` directory.
            #[param("HONORIFIC", opt, into(String))]
            #[table(TyInfo::String)]
            pub honorific: Option<String>,
            /// First name.
            #[param("NAME", opt, into(String))]
            #[table(TyInfo::String)]
            pub name: Option<String>,
            /// Middle name.
            #[param("SECOND_NAME", opt, into(String))]
            #[table(TyInfo::String)]
            pub second_name: Option<String>,
            /// Family name.
            #[param("LAST_NAME", opt, into(String))]
            #[table(TyInfo::String)]
            pub last_name: Option<String>,
            /// The photo, as a file upload: `{"fileData": [name, base64]}`.
            #[param("PHOTO", opt, plain(serde_json::Value))]
            #[table(TyInfo::Any)]
            pub photo: Option<serde_json::Value>,
            /// Date of birth.
            #[param("BIRTHDATE", opt, plain(crate::Date))]
            #[table(TyInfo::Date)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub birthdate: Option<crate::Date>,
            /// Code of the contact type, from the `CONTACT_TYPE` directory.
            #[param("TYPE_ID", opt, into(String))]
            #[table(TyInfo::String)]
            pub type_id: Option<String>,
            /// Code of the source, from the `SOURCE` directory.
            #[param("SOURCE_ID", opt, into(String))]
            #[table(TyInfo::String)]
            pub source_id: Option<String>,
            /// More about the source.
            #[param("SOURCE_DESCRIPTION", opt, into(String))]
            #[table(TyInfo::String)]
            pub source_description: Option<String>,
            /// The person's job title.
            #[param("POST", opt, into(String))]
            #[table(TyInfo::String)]
            pub post: Option<String>,
            /// Free-text comment (may hold BB code).
            #[param("COMMENTS", opt, into(String))]
            #[table(TyInfo::String)]
            pub comments: Option<String>,
            /// `Y` lets every user see the contact.
            #[param("OPENED", opt, plain(crate::YesNo))]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
            pub opened: Option<crate::YesNo>,
            /// `Y` includes the contact in exports.
            #[param("EXPORT", opt, plain(crate::YesNo))]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
            pub export: Option<crate::YesNo>,
            /// Id of the user responsible for the contact.
            #[param("ASSIGNED_BY_ID", opt, plain(i64))]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub assigned_by_id: Option<i64>,
            /// Id of the contact's main company.
            #[param("COMPANY_ID", opt, plain(i64))]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub company_id: Option<i64>,
            /// Ids of every company the contact is linked to.
            #[param("COMPANY_IDS", opt, iter(i64))]
            #[table(TyInfo::List(&TyInfo::Integer))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub company_ids: Option<Vec<i64>>,
            /// The advertising system of the campaign.
            #[param("UTM_SOURCE", opt, into(String))]
            #[table(TyInfo::String)]
            pub utm_source: Option<String>,
            /// The kind of traffic: `CPC` (ads) or `CPM` (banners).
            #[param("UTM_MEDIUM", opt, into(String))]
            #[table(TyInfo::String)]
            pub utm_medium: Option<String>,
            /// The name of the campaign.
            #[param("UTM_CAMPAIGN", opt, into(String))]
            #[table(TyInfo::String)]
            pub utm_campaign: Option<String>,
            /// The ad's content.
            #[param("UTM_CONTENT", opt, into(String))]
            #[table(TyInfo::String)]
            pub utm_content: Option<String>,
            /// The search term of the campaign.
            #[param("UTM_TERM", opt, into(String))]
            #[table(TyInfo::String)]
            pub utm_term: Option<String>,
            /// Data for end-to-end analytics.
            #[param("TRACE", opt, into(String))]
            #[table(TyInfo::String)]
            pub trace: Option<String>,
            /// Phone numbers to add, change (with `ID`) or remove (with `ID` and an empty `VALUE`).
            #[param("PHONE", opt, iter(crate::crm::Multifield))]
            #[table(TyInfo::List(&TyInfo::Struct(&crate::crm::MULTIFIELD_TY)))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub phone: Option<Vec<crate::crm::Multifield>>,
            /// E-mail addresses, set as `PHONE` is.
            #[param("EMAIL", opt, iter(crate::crm::Multifield))]
            #[table(TyInfo::List(&TyInfo::Struct(&crate::crm::MULTIFIELD_TY)))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub email: Option<Vec<crate::crm::Multifield>>,
            /// Sites, set as `PHONE` is.
            #[param("WEB", opt, iter(crate::crm::Multifield))]
            #[table(TyInfo::List(&TyInfo::Struct(&crate::crm::MULTIFIELD_TY)))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub web: Option<Vec<crate::crm::Multifield>>,
            /// Messenger accounts, set as `PHONE` is.
            #[param("IM", opt, iter(crate::crm::Multifield))]
            #[table(TyInfo::List(&TyInfo::Struct(&crate::crm::MULTIFIELD_TY)))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub im: Option<Vec<crate::crm::Multifield>>,
            /// Links the portal keeps for itself.
            #[param("LINK", opt, iter(crate::crm::Multifield))]
            #[table(TyInfo::List(&TyInfo::Struct(&crate::crm::MULTIFIELD_TY)))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub link: Option<Vec<crate::crm::Multifield>>,
            /// The outside system the contact comes from.
            #[param("ORIGINATOR_ID", opt, into(String))]
            #[table(TyInfo::String)]
            pub originator_id: Option<String>,
            /// The contact's id in that outside system.
            #[param("ORIGIN_ID", opt, into(String))]
            #[table(TyInfo::String)]
            pub origin_id: Option<String>,
            /// The version of the contact's data in that outside system.
            #[param("ORIGIN_VERSION", opt, into(String))]
            #[table(TyInfo::String)]
            pub origin_version: Option<String>,
            /// When it was created; only in import mode (`IMPORT` = `Y`).
            #[param("DATE_CREATE", opt, plain(crate::DateTime))]
            #[table(TyInfo::DateTime)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub date_create: Option<crate::DateTime>,
            /// When it was changed last; only in import mode.
            #[param("DATE_MODIFY", opt, plain(crate::DateTime))]
            #[table(TyInfo::DateTime)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub date_modify: Option<crate::DateTime>,
            /// Id of the user who created it; only in import mode.
            #[param("CREATED_BY_ID", opt, plain(i64))]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub created_by_id: Option<i64>,
            /// Id of the user who changed it last; only in import mode.
            #[param("MODIFY_BY_ID", opt, plain(i64))]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub modify_by_id: Option<i64>,
            /// Street address; outdated, use requisites.
            #[param("ADDRESS", opt, into(String))]
            #[table(TyInfo::String)]
            pub address: Option<String>,
            /// Second line of the address; outdated.
            #[param("ADDRESS_2", opt, into(String))]
            #[table(TyInfo::String)]
            pub address_2: Option<String>,
            /// City; outdated.
            #[param("ADDRESS_CITY", opt, into(String))]
            #[table(TyInfo::String)]
            pub address_city: Option<String>,
            /// Postal code; outdated.
            #[param("ADDRESS_POSTAL_CODE", opt, into(String))]
            #[table(TyInfo::String)]
            pub address_postal_code: Option<String>,
            /// District; outdated.
            #[param("ADDRESS_REGION", opt, into(String))]
            #[table(TyInfo::String)]
            pub address_region: Option<String>,
            /// Region or province; outdated.
            #[param("ADDRESS_PROVINCE", opt, into(String))]
            #[table(TyInfo::String)]
            pub address_province: Option<String>,
            /// Country; outdated.
            #[param("ADDRESS_COUNTRY", opt, into(String))]
            #[table(TyInfo::String)]
            pub address_country: Option<String>,
            /// Country code; outdated.
            #[param("ADDRESS_COUNTRY_CODE", opt, into(String))]
            #[table(TyInfo::String)]
            pub address_country_code: Option<String>,
            /// Id of the location address; outdated.
            #[param("ADDRESS_LOC_ADDR_ID", opt, plain(i64))]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub address_loc_addr_id: Option<i64>,
        }
        impl ContactFields {
            /// Starts with every parameter unset.
            #[inline]
            pub fn new() -> Self {
                Self::default()
            }
        }
    }
    crate::macros::object! {
        /// The fields of a contact to change: those of `ContactFields` but the analytics trace and the import-only ones.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-update.html>
        #[object(CONTACT_UPDATE_FIELDS_TY)]
        #[derive(Default)]
        pub struct ContactUpdateFields {
            /// Code of the form of address, from the `HONORIFIC` directory.
            #[param("HONORIFIC", opt, into(String))]
            #[table(TyInfo::String)]
            pub honorific: Option<String>,
            /// First name.
            #[param("NAME", opt, into(String))]
            #[table(TyInfo::String)]
            pub name: Option<String>,
            /// Middle name.
            #[param("SECOND_NAME", opt, into(String))]
            #[table(TyInfo::String)]
            pub second_name: Option<String>,
            /// Family name.
            #[param("LAST_NAME", opt, into(String))]
            #[table(TyInfo::String)]
            pub last_name: Option<String>,
            /// The photo, as a file upload: `{"fileData": [name, base64]}`.
            #[param("PHOTO", opt, plain(serde_json::Value))]
            #[table(TyInfo::Any)]
            pub photo: Option<serde_json::Value>,
            /// Date of birth.
            #[param("BIRTHDATE", opt, plain(crate::Date))]
            #[table(TyInfo::Date)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub birthdate: Option<crate::Date>,
            /// Code of the contact type, from the `CONTACT_TYPE` directory.
            #[param("TYPE_ID", opt, into(String))]
            #[table(TyInfo::String)]
            pub type_id: Option<String>,
            /// Code of the source, from the `SOURCE` directory.
            #[param("SOURCE_ID", opt, into(String))]
            #[table(TyInfo::String)]
            pub source_id: Option<String>,
            /// More about the source.
            #[param("SOURCE_DESCRIPTION", opt, into(String))]
            #[table(TyInfo::String)]
            pub source_description: Option<String>,
            /// The person's job title.
            #[param("POST", opt, into(String))]
            #[table(TyInfo::String)]
            pub post: Option<String>,
            /// Free-text comment (may hold BB code).
            #[param("COMMENTS", opt, into(String))]
            #[table(TyInfo::String)]
            pub comments: Option<String>,
            /// `Y` lets every user see the contact.
            #[param("OPENED", opt, plain(crate::YesNo))]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
            pub opened: Option<crate::YesNo>,
            /// `Y` includes the contact in exports.
            #[param("EXPORT", opt, plain(crate::YesNo))]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
            pub export: Option<crate::YesNo>,
            /// Id of the user responsible for the contact.
            #[param("ASSIGNED_BY_ID", opt, plain(i64))]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub assigned_by_id: Option<i64>,
            /// Id of the contact's main company.
            #[param("COMPANY_ID", opt, plain(i64))]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub company_id: Option<i64>,
            /// Ids of every company the contact is linked to.
            #[param("COMPANY_IDS", opt, iter(i64))]
            #[table(TyInfo::List(&TyInfo::Integer))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub company_ids: Option<Vec<i64>>,
            /// The advertising system of the campaign.
            #[param("UTM_SOURCE", opt, into(String))]
            #[table(TyInfo::String)]
            pub utm_source: Option<String>,
            /// The kind of traffic: `CPC` (ads) or `CPM` (banners).
            #[param("UTM_MEDIUM", opt, into(String))]
            #[table(TyInfo::String)]
            pub utm_medium: Option<String>,
            /// The name of the campaign.
            #[param("UTM_CAMPAIGN", opt, into(String))]
            #[table(TyInfo::String)]
            pub utm_campaign: Option<String>,
            /// The ad's content.
            #[param("UTM_CONTENT", opt, into(String))]
            #[table(TyInfo::String)]
            pub utm_content: Option<String>,
            /// The search term of the campaign.
            #[param("UTM_TERM", opt, into(String))]
            #[table(TyInfo::String)]
            pub utm_term: Option<String>,
            /// Phone numbers to add, change (with `ID`) or remove (with `ID` and an empty `VALUE`).
            #[param("PHONE", opt, iter(crate::crm::Multifield))]
            #[table(TyInfo::List(&TyInfo::Struct(&crate::crm::MULTIFIELD_TY)))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub phone: Option<Vec<crate::crm::Multifield>>,
            /// E-mail addresses, set as `PHONE` is.
            #[param("EMAIL", opt, iter(crate::crm::Multifield))]
            #[table(TyInfo::List(&TyInfo::Struct(&crate::crm::MULTIFIELD_TY)))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub email: Option<Vec<crate::crm::Multifield>>,
            /// Sites, set as `PHONE` is.
            #[param("WEB", opt, iter(crate::crm::Multifield))]
            #[table(TyInfo::List(&TyInfo::Struct(&crate::crm::MULTIFIELD_TY)))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub web: Option<Vec<crate::crm::Multifield>>,
            /// Messenger accounts, set as `PHONE` is.
            #[param("IM", opt, iter(crate::crm::Multifield))]
            #[table(TyInfo::List(&TyInfo::Struct(&crate::crm::MULTIFIELD_TY)))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub im: Option<Vec<crate::crm::Multifield>>,
            /// Links the portal keeps for itself.
            #[param("LINK", opt, iter(crate::crm::Multifield))]
            #[table(TyInfo::List(&TyInfo::Struct(&crate::crm::MULTIFIELD_TY)))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub link: Option<Vec<crate::crm::Multifield>>,
            /// The outside system the contact comes from.
            #[param("ORIGINATOR_ID", opt, into(String))]
            #[table(TyInfo::String)]
            pub originator_id: Option<String>,
            /// The contact's id in that outside system.
            #[param("ORIGIN_ID", opt, into(String))]
            #[table(TyInfo::String)]
            pub origin_id: Option<String>,
            /// The version of the contact's data in that outside system.
            #[param("ORIGIN_VERSION", opt, into(String))]
            #[table(TyInfo::String)]
            pub origin_version: Option<String>,
            /// Street address; outdated, use requisites.
            #[param("ADDRESS", opt, into(String))]
            #[table(TyInfo::String)]
            pub address: Option<String>,
            /// Second line of the address; outdated.
            #[param("ADDRESS_2", opt, into(String))]
            #[table(TyInfo::String)]
            pub address_2: Option<String>,
            /// City; outdated.
            #[param("ADDRESS_CITY", opt, into(String))]
            #[table(TyInfo::String)]
            pub address_city: Option<String>,
            /// Postal code; outdated.
            #[param("ADDRESS_POSTAL_CODE", opt, into(String))]
            #[table(TyInfo::String)]
            pub address_postal_code: Option<String>,
            /// District; outdated.
            #[param("ADDRESS_REGION", opt, into(String))]
            #[table(TyInfo::String)]
            pub address_region: Option<String>,
            /// Region or province; outdated.
            #[param("ADDRESS_PROVINCE", opt, into(String))]
            #[table(TyInfo::String)]
            pub address_province: Option<String>,
            /// Country; outdated.
            #[param("ADDRESS_COUNTRY", opt, into(String))]
            #[table(TyInfo::String)]
            pub address_country: Option<String>,
            /// Country code; outdated.
            #[param("ADDRESS_COUNTRY_CODE", opt, into(String))]
            #[table(TyInfo::String)]
            pub address_country_code: Option<String>,
            /// Id of the location address; outdated.
            #[param("ADDRESS_LOC_ADDR_ID", opt, plain(i64))]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub address_loc_addr_id: Option<i64>,
        }
        impl ContactUpdateFields {
            /// Starts with every parameter unset.
            #[inline]
            pub fn new() -> Self {
                Self::default()
            }
        }
    }
    crate::macros::object! {
        /// Options of crm.contact.update.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-update.html>
        #[object(CONTACT_UPDATE_PARAMS_TY)]
        #[derive(Default)]
        pub struct ContactUpdateParams {
            /// `N` keeps the change out of the activity stream.
            #[param("REGISTER_SONET_EVENT", opt, plain(crate::YesNo))]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
            pub register_sonet_event: Option<crate::YesNo>,
            /// `N` keeps the change out of the contact's history.
            #[param("REGISTER_HISTORY_EVENT", opt, plain(crate::YesNo))]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
            pub register_history_event: Option<crate::YesNo>,
        }
        impl ContactUpdateParams {
            /// Starts with every parameter unset.
            #[inline]
            pub fn new() -> Self {
                Self::default()
            }
        }
    }
    crate::macros::object! {
        /// A deal with the fields the portal returns for it.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-get.html>
        #[object(DEAL_TY)]
        pub struct Deal {
            /// The deal's id.
            #[param("ID", req, none)]
            #[table(TyInfo::Integer, required())]
            #[serde(deserialize_with = "crate::de::lax")]
            pub id: i64,
            /// The deal's name.
            #[param("TITLE", opt, none)]
            #[table(TyInfo::String)]
            pub title: Option<String>,
            /// Code of the deal type from the `DEAL_TYPE` directory, such as `SALE`.
            #[param("TYPE_ID", opt, none)]
            #[table(TyInfo::String)]
            pub type_id: Option<String>,
            /// Id of the pipeline the deal is in; `0` is the default one.
            #[param("CATEGORY_ID", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub category_id: Option<i64>,
            /// Code of the deal's stage, such as `NEW` or `C1:WON`.
            #[param("STAGE_ID", opt, none)]
            #[table(TyInfo::String)]
            pub stage_id: Option<String>,
            /// Whether the stage is in progress, won or lost.
            #[param("STAGE_SEMANTIC_ID", opt, none)]
            #[table(TyInfo::Enum(&EnumTy::new("DealStageSemantic", &["P", "S", "F"])))]
            pub stage_semantic_id: Option<crate::crm::DealStageSemantic>,
            /// `Y` while the deal is in the first stage.
            #[param("IS_NEW", opt, none)]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
            pub is_new: Option<crate::YesNo>,
            /// `Y` for a deal made by a recurring-deal template.
            #[param("IS_RECURRING", opt, none)]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
            pub is_recurring: Option<crate::YesNo>,
            /// `Y` when the client had deals before.
            #[param("IS_RETURN_CUSTOMER", opt, none)]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
            pub is_return_customer: Option<crate::YesNo>,
            /// `Y` when the client came back with the same request.
            #[param("IS_REPEATED_APPROACH", opt, none)]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
            pub is_repeated_approach: Option<crate::YesNo>,
            /// Chance of winning the deal, in percent.
            #[param("PROBABILITY", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub probability: Option<i64>,
            /// Currency code of the amount, such as `USD`.
            #[param("CURRENCY_ID", opt, none)]
            #[table(TyInfo::String)]
            pub currency_id: Option<String>,
            /// The deal's amount.
            #[param("OPPORTUNITY", opt, none)]
            #[table(TyInfo::Double)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub opportunity: Option<f64>,
            /// `Y` when the amount is entered by hand rather than summed from the products.
            #[param("IS_MANUAL_OPPORTUNITY", opt, none)]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
            pub is_manual_opportunity: Option<crate::YesNo>,
            /// The tax on the amount.
            #[param("TAX_VALUE", opt, none)]
            #[table(TyInfo::Double)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub tax_value: Option<f64>,
            /// Id of the client company.
            #[param("COMPANY_ID", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub company_id: Option<i64>,
            /// Id of the first client contact; outdated, read `crm.deal.contact.items.get` for all of them.
            #[param("CONTACT_ID", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub contact_id: Option<i64>,
            /// Id of the quote the deal was made from.
            #[param("QUOTE_ID", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub quote_id: Option<i64>,
            /// When work on the deal starts.
            #[param("BEGINDATE", opt, none)]
            #[table(TyInfo::Date)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub begindate: Option<crate::Date>,
            /// When the deal is due to close.
            #[param("CLOSEDATE", opt, none)]
            #[table(TyInfo::Date)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub closedate: Option<crate::Date>,
            /// `Y` when every user may see the deal.
            #[param("OPENED", opt, none)]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
            pub opened: Option<crate::YesNo>,
            /// `Y` once the deal is won or lost.
            #[param("CLOSED", opt, none)]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
            pub closed: Option<crate::YesNo>,
            /// Free-text comment (may hold BB code).
            #[param("COMMENTS", opt, none)]
            #[table(TyInfo::String)]
            pub comments: Option<String>,
            /// Id of the user responsible for the deal.
            #[param("ASSIGNED_BY_ID", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub assigned_by_id: Option<i64>,
            /// Id of the user who created it.
            #[param("CREATED_BY_ID", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub created_by_id: Option<i64>,
            /// Id of the user who changed it last.
            #[param("MODIFY_BY_ID", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub modify_by_id: Option<i64>,
            /// Id of the user who last moved it to another stage.
            #[param("MOVED_BY_ID", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub moved_by_id: Option<i64>,
            /// When it was created.
            #[param("DATE_CREATE", opt, none)]
            #[table(TyInfo::DateTime)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub date_create: Option<crate::DateTime>,
            /// When it was changed last.
            #[param("DATE_MODIFY", opt, none)]
            #[table(TyInfo::DateTime)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub date_modify: Option<crate::DateTime>,
            /// When its stage last changed.
            #[param("MOVED_TIME", opt, none)]
            #[table(TyInfo::DateTime)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub moved_time: Option<crate::DateTime>,
            /// Code of where the deal came from, from the `SOURCE` directory.
            #[param("SOURCE_ID", opt, none)]
            #[table(TyInfo::String)]
            pub source_id: Option<String>,
            /// More about the source.
            #[param("SOURCE_DESCRIPTION", opt, none)]
            #[table(TyInfo::String)]
            pub source_description: Option<String>,
            /// Id of the lead the deal was made from.
            #[param("LEAD_ID", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub lead_id: Option<i64>,
            /// Any further information.
            #[param("ADDITIONAL_INFO", opt, none)]
            #[table(TyInfo::String)]
            pub additional_info: Option<String>,
            /// Id of a location; used by the portal itself.
            #[param("LOCATION_ID", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub location_id: Option<i64>,
            /// The outside system the deal came from.
            #[param("ORIGINATOR_ID", opt, none)]
            #[table(TyInfo::String)]
            pub originator_id: Option<String>,
            /// The deal's id in that outside system.
            #[param("ORIGIN_ID", opt, none)]
            #[table(TyInfo::String)]
            pub origin_id: Option<String>,
            /// The advertising system of the campaign.
            #[param("UTM_SOURCE", opt, none)]
            #[table(TyInfo::String)]
            pub utm_source: Option<String>,
            /// The kind of traffic.
            #[param("UTM_MEDIUM", opt, none)]
            #[table(TyInfo::String)]
            pub utm_medium: Option<String>,
            /// The name of the campaign.
            #[param("UTM_CAMPAIGN", opt, none)]
            #[table(TyInfo::String)]
            pub utm_campaign: Option<String>,
            /// The ad's content.
            #[param("UTM_CONTENT", opt, none)]
            #[table(TyInfo::String)]
            pub utm_content: Option<String>,
            /// The search term of the campaign.
            #[param("UTM_TERM", opt, none)]
            #[table(TyInfo::String)]
            pub utm_term: Option<String>,
            /// When the last timeline activity happened.
            #[param("LAST_ACTIVITY_TIME", opt, none)]
            #[table(TyInfo::DateTime)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub last_activity_time: Option<crate::DateTime>,
            /// Id of the user behind the last timeline activity.
            #[param("LAST_ACTIVITY_BY", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub last_activity_by: Option<i64>,
        }
        impl Deal {
            /// `ID` as a typed field name, for filters, sort orders and selections.
            pub const ID: crate::Field<Self, i64> = crate::Field::new("ID");
            /// `TITLE` as a typed field name, for filters, sort orders and selections.
            pub const TITLE: crate::Field<Self, String> = crate::Field::new("TITLE");
            /// `TYPE_ID` as a typed field name, for filters, sort orders and selections.
            pub const TYPE_ID: crate::Field<Self, String> = crate::Field::new("TYPE_ID");
            /// `CATEGORY_ID` as a typed field name, for filters, sort orders and selections.
            pub const CATEGORY_ID: crate::Field<Self, i64> = crate::Field::new("CATEGORY_ID");
            /// `STAGE_ID` as a typed field name, for filters, sort orders and selections.
            pub const STAGE_ID: crate::Field<Self, String> = crate::Field::new("STAGE_ID");
            /// `STAGE_SEMANTIC_ID` as a typed field name, for filters, sort orders and selections.
            pub const STAGE_SEMANTIC_ID: crate::Field<Self, crate::crm::DealStageSemantic> = crate::Field::new(
                "STAGE_SEMANTIC_ID",
            );
            /// `IS_NEW` as a typed field name, for filters, sort orders and selections.
            pub const IS_NEW: crate::Field<Self, crate::YesNo> = crate::Field::new("IS_NEW");
            /// `IS_RECURRING` as a typed field name, for filters, sort orders and selections.
            pub const IS_RECURRING: crate::Field<Self, crate::YesNo> = crate::Field::new(
                "IS_RECURRING",
            );
            /// `IS_RETURN_CUSTOMER` as a typed field name, for filters, sort orders and selections.
            pub const IS_RETURN_CUSTOMER: crate::Field<Self, crate::YesNo> = crate::Field::new(
                "IS_RETURN_CUSTOMER",
            );
            /// `IS_REPEATED_APPROACH` as a typed field name, for filters, sort orders and selections.
            pub const IS_REPEATED_APPROACH: crate::Field<Self, crate::YesNo> = crate::Field::new(
                "IS_REPEATED_APPROACH",
            );
            /// `PROBABILITY` as a typed field name, for filters, sort orders and selections.
            pub const PROBABILITY: crate::Field<Self, i64> = crate::Field::new("PROBABILITY");
            /// `CURRENCY_ID` as a typed field name, for filters, sort orders and selections.
            pub const CURRENCY_ID: crate::Field<Self, String> = crate::Field::new("CURRENCY_ID");
            /// `OPPORTUNITY` as a typed field name, for filters, sort orders and selections.
            pub const OPPORTUNITY: crate::Field<Self, f64> = crate::Field::new("OPPORTUNITY");
            /// `IS_MANUAL_OPPORTUNITY` as a typed field name, for filters, sort orders and selections.
            pub const IS_MANUAL_OPPORTUNITY: crate::Field<Self, crate::YesNo> = crate::Field::new(
                "IS_MANUAL_OPPORTUNITY",
            );
            /// `TAX_VALUE` as a typed field name, for filters, sort orders and selections.
            pub const TAX_VALUE: crate::Field<Self, f64> = crate::Field::new("TAX_VALUE");
            /// `COMPANY_ID` as a typed field name, for filters, sort orders and selections.
            pub const COMPANY_ID: crate::Field<Self, i64> = crate::Field::new("COMPANY_ID");
            /// `CONTACT_ID` as a typed field name, for filters, sort orders and selections.
            pub const CONTACT_ID: crate::Field<Self, i64> = crate::Field::new("CONTACT_ID");
            /// `QUOTE_ID` as a typed field name, for filters, sort orders and selections.
            pub const QUOTE_ID: crate::Field<Self, i64> = crate::Field::new("QUOTE_ID");
            /// `BEGINDATE` as a typed field name, for filters, sort orders and selections.
            pub const BEGINDATE: crate::Field<Self, crate::Date> = crate::Field::new(
                "BEGINDATE",
            );
            /// `CLOSEDATE` as a typed field name, for filters, sort orders and selections.
            pub const CLOSEDATE: crate::Field<Self, crate::Date> = crate::Field::new(
                "CLOSEDATE",
            );
            /// `OPENED` as a typed field name, for filters, sort orders and selections.
            pub const OPENED: crate::Field<Self, crate::YesNo> = crate::Field::new("OPENED");
            /// `CLOSED` as a typed field name, for filters, sort orders and selections.
            pub const CLOSED: crate::Field<Self, crate::YesNo> = crate::Field::new("CLOSED");
            /// `COMMENTS` as a typed field name, for filters, sort orders and selections.
            pub const COMMENTS: crate::Field<Self, String> = crate::Field::new("COMMENTS");
            /// `ASSIGNED_BY_ID` as a typed field name, for filters, sort orders and selections.
            pub const ASSIGNED_BY_ID: crate::Field<Self, i64> = crate::Field::new(
                "ASSIGNED_BY_ID",
            );
            /// `CREATED_BY_ID` as a typed field name, for filters, sort orders and selections.
            pub const CREATED_BY_ID: crate::Field<Self, i64> = crate::Field::new(
                "CREATED_BY_ID",
            );
            /// `MODIFY_BY_ID` as a typed field name, for filters, sort orders and selections.
            pub const MODIFY_BY_ID: crate::Field<Self, i64> = crate::Field::new("MODIFY_BY_ID");
            /// `MOVED_BY_ID` as a typed field name, for filters, sort orders and selections.
            pub const MOVED_BY_ID: crate::Field<Self, i64> = crate::Field::new("MOVED_BY_ID");
            /// `DATE_CREATE` as a typed field name, for filters, sort orders and selections.
            pub const DATE_CREATE: crate::Field<Self, crate::DateTime> = crate::Field::new(
                "DATE_CREATE",
            );
            /// `DATE_MODIFY` as a typed field name, for filters, sort orders and selections.
            pub const DATE_MODIFY: crate::Field<Self, crate::DateTime> = crate::Field::new(
                "DATE_MODIFY",
            );
            /// `MOVED_TIME` as a typed field name, for filters, sort orders and selections.
            pub const MOVED_TIME: crate::Field<Self, crate::DateTime> = crate::Field::new(
                "MOVED_TIME",
            );
            /// `SOURCE_ID` as a typed field name, for filters, sort orders and selections.
            pub const SOURCE_ID: crate::Field<Self, String> = crate::Field::new("SOURCE_ID");
            /// `SOURCE_DESCRIPTION` as a typed field name, for filters, sort orders and selections.
            pub const SOURCE_DESCRIPTION: crate::Field<Self, String> = crate::Field::new(
                "SOURCE_DESCRIPTION",
            );
            /// `LEAD_ID` as a typed field name, for filters, sort orders and selections.
            pub const LEAD_ID: crate::Field<Self, i64> = crate::Field::new("LEAD_ID");
            /// `ADDITIONAL_INFO` as a typed field name, for filters, sort orders and selections.
            pub const ADDITIONAL_INFO: crate::Field<Self, String> = crate::Field::new(
                "ADDITIONAL_INFO",
            );
            /// `LOCATION_ID` as a typed field name, for filters, sort orders and selections.
            pub const LOCATION_ID: crate::Field<Self, i64> = crate::Field::new("LOCATION_ID");
            /// `ORIGINATOR_ID` as a typed field name, for filters, sort orders and selections.
            pub const ORIGINATOR_ID: crate::Field<Self, String> = crate::Field::new(
                "ORIGINATOR_ID",
            );
            /// `ORIGIN_ID` as a typed field name, for filters, sort orders and selections.
            pub const ORIGIN_ID: crate::Field<Self, String> = crate::Field::new("ORIGIN_ID");
            /// `UTM_SOURCE` as a typed field name, for filters, sort orders and selections.
            pub const UTM_SOURCE: crate::Field<Self, String> = crate::Field::new("UTM_SOURCE");
            /// `UTM_MEDIUM` as a typed field name, for filters, sort orders and selections.
            pub const UTM_MEDIUM: crate::Field<Self, String> = crate::Field::new("UTM_MEDIUM");
            /// `UTM_CAMPAIGN` as a typed field name, for filters, sort orders and selections.
            pub const UTM_CAMPAIGN: crate::Field<Self, String> = crate::Field::new(
                "UTM_CAMPAIGN",
            );
            /// `UTM_CONTENT` as a typed field name, for filters, sort orders and selections.
            pub const UTM_CONTENT: crate::Field<Self, String> = crate::Field::new("UTM_CONTENT");
            /// `UTM_TERM` as a typed field name, for filters, sort orders and selections.
            pub const UTM_TERM: crate::Field<Self, String> = crate::Field::new("UTM_TERM");
            /// `LAST_ACTIVITY_TIME` as a typed field name, for filters, sort orders and selections.
            pub const LAST_ACTIVITY_TIME: crate::Field<Self, crate::DateTime> = crate::Field::new(
                "LAST_ACTIVITY_TIME",
            );
            /// `LAST_ACTIVITY_BY` as a typed field name, for filters, sort orders and selections.
            pub const LAST_ACTIVITY_BY: crate::Field<Self, i64> = crate::Field::new(
                "LAST_ACTIVITY_BY",
            );
        }
    }
    crate::macros::object! {
        /// Options of crm.deal.add.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-add.html>
        #[object(DEAL_ADD_PARAMS_TY)]
        #[derive(Default)]
        pub struct DealAddParams {
            /// `N` keeps the new deal out of the activity stream.
            #[notes("Default: `Y`.")]
            #[param("REGISTER_SONET_EVENT", opt, plain(crate::YesNo))]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])), default("Y"))]
            pub register_sonet_event: Option<crate::YesNo>,
        }
        impl DealAddParams {
            /// Starts with every parameter unset.
            #[inline]
            pub fn new() -> Self {
                Self::default()
            }
        }
    }
    crate::macros::object! {
        /// The fields to set on a deal; unset ones are left as they are (or take their defaults).
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-add.html>
        #[object(DEAL_FIELDS_TY)]
        #[derive(Default)]
        pub struct DealFields {
            /// The deal's name.
            #[param("TITLE", opt, into(String))]
            #[table(TyInfo::String)]
            pub title: Option<String>,
            /// Code of the deal type, from the `DEAL_TYPE` directory.
            #[param("TYPE_ID", opt, into(String))]
            #[table(TyInfo::String)]
            pub type_id: Option<String>,
            /// Id of the pipeline; fixed once the deal exists.
            #[param("CATEGORY_ID", opt, plain(i64))]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub category_id: Option<i64>,
            /// Code of the stage, from the pipeline's stage directory.
            #[param("STAGE_ID", opt, into(String))]
            #[table(TyInfo::String)]
            pub stage_id: Option<String>,
            /// `Y` marks a recurring deal.
            #[param("IS_RECURRING", opt, plain(crate::YesNo))]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
            pub is_recurring: Option<crate::YesNo>,
            /// `Y` when the client had deals before.
            #[param("IS_RETURN_CUSTOMER", opt, plain(crate::YesNo))]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
            pub is_return_customer: Option<crate::YesNo>,
            /// `Y` when the client came back with the same request.
            #[param("IS_REPEATED_APPROACH", opt, plain(crate::YesNo))]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
            pub is_repeated_approach: Option<crate::YesNo>,
            /// Chance of winning the deal, in percent.
            #[param("PROBABILITY", opt, plain(i64))]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub probability: Option<i64>,
            /// Currency code of the amount, such as `EUR`.
            #[param("CURRENCY_ID", opt, into(String))]
            #[table(TyInfo::String)]
            pub currency_id: Option<String>,
            /// The deal's amount.
            #[param("OPPORTUNITY", opt, plain(f64))]
            #[table(TyInfo::Double)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub opportunity: Option<f64>,
            /// `Y` keeps the amount as entered instead of summing the products.
            #[param("IS_MANUAL_OPPORTUNITY", opt, plain(crate::YesNo))]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
            pub is_manual_opportunity: Option<crate::YesNo>,
            /// The tax on the amount.
            #[param("TAX_VALUE", opt, plain(f64))]
            #[table(TyInfo::Double)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub tax_value: Option<f64>,
            /// Id of the client company.
            #[param("COMPANY_ID", opt, plain(i64))]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub company_id: Option<i64>,
            /// Id of one client contact; outdated, prefer `CONTACT_IDS`.
            #[param("CONTACT_ID", opt, plain(i64))]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub contact_id: Option<i64>,
            /// Ids of the client contacts.
            #[param("CONTACT_IDS", opt, iter(i64))]
            #[table(TyInfo::List(&TyInfo::Integer))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub contact_ids: Option<Vec<i64>>,
            /// When work on the deal starts.
            #[param("BEGINDATE", opt, plain(crate::Date))]
            #[table(TyInfo::Date)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub begindate: Option<crate::Date>,
            /// When the deal is due to close.
            #[param("CLOSEDATE", opt, plain(crate::Date))]
            #[table(TyInfo::Date)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub closedate: Option<crate::Date>,
            /// `Y` lets every user see the deal.
            #[param("OPENED", opt, plain(crate::YesNo))]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
            pub opened: Option<crate::YesNo>,
            /// `Y` closes the deal.
            #[param("CLOSED", opt, plain(crate::YesNo))]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
            pub closed: Option<crate::YesNo>,
            /// Free-text comment (may hold BB code).
            #[param("COMMENTS", opt, into(String))]
            #[table(TyInfo::String)]
            pub comments: Option<String>,
            /// Id of the user responsible for the deal.
            #[param("ASSIGNED_BY_ID", opt, plain(i64))]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub assigned_by_id: Option<i64>,
            /// Code of the source, from the `SOURCE` directory.
            #[param("SOURCE_ID", opt, into(String))]
            #[table(TyInfo::String)]
            pub source_id: Option<String>,
            /// More about the source.
            #[param("SOURCE_DESCRIPTION", opt, into(String))]
            #[table(TyInfo::String)]
            pub source_description: Option<String>,
            /// Any further information.
            #[param("ADDITIONAL_INFO", opt, into(String))]
            #[table(TyInfo::String)]
            pub additional_info: Option<String>,
            /// Id of a location; used by the portal itself.
            #[param("LOCATION_ID", opt, plain(i64))]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub location_id: Option<i64>,
            /// The outside system the deal comes from.
            #[param("ORIGINATOR_ID", opt, into(String))]
            #[table(TyInfo::String)]
            pub originator_id: Option<String>,
            /// The deal's id in that outside system.
            #[param("ORIGIN_ID", opt, into(String))]
            #[table(TyInfo::String)]
            pub origin_id: Option<String>,
            /// The advertising system of the campaign.
            #[param("UTM_SOURCE", opt, into(String))]
            #[table(TyInfo::String)]
            pub utm_source: Option<String>,
            /// The kind of traffic.
            #[param("UTM_MEDIUM", opt, plain(crate::crm::UtmMedium))]
            #[table(TyInfo::Enum(&EnumTy::new("UtmMedium", &["CPC", "CPM"])))]
            pub utm_medium: Option<crate::crm::UtmMedium>,
            /// The name of the campaign.
            #[param("UTM_CAMPAIGN", opt, into(String))]
            #[table(TyInfo::String)]
            pub utm_campaign: Option<String>,
            /// The ad's content.
            #[param("UTM_CONTENT", opt, into(String))]
            #[table(TyInfo::String)]
            pub utm_content: Option<String>,
            /// The search term of the campaign.
            #[param("UTM_TERM", opt, into(String))]
            #[table(TyInfo::String)]
            pub utm_term: Option<String>,
            /// Data for end-to-end analytics.
            #[param("TRACE", opt, into(String))]
            #[table(TyInfo::String)]
            pub trace: Option<String>,
        }
        impl DealFields {
            /// Starts with every parameter unset.
            #[inline]
            pub fn new() -> Self {
                Self::default()
            }
        }
    }
    /// The group a deal's stage belongs to.
    ///
    /// Documentation: <https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-get.html>
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum DealStageSemantic {
        /// `P`: Still being worked on.
        InProgress,
        /// `S`: Closed as won.
        Won,
        /// `F`: Closed as lost.
        Lost,
        /// A value this version of the crate does not know, kept as received.
        Unknown(crate::UnknownValue),
    }
    impl DealStageSemantic {
        /// Every known value, in documentation order.
        pub const ALL: &'static [Self] = &[Self::InProgress, Self::Won, Self::Lost];
        /// Reads a wire value; one the crate does not know becomes [`Self::Unknown`].
        pub fn from_wire(value: &str) -> Self {
            match value {
                "P" => Self::InProgress,
                "S" => Self::Won,
                "F" => Self::Lost,
                other => Self::Unknown(crate::UnknownValue::new(other)),
            }
        }
        /// The value as sent on the wire.
        #[inline]
        pub fn as_str(&self) -> &str {
            match self {
                Self::InProgress => "P",
                Self::Won => "S",
                Self::Lost => "F",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// Whether this is a value the crate does not know.
        #[inline]
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    crate::macros::enum_impls!(DealStageSemantic);
    crate::macros::object! {
        /// The fields of a deal to change: those of `DealFields` but the pipeline, which stays as it is.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-update.html>
        #[object(DEAL_UPDATE_FIELDS_TY)]
        #[derive(Default)]
        pub struct DealUpdateFields {
            /// The deal's name.
            #[param("TITLE", opt, into(String))]
            #[table(TyInfo::String)]
            pub title: Option<String>,
            /// Code of the deal type, from the `DEAL_TYPE` directory.
            #[param("TYPE_ID", opt, into(String))]
            #[table(TyInfo::String)]
            pub type_id: Option<String>,
            /// Code of the stage, from the pipeline's stage directory.
            #[param("STAGE_ID", opt, into(String))]
            #[table(TyInfo::String)]
            pub stage_id: Option<String>,
            /// `Y` marks a recurring deal.
            #[param("IS_RECURRING", opt, plain(crate::YesNo))]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
            pub is_recurring: Option<crate::YesNo>,
            /// `Y` when the client had deals before.
            #[param("IS_RETURN_CUSTOMER", opt, plain(crate::YesNo))]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
            pub is_return_customer: Option<crate::YesNo>,
            /// `Y` when the client came back with the same request.
            #[param("IS_REPEATED_APPROACH", opt, plain(crate::YesNo))]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
            pub is_repeated_approach: Option<crate::YesNo>,
            /// Chance of winning the deal, in percent.
            #[param("PROBABILITY", opt, plain(i64))]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub probability: Option<i64>,
            /// Currency code of the amount, such as `EUR`.
            #[param("CURRENCY_ID", opt, into(String))]
            #[table(TyInfo::String)]
            pub currency_id: Option<String>,
            /// The deal's amount.
            #[param("OPPORTUNITY", opt, plain(f64))]
            #[table(TyInfo::Double)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub opportunity: Option<f64>,
            /// `Y` keeps the amount as entered instead of summing the products.
            #[param("IS_MANUAL_OPPORTUNITY", opt, plain(crate::YesNo))]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
            pub is_manual_opportunity: Option<crate::YesNo>,
            /// The tax on the amount.
            #[param("TAX_VALUE", opt, plain(f64))]
            #[table(TyInfo::Double)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub tax_value: Option<f64>,
            /// Id of the client company.
            #[param("COMPANY_ID", opt, plain(i64))]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub company_id: Option<i64>,
            /// Id of one client contact; outdated, prefer `CONTACT_IDS`.
            #[param("CONTACT_ID", opt, plain(i64))]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub contact_id: Option<i64>,
            /// Ids of the client contacts.
            #[param("CONTACT_IDS", opt, iter(i64))]
            #[table(TyInfo::List(&TyInfo::Integer))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub contact_ids: Option<Vec<i64>>,
            /// When work on the deal starts.
            #[param("BEGINDATE", opt, plain(crate::Date))]
            #[table(TyInfo::Date)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub begindate: Option<crate::Date>,
            /// When the deal is due to close.
            #[param("CLOSEDATE", opt, plain(crate::Date))]
            #[table(TyInfo::Date)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub closedate: Option<crate::Date>,
            /// `Y` lets every user see the deal.
            #[param("OPENED", opt, plain(crate::YesNo))]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
            pub opened: Option<crate::YesNo>,
            /// `Y` closes the deal.
            #[param("CLOSED", opt, plain(crate::YesNo))]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
            pub closed: Option<crate::YesNo>,
            /// Free-text comment (may hold BB code).
            #[param("COMMENTS", opt, into(String))]
            #[table(TyInfo::String)]
            pub comments: Option<String>,
            /// Id of the user responsible for the deal.
            #[param("ASSIGNED_BY_ID", opt, plain(i64))]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub assigned_by_id: Option<i64>,
            /// Code of the source, from the `SOURCE` directory.
            #[param("SOURCE_ID", opt, into(String))]
            #[table(TyInfo::String)]
            pub source_id: Option<String>,
            /// More about the source.
            #[param("SOURCE_DESCRIPTION", opt, into(String))]
            #[table(TyInfo::String)]
            pub source_description: Option<String>,
            /// Any further information.
            #[param("ADDITIONAL_INFO", opt, into(String))]
            #[table(TyInfo::String)]
            pub additional_info: Option<String>,
            /// Id of a location; used by the portal itself.
            #[param("LOCATION_ID", opt, plain(i64))]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub location_id: Option<i64>,
            /// The outside system the deal comes from.
            #[param("ORIGINATOR_ID", opt, into(String))]
            #[table(TyInfo::String)]
            pub originator_id: Option<String>,
            /// The deal's id in that outside system.
            #[param("ORIGIN_ID", opt, into(String))]
            #[table(TyInfo::String)]
            pub origin_id: Option<String>,
            /// The advertising system of the campaign.
            #[param("UTM_SOURCE", opt, into(String))]
            #[table(TyInfo::String)]
            pub utm_source: Option<String>,
            /// The kind of traffic.
            #[param("UTM_MEDIUM", opt, plain(crate::crm::UtmMedium))]
            #[table(TyInfo::Enum(&EnumTy::new("UtmMedium", &["CPC", "CPM"])))]
            pub utm_medium: Option<crate::crm::UtmMedium>,
            /// The name of the campaign.
            #[param("UTM_CAMPAIGN", opt, into(String))]
            #[table(TyInfo::String)]
            pub utm_campaign: Option<String>,
            /// The ad's content.
            #[param("UTM_CONTENT", opt, into(String))]
            #[table(TyInfo::String)]
            pub utm_content: Option<String>,
            /// The search term of the campaign.
            #[param("UTM_TERM", opt, into(String))]
            #[table(TyInfo::String)]
            pub utm_term: Option<String>,
        }
        impl DealUpdateFields {
            /// Starts with every parameter unset.
            #[inline]
            pub fn new() -> Self {
                Self::default()
            }
        }
    }
    crate::macros::object! {
        /// Options of crm.deal.update.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-update.html>
        #[object(DEAL_UPDATE_PARAMS_TY)]
        #[derive(Default)]
        pub struct DealUpdateParams {
            /// `N` keeps the change out of the activity stream.
            #[param("REGISTER_SONET_EVENT", opt, plain(crate::YesNo))]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
            pub register_sonet_event: Option<crate::YesNo>,
            /// `N` keeps the change out of the deal's history.
            #[param("REGISTER_HISTORY_EVENT", opt, plain(crate::YesNo))]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
            pub register_history_event: Option<crate::YesNo>,
        }
        impl DealUpdateParams {
            /// Starts with every parameter unset.
            #[inline]
            pub fn new() -> Self {
                Self::default()
            }
        }
    }
    crate::macros::object! {
        /// How a portal describes one field of a CRM object: its type and how it may be set. Further keys (`statusType`, `items`, `settings`, labels of user fields) are kept in `extra`.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/crm/data-types.html#crm_rest_field_description>
        #[object(FIELD_DESCRIPTION_TY)]
        pub struct FieldDescription {
            /// The field's type: a built-in one (`integer`, `string`, `char`, `datetime`...) or a CRM one (`crm_status`, `crm_multifield`, `user`...).
            #[param("type", req, none)]
            #[table(TyInfo::String, required())]
            pub field_type: String,
            /// Whether a new object must have it.
            #[param("isRequired", opt, none)]
            #[table(TyInfo::Boolean)]
            pub is_required: Option<bool>,
            /// Whether the portal alone sets it.
            #[param("isReadOnly", opt, none)]
            #[table(TyInfo::Boolean)]
            pub is_read_only: Option<bool>,
            /// Whether it can be set only when the object is created.
            #[param("isImmutable", opt, none)]
            #[table(TyInfo::Boolean)]
            pub is_immutable: Option<bool>,
            /// Whether it holds a list of values.
            #[param("isMultiple", opt, none)]
            #[table(TyInfo::Boolean)]
            pub is_multiple: Option<bool>,
            /// Whether it is a user field (`UF_...`).
            #[param("isDynamic", opt, none)]
            #[table(TyInfo::Boolean)]
            pub is_dynamic: Option<bool>,
            /// The field's name as the portal shows it.
            #[param("title", opt, none)]
            #[table(TyInfo::String)]
            pub title: Option<String>,
            /// The field's name in upper case.
            #[param("upperName", opt, none)]
            #[table(TyInfo::String)]
            pub upper_name: Option<String>,
        }
    }
    crate::macros::object! {
        /// One value of a multi-field: a phone number, an e-mail address, a site or a messenger id, with its kind. To add a value send it without `ID`; to change one send its `ID` with the new value; to remove one send its `ID` with an empty `VALUE`.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/crm/data-types.html#crm_multifield>
        #[object(MULTIFIELD_TY)]
        pub struct Multifield {
            /// Id of the value; absent on a value being added.
            #[param("ID", opt, plain(i64))]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub id: Option<i64>,
            /// Which multi-field the value belongs to.
            #[param("TYPE_ID", opt, plain(crate::crm::MultifieldType))]
            #[table(
                TyInfo::Enum(
                    &EnumTy::new("MultifieldType", &["PHONE", "EMAIL", "WEB", "IM", "LINK"])
                )
            )]
            pub type_id: Option<crate::crm::MultifieldType>,
            /// The number, address, URL or messenger id; empty to remove the value.
            #[param("VALUE", req, none)]
            #[table(TyInfo::String, required())]
            pub value: String,
            /// The kind of value, such as work or home; which kinds apply depends on the multi-field.
            #[param("VALUE_TYPE", opt, plain(crate::crm::MultifieldValueType))]
            #[table(
                TyInfo::Enum(
                    &EnumTy::new(
                        "MultifieldValueType",
                        &["WORK",
                        "MOBILE",
                        "FAX",
                        "HOME",
                        "PAGER",
                        "MAILING",
                        "OTHER",
                        "VK",
                        "LIVEJOURNAL",
                        "TWITTER",
                        "TELEGRAM",
                        "SKYPE",
                        "VIBER",
                        "BITRIX24",
                        "OPENLINE",
                        "IMOL",
                        "ICQ",
                        "MSN",
                        "JABBER"]
                    )
                )
            )]
            pub value_type: Option<crate::crm::MultifieldValueType>,
        }
        impl Multifield {
            /// Starts with the required parameters; the rest are set with the methods below.
            ///
            /// - `value` (`VALUE`): The number, address, URL or messenger id; empty to remove the value.
            #[inline]
            pub fn new(value: impl Into<String>) -> Self {
                Self {
                    id: None,
                    type_id: None,
                    value: value.into(),
                    value_type: None,
                    extra: serde_json::Map::new(),
                }
            }
        }
    }
    /// The multi-field a value belongs to.
    ///
    /// Documentation: <https://apidocs.bitrix24.com/api-reference/crm/data-types.html>
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum MultifieldType {
        /// `PHONE`: A phone number.
        Phone,
        /// `EMAIL`: An e-mail address.
        Email,
        /// `WEB`: A site.
        Web,
        /// `IM`: A messenger account.
        Im,
        /// `LINK`: A link the portal keeps for itself.
        Link,
        /// A value this version of the crate does not know, kept as received.
        Unknown(crate::UnknownValue),
    }
    impl MultifieldType {
        /// Every known value, in documentation order.
        pub const ALL: &'static [Self] = &[
            Self::Phone,
            Self::Email,
            Self::Web,
            Self::Im,
            Self::Link,
        ];
        /// Reads a wire value; one the crate does not know becomes [`Self::Unknown`].
        pub fn from_wire(value: &str) -> Self {
            match value {
                "PHONE" => Self::Phone,
                "EMAIL" => Self::Email,
                "WEB" => Self::Web,
                "IM" => Self::Im,
                "LINK" => Self::Link,
                other => Self::Unknown(crate::UnknownValue::new(other)),
            }
        }
        /// The value as sent on the wire.
        #[inline]
        pub fn as_str(&self) -> &str {
            match self {
                Self::Phone => "PHONE",
                Self::Email => "EMAIL",
                Self::Web => "WEB",
                Self::Im => "IM",
                Self::Link => "LINK",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// Whether this is a value the crate does not know.
        #[inline]
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    crate::macros::enum_impls!(MultifieldType);
    /// The kind of a multi-field value. Phones take `WORK`, `MOBILE`, `FAX`, `HOME`, `PAGER`, `MAILING` and `OTHER`; e-mail addresses `WORK`, `HOME`, `MAILING` and `OTHER`; sites `WORK`, `HOME`, `VK`, `LIVEJOURNAL`, `TWITTER` and `OTHER`; messengers `TELEGRAM`, `VK`, `SKYPE`, `VIBER`, `BITRIX24`, `OPENLINE`, `IMOL`, `ICQ`, `MSN`, `JABBER` and `OTHER`.
    ///
    /// Documentation: <https://apidocs.bitrix24.com/api-reference/crm/data-types.html>
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum MultifieldValueType {
        /// `WORK`: At work.
        Work,
        /// `MOBILE`: A mobile phone.
        Mobile,
        /// `FAX`: A fax.
        Fax,
        /// `HOME`: At home.
        Home,
        /// `PAGER`: A pager.
        Pager,
        /// `MAILING`: For mailings.
        Mailing,
        /// `OTHER`: Any other kind.
        Other,
        /// `VK`: A VK page.
        Vk,
        /// `LIVEJOURNAL`: A LiveJournal blog.
        LiveJournal,
        /// `TWITTER`: A Twitter account.
        Twitter,
        /// `TELEGRAM`: A Telegram account.
        Telegram,
        /// `SKYPE`: A Skype account.
        Skype,
        /// `VIBER`: A Viber account.
        Viber,
        /// `BITRIX24`: A Bitrix24 account.
        Bitrix24,
        /// `OPENLINE`: An open channel of the portal.
        OpenLine,
        /// `IMOL`: An open channel's conversation (`IMOL`).
        Imol,
        /// `ICQ`: An ICQ number.
        Icq,
        /// `MSN`: An MSN account.
        Msn,
        /// `JABBER`: A Jabber (XMPP) account.
        Jabber,
        /// A value this version of the crate does not know, kept as received.
        Unknown(crate::UnknownValue),
    }
    impl MultifieldValueType {
        /// Every known value, in documentation order.
        pub const ALL: &'static [Self] = &[
            Self::Work,
            Self::Mobile,
            Self::Fax,
            Self::Home,
            Self::Pager,
            Self::Mailing,
            Self::Other,
            Self::Vk,
            Self::LiveJournal,
            Self::Twitter,
            Self::Telegram,
            Self::Skype,
            Self::Viber,
            Self::Bitrix24,
            Self::OpenLine,
            Self::Imol,
            Self::Icq,
            Self::Msn,
            Self::Jabber,
        ];
        /// Reads a wire value; one the crate does not know becomes [`Self::Unknown`].
        pub fn from_wire(value: &str) -> Self {
            match value {
                "WORK" => Self::Work,
                "MOBILE" => Self::Mobile,
                "FAX" => Self::Fax,
                "HOME" => Self::Home,
                "PAGER" => Self::Pager,
                "MAILING" => Self::Mailing,
                "OTHER" => Self::Other,
                "VK" => Self::Vk,
                "LIVEJOURNAL" => Self::LiveJournal,
                "TWITTER" => Self::Twitter,
                "TELEGRAM" => Self::Telegram,
                "SKYPE" => Self::Skype,
                "VIBER" => Self::Viber,
                "BITRIX24" => Self::Bitrix24,
                "OPENLINE" => Self::OpenLine,
                "IMOL" => Self::Imol,
                "ICQ" => Self::Icq,
                "MSN" => Self::Msn,
                "JABBER" => Self::Jabber,
                other => Self::Unknown(crate::UnknownValue::new(other)),
            }
        }
        /// The value as sent on the wire.
        #[inline]
        pub fn as_str(&self) -> &str {
            match self {
                Self::Work => "WORK",
                Self::Mobile => "MOBILE",
                Self::Fax => "FAX",
                Self::Home => "HOME",
                Self::Pager => "PAGER",
                Self::Mailing => "MAILING",
                Self::Other => "OTHER",
                Self::Vk => "VK",
                Self::LiveJournal => "LIVEJOURNAL",
                Self::Twitter => "TWITTER",
                Self::Telegram => "TELEGRAM",
                Self::Skype => "SKYPE",
                Self::Viber => "VIBER",
                Self::Bitrix24 => "BITRIX24",
                Self::OpenLine => "OPENLINE",
                Self::Imol => "IMOL",
                Self::Icq => "ICQ",
                Self::Msn => "MSN",
                Self::Jabber => "JABBER",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// Whether this is a value the crate does not know.
        #[inline]
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    crate::macros::enum_impls!(MultifieldValueType);
    /// The kind of advertising traffic.
    ///
    /// Documentation: <https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-add.html>
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum UtmMedium {
        /// `CPC`: Paid per click (ads).
        Cpc,
        /// `CPM`: Paid per thousand views (banners).
        Cpm,
        /// A value this version of the crate does not know, kept as received.
        Unknown(crate::UnknownValue),
    }
    impl UtmMedium {
        /// Every known value, in documentation order.
        pub const ALL: &'static [Self] = &[Self::Cpc, Self::Cpm];
        /// Reads a wire value; one the crate does not know becomes [`Self::Unknown`].
        pub fn from_wire(value: &str) -> Self {
            match value {
                "CPC" => Self::Cpc,
                "CPM" => Self::Cpm,
                other => Self::Unknown(crate::UnknownValue::new(other)),
            }
        }
        /// The value as sent on the wire.
        #[inline]
        pub fn as_str(&self) -> &str {
            match self {
                Self::Cpc => "CPC",
                Self::Cpm => "CPM",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// Whether this is a value the crate does not know.
        #[inline]
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    crate::macros::enum_impls!(UtmMedium);
    /// The `crm.company.*` methods.
    pub mod company {
        crate::macros::request! {
            /// Creates a company and returns its id.
            ///
            /// Wire name `crm.company.add`, scope `crm`. Who may call it: any user who may add or import companies. Not idempotent: a call whose outcome is unknown must not be resent blindly. Auth: webhook, OAuth.
            #[method(
                "crm.company.add",
                "https://apidocs.bitrix24.com/api-reference/crm/companies/crm-company-add.html",
                i64,
                AddError
            )]
            pub struct Add {
                /// The new company's fields.
                #[param("fields", req, none)]
                #[table(TyInfo::Struct(&crate::crm::COMPANY_FIELDS_TY), required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub fields: crate::crm::CompanyFields,
                /// How the portal records the new company.
                #[param("params", opt, plain(crate::crm::CompanyAddParams))]
                #[table(TyInfo::Struct(&crate::crm::COMPANY_ADD_PARAMS_TY))]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub params: Option<crate::crm::CompanyAddParams>,
            }
            pub static ADD_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "crm",
                summary: "Creates a company and returns its id.",
                who: "any user who may add or import companies",
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
                /// - `fields` (`fields`): The new company's fields.
                #[inline]
                pub fn new(fields: crate::crm::CompanyFields) -> Self {
                    Self {
                        fields,
                        params: None,
                        extra: serde_json::Map::new(),
                    }
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                ADD_ERRORS,
                1,
                "crm.company.add",
                "https://apidocs.bitrix24.com/api-reference/crm/companies/crm-company-add.html"
            )]
            pub enum AddError {
                /// `ERROR_CORE` (HTTP 400): A field's value was refused, such as an e-mail address that is not one; the message names the field.
                ErrorCore = code(
                    "ERROR_CORE",
                    Some(400),
                    "The `E-mail` field contains an invalid address",
                    "A field's value was refused, such as an e-mail address that is not one; the message names the field.",
                ),
            }
        }
        crate::macros::request! {
            /// Deletes a company.
            ///
            /// Wire name `crm.company.delete`, scope `crm`. Who may call it: any user who may delete companies. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            #[method(
                "crm.company.delete",
                "https://apidocs.bitrix24.com/api-reference/crm/companies/crm-company-delete.html",
                bool,
                DeleteError
            )]
            pub struct Delete {
                /// The company's id.
                #[param("id", req, none)]
                #[table(TyInfo::Integer, required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub id: i64,
            }
            pub static DELETE_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "crm",
                summary: "Deletes a company.",
                who: "any user who may delete companies",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Boolean,
                errors: &DELETE_ERRORS,
                paging: None,
            };
            impl Delete {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `id` (`id`): The company's id.
                #[inline]
                pub fn new(id: i64) -> Self {
                    Self {
                        id,
                        extra: serde_json::Map::new(),
                    }
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                DELETE_ERRORS,
                0,
                "crm.company.delete",
                "https://apidocs.bitrix24.com/api-reference/crm/companies/crm-company-delete.html"
            )]
            pub enum DeleteError {}
        }
        crate::macros::request! {
            /// Reads one company by its id.
            ///
            /// Wire name `crm.company.get`, scope `crm`. Who may call it: any user who may read the company. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            #[method(
                "crm.company.get",
                "https://apidocs.bitrix24.com/api-reference/crm/companies/crm-company-get.html",
                crate::crm::Company,
                GetError
            )]
            pub struct Get {
                /// The company's id.
                #[param("id", req, none)]
                #[table(TyInfo::Integer, required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub id: i64,
            }
            pub static GET_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "crm",
                summary: "Reads one company by its id.",
                who: "any user who may read the company",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Struct(&crate::crm::COMPANY_TY),
                errors: &GET_ERRORS,
                paging: None,
            };
            impl Get {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `id` (`id`): The company's id.
                #[inline]
                pub fn new(id: i64) -> Self {
                    Self {
                        id,
                        extra: serde_json::Map::new(),
                    }
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                GET_ERRORS,
                0,
                "crm.company.get",
                "https://apidocs.bitrix24.com/api-reference/crm/companies/crm-company-get.html"
            )]
            pub enum GetError {}
        }
        crate::macros::request! {
            /// Lists companies that match a filter, fifty a page.
            ///
            /// Newer code may prefer `crm.item.list` with `entityTypeId` 4, which the
            /// portal keeps developing.
            ///
            /// Wire name `crm.company.list`, scope `crm`. Who may call it: any user who may read companies. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            ///
            /// The response carries `total` beside `result` ([`Response::total`](crate::Response::total)): How many companies match in all.
            ///
            /// A list method: [`Client::list`](crate::Client::list) yields the items of every page, passing each answer's `next` back as `start`.
            #[method(
                "crm.company.list",
                "https://apidocs.bitrix24.com/api-reference/crm/companies/crm-company-list.html",
                Vec<crate::crm::Company>,
                ListError
            )]
            #[derive(Default)]
            pub struct List {
                /// The fields each company carries; `*` and `UF_*` select all standard and all user fields (`PHONE`, `EMAIL`... must be named).
                #[param("select", opt, plain(crate::Select<crate::crm::Company>))]
                #[table(TyInfo::Select(&crate::crm::COMPANY_TY))]
                pub select: Option<crate::Select<crate::crm::Company>>,
                /// Conditions the companies must meet.
                #[param("filter", opt, plain(crate::Filter<crate::crm::Company>))]
                #[table(TyInfo::Filter(&crate::crm::COMPANY_TY))]
                pub filter: Option<crate::Filter<crate::crm::Company>>,
                /// How the companies are sorted.
                #[param("order", opt, plain(crate::Order<crate::crm::Company>))]
                #[table(TyInfo::Order(&crate::crm::COMPANY_TY))]
                pub order: Option<crate::Order<crate::crm::Company>>,
                /// Where the page starts: `0`, `50`, `100`...
                #[param("start", opt, plain(i64))]
                #[table(TyInfo::Integer)]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub start: Option<i64>,
            }
            pub static LIST_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "crm",
                summary: "Lists companies that match a filter, fifty a page.",
                who: "any user who may read companies",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::List(&TyInfo::Struct(&crate::crm::COMPANY_TY)),
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
                type Item = crate::crm::Company;
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
                "crm.company.list",
                "https://apidocs.bitrix24.com/api-reference/crm/companies/crm-company-list.html"
            )]
            pub enum ListError {}
        }
        crate::macros::request! {
            /// Changes the given fields of a company.
            ///
            /// Wire name `crm.company.update`, scope `crm`. Who may call it: any user who may change companies. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            #[method(
                "crm.company.update",
                "https://apidocs.bitrix24.com/api-reference/crm/companies/crm-company-update.html",
                bool,
                UpdateError
            )]
            pub struct Update {
                /// The company's id.
                #[param("id", req, none)]
                #[table(TyInfo::Integer, required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub id: i64,
                /// The fields to change; the others stay as they are.
                #[param("fields", req, none)]
                #[table(TyInfo::Struct(&crate::crm::COMPANY_FIELDS_TY), required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub fields: crate::crm::CompanyFields,
                /// How the portal records the change.
                #[param("params", opt, plain(crate::crm::CompanyUpdateParams))]
                #[table(TyInfo::Struct(&crate::crm::COMPANY_UPDATE_PARAMS_TY))]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub params: Option<crate::crm::CompanyUpdateParams>,
            }
            pub static UPDATE_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "crm",
                summary: "Changes the given fields of a company.",
                who: "any user who may change companies",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Boolean,
                errors: &UPDATE_ERRORS,
                paging: None,
            };
            impl Update {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `id` (`id`): The company's id.
                /// - `fields` (`fields`): The fields to change; the others stay as they are.
                #[inline]
                pub fn new(id: i64, fields: crate::crm::CompanyFields) -> Self {
                    Self {
                        id,
                        fields,
                        params: None,
                        extra: serde_json::Map::new(),
                    }
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                UPDATE_ERRORS,
                1,
                "crm.company.update",
                "https://apidocs.bitrix24.com/api-reference/crm/companies/crm-company-update.html"
            )]
            pub enum UpdateError {
                /// `ERROR_CORE` (HTTP 400): A field's value was refused, such as an e-mail address that is not one; the message names the field.
                ErrorCore = code(
                    "ERROR_CORE",
                    Some(400),
                    "The `E-mail` field contains an invalid address",
                    "A field's value was refused, such as an e-mail address that is not one; the message names the field.",
                ),
            }
        }
    }
    /// The `crm.contact.*` methods.
    pub mod contact {
        crate::macros::request! {
            /// Creates a contact and returns its id.
            ///
            /// Wire name `crm.contact.add`, scope `crm`. Who may call it: any user who may add or import contacts. Not idempotent: a call whose outcome is unknown must not be resent blindly. Auth: webhook, OAuth.
            #[method(
                "crm.contact.add",
                "https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-add.html",
                i64,
                AddError
            )]
            #[derive(Default)]
            pub struct Add {
                /// The new contact's fields.
                #[param("fields", opt, plain(crate::crm::ContactFields))]
                #[table(TyInfo::Struct(&crate::crm::CONTACT_FIELDS_TY))]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub fields: Option<crate::crm::ContactFields>,
                /// How the portal records the new contact.
                #[param("params", opt, plain(crate::crm::ContactAddParams))]
                #[table(TyInfo::Struct(&crate::crm::CONTACT_ADD_PARAMS_TY))]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub params: Option<crate::crm::ContactAddParams>,
            }
            pub static ADD_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "crm",
                summary: "Creates a contact and returns its id.",
                who: "any user who may add or import contacts",
                idempotent: false,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Integer,
                errors: &ADD_ERRORS,
                paging: None,
            };
            impl Add {
                /// Starts with every parameter unset.
                #[inline]
                pub fn new() -> Self {
                    Self::default()
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                ADD_ERRORS,
                1,
                "crm.contact.add",
                "https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-add.html"
            )]
            pub enum AddError {
                /// `ERROR_CORE` (HTTP 400): A field's value was refused, such as an e-mail address that is not one; the message names the field.
                ErrorCore = code(
                    "ERROR_CORE",
                    Some(400),
                    "The field `Work e-mail` contains an invalid address",
                    "A field's value was refused, such as an e-mail address that is not one; the message names the field.",
                ),
            }
        }
        crate::macros::request! {
            /// Deletes a contact.
            ///
            /// Wire name `crm.contact.delete`, scope `crm`. Who may call it: any user who may delete the contact. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            #[method(
                "crm.contact.delete",
                "https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-delete.html",
                bool,
                DeleteError
            )]
            pub struct Delete {
                /// The contact's id.
                #[param("id", req, none)]
                #[table(TyInfo::Integer, required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub id: i64,
            }
            pub static DELETE_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "crm",
                summary: "Deletes a contact.",
                who: "any user who may delete the contact",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Boolean,
                errors: &DELETE_ERRORS,
                paging: None,
            };
            impl Delete {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `id` (`id`): The contact's id.
                #[inline]
                pub fn new(id: i64) -> Self {
                    Self {
                        id,
                        extra: serde_json::Map::new(),
                    }
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                DELETE_ERRORS,
                1,
                "crm.contact.delete",
                "https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-delete.html"
            )]
            pub enum DeleteError {
                /// `ERROR_CORE` (HTTP 400): No contact has this id.
                ErrorCore = code(
                    "ERROR_CORE",
                    Some(400),
                    "Element not found",
                    "No contact has this id.",
                ),
            }
        }
        crate::macros::request! {
            /// Reads one contact by its id.
            ///
            /// Wire name `crm.contact.get`, scope `crm`. Who may call it: any user who may read the contact. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            #[method(
                "crm.contact.get",
                "https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-get.html",
                crate::crm::Contact,
                GetError
            )]
            pub struct Get {
                /// The contact's id.
                #[param("id", req, none)]
                #[table(TyInfo::Integer, required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub id: i64,
            }
            pub static GET_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "crm",
                summary: "Reads one contact by its id.",
                who: "any user who may read the contact",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Struct(&crate::crm::CONTACT_TY),
                errors: &GET_ERRORS,
                paging: None,
            };
            impl Get {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `id` (`id`): The contact's id.
                #[inline]
                pub fn new(id: i64) -> Self {
                    Self {
                        id,
                        extra: serde_json::Map::new(),
                    }
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                GET_ERRORS,
                0,
                "crm.contact.get",
                "https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-get.html"
            )]
            pub enum GetError {}
        }
        crate::macros::request! {
            /// Lists contacts that match a filter, fifty a page.
            ///
            /// Newer code may prefer `crm.item.list` with `entityTypeId` 3, which the
            /// portal keeps developing.
            ///
            /// Wire name `crm.contact.list`, scope `crm`. Who may call it: any user who may read contacts. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            ///
            /// The response carries `total` beside `result` ([`Response::total`](crate::Response::total)): How many contacts match in all.
            ///
            /// The response carries `next` beside `result` ([`Response::next`](crate::Response::next)): The `start` of the next page; absent on the last one.
            ///
            /// A list method: [`Client::list`](crate::Client::list) yields the items of every page, passing each answer's `next` back as `start`.
            #[method(
                "crm.contact.list",
                "https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-list.html",
                Vec<crate::crm::Contact>,
                ListError
            )]
            #[derive(Default)]
            pub struct List {
                /// The fields each contact carries; `*` and `UF_*` select all standard and all user fields (`PHONE`, `EMAIL`... must be named).
                #[param("select", opt, plain(crate::Select<crate::crm::Contact>))]
                #[table(TyInfo::Select(&crate::crm::CONTACT_TY))]
                pub select: Option<crate::Select<crate::crm::Contact>>,
                /// Conditions the contacts must meet.
                #[param("filter", opt, plain(crate::Filter<crate::crm::Contact>))]
                #[table(TyInfo::Filter(&crate::crm::CONTACT_TY))]
                pub filter: Option<crate::Filter<crate::crm::Contact>>,
                /// How the contacts are sorted.
                #[param("order", opt, plain(crate::Order<crate::crm::Contact>))]
                #[table(TyInfo::Order(&crate::crm::CONTACT_TY))]
                pub order: Option<crate::Order<crate::crm::Contact>>,
                /// Where the page starts: `0`, `50`, `100`...
                #[param("start", opt, plain(i64))]
                #[table(TyInfo::Integer)]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub start: Option<i64>,
            }
            pub static LIST_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "crm",
                summary: "Lists contacts that match a filter, fifty a page.",
                who: "any user who may read contacts",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::List(&TyInfo::Struct(&crate::crm::CONTACT_TY)),
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
                type Item = crate::crm::Contact;
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
                "crm.contact.list",
                "https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-list.html"
            )]
            pub enum ListError {}
        }
        crate::macros::request! {
            /// Changes the given fields of a contact.
            ///
            /// Wire name `crm.contact.update`, scope `crm`. Who may call it: any user who may change contacts. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            #[method(
                "crm.contact.update",
                "https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-update.html",
                bool,
                UpdateError
            )]
            pub struct Update {
                /// The contact's id.
                #[param("id", req, none)]
                #[table(TyInfo::Integer, required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub id: i64,
                /// The fields to change; the others stay as they are.
                #[param("fields", req, none)]
                #[table(TyInfo::Struct(&crate::crm::CONTACT_UPDATE_FIELDS_TY), required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub fields: crate::crm::ContactUpdateFields,
                /// How the portal records the change.
                #[param("params", opt, plain(crate::crm::ContactUpdateParams))]
                #[table(TyInfo::Struct(&crate::crm::CONTACT_UPDATE_PARAMS_TY))]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub params: Option<crate::crm::ContactUpdateParams>,
            }
            pub static UPDATE_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "crm",
                summary: "Changes the given fields of a contact.",
                who: "any user who may change contacts",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Boolean,
                errors: &UPDATE_ERRORS,
                paging: None,
            };
            impl Update {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `id` (`id`): The contact's id.
                /// - `fields` (`fields`): The fields to change; the others stay as they are.
                #[inline]
                pub fn new(id: i64, fields: crate::crm::ContactUpdateFields) -> Self {
                    Self {
                        id,
                        fields,
                        params: None,
                        extra: serde_json::Map::new(),
                    }
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                UPDATE_ERRORS,
                1,
                "crm.contact.update",
                "https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-update.html"
            )]
            pub enum UpdateError {
                /// `ERROR_CORE` (HTTP 400): A field's value was refused, such as an e-mail address that is not one; the message names the field.
                ErrorCore = code(
                    "ERROR_CORE",
                    Some(400),
                    "The field `Work e-mail` contains an invalid address",
                    "A field's value was refused, such as an e-mail address that is not one; the message names the field.",
                ),
            }
        }
    }
    /// The `crm.deal.*` methods.
    pub mod deal {
        crate::macros::request! {
            /// Creates a deal and returns its id.
            ///
            /// Wire name `crm.deal.add`, scope `crm`. Who may call it: any user who may add deals. Not idempotent: a call whose outcome is unknown must not be resent blindly. Auth: webhook, OAuth.
            #[method(
                "crm.deal.add",
                "https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-add.html",
                i64,
                AddError
            )]
            #[derive(Default)]
            pub struct Add {
                /// The new deal's fields.
                #[param("fields", opt, plain(crate::crm::DealFields))]
                #[table(TyInfo::Struct(&crate::crm::DEAL_FIELDS_TY))]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub fields: Option<crate::crm::DealFields>,
                /// How the portal records the change.
                #[param("params", opt, plain(crate::crm::DealAddParams))]
                #[table(TyInfo::Struct(&crate::crm::DEAL_ADD_PARAMS_TY))]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub params: Option<crate::crm::DealAddParams>,
            }
            pub static ADD_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "crm",
                summary: "Creates a deal and returns its id.",
                who: "any user who may add deals",
                idempotent: false,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Integer,
                errors: &ADD_ERRORS,
                paging: None,
            };
            impl Add {
                /// Starts with every parameter unset.
                #[inline]
                pub fn new() -> Self {
                    Self::default()
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                ADD_ERRORS,
                0,
                "crm.deal.add",
                "https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-add.html"
            )]
            pub enum AddError {}
        }
        crate::macros::request! {
            /// Deletes a deal.
            ///
            /// Wire name `crm.deal.delete`, scope `crm`. Who may call it: any user who may delete the deal. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            #[method(
                "crm.deal.delete",
                "https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-delete.html",
                bool,
                DeleteError
            )]
            pub struct Delete {
                /// The deal's id.
                #[param("id", req, none)]
                #[table(TyInfo::Integer, required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub id: i64,
            }
            pub static DELETE_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "crm",
                summary: "Deletes a deal.",
                who: "any user who may delete the deal",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Boolean,
                errors: &DELETE_ERRORS,
                paging: None,
            };
            impl Delete {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `id` (`id`): The deal's id.
                #[inline]
                pub fn new(id: i64) -> Self {
                    Self {
                        id,
                        extra: serde_json::Map::new(),
                    }
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                DELETE_ERRORS,
                0,
                "crm.deal.delete",
                "https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-delete.html"
            )]
            pub enum DeleteError {}
        }
        crate::macros::request! {
            /// Describes every field a deal has on this portal, user fields included.
            ///
            /// Wire name `crm.deal.fields`, scope `crm`. Who may call it: any user. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            #[method(
                "crm.deal.fields",
                "https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-fields.html",
                std::collections::BTreeMap<String,
                crate::crm::FieldDescription>,
                FieldsError
            )]
            #[derive(Default)]
            pub struct Fields {}
            pub static FIELDS_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "crm",
                summary: "Describes every field a deal has on this portal, user fields included.",
                who: "any user",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Map(&TyInfo::Struct(&crate::crm::FIELD_DESCRIPTION_TY)),
                errors: &FIELDS_ERRORS,
                paging: None,
            };
            impl Fields {
                /// Starts with every parameter unset.
                #[inline]
                pub fn new() -> Self {
                    Self::default()
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                FIELDS_ERRORS,
                0,
                "crm.deal.fields",
                "https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-fields.html"
            )]
            pub enum FieldsError {}
        }
        crate::macros::request! {
            /// Reads one deal by its id.
            ///
            /// Wire name `crm.deal.get`, scope `crm`. Who may call it: any user who may read deals. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            #[method(
                "crm.deal.get",
                "https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-get.html",
                crate::crm::Deal,
                GetError
            )]
            pub struct Get {
                /// The deal's id.
                #[param("id", req, none)]
                #[table(TyInfo::Integer, required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub id: i64,
            }
            pub static GET_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "crm",
                summary: "Reads one deal by its id.",
                who: "any user who may read deals",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Struct(&crate::crm::DEAL_TY),
                errors: &GET_ERRORS,
                paging: None,
            };
            impl Get {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `id` (`id`): The deal's id.
                #[inline]
                pub fn new(id: i64) -> Self {
                    Self {
                        id,
                        extra: serde_json::Map::new(),
                    }
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                GET_ERRORS,
                0,
                "crm.deal.get",
                "https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-get.html"
            )]
            pub enum GetError {}
        }
        crate::macros::request! {
            /// Lists deals that match a filter, fifty a page.
            ///
            /// Newer code may prefer `crm.item.list` with `entityTypeId` 2, which the
            /// portal keeps developing.
            ///
            /// Wire name `crm.deal.list`, scope `crm`. Who may call it: any user who may read deals. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            ///
            /// The response carries `total` beside `result` ([`Response::total`](crate::Response::total)): How many deals match in all.
            ///
            /// The response carries `next` beside `result` ([`Response::next`](crate::Response::next)): The `start` of the next page; absent on the last one.
            ///
            /// A list method: [`Client::list`](crate::Client::list) yields the items of every page, passing each answer's `next` back as `start`.
            #[method(
                "crm.deal.list",
                "https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-list.html",
                Vec<crate::crm::Deal>,
                ListError
            )]
            #[derive(Default)]
            pub struct List {
                /// The fields each deal carries; `*` and `UF_*` select all standard and all user fields.
                #[param("select", opt, plain(crate::Select<crate::crm::Deal>))]
                #[table(TyInfo::Select(&crate::crm::DEAL_TY))]
                pub select: Option<crate::Select<crate::crm::Deal>>,
                /// Conditions the deals must meet.
                #[param("filter", opt, plain(crate::Filter<crate::crm::Deal>))]
                #[table(TyInfo::Filter(&crate::crm::DEAL_TY))]
                pub filter: Option<crate::Filter<crate::crm::Deal>>,
                /// How the deals are sorted.
                #[param("order", opt, plain(crate::Order<crate::crm::Deal>))]
                #[table(TyInfo::Order(&crate::crm::DEAL_TY))]
                pub order: Option<crate::Order<crate::crm::Deal>>,
                /// Where the page starts: `0`, `50`, `100`...
                #[param("start", opt, plain(i64))]
                #[table(TyInfo::Integer)]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub start: Option<i64>,
            }
            pub static LIST_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "crm",
                summary: "Lists deals that match a filter, fifty a page.",
                who: "any user who may read deals",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::List(&TyInfo::Struct(&crate::crm::DEAL_TY)),
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
                type Item = crate::crm::Deal;
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
                "crm.deal.list",
                "https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-list.html"
            )]
            pub enum ListError {}
        }
        crate::macros::request! {
            /// Changes the given fields of a deal.
            ///
            /// Wire name `crm.deal.update`, scope `crm`. Who may call it: any user who may change the deal. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            #[method(
                "crm.deal.update",
                "https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-update.html",
                bool,
                UpdateError
            )]
            pub struct Update {
                /// The deal's id.
                #[param("id", req, none)]
                #[table(TyInfo::Integer, required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub id: i64,
                /// The fields to change; the others stay as they are.
                #[param("fields", opt, plain(crate::crm::DealUpdateFields))]
                #[table(TyInfo::Struct(&crate::crm::DEAL_UPDATE_FIELDS_TY))]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub fields: Option<crate::crm::DealUpdateFields>,
                /// How the portal records the change.
                #[param("params", opt, plain(crate::crm::DealUpdateParams))]
                #[table(TyInfo::Struct(&crate::crm::DEAL_UPDATE_PARAMS_TY))]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub params: Option<crate::crm::DealUpdateParams>,
            }
            pub static UPDATE_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "crm",
                summary: "Changes the given fields of a deal.",
                who: "any user who may change the deal",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Boolean,
                errors: &UPDATE_ERRORS,
                paging: None,
            };
            impl Update {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `id` (`id`): The deal's id.
                #[inline]
                pub fn new(id: i64) -> Self {
                    Self {
                        id,
                        fields: None,
                        params: None,
                        extra: serde_json::Map::new(),
                    }
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                UPDATE_ERRORS,
                0,
                "crm.deal.update",
                "https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-update.html"
            )]
            pub enum UpdateError {}
        }
    }
}
/// Methods and types of the `event` scope.
///
/// Needs the cargo feature `event`.
#[cfg_attr(docsrs, doc(cfg(feature = "event")))]
pub mod event {
    crate::macros::object! {
        /// One item of the offline event queue.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/events/event-offline-get.html>
        #[object(OFFLINE_EVENT_TY)]
        pub struct OfflineEvent {
            /// The item's id.
            #[param("ID", req, none)]
            #[table(TyInfo::Integer, required())]
            #[serde(deserialize_with = "crate::de::lax")]
            pub id: i64,
            /// When the event happened (ISO 8601).
            #[param("TIMESTAMP_X", opt, none)]
            #[table(TyInfo::String)]
            pub timestamp_x: Option<String>,
            /// The event's name, such as `ONCRMLEADADD`.
            #[param("EVENT_NAME", req, none)]
            #[table(TyInfo::String, required())]
            pub event_name: String,
            /// The event's `data`, or `false` when it has none.
            #[param("EVENT_DATA", opt, none)]
            #[table(TyInfo::Any)]
            pub event_data: Option<serde_json::Value>,
            /// Further data of the event, or `false`.
            #[param("EVENT_ADDITIONAL", opt, none)]
            #[table(TyInfo::Any)]
            pub event_additional: Option<serde_json::Value>,
            /// Id of the message the item belongs to, for grouping.
            #[param("MESSAGE_ID", opt, none)]
            #[table(TyInfo::String)]
            pub message_id: Option<String>,
        }
    }
    crate::macros::object! {
        /// What `event.offline.get` returns.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/events/event-offline-get.html>
        #[object(OFFLINE_EVENTS_TY)]
        #[derive(Default)]
        pub struct OfflineEvents {
            /// Id of the process that took the items, when they stay in the queue.
            #[param("process_id", opt, none)]
            #[table(TyInfo::Nullable(&TyInfo::String))]
            pub process_id: Option<String>,
            /// The items, oldest first unless `order` says otherwise.
            #[param("events", opt, none)]
            #[table(TyInfo::List(&TyInfo::Struct(&crate::event::OFFLINE_EVENT_TY)))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub events: Option<Vec<crate::event::OfflineEvent>>,
        }
    }
    crate::macros::request! {
        /// Registers a handler URL that the portal POSTs an event to each time it happens.
        ///
        /// The event name is one of the `NAMES` of a scope's `Event` enum
        /// (`bitrix24::imbot::Event`), or any other event the portal knows; the
        /// handler decodes what arrives with `bitrix24::events::Incoming`.
        ///
        /// Wire name `event.bind`, scope `event`. Who may call it: any user, in an application's auth context. Not idempotent: a call whose outcome is unknown must not be resent blindly. Auth: OAuth.
        #[method(
            "event.bind",
            "https://apidocs.bitrix24.com/api-reference/events/event-bind.html",
            bool,
            BindError
        )]
        pub struct Bind {
            /// The event's name, such as `ONIMBOTV2MESSAGEADD` (any case).
            #[param("event", req, none)]
            #[table(TyInfo::String, required())]
            pub event: String,
            /// The URL the portal posts the event to.
            #[param("handler", req, none)]
            #[table(TyInfo::String, required())]
            pub handler: String,
            /// Id of the user whose tokens the event carries; by default the user whose action raised it.
            #[param("auth_type", opt, plain(i64))]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub auth_type: Option<i64>,
            /// `online` (the default) posts each event to the handler; `offline` queues it for `event.offline.get`.
            #[param("event_type", opt, into(String))]
            #[table(TyInfo::String)]
            pub event_type: Option<String>,
            /// For offline events, a key naming the source, so that its own changes raise no event.
            #[param("auth_connector", opt, into(String))]
            #[table(TyInfo::String)]
            pub auth_connector: Option<String>,
            /// Settings that depend on the event (`minTimeout` for `ONOFFLINEEVENT`).
            #[param("options", opt, plain(serde_json::Map<String, serde_json::Value>))]
            #[table(TyInfo::Object)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub options: Option<serde_json::Map<String, serde_json::Value>>,
        }
        pub static BIND_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
            scope: "event",
            summary: "Registers a handler URL that the portal POSTs an event to each time it happens.",
            who: "any user, in an application's auth context",
            idempotent: false,
            auth: &[crate::schema::AuthMode::Oauth],
            joined: &[],
            result: TyInfo::Boolean,
            errors: &BIND_ERRORS,
            paging: None,
        };
        impl Bind {
            /// Starts with the required parameters; the rest are set with the methods below.
            ///
            /// - `event` (`event`): The event's name, such as `ONIMBOTV2MESSAGEADD` (any case).
            /// - `handler` (`handler`): The URL the portal posts the event to.
            #[inline]
            pub fn new(event: impl Into<String>, handler: impl Into<String>) -> Self {
                Self {
                    event: event.into(),
                    handler: handler.into(),
                    auth_type: None,
                    event_type: None,
                    auth_connector: None,
                    options: None,
                    extra: serde_json::Map::new(),
                }
            }
        }
    }
    crate::macros::method_error! {
        #[errors(
            BIND_ERRORS,
            2,
            "event.bind",
            "https://apidocs.bitrix24.com/api-reference/events/event-bind.html"
        )]
        pub enum BindError {
            /// `ERROR_EVENT_NOT_FOUND` (HTTP 400): The portal knows no event of this name.
            ErrorEventNotFound = code(
                    "ERROR_EVENT_NOT_FOUND",
                    Some(400),
                    "Event not found",
                    "The portal knows no event of this name.",
                )
                .retry_safe(),
            /// `ACCESS_DENIED` (HTTP 403): Only an administrator may bind offline events, or bind with the `auth_type` of another user.
            ///
            /// The same code is also a system error; for this method it means the above.
            AccessDenied = code(
                    "ACCESS_DENIED",
                    Some(403),
                    "Access denied! Offline events binding requires administrator access rights",
                    "Only an administrator may bind offline events, or bind with the `auth_type` of another user.",
                )
                .retry_safe(),
        }
    }
    crate::macros::request! {
        /// Removes the handlers registered for an event and a URL.
        ///
        /// Wire name `event.unbind`, scope `event`. Who may call it: any user, in an application's auth context. Idempotent: sending it twice has the effect of sending it once. Auth: OAuth.
        #[method(
            "event.unbind",
            "https://apidocs.bitrix24.com/api-reference/events/event-unbind.html",
            serde_json::Map<String,
            serde_json::Value>,
            UnbindError
        )]
        pub struct Unbind {
            /// The event's name, such as `ONIMBOTV2MESSAGEADD`.
            #[param("event", req, none)]
            #[table(TyInfo::String, required())]
            pub event: String,
            /// The handler URL given to `event.bind`.
            #[param("handler", req, none)]
            #[table(TyInfo::String, required())]
            pub handler: String,
            /// The user id given to `event.bind`, when one was.
            #[param("auth_type", opt, plain(i64))]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub auth_type: Option<i64>,
            /// `online` (the default) or `offline`, as given to `event.bind`.
            #[param("event_type", opt, into(String))]
            #[table(TyInfo::String)]
            pub event_type: Option<String>,
        }
        pub static UNBIND_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
            scope: "event",
            summary: "Removes the handlers registered for an event and a URL.",
            who: "any user, in an application's auth context",
            idempotent: true,
            auth: &[crate::schema::AuthMode::Oauth],
            joined: &[],
            result: TyInfo::Object,
            errors: &UNBIND_ERRORS,
            paging: None,
        };
        impl Unbind {
            /// Starts with the required parameters; the rest are set with the methods below.
            ///
            /// - `event` (`event`): The event's name, such as `ONIMBOTV2MESSAGEADD`.
            /// - `handler` (`handler`): The handler URL given to `event.bind`.
            #[inline]
            pub fn new(event: impl Into<String>, handler: impl Into<String>) -> Self {
                Self {
                    event: event.into(),
                    handler: handler.into(),
                    auth_type: None,
                    event_type: None,
                    extra: serde_json::Map::new(),
                }
            }
        }
    }
    crate::macros::method_error! {
        #[errors(
            UNBIND_ERRORS,
            1,
            "event.unbind",
            "https://apidocs.bitrix24.com/api-reference/events/event-unbind.html"
        )]
        pub enum UnbindError {
            /// `ACCESS_DENIED` (HTTP 403): Only an administrator may unbind offline events, or unbind with the `auth_type` of another user.
            ///
            /// The same code is also a system error; for this method it means the above.
            AccessDenied = code(
                    "ACCESS_DENIED",
                    Some(403),
                    "Access denied! Offline events unbinding requires administrator access rights",
                    "Only an administrator may unbind offline events, or unbind with the `auth_type` of another user.",
                )
                .retry_safe(),
        }
    }
    /// The `event.offline.*` methods.
    pub mod offline {
        crate::macros::request! {
            /// Takes the first events of the application's offline queue, and by default removes them from it.
            ///
            /// Each item's `EVENT_NAME` and `EVENT_DATA` read as a typed event with
            /// `bitrix24::events::Incoming::offline(name, data)` and then
            /// `Incoming::event::<bitrix24::imbot::Event>()`, as a posted event does.
            /// The page's further params (`clear`, `process_id`, `auth_connector`,
            /// `error`) are sent with `.param(name, value)`.
            ///
            /// Wire name `event.offline.get`, scope `event`. Who may call it: an administrator. Not idempotent: a call whose outcome is unknown must not be resent blindly. Auth: OAuth.
            #[method(
                "event.offline.get",
                "https://apidocs.bitrix24.com/api-reference/events/event-offline-get.html",
                crate::event::OfflineEvents,
                GetError
            )]
            #[derive(Default)]
            pub struct Get {
                /// Conditions on `ID`, `TIMESTAMP_X`, `EVENT_NAME` and `MESSAGE_ID`, the operator before the field name (`>=ID`); every item when absent.
                #[param("filter", opt, plain(serde_json::Value))]
                #[table(TyInfo::Union(&[TyInfo::Object, TyInfo::List(&TyInfo::Any)]))]
                pub filter: Option<serde_json::Value>,
                /// Sort order, field to `ASC` or `DESC`; by `TIMESTAMP_X` ascending when absent.
                #[param("order", opt, plain(serde_json::Value))]
                #[table(TyInfo::Union(&[TyInfo::Object, TyInfo::List(&TyInfo::Any)]))]
                pub order: Option<serde_json::Value>,
                /// How many items to take at most.
                #[notes("Default: `50`.")]
                #[param("limit", opt, plain(i64))]
                #[table(TyInfo::Integer, default("50"))]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub limit: Option<i64>,
            }
            pub static GET_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "event",
                summary: "Takes the first events of the application's offline queue, and by default removes them from it.",
                who: "an administrator",
                idempotent: false,
                auth: &[crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Struct(&crate::event::OFFLINE_EVENTS_TY),
                errors: &GET_ERRORS,
                paging: None,
            };
            impl Get {
                /// Starts with every parameter unset.
                #[inline]
                pub fn new() -> Self {
                    Self::default()
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                GET_ERRORS,
                1,
                "event.offline.get",
                "https://apidocs.bitrix24.com/api-reference/events/event-offline-get.html"
            )]
            pub enum GetError {
                /// `ACCESS_DENIED` (HTTP 403): Only an administrator may read the offline queue.
                ///
                /// The same code is also a system error; for this method it means the above.
                AccessDenied = code(
                        "ACCESS_DENIED",
                        Some(403),
                        "Access denied!",
                        "Only an administrator may read the offline queue.",
                    )
                    .retry_safe(),
            }
        }
    }
}
/// Methods and types of the `im` scope.
///
/// Needs the cargo feature `im`.
#[cfg_attr(docsrs, doc(cfg(feature = "im")))]
pub mod im {
    crate::macros::object! {
        /// A group chat as the im.* methods return it.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/users/im-user-get.html>
        #[object(CHAT_TY)]
        pub struct Chat {
            /// The chat's id.
            #[param("id", req, none)]
            #[table(TyInfo::Integer, required())]
            #[serde(deserialize_with = "crate::de::lax")]
            pub id: i64,
            /// For a thread, the id of its parent chat.
            #[param("parent_chat_id", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub parent_chat_id: Option<i64>,
            /// For a thread, the id of the message it hangs off.
            #[param("parent_message_id", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub parent_message_id: Option<i64>,
            /// The chat's title.
            #[param("name", opt, none)]
            #[table(TyInfo::String)]
            pub name: Option<String>,
            /// The chat's title (in the recent list).
            #[param("title", opt, none)]
            #[table(TyInfo::String)]
            pub title: Option<String>,
            /// The chat's description.
            #[param("description", opt, none)]
            #[table(TyInfo::Nullable(&TyInfo::String))]
            pub description: Option<String>,
            /// User id of the owner.
            #[param("owner", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub owner: Option<i64>,
            /// Whether extranet users are in the chat.
            #[param("extranet", opt, none)]
            #[table(TyInfo::Boolean)]
            pub extranet: Option<bool>,
            /// Whether collaborators from other companies are in the chat.
            #[param("contains_collaber", opt, none)]
            #[table(TyInfo::Boolean)]
            pub contains_collaber: Option<bool>,
            /// URL of the avatar; empty when there is none.
            #[param("avatar", opt, none)]
            #[table(TyInfo::Nullable(&TyInfo::String))]
            pub avatar: Option<String>,
            /// The chat's colour as HEX.
            #[param("color", opt, none)]
            #[table(TyInfo::String)]
            pub color: Option<String>,
            /// What kind of chat it is, such as `chat`, `open`, `call`.
            #[param("type", opt, none)]
            #[table(TyInfo::String)]
            pub kind: Option<String>,
            /// How many messages the caller has not read.
            #[param("counter", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub counter: Option<i64>,
            /// How many members the chat has.
            #[param("user_counter", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub user_counter: Option<i64>,
            /// How many messages the chat holds.
            #[param("message_count", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub message_count: Option<i64>,
            /// Id of the first unread message.
            #[param("unread_id", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub unread_id: Option<i64>,
            /// What may be done in the chat.
            #[param("restrictions", opt, none)]
            #[table(TyInfo::Struct(&crate::im::CHAT_RESTRICTIONS_TY))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub restrictions: Option<crate::im::ChatRestrictions>,
            /// Id of the last message.
            #[param("last_message_id", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub last_message_id: Option<i64>,
            /// Id of the last message the caller read.
            #[param("last_id", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub last_id: Option<i64>,
            /// Id of the message marked for later.
            #[param("marked_id", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub marked_id: Option<i64>,
            /// Id of the chat's folder on Drive.
            #[param("disk_folder_id", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub disk_folder_id: Option<i64>,
            /// What external object the chat is linked to (`ENTITY_TYPE`).
            #[param("entity_type", opt, none)]
            #[table(TyInfo::String)]
            pub entity_type: Option<String>,
            /// Id of the linked object (`ENTITY_ID`).
            #[param("entity_id", opt, none)]
            #[table(TyInfo::String)]
            pub entity_id: Option<String>,
            /// Extra data of the linked object, first field.
            #[param("entity_data_1", opt, none)]
            #[table(TyInfo::String)]
            pub entity_data_1: Option<String>,
            /// Extra data of the linked object, second field.
            #[param("entity_data_2", opt, none)]
            #[table(TyInfo::String)]
            pub entity_data_2: Option<String>,
            /// Extra data of the linked object, third field.
            #[param("entity_data_3", opt, none)]
            #[table(TyInfo::String)]
            pub entity_data_3: Option<String>,
            /// The users who muted the chat; a list on some pages, an object keyed by user id on others.
            #[param("mute_list", opt, none)]
            #[table(TyInfo::Union(&[TyInfo::List(&TyInfo::Any), TyInfo::Object]))]
            pub mute_list: Option<serde_json::Value>,
            /// When the chat was created (ISO 8601).
            #[param("date_create", opt, none)]
            #[table(TyInfo::String)]
            pub date_create: Option<String>,
            /// Internal type letter: `C` chat, `O` open, `P` private, and others.
            #[param("message_type", opt, none)]
            #[table(TyInfo::String)]
            pub message_type: Option<String>,
            /// The public link of an open chat (`ChatPublic`), or empty text.
            #[param("public", opt, none)]
            #[table(
                TyInfo::Union(&[TyInfo::Struct(&crate::im::CHAT_PUBLIC_TY), TyInfo::String])
            )]
            pub public_link: Option<serde_json::Value>,
            /// The caller's role in the chat: `owner`, `manager`, `member`.
            #[param("role", opt, none)]
            #[table(TyInfo::String)]
            pub role: Option<String>,
            /// A link to the linked object.
            #[param("entity_link", opt, none)]
            #[table(TyInfo::Struct(&crate::im::CHAT_ENTITY_LINK_TY))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub entity_link: Option<crate::im::ChatEntityLink>,
            /// Whether the message input is enabled.
            #[param("text_field_enabled", opt, none)]
            #[table(TyInfo::Boolean)]
            pub text_field_enabled: Option<bool>,
            /// Id of the chat's background, or null.
            #[param("background_id", opt, none)]
            #[table(TyInfo::Nullable(&TyInfo::Integer))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub background_id: Option<i64>,
            /// Who may do what in the chat.
            #[param("permissions", opt, none)]
            #[table(TyInfo::Struct(&crate::im::CHAT_PERMISSIONS_TY))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub permissions: Option<crate::im::ChatPermissions>,
            /// Whether the dialog is new to the caller.
            #[param("is_new", opt, none)]
            #[table(TyInfo::Boolean)]
            pub is_new: Option<bool>,
            /// Who read up to which message.
            #[param("readed_list", opt, none)]
            #[table(TyInfo::List(&TyInfo::Struct(&crate::im::CHAT_READER_TY)))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub readed_list: Option<Vec<crate::im::ChatReader>>,
            /// Ids of the chat's managers.
            #[param("manager_list", opt, none)]
            #[table(TyInfo::List(&TyInfo::Integer))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub manager_list: Option<Vec<i64>>,
            /// Who saw the last message.
            #[param("last_message_views", opt, none)]
            #[table(TyInfo::Struct(&crate::im::CHAT_MESSAGE_VIEWS_TY))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub last_message_views: Option<crate::im::ChatMessageViews>,
            /// The dialog id as it was asked for (`DIALOG_ID`).
            #[param("dialog_id", opt, none)]
            #[table(TyInfo::String)]
            pub dialog_id: Option<String>,
        }
    }
    /// The external object a chat is linked to: an `ENTITY_TYPE` and an
    /// `ENTITY_ID` in the format that type uses. Use a constructor for the
    /// documented formats, or `raw` for any other.
    ///
    /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/im-chat-get.html>
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub struct ChatEntity {
        kind: crate::im::ChatEntityType,
        id: String,
    }
    impl ChatEntity {
        /// A CRM item of any type, such as `LEAD`, `DEAL`, `CONTACT`, `COMPANY` or a smart process `DYNAMIC_<entityTypeId>`.
        ///
        /// Sends kind `CRM` with id `{crm_type:string}|{id:integer}`.
        #[inline]
        pub fn crm(crm_type: &str, id: i64) -> Self {
            Self {
                kind: crate::im::ChatEntityType::Crm,
                id: format!("{crm_type}|{id}"),
            }
        }
        /// A CRM lead.
        ///
        /// Sends kind `CRM` with id `LEAD|{id:integer}`.
        #[inline]
        pub fn crm_lead(id: i64) -> Self {
            Self {
                kind: crate::im::ChatEntityType::Crm,
                id: format!("LEAD|{id}"),
            }
        }
        /// A CRM deal.
        ///
        /// Sends kind `CRM` with id `DEAL|{id:integer}`.
        #[inline]
        pub fn crm_deal(id: i64) -> Self {
            Self {
                kind: crate::im::ChatEntityType::Crm,
                id: format!("DEAL|{id}"),
            }
        }
        /// A CRM contact.
        ///
        /// Sends kind `CRM` with id `CONTACT|{id:integer}`.
        #[inline]
        pub fn crm_contact(id: i64) -> Self {
            Self {
                kind: crate::im::ChatEntityType::Crm,
                id: format!("CONTACT|{id}"),
            }
        }
        /// A CRM company.
        ///
        /// Sends kind `CRM` with id `COMPANY|{id:integer}`.
        #[inline]
        pub fn crm_company(id: i64) -> Self {
            Self {
                kind: crate::im::ChatEntityType::Crm,
                id: format!("COMPANY|{id}"),
            }
        }
        /// An item of a smart process.
        ///
        /// Sends kind `CRM` with id `DYNAMIC_{entity_type_id:integer}|{item_id:integer}`.
        #[inline]
        pub fn crm_dynamic(entity_type_id: i64, item_id: i64) -> Self {
            Self {
                kind: crate::im::ChatEntityType::Crm,
                id: format!("DYNAMIC_{entity_type_id}|{item_id}"),
            }
        }
        /// An open-line chat on the operator's side, such as `telegrambot|2|209607941|744`.
        ///
        /// Sends kind `LINES` with id `{connector_id:string}|{line_id:integer}|{connector_chat_id:string}|{connector_user_id:string}`.
        #[inline]
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
        #[inline]
        pub fn livechat(connector_id: &str, line_id: i64) -> Self {
            Self {
                kind: crate::im::ChatEntityType::Livechat,
                id: format!("{connector_id}|{line_id}"),
            }
        }
        /// A task (in the old task card).
        ///
        /// Sends kind `TASKS` with id `{task_id:integer}`.
        #[inline]
        pub fn task(task_id: i64) -> Self {
            Self {
                kind: crate::im::ChatEntityType::Tasks,
                id: task_id.to_string(),
            }
        }
        /// A task in the new task card; only `im.chat.get` looks chats up this way.
        ///
        /// Sends kind `TASKS_TASK` with id `{task_id:integer}`.
        #[inline]
        pub fn task_new(task_id: i64) -> Self {
            Self {
                kind: crate::im::ChatEntityType::TasksTask,
                id: task_id.to_string(),
            }
        }
        /// A calendar event.
        ///
        /// Sends kind `CALENDAR` with id `{event_id:integer}`.
        #[inline]
        pub fn calendar_event(event_id: i64) -> Self {
            Self {
                kind: crate::im::ChatEntityType::Calendar,
                id: event_id.to_string(),
            }
        }
        /// The standard chat of a workgroup or project. Only for that chat; never to add a second chat to a group.
        ///
        /// Sends kind `SONET_GROUP` with id `{group_id:integer}`.
        #[inline]
        pub fn sonet_group(group_id: i64) -> Self {
            Self {
                kind: crate::im::ChatEntityType::SonetGroup,
                id: group_id.to_string(),
            }
        }
        /// A link in a format the schema does not describe: any kind, any id.
        #[inline]
        pub fn raw(kind: crate::im::ChatEntityType, id: impl Into<String>) -> Self {
            Self { kind, id: id.into() }
        }
        /// What the id refers to.
        #[inline]
        pub fn kind(&self) -> &crate::im::ChatEntityType {
            &self.kind
        }
        /// The id, as sent.
        #[inline]
        pub fn id(&self) -> &str {
            &self.id
        }
        /// The kind and the id.
        #[inline]
        pub fn into_parts(self) -> (crate::im::ChatEntityType, String) {
            (self.kind, self.id)
        }
    }
    crate::macros::object! {
        /// A link to the external object a chat is linked to.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/users/im-user-get.html>
        #[object(CHAT_ENTITY_LINK_TY)]
        #[derive(Default)]
        pub struct ChatEntityLink {
            /// What the object is.
            #[param("type", opt, none)]
            #[table(TyInfo::String)]
            pub kind: Option<String>,
            /// Its URL.
            #[param("url", opt, none)]
            #[table(TyInfo::String)]
            pub url: Option<String>,
            /// Its id.
            #[param("id", opt, none)]
            #[table(TyInfo::Union(&[TyInfo::String, TyInfo::Integer]))]
            pub id: Option<serde_json::Value>,
        }
    }
    /// What kind of external object a chat is linked to (`ENTITY_TYPE` of `im.chat.add` and `im.chat.get`).
    ///
    /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/im-chat-get.html>
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
        /// `TASKS_TASK`: The chat of a task in the new task card (`im.chat.get` only).
        TasksTask,
        /// `TASKS`: A chat about a task (the system chat of a task in the old task card).
        Tasks,
        /// `CALL`: A chat about a call.
        Call,
        /// A value this version of the crate does not know, kept as received.
        Unknown(crate::UnknownValue),
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
            Self::TasksTask,
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
                "TASKS_TASK" => Self::TasksTask,
                "TASKS" => Self::Tasks,
                "CALL" => Self::Call,
                other => Self::Unknown(crate::UnknownValue::new(other)),
            }
        }
        /// The value as sent on the wire.
        #[inline]
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
                Self::TasksTask => "TASKS_TASK",
                Self::Tasks => "TASKS",
                Self::Call => "CALL",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// Whether this is a value the crate does not know.
        #[inline]
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    crate::macros::enum_impls!(ChatEntityType);
    crate::macros::object! {
        /// A file of a chat as the im.* methods return it (camelCase, unlike the other im.* objects).
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/users/im-user-get.html>
        #[object(CHAT_FILE_TY)]
        pub struct ChatFile {
            /// The file's id on Drive.
            #[param("id", req, none)]
            #[table(TyInfo::Integer, required())]
            #[serde(deserialize_with = "crate::de::lax")]
            pub id: i64,
            /// Id of the chat.
            #[param("chatId", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub chat_id: Option<i64>,
            /// When the file was uploaded: a date (ISO 8601), or a date object on some pages.
            #[param("date", opt, none)]
            #[table(TyInfo::Union(&[TyInfo::String, TyInfo::Object]))]
            pub date: Option<serde_json::Value>,
            /// What the file holds: `file`, `image`, `video`, `audio`.
            #[param("type", opt, none)]
            #[table(TyInfo::String)]
            pub kind: Option<String>,
            /// The file name.
            #[param("name", opt, none)]
            #[table(TyInfo::String)]
            pub name: Option<String>,
            /// The extension.
            #[param("extension", opt, none)]
            #[table(TyInfo::String)]
            pub extension: Option<String>,
            /// Size in bytes.
            #[param("size", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub size: Option<i64>,
            /// For an image, its size (`FileImage`); otherwise `false`.
            #[param("image", opt, none)]
            #[table(TyInfo::OrFalse(&TyInfo::Struct(&crate::im::FILE_IMAGE_TY)))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub image: Option<crate::OrFalse<crate::im::FileImage>>,
            /// Processing status, such as `done`.
            #[param("status", opt, none)]
            #[table(TyInfo::String)]
            pub status: Option<String>,
            /// Processing progress in per cent.
            #[param("progress", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub progress: Option<i64>,
            /// Who uploaded the file.
            #[param("authorId", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub author_id: Option<i64>,
            /// Their name.
            #[param("authorName", opt, none)]
            #[table(TyInfo::String)]
            pub author_name: Option<String>,
            /// URL of a preview.
            #[param("urlPreview", opt, none)]
            #[table(TyInfo::String)]
            pub url_preview: Option<String>,
            /// URL to view the file.
            #[param("urlShow", opt, none)]
            #[table(TyInfo::String)]
            pub url_show: Option<String>,
            /// URL to download the file.
            #[param("urlDownload", opt, none)]
            #[table(TyInfo::String)]
            pub url_download: Option<String>,
            /// Settings for the file viewer.
            #[param("viewerAttrs", opt, none)]
            #[table(TyInfo::Struct(&crate::im::FILE_VIEWER_ATTRS_TY))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub viewer_attrs: Option<crate::im::FileViewerAttrs>,
            /// Preview links of a media file.
            #[param("mediaUrl", opt, none)]
            #[table(TyInfo::Struct(&crate::im::FILE_MEDIA_URL_TY))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub media_url: Option<crate::im::FileMediaUrl>,
            /// Whether the portal can transcribe the file.
            #[param("isTranscribable", opt, none)]
            #[table(TyInfo::Boolean)]
            pub is_transcribable: Option<bool>,
            /// Whether the file is a video note.
            #[param("isVideoNote", opt, none)]
            #[table(TyInfo::Boolean)]
            pub is_video_note: Option<bool>,
            /// Whether the file is a voice message.
            #[param("isVoiceNote", opt, none)]
            #[table(TyInfo::Boolean)]
            pub is_voice_note: Option<bool>,
        }
    }
    crate::macros::object! {
        /// The chat `im.chat.get` found.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/im-chat-get.html>
        #[object(CHAT_ID_RESULT_TY)]
        pub struct ChatIdResult {
            /// The chat's id.
            #[param("ID", req, none)]
            #[table(TyInfo::Integer, required())]
            #[serde(deserialize_with = "crate::de::lax")]
            pub id: i64,
        }
    }
    crate::macros::object! {
        /// Who saw a chat's last message.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/users/im-user-get.html>
        #[object(CHAT_MESSAGE_VIEWS_TY)]
        #[derive(Default)]
        pub struct ChatMessageViews {
            /// The message.
            #[param("message_id", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub message_id: Option<i64>,
            /// The first users who saw it.
            #[param("first_viewers", opt, none)]
            #[table(TyInfo::List(&TyInfo::Any))]
            pub first_viewers: Option<Vec<serde_json::Value>>,
            /// How many users saw it.
            #[param("count_of_viewers", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub count_of_viewers: Option<i64>,
        }
    }
    /// Which members of a chat may do something.
    ///
    /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/users/im-user-get.html>
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum ChatPermissionLevel {
        /// `member`: Every member.
        Member,
        /// `manager`: The owner and the managers.
        Manager,
        /// `owner`: The owner alone.
        Owner,
        /// A value this version of the crate does not know, kept as received.
        Unknown(crate::UnknownValue),
    }
    impl ChatPermissionLevel {
        /// Every known value, in documentation order.
        pub const ALL: &'static [Self] = &[Self::Member, Self::Manager, Self::Owner];
        /// Reads a wire value; one the crate does not know becomes [`Self::Unknown`].
        pub fn from_wire(value: &str) -> Self {
            match value {
                "member" => Self::Member,
                "manager" => Self::Manager,
                "owner" => Self::Owner,
                other => Self::Unknown(crate::UnknownValue::new(other)),
            }
        }
        /// The value as sent on the wire.
        #[inline]
        pub fn as_str(&self) -> &str {
            match self {
                Self::Member => "member",
                Self::Manager => "manager",
                Self::Owner => "owner",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// Whether this is a value the crate does not know.
        #[inline]
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    crate::macros::enum_impls!(ChatPermissionLevel);
    crate::macros::object! {
        /// Who may do what in a chat.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/users/im-user-get.html>
        #[object(CHAT_PERMISSIONS_TY)]
        #[derive(Default)]
        pub struct ChatPermissions {
            /// Who may add members.
            #[param("manage_users_add", opt, none)]
            #[table(
                TyInfo::Enum(
                    &EnumTy::new("ChatPermissionLevel", &["member", "manager", "owner"])
                )
            )]
            pub manage_users_add: Option<crate::im::ChatPermissionLevel>,
            /// Who may remove members.
            #[param("manage_users_delete", opt, none)]
            #[table(
                TyInfo::Enum(
                    &EnumTy::new("ChatPermissionLevel", &["member", "manager", "owner"])
                )
            )]
            pub manage_users_delete: Option<crate::im::ChatPermissionLevel>,
            /// Who may change the title, colour and avatar.
            #[param("manage_ui", opt, none)]
            #[table(
                TyInfo::Enum(
                    &EnumTy::new("ChatPermissionLevel", &["member", "manager", "owner"])
                )
            )]
            pub manage_ui: Option<crate::im::ChatPermissionLevel>,
            /// Who may change the settings.
            #[param("manage_settings", opt, none)]
            #[table(
                TyInfo::Enum(
                    &EnumTy::new("ChatPermissionLevel", &["member", "manager", "owner"])
                )
            )]
            pub manage_settings: Option<crate::im::ChatPermissionLevel>,
            /// Who may manage messages.
            #[param("manage_messages", opt, none)]
            #[table(
                TyInfo::Enum(
                    &EnumTy::new("ChatPermissionLevel", &["member", "manager", "owner"])
                )
            )]
            pub manage_messages: Option<crate::im::ChatPermissionLevel>,
            /// Who may post.
            #[param("can_post", opt, none)]
            #[table(
                TyInfo::Enum(
                    &EnumTy::new("ChatPermissionLevel", &["member", "manager", "owner"])
                )
            )]
            pub can_post: Option<crate::im::ChatPermissionLevel>,
        }
    }
    crate::macros::object! {
        /// The public link of an open chat.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/users/im-user-get.html>
        #[object(CHAT_PUBLIC_TY)]
        #[derive(Default)]
        pub struct ChatPublic {
            /// The link's code.
            #[param("code", opt, none)]
            #[table(TyInfo::String)]
            pub code: Option<String>,
            /// The link.
            #[param("link", opt, none)]
            #[table(TyInfo::String)]
            pub link: Option<String>,
        }
    }
    crate::macros::object! {
        /// How far one member has read a chat.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/users/im-user-get.html>
        #[object(CHAT_READER_TY)]
        #[derive(Default)]
        pub struct ChatReader {
            /// The member.
            #[param("user_id", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub user_id: Option<i64>,
            /// The member's name.
            #[param("user_name", opt, none)]
            #[table(TyInfo::String)]
            pub user_name: Option<String>,
            /// The last message they read.
            #[param("message_id", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub message_id: Option<i64>,
            /// When they read it (ISO 8601).
            #[param("date", opt, none)]
            #[table(TyInfo::Nullable(&TyInfo::String))]
            pub date: Option<String>,
        }
    }
    crate::macros::object! {
        /// What may be done in a chat.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/users/im-user-get.html>
        #[object(CHAT_RESTRICTIONS_TY)]
        #[derive(Default)]
        pub struct ChatRestrictions {
            /// Whether the avatar may be changed.
            #[param("avatar", opt, none)]
            #[table(TyInfo::Boolean)]
            pub avatar: Option<bool>,
            /// Whether the chat may be renamed.
            #[param("rename", opt, none)]
            #[table(TyInfo::Boolean)]
            pub rename: Option<bool>,
            /// Whether members may be added.
            #[param("extend", opt, none)]
            #[table(TyInfo::Boolean)]
            pub extend: Option<bool>,
            /// Whether calls may be made.
            #[param("call", opt, none)]
            #[table(TyInfo::Boolean)]
            pub call: Option<bool>,
            /// Whether notifications may be turned off.
            #[param("mute", opt, none)]
            #[table(TyInfo::Boolean)]
            pub mute: Option<bool>,
            /// Whether members may leave.
            #[param("leave", opt, none)]
            #[table(TyInfo::Boolean)]
            pub leave: Option<bool>,
            /// Whether the owner may leave.
            #[param("leave_owner", opt, none)]
            #[table(TyInfo::Boolean)]
            pub leave_owner: Option<bool>,
            /// Whether messages may be sent.
            #[param("send", opt, none)]
            #[table(TyInfo::Boolean)]
            pub send: Option<bool>,
            /// Whether the member list may be seen.
            #[param("user_list", opt, none)]
            #[table(TyInfo::Boolean)]
            pub user_list: Option<bool>,
            /// A link to the chat.
            #[param("path", opt, none)]
            #[table(TyInfo::String)]
            pub path: Option<String>,
            /// The text of that link.
            #[param("path_title", opt, none)]
            #[table(TyInfo::String)]
            pub path_title: Option<String>,
        }
    }
    /// Whether a chat is open or closed.
    ///
    /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/im-chat-add.html>
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum ChatType {
        /// `OPEN`: An open chat anyone in the portal can find and join.
        Open,
        /// `CHAT`: A closed chat people join by invitation (the default).
        Chat,
        /// A value this version of the crate does not know, kept as received.
        Unknown(crate::UnknownValue),
    }
    impl ChatType {
        /// Every known value, in documentation order.
        pub const ALL: &'static [Self] = &[Self::Open, Self::Chat];
        /// Reads a wire value; one the crate does not know becomes [`Self::Unknown`].
        pub fn from_wire(value: &str) -> Self {
            match value {
                "OPEN" => Self::Open,
                "CHAT" => Self::Chat,
                other => Self::Unknown(crate::UnknownValue::new(other)),
            }
        }
        /// The value as sent on the wire.
        #[inline]
        pub fn as_str(&self) -> &str {
            match self {
                Self::Open => "OPEN",
                Self::Chat => "CHAT",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// Whether this is a value the crate does not know.
        #[inline]
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    crate::macros::enum_impls!(ChatType);
    /// A BitrixGPT role. Any role code of the portal's AI library is accepted; the known one is the default assistant.
    ///
    /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/im-chat-add.html>
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum CopilotRole {
        /// `copilot_assistant`: The universal assistant role (the default).
        CopilotAssistant,
        /// A value this version of the crate does not know, kept as received.
        Unknown(crate::UnknownValue),
    }
    impl CopilotRole {
        /// Every known value, in documentation order.
        pub const ALL: &'static [Self] = &[Self::CopilotAssistant];
        /// Reads a wire value; one the crate does not know becomes [`Self::Unknown`].
        pub fn from_wire(value: &str) -> Self {
            match value {
                "copilot_assistant" => Self::CopilotAssistant,
                other => Self::Unknown(crate::UnknownValue::new(other)),
            }
        }
        /// The value as sent on the wire.
        #[inline]
        pub fn as_str(&self) -> &str {
            match self {
                Self::CopilotAssistant => "copilot_assistant",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// Whether this is a value the crate does not know.
        #[inline]
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    crate::macros::enum_impls!(CopilotRole);
    crate::macros::object! {
        /// Unread totals by kind.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/im-counters-get.html>
        #[object(COUNTER_TOTALS_TY)]
        #[derive(Default)]
        pub struct CounterTotals {
            /// Unread messages and notifications together.
            #[param("ALL", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub all: Option<i64>,
            /// Unread messages in chats.
            #[param("CHAT", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub chat: Option<i64>,
            /// Unread messages in private dialogs.
            #[param("DIALOG", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub dialog: Option<i64>,
            /// Unread messages in open lines.
            #[param("LINES", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub lines: Option<i64>,
            /// Unread notifications.
            #[param("NOTIFY", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub notify: Option<i64>,
            /// Unread messages, notifications left out.
            #[param("MESSENGER", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub messenger: Option<i64>,
        }
    }
    crate::macros::object! {
        /// The caller's unread counters, as `im.counters.get` returns them.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/im-counters-get.html>
        #[object(COUNTERS_TY)]
        #[derive(Default)]
        pub struct Counters {
            /// Totals by kind.
            #[param("TYPE", opt, none)]
            #[table(TyInfo::Struct(&crate::im::COUNTER_TOTALS_TY))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub totals: Option<crate::im::CounterTotals>,
            /// Unread messages per chat id (an empty list when there are none).
            #[param("CHAT", opt, none)]
            #[table(TyInfo::Union(&[TyInfo::Map(&TyInfo::Integer), TyInfo::List(&TyInfo::Any)]))]
            pub chat: Option<serde_json::Value>,
            /// Unread messages per muted chat id.
            #[param("CHAT_MUTED", opt, none)]
            #[table(TyInfo::Union(&[TyInfo::Map(&TyInfo::Integer), TyInfo::List(&TyInfo::Any)]))]
            pub chat_muted: Option<serde_json::Value>,
            /// Chats marked unread by hand.
            #[param("CHAT_UNREAD", opt, none)]
            #[table(TyInfo::List(&TyInfo::Any))]
            pub chat_unread: Option<Vec<serde_json::Value>>,
            /// Unread messages per open-line chat.
            #[param("LINES", opt, none)]
            #[table(TyInfo::Union(&[TyInfo::Map(&TyInfo::Integer), TyInfo::List(&TyInfo::Any)]))]
            pub lines: Option<serde_json::Value>,
            /// Unread messages per private dialog, keyed by user id.
            #[param("DIALOG", opt, none)]
            #[table(TyInfo::Union(&[TyInfo::Map(&TyInfo::Integer), TyInfo::List(&TyInfo::Any)]))]
            pub dialog: Option<serde_json::Value>,
            /// Private dialogs marked unread by hand.
            #[param("DIALOG_UNREAD", opt, none)]
            #[table(TyInfo::List(&TyInfo::Any))]
            pub dialog_unread: Option<Vec<serde_json::Value>>,
        }
    }
    crate::macros::object! {
        /// A department as the im.* methods return it.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/users/im-user-get.html>
        #[object(DEPARTMENT_TY)]
        pub struct Department {
            /// The department's id.
            #[param("id", req, none)]
            #[table(TyInfo::Integer, required())]
            #[serde(deserialize_with = "crate::de::lax")]
            pub id: i64,
            /// Its name.
            #[param("name", opt, none)]
            #[table(TyInfo::String)]
            pub name: Option<String>,
            /// Its full name, with the departments above it.
            #[param("full_name", opt, none)]
            #[table(TyInfo::String)]
            pub full_name: Option<String>,
            /// Id of its head.
            #[param("manager_user_id", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub manager_user_id: Option<i64>,
            /// Its head, when asked for (`USER_DATA=Y`).
            #[param("manager_user_data", opt, none)]
            #[table(TyInfo::Nullable(&TyInfo::Struct(&crate::im::USER_TY)))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub manager_user_data: Option<crate::im::User>,
        }
    }
    crate::macros::object! {
        /// A message as `im.dialog.messages.get` returns it.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/messages/im-dialog-messages-get.html>
        #[object(DIALOG_MESSAGE_TY)]
        pub struct DialogMessage {
            /// The message's id.
            #[param("id", req, none)]
            #[table(TyInfo::Integer, required())]
            #[serde(deserialize_with = "crate::de::lax")]
            pub id: i64,
            /// Id of the chat.
            #[param("chat_id", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub chat_id: Option<i64>,
            /// Its author; `0` for a system message.
            #[param("author_id", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub author_id: Option<i64>,
            /// When it was posted (ISO 8601).
            #[param("date", opt, none)]
            #[table(TyInfo::String)]
            pub date: Option<String>,
            /// The text.
            #[param("text", opt, none)]
            #[table(TyInfo::String)]
            pub text: Option<String>,
            /// Whether the caller has not read it.
            #[param("unread", opt, none)]
            #[table(TyInfo::Boolean)]
            pub unread: Option<bool>,
            /// The client's id of the message.
            #[param("uuid", opt, none)]
            #[table(TyInfo::String)]
            pub uuid: Option<String>,
            /// Text replacements of the message.
            #[param("replaces", opt, none)]
            #[table(TyInfo::List(&TyInfo::Any))]
            pub replaces: Option<Vec<serde_json::Value>>,
            /// Extra data of the message (`DialogMessageParams`); which fields it has depends on the kind of message.
            #[param("params", opt, none)]
            #[table(
                TyInfo::Union(
                    &[TyInfo::Struct(&crate::im::DIALOG_MESSAGE_PARAMS_TY),
                    TyInfo::List(&TyInfo::Any)]
                )
            )]
            pub params: Option<serde_json::Value>,
            /// When the message disappears (ISO 8601).
            #[param("disappearing_date", opt, none)]
            #[table(TyInfo::Nullable(&TyInfo::String))]
            pub disappearing_date: Option<String>,
        }
    }
    crate::macros::object! {
        /// Extra data of a message.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/messages/im-dialog-messages-get.html>
        #[object(DIALOG_MESSAGE_PARAMS_TY)]
        #[derive(Default)]
        pub struct DialogMessageParams {
            /// Ids of the users who liked the message.
            #[param("LIKE", opt, none)]
            #[table(TyInfo::List(&TyInfo::Integer))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub likes: Option<Vec<i64>>,
            /// Codes of system events, such as `CHAT_JOIN` or `CHAT_LEAVE`.
            #[param("CODE", opt, none)]
            #[table(TyInfo::List(&TyInfo::String))]
            pub code: Option<Vec<String>>,
            /// Whether the message notifies.
            #[param("NOTIFY", opt, none)]
            #[table(TyInfo::String)]
            pub notify: Option<String>,
        }
    }
    crate::macros::object! {
        /// The state of a dialog after `im.dialog.read`.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/messages/im-dialog-read.html>
        #[object(DIALOG_READ_RESULT_TY)]
        #[derive(Default)]
        pub struct DialogReadResult {
            /// The dialog id.
            #[param("dialogId", opt, none)]
            #[table(TyInfo::String)]
            pub dialog_id: Option<String>,
            /// Id of the chat.
            #[param("chatId", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub chat_id: Option<i64>,
            /// Id of the last message read.
            #[param("lastId", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub last_id: Option<i64>,
            /// How many messages are still unread.
            #[param("counter", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub counter: Option<i64>,
        }
    }
    crate::macros::object! {
        /// Links to a Drive file.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/files/im-disk-file-commit.html>
        #[object(DISK_FILE_LINKS_TY)]
        #[derive(Default)]
        pub struct DiskFileLinks {
            /// To download it.
            #[param("download", opt, none)]
            #[table(TyInfo::String)]
            pub download: Option<String>,
            /// To show it in the file grid.
            #[param("showInGrid", opt, none)]
            #[table(TyInfo::String)]
            pub show_in_grid: Option<String>,
            /// To a preview.
            #[param("preview", opt, none)]
            #[table(TyInfo::String)]
            pub preview: Option<String>,
        }
    }
    crate::macros::object! {
        /// The Drive record of a file posted with `im.disk.file.commit`.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/files/im-disk-file-commit.html>
        #[object(DISK_FILE_MODEL_TY)]
        pub struct DiskFileModel {
            /// The file's id on Drive.
            #[param("id", req, none)]
            #[table(TyInfo::Integer, required())]
            #[serde(deserialize_with = "crate::de::lax")]
            pub id: i64,
            /// The file name.
            #[param("name", opt, none)]
            #[table(TyInfo::String)]
            pub name: Option<String>,
            /// When it was created.
            #[param("createTime", opt, none)]
            #[table(TyInfo::Union(&[TyInfo::Object, TyInfo::String]))]
            pub create_time: Option<serde_json::Value>,
            /// When it was last changed.
            #[param("updateTime", opt, none)]
            #[table(TyInfo::Union(&[TyInfo::Object, TyInfo::String]))]
            pub update_time: Option<serde_json::Value>,
            /// When it was deleted.
            #[param("deleteTime", opt, none)]
            #[table(TyInfo::Nullable(&TyInfo::String))]
            pub delete_time: Option<String>,
            /// Code of the file's type.
            #[param("code", opt, none)]
            #[table(TyInfo::Nullable(&TyInfo::String))]
            pub code: Option<String>,
            /// An external id.
            #[param("xmlId", opt, none)]
            #[table(TyInfo::Nullable(&TyInfo::String))]
            pub xml_id: Option<String>,
            /// Id of the storage.
            #[param("storageId", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub storage_id: Option<i64>,
            /// Id of the real object.
            #[param("realObjectId", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub real_object_id: Option<i64>,
            /// Id of the folder.
            #[param("parentId", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub parent_id: Option<i64>,
            /// How it was deleted.
            #[param("deletedType", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub deleted_type: Option<i64>,
            /// Who created it.
            #[param("createdBy", opt, none)]
            #[table(TyInfo::String)]
            pub created_by: Option<String>,
            /// Who last changed it.
            #[param("updatedBy", opt, none)]
            #[table(TyInfo::String)]
            pub updated_by: Option<String>,
            /// Who deleted it.
            #[param("deletedBy", opt, none)]
            #[table(TyInfo::String)]
            pub deleted_by: Option<String>,
            /// Its unique code.
            #[param("uniqueCode", opt, none)]
            #[table(TyInfo::String)]
            pub unique_code: Option<String>,
            /// Numeric code of the file's type.
            #[param("typeFile", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub type_file: Option<i64>,
            /// The global version of its content.
            #[param("globalContentVersion", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub global_content_version: Option<i64>,
            /// Id of the stored file.
            #[param("fileId", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub file_id: Option<i64>,
            /// Size in bytes.
            #[param("size", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub size: Option<i64>,
            /// Its ETag.
            #[param("etag", opt, none)]
            #[table(TyInfo::String)]
            pub etag: Option<String>,
            /// Links to the file.
            #[param("links", opt, none)]
            #[table(TyInfo::Struct(&crate::im::DISK_FILE_LINKS_TY))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub links: Option<crate::im::DiskFileLinks>,
        }
    }
    crate::macros::object! {
        /// A file or a folder on Drive.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/files/im-disk-file-save.html>
        #[object(DISK_ITEM_TY)]
        pub struct DiskItem {
            /// Its id.
            #[param("id", req, none)]
            #[table(TyInfo::Integer, required())]
            #[serde(deserialize_with = "crate::de::lax")]
            pub id: i64,
            /// Its name.
            #[param("name", opt, none)]
            #[table(TyInfo::String)]
            pub name: Option<String>,
        }
    }
    crate::macros::object! {
        /// The size of an image file.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/users/im-user-get.html>
        #[object(FILE_IMAGE_TY)]
        #[derive(Default)]
        pub struct FileImage {
            /// Height in pixels.
            #[param("height", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub height: Option<i64>,
            /// Width in pixels.
            #[param("width", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub width: Option<i64>,
        }
    }
    crate::macros::object! {
        /// Preview links of a media file.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/users/im-user-get.html>
        #[object(FILE_MEDIA_URL_TY)]
        #[derive(Default)]
        pub struct FileMediaUrl {
            /// Preview URLs keyed by size in pixels (`250`).
            #[param("preview", opt, none)]
            #[table(TyInfo::Map(&TyInfo::String))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub preview: Option<std::collections::BTreeMap<String, String>>,
        }
    }
    crate::macros::object! {
        /// Settings the messenger's file viewer uses.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/users/im-user-get.html>
        #[object(FILE_VIEWER_ATTRS_TY)]
        #[derive(Default)]
        pub struct FileViewerAttrs {
            /// Whether the viewer opens the file.
            #[param("viewer", opt, none)]
            #[table(TyInfo::String)]
            pub viewer: Option<String>,
            /// The viewer's kind of content, such as `image`.
            #[param("viewerType", opt, none)]
            #[table(TyInfo::String)]
            pub viewer_type: Option<String>,
            /// URL the viewer loads.
            #[param("src", opt, none)]
            #[table(TyInfo::String)]
            pub src: Option<String>,
            /// Whether a resized copy is shown.
            #[param("viewerResized", opt, none)]
            #[table(TyInfo::String)]
            pub viewer_resized: Option<String>,
            /// Id of the Drive object.
            #[param("objectId", opt, none)]
            #[table(TyInfo::String)]
            pub object_id: Option<String>,
            /// Grouping key of the viewer's gallery.
            #[param("viewerGroupBy", opt, none)]
            #[table(TyInfo::String)]
            pub viewer_group_by: Option<String>,
            /// Id of the chat.
            #[param("imChatId", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub im_chat_id: Option<i64>,
            /// Title shown in the viewer.
            #[param("title", opt, none)]
            #[table(TyInfo::String)]
            pub title: Option<String>,
            /// The viewer's actions, as JSON text.
            #[param("actions", opt, none)]
            #[table(TyInfo::String)]
            pub actions: Option<String>,
        }
    }
    /// What `im.message.like` does.
    ///
    /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/messages/im-message-like.html>
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum LikeAction {
        /// `auto`: Switches: puts the like when there is none, takes it off otherwise (the default).
        Auto,
        /// `plus`: Puts the like.
        Plus,
        /// `minus`: Takes the like off.
        Minus,
        /// A value this version of the crate does not know, kept as received.
        Unknown(crate::UnknownValue),
    }
    impl LikeAction {
        /// Every known value, in documentation order.
        pub const ALL: &'static [Self] = &[Self::Auto, Self::Plus, Self::Minus];
        /// Reads a wire value; one the crate does not know becomes [`Self::Unknown`].
        pub fn from_wire(value: &str) -> Self {
            match value {
                "auto" => Self::Auto,
                "plus" => Self::Plus,
                "minus" => Self::Minus,
                other => Self::Unknown(crate::UnknownValue::new(other)),
            }
        }
        /// The value as sent on the wire.
        #[inline]
        pub fn as_str(&self) -> &str {
            match self {
                Self::Auto => "auto",
                Self::Plus => "plus",
                Self::Minus => "minus",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// Whether this is a value the crate does not know.
        #[inline]
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    crate::macros::enum_impls!(LikeAction);
    crate::macros::object! {
        /// The sort order of `im.dialog.messages.search`.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/messages/im-dialog-messages-search.html>
        #[object(MESSAGE_SEARCH_ORDER_TY)]
        #[derive(Default)]
        pub struct MessageSearchOrder {
            /// By message id.
            #[param("ID", opt, plain(crate::im::SearchDirection))]
            #[table(TyInfo::Enum(&EnumTy::new("SearchDirection", &["ASC", "DESC"])))]
            pub id: Option<crate::im::SearchDirection>,
        }
        impl MessageSearchOrder {
            /// Starts with every parameter unset.
            #[inline]
            pub fn new() -> Self {
                Self::default()
            }
        }
    }
    crate::macros::object! {
        /// A notification as the im.notify.* methods return it.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/users/im-user-get.html>
        #[object(NOTIFICATION_TY)]
        pub struct Notification {
            /// The notification's id.
            #[param("id", req, none)]
            #[table(TyInfo::Integer, required())]
            #[serde(deserialize_with = "crate::de::lax")]
            pub id: i64,
            /// Id of the user's system chat of notifications.
            #[param("chat_id", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub chat_id: Option<i64>,
            /// Who sent it; `0` for the system.
            #[param("author_id", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub author_id: Option<i64>,
            /// When it was sent (ISO 8601).
            #[param("date", opt, none)]
            #[table(TyInfo::String)]
            pub date: Option<String>,
            /// The kind of notification.
            #[param("notify_type", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub notify_type: Option<i64>,
            /// The module that sent it.
            #[param("notify_module", opt, none)]
            #[table(TyInfo::String)]
            pub notify_module: Option<String>,
            /// The event code.
            #[param("notify_event", opt, none)]
            #[table(TyInfo::String)]
            pub notify_event: Option<String>,
            /// Its tag.
            #[param("notify_tag", opt, none)]
            #[table(TyInfo::String)]
            pub notify_tag: Option<String>,
            /// Its second tag.
            #[param("notify_sub_tag", opt, none)]
            #[table(TyInfo::String)]
            pub notify_sub_tag: Option<String>,
            /// Its title.
            #[param("notify_title", opt, none)]
            #[table(TyInfo::String)]
            pub notify_title: Option<String>,
            /// The setting it falls under, as `MODULE|EVENT`.
            #[param("setting_name", opt, none)]
            #[table(TyInfo::String)]
            pub setting_name: Option<String>,
            /// Its text.
            #[param("text", opt, none)]
            #[table(TyInfo::String)]
            pub text: Option<String>,
            /// Whether it was read: `Y` or `N`.
            #[param("notify_read", opt, none)]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
            pub notify_read: Option<crate::YesNo>,
            /// The buttons of a notification that asks for a choice, as JSON text; not always present.
            #[param("notify_buttons", opt, none)]
            #[table(TyInfo::String)]
            pub notify_buttons: Option<String>,
            /// More parameters of the notification.
            #[param("params", opt, none)]
            #[table(TyInfo::Nullable(&TyInfo::Object))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub params: Option<serde_json::Map<String, serde_json::Value>>,
        }
    }
    /// Who a notification comes from.
    ///
    /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify.html>
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum NotifyKind {
        /// `USER`: The caller: a personal notification (the default).
        Personal,
        /// `SYSTEM`: The system.
        FromSystem,
        /// A value this version of the crate does not know, kept as received.
        Unknown(crate::UnknownValue),
    }
    impl NotifyKind {
        /// Every known value, in documentation order.
        pub const ALL: &'static [Self] = &[Self::Personal, Self::FromSystem];
        /// Reads a wire value; one the crate does not know becomes [`Self::Unknown`].
        pub fn from_wire(value: &str) -> Self {
            match value {
                "USER" => Self::Personal,
                "SYSTEM" => Self::FromSystem,
                other => Self::Unknown(crate::UnknownValue::new(other)),
            }
        }
        /// The value as sent on the wire.
        #[inline]
        pub fn as_str(&self) -> &str {
            match self {
                Self::Personal => "USER",
                Self::FromSystem => "SYSTEM",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// Whether this is a value the crate does not know.
        #[inline]
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    crate::macros::enum_impls!(NotifyKind);
    crate::macros::object! {
        /// One kind of notification.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-schema-get.html>
        #[object(NOTIFY_SCHEMA_KIND_TY)]
        #[derive(Default)]
        pub struct NotifySchemaKind {
            /// The kind, as `MODULE|EVENT`.
            #[param("ID", opt, none)]
            #[table(TyInfo::String)]
            pub id: Option<String>,
            /// Its name.
            #[param("NAME", opt, none)]
            #[table(TyInfo::String)]
            pub name: Option<String>,
        }
    }
    crate::macros::object! {
        /// The kinds of notifications of one module.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-schema-get.html>
        #[object(NOTIFY_SCHEMA_MODULE_TY)]
        #[derive(Default)]
        pub struct NotifySchemaModule {
            /// The module's name.
            #[param("NAME", opt, none)]
            #[table(TyInfo::String)]
            pub name: Option<String>,
            /// The module's id.
            #[param("MODULE_ID", opt, none)]
            #[table(TyInfo::String)]
            pub module_id: Option<String>,
            /// Its kinds of notifications.
            #[param("LIST", opt, none)]
            #[table(TyInfo::List(&TyInfo::Struct(&crate::im::NOTIFY_SCHEMA_KIND_TY)))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub list: Option<Vec<crate::im::NotifySchemaKind>>,
        }
    }
    crate::macros::object! {
        /// The avatar of a recent dialog.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/users/im-user-get.html>
        #[object(RECENT_AVATAR_TY)]
        #[derive(Default)]
        pub struct RecentAvatar {
            /// URL of the image; empty when there is none.
            #[param("url", opt, none)]
            #[table(TyInfo::String)]
            pub url: Option<String>,
            /// The dialog's colour as HEX.
            #[param("color", opt, none)]
            #[table(TyInfo::String)]
            pub color: Option<String>,
        }
    }
    crate::macros::object! {
        /// One dialog of the caller's recent list (or of the search history).
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/users/im-user-get.html>
        #[object(RECENT_ITEM_TY)]
        pub struct RecentItem {
            /// The dialog id: a user id (a number on some pages) for a private dialog, `chatXXX` for a chat.
            #[param("id", req, none)]
            #[table(TyInfo::Union(&[TyInfo::String, TyInfo::Integer]), required())]
            pub id: serde_json::Value,
            /// Id of the chat.
            #[param("chat_id", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub chat_id: Option<i64>,
            /// `user` for a private dialog, `chat` for a chat.
            #[param("type", opt, none)]
            #[table(TyInfo::String)]
            pub kind: Option<String>,
            /// The dialog's avatar.
            #[param("avatar", opt, none)]
            #[table(TyInfo::Struct(&crate::im::RECENT_AVATAR_TY))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub avatar: Option<crate::im::RecentAvatar>,
            /// The user's name, or the chat's title.
            #[param("title", opt, none)]
            #[table(TyInfo::String)]
            pub title: Option<String>,
            /// The last message.
            #[param("message", opt, none)]
            #[table(TyInfo::Struct(&crate::im::RECENT_MESSAGE_TY))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub message: Option<crate::im::RecentMessage>,
            /// How many messages the caller has not read.
            #[param("counter", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub counter: Option<i64>,
            /// Id of the last message the caller read.
            #[param("last_id", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub last_id: Option<i64>,
            /// Whether the dialog is pinned.
            #[param("pinned", opt, none)]
            #[table(TyInfo::Boolean)]
            pub pinned: Option<bool>,
            /// Whether the caller marked the dialog unread.
            #[param("unread", opt, none)]
            #[table(TyInfo::Boolean)]
            pub unread: Option<bool>,
            /// Whether a reminder is set in the dialog.
            #[param("has_reminder", opt, none)]
            #[table(TyInfo::Boolean)]
            pub has_reminder: Option<bool>,
            /// When the entry last changed (ISO 8601).
            #[param("date_update", opt, none)]
            #[table(TyInfo::String)]
            pub date_update: Option<String>,
            /// When the dialog was last active (ISO 8601).
            #[param("date_last_activity", opt, none)]
            #[table(TyInfo::String)]
            pub date_last_activity: Option<String>,
            /// The user, for a private dialog.
            #[param("user", opt, none)]
            #[table(TyInfo::Struct(&crate::im::USER_TY))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub user: Option<crate::im::User>,
            /// The chat (a `Chat`) for a chat; for a private dialog, an object of a few settings of the dialog without the chat fields (no `id`).
            #[param("chat", opt, none)]
            #[table(TyInfo::Union(&[TyInfo::Struct(&crate::im::CHAT_TY), TyInfo::Object]))]
            pub chat: Option<serde_json::Value>,
            /// The open line, for an open-line chat.
            #[param("lines", opt, none)]
            #[table(TyInfo::Struct(&crate::im::RECENT_LINES_TY))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub lines: Option<crate::im::RecentLines>,
            /// More settings of the entry.
            #[param("options", opt, none)]
            #[table(TyInfo::Union(&[TyInfo::List(&TyInfo::Any), TyInfo::Object]))]
            pub options: Option<serde_json::Value>,
        }
    }
    crate::macros::object! {
        /// The open line of a recent open-line chat.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/users/im-user-get.html>
        #[object(RECENT_LINES_TY)]
        #[derive(Default)]
        pub struct RecentLines {
            /// The session's id.
            #[param("id", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub id: Option<i64>,
            /// The session's status.
            #[param("status", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub status: Option<i64>,
            /// When the session started (ISO 8601).
            #[param("date_create", opt, none)]
            #[table(TyInfo::String)]
            pub date_create: Option<String>,
        }
    }
    crate::macros::object! {
        /// The last message of a recent dialog.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/users/im-user-get.html>
        #[object(RECENT_MESSAGE_TY)]
        #[derive(Default)]
        pub struct RecentMessage {
            /// The message's id.
            #[param("id", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub id: Option<i64>,
            /// Its text.
            #[param("text", opt, none)]
            #[table(TyInfo::String)]
            pub text: Option<String>,
            /// Whether it carries files.
            #[param("file", opt, none)]
            #[table(TyInfo::Boolean)]
            pub file: Option<bool>,
            /// Whether it carries attachments.
            #[param("attach", opt, none)]
            #[table(TyInfo::Boolean)]
            pub attach: Option<bool>,
            /// Its author.
            #[param("author_id", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub author_id: Option<i64>,
            /// When it was posted (ISO 8601).
            #[param("date", opt, none)]
            #[table(TyInfo::String)]
            pub date: Option<String>,
            /// Id of its sticker.
            #[param("sticker", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub sticker: Option<i64>,
            /// Its delivery status, such as `received`.
            #[param("status", opt, none)]
            #[table(TyInfo::String)]
            pub status: Option<String>,
            /// The client's id of the message.
            #[param("uuid", opt, none)]
            #[table(TyInfo::String)]
            pub uuid: Option<String>,
        }
    }
    /// A sort direction.
    ///
    /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/messages/im-dialog-messages-search.html>
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum SearchDirection {
        /// `ASC`: Oldest first.
        Ascending,
        /// `DESC`: Newest first (the default).
        Descending,
        /// A value this version of the crate does not know, kept as received.
        Unknown(crate::UnknownValue),
    }
    impl SearchDirection {
        /// Every known value, in documentation order.
        pub const ALL: &'static [Self] = &[Self::Ascending, Self::Descending];
        /// Reads a wire value; one the crate does not know becomes [`Self::Unknown`].
        pub fn from_wire(value: &str) -> Self {
            match value {
                "ASC" => Self::Ascending,
                "DESC" => Self::Descending,
                other => Self::Unknown(crate::UnknownValue::new(other)),
            }
        }
        /// The value as sent on the wire.
        #[inline]
        pub fn as_str(&self) -> &str {
            match self {
                Self::Ascending => "ASC",
                Self::Descending => "DESC",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// Whether this is a value the crate does not know.
        #[inline]
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    crate::macros::enum_impls!(SearchDirection);
    crate::macros::object! {
        /// A message as `im.dialog.messages.search` returns it (camelCase, with snake_case copies of some fields).
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/messages/im-dialog-messages-search.html>
        #[object(SEARCH_MESSAGE_TY)]
        pub struct SearchMessage {
            /// The message's id.
            #[param("id", req, none)]
            #[table(TyInfo::Integer, required())]
            #[serde(deserialize_with = "crate::de::lax")]
            pub id: i64,
            /// Id of the chat.
            #[param("chatId", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub chat_id: Option<i64>,
            /// The same as `chatId`.
            #[param("chat_id", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub chat_id_snake: Option<i64>,
            /// Its author.
            #[param("authorId", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub author_id: Option<i64>,
            /// The same as `authorId`.
            #[param("author_id", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub author_id_snake: Option<i64>,
            /// When it was posted (ISO 8601).
            #[param("date", opt, none)]
            #[table(TyInfo::String)]
            pub date: Option<String>,
            /// The text.
            #[param("text", opt, none)]
            #[table(TyInfo::String)]
            pub text: Option<String>,
            /// Whether it is a system message.
            #[param("isSystem", opt, none)]
            #[table(TyInfo::Boolean)]
            pub is_system: Option<bool>,
            /// The client's id of the message.
            #[param("uuid", opt, none)]
            #[table(TyInfo::Nullable(&TyInfo::String))]
            pub uuid: Option<String>,
            /// Where a forwarded message comes from.
            #[param("forward", opt, none)]
            #[table(TyInfo::Nullable(&TyInfo::Object))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub forward: Option<serde_json::Map<String, serde_json::Value>>,
            /// Extra data of the message.
            #[param("params", opt, none)]
            #[table(TyInfo::Union(&[TyInfo::List(&TyInfo::Any), TyInfo::Object]))]
            pub params: Option<serde_json::Value>,
            /// Whether another member has read it.
            #[param("viewedByOthers", opt, none)]
            #[table(TyInfo::Boolean)]
            pub viewed_by_others: Option<bool>,
            /// Whether the caller has not read it.
            #[param("unread", opt, none)]
            #[table(TyInfo::Boolean)]
            pub unread: Option<bool>,
            /// Whether the caller has seen it.
            #[param("viewed", opt, none)]
            #[table(TyInfo::Boolean)]
            pub viewed: Option<bool>,
            /// How many users have seen it.
            #[param("viewedCount", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub viewed_count: Option<i64>,
            /// Service data of a blocked message.
            #[param("block", opt, none)]
            #[table(TyInfo::Nullable(&TyInfo::Object))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub block: Option<serde_json::Map<String, serde_json::Value>>,
        }
    }
    crate::macros::object! {
        /// The reactions to a message found by `im.dialog.messages.search`.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/messages/im-dialog-messages-search.html>
        #[object(SEARCH_REACTIONS_TY)]
        #[derive(Default)]
        pub struct SearchReactions {
            /// The message.
            #[param("messageId", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub message_id: Option<i64>,
            /// How many of each reaction.
            #[param("reactionCounters", opt, none)]
            #[table(TyInfo::Union(&[TyInfo::Map(&TyInfo::Integer), TyInfo::List(&TyInfo::Any)]))]
            pub reaction_counters: Option<serde_json::Value>,
            /// Who gave each reaction.
            #[param("reactionUsers", opt, none)]
            #[table(
                TyInfo::Union(
                    &[TyInfo::Map(&TyInfo::List(&TyInfo::Integer)),
                    TyInfo::List(&TyInfo::Any)]
                )
            )]
            pub reaction_users: Option<serde_json::Value>,
            /// The caller's reactions.
            #[param("ownReactions", opt, none)]
            #[table(TyInfo::List(&TyInfo::String))]
            pub own_reactions: Option<Vec<String>>,
        }
    }
    crate::macros::object! {
        /// A user as `im.dialog.messages.search` returns it (camelCase).
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/messages/im-dialog-messages-search.html>
        #[object(SEARCH_USER_TY)]
        pub struct SearchUser {
            /// The user's id.
            #[param("id", req, none)]
            #[table(TyInfo::Integer, required())]
            #[serde(deserialize_with = "crate::de::lax")]
            pub id: i64,
            /// Whether the user is active.
            #[param("active", opt, none)]
            #[table(TyInfo::Boolean)]
            pub active: Option<bool>,
            /// First and last name.
            #[param("name", opt, none)]
            #[table(TyInfo::String)]
            pub name: Option<String>,
            /// First name.
            #[param("firstName", opt, none)]
            #[table(TyInfo::String)]
            pub first_name: Option<String>,
            /// Last name.
            #[param("lastName", opt, none)]
            #[table(TyInfo::String)]
            pub last_name: Option<String>,
            /// Job title.
            #[param("workPosition", opt, none)]
            #[table(TyInfo::String)]
            pub work_position: Option<String>,
            /// The user's colour as HEX.
            #[param("color", opt, none)]
            #[table(TyInfo::String)]
            pub color: Option<String>,
            /// URL of the avatar.
            #[param("avatar", opt, none)]
            #[table(TyInfo::String)]
            pub avatar: Option<String>,
            /// URL of the avatar in high resolution.
            #[param("avatarHr", opt, none)]
            #[table(TyInfo::String)]
            pub avatar_hr: Option<String>,
            /// `M` or `F`.
            #[param("gender", opt, none)]
            #[table(TyInfo::String)]
            pub gender: Option<String>,
            /// Birthday as `DD-MM`.
            #[param("birthday", opt, none)]
            #[table(TyInfo::String)]
            pub birthday: Option<String>,
            /// Whether the user is an extranet user.
            #[param("extranet", opt, none)]
            #[table(TyInfo::Boolean)]
            pub extranet: Option<bool>,
            /// Whether the user comes from Bitrix24.Network.
            #[param("network", opt, none)]
            #[table(TyInfo::Boolean)]
            pub network: Option<bool>,
            /// Whether the user is a bot.
            #[param("bot", opt, none)]
            #[table(TyInfo::Boolean)]
            pub bot: Option<bool>,
            /// Whether the user is an open-lines client.
            #[param("connector", opt, none)]
            #[table(TyInfo::Boolean)]
            pub connector: Option<bool>,
            /// External authorization code.
            #[param("externalAuthId", opt, none)]
            #[table(TyInfo::String)]
            pub external_auth_id: Option<String>,
            /// Presence status.
            #[param("status", opt, none)]
            #[table(TyInfo::String)]
            pub status: Option<String>,
            /// Since when the user is away (ISO 8601), or `false`.
            #[param("idle", opt, none)]
            #[table(TyInfo::OrFalse(&TyInfo::String))]
            pub idle: Option<crate::OrFalse<String>>,
            /// Last activity (ISO 8601), or `false`.
            #[param("lastActivityDate", opt, none)]
            #[table(TyInfo::OrFalse(&TyInfo::String))]
            pub last_activity_date: Option<crate::OrFalse<String>>,
            /// Last activity in the mobile app, or `false`.
            #[param("mobileLastDate", opt, none)]
            #[table(TyInfo::OrFalse(&TyInfo::String))]
            pub mobile_last_date: Option<crate::OrFalse<String>>,
            /// Last activity in the desktop app, or `false`.
            #[param("desktopLastDate", opt, none)]
            #[table(TyInfo::OrFalse(&TyInfo::String))]
            pub desktop_last_date: Option<crate::OrFalse<String>>,
            /// Until when the user is away on leave, or `false`.
            #[param("absent", opt, none)]
            #[table(TyInfo::OrFalse(&TyInfo::String))]
            pub absent: Option<crate::OrFalse<String>>,
            /// Ids of the user's departments.
            #[param("departments", opt, none)]
            #[table(TyInfo::List(&TyInfo::Integer))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub departments: Option<Vec<i64>>,
            /// The user's phone numbers, or `false`.
            #[param("phones", opt, none)]
            #[table(TyInfo::OrFalse(&TyInfo::Object))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub phones: Option<crate::OrFalse<serde_json::Map<String, serde_json::Value>>>,
            /// For a bot, its data.
            #[param("botData", opt, none)]
            #[table(TyInfo::Nullable(&TyInfo::Object))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub bot_data: Option<serde_json::Map<String, serde_json::Value>>,
            /// What kind of user this is.
            #[param("type", opt, none)]
            #[table(TyInfo::String)]
            pub kind: Option<String>,
            /// Personal website.
            #[param("website", opt, none)]
            #[table(TyInfo::String)]
            pub website: Option<String>,
            /// E-mail address.
            #[param("email", opt, none)]
            #[table(TyInfo::String)]
            pub email: Option<String>,
        }
    }
    /// What `im.message.share` makes out of a message.
    ///
    /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/messages/im-message-share.html>
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum ShareKind {
        /// `CHAT`: A chat.
        Chat,
        /// `TASK`: A task.
        Task,
        /// `POST`: A post in the feed.
        Post,
        /// `CALEND`: A calendar event.
        Calend,
        /// A value this version of the crate does not know, kept as received.
        Unknown(crate::UnknownValue),
    }
    impl ShareKind {
        /// Every known value, in documentation order.
        pub const ALL: &'static [Self] = &[
            Self::Chat,
            Self::Task,
            Self::Post,
            Self::Calend,
        ];
        /// Reads a wire value; one the crate does not know becomes [`Self::Unknown`].
        pub fn from_wire(value: &str) -> Self {
            match value {
                "CHAT" => Self::Chat,
                "TASK" => Self::Task,
                "POST" => Self::Post,
                "CALEND" => Self::Calend,
                other => Self::Unknown(crate::UnknownValue::new(other)),
            }
        }
        /// The value as sent on the wire.
        #[inline]
        pub fn as_str(&self) -> &str {
            match self {
                Self::Chat => "CHAT",
                Self::Task => "TASK",
                Self::Post => "POST",
                Self::Calend => "CALEND",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// Whether this is a value the crate does not know.
        #[inline]
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    crate::macros::enum_impls!(ShareKind);
    crate::macros::object! {
        /// A user as the im.* methods return it.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/users/im-user-get.html>
        #[object(USER_TY)]
        pub struct User {
            /// The user's id.
            #[param("id", req, none)]
            #[table(TyInfo::Integer, required())]
            #[serde(deserialize_with = "crate::de::lax")]
            pub id: i64,
            /// Whether the user is active.
            #[param("active", opt, none)]
            #[table(TyInfo::Boolean)]
            pub active: Option<bool>,
            /// First and last name.
            #[param("name", opt, none)]
            #[table(TyInfo::String)]
            pub name: Option<String>,
            /// First name.
            #[param("first_name", opt, none)]
            #[table(TyInfo::String)]
            pub first_name: Option<String>,
            /// Last name.
            #[param("last_name", opt, none)]
            #[table(TyInfo::String)]
            pub last_name: Option<String>,
            /// Job title.
            #[param("work_position", opt, none)]
            #[table(TyInfo::Nullable(&TyInfo::String))]
            pub work_position: Option<String>,
            /// The user's colour as HEX, used when there is no avatar.
            #[param("color", opt, none)]
            #[table(TyInfo::String)]
            pub color: Option<String>,
            /// URL of the avatar; empty when there is none.
            #[param("avatar", opt, none)]
            #[table(TyInfo::Nullable(&TyInfo::String))]
            pub avatar: Option<String>,
            /// URL of the avatar in high resolution.
            #[param("avatar_hr", opt, none)]
            #[table(TyInfo::String)]
            pub avatar_hr: Option<String>,
            /// `M` or `F`.
            #[param("gender", opt, none)]
            #[table(TyInfo::String)]
            pub gender: Option<String>,
            /// Birthday as `DD-MM`; empty text or `false` when not given.
            #[param("birthday", opt, none)]
            #[table(TyInfo::OrFalse(&TyInfo::String))]
            pub birthday: Option<crate::OrFalse<String>>,
            /// Whether the user is an extranet user.
            #[param("extranet", opt, none)]
            #[table(TyInfo::Boolean)]
            pub extranet: Option<bool>,
            /// Whether the user comes from Bitrix24.Network.
            #[param("network", opt, none)]
            #[table(TyInfo::Boolean)]
            pub network: Option<bool>,
            /// Whether the user is a bot.
            #[param("bot", opt, none)]
            #[table(TyInfo::Boolean)]
            pub bot: Option<bool>,
            /// Whether the user is an open-lines client.
            #[param("connector", opt, none)]
            #[table(TyInfo::Boolean)]
            pub connector: Option<bool>,
            /// External authorization code, such as `default`, `bot`, `email`.
            #[param("external_auth_id", opt, none)]
            #[table(TyInfo::String)]
            pub external_auth_id: Option<String>,
            /// Presence status, such as `online`.
            #[param("status", opt, none)]
            #[table(TyInfo::String)]
            pub status: Option<String>,
            /// Since when the user has been away from the computer (ISO 8601), or `false`.
            #[param("idle", opt, none)]
            #[table(TyInfo::OrFalse(&TyInfo::String))]
            pub idle: Option<crate::OrFalse<String>>,
            /// Last activity (ISO 8601), or `false`.
            #[param("last_activity_date", opt, none)]
            #[table(TyInfo::OrFalse(&TyInfo::String))]
            pub last_activity_date: Option<crate::OrFalse<String>>,
            /// Last activity in the mobile app (ISO 8601), or `false`.
            #[param("mobile_last_date", opt, none)]
            #[table(TyInfo::OrFalse(&TyInfo::String))]
            pub mobile_last_date: Option<crate::OrFalse<String>>,
            /// Last activity in the desktop app (ISO 8601), or `false`.
            #[param("desktop_last_date", opt, none)]
            #[table(TyInfo::OrFalse(&TyInfo::String))]
            pub desktop_last_date: Option<crate::OrFalse<String>>,
            /// Until when the user is away on leave (ISO 8601), or `false`.
            #[param("absent", opt, none)]
            #[table(TyInfo::OrFalse(&TyInfo::String))]
            pub absent: Option<crate::OrFalse<String>>,
            /// Ids of the user's departments.
            #[param("departments", opt, none)]
            #[table(TyInfo::List(&TyInfo::Integer))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub departments: Option<Vec<i64>>,
            /// The user's phone numbers (`UserPhones`), or `false`.
            #[param("phones", opt, none)]
            #[table(TyInfo::OrFalse(&TyInfo::Struct(&crate::im::USER_PHONES_TY)))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub phones: Option<crate::OrFalse<crate::im::UserPhones>>,
            /// For a bot, its data; null for a person.
            #[param("bot_data", opt, none)]
            #[table(TyInfo::Nullable(&TyInfo::Object))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub bot_data: Option<serde_json::Map<String, serde_json::Value>>,
            /// What kind of user this is, such as `user`, `bot`, `extranet`.
            #[param("type", opt, none)]
            #[table(TyInfo::String)]
            pub kind: Option<String>,
            /// Personal website.
            #[param("website", opt, none)]
            #[table(TyInfo::String)]
            pub website: Option<String>,
            /// E-mail address.
            #[param("email", opt, none)]
            #[table(TyInfo::String)]
            pub email: Option<String>,
        }
    }
    crate::macros::object! {
        /// A user's phone numbers; each page lists the ones it knows of.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/users/im-user-get.html>
        #[object(USER_PHONES_TY)]
        #[derive(Default)]
        pub struct UserPhones {
            /// Work phone.
            #[param("work_phone", opt, none)]
            #[table(TyInfo::String)]
            pub work_phone: Option<String>,
            /// Mobile phone.
            #[param("personal_mobile", opt, none)]
            #[table(TyInfo::String)]
            pub personal_mobile: Option<String>,
            /// Home phone.
            #[param("personal_phone", opt, none)]
            #[table(TyInfo::String)]
            pub personal_phone: Option<String>,
            /// Internal extension.
            #[param("inner_phone", opt, none)]
            #[table(TyInfo::String)]
            pub inner_phone: Option<String>,
        }
    }
    /// A status a user sets for themselves.
    ///
    /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/users/im-user-status-set.html>
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum UserStatus {
        /// `online`: Online: every notification comes through.
        Online,
        /// `dnd`: Do not disturb: notifications are off.
        DoNotDisturb,
        /// `away`: Away.
        Away,
        /// `break`: On a break.
        OnBreak,
        /// A value this version of the crate does not know, kept as received.
        Unknown(crate::UnknownValue),
    }
    impl UserStatus {
        /// Every known value, in documentation order.
        pub const ALL: &'static [Self] = &[
            Self::Online,
            Self::DoNotDisturb,
            Self::Away,
            Self::OnBreak,
        ];
        /// Reads a wire value; one the crate does not know becomes [`Self::Unknown`].
        pub fn from_wire(value: &str) -> Self {
            match value {
                "online" => Self::Online,
                "dnd" => Self::DoNotDisturb,
                "away" => Self::Away,
                "break" => Self::OnBreak,
                other => Self::Unknown(crate::UnknownValue::new(other)),
            }
        }
        /// The value as sent on the wire.
        #[inline]
        pub fn as_str(&self) -> &str {
            match self {
                Self::Online => "online",
                Self::DoNotDisturb => "dnd",
                Self::Away => "away",
                Self::OnBreak => "break",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// Whether this is a value the crate does not know.
        #[inline]
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    crate::macros::enum_impls!(UserStatus);
    crate::macros::request! {
        /// Sends a notification to a user, personal or system.
        ///
        /// Session auth is refused; call it through a webhook or with an application
        /// token.
        ///
        /// Wire name `im.notify`, scope `im`. Who may call it: any user. Not idempotent: a call whose outcome is unknown must not be resent blindly. Auth: webhook, OAuth.
        #[method(
            "im.notify",
            "https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify.html",
            crate::OrFalse<i64>,
            NotifyError
        )]
        pub struct Notify {
            /// Id of the recipient.
            #[param("USER_ID", req, none)]
            #[table(TyInfo::Integer, required())]
            #[serde(deserialize_with = "crate::de::lax")]
            pub user_id: i64,
            /// Whether the notification is personal or from the system.
            #[notes("Default: `USER`.")]
            #[param("TYPE", opt, plain(crate::im::NotifyKind))]
            #[table(
                TyInfo::Enum(&EnumTy::new("NotifyKind", &["USER", "SYSTEM"])),
                default("USER")
            )]
            pub kind: Option<crate::im::NotifyKind>,
            /// The text; spaces around it are trimmed. BB codes are supported.
            #[param("MESSAGE", req, none)]
            #[table(TyInfo::String, required())]
            pub message: String,
            /// The text for other channels, such as e-mail.
            #[param("MESSAGE_OUT", opt, into(String))]
            #[table(TyInfo::String)]
            pub message_out: Option<String>,
            /// A tag unique within the application: a new notification with the same tag replaces the older ones.
            #[param("TAG", opt, into(String))]
            #[table(TyInfo::String)]
            pub tag: Option<String>,
            /// A second tag, not required to be unique.
            #[param("SUB_TAG", opt, into(String))]
            #[table(TyInfo::String)]
            pub sub_tag: Option<String>,
            /// An attachment, as an object or as JSON text.
            #[param("ATTACH", opt, plain(serde_json::Value))]
            #[table(TyInfo::Union(&[TyInfo::Object, TyInfo::String]))]
            pub attach: Option<serde_json::Value>,
            /// Id of the application; needed with webhook auth when `TAG` or `SUB_TAG` is given.
            #[param("CLIENT_ID", opt, into(String))]
            #[table(TyInfo::String)]
            pub client_id: Option<String>,
        }
        pub static NOTIFY_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
            scope: "im",
            summary: "Sends a notification to a user, personal or system.",
            who: "any user",
            idempotent: false,
            auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
            joined: &[],
            result: TyInfo::OrFalse(&TyInfo::Integer),
            errors: &NOTIFY_ERRORS,
            paging: None,
        };
        impl Notify {
            /// Starts with the required parameters; the rest are set with the methods below.
            ///
            /// - `user_id` (`USER_ID`): Id of the recipient.
            /// - `message` (`MESSAGE`): The text; spaces around it are trimmed. BB codes are supported.
            #[inline]
            pub fn new(user_id: i64, message: impl Into<String>) -> Self {
                Self {
                    user_id,
                    kind: None,
                    message: message.into(),
                    message_out: None,
                    tag: None,
                    sub_tag: None,
                    attach: None,
                    client_id: None,
                    extra: serde_json::Map::new(),
                }
            }
        }
    }
    crate::macros::method_error! {
        #[errors(
            NOTIFY_ERRORS,
            5,
            "im.notify",
            "https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify.html"
        )]
        pub enum NotifyError {
            /// `WRONG_AUTH_TYPE` (HTTP 403): The method was called with session auth, which it refuses; use a webhook or an application token.
            WrongAuthType = code(
                    "WRONG_AUTH_TYPE",
                    Some(403),
                    "Access for this method not allowed by session authorization.",
                    "The method was called with session auth, which it refuses; use a webhook or an application token.",
                )
                .retry_safe(),
            /// `USER_ID_EMPTY` (HTTP 400): `USER_ID` is missing or not positive.
            UserIdEmpty = code(
                    "USER_ID_EMPTY",
                    Some(400),
                    "User ID can't be empty",
                    "`USER_ID` is missing or not positive.",
                )
                .retry_safe(),
            /// `MESSAGE_EMPTY` (HTTP 400): `MESSAGE` was not given.
            MessageEmpty = code(
                    "MESSAGE_EMPTY",
                    Some(400),
                    "Message can't be empty",
                    "`MESSAGE` was not given.",
                )
                .retry_safe(),
            /// `ATTACH_OVERSIZE` (HTTP 400): `ATTACH` is longer than 60,000 characters.
            AttachOversize = code(
                    "ATTACH_OVERSIZE",
                    Some(400),
                    "You have exceeded the maximum allowable size of attach",
                    "`ATTACH` is longer than 60,000 characters.",
                )
                .retry_safe(),
            /// `ATTACH_ERROR` (HTTP 400): `ATTACH` is not valid.
            AttachError = code(
                    "ATTACH_ERROR",
                    Some(400),
                    "Incorrect attach params",
                    "`ATTACH` is not valid.",
                )
                .retry_safe(),
        }
    }
    /// An event of the `im` scope, as a handler receives it: one variant per event the schema describes, with its typed `data`, and `Unknown` for any other.
    ///
    /// Decode one with [`crate::events::EventSet::from_data`].
    #[derive(Clone, PartialEq)]
    #[non_exhaustive]
    pub enum Event {
        /// `ONIMV2JOINCHAT`: Someone new was added to a chat of the subscribed user.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/im.v2/events/events.html#onimv2joinchat>
        JoinChat(crate::im::events::JoinChat),
        /// `ONIMV2MESSAGEADD`: Someone posted a message in a chat the subscribed user is in.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/im.v2/events/events.html#onimv2messageadd>
        MessageAdd(crate::im::events::MessageAdd),
        /// `ONIMV2MESSAGEDELETE`: A message in one of the subscribed user's chats was deleted.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/im.v2/events/events.html#onimv2messagedelete>
        MessageDelete(crate::im::events::MessageDelete),
        /// `ONIMV2MESSAGEUPDATE`: A message in one of the subscribed user's chats was edited.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/im.v2/events/events.html#onimv2messageupdate>
        MessageUpdate(crate::im::events::MessageUpdate),
        /// `ONIMV2REACTIONCHANGE`: Someone put a reaction on a message in one of the user's chats, or took it back.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/im.v2/events/events.html#onimv2reactionchange>
        ReactionChange(crate::im::events::ReactionChange),
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
                Self::JoinChat(payload) => {
                    f.debug_tuple("JoinChat").field(payload).finish()
                }
                Self::MessageAdd(payload) => {
                    f.debug_tuple("MessageAdd").field(payload).finish()
                }
                Self::MessageDelete(payload) => {
                    f.debug_tuple("MessageDelete").field(payload).finish()
                }
                Self::MessageUpdate(payload) => {
                    f.debug_tuple("MessageUpdate").field(payload).finish()
                }
                Self::ReactionChange(payload) => {
                    f.debug_tuple("ReactionChange").field(payload).finish()
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
        const NAMES: &'static [&'static str] = &[
            "ONIMV2JOINCHAT",
            "ONIMV2MESSAGEADD",
            "ONIMV2MESSAGEDELETE",
            "ONIMV2MESSAGEUPDATE",
            "ONIMV2REACTIONCHANGE",
        ];
        fn name(&self) -> &str {
            match self {
                Self::JoinChat(_) => "ONIMV2JOINCHAT",
                Self::MessageAdd(_) => "ONIMV2MESSAGEADD",
                Self::MessageDelete(_) => "ONIMV2MESSAGEDELETE",
                Self::MessageUpdate(_) => "ONIMV2MESSAGEUPDATE",
                Self::ReactionChange(_) => "ONIMV2REACTIONCHANGE",
                Self::Unknown { name, .. } => name,
            }
        }
        fn from_data(
            name: &str,
            data: serde_json::Value,
        ) -> Result<Self, serde_json::Error> {
            Ok(
                match name {
                    "ONIMV2JOINCHAT" => Self::JoinChat(serde_json::from_value(data)?),
                    "ONIMV2MESSAGEADD" => Self::MessageAdd(serde_json::from_value(data)?),
                    "ONIMV2MESSAGEDELETE" => {
                        Self::MessageDelete(serde_json::from_value(data)?)
                    }
                    "ONIMV2MESSAGEUPDATE" => {
                        Self::MessageUpdate(serde_json::from_value(data)?)
                    }
                    "ONIMV2REACTIONCHANGE" => {
                        Self::ReactionChange(serde_json::from_value(data)?)
                    }
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
                Self::JoinChat(payload) => serde_json::to_value(payload),
                Self::MessageAdd(payload) => serde_json::to_value(payload),
                Self::MessageDelete(payload) => serde_json::to_value(payload),
                Self::MessageUpdate(payload) => serde_json::to_value(payload),
                Self::ReactionChange(payload) => serde_json::to_value(payload),
                Self::Unknown { data, .. } => Ok(data.clone()),
            }
        }
    }
    /// The `im.disk.*` methods.
    pub mod disk {
        /// The `im.disk.file.*` methods.
        pub mod file {
            crate::macros::request! {
                /// Posts files from Drive to a chat (an older method; `im.v2.File.upload` replaces it).
                ///
                /// Give `CHAT_ID` or `DIALOG_ID`, and `FILE_ID` or `UPLOAD_ID`; when both of a
                /// pair are given, the first is used.
                ///
                /// Wire name `im.disk.file.commit`, scope `im`. Who may call it: a member of the chat. Not idempotent: a call whose outcome is unknown must not be resent blindly. Auth: webhook, OAuth.
                #[method(
                    "im.disk.file.commit",
                    "https://apidocs.bitrix24.com/api-reference/chats/files/im-disk-file-commit.html",
                    CommitResult,
                    CommitError
                )]
                #[derive(Default)]
                pub struct Commit {
                    /// Id of the chat.
                    #[notes("Required unless `DIALOG_ID` is given.")]
                    #[param("CHAT_ID", opt, plain(i64))]
                    #[table(TyInfo::Integer)]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub chat_id: Option<i64>,
                    /// The dialog (`chatXXX`, `sgXXX` or a user id), in place of `CHAT_ID`.
                    #[notes("Required unless `CHAT_ID` is given.")]
                    #[param("DIALOG_ID", opt, into(String))]
                    #[table(TyInfo::String)]
                    pub dialog_id: Option<String>,
                    /// Id of a file on Drive. (The portal also takes a list of ids; send one with `.param`.)
                    #[notes("Required unless `UPLOAD_ID` is given.")]
                    #[param("FILE_ID", opt, plain(i64))]
                    #[table(TyInfo::Integer)]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub file_id: Option<i64>,
                    /// Id of a file just uploaded to Drive, in place of `FILE_ID`; `AS_FILE` applies to it. (A list of ids is taken too.)
                    #[notes("Required unless `FILE_ID` is given.")]
                    #[param("UPLOAD_ID", opt, plain(i64))]
                    #[table(TyInfo::Integer)]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub upload_id: Option<i64>,
                    /// A text posted with the files.
                    #[param("MESSAGE", opt, into(String))]
                    #[table(TyInfo::String)]
                    pub message: Option<String>,
                    /// For an open-line chat: `Y` notifies the client, `N` does not.
                    #[param("SILENT_MODE", opt, plain(crate::YesNo))]
                    #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
                    pub silent_mode: Option<crate::YesNo>,
                    /// With `UPLOAD_ID`: `Y` posts an image as a file, uncompressed.
                    #[param("AS_FILE", opt, plain(crate::YesNo))]
                    #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
                    pub as_file: Option<crate::YesNo>,
                }
                pub static COMMIT_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "im",
                    summary: "Posts files from Drive to a chat (an older method; `im.v2.File.upload` replaces it).",
                    who: "a member of the chat",
                    idempotent: false,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::Struct(&crate::im::disk::file::COMMIT_RESULT_TY),
                    errors: &COMMIT_ERRORS,
                    paging: None,
                };
                impl Commit {
                    /// Starts with every parameter unset.
                    #[inline]
                    pub fn new() -> Self {
                        Self::default()
                    }
                }
            }
            crate::macros::object! {
                /// What `im.disk.file.commit` returns: The files posted.
                ///
                /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/files/im-disk-file-commit.html>
                #[object(COMMIT_RESULT_TY)]
                #[derive(Default)]
                pub struct CommitResult {
                    /// The files, keyed by `upload` followed by the upload id.
                    #[param("FILES", opt, none)]
                    #[table(TyInfo::Map(&TyInfo::Struct(&crate::im::CHAT_FILE_TY)))]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub files: Option<std::collections::BTreeMap<String, crate::im::ChatFile>>,
                    /// Ids of the files on Drive.
                    #[param("DISK_ID", opt, none)]
                    #[table(TyInfo::List(&TyInfo::Integer))]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub disk_id: Option<Vec<i64>>,
                    /// The Drive records of the files, keyed like `FILES`.
                    #[param("FILE_MODELS", opt, none)]
                    #[table(TyInfo::Map(&TyInfo::Struct(&crate::im::DISK_FILE_MODEL_TY)))]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub file_models: Option<
                        std::collections::BTreeMap<String, crate::im::DiskFileModel>,
                    >,
                    /// Id of the message that carries the files.
                    #[param("MESSAGE_ID", opt, none)]
                    #[table(TyInfo::Integer)]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub message_id: Option<i64>,
                }
            }
            crate::macros::method_error! {
                #[errors(
                    COMMIT_ERRORS,
                    5,
                    "im.disk.file.commit",
                    "https://apidocs.bitrix24.com/api-reference/chats/files/im-disk-file-commit.html"
                )]
                pub enum CommitError {
                    /// `CHAT_ID_EMPTY` (HTTP 400): Neither `CHAT_ID` nor `DIALOG_ID` was given, or `CHAT_ID` is not valid.
                    ChatIdEmpty = code(
                            "CHAT_ID_EMPTY",
                            Some(400),
                            "Chat ID can't be empty",
                            "Neither `CHAT_ID` nor `DIALOG_ID` was given, or `CHAT_ID` is not valid.",
                        )
                        .retry_safe(),
                    /// `DIALOG_ID_EMPTY` (HTTP 400): `DIALOG_ID` is empty or not valid.
                    DialogIdEmpty = code(
                            "DIALOG_ID_EMPTY",
                            Some(400),
                            "Dialog ID can't be empty",
                            "`DIALOG_ID` is empty or not valid.",
                        )
                        .retry_safe(),
                    /// `FILES_ERROR` (HTTP 400): Neither `FILE_ID` nor `UPLOAD_ID` was given.
                    FilesError = code(
                            "FILES_ERROR",
                            Some(400),
                            "List of files in not specified",
                            "Neither `FILE_ID` nor `UPLOAD_ID` was given.",
                        )
                        .retry_safe(),
                    /// `SAVE_ERROR` (HTTP 400): The files could not be added to the chat.
                    SaveError = code(
                        "SAVE_ERROR",
                        Some(400),
                        "Error during saving file to chat",
                        "The files could not be added to the chat.",
                    ),
                    /// `ACCESS_ERROR` (HTTP 403): The caller may not see this dialog, or it does not exist.
                    AccessError = code(
                            "ACCESS_ERROR",
                            Some(403),
                            "You do not have access to the specified dialog",
                            "The caller may not see this dialog, or it does not exist.",
                        )
                        .retry_safe(),
                }
            }
            crate::macros::request! {
                /// Deletes a file from a chat's folder; the chat shows "message deleted" in its place.
                ///
                /// Wire name `im.disk.file.delete`, scope `im`. Who may call it: the member of the chat who posted the file. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                #[method(
                    "im.disk.file.delete",
                    "https://apidocs.bitrix24.com/api-reference/chats/files/im-disk-file-delete.html",
                    bool,
                    DeleteError
                )]
                pub struct Delete {
                    /// Id of the chat.
                    #[param("CHAT_ID", req, none)]
                    #[table(TyInfo::Integer, required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub chat_id: i64,
                    /// Id of the file.
                    #[param("FILE_ID", req, none)]
                    #[table(TyInfo::Integer, required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub file_id: i64,
                }
                pub static DELETE_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "im",
                    summary: "Deletes a file from a chat's folder; the chat shows \"message deleted\" in its place.",
                    who: "the member of the chat who posted the file",
                    idempotent: true,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::Boolean,
                    errors: &DELETE_ERRORS,
                    paging: None,
                };
                impl Delete {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `chat_id` (`CHAT_ID`): Id of the chat.
                    /// - `file_id` (`FILE_ID`): Id of the file.
                    #[inline]
                    pub fn new(chat_id: i64, file_id: i64) -> Self {
                        Self {
                            chat_id,
                            file_id,
                            extra: serde_json::Map::new(),
                        }
                    }
                }
            }
            crate::macros::method_error! {
                #[errors(
                    DELETE_ERRORS,
                    2,
                    "im.disk.file.delete",
                    "https://apidocs.bitrix24.com/api-reference/chats/files/im-disk-file-delete.html"
                )]
                pub enum DeleteError {
                    /// `CHAT_ID_EMPTY` (HTTP 400): `CHAT_ID` is missing or empty.
                    ChatIdEmpty = code(
                            "CHAT_ID_EMPTY",
                            Some(400),
                            "Chat ID can't be empty",
                            "`CHAT_ID` is missing or empty.",
                        )
                        .retry_safe(),
                    /// `FILE_ID_EMPTY` (HTTP 400): `FILE_ID` is missing or empty.
                    FileIdEmpty = code(
                            "FILE_ID_EMPTY",
                            Some(400),
                            "File ID can't be empty",
                            "`FILE_ID` is missing or empty.",
                        )
                        .retry_safe(),
                }
            }
            crate::macros::request! {
                /// Saves a file of a chat to the caller's Drive, in the folder of saved files.
                ///
                /// Each call saves another copy.
                ///
                /// Wire name `im.disk.file.save`, scope `im`. Who may call it: a member of the chat. Not idempotent: a call whose outcome is unknown must not be resent blindly. Auth: webhook, OAuth.
                #[method(
                    "im.disk.file.save",
                    "https://apidocs.bitrix24.com/api-reference/chats/files/im-disk-file-save.html",
                    SaveResult,
                    SaveError
                )]
                pub struct Save {
                    /// Id of the file.
                    #[param("FILE_ID", req, none)]
                    #[table(TyInfo::Integer, required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub file_id: i64,
                }
                pub static SAVE_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "im",
                    summary: "Saves a file of a chat to the caller's Drive, in the folder of saved files.",
                    who: "a member of the chat",
                    idempotent: false,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::Struct(&crate::im::disk::file::SAVE_RESULT_TY),
                    errors: &SAVE_ERRORS,
                    paging: None,
                };
                impl Save {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `file_id` (`FILE_ID`): Id of the file.
                    #[inline]
                    pub fn new(file_id: i64) -> Self {
                        Self {
                            file_id,
                            extra: serde_json::Map::new(),
                        }
                    }
                }
            }
            crate::macros::object! {
                /// What `im.disk.file.save` returns: Where the copy is.
                ///
                /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/files/im-disk-file-save.html>
                #[object(SAVE_RESULT_TY)]
                #[derive(Default)]
                pub struct SaveResult {
                    /// The folder of saved files (created when missing).
                    #[param("folder", opt, none)]
                    #[table(TyInfo::Struct(&crate::im::DISK_ITEM_TY))]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub folder: Option<crate::im::DiskItem>,
                    /// The saved copy.
                    #[param("file", opt, none)]
                    #[table(TyInfo::Struct(&crate::im::DISK_ITEM_TY))]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub file: Option<crate::im::DiskItem>,
                }
            }
            crate::macros::method_error! {
                #[errors(
                    SAVE_ERRORS,
                    2,
                    "im.disk.file.save",
                    "https://apidocs.bitrix24.com/api-reference/chats/files/im-disk-file-save.html"
                )]
                pub enum SaveError {
                    /// `FILE_ID_EMPTY` (HTTP 400): `FILE_ID` is missing or empty.
                    FileIdEmpty = code(
                            "FILE_ID_EMPTY",
                            Some(400),
                            "File ID can't be empty",
                            "`FILE_ID` is missing or empty.",
                        )
                        .retry_safe(),
                    /// `FILE_SAVE_ERROR` (HTTP 400): The file could not be saved.
                    FileSaveError = code(
                        "FILE_SAVE_ERROR",
                        Some(400),
                        "File ID can't be saved",
                        "The file could not be saved.",
                    ),
                }
            }
        }
        /// The `im.disk.folder.*` methods.
        pub mod folder {
            crate::macros::request! {
                /// Reads the id of the Drive folder that holds a chat's files (an older method; `im.v2.File.upload` needs no folder).
                ///
                /// Wire name `im.disk.folder.get`, scope `im`. Who may call it: a member of the chat. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                #[method(
                    "im.disk.folder.get",
                    "https://apidocs.bitrix24.com/api-reference/chats/files/im-disk-folder-get.html",
                    GetResult,
                    GetError
                )]
                #[derive(Default)]
                pub struct Get {
                    /// Id of the chat.
                    #[notes("Required unless `DIALOG_ID` is given.")]
                    #[param("CHAT_ID", opt, plain(i64))]
                    #[table(TyInfo::Integer)]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub chat_id: Option<i64>,
                    /// The dialog, `chat` followed by the chat id, in place of `CHAT_ID`.
                    #[notes("Required unless `CHAT_ID` is given.")]
                    #[param("DIALOG_ID", opt, into(String))]
                    #[table(TyInfo::String)]
                    pub dialog_id: Option<String>,
                }
                pub static GET_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "im",
                    summary: "Reads the id of the Drive folder that holds a chat's files (an older method; `im.v2.File.upload` needs no folder).",
                    who: "a member of the chat",
                    idempotent: true,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::Struct(&crate::im::disk::folder::GET_RESULT_TY),
                    errors: &GET_ERRORS,
                    paging: None,
                };
                impl Get {
                    /// Starts with every parameter unset.
                    #[inline]
                    pub fn new() -> Self {
                        Self::default()
                    }
                }
            }
            crate::macros::object! {
                /// What `im.disk.folder.get` returns: The folder.
                ///
                /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/files/im-disk-folder-get.html>
                #[object(GET_RESULT_TY)]
                pub struct GetResult {
                    /// Id of the folder.
                    #[param("ID", req, none)]
                    #[table(TyInfo::Integer, required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub id: i64,
                }
            }
            crate::macros::method_error! {
                #[errors(
                    GET_ERRORS,
                    3,
                    "im.disk.folder.get",
                    "https://apidocs.bitrix24.com/api-reference/chats/files/im-disk-folder-get.html"
                )]
                pub enum GetError {
                    /// `CHAT_ID_EMPTY` (HTTP 400): Neither `CHAT_ID` nor `DIALOG_ID` was given, or `CHAT_ID` is not valid.
                    ChatIdEmpty = code(
                            "CHAT_ID_EMPTY",
                            Some(400),
                            "Chat ID can't be empty",
                            "Neither `CHAT_ID` nor `DIALOG_ID` was given, or `CHAT_ID` is not valid.",
                        )
                        .retry_safe(),
                    /// `DIALOG_ID_EMPTY` (HTTP 400): `DIALOG_ID` is empty or not valid.
                    DialogIdEmpty = code(
                            "DIALOG_ID_EMPTY",
                            Some(400),
                            "Dialog ID can't be empty",
                            "`DIALOG_ID` is empty or not valid.",
                        )
                        .retry_safe(),
                    /// `ACCESS_ERROR` (HTTP 403): The caller may not see this dialog, or it does not exist.
                    AccessError = code(
                            "ACCESS_ERROR",
                            Some(403),
                            "You do not have access to the specified dialog",
                            "The caller may not see this dialog, or it does not exist.",
                        )
                        .retry_safe(),
                }
            }
        }
    }
    /// The `im.search.*` methods.
    pub mod search {
        /// The `im.search.chat.*` methods.
        pub mod chat {
            crate::macros::request! {
                /// Searches the chats the caller may see, newest first.
                ///
                /// Give `FIND` or `FIND_LINES`.
                ///
                /// Wire name `im.search.chat.list`, scope `im`. Who may call it: any user. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                ///
                /// The response carries `total` beside `result` ([`Response::total`](crate::Response::total)): How many chats match.
                ///
                /// The response carries `next` beside `result` ([`Response::next`](crate::Response::next)): The offset of the next page; absent on the last page.
                #[method(
                    "im.search.chat.list",
                    "https://apidocs.bitrix24.com/api-reference/chats/search/im-search-chat-list.html",
                    Vec<crate::im::Chat>,
                    ListError
                )]
                #[derive(Default)]
                pub struct List {
                    /// Text to find in the chats' indexed data, at least 2 characters. Takes precedence over `FIND_LINES`.
                    #[param("FIND", opt, into(String))]
                    #[table(TyInfo::String)]
                    pub find: Option<String>,
                    /// Text to find among open-line chats, at least 2 characters.
                    #[param("FIND_LINES", opt, into(String))]
                    #[table(TyInfo::String)]
                    pub find_lines: Option<String>,
                    /// How many chats to skip.
                    #[notes("Default: `0`.")]
                    #[param("OFFSET", opt, plain(i64))]
                    #[table(TyInfo::Integer, default("0"))]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub offset: Option<i64>,
                    /// How many chats to return, at most 50.
                    #[notes("Default: `10`.")]
                    #[param("LIMIT", opt, plain(i64))]
                    #[table(TyInfo::Integer, default("10"))]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub limit: Option<i64>,
                }
                pub static LIST_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "im",
                    summary: "Searches the chats the caller may see, newest first.",
                    who: "any user",
                    idempotent: true,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::List(&TyInfo::Struct(&crate::im::CHAT_TY)),
                    errors: &LIST_ERRORS,
                    paging: None,
                };
                impl List {
                    /// Starts with every parameter unset.
                    #[inline]
                    pub fn new() -> Self {
                        Self::default()
                    }
                }
            }
            crate::macros::method_error! {
                #[errors(
                    LIST_ERRORS,
                    1,
                    "im.search.chat.list",
                    "https://apidocs.bitrix24.com/api-reference/chats/search/im-search-chat-list.html"
                )]
                pub enum ListError {
                    /// `FIND_SHORT` (HTTP 400): Neither `FIND` nor `FIND_LINES` was given, or the text is shorter than 2 characters.
                    FindShort = code(
                            "FIND_SHORT",
                            Some(400),
                            "Too short a search phrase",
                            "Neither `FIND` nor `FIND_LINES` was given, or the text is shorter than 2 characters.",
                        )
                        .retry_safe(),
                }
            }
        }
        /// The `im.search.department.*` methods.
        pub mod department {
            crate::macros::request! {
                /// Searches departments by the start of the words of their full names.
                ///
                /// Wire name `im.search.department.list`, scope `im`. Who may call it: any user. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                ///
                /// The response carries `total` beside `result` ([`Response::total`](crate::Response::total)): How many departments match.
                ///
                /// The response carries `next` beside `result` ([`Response::next`](crate::Response::next)): The offset of the next page; absent on the last page.
                ///
                /// A list method: [`Client::list`](crate::Client::list) yields the items of every page, passing each answer's `next` back as `OFFSET`.
                #[method(
                    "im.search.department.list",
                    "https://apidocs.bitrix24.com/api-reference/chats/search/im-search-department-list.html",
                    Vec<crate::im::Department>,
                    ListError
                )]
                pub struct List {
                    /// Text to find at the start of words of the full name. Empty or very short text turns the filter off.
                    #[param("FIND", req, none)]
                    #[table(TyInfo::String, required())]
                    pub find: String,
                    /// `Y` adds the head of each department (`manager_user_data`).
                    #[notes("Default: `N`.")]
                    #[param("USER_DATA", opt, plain(crate::YesNo))]
                    #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])), default("N"))]
                    pub user_data: Option<crate::YesNo>,
                    /// How many departments to skip.
                    #[notes("Default: `0`.")]
                    #[param("OFFSET", opt, plain(i64))]
                    #[table(TyInfo::Integer, default("0"))]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub offset: Option<i64>,
                    /// How many departments to return, at most 50.
                    #[notes("Default: `10`.")]
                    #[param("LIMIT", opt, plain(i64))]
                    #[table(TyInfo::Integer, default("10"))]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub limit: Option<i64>,
                }
                pub static LIST_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "im",
                    summary: "Searches departments by the start of the words of their full names.",
                    who: "any user",
                    idempotent: true,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::List(&TyInfo::Struct(&crate::im::DEPARTMENT_TY)),
                    errors: &LIST_ERRORS,
                    paging: Some(crate::schema::PagingInfo::new("OFFSET", None)),
                };
                impl List {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `find` (`FIND`): Text to find at the start of words of the full name. Empty or very short text turns the filter off.
                    #[inline]
                    pub fn new(find: impl Into<String>) -> Self {
                        Self {
                            find: find.into(),
                            user_data: None,
                            offset: None,
                            limit: None,
                            extra: serde_json::Map::new(),
                        }
                    }
                }
                impl crate::Paged for List {
                    type Item = crate::im::Department;
                    const OFFSET: &'static str = "OFFSET";
                    #[inline]
                    fn at_offset(&self, offset: i64) -> Self {
                        Self {
                            offset: Some(offset),
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
                    1,
                    "im.search.department.list",
                    "https://apidocs.bitrix24.com/api-reference/chats/search/im-search-department-list.html"
                )]
                pub enum ListError {
                    /// `FIND_SHORT` (HTTP 400): `FIND` was not given.
                    FindShort = code(
                            "FIND_SHORT",
                            Some(400),
                            "Too short a search phrase",
                            "`FIND` was not given.",
                        )
                        .retry_safe(),
                }
            }
        }
        /// The `im.search.last.*` methods.
        pub mod last {
            crate::macros::request! {
                /// Adds a dialog to the history of recent searches.
                ///
                /// The method was made for the previous version of the chat and is kept for
                /// existing integrations.
                ///
                /// Wire name `im.search.last.add`, scope `im`. Who may call it: any user. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                #[method(
                    "im.search.last.add",
                    "https://apidocs.bitrix24.com/api-reference/chats/search/im-search-last-add.html",
                    bool,
                    AddError
                )]
                pub struct Add {
                    /// The dialog: a user id, or `chatXXX` for a chat.
                    #[param("DIALOG_ID", req, none)]
                    #[table(TyInfo::String, required())]
                    pub dialog_id: String,
                }
                pub static ADD_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "im",
                    summary: "Adds a dialog to the history of recent searches.",
                    who: "any user",
                    idempotent: true,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::Boolean,
                    errors: &ADD_ERRORS,
                    paging: None,
                };
                impl Add {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `dialog_id` (`DIALOG_ID`): The dialog: a user id, or `chatXXX` for a chat.
                    #[inline]
                    pub fn new(dialog_id: impl Into<String>) -> Self {
                        Self {
                            dialog_id: dialog_id.into(),
                            extra: serde_json::Map::new(),
                        }
                    }
                }
            }
            crate::macros::method_error! {
                #[errors(
                    ADD_ERRORS,
                    1,
                    "im.search.last.add",
                    "https://apidocs.bitrix24.com/api-reference/chats/search/im-search-last-add.html"
                )]
                pub enum AddError {
                    /// `DIALOG_ID_EMPTY` (HTTP 400): `DIALOG_ID` is not valid.
                    DialogIdEmpty = code(
                            "DIALOG_ID_EMPTY",
                            Some(400),
                            "Dialog ID can't be empty",
                            "`DIALOG_ID` is not valid.",
                        )
                        .retry_safe(),
                }
            }
            crate::macros::request! {
                /// Removes a dialog from the history of recent searches.
                ///
                /// The method was made for the previous version of the chat and is kept for
                /// existing integrations.
                ///
                /// Wire name `im.search.last.delete`, scope `im`. Who may call it: any user. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                #[method(
                    "im.search.last.delete",
                    "https://apidocs.bitrix24.com/api-reference/chats/search/im-search-last-delete.html",
                    bool,
                    DeleteError
                )]
                pub struct Delete {
                    /// The dialog: a user id, or `chatXXX` for a chat.
                    #[param("DIALOG_ID", req, none)]
                    #[table(TyInfo::String, required())]
                    pub dialog_id: String,
                }
                pub static DELETE_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "im",
                    summary: "Removes a dialog from the history of recent searches.",
                    who: "any user",
                    idempotent: true,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::Boolean,
                    errors: &DELETE_ERRORS,
                    paging: None,
                };
                impl Delete {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `dialog_id` (`DIALOG_ID`): The dialog: a user id, or `chatXXX` for a chat.
                    #[inline]
                    pub fn new(dialog_id: impl Into<String>) -> Self {
                        Self {
                            dialog_id: dialog_id.into(),
                            extra: serde_json::Map::new(),
                        }
                    }
                }
            }
            crate::macros::method_error! {
                #[errors(
                    DELETE_ERRORS,
                    1,
                    "im.search.last.delete",
                    "https://apidocs.bitrix24.com/api-reference/chats/search/im-search-last-delete.html"
                )]
                pub enum DeleteError {
                    /// `DIALOG_ID_EMPTY` (HTTP 400): `DIALOG_ID` is not valid.
                    DialogIdEmpty = code(
                            "DIALOG_ID_EMPTY",
                            Some(400),
                            "Dialog ID can't be empty",
                            "`DIALOG_ID` is not valid.",
                        )
                        .retry_safe(),
                }
            }
            crate::macros::request! {
                /// Reads the history of recent searches.
                ///
                /// The method was made for the previous version of the chat and is kept for
                /// existing integrations.
                ///
                /// Wire name `im.search.last.get`, scope `im`. Who may call it: any user. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                #[method(
                    "im.search.last.get",
                    "https://apidocs.bitrix24.com/api-reference/chats/search/im-search-last-get.html",
                    Vec<crate::im::RecentItem>,
                    GetError
                )]
                #[derive(Default)]
                pub struct Get {
                    /// `Y` leaves open-line chats out.
                    #[notes("Default: `N`.")]
                    #[param("SKIP_OPENLINES", opt, plain(crate::YesNo))]
                    #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])), default("N"))]
                    pub skip_openlines: Option<crate::YesNo>,
                    /// `Y` leaves group chats out.
                    #[notes("Default: `N`.")]
                    #[param("SKIP_CHAT", opt, plain(crate::YesNo))]
                    #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])), default("N"))]
                    pub skip_chat: Option<crate::YesNo>,
                    /// `Y` leaves private dialogs out.
                    #[notes("Default: `N`.")]
                    #[param("SKIP_DIALOG", opt, plain(crate::YesNo))]
                    #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])), default("N"))]
                    pub skip_dialog: Option<crate::YesNo>,
                }
                pub static GET_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "im",
                    summary: "Reads the history of recent searches.",
                    who: "any user",
                    idempotent: true,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::List(&TyInfo::Struct(&crate::im::RECENT_ITEM_TY)),
                    errors: &GET_ERRORS,
                    paging: None,
                };
                impl Get {
                    /// Starts with every parameter unset.
                    #[inline]
                    pub fn new() -> Self {
                        Self::default()
                    }
                }
            }
            crate::macros::method_error! {
                #[errors(
                    GET_ERRORS,
                    0,
                    "im.search.last.get",
                    "https://apidocs.bitrix24.com/api-reference/chats/search/im-search-last-get.html"
                )]
                pub enum GetError {}
            }
        }
        /// The `im.search.user.*` methods.
        pub mod user {
            crate::macros::request! {
                /// Searches users by name, job title and department.
                ///
                /// Wire name `im.search.user.list`, scope `im`. Who may call it: any user. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                ///
                /// The response carries `total` beside `result` ([`Response::total`](crate::Response::total)): How many users match.
                ///
                /// The response carries `next` beside `result` ([`Response::next`](crate::Response::next)): The offset of the next page; absent on the last page.
                #[method(
                    "im.search.user.list",
                    "https://apidocs.bitrix24.com/api-reference/chats/search/im-search-user-list.html",
                    serde_json::Value,
                    ListError
                )]
                pub struct List {
                    /// Text to find, at least 2 characters.
                    #[param("FIND", req, none)]
                    #[table(TyInfo::String, required())]
                    pub find: String,
                    /// `Y` searches business users only.
                    #[notes("Default: `N`.")]
                    #[param("BUSINESS", opt, plain(crate::YesNo))]
                    #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])), default("N"))]
                    pub business: Option<crate::YesNo>,
                    /// How many users to skip.
                    #[notes("Default: `0`.")]
                    #[param("OFFSET", opt, plain(i64))]
                    #[table(TyInfo::Integer, default("0"))]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub offset: Option<i64>,
                    /// How many users to return, at most 50.
                    #[notes("Default: `10`.")]
                    #[param("LIMIT", opt, plain(i64))]
                    #[table(TyInfo::Integer, default("10"))]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub limit: Option<i64>,
                }
                pub static LIST_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "im",
                    summary: "Searches users by name, job title and department.",
                    who: "any user",
                    idempotent: true,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::Union(
                        &[TyInfo::Map(&TyInfo::Struct(&crate::im::USER_TY)), TyInfo::List(&TyInfo::Any)],
                    ),
                    errors: &LIST_ERRORS,
                    paging: None,
                };
                impl List {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `find` (`FIND`): Text to find, at least 2 characters.
                    #[inline]
                    pub fn new(find: impl Into<String>) -> Self {
                        Self {
                            find: find.into(),
                            business: None,
                            offset: None,
                            limit: None,
                            extra: serde_json::Map::new(),
                        }
                    }
                }
            }
            crate::macros::method_error! {
                #[errors(
                    LIST_ERRORS,
                    1,
                    "im.search.user.list",
                    "https://apidocs.bitrix24.com/api-reference/chats/search/im-search-user-list.html"
                )]
                pub enum ListError {
                    /// `FIND_SHORT` (HTTP 400): `FIND` is missing or too short.
                    FindShort = code(
                            "FIND_SHORT",
                            Some(400),
                            "Too short a search phrase",
                            "`FIND` is missing or too short.",
                        )
                        .retry_safe(),
                }
            }
        }
    }
    /// The `im.chat.*` methods.
    pub mod chat {
        crate::macros::request! {
            /// Creates a chat; the caller becomes its owner.
            ///
            /// With no parameters at all the portal creates a closed chat with a generated
            /// title, whose only member and owner is the caller.
            ///
            /// Wire name `im.chat.add`, scope `im`. Who may call it: any user. Not idempotent: a call whose outcome is unknown must not be resent blindly. Auth: webhook, OAuth.
            #[method(
                "im.chat.add",
                "https://apidocs.bitrix24.com/api-reference/chats/im-chat-add.html",
                i64,
                AddError
            )]
            #[derive(Default)]
            pub struct Add {
                /// Ids of the users to add. The caller is added as owner without being listed.
                #[param("USERS", opt, iter(i64))]
                #[table(TyInfo::List(&TyInfo::Integer))]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub users: Option<Vec<i64>>,
                /// Whether the chat is open or closed.
                #[notes("Default: `CHAT`.")]
                #[param("TYPE", opt, plain(crate::im::ChatType))]
                #[table(TyInfo::Enum(&EnumTy::new("ChatType", &["OPEN", "CHAT"])), default("CHAT"))]
                pub chat_type: Option<crate::im::ChatType>,
                /// The chat's title. When left out the portal makes one from the template
                /// `#COLOR# chat №#NUMBER#` or `Chat with #USERS_NAMES#`.
                #[param("TITLE", opt, into(String))]
                #[table(TyInfo::String)]
                pub title: Option<String>,
                /// The chat's description.
                #[param("DESCRIPTION", opt, into(String))]
                #[table(TyInfo::String)]
                pub description: Option<String>,
                /// The chat's colour, sent in upper case (`PINK`).
                #[param("COLOR", opt, plain(crate::Color))]
                #[table(
                    TyInfo::Enum(
                        &EnumTy::new(
                            "Color",
                            &["RED",
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
                            "GRAPHITE"]
                        )
                    )
                )]
                pub color: Option<crate::Color>,
                /// The first message posted in the chat.
                #[param("MESSAGE", opt, into(String))]
                #[table(TyInfo::String)]
                pub message: Option<String>,
                /// The chat's avatar as base64 text; images up to 5000x5000 pixels.
                #[param("AVATAR", opt, into(String))]
                #[table(TyInfo::File)]
                pub avatar: Option<String>,
                /// What external object the chat is linked to. Set it together with `ENTITY_ID` through `entity`.
                #[param("ENTITY_TYPE", opt, none)]
                #[table(
                    TyInfo::Enum(
                        &EnumTy::new(
                            "ChatEntityType",
                            &["VIDEOCONF",
                            "AI_ASSISTANT_PRIVATE",
                            "LINES",
                            "LIVECHAT",
                            "ANNOUNCEMENT",
                            "CALENDAR",
                            "MAIL",
                            "CRM",
                            "SONET_GROUP",
                            "TASKS_TASK",
                            "TASKS",
                            "CALL"]
                        )
                    )
                )]
                entity_type: Option<crate::im::ChatEntityType>,
                /// Id of the linked object within `ENTITY_TYPE`, in the format that type defines.
                #[param("ENTITY_ID", opt, none)]
                #[table(TyInfo::String)]
                entity_id: Option<String>,
                /// Code of the main role of the BitrixGPT assistant in the chat.
                #[notes(
                    "Default: `copilot_assistant`. Values beyond the listed ones are accepted too: send one with `from_wire`."
                )]
                #[param("COPILOT_MAIN_ROLE", opt, plain(crate::im::CopilotRole))]
                #[table(
                    TyInfo::Enum(
                        &EnumTy::new(
                            "CopilotRole",
                            &["copilot_assistant"]
                        ).unlisted(Unlisted::Accepted)
                    ),
                    default("copilot_assistant")
                )]
                pub copilot_main_role: Option<crate::im::CopilotRole>,
            }
            pub static ADD_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "im",
                summary: "Creates a chat; the caller becomes its owner.",
                who: "any user",
                idempotent: false,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[
                    crate::schema::JoinedInfo {
                        name: "entity",
                        params: ["ENTITY_TYPE", "ENTITY_ID"],
                        doc: "Links the chat to an external object (a CRM deal, a task, an open line...).",
                    },
                ],
                result: TyInfo::Integer,
                errors: &ADD_ERRORS,
                paging: None,
            };
            impl Add {
                /// Starts with every parameter unset.
                #[inline]
                pub fn new() -> Self {
                    Self::default()
                }
                /// Links the chat to an external object (a CRM deal, a task, an open line...).
                ///
                /// Sets `ENTITY_TYPE` and `ENTITY_ID` together.
                #[inline]
                pub fn entity(self, entity: crate::im::ChatEntity) -> Self {
                    let (kind, id) = entity.into_parts();
                    Self {
                        entity_type: Some(kind),
                        entity_id: Some(id),
                        ..self
                    }
                }
                /// The `ENTITY_TYPE` this request sends, set through [`Self::entity`].
                #[inline]
                pub fn entity_type(&self) -> Option<&crate::im::ChatEntityType> {
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
                ADD_ERRORS,
                2,
                "im.chat.add",
                "https://apidocs.bitrix24.com/api-reference/chats/im-chat-add.html"
            )]
            pub enum AddError {
                /// `USERS_EMPTY` (HTTP 400): The portal needed participants and none were given.
                ///
                /// Legacy: listed by older versions of the documentation; older portals still send it.
                UsersEmpty = code(
                        "USERS_EMPTY",
                        Some(400),
                        "Empty users list",
                        "The portal needed participants and none were given.",
                    )
                    .legacy(),
                /// `WRONG_REQUEST` (HTTP 400): The portal could not create the chat from the parameters given.
                ///
                /// Legacy: listed by older versions of the documentation; older portals still send it.
                WrongRequest = code(
                        "WRONG_REQUEST",
                        Some(400),
                        "Wrong request",
                        "The portal could not create the chat from the parameters given.",
                    )
                    .legacy(),
            }
        }
        crate::macros::request! {
            /// Finds the chat linked to an external object (a CRM item, a task, a workgroup…).
            ///
            /// When several chats share the pair, one of them is returned. For a workgroup,
            /// `SONET_GROUP` with the group id finds its standard chat.
            ///
            /// Wire name `im.chat.get`, scope `im`. Who may call it: any user. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            #[method(
                "im.chat.get",
                "https://apidocs.bitrix24.com/api-reference/chats/im-chat-get.html",
                Option<crate::im::ChatIdResult>,
                GetError
            )]
            pub struct Get {
                /// What kind of object the chat is linked to.
                #[param("ENTITY_TYPE", req, none)]
                #[table(
                    TyInfo::Enum(
                        &EnumTy::new(
                            "ChatEntityType",
                            &["VIDEOCONF",
                            "AI_ASSISTANT_PRIVATE",
                            "LINES",
                            "LIVECHAT",
                            "ANNOUNCEMENT",
                            "CALENDAR",
                            "MAIL",
                            "CRM",
                            "SONET_GROUP",
                            "TASKS_TASK",
                            "TASKS",
                            "CALL"]
                        )
                    ),
                    required()
                )]
                pub entity_type: crate::im::ChatEntityType,
                /// Id of the object, in the format its kind uses (`DEAL|1663` for a CRM deal).
                #[param("ENTITY_ID", req, none)]
                #[table(TyInfo::String, required())]
                pub entity_id: String,
            }
            pub static GET_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "im",
                summary: "Finds the chat linked to an external object (a CRM item, a task, a workgroup…).",
                who: "any user",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Nullable(&TyInfo::Struct(&crate::im::CHAT_ID_RESULT_TY)),
                errors: &GET_ERRORS,
                paging: None,
            };
            impl Get {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `entity_type` (`ENTITY_TYPE`): What kind of object the chat is linked to.
                /// - `entity_id` (`ENTITY_ID`): Id of the object, in the format its kind uses (`DEAL|1663` for a CRM deal).
                #[inline]
                pub fn new(
                    entity_type: crate::im::ChatEntityType,
                    entity_id: impl Into<String>,
                ) -> Self {
                    Self {
                        entity_type,
                        entity_id: entity_id.into(),
                        extra: serde_json::Map::new(),
                    }
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                GET_ERRORS,
                0,
                "im.chat.get",
                "https://apidocs.bitrix24.com/api-reference/chats/im-chat-get.html"
            )]
            pub enum GetError {}
        }
        crate::macros::request! {
            /// The caller leaves a chat.
            ///
            /// Wire name `im.chat.leave`, scope `im`. Who may call it: a member of the chat. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            #[method(
                "im.chat.leave",
                "https://apidocs.bitrix24.com/api-reference/chats/chat-users/im-chat-leave.html",
                bool,
                LeaveError
            )]
            pub struct Leave {
                /// Id of the chat.
                #[param("CHAT_ID", req, none)]
                #[table(TyInfo::Integer, required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub chat_id: i64,
            }
            pub static LEAVE_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "im",
                summary: "The caller leaves a chat.",
                who: "a member of the chat",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Boolean,
                errors: &LEAVE_ERRORS,
                paging: None,
            };
            impl Leave {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `chat_id` (`CHAT_ID`): Id of the chat.
                #[inline]
                pub fn new(chat_id: i64) -> Self {
                    Self {
                        chat_id,
                        extra: serde_json::Map::new(),
                    }
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                LEAVE_ERRORS,
                3,
                "im.chat.leave",
                "https://apidocs.bitrix24.com/api-reference/chats/chat-users/im-chat-leave.html"
            )]
            pub enum LeaveError {
                /// `CHAT_ID_EMPTY` (HTTP 400): `CHAT_ID` was not given.
                ChatIdEmpty = code(
                        "CHAT_ID_EMPTY",
                        Some(400),
                        "Chat ID can't be empty",
                        "`CHAT_ID` was not given.",
                    )
                    .retry_safe(),
                /// `ACCESS_ERROR` (HTTP 403): This chat cannot be left with this method (message "It is forbidden to delete users of this chat").
                AccessError = code(
                        "ACCESS_ERROR",
                        Some(403),
                        "Action unavailable",
                        "This chat cannot be left with this method (message \"It is forbidden to delete users of this chat\").",
                    )
                    .retry_safe(),
                /// `ACCESS_DENIED_KICK` (HTTP 403): The caller is not a member, or may not leave this chat.
                AccessDeniedKick = code(
                        "ACCESS_DENIED_KICK",
                        Some(403),
                        "Access denied to kick user from chat",
                        "The caller is not a member, or may not leave this chat.",
                    )
                    .retry_safe(),
            }
        }
        crate::macros::request! {
            /// Turns the notifications of a chat off or on for the caller.
            ///
            /// Wire name `im.chat.mute`, scope `im`. Who may call it: any user. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            #[method(
                "im.chat.mute",
                "https://apidocs.bitrix24.com/api-reference/chats/special-operations/im-chat-mute.html",
                bool,
                MuteError
            )]
            #[derive(Default)]
            pub struct Mute {
                /// Id of the chat.
                #[notes("Required unless `DIALOG_ID` is given.")]
                #[param("CHAT_ID", opt, plain(i64))]
                #[table(TyInfo::Integer)]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub chat_id: Option<i64>,
                /// The dialog (`chatXXX`, `sgXXX` or a user id), in place of `CHAT_ID`.
                #[notes("Required unless `CHAT_ID` is given.")]
                #[param("DIALOG_ID", opt, into(String))]
                #[table(TyInfo::String)]
                pub dialog_id: Option<String>,
                /// `Y` turns notifications off, `N` on.
                #[notes("Default: `Y`.")]
                #[param("MUTE", opt, plain(crate::YesNo))]
                #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])), default("Y"))]
                pub mute: Option<crate::YesNo>,
            }
            pub static MUTE_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "im",
                summary: "Turns the notifications of a chat off or on for the caller.",
                who: "any user",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Boolean,
                errors: &MUTE_ERRORS,
                paging: None,
            };
            impl Mute {
                /// Starts with every parameter unset.
                #[inline]
                pub fn new() -> Self {
                    Self::default()
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                MUTE_ERRORS,
                3,
                "im.chat.mute",
                "https://apidocs.bitrix24.com/api-reference/chats/special-operations/im-chat-mute.html"
            )]
            pub enum MuteError {
                /// `CHAT_ID_EMPTY` (HTTP 400): Neither `CHAT_ID` nor `DIALOG_ID` was given, or `CHAT_ID` is empty or wrong.
                ChatIdEmpty = code(
                        "CHAT_ID_EMPTY",
                        Some(400),
                        "Chat ID can't be empty",
                        "Neither `CHAT_ID` nor `DIALOG_ID` was given, or `CHAT_ID` is empty or wrong.",
                    )
                    .retry_safe(),
                /// `DIALOG_ID_EMPTY` (HTTP 400): `DIALOG_ID` is empty or wrong.
                DialogIdEmpty = code(
                        "DIALOG_ID_EMPTY",
                        Some(400),
                        "Dialog ID can't be empty",
                        "`DIALOG_ID` is empty or wrong.",
                    )
                    .retry_safe(),
                /// `ACCESS_ERROR` (HTTP 403): The caller may not see the chat, it does not exist, or it cannot be muted.
                AccessError = code(
                        "ACCESS_ERROR",
                        Some(403),
                        "This chat cannot be muted",
                        "The caller may not see the chat, it does not exist, or it cannot be muted.",
                    )
                    .retry_safe(),
            }
        }
        crate::macros::request! {
            /// Hands the ownership of a group chat to another member.
            ///
            /// Wire name `im.chat.setOwner`, scope `im`. Who may call it: the owner of the chat. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            #[method(
                "im.chat.setOwner",
                "https://apidocs.bitrix24.com/api-reference/chats/chat-update/im-chat-set-owner.html",
                bool,
                SetOwnerError
            )]
            pub struct SetOwner {
                /// Id of the chat, without the `chat` prefix.
                #[notes("Required unless `DIALOG_ID` is given.")]
                #[param("CHAT_ID", opt, plain(i64))]
                #[table(TyInfo::Integer)]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub chat_id: Option<i64>,
                /// The chat as a dialog id, `chat` followed by its id (`chat5`), in place of `CHAT_ID`. Private dialogs are refused.
                #[param("DIALOG_ID", opt, into(String))]
                #[table(TyInfo::String)]
                pub dialog_id: Option<String>,
                /// Id of the new owner; they must be a member of the chat.
                #[param("USER_ID", req, none)]
                #[table(TyInfo::Integer, required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub user_id: i64,
            }
            pub static SET_OWNER_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "im",
                summary: "Hands the ownership of a group chat to another member.",
                who: "the owner of the chat",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Boolean,
                errors: &SET_OWNER_ERRORS,
                paging: None,
            };
            impl SetOwner {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `user_id` (`USER_ID`): Id of the new owner; they must be a member of the chat.
                #[inline]
                pub fn new(user_id: i64) -> Self {
                    Self {
                        chat_id: None,
                        dialog_id: None,
                        user_id,
                        extra: serde_json::Map::new(),
                    }
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                SET_OWNER_ERRORS,
                5,
                "im.chat.setOwner",
                "https://apidocs.bitrix24.com/api-reference/chats/chat-update/im-chat-set-owner.html"
            )]
            pub enum SetOwnerError {
                /// `CHAT_ID_EMPTY` (HTTP 400): `CHAT_ID` is missing or carries the `chat` prefix.
                ChatIdEmpty = code(
                        "CHAT_ID_EMPTY",
                        Some(400),
                        "Chat ID can't be empty",
                        "`CHAT_ID` is missing or carries the `chat` prefix.",
                    )
                    .retry_safe(),
                /// `DIALOG_ID_EMPTY` (HTTP 400): `DIALOG_ID` names a private dialog or is malformed.
                DialogIdEmpty = code(
                        "DIALOG_ID_EMPTY",
                        Some(400),
                        "Dialog ID can't be empty",
                        "`DIALOG_ID` names a private dialog or is malformed.",
                    )
                    .retry_safe(),
                /// `USER_ID_EMPTY` (HTTP 400): `USER_ID` was not given.
                UserIdEmpty = code(
                        "USER_ID_EMPTY",
                        Some(400),
                        "User ID can't be empty",
                        "`USER_ID` was not given.",
                    )
                    .retry_safe(),
                /// `ACCESS_ERROR` (HTTP 403): This chat cannot be changed this way, or not by this user.
                AccessError = code(
                        "ACCESS_ERROR",
                        Some(403),
                        "Action unavailable",
                        "This chat cannot be changed this way, or not by this user.",
                    )
                    .retry_safe(),
                /// `WRONG_REQUEST` (HTTP 403): The caller does not own the chat, or the new owner is not a member.
                WrongRequest = code(
                        "WRONG_REQUEST",
                        Some(403),
                        "Change owner can only owner and user must be member in chat",
                        "The caller does not own the chat, or the new owner is not a member.",
                    )
                    .retry_safe(),
            }
        }
        crate::macros::request! {
            /// Replaces a chat's avatar.
            ///
            /// Wire name `im.chat.updateAvatar`, scope `im`. Who may call it: a member of the chat who may change its look. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            #[method(
                "im.chat.updateAvatar",
                "https://apidocs.bitrix24.com/api-reference/chats/chat-update/im-chat-update-avatar.html",
                bool,
                UpdateAvatarError
            )]
            pub struct UpdateAvatar {
                /// Id of the chat, without the `chat` prefix.
                #[notes("Required unless `DIALOG_ID` is given.")]
                #[param("CHAT_ID", opt, plain(i64))]
                #[table(TyInfo::Integer)]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub chat_id: Option<i64>,
                /// The chat as a dialog id, `chat` followed by its id (`chat5`), in place of `CHAT_ID`. Private dialogs are refused.
                #[param("DIALOG_ID", opt, into(String))]
                #[table(TyInfo::String)]
                pub dialog_id: Option<String>,
                /// The image as base64 text, at most 5000×5000 pixels.
                #[param("AVATAR", req, none)]
                #[table(TyInfo::File, required())]
                pub avatar: String,
            }
            pub static UPDATE_AVATAR_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "im",
                summary: "Replaces a chat's avatar.",
                who: "a member of the chat who may change its look",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Boolean,
                errors: &UPDATE_AVATAR_ERRORS,
                paging: None,
            };
            impl UpdateAvatar {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `avatar` (`AVATAR`): The image as base64 text, at most 5000×5000 pixels.
                #[inline]
                pub fn new(avatar: impl Into<String>) -> Self {
                    Self {
                        chat_id: None,
                        dialog_id: None,
                        avatar: avatar.into(),
                        extra: serde_json::Map::new(),
                    }
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                UPDATE_AVATAR_ERRORS,
                6,
                "im.chat.updateAvatar",
                "https://apidocs.bitrix24.com/api-reference/chats/chat-update/im-chat-update-avatar.html"
            )]
            pub enum UpdateAvatarError {
                /// `CHAT_ID_EMPTY` (HTTP 400): `CHAT_ID` is missing or carries the `chat` prefix.
                ChatIdEmpty = code(
                        "CHAT_ID_EMPTY",
                        Some(400),
                        "Chat ID can't be empty",
                        "`CHAT_ID` is missing or carries the `chat` prefix.",
                    )
                    .retry_safe(),
                /// `DIALOG_ID_EMPTY` (HTTP 400): `DIALOG_ID` names a private dialog or is malformed.
                DialogIdEmpty = code(
                        "DIALOG_ID_EMPTY",
                        Some(400),
                        "Dialog ID can't be empty",
                        "`DIALOG_ID` names a private dialog or is malformed.",
                    )
                    .retry_safe(),
                /// `ACCESS_DENIED` (HTTP 400): The user may not change the avatar.
                ///
                /// The same code is also a system error; for this method it means the above.
                AccessDenied = code(
                        "ACCESS_DENIED",
                        Some(400),
                        "Access denied",
                        "The user may not change the avatar.",
                    )
                    .retry_safe(),
                /// `ACCESS_ERROR` (HTTP 400): This chat's avatar cannot be changed (the page also gives the message "The avatar of this chat cannot be changed").
                AccessError = code(
                        "ACCESS_ERROR",
                        Some(400),
                        "Action unavailable",
                        "This chat's avatar cannot be changed (the page also gives the message \"The avatar of this chat cannot be changed\").",
                    )
                    .retry_safe(),
                /// `AVATAR_ERROR` (HTTP 400): The file is not an image, or is larger than 5000×5000 pixels (message "Avatar incorrect size (max 5000x5000)").
                AvatarError = code(
                        "AVATAR_ERROR",
                        Some(400),
                        "Avatar incorrect type",
                        "The file is not an image, or is larger than 5000×5000 pixels (message \"Avatar incorrect size (max 5000x5000)\").",
                    )
                    .retry_safe(),
                /// `WRONG_REQUEST` (HTTP 400): No chat has this id.
                WrongRequest = code(
                        "WRONG_REQUEST",
                        Some(400),
                        "Chat isn't exists",
                        "No chat has this id.",
                    )
                    .retry_safe(),
            }
        }
        crate::macros::request! {
            /// Changes a chat's colour, which the mobile app shows, and which stands in for a missing avatar.
            ///
            /// Setting the colour the chat already has is refused with `WRONG_REQUEST`; the
            /// chat keeps it either way.
            ///
            /// Wire name `im.chat.updateColor`, scope `im`. Who may call it: a member of the chat who may change its look. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            #[method(
                "im.chat.updateColor",
                "https://apidocs.bitrix24.com/api-reference/chats/chat-update/im-chat-update-color.html",
                bool,
                UpdateColorError
            )]
            pub struct UpdateColor {
                /// Id of the chat, without the `chat` prefix.
                #[notes("Required unless `DIALOG_ID` is given.")]
                #[param("CHAT_ID", opt, plain(i64))]
                #[table(TyInfo::Integer)]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub chat_id: Option<i64>,
                /// The chat as a dialog id, `chat` followed by its id (`chat5`), in place of `CHAT_ID`. Private dialogs are refused.
                #[param("DIALOG_ID", opt, into(String))]
                #[table(TyInfo::String)]
                pub dialog_id: Option<String>,
                /// The colour, sent in upper case (`PINK`).
                #[param("COLOR", req, none)]
                #[table(
                    TyInfo::Enum(
                        &EnumTy::new(
                            "Color",
                            &["RED",
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
                            "GRAPHITE"]
                        )
                    ),
                    required()
                )]
                pub color: crate::Color,
            }
            pub static UPDATE_COLOR_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "im",
                summary: "Changes a chat's colour, which the mobile app shows, and which stands in for a missing avatar.",
                who: "a member of the chat who may change its look",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Boolean,
                errors: &UPDATE_COLOR_ERRORS,
                paging: None,
            };
            impl UpdateColor {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `color` (`COLOR`): The colour, sent in upper case (`PINK`).
                #[inline]
                pub fn new(color: crate::Color) -> Self {
                    Self {
                        chat_id: None,
                        dialog_id: None,
                        color,
                        extra: serde_json::Map::new(),
                    }
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                UPDATE_COLOR_ERRORS,
                5,
                "im.chat.updateColor",
                "https://apidocs.bitrix24.com/api-reference/chats/chat-update/im-chat-update-color.html"
            )]
            pub enum UpdateColorError {
                /// `CHAT_ID_EMPTY` (HTTP 400): `CHAT_ID` is missing or carries the `chat` prefix.
                ChatIdEmpty = code(
                        "CHAT_ID_EMPTY",
                        Some(400),
                        "Chat ID can't be empty",
                        "`CHAT_ID` is missing or carries the `chat` prefix.",
                    )
                    .retry_safe(),
                /// `DIALOG_ID_EMPTY` (HTTP 400): `DIALOG_ID` names a private dialog or is malformed.
                DialogIdEmpty = code(
                        "DIALOG_ID_EMPTY",
                        Some(400),
                        "Dialog ID can't be empty",
                        "`DIALOG_ID` names a private dialog or is malformed.",
                    )
                    .retry_safe(),
                /// `ACCESS_ERROR` (HTTP 403): This chat cannot be changed this way, or not by this user.
                AccessError = code(
                        "ACCESS_ERROR",
                        Some(403),
                        "Action unavailable",
                        "This chat cannot be changed this way, or not by this user.",
                    )
                    .retry_safe(),
                /// `WRONG_COLOR` (HTTP 400): `COLOR` is not one of the chat colours.
                WrongColor = code(
                        "WRONG_COLOR",
                        Some(400),
                        "This color currently unavailable",
                        "`COLOR` is not one of the chat colours.",
                    )
                    .retry_safe(),
                /// `WRONG_REQUEST` (HTTP 400): The chat already has this colour, or no chat has this id.
                WrongRequest = code(
                        "WRONG_REQUEST",
                        Some(400),
                        "This color currently set or chat isn't exists",
                        "The chat already has this colour, or no chat has this id.",
                    )
                    .retry_safe(),
            }
        }
        crate::macros::request! {
            /// Renames a group chat.
            ///
            /// Wire name `im.chat.updateTitle`, scope `im`. Who may call it: a member of the chat who may change its look. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            #[method(
                "im.chat.updateTitle",
                "https://apidocs.bitrix24.com/api-reference/chats/chat-update/im-chat-update-title.html",
                bool,
                UpdateTitleError
            )]
            pub struct UpdateTitle {
                /// Id of the chat, without the `chat` prefix.
                #[notes("Required unless `DIALOG_ID` is given.")]
                #[param("CHAT_ID", opt, plain(i64))]
                #[table(TyInfo::Integer)]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub chat_id: Option<i64>,
                /// The chat as a dialog id, `chat` followed by its id (`chat5`), in place of `CHAT_ID`. Private dialogs are refused.
                #[param("DIALOG_ID", opt, into(String))]
                #[table(TyInfo::String)]
                pub dialog_id: Option<String>,
                /// The new title; spaces and line breaks around it are trimmed.
                #[param("TITLE", req, none)]
                #[table(TyInfo::String, required())]
                pub title: String,
            }
            pub static UPDATE_TITLE_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "im",
                summary: "Renames a group chat.",
                who: "a member of the chat who may change its look",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Boolean,
                errors: &UPDATE_TITLE_ERRORS,
                paging: None,
            };
            impl UpdateTitle {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `title` (`TITLE`): The new title; spaces and line breaks around it are trimmed.
                #[inline]
                pub fn new(title: impl Into<String>) -> Self {
                    Self {
                        chat_id: None,
                        dialog_id: None,
                        title: title.into(),
                        extra: serde_json::Map::new(),
                    }
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                UPDATE_TITLE_ERRORS,
                4,
                "im.chat.updateTitle",
                "https://apidocs.bitrix24.com/api-reference/chats/chat-update/im-chat-update-title.html"
            )]
            pub enum UpdateTitleError {
                /// `CHAT_ID_EMPTY` (HTTP 400): `CHAT_ID` is missing or carries the `chat` prefix.
                ChatIdEmpty = code(
                        "CHAT_ID_EMPTY",
                        Some(400),
                        "Chat ID can't be empty",
                        "`CHAT_ID` is missing or carries the `chat` prefix.",
                    )
                    .retry_safe(),
                /// `DIALOG_ID_EMPTY` (HTTP 400): `DIALOG_ID` names a private dialog or is malformed.
                DialogIdEmpty = code(
                        "DIALOG_ID_EMPTY",
                        Some(400),
                        "Dialog ID can't be empty",
                        "`DIALOG_ID` names a private dialog or is malformed.",
                    )
                    .retry_safe(),
                /// `TITLE_EMPTY` (HTTP 400): `TITLE` is missing or empty once trimmed.
                TitleEmpty = code(
                        "TITLE_EMPTY",
                        Some(400),
                        "Title can't be empty",
                        "`TITLE` is missing or empty once trimmed.",
                    )
                    .retry_safe(),
                /// `ACCESS_ERROR` (HTTP 403): This chat cannot be renamed, or not by this user (message "This chat cannot be renamed" for chats that can never be).
                AccessError = code(
                        "ACCESS_ERROR",
                        Some(403),
                        "Action unavailable",
                        "This chat cannot be renamed, or not by this user (message \"This chat cannot be renamed\" for chats that can never be).",
                    )
                    .retry_safe(),
            }
        }
        /// The `im.chat.user.*` methods.
        pub mod user {
            crate::macros::request! {
                /// Adds users to a chat.
                ///
                /// Users who are members already stay members.
                ///
                /// Wire name `im.chat.user.add`, scope `im`. Who may call it: a member of the chat who may add members. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                #[method(
                    "im.chat.user.add",
                    "https://apidocs.bitrix24.com/api-reference/chats/chat-users/im-chat-user-add.html",
                    bool,
                    AddError
                )]
                pub struct Add {
                    /// Id of the chat.
                    #[param("CHAT_ID", req, none)]
                    #[table(TyInfo::Integer, required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub chat_id: i64,
                    /// Ids of the users to add.
                    #[param("USERS", req, none)]
                    #[table(TyInfo::List(&TyInfo::Integer), required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub users: Vec<i64>,
                    /// `Y` hides the earlier messages from the new members.
                    #[notes("Default: `Y`.")]
                    #[param("HIDE_HISTORY", opt, plain(crate::YesNo))]
                    #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])), default("Y"))]
                    pub hide_history: Option<crate::YesNo>,
                }
                pub static ADD_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "im",
                    summary: "Adds users to a chat.",
                    who: "a member of the chat who may add members",
                    idempotent: true,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::Boolean,
                    errors: &ADD_ERRORS,
                    paging: None,
                };
                impl Add {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `chat_id` (`CHAT_ID`): Id of the chat.
                    /// - `users` (`USERS`): Ids of the users to add.
                    #[inline]
                    pub fn new(chat_id: i64, users: impl IntoIterator<Item = i64>) -> Self {
                        Self {
                            chat_id,
                            users: users.into_iter().collect(),
                            hide_history: None,
                            extra: serde_json::Map::new(),
                        }
                    }
                }
            }
            crate::macros::method_error! {
                #[errors(
                    ADD_ERRORS,
                    3,
                    "im.chat.user.add",
                    "https://apidocs.bitrix24.com/api-reference/chats/chat-users/im-chat-user-add.html"
                )]
                pub enum AddError {
                    /// `CHAT_ID_EMPTY` (HTTP 400): `CHAT_ID` was not given.
                    ChatIdEmpty = code(
                            "CHAT_ID_EMPTY",
                            Some(400),
                            "Chat ID can't be empty",
                            "`CHAT_ID` was not given.",
                        )
                        .retry_safe(),
                    /// `ACCESS_ERROR` (HTTP 403): Members cannot be added to this chat (message "It is forbidden to add users to this chat").
                    AccessError = code(
                            "ACCESS_ERROR",
                            Some(403),
                            "Action unavailable",
                            "Members cannot be added to this chat (message \"It is forbidden to add users to this chat\").",
                        )
                        .retry_safe(),
                    /// `ACCESS_DENIED_EXTEND` (HTTP 403): The caller may not add members.
                    AccessDeniedExtend = code(
                            "ACCESS_DENIED_EXTEND",
                            Some(403),
                            "Insufficient permissions to add participants to the chat",
                            "The caller may not add members.",
                        )
                        .retry_safe(),
                }
            }
            crate::macros::request! {
                /// Removes a member from a chat.
                ///
                /// Wire name `im.chat.user.delete`, scope `im`. Who may call it: a member of the chat who may remove members. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                #[method(
                    "im.chat.user.delete",
                    "https://apidocs.bitrix24.com/api-reference/chats/chat-users/im-chat-user-delete.html",
                    bool,
                    DeleteError
                )]
                pub struct Delete {
                    /// Id of the chat.
                    #[param("CHAT_ID", req, none)]
                    #[table(TyInfo::Integer, required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub chat_id: i64,
                    /// Id of the member to remove.
                    #[param("USER_ID", req, none)]
                    #[table(TyInfo::Integer, required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub user_id: i64,
                }
                pub static DELETE_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "im",
                    summary: "Removes a member from a chat.",
                    who: "a member of the chat who may remove members",
                    idempotent: true,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::Boolean,
                    errors: &DELETE_ERRORS,
                    paging: None,
                };
                impl Delete {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `chat_id` (`CHAT_ID`): Id of the chat.
                    /// - `user_id` (`USER_ID`): Id of the member to remove.
                    #[inline]
                    pub fn new(chat_id: i64, user_id: i64) -> Self {
                        Self {
                            chat_id,
                            user_id,
                            extra: serde_json::Map::new(),
                        }
                    }
                }
            }
            crate::macros::method_error! {
                #[errors(
                    DELETE_ERRORS,
                    5,
                    "im.chat.user.delete",
                    "https://apidocs.bitrix24.com/api-reference/chats/chat-users/im-chat-user-delete.html"
                )]
                pub enum DeleteError {
                    /// `CHAT_ID_EMPTY` (HTTP 400): `CHAT_ID` was not given.
                    ChatIdEmpty = code(
                            "CHAT_ID_EMPTY",
                            Some(400),
                            "Chat ID can't be empty",
                            "`CHAT_ID` was not given.",
                        )
                        .retry_safe(),
                    /// `USER_ID_EMPTY` (HTTP 400): `USER_ID` was not given.
                    UserIdEmpty = code(
                            "USER_ID_EMPTY",
                            Some(400),
                            "User ID can't be empty",
                            "`USER_ID` was not given.",
                        )
                        .retry_safe(),
                    /// `ACCESS_ERROR` (HTTP 403): Members cannot be removed from this chat (message "It is forbidden to delete users of this chat").
                    AccessError = code(
                            "ACCESS_ERROR",
                            Some(403),
                            "Action unavailable",
                            "Members cannot be removed from this chat (message \"It is forbidden to delete users of this chat\").",
                        )
                        .retry_safe(),
                    /// `ACCESS_DENIED_KICK` (HTTP 403): The caller may not remove members.
                    AccessDeniedKick = code(
                            "ACCESS_DENIED_KICK",
                            Some(403),
                            "Insufficient rights to exclude participants from the chat",
                            "The caller may not remove members.",
                        )
                        .retry_safe(),
                    /// `USER_NOT_FOUND` (HTTP 400): The user is not a member of the chat.
                    UserNotFound = code(
                            "USER_NOT_FOUND",
                            Some(400),
                            "The specified user is not in the chat",
                            "The user is not a member of the chat.",
                        )
                        .retry_safe(),
                }
            }
            crate::macros::request! {
                /// Lists the ids of the members of a chat.
                ///
                /// Wire name `im.chat.user.list`, scope `im`. Who may call it: a member of the chat. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                #[method(
                    "im.chat.user.list",
                    "https://apidocs.bitrix24.com/api-reference/chats/chat-users/im-chat-user-list.html",
                    Vec<i64>,
                    ListError
                )]
                pub struct List {
                    /// Id of the chat.
                    #[param("CHAT_ID", req, none)]
                    #[table(TyInfo::Integer, required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub chat_id: i64,
                }
                pub static LIST_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "im",
                    summary: "Lists the ids of the members of a chat.",
                    who: "a member of the chat",
                    idempotent: true,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::List(&TyInfo::Integer),
                    errors: &LIST_ERRORS,
                    paging: None,
                };
                impl List {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `chat_id` (`CHAT_ID`): Id of the chat.
                    #[inline]
                    pub fn new(chat_id: i64) -> Self {
                        Self {
                            chat_id,
                            extra: serde_json::Map::new(),
                        }
                    }
                }
            }
            crate::macros::method_error! {
                #[errors(
                    LIST_ERRORS,
                    2,
                    "im.chat.user.list",
                    "https://apidocs.bitrix24.com/api-reference/chats/chat-users/im-chat-user-list.html"
                )]
                pub enum ListError {
                    /// `CHAT_ID_EMPTY` (HTTP 400): `CHAT_ID` was not given.
                    ChatIdEmpty = code(
                            "CHAT_ID_EMPTY",
                            Some(400),
                            "Chat ID can't be empty",
                            "`CHAT_ID` was not given.",
                        )
                        .retry_safe(),
                    /// `ACCESS_ERROR` (HTTP 403): The chat's members cannot be listed.
                    AccessError = code(
                            "ACCESS_ERROR",
                            Some(403),
                            "Action unavailable",
                            "The chat's members cannot be listed.",
                        )
                        .retry_safe(),
                }
            }
        }
    }
    /// The `im.counters.*` methods.
    pub mod counters {
        crate::macros::request! {
            /// Reads the caller's counters of unread messages and notifications.
            ///
            /// Wire name `im.counters.get`, scope `im`. Who may call it: any user. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            #[method(
                "im.counters.get",
                "https://apidocs.bitrix24.com/api-reference/chats/im-counters-get.html",
                crate::im::Counters,
                GetError
            )]
            #[derive(Default)]
            pub struct Get {}
            pub static GET_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "im",
                summary: "Reads the caller's counters of unread messages and notifications.",
                who: "any user",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Struct(&crate::im::COUNTERS_TY),
                errors: &GET_ERRORS,
                paging: None,
            };
            impl Get {
                /// Starts with every parameter unset.
                #[inline]
                pub fn new() -> Self {
                    Self::default()
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                GET_ERRORS,
                0,
                "im.counters.get",
                "https://apidocs.bitrix24.com/api-reference/chats/im-counters-get.html"
            )]
            pub enum GetError {}
        }
    }
    /// The `im.department.*` methods.
    pub mod department {
        crate::macros::request! {
            /// Reads departments by id.
            ///
            /// Wire name `im.department.get`, scope `im`. Who may call it: any intranet user except bots. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            #[method(
                "im.department.get",
                "https://apidocs.bitrix24.com/api-reference/chats/departments/im-department-get.html",
                Vec<crate::im::Department>,
                GetError
            )]
            pub struct Get {
                /// Ids of the departments.
                #[param("ID", req, none)]
                #[table(TyInfo::List(&TyInfo::Integer), required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub id: Vec<i64>,
                /// `Y` adds the head of each department.
                #[notes("Default: `N`.")]
                #[param("USER_DATA", opt, plain(crate::YesNo))]
                #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])), default("N"))]
                pub user_data: Option<crate::YesNo>,
            }
            pub static GET_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "im",
                summary: "Reads departments by id.",
                who: "any intranet user except bots",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::List(&TyInfo::Struct(&crate::im::DEPARTMENT_TY)),
                errors: &GET_ERRORS,
                paging: None,
            };
            impl Get {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `id` (`ID`): Ids of the departments.
                #[inline]
                pub fn new(id: impl IntoIterator<Item = i64>) -> Self {
                    Self {
                        id: id.into_iter().collect(),
                        user_data: None,
                        extra: serde_json::Map::new(),
                    }
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                GET_ERRORS,
                2,
                "im.department.get",
                "https://apidocs.bitrix24.com/api-reference/chats/departments/im-department-get.html"
            )]
            pub enum GetError {
                /// `INVALID_FORMAT` (HTTP 400): `ID` is missing, empty or malformed.
                InvalidFormat = code(
                        "INVALID_FORMAT",
                        Some(400),
                        "A wrong format for the ID field is passed",
                        "`ID` is missing, empty or malformed.",
                    )
                    .retry_safe(),
                /// `ACCESS_ERROR` (HTTP 403): Extranet users and bots may not call this method.
                AccessError = code(
                        "ACCESS_ERROR",
                        Some(403),
                        "Only intranet users have access to this method",
                        "Extranet users and bots may not call this method.",
                    )
                    .retry_safe(),
            }
        }
        /// The `im.department.colleagues.*` methods.
        pub mod colleagues {
            crate::macros::request! {
                /// Lists the caller's colleagues: for a head, their staff and the heads of the departments below; for others, the members of their departments.
                ///
                /// Wire name `im.department.colleagues.list`, scope `im`. Who may call it: any intranet user except bots. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                ///
                /// The response carries `total` beside `result` ([`Response::total`](crate::Response::total)): How many colleagues there are.
                ///
                /// The response carries `next` beside `result` ([`Response::next`](crate::Response::next)): The offset of the next page; absent on the last page.
                #[method(
                    "im.department.colleagues.list",
                    "https://apidocs.bitrix24.com/api-reference/chats/departments/im-department-colleagues-list.html",
                    Vec<serde_json::Value>,
                    ListError
                )]
                #[derive(Default)]
                pub struct List {
                    /// `Y` returns user records instead of ids.
                    #[notes("Default: `N`.")]
                    #[param("USER_DATA", opt, plain(crate::YesNo))]
                    #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])), default("N"))]
                    pub user_data: Option<crate::YesNo>,
                    /// How many users to skip.
                    #[notes("Default: `0`.")]
                    #[param("OFFSET", opt, plain(i64))]
                    #[table(TyInfo::Integer, default("0"))]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub offset: Option<i64>,
                    /// How many users to return, at most 50.
                    #[notes("Default: `10`.")]
                    #[param("LIMIT", opt, plain(i64))]
                    #[table(TyInfo::Integer, default("10"))]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub limit: Option<i64>,
                }
                pub static LIST_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "im",
                    summary: "Lists the caller's colleagues: for a head, their staff and the heads of the departments below; for others, the members of their departments.",
                    who: "any intranet user except bots",
                    idempotent: true,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::List(
                        &TyInfo::Union(&[TyInfo::Struct(&crate::im::USER_TY), TyInfo::Integer]),
                    ),
                    errors: &LIST_ERRORS,
                    paging: None,
                };
                impl List {
                    /// Starts with every parameter unset.
                    #[inline]
                    pub fn new() -> Self {
                        Self::default()
                    }
                }
            }
            crate::macros::method_error! {
                #[errors(
                    LIST_ERRORS,
                    1,
                    "im.department.colleagues.list",
                    "https://apidocs.bitrix24.com/api-reference/chats/departments/im-department-colleagues-list.html"
                )]
                pub enum ListError {
                    /// `ACCESS_ERROR` (HTTP 403): Extranet users and bots may not call this method.
                    AccessError = code(
                            "ACCESS_ERROR",
                            Some(403),
                            "Only intranet users have access to this method",
                            "Extranet users and bots may not call this method.",
                        )
                        .retry_safe(),
                }
            }
        }
        /// The `im.department.employees.*` methods.
        pub mod employees {
            crate::macros::request! {
                /// Lists the employees of departments.
                ///
                /// Wire name `im.department.employees.get`, scope `im`. Who may call it: any intranet user except bots. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                #[method(
                    "im.department.employees.get",
                    "https://apidocs.bitrix24.com/api-reference/chats/departments/im-department-employees-get.html",
                    std::collections::BTreeMap<String,
                    Vec<serde_json::Value>>,
                    GetError
                )]
                pub struct Get {
                    /// Ids of the departments.
                    #[param("ID", req, none)]
                    #[table(TyInfo::List(&TyInfo::Integer), required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub id: Vec<i64>,
                    /// `Y` returns user records instead of ids.
                    #[notes("Default: `N`.")]
                    #[param("USER_DATA", opt, plain(crate::YesNo))]
                    #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])), default("N"))]
                    pub user_data: Option<crate::YesNo>,
                }
                pub static GET_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "im",
                    summary: "Lists the employees of departments.",
                    who: "any intranet user except bots",
                    idempotent: true,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::Map(
                        &TyInfo::List(
                            &TyInfo::Union(&[TyInfo::Struct(&crate::im::USER_TY), TyInfo::Integer]),
                        ),
                    ),
                    errors: &GET_ERRORS,
                    paging: None,
                };
                impl Get {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `id` (`ID`): Ids of the departments.
                    #[inline]
                    pub fn new(id: impl IntoIterator<Item = i64>) -> Self {
                        Self {
                            id: id.into_iter().collect(),
                            user_data: None,
                            extra: serde_json::Map::new(),
                        }
                    }
                }
            }
            crate::macros::method_error! {
                #[errors(
                    GET_ERRORS,
                    2,
                    "im.department.employees.get",
                    "https://apidocs.bitrix24.com/api-reference/chats/departments/im-department-employees-get.html"
                )]
                pub enum GetError {
                    /// `ID_EMPTY` (HTTP 400): `ID` is missing, empty or malformed.
                    IdEmpty = code(
                            "ID_EMPTY",
                            Some(400),
                            "Department ID can't be empty",
                            "`ID` is missing, empty or malformed.",
                        )
                        .retry_safe(),
                    /// `ACCESS_ERROR` (HTTP 403): Extranet users and bots may not call this method.
                    AccessError = code(
                            "ACCESS_ERROR",
                            Some(403),
                            "Only intranet users have access to this method",
                            "Extranet users and bots may not call this method.",
                        )
                        .retry_safe(),
                }
            }
        }
        /// The `im.department.managers.*` methods.
        pub mod managers {
            crate::macros::request! {
                /// Lists the heads of departments.
                ///
                /// Wire name `im.department.managers.get`, scope `im`. Who may call it: any intranet user except bots. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                #[method(
                    "im.department.managers.get",
                    "https://apidocs.bitrix24.com/api-reference/chats/departments/im-department-managers-get.html",
                    std::collections::BTreeMap<String,
                    Vec<serde_json::Value>>,
                    GetError
                )]
                pub struct Get {
                    /// Ids of the departments.
                    #[param("ID", req, none)]
                    #[table(TyInfo::List(&TyInfo::Integer), required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub id: Vec<i64>,
                    /// `Y` returns user records instead of ids.
                    #[notes("Default: `N`.")]
                    #[param("USER_DATA", opt, plain(crate::YesNo))]
                    #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])), default("N"))]
                    pub user_data: Option<crate::YesNo>,
                }
                pub static GET_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "im",
                    summary: "Lists the heads of departments.",
                    who: "any intranet user except bots",
                    idempotent: true,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::Map(
                        &TyInfo::List(
                            &TyInfo::Union(&[TyInfo::Struct(&crate::im::USER_TY), TyInfo::Integer]),
                        ),
                    ),
                    errors: &GET_ERRORS,
                    paging: None,
                };
                impl Get {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `id` (`ID`): Ids of the departments.
                    #[inline]
                    pub fn new(id: impl IntoIterator<Item = i64>) -> Self {
                        Self {
                            id: id.into_iter().collect(),
                            user_data: None,
                            extra: serde_json::Map::new(),
                        }
                    }
                }
            }
            crate::macros::method_error! {
                #[errors(
                    GET_ERRORS,
                    2,
                    "im.department.managers.get",
                    "https://apidocs.bitrix24.com/api-reference/chats/departments/im-department-managers-get.html"
                )]
                pub enum GetError {
                    /// `ID_EMPTY` (HTTP 400): `ID` is missing, empty or malformed.
                    IdEmpty = code(
                            "ID_EMPTY",
                            Some(400),
                            "Department ID can't be empty",
                            "`ID` is missing, empty or malformed.",
                        )
                        .retry_safe(),
                    /// `ACCESS_ERROR` (HTTP 403): Extranet users and bots may not call this method.
                    AccessError = code(
                            "ACCESS_ERROR",
                            Some(403),
                            "Only intranet users have access to this method",
                            "Extranet users and bots may not call this method.",
                        )
                        .retry_safe(),
                }
            }
        }
    }
    /// The `im.dialog.*` methods.
    pub mod dialog {
        crate::macros::request! {
            /// Reads a chat or a private dialog.
            ///
            /// Wire name `im.dialog.get`, scope `im`. Who may call it: any user who is a member of the chat. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            #[method(
                "im.dialog.get",
                "https://apidocs.bitrix24.com/api-reference/chats/im-dialog-get.html",
                crate::im::Chat,
                GetError
            )]
            pub struct Get {
                /// The dialog: `chatXXX` for a chat, `sgXXX` for the chat of a workgroup, a user id for a private dialog.
                #[param("DIALOG_ID", req, none)]
                #[table(TyInfo::String, required())]
                pub dialog_id: String,
            }
            pub static GET_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "im",
                summary: "Reads a chat or a private dialog.",
                who: "any user who is a member of the chat",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Struct(&crate::im::CHAT_TY),
                errors: &GET_ERRORS,
                paging: None,
            };
            impl Get {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `dialog_id` (`DIALOG_ID`): The dialog: `chatXXX` for a chat, `sgXXX` for the chat of a workgroup, a user id for a private dialog.
                #[inline]
                pub fn new(dialog_id: impl Into<String>) -> Self {
                    Self {
                        dialog_id: dialog_id.into(),
                        extra: serde_json::Map::new(),
                    }
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                GET_ERRORS,
                2,
                "im.dialog.get",
                "https://apidocs.bitrix24.com/api-reference/chats/im-dialog-get.html"
            )]
            pub enum GetError {
                /// `DIALOG_ID_EMPTY` (HTTP 400): `DIALOG_ID` was not given.
                DialogIdEmpty = code(
                        "DIALOG_ID_EMPTY",
                        Some(400),
                        "Dialog ID can't be empty",
                        "`DIALOG_ID` was not given.",
                    )
                    .retry_safe(),
                /// `ACCESS_ERROR` (HTTP 403): The caller may not see this dialog.
                AccessError = code(
                        "ACCESS_ERROR",
                        Some(403),
                        "You do not have access to the specified dialog",
                        "The caller may not see this dialog.",
                    )
                    .retry_safe(),
            }
        }
        crate::macros::request! {
            /// Marks the messages of a dialog read, up to a given one or all of them.
            ///
            /// Wire name `im.dialog.read`, scope `im`. Who may call it: any user. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            #[method(
                "im.dialog.read",
                "https://apidocs.bitrix24.com/api-reference/chats/messages/im-dialog-read.html",
                crate::OrFalse<crate::im::DialogReadResult>,
                ReadError
            )]
            pub struct Read {
                /// The dialog: `chatXXX` for a chat, `sgXXX` for the chat of a workgroup, a user id for a private dialog.
                #[param("DIALOG_ID", req, none)]
                #[table(TyInfo::String, required())]
                pub dialog_id: String,
                /// The last message to mark read; every message when left out.
                #[param("MESSAGE_ID", opt, plain(i64))]
                #[table(TyInfo::Integer)]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub message_id: Option<i64>,
            }
            pub static READ_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "im",
                summary: "Marks the messages of a dialog read, up to a given one or all of them.",
                who: "any user",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::OrFalse(&TyInfo::Struct(&crate::im::DIALOG_READ_RESULT_TY)),
                errors: &READ_ERRORS,
                paging: None,
            };
            impl Read {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `dialog_id` (`DIALOG_ID`): The dialog: `chatXXX` for a chat, `sgXXX` for the chat of a workgroup, a user id for a private dialog.
                #[inline]
                pub fn new(dialog_id: impl Into<String>) -> Self {
                    Self {
                        dialog_id: dialog_id.into(),
                        message_id: None,
                        extra: serde_json::Map::new(),
                    }
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                READ_ERRORS,
                1,
                "im.dialog.read",
                "https://apidocs.bitrix24.com/api-reference/chats/messages/im-dialog-read.html"
            )]
            pub enum ReadError {
                /// `DIALOG_ID_EMPTY` (HTTP 400): `DIALOG_ID` is missing, empty or malformed.
                DialogIdEmpty = code(
                        "DIALOG_ID_EMPTY",
                        Some(400),
                        "Dialog ID can't be empty",
                        "`DIALOG_ID` is missing, empty or malformed.",
                    )
                    .retry_safe(),
            }
        }
        crate::macros::request! {
            /// Marks the messages of a dialog unread, from a given one on.
            ///
            /// Wire name `im.dialog.unread`, scope `im`. Who may call it: any user. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            #[method(
                "im.dialog.unread",
                "https://apidocs.bitrix24.com/api-reference/chats/messages/im-dialog-unread.html",
                bool,
                UnreadError
            )]
            pub struct Unread {
                /// The dialog: `chatXXX` for a chat, `sgXXX` for the chat of a workgroup, a user id for a private dialog.
                #[param("DIALOG_ID", req, none)]
                #[table(TyInfo::String, required())]
                pub dialog_id: String,
                /// The first message to mark unread.
                #[param("MESSAGE_ID", req, none)]
                #[table(TyInfo::Integer, required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub message_id: i64,
            }
            pub static UNREAD_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "im",
                summary: "Marks the messages of a dialog unread, from a given one on.",
                who: "any user",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Boolean,
                errors: &UNREAD_ERRORS,
                paging: None,
            };
            impl Unread {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `dialog_id` (`DIALOG_ID`): The dialog: `chatXXX` for a chat, `sgXXX` for the chat of a workgroup, a user id for a private dialog.
                /// - `message_id` (`MESSAGE_ID`): The first message to mark unread.
                #[inline]
                pub fn new(dialog_id: impl Into<String>, message_id: i64) -> Self {
                    Self {
                        dialog_id: dialog_id.into(),
                        message_id,
                        extra: serde_json::Map::new(),
                    }
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                UNREAD_ERRORS,
                2,
                "im.dialog.unread",
                "https://apidocs.bitrix24.com/api-reference/chats/messages/im-dialog-unread.html"
            )]
            pub enum UnreadError {
                /// `MESSAGE_ID_ERROR` (HTTP 400): `MESSAGE_ID` is missing or not positive.
                MessageIdError = code(
                        "MESSAGE_ID_ERROR",
                        Some(400),
                        "First unread message id can't be empty",
                        "`MESSAGE_ID` is missing or not positive.",
                    )
                    .retry_safe(),
                /// `DIALOG_ID_EMPTY` (HTTP 400): `DIALOG_ID` is missing, empty or malformed.
                DialogIdEmpty = code(
                        "DIALOG_ID_EMPTY",
                        Some(400),
                        "Dialog ID can't be empty",
                        "`DIALOG_ID` is missing, empty or malformed.",
                    )
                    .retry_safe(),
            }
        }
        crate::macros::request! {
            /// Shows the "user is typing" indicator in a dialog.
            ///
            /// Wire name `im.dialog.writing`, scope `im`. Who may call it: a member of the chat. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            #[method(
                "im.dialog.writing",
                "https://apidocs.bitrix24.com/api-reference/chats/messages/im-dialog-writing.html",
                bool,
                WritingError
            )]
            pub struct Writing {
                /// The dialog: `chatXXX` for a chat, `sgXXX` for the chat of a workgroup, a user id for a private dialog.
                #[param("DIALOG_ID", req, none)]
                #[table(TyInfo::String, required())]
                pub dialog_id: String,
            }
            pub static WRITING_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "im",
                summary: "Shows the \"user is typing\" indicator in a dialog.",
                who: "a member of the chat",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Boolean,
                errors: &WRITING_ERRORS,
                paging: None,
            };
            impl Writing {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `dialog_id` (`DIALOG_ID`): The dialog: `chatXXX` for a chat, `sgXXX` for the chat of a workgroup, a user id for a private dialog.
                #[inline]
                pub fn new(dialog_id: impl Into<String>) -> Self {
                    Self {
                        dialog_id: dialog_id.into(),
                        extra: serde_json::Map::new(),
                    }
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                WRITING_ERRORS,
                2,
                "im.dialog.writing",
                "https://apidocs.bitrix24.com/api-reference/chats/messages/im-dialog-writing.html"
            )]
            pub enum WritingError {
                /// `DIALOG_ID_EMPTY` (HTTP 400): `DIALOG_ID` is not valid.
                DialogIdEmpty = code(
                        "DIALOG_ID_EMPTY",
                        Some(400),
                        "Dialog ID can't be empty",
                        "`DIALOG_ID` is not valid.",
                    )
                    .retry_safe(),
                /// `ACCESS_ERROR` (HTTP 403): The caller may not see this dialog.
                AccessError = code(
                        "ACCESS_ERROR",
                        Some(403),
                        "Action unavailable",
                        "The caller may not see this dialog.",
                    )
                    .retry_safe(),
            }
        }
        /// The `im.dialog.messages.*` methods.
        pub mod messages {
            crate::macros::request! {
                /// Reads the messages of a dialog, newest first or around a given message.
                ///
                /// Wire name `im.dialog.messages.get`, scope `im`. Who may call it: a member of the chat. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                #[method(
                    "im.dialog.messages.get",
                    "https://apidocs.bitrix24.com/api-reference/chats/messages/im-dialog-messages-get.html",
                    GetResult,
                    GetError
                )]
                pub struct Get {
                    /// The dialog: `chatXXX` for a chat, `sgXXX` for the chat of a workgroup, a user id for a private dialog.
                    #[param("DIALOG_ID", req, none)]
                    #[table(TyInfo::String, required())]
                    pub dialog_id: String,
                    /// Read messages older than this one (ids below it). To walk back through history, pass the smallest id received so far.
                    #[param("LAST_ID", opt, plain(i64))]
                    #[table(TyInfo::Integer)]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub last_id: Option<i64>,
                    /// Read messages newer than this one (ids above it).
                    #[param("FIRST_ID", opt, plain(i64))]
                    #[table(TyInfo::Integer)]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub first_id: Option<i64>,
                    /// How many messages to read, at most 50; unread messages may add more.
                    #[notes("Default: `20`.")]
                    #[param("LIMIT", opt, plain(i64))]
                    #[table(TyInfo::Integer, default("20"))]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub limit: Option<i64>,
                }
                pub static GET_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "im",
                    summary: "Reads the messages of a dialog, newest first or around a given message.",
                    who: "a member of the chat",
                    idempotent: true,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::Struct(&crate::im::dialog::messages::GET_RESULT_TY),
                    errors: &GET_ERRORS,
                    paging: None,
                };
                impl Get {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `dialog_id` (`DIALOG_ID`): The dialog: `chatXXX` for a chat, `sgXXX` for the chat of a workgroup, a user id for a private dialog.
                    #[inline]
                    pub fn new(dialog_id: impl Into<String>) -> Self {
                        Self {
                            dialog_id: dialog_id.into(),
                            last_id: None,
                            first_id: None,
                            limit: None,
                            extra: serde_json::Map::new(),
                        }
                    }
                }
            }
            crate::macros::object! {
                /// What `im.dialog.messages.get` returns: The messages with their authors and files.
                ///
                /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/messages/im-dialog-messages-get.html>
                #[object(GET_RESULT_TY)]
                pub struct GetResult {
                    /// Id of the chat.
                    #[param("chat_id", opt, none)]
                    #[table(TyInfo::Integer)]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub chat_id: Option<i64>,
                    /// The messages; empty when `LAST_ID` or `FIRST_ID` names no message.
                    #[param("messages", req, none)]
                    #[table(TyInfo::List(&TyInfo::Struct(&crate::im::DIALOG_MESSAGE_TY)), required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub messages: Vec<crate::im::DialogMessage>,
                    /// The authors.
                    #[param("users", opt, none)]
                    #[table(TyInfo::List(&TyInfo::Struct(&crate::im::USER_TY)))]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub users: Option<Vec<crate::im::User>>,
                    /// The files of the messages.
                    #[param("files", opt, none)]
                    #[table(TyInfo::List(&TyInfo::Struct(&crate::im::CHAT_FILE_TY)))]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub files: Option<Vec<crate::im::ChatFile>>,
                }
            }
            crate::macros::method_error! {
                #[errors(
                    GET_ERRORS,
                    4,
                    "im.dialog.messages.get",
                    "https://apidocs.bitrix24.com/api-reference/chats/messages/im-dialog-messages-get.html"
                )]
                pub enum GetError {
                    /// `DIALOG_ID_EMPTY` (HTTP 400): `DIALOG_ID` is missing, empty or malformed.
                    DialogIdEmpty = code(
                            "DIALOG_ID_EMPTY",
                            Some(400),
                            "Dialog ID can't be empty",
                            "`DIALOG_ID` is missing, empty or malformed.",
                        )
                        .retry_safe(),
                    /// `FIRST_ID_STRING` (HTTP 400): `FIRST_ID` is not a number.
                    FirstIdString = code(
                            "FIRST_ID_STRING",
                            Some(400),
                            "First ID can't be string",
                            "`FIRST_ID` is not a number.",
                        )
                        .retry_safe(),
                    /// `LAST_ID_STRING` (HTTP 400): `LAST_ID` is not a number.
                    LastIdString = code(
                            "LAST_ID_STRING",
                            Some(400),
                            "Last ID can't be string",
                            "`LAST_ID` is not a number.",
                        )
                        .retry_safe(),
                    /// `ACCESS_ERROR` (HTTP 403): The caller may not see this dialog.
                    AccessError = code(
                            "ACCESS_ERROR",
                            Some(403),
                            "You do not have access to the specified dialog",
                            "The caller may not see this dialog.",
                        )
                        .retry_safe(),
                }
            }
            crate::macros::request! {
                /// Searches the messages of a chat by text and date.
                ///
                /// Wire name `im.dialog.messages.search`, scope `im`. Who may call it: a member of the chat. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                #[method(
                    "im.dialog.messages.search",
                    "https://apidocs.bitrix24.com/api-reference/chats/messages/im-dialog-messages-search.html",
                    SearchResult,
                    SearchError
                )]
                pub struct Search {
                    /// Id of the chat to search.
                    #[param("CHAT_ID", req, none)]
                    #[table(TyInfo::Integer, required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub chat_id: i64,
                    /// Text to find; searched for when longer than 2 characters.
                    #[param("SEARCH_MESSAGE", opt, into(String))]
                    #[table(TyInfo::String)]
                    pub search_message: Option<String>,
                    /// Start of the period (ISO 8601).
                    #[param("DATE_FROM", opt, into(String))]
                    #[table(TyInfo::String)]
                    pub date_from: Option<String>,
                    /// End of the period (ISO 8601).
                    #[param("DATE_TO", opt, into(String))]
                    #[table(TyInfo::String)]
                    pub date_to: Option<String>,
                    /// A day to search (ISO 8601): the 24 hours from this date.
                    #[param("DATE", opt, into(String))]
                    #[table(TyInfo::String)]
                    pub date: Option<String>,
                    /// The sort order; newest first (`{"ID": "DESC"}`) when left out.
                    #[param("ORDER", opt, plain(crate::im::MessageSearchOrder))]
                    #[table(TyInfo::Struct(&crate::im::MESSAGE_SEARCH_ORDER_TY))]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub order: Option<crate::im::MessageSearchOrder>,
                    /// How many messages to return, at most 200.
                    #[notes("Default: `50`.")]
                    #[param("LIMIT", opt, plain(i64))]
                    #[table(TyInfo::Integer, default("50"))]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub limit: Option<i64>,
                    /// Id of the last message of the previous page.
                    #[param("LAST_ID", opt, plain(i64))]
                    #[table(TyInfo::Integer)]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub last_id: Option<i64>,
                }
                pub static SEARCH_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "im",
                    summary: "Searches the messages of a chat by text and date.",
                    who: "a member of the chat",
                    idempotent: true,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::Struct(&crate::im::dialog::messages::SEARCH_RESULT_TY),
                    errors: &SEARCH_ERRORS,
                    paging: None,
                };
                impl Search {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `chat_id` (`CHAT_ID`): Id of the chat to search.
                    #[inline]
                    pub fn new(chat_id: i64) -> Self {
                        Self {
                            chat_id,
                            search_message: None,
                            date_from: None,
                            date_to: None,
                            date: None,
                            order: None,
                            limit: None,
                            last_id: None,
                            extra: serde_json::Map::new(),
                        }
                    }
                }
            }
            crate::macros::object! {
                /// What `im.dialog.messages.search` returns: The messages found, with what they refer to.
                ///
                /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/messages/im-dialog-messages-search.html>
                #[object(SEARCH_RESULT_TY)]
                pub struct SearchResult {
                    /// The messages found.
                    #[param("messages", req, none)]
                    #[table(TyInfo::List(&TyInfo::Struct(&crate::im::SEARCH_MESSAGE_TY)), required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub messages: Vec<crate::im::SearchMessage>,
                    /// Users the messages refer to.
                    #[param("users", opt, none)]
                    #[table(TyInfo::List(&TyInfo::Struct(&crate::im::SEARCH_USER_TY)))]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub users: Option<Vec<crate::im::SearchUser>>,
                    /// Files of the messages.
                    #[param("files", opt, none)]
                    #[table(TyInfo::List(&TyInfo::Any))]
                    pub files: Option<Vec<serde_json::Value>>,
                    /// Messages the found ones forward or quote.
                    #[param("additionalMessages", opt, none)]
                    #[table(TyInfo::List(&TyInfo::Struct(&crate::im::SEARCH_MESSAGE_TY)))]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub additional_messages: Option<Vec<crate::im::SearchMessage>>,
                    /// BitrixGPT data, when there is some.
                    #[param("copilot", opt, none)]
                    #[table(TyInfo::Nullable(&TyInfo::Object))]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub copilot: Option<serde_json::Map<String, serde_json::Value>>,
                    /// Stickers of the messages.
                    #[param("stickers", opt, none)]
                    #[table(TyInfo::List(&TyInfo::Any))]
                    pub stickers: Option<Vec<serde_json::Value>>,
                    /// Reactions to the messages.
                    #[param("reactions", opt, none)]
                    #[table(TyInfo::List(&TyInfo::Struct(&crate::im::SEARCH_REACTIONS_TY)))]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub reactions: Option<Vec<crate::im::SearchReactions>>,
                    /// Limits of the plan on history; `isHistoryLimitExceeded` says whether the history is cut.
                    #[param("tariffRestrictions", opt, none)]
                    #[table(TyInfo::Object)]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub tariff_restrictions: Option<serde_json::Map<String, serde_json::Value>>,
                    /// Short records (`id`, `name`, `avatar`) of the users in `reactions`.
                    #[param("usersShort", opt, none)]
                    #[table(TyInfo::List(&TyInfo::Any))]
                    pub users_short: Option<Vec<serde_json::Value>>,
                }
            }
            crate::macros::method_error! {
                #[errors(
                    SEARCH_ERRORS,
                    2,
                    "im.dialog.messages.search",
                    "https://apidocs.bitrix24.com/api-reference/chats/messages/im-dialog-messages-search.html"
                )]
                pub enum SearchError {
                    /// `CHAT_ID_EMPTY` (HTTP 400): `CHAT_ID` was not given.
                    ChatIdEmpty = code(
                            "CHAT_ID_EMPTY",
                            Some(400),
                            "CHAT_ID can't be empty",
                            "`CHAT_ID` was not given.",
                        )
                        .retry_safe(),
                    /// `ACCESS_ERROR` (HTTP 403): The caller may not see this chat.
                    AccessError = code(
                            "ACCESS_ERROR",
                            Some(403),
                            "You do not have access to this chat",
                            "The caller may not see this chat.",
                        )
                        .retry_safe(),
                }
            }
        }
        /// The `im.dialog.read.*` methods.
        pub mod read {
            crate::macros::request! {
                /// Marks every chat of the caller read.
                ///
                /// Wire name `im.dialog.read.all`, scope `im`. Who may call it: any user. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                #[method(
                    "im.dialog.read.all",
                    "https://apidocs.bitrix24.com/api-reference/chats/special-operations/im-dialog-read-all.html",
                    bool,
                    AllError
                )]
                #[derive(Default)]
                pub struct All {}
                pub static ALL_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "im",
                    summary: "Marks every chat of the caller read.",
                    who: "any user",
                    idempotent: true,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::Boolean,
                    errors: &ALL_ERRORS,
                    paging: None,
                };
                impl All {
                    /// Starts with every parameter unset.
                    #[inline]
                    pub fn new() -> Self {
                        Self::default()
                    }
                }
            }
            crate::macros::method_error! {
                #[errors(
                    ALL_ERRORS,
                    0,
                    "im.dialog.read.all",
                    "https://apidocs.bitrix24.com/api-reference/chats/special-operations/im-dialog-read-all.html"
                )]
                pub enum AllError {}
            }
        }
        /// The `im.dialog.users.*` methods.
        pub mod users {
            crate::macros::request! {
                /// Lists the members of a dialog with their details, page by page.
                ///
                /// Wire name `im.dialog.users.list`, scope `im`. Who may call it: any user with access to the chat. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                ///
                /// The response carries `total` beside `result` ([`Response::total`](crate::Response::total)): How many members the caller may see.
                ///
                /// The response carries `next` beside `result` ([`Response::next`](crate::Response::next)): The offset of the next page; absent on the last page.
                #[method(
                    "im.dialog.users.list",
                    "https://apidocs.bitrix24.com/api-reference/chats/chat-users/im-dialog-users-list.html",
                    Vec<crate::im::User>,
                    ListError
                )]
                pub struct List {
                    /// The dialog: `chatXXX` for a chat, `sgXXX` for the chat of a workgroup, a user id for a private dialog.
                    #[param("DIALOG_ID", req, none)]
                    #[table(TyInfo::String, required())]
                    pub dialog_id: String,
                    /// `Y` leaves system users (bots, e-mail users…) out.
                    #[notes("Default: `N`.")]
                    #[param("SKIP_EXTERNAL", opt, plain(crate::YesNo))]
                    #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])), default("N"))]
                    pub skip_external: Option<crate::YesNo>,
                    /// Kinds of system users to keep despite `SKIP_EXTERNAL`, separated by commas (`bot, email`).
                    #[param("SKIP_EXTERNAL_EXCEPT_TYPES", opt, into(String))]
                    #[table(TyInfo::String)]
                    pub skip_external_except_types: Option<String>,
                    /// How many members per page, at most 200.
                    #[notes("Default: `50`.")]
                    #[param("LIMIT", opt, plain(i64))]
                    #[table(TyInfo::Integer, default("50"))]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub limit: Option<i64>,
                    /// Id of the last member of the previous page, to read the list in order.
                    #[param("LAST_ID", opt, plain(i64))]
                    #[table(TyInfo::Integer)]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub last_id: Option<i64>,
                    /// How many members to skip.
                    #[notes("Default: `0`.")]
                    #[param("OFFSET", opt, plain(i64))]
                    #[table(TyInfo::Integer, default("0"))]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub offset: Option<i64>,
                }
                pub static LIST_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "im",
                    summary: "Lists the members of a dialog with their details, page by page.",
                    who: "any user with access to the chat",
                    idempotent: true,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::List(&TyInfo::Struct(&crate::im::USER_TY)),
                    errors: &LIST_ERRORS,
                    paging: None,
                };
                impl List {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `dialog_id` (`DIALOG_ID`): The dialog: `chatXXX` for a chat, `sgXXX` for the chat of a workgroup, a user id for a private dialog.
                    #[inline]
                    pub fn new(dialog_id: impl Into<String>) -> Self {
                        Self {
                            dialog_id: dialog_id.into(),
                            skip_external: None,
                            skip_external_except_types: None,
                            limit: None,
                            last_id: None,
                            offset: None,
                            extra: serde_json::Map::new(),
                        }
                    }
                }
            }
            crate::macros::method_error! {
                #[errors(
                    LIST_ERRORS,
                    2,
                    "im.dialog.users.list",
                    "https://apidocs.bitrix24.com/api-reference/chats/chat-users/im-dialog-users-list.html"
                )]
                pub enum ListError {
                    /// `DIALOG_ID_EMPTY` (HTTP 400): `DIALOG_ID` is missing or malformed.
                    DialogIdEmpty = code(
                            "DIALOG_ID_EMPTY",
                            Some(400),
                            "Dialog ID can't be empty",
                            "`DIALOG_ID` is missing or malformed.",
                        )
                        .retry_safe(),
                    /// `ACCESS_ERROR` (HTTP 403): The caller may not see this dialog (message "You don't have access to this chat" for a chat).
                    AccessError = code(
                            "ACCESS_ERROR",
                            Some(403),
                            "You do not have access to the specified dialog",
                            "The caller may not see this dialog (message \"You don't have access to this chat\" for a chat).",
                        )
                        .retry_safe(),
                }
            }
        }
    }
    /// Types of `im::events`.
    pub mod events {
        crate::macros::object! {
            /// The `data` of `ONIMV2JOINCHAT`: someone new was added to a chat of the subscribed user.
            ///
            /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/im.v2/events/events.html#onimv2joinchat>
            #[object(JOIN_CHAT_TY)]
            #[derive(Default)]
            pub struct JoinChat {
                /// The dialog id of the chat, such as `chat5`.
                #[param("dialogId", opt, none)]
                #[table(TyInfo::String)]
                pub dialog_id: Option<String>,
                /// The chat, in the im.v2 shape.
                #[param("chat", opt, none)]
                #[table(TyInfo::Object)]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub chat: Option<serde_json::Map<String, serde_json::Value>>,
                /// Who was added, in the im.v2 shape.
                #[param("user", opt, none)]
                #[table(TyInfo::Object)]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub user: Option<serde_json::Map<String, serde_json::Value>>,
                /// The portal's language.
                #[param("language", opt, none)]
                #[table(TyInfo::String)]
                pub language: Option<String>,
            }
        }
        crate::macros::object! {
            /// The `data` of `ONIMV2MESSAGEADD`: someone posted a message in a chat the subscribed user is in.
            ///
            /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/im.v2/events/events.html#onimv2messageadd>
            #[object(MESSAGE_ADD_TY)]
            #[derive(Default)]
            pub struct MessageAdd {
                /// The new message, in the im.v2 shape (`imbot::Message` reads it).
                #[param("message", opt, none)]
                #[table(TyInfo::Object)]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub message: Option<serde_json::Map<String, serde_json::Value>>,
                /// The chat, in the im.v2 shape without the caller's `role` and `muteList`.
                #[param("chat", opt, none)]
                #[table(TyInfo::Object)]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub chat: Option<serde_json::Map<String, serde_json::Value>>,
                /// The author, in the im.v2 shape.
                #[param("user", opt, none)]
                #[table(TyInfo::Object)]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub user: Option<serde_json::Map<String, serde_json::Value>>,
                /// The portal's language, such as `en`.
                #[param("language", opt, none)]
                #[table(TyInfo::String)]
                pub language: Option<String>,
            }
        }
        crate::macros::object! {
            /// The `data` of `ONIMV2MESSAGEDELETE`: a message in one of the subscribed user's chats was deleted.
            ///
            /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/im.v2/events/events.html#onimv2messagedelete>
            #[object(MESSAGE_DELETE_TY)]
            #[derive(Default)]
            pub struct MessageDelete {
                /// Id of the message that is gone.
                #[param("messageId", opt, none)]
                #[table(TyInfo::Integer)]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub message_id: Option<i64>,
                /// The chat, in the im.v2 shape.
                #[param("chat", opt, none)]
                #[table(TyInfo::Object)]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub chat: Option<serde_json::Map<String, serde_json::Value>>,
                /// The author, in the im.v2 shape.
                #[param("user", opt, none)]
                #[table(TyInfo::Object)]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub user: Option<serde_json::Map<String, serde_json::Value>>,
                /// The portal's language.
                #[param("language", opt, none)]
                #[table(TyInfo::String)]
                pub language: Option<String>,
            }
        }
        crate::macros::object! {
            /// The `data` of `ONIMV2MESSAGEUPDATE`: a message in one of the subscribed user's chats was edited.
            ///
            /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/im.v2/events/events.html#onimv2messageupdate>
            #[object(MESSAGE_UPDATE_TY)]
            #[derive(Default)]
            pub struct MessageUpdate {
                /// The message with its new text, in the im.v2 shape.
                #[param("message", opt, none)]
                #[table(TyInfo::Object)]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub message: Option<serde_json::Map<String, serde_json::Value>>,
                /// The chat, in the im.v2 shape.
                #[param("chat", opt, none)]
                #[table(TyInfo::Object)]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub chat: Option<serde_json::Map<String, serde_json::Value>>,
                /// The author, in the im.v2 shape.
                #[param("user", opt, none)]
                #[table(TyInfo::Object)]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub user: Option<serde_json::Map<String, serde_json::Value>>,
                /// The portal's language.
                #[param("language", opt, none)]
                #[table(TyInfo::String)]
                pub language: Option<String>,
            }
        }
        crate::macros::object! {
            /// The `data` of `ONIMV2REACTIONCHANGE`: someone put a reaction on a message in one of the user's chats, or took it back.
            ///
            /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/im.v2/events/events.html#onimv2reactionchange>
            #[object(REACTION_CHANGE_TY)]
            #[derive(Default)]
            pub struct ReactionChange {
                /// The reaction's code, such as `like`.
                #[param("reaction", opt, none)]
                #[table(TyInfo::String)]
                pub reaction: Option<String>,
                /// `add` when the reaction was put, `delete` when it was taken back.
                #[param("action", opt, none)]
                #[table(TyInfo::String)]
                pub action: Option<String>,
                /// The message, in the im.v2 shape.
                #[param("message", opt, none)]
                #[table(TyInfo::Object)]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub message: Option<serde_json::Map<String, serde_json::Value>>,
                /// The chat, in the im.v2 shape.
                #[param("chat", opt, none)]
                #[table(TyInfo::Object)]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub chat: Option<serde_json::Map<String, serde_json::Value>>,
                /// Who changed the reaction, in the im.v2 shape.
                #[param("user", opt, none)]
                #[table(TyInfo::Object)]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub user: Option<serde_json::Map<String, serde_json::Value>>,
                /// The portal's language.
                #[param("language", opt, none)]
                #[table(TyInfo::String)]
                pub language: Option<String>,
            }
        }
    }
    /// The `im.message.*` methods.
    pub mod message {
        crate::macros::request! {
            /// Posts a message to a chat or a private dialog.
            ///
            /// Wire name `im.message.add`, scope `im`. Who may call it: a user who may post in the chat. Not idempotent: a call whose outcome is unknown must not be resent blindly. Auth: webhook, OAuth.
            #[method(
                "im.message.add",
                "https://apidocs.bitrix24.com/api-reference/chats/messages/im-message-add.html",
                i64,
                AddError
            )]
            pub struct Add {
                /// The dialog: `chatXXX` for a chat, `sgXXX` for the chat of a workgroup, a user id for a private dialog.
                #[param("DIALOG_ID", req, none)]
                #[table(TyInfo::String, required())]
                pub dialog_id: String,
                /// The text; formatting codes are supported.
                #[notes("Required unless `ATTACH` is given.")]
                #[param("MESSAGE", opt, into(String))]
                #[table(TyInfo::String)]
                pub message: Option<String>,
                /// Attachment blocks (images, links, files), as an object or as JSON text.
                #[param("ATTACH", opt, plain(serde_json::Value))]
                #[table(TyInfo::Union(&[TyInfo::Object, TyInfo::String]))]
                pub attach: Option<serde_json::Value>,
                /// Buttons under the message (`Keyboard`), or the same as JSON text.
                #[param("KEYBOARD", opt, plain(serde_json::Value))]
                #[table(TyInfo::Union(&[TyInfo::Struct(&crate::KEYBOARD_TY), TyInfo::String]))]
                pub keyboard: Option<serde_json::Value>,
                /// Extra items of the message's context menu, as an object or JSON text.
                #[param("MENU", opt, plain(serde_json::Value))]
                #[table(TyInfo::Union(&[TyInfo::Object, TyInfo::String]))]
                pub menu: Option<serde_json::Value>,
                /// `Y` posts a system message.
                #[notes("Default: `N`.")]
                #[param("SYSTEM", opt, plain(crate::YesNo))]
                #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])), default("N"))]
                pub system: Option<crate::YesNo>,
                /// `Y` turns links into rich previews.
                #[notes("Default: `Y`.")]
                #[param("URL_PREVIEW", opt, plain(crate::YesNo))]
                #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])), default("Y"))]
                pub url_preview: Option<crate::YesNo>,
                /// Id of a message of the same chat this one replies to.
                #[param("REPLY_ID", opt, plain(i64))]
                #[table(TyInfo::Integer)]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub reply_id: Option<i64>,
            }
            pub static ADD_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "im",
                summary: "Posts a message to a chat or a private dialog.",
                who: "a user who may post in the chat",
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
                /// - `dialog_id` (`DIALOG_ID`): The dialog: `chatXXX` for a chat, `sgXXX` for the chat of a workgroup, a user id for a private dialog.
                #[inline]
                pub fn new(dialog_id: impl Into<String>) -> Self {
                    Self {
                        dialog_id: dialog_id.into(),
                        message: None,
                        attach: None,
                        keyboard: None,
                        menu: None,
                        system: None,
                        url_preview: None,
                        reply_id: None,
                        extra: serde_json::Map::new(),
                    }
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                ADD_ERRORS,
                12,
                "im.message.add",
                "https://apidocs.bitrix24.com/api-reference/chats/messages/im-message-add.html"
            )]
            pub enum AddError {
                /// `MESSAGE_EMPTY` (HTTP 400): Neither `MESSAGE` nor `ATTACH` was given.
                MessageEmpty = code(
                        "MESSAGE_EMPTY",
                        Some(400),
                        "Message can't be empty",
                        "Neither `MESSAGE` nor `ATTACH` was given.",
                    )
                    .retry_safe(),
                /// `USER_ID_EMPTY` (HTTP 400): `DIALOG_ID` names no valid user.
                UserIdEmpty = code(
                        "USER_ID_EMPTY",
                        Some(400),
                        "User ID can't be empty",
                        "`DIALOG_ID` names no valid user.",
                    )
                    .retry_safe(),
                /// `USER_NOT_FOUND` (HTTP 400): No user has the id in `DIALOG_ID`.
                UserNotFound = code(
                        "USER_NOT_FOUND",
                        Some(400),
                        "User not found",
                        "No user has the id in `DIALOG_ID`.",
                    )
                    .retry_safe(),
                /// `CHAT_ID` (HTTP 400): The message was not created; check that the chat exists.
                ChatId = code(
                    "CHAT_ID",
                    Some(400),
                    "Error creating message",
                    "The message was not created; check that the chat exists.",
                ),
                /// `ACCESS_ERROR` (HTTP 400): The caller may not post in this chat.
                AccessError = code(
                        "ACCESS_ERROR",
                        Some(400),
                        "Action unavailable",
                        "The caller may not post in this chat.",
                    )
                    .retry_safe(),
                /// `PARAMS_ERROR` (HTTP 400): The params do not fit together.
                ParamsError = code(
                        "PARAMS_ERROR",
                        Some(400),
                        "Incorrect params",
                        "The params do not fit together.",
                    )
                    .retry_safe(),
                /// `ATTACH_ERROR` (HTTP 400): `ATTACH` is not valid.
                AttachError = code(
                        "ATTACH_ERROR",
                        Some(400),
                        "Incorrect attach params",
                        "`ATTACH` is not valid.",
                    )
                    .retry_safe(),
                /// `ATTACH_OVERSIZE` (HTTP 400): `ATTACH` is too large.
                AttachOversize = code(
                        "ATTACH_OVERSIZE",
                        Some(400),
                        "You have exceeded the maximum allowable size of attach",
                        "`ATTACH` is too large.",
                    )
                    .retry_safe(),
                /// `KEYBOARD_ERROR` (HTTP 400): `KEYBOARD` is not valid.
                KeyboardError = code(
                        "KEYBOARD_ERROR",
                        Some(400),
                        "Incorrect keyboard params",
                        "`KEYBOARD` is not valid.",
                    )
                    .retry_safe(),
                /// `MENU_ERROR` (HTTP 400): `MENU` is not valid.
                MenuError = code(
                        "MENU_ERROR",
                        Some(400),
                        "Incorrect menu params",
                        "`MENU` is not valid.",
                    )
                    .retry_safe(),
                /// `REPLY_ACCESS_ERROR` (HTTP 400): The caller may not see the message in `REPLY_ID`.
                ReplyAccessError = code(
                        "REPLY_ACCESS_ERROR",
                        Some(400),
                        "Action unavailable",
                        "The caller may not see the message in `REPLY_ID`.",
                    )
                    .retry_safe(),
                /// `REPLY_FROM_OTHER_CHAT_ERROR` (HTTP 400): The message in `REPLY_ID` is in another chat.
                ReplyFromOtherChatError = code(
                        "REPLY_FROM_OTHER_CHAT_ERROR",
                        Some(400),
                        "You can only reply to a message within the same chat",
                        "The message in `REPLY_ID` is in another chat.",
                    )
                    .retry_safe(),
            }
        }
        crate::macros::request! {
            /// Runs a chat bot's command on a message.
            ///
            /// Wire name `im.message.command`, scope `im`. Who may call it: a member of the chat. Not idempotent: a call whose outcome is unknown must not be resent blindly. Auth: webhook, OAuth.
            #[method(
                "im.message.command",
                "https://apidocs.bitrix24.com/api-reference/chats/messages/im-message-command.html",
                bool,
                CommandError
            )]
            pub struct Command {
                /// Id of the message the command runs on.
                #[param("MESSAGE_ID", req, none)]
                #[table(TyInfo::Integer, required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub message_id: i64,
                /// Id of the bot.
                #[param("BOT_ID", req, none)]
                #[table(TyInfo::Integer, required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub bot_id: i64,
                /// The command, as the bot registered it.
                #[param("COMMAND", req, none)]
                #[table(TyInfo::String, required())]
                pub command: String,
                /// The command's parameters.
                #[param("COMMAND_PARAMS", opt, into(String))]
                #[table(TyInfo::String)]
                pub command_params: Option<String>,
            }
            pub static COMMAND_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "im",
                summary: "Runs a chat bot's command on a message.",
                who: "a member of the chat",
                idempotent: false,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Boolean,
                errors: &COMMAND_ERRORS,
                paging: None,
            };
            impl Command {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `message_id` (`MESSAGE_ID`): Id of the message the command runs on.
                /// - `bot_id` (`BOT_ID`): Id of the bot.
                /// - `command` (`COMMAND`): The command, as the bot registered it.
                #[inline]
                pub fn new(message_id: i64, bot_id: i64, command: impl Into<String>) -> Self {
                    Self {
                        message_id,
                        bot_id,
                        command: command.into(),
                        command_params: None,
                        extra: serde_json::Map::new(),
                    }
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                COMMAND_ERRORS,
                4,
                "im.message.command",
                "https://apidocs.bitrix24.com/api-reference/chats/messages/im-message-command.html"
            )]
            pub enum CommandError {
                /// `MESSAGE_ID_ERROR` (HTTP 400): `MESSAGE_ID` is missing or not a valid id.
                MessageIdError = code(
                        "MESSAGE_ID_ERROR",
                        Some(400),
                        "Message ID can't be empty",
                        "`MESSAGE_ID` is missing or not a valid id.",
                    )
                    .retry_safe(),
                /// `BOT_ID_ERROR` (HTTP 400): `BOT_ID` is missing or not valid.
                BotIdError = code(
                        "BOT_ID_ERROR",
                        Some(400),
                        "Bot ID can't be empty",
                        "`BOT_ID` is missing or not valid.",
                    )
                    .retry_safe(),
                /// `COMMAND_ERROR` (HTTP 400): `COMMAND` was not given.
                CommandError = code(
                        "COMMAND_ERROR",
                        Some(400),
                        "Command can't be empty",
                        "`COMMAND` was not given.",
                    )
                    .retry_safe(),
                /// `PARAMS_ERROR` (HTTP 400): The command's params are not valid.
                ParamsError = code(
                        "PARAMS_ERROR",
                        Some(400),
                        "Incorrect params",
                        "The command's params are not valid.",
                    )
                    .retry_safe(),
            }
        }
        crate::macros::request! {
            /// Deletes a message.
            ///
            /// Wire name `im.message.delete`, scope `im`. Who may call it: the author of the message, or an administrator of a group chat. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            #[method(
                "im.message.delete",
                "https://apidocs.bitrix24.com/api-reference/chats/messages/im-message-delete.html",
                bool,
                DeleteError
            )]
            pub struct Delete {
                /// Id of the message.
                #[param("MESSAGE_ID", req, none)]
                #[table(TyInfo::Integer, required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub message_id: i64,
            }
            pub static DELETE_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "im",
                summary: "Deletes a message.",
                who: "the author of the message, or an administrator of a group chat",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Boolean,
                errors: &DELETE_ERRORS,
                paging: None,
            };
            impl Delete {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `message_id` (`MESSAGE_ID`): Id of the message.
                #[inline]
                pub fn new(message_id: i64) -> Self {
                    Self {
                        message_id,
                        extra: serde_json::Map::new(),
                    }
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                DELETE_ERRORS,
                2,
                "im.message.delete",
                "https://apidocs.bitrix24.com/api-reference/chats/messages/im-message-delete.html"
            )]
            pub enum DeleteError {
                /// `MESSAGE_ID_ERROR` (HTTP 400): `MESSAGE_ID` is missing or not a valid id.
                MessageIdError = code(
                        "MESSAGE_ID_ERROR",
                        Some(400),
                        "Message ID can't be empty",
                        "`MESSAGE_ID` is missing or not a valid id.",
                    )
                    .retry_safe(),
                /// `CANT_EDIT_MESSAGE` (HTTP 403): The caller may not delete this message, or the time to change it is over.
                CantEditMessage = code(
                        "CANT_EDIT_MESSAGE",
                        Some(403),
                        "Time has expired for modification or you don't have access",
                        "The caller may not delete this message, or the time to change it is over.",
                    )
                    .retry_safe(),
            }
        }
        crate::macros::request! {
            /// Puts or takes off a "like" on a message.
            ///
            /// With `ACTION` left at `auto`, a second call undoes the first; `plus` and
            /// `minus` may be repeated safely.
            ///
            /// Wire name `im.message.like`, scope `im`. Who may call it: a member of the chat. Not idempotent: a call whose outcome is unknown must not be resent blindly. Auth: webhook, OAuth.
            #[method(
                "im.message.like",
                "https://apidocs.bitrix24.com/api-reference/chats/messages/im-message-like.html",
                bool,
                LikeError
            )]
            pub struct Like {
                /// Id of the message.
                #[param("MESSAGE_ID", req, none)]
                #[table(TyInfo::Integer, required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub message_id: i64,
                /// What to do; `auto` switches the current state.
                #[notes("Default: `auto`.")]
                #[param("ACTION", opt, plain(crate::im::LikeAction))]
                #[table(
                    TyInfo::Enum(&EnumTy::new("LikeAction", &["auto", "plus", "minus"])),
                    default("auto")
                )]
                pub action: Option<crate::im::LikeAction>,
            }
            pub static LIKE_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "im",
                summary: "Puts or takes off a \"like\" on a message.",
                who: "a member of the chat",
                idempotent: false,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Boolean,
                errors: &LIKE_ERRORS,
                paging: None,
            };
            impl Like {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `message_id` (`MESSAGE_ID`): Id of the message.
                #[inline]
                pub fn new(message_id: i64) -> Self {
                    Self {
                        message_id,
                        action: None,
                        extra: serde_json::Map::new(),
                    }
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                LIKE_ERRORS,
                2,
                "im.message.like",
                "https://apidocs.bitrix24.com/api-reference/chats/messages/im-message-like.html"
            )]
            pub enum LikeError {
                /// `MESSAGE_ID_ERROR` (HTTP 400): `MESSAGE_ID` is missing or not a valid id.
                MessageIdError = code(
                        "MESSAGE_ID_ERROR",
                        Some(400),
                        "Message ID can't be empty",
                        "`MESSAGE_ID` is missing or not a valid id.",
                    )
                    .retry_safe(),
                /// `WITHOUT_CHANGES` (HTTP 400): The like was already in the state asked for.
                WithoutChanges = code(
                        "WITHOUT_CHANGES",
                        Some(400),
                        "Action completed without changes",
                        "The like was already in the state asked for.",
                    )
                    .retry_safe(),
            }
        }
        crate::macros::request! {
            /// Makes a chat, a task, a feed post or a calendar event out of a message.
            ///
            /// Wire name `im.message.share`, scope `im`. Who may call it: a member of the chat. Not idempotent: a call whose outcome is unknown must not be resent blindly. Auth: webhook, OAuth.
            #[method(
                "im.message.share",
                "https://apidocs.bitrix24.com/api-reference/chats/messages/im-message-share.html",
                bool,
                ShareError
            )]
            pub struct Share {
                /// Id of the message.
                #[param("MESSAGE_ID", req, none)]
                #[table(TyInfo::Integer, required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub message_id: i64,
                /// The dialog: `chatXXX` for a chat, `sgXXX` for the chat of a workgroup, a user id for a private dialog.
                #[param("DIALOG_ID", req, none)]
                #[table(TyInfo::String, required())]
                pub dialog_id: String,
                /// What to make.
                #[param("TYPE", req, none)]
                #[table(
                    TyInfo::Enum(&EnumTy::new("ShareKind", &["CHAT", "TASK", "POST", "CALEND"])),
                    required()
                )]
                pub kind: crate::im::ShareKind,
            }
            pub static SHARE_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "im",
                summary: "Makes a chat, a task, a feed post or a calendar event out of a message.",
                who: "a member of the chat",
                idempotent: false,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Boolean,
                errors: &SHARE_ERRORS,
                paging: None,
            };
            impl Share {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `message_id` (`MESSAGE_ID`): Id of the message.
                /// - `dialog_id` (`DIALOG_ID`): The dialog: `chatXXX` for a chat, `sgXXX` for the chat of a workgroup, a user id for a private dialog.
                /// - `kind` (`TYPE`): What to make.
                #[inline]
                pub fn new(
                    message_id: i64,
                    dialog_id: impl Into<String>,
                    kind: crate::im::ShareKind,
                ) -> Self {
                    Self {
                        message_id,
                        dialog_id: dialog_id.into(),
                        kind,
                        extra: serde_json::Map::new(),
                    }
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                SHARE_ERRORS,
                4,
                "im.message.share",
                "https://apidocs.bitrix24.com/api-reference/chats/messages/im-message-share.html"
            )]
            pub enum ShareError {
                /// `MESSAGE_ID_ERROR` (HTTP 400): `MESSAGE_ID` is missing or not a valid id.
                MessageIdError = code(
                        "MESSAGE_ID_ERROR",
                        Some(400),
                        "Message ID can't be empty",
                        "`MESSAGE_ID` is missing or not a valid id.",
                    )
                    .retry_safe(),
                /// `DIALOG_ID_EMPTY` (HTTP 400): `DIALOG_ID` is missing or malformed.
                DialogIdEmpty = code(
                        "DIALOG_ID_EMPTY",
                        Some(400),
                        "Dialog ID can't be empty",
                        "`DIALOG_ID` is missing or malformed.",
                    )
                    .retry_safe(),
                /// `ACCESS_ERROR` (HTTP 403): The caller may not see the dialog.
                AccessError = code(
                        "ACCESS_ERROR",
                        Some(403),
                        "You do not have access to the specified dialog",
                        "The caller may not see the dialog.",
                    )
                    .retry_safe(),
                /// `PARAMS_ERROR` (HTTP 400): The params are not valid.
                ParamsError = code(
                        "PARAMS_ERROR",
                        Some(400),
                        "Incorrect params",
                        "The params are not valid.",
                    )
                    .retry_safe(),
            }
        }
        crate::macros::request! {
            /// Changes the text or the parts of a message.
            ///
            /// Wire name `im.message.update`, scope `im`. Who may call it: the author of the message. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            #[method(
                "im.message.update",
                "https://apidocs.bitrix24.com/api-reference/chats/messages/im-message-update.html",
                bool,
                UpdateError
            )]
            pub struct Update {
                /// Id of the message.
                #[param("MESSAGE_ID", req, none)]
                #[table(TyInfo::Integer, required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub message_id: i64,
                /// The new text; empty text deletes the message. Left out, the text stays.
                #[param("MESSAGE", opt, into(String))]
                #[table(TyInfo::String)]
                pub message: Option<String>,
                /// New attachment blocks; `N` or empty text removes them.
                #[param("ATTACH", opt, plain(serde_json::Value))]
                #[table(TyInfo::Union(&[TyInfo::Object, TyInfo::String]))]
                pub attach: Option<serde_json::Value>,
                /// New buttons; `N` or empty text removes them.
                #[param("KEYBOARD", opt, plain(serde_json::Value))]
                #[table(TyInfo::Union(&[TyInfo::Struct(&crate::KEYBOARD_TY), TyInfo::String]))]
                pub keyboard: Option<serde_json::Value>,
                /// New context-menu items; `N` or empty text removes them.
                #[param("MENU", opt, plain(serde_json::Value))]
                #[table(TyInfo::Union(&[TyInfo::Object, TyInfo::String]))]
                pub menu: Option<serde_json::Value>,
                /// `Y` turns links into rich previews.
                #[param("URL_PREVIEW", opt, plain(crate::YesNo))]
                #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
                pub url_preview: Option<crate::YesNo>,
                /// `Y` marks the message as edited when `ATTACH` changes; a change of text may mark it anyway.
                #[notes("Default: `Y`.")]
                #[param("IS_EDITED", opt, plain(crate::YesNo))]
                #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])), default("Y"))]
                pub is_edited: Option<crate::YesNo>,
            }
            pub static UPDATE_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "im",
                summary: "Changes the text or the parts of a message.",
                who: "the author of the message",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Boolean,
                errors: &UPDATE_ERRORS,
                paging: None,
            };
            impl Update {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `message_id` (`MESSAGE_ID`): Id of the message.
                #[inline]
                pub fn new(message_id: i64) -> Self {
                    Self {
                        message_id,
                        message: None,
                        attach: None,
                        keyboard: None,
                        menu: None,
                        url_preview: None,
                        is_edited: None,
                        extra: serde_json::Map::new(),
                    }
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                UPDATE_ERRORS,
                8,
                "im.message.update",
                "https://apidocs.bitrix24.com/api-reference/chats/messages/im-message-update.html"
            )]
            pub enum UpdateError {
                /// `MESSAGE_ID_ERROR` (HTTP 400): `MESSAGE_ID` is missing or not a valid id.
                MessageIdError = code(
                        "MESSAGE_ID_ERROR",
                        Some(400),
                        "Message ID can't be empty",
                        "`MESSAGE_ID` is missing or not a valid id.",
                    )
                    .retry_safe(),
                /// `CANT_EDIT_MESSAGE` (HTTP 403): The caller may not change this message, or the time to change it is over.
                CantEditMessage = code(
                        "CANT_EDIT_MESSAGE",
                        Some(403),
                        "Time has expired for modification or you don't have access",
                        "The caller may not change this message, or the time to change it is over.",
                    )
                    .retry_safe(),
                /// `ATTACH_ERROR` (HTTP 400): `ATTACH` is not valid.
                AttachError = code(
                        "ATTACH_ERROR",
                        Some(400),
                        "Incorrect attach params",
                        "`ATTACH` is not valid.",
                    )
                    .retry_safe(),
                /// `ATTACH_OVERSIZE` (HTTP 400): `ATTACH` is too large.
                AttachOversize = code(
                        "ATTACH_OVERSIZE",
                        Some(400),
                        "You have exceeded the maximum allowable size of attach",
                        "`ATTACH` is too large.",
                    )
                    .retry_safe(),
                /// `KEYBOARD_ERROR` (HTTP 400): `KEYBOARD` is not valid.
                KeyboardError = code(
                        "KEYBOARD_ERROR",
                        Some(400),
                        "Incorrect keyboard params",
                        "`KEYBOARD` is not valid.",
                    )
                    .retry_safe(),
                /// `KEYBOARD_OVERSIZE` (HTTP 400): `KEYBOARD` is too large.
                KeyboardOversize = code(
                        "KEYBOARD_OVERSIZE",
                        Some(400),
                        "You have exceeded the maximum allowable size of keyboard",
                        "`KEYBOARD` is too large.",
                    )
                    .retry_safe(),
                /// `menu_ERROR` (HTTP 400): `MENU` is not valid (the code is spelled in lower case, as documented).
                MenuError = code(
                        "menu_ERROR",
                        Some(400),
                        "Incorrect menu params",
                        "`MENU` is not valid (the code is spelled in lower case, as documented).",
                    )
                    .retry_safe(),
                /// `MENU_OVERSIZE` (HTTP 400): `MENU` is too large.
                MenuOversize = code(
                        "MENU_OVERSIZE",
                        Some(400),
                        "You have exceeded the maximum allowable size of menu",
                        "`MENU` is too large.",
                    )
                    .retry_safe(),
            }
        }
    }
    /// The `im.notify.*` methods.
    pub mod notify {
        crate::macros::request! {
            /// Sends a quick text answer to a notification that takes one.
            ///
            /// Wire name `im.notify.answer`, scope `im`. Who may call it: any user. Not idempotent: a call whose outcome is unknown must not be resent blindly. Auth: webhook, OAuth.
            #[method(
                "im.notify.answer",
                "https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-answer.html",
                AnswerResult,
                AnswerError
            )]
            pub struct Answer {
                /// Id of the notification.
                #[param("NOTIFY_ID", req, none)]
                #[table(TyInfo::Integer, required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub notify_id: i64,
                /// The answer.
                #[param("ANSWER_TEXT", req, none)]
                #[table(TyInfo::String, required())]
                pub answer_text: String,
            }
            pub static ANSWER_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "im",
                summary: "Sends a quick text answer to a notification that takes one.",
                who: "any user",
                idempotent: false,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Struct(&crate::im::notify::ANSWER_RESULT_TY),
                errors: &ANSWER_ERRORS,
                paging: None,
            };
            impl Answer {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `notify_id` (`NOTIFY_ID`): Id of the notification.
                /// - `answer_text` (`ANSWER_TEXT`): The answer.
                #[inline]
                pub fn new(notify_id: i64, answer_text: impl Into<String>) -> Self {
                    Self {
                        notify_id,
                        answer_text: answer_text.into(),
                        extra: serde_json::Map::new(),
                    }
                }
            }
        }
        crate::macros::object! {
            /// What `im.notify.answer` returns: What the notification's handler said.
            ///
            /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-answer.html>
            #[object(ANSWER_RESULT_TY)]
            #[derive(Default)]
            pub struct AnswerResult {
                /// The handler's reply as lines of text, or `false`.
                #[param("result_message", opt, none)]
                #[table(TyInfo::OrFalse(&TyInfo::List(&TyInfo::String)))]
                pub result_message: Option<crate::OrFalse<Vec<String>>>,
            }
        }
        crate::macros::method_error! {
            #[errors(
                ANSWER_ERRORS,
                2,
                "im.notify.answer",
                "https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-answer.html"
            )]
            pub enum AnswerError {
                /// `ID_ERROR` (HTTP 400): `NOTIFY_ID` is missing or not positive.
                IdError = code(
                        "ID_ERROR",
                        Some(400),
                        "Notification ID can't be empty",
                        "`NOTIFY_ID` is missing or not positive.",
                    )
                    .retry_safe(),
                /// `ANSWER_TEXT_ERROR` (HTTP 400): `ANSWER_TEXT` is empty.
                AnswerTextError = code(
                        "ANSWER_TEXT_ERROR",
                        Some(400),
                        "ANSWER_TEXT can't be empty",
                        "`ANSWER_TEXT` is empty.",
                    )
                    .retry_safe(),
            }
        }
        crate::macros::request! {
            /// Presses a button of a notification that asks for a choice.
            ///
            /// Wire name `im.notify.confirm`, scope `im`. Who may call it: any user. Not idempotent: a call whose outcome is unknown must not be resent blindly. Auth: webhook, OAuth.
            #[method(
                "im.notify.confirm",
                "https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-confirm.html",
                ConfirmResult,
                ConfirmError
            )]
            pub struct Confirm {
                /// Id of the notification.
                #[param("NOTIFY_ID", req, none)]
                #[table(TyInfo::Integer, required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub notify_id: i64,
                /// The value of the button pressed (such as `Y` to accept, `N` to decline).
                #[param("NOTIFY_VALUE", req, none)]
                #[table(TyInfo::String, required())]
                pub notify_value: String,
            }
            pub static CONFIRM_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "im",
                summary: "Presses a button of a notification that asks for a choice.",
                who: "any user",
                idempotent: false,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Struct(&crate::im::notify::CONFIRM_RESULT_TY),
                errors: &CONFIRM_ERRORS,
                paging: None,
            };
            impl Confirm {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `notify_id` (`NOTIFY_ID`): Id of the notification.
                /// - `notify_value` (`NOTIFY_VALUE`): The value of the button pressed (such as `Y` to accept, `N` to decline).
                #[inline]
                pub fn new(notify_id: i64, notify_value: impl Into<String>) -> Self {
                    Self {
                        notify_id,
                        notify_value: notify_value.into(),
                        extra: serde_json::Map::new(),
                    }
                }
            }
        }
        crate::macros::object! {
            /// What `im.notify.confirm` returns: What the notification's handler said.
            ///
            /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-confirm.html>
            #[object(CONFIRM_RESULT_TY)]
            #[derive(Default)]
            pub struct ConfirmResult {
                /// The handler's reply as lines of text, or `false`.
                #[param("result_message", opt, none)]
                #[table(TyInfo::OrFalse(&TyInfo::List(&TyInfo::String)))]
                pub result_message: Option<crate::OrFalse<Vec<String>>>,
            }
        }
        crate::macros::method_error! {
            #[errors(
                CONFIRM_ERRORS,
                2,
                "im.notify.confirm",
                "https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-confirm.html"
            )]
            pub enum ConfirmError {
                /// `ID_ERROR` (HTTP 400): `NOTIFY_ID` is missing or not positive.
                IdError = code(
                        "ID_ERROR",
                        Some(400),
                        "Notification ID can't be empty",
                        "`NOTIFY_ID` is missing or not positive.",
                    )
                    .retry_safe(),
                /// `NOTIFY_VALUE_ERROR` (HTTP 400): `NOTIFY_VALUE` is empty.
                NotifyValueError = code(
                        "NOTIFY_VALUE_ERROR",
                        Some(400),
                        "Notification Value  can't be empty",
                        "`NOTIFY_VALUE` is empty.",
                    )
                    .retry_safe(),
            }
        }
        crate::macros::request! {
            /// Deletes a notification by id, or the notifications of the application with a tag.
            ///
            /// Wire name `im.notify.delete`, scope `im`. Who may call it: any user. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            #[method(
                "im.notify.delete",
                "https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-delete.html",
                bool,
                DeleteError
            )]
            #[derive(Default)]
            pub struct Delete {
                /// Id of the notification. Give one of `ID`, `TAG` and `SUB_TAG`.
                #[param("ID", opt, plain(i64))]
                #[table(TyInfo::Integer)]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub id: Option<i64>,
                /// Deletes the application's notifications with this tag.
                #[param("TAG", opt, into(String))]
                #[table(TyInfo::String)]
                pub tag: Option<String>,
                /// Deletes the application's notifications with this second tag.
                #[param("SUB_TAG", opt, into(String))]
                #[table(TyInfo::String)]
                pub sub_tag: Option<String>,
                /// Id of the application; needed with webhook auth.
                #[param("CLIENT_ID", opt, into(String))]
                #[table(TyInfo::String)]
                pub client_id: Option<String>,
            }
            pub static DELETE_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "im",
                summary: "Deletes a notification by id, or the notifications of the application with a tag.",
                who: "any user",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Boolean,
                errors: &DELETE_ERRORS,
                paging: None,
            };
            impl Delete {
                /// Starts with every parameter unset.
                #[inline]
                pub fn new() -> Self {
                    Self::default()
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                DELETE_ERRORS,
                2,
                "im.notify.delete",
                "https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-delete.html"
            )]
            pub enum DeleteError {
                /// `PARAMS_ERROR` (HTTP 400): None of `ID`, `TAG`, `SUB_TAG` was given, or session auth was used without `ID`.
                ParamsError = code(
                        "PARAMS_ERROR",
                        Some(400),
                        "Incorrect params",
                        "None of `ID`, `TAG`, `SUB_TAG` was given, or session auth was used without `ID`.",
                    )
                    .retry_safe(),
                /// `ACCESS_DENIED` (HTTP 403): The portal cannot tell which application calls: no client id in the auth and no `CLIENT_ID`.
                ///
                /// The same code is also a system error; for this method it means the above.
                AccessDenied = code(
                        "ACCESS_DENIED",
                        Some(403),
                        "Access denied! Client ID not specified",
                        "The portal cannot tell which application calls: no client id in the auth and no `CLIENT_ID`.",
                    )
                    .retry_safe(),
            }
        }
        crate::macros::request! {
            /// Reads the caller's notifications, newest first, page by page.
            ///
            /// A user without a system chat of notifications (or with an empty one) gets
            /// `notifications` and `users` alone.
            ///
            /// Wire name `im.notify.get`, scope `im`. Who may call it: any user. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            #[method(
                "im.notify.get",
                "https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-get.html",
                GetResult,
                GetError
            )]
            #[derive(Default)]
            pub struct Get {
                /// Id of the last notification of the previous page; give it with `LAST_TYPE`.
                #[param("LAST_ID", opt, plain(i64))]
                #[table(TyInfo::Integer)]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub last_id: Option<i64>,
                /// Where the previous page stopped: `1` among notifications awaiting a choice, `3` among the others. Give it with `LAST_ID`.
                #[param("LAST_TYPE", opt, plain(i64))]
                #[table(TyInfo::Integer)]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub last_type: Option<i64>,
                /// How many notifications per page, at most 50.
                #[notes("Default: `50`.")]
                #[param("LIMIT", opt, plain(i64))]
                #[table(TyInfo::Integer, default("50"))]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub limit: Option<i64>,
                /// `Y` converts the texts for display.
                #[param("CONVERT_TEXT", opt, plain(crate::YesNo))]
                #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
                pub convert_text: Option<crate::YesNo>,
            }
            pub static GET_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "im",
                summary: "Reads the caller's notifications, newest first, page by page.",
                who: "any user",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Struct(&crate::im::notify::GET_RESULT_TY),
                errors: &GET_ERRORS,
                paging: None,
            };
            impl Get {
                /// Starts with every parameter unset.
                #[inline]
                pub fn new() -> Self {
                    Self::default()
                }
            }
        }
        crate::macros::object! {
            /// What `im.notify.get` returns: A page of notifications.
            ///
            /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-get.html>
            #[object(GET_RESULT_TY)]
            pub struct GetResult {
                /// How many notifications there are.
                #[param("total_count", opt, none)]
                #[table(TyInfo::Integer)]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub total_count: Option<i64>,
                /// How many are unread.
                #[param("total_unread_count", opt, none)]
                #[table(TyInfo::Integer)]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub total_unread_count: Option<i64>,
                /// Id of the system chat of notifications.
                #[param("chat_id", opt, none)]
                #[table(TyInfo::Integer)]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub chat_id: Option<i64>,
                /// The notifications: those awaiting a choice first, then the others.
                #[param("notifications", req, none)]
                #[table(TyInfo::List(&TyInfo::Struct(&crate::im::NOTIFICATION_TY)), required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub notifications: Vec<crate::im::Notification>,
                /// Their authors.
                #[param("users", opt, none)]
                #[table(TyInfo::List(&TyInfo::Struct(&crate::im::USER_TY)))]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub users: Option<Vec<crate::im::User>>,
            }
        }
        crate::macros::method_error! {
            #[errors(
                GET_ERRORS,
                2,
                "im.notify.get",
                "https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-get.html"
            )]
            pub enum GetError {
                /// `LAST_ID_AND_LAST_TYPE` (HTTP 400): Only one of `LAST_ID` and `LAST_TYPE` was given.
                LastIdAndLastType = code(
                        "LAST_ID_AND_LAST_TYPE",
                        Some(400),
                        "Parameters LAST_ID and LAST_TYPE should be used together",
                        "Only one of `LAST_ID` and `LAST_TYPE` was given.",
                    )
                    .retry_safe(),
                /// `LAST_ID_STRING` (HTTP 400): `LAST_ID` is not a number.
                LastIdString = code(
                        "LAST_ID_STRING",
                        Some(400),
                        "Last notification ID can't be string",
                        "`LAST_ID` is not a number.",
                    )
                    .retry_safe(),
            }
        }
        crate::macros::request! {
            /// Marks a notification, or every notification from it on, read or unread.
            ///
            /// Wire name `im.notify.read`, scope `im`. Who may call it: any user. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            #[method(
                "im.notify.read",
                "https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-read.html",
                bool,
                ReadError
            )]
            #[derive(Default)]
            pub struct Read {
                /// Id of the notification; without it nothing changes.
                #[param("ID", opt, plain(i64))]
                #[table(TyInfo::Integer)]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub id: Option<i64>,
                /// `Y` marks read, `N` unread.
                #[notes("Default: `Y`.")]
                #[param("ACTION", opt, plain(crate::YesNo))]
                #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])), default("Y"))]
                pub action: Option<crate::YesNo>,
                /// `Y` changes only this notification; otherwise every one from it on.
                #[param("ONLY_CURRENT", opt, plain(crate::YesNo))]
                #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
                pub only_current: Option<crate::YesNo>,
            }
            pub static READ_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "im",
                summary: "Marks a notification, or every notification from it on, read or unread.",
                who: "any user",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Boolean,
                errors: &READ_ERRORS,
                paging: None,
            };
            impl Read {
                /// Starts with every parameter unset.
                #[inline]
                pub fn new() -> Self {
                    Self::default()
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                READ_ERRORS,
                0,
                "im.notify.read",
                "https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-read.html"
            )]
            pub enum ReadError {}
        }
        /// The `im.notify.history.*` methods.
        pub mod history {
            crate::macros::request! {
                /// Searches the caller's past notifications.
                ///
                /// Wire name `im.notify.history.search`, scope `im`. Who may call it: any user. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                #[method(
                    "im.notify.history.search",
                    "https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-history-search.html",
                    SearchResult,
                    SearchError
                )]
                #[derive(Default)]
                pub struct Search {
                    /// Text to find; at least 3 characters unless another filter is given.
                    #[param("SEARCH_TEXT", opt, into(String))]
                    #[table(TyInfo::String)]
                    pub search_text: Option<String>,
                    /// Only notifications of this kind, as `MODULE` or `MODULE|EVENT` (see `im.notify.schema.get`).
                    #[param("SEARCH_TYPE", opt, into(String))]
                    #[table(TyInfo::String)]
                    pub search_type: Option<String>,
                    /// Only notifications of these kinds, each as `MODULE` or `MODULE|EVENT`.
                    #[param("SEARCH_TYPES", opt, strings)]
                    #[table(TyInfo::List(&TyInfo::String))]
                    pub search_types: Option<Vec<String>>,
                    /// Only notifications of this date (ISO 8601).
                    #[param("SEARCH_DATE", opt, into(String))]
                    #[table(TyInfo::String)]
                    pub search_date: Option<String>,
                    /// Start of a date range (ISO 8601); give it with `SEARCH_DATE_TO`.
                    #[param("SEARCH_DATE_FROM", opt, into(String))]
                    #[table(TyInfo::String)]
                    pub search_date_from: Option<String>,
                    /// End of a date range (ISO 8601); give it with `SEARCH_DATE_FROM`.
                    #[param("SEARCH_DATE_TO", opt, into(String))]
                    #[table(TyInfo::String)]
                    pub search_date_to: Option<String>,
                    /// Only notifications from these users.
                    #[param("SEARCH_AUTHORS", opt, iter(i64))]
                    #[table(TyInfo::List(&TyInfo::Integer))]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub search_authors: Option<Vec<i64>>,
                    /// Id of the last notification of the previous page.
                    #[param("LAST_ID", opt, plain(i64))]
                    #[table(TyInfo::Integer)]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub last_id: Option<i64>,
                    /// How many notifications per page, at most 50.
                    #[notes("Default: `50`.")]
                    #[param("LIMIT", opt, plain(i64))]
                    #[table(TyInfo::Integer, default("50"))]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub limit: Option<i64>,
                    /// `Y` converts the texts for display.
                    #[param("CONVERT_TEXT", opt, plain(crate::YesNo))]
                    #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
                    pub convert_text: Option<crate::YesNo>,
                    /// Only notifications with this group tag.
                    #[param("GROUP_TAG", opt, into(String))]
                    #[table(TyInfo::String)]
                    pub group_tag: Option<String>,
                }
                pub static SEARCH_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "im",
                    summary: "Searches the caller's past notifications.",
                    who: "any user",
                    idempotent: true,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::Struct(&crate::im::notify::history::SEARCH_RESULT_TY),
                    errors: &SEARCH_ERRORS,
                    paging: None,
                };
                impl Search {
                    /// Starts with every parameter unset.
                    #[inline]
                    pub fn new() -> Self {
                        Self::default()
                    }
                }
            }
            crate::macros::object! {
                /// What `im.notify.history.search` returns: A page of the notifications found.
                ///
                /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-history-search.html>
                #[object(SEARCH_RESULT_TY)]
                pub struct SearchResult {
                    /// Id of the system chat of notifications.
                    #[param("chat_id", opt, none)]
                    #[table(TyInfo::Integer)]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub chat_id: Option<i64>,
                    /// How many notifications match; on the first page only.
                    #[param("total_results", opt, none)]
                    #[table(TyInfo::Integer)]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub total_results: Option<i64>,
                    /// The notifications found.
                    #[param("notifications", req, none)]
                    #[table(TyInfo::List(&TyInfo::Struct(&crate::im::NOTIFICATION_TY)), required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub notifications: Vec<crate::im::Notification>,
                    /// Their authors.
                    #[param("users", opt, none)]
                    #[table(TyInfo::List(&TyInfo::Struct(&crate::im::USER_TY)))]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub users: Option<Vec<crate::im::User>>,
                }
            }
            crate::macros::method_error! {
                #[errors(
                    SEARCH_ERRORS,
                    2,
                    "im.notify.history.search",
                    "https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-history-search.html"
                )]
                pub enum SearchError {
                    /// `SEARCH_TEXT_ERROR` (HTTP 400): `SEARCH_TEXT` is shorter than 3 characters and no other filter was given.
                    SearchTextError = code(
                            "SEARCH_TEXT_ERROR",
                            Some(400),
                            "SEARCH_TEXT can't be less then 3 symbols",
                            "`SEARCH_TEXT` is shorter than 3 characters and no other filter was given.",
                        )
                        .retry_safe(),
                    /// `LAST_ID_STRING` (HTTP 400): `LAST_ID` is not a number.
                    LastIdString = code(
                            "LAST_ID_STRING",
                            Some(400),
                            "Last notification ID can't be string",
                            "`LAST_ID` is not a number.",
                        )
                        .retry_safe(),
                }
            }
        }
        /// The `im.notify.personal.*` methods.
        pub mod personal {
            crate::macros::request! {
                /// Sends a personal notification from the caller to a user.
                ///
                /// Session auth is refused; call it through a webhook or with an application
                /// token.
                ///
                /// Wire name `im.notify.personal.add`, scope `im`. Who may call it: any user. Not idempotent: a call whose outcome is unknown must not be resent blindly. Auth: webhook, OAuth.
                #[method(
                    "im.notify.personal.add",
                    "https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-personal-add.html",
                    crate::OrFalse<i64>,
                    AddError
                )]
                pub struct Add {
                    /// Id of the recipient.
                    #[param("USER_ID", req, none)]
                    #[table(TyInfo::Integer, required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub user_id: i64,
                    /// The text; spaces around it are trimmed. BB codes are supported.
                    #[param("MESSAGE", req, none)]
                    #[table(TyInfo::String, required())]
                    pub message: String,
                    /// The text for other channels, such as e-mail.
                    #[param("MESSAGE_OUT", opt, into(String))]
                    #[table(TyInfo::String)]
                    pub message_out: Option<String>,
                    /// A tag unique within the application: a new notification with the same tag replaces the older ones.
                    #[param("TAG", opt, into(String))]
                    #[table(TyInfo::String)]
                    pub tag: Option<String>,
                    /// A second tag, not required to be unique.
                    #[param("SUB_TAG", opt, into(String))]
                    #[table(TyInfo::String)]
                    pub sub_tag: Option<String>,
                    /// An attachment, as an object or as JSON text.
                    #[param("ATTACH", opt, plain(serde_json::Value))]
                    #[table(TyInfo::Union(&[TyInfo::Object, TyInfo::String]))]
                    pub attach: Option<serde_json::Value>,
                    /// Id of the application; needed with webhook auth when `TAG` or `SUB_TAG` is given.
                    #[param("CLIENT_ID", opt, into(String))]
                    #[table(TyInfo::String)]
                    pub client_id: Option<String>,
                }
                pub static ADD_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "im",
                    summary: "Sends a personal notification from the caller to a user.",
                    who: "any user",
                    idempotent: false,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::OrFalse(&TyInfo::Integer),
                    errors: &ADD_ERRORS,
                    paging: None,
                };
                impl Add {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `user_id` (`USER_ID`): Id of the recipient.
                    /// - `message` (`MESSAGE`): The text; spaces around it are trimmed. BB codes are supported.
                    #[inline]
                    pub fn new(user_id: i64, message: impl Into<String>) -> Self {
                        Self {
                            user_id,
                            message: message.into(),
                            message_out: None,
                            tag: None,
                            sub_tag: None,
                            attach: None,
                            client_id: None,
                            extra: serde_json::Map::new(),
                        }
                    }
                }
            }
            crate::macros::method_error! {
                #[errors(
                    ADD_ERRORS,
                    5,
                    "im.notify.personal.add",
                    "https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-personal-add.html"
                )]
                pub enum AddError {
                    /// `WRONG_AUTH_TYPE` (HTTP 403): The method was called with session auth, which it refuses; use a webhook or an application token.
                    WrongAuthType = code(
                            "WRONG_AUTH_TYPE",
                            Some(403),
                            "Access for this method not allowed by session authorization",
                            "The method was called with session auth, which it refuses; use a webhook or an application token.",
                        )
                        .retry_safe(),
                    /// `USER_ID_EMPTY` (HTTP 400): `USER_ID` is missing or not positive.
                    UserIdEmpty = code(
                            "USER_ID_EMPTY",
                            Some(400),
                            "User ID can't be empty",
                            "`USER_ID` is missing or not positive.",
                        )
                        .retry_safe(),
                    /// `MESSAGE_EMPTY` (HTTP 400): `MESSAGE` was not given.
                    MessageEmpty = code(
                            "MESSAGE_EMPTY",
                            Some(400),
                            "Message can't be empty",
                            "`MESSAGE` was not given.",
                        )
                        .retry_safe(),
                    /// `ATTACH_OVERSIZE` (HTTP 400): `ATTACH` is longer than 60,000 characters.
                    AttachOversize = code(
                            "ATTACH_OVERSIZE",
                            Some(400),
                            "You have exceeded the maximum allowable size of attach",
                            "`ATTACH` is longer than 60,000 characters.",
                        )
                        .retry_safe(),
                    /// `ATTACH_ERROR` (HTTP 400): `ATTACH` is not valid.
                    AttachError = code(
                            "ATTACH_ERROR",
                            Some(400),
                            "Incorrect attach params",
                            "`ATTACH` is not valid.",
                        )
                        .retry_safe(),
                }
            }
        }
        /// The `im.notify.read.*` methods.
        pub mod read {
            crate::macros::request! {
                /// Marks all of the caller's notifications read.
                ///
                /// Wire name `im.notify.read.all`, scope `im`. Who may call it: any user. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                #[method(
                    "im.notify.read.all",
                    "https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-read-all.html",
                    AllResult,
                    AllError
                )]
                #[derive(Default)]
                pub struct All {}
                pub static ALL_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "im",
                    summary: "Marks all of the caller's notifications read.",
                    who: "any user",
                    idempotent: true,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::Struct(&crate::im::notify::read::ALL_RESULT_TY),
                    errors: &ALL_ERRORS,
                    paging: None,
                };
                impl All {
                    /// Starts with every parameter unset.
                    #[inline]
                    pub fn new() -> Self {
                        Self::default()
                    }
                }
            }
            crate::macros::object! {
                /// What `im.notify.read.all` returns: The outcome.
                ///
                /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-read-all.html>
                #[object(ALL_RESULT_TY)]
                pub struct AllResult {
                    /// Whether it worked.
                    #[param("result", req, none)]
                    #[table(TyInfo::Boolean, required())]
                    pub result: bool,
                    /// How many notifications are unread now.
                    #[param("newCounter", opt, none)]
                    #[table(TyInfo::Integer)]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub new_counter: Option<i64>,
                }
            }
            crate::macros::method_error! {
                #[errors(
                    ALL_ERRORS,
                    0,
                    "im.notify.read.all",
                    "https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-read-all.html"
                )]
                pub enum AllError {}
            }
            crate::macros::request! {
                /// Marks a list of notifications read or unread.
                ///
                /// Wire name `im.notify.read.list`, scope `im`. Who may call it: any user. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                #[method(
                    "im.notify.read.list",
                    "https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-read-list.html",
                    bool,
                    ListError
                )]
                pub struct List {
                    /// Ids of the notifications; processing stops at the first id that is not positive.
                    #[param("IDS", req, none)]
                    #[table(TyInfo::List(&TyInfo::Integer), required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub ids: Vec<i64>,
                    /// `Y` marks read; anything else marks unread.
                    #[notes("Default: `Y`.")]
                    #[param("ACTION", opt, plain(crate::YesNo))]
                    #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])), default("Y"))]
                    pub action: Option<crate::YesNo>,
                }
                pub static LIST_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "im",
                    summary: "Marks a list of notifications read or unread.",
                    who: "any user",
                    idempotent: true,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::Boolean,
                    errors: &LIST_ERRORS,
                    paging: None,
                };
                impl List {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `ids` (`IDS`): Ids of the notifications; processing stops at the first id that is not positive.
                    #[inline]
                    pub fn new(ids: impl IntoIterator<Item = i64>) -> Self {
                        Self {
                            ids: ids.into_iter().collect(),
                            action: None,
                            extra: serde_json::Map::new(),
                        }
                    }
                }
            }
            crate::macros::method_error! {
                #[errors(
                    LIST_ERRORS,
                    1,
                    "im.notify.read.list",
                    "https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-read-list.html"
                )]
                pub enum ListError {
                    /// `PARAMS_ERROR` (HTTP 400): `IDS` is missing or not a list.
                    ParamsError = code(
                            "PARAMS_ERROR",
                            Some(400),
                            "No IDS param or it is not an array",
                            "`IDS` is missing or not a list.",
                        )
                        .retry_safe(),
                }
            }
        }
        /// The `im.notify.schema.*` methods.
        pub mod schema {
            crate::macros::request! {
                /// Lists the kinds of notifications, by module.
                ///
                /// Wire name `im.notify.schema.get`, scope `im`. Who may call it: any user. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                #[method(
                    "im.notify.schema.get",
                    "https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-schema-get.html",
                    std::collections::BTreeMap<String,
                    crate::im::NotifySchemaModule>,
                    GetError
                )]
                #[derive(Default)]
                pub struct Get {}
                pub static GET_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "im",
                    summary: "Lists the kinds of notifications, by module.",
                    who: "any user",
                    idempotent: true,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::Map(&TyInfo::Struct(&crate::im::NOTIFY_SCHEMA_MODULE_TY)),
                    errors: &GET_ERRORS,
                    paging: None,
                };
                impl Get {
                    /// Starts with every parameter unset.
                    #[inline]
                    pub fn new() -> Self {
                        Self::default()
                    }
                }
            }
            crate::macros::method_error! {
                #[errors(
                    GET_ERRORS,
                    0,
                    "im.notify.schema.get",
                    "https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-schema-get.html"
                )]
                pub enum GetError {}
            }
        }
        /// The `im.notify.system.*` methods.
        pub mod system {
            crate::macros::request! {
                /// Sends a system notification to a user.
                ///
                /// Session auth is refused; call it through a webhook or with an application
                /// token.
                ///
                /// Wire name `im.notify.system.add`, scope `im`. Who may call it: any user. Not idempotent: a call whose outcome is unknown must not be resent blindly. Auth: webhook, OAuth.
                #[method(
                    "im.notify.system.add",
                    "https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-system-add.html",
                    crate::OrFalse<i64>,
                    AddError
                )]
                pub struct Add {
                    /// Id of the recipient.
                    #[param("USER_ID", req, none)]
                    #[table(TyInfo::Integer, required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub user_id: i64,
                    /// The text; spaces around it are trimmed. BB codes are supported.
                    #[param("MESSAGE", req, none)]
                    #[table(TyInfo::String, required())]
                    pub message: String,
                    /// The text for other channels, such as e-mail.
                    #[param("MESSAGE_OUT", opt, into(String))]
                    #[table(TyInfo::String)]
                    pub message_out: Option<String>,
                    /// A tag unique within the application: a new notification with the same tag replaces the older ones.
                    #[param("TAG", opt, into(String))]
                    #[table(TyInfo::String)]
                    pub tag: Option<String>,
                    /// A second tag, not required to be unique.
                    #[param("SUB_TAG", opt, into(String))]
                    #[table(TyInfo::String)]
                    pub sub_tag: Option<String>,
                    /// An attachment, as an object or as JSON text.
                    #[param("ATTACH", opt, plain(serde_json::Value))]
                    #[table(TyInfo::Union(&[TyInfo::Object, TyInfo::String]))]
                    pub attach: Option<serde_json::Value>,
                    /// Id of the application; needed with webhook auth when `TAG` or `SUB_TAG` is given.
                    #[param("CLIENT_ID", opt, into(String))]
                    #[table(TyInfo::String)]
                    pub client_id: Option<String>,
                }
                pub static ADD_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "im",
                    summary: "Sends a system notification to a user.",
                    who: "any user",
                    idempotent: false,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::OrFalse(&TyInfo::Integer),
                    errors: &ADD_ERRORS,
                    paging: None,
                };
                impl Add {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `user_id` (`USER_ID`): Id of the recipient.
                    /// - `message` (`MESSAGE`): The text; spaces around it are trimmed. BB codes are supported.
                    #[inline]
                    pub fn new(user_id: i64, message: impl Into<String>) -> Self {
                        Self {
                            user_id,
                            message: message.into(),
                            message_out: None,
                            tag: None,
                            sub_tag: None,
                            attach: None,
                            client_id: None,
                            extra: serde_json::Map::new(),
                        }
                    }
                }
            }
            crate::macros::method_error! {
                #[errors(
                    ADD_ERRORS,
                    5,
                    "im.notify.system.add",
                    "https://apidocs.bitrix24.com/api-reference/chats/notifications/im-notify-system-add.html"
                )]
                pub enum AddError {
                    /// `WRONG_AUTH_TYPE` (HTTP 403): The method was called with session auth, which it refuses; use a webhook or an application token.
                    WrongAuthType = code(
                            "WRONG_AUTH_TYPE",
                            Some(403),
                            "Access for this method not allowed by session authorization.",
                            "The method was called with session auth, which it refuses; use a webhook or an application token.",
                        )
                        .retry_safe(),
                    /// `USER_ID_EMPTY` (HTTP 400): `USER_ID` is missing or not positive.
                    UserIdEmpty = code(
                            "USER_ID_EMPTY",
                            Some(400),
                            "User ID can't be empty",
                            "`USER_ID` is missing or not positive.",
                        )
                        .retry_safe(),
                    /// `MESSAGE_EMPTY` (HTTP 400): `MESSAGE` was not given.
                    MessageEmpty = code(
                            "MESSAGE_EMPTY",
                            Some(400),
                            "Message can't be empty",
                            "`MESSAGE` was not given.",
                        )
                        .retry_safe(),
                    /// `ATTACH_OVERSIZE` (HTTP 400): `ATTACH` is longer than 60,000 characters.
                    AttachOversize = code(
                            "ATTACH_OVERSIZE",
                            Some(400),
                            "You have exceeded the maximum allowable size of attach",
                            "`ATTACH` is longer than 60,000 characters.",
                        )
                        .retry_safe(),
                    /// `ATTACH_ERROR` (HTTP 400): `ATTACH` is not valid.
                    AttachError = code(
                            "ATTACH_ERROR",
                            Some(400),
                            "Incorrect attach params",
                            "`ATTACH` is not valid.",
                        )
                        .retry_safe(),
                }
            }
        }
    }
    /// The `im.recent.*` methods.
    pub mod recent {
        crate::macros::request! {
            /// Reads the caller's recent dialogs, in short.
            ///
            /// Wire name `im.recent.get`, scope `im`. Who may call it: any user. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            #[method(
                "im.recent.get",
                "https://apidocs.bitrix24.com/api-reference/chats/im-recent-get.html",
                Vec<crate::im::RecentItem>,
                GetError
            )]
            #[derive(Default)]
            pub struct Get {
                /// `Y` leaves open-line chats out.
                #[param("SKIP_OPENLINES", opt, plain(crate::YesNo))]
                #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
                pub skip_openlines: Option<crate::YesNo>,
                /// `Y` leaves group chats out.
                #[param("SKIP_CHAT", opt, plain(crate::YesNo))]
                #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
                pub skip_chat: Option<crate::YesNo>,
                /// `Y` leaves private dialogs out.
                #[param("SKIP_DIALOG", opt, plain(crate::YesNo))]
                #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
                pub skip_dialog: Option<crate::YesNo>,
                /// Only dialogs changed since this date (ISO 8601).
                #[param("LAST_UPDATE", opt, into(String))]
                #[table(TyInfo::String)]
                pub last_update: Option<String>,
                /// `Y` returns open-line chats only.
                #[param("ONLY_OPENLINES", opt, plain(crate::YesNo))]
                #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
                pub only_openlines: Option<crate::YesNo>,
                /// The date of the previous call (ISO 8601), to get only what changed since; at most 7 days back.
                #[param("LAST_SYNC_DATE", opt, into(String))]
                #[table(TyInfo::String)]
                pub last_sync_date: Option<String>,
            }
            pub static GET_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "im",
                summary: "Reads the caller's recent dialogs, in short.",
                who: "any user",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::List(&TyInfo::Struct(&crate::im::RECENT_ITEM_TY)),
                errors: &GET_ERRORS,
                paging: None,
            };
            impl Get {
                /// Starts with every parameter unset.
                #[inline]
                pub fn new() -> Self {
                    Self::default()
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                GET_ERRORS,
                0,
                "im.recent.get",
                "https://apidocs.bitrix24.com/api-reference/chats/im-recent-get.html"
            )]
            pub enum GetError {}
        }
        crate::macros::request! {
            /// Removes a dialog from the caller's recent list.
            ///
            /// Wire name `im.recent.hide`, scope `im`. Who may call it: any user. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            #[method(
                "im.recent.hide",
                "https://apidocs.bitrix24.com/api-reference/chats/special-operations/im-recent-hide.html",
                bool,
                HideError
            )]
            pub struct Hide {
                /// The dialog: `chatXXX` for a chat, `sgXXX` for the chat of a workgroup, a user id for a private dialog.
                #[param("DIALOG_ID", req, none)]
                #[table(TyInfo::String, required())]
                pub dialog_id: String,
            }
            pub static HIDE_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "im",
                summary: "Removes a dialog from the caller's recent list.",
                who: "any user",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Boolean,
                errors: &HIDE_ERRORS,
                paging: None,
            };
            impl Hide {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `dialog_id` (`DIALOG_ID`): The dialog: `chatXXX` for a chat, `sgXXX` for the chat of a workgroup, a user id for a private dialog.
                #[inline]
                pub fn new(dialog_id: impl Into<String>) -> Self {
                    Self {
                        dialog_id: dialog_id.into(),
                        extra: serde_json::Map::new(),
                    }
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                HIDE_ERRORS,
                1,
                "im.recent.hide",
                "https://apidocs.bitrix24.com/api-reference/chats/special-operations/im-recent-hide.html"
            )]
            pub enum HideError {
                /// `DIALOG_ID_EMPTY` (HTTP 400): `DIALOG_ID` is missing, empty or malformed.
                DialogIdEmpty = code(
                        "DIALOG_ID_EMPTY",
                        Some(400),
                        "Dialog ID can't be empty",
                        "`DIALOG_ID` is missing, empty or malformed.",
                    )
                    .retry_safe(),
            }
        }
        crate::macros::request! {
            /// Reads the caller's recent dialogs, page by page.
            ///
            /// A dialog may show up on two pages; leaving open lines out (`SKIP_OPENLINES`)
            /// makes that rarer.
            ///
            /// Wire name `im.recent.list`, scope `im`. Who may call it: any user. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            ///
            /// The response carries `total` beside `result` ([`Response::total`](crate::Response::total)): The total number of entries; usually `-1` today.
            #[method(
                "im.recent.list",
                "https://apidocs.bitrix24.com/api-reference/chats/im-recent-list.html",
                ListResult,
                ListError
            )]
            #[derive(Default)]
            pub struct List {
                /// `Y` leaves open-line chats out.
                #[param("SKIP_OPENLINES", opt, plain(crate::YesNo))]
                #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
                pub skip_openlines: Option<crate::YesNo>,
                /// `Y` leaves private dialogs out.
                #[param("SKIP_DIALOG", opt, plain(crate::YesNo))]
                #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
                pub skip_dialog: Option<crate::YesNo>,
                /// `Y` leaves group chats out.
                #[param("SKIP_CHAT", opt, plain(crate::YesNo))]
                #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
                pub skip_chat: Option<crate::YesNo>,
                /// The date of the last entry of the previous page (ISO 8601).
                #[param("LAST_MESSAGE_DATE", opt, into(String))]
                #[table(TyInfo::String)]
                pub last_message_date: Option<String>,
                /// `Y` returns only dialogs with unread messages.
                #[param("UNREAD_ONLY", opt, plain(crate::YesNo))]
                #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
                pub unread_only: Option<crate::YesNo>,
                /// `Y` parses the text of the last message.
                #[param("PARSE_TEXT", opt, plain(crate::YesNo))]
                #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
                pub parse_text: Option<crate::YesNo>,
                /// `Y` returns the text of the last message untouched.
                #[param("GET_ORIGINAL_TEXT", opt, plain(crate::YesNo))]
                #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
                pub get_original_text: Option<crate::YesNo>,
                /// `Y` leaves out open-line chats not yet given to an operator.
                #[param("SKIP_UNDISTRIBUTED_OPENLINES", opt, plain(crate::YesNo))]
                #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
                pub skip_undistributed_openlines: Option<crate::YesNo>,
                /// `Y` returns BitrixGPT chats only.
                #[param("ONLY_COPILOT", opt, plain(crate::YesNo))]
                #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
                pub only_copilot: Option<crate::YesNo>,
                /// `Y` returns channels only.
                #[param("ONLY_CHANNEL", opt, plain(crate::YesNo))]
                #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
                pub only_channel: Option<crate::YesNo>,
                /// `Y` returns only chats whose messages the caller may manage.
                #[param("CAN_MANAGE_MESSAGES", opt, plain(crate::YesNo))]
                #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
                pub can_manage_messages: Option<crate::YesNo>,
                /// How many entries to skip. Page on by adding `LIMIT`, not the number of entries received.
                #[notes("Default: `0`.")]
                #[param("OFFSET", opt, plain(i64))]
                #[table(TyInfo::Integer, default("0"))]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub offset: Option<i64>,
                /// How many entries per page, at most 200.
                #[notes("Default: `50`.")]
                #[param("LIMIT", opt, plain(i64))]
                #[table(TyInfo::Integer, default("50"))]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub limit: Option<i64>,
            }
            pub static LIST_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "im",
                summary: "Reads the caller's recent dialogs, page by page.",
                who: "any user",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Struct(&crate::im::recent::LIST_RESULT_TY),
                errors: &LIST_ERRORS,
                paging: None,
            };
            impl List {
                /// Starts with every parameter unset.
                #[inline]
                pub fn new() -> Self {
                    Self::default()
                }
            }
        }
        crate::macros::object! {
            /// What `im.recent.list` returns: A page of recent dialogs.
            ///
            /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/im-recent-list.html>
            #[object(LIST_RESULT_TY)]
            pub struct ListResult {
                /// The dialogs.
                #[param("items", req, none)]
                #[table(TyInfo::List(&TyInfo::Struct(&crate::im::RECENT_ITEM_TY)), required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub items: Vec<crate::im::RecentItem>,
                /// The older name of `hasMore`.
                #[param("hasMorePages", opt, none)]
                #[table(TyInfo::Boolean)]
                pub has_more_pages: Option<bool>,
                /// Whether another page follows.
                #[param("hasMore", opt, none)]
                #[table(TyInfo::Boolean)]
                pub has_more: Option<bool>,
                /// Extra data for BitrixGPT entries.
                #[param("copilot", opt, none)]
                #[table(TyInfo::Object)]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub copilot: Option<serde_json::Map<String, serde_json::Value>>,
                /// Auto-delete settings of the chats.
                #[param("messagesAutoDeleteConfigs", opt, none)]
                #[table(TyInfo::List(&TyInfo::Any))]
                pub messages_auto_delete_configs: Option<Vec<serde_json::Value>>,
            }
        }
        crate::macros::method_error! {
            #[errors(
                LIST_ERRORS,
                0,
                "im.recent.list",
                "https://apidocs.bitrix24.com/api-reference/chats/im-recent-list.html"
            )]
            pub enum ListError {}
        }
        crate::macros::request! {
            /// Pins a dialog to the top of the caller's recent list, or unpins it.
            ///
            /// Wire name `im.recent.pin`, scope `im`. Who may call it: a member of the chat. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            #[method(
                "im.recent.pin",
                "https://apidocs.bitrix24.com/api-reference/chats/special-operations/im-recent-pin.html",
                bool,
                PinError
            )]
            pub struct Pin {
                /// The dialog: `chatXXX` for a chat, `sgXXX` for the chat of a workgroup, a user id for a private dialog.
                #[param("DIALOG_ID", req, none)]
                #[table(TyInfo::String, required())]
                pub dialog_id: String,
                /// `Y` pins, `N` unpins.
                #[notes("Default: `Y`.")]
                #[param("PIN", opt, plain(crate::YesNo))]
                #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])), default("Y"))]
                pub pin: Option<crate::YesNo>,
            }
            pub static PIN_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "im",
                summary: "Pins a dialog to the top of the caller's recent list, or unpins it.",
                who: "a member of the chat",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Boolean,
                errors: &PIN_ERRORS,
                paging: None,
            };
            impl Pin {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `dialog_id` (`DIALOG_ID`): The dialog: `chatXXX` for a chat, `sgXXX` for the chat of a workgroup, a user id for a private dialog.
                #[inline]
                pub fn new(dialog_id: impl Into<String>) -> Self {
                    Self {
                        dialog_id: dialog_id.into(),
                        pin: None,
                        extra: serde_json::Map::new(),
                    }
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                PIN_ERRORS,
                2,
                "im.recent.pin",
                "https://apidocs.bitrix24.com/api-reference/chats/special-operations/im-recent-pin.html"
            )]
            pub enum PinError {
                /// `DIALOG_ID_EMPTY` (HTTP 400): `DIALOG_ID` is missing, empty or malformed.
                DialogIdEmpty = code(
                        "DIALOG_ID_EMPTY",
                        Some(400),
                        "Dialog ID can't be empty",
                        "`DIALOG_ID` is missing, empty or malformed.",
                    )
                    .retry_safe(),
                /// `ACCESS_ERROR` (HTTP 400): The caller may not see this chat.
                AccessError = code(
                        "ACCESS_ERROR",
                        Some(400),
                        "You don't have permission to pin this chat",
                        "The caller may not see this chat.",
                    )
                    .retry_safe(),
            }
        }
        crate::macros::request! {
            /// Marks a dialog unread by hand, or takes the mark off.
            ///
            /// Wire name `im.recent.unread`, scope `im`. Who may call it: any user. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            #[method(
                "im.recent.unread",
                "https://apidocs.bitrix24.com/api-reference/chats/special-operations/im-recent-unread.html",
                bool,
                UnreadError
            )]
            pub struct Unread {
                /// The dialog: `chatXXX` for a chat, `sgXXX` for the chat of a workgroup, a user id for a private dialog.
                #[param("DIALOG_ID", req, none)]
                #[table(TyInfo::String, required())]
                pub dialog_id: String,
                /// `Y` sets the mark, `N` takes it off and marks the dialog read.
                #[notes("Default: `Y`.")]
                #[param("ACTION", opt, plain(crate::YesNo))]
                #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])), default("Y"))]
                pub action: Option<crate::YesNo>,
            }
            pub static UNREAD_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "im",
                summary: "Marks a dialog unread by hand, or takes the mark off.",
                who: "any user",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Boolean,
                errors: &UNREAD_ERRORS,
                paging: None,
            };
            impl Unread {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `dialog_id` (`DIALOG_ID`): The dialog: `chatXXX` for a chat, `sgXXX` for the chat of a workgroup, a user id for a private dialog.
                #[inline]
                pub fn new(dialog_id: impl Into<String>) -> Self {
                    Self {
                        dialog_id: dialog_id.into(),
                        action: None,
                        extra: serde_json::Map::new(),
                    }
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                UNREAD_ERRORS,
                1,
                "im.recent.unread",
                "https://apidocs.bitrix24.com/api-reference/chats/special-operations/im-recent-unread.html"
            )]
            pub enum UnreadError {
                /// `DIALOG_ID_EMPTY` (HTTP 400): `DIALOG_ID` is missing, empty or malformed.
                DialogIdEmpty = code(
                        "DIALOG_ID_EMPTY",
                        Some(400),
                        "Dialog ID can't be empty",
                        "`DIALOG_ID` is missing, empty or malformed.",
                    )
                    .retry_safe(),
            }
        }
    }
    /// The `im.revision.*` methods.
    pub mod revision {
        crate::macros::request! {
            /// Reads the revisions of the portal's chat module (IM), to tell what it supports.
            ///
            /// Wire name `im.revision.get`, scope `im`. Who may call it: any user. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            #[method(
                "im.revision.get",
                "https://apidocs.bitrix24.com/api-reference/chats/im-revision-get.html",
                GetResult,
                GetError
            )]
            #[derive(Default)]
            pub struct Get {}
            pub static GET_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "im",
                summary: "Reads the revisions of the portal's chat module (IM), to tell what it supports.",
                who: "any user",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Struct(&crate::im::revision::GET_RESULT_TY),
                errors: &GET_ERRORS,
                paging: None,
            };
            impl Get {
                /// Starts with every parameter unset.
                #[inline]
                pub fn new() -> Self {
                    Self::default()
                }
            }
        }
        crate::macros::object! {
            /// What `im.revision.get` returns: The revisions.
            ///
            /// Documentation: <https://apidocs.bitrix24.com/api-reference/chats/im-revision-get.html>
            #[object(GET_RESULT_TY)]
            pub struct GetResult {
                /// The revision of the REST API of IM.
                #[param("rest", req, none)]
                #[table(TyInfo::Integer, required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub rest: i64,
                /// The revision of the web API.
                #[param("web", opt, none)]
                #[table(TyInfo::Integer)]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub web: Option<i64>,
                /// The revision of the mobile API.
                #[param("mobile", opt, none)]
                #[table(TyInfo::Integer)]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub mobile: Option<i64>,
                /// The revision of the desktop API.
                #[param("desktop", opt, none)]
                #[table(TyInfo::Integer)]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub desktop: Option<i64>,
                /// The same as `mobile`, kept for compatibility.
                #[param("im_revision_mobile", opt, none)]
                #[table(TyInfo::Integer)]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub im_revision_mobile: Option<i64>,
            }
        }
        crate::macros::method_error! {
            #[errors(
                GET_ERRORS,
                0,
                "im.revision.get",
                "https://apidocs.bitrix24.com/api-reference/chats/im-revision-get.html"
            )]
            pub enum GetError {}
        }
    }
    /// The `im.user.*` methods.
    pub mod user {
        crate::macros::request! {
            /// Reads a user, or the caller.
            ///
            /// Wire name `im.user.get`, scope `im`. Who may call it: any user. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            #[method(
                "im.user.get",
                "https://apidocs.bitrix24.com/api-reference/chats/users/im-user-get.html",
                crate::im::User,
                GetError
            )]
            #[derive(Default)]
            pub struct Get {
                /// Id of the user; the caller when left out.
                #[param("ID", opt, plain(i64))]
                #[table(TyInfo::Integer)]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub id: Option<i64>,
                /// Asks for `avatar_hr`, the avatar in high resolution; the portal returns it anyway today.
                #[param("AVATAR_HR", opt, plain(crate::YesNo))]
                #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
                pub avatar_hr: Option<crate::YesNo>,
            }
            pub static GET_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                scope: "im",
                summary: "Reads a user, or the caller.",
                who: "any user",
                idempotent: true,
                auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                joined: &[],
                result: TyInfo::Struct(&crate::im::USER_TY),
                errors: &GET_ERRORS,
                paging: None,
            };
            impl Get {
                /// Starts with every parameter unset.
                #[inline]
                pub fn new() -> Self {
                    Self::default()
                }
            }
        }
        crate::macros::method_error! {
            #[errors(
                GET_ERRORS,
                3,
                "im.user.get",
                "https://apidocs.bitrix24.com/api-reference/chats/users/im-user-get.html"
            )]
            pub enum GetError {
                /// `ID_EMPTY` (HTTP 400): `ID` is not positive.
                IdEmpty = code(
                        "ID_EMPTY",
                        Some(400),
                        "User ID can't be empty",
                        "`ID` is not positive.",
                    )
                    .retry_safe(),
                /// `USER_NOT_EXISTS` (HTTP 400): No user has this id.
                UserNotExists = code(
                        "USER_NOT_EXISTS",
                        Some(400),
                        "User is not exists",
                        "No user has this id.",
                    )
                    .retry_safe(),
                /// `ACCESS_DENIED` (HTTP 400): An extranet caller asked for a user outside their extranet group.
                ///
                /// The same code is also a system error; for this method it means the above.
                AccessDenied = code(
                        "ACCESS_DENIED",
                        Some(400),
                        "You can request only users who consist of your extranet group",
                        "An extranet caller asked for a user outside their extranet group.",
                    )
                    .retry_safe(),
            }
        }
        /// The `im.user.list.*` methods.
        pub mod list {
            crate::macros::request! {
                /// Reads several users by id.
                ///
                /// An extranet caller gets only the users of their extranet group.
                ///
                /// Wire name `im.user.list.get`, scope `im`. Who may call it: any user. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                #[method(
                    "im.user.list.get",
                    "https://apidocs.bitrix24.com/api-reference/chats/users/im-user-list-get.html",
                    serde_json::Value,
                    GetError
                )]
                pub struct Get {
                    /// Ids of the users.
                    #[param("ID", req, none)]
                    #[table(TyInfo::List(&TyInfo::Integer), required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub id: Vec<i64>,
                    /// Asks for `avatar_hr`, the avatar in high resolution; the portal returns it anyway today.
                    #[param("AVATAR_HR", opt, plain(crate::YesNo))]
                    #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])))]
                    pub avatar_hr: Option<crate::YesNo>,
                    /// `array` returns a list; anything else an object keyed by user id.
                    #[param("RESULT_TYPE", opt, into(String))]
                    #[table(TyInfo::String)]
                    pub result_type: Option<String>,
                }
                pub static GET_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "im",
                    summary: "Reads several users by id.",
                    who: "any user",
                    idempotent: true,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::Union(
                        &[
                            TyInfo::Map(&TyInfo::Struct(&crate::im::USER_TY)),
                            TyInfo::List(&TyInfo::Struct(&crate::im::USER_TY)),
                        ],
                    ),
                    errors: &GET_ERRORS,
                    paging: None,
                };
                impl Get {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `id` (`ID`): Ids of the users.
                    #[inline]
                    pub fn new(id: impl IntoIterator<Item = i64>) -> Self {
                        Self {
                            id: id.into_iter().collect(),
                            avatar_hr: None,
                            result_type: None,
                            extra: serde_json::Map::new(),
                        }
                    }
                }
            }
            crate::macros::method_error! {
                #[errors(
                    GET_ERRORS,
                    1,
                    "im.user.list.get",
                    "https://apidocs.bitrix24.com/api-reference/chats/users/im-user-list-get.html"
                )]
                pub enum GetError {
                    /// `INVALID_FORMAT` (HTTP 400): `ID` is missing or not a list of ids.
                    InvalidFormat = code(
                            "INVALID_FORMAT",
                            Some(400),
                            "A wrong format for the ID field is passed",
                            "`ID` is missing or not a list of ids.",
                        )
                        .retry_safe(),
                }
            }
        }
        /// The `im.user.status.*` methods.
        pub mod status {
            crate::macros::request! {
                /// Reads the caller's status, as `im.user.status.set` set it.
                ///
                /// The current messenger shows `online` only; the other statuses can be set and
                /// read but are not shown.
                ///
                /// Wire name `im.user.status.get`, scope `im`. Who may call it: any user. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                #[method(
                    "im.user.status.get",
                    "https://apidocs.bitrix24.com/api-reference/chats/users/im-user-status-get.html",
                    crate::OrFalse<crate::im::UserStatus>,
                    GetError
                )]
                #[derive(Default)]
                pub struct Get {}
                pub static GET_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "im",
                    summary: "Reads the caller's status, as `im.user.status.set` set it.",
                    who: "any user",
                    idempotent: true,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::OrFalse(
                        &TyInfo::Enum(&EnumTy::new("UserStatus", &["online", "dnd", "away", "break"])),
                    ),
                    errors: &GET_ERRORS,
                    paging: None,
                };
                impl Get {
                    /// Starts with every parameter unset.
                    #[inline]
                    pub fn new() -> Self {
                        Self::default()
                    }
                }
            }
            crate::macros::method_error! {
                #[errors(
                    GET_ERRORS,
                    0,
                    "im.user.status.get",
                    "https://apidocs.bitrix24.com/api-reference/chats/users/im-user-status-get.html"
                )]
                pub enum GetError {}
            }
            crate::macros::request! {
                /// Sets the caller's status.
                ///
                /// The current messenger shows `online` only; the other statuses can be set and
                /// read but are not shown.
                ///
                /// Wire name `im.user.status.set`, scope `im`. Who may call it: any user. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                #[method(
                    "im.user.status.set",
                    "https://apidocs.bitrix24.com/api-reference/chats/users/im-user-status-set.html",
                    bool,
                    SetError
                )]
                pub struct Set {
                    /// The new status, in lower case.
                    #[param("STATUS", req, none)]
                    #[table(
                        TyInfo::Enum(&EnumTy::new("UserStatus", &["online", "dnd", "away", "break"])),
                        required()
                    )]
                    pub status: crate::im::UserStatus,
                }
                pub static SET_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "im",
                    summary: "Sets the caller's status.",
                    who: "any user",
                    idempotent: true,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::Boolean,
                    errors: &SET_ERRORS,
                    paging: None,
                };
                impl Set {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `status` (`STATUS`): The new status, in lower case.
                    #[inline]
                    pub fn new(status: crate::im::UserStatus) -> Self {
                        Self {
                            status,
                            extra: serde_json::Map::new(),
                        }
                    }
                }
            }
            crate::macros::method_error! {
                #[errors(
                    SET_ERRORS,
                    1,
                    "im.user.status.set",
                    "https://apidocs.bitrix24.com/api-reference/chats/users/im-user-status-set.html"
                )]
                pub enum SetError {
                    /// `STATUS_ERROR` (HTTP 400): `STATUS` is not one of the statuses.
                    StatusError = code(
                            "STATUS_ERROR",
                            Some(400),
                            "Status is not available",
                            "`STATUS` is not one of the statuses.",
                        )
                        .retry_safe(),
                }
            }
            /// The `im.user.status.idle.*` methods.
            pub mod idle {
                crate::macros::request! {
                    /// Turns off the automatic "away" status of the caller.
                    ///
                    /// The method was made for the previous version of the chat; the current
                    /// messenger does not show its effect.
                    ///
                    /// Wire name `im.user.status.idle.end`, scope `im`. Who may call it: any user. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                    #[method(
                        "im.user.status.idle.end",
                        "https://apidocs.bitrix24.com/api-reference/chats/users/im-user-status-idle-end.html",
                        bool,
                        EndError
                    )]
                    #[derive(Default)]
                    pub struct End {}
                    pub static END_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                        scope: "im",
                        summary: "Turns off the automatic \"away\" status of the caller.",
                        who: "any user",
                        idempotent: true,
                        auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                        joined: &[],
                        result: TyInfo::Boolean,
                        errors: &END_ERRORS,
                        paging: None,
                    };
                    impl End {
                        /// Starts with every parameter unset.
                        #[inline]
                        pub fn new() -> Self {
                            Self::default()
                        }
                    }
                }
                crate::macros::method_error! {
                    #[errors(
                        END_ERRORS,
                        0,
                        "im.user.status.idle.end",
                        "https://apidocs.bitrix24.com/api-reference/chats/users/im-user-status-idle-end.html"
                    )]
                    pub enum EndError {}
                }
                crate::macros::request! {
                    /// Turns on the automatic "away" status of the caller.
                    ///
                    /// The method was made for the previous version of the chat; the current
                    /// messenger does not show its effect.
                    ///
                    /// Wire name `im.user.status.idle.start`, scope `im`. Who may call it: any user. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                    #[method(
                        "im.user.status.idle.start",
                        "https://apidocs.bitrix24.com/api-reference/chats/users/im-user-status-idle-start.html",
                        bool,
                        StartError
                    )]
                    #[derive(Default)]
                    pub struct Start {
                        /// How many minutes ago the caller went away.
                        #[notes("Default: `10`.")]
                        #[param("AGO", opt, plain(i64))]
                        #[table(TyInfo::Integer, default("10"))]
                        #[serde(default, deserialize_with = "crate::de::lax")]
                        pub ago: Option<i64>,
                    }
                    pub static START_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                        scope: "im",
                        summary: "Turns on the automatic \"away\" status of the caller.",
                        who: "any user",
                        idempotent: true,
                        auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                        joined: &[],
                        result: TyInfo::Boolean,
                        errors: &START_ERRORS,
                        paging: None,
                    };
                    impl Start {
                        /// Starts with every parameter unset.
                        #[inline]
                        pub fn new() -> Self {
                            Self::default()
                        }
                    }
                }
                crate::macros::method_error! {
                    #[errors(
                        START_ERRORS,
                        0,
                        "im.user.status.idle.start",
                        "https://apidocs.bitrix24.com/api-reference/chats/users/im-user-status-idle-start.html"
                    )]
                    pub enum StartError {}
                }
            }
        }
    }
}
/// Methods and types of the `imbot` scope.
///
/// Needs the cargo feature `imbot`.
#[cfg_attr(docsrs, doc(cfg(feature = "imbot")))]
pub mod imbot {
    crate::macros::object! {
        /// A chat bot as the imbot.v2 methods return it. Everyone sees the common fields; the fields from `moduleId` on are shown to the bot's owner only.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/entities.html>
        #[object(BOT_TY)]
        pub struct Bot {
            /// Id of the bot's user.
            #[param("id", req, none)]
            #[table(TyInfo::Integer, required())]
            #[serde(deserialize_with = "crate::de::lax")]
            pub id: i64,
            /// The bot's unique text code.
            #[param("code", opt, none)]
            #[table(TyInfo::String)]
            pub code: Option<String>,
            /// How the bot takes part in chats.
            #[param("type", opt, none)]
            #[table(
                TyInfo::Enum(
                    &EnumTy::new(
                        "BotKind",
                        &["bot",
                        "supervisor",
                        "personal",
                        "openline",
                        "network"]
                    )
                )
            )]
            pub kind: Option<crate::imbot::BotKind>,
            /// Whether the bot is left out of the contact list.
            #[param("isHidden", opt, none)]
            #[table(TyInfo::Boolean)]
            pub is_hidden: Option<bool>,
            /// Whether the bot works in open channels.
            #[param("isSupportOpenline", opt, none)]
            #[table(TyInfo::Boolean)]
            pub is_support_openline: Option<bool>,
            /// Whether users may react to the bot's messages.
            #[param("isReactionsEnabled", opt, none)]
            #[table(TyInfo::Boolean)]
            pub is_reactions_enabled: Option<bool>,
            /// The background of the bot's chat, or null for the user's own.
            #[param("backgroundId", opt, none)]
            #[table(
                TyInfo::Nullable(
                    &TyInfo::Enum(
                        &EnumTy::new(
                            "BotBackground",
                            &["azure",
                            "mint",
                            "steel",
                            "slate",
                            "teal",
                            "cornflower",
                            "sky",
                            "peach",
                            "frost"]
                        )
                    )
                )
            )]
            pub background_id: Option<crate::imbot::BotBackground>,
            /// The bot's default language, such as `en`.
            #[param("language", opt, none)]
            #[table(TyInfo::String)]
            pub language: Option<String>,
            /// Id of the module the bot belongs to (owner only).
            #[param("moduleId", opt, none)]
            #[table(TyInfo::String)]
            pub module_id: Option<String>,
            /// How the bot receives its events (owner only).
            #[param("eventMode", opt, none)]
            #[table(TyInfo::Enum(&EnumTy::new("EventMode", &["webhook", "fetch"])))]
            pub event_mode: Option<crate::imbot::EventMode>,
            /// How many messages the bot has handled (owner only).
            #[param("countMessage", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub count_message: Option<i64>,
            /// How many commands the bot has registered (owner only).
            #[param("countCommand", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub count_command: Option<i64>,
            /// How many chats the bot is in (owner only).
            #[param("countChat", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub count_chat: Option<i64>,
            /// How many distinct users the bot has talked to (owner only).
            #[param("countUser", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub count_user: Option<i64>,
        }
    }
    /// A background of a bot's chat (the table of backgrounds in `imbot.v2.Bot.register`).
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum BotBackground {
        /// `azure`: Azure (dark theme).
        Azure,
        /// `mint`: Mint (dark theme).
        Mint,
        /// `steel`: Steel (dark theme).
        Steel,
        /// `slate`: Slate (dark theme).
        Slate,
        /// `teal`: Teal (dark theme).
        Teal,
        /// `cornflower`: Cornflower (dark theme).
        Cornflower,
        /// `sky`: Sky (light theme).
        Sky,
        /// `peach`: Peach (light theme).
        Peach,
        /// `frost`: Frost (light theme).
        Frost,
        /// A value this version of the crate does not know, kept as received.
        Unknown(crate::UnknownValue),
    }
    impl BotBackground {
        /// Every known value, in documentation order.
        pub const ALL: &'static [Self] = &[
            Self::Azure,
            Self::Mint,
            Self::Steel,
            Self::Slate,
            Self::Teal,
            Self::Cornflower,
            Self::Sky,
            Self::Peach,
            Self::Frost,
        ];
        /// Reads a wire value; one the crate does not know becomes [`Self::Unknown`].
        pub fn from_wire(value: &str) -> Self {
            match value {
                "azure" => Self::Azure,
                "mint" => Self::Mint,
                "steel" => Self::Steel,
                "slate" => Self::Slate,
                "teal" => Self::Teal,
                "cornflower" => Self::Cornflower,
                "sky" => Self::Sky,
                "peach" => Self::Peach,
                "frost" => Self::Frost,
                other => Self::Unknown(crate::UnknownValue::new(other)),
            }
        }
        /// The value as sent on the wire.
        #[inline]
        pub fn as_str(&self) -> &str {
            match self {
                Self::Azure => "azure",
                Self::Mint => "mint",
                Self::Steel => "steel",
                Self::Slate => "slate",
                Self::Teal => "teal",
                Self::Cornflower => "cornflower",
                Self::Sky => "sky",
                Self::Peach => "peach",
                Self::Frost => "frost",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// Whether this is a value the crate does not know.
        #[inline]
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    crate::macros::enum_impls!(BotBackground);
    crate::macros::object! {
        /// One event fetched by `imbot.v2.Event.get`.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/event-get.html>
        #[object(BOT_EVENT_TY)]
        pub struct BotEvent {
            /// The event's id; the next call's `offset` confirms it.
            #[param("eventId", req, none)]
            #[table(TyInfo::Integer, required())]
            #[serde(deserialize_with = "crate::de::lax")]
            pub event_id: i64,
            /// What happened.
            #[param("type", opt, none)]
            #[table(
                TyInfo::Enum(
                    &EnumTy::new(
                        "BotEventType",
                        &["ONIMBOTV2MESSAGEADD",
                        "ONIMBOTV2MESSAGEUPDATE",
                        "ONIMBOTV2MESSAGEDELETE",
                        "ONIMBOTV2JOINCHAT",
                        "ONIMBOTV2DELETE",
                        "ONIMBOTV2CONTEXTGET",
                        "ONIMBOTV2COMMANDADD",
                        "ONIMBOTV2REACTIONCHANGE"]
                    )
                )
            )]
            pub kind: Option<crate::imbot::BotEventType>,
            /// When it happened (ISO 8601).
            #[param("date", opt, none)]
            #[table(TyInfo::String)]
            pub date: Option<String>,
            /// The event's data, shaped by its type (see the events page).
            #[param("data", opt, none)]
            #[table(TyInfo::Object)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub data: Option<serde_json::Map<String, serde_json::Value>>,
        }
    }
    /// What an event fetched by `imbot.v2.Event.get` is about.
    ///
    /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/event-get.html>
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum BotEventType {
        /// `ONIMBOTV2MESSAGEADD`: A message to the bot.
        MessageAdd,
        /// `ONIMBOTV2MESSAGEUPDATE`: A message was edited.
        MessageUpdate,
        /// `ONIMBOTV2MESSAGEDELETE`: A message was deleted.
        MessageDelete,
        /// `ONIMBOTV2JOINCHAT`: The bot was added to a chat.
        JoinChat,
        /// `ONIMBOTV2DELETE`: The bot was deleted.
        Delete,
        /// `ONIMBOTV2CONTEXTGET`: A chat was opened with context for the bot.
        ContextGet,
        /// `ONIMBOTV2COMMANDADD`: A slash command was called.
        CommandAdd,
        /// `ONIMBOTV2REACTIONCHANGE`: A reaction changed.
        ReactionChange,
        /// A value this version of the crate does not know, kept as received.
        Unknown(crate::UnknownValue),
    }
    impl BotEventType {
        /// Every known value, in documentation order.
        pub const ALL: &'static [Self] = &[
            Self::MessageAdd,
            Self::MessageUpdate,
            Self::MessageDelete,
            Self::JoinChat,
            Self::Delete,
            Self::ContextGet,
            Self::CommandAdd,
            Self::ReactionChange,
        ];
        /// Reads a wire value; one the crate does not know becomes [`Self::Unknown`].
        pub fn from_wire(value: &str) -> Self {
            match value {
                "ONIMBOTV2MESSAGEADD" => Self::MessageAdd,
                "ONIMBOTV2MESSAGEUPDATE" => Self::MessageUpdate,
                "ONIMBOTV2MESSAGEDELETE" => Self::MessageDelete,
                "ONIMBOTV2JOINCHAT" => Self::JoinChat,
                "ONIMBOTV2DELETE" => Self::Delete,
                "ONIMBOTV2CONTEXTGET" => Self::ContextGet,
                "ONIMBOTV2COMMANDADD" => Self::CommandAdd,
                "ONIMBOTV2REACTIONCHANGE" => Self::ReactionChange,
                other => Self::Unknown(crate::UnknownValue::new(other)),
            }
        }
        /// The value as sent on the wire.
        #[inline]
        pub fn as_str(&self) -> &str {
            match self {
                Self::MessageAdd => "ONIMBOTV2MESSAGEADD",
                Self::MessageUpdate => "ONIMBOTV2MESSAGEUPDATE",
                Self::MessageDelete => "ONIMBOTV2MESSAGEDELETE",
                Self::JoinChat => "ONIMBOTV2JOINCHAT",
                Self::Delete => "ONIMBOTV2DELETE",
                Self::ContextGet => "ONIMBOTV2CONTEXTGET",
                Self::CommandAdd => "ONIMBOTV2COMMANDADD",
                Self::ReactionChange => "ONIMBOTV2REACTIONCHANGE",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// Whether this is a value the crate does not know.
        #[inline]
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    crate::macros::enum_impls!(BotEventType);
    /// How a bot takes part in chats (`fields.type` at registration).
    ///
    /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/entities.html>
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum BotKind {
        /// `bot`: A regular bot: in group chats it hears only messages that mention it (the default).
        Bot,
        /// `supervisor`: An observer that receives every message of the chats it is in.
        Supervisor,
        /// `personal`: A personal assistant: receives every message of its chats, and is hidden from search for users without access.
        Personal,
        /// `openline`: A bot for open channels; otherwise behaves like `bot`.
        Openline,
        /// `network`: A network bot. The registration errors list it among the accepted types; the docs do not describe it further.
        Network,
        /// A value this version of the crate does not know, kept as received.
        Unknown(crate::UnknownValue),
    }
    impl BotKind {
        /// Every known value, in documentation order.
        pub const ALL: &'static [Self] = &[
            Self::Bot,
            Self::Supervisor,
            Self::Personal,
            Self::Openline,
            Self::Network,
        ];
        /// Reads a wire value; one the crate does not know becomes [`Self::Unknown`].
        pub fn from_wire(value: &str) -> Self {
            match value {
                "bot" => Self::Bot,
                "supervisor" => Self::Supervisor,
                "personal" => Self::Personal,
                "openline" => Self::Openline,
                "network" => Self::Network,
                other => Self::Unknown(crate::UnknownValue::new(other)),
            }
        }
        /// The value as sent on the wire.
        #[inline]
        pub fn as_str(&self) -> &str {
            match self {
                Self::Bot => "bot",
                Self::Supervisor => "supervisor",
                Self::Personal => "personal",
                Self::Openline => "openline",
                Self::Network => "network",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// Whether this is a value the crate does not know.
        #[inline]
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    crate::macros::enum_impls!(BotKind);
    crate::macros::object! {
        /// Which bots `imbot.v2.Bot.list` returns.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-list.html>
        #[object(BOT_LIST_FILTER_TY)]
        #[derive(Default)]
        pub struct BotListFilter {
            /// Only bots of this kind.
            #[param("type", opt, plain(crate::imbot::BotKind))]
            #[table(
                TyInfo::Enum(
                    &EnumTy::new(
                        "BotKind",
                        &["bot",
                        "supervisor",
                        "personal",
                        "openline",
                        "network"]
                    )
                )
            )]
            pub kind: Option<crate::imbot::BotKind>,
        }
        impl BotListFilter {
            /// Starts with every parameter unset.
            #[inline]
            pub fn new() -> Self {
                Self::default()
            }
        }
    }
    crate::macros::object! {
        /// The profile of a bot being registered.
        #[object(BOT_PROPERTIES_TY)]
        pub struct BotProperties {
            /// The bot's name, shown in the chat list and the dialog header.
            #[param("name", req, none)]
            #[table(TyInfo::String, required())]
            pub name: String,
            /// The bot's last name.
            #[param("lastName", opt, into(String))]
            #[table(TyInfo::String)]
            pub last_name: Option<String>,
            /// The job title on the bot's profile.
            #[param("workPosition", opt, into(String))]
            #[table(TyInfo::String)]
            pub work_position: Option<String>,
            /// The avatar colour, sent in camelCase (`lightBlue`); picked by the portal when left out.
            #[param("color", opt(camel), plain(crate::Color))]
            #[table(
                TyInfo::Enum(
                    &EnumTy::new(
                        "Color",
                        &["red",
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
                        "graphite"]
                    )
                )
            )]
            pub color: Option<crate::Color>,
            /// The bot's gender.
            #[param("gender", opt, plain(crate::imbot::Gender))]
            #[table(TyInfo::Enum(&EnumTy::new("Gender", &["M", "F"])))]
            pub gender: Option<crate::imbot::Gender>,
            /// The avatar as base64 text, without a `data:*/*;base64,` prefix.
            #[param("avatar", opt, into(String))]
            #[table(TyInfo::File)]
            pub avatar: Option<String>,
        }
        impl BotProperties {
            /// Starts with the required parameters; the rest are set with the methods below.
            ///
            /// - `name` (`name`): The bot's name, shown in the chat list and the dialog header.
            #[inline]
            pub fn new(name: impl Into<String>) -> Self {
                Self {
                    name: name.into(),
                    last_name: None,
                    work_position: None,
                    color: None,
                    gender: None,
                    avatar: None,
                    extra: serde_json::Map::new(),
                }
            }
        }
    }
    crate::macros::object! {
        /// What `imbot.v2.Bot.register` registers.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-register.html>
        #[object(BOT_REGISTER_FIELDS_TY)]
        pub struct BotRegisterFields {
            /// The bot's code, unique within the application.
            #[param("code", req, none)]
            #[table(TyInfo::String, required())]
            pub code: String,
            /// A token of your choice, at most 40 characters, bound to the bot; every
            /// later imbot.v2 call made with webhook auth must send it. Not needed
            /// with OAuth. Longer tokens are to be refused with
            /// `BOT_TOKEN_INVALID_LENGTH` from 2026-08-06.
            #[notes("Required with webhook auth.")]
            #[param("botToken", opt, into(crate::Secret))]
            #[table(TyInfo::String, required_with(crate::schema::AuthMode::Webhook), secret())]
            pub bot_token: Option<crate::Secret>,
            /// The bot's profile.
            #[param("properties", req, none)]
            #[table(TyInfo::Struct(&crate::imbot::BOT_PROPERTIES_TY), required())]
            #[serde(deserialize_with = "crate::de::lax")]
            pub properties: crate::imbot::BotProperties,
            /// How the bot takes part in chats.
            #[notes("Default: `bot`.")]
            #[param("type", opt, plain(crate::imbot::BotKind))]
            #[table(
                TyInfo::Enum(
                    &EnumTy::new(
                        "BotKind",
                        &["bot",
                        "supervisor",
                        "personal",
                        "openline",
                        "network"]
                    )
                ),
                default("bot")
            )]
            pub kind: Option<crate::imbot::BotKind>,
            /// How the bot receives its events.
            #[notes("Default: `fetch`.")]
            #[param("eventMode", opt, plain(crate::imbot::EventMode))]
            #[table(
                TyInfo::Enum(&EnumTy::new("EventMode", &["webhook", "fetch"])),
                default("fetch")
            )]
            pub event_mode: Option<crate::imbot::EventMode>,
            /// The URL events are posted to; needed when `eventMode` is `webhook`.
            #[param("webhookUrl", opt, into(String))]
            #[table(TyInfo::String)]
            pub webhook_url: Option<String>,
            /// Whether the bot is left out of the contact list.
            #[notes("Default: `false`.")]
            #[param("isHidden", opt, plain(bool))]
            #[table(TyInfo::Boolean, default("false"))]
            pub is_hidden: Option<bool>,
            /// Whether users may react to the bot's messages.
            #[notes("Default: `true`.")]
            #[param("isReactionsEnabled", opt, plain(bool))]
            #[table(TyInfo::Boolean, default("true"))]
            pub is_reactions_enabled: Option<bool>,
            /// Whether the bot works in open channels.
            #[notes("Default: `false`.")]
            #[param("isSupportOpenline", opt, plain(bool))]
            #[table(TyInfo::Boolean, default("false"))]
            pub is_support_openline: Option<bool>,
            /// The background of the bot's chat; the user's own when left out. An unknown value counts as none.
            #[param("backgroundId", opt, plain(crate::imbot::BotBackground))]
            #[table(
                TyInfo::Enum(
                    &EnumTy::new(
                        "BotBackground",
                        &["azure",
                        "mint",
                        "steel",
                        "slate",
                        "teal",
                        "cornflower",
                        "sky",
                        "peach",
                        "frost"]
                    )
                )
            )]
            pub background_id: Option<crate::imbot::BotBackground>,
        }
        impl BotRegisterFields {
            /// Starts with the required parameters; the rest are set with the methods below.
            ///
            /// - `code` (`code`): The bot's code, unique within the application.
            /// - `properties` (`properties`): The bot's profile.
            #[inline]
            pub fn new(
                code: impl Into<String>,
                properties: crate::imbot::BotProperties,
            ) -> Self {
                Self {
                    code: code.into(),
                    bot_token: None,
                    properties,
                    kind: None,
                    event_mode: None,
                    webhook_url: None,
                    is_hidden: None,
                    is_reactions_enabled: None,
                    is_support_openline: None,
                    background_id: None,
                    extra: serde_json::Map::new(),
                }
            }
        }
    }
    crate::macros::object! {
        /// What `imbot.v2.Bot.update` changes.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-update.html>
        #[object(BOT_UPDATE_FIELDS_TY)]
        #[derive(Default)]
        pub struct BotUpdateFields {
            /// Changes to the bot's profile.
            #[param("properties", opt, plain(crate::imbot::BotUpdateProperties))]
            #[table(TyInfo::Struct(&crate::imbot::BOT_UPDATE_PROPERTIES_TY))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub properties: Option<crate::imbot::BotUpdateProperties>,
            /// Whether the bot is left out of the contact list.
            #[param("isHidden", opt, plain(bool))]
            #[table(TyInfo::Boolean)]
            pub is_hidden: Option<bool>,
            /// Whether users may react to the bot's messages.
            #[param("isReactionsEnabled", opt, plain(bool))]
            #[table(TyInfo::Boolean)]
            pub is_reactions_enabled: Option<bool>,
            /// Whether the bot works in open channels.
            #[param("isSupportOpenline", opt, plain(bool))]
            #[table(TyInfo::Boolean)]
            pub is_support_openline: Option<bool>,
            /// The background of the bot's chat; `null` goes back to the user's own. An unknown value counts as `null`.
            #[param("backgroundId", opt, null(crate::imbot::BotBackground))]
            #[table(
                TyInfo::Nullable(
                    &TyInfo::Enum(
                        &EnumTy::new(
                            "BotBackground",
                            &["azure",
                            "mint",
                            "steel",
                            "slate",
                            "teal",
                            "cornflower",
                            "sky",
                            "peach",
                            "frost"]
                        )
                    )
                )
            )]
            pub background_id: Option<Option<crate::imbot::BotBackground>>,
            /// How the bot receives its events.
            #[param("eventMode", opt, plain(crate::imbot::EventMode))]
            #[table(TyInfo::Enum(&EnumTy::new("EventMode", &["webhook", "fetch"])))]
            pub event_mode: Option<crate::imbot::EventMode>,
            /// The URL events are posted to, when `eventMode` is `webhook`.
            #[param("webhookUrl", opt, into(String))]
            #[table(TyInfo::String)]
            pub webhook_url: Option<String>,
            /// A new token for the bot, at most 40 characters; empty or blank text is
            /// ignored. The call is authorized with the old token, given as the
            /// top-level `botToken`.
            #[param("botToken", opt, into(crate::Secret))]
            #[table(TyInfo::String, secret())]
            pub bot_token: Option<crate::Secret>,
        }
        impl BotUpdateFields {
            /// Starts with every parameter unset.
            #[inline]
            pub fn new() -> Self {
                Self::default()
            }
        }
    }
    crate::macros::object! {
        /// Changes to a bot's profile; the properties left out keep their value.
        #[object(BOT_UPDATE_PROPERTIES_TY)]
        #[derive(Default)]
        pub struct BotUpdateProperties {
            /// The new name.
            #[param("name", opt, into(String))]
            #[table(TyInfo::String)]
            pub name: Option<String>,
            /// The new last name.
            #[param("lastName", opt, into(String))]
            #[table(TyInfo::String)]
            pub last_name: Option<String>,
            /// The new job title.
            #[param("workPosition", opt, into(String))]
            #[table(TyInfo::String)]
            pub work_position: Option<String>,
            /// The new avatar colour, sent in camelCase; an unknown colour is ignored.
            #[param("color", opt(camel), plain(crate::Color))]
            #[table(
                TyInfo::Enum(
                    &EnumTy::new(
                        "Color",
                        &["red",
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
                        "graphite"]
                    )
                )
            )]
            pub color: Option<crate::Color>,
            /// The new gender.
            #[param("gender", opt, plain(crate::imbot::Gender))]
            #[table(TyInfo::Enum(&EnumTy::new("Gender", &["M", "F"])))]
            pub gender: Option<crate::imbot::Gender>,
            /// The new avatar as base64 text, without a `data:*/*;base64,` prefix.
            #[param("avatar", opt, into(String))]
            #[table(TyInfo::File)]
            pub avatar: Option<String>,
        }
        impl BotUpdateProperties {
            /// Starts with every parameter unset.
            #[inline]
            pub fn new() -> Self {
                Self::default()
            }
        }
    }
    crate::macros::object! {
        /// A chat as the imbot.v2 methods return it.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/entities.html>
        #[object(CHAT_TY)]
        pub struct Chat {
            /// The chat's id.
            #[param("id", req, none)]
            #[table(TyInfo::Integer, required())]
            #[serde(deserialize_with = "crate::de::lax")]
            pub id: i64,
            /// The dialog id: `chat5` for a group chat, a user id such as `123` for a private one.
            #[param("dialogId", opt, none)]
            #[table(TyInfo::String)]
            pub dialog_id: Option<String>,
            /// The chat's title.
            #[param("name", opt, none)]
            #[table(TyInfo::String)]
            pub name: Option<String>,
            /// What kind of chat it is.
            #[param("type", opt, none)]
            #[table(
                TyInfo::Enum(
                    &EnumTy::new(
                        "ChatKind",
                        &["chat",
                        "open",
                        "channel",
                        "openChannel",
                        "copilot",
                        "thread",
                        "generalChannel"]
                    )
                )
            )]
            pub kind: Option<crate::imbot::ChatKind>,
            /// Internal type letter: `C` chat, `O` open, `P` private, and others.
            #[param("messageType", opt, none)]
            #[table(TyInfo::String)]
            pub message_type: Option<String>,
            /// User id of the chat's owner.
            #[param("owner", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub owner: Option<i64>,
            /// The chat's colour, sent as HEX.
            #[param("color", opt(hex), none)]
            #[table(
                TyInfo::Nullable(
                    &TyInfo::Enum(
                        &EnumTy::new(
                            "Color",
                            &["#df532d",
                            "#64a513",
                            "#4ba984",
                            "#4ba5c3",
                            "#3e99ce",
                            "#8474c8",
                            "#1eb4aa",
                            "#f76187",
                            "#58cc47",
                            "#ab7761",
                            "#29619b",
                            "#728f7a",
                            "#ba9c7b",
                            "#556574",
                            "#909090",
                            "#5e5f5e"]
                        )
                    )
                )
            )]
            pub color: Option<crate::Color>,
            /// URL of the chat's avatar; empty when there is none.
            #[param("avatar", opt, none)]
            #[table(TyInfo::String)]
            pub avatar: Option<String>,
            /// The chat's description.
            #[param("description", opt, none)]
            #[table(TyInfo::String)]
            pub description: Option<String>,
            /// Whether extranet users are in the chat.
            #[param("extranet", opt, none)]
            #[table(TyInfo::Boolean)]
            pub extranet: Option<bool>,
            /// The calling user's role in the chat.
            #[param("role", opt, none)]
            #[table(
                TyInfo::Enum(
                    &EnumTy::new("ChatRole", &["owner", "manager", "member", "guest", "none"])
                )
            )]
            pub role: Option<crate::imbot::ChatRole>,
            /// Whether collaborators are in the chat.
            #[param("containsCollaber", opt, none)]
            #[table(TyInfo::Boolean)]
            pub contains_collaber: Option<bool>,
            /// Ids of users who muted the chat (absent in events).
            #[param("muteList", opt, none)]
            #[table(TyInfo::List(&TyInfo::Integer))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub mute_list: Option<Vec<i64>>,
            /// What external object the chat is linked to, such as `LINES` for open lines.
            #[param("entityType", opt, none)]
            #[table(TyInfo::String)]
            pub entity_type: Option<String>,
            /// Id of the linked object.
            #[param("entityId", opt, none)]
            #[table(TyInfo::String)]
            pub entity_id: Option<String>,
            /// Extra data of the linked object, first field.
            #[param("entityData1", opt, none)]
            #[table(TyInfo::String)]
            pub entity_data1: Option<String>,
            /// Extra data of the linked object, second field.
            #[param("entityData2", opt, none)]
            #[table(TyInfo::String)]
            pub entity_data2: Option<String>,
            /// Extra data of the linked object, third field.
            #[param("entityData3", opt, none)]
            #[table(TyInfo::String)]
            pub entity_data3: Option<String>,
            /// Link data of the external object.
            #[param("entityLink", opt, none)]
            #[table(TyInfo::Object)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub entity_link: Option<serde_json::Map<String, serde_json::Value>>,
            /// Id of the Drive folder holding the chat's files.
            #[param("diskFolderId", opt, none)]
            #[table(TyInfo::Nullable(&TyInfo::Integer))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub disk_folder_id: Option<i64>,
            /// What the calling user may do in the chat.
            #[param("permissions", opt, none)]
            #[table(TyInfo::Object)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub permissions: Option<serde_json::Map<String, serde_json::Value>>,
            /// For a thread, the id of its parent chat.
            #[param("parentChatId", opt, none)]
            #[table(TyInfo::Nullable(&TyInfo::Integer))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub parent_chat_id: Option<i64>,
            /// For a thread, the id of the message it hangs off.
            #[param("parentMessageId", opt, none)]
            #[table(TyInfo::Nullable(&TyInfo::Integer))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub parent_message_id: Option<i64>,
            /// Whether the chat was just created.
            #[param("isNew", opt, none)]
            #[table(TyInfo::Boolean)]
            pub is_new: Option<bool>,
            /// Whether the message input is enabled: `Y` or `N`.
            #[param("textFieldEnabled", opt, none)]
            #[table(TyInfo::String)]
            pub text_field_enabled: Option<String>,
            /// Id of the chat's background, or null.
            #[param("backgroundId", opt, none)]
            #[table(TyInfo::Nullable(&TyInfo::String))]
            pub background_id: Option<String>,
            /// When the chat was created (ISO 8601); method responses only.
            #[param("dateCreate", opt, none)]
            #[table(TyInfo::Nullable(&TyInfo::String))]
            pub date_create: Option<String>,
            /// Id of the last message; method responses only.
            #[param("lastMessageId", opt, none)]
            #[table(TyInfo::Nullable(&TyInfo::Integer))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub last_message_id: Option<i64>,
            /// Id of the last message the caller read; method responses only.
            #[param("lastId", opt, none)]
            #[table(TyInfo::Nullable(&TyInfo::Integer))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub last_id: Option<i64>,
            /// Ids of the chat's managers; method responses only.
            #[param("managerList", opt, none)]
            #[table(TyInfo::List(&TyInfo::Integer))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub manager_list: Option<Vec<i64>>,
            /// How many messages the chat holds; method responses only.
            #[param("messageCount", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub message_count: Option<i64>,
            /// How many members the chat has; method responses only.
            #[param("userCounter", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub user_counter: Option<i64>,
            /// Id of the first unread message; method responses only.
            #[param("unreadId", opt, none)]
            #[table(TyInfo::Nullable(&TyInfo::Integer))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub unread_id: Option<i64>,
            /// Views of the last message, as a JSON string; method responses only.
            #[param("lastMessageViews", opt, none)]
            #[table(TyInfo::String)]
            pub last_message_views: Option<String>,
            /// Id of the marked message; method responses only.
            #[param("markedId", opt, none)]
            #[table(TyInfo::Nullable(&TyInfo::Integer))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub marked_id: Option<i64>,
            /// Public access settings; method responses only.
            #[param("public", opt, none)]
            #[table(TyInfo::Union(&[TyInfo::Object, TyInfo::String]))]
            pub public_access: Option<serde_json::Value>,
        }
    }
    crate::macros::object! {
        /// Properties of a chat a bot creates.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-add.html>
        #[object(CHAT_FIELDS_TY)]
        #[derive(Default)]
        pub struct ChatFields {
            /// The chat's title.
            #[param("title", opt, into(String))]
            #[table(TyInfo::String)]
            pub title: Option<String>,
            /// The chat's description.
            #[param("description", opt, into(String))]
            #[table(TyInfo::String)]
            pub description: Option<String>,
            /// The chat's colour, sent in camelCase (`lightBlue`). A missing colour is picked by the portal.
            #[notes("A value outside the list is replaced by one the portal picks.")]
            #[param("color", opt(camel), plain(crate::Color))]
            #[table(
                TyInfo::Enum(
                    &EnumTy::new(
                        "Color",
                        &["red",
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
                        "graphite"]
                    ).unlisted(Unlisted::Replaced)
                )
            )]
            pub color: Option<crate::Color>,
            /// The chat's avatar as base64 text.
            #[param("avatar", opt, into(String))]
            #[table(TyInfo::File)]
            pub avatar: Option<String>,
            /// Ids of the members to add.
            #[param("userIds", opt, iter(i64))]
            #[table(TyInfo::List(&TyInfo::Integer))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub user_ids: Option<Vec<i64>>,
            /// Id of the chat's owner; the bot when left out.
            #[param("ownerId", opt, plain(i64))]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub owner_id: Option<i64>,
            /// The first message posted in the chat.
            #[param("message", opt, into(String))]
            #[table(TyInfo::String)]
            pub message: Option<String>,
        }
        impl ChatFields {
            /// Starts with every parameter unset.
            #[inline]
            pub fn new() -> Self {
                Self::default()
            }
        }
    }
    crate::macros::object! {
        /// A file attached to a message, as the imbot.v2 methods return it.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/entities.html#file>
        #[object(CHAT_FILE_TY)]
        pub struct ChatFile {
            /// The file's id on Drive.
            #[param("id", req, none)]
            #[table(TyInfo::Integer, required())]
            #[serde(deserialize_with = "crate::de::lax")]
            pub id: i64,
            /// Id of the chat the file belongs to.
            #[param("chatId", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub chat_id: Option<i64>,
            /// When the file was uploaded (ISO 8601).
            #[param("date", opt, none)]
            #[table(TyInfo::Nullable(&TyInfo::String))]
            pub date: Option<String>,
            /// What the file holds.
            #[param("type", opt, none)]
            #[table(
                TyInfo::Enum(&EnumTy::new("FileKind", &["file", "image", "video", "audio"]))
            )]
            pub kind: Option<crate::imbot::FileKind>,
            /// The file name with its extension.
            #[param("name", opt, none)]
            #[table(TyInfo::String)]
            pub name: Option<String>,
            /// The extension in lower case.
            #[param("extension", opt, none)]
            #[table(TyInfo::String)]
            pub extension: Option<String>,
            /// Size in bytes.
            #[param("size", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub size: Option<i64>,
            /// For an image, its preview size (`{"height": 600, "width": 800}`); otherwise `false`.
            #[param("image", opt, none)]
            #[table(TyInfo::OrFalse(&TyInfo::Object))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub image: Option<crate::OrFalse<serde_json::Map<String, serde_json::Value>>>,
            /// Id of the user who uploaded the file.
            #[param("authorId", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub author_id: Option<i64>,
            /// Name of the user who uploaded the file.
            #[param("authorName", opt, none)]
            #[table(TyInfo::String)]
            pub author_name: Option<String>,
            /// Whether the portal can transcribe the file.
            #[param("isTranscribable", opt, none)]
            #[table(TyInfo::Boolean)]
            pub is_transcribable: Option<bool>,
            /// Whether the file is a video note.
            #[param("isVideoNote", opt, none)]
            #[table(TyInfo::Boolean)]
            pub is_video_note: Option<bool>,
            /// Whether the file is a voice message.
            #[param("isVoiceNote", opt, none)]
            #[table(TyInfo::Boolean)]
            pub is_voice_note: Option<bool>,
        }
    }
    /// What kind of chat an imbot.v2 chat is.
    ///
    /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/entities.html>
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
        Unknown(crate::UnknownValue),
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
                other => Self::Unknown(crate::UnknownValue::new(other)),
            }
        }
        /// The value as sent on the wire.
        #[inline]
        pub fn as_str(&self) -> &str {
            match self {
                Self::Chat => "chat",
                Self::Open => "open",
                Self::Channel => "channel",
                Self::OpenChannel => "openChannel",
                Self::Copilot => "copilot",
                Self::Thread => "thread",
                Self::GeneralChannel => "generalChannel",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// Whether this is a value the crate does not know.
        #[inline]
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    crate::macros::enum_impls!(ChatKind);
    /// The calling user's role in a chat.
    ///
    /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/entities.html>
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
        Unknown(crate::UnknownValue),
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
                other => Self::Unknown(crate::UnknownValue::new(other)),
            }
        }
        /// The value as sent on the wire.
        #[inline]
        pub fn as_str(&self) -> &str {
            match self {
                Self::Owner => "owner",
                Self::Manager => "manager",
                Self::Member => "member",
                Self::Guest => "guest",
                Self::None => "none",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// Whether this is a value the crate does not know.
        #[inline]
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    crate::macros::enum_impls!(ChatRole);
    crate::macros::object! {
        /// The properties `imbot.v2.Chat.update` changes.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-update.html>
        #[object(CHAT_UPDATE_FIELDS_TY)]
        #[derive(Default)]
        pub struct ChatUpdateFields {
            /// The new title.
            #[param("title", opt, into(String))]
            #[table(TyInfo::String)]
            pub title: Option<String>,
            /// The new description.
            #[param("description", opt, into(String))]
            #[table(TyInfo::String)]
            pub description: Option<String>,
            /// The new colour, sent in camelCase (`lightBlue`).
            #[param("color", opt(camel), plain(crate::Color))]
            #[table(
                TyInfo::Enum(
                    &EnumTy::new(
                        "Color",
                        &["red",
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
                        "graphite"]
                    )
                )
            )]
            pub color: Option<crate::Color>,
            /// The new avatar as base64 text.
            #[param("avatar", opt, into(String))]
            #[table(TyInfo::File)]
            pub avatar: Option<String>,
        }
        impl ChatUpdateFields {
            /// Starts with every parameter unset.
            #[inline]
            pub fn new() -> Self {
                Self::default()
            }
        }
    }
    crate::macros::object! {
        /// The sort order of `imbot.v2.Chat.User.list`: a direction per key, such as `{"id": "ASC"}`.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-user-list.html>
        #[object(CHAT_USER_ORDER_TY)]
        #[derive(Default)]
        pub struct ChatUserOrder {
            /// By the membership record's id.
            #[param("id", opt, plain(crate::imbot::SortDirection))]
            #[table(TyInfo::Enum(&EnumTy::new("SortDirection", &["ASC", "DESC"])))]
            pub id: Option<crate::imbot::SortDirection>,
            /// By the last message each member sent.
            #[param("lastSendMessageId", opt, plain(crate::imbot::SortDirection))]
            #[table(TyInfo::Enum(&EnumTy::new("SortDirection", &["ASC", "DESC"])))]
            pub last_send_message_id: Option<crate::imbot::SortDirection>,
            /// By user id.
            #[param("userId", opt, plain(crate::imbot::SortDirection))]
            #[table(TyInfo::Enum(&EnumTy::new("SortDirection", &["ASC", "DESC"])))]
            pub user_id: Option<crate::imbot::SortDirection>,
        }
        impl ChatUserOrder {
            /// Starts with every parameter unset.
            #[inline]
            pub fn new() -> Self {
                Self::default()
            }
        }
    }
    crate::macros::object! {
        /// A slash command of a bot.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/entities.html>
        #[object(COMMAND_TY)]
        pub struct Command {
            /// The command's id.
            #[param("id", req, none)]
            #[table(TyInfo::Integer, required())]
            #[serde(deserialize_with = "crate::de::lax")]
            pub id: i64,
            /// Id of the bot the command belongs to.
            #[param("botId", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub bot_id: Option<i64>,
            /// The command with its leading slash, such as `/help`.
            #[param("command", opt, none)]
            #[table(TyInfo::String)]
            pub command: Option<String>,
            /// Whether the command works in every chat (`true`) or only where the bot is a member (`false`).
            #[param("common", opt, none)]
            #[table(TyInfo::Boolean)]
            pub common: Option<bool>,
            /// Whether the command is left out of the suggestions.
            #[param("hidden", opt, none)]
            #[table(TyInfo::Boolean)]
            pub hidden: Option<bool>,
            /// Whether extranet users may use the command.
            #[param("extranetSupport", opt, none)]
            #[table(TyInfo::Boolean)]
            pub extranet_support: Option<bool>,
            /// The command's title in the portal's language; method responses only.
            #[param("title", opt, none)]
            #[table(TyInfo::String)]
            pub title: Option<String>,
            /// What the command's arguments are, in the portal's language; method responses only.
            #[param("params", opt, none)]
            #[table(TyInfo::String)]
            pub params: Option<String>,
            /// Name of the bot the command belongs to; method responses only.
            #[param("category", opt, none)]
            #[table(TyInfo::String)]
            pub category: Option<String>,
            /// The context the command was called in; method responses only.
            #[param("context", opt, none)]
            #[table(TyInfo::String)]
            pub context: Option<String>,
        }
    }
    crate::macros::object! {
        /// The message that answers a command.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/commands/command-answer.html>
        #[object(COMMAND_ANSWER_FIELDS_TY)]
        #[derive(Default)]
        pub struct CommandAnswerFields {
            /// The text, at most 20,000 characters.
            #[param("message", opt, into(String))]
            #[table(TyInfo::String)]
            pub message: Option<String>,
            /// Attachment blocks, as built by the attachment constructor.
            #[param("attach", opt, iter(serde_json::Map<String, serde_json::Value>))]
            #[table(TyInfo::List(&TyInfo::Object))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub attach: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
            /// Buttons under the message.
            #[param("keyboard", opt, iter(crate::KeyboardButton))]
            #[table(TyInfo::List(&TyInfo::Struct(&crate::KEYBOARD_BUTTON_TY)))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub keyboard: Option<Vec<crate::KeyboardButton>>,
            /// Whether to post it as a system message.
            #[notes("Default: `false`.")]
            #[param("system", opt, plain(bool))]
            #[table(TyInfo::Boolean, default("false"))]
            pub system: Option<bool>,
            /// Whether links in the text get a preview.
            #[notes("Default: `true`.")]
            #[param("urlPreview", opt, plain(bool))]
            #[table(TyInfo::Boolean, default("true"))]
            pub url_preview: Option<bool>,
        }
        impl CommandAnswerFields {
            /// Starts with every parameter unset.
            #[inline]
            pub fn new() -> Self {
                Self::default()
            }
        }
    }
    crate::macros::object! {
        /// The slash command a user called, as a command event carries it.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/events.html#command-object>
        #[object(COMMAND_CALL_TY)]
        #[derive(Default)]
        pub struct CommandCall {
            /// Id of the registered command.
            #[param("id", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub id: Option<i64>,
            /// The command as typed, such as `/help`.
            #[param("command", opt, none)]
            #[table(TyInfo::String)]
            pub command: Option<String>,
            /// The text after the command.
            #[param("params", opt, none)]
            #[table(TyInfo::String)]
            pub params: Option<String>,
            /// Where it was called from: `textarea` (typed), `keyboard` (a button) or `menu` (the context menu).
            #[param("context", opt, none)]
            #[table(TyInfo::String)]
            pub context: Option<String>,
        }
    }
    crate::macros::object! {
        /// What `imbot.v2.Command.register` registers.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/commands/command-register.html>
        #[object(COMMAND_REGISTER_FIELDS_TY)]
        pub struct CommandRegisterFields {
            /// The command without its slash, such as `help`.
            #[param("command", req, none)]
            #[table(TyInfo::String, required())]
            pub command: String,
            /// The command's title per language code in lower case (`{"en": "Help"}`), shown in the command list. Needed unless the command is hidden.
            #[param("title", opt, map(String))]
            #[table(TyInfo::Map(&TyInfo::String))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub title: Option<std::collections::BTreeMap<String, String>>,
            /// A hint about the command's arguments per language code, shown next to the command.
            #[param("params", opt, map(String))]
            #[table(TyInfo::Map(&TyInfo::String))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub params: Option<std::collections::BTreeMap<String, String>>,
            /// Whether the command works in every chat (`true`) or only in the bot's own dialogs and chats (`false`).
            #[notes("Default: `false`.")]
            #[param("common", opt, plain(bool))]
            #[table(TyInfo::Boolean, default("false"))]
            pub common: Option<bool>,
            /// Whether the command is left out of the command list.
            #[notes("Default: `false`.")]
            #[param("hidden", opt, plain(bool))]
            #[table(TyInfo::Boolean, default("false"))]
            pub hidden: Option<bool>,
            /// Whether extranet users may use the command.
            #[notes("Default: `false`.")]
            #[param("extranetSupport", opt, plain(bool))]
            #[table(TyInfo::Boolean, default("false"))]
            pub extranet_support: Option<bool>,
        }
        impl CommandRegisterFields {
            /// Starts with the required parameters; the rest are set with the methods below.
            ///
            /// - `command` (`command`): The command without its slash, such as `help`.
            #[inline]
            pub fn new(command: impl Into<String>) -> Self {
                Self {
                    command: command.into(),
                    title: None,
                    params: None,
                    common: None,
                    hidden: None,
                    extranet_support: None,
                    extra: serde_json::Map::new(),
                }
            }
        }
    }
    crate::macros::object! {
        /// What `imbot.v2.Command.update` changes.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/commands/command-update.html>
        #[object(COMMAND_UPDATE_FIELDS_TY)]
        #[derive(Default)]
        pub struct CommandUpdateFields {
            /// The new command, without its slash.
            #[param("command", opt, into(String))]
            #[table(TyInfo::String)]
            pub command: Option<String>,
            /// Titles per language code: a text sets the title in that language, `null` removes it, a language left out keeps its title (`{"en": "New", "de": null}`).
            #[param("title", opt, map(Option<String>))]
            #[table(TyInfo::Map(&TyInfo::Nullable(&TyInfo::String)))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub title: Option<std::collections::BTreeMap<String, Option<String>>>,
            /// Argument hints per language code, set and removed like `title`; applied only to the languages `title` has.
            #[param("params", opt, map(Option<String>))]
            #[table(TyInfo::Map(&TyInfo::Nullable(&TyInfo::String)))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub params: Option<std::collections::BTreeMap<String, Option<String>>>,
            /// Whether the command works in every chat.
            #[param("common", opt, plain(bool))]
            #[table(TyInfo::Boolean)]
            pub common: Option<bool>,
            /// Whether the command is left out of the command list.
            #[param("hidden", opt, plain(bool))]
            #[table(TyInfo::Boolean)]
            pub hidden: Option<bool>,
            /// Whether extranet users may use the command.
            #[param("extranetSupport", opt, plain(bool))]
            #[table(TyInfo::Boolean)]
            pub extranet_support: Option<bool>,
        }
        impl CommandUpdateFields {
            /// Starts with every parameter unset.
            #[inline]
            pub fn new() -> Self {
                Self::default()
            }
        }
    }
    crate::macros::object! {
        /// The bot an event is for. A handler gets its id, code and tokens to call
        /// back with; `imbot.v2.Event.get` gives the whole bot instead, whose other
        /// fields land in `extra`.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/events.html#bot-format>
        #[object(EVENT_BOT_TY)]
        pub struct EventBot {
            /// Id of the bot's user.
            #[param("id", req, none)]
            #[table(TyInfo::Integer, required())]
            #[serde(deserialize_with = "crate::de::lax")]
            pub id: i64,
            /// The bot's unique text code.
            #[param("code", opt, none)]
            #[table(TyInfo::String)]
            pub code: Option<String>,
            /// OAuth tokens for the bot's calls back to the portal; absent in FETCH mode.
            #[param("auth", opt, none)]
            #[table(TyInfo::Struct(&crate::imbot::EVENT_BOT_AUTH_TY))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub auth: Option<crate::imbot::EventBotAuth>,
        }
    }
    crate::macros::object! {
        /// The tokens and addresses an event gives a bot to call the portal back with.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/events.html#webhook-payload>
        #[object(EVENT_BOT_AUTH_TY)]
        #[derive(Default)]
        pub struct EventBotAuth {
            /// An OAuth access token for calls made as the bot.
            #[param("access_token", opt, none)]
            #[table(TyInfo::String, secret())]
            pub access_token: Option<crate::Secret>,
            /// An OAuth refresh token, when one is sent.
            #[param("refresh_token", opt, none)]
            #[table(TyInfo::String, secret())]
            pub refresh_token: Option<crate::Secret>,
            /// The application's token; check the one of the envelope's `auth` instead.
            #[param("application_token", opt, none)]
            #[table(TyInfo::String, secret())]
            pub application_token: Option<crate::Secret>,
            /// When the access token expires (Unix seconds).
            #[param("expires", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub expires: Option<i64>,
            /// Seconds until the access token expires.
            #[param("expires_in", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub expires_in: Option<i64>,
            /// The scopes the token grants.
            #[param("scope", opt, none)]
            #[table(TyInfo::String)]
            pub scope: Option<String>,
            /// The portal's address.
            #[param("domain", opt, none)]
            #[table(TyInfo::String)]
            pub domain: Option<String>,
            /// The OAuth server's address.
            #[param("server_endpoint", opt, none)]
            #[table(TyInfo::String)]
            pub server_endpoint: Option<String>,
            /// The application's status letter: `L` local, `F` free, `S` paid.
            #[param("status", opt, none)]
            #[table(TyInfo::String)]
            pub status: Option<String>,
            /// The portal's REST address.
            #[param("client_endpoint", opt, none)]
            #[table(TyInfo::String)]
            pub client_endpoint: Option<String>,
            /// The portal's id.
            #[param("member_id", opt, none)]
            #[table(TyInfo::String)]
            pub member_id: Option<String>,
            /// Id of the user the token acts for.
            #[param("user_id", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub user_id: Option<i64>,
        }
    }
    /// How a bot receives its events.
    ///
    /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/entities.html>
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum EventMode {
        /// `webhook`: The portal posts each event to the bot's handler URL.
        Webhook,
        /// `fetch`: The bot polls for events with `imbot.v2.Event.get`.
        Fetch,
        /// A value this version of the crate does not know, kept as received.
        Unknown(crate::UnknownValue),
    }
    impl EventMode {
        /// Every known value, in documentation order.
        pub const ALL: &'static [Self] = &[Self::Webhook, Self::Fetch];
        /// Reads a wire value; one the crate does not know becomes [`Self::Unknown`].
        pub fn from_wire(value: &str) -> Self {
            match value {
                "webhook" => Self::Webhook,
                "fetch" => Self::Fetch,
                other => Self::Unknown(crate::UnknownValue::new(other)),
            }
        }
        /// The value as sent on the wire.
        #[inline]
        pub fn as_str(&self) -> &str {
            match self {
                Self::Webhook => "webhook",
                Self::Fetch => "fetch",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// Whether this is a value the crate does not know.
        #[inline]
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    crate::macros::enum_impls!(EventMode);
    /// What a file attached to a message holds.
    ///
    /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/entities.html>
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum FileKind {
        /// `file`: Any other file.
        File,
        /// `image`: An image.
        Image,
        /// `video`: A video.
        Video,
        /// `audio`: An audio recording.
        Audio,
        /// A value this version of the crate does not know, kept as received.
        Unknown(crate::UnknownValue),
    }
    impl FileKind {
        /// Every known value, in documentation order.
        pub const ALL: &'static [Self] = &[
            Self::File,
            Self::Image,
            Self::Video,
            Self::Audio,
        ];
        /// Reads a wire value; one the crate does not know becomes [`Self::Unknown`].
        pub fn from_wire(value: &str) -> Self {
            match value {
                "file" => Self::File,
                "image" => Self::Image,
                "video" => Self::Video,
                "audio" => Self::Audio,
                other => Self::Unknown(crate::UnknownValue::new(other)),
            }
        }
        /// The value as sent on the wire.
        #[inline]
        pub fn as_str(&self) -> &str {
            match self {
                Self::File => "file",
                Self::Image => "image",
                Self::Video => "video",
                Self::Audio => "audio",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// Whether this is a value the crate does not know.
        #[inline]
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    crate::macros::enum_impls!(FileKind);
    crate::macros::object! {
        /// What `imbot.v2.File.upload` uploads.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/files/file-upload.html>
        #[object(FILE_UPLOAD_FIELDS_TY)]
        pub struct FileUploadFields {
            /// The file name with its extension.
            #[param("name", req, none)]
            #[table(TyInfo::String, required())]
            pub name: String,
            /// The file as base64 text without a `data:*/*;base64,` prefix, at most 100 MB.
            #[param("content", req, none)]
            #[table(TyInfo::File, required())]
            pub content: String,
            /// A text posted with the file.
            #[param("message", opt, into(String))]
            #[table(TyInfo::String)]
            pub message: Option<String>,
        }
        impl FileUploadFields {
            /// Starts with the required parameters; the rest are set with the methods below.
            ///
            /// - `name` (`name`): The file name with its extension.
            /// - `content` (`content`): The file as base64 text without a `data:*/*;base64,` prefix, at most 100 MB.
            #[inline]
            pub fn new(name: impl Into<String>, content: impl Into<String>) -> Self {
                Self {
                    name: name.into(),
                    content: content.into(),
                    message: None,
                    extra: serde_json::Map::new(),
                }
            }
        }
    }
    /// A gender as a bot's profile gives it.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum Gender {
        /// `M`: Male.
        Male,
        /// `F`: Female.
        Female,
        /// A value this version of the crate does not know, kept as received.
        Unknown(crate::UnknownValue),
    }
    impl Gender {
        /// Every known value, in documentation order.
        pub const ALL: &'static [Self] = &[Self::Male, Self::Female];
        /// Reads a wire value; one the crate does not know becomes [`Self::Unknown`].
        pub fn from_wire(value: &str) -> Self {
            match value {
                "M" => Self::Male,
                "F" => Self::Female,
                other => Self::Unknown(crate::UnknownValue::new(other)),
            }
        }
        /// The value as sent on the wire.
        #[inline]
        pub fn as_str(&self) -> &str {
            match self {
                Self::Male => "M",
                Self::Female => "F",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// Whether this is a value the crate does not know.
        #[inline]
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    crate::macros::enum_impls!(Gender);
    /// An activity a bot shows in a dialog while it works.
    ///
    /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/ui/chat-input-action-notify.html>
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum InputActionStatus {
        /// `IMBOT_AGENT_ACTION_THINKING`: Thinking.
        Thinking,
        /// `IMBOT_AGENT_ACTION_SEARCHING`: Searching for information.
        Searching,
        /// `IMBOT_AGENT_ACTION_GENERATING`: Preparing an answer.
        Generating,
        /// `IMBOT_AGENT_ACTION_ANALYZING`: Analyzing the request.
        Analyzing,
        /// `IMBOT_AGENT_ACTION_PROCESSING`: Processing data.
        Processing,
        /// `IMBOT_AGENT_ACTION_TRANSLATING`: Translating text.
        Translating,
        /// `IMBOT_AGENT_ACTION_CONNECTING`: Connecting to a service.
        Connecting,
        /// `IMBOT_AGENT_ACTION_CHECKING`: Checking data.
        Checking,
        /// `IMBOT_AGENT_ACTION_CALCULATING`: Calculating.
        Calculating,
        /// `IMBOT_AGENT_ACTION_READING_DOCS`: Reading documents.
        ReadingDocs,
        /// `IMBOT_AGENT_ACTION_COMPOSING`: Composing an answer.
        Composing,
        /// A value this version of the crate does not know, kept as received.
        Unknown(crate::UnknownValue),
    }
    impl InputActionStatus {
        /// Every known value, in documentation order.
        pub const ALL: &'static [Self] = &[
            Self::Thinking,
            Self::Searching,
            Self::Generating,
            Self::Analyzing,
            Self::Processing,
            Self::Translating,
            Self::Connecting,
            Self::Checking,
            Self::Calculating,
            Self::ReadingDocs,
            Self::Composing,
        ];
        /// Reads a wire value; one the crate does not know becomes [`Self::Unknown`].
        pub fn from_wire(value: &str) -> Self {
            match value {
                "IMBOT_AGENT_ACTION_THINKING" => Self::Thinking,
                "IMBOT_AGENT_ACTION_SEARCHING" => Self::Searching,
                "IMBOT_AGENT_ACTION_GENERATING" => Self::Generating,
                "IMBOT_AGENT_ACTION_ANALYZING" => Self::Analyzing,
                "IMBOT_AGENT_ACTION_PROCESSING" => Self::Processing,
                "IMBOT_AGENT_ACTION_TRANSLATING" => Self::Translating,
                "IMBOT_AGENT_ACTION_CONNECTING" => Self::Connecting,
                "IMBOT_AGENT_ACTION_CHECKING" => Self::Checking,
                "IMBOT_AGENT_ACTION_CALCULATING" => Self::Calculating,
                "IMBOT_AGENT_ACTION_READING_DOCS" => Self::ReadingDocs,
                "IMBOT_AGENT_ACTION_COMPOSING" => Self::Composing,
                other => Self::Unknown(crate::UnknownValue::new(other)),
            }
        }
        /// The value as sent on the wire.
        #[inline]
        pub fn as_str(&self) -> &str {
            match self {
                Self::Thinking => "IMBOT_AGENT_ACTION_THINKING",
                Self::Searching => "IMBOT_AGENT_ACTION_SEARCHING",
                Self::Generating => "IMBOT_AGENT_ACTION_GENERATING",
                Self::Analyzing => "IMBOT_AGENT_ACTION_ANALYZING",
                Self::Processing => "IMBOT_AGENT_ACTION_PROCESSING",
                Self::Translating => "IMBOT_AGENT_ACTION_TRANSLATING",
                Self::Connecting => "IMBOT_AGENT_ACTION_CONNECTING",
                Self::Checking => "IMBOT_AGENT_ACTION_CHECKING",
                Self::Calculating => "IMBOT_AGENT_ACTION_CALCULATING",
                Self::ReadingDocs => "IMBOT_AGENT_ACTION_READING_DOCS",
                Self::Composing => "IMBOT_AGENT_ACTION_COMPOSING",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// Whether this is a value the crate does not know.
        #[inline]
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    crate::macros::enum_impls!(InputActionStatus);
    crate::macros::object! {
        /// A chat message as the imbot.v2 methods return it.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/entities.html>
        #[object(MESSAGE_TY)]
        pub struct Message {
            /// The message's id.
            #[param("id", req, none)]
            #[table(TyInfo::Integer, required())]
            #[serde(deserialize_with = "crate::de::lax")]
            pub id: i64,
            /// Id of the chat the message is in.
            #[param("chatId", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub chat_id: Option<i64>,
            /// User id of the author; `0` for a system message.
            #[param("authorId", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub author_id: Option<i64>,
            /// When the message was posted (ISO 8601).
            #[param("date", opt, none)]
            #[table(TyInfo::Nullable(&TyInfo::String))]
            pub date: Option<String>,
            /// The text, at most 20,000 characters; the portal cuts longer text and appends ` (...)`.
            #[param("text", opt, none)]
            #[table(TyInfo::String)]
            pub text: Option<String>,
            /// Whether this is a system message.
            #[param("isSystem", opt, none)]
            #[table(TyInfo::Boolean)]
            pub is_system: Option<bool>,
            /// The client's id of the message, used against duplicates.
            #[param("uuid", opt, none)]
            #[table(TyInfo::String)]
            pub uuid: Option<String>,
            /// Where a forwarded message comes from, or null.
            #[param("forward", opt, none)]
            #[table(TyInfo::Nullable(&TyInfo::Struct(&crate::imbot::MESSAGE_FORWARD_TY)))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub forward: Option<crate::imbot::MessageForward>,
            /// Extra parts of the message: attachments, keyboard, files and more.
            #[param("params", opt, none)]
            #[table(TyInfo::Object)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub params: Option<serde_json::Map<String, serde_json::Value>>,
            /// Whether another member has read the message.
            #[param("viewedByOthers", opt, none)]
            #[table(TyInfo::Boolean)]
            pub viewed_by_others: Option<bool>,
            /// Whether the calling user has not read it yet; method responses only.
            #[param("unread", opt, none)]
            #[table(TyInfo::Boolean)]
            pub unread: Option<bool>,
            /// Whether the calling user has seen it; method responses only.
            #[param("viewed", opt, none)]
            #[table(TyInfo::Boolean)]
            pub viewed: Option<bool>,
        }
    }
    crate::macros::object! {
        /// The origin of a forwarded message.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/entities.html>
        #[object(MESSAGE_FORWARD_TY)]
        #[derive(Default)]
        pub struct MessageForward {
            /// Id of the original message.
            #[param("id", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub id: Option<i64>,
            /// Author of the original message.
            #[param("userId", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub user_id: Option<i64>,
            /// Chat of the original message.
            #[param("chatId", opt, none)]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub chat_id: Option<i64>,
            /// When the original was posted (ISO 8601).
            #[param("date", opt, none)]
            #[table(TyInfo::Nullable(&TyInfo::String))]
            pub date: Option<String>,
        }
    }
    crate::macros::object! {
        /// What `imbot.v2.Chat.Message.send` posts.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-send.html>
        #[object(MESSAGE_SEND_FIELDS_TY)]
        #[derive(Default)]
        pub struct MessageSendFields {
            /// The text, at most 20,000 characters; the portal cuts longer text and appends ` (...)`.
            #[param("message", opt, into(String))]
            #[table(TyInfo::String)]
            pub message: Option<String>,
            /// Attachment blocks, as built by the attachment constructor.
            #[param("attach", opt, iter(serde_json::Map<String, serde_json::Value>))]
            #[table(TyInfo::List(&TyInfo::Object))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub attach: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
            /// Buttons under the message.
            #[param("keyboard", opt, iter(crate::KeyboardButton))]
            #[table(TyInfo::List(&TyInfo::Struct(&crate::KEYBOARD_BUTTON_TY)))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub keyboard: Option<Vec<crate::KeyboardButton>>,
            /// Whether to post it as a system message.
            #[notes("Default: `false`.")]
            #[param("system", opt, plain(bool))]
            #[table(TyInfo::Boolean, default("false"))]
            pub system: Option<bool>,
            /// Whether links in the text get a preview.
            #[notes("Default: `true`.")]
            #[param("urlPreview", opt, plain(bool))]
            #[table(TyInfo::Boolean, default("true"))]
            pub url_preview: Option<bool>,
            /// Id of the message this one replies to.
            #[param("replyId", opt, plain(i64))]
            #[table(TyInfo::Integer)]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub reply_id: Option<i64>,
            /// UUID of a message template.
            #[param("templateId", opt, into(String))]
            #[table(TyInfo::String)]
            pub template_id: Option<String>,
            /// Messages to forward: ids of the originals keyed by UUIDs of your choice; the result's `uuidMap` gives the copies under the same keys. At most 100, from chats the bot is in.
            #[param("forwardIds", opt, map(i64))]
            #[table(TyInfo::Map(&TyInfo::Integer))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub forward_ids: Option<std::collections::BTreeMap<String, i64>>,
        }
        impl MessageSendFields {
            /// Starts with every parameter unset.
            #[inline]
            pub fn new() -> Self {
                Self::default()
            }
        }
    }
    crate::macros::object! {
        /// What `imbot.v2.Chat.Message.update` changes.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-update.html>
        #[object(MESSAGE_UPDATE_FIELDS_TY)]
        #[derive(Default)]
        pub struct MessageUpdateFields {
            /// The new text, at most 20,000 characters.
            #[param("message", opt, into(String))]
            #[table(TyInfo::String)]
            pub message: Option<String>,
            /// New attachment blocks.
            #[param("attach", opt, iter(serde_json::Map<String, serde_json::Value>))]
            #[table(TyInfo::List(&TyInfo::Object))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub attach: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
            /// New buttons, or the text `N` to remove the keyboard.
            #[param("keyboard", opt, plain(serde_json::Value))]
            #[table(
                TyInfo::Union(
                    &[TyInfo::List(&TyInfo::Struct(&crate::KEYBOARD_BUTTON_TY)),
                    TyInfo::String]
                )
            )]
            pub keyboard: Option<serde_json::Value>,
            /// Whether links in the text get a preview, as `Y` or `N`.
            #[notes("Default: `Y`.")]
            #[param("urlPreview", opt, plain(crate::YesNo))]
            #[table(TyInfo::Enum(&EnumTy::new("YesNo", &["Y", "N"])), default("Y"))]
            pub url_preview: Option<crate::YesNo>,
        }
        impl MessageUpdateFields {
            /// Starts with every parameter unset.
            #[inline]
            pub fn new() -> Self {
                Self::default()
            }
        }
    }
    /// A reaction to a message (the list may change without notice).
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum Reaction {
        /// `like`: Like
        Like,
        /// `dislike`: Dislike
        Dislike,
        /// `faceWithTearsOfJoy`: Laughing to tears
        FaceWithTearsOfJoy,
        /// `redHeart`: Heart
        RedHeart,
        /// `neutralFace`: Indifferent
        NeutralFace,
        /// `fire`: Fire!
        Fire,
        /// `cry`: Sad
        Cry,
        /// `slightlySmilingFace`: Smiling
        SlightlySmilingFace,
        /// `winkingFace`: Winking
        WinkingFace,
        /// `laugh`: Laughing
        Laugh,
        /// `kiss`: Admiring
        Kiss,
        /// `wonder`: Shocked
        Wonder,
        /// `slightlyFrowningFace`: Frowning
        SlightlyFrowningFace,
        /// `loudlyCryingFace`: Crying
        LoudlyCryingFace,
        /// `faceWithStuckOutTongue`: Tongue out
        FaceWithStuckOutTongue,
        /// `faceWithStuckOutTongueAndWinkingEye`: Teasing
        FaceWithStuckOutTongueAndWinkingEye,
        /// `smilingFaceWithSunglasses`: Cool
        SmilingFaceWithSunglasses,
        /// `confusedFace`: Not sure
        ConfusedFace,
        /// `flushedFace`: Embarrassed
        FlushedFace,
        /// `thinkingFace`: Doubting
        ThinkingFace,
        /// `angry`: Angry
        Angry,
        /// `smilingFaceWithHorns`: Smirking
        SmilingFaceWithHorns,
        /// `faceWithThermometer`: Sick
        FaceWithThermometer,
        /// `facepalm`: No comment
        Facepalm,
        /// `poo`: Yuck
        Poo,
        /// `flexedBiceps`: Strong
        FlexedBiceps,
        /// `clappingHands`: Awesome
        ClappingHands,
        /// `raisedHand`: High five
        RaisedHand,
        /// `smilingFaceWithHeartEyes`: Beautiful
        SmilingFaceWithHeartEyes,
        /// `smilingFaceWithHearts`: Love it
        SmilingFaceWithHearts,
        /// `pleadingFace`: Begging
        PleadingFace,
        /// `relievedFace`: Zen
        RelievedFace,
        /// `foldedHands`: Thank you
        FoldedHands,
        /// `okHand`: OK
        OkHand,
        /// `signHorns`: Rock!
        SignHorns,
        /// `loveYouGesture`: All good
        LoveYouGesture,
        /// `clownFace`: Clown
        ClownFace,
        /// `partyingFace`: Congratulations
        PartyingFace,
        /// `questionMark`: Question
        QuestionMark,
        /// `exclamationMark`: Attention
        ExclamationMark,
        /// `lightBulb`: Idea
        LightBulb,
        /// `bomb`: Bomb
        Bomb,
        /// `sleepingSymbol`: Sleeping
        SleepingSymbol,
        /// `crossMark`: Cancel
        CrossMark,
        /// `whiteHeavyCheckMark`: Done
        WhiteHeavyCheckMark,
        /// `eyes`: Eyes
        Eyes,
        /// `handshake`: Deal
        Handshake,
        /// `hundredPoints`: Support
        HundredPoints,
        /// A value this version of the crate does not know, kept as received.
        Unknown(crate::UnknownValue),
    }
    impl Reaction {
        /// Every known value, in documentation order.
        pub const ALL: &'static [Self] = &[
            Self::Like,
            Self::Dislike,
            Self::FaceWithTearsOfJoy,
            Self::RedHeart,
            Self::NeutralFace,
            Self::Fire,
            Self::Cry,
            Self::SlightlySmilingFace,
            Self::WinkingFace,
            Self::Laugh,
            Self::Kiss,
            Self::Wonder,
            Self::SlightlyFrowningFace,
            Self::LoudlyCryingFace,
            Self::FaceWithStuckOutTongue,
            Self::FaceWithStuckOutTongueAndWinkingEye,
            Self::SmilingFaceWithSunglasses,
            Self::ConfusedFace,
            Self::FlushedFace,
            Self::ThinkingFace,
            Self::Angry,
            Self::SmilingFaceWithHorns,
            Self::FaceWithThermometer,
            Self::Facepalm,
            Self::Poo,
            Self::FlexedBiceps,
            Self::ClappingHands,
            Self::RaisedHand,
            Self::SmilingFaceWithHeartEyes,
            Self::SmilingFaceWithHearts,
            Self::PleadingFace,
            Self::RelievedFace,
            Self::FoldedHands,
            Self::OkHand,
            Self::SignHorns,
            Self::LoveYouGesture,
            Self::ClownFace,
            Self::PartyingFace,
            Self::QuestionMark,
            Self::ExclamationMark,
            Self::LightBulb,
            Self::Bomb,
            Self::SleepingSymbol,
            Self::CrossMark,
            Self::WhiteHeavyCheckMark,
            Self::Eyes,
            Self::Handshake,
            Self::HundredPoints,
        ];
        /// Reads a wire value; one the crate does not know becomes [`Self::Unknown`].
        pub fn from_wire(value: &str) -> Self {
            match value {
                "like" => Self::Like,
                "dislike" => Self::Dislike,
                "faceWithTearsOfJoy" => Self::FaceWithTearsOfJoy,
                "redHeart" => Self::RedHeart,
                "neutralFace" => Self::NeutralFace,
                "fire" => Self::Fire,
                "cry" => Self::Cry,
                "slightlySmilingFace" => Self::SlightlySmilingFace,
                "winkingFace" => Self::WinkingFace,
                "laugh" => Self::Laugh,
                "kiss" => Self::Kiss,
                "wonder" => Self::Wonder,
                "slightlyFrowningFace" => Self::SlightlyFrowningFace,
                "loudlyCryingFace" => Self::LoudlyCryingFace,
                "faceWithStuckOutTongue" => Self::FaceWithStuckOutTongue,
                "faceWithStuckOutTongueAndWinkingEye" => {
                    Self::FaceWithStuckOutTongueAndWinkingEye
                }
                "smilingFaceWithSunglasses" => Self::SmilingFaceWithSunglasses,
                "confusedFace" => Self::ConfusedFace,
                "flushedFace" => Self::FlushedFace,
                "thinkingFace" => Self::ThinkingFace,
                "angry" => Self::Angry,
                "smilingFaceWithHorns" => Self::SmilingFaceWithHorns,
                "faceWithThermometer" => Self::FaceWithThermometer,
                "facepalm" => Self::Facepalm,
                "poo" => Self::Poo,
                "flexedBiceps" => Self::FlexedBiceps,
                "clappingHands" => Self::ClappingHands,
                "raisedHand" => Self::RaisedHand,
                "smilingFaceWithHeartEyes" => Self::SmilingFaceWithHeartEyes,
                "smilingFaceWithHearts" => Self::SmilingFaceWithHearts,
                "pleadingFace" => Self::PleadingFace,
                "relievedFace" => Self::RelievedFace,
                "foldedHands" => Self::FoldedHands,
                "okHand" => Self::OkHand,
                "signHorns" => Self::SignHorns,
                "loveYouGesture" => Self::LoveYouGesture,
                "clownFace" => Self::ClownFace,
                "partyingFace" => Self::PartyingFace,
                "questionMark" => Self::QuestionMark,
                "exclamationMark" => Self::ExclamationMark,
                "lightBulb" => Self::LightBulb,
                "bomb" => Self::Bomb,
                "sleepingSymbol" => Self::SleepingSymbol,
                "crossMark" => Self::CrossMark,
                "whiteHeavyCheckMark" => Self::WhiteHeavyCheckMark,
                "eyes" => Self::Eyes,
                "handshake" => Self::Handshake,
                "hundredPoints" => Self::HundredPoints,
                other => Self::Unknown(crate::UnknownValue::new(other)),
            }
        }
        /// The value as sent on the wire.
        #[inline]
        pub fn as_str(&self) -> &str {
            match self {
                Self::Like => "like",
                Self::Dislike => "dislike",
                Self::FaceWithTearsOfJoy => "faceWithTearsOfJoy",
                Self::RedHeart => "redHeart",
                Self::NeutralFace => "neutralFace",
                Self::Fire => "fire",
                Self::Cry => "cry",
                Self::SlightlySmilingFace => "slightlySmilingFace",
                Self::WinkingFace => "winkingFace",
                Self::Laugh => "laugh",
                Self::Kiss => "kiss",
                Self::Wonder => "wonder",
                Self::SlightlyFrowningFace => "slightlyFrowningFace",
                Self::LoudlyCryingFace => "loudlyCryingFace",
                Self::FaceWithStuckOutTongue => "faceWithStuckOutTongue",
                Self::FaceWithStuckOutTongueAndWinkingEye => {
                    "faceWithStuckOutTongueAndWinkingEye"
                }
                Self::SmilingFaceWithSunglasses => "smilingFaceWithSunglasses",
                Self::ConfusedFace => "confusedFace",
                Self::FlushedFace => "flushedFace",
                Self::ThinkingFace => "thinkingFace",
                Self::Angry => "angry",
                Self::SmilingFaceWithHorns => "smilingFaceWithHorns",
                Self::FaceWithThermometer => "faceWithThermometer",
                Self::Facepalm => "facepalm",
                Self::Poo => "poo",
                Self::FlexedBiceps => "flexedBiceps",
                Self::ClappingHands => "clappingHands",
                Self::RaisedHand => "raisedHand",
                Self::SmilingFaceWithHeartEyes => "smilingFaceWithHeartEyes",
                Self::SmilingFaceWithHearts => "smilingFaceWithHearts",
                Self::PleadingFace => "pleadingFace",
                Self::RelievedFace => "relievedFace",
                Self::FoldedHands => "foldedHands",
                Self::OkHand => "okHand",
                Self::SignHorns => "signHorns",
                Self::LoveYouGesture => "loveYouGesture",
                Self::ClownFace => "clownFace",
                Self::PartyingFace => "partyingFace",
                Self::QuestionMark => "questionMark",
                Self::ExclamationMark => "exclamationMark",
                Self::LightBulb => "lightBulb",
                Self::Bomb => "bomb",
                Self::SleepingSymbol => "sleepingSymbol",
                Self::CrossMark => "crossMark",
                Self::WhiteHeavyCheckMark => "whiteHeavyCheckMark",
                Self::Eyes => "eyes",
                Self::Handshake => "handshake",
                Self::HundredPoints => "hundredPoints",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// Whether this is a value the crate does not know.
        #[inline]
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    crate::macros::enum_impls!(Reaction);
    /// A sort direction.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum SortDirection {
        /// `ASC`: Smallest first.
        Ascending,
        /// `DESC`: Largest first.
        Descending,
        /// A value this version of the crate does not know, kept as received.
        Unknown(crate::UnknownValue),
    }
    impl SortDirection {
        /// Every known value, in documentation order.
        pub const ALL: &'static [Self] = &[Self::Ascending, Self::Descending];
        /// Reads a wire value; one the crate does not know becomes [`Self::Unknown`].
        pub fn from_wire(value: &str) -> Self {
            match value {
                "ASC" => Self::Ascending,
                "DESC" => Self::Descending,
                other => Self::Unknown(crate::UnknownValue::new(other)),
            }
        }
        /// The value as sent on the wire.
        #[inline]
        pub fn as_str(&self) -> &str {
            match self {
                Self::Ascending => "ASC",
                Self::Descending => "DESC",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// Whether this is a value the crate does not know.
        #[inline]
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    crate::macros::enum_impls!(SortDirection);
    crate::macros::object! {
        /// A user as the imbot.v2 methods return it.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/entities.html>
        #[object(USER_TY)]
        pub struct User {
            /// The user's id.
            #[param("id", req, none)]
            #[table(TyInfo::Integer, required())]
            #[serde(deserialize_with = "crate::de::lax")]
            pub id: i64,
            /// Whether the user is active.
            #[param("active", opt, none)]
            #[table(TyInfo::Boolean)]
            pub active: Option<bool>,
            /// Full name.
            #[param("name", opt, none)]
            #[table(TyInfo::String)]
            pub name: Option<String>,
            /// First name.
            #[param("firstName", opt, none)]
            #[table(TyInfo::String)]
            pub first_name: Option<String>,
            /// Last name.
            #[param("lastName", opt, none)]
            #[table(TyInfo::String)]
            pub last_name: Option<String>,
            /// Job title.
            #[param("workPosition", opt, none)]
            #[table(TyInfo::String)]
            pub work_position: Option<String>,
            /// Placeholder colour of the avatar as HEX, such as `#df532d` (not limited to the chat colours).
            #[param("color", opt, none)]
            #[table(TyInfo::String)]
            pub color: Option<String>,
            /// URL of the avatar; empty when there is none.
            #[param("avatar", opt, none)]
            #[table(TyInfo::String)]
            pub avatar: Option<String>,
            /// The user's gender.
            #[param("gender", opt, none)]
            #[table(TyInfo::Enum(&EnumTy::new("Gender", &["M", "F"])))]
            pub gender: Option<crate::imbot::Gender>,
            /// Date of birth; empty when not given.
            #[param("birthday", opt, none)]
            #[table(TyInfo::String)]
            pub birthday: Option<String>,
            /// Whether the user is an extranet user.
            #[param("extranet", opt, none)]
            #[table(TyInfo::Boolean)]
            pub extranet: Option<bool>,
            /// Whether the user is a bot.
            #[param("bot", opt, none)]
            #[table(TyInfo::Boolean)]
            pub bot: Option<bool>,
            /// Whether the user is an open-lines connector.
            #[param("connector", opt, none)]
            #[table(TyInfo::Boolean)]
            pub connector: Option<bool>,
            /// External authorization type: `default`, `bot`, `email`, `replica` and others.
            #[param("externalAuthId", opt, none)]
            #[table(TyInfo::String)]
            pub external_auth_id: Option<String>,
            /// Presence status, such as `online` or `dnd`.
            #[param("status", opt, none)]
            #[table(TyInfo::String)]
            pub status: Option<String>,
            /// Since when the user is idle (ISO 8601), or `false`.
            #[param("idle", opt, none)]
            #[table(TyInfo::OrFalse(&TyInfo::String))]
            pub idle: Option<crate::OrFalse<String>>,
            /// Last activity (ISO 8601), or `false`.
            #[param("lastActivityDate", opt, none)]
            #[table(TyInfo::OrFalse(&TyInfo::String))]
            pub last_activity_date: Option<crate::OrFalse<String>>,
            /// Last mobile login (ISO 8601), or `false`.
            #[param("mobileLastDate", opt, none)]
            #[table(TyInfo::OrFalse(&TyInfo::String))]
            pub mobile_last_date: Option<crate::OrFalse<String>>,
            /// Last desktop login (ISO 8601), or `false`.
            #[param("desktopLastDate", opt, none)]
            #[table(TyInfo::OrFalse(&TyInfo::String))]
            pub desktop_last_date: Option<crate::OrFalse<String>>,
            /// Start of an absence (ISO 8601), or `false`.
            #[param("absent", opt, none)]
            #[table(TyInfo::OrFalse(&TyInfo::String))]
            pub absent: Option<crate::OrFalse<String>>,
            /// Ids of the user's departments.
            #[param("departments", opt, none)]
            #[table(TyInfo::List(&TyInfo::Integer))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub departments: Option<Vec<i64>>,
            /// Phone numbers (`personalPhone`, `workPhone`, ...), or `false`.
            #[param("phones", opt, none)]
            #[table(TyInfo::OrFalse(&TyInfo::Object))]
            #[serde(default, deserialize_with = "crate::de::lax")]
            pub phones: Option<crate::OrFalse<serde_json::Map<String, serde_json::Value>>>,
            /// What kind of user this is.
            #[param("type", opt, none)]
            #[table(
                TyInfo::Enum(
                    &EnumTy::new(
                        "UserKind",
                        &["employee",
                        "extranet",
                        "email",
                        "collaber",
                        "bot"]
                    )
                )
            )]
            pub kind: Option<crate::imbot::UserKind>,
            /// Personal website.
            #[param("website", opt, none)]
            #[table(TyInfo::String)]
            pub website: Option<String>,
            /// E-mail address.
            #[param("email", opt, none)]
            #[table(TyInfo::String)]
            pub email: Option<String>,
        }
    }
    /// What kind of user an imbot.v2 user is.
    ///
    /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/entities.html>
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
        Unknown(crate::UnknownValue),
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
                other => Self::Unknown(crate::UnknownValue::new(other)),
            }
        }
        /// The value as sent on the wire.
        #[inline]
        pub fn as_str(&self) -> &str {
            match self {
                Self::Employee => "employee",
                Self::Extranet => "extranet",
                Self::Email => "email",
                Self::Collaber => "collaber",
                Self::Bot => "bot",
                Self::Unknown(raw) => raw.as_str(),
            }
        }
        /// Whether this is a value the crate does not know.
        #[inline]
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    crate::macros::enum_impls!(UserKind);
    /// An event of the `imbot` scope, as a handler receives it: one variant per event the schema describes, with its typed `data`, and `Unknown` for any other.
    ///
    /// Decode one with [`crate::events::EventSet::from_data`].
    #[derive(Clone, PartialEq)]
    #[non_exhaustive]
    pub enum Event {
        /// `ONIMBOTV2COMMANDADD`: A user called one of the bot's slash commands; a message with several commands gives one event each.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/events.html#onimbotv2commandadd>
        CommandAdd(crate::imbot::events::CommandAdd),
        /// `ONIMBOTV2CONTEXTGET`: A user opened a dialog with the bot and passed context data along.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/events.html#onimbotv2contextget>
        ContextGet(crate::imbot::events::ContextGet),
        /// `ONIMBOTV2DELETE`: The bot was removed from the portal; nothing follows this event.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/events.html#onimbotv2delete>
        Delete(crate::imbot::events::Delete),
        /// `ONIMBOTV2JOINCHAT`: The bot was added to a chat, or invited into one.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/events.html#onimbotv2joinchat>
        JoinChat(crate::imbot::events::JoinChat),
        /// `ONIMBOTV2MESSAGEADD`: A user posted a message in a chat where the bot is a member.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/events.html#onimbotv2messageadd>
        MessageAdd(crate::imbot::events::MessageAdd),
        /// `ONIMBOTV2MESSAGEDELETE`: A message in one of the bot's chats was deleted.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/events.html#onimbotv2messagedelete>
        MessageDelete(crate::imbot::events::MessageDelete),
        /// `ONIMBOTV2MESSAGEUPDATE`: A message in one of the bot's chats was edited.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/events.html#onimbotv2messageupdate>
        MessageUpdate(crate::imbot::events::MessageUpdate),
        /// `ONIMBOTV2REACTIONCHANGE`: A user put a reaction on one of the bot's messages, or took it back.
        ///
        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/events.html#onimbotv2reactionchange>
        ReactionChange(crate::imbot::events::ReactionChange),
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
                Self::CommandAdd(payload) => {
                    f.debug_tuple("CommandAdd").field(payload).finish()
                }
                Self::ContextGet(payload) => {
                    f.debug_tuple("ContextGet").field(payload).finish()
                }
                Self::Delete(payload) => f.debug_tuple("Delete").field(payload).finish(),
                Self::JoinChat(payload) => {
                    f.debug_tuple("JoinChat").field(payload).finish()
                }
                Self::MessageAdd(payload) => {
                    f.debug_tuple("MessageAdd").field(payload).finish()
                }
                Self::MessageDelete(payload) => {
                    f.debug_tuple("MessageDelete").field(payload).finish()
                }
                Self::MessageUpdate(payload) => {
                    f.debug_tuple("MessageUpdate").field(payload).finish()
                }
                Self::ReactionChange(payload) => {
                    f.debug_tuple("ReactionChange").field(payload).finish()
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
        const NAMES: &'static [&'static str] = &[
            "ONIMBOTV2COMMANDADD",
            "ONIMBOTV2CONTEXTGET",
            "ONIMBOTV2DELETE",
            "ONIMBOTV2JOINCHAT",
            "ONIMBOTV2MESSAGEADD",
            "ONIMBOTV2MESSAGEDELETE",
            "ONIMBOTV2MESSAGEUPDATE",
            "ONIMBOTV2REACTIONCHANGE",
        ];
        fn name(&self) -> &str {
            match self {
                Self::CommandAdd(_) => "ONIMBOTV2COMMANDADD",
                Self::ContextGet(_) => "ONIMBOTV2CONTEXTGET",
                Self::Delete(_) => "ONIMBOTV2DELETE",
                Self::JoinChat(_) => "ONIMBOTV2JOINCHAT",
                Self::MessageAdd(_) => "ONIMBOTV2MESSAGEADD",
                Self::MessageDelete(_) => "ONIMBOTV2MESSAGEDELETE",
                Self::MessageUpdate(_) => "ONIMBOTV2MESSAGEUPDATE",
                Self::ReactionChange(_) => "ONIMBOTV2REACTIONCHANGE",
                Self::Unknown { name, .. } => name,
            }
        }
        fn from_data(
            name: &str,
            data: serde_json::Value,
        ) -> Result<Self, serde_json::Error> {
            Ok(
                match name {
                    "ONIMBOTV2COMMANDADD" => {
                        Self::CommandAdd(serde_json::from_value(data)?)
                    }
                    "ONIMBOTV2CONTEXTGET" => {
                        Self::ContextGet(serde_json::from_value(data)?)
                    }
                    "ONIMBOTV2DELETE" => Self::Delete(serde_json::from_value(data)?),
                    "ONIMBOTV2JOINCHAT" => Self::JoinChat(serde_json::from_value(data)?),
                    "ONIMBOTV2MESSAGEADD" => {
                        Self::MessageAdd(serde_json::from_value(data)?)
                    }
                    "ONIMBOTV2MESSAGEDELETE" => {
                        Self::MessageDelete(serde_json::from_value(data)?)
                    }
                    "ONIMBOTV2MESSAGEUPDATE" => {
                        Self::MessageUpdate(serde_json::from_value(data)?)
                    }
                    "ONIMBOTV2REACTIONCHANGE" => {
                        Self::ReactionChange(serde_json::from_value(data)?)
                    }
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
                Self::CommandAdd(payload) => serde_json::to_value(payload),
                Self::ContextGet(payload) => serde_json::to_value(payload),
                Self::Delete(payload) => serde_json::to_value(payload),
                Self::JoinChat(payload) => serde_json::to_value(payload),
                Self::MessageAdd(payload) => serde_json::to_value(payload),
                Self::MessageDelete(payload) => serde_json::to_value(payload),
                Self::MessageUpdate(payload) => serde_json::to_value(payload),
                Self::ReactionChange(payload) => serde_json::to_value(payload),
                Self::Unknown { data, .. } => Ok(data.clone()),
            }
        }
    }
    /// The `imbot.v2.*` methods.
    pub mod v2 {
        /// The `imbot.v2.Bot.*` methods.
        pub mod bot {
            crate::macros::request! {
                /// Reads a bot, by id or by code; useful to see whether a bot is installed.
                ///
                /// The application that owns the bot gets the fields only an owner sees
                /// (`moduleId`, `eventMode`, the counters); other callers get the common ones.
                /// Give `botId` or `code`.
                ///
                /// Wire name `imbot.v2.Bot.get`, scope `imbot`. Who may call it: an authorized user. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                #[method(
                    "imbot.v2.Bot.get",
                    "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-get.html",
                    GetResult,
                    GetError
                )]
                #[derive(Default)]
                pub struct Get {
                    /// Id of the bot; needed unless `code` is given.
                    #[param("botId", opt, plain(i64))]
                    #[table(TyInfo::Integer)]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub bot_id: Option<i64>,
                    /// Code of the bot; needed unless `botId` is given.
                    #[param("code", opt, into(String))]
                    #[table(TyInfo::String)]
                    pub code: Option<String>,
                    /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                    #[notes("Required with webhook auth.")]
                    #[param("botToken", opt, into(crate::Secret))]
                    #[table(TyInfo::String, required_with(crate::schema::AuthMode::Webhook), secret())]
                    pub bot_token: Option<crate::Secret>,
                }
                pub static GET_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "imbot",
                    summary: "Reads a bot, by id or by code; useful to see whether a bot is installed.",
                    who: "an authorized user",
                    idempotent: true,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::Struct(&crate::imbot::v2::bot::GET_RESULT_TY),
                    errors: &GET_ERRORS,
                    paging: None,
                };
                impl Get {
                    /// Starts with every parameter unset.
                    #[inline]
                    pub fn new() -> Self {
                        Self::default()
                    }
                }
            }
            crate::macros::object! {
                /// What `imbot.v2.Bot.get` returns: The bot and its users.
                ///
                /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-get.html>
                #[object(GET_RESULT_TY)]
                pub struct GetResult {
                    /// The bot.
                    #[param("bot", req, none)]
                    #[table(TyInfo::Struct(&crate::imbot::BOT_TY), required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub bot: crate::imbot::Bot,
                    /// The users the bot is linked to.
                    #[param("users", opt, none)]
                    #[table(TyInfo::List(&TyInfo::Struct(&crate::imbot::USER_TY)))]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub users: Option<Vec<crate::imbot::User>>,
                }
            }
            crate::macros::method_error! {
                #[errors(
                    GET_ERRORS,
                    3,
                    "imbot.v2.Bot.get",
                    "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-get.html"
                )]
                pub enum GetError {
                    /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                    BotTokenNotSpecified = code(
                            "BOT_TOKEN_NOT_SPECIFIED",
                            Some(400),
                            "Bot token is not specified",
                            "`botToken` was not given, and webhook auth needs it.",
                        )
                        .retry_safe(),
                    /// `PARAMS_REQUIRED` (HTTP 400): Neither `botId` nor `code` was given.
                    ParamsRequired = code(
                            "PARAMS_REQUIRED",
                            Some(400),
                            "Required parameters are missing",
                            "Neither `botId` nor `code` was given.",
                        )
                        .retry_safe(),
                    /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                    BotNotFound = code(
                            "BOT_NOT_FOUND",
                            Some(400),
                            "Bot not found",
                            "No bot has this id.",
                        )
                        .retry_safe(),
                }
            }
            crate::macros::request! {
                /// Lists the bots of the calling application, with the fields only an owner sees.
                ///
                /// An application without bots, or an unknown `filter.type`, gets an empty list rather than an error.
                ///
                /// Wire name `imbot.v2.Bot.list`, scope `imbot`. Who may call it: owner of the registered bot. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                #[method(
                    "imbot.v2.Bot.list",
                    "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-list.html",
                    ListResult,
                    ListError
                )]
                #[derive(Default)]
                pub struct List {
                    /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                    #[notes("Required with webhook auth.")]
                    #[param("botToken", opt, into(crate::Secret))]
                    #[table(TyInfo::String, required_with(crate::schema::AuthMode::Webhook), secret())]
                    pub bot_token: Option<crate::Secret>,
                    /// Which bots to list.
                    #[param("filter", opt, plain(crate::imbot::BotListFilter))]
                    #[table(TyInfo::Struct(&crate::imbot::BOT_LIST_FILTER_TY))]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub filter: Option<crate::imbot::BotListFilter>,
                    /// How many bots per page.
                    #[notes("Default: `50`.")]
                    #[param("limit", opt, plain(i64))]
                    #[table(TyInfo::Integer, default("50"))]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub limit: Option<i64>,
                    /// How many bots to skip, for paging.
                    #[notes("Default: `0`.")]
                    #[param("offset", opt, plain(i64))]
                    #[table(TyInfo::Integer, default("0"))]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub offset: Option<i64>,
                }
                pub static LIST_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "imbot",
                    summary: "Lists the bots of the calling application, with the fields only an owner sees.",
                    who: "owner of the registered bot",
                    idempotent: true,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::Struct(&crate::imbot::v2::bot::LIST_RESULT_TY),
                    errors: &LIST_ERRORS,
                    paging: None,
                };
                impl List {
                    /// Starts with every parameter unset.
                    #[inline]
                    pub fn new() -> Self {
                        Self::default()
                    }
                }
            }
            crate::macros::object! {
                /// What `imbot.v2.Bot.list` returns: A page of bots.
                ///
                /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-list.html>
                #[object(LIST_RESULT_TY)]
                pub struct ListResult {
                    /// The bots.
                    #[param("bots", req, none)]
                    #[table(TyInfo::List(&TyInfo::Struct(&crate::imbot::BOT_TY)), required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub bots: Vec<crate::imbot::Bot>,
                    /// The users the bots are linked to.
                    #[param("users", opt, none)]
                    #[table(TyInfo::List(&TyInfo::Struct(&crate::imbot::USER_TY)))]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub users: Option<Vec<crate::imbot::User>>,
                    /// Whether another page follows.
                    #[param("hasNextPage", opt, none)]
                    #[table(TyInfo::Boolean)]
                    pub has_next_page: Option<bool>,
                }
            }
            crate::macros::method_error! {
                #[errors(
                    LIST_ERRORS,
                    1,
                    "imbot.v2.Bot.list",
                    "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-list.html"
                )]
                pub enum ListError {
                    /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                    BotTokenNotSpecified = code(
                            "BOT_TOKEN_NOT_SPECIFIED",
                            Some(400),
                            "Bot token is not specified",
                            "`botToken` was not given, and webhook auth needs it.",
                        )
                        .retry_safe(),
                }
            }
            crate::macros::request! {
                /// Registers a chat bot for the calling application.
                ///
                /// Registering again with the same `fields.code` from the same application
                /// returns the bot registered first, unchanged; `imbot.v2.Bot.update` changes it.
                ///
                /// Wire name `imbot.v2.Bot.register`, scope `imbot`. Who may call it: an authorized user. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                #[method(
                    "imbot.v2.Bot.register",
                    "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-register.html",
                    RegisterResult,
                    RegisterError
                )]
                pub struct Register {
                    /// The bot to register.
                    #[param("fields", req, none)]
                    #[table(TyInfo::Struct(&crate::imbot::BOT_REGISTER_FIELDS_TY), required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub fields: crate::imbot::BotRegisterFields,
                }
                pub static REGISTER_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "imbot",
                    summary: "Registers a chat bot for the calling application.",
                    who: "an authorized user",
                    idempotent: true,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::Struct(&crate::imbot::v2::bot::REGISTER_RESULT_TY),
                    errors: &REGISTER_ERRORS,
                    paging: None,
                };
                impl Register {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `fields` (`fields`): The bot to register.
                    #[inline]
                    pub fn new(fields: crate::imbot::BotRegisterFields) -> Self {
                        Self {
                            fields,
                            extra: serde_json::Map::new(),
                        }
                    }
                }
            }
            crate::macros::object! {
                /// What `imbot.v2.Bot.register` returns: The bot and its users.
                ///
                /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-register.html>
                #[object(REGISTER_RESULT_TY)]
                pub struct RegisterResult {
                    /// The bot, with the fields only its owner sees.
                    #[param("bot", req, none)]
                    #[table(TyInfo::Struct(&crate::imbot::BOT_TY), required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub bot: crate::imbot::Bot,
                    /// The users the bot is linked to.
                    #[param("users", opt, none)]
                    #[table(TyInfo::List(&TyInfo::Struct(&crate::imbot::USER_TY)))]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub users: Option<Vec<crate::imbot::User>>,
                }
            }
            crate::macros::method_error! {
                #[errors(
                    REGISTER_ERRORS,
                    12,
                    "imbot.v2.Bot.register",
                    "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-register.html"
                )]
                pub enum RegisterError {
                    /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `fields.botToken` was not given, and webhook auth needs it.
                    BotTokenNotSpecified = code(
                            "BOT_TOKEN_NOT_SPECIFIED",
                            Some(400),
                            "Bot token is not specified",
                            "`fields.botToken` was not given, and webhook auth needs it.",
                        )
                        .retry_safe(),
                    /// `BOT_CODE_REQUIRED` (HTTP 400): `fields.code` was not given.
                    BotCodeRequired = code(
                            "BOT_CODE_REQUIRED",
                            Some(400),
                            "Bot code is required",
                            "`fields.code` was not given.",
                        )
                        .retry_safe(),
                    /// `BOT_PROPERTIES_REQUIRED` (HTTP 400): `fields.properties` (the bot's name) was not given.
                    BotPropertiesRequired = code(
                            "BOT_PROPERTIES_REQUIRED",
                            Some(400),
                            "Bot properties are required",
                            "`fields.properties` (the bot's name) was not given.",
                        )
                        .retry_safe(),
                    /// `BOT_CODE_ALREADY_TAKEN` (HTTP 400): Another application registered a bot with this code.
                    BotCodeAlreadyTaken = code(
                            "BOT_CODE_ALREADY_TAKEN",
                            Some(400),
                            "Bot code is already taken",
                            "Another application registered a bot with this code.",
                        )
                        .retry_safe(),
                    /// `BOT_INVALID_TYPE` (HTTP 400): `fields.type` is not one of `bot`, `network`, `openline`, `supervisor`, `personal`.
                    BotInvalidType = code(
                            "BOT_INVALID_TYPE",
                            Some(400),
                            "Invalid bot type",
                            "`fields.type` is not one of `bot`, `network`, `openline`, `supervisor`, `personal`.",
                        )
                        .retry_safe(),
                    /// `BOT_INVALID_EVENT_MODE` (HTTP 400): `eventMode` is neither `fetch` nor `webhook`.
                    BotInvalidEventMode = code(
                            "BOT_INVALID_EVENT_MODE",
                            Some(400),
                            "Invalid event mode",
                            "`eventMode` is neither `fetch` nor `webhook`.",
                        )
                        .retry_safe(),
                    /// `BOT_WEBHOOK_URL_REQUIRED` (HTTP 400): `fields.eventMode` is `webhook` but `fields.webhookUrl` was not given.
                    BotWebhookUrlRequired = code(
                            "BOT_WEBHOOK_URL_REQUIRED",
                            Some(400),
                            "Webhook URL is required",
                            "`fields.eventMode` is `webhook` but `fields.webhookUrl` was not given.",
                        )
                        .retry_safe(),
                    /// `BOT_REGISTER_FAILED` (HTTP 400): The portal could not register the bot.
                    BotRegisterFailed = code(
                        "BOT_REGISTER_FAILED",
                        Some(400),
                        "Bot registration failed",
                        "The portal could not register the bot.",
                    ),
                    /// `BOT_INVALID_CALLBACK` (HTTP 400): The handler URL is not valid.
                    BotInvalidCallback = code(
                            "BOT_INVALID_CALLBACK",
                            Some(400),
                            "Invalid callback URL",
                            "The handler URL is not valid.",
                        )
                        .retry_safe(),
                    /// `BOT_LIMIT_EXCEEDED` (HTTP 400): The application already has the most bots allowed (100).
                    BotLimitExceeded = code(
                            "BOT_LIMIT_EXCEEDED",
                            Some(400),
                            "Bot limit exceeded",
                            "The application already has the most bots allowed (100).",
                        )
                        .retry_safe(),
                    /// `BOT_AVATAR_INCORRECT_TYPE` (HTTP 400): The avatar is not an image (`image/*`).
                    BotAvatarIncorrectType = code(
                            "BOT_AVATAR_INCORRECT_TYPE",
                            Some(400),
                            "Avatar must be an image",
                            "The avatar is not an image (`image/*`).",
                        )
                        .retry_safe(),
                    /// `BOT_AVATAR_INCORRECT_SIZE` (HTTP 400): The avatar is larger than 5000×5000 pixels.
                    BotAvatarIncorrectSize = code(
                            "BOT_AVATAR_INCORRECT_SIZE",
                            Some(400),
                            "Avatar exceeds maximum size",
                            "The avatar is larger than 5000×5000 pixels.",
                        )
                        .retry_safe(),
                }
            }
            crate::macros::request! {
                /// Deletes a bot; its subscriptions to `ONIMBOTV2*` events go with it.
                ///
                /// An OAuth application that keeps other bots under the same client id keeps
                /// the subscriptions until its last bot is deleted.
                ///
                /// Wire name `imbot.v2.Bot.unregister`, scope `imbot`. Who may call it: owner of the registered bot. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                #[method(
                    "imbot.v2.Bot.unregister",
                    "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-unregister.html",
                    UnregisterResult,
                    UnregisterError
                )]
                pub struct Unregister {
                    /// Id of the bot to delete.
                    #[param("botId", req, none)]
                    #[table(TyInfo::Integer, required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub bot_id: i64,
                    /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                    #[notes("Required with webhook auth.")]
                    #[param("botToken", opt, into(crate::Secret))]
                    #[table(TyInfo::String, required_with(crate::schema::AuthMode::Webhook), secret())]
                    pub bot_token: Option<crate::Secret>,
                }
                pub static UNREGISTER_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "imbot",
                    summary: "Deletes a bot; its subscriptions to `ONIMBOTV2*` events go with it.",
                    who: "owner of the registered bot",
                    idempotent: true,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::Struct(&crate::imbot::v2::bot::UNREGISTER_RESULT_TY),
                    errors: &UNREGISTER_ERRORS,
                    paging: None,
                };
                impl Unregister {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `bot_id` (`botId`): Id of the bot to delete.
                    #[inline]
                    pub fn new(bot_id: i64) -> Self {
                        Self {
                            bot_id,
                            bot_token: None,
                            extra: serde_json::Map::new(),
                        }
                    }
                }
            }
            crate::macros::object! {
                /// What `imbot.v2.Bot.unregister` returns: Whether the bot was deleted.
                ///
                /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-unregister.html>
                #[object(UNREGISTER_RESULT_TY)]
                pub struct UnregisterResult {
                    /// `true` once the bot is deleted.
                    #[param("result", req, none)]
                    #[table(TyInfo::Boolean, required())]
                    pub result: bool,
                }
            }
            crate::macros::method_error! {
                #[errors(
                    UNREGISTER_ERRORS,
                    5,
                    "imbot.v2.Bot.unregister",
                    "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-unregister.html"
                )]
                pub enum UnregisterError {
                    /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                    BotTokenNotSpecified = code(
                            "BOT_TOKEN_NOT_SPECIFIED",
                            Some(400),
                            "Bot token is not specified",
                            "`botToken` was not given, and webhook auth needs it.",
                        )
                        .retry_safe(),
                    /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                    BotIdRequired = code(
                            "BOT_ID_REQUIRED",
                            Some(400),
                            "Bot ID is required",
                            "`botId` was not given.",
                        )
                        .retry_safe(),
                    /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                    BotNotFound = code(
                            "BOT_NOT_FOUND",
                            Some(400),
                            "Bot not found",
                            "No bot has this id.",
                        )
                        .retry_safe(),
                    /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                    BotOwnershipError = code(
                            "BOT_OWNERSHIP_ERROR",
                            Some(403),
                            "Bot is registered by another application",
                            "The bot belongs to another application, so this caller may not act for it.",
                        )
                        .retry_safe(),
                    /// `BOT_UNREGISTER_FAILED` (HTTP 400): The portal could not delete the bot.
                    BotUnregisterFailed = code(
                        "BOT_UNREGISTER_FAILED",
                        Some(400),
                        "Bot unregistration failed",
                        "The portal could not delete the bot.",
                    ),
                }
            }
            crate::macros::request! {
                /// Changes a bot's profile, settings or token.
                ///
                /// Changing `webhookUrl` or `eventMode` moves the bot's event subscriptions
                /// along (for an OAuth application with several bots under one client id, the
                /// old ones are left in place). A new `fields.botToken` replaces the token at
                /// once: the call itself is made with the old one, which stops working.
                ///
                /// Wire name `imbot.v2.Bot.update`, scope `imbot`. Who may call it: owner of the registered bot. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                #[method(
                    "imbot.v2.Bot.update",
                    "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-update.html",
                    UpdateResult,
                    UpdateError
                )]
                pub struct Update {
                    /// Id of the bot to change.
                    #[param("botId", req, none)]
                    #[table(TyInfo::Integer, required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub bot_id: i64,
                    /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                    #[notes("Required with webhook auth.")]
                    #[param("botToken", opt, into(crate::Secret))]
                    #[table(TyInfo::String, required_with(crate::schema::AuthMode::Webhook), secret())]
                    pub bot_token: Option<crate::Secret>,
                    /// What to change; what is left out keeps its value.
                    #[param("fields", req, none)]
                    #[table(TyInfo::Struct(&crate::imbot::BOT_UPDATE_FIELDS_TY), required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub fields: crate::imbot::BotUpdateFields,
                }
                pub static UPDATE_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "imbot",
                    summary: "Changes a bot's profile, settings or token.",
                    who: "owner of the registered bot",
                    idempotent: true,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::Struct(&crate::imbot::v2::bot::UPDATE_RESULT_TY),
                    errors: &UPDATE_ERRORS,
                    paging: None,
                };
                impl Update {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `bot_id` (`botId`): Id of the bot to change.
                    /// - `fields` (`fields`): What to change; what is left out keeps its value.
                    #[inline]
                    pub fn new(bot_id: i64, fields: crate::imbot::BotUpdateFields) -> Self {
                        Self {
                            bot_id,
                            bot_token: None,
                            fields,
                            extra: serde_json::Map::new(),
                        }
                    }
                }
            }
            crate::macros::object! {
                /// What `imbot.v2.Bot.update` returns: The bot as it is now.
                ///
                /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-update.html>
                #[object(UPDATE_RESULT_TY)]
                pub struct UpdateResult {
                    /// The bot.
                    #[param("bot", req, none)]
                    #[table(TyInfo::Struct(&crate::imbot::BOT_TY), required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub bot: crate::imbot::Bot,
                    /// The users the bot is linked to.
                    #[param("users", opt, none)]
                    #[table(TyInfo::List(&TyInfo::Struct(&crate::imbot::USER_TY)))]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub users: Option<Vec<crate::imbot::User>>,
                }
            }
            crate::macros::method_error! {
                #[errors(
                    UPDATE_ERRORS,
                    9,
                    "imbot.v2.Bot.update",
                    "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-update.html"
                )]
                pub enum UpdateError {
                    /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                    BotTokenNotSpecified = code(
                            "BOT_TOKEN_NOT_SPECIFIED",
                            Some(400),
                            "Bot token is not specified",
                            "`botToken` was not given, and webhook auth needs it.",
                        )
                        .retry_safe(),
                    /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                    BotIdRequired = code(
                            "BOT_ID_REQUIRED",
                            Some(400),
                            "Bot ID is required",
                            "`botId` was not given.",
                        )
                        .retry_safe(),
                    /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                    BotNotFound = code(
                            "BOT_NOT_FOUND",
                            Some(400),
                            "Bot not found",
                            "No bot has this id.",
                        )
                        .retry_safe(),
                    /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                    BotOwnershipError = code(
                            "BOT_OWNERSHIP_ERROR",
                            Some(403),
                            "Bot is registered by another application",
                            "The bot belongs to another application, so this caller may not act for it.",
                        )
                        .retry_safe(),
                    /// `BOT_INVALID_EVENT_MODE` (HTTP 400): `eventMode` is neither `fetch` nor `webhook`.
                    BotInvalidEventMode = code(
                            "BOT_INVALID_EVENT_MODE",
                            Some(400),
                            "Invalid event mode",
                            "`eventMode` is neither `fetch` nor `webhook`.",
                        )
                        .retry_safe(),
                    /// `BOT_INVALID_CALLBACK` (HTTP 400): The handler URL is not valid.
                    BotInvalidCallback = code(
                            "BOT_INVALID_CALLBACK",
                            Some(400),
                            "Invalid callback URL",
                            "The handler URL is not valid.",
                        )
                        .retry_safe(),
                    /// `BOT_AVATAR_INCORRECT_TYPE` (HTTP 400): The avatar is not an image (`image/*`).
                    BotAvatarIncorrectType = code(
                            "BOT_AVATAR_INCORRECT_TYPE",
                            Some(400),
                            "Avatar must be an image",
                            "The avatar is not an image (`image/*`).",
                        )
                        .retry_safe(),
                    /// `BOT_AVATAR_INCORRECT_SIZE` (HTTP 400): The avatar is larger than 5000×5000 pixels.
                    BotAvatarIncorrectSize = code(
                            "BOT_AVATAR_INCORRECT_SIZE",
                            Some(400),
                            "Avatar exceeds maximum size",
                            "The avatar is larger than 5000×5000 pixels.",
                        )
                        .retry_safe(),
                    /// `BOT_TOKEN_ROTATION_FAILED` (HTTP 400): The new token was not set. The portal does not say why, so as not to reveal tokens of other bots.
                    BotTokenRotationFailed = code(
                            "BOT_TOKEN_ROTATION_FAILED",
                            Some(400),
                            "Bot token rotation failed",
                            "The new token was not set. The portal does not say why, so as not to reveal tokens of other bots.",
                        )
                        .retry_safe(),
                }
            }
        }
        /// The `imbot.v2.Chat.*` methods.
        pub mod chat {
            crate::macros::request! {
                /// A bot creates a group chat; the bot owns it unless `ownerId` names someone else.
                ///
                /// Wire name `imbot.v2.Chat.add`, scope `imbot`. Who may call it: owner of the registered bot. Not idempotent: a call whose outcome is unknown must not be resent blindly. Auth: webhook, OAuth.
                #[method(
                    "imbot.v2.Chat.add",
                    "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-add.html",
                    AddResult,
                    AddError
                )]
                pub struct Add {
                    /// Id of the bot that creates the chat.
                    #[param("botId", req, none)]
                    #[table(TyInfo::Integer, required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub bot_id: i64,
                    /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                    #[notes("Required with webhook auth.")]
                    #[param("botToken", opt, into(crate::Secret))]
                    #[table(TyInfo::String, required_with(crate::schema::AuthMode::Webhook), secret())]
                    pub bot_token: Option<crate::Secret>,
                    /// Properties of the new chat.
                    #[param("fields", opt, plain(crate::imbot::ChatFields))]
                    #[table(TyInfo::Struct(&crate::imbot::CHAT_FIELDS_TY))]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub fields: Option<crate::imbot::ChatFields>,
                }
                pub static ADD_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "imbot",
                    summary: "A bot creates a group chat; the bot owns it unless `ownerId` names someone else.",
                    who: "owner of the registered bot",
                    idempotent: false,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::Struct(&crate::imbot::v2::chat::ADD_RESULT_TY),
                    errors: &ADD_ERRORS,
                    paging: None,
                };
                impl Add {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `bot_id` (`botId`): Id of the bot that creates the chat.
                    #[inline]
                    pub fn new(bot_id: i64) -> Self {
                        Self {
                            bot_id,
                            bot_token: None,
                            fields: None,
                            extra: serde_json::Map::new(),
                        }
                    }
                }
            }
            crate::macros::object! {
                /// What `imbot.v2.Chat.add` returns: The new chat and its members.
                ///
                /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-add.html>
                #[object(ADD_RESULT_TY)]
                pub struct AddResult {
                    /// The chat that was created.
                    #[param("chat", req, none)]
                    #[table(TyInfo::Struct(&crate::imbot::CHAT_TY), required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub chat: crate::imbot::Chat,
                    /// The chat's members.
                    #[param("users", opt, none)]
                    #[table(TyInfo::List(&TyInfo::Struct(&crate::imbot::USER_TY)))]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub users: Option<Vec<crate::imbot::User>>,
                }
            }
            crate::macros::method_error! {
                #[errors(
                    ADD_ERRORS,
                    4,
                    "imbot.v2.Chat.add",
                    "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-add.html"
                )]
                pub enum AddError {
                    /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                    BotTokenNotSpecified = code(
                            "BOT_TOKEN_NOT_SPECIFIED",
                            Some(400),
                            "Bot token is not specified",
                            "`botToken` was not given, and webhook auth needs it.",
                        )
                        .retry_safe(),
                    /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                    BotIdRequired = code(
                            "BOT_ID_REQUIRED",
                            Some(400),
                            "Bot ID is required",
                            "`botId` was not given.",
                        )
                        .retry_safe(),
                    /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                    BotNotFound = code(
                            "BOT_NOT_FOUND",
                            Some(400),
                            "Bot not found",
                            "No bot has this id.",
                        )
                        .retry_safe(),
                    /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                    BotOwnershipError = code(
                            "BOT_OWNERSHIP_ERROR",
                            Some(403),
                            "Bot is registered by another application",
                            "The bot belongs to another application, so this caller may not act for it.",
                        )
                        .retry_safe(),
                }
            }
            crate::macros::request! {
                /// Reads a chat the bot is a member of.
                ///
                /// Wire name `imbot.v2.Chat.get`, scope `imbot`. Who may call it: owner of the registered bot. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                #[method(
                    "imbot.v2.Chat.get",
                    "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-get.html",
                    GetResult,
                    GetError
                )]
                pub struct Get {
                    /// Id of the bot that acts.
                    #[param("botId", req, none)]
                    #[table(TyInfo::Integer, required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub bot_id: i64,
                    /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                    #[notes("Required with webhook auth.")]
                    #[param("botToken", opt, into(crate::Secret))]
                    #[table(TyInfo::String, required_with(crate::schema::AuthMode::Webhook), secret())]
                    pub bot_token: Option<crate::Secret>,
                    /// The dialog: `chat` followed by the chat id for a group chat (`chat5`), the user id for a private one.
                    #[param("dialogId", req, none)]
                    #[table(TyInfo::String, required())]
                    pub dialog_id: String,
                }
                pub static GET_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "imbot",
                    summary: "Reads a chat the bot is a member of.",
                    who: "owner of the registered bot",
                    idempotent: true,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::Struct(&crate::imbot::v2::chat::GET_RESULT_TY),
                    errors: &GET_ERRORS,
                    paging: None,
                };
                impl Get {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `bot_id` (`botId`): Id of the bot that acts.
                    /// - `dialog_id` (`dialogId`): The dialog: `chat` followed by the chat id for a group chat (`chat5`), the user id for a private one.
                    #[inline]
                    pub fn new(bot_id: i64, dialog_id: impl Into<String>) -> Self {
                        Self {
                            bot_id,
                            bot_token: None,
                            dialog_id: dialog_id.into(),
                            extra: serde_json::Map::new(),
                        }
                    }
                }
            }
            crate::macros::object! {
                /// What `imbot.v2.Chat.get` returns: The chat.
                ///
                /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-get.html>
                #[object(GET_RESULT_TY)]
                pub struct GetResult {
                    /// The chat.
                    #[param("chat", req, none)]
                    #[table(TyInfo::Struct(&crate::imbot::CHAT_TY), required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub chat: crate::imbot::Chat,
                }
            }
            crate::macros::method_error! {
                #[errors(
                    GET_ERRORS,
                    5,
                    "imbot.v2.Chat.get",
                    "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-get.html"
                )]
                pub enum GetError {
                    /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                    BotTokenNotSpecified = code(
                            "BOT_TOKEN_NOT_SPECIFIED",
                            Some(400),
                            "Bot token is not specified",
                            "`botToken` was not given, and webhook auth needs it.",
                        )
                        .retry_safe(),
                    /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                    BotIdRequired = code(
                            "BOT_ID_REQUIRED",
                            Some(400),
                            "Bot ID is required",
                            "`botId` was not given.",
                        )
                        .retry_safe(),
                    /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                    BotNotFound = code(
                            "BOT_NOT_FOUND",
                            Some(400),
                            "Bot not found",
                            "No bot has this id.",
                        )
                        .retry_safe(),
                    /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                    BotOwnershipError = code(
                            "BOT_OWNERSHIP_ERROR",
                            Some(403),
                            "Bot is registered by another application",
                            "The bot belongs to another application, so this caller may not act for it.",
                        )
                        .retry_safe(),
                    /// `ACCESS_DENIED` (HTTP 403): The bot is not a member of the chat.
                    ///
                    /// The same code is also a system error; for this method it means the above.
                    AccessDenied = code(
                            "ACCESS_DENIED",
                            Some(403),
                            "Access denied",
                            "The bot is not a member of the chat.",
                        )
                        .retry_safe(),
                }
            }
            crate::macros::request! {
                /// The bot leaves a group chat.
                ///
                /// Leaving twice leaves the bot out of the chat either way; the second call is refused with `ACCESS_DENIED`.
                ///
                /// Wire name `imbot.v2.Chat.leave`, scope `imbot`. Who may call it: owner of the registered bot. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                #[method(
                    "imbot.v2.Chat.leave",
                    "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-leave.html",
                    LeaveResult,
                    LeaveError
                )]
                pub struct Leave {
                    /// Id of the bot that acts.
                    #[param("botId", req, none)]
                    #[table(TyInfo::Integer, required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub bot_id: i64,
                    /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                    #[notes("Required with webhook auth.")]
                    #[param("botToken", opt, into(crate::Secret))]
                    #[table(TyInfo::String, required_with(crate::schema::AuthMode::Webhook), secret())]
                    pub bot_token: Option<crate::Secret>,
                    /// The group chat to leave: `chat` followed by its id (`chat5`).
                    #[param("dialogId", req, none)]
                    #[table(TyInfo::String, required())]
                    pub dialog_id: String,
                }
                pub static LEAVE_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "imbot",
                    summary: "The bot leaves a group chat.",
                    who: "owner of the registered bot",
                    idempotent: true,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::Struct(&crate::imbot::v2::chat::LEAVE_RESULT_TY),
                    errors: &LEAVE_ERRORS,
                    paging: None,
                };
                impl Leave {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `bot_id` (`botId`): Id of the bot that acts.
                    /// - `dialog_id` (`dialogId`): The group chat to leave: `chat` followed by its id (`chat5`).
                    #[inline]
                    pub fn new(bot_id: i64, dialog_id: impl Into<String>) -> Self {
                        Self {
                            bot_id,
                            bot_token: None,
                            dialog_id: dialog_id.into(),
                            extra: serde_json::Map::new(),
                        }
                    }
                }
            }
            crate::macros::object! {
                /// What `imbot.v2.Chat.leave` returns: Whether the bot left.
                ///
                /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-leave.html>
                #[object(LEAVE_RESULT_TY)]
                pub struct LeaveResult {
                    /// `true` once the bot has left the chat.
                    #[param("result", req, none)]
                    #[table(TyInfo::Boolean, required())]
                    pub result: bool,
                }
            }
            crate::macros::method_error! {
                #[errors(
                    LEAVE_ERRORS,
                    5,
                    "imbot.v2.Chat.leave",
                    "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-leave.html"
                )]
                pub enum LeaveError {
                    /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                    BotTokenNotSpecified = code(
                            "BOT_TOKEN_NOT_SPECIFIED",
                            Some(400),
                            "Bot token is not specified",
                            "`botToken` was not given, and webhook auth needs it.",
                        )
                        .retry_safe(),
                    /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                    BotIdRequired = code(
                            "BOT_ID_REQUIRED",
                            Some(400),
                            "Bot ID is required",
                            "`botId` was not given.",
                        )
                        .retry_safe(),
                    /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                    BotNotFound = code(
                            "BOT_NOT_FOUND",
                            Some(400),
                            "Bot not found",
                            "No bot has this id.",
                        )
                        .retry_safe(),
                    /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                    BotOwnershipError = code(
                            "BOT_OWNERSHIP_ERROR",
                            Some(403),
                            "Bot is registered by another application",
                            "The bot belongs to another application, so this caller may not act for it.",
                        )
                        .retry_safe(),
                    /// `ACCESS_DENIED` (HTTP 403): The bot is not a member of the chat.
                    ///
                    /// The same code is also a system error; for this method it means the above.
                    AccessDenied = code(
                            "ACCESS_DENIED",
                            Some(403),
                            "Access denied",
                            "The bot is not a member of the chat.",
                        )
                        .retry_safe(),
                }
            }
            crate::macros::request! {
                /// The bot hands the ownership of a group chat it owns to another user.
                ///
                /// Wire name `imbot.v2.Chat.setOwner`, scope `imbot`. Who may call it: owner of the registered bot; the bot must own the chat. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                #[method(
                    "imbot.v2.Chat.setOwner",
                    "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-set-owner.html",
                    SetOwnerResult,
                    SetOwnerError
                )]
                pub struct SetOwner {
                    /// Id of the bot that acts.
                    #[param("botId", req, none)]
                    #[table(TyInfo::Integer, required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub bot_id: i64,
                    /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                    #[notes("Required with webhook auth.")]
                    #[param("botToken", opt, into(crate::Secret))]
                    #[table(TyInfo::String, required_with(crate::schema::AuthMode::Webhook), secret())]
                    pub bot_token: Option<crate::Secret>,
                    /// The group chat: `chat` followed by its id (`chat5`).
                    #[param("dialogId", req, none)]
                    #[table(TyInfo::String, required())]
                    pub dialog_id: String,
                    /// Id of the user who becomes the owner.
                    #[param("userId", req, none)]
                    #[table(TyInfo::Integer, required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub user_id: i64,
                }
                pub static SET_OWNER_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "imbot",
                    summary: "The bot hands the ownership of a group chat it owns to another user.",
                    who: "owner of the registered bot; the bot must own the chat",
                    idempotent: true,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::Struct(&crate::imbot::v2::chat::SET_OWNER_RESULT_TY),
                    errors: &SET_OWNER_ERRORS,
                    paging: None,
                };
                impl SetOwner {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `bot_id` (`botId`): Id of the bot that acts.
                    /// - `dialog_id` (`dialogId`): The group chat: `chat` followed by its id (`chat5`).
                    /// - `user_id` (`userId`): Id of the user who becomes the owner.
                    #[inline]
                    pub fn new(bot_id: i64, dialog_id: impl Into<String>, user_id: i64) -> Self {
                        Self {
                            bot_id,
                            bot_token: None,
                            dialog_id: dialog_id.into(),
                            user_id,
                            extra: serde_json::Map::new(),
                        }
                    }
                }
            }
            crate::macros::object! {
                /// What `imbot.v2.Chat.setOwner` returns: Whether the owner changed.
                ///
                /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-set-owner.html>
                #[object(SET_OWNER_RESULT_TY)]
                pub struct SetOwnerResult {
                    /// `true` once the user owns the chat.
                    #[param("result", req, none)]
                    #[table(TyInfo::Boolean, required())]
                    pub result: bool,
                }
            }
            crate::macros::method_error! {
                #[errors(
                    SET_OWNER_ERRORS,
                    5,
                    "imbot.v2.Chat.setOwner",
                    "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-set-owner.html"
                )]
                pub enum SetOwnerError {
                    /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                    BotTokenNotSpecified = code(
                            "BOT_TOKEN_NOT_SPECIFIED",
                            Some(400),
                            "Bot token is not specified",
                            "`botToken` was not given, and webhook auth needs it.",
                        )
                        .retry_safe(),
                    /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                    BotIdRequired = code(
                            "BOT_ID_REQUIRED",
                            Some(400),
                            "Bot ID is required",
                            "`botId` was not given.",
                        )
                        .retry_safe(),
                    /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                    BotNotFound = code(
                            "BOT_NOT_FOUND",
                            Some(400),
                            "Bot not found",
                            "No bot has this id.",
                        )
                        .retry_safe(),
                    /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                    BotOwnershipError = code(
                            "BOT_OWNERSHIP_ERROR",
                            Some(403),
                            "Bot is registered by another application",
                            "The bot belongs to another application, so this caller may not act for it.",
                        )
                        .retry_safe(),
                    /// `ACCESS_DENIED` (HTTP 403): The bot is not a member of the chat, or does not own it.
                    ///
                    /// The same code is also a system error; for this method it means the above.
                    AccessDenied = code(
                            "ACCESS_DENIED",
                            Some(403),
                            "Access denied",
                            "The bot is not a member of the chat, or does not own it.",
                        )
                        .retry_safe(),
                }
            }
            crate::macros::request! {
                /// Changes a chat's title, description, colour or avatar in one call.
                ///
                /// Wire name `imbot.v2.Chat.update`, scope `imbot`. Who may call it: owner of the registered bot. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                #[method(
                    "imbot.v2.Chat.update",
                    "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-update.html",
                    UpdateResult,
                    UpdateError
                )]
                pub struct Update {
                    /// Id of the bot that acts.
                    #[param("botId", req, none)]
                    #[table(TyInfo::Integer, required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub bot_id: i64,
                    /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                    #[notes("Required with webhook auth.")]
                    #[param("botToken", opt, into(crate::Secret))]
                    #[table(TyInfo::String, required_with(crate::schema::AuthMode::Webhook), secret())]
                    pub bot_token: Option<crate::Secret>,
                    /// The dialog: `chat` followed by the chat id for a group chat (`chat5`), the user id for a private one.
                    #[param("dialogId", req, none)]
                    #[table(TyInfo::String, required())]
                    pub dialog_id: String,
                    /// The properties to change; the ones left out keep their value.
                    #[param("fields", req, none)]
                    #[table(TyInfo::Struct(&crate::imbot::CHAT_UPDATE_FIELDS_TY), required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub fields: crate::imbot::ChatUpdateFields,
                }
                pub static UPDATE_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "imbot",
                    summary: "Changes a chat's title, description, colour or avatar in one call.",
                    who: "owner of the registered bot",
                    idempotent: true,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::Struct(&crate::imbot::v2::chat::UPDATE_RESULT_TY),
                    errors: &UPDATE_ERRORS,
                    paging: None,
                };
                impl Update {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `bot_id` (`botId`): Id of the bot that acts.
                    /// - `dialog_id` (`dialogId`): The dialog: `chat` followed by the chat id for a group chat (`chat5`), the user id for a private one.
                    /// - `fields` (`fields`): The properties to change; the ones left out keep their value.
                    #[inline]
                    pub fn new(
                        bot_id: i64,
                        dialog_id: impl Into<String>,
                        fields: crate::imbot::ChatUpdateFields,
                    ) -> Self {
                        Self {
                            bot_id,
                            bot_token: None,
                            dialog_id: dialog_id.into(),
                            fields,
                            extra: serde_json::Map::new(),
                        }
                    }
                }
            }
            crate::macros::object! {
                /// What `imbot.v2.Chat.update` returns: Whether the chat changed.
                ///
                /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-update.html>
                #[object(UPDATE_RESULT_TY)]
                pub struct UpdateResult {
                    /// `true` once the chat is updated.
                    #[param("result", req, none)]
                    #[table(TyInfo::Boolean, required())]
                    pub result: bool,
                }
            }
            crate::macros::method_error! {
                #[errors(
                    UPDATE_ERRORS,
                    5,
                    "imbot.v2.Chat.update",
                    "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-update.html"
                )]
                pub enum UpdateError {
                    /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                    BotTokenNotSpecified = code(
                            "BOT_TOKEN_NOT_SPECIFIED",
                            Some(400),
                            "Bot token is not specified",
                            "`botToken` was not given, and webhook auth needs it.",
                        )
                        .retry_safe(),
                    /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                    BotIdRequired = code(
                            "BOT_ID_REQUIRED",
                            Some(400),
                            "Bot ID is required",
                            "`botId` was not given.",
                        )
                        .retry_safe(),
                    /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                    BotNotFound = code(
                            "BOT_NOT_FOUND",
                            Some(400),
                            "Bot not found",
                            "No bot has this id.",
                        )
                        .retry_safe(),
                    /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                    BotOwnershipError = code(
                            "BOT_OWNERSHIP_ERROR",
                            Some(403),
                            "Bot is registered by another application",
                            "The bot belongs to another application, so this caller may not act for it.",
                        )
                        .retry_safe(),
                    /// `ACCESS_DENIED` (HTTP 403): The bot is not a member of the chat, or may not change it.
                    ///
                    /// The same code is also a system error; for this method it means the above.
                    AccessDenied = code(
                            "ACCESS_DENIED",
                            Some(403),
                            "Access denied",
                            "The bot is not a member of the chat, or may not change it.",
                        )
                        .retry_safe(),
                }
            }
            /// The `imbot.v2.Chat.InputAction.*` methods.
            pub mod input_action {
                crate::macros::request! {
                    /// Shows that the bot is busy in a dialog, such as "typing…".
                    ///
                    /// Wire name `imbot.v2.Chat.InputAction.notify`, scope `imbot`. Who may call it: owner of the registered bot. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                    #[method(
                        "imbot.v2.Chat.InputAction.notify",
                        "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/ui/chat-input-action-notify.html",
                        NotifyResult,
                        NotifyError
                    )]
                    pub struct Notify {
                        /// Id of the bot that acts.
                        #[param("botId", req, none)]
                        #[table(TyInfo::Integer, required())]
                        #[serde(deserialize_with = "crate::de::lax")]
                        pub bot_id: i64,
                        /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                        #[notes("Required with webhook auth.")]
                        #[param("botToken", opt, into(crate::Secret))]
                        #[table(TyInfo::String, required_with(crate::schema::AuthMode::Webhook), secret())]
                        pub bot_token: Option<crate::Secret>,
                        /// The dialog: `chat` followed by the chat id for a group chat (`chat5`), the user id for a private one.
                        #[param("dialogId", req, none)]
                        #[table(TyInfo::String, required())]
                        pub dialog_id: String,
                        /// Which activity to show; plain "typing" when left out.
                        #[param("statusMessageCode", opt, plain(crate::imbot::InputActionStatus))]
                        #[table(
                            TyInfo::Enum(
                                &EnumTy::new(
                                    "InputActionStatus",
                                    &["IMBOT_AGENT_ACTION_THINKING",
                                    "IMBOT_AGENT_ACTION_SEARCHING",
                                    "IMBOT_AGENT_ACTION_GENERATING",
                                    "IMBOT_AGENT_ACTION_ANALYZING",
                                    "IMBOT_AGENT_ACTION_PROCESSING",
                                    "IMBOT_AGENT_ACTION_TRANSLATING",
                                    "IMBOT_AGENT_ACTION_CONNECTING",
                                    "IMBOT_AGENT_ACTION_CHECKING",
                                    "IMBOT_AGENT_ACTION_CALCULATING",
                                    "IMBOT_AGENT_ACTION_READING_DOCS",
                                    "IMBOT_AGENT_ACTION_COMPOSING"]
                                )
                            )
                        )]
                        pub status_message_code: Option<crate::imbot::InputActionStatus>,
                        /// How many seconds to show it, from 1 to 600; the portal picks when left out.
                        #[param("duration", opt, plain(i64))]
                        #[table(TyInfo::Integer)]
                        #[serde(default, deserialize_with = "crate::de::lax")]
                        pub duration: Option<i64>,
                    }
                    pub static NOTIFY_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                        scope: "imbot",
                        summary: "Shows that the bot is busy in a dialog, such as \"typing…\".",
                        who: "owner of the registered bot",
                        idempotent: true,
                        auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                        joined: &[],
                        result: TyInfo::Struct(&crate::imbot::v2::chat::input_action::NOTIFY_RESULT_TY),
                        errors: &NOTIFY_ERRORS,
                        paging: None,
                    };
                    impl Notify {
                        /// Starts with the required parameters; the rest are set with the methods below.
                        ///
                        /// - `bot_id` (`botId`): Id of the bot that acts.
                        /// - `dialog_id` (`dialogId`): The dialog: `chat` followed by the chat id for a group chat (`chat5`), the user id for a private one.
                        #[inline]
                        pub fn new(bot_id: i64, dialog_id: impl Into<String>) -> Self {
                            Self {
                                bot_id,
                                bot_token: None,
                                dialog_id: dialog_id.into(),
                                status_message_code: None,
                                duration: None,
                                extra: serde_json::Map::new(),
                            }
                        }
                    }
                }
                crate::macros::object! {
                    /// What `imbot.v2.Chat.InputAction.notify` returns: Whether the indicator is shown.
                    ///
                    /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/ui/chat-input-action-notify.html>
                    #[object(NOTIFY_RESULT_TY)]
                    pub struct NotifyResult {
                        /// `true` once the indicator is sent.
                        #[param("result", req, none)]
                        #[table(TyInfo::Boolean, required())]
                        pub result: bool,
                    }
                }
                crate::macros::method_error! {
                    #[errors(
                        NOTIFY_ERRORS,
                        5,
                        "imbot.v2.Chat.InputAction.notify",
                        "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/ui/chat-input-action-notify.html"
                    )]
                    pub enum NotifyError {
                        /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                        BotTokenNotSpecified = code(
                                "BOT_TOKEN_NOT_SPECIFIED",
                                Some(400),
                                "Bot token is not specified",
                                "`botToken` was not given, and webhook auth needs it.",
                            )
                            .retry_safe(),
                        /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                        BotIdRequired = code(
                                "BOT_ID_REQUIRED",
                                Some(400),
                                "Bot ID is required",
                                "`botId` was not given.",
                            )
                            .retry_safe(),
                        /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                        BotNotFound = code(
                                "BOT_NOT_FOUND",
                                Some(400),
                                "Bot not found",
                                "No bot has this id.",
                            )
                            .retry_safe(),
                        /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                        BotOwnershipError = code(
                                "BOT_OWNERSHIP_ERROR",
                                Some(403),
                                "Bot is registered by another application",
                                "The bot belongs to another application, so this caller may not act for it.",
                            )
                            .retry_safe(),
                        /// `ACCESS_DENIED` (HTTP 403): The bot is not a member of the chat.
                        ///
                        /// The same code is also a system error; for this method it means the above.
                        AccessDenied = code(
                                "ACCESS_DENIED",
                                Some(403),
                                "Access denied",
                                "The bot is not a member of the chat.",
                            )
                            .retry_safe(),
                    }
                }
            }
            /// The `imbot.v2.Chat.Manager.*` methods.
            pub mod manager {
                crate::macros::request! {
                    /// Makes members of a group chat its managers; the other managers keep their role.
                    ///
                    /// Wire name `imbot.v2.Chat.Manager.add`, scope `imbot`. Who may call it: owner of the registered bot; the bot must own the chat. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                    #[method(
                        "imbot.v2.Chat.Manager.add",
                        "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-manager-add.html",
                        AddResult,
                        AddError
                    )]
                    pub struct Add {
                        /// Id of the bot that acts.
                        #[param("botId", req, none)]
                        #[table(TyInfo::Integer, required())]
                        #[serde(deserialize_with = "crate::de::lax")]
                        pub bot_id: i64,
                        /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                        #[notes("Required with webhook auth.")]
                        #[param("botToken", opt, into(crate::Secret))]
                        #[table(TyInfo::String, required_with(crate::schema::AuthMode::Webhook), secret())]
                        pub bot_token: Option<crate::Secret>,
                        /// The group chat: `chat` followed by its id (`chat5`).
                        #[param("dialogId", req, none)]
                        #[table(TyInfo::String, required())]
                        pub dialog_id: String,
                        /// Ids of the users to make managers.
                        #[param("userIds", req, none)]
                        #[table(TyInfo::List(&TyInfo::Integer), required())]
                        #[serde(deserialize_with = "crate::de::lax")]
                        pub user_ids: Vec<i64>,
                    }
                    pub static ADD_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                        scope: "imbot",
                        summary: "Makes members of a group chat its managers; the other managers keep their role.",
                        who: "owner of the registered bot; the bot must own the chat",
                        idempotent: true,
                        auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                        joined: &[],
                        result: TyInfo::Struct(&crate::imbot::v2::chat::manager::ADD_RESULT_TY),
                        errors: &ADD_ERRORS,
                        paging: None,
                    };
                    impl Add {
                        /// Starts with the required parameters; the rest are set with the methods below.
                        ///
                        /// - `bot_id` (`botId`): Id of the bot that acts.
                        /// - `dialog_id` (`dialogId`): The group chat: `chat` followed by its id (`chat5`).
                        /// - `user_ids` (`userIds`): Ids of the users to make managers.
                        #[inline]
                        pub fn new(
                            bot_id: i64,
                            dialog_id: impl Into<String>,
                            user_ids: impl IntoIterator<Item = i64>,
                        ) -> Self {
                            Self {
                                bot_id,
                                bot_token: None,
                                dialog_id: dialog_id.into(),
                                user_ids: user_ids.into_iter().collect(),
                                extra: serde_json::Map::new(),
                            }
                        }
                    }
                }
                crate::macros::object! {
                    /// What `imbot.v2.Chat.Manager.add` returns: Whether the managers changed.
                    ///
                    /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-manager-add.html>
                    #[object(ADD_RESULT_TY)]
                    pub struct AddResult {
                        /// `true` once the users are managers.
                        #[param("result", req, none)]
                        #[table(TyInfo::Boolean, required())]
                        pub result: bool,
                    }
                }
                crate::macros::method_error! {
                    #[errors(
                        ADD_ERRORS,
                        6,
                        "imbot.v2.Chat.Manager.add",
                        "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-manager-add.html"
                    )]
                    pub enum AddError {
                        /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                        BotTokenNotSpecified = code(
                                "BOT_TOKEN_NOT_SPECIFIED",
                                Some(400),
                                "Bot token is not specified",
                                "`botToken` was not given, and webhook auth needs it.",
                            )
                            .retry_safe(),
                        /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                        BotIdRequired = code(
                                "BOT_ID_REQUIRED",
                                Some(400),
                                "Bot ID is required",
                                "`botId` was not given.",
                            )
                            .retry_safe(),
                        /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                        BotNotFound = code(
                                "BOT_NOT_FOUND",
                                Some(400),
                                "Bot not found",
                                "No bot has this id.",
                            )
                            .retry_safe(),
                        /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                        BotOwnershipError = code(
                                "BOT_OWNERSHIP_ERROR",
                                Some(403),
                                "Bot is registered by another application",
                                "The bot belongs to another application, so this caller may not act for it.",
                            )
                            .retry_safe(),
                        /// `EMPTY_USER_IDS` (HTTP 400): `userIds` was not given or is empty.
                        EmptyUserIds = code(
                                "EMPTY_USER_IDS",
                                Some(400),
                                "Empty user IDs",
                                "`userIds` was not given or is empty.",
                            )
                            .retry_safe(),
                        /// `ACCESS_DENIED` (HTTP 403): The bot is not a member of the chat, or is not its owner.
                        ///
                        /// The same code is also a system error; for this method it means the above.
                        AccessDenied = code(
                                "ACCESS_DENIED",
                                Some(403),
                                "Access denied",
                                "The bot is not a member of the chat, or is not its owner.",
                            )
                            .retry_safe(),
                    }
                }
                crate::macros::request! {
                    /// Takes the manager role away from members of a group chat; the other managers keep their role.
                    ///
                    /// Wire name `imbot.v2.Chat.Manager.delete`, scope `imbot`. Who may call it: owner of the registered bot; the bot must own the chat. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                    #[method(
                        "imbot.v2.Chat.Manager.delete",
                        "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-manager-delete.html",
                        DeleteResult,
                        DeleteError
                    )]
                    pub struct Delete {
                        /// Id of the bot that acts.
                        #[param("botId", req, none)]
                        #[table(TyInfo::Integer, required())]
                        #[serde(deserialize_with = "crate::de::lax")]
                        pub bot_id: i64,
                        /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                        #[notes("Required with webhook auth.")]
                        #[param("botToken", opt, into(crate::Secret))]
                        #[table(TyInfo::String, required_with(crate::schema::AuthMode::Webhook), secret())]
                        pub bot_token: Option<crate::Secret>,
                        /// The group chat: `chat` followed by its id (`chat5`).
                        #[param("dialogId", req, none)]
                        #[table(TyInfo::String, required())]
                        pub dialog_id: String,
                        /// Ids of the users who stop being managers.
                        #[param("userIds", req, none)]
                        #[table(TyInfo::List(&TyInfo::Integer), required())]
                        #[serde(deserialize_with = "crate::de::lax")]
                        pub user_ids: Vec<i64>,
                    }
                    pub static DELETE_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                        scope: "imbot",
                        summary: "Takes the manager role away from members of a group chat; the other managers keep their role.",
                        who: "owner of the registered bot; the bot must own the chat",
                        idempotent: true,
                        auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                        joined: &[],
                        result: TyInfo::Struct(&crate::imbot::v2::chat::manager::DELETE_RESULT_TY),
                        errors: &DELETE_ERRORS,
                        paging: None,
                    };
                    impl Delete {
                        /// Starts with the required parameters; the rest are set with the methods below.
                        ///
                        /// - `bot_id` (`botId`): Id of the bot that acts.
                        /// - `dialog_id` (`dialogId`): The group chat: `chat` followed by its id (`chat5`).
                        /// - `user_ids` (`userIds`): Ids of the users who stop being managers.
                        #[inline]
                        pub fn new(
                            bot_id: i64,
                            dialog_id: impl Into<String>,
                            user_ids: impl IntoIterator<Item = i64>,
                        ) -> Self {
                            Self {
                                bot_id,
                                bot_token: None,
                                dialog_id: dialog_id.into(),
                                user_ids: user_ids.into_iter().collect(),
                                extra: serde_json::Map::new(),
                            }
                        }
                    }
                }
                crate::macros::object! {
                    /// What `imbot.v2.Chat.Manager.delete` returns: Whether the managers changed.
                    ///
                    /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-manager-delete.html>
                    #[object(DELETE_RESULT_TY)]
                    pub struct DeleteResult {
                        /// `true` once the users are no longer managers.
                        #[param("result", req, none)]
                        #[table(TyInfo::Boolean, required())]
                        pub result: bool,
                    }
                }
                crate::macros::method_error! {
                    #[errors(
                        DELETE_ERRORS,
                        6,
                        "imbot.v2.Chat.Manager.delete",
                        "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-manager-delete.html"
                    )]
                    pub enum DeleteError {
                        /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                        BotTokenNotSpecified = code(
                                "BOT_TOKEN_NOT_SPECIFIED",
                                Some(400),
                                "Bot token is not specified",
                                "`botToken` was not given, and webhook auth needs it.",
                            )
                            .retry_safe(),
                        /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                        BotIdRequired = code(
                                "BOT_ID_REQUIRED",
                                Some(400),
                                "Bot ID is required",
                                "`botId` was not given.",
                            )
                            .retry_safe(),
                        /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                        BotNotFound = code(
                                "BOT_NOT_FOUND",
                                Some(400),
                                "Bot not found",
                                "No bot has this id.",
                            )
                            .retry_safe(),
                        /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                        BotOwnershipError = code(
                                "BOT_OWNERSHIP_ERROR",
                                Some(403),
                                "Bot is registered by another application",
                                "The bot belongs to another application, so this caller may not act for it.",
                            )
                            .retry_safe(),
                        /// `EMPTY_USER_IDS` (HTTP 400): `userIds` was not given or is empty.
                        EmptyUserIds = code(
                                "EMPTY_USER_IDS",
                                Some(400),
                                "Empty user IDs",
                                "`userIds` was not given or is empty.",
                            )
                            .retry_safe(),
                        /// `ACCESS_DENIED` (HTTP 403): The bot is not a member of the chat, or is not its owner.
                        ///
                        /// The same code is also a system error; for this method it means the above.
                        AccessDenied = code(
                                "ACCESS_DENIED",
                                Some(403),
                                "Access denied",
                                "The bot is not a member of the chat, or is not its owner.",
                            )
                            .retry_safe(),
                    }
                }
            }
            /// The `imbot.v2.Chat.Message.*` methods.
            pub mod message {
                crate::macros::request! {
                    /// The bot deletes a message: its own, or any message of a chat it manages.
                    ///
                    /// System messages (posted with `system: true`) have no author, so only a bot
                    /// that manages the chat may delete them.
                    ///
                    /// Wire name `imbot.v2.Chat.Message.delete`, scope `imbot`. Who may call it: owner of the registered bot. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                    #[method(
                        "imbot.v2.Chat.Message.delete",
                        "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-delete.html",
                        DeleteResult,
                        DeleteError
                    )]
                    pub struct Delete {
                        /// Id of the bot that acts.
                        #[param("botId", req, none)]
                        #[table(TyInfo::Integer, required())]
                        #[serde(deserialize_with = "crate::de::lax")]
                        pub bot_id: i64,
                        /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                        #[notes("Required with webhook auth.")]
                        #[param("botToken", opt, into(crate::Secret))]
                        #[table(TyInfo::String, required_with(crate::schema::AuthMode::Webhook), secret())]
                        pub bot_token: Option<crate::Secret>,
                        /// Id of the message to delete.
                        #[param("messageId", req, none)]
                        #[table(TyInfo::Integer, required())]
                        #[serde(deserialize_with = "crate::de::lax")]
                        pub message_id: i64,
                        /// Whether to erase the message from the database rather than mark it deleted.
                        #[notes("Default: `false`.")]
                        #[param("complete", opt, plain(bool))]
                        #[table(TyInfo::Boolean, default("false"))]
                        pub complete: Option<bool>,
                    }
                    pub static DELETE_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                        scope: "imbot",
                        summary: "The bot deletes a message: its own, or any message of a chat it manages.",
                        who: "owner of the registered bot",
                        idempotent: true,
                        auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                        joined: &[],
                        result: TyInfo::Struct(&crate::imbot::v2::chat::message::DELETE_RESULT_TY),
                        errors: &DELETE_ERRORS,
                        paging: None,
                    };
                    impl Delete {
                        /// Starts with the required parameters; the rest are set with the methods below.
                        ///
                        /// - `bot_id` (`botId`): Id of the bot that acts.
                        /// - `message_id` (`messageId`): Id of the message to delete.
                        #[inline]
                        pub fn new(bot_id: i64, message_id: i64) -> Self {
                            Self {
                                bot_id,
                                bot_token: None,
                                message_id,
                                complete: None,
                                extra: serde_json::Map::new(),
                            }
                        }
                    }
                }
                crate::macros::object! {
                    /// What `imbot.v2.Chat.Message.delete` returns: Whether the message was deleted.
                    ///
                    /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-delete.html>
                    #[object(DELETE_RESULT_TY)]
                    pub struct DeleteResult {
                        /// `true` once the message is deleted.
                        #[param("result", req, none)]
                        #[table(TyInfo::Boolean, required())]
                        pub result: bool,
                    }
                }
                crate::macros::method_error! {
                    #[errors(
                        DELETE_ERRORS,
                        5,
                        "imbot.v2.Chat.Message.delete",
                        "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-delete.html"
                    )]
                    pub enum DeleteError {
                        /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                        BotTokenNotSpecified = code(
                                "BOT_TOKEN_NOT_SPECIFIED",
                                Some(400),
                                "Bot token is not specified",
                                "`botToken` was not given, and webhook auth needs it.",
                            )
                            .retry_safe(),
                        /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                        BotIdRequired = code(
                                "BOT_ID_REQUIRED",
                                Some(400),
                                "Bot ID is required",
                                "`botId` was not given.",
                            )
                            .retry_safe(),
                        /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                        BotNotFound = code(
                                "BOT_NOT_FOUND",
                                Some(400),
                                "Bot not found",
                                "No bot has this id.",
                            )
                            .retry_safe(),
                        /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                        BotOwnershipError = code(
                                "BOT_OWNERSHIP_ERROR",
                                Some(403),
                                "Bot is registered by another application",
                                "The bot belongs to another application, so this caller may not act for it.",
                            )
                            .retry_safe(),
                        /// `ACCESS_DENIED` (HTTP 403): The message is not the bot's and the bot does not manage the chat, or the message does not exist.
                        ///
                        /// The same code is also a system error; for this method it means the above.
                        AccessDenied = code(
                                "ACCESS_DENIED",
                                Some(403),
                                "Access denied",
                                "The message is not the bot's and the bot does not manage the chat, or the message does not exist.",
                            )
                            .retry_safe(),
                    }
                }
                crate::macros::request! {
                    /// Reads a message by its id; for `supervisor` and `personal` bots only.
                    ///
                    /// A typical use: an event carries a `replyId`, and the bot reads the message
                    /// it replies to.
                    ///
                    /// Wire name `imbot.v2.Chat.Message.get`, scope `imbot`. Who may call it: owner of the registered bot. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                    #[method(
                        "imbot.v2.Chat.Message.get",
                        "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-get.html",
                        GetResult,
                        GetError
                    )]
                    pub struct Get {
                        /// Id of the bot that acts.
                        #[param("botId", req, none)]
                        #[table(TyInfo::Integer, required())]
                        #[serde(deserialize_with = "crate::de::lax")]
                        pub bot_id: i64,
                        /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                        #[notes("Required with webhook auth.")]
                        #[param("botToken", opt, into(crate::Secret))]
                        #[table(TyInfo::String, required_with(crate::schema::AuthMode::Webhook), secret())]
                        pub bot_token: Option<crate::Secret>,
                        /// Id of the message.
                        #[param("messageId", req, none)]
                        #[table(TyInfo::Integer, required())]
                        #[serde(deserialize_with = "crate::de::lax")]
                        pub message_id: i64,
                    }
                    pub static GET_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                        scope: "imbot",
                        summary: "Reads a message by its id; for `supervisor` and `personal` bots only.",
                        who: "owner of the registered bot",
                        idempotent: true,
                        auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                        joined: &[],
                        result: TyInfo::Struct(&crate::imbot::v2::chat::message::GET_RESULT_TY),
                        errors: &GET_ERRORS,
                        paging: None,
                    };
                    impl Get {
                        /// Starts with the required parameters; the rest are set with the methods below.
                        ///
                        /// - `bot_id` (`botId`): Id of the bot that acts.
                        /// - `message_id` (`messageId`): Id of the message.
                        #[inline]
                        pub fn new(bot_id: i64, message_id: i64) -> Self {
                            Self {
                                bot_id,
                                bot_token: None,
                                message_id,
                                extra: serde_json::Map::new(),
                            }
                        }
                    }
                }
                crate::macros::object! {
                    /// What `imbot.v2.Chat.Message.get` returns: The message and its author.
                    ///
                    /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-get.html>
                    #[object(GET_RESULT_TY)]
                    pub struct GetResult {
                        /// The message.
                        #[param("message", req, none)]
                        #[table(TyInfo::Struct(&crate::imbot::MESSAGE_TY), required())]
                        #[serde(deserialize_with = "crate::de::lax")]
                        pub message: crate::imbot::Message,
                        /// Its author.
                        #[param("user", opt, none)]
                        #[table(TyInfo::Struct(&crate::imbot::USER_TY))]
                        #[serde(default, deserialize_with = "crate::de::lax")]
                        pub user: Option<crate::imbot::User>,
                    }
                }
                crate::macros::method_error! {
                    #[errors(
                        GET_ERRORS,
                        5,
                        "imbot.v2.Chat.Message.get",
                        "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-get.html"
                    )]
                    pub enum GetError {
                        /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                        BotTokenNotSpecified = code(
                                "BOT_TOKEN_NOT_SPECIFIED",
                                Some(400),
                                "Bot token is not specified",
                                "`botToken` was not given, and webhook auth needs it.",
                            )
                            .retry_safe(),
                        /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                        BotIdRequired = code(
                                "BOT_ID_REQUIRED",
                                Some(400),
                                "Bot ID is required",
                                "`botId` was not given.",
                            )
                            .retry_safe(),
                        /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                        BotNotFound = code(
                                "BOT_NOT_FOUND",
                                Some(400),
                                "Bot not found",
                                "No bot has this id.",
                            )
                            .retry_safe(),
                        /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                        BotOwnershipError = code(
                                "BOT_OWNERSHIP_ERROR",
                                Some(403),
                                "Bot is registered by another application",
                                "The bot belongs to another application, so this caller may not act for it.",
                            )
                            .retry_safe(),
                        /// `BOT_TYPE_NOT_ALLOWED` (HTTP 403): Only `supervisor` and `personal` bots may call this method.
                        BotTypeNotAllowed = code(
                                "BOT_TYPE_NOT_ALLOWED",
                                Some(403),
                                "Bot type not allowed",
                                "Only `supervisor` and `personal` bots may call this method.",
                            )
                            .retry_safe(),
                    }
                }
                crate::macros::request! {
                    /// Reads the messages around a message; for `supervisor` and `personal` bots only.
                    ///
                    /// To page on, call again with the id of the last message read (newer) or of
                    /// the first (older).
                    ///
                    /// Wire name `imbot.v2.Chat.Message.getContext`, scope `imbot`. Who may call it: owner of the registered bot. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                    #[method(
                        "imbot.v2.Chat.Message.getContext",
                        "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-get-context.html",
                        GetContextResult,
                        GetContextError
                    )]
                    pub struct GetContext {
                        /// Id of the bot that acts.
                        #[param("botId", req, none)]
                        #[table(TyInfo::Integer, required())]
                        #[serde(deserialize_with = "crate::de::lax")]
                        pub bot_id: i64,
                        /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                        #[notes("Required with webhook auth.")]
                        #[param("botToken", opt, into(crate::Secret))]
                        #[table(TyInfo::String, required_with(crate::schema::AuthMode::Webhook), secret())]
                        pub bot_token: Option<crate::Secret>,
                        /// Id of the message in the middle.
                        #[param("messageId", req, none)]
                        #[table(TyInfo::Integer, required())]
                        #[serde(deserialize_with = "crate::de::lax")]
                        pub message_id: i64,
                        /// How many messages to read on each side, from 1 to 50.
                        #[notes("Default: `50`.")]
                        #[param("range", opt, plain(i64))]
                        #[table(TyInfo::Integer, default("50"))]
                        #[serde(default, deserialize_with = "crate::de::lax")]
                        pub range: Option<i64>,
                    }
                    pub static GET_CONTEXT_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                        scope: "imbot",
                        summary: "Reads the messages around a message; for `supervisor` and `personal` bots only.",
                        who: "owner of the registered bot",
                        idempotent: true,
                        auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                        joined: &[],
                        result: TyInfo::Struct(&crate::imbot::v2::chat::message::GET_CONTEXT_RESULT_TY),
                        errors: &GET_CONTEXT_ERRORS,
                        paging: None,
                    };
                    impl GetContext {
                        /// Starts with the required parameters; the rest are set with the methods below.
                        ///
                        /// - `bot_id` (`botId`): Id of the bot that acts.
                        /// - `message_id` (`messageId`): Id of the message in the middle.
                        #[inline]
                        pub fn new(bot_id: i64, message_id: i64) -> Self {
                            Self {
                                bot_id,
                                bot_token: None,
                                message_id,
                                range: None,
                                extra: serde_json::Map::new(),
                            }
                        }
                    }
                }
                crate::macros::object! {
                    /// What `imbot.v2.Chat.Message.getContext` returns: The messages and their authors.
                    ///
                    /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-get-context.html>
                    #[object(GET_CONTEXT_RESULT_TY)]
                    pub struct GetContextResult {
                        /// The messages, oldest first.
                        #[param("messages", req, none)]
                        #[table(TyInfo::List(&TyInfo::Struct(&crate::imbot::MESSAGE_TY)), required())]
                        #[serde(deserialize_with = "crate::de::lax")]
                        pub messages: Vec<crate::imbot::Message>,
                        /// Their authors.
                        #[param("users", opt, none)]
                        #[table(TyInfo::List(&TyInfo::Struct(&crate::imbot::USER_TY)))]
                        #[serde(default, deserialize_with = "crate::de::lax")]
                        pub users: Option<Vec<crate::imbot::User>>,
                        /// Whether older messages exist.
                        #[param("hasPrevPage", opt, none)]
                        #[table(TyInfo::Boolean)]
                        pub has_prev_page: Option<bool>,
                        /// Whether newer messages exist.
                        #[param("hasNextPage", opt, none)]
                        #[table(TyInfo::Boolean)]
                        pub has_next_page: Option<bool>,
                    }
                }
                crate::macros::method_error! {
                    #[errors(
                        GET_CONTEXT_ERRORS,
                        7,
                        "imbot.v2.Chat.Message.getContext",
                        "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-get-context.html"
                    )]
                    pub enum GetContextError {
                        /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                        BotTokenNotSpecified = code(
                                "BOT_TOKEN_NOT_SPECIFIED",
                                Some(400),
                                "Bot token is not specified",
                                "`botToken` was not given, and webhook auth needs it.",
                            )
                            .retry_safe(),
                        /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                        BotIdRequired = code(
                                "BOT_ID_REQUIRED",
                                Some(400),
                                "Bot ID is required",
                                "`botId` was not given.",
                            )
                            .retry_safe(),
                        /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                        BotNotFound = code(
                                "BOT_NOT_FOUND",
                                Some(400),
                                "Bot not found",
                                "No bot has this id.",
                            )
                            .retry_safe(),
                        /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                        BotOwnershipError = code(
                                "BOT_OWNERSHIP_ERROR",
                                Some(403),
                                "Bot is registered by another application",
                                "The bot belongs to another application, so this caller may not act for it.",
                            )
                            .retry_safe(),
                        /// `BOT_TYPE_NOT_ALLOWED` (HTTP 403): Only `supervisor` and `personal` bots may call this method.
                        BotTypeNotAllowed = code(
                                "BOT_TYPE_NOT_ALLOWED",
                                Some(403),
                                "Bot type not allowed",
                                "Only `supervisor` and `personal` bots may call this method.",
                            )
                            .retry_safe(),
                        /// `MESSAGE_NOT_FOUND` (HTTP 400): No message has this id.
                        MessageNotFound = code(
                                "MESSAGE_NOT_FOUND",
                                Some(400),
                                "Message not found",
                                "No message has this id.",
                            )
                            .retry_safe(),
                        /// `MESSAGE_ACCESS_DENIED` (HTTP 403): The bot is not in the message's chat, or may not read its history.
                        MessageAccessDenied = code(
                                "MESSAGE_ACCESS_DENIED",
                                Some(403),
                                "Message access denied",
                                "The bot is not in the message's chat, or may not read its history.",
                            )
                            .retry_safe(),
                    }
                }
                crate::macros::request! {
                    /// The bot marks the messages of a dialog read, up to a given one or all of them.
                    ///
                    /// Wire name `imbot.v2.Chat.Message.read`, scope `imbot`. Who may call it: owner of the registered bot. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                    #[method(
                        "imbot.v2.Chat.Message.read",
                        "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-read.html",
                        ReadResult,
                        ReadError
                    )]
                    pub struct Read {
                        /// Id of the bot that acts.
                        #[param("botId", req, none)]
                        #[table(TyInfo::Integer, required())]
                        #[serde(deserialize_with = "crate::de::lax")]
                        pub bot_id: i64,
                        /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                        #[notes("Required with webhook auth.")]
                        #[param("botToken", opt, into(crate::Secret))]
                        #[table(TyInfo::String, required_with(crate::schema::AuthMode::Webhook), secret())]
                        pub bot_token: Option<crate::Secret>,
                        /// The dialog: `chat` followed by the chat id for a group chat (`chat5`), the user id for a private one.
                        #[param("dialogId", req, none)]
                        #[table(TyInfo::String, required())]
                        pub dialog_id: String,
                        /// The last message to mark read, included; every message when left out.
                        #[param("messageId", opt, plain(i64))]
                        #[table(TyInfo::Integer)]
                        #[serde(default, deserialize_with = "crate::de::lax")]
                        pub message_id: Option<i64>,
                    }
                    pub static READ_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                        scope: "imbot",
                        summary: "The bot marks the messages of a dialog read, up to a given one or all of them.",
                        who: "owner of the registered bot",
                        idempotent: true,
                        auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                        joined: &[],
                        result: TyInfo::Struct(&crate::imbot::v2::chat::message::READ_RESULT_TY),
                        errors: &READ_ERRORS,
                        paging: None,
                    };
                    impl Read {
                        /// Starts with the required parameters; the rest are set with the methods below.
                        ///
                        /// - `bot_id` (`botId`): Id of the bot that acts.
                        /// - `dialog_id` (`dialogId`): The dialog: `chat` followed by the chat id for a group chat (`chat5`), the user id for a private one.
                        #[inline]
                        pub fn new(bot_id: i64, dialog_id: impl Into<String>) -> Self {
                            Self {
                                bot_id,
                                bot_token: None,
                                dialog_id: dialog_id.into(),
                                message_id: None,
                                extra: serde_json::Map::new(),
                            }
                        }
                    }
                }
                crate::macros::object! {
                    /// What `imbot.v2.Chat.Message.read` returns: The state of the dialog afterwards.
                    ///
                    /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-read.html>
                    #[object(READ_RESULT_TY)]
                    #[derive(Default)]
                    pub struct ReadResult {
                        /// Id of the chat.
                        #[param("chatId", opt, none)]
                        #[table(TyInfo::Integer)]
                        #[serde(default, deserialize_with = "crate::de::lax")]
                        pub chat_id: Option<i64>,
                        /// Id of the last message read.
                        #[param("lastId", opt, none)]
                        #[table(TyInfo::Integer)]
                        #[serde(default, deserialize_with = "crate::de::lax")]
                        pub last_id: Option<i64>,
                        /// How many messages are still unread.
                        #[param("counter", opt, none)]
                        #[table(TyInfo::Integer)]
                        #[serde(default, deserialize_with = "crate::de::lax")]
                        pub counter: Option<i64>,
                        /// Ids of the messages this call marked read.
                        #[param("viewedMessages", opt, none)]
                        #[table(TyInfo::List(&TyInfo::Integer))]
                        #[serde(default, deserialize_with = "crate::de::lax")]
                        pub viewed_messages: Option<Vec<i64>>,
                    }
                }
                crate::macros::method_error! {
                    #[errors(
                        READ_ERRORS,
                        6,
                        "imbot.v2.Chat.Message.read",
                        "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-read.html"
                    )]
                    pub enum ReadError {
                        /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                        BotTokenNotSpecified = code(
                                "BOT_TOKEN_NOT_SPECIFIED",
                                Some(400),
                                "Bot token is not specified",
                                "`botToken` was not given, and webhook auth needs it.",
                            )
                            .retry_safe(),
                        /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                        BotIdRequired = code(
                                "BOT_ID_REQUIRED",
                                Some(400),
                                "Bot ID is required",
                                "`botId` was not given.",
                            )
                            .retry_safe(),
                        /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                        BotNotFound = code(
                                "BOT_NOT_FOUND",
                                Some(400),
                                "Bot not found",
                                "No bot has this id.",
                            )
                            .retry_safe(),
                        /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                        BotOwnershipError = code(
                                "BOT_OWNERSHIP_ERROR",
                                Some(403),
                                "Bot is registered by another application",
                                "The bot belongs to another application, so this caller may not act for it.",
                            )
                            .retry_safe(),
                        /// `ACCESS_DENIED` (HTTP 403): The bot is not a member of the chat.
                        ///
                        /// The same code is also a system error; for this method it means the above.
                        AccessDenied = code(
                                "ACCESS_DENIED",
                                Some(403),
                                "Access denied",
                                "The bot is not a member of the chat.",
                            )
                            .retry_safe(),
                        /// `MESSAGE_NOT_FOUND` (HTTP 400): No message has this id, or the bot may not see it.
                        MessageNotFound = code(
                                "MESSAGE_NOT_FOUND",
                                Some(400),
                                "Message not found",
                                "No message has this id, or the bot may not see it.",
                            )
                            .retry_safe(),
                    }
                }
                crate::macros::request! {
                    /// The bot posts a message to a dialog.
                    ///
                    /// Wire name `imbot.v2.Chat.Message.send`, scope `imbot`. Who may call it: owner of the registered bot. Not idempotent: a call whose outcome is unknown must not be resent blindly. Auth: webhook, OAuth.
                    #[method(
                        "imbot.v2.Chat.Message.send",
                        "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-send.html",
                        SendResult,
                        SendError
                    )]
                    pub struct Send {
                        /// Id of the bot that acts.
                        #[param("botId", req, none)]
                        #[table(TyInfo::Integer, required())]
                        #[serde(deserialize_with = "crate::de::lax")]
                        pub bot_id: i64,
                        /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                        #[notes("Required with webhook auth.")]
                        #[param("botToken", opt, into(crate::Secret))]
                        #[table(TyInfo::String, required_with(crate::schema::AuthMode::Webhook), secret())]
                        pub bot_token: Option<crate::Secret>,
                        /// The dialog: `chat` followed by the chat id for a group chat (`chat5`), the user id for a private one.
                        #[param("dialogId", req, none)]
                        #[table(TyInfo::String, required())]
                        pub dialog_id: String,
                        /// What the message holds.
                        #[param("fields", opt, plain(crate::imbot::MessageSendFields))]
                        #[table(TyInfo::Struct(&crate::imbot::MESSAGE_SEND_FIELDS_TY))]
                        #[serde(default, deserialize_with = "crate::de::lax")]
                        pub fields: Option<crate::imbot::MessageSendFields>,
                    }
                    pub static SEND_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                        scope: "imbot",
                        summary: "The bot posts a message to a dialog.",
                        who: "owner of the registered bot",
                        idempotent: false,
                        auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                        joined: &[],
                        result: TyInfo::Struct(&crate::imbot::v2::chat::message::SEND_RESULT_TY),
                        errors: &SEND_ERRORS,
                        paging: None,
                    };
                    impl Send {
                        /// Starts with the required parameters; the rest are set with the methods below.
                        ///
                        /// - `bot_id` (`botId`): Id of the bot that acts.
                        /// - `dialog_id` (`dialogId`): The dialog: `chat` followed by the chat id for a group chat (`chat5`), the user id for a private one.
                        #[inline]
                        pub fn new(bot_id: i64, dialog_id: impl Into<String>) -> Self {
                            Self {
                                bot_id,
                                bot_token: None,
                                dialog_id: dialog_id.into(),
                                fields: None,
                                extra: serde_json::Map::new(),
                            }
                        }
                    }
                }
                crate::macros::object! {
                    /// What `imbot.v2.Chat.Message.send` returns: The new message.
                    ///
                    /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-send.html>
                    #[object(SEND_RESULT_TY)]
                    pub struct SendResult {
                        /// Id of the posted message.
                        #[param("id", req, none)]
                        #[table(TyInfo::Integer, required())]
                        #[serde(deserialize_with = "crate::de::lax")]
                        pub id: i64,
                        /// For forwarded messages: the ids of the copies, keyed by the UUIDs given in `forwardIds`.
                        #[param("uuidMap", opt, none)]
                        #[table(TyInfo::Map(&TyInfo::Integer))]
                        #[serde(default, deserialize_with = "crate::de::lax")]
                        pub uuid_map: Option<std::collections::BTreeMap<String, i64>>,
                    }
                }
                crate::macros::method_error! {
                    #[errors(
                        SEND_ERRORS,
                        7,
                        "imbot.v2.Chat.Message.send",
                        "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-send.html"
                    )]
                    pub enum SendError {
                        /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                        BotTokenNotSpecified = code(
                                "BOT_TOKEN_NOT_SPECIFIED",
                                Some(400),
                                "Bot token is not specified",
                                "`botToken` was not given, and webhook auth needs it.",
                            )
                            .retry_safe(),
                        /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                        BotIdRequired = code(
                                "BOT_ID_REQUIRED",
                                Some(400),
                                "Bot ID is required",
                                "`botId` was not given.",
                            )
                            .retry_safe(),
                        /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                        BotNotFound = code(
                                "BOT_NOT_FOUND",
                                Some(400),
                                "Bot not found",
                                "No bot has this id.",
                            )
                            .retry_safe(),
                        /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                        BotOwnershipError = code(
                                "BOT_OWNERSHIP_ERROR",
                                Some(403),
                                "Bot is registered by another application",
                                "The bot belongs to another application, so this caller may not act for it.",
                            )
                            .retry_safe(),
                        /// `ACCESS_DENIED` (HTTP 403): The bot is not a member of the chat.
                        ///
                        /// The same code is also a system error; for this method it means the above.
                        AccessDenied = code(
                                "ACCESS_DENIED",
                                Some(403),
                                "Access denied",
                                "The bot is not a member of the chat.",
                            )
                            .retry_safe(),
                        /// `EMPTY_MESSAGE` (HTTP 400): The message has neither text nor attachments.
                        EmptyMessage = code(
                                "EMPTY_MESSAGE",
                                Some(400),
                                "Message is empty",
                                "The message has neither text nor attachments.",
                            )
                            .retry_safe(),
                        /// `SENDING_FAILED` (HTTP 400): The portal could not post the message.
                        SendingFailed = code(
                            "SENDING_FAILED",
                            Some(400),
                            "Sending failed",
                            "The portal could not post the message.",
                        ),
                    }
                }
                crate::macros::request! {
                    /// The bot changes one of its own messages.
                    ///
                    /// Messages posted with `system: true` have no author (`authorId` is 0) and
                    /// cannot be changed.
                    ///
                    /// Wire name `imbot.v2.Chat.Message.update`, scope `imbot`. Who may call it: owner of the registered bot. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                    #[method(
                        "imbot.v2.Chat.Message.update",
                        "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-update.html",
                        UpdateResult,
                        UpdateError
                    )]
                    pub struct Update {
                        /// Id of the bot that acts.
                        #[param("botId", req, none)]
                        #[table(TyInfo::Integer, required())]
                        #[serde(deserialize_with = "crate::de::lax")]
                        pub bot_id: i64,
                        /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                        #[notes("Required with webhook auth.")]
                        #[param("botToken", opt, into(crate::Secret))]
                        #[table(TyInfo::String, required_with(crate::schema::AuthMode::Webhook), secret())]
                        pub bot_token: Option<crate::Secret>,
                        /// Id of the message to change.
                        #[param("messageId", req, none)]
                        #[table(TyInfo::Integer, required())]
                        #[serde(deserialize_with = "crate::de::lax")]
                        pub message_id: i64,
                        /// What to change.
                        #[param("fields", req, none)]
                        #[table(TyInfo::Struct(&crate::imbot::MESSAGE_UPDATE_FIELDS_TY), required())]
                        #[serde(deserialize_with = "crate::de::lax")]
                        pub fields: crate::imbot::MessageUpdateFields,
                    }
                    pub static UPDATE_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                        scope: "imbot",
                        summary: "The bot changes one of its own messages.",
                        who: "owner of the registered bot",
                        idempotent: true,
                        auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                        joined: &[],
                        result: TyInfo::Struct(&crate::imbot::v2::chat::message::UPDATE_RESULT_TY),
                        errors: &UPDATE_ERRORS,
                        paging: None,
                    };
                    impl Update {
                        /// Starts with the required parameters; the rest are set with the methods below.
                        ///
                        /// - `bot_id` (`botId`): Id of the bot that acts.
                        /// - `message_id` (`messageId`): Id of the message to change.
                        /// - `fields` (`fields`): What to change.
                        #[inline]
                        pub fn new(
                            bot_id: i64,
                            message_id: i64,
                            fields: crate::imbot::MessageUpdateFields,
                        ) -> Self {
                            Self {
                                bot_id,
                                bot_token: None,
                                message_id,
                                fields,
                                extra: serde_json::Map::new(),
                            }
                        }
                    }
                }
                crate::macros::object! {
                    /// What `imbot.v2.Chat.Message.update` returns: Whether the message changed.
                    ///
                    /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-update.html>
                    #[object(UPDATE_RESULT_TY)]
                    pub struct UpdateResult {
                        /// `true` once the message is changed.
                        #[param("result", req, none)]
                        #[table(TyInfo::Boolean, required())]
                        pub result: bool,
                    }
                }
                crate::macros::method_error! {
                    #[errors(
                        UPDATE_ERRORS,
                        5,
                        "imbot.v2.Chat.Message.update",
                        "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-update.html"
                    )]
                    pub enum UpdateError {
                        /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                        BotTokenNotSpecified = code(
                                "BOT_TOKEN_NOT_SPECIFIED",
                                Some(400),
                                "Bot token is not specified",
                                "`botToken` was not given, and webhook auth needs it.",
                            )
                            .retry_safe(),
                        /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                        BotIdRequired = code(
                                "BOT_ID_REQUIRED",
                                Some(400),
                                "Bot ID is required",
                                "`botId` was not given.",
                            )
                            .retry_safe(),
                        /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                        BotNotFound = code(
                                "BOT_NOT_FOUND",
                                Some(400),
                                "Bot not found",
                                "No bot has this id.",
                            )
                            .retry_safe(),
                        /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                        BotOwnershipError = code(
                                "BOT_OWNERSHIP_ERROR",
                                Some(403),
                                "Bot is registered by another application",
                                "The bot belongs to another application, so this caller may not act for it.",
                            )
                            .retry_safe(),
                        /// `ACCESS_DENIED` (HTTP 403): The message is not the bot's, or does not exist.
                        ///
                        /// The same code is also a system error; for this method it means the above.
                        AccessDenied = code(
                                "ACCESS_DENIED",
                                Some(403),
                                "Access denied",
                                "The message is not the bot's, or does not exist.",
                            )
                            .retry_safe(),
                    }
                }
                /// The `imbot.v2.Chat.Message.Reaction.*` methods.
                pub mod reaction {
                    crate::macros::request! {
                        /// The bot puts a reaction on a message.
                        ///
                        /// Putting the same reaction twice leaves one; the second call is refused with
                        /// `REACTION_ALREADY_SET`.
                        ///
                        /// Wire name `imbot.v2.Chat.Message.Reaction.add`, scope `imbot`. Who may call it: owner of the registered bot. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                        #[method(
                            "imbot.v2.Chat.Message.Reaction.add",
                            "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-reaction-add.html",
                            AddResult,
                            AddError
                        )]
                        pub struct Add {
                            /// Id of the bot that acts.
                            #[param("botId", req, none)]
                            #[table(TyInfo::Integer, required())]
                            #[serde(deserialize_with = "crate::de::lax")]
                            pub bot_id: i64,
                            /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                            #[notes("Required with webhook auth.")]
                            #[param("botToken", opt, into(crate::Secret))]
                            #[table(TyInfo::String, required_with(crate::schema::AuthMode::Webhook), secret())]
                            pub bot_token: Option<crate::Secret>,
                            /// Id of the message.
                            #[param("messageId", req, none)]
                            #[table(TyInfo::Integer, required())]
                            #[serde(deserialize_with = "crate::de::lax")]
                            pub message_id: i64,
                            /// The reaction.
                            #[param("reaction", req, none)]
                            #[table(
                                TyInfo::Enum(
                                    &EnumTy::new(
                                        "Reaction",
                                        &["like",
                                        "dislike",
                                        "faceWithTearsOfJoy",
                                        "redHeart",
                                        "neutralFace",
                                        "fire",
                                        "cry",
                                        "slightlySmilingFace",
                                        "winkingFace",
                                        "laugh",
                                        "kiss",
                                        "wonder",
                                        "slightlyFrowningFace",
                                        "loudlyCryingFace",
                                        "faceWithStuckOutTongue",
                                        "faceWithStuckOutTongueAndWinkingEye",
                                        "smilingFaceWithSunglasses",
                                        "confusedFace",
                                        "flushedFace",
                                        "thinkingFace",
                                        "angry",
                                        "smilingFaceWithHorns",
                                        "faceWithThermometer",
                                        "facepalm",
                                        "poo",
                                        "flexedBiceps",
                                        "clappingHands",
                                        "raisedHand",
                                        "smilingFaceWithHeartEyes",
                                        "smilingFaceWithHearts",
                                        "pleadingFace",
                                        "relievedFace",
                                        "foldedHands",
                                        "okHand",
                                        "signHorns",
                                        "loveYouGesture",
                                        "clownFace",
                                        "partyingFace",
                                        "questionMark",
                                        "exclamationMark",
                                        "lightBulb",
                                        "bomb",
                                        "sleepingSymbol",
                                        "crossMark",
                                        "whiteHeavyCheckMark",
                                        "eyes",
                                        "handshake",
                                        "hundredPoints"]
                                    )
                                ),
                                required()
                            )]
                            pub reaction: crate::imbot::Reaction,
                        }
                        pub static ADD_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                            scope: "imbot",
                            summary: "The bot puts a reaction on a message.",
                            who: "owner of the registered bot",
                            idempotent: true,
                            auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                            joined: &[],
                            result: TyInfo::Struct(&crate::imbot::v2::chat::message::reaction::ADD_RESULT_TY),
                            errors: &ADD_ERRORS,
                            paging: None,
                        };
                        impl Add {
                            /// Starts with the required parameters; the rest are set with the methods below.
                            ///
                            /// - `bot_id` (`botId`): Id of the bot that acts.
                            /// - `message_id` (`messageId`): Id of the message.
                            /// - `reaction` (`reaction`): The reaction.
                            #[inline]
                            pub fn new(bot_id: i64, message_id: i64, reaction: crate::imbot::Reaction) -> Self {
                                Self {
                                    bot_id,
                                    bot_token: None,
                                    message_id,
                                    reaction,
                                    extra: serde_json::Map::new(),
                                }
                            }
                        }
                    }
                    crate::macros::object! {
                        /// What `imbot.v2.Chat.Message.Reaction.add` returns: Whether the reaction was put.
                        ///
                        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-reaction-add.html>
                        #[object(ADD_RESULT_TY)]
                        pub struct AddResult {
                            /// `true` once the reaction is on the message.
                            #[param("result", req, none)]
                            #[table(TyInfo::Boolean, required())]
                            pub result: bool,
                        }
                    }
                    crate::macros::method_error! {
                        #[errors(
                            ADD_ERRORS,
                            7,
                            "imbot.v2.Chat.Message.Reaction.add",
                            "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-reaction-add.html"
                        )]
                        pub enum AddError {
                            /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                            BotTokenNotSpecified = code(
                                    "BOT_TOKEN_NOT_SPECIFIED",
                                    Some(400),
                                    "Bot token is not specified",
                                    "`botToken` was not given, and webhook auth needs it.",
                                )
                                .retry_safe(),
                            /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                            BotIdRequired = code(
                                    "BOT_ID_REQUIRED",
                                    Some(400),
                                    "Bot ID is required",
                                    "`botId` was not given.",
                                )
                                .retry_safe(),
                            /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                            BotNotFound = code(
                                    "BOT_NOT_FOUND",
                                    Some(400),
                                    "Bot not found",
                                    "No bot has this id.",
                                )
                                .retry_safe(),
                            /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                            BotOwnershipError = code(
                                    "BOT_OWNERSHIP_ERROR",
                                    Some(403),
                                    "Bot is registered by another application",
                                    "The bot belongs to another application, so this caller may not act for it.",
                                )
                                .retry_safe(),
                            /// `ACCESS_DENIED` (HTTP 403): The bot is not a member of the message's chat.
                            ///
                            /// The same code is also a system error; for this method it means the above.
                            AccessDenied = code(
                                    "ACCESS_DENIED",
                                    Some(403),
                                    "Access denied",
                                    "The bot is not a member of the message's chat.",
                                )
                                .retry_safe(),
                            /// `REACTION_NOT_FOUND` (HTTP 400): No reaction has this code.
                            ReactionNotFound = code(
                                    "REACTION_NOT_FOUND",
                                    Some(400),
                                    "Reaction not found",
                                    "No reaction has this code.",
                                )
                                .retry_safe(),
                            /// `REACTION_ALREADY_SET` (HTTP 400): The bot already put this reaction on the message.
                            ReactionAlreadySet = code(
                                    "REACTION_ALREADY_SET",
                                    Some(400),
                                    "Reaction already set",
                                    "The bot already put this reaction on the message.",
                                )
                                .retry_safe(),
                        }
                    }
                    crate::macros::request! {
                        /// The bot takes its reaction off a message.
                        ///
                        /// Wire name `imbot.v2.Chat.Message.Reaction.delete`, scope `imbot`. Who may call it: owner of the registered bot. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                        #[method(
                            "imbot.v2.Chat.Message.Reaction.delete",
                            "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-reaction-delete.html",
                            DeleteResult,
                            DeleteError
                        )]
                        pub struct Delete {
                            /// Id of the bot that acts.
                            #[param("botId", req, none)]
                            #[table(TyInfo::Integer, required())]
                            #[serde(deserialize_with = "crate::de::lax")]
                            pub bot_id: i64,
                            /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                            #[notes("Required with webhook auth.")]
                            #[param("botToken", opt, into(crate::Secret))]
                            #[table(TyInfo::String, required_with(crate::schema::AuthMode::Webhook), secret())]
                            pub bot_token: Option<crate::Secret>,
                            /// Id of the message.
                            #[param("messageId", req, none)]
                            #[table(TyInfo::Integer, required())]
                            #[serde(deserialize_with = "crate::de::lax")]
                            pub message_id: i64,
                            /// The reaction to take off.
                            #[param("reaction", req, none)]
                            #[table(
                                TyInfo::Enum(
                                    &EnumTy::new(
                                        "Reaction",
                                        &["like",
                                        "dislike",
                                        "faceWithTearsOfJoy",
                                        "redHeart",
                                        "neutralFace",
                                        "fire",
                                        "cry",
                                        "slightlySmilingFace",
                                        "winkingFace",
                                        "laugh",
                                        "kiss",
                                        "wonder",
                                        "slightlyFrowningFace",
                                        "loudlyCryingFace",
                                        "faceWithStuckOutTongue",
                                        "faceWithStuckOutTongueAndWinkingEye",
                                        "smilingFaceWithSunglasses",
                                        "confusedFace",
                                        "flushedFace",
                                        "thinkingFace",
                                        "angry",
                                        "smilingFaceWithHorns",
                                        "faceWithThermometer",
                                        "facepalm",
                                        "poo",
                                        "flexedBiceps",
                                        "clappingHands",
                                        "raisedHand",
                                        "smilingFaceWithHeartEyes",
                                        "smilingFaceWithHearts",
                                        "pleadingFace",
                                        "relievedFace",
                                        "foldedHands",
                                        "okHand",
                                        "signHorns",
                                        "loveYouGesture",
                                        "clownFace",
                                        "partyingFace",
                                        "questionMark",
                                        "exclamationMark",
                                        "lightBulb",
                                        "bomb",
                                        "sleepingSymbol",
                                        "crossMark",
                                        "whiteHeavyCheckMark",
                                        "eyes",
                                        "handshake",
                                        "hundredPoints"]
                                    )
                                ),
                                required()
                            )]
                            pub reaction: crate::imbot::Reaction,
                        }
                        pub static DELETE_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                            scope: "imbot",
                            summary: "The bot takes its reaction off a message.",
                            who: "owner of the registered bot",
                            idempotent: true,
                            auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                            joined: &[],
                            result: TyInfo::Struct(&crate::imbot::v2::chat::message::reaction::DELETE_RESULT_TY),
                            errors: &DELETE_ERRORS,
                            paging: None,
                        };
                        impl Delete {
                            /// Starts with the required parameters; the rest are set with the methods below.
                            ///
                            /// - `bot_id` (`botId`): Id of the bot that acts.
                            /// - `message_id` (`messageId`): Id of the message.
                            /// - `reaction` (`reaction`): The reaction to take off.
                            #[inline]
                            pub fn new(bot_id: i64, message_id: i64, reaction: crate::imbot::Reaction) -> Self {
                                Self {
                                    bot_id,
                                    bot_token: None,
                                    message_id,
                                    reaction,
                                    extra: serde_json::Map::new(),
                                }
                            }
                        }
                    }
                    crate::macros::object! {
                        /// What `imbot.v2.Chat.Message.Reaction.delete` returns: Whether the reaction was taken off.
                        ///
                        /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-reaction-delete.html>
                        #[object(DELETE_RESULT_TY)]
                        pub struct DeleteResult {
                            /// `true` once the reaction is off the message.
                            #[param("result", req, none)]
                            #[table(TyInfo::Boolean, required())]
                            pub result: bool,
                        }
                    }
                    crate::macros::method_error! {
                        #[errors(
                            DELETE_ERRORS,
                            6,
                            "imbot.v2.Chat.Message.Reaction.delete",
                            "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-reaction-delete.html"
                        )]
                        pub enum DeleteError {
                            /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                            BotTokenNotSpecified = code(
                                    "BOT_TOKEN_NOT_SPECIFIED",
                                    Some(400),
                                    "Bot token is not specified",
                                    "`botToken` was not given, and webhook auth needs it.",
                                )
                                .retry_safe(),
                            /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                            BotIdRequired = code(
                                    "BOT_ID_REQUIRED",
                                    Some(400),
                                    "Bot ID is required",
                                    "`botId` was not given.",
                                )
                                .retry_safe(),
                            /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                            BotNotFound = code(
                                    "BOT_NOT_FOUND",
                                    Some(400),
                                    "Bot not found",
                                    "No bot has this id.",
                                )
                                .retry_safe(),
                            /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                            BotOwnershipError = code(
                                    "BOT_OWNERSHIP_ERROR",
                                    Some(403),
                                    "Bot is registered by another application",
                                    "The bot belongs to another application, so this caller may not act for it.",
                                )
                                .retry_safe(),
                            /// `ACCESS_DENIED` (HTTP 403): The bot is not a member of the message's chat.
                            ///
                            /// The same code is also a system error; for this method it means the above.
                            AccessDenied = code(
                                    "ACCESS_DENIED",
                                    Some(403),
                                    "Access denied",
                                    "The bot is not a member of the message's chat.",
                                )
                                .retry_safe(),
                            /// `REACTION_NOT_FOUND` (HTTP 400): No reaction has this code.
                            ReactionNotFound = code(
                                    "REACTION_NOT_FOUND",
                                    Some(400),
                                    "Reaction not found",
                                    "No reaction has this code.",
                                )
                                .retry_safe(),
                        }
                    }
                }
            }
            /// The `imbot.v2.Chat.TextField.*` methods.
            pub mod text_field {
                crate::macros::request! {
                    /// Turns the message input of a dialog on or off.
                    ///
                    /// Works in group chats and in private dialogs with the bot.
                    ///
                    /// Wire name `imbot.v2.Chat.TextField.enabled`, scope `imbot`. Who may call it: owner of the registered bot. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                    #[method(
                        "imbot.v2.Chat.TextField.enabled",
                        "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/ui/chat-text-field-enabled.html",
                        EnabledResult,
                        EnabledError
                    )]
                    pub struct Enabled {
                        /// Id of the bot that acts.
                        #[param("botId", req, none)]
                        #[table(TyInfo::Integer, required())]
                        #[serde(deserialize_with = "crate::de::lax")]
                        pub bot_id: i64,
                        /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                        #[notes("Required with webhook auth.")]
                        #[param("botToken", opt, into(crate::Secret))]
                        #[table(TyInfo::String, required_with(crate::schema::AuthMode::Webhook), secret())]
                        pub bot_token: Option<crate::Secret>,
                        /// The dialog: `chat` followed by the chat id for a group chat (`chat5`), the user id for a private one.
                        #[param("dialogId", req, none)]
                        #[table(TyInfo::String, required())]
                        pub dialog_id: String,
                        /// `true` turns the input on, `false` off.
                        #[notes("Default: `true`.")]
                        #[param("enabled", opt, plain(bool))]
                        #[table(TyInfo::Boolean, default("true"))]
                        pub enabled: Option<bool>,
                    }
                    pub static ENABLED_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                        scope: "imbot",
                        summary: "Turns the message input of a dialog on or off.",
                        who: "owner of the registered bot",
                        idempotent: true,
                        auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                        joined: &[],
                        result: TyInfo::Struct(&crate::imbot::v2::chat::text_field::ENABLED_RESULT_TY),
                        errors: &ENABLED_ERRORS,
                        paging: None,
                    };
                    impl Enabled {
                        /// Starts with the required parameters; the rest are set with the methods below.
                        ///
                        /// - `bot_id` (`botId`): Id of the bot that acts.
                        /// - `dialog_id` (`dialogId`): The dialog: `chat` followed by the chat id for a group chat (`chat5`), the user id for a private one.
                        #[inline]
                        pub fn new(bot_id: i64, dialog_id: impl Into<String>) -> Self {
                            Self {
                                bot_id,
                                bot_token: None,
                                dialog_id: dialog_id.into(),
                                enabled: None,
                                extra: serde_json::Map::new(),
                            }
                        }
                    }
                }
                crate::macros::object! {
                    /// What `imbot.v2.Chat.TextField.enabled` returns: Whether the setting changed.
                    ///
                    /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/ui/chat-text-field-enabled.html>
                    #[object(ENABLED_RESULT_TY)]
                    pub struct EnabledResult {
                        /// `true` once the setting is saved.
                        #[param("result", req, none)]
                        #[table(TyInfo::Boolean, required())]
                        pub result: bool,
                    }
                }
                crate::macros::method_error! {
                    #[errors(
                        ENABLED_ERRORS,
                        5,
                        "imbot.v2.Chat.TextField.enabled",
                        "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/ui/chat-text-field-enabled.html"
                    )]
                    pub enum EnabledError {
                        /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                        BotTokenNotSpecified = code(
                                "BOT_TOKEN_NOT_SPECIFIED",
                                Some(400),
                                "Bot token is not specified",
                                "`botToken` was not given, and webhook auth needs it.",
                            )
                            .retry_safe(),
                        /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                        BotIdRequired = code(
                                "BOT_ID_REQUIRED",
                                Some(400),
                                "Bot ID is required",
                                "`botId` was not given.",
                            )
                            .retry_safe(),
                        /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                        BotNotFound = code(
                                "BOT_NOT_FOUND",
                                Some(400),
                                "Bot not found",
                                "No bot has this id.",
                            )
                            .retry_safe(),
                        /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                        BotOwnershipError = code(
                                "BOT_OWNERSHIP_ERROR",
                                Some(403),
                                "Bot is registered by another application",
                                "The bot belongs to another application, so this caller may not act for it.",
                            )
                            .retry_safe(),
                        /// `ACCESS_DENIED` (HTTP 403): The bot is not a member of the chat.
                        ///
                        /// The same code is also a system error; for this method it means the above.
                        AccessDenied = code(
                                "ACCESS_DENIED",
                                Some(403),
                                "Access denied",
                                "The bot is not a member of the chat.",
                            )
                            .retry_safe(),
                    }
                }
            }
            /// The `imbot.v2.Chat.User.*` methods.
            pub mod user {
                crate::macros::request! {
                    /// The bot adds users to a group chat.
                    ///
                    /// Users who are already members stay members; adding them again changes nothing.
                    ///
                    /// Wire name `imbot.v2.Chat.User.add`, scope `imbot`. Who may call it: owner of the registered bot; the bot must manage the chat. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                    #[method(
                        "imbot.v2.Chat.User.add",
                        "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-user-add.html",
                        AddResult,
                        AddError
                    )]
                    pub struct Add {
                        /// Id of the bot that acts.
                        #[param("botId", req, none)]
                        #[table(TyInfo::Integer, required())]
                        #[serde(deserialize_with = "crate::de::lax")]
                        pub bot_id: i64,
                        /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                        #[notes("Required with webhook auth.")]
                        #[param("botToken", opt, into(crate::Secret))]
                        #[table(TyInfo::String, required_with(crate::schema::AuthMode::Webhook), secret())]
                        pub bot_token: Option<crate::Secret>,
                        /// The group chat: `chat` followed by its id (`chat5`).
                        #[param("dialogId", req, none)]
                        #[table(TyInfo::String, required())]
                        pub dialog_id: String,
                        /// Ids of the users to add.
                        #[param("userIds", req, none)]
                        #[table(TyInfo::List(&TyInfo::Integer), required())]
                        #[serde(deserialize_with = "crate::de::lax")]
                        pub user_ids: Vec<i64>,
                    }
                    pub static ADD_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                        scope: "imbot",
                        summary: "The bot adds users to a group chat.",
                        who: "owner of the registered bot; the bot must manage the chat",
                        idempotent: true,
                        auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                        joined: &[],
                        result: TyInfo::Struct(&crate::imbot::v2::chat::user::ADD_RESULT_TY),
                        errors: &ADD_ERRORS,
                        paging: None,
                    };
                    impl Add {
                        /// Starts with the required parameters; the rest are set with the methods below.
                        ///
                        /// - `bot_id` (`botId`): Id of the bot that acts.
                        /// - `dialog_id` (`dialogId`): The group chat: `chat` followed by its id (`chat5`).
                        /// - `user_ids` (`userIds`): Ids of the users to add.
                        #[inline]
                        pub fn new(
                            bot_id: i64,
                            dialog_id: impl Into<String>,
                            user_ids: impl IntoIterator<Item = i64>,
                        ) -> Self {
                            Self {
                                bot_id,
                                bot_token: None,
                                dialog_id: dialog_id.into(),
                                user_ids: user_ids.into_iter().collect(),
                                extra: serde_json::Map::new(),
                            }
                        }
                    }
                }
                crate::macros::object! {
                    /// What `imbot.v2.Chat.User.add` returns: Whether the users were added.
                    ///
                    /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-user-add.html>
                    #[object(ADD_RESULT_TY)]
                    pub struct AddResult {
                        /// `true` once the users are members.
                        #[param("result", req, none)]
                        #[table(TyInfo::Boolean, required())]
                        pub result: bool,
                    }
                }
                crate::macros::method_error! {
                    #[errors(
                        ADD_ERRORS,
                        5,
                        "imbot.v2.Chat.User.add",
                        "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-user-add.html"
                    )]
                    pub enum AddError {
                        /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                        BotTokenNotSpecified = code(
                                "BOT_TOKEN_NOT_SPECIFIED",
                                Some(400),
                                "Bot token is not specified",
                                "`botToken` was not given, and webhook auth needs it.",
                            )
                            .retry_safe(),
                        /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                        BotIdRequired = code(
                                "BOT_ID_REQUIRED",
                                Some(400),
                                "Bot ID is required",
                                "`botId` was not given.",
                            )
                            .retry_safe(),
                        /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                        BotNotFound = code(
                                "BOT_NOT_FOUND",
                                Some(400),
                                "Bot not found",
                                "No bot has this id.",
                            )
                            .retry_safe(),
                        /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                        BotOwnershipError = code(
                                "BOT_OWNERSHIP_ERROR",
                                Some(403),
                                "Bot is registered by another application",
                                "The bot belongs to another application, so this caller may not act for it.",
                            )
                            .retry_safe(),
                        /// `ACCESS_DENIED` (HTTP 403): The bot is not a member of the chat, or may not add members.
                        ///
                        /// The same code is also a system error; for this method it means the above.
                        AccessDenied = code(
                                "ACCESS_DENIED",
                                Some(403),
                                "Access denied",
                                "The bot is not a member of the chat, or may not add members.",
                            )
                            .retry_safe(),
                    }
                }
                crate::macros::request! {
                    /// The bot removes a member from a group chat.
                    ///
                    /// Wire name `imbot.v2.Chat.User.delete`, scope `imbot`. Who may call it: owner of the registered bot; the bot must manage the chat. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                    #[method(
                        "imbot.v2.Chat.User.delete",
                        "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-user-delete.html",
                        DeleteResult,
                        DeleteError
                    )]
                    pub struct Delete {
                        /// Id of the bot that acts.
                        #[param("botId", req, none)]
                        #[table(TyInfo::Integer, required())]
                        #[serde(deserialize_with = "crate::de::lax")]
                        pub bot_id: i64,
                        /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                        #[notes("Required with webhook auth.")]
                        #[param("botToken", opt, into(crate::Secret))]
                        #[table(TyInfo::String, required_with(crate::schema::AuthMode::Webhook), secret())]
                        pub bot_token: Option<crate::Secret>,
                        /// The group chat: `chat` followed by its id (`chat5`).
                        #[param("dialogId", req, none)]
                        #[table(TyInfo::String, required())]
                        pub dialog_id: String,
                        /// Id of the member to remove.
                        #[param("userId", req, none)]
                        #[table(TyInfo::Integer, required())]
                        #[serde(deserialize_with = "crate::de::lax")]
                        pub user_id: i64,
                    }
                    pub static DELETE_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                        scope: "imbot",
                        summary: "The bot removes a member from a group chat.",
                        who: "owner of the registered bot; the bot must manage the chat",
                        idempotent: true,
                        auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                        joined: &[],
                        result: TyInfo::Struct(&crate::imbot::v2::chat::user::DELETE_RESULT_TY),
                        errors: &DELETE_ERRORS,
                        paging: None,
                    };
                    impl Delete {
                        /// Starts with the required parameters; the rest are set with the methods below.
                        ///
                        /// - `bot_id` (`botId`): Id of the bot that acts.
                        /// - `dialog_id` (`dialogId`): The group chat: `chat` followed by its id (`chat5`).
                        /// - `user_id` (`userId`): Id of the member to remove.
                        #[inline]
                        pub fn new(bot_id: i64, dialog_id: impl Into<String>, user_id: i64) -> Self {
                            Self {
                                bot_id,
                                bot_token: None,
                                dialog_id: dialog_id.into(),
                                user_id,
                                extra: serde_json::Map::new(),
                            }
                        }
                    }
                }
                crate::macros::object! {
                    /// What `imbot.v2.Chat.User.delete` returns: Whether the member was removed.
                    ///
                    /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-user-delete.html>
                    #[object(DELETE_RESULT_TY)]
                    pub struct DeleteResult {
                        /// `true` once the user has left the chat.
                        #[param("result", req, none)]
                        #[table(TyInfo::Boolean, required())]
                        pub result: bool,
                    }
                }
                crate::macros::method_error! {
                    #[errors(
                        DELETE_ERRORS,
                        5,
                        "imbot.v2.Chat.User.delete",
                        "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-user-delete.html"
                    )]
                    pub enum DeleteError {
                        /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                        BotTokenNotSpecified = code(
                                "BOT_TOKEN_NOT_SPECIFIED",
                                Some(400),
                                "Bot token is not specified",
                                "`botToken` was not given, and webhook auth needs it.",
                            )
                            .retry_safe(),
                        /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                        BotIdRequired = code(
                                "BOT_ID_REQUIRED",
                                Some(400),
                                "Bot ID is required",
                                "`botId` was not given.",
                            )
                            .retry_safe(),
                        /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                        BotNotFound = code(
                                "BOT_NOT_FOUND",
                                Some(400),
                                "Bot not found",
                                "No bot has this id.",
                            )
                            .retry_safe(),
                        /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                        BotOwnershipError = code(
                                "BOT_OWNERSHIP_ERROR",
                                Some(403),
                                "Bot is registered by another application",
                                "The bot belongs to another application, so this caller may not act for it.",
                            )
                            .retry_safe(),
                        /// `ACCESS_DENIED` (HTTP 403): The bot is not a member of the chat, or may not remove members.
                        ///
                        /// The same code is also a system error; for this method it means the above.
                        AccessDenied = code(
                                "ACCESS_DENIED",
                                Some(403),
                                "Access denied",
                                "The bot is not a member of the chat, or may not remove members.",
                            )
                            .retry_safe(),
                    }
                }
                crate::macros::request! {
                    /// Lists the members of a group chat the bot is in.
                    ///
                    /// Wire name `imbot.v2.Chat.User.list`, scope `imbot`. Who may call it: owner of the registered bot. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                    #[method(
                        "imbot.v2.Chat.User.list",
                        "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-user-list.html",
                        Vec<crate::imbot::User>,
                        ListError
                    )]
                    pub struct List {
                        /// Id of the bot that acts.
                        #[param("botId", req, none)]
                        #[table(TyInfo::Integer, required())]
                        #[serde(deserialize_with = "crate::de::lax")]
                        pub bot_id: i64,
                        /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                        #[notes("Required with webhook auth.")]
                        #[param("botToken", opt, into(crate::Secret))]
                        #[table(TyInfo::String, required_with(crate::schema::AuthMode::Webhook), secret())]
                        pub bot_token: Option<crate::Secret>,
                        /// The group chat: `chat` followed by its id (`chat5`).
                        #[param("dialogId", req, none)]
                        #[table(TyInfo::String, required())]
                        pub dialog_id: String,
                        /// How to sort the members.
                        #[param("order", opt, plain(crate::imbot::ChatUserOrder))]
                        #[table(TyInfo::Struct(&crate::imbot::CHAT_USER_ORDER_TY))]
                        #[serde(default, deserialize_with = "crate::de::lax")]
                        pub order: Option<crate::imbot::ChatUserOrder>,
                        /// How many members to return, from 1 to 200.
                        #[notes("Default: `50`.")]
                        #[param("limit", opt, plain(i64))]
                        #[table(TyInfo::Integer, default("50"))]
                        #[serde(default, deserialize_with = "crate::de::lax")]
                        pub limit: Option<i64>,
                    }
                    pub static LIST_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                        scope: "imbot",
                        summary: "Lists the members of a group chat the bot is in.",
                        who: "owner of the registered bot",
                        idempotent: true,
                        auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                        joined: &[],
                        result: TyInfo::List(&TyInfo::Struct(&crate::imbot::USER_TY)),
                        errors: &LIST_ERRORS,
                        paging: None,
                    };
                    impl List {
                        /// Starts with the required parameters; the rest are set with the methods below.
                        ///
                        /// - `bot_id` (`botId`): Id of the bot that acts.
                        /// - `dialog_id` (`dialogId`): The group chat: `chat` followed by its id (`chat5`).
                        #[inline]
                        pub fn new(bot_id: i64, dialog_id: impl Into<String>) -> Self {
                            Self {
                                bot_id,
                                bot_token: None,
                                dialog_id: dialog_id.into(),
                                order: None,
                                limit: None,
                                extra: serde_json::Map::new(),
                            }
                        }
                    }
                }
                crate::macros::method_error! {
                    #[errors(
                        LIST_ERRORS,
                        5,
                        "imbot.v2.Chat.User.list",
                        "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-user-list.html"
                    )]
                    pub enum ListError {
                        /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                        BotTokenNotSpecified = code(
                                "BOT_TOKEN_NOT_SPECIFIED",
                                Some(400),
                                "Bot token is not specified",
                                "`botToken` was not given, and webhook auth needs it.",
                            )
                            .retry_safe(),
                        /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                        BotIdRequired = code(
                                "BOT_ID_REQUIRED",
                                Some(400),
                                "Bot ID is required",
                                "`botId` was not given.",
                            )
                            .retry_safe(),
                        /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                        BotNotFound = code(
                                "BOT_NOT_FOUND",
                                Some(400),
                                "Bot not found",
                                "No bot has this id.",
                            )
                            .retry_safe(),
                        /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                        BotOwnershipError = code(
                                "BOT_OWNERSHIP_ERROR",
                                Some(403),
                                "Bot is registered by another application",
                                "The bot belongs to another application, so this caller may not act for it.",
                            )
                            .retry_safe(),
                        /// `ACCESS_DENIED` (HTTP 403): The bot is not a member of the chat.
                        ///
                        /// The same code is also a system error; for this method it means the above.
                        AccessDenied = code(
                                "ACCESS_DENIED",
                                Some(403),
                                "Access denied",
                                "The bot is not a member of the chat.",
                            )
                            .retry_safe(),
                    }
                }
            }
        }
        /// The `imbot.v2.Command.*` methods.
        pub mod command {
            crate::macros::request! {
                /// The bot answers a slash command in the dialog it was called from.
                ///
                /// The bot may answer even in a chat it is not a member of: the command and
                /// message ids grant it access for the answer, which is then posted as a system
                /// message carrying the bot's name.
                ///
                /// Wire name `imbot.v2.Command.answer`, scope `imbot`. Who may call it: owner of the registered bot. Not idempotent: a call whose outcome is unknown must not be resent blindly. Auth: webhook, OAuth.
                #[method(
                    "imbot.v2.Command.answer",
                    "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/commands/command-answer.html",
                    AnswerResult,
                    AnswerError
                )]
                pub struct Answer {
                    /// Id of the bot that acts.
                    #[param("botId", req, none)]
                    #[table(TyInfo::Integer, required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub bot_id: i64,
                    /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                    #[notes("Required with webhook auth.")]
                    #[param("botToken", opt, into(crate::Secret))]
                    #[table(TyInfo::String, required_with(crate::schema::AuthMode::Webhook), secret())]
                    pub bot_token: Option<crate::Secret>,
                    /// Id of the command that was called.
                    #[param("commandId", req, none)]
                    #[table(TyInfo::Integer, required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub command_id: i64,
                    /// Id of the message that called the command.
                    #[param("messageId", req, none)]
                    #[table(TyInfo::Integer, required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub message_id: i64,
                    /// The dialog: `chat` followed by the chat id for a group chat (`chat5`), the user id for a private one.
                    #[param("dialogId", req, none)]
                    #[table(TyInfo::String, required())]
                    pub dialog_id: String,
                    /// The answer.
                    #[param("fields", opt, plain(crate::imbot::CommandAnswerFields))]
                    #[table(TyInfo::Struct(&crate::imbot::COMMAND_ANSWER_FIELDS_TY))]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub fields: Option<crate::imbot::CommandAnswerFields>,
                }
                pub static ANSWER_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "imbot",
                    summary: "The bot answers a slash command in the dialog it was called from.",
                    who: "owner of the registered bot",
                    idempotent: false,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::Struct(&crate::imbot::v2::command::ANSWER_RESULT_TY),
                    errors: &ANSWER_ERRORS,
                    paging: None,
                };
                impl Answer {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `bot_id` (`botId`): Id of the bot that acts.
                    /// - `command_id` (`commandId`): Id of the command that was called.
                    /// - `message_id` (`messageId`): Id of the message that called the command.
                    /// - `dialog_id` (`dialogId`): The dialog: `chat` followed by the chat id for a group chat (`chat5`), the user id for a private one.
                    #[inline]
                    pub fn new(
                        bot_id: i64,
                        command_id: i64,
                        message_id: i64,
                        dialog_id: impl Into<String>,
                    ) -> Self {
                        Self {
                            bot_id,
                            bot_token: None,
                            command_id,
                            message_id,
                            dialog_id: dialog_id.into(),
                            fields: None,
                            extra: serde_json::Map::new(),
                        }
                    }
                }
            }
            crate::macros::object! {
                /// What `imbot.v2.Command.answer` returns: Whether the answer was posted.
                ///
                /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/commands/command-answer.html>
                #[object(ANSWER_RESULT_TY)]
                pub struct AnswerResult {
                    /// `true` once the answer is posted.
                    #[param("result", req, none)]
                    #[table(TyInfo::Boolean, required())]
                    pub result: bool,
                }
            }
            crate::macros::method_error! {
                #[errors(
                    ANSWER_ERRORS,
                    5,
                    "imbot.v2.Command.answer",
                    "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/commands/command-answer.html"
                )]
                pub enum AnswerError {
                    /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                    BotTokenNotSpecified = code(
                            "BOT_TOKEN_NOT_SPECIFIED",
                            Some(400),
                            "Bot token is not specified",
                            "`botToken` was not given, and webhook auth needs it.",
                        )
                        .retry_safe(),
                    /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                    BotIdRequired = code(
                            "BOT_ID_REQUIRED",
                            Some(400),
                            "Bot ID is required",
                            "`botId` was not given.",
                        )
                        .retry_safe(),
                    /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                    BotNotFound = code(
                            "BOT_NOT_FOUND",
                            Some(400),
                            "Bot not found",
                            "No bot has this id.",
                        )
                        .retry_safe(),
                    /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                    BotOwnershipError = code(
                            "BOT_OWNERSHIP_ERROR",
                            Some(403),
                            "Bot is registered by another application",
                            "The bot belongs to another application, so this caller may not act for it.",
                        )
                        .retry_safe(),
                    /// `COMMAND_ANSWER_FAILED` (HTTP 400): The portal could not post the answer.
                    CommandAnswerFailed = code(
                        "COMMAND_ANSWER_FAILED",
                        Some(400),
                        "Command answer failed",
                        "The portal could not post the answer.",
                    ),
                }
            }
            crate::macros::request! {
                /// Lists the slash commands of a bot.
                ///
                /// Wire name `imbot.v2.Command.list`, scope `imbot`. Who may call it: owner of the registered bot. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                #[method(
                    "imbot.v2.Command.list",
                    "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/commands/command-list.html",
                    ListResult,
                    ListError
                )]
                pub struct List {
                    /// Id of the bot that acts.
                    #[param("botId", req, none)]
                    #[table(TyInfo::Integer, required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub bot_id: i64,
                    /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                    #[notes("Required with webhook auth.")]
                    #[param("botToken", opt, into(crate::Secret))]
                    #[table(TyInfo::String, required_with(crate::schema::AuthMode::Webhook), secret())]
                    pub bot_token: Option<crate::Secret>,
                }
                pub static LIST_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "imbot",
                    summary: "Lists the slash commands of a bot.",
                    who: "owner of the registered bot",
                    idempotent: true,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::Struct(&crate::imbot::v2::command::LIST_RESULT_TY),
                    errors: &LIST_ERRORS,
                    paging: None,
                };
                impl List {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `bot_id` (`botId`): Id of the bot that acts.
                    #[inline]
                    pub fn new(bot_id: i64) -> Self {
                        Self {
                            bot_id,
                            bot_token: None,
                            extra: serde_json::Map::new(),
                        }
                    }
                }
            }
            crate::macros::object! {
                /// What `imbot.v2.Command.list` returns: The bot's commands.
                ///
                /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/commands/command-list.html>
                #[object(LIST_RESULT_TY)]
                pub struct ListResult {
                    /// The commands, with titles in the portal's language.
                    #[param("commands", req, none)]
                    #[table(TyInfo::List(&TyInfo::Struct(&crate::imbot::COMMAND_TY)), required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub commands: Vec<crate::imbot::Command>,
                }
            }
            crate::macros::method_error! {
                #[errors(
                    LIST_ERRORS,
                    4,
                    "imbot.v2.Command.list",
                    "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/commands/command-list.html"
                )]
                pub enum ListError {
                    /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                    BotTokenNotSpecified = code(
                            "BOT_TOKEN_NOT_SPECIFIED",
                            Some(400),
                            "Bot token is not specified",
                            "`botToken` was not given, and webhook auth needs it.",
                        )
                        .retry_safe(),
                    /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                    BotIdRequired = code(
                            "BOT_ID_REQUIRED",
                            Some(400),
                            "Bot ID is required",
                            "`botId` was not given.",
                        )
                        .retry_safe(),
                    /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                    BotNotFound = code(
                            "BOT_NOT_FOUND",
                            Some(400),
                            "Bot not found",
                            "No bot has this id.",
                        )
                        .retry_safe(),
                    /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                    BotOwnershipError = code(
                            "BOT_OWNERSHIP_ERROR",
                            Some(403),
                            "Bot is registered by another application",
                            "The bot belongs to another application, so this caller may not act for it.",
                        )
                        .retry_safe(),
                }
            }
            crate::macros::request! {
                /// Registers a slash command of a bot.
                ///
                /// Registering the same command again for the same bot from the same
                /// application returns the command registered first, unchanged;
                /// `imbot.v2.Command.update` changes it. The flat parameters of older versions
                /// (without `fields`) are accepted until 2026-09-30.
                ///
                /// Wire name `imbot.v2.Command.register`, scope `imbot`. Who may call it: owner of the registered bot. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                #[method(
                    "imbot.v2.Command.register",
                    "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/commands/command-register.html",
                    RegisterResult,
                    RegisterError
                )]
                pub struct Register {
                    /// Id of the bot that acts.
                    #[param("botId", req, none)]
                    #[table(TyInfo::Integer, required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub bot_id: i64,
                    /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                    #[notes("Required with webhook auth.")]
                    #[param("botToken", opt, into(crate::Secret))]
                    #[table(TyInfo::String, required_with(crate::schema::AuthMode::Webhook), secret())]
                    pub bot_token: Option<crate::Secret>,
                    /// The command to register.
                    #[param("fields", req, none)]
                    #[table(TyInfo::Struct(&crate::imbot::COMMAND_REGISTER_FIELDS_TY), required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub fields: crate::imbot::CommandRegisterFields,
                }
                pub static REGISTER_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "imbot",
                    summary: "Registers a slash command of a bot.",
                    who: "owner of the registered bot",
                    idempotent: true,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::Struct(&crate::imbot::v2::command::REGISTER_RESULT_TY),
                    errors: &REGISTER_ERRORS,
                    paging: None,
                };
                impl Register {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `bot_id` (`botId`): Id of the bot that acts.
                    /// - `fields` (`fields`): The command to register.
                    #[inline]
                    pub fn new(bot_id: i64, fields: crate::imbot::CommandRegisterFields) -> Self {
                        Self {
                            bot_id,
                            bot_token: None,
                            fields,
                            extra: serde_json::Map::new(),
                        }
                    }
                }
            }
            crate::macros::object! {
                /// What `imbot.v2.Command.register` returns: The command.
                ///
                /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/commands/command-register.html>
                #[object(REGISTER_RESULT_TY)]
                pub struct RegisterResult {
                    /// The registered command.
                    #[param("command", req, none)]
                    #[table(TyInfo::Struct(&crate::imbot::COMMAND_TY), required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub command: crate::imbot::Command,
                }
            }
            crate::macros::method_error! {
                #[errors(
                    REGISTER_ERRORS,
                    8,
                    "imbot.v2.Command.register",
                    "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/commands/command-register.html"
                )]
                pub enum RegisterError {
                    /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                    BotTokenNotSpecified = code(
                            "BOT_TOKEN_NOT_SPECIFIED",
                            Some(400),
                            "Bot token is not specified",
                            "`botToken` was not given, and webhook auth needs it.",
                        )
                        .retry_safe(),
                    /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                    BotIdRequired = code(
                            "BOT_ID_REQUIRED",
                            Some(400),
                            "Bot ID is required",
                            "`botId` was not given.",
                        )
                        .retry_safe(),
                    /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                    BotNotFound = code(
                            "BOT_NOT_FOUND",
                            Some(400),
                            "Bot not found",
                            "No bot has this id.",
                        )
                        .retry_safe(),
                    /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                    BotOwnershipError = code(
                            "BOT_OWNERSHIP_ERROR",
                            Some(403),
                            "Bot is registered by another application",
                            "The bot belongs to another application, so this caller may not act for it.",
                        )
                        .retry_safe(),
                    /// `COMMAND_NAME_INVALID` (HTTP 400): `fields.command` is not a string.
                    CommandNameInvalid = code(
                            "COMMAND_NAME_INVALID",
                            Some(400),
                            "Command name is invalid",
                            "`fields.command` is not a string.",
                        )
                        .retry_safe(),
                    /// `COMMAND_REQUIRED` (HTTP 400): `fields.command` was not given.
                    CommandRequired = code(
                            "COMMAND_REQUIRED",
                            Some(400),
                            "Command is required",
                            "`fields.command` was not given.",
                        )
                        .retry_safe(),
                    /// `COMMAND_TITLE_REQUIRED` (HTTP 400): `fields.title` was not given for a visible command (`fields.hidden` is `false`).
                    CommandTitleRequired = code(
                            "COMMAND_TITLE_REQUIRED",
                            Some(400),
                            "Command title is required",
                            "`fields.title` was not given for a visible command (`fields.hidden` is `false`).",
                        )
                        .retry_safe(),
                    /// `COMMAND_REGISTER_FAILED` (HTTP 400): The portal could not register the command.
                    CommandRegisterFailed = code(
                        "COMMAND_REGISTER_FAILED",
                        Some(400),
                        "Command registration failed",
                        "The portal could not register the command.",
                    ),
                }
            }
            crate::macros::request! {
                /// Deletes a slash command of a bot.
                ///
                /// Wire name `imbot.v2.Command.unregister`, scope `imbot`. Who may call it: owner of the registered bot. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                #[method(
                    "imbot.v2.Command.unregister",
                    "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/commands/command-unregister.html",
                    UnregisterResult,
                    UnregisterError
                )]
                pub struct Unregister {
                    /// Id of the bot that acts.
                    #[param("botId", req, none)]
                    #[table(TyInfo::Integer, required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub bot_id: i64,
                    /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                    #[notes("Required with webhook auth.")]
                    #[param("botToken", opt, into(crate::Secret))]
                    #[table(TyInfo::String, required_with(crate::schema::AuthMode::Webhook), secret())]
                    pub bot_token: Option<crate::Secret>,
                    /// Id of the command to delete.
                    #[param("commandId", req, none)]
                    #[table(TyInfo::Integer, required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub command_id: i64,
                }
                pub static UNREGISTER_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "imbot",
                    summary: "Deletes a slash command of a bot.",
                    who: "owner of the registered bot",
                    idempotent: true,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::Struct(&crate::imbot::v2::command::UNREGISTER_RESULT_TY),
                    errors: &UNREGISTER_ERRORS,
                    paging: None,
                };
                impl Unregister {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `bot_id` (`botId`): Id of the bot that acts.
                    /// - `command_id` (`commandId`): Id of the command to delete.
                    #[inline]
                    pub fn new(bot_id: i64, command_id: i64) -> Self {
                        Self {
                            bot_id,
                            bot_token: None,
                            command_id,
                            extra: serde_json::Map::new(),
                        }
                    }
                }
            }
            crate::macros::object! {
                /// What `imbot.v2.Command.unregister` returns: Whether the command was deleted.
                ///
                /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/commands/command-unregister.html>
                #[object(UNREGISTER_RESULT_TY)]
                pub struct UnregisterResult {
                    /// `true` once the command is deleted.
                    #[param("result", req, none)]
                    #[table(TyInfo::Boolean, required())]
                    pub result: bool,
                }
            }
            crate::macros::method_error! {
                #[errors(
                    UNREGISTER_ERRORS,
                    5,
                    "imbot.v2.Command.unregister",
                    "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/commands/command-unregister.html"
                )]
                pub enum UnregisterError {
                    /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                    BotTokenNotSpecified = code(
                            "BOT_TOKEN_NOT_SPECIFIED",
                            Some(400),
                            "Bot token is not specified",
                            "`botToken` was not given, and webhook auth needs it.",
                        )
                        .retry_safe(),
                    /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                    BotIdRequired = code(
                            "BOT_ID_REQUIRED",
                            Some(400),
                            "Bot ID is required",
                            "`botId` was not given.",
                        )
                        .retry_safe(),
                    /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                    BotNotFound = code(
                            "BOT_NOT_FOUND",
                            Some(400),
                            "Bot not found",
                            "No bot has this id.",
                        )
                        .retry_safe(),
                    /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                    BotOwnershipError = code(
                            "BOT_OWNERSHIP_ERROR",
                            Some(403),
                            "Bot is registered by another application",
                            "The bot belongs to another application, so this caller may not act for it.",
                        )
                        .retry_safe(),
                    /// `COMMAND_NOT_FOUND` (HTTP 400): No command has this id, or the caller may not see it.
                    CommandNotFound = code(
                            "COMMAND_NOT_FOUND",
                            Some(400),
                            "Command not found",
                            "No command has this id, or the caller may not see it.",
                        )
                        .retry_safe(),
                }
            }
            crate::macros::request! {
                /// Changes a slash command of a bot.
                ///
                /// Wire name `imbot.v2.Command.update`, scope `imbot`. Who may call it: owner of the registered bot. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                #[method(
                    "imbot.v2.Command.update",
                    "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/commands/command-update.html",
                    UpdateResult,
                    UpdateError
                )]
                pub struct Update {
                    /// Id of the bot that acts.
                    #[param("botId", req, none)]
                    #[table(TyInfo::Integer, required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub bot_id: i64,
                    /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                    #[notes("Required with webhook auth.")]
                    #[param("botToken", opt, into(crate::Secret))]
                    #[table(TyInfo::String, required_with(crate::schema::AuthMode::Webhook), secret())]
                    pub bot_token: Option<crate::Secret>,
                    /// Id of the command to change.
                    #[param("commandId", req, none)]
                    #[table(TyInfo::Integer, required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub command_id: i64,
                    /// What to change; what is left out keeps its value.
                    #[param("fields", req, none)]
                    #[table(TyInfo::Struct(&crate::imbot::COMMAND_UPDATE_FIELDS_TY), required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub fields: crate::imbot::CommandUpdateFields,
                }
                pub static UPDATE_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "imbot",
                    summary: "Changes a slash command of a bot.",
                    who: "owner of the registered bot",
                    idempotent: true,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::Struct(&crate::imbot::v2::command::UPDATE_RESULT_TY),
                    errors: &UPDATE_ERRORS,
                    paging: None,
                };
                impl Update {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `bot_id` (`botId`): Id of the bot that acts.
                    /// - `command_id` (`commandId`): Id of the command to change.
                    /// - `fields` (`fields`): What to change; what is left out keeps its value.
                    #[inline]
                    pub fn new(
                        bot_id: i64,
                        command_id: i64,
                        fields: crate::imbot::CommandUpdateFields,
                    ) -> Self {
                        Self {
                            bot_id,
                            bot_token: None,
                            command_id,
                            fields,
                            extra: serde_json::Map::new(),
                        }
                    }
                }
            }
            crate::macros::object! {
                /// What `imbot.v2.Command.update` returns: The command as it is now.
                ///
                /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/commands/command-update.html>
                #[object(UPDATE_RESULT_TY)]
                pub struct UpdateResult {
                    /// The command.
                    #[param("command", req, none)]
                    #[table(TyInfo::Struct(&crate::imbot::COMMAND_TY), required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub command: crate::imbot::Command,
                }
            }
            crate::macros::method_error! {
                #[errors(
                    UPDATE_ERRORS,
                    8,
                    "imbot.v2.Command.update",
                    "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/commands/command-update.html"
                )]
                pub enum UpdateError {
                    /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                    BotTokenNotSpecified = code(
                            "BOT_TOKEN_NOT_SPECIFIED",
                            Some(400),
                            "Bot token is not specified",
                            "`botToken` was not given, and webhook auth needs it.",
                        )
                        .retry_safe(),
                    /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                    BotIdRequired = code(
                            "BOT_ID_REQUIRED",
                            Some(400),
                            "Bot ID is required",
                            "`botId` was not given.",
                        )
                        .retry_safe(),
                    /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                    BotNotFound = code(
                            "BOT_NOT_FOUND",
                            Some(400),
                            "Bot not found",
                            "No bot has this id.",
                        )
                        .retry_safe(),
                    /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                    BotOwnershipError = code(
                            "BOT_OWNERSHIP_ERROR",
                            Some(403),
                            "Bot is registered by another application",
                            "The bot belongs to another application, so this caller may not act for it.",
                        )
                        .retry_safe(),
                    /// `COMMAND_NOT_FOUND` (HTTP 400): No command has this id, or the caller may not see it.
                    CommandNotFound = code(
                            "COMMAND_NOT_FOUND",
                            Some(400),
                            "Command not found",
                            "No command has this id, or the caller may not see it.",
                        )
                        .retry_safe(),
                    /// `COMMAND_NAME_EMPTY` (HTTP 400): `fields.command` is empty.
                    CommandNameEmpty = code(
                            "COMMAND_NAME_EMPTY",
                            Some(400),
                            "Command name is empty",
                            "`fields.command` is empty.",
                        )
                        .retry_safe(),
                    /// `COMMAND_NAME_INVALID` (HTTP 400): `fields.command` is not a string.
                    CommandNameInvalid = code(
                            "COMMAND_NAME_INVALID",
                            Some(400),
                            "Command name is invalid",
                            "`fields.command` is not a string.",
                        )
                        .retry_safe(),
                    /// `COMMAND_ALREADY_EXISTS` (HTTP 400): The bot already has a command with this name.
                    CommandAlreadyExists = code(
                            "COMMAND_ALREADY_EXISTS",
                            Some(400),
                            "Command already exists",
                            "The bot already has a command with this name.",
                        )
                        .retry_safe(),
                }
            }
        }
        /// The `imbot.v2.Event.*` methods.
        pub mod event {
            crate::macros::request! {
                /// Fetches the events of a bot whose `eventMode` is `fetch`.
                ///
                /// Only the application that registered the bot receives its events. Calling
                /// again with the same `offset` returns the same unconfirmed events, so a retry
                /// loses nothing.
                ///
                /// Wire name `imbot.v2.Event.get`, scope `imbot`. Who may call it: owner of the registered bot. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                #[method(
                    "imbot.v2.Event.get",
                    "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/event-get.html",
                    GetResult,
                    GetError
                )]
                pub struct Get {
                    /// Id of the bot that acts.
                    #[param("botId", req, none)]
                    #[table(TyInfo::Integer, required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub bot_id: i64,
                    /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                    #[notes("Required with webhook auth.")]
                    #[param("botToken", opt, into(crate::Secret))]
                    #[table(TyInfo::String, required_with(crate::schema::AuthMode::Webhook), secret())]
                    pub bot_token: Option<crate::Secret>,
                    /// Confirms every event with a smaller id, so the next call starts after them; left out on the first call. Pass the previous `nextOffset`.
                    #[param("offset", opt, plain(i64))]
                    #[table(TyInfo::Integer)]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub offset: Option<i64>,
                    /// How many events to return at most, from 1 to 1000.
                    #[notes("Default: `100`.")]
                    #[param("limit", opt, plain(i64))]
                    #[table(TyInfo::Integer, default("100"))]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub limit: Option<i64>,
                    /// Whether to return the calling user's `ONIMV2*` events along with the bot's `ONIMBOTV2*` ones. Needs the `im` scope and a subscription made with `im.v2.Event.subscribe`; one `offset` confirms both.
                    #[notes("Default: `false`.")]
                    #[param("withUserEvents", opt, plain(bool))]
                    #[table(TyInfo::Boolean, default("false"))]
                    pub with_user_events: Option<bool>,
                }
                pub static GET_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "imbot",
                    summary: "Fetches the events of a bot whose `eventMode` is `fetch`.",
                    who: "owner of the registered bot",
                    idempotent: true,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::Struct(&crate::imbot::v2::event::GET_RESULT_TY),
                    errors: &GET_ERRORS,
                    paging: None,
                };
                impl Get {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `bot_id` (`botId`): Id of the bot that acts.
                    #[inline]
                    pub fn new(bot_id: i64) -> Self {
                        Self {
                            bot_id,
                            bot_token: None,
                            offset: None,
                            limit: None,
                            with_user_events: None,
                            extra: serde_json::Map::new(),
                        }
                    }
                }
            }
            crate::macros::object! {
                /// What `imbot.v2.Event.get` returns: A batch of events.
                ///
                /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/event-get.html>
                #[object(GET_RESULT_TY)]
                pub struct GetResult {
                    /// The events, oldest first.
                    #[param("events", req, none)]
                    #[table(TyInfo::List(&TyInfo::Struct(&crate::imbot::BOT_EVENT_TY)), required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub events: Vec<crate::imbot::BotEvent>,
                    /// The `offset` of the next call: it confirms these events and moves the queue on.
                    #[param("nextOffset", opt, none)]
                    #[table(TyInfo::Integer)]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub next_offset: Option<i64>,
                    /// Whether more events are waiting.
                    #[param("hasMore", opt, none)]
                    #[table(TyInfo::Boolean)]
                    pub has_more: Option<bool>,
                }
            }
            crate::macros::method_error! {
                #[errors(
                    GET_ERRORS,
                    7,
                    "imbot.v2.Event.get",
                    "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/event-get.html"
                )]
                pub enum GetError {
                    /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                    BotTokenNotSpecified = code(
                            "BOT_TOKEN_NOT_SPECIFIED",
                            Some(400),
                            "Bot token is not specified",
                            "`botToken` was not given, and webhook auth needs it.",
                        )
                        .retry_safe(),
                    /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                    BotIdRequired = code(
                            "BOT_ID_REQUIRED",
                            Some(400),
                            "Bot ID is required",
                            "`botId` was not given.",
                        )
                        .retry_safe(),
                    /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                    BotNotFound = code(
                            "BOT_NOT_FOUND",
                            Some(400),
                            "Bot not found",
                            "No bot has this id.",
                        )
                        .retry_safe(),
                    /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                    BotOwnershipError = code(
                            "BOT_OWNERSHIP_ERROR",
                            Some(403),
                            "Bot is registered by another application",
                            "The bot belongs to another application, so this caller may not act for it.",
                        )
                        .retry_safe(),
                    /// `SCOPE_ERROR` (HTTP 403): `withUserEvents` is `true` but the application lacks the `im` scope.
                    ScopeError = code(
                            "SCOPE_ERROR",
                            Some(403),
                            "Scope error",
                            "`withUserEvents` is `true` but the application lacks the `im` scope.",
                        )
                        .retry_safe(),
                    /// `AUTH_ERROR` (HTTP 403): The portal could not tell who the calling user is.
                    AuthError = code(
                            "AUTH_ERROR",
                            Some(403),
                            "Auth error",
                            "The portal could not tell who the calling user is.",
                        )
                        .retry_safe(),
                    /// `USER_NOT_SUBSCRIBED` (HTTP 400): `withUserEvents` is `true` but the user has not subscribed with `im.v2.Event.subscribe`.
                    UserNotSubscribed = code(
                            "USER_NOT_SUBSCRIBED",
                            Some(400),
                            "User not subscribed",
                            "`withUserEvents` is `true` but the user has not subscribed with `im.v2.Event.subscribe`.",
                        )
                        .retry_safe(),
                }
            }
        }
        /// The `imbot.v2.File.*` methods.
        pub mod file {
            crate::macros::request! {
                /// Gets a link to download a file of a chat.
                ///
                /// Wire name `imbot.v2.File.download`, scope `imbot`. Who may call it: owner of the registered bot. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                #[method(
                    "imbot.v2.File.download",
                    "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/files/file-download.html",
                    DownloadResult,
                    DownloadError
                )]
                pub struct Download {
                    /// Id of the bot that acts.
                    #[param("botId", req, none)]
                    #[table(TyInfo::Integer, required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub bot_id: i64,
                    /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                    #[notes("Required with webhook auth.")]
                    #[param("botToken", opt, into(crate::Secret))]
                    #[table(TyInfo::String, required_with(crate::schema::AuthMode::Webhook), secret())]
                    pub bot_token: Option<crate::Secret>,
                    /// Id of the file on Drive, as `imbot.v2.File.upload` returns it.
                    #[param("fileId", req, none)]
                    #[table(TyInfo::Integer, required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub file_id: i64,
                }
                pub static DOWNLOAD_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "imbot",
                    summary: "Gets a link to download a file of a chat.",
                    who: "owner of the registered bot",
                    idempotent: true,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::Struct(&crate::imbot::v2::file::DOWNLOAD_RESULT_TY),
                    errors: &DOWNLOAD_ERRORS,
                    paging: None,
                };
                impl Download {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `bot_id` (`botId`): Id of the bot that acts.
                    /// - `file_id` (`fileId`): Id of the file on Drive, as `imbot.v2.File.upload` returns it.
                    #[inline]
                    pub fn new(bot_id: i64, file_id: i64) -> Self {
                        Self {
                            bot_id,
                            bot_token: None,
                            file_id,
                            extra: serde_json::Map::new(),
                        }
                    }
                }
            }
            crate::macros::object! {
                /// What `imbot.v2.File.download` returns: The link.
                ///
                /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/files/file-download.html>
                #[object(DOWNLOAD_RESULT_TY)]
                pub struct DownloadResult {
                    /// A one-time link that carries its own authorization; it may not work twice.
                    #[param("downloadUrl", req, none)]
                    #[table(TyInfo::String, required())]
                    pub download_url: String,
                }
            }
            crate::macros::method_error! {
                #[errors(
                    DOWNLOAD_ERRORS,
                    6,
                    "imbot.v2.File.download",
                    "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/files/file-download.html"
                )]
                pub enum DownloadError {
                    /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                    BotTokenNotSpecified = code(
                            "BOT_TOKEN_NOT_SPECIFIED",
                            Some(400),
                            "Bot token is not specified",
                            "`botToken` was not given, and webhook auth needs it.",
                        )
                        .retry_safe(),
                    /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                    BotIdRequired = code(
                            "BOT_ID_REQUIRED",
                            Some(400),
                            "Bot ID is required",
                            "`botId` was not given.",
                        )
                        .retry_safe(),
                    /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                    BotNotFound = code(
                            "BOT_NOT_FOUND",
                            Some(400),
                            "Bot not found",
                            "No bot has this id.",
                        )
                        .retry_safe(),
                    /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                    BotOwnershipError = code(
                            "BOT_OWNERSHIP_ERROR",
                            Some(403),
                            "Bot is registered by another application",
                            "The bot belongs to another application, so this caller may not act for it.",
                        )
                        .retry_safe(),
                    /// `FILE_ACCESS_ERROR` (HTTP 403): The bot may not download this file.
                    FileAccessError = code(
                            "FILE_ACCESS_ERROR",
                            Some(403),
                            "File access error",
                            "The bot may not download this file.",
                        )
                        .retry_safe(),
                    /// `FILE_NOT_FOUND` (HTTP 400): No file has this id.
                    FileNotFound = code(
                            "FILE_NOT_FOUND",
                            Some(400),
                            "File not found",
                            "No file has this id.",
                        )
                        .retry_safe(),
                }
            }
            crate::macros::request! {
                /// The bot uploads a file into a chat and posts it as a message.
                ///
                /// One call does what took three before: the upload to Drive, the link to the
                /// chat and the message.
                ///
                /// Wire name `imbot.v2.File.upload`, scope `imbot`. Who may call it: owner of the registered bot. Not idempotent: a call whose outcome is unknown must not be resent blindly. Auth: webhook, OAuth.
                #[method(
                    "imbot.v2.File.upload",
                    "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/files/file-upload.html",
                    UploadResult,
                    UploadError
                )]
                pub struct Upload {
                    /// Id of the bot that acts.
                    #[param("botId", req, none)]
                    #[table(TyInfo::Integer, required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub bot_id: i64,
                    /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                    #[notes("Required with webhook auth.")]
                    #[param("botToken", opt, into(crate::Secret))]
                    #[table(TyInfo::String, required_with(crate::schema::AuthMode::Webhook), secret())]
                    pub bot_token: Option<crate::Secret>,
                    /// The dialog: `chat` followed by the chat id for a group chat (`chat5`), the user id for a private one.
                    #[param("dialogId", req, none)]
                    #[table(TyInfo::String, required())]
                    pub dialog_id: String,
                    /// The file and the text posted with it.
                    #[param("fields", req, none)]
                    #[table(TyInfo::Struct(&crate::imbot::FILE_UPLOAD_FIELDS_TY), required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub fields: crate::imbot::FileUploadFields,
                }
                pub static UPLOAD_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "imbot",
                    summary: "The bot uploads a file into a chat and posts it as a message.",
                    who: "owner of the registered bot",
                    idempotent: false,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::Struct(&crate::imbot::v2::file::UPLOAD_RESULT_TY),
                    errors: &UPLOAD_ERRORS,
                    paging: None,
                };
                impl Upload {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `bot_id` (`botId`): Id of the bot that acts.
                    /// - `dialog_id` (`dialogId`): The dialog: `chat` followed by the chat id for a group chat (`chat5`), the user id for a private one.
                    /// - `fields` (`fields`): The file and the text posted with it.
                    #[inline]
                    pub fn new(
                        bot_id: i64,
                        dialog_id: impl Into<String>,
                        fields: crate::imbot::FileUploadFields,
                    ) -> Self {
                        Self {
                            bot_id,
                            bot_token: None,
                            dialog_id: dialog_id.into(),
                            fields,
                            extra: serde_json::Map::new(),
                        }
                    }
                }
            }
            crate::macros::object! {
                /// What `imbot.v2.File.upload` returns: The file and the message that carries it.
                ///
                /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/files/file-upload.html>
                #[object(UPLOAD_RESULT_TY)]
                pub struct UploadResult {
                    /// The uploaded file.
                    #[param("file", req, none)]
                    #[table(TyInfo::Struct(&crate::imbot::CHAT_FILE_TY), required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub file: crate::imbot::ChatFile,
                    /// Id of the message that carries the file.
                    #[param("messageId", opt, none)]
                    #[table(TyInfo::Integer)]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub message_id: Option<i64>,
                    /// Id of the chat.
                    #[param("chatId", opt, none)]
                    #[table(TyInfo::Integer)]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub chat_id: Option<i64>,
                    /// The dialog id.
                    #[param("dialogId", opt, none)]
                    #[table(TyInfo::String)]
                    pub dialog_id: Option<String>,
                }
            }
            crate::macros::method_error! {
                #[errors(
                    UPLOAD_ERRORS,
                    10,
                    "imbot.v2.File.upload",
                    "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/files/file-upload.html"
                )]
                pub enum UploadError {
                    /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                    BotTokenNotSpecified = code(
                            "BOT_TOKEN_NOT_SPECIFIED",
                            Some(400),
                            "Bot token is not specified",
                            "`botToken` was not given, and webhook auth needs it.",
                        )
                        .retry_safe(),
                    /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                    BotIdRequired = code(
                            "BOT_ID_REQUIRED",
                            Some(400),
                            "Bot ID is required",
                            "`botId` was not given.",
                        )
                        .retry_safe(),
                    /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                    BotNotFound = code(
                            "BOT_NOT_FOUND",
                            Some(400),
                            "Bot not found",
                            "No bot has this id.",
                        )
                        .retry_safe(),
                    /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                    BotOwnershipError = code(
                            "BOT_OWNERSHIP_ERROR",
                            Some(403),
                            "Bot is registered by another application",
                            "The bot belongs to another application, so this caller may not act for it.",
                        )
                        .retry_safe(),
                    /// `FILE_EMPTY` (HTTP 400): `fields.name` or `fields.content` was not given.
                    FileEmpty = code(
                            "FILE_EMPTY",
                            Some(400),
                            "File name or content is empty",
                            "`fields.name` or `fields.content` was not given.",
                        )
                        .retry_safe(),
                    /// `FILE_INVALID_CONTENT` (HTTP 400): `fields.content` is not valid base64.
                    FileInvalidContent = code(
                            "FILE_INVALID_CONTENT",
                            Some(400),
                            "Invalid base64 content",
                            "`fields.content` is not valid base64.",
                        )
                        .retry_safe(),
                    /// `FILE_FOLDER_ERROR` (HTTP 400): The portal could not find the chat's folder on Drive.
                    FileFolderError = code(
                        "FILE_FOLDER_ERROR",
                        Some(400),
                        "Failed to get chat folder",
                        "The portal could not find the chat's folder on Drive.",
                    ),
                    /// `FILE_UPLOAD_FAILED` (HTTP 400): The portal could not store the file.
                    FileUploadFailed = code(
                        "FILE_UPLOAD_FAILED",
                        Some(400),
                        "File upload failed",
                        "The portal could not store the file.",
                    ),
                    /// `FILE_SEND_FAILED` (HTTP 400): The file was stored but the message carrying it was not posted.
                    FileSendFailed = code(
                        "FILE_SEND_FAILED",
                        Some(400),
                        "Failed to send message",
                        "The file was stored but the message carrying it was not posted.",
                    ),
                    /// `FILE_TOO_LARGE` (HTTP 400): The file is larger than 100 MB.
                    FileTooLarge = code(
                            "FILE_TOO_LARGE",
                            Some(400),
                            "File is too large",
                            "The file is larger than 100 MB.",
                        )
                        .retry_safe(),
                }
            }
        }
        /// The `imbot.v2.Revision.*` methods.
        pub mod revision {
            crate::macros::request! {
                /// Reads the revisions of the chat API and of the messenger clients, to tell which methods and fields a portal has.
                ///
                /// It needs neither `botId` nor `botToken`.
                ///
                /// Wire name `imbot.v2.Revision.get`, scope `imbot`. Who may call it: any user. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                #[method(
                    "imbot.v2.Revision.get",
                    "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/revision-get.html",
                    GetResult,
                    GetError
                )]
                #[derive(Default)]
                pub struct Get {}
                pub static GET_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    scope: "imbot",
                    summary: "Reads the revisions of the chat API and of the messenger clients, to tell which methods and fields a portal has.",
                    who: "any user",
                    idempotent: true,
                    auth: &[crate::schema::AuthMode::Webhook, crate::schema::AuthMode::Oauth],
                    joined: &[],
                    result: TyInfo::Struct(&crate::imbot::v2::revision::GET_RESULT_TY),
                    errors: &GET_ERRORS,
                    paging: None,
                };
                impl Get {
                    /// Starts with every parameter unset.
                    #[inline]
                    pub fn new() -> Self {
                        Self::default()
                    }
                }
            }
            crate::macros::object! {
                /// What `imbot.v2.Revision.get` returns: The revisions.
                ///
                /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/revision-get.html>
                #[object(GET_RESULT_TY)]
                pub struct GetResult {
                    /// The revision of the server's REST API: the one to compare with the change log.
                    #[param("rest", req, none)]
                    #[table(TyInfo::Integer, required())]
                    #[serde(deserialize_with = "crate::de::lax")]
                    pub rest: i64,
                    /// The revision of the web client's protocol.
                    #[param("web", opt, none)]
                    #[table(TyInfo::Integer)]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub web: Option<i64>,
                    /// The revision of the mobile client's protocol.
                    #[param("mobile", opt, none)]
                    #[table(TyInfo::Integer)]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub mobile: Option<i64>,
                    /// The revision of the desktop client's protocol.
                    #[param("desktop", opt, none)]
                    #[table(TyInfo::Integer)]
                    #[serde(default, deserialize_with = "crate::de::lax")]
                    pub desktop: Option<i64>,
                }
            }
            crate::macros::method_error! {
                #[errors(
                    GET_ERRORS,
                    0,
                    "imbot.v2.Revision.get",
                    "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/revision-get.html"
                )]
                pub enum GetError {}
            }
        }
    }
    /// Types of `imbot::events`.
    pub mod events {
        crate::macros::object! {
            /// The `data` of `ONIMBOTV2COMMANDADD`: a user called one of the bot's slash commands; a message with several commands gives one event each.
            ///
            /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/events.html#onimbotv2commandadd>
            #[object(COMMAND_ADD_TY)]
            pub struct CommandAdd {
                /// The bot the event is for.
                #[param("bot", req, none)]
                #[table(TyInfo::Struct(&crate::imbot::EVENT_BOT_TY), required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub bot: crate::imbot::EventBot,
                /// The command that was called.
                #[param("command", opt, none)]
                #[table(TyInfo::Struct(&crate::imbot::COMMAND_CALL_TY))]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub command: Option<crate::imbot::CommandCall>,
                /// The message holding the command.
                #[param("message", opt, none)]
                #[table(TyInfo::Struct(&crate::imbot::MESSAGE_TY))]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub message: Option<crate::imbot::Message>,
                /// The chat the command was called in.
                #[param("chat", opt, none)]
                #[table(TyInfo::Struct(&crate::imbot::CHAT_TY))]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub chat: Option<crate::imbot::Chat>,
                /// Who called the command.
                #[param("user", opt, none)]
                #[table(TyInfo::Struct(&crate::imbot::USER_TY))]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub user: Option<crate::imbot::User>,
                /// The portal's language.
                #[param("language", opt, none)]
                #[table(TyInfo::String)]
                pub language: Option<String>,
            }
        }
        crate::macros::object! {
            /// The `data` of `ONIMBOTV2CONTEXTGET`: a user opened a dialog with the bot and passed context data along.
            ///
            /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/events.html#onimbotv2contextget>
            #[object(CONTEXT_GET_TY)]
            pub struct ContextGet {
                /// The bot the event is for.
                #[param("bot", req, none)]
                #[table(TyInfo::Struct(&crate::imbot::EVENT_BOT_TY), required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub bot: crate::imbot::EventBot,
                /// Where the context came from: a user id in a private chat, `chat5` in a group chat.
                #[param("dialogId", opt, none)]
                #[table(TyInfo::String)]
                pub dialog_id: Option<String>,
                /// The data the caller passed when opening the dialog.
                #[param("context", opt, none)]
                #[table(TyInfo::Object)]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub context: Option<serde_json::Map<String, serde_json::Value>>,
                /// The chat.
                #[param("chat", opt, none)]
                #[table(TyInfo::Struct(&crate::imbot::CHAT_TY))]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub chat: Option<crate::imbot::Chat>,
                /// Who opened the dialog.
                #[param("user", opt, none)]
                #[table(TyInfo::Struct(&crate::imbot::USER_TY))]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub user: Option<crate::imbot::User>,
                /// The portal's language.
                #[param("language", opt, none)]
                #[table(TyInfo::String)]
                pub language: Option<String>,
            }
        }
        crate::macros::object! {
            /// The `data` of `ONIMBOTV2DELETE`: the bot was removed from the portal; nothing follows this event.
            ///
            /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/events.html#onimbotv2delete>
            #[object(DELETE_TY)]
            pub struct Delete {
                /// The bot that was removed.
                #[param("bot", req, none)]
                #[table(TyInfo::Struct(&crate::imbot::EVENT_BOT_TY), required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub bot: crate::imbot::EventBot,
            }
        }
        crate::macros::object! {
            /// The `data` of `ONIMBOTV2JOINCHAT`: the bot was added to a chat, or invited into one.
            ///
            /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/events.html#onimbotv2joinchat>
            #[object(JOIN_CHAT_TY)]
            pub struct JoinChat {
                /// The bot the event is for.
                #[param("bot", req, none)]
                #[table(TyInfo::Struct(&crate::imbot::EVENT_BOT_TY), required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub bot: crate::imbot::EventBot,
                /// The dialog id of the chat, such as `chat5`.
                #[param("dialogId", opt, none)]
                #[table(TyInfo::String)]
                pub dialog_id: Option<String>,
                /// The chat the bot joined.
                #[param("chat", opt, none)]
                #[table(TyInfo::Struct(&crate::imbot::CHAT_TY))]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub chat: Option<crate::imbot::Chat>,
                /// Who added the bot.
                #[param("user", opt, none)]
                #[table(TyInfo::Struct(&crate::imbot::USER_TY))]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub user: Option<crate::imbot::User>,
                /// The portal's language.
                #[param("language", opt, none)]
                #[table(TyInfo::String)]
                pub language: Option<String>,
            }
        }
        crate::macros::object! {
            /// The `data` of `ONIMBOTV2MESSAGEADD`: a user posted a message in a chat where the bot is a member.
            ///
            /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/events.html#onimbotv2messageadd>
            #[object(MESSAGE_ADD_TY)]
            pub struct MessageAdd {
                /// The bot the event is for.
                #[param("bot", req, none)]
                #[table(TyInfo::Struct(&crate::imbot::EVENT_BOT_TY), required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub bot: crate::imbot::EventBot,
                /// The new message.
                #[param("message", opt, none)]
                #[table(TyInfo::Struct(&crate::imbot::MESSAGE_TY))]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub message: Option<crate::imbot::Message>,
                /// The chat the message was posted in.
                #[param("chat", opt, none)]
                #[table(TyInfo::Struct(&crate::imbot::CHAT_TY))]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub chat: Option<crate::imbot::Chat>,
                /// Who wrote the message.
                #[param("user", opt, none)]
                #[table(TyInfo::Struct(&crate::imbot::USER_TY))]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub user: Option<crate::imbot::User>,
                /// The portal's language, such as `en`.
                #[param("language", opt, none)]
                #[table(TyInfo::String)]
                pub language: Option<String>,
            }
        }
        crate::macros::object! {
            /// The `data` of `ONIMBOTV2MESSAGEDELETE`: a message in one of the bot's chats was deleted.
            ///
            /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/events.html#onimbotv2messagedelete>
            #[object(MESSAGE_DELETE_TY)]
            pub struct MessageDelete {
                /// The bot the event is for.
                #[param("bot", req, none)]
                #[table(TyInfo::Struct(&crate::imbot::EVENT_BOT_TY), required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub bot: crate::imbot::EventBot,
                /// Id of the message that is gone.
                #[param("messageId", opt, none)]
                #[table(TyInfo::Integer)]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub message_id: Option<i64>,
                /// The chat the message was in.
                #[param("chat", opt, none)]
                #[table(TyInfo::Struct(&crate::imbot::CHAT_TY))]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub chat: Option<crate::imbot::Chat>,
                /// Who wrote the message.
                #[param("user", opt, none)]
                #[table(TyInfo::Struct(&crate::imbot::USER_TY))]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub user: Option<crate::imbot::User>,
                /// The portal's language.
                #[param("language", opt, none)]
                #[table(TyInfo::String)]
                pub language: Option<String>,
            }
        }
        crate::macros::object! {
            /// The `data` of `ONIMBOTV2MESSAGEUPDATE`: a message in one of the bot's chats was edited.
            ///
            /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/events.html#onimbotv2messageupdate>
            #[object(MESSAGE_UPDATE_TY)]
            pub struct MessageUpdate {
                /// The bot the event is for.
                #[param("bot", req, none)]
                #[table(TyInfo::Struct(&crate::imbot::EVENT_BOT_TY), required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub bot: crate::imbot::EventBot,
                /// The message with its new text.
                #[param("message", opt, none)]
                #[table(TyInfo::Struct(&crate::imbot::MESSAGE_TY))]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub message: Option<crate::imbot::Message>,
                /// The chat the message is in.
                #[param("chat", opt, none)]
                #[table(TyInfo::Struct(&crate::imbot::CHAT_TY))]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub chat: Option<crate::imbot::Chat>,
                /// Who wrote the message.
                #[param("user", opt, none)]
                #[table(TyInfo::Struct(&crate::imbot::USER_TY))]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub user: Option<crate::imbot::User>,
                /// The portal's language.
                #[param("language", opt, none)]
                #[table(TyInfo::String)]
                pub language: Option<String>,
            }
        }
        crate::macros::object! {
            /// The `data` of `ONIMBOTV2REACTIONCHANGE`: a user put a reaction on one of the bot's messages, or took it back.
            ///
            /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/events.html#onimbotv2reactionchange>
            #[object(REACTION_CHANGE_TY)]
            pub struct ReactionChange {
                /// The bot the event is for.
                #[param("bot", req, none)]
                #[table(TyInfo::Struct(&crate::imbot::EVENT_BOT_TY), required())]
                #[serde(deserialize_with = "crate::de::lax")]
                pub bot: crate::imbot::EventBot,
                /// The reaction's code, such as `like`.
                #[param("reaction", opt, none)]
                #[table(TyInfo::String)]
                pub reaction: Option<String>,
                /// `add` when the reaction was put, `delete` when it was taken back.
                #[param("action", opt, none)]
                #[table(TyInfo::String)]
                pub action: Option<String>,
                /// The message the reaction is on.
                #[param("message", opt, none)]
                #[table(TyInfo::Struct(&crate::imbot::MESSAGE_TY))]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub message: Option<crate::imbot::Message>,
                /// The chat.
                #[param("chat", opt, none)]
                #[table(TyInfo::Struct(&crate::imbot::CHAT_TY))]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub chat: Option<crate::imbot::Chat>,
                /// Who changed the reaction.
                #[param("user", opt, none)]
                #[table(TyInfo::Struct(&crate::imbot::USER_TY))]
                #[serde(default, deserialize_with = "crate::de::lax")]
                pub user: Option<crate::imbot::User>,
                /// The portal's language.
                #[param("language", opt, none)]
                #[table(TyInfo::String)]
                pub language: Option<String>,
            }
        }
    }
}
