// @generated from schema/*.yaml by bitrix24-codegen — do not edit.
// Refresh with `cargo run -p bitrix24-codegen -- snapshot`; a test fails when this file is stale.

/// What a keyboard button does on the user's side.
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
    Unknown(String),
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
            other => Self::Unknown(other.to_owned()),
        }
    }
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Put => "PUT",
            Self::Send => "SEND",
            Self::Copy => "COPY",
            Self::Call => "CALL",
            Self::Dialog => "DIALOG",
            Self::Unknown(raw) => raw,
        }
    }
    /// Whether this is a value the crate does not know.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl std::fmt::Display for ButtonAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for ButtonAction {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(value))
    }
}
impl serde::Serialize for ButtonAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ButtonAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// A theme colour of a keyboard button.
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
    Unknown(String),
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
            other => Self::Unknown(other.to_owned()),
        }
    }
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Primary => "primary",
            Self::Secondary => "secondary",
            Self::Alert => "alert",
            Self::Base => "base",
            Self::Unknown(raw) => raw,
        }
    }
    /// Whether this is a value the crate does not know.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl std::fmt::Display for ButtonColorToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for ButtonColorToken {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(value))
    }
}
impl serde::Serialize for ButtonColorToken {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ButtonColorToken {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// Where a keyboard button is shown.
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
    Unknown(String),
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
            other => Self::Unknown(other.to_owned()),
        }
    }
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Mobile => "MOBILE",
            Self::Desktop => "DESKTOP",
            Self::All => "ALL",
            Self::Unknown(raw) => raw,
        }
    }
    /// Whether this is a value the crate does not know.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl std::fmt::Display for ButtonContext {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for ButtonContext {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(value))
    }
}
impl serde::Serialize for ButtonContext {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ButtonContext {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// How a keyboard button is laid out.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ButtonDisplay {
    /// `LINE`: In line with the buttons next to it.
    Line,
    /// `BLOCK`: As a block of its own (the default).
    Block,
    /// A value this version of the crate does not know, kept as received.
    Unknown(String),
}
impl ButtonDisplay {
    /// Every known value, in documentation order.
    pub const ALL: &'static [Self] = &[Self::Line, Self::Block];
    /// Reads a wire value; one the crate does not know becomes [`Self::Unknown`].
    pub fn from_wire(value: &str) -> Self {
        match value {
            "LINE" => Self::Line,
            "BLOCK" => Self::Block,
            other => Self::Unknown(other.to_owned()),
        }
    }
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Line => "LINE",
            Self::Block => "BLOCK",
            Self::Unknown(raw) => raw,
        }
    }
    /// Whether this is a value the crate does not know.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl std::fmt::Display for ButtonDisplay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for ButtonDisplay {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(value))
    }
}
impl serde::Serialize for ButtonDisplay {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ButtonDisplay {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
/// A keyboard entry that is not a button.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ButtonType {
    /// `NEWLINE`: Starts a new line of buttons.
    Newline,
    /// A value this version of the crate does not know, kept as received.
    Unknown(String),
}
impl ButtonType {
    /// Every known value, in documentation order.
    pub const ALL: &'static [Self] = &[Self::Newline];
    /// Reads a wire value; one the crate does not know becomes [`Self::Unknown`].
    pub fn from_wire(value: &str) -> Self {
        match value {
            "NEWLINE" => Self::Newline,
            other => Self::Unknown(other.to_owned()),
        }
    }
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Newline => "NEWLINE",
            Self::Unknown(raw) => raw,
        }
    }
    /// Whether this is a value the crate does not know.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl std::fmt::Display for ButtonType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for ButtonType {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(value))
    }
}
impl serde::Serialize for ButtonType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ButtonType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::wire::deserialize_enum(deserializer, Self::from_wire)
    }
}
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
/// One button of a keyboard under a message. Every button but a line break
/// needs `TEXT` and one action: `LINK`, `COMMAND`, `ACTION` with
/// `ACTION_VALUE`, or `APP_ID`.
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[non_exhaustive]
pub struct KeyboardButton {
    /// The button's label.
    ///
    /// Wire name: `TEXT`.
    #[serde(rename = "TEXT")]
    pub text: Option<String>,
    /// `NEWLINE` makes this entry a line break instead of a button.
    ///
    /// Wire name: `TYPE`.
    #[serde(rename = "TYPE")]
    pub kind: Option<crate::ButtonType>,
    /// A URL to open: `http`, `https`, or a path starting with `/`.
    ///
    /// Wire name: `LINK`.
    #[serde(rename = "LINK")]
    pub link: Option<String>,
    /// An application to open in the chat (an older way; open-channel chats still use it).
    ///
    /// Wire name: `APP_ID`.
    #[serde(rename = "APP_ID")]
    pub app_id: Option<i64>,
    /// Parameters for `APP_ID`.
    ///
    /// Wire name: `APP_PARAMS`.
    #[serde(rename = "APP_PARAMS")]
    pub app_params: Option<String>,
    /// What pressing the button does on the user's side.
    ///
    /// Wire name: `ACTION`.
    #[serde(rename = "ACTION")]
    pub action: Option<crate::ButtonAction>,
    /// What the action works on: the text to put, send or copy, the phone number to call, the dialog to open (`chatXXX` or a user id).
    ///
    /// Wire name: `ACTION_VALUE`.
    #[serde(rename = "ACTION_VALUE")]
    pub action_value: Option<String>,
    /// A bot command to run when the button is pressed.
    ///
    /// Wire name: `COMMAND`.
    #[serde(rename = "COMMAND")]
    pub command: Option<String>,
    /// Parameters of `COMMAND`.
    ///
    /// Wire name: `COMMAND_PARAMS`.
    #[serde(rename = "COMMAND_PARAMS")]
    pub command_params: Option<String>,
    /// `Y` disables a `COMMAND` button once it is pressed (buttons with `ACTION` run on the user's side and stay enabled).
    ///
    /// Wire name: `BLOCK`. Default: `N`.
    #[serde(rename = "BLOCK")]
    pub block: Option<crate::YesNo>,
    /// `Y` shows the button disabled.
    ///
    /// Wire name: `DISABLED`. Default: `N`.
    #[serde(rename = "DISABLED")]
    pub disabled: Option<crate::YesNo>,
    /// Where the button is shown.
    ///
    /// Wire name: `CONTEXT`. Default: `ALL`.
    #[serde(rename = "CONTEXT")]
    pub context: Option<crate::ButtonContext>,
    /// How the button is laid out.
    ///
    /// Wire name: `DISPLAY`. Default: `BLOCK`.
    #[serde(rename = "DISPLAY")]
    pub display: Option<crate::ButtonDisplay>,
    /// Width in pixels.
    ///
    /// Wire name: `WIDTH`.
    #[serde(rename = "WIDTH")]
    pub width: Option<i64>,
    /// Background colour as HEX.
    ///
    /// Wire name: `BG_COLOR`.
    #[serde(rename = "BG_COLOR")]
    pub bg_color: Option<String>,
    /// Background colour as a theme token.
    ///
    /// Wire name: `BG_COLOR_TOKEN`. Default: `base`.
    #[serde(rename = "BG_COLOR_TOKEN")]
    pub bg_color_token: Option<crate::ButtonColorToken>,
    /// Text colour as HEX.
    ///
    /// Wire name: `TEXT_COLOR`.
    #[serde(rename = "TEXT_COLOR")]
    pub text_color: Option<String>,
    /// Background colour when disabled.
    ///
    /// Wire name: `OFF_BG_COLOR`.
    #[serde(rename = "OFF_BG_COLOR")]
    pub off_bg_color: Option<String>,
    /// Text colour when disabled.
    ///
    /// Wire name: `OFF_TEXT_COLOR`.
    #[serde(rename = "OFF_TEXT_COLOR")]
    pub off_text_color: Option<String>,
}
impl KeyboardButton {
    /// Starts with every parameter unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// The button's label.
    ///
    /// Wire name: `TEXT`.
    pub fn text(mut self, text: impl Into<String>) -> Self {
        self.text = Some(text.into());
        self
    }
    /// `NEWLINE` makes this entry a line break instead of a button.
    ///
    /// Wire name: `TYPE`.
    pub fn kind(mut self, kind: crate::ButtonType) -> Self {
        self.kind = Some(kind);
        self
    }
    /// A URL to open: `http`, `https`, or a path starting with `/`.
    ///
    /// Wire name: `LINK`.
    pub fn link(mut self, link: impl Into<String>) -> Self {
        self.link = Some(link.into());
        self
    }
    /// An application to open in the chat (an older way; open-channel chats still use it).
    ///
    /// Wire name: `APP_ID`.
    pub fn app_id(mut self, app_id: i64) -> Self {
        self.app_id = Some(app_id);
        self
    }
    /// Parameters for `APP_ID`.
    ///
    /// Wire name: `APP_PARAMS`.
    pub fn app_params(mut self, app_params: impl Into<String>) -> Self {
        self.app_params = Some(app_params.into());
        self
    }
    /// What pressing the button does on the user's side.
    ///
    /// Wire name: `ACTION`.
    pub fn action(mut self, action: crate::ButtonAction) -> Self {
        self.action = Some(action);
        self
    }
    /// What the action works on: the text to put, send or copy, the phone number to call, the dialog to open (`chatXXX` or a user id).
    ///
    /// Wire name: `ACTION_VALUE`.
    pub fn action_value(mut self, action_value: impl Into<String>) -> Self {
        self.action_value = Some(action_value.into());
        self
    }
    /// A bot command to run when the button is pressed.
    ///
    /// Wire name: `COMMAND`.
    pub fn command(mut self, command: impl Into<String>) -> Self {
        self.command = Some(command.into());
        self
    }
    /// Parameters of `COMMAND`.
    ///
    /// Wire name: `COMMAND_PARAMS`.
    pub fn command_params(mut self, command_params: impl Into<String>) -> Self {
        self.command_params = Some(command_params.into());
        self
    }
    /// `Y` disables a `COMMAND` button once it is pressed (buttons with `ACTION` run on the user's side and stay enabled).
    ///
    /// Wire name: `BLOCK`. Default: `N`.
    pub fn block(mut self, block: crate::YesNo) -> Self {
        self.block = Some(block);
        self
    }
    /// `Y` shows the button disabled.
    ///
    /// Wire name: `DISABLED`. Default: `N`.
    pub fn disabled(mut self, disabled: crate::YesNo) -> Self {
        self.disabled = Some(disabled);
        self
    }
    /// Where the button is shown.
    ///
    /// Wire name: `CONTEXT`. Default: `ALL`.
    pub fn context(mut self, context: crate::ButtonContext) -> Self {
        self.context = Some(context);
        self
    }
    /// How the button is laid out.
    ///
    /// Wire name: `DISPLAY`. Default: `BLOCK`.
    pub fn display(mut self, display: crate::ButtonDisplay) -> Self {
        self.display = Some(display);
        self
    }
    /// Width in pixels.
    ///
    /// Wire name: `WIDTH`.
    pub fn width(mut self, width: i64) -> Self {
        self.width = Some(width);
        self
    }
    /// Background colour as HEX.
    ///
    /// Wire name: `BG_COLOR`.
    pub fn bg_color(mut self, bg_color: impl Into<String>) -> Self {
        self.bg_color = Some(bg_color.into());
        self
    }
    /// Background colour as a theme token.
    ///
    /// Wire name: `BG_COLOR_TOKEN`. Default: `base`.
    pub fn bg_color_token(mut self, bg_color_token: crate::ButtonColorToken) -> Self {
        self.bg_color_token = Some(bg_color_token);
        self
    }
    /// Text colour as HEX.
    ///
    /// Wire name: `TEXT_COLOR`.
    pub fn text_color(mut self, text_color: impl Into<String>) -> Self {
        self.text_color = Some(text_color.into());
        self
    }
    /// Background colour when disabled.
    ///
    /// Wire name: `OFF_BG_COLOR`.
    pub fn off_bg_color(mut self, off_bg_color: impl Into<String>) -> Self {
        self.off_bg_color = Some(off_bg_color.into());
        self
    }
    /// Text colour when disabled.
    ///
    /// Wire name: `OFF_TEXT_COLOR`.
    pub fn off_text_color(mut self, off_text_color: impl Into<String>) -> Self {
        self.off_text_color = Some(off_text_color.into());
        self
    }
}
impl serde::Serialize for KeyboardButton {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.text {
            map.serialize_entry("TEXT", value)?;
        }
        if let Some(value) = &self.kind {
            map.serialize_entry("TYPE", value)?;
        }
        if let Some(value) = &self.link {
            map.serialize_entry("LINK", value)?;
        }
        if let Some(value) = &self.app_id {
            map.serialize_entry("APP_ID", value)?;
        }
        if let Some(value) = &self.app_params {
            map.serialize_entry("APP_PARAMS", value)?;
        }
        if let Some(value) = &self.action {
            map.serialize_entry("ACTION", value)?;
        }
        if let Some(value) = &self.action_value {
            map.serialize_entry("ACTION_VALUE", value)?;
        }
        if let Some(value) = &self.command {
            map.serialize_entry("COMMAND", value)?;
        }
        if let Some(value) = &self.command_params {
            map.serialize_entry("COMMAND_PARAMS", value)?;
        }
        if let Some(value) = &self.block {
            map.serialize_entry("BLOCK", value)?;
        }
        if let Some(value) = &self.disabled {
            map.serialize_entry("DISABLED", value)?;
        }
        if let Some(value) = &self.context {
            map.serialize_entry("CONTEXT", value)?;
        }
        if let Some(value) = &self.display {
            map.serialize_entry("DISPLAY", value)?;
        }
        if let Some(value) = &self.width {
            map.serialize_entry("WIDTH", value)?;
        }
        if let Some(value) = &self.bg_color {
            map.serialize_entry("BG_COLOR", value)?;
        }
        if let Some(value) = &self.bg_color_token {
            map.serialize_entry("BG_COLOR_TOKEN", value)?;
        }
        if let Some(value) = &self.text_color {
            map.serialize_entry("TEXT_COLOR", value)?;
        }
        if let Some(value) = &self.off_bg_color {
            map.serialize_entry("OFF_BG_COLOR", value)?;
        }
        if let Some(value) = &self.off_text_color {
            map.serialize_entry("OFF_TEXT_COLOR", value)?;
        }
        map.end()
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
/// A flag written `Y` or `N`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum YesNo {
    /// `Y`: Yes.
    Yes,
    /// `N`: No.
    No,
    /// A value this version of the crate does not know, kept as received.
    Unknown(String),
}
impl YesNo {
    /// Every known value, in documentation order.
    pub const ALL: &'static [Self] = &[Self::Yes, Self::No];
    /// Reads a wire value; one the crate does not know becomes [`Self::Unknown`].
    pub fn from_wire(value: &str) -> Self {
        match value {
            "Y" => Self::Yes,
            "N" => Self::No,
            other => Self::Unknown(other.to_owned()),
        }
    }
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Yes => "Y",
            Self::No => "N",
            Self::Unknown(raw) => raw,
        }
    }
    /// Whether this is a value the crate does not know.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl std::fmt::Display for YesNo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for YesNo {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_wire(value))
    }
}
impl serde::Serialize for YesNo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for YesNo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::wire::deserialize_enum(deserializer, Self::from_wire)
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
    &crate::imbot::v2::bot::GET_INFO,
    #[cfg(feature = "imbot")]
    &crate::imbot::v2::bot::LIST_INFO,
    #[cfg(feature = "imbot")]
    &crate::imbot::v2::bot::REGISTER_INFO,
    #[cfg(feature = "imbot")]
    &crate::imbot::v2::bot::UNREGISTER_INFO,
    #[cfg(feature = "imbot")]
    &crate::imbot::v2::bot::UPDATE_INFO,
    #[cfg(feature = "imbot")]
    &crate::imbot::v2::chat::input_action::NOTIFY_INFO,
    #[cfg(feature = "imbot")]
    &crate::imbot::v2::chat::manager::ADD_INFO,
    #[cfg(feature = "imbot")]
    &crate::imbot::v2::chat::manager::DELETE_INFO,
    #[cfg(feature = "imbot")]
    &crate::imbot::v2::chat::message::reaction::ADD_INFO,
    #[cfg(feature = "imbot")]
    &crate::imbot::v2::chat::message::reaction::DELETE_INFO,
    #[cfg(feature = "imbot")]
    &crate::imbot::v2::chat::message::DELETE_INFO,
    #[cfg(feature = "imbot")]
    &crate::imbot::v2::chat::message::GET_INFO,
    #[cfg(feature = "imbot")]
    &crate::imbot::v2::chat::message::GET_CONTEXT_INFO,
    #[cfg(feature = "imbot")]
    &crate::imbot::v2::chat::message::READ_INFO,
    #[cfg(feature = "imbot")]
    &crate::imbot::v2::chat::message::SEND_INFO,
    #[cfg(feature = "imbot")]
    &crate::imbot::v2::chat::message::UPDATE_INFO,
    #[cfg(feature = "imbot")]
    &crate::imbot::v2::chat::text_field::ENABLED_INFO,
    #[cfg(feature = "imbot")]
    &crate::imbot::v2::chat::user::ADD_INFO,
    #[cfg(feature = "imbot")]
    &crate::imbot::v2::chat::user::DELETE_INFO,
    #[cfg(feature = "imbot")]
    &crate::imbot::v2::chat::user::LIST_INFO,
    #[cfg(feature = "imbot")]
    &crate::imbot::v2::chat::ADD_INFO,
    #[cfg(feature = "imbot")]
    &crate::imbot::v2::chat::GET_INFO,
    #[cfg(feature = "imbot")]
    &crate::imbot::v2::chat::LEAVE_INFO,
    #[cfg(feature = "imbot")]
    &crate::imbot::v2::chat::SET_OWNER_INFO,
    #[cfg(feature = "imbot")]
    &crate::imbot::v2::chat::UPDATE_INFO,
    #[cfg(feature = "imbot")]
    &crate::imbot::v2::command::ANSWER_INFO,
    #[cfg(feature = "imbot")]
    &crate::imbot::v2::command::LIST_INFO,
    #[cfg(feature = "imbot")]
    &crate::imbot::v2::command::REGISTER_INFO,
    #[cfg(feature = "imbot")]
    &crate::imbot::v2::command::UNREGISTER_INFO,
    #[cfg(feature = "imbot")]
    &crate::imbot::v2::command::UPDATE_INFO,
    #[cfg(feature = "imbot")]
    &crate::imbot::v2::event::GET_INFO,
    #[cfg(feature = "imbot")]
    &crate::imbot::v2::file::DOWNLOAD_INFO,
    #[cfg(feature = "imbot")]
    &crate::imbot::v2::file::UPLOAD_INFO,
    #[cfg(feature = "imbot")]
    &crate::imbot::v2::revision::GET_INFO,
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
                    _ => {
                        match <crate::SystemError as crate::MethodError>::from_code(
                            code,
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
    /// A chat bot as the imbot.v2 methods return it. Everyone sees the common fields; the fields from `moduleId` on are shown to the bot's owner only.
    #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
    #[non_exhaustive]
    pub struct Bot {
        /// Id of the bot's user.
        ///
        /// Wire name: `id`.
        pub id: i64,
        /// The bot's unique text code.
        ///
        /// Wire name: `code`.
        pub code: Option<String>,
        /// How the bot takes part in chats.
        ///
        /// Wire name: `type`.
        #[serde(rename = "type")]
        pub kind: Option<crate::imbot::BotKind>,
        /// Whether the bot is left out of the contact list.
        ///
        /// Wire name: `isHidden`.
        #[serde(rename = "isHidden")]
        pub is_hidden: Option<bool>,
        /// Whether the bot works in open channels.
        ///
        /// Wire name: `isSupportOpenline`.
        #[serde(rename = "isSupportOpenline")]
        pub is_support_openline: Option<bool>,
        /// Whether users may react to the bot's messages.
        ///
        /// Wire name: `isReactionsEnabled`.
        #[serde(rename = "isReactionsEnabled")]
        pub is_reactions_enabled: Option<bool>,
        /// The background of the bot's chat, or null for the user's own.
        ///
        /// Wire name: `backgroundId`.
        #[serde(rename = "backgroundId")]
        pub background_id: Option<crate::imbot::BotBackground>,
        /// The bot's default language, such as `en`.
        ///
        /// Wire name: `language`.
        pub language: Option<String>,
        /// Id of the module the bot belongs to (owner only).
        ///
        /// Wire name: `moduleId`.
        #[serde(rename = "moduleId")]
        pub module_id: Option<String>,
        /// How the bot receives its events (owner only).
        ///
        /// Wire name: `eventMode`.
        #[serde(rename = "eventMode")]
        pub event_mode: Option<crate::imbot::EventMode>,
        /// How many messages the bot has handled (owner only).
        ///
        /// Wire name: `countMessage`.
        #[serde(rename = "countMessage")]
        pub count_message: Option<i64>,
        /// How many commands the bot has registered (owner only).
        ///
        /// Wire name: `countCommand`.
        #[serde(rename = "countCommand")]
        pub count_command: Option<i64>,
        /// How many chats the bot is in (owner only).
        ///
        /// Wire name: `countChat`.
        #[serde(rename = "countChat")]
        pub count_chat: Option<i64>,
        /// How many distinct users the bot has talked to (owner only).
        ///
        /// Wire name: `countUser`.
        #[serde(rename = "countUser")]
        pub count_user: Option<i64>,
    }
    impl serde::Serialize for Bot {
        fn serialize<S: serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            use serde::ser::SerializeMap as _;
            let mut map = serializer.serialize_map(None)?;
            let value = &self.id;
            map.serialize_entry("id", value)?;
            if let Some(value) = &self.code {
                map.serialize_entry("code", value)?;
            }
            if let Some(value) = &self.kind {
                map.serialize_entry("type", value)?;
            }
            if let Some(value) = &self.is_hidden {
                map.serialize_entry("isHidden", value)?;
            }
            if let Some(value) = &self.is_support_openline {
                map.serialize_entry("isSupportOpenline", value)?;
            }
            if let Some(value) = &self.is_reactions_enabled {
                map.serialize_entry("isReactionsEnabled", value)?;
            }
            if let Some(value) = &self.background_id {
                map.serialize_entry("backgroundId", value)?;
            }
            if let Some(value) = &self.language {
                map.serialize_entry("language", value)?;
            }
            if let Some(value) = &self.module_id {
                map.serialize_entry("moduleId", value)?;
            }
            if let Some(value) = &self.event_mode {
                map.serialize_entry("eventMode", value)?;
            }
            if let Some(value) = &self.count_message {
                map.serialize_entry("countMessage", value)?;
            }
            if let Some(value) = &self.count_command {
                map.serialize_entry("countCommand", value)?;
            }
            if let Some(value) = &self.count_chat {
                map.serialize_entry("countChat", value)?;
            }
            if let Some(value) = &self.count_user {
                map.serialize_entry("countUser", value)?;
            }
            map.end()
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
        Unknown(String),
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
                other => Self::Unknown(other.to_owned()),
            }
        }
        /// The value as sent on the wire.
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
                Self::Unknown(raw) => raw,
            }
        }
        /// Whether this is a value the crate does not know.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl std::fmt::Display for BotBackground {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl std::str::FromStr for BotBackground {
        type Err = std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(Self::from_wire(value))
        }
    }
    impl serde::Serialize for BotBackground {
        fn serialize<S: serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> serde::Deserialize<'de> for BotBackground {
        fn deserialize<D: serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            crate::wire::deserialize_enum(deserializer, Self::from_wire)
        }
    }
    /// One event fetched by `imbot.v2.Event.get`.
    #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
    #[non_exhaustive]
    pub struct BotEvent {
        /// The event's id; the next call's `offset` confirms it.
        ///
        /// Wire name: `eventId`.
        #[serde(rename = "eventId")]
        pub event_id: i64,
        /// What happened.
        ///
        /// Wire name: `type`.
        #[serde(rename = "type")]
        pub kind: Option<crate::imbot::BotEventType>,
        /// When it happened (ISO 8601).
        ///
        /// Wire name: `date`.
        pub date: Option<String>,
        /// The event's data, shaped by its type (see the events page).
        ///
        /// Wire name: `data`.
        pub data: Option<serde_json::Map<String, serde_json::Value>>,
    }
    impl serde::Serialize for BotEvent {
        fn serialize<S: serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            use serde::ser::SerializeMap as _;
            let mut map = serializer.serialize_map(None)?;
            let value = &self.event_id;
            map.serialize_entry("eventId", value)?;
            if let Some(value) = &self.kind {
                map.serialize_entry("type", value)?;
            }
            if let Some(value) = &self.date {
                map.serialize_entry("date", value)?;
            }
            if let Some(value) = &self.data {
                map.serialize_entry("data", value)?;
            }
            map.end()
        }
    }
    /// What an event fetched by `imbot.v2.Event.get` is about.
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
        Unknown(String),
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
                other => Self::Unknown(other.to_owned()),
            }
        }
        /// The value as sent on the wire.
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
                Self::Unknown(raw) => raw,
            }
        }
        /// Whether this is a value the crate does not know.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl std::fmt::Display for BotEventType {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl std::str::FromStr for BotEventType {
        type Err = std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(Self::from_wire(value))
        }
    }
    impl serde::Serialize for BotEventType {
        fn serialize<S: serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> serde::Deserialize<'de> for BotEventType {
        fn deserialize<D: serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            crate::wire::deserialize_enum(deserializer, Self::from_wire)
        }
    }
    /// How a bot takes part in chats (`fields.type` at registration).
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
        Unknown(String),
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
                other => Self::Unknown(other.to_owned()),
            }
        }
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Bot => "bot",
                Self::Supervisor => "supervisor",
                Self::Personal => "personal",
                Self::Openline => "openline",
                Self::Network => "network",
                Self::Unknown(raw) => raw,
            }
        }
        /// Whether this is a value the crate does not know.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl std::fmt::Display for BotKind {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl std::str::FromStr for BotKind {
        type Err = std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(Self::from_wire(value))
        }
    }
    impl serde::Serialize for BotKind {
        fn serialize<S: serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> serde::Deserialize<'de> for BotKind {
        fn deserialize<D: serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            crate::wire::deserialize_enum(deserializer, Self::from_wire)
        }
    }
    /// Which bots `imbot.v2.Bot.list` returns.
    #[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
    #[non_exhaustive]
    pub struct BotListFilter {
        /// Only bots of this kind.
        ///
        /// Wire name: `type`.
        #[serde(rename = "type")]
        pub kind: Option<crate::imbot::BotKind>,
    }
    impl BotListFilter {
        /// Starts with every parameter unset.
        pub fn new() -> Self {
            Self::default()
        }
        /// Only bots of this kind.
        ///
        /// Wire name: `type`.
        pub fn kind(mut self, kind: crate::imbot::BotKind) -> Self {
            self.kind = Some(kind);
            self
        }
    }
    impl serde::Serialize for BotListFilter {
        fn serialize<S: serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            use serde::ser::SerializeMap as _;
            let mut map = serializer.serialize_map(None)?;
            if let Some(value) = &self.kind {
                map.serialize_entry("type", value)?;
            }
            map.end()
        }
    }
    /// The profile of a bot being registered.
    #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
    #[non_exhaustive]
    pub struct BotProperties {
        /// The bot's name, shown in the chat list and the dialog header.
        ///
        /// Wire name: `name`.
        pub name: String,
        /// The bot's last name.
        ///
        /// Wire name: `lastName`.
        #[serde(rename = "lastName")]
        pub last_name: Option<String>,
        /// The job title on the bot's profile.
        ///
        /// Wire name: `workPosition`.
        #[serde(rename = "workPosition")]
        pub work_position: Option<String>,
        /// The avatar colour, sent in camelCase (`lightBlue`); picked by the portal when left out.
        ///
        /// Wire name: `color`.
        pub color: Option<crate::Color>,
        /// The bot's gender.
        ///
        /// Wire name: `gender`.
        pub gender: Option<crate::imbot::Gender>,
        /// The avatar as base64 text, without a `data:*/*;base64,` prefix.
        ///
        /// Wire name: `avatar`.
        pub avatar: Option<String>,
    }
    impl BotProperties {
        /// Starts with the required parameters; the rest are set with the methods below.
        ///
        /// - `name` (`name`): The bot's name, shown in the chat list and the dialog header.
        pub fn new(name: impl Into<String>) -> Self {
            Self {
                name: name.into(),
                last_name: None,
                work_position: None,
                color: None,
                gender: None,
                avatar: None,
            }
        }
        /// The bot's last name.
        ///
        /// Wire name: `lastName`.
        pub fn last_name(mut self, last_name: impl Into<String>) -> Self {
            self.last_name = Some(last_name.into());
            self
        }
        /// The job title on the bot's profile.
        ///
        /// Wire name: `workPosition`.
        pub fn work_position(mut self, work_position: impl Into<String>) -> Self {
            self.work_position = Some(work_position.into());
            self
        }
        /// The avatar colour, sent in camelCase (`lightBlue`); picked by the portal when left out.
        ///
        /// Wire name: `color`.
        pub fn color(mut self, color: crate::Color) -> Self {
            self.color = Some(color);
            self
        }
        /// The bot's gender.
        ///
        /// Wire name: `gender`.
        pub fn gender(mut self, gender: crate::imbot::Gender) -> Self {
            self.gender = Some(gender);
            self
        }
        /// The avatar as base64 text, without a `data:*/*;base64,` prefix.
        ///
        /// Wire name: `avatar`.
        pub fn avatar(mut self, avatar: impl Into<String>) -> Self {
            self.avatar = Some(avatar.into());
            self
        }
    }
    impl serde::Serialize for BotProperties {
        fn serialize<S: serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            use serde::ser::SerializeMap as _;
            let mut map = serializer.serialize_map(None)?;
            let value = &self.name;
            map.serialize_entry("name", value)?;
            if let Some(value) = &self.last_name {
                map.serialize_entry("lastName", value)?;
            }
            if let Some(value) = &self.work_position {
                map.serialize_entry("workPosition", value)?;
            }
            if let Some(value) = &self.color {
                map.serialize_entry("color", value.camel())?;
            }
            if let Some(value) = &self.gender {
                map.serialize_entry("gender", value)?;
            }
            if let Some(value) = &self.avatar {
                map.serialize_entry("avatar", value)?;
            }
            map.end()
        }
    }
    /// What `imbot.v2.Bot.register` registers.
    #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
    #[non_exhaustive]
    pub struct BotRegisterFields {
        /// The bot's code, unique within the application.
        ///
        /// Wire name: `code`.
        pub code: String,
        /// A token of your choice, at most 40 characters, bound to the bot; every
        /// later imbot.v2 call made with webhook auth must send it. Not needed
        /// with OAuth. Longer tokens are to be refused with
        /// `BOT_TOKEN_INVALID_LENGTH` from 2026-08-06.
        ///
        /// Wire name: `botToken`. Required with webhook auth.
        #[serde(rename = "botToken")]
        pub bot_token: Option<crate::Secret>,
        /// The bot's profile.
        ///
        /// Wire name: `properties`.
        pub properties: crate::imbot::BotProperties,
        /// How the bot takes part in chats.
        ///
        /// Wire name: `type`. Default: `bot`.
        #[serde(rename = "type")]
        pub kind: Option<crate::imbot::BotKind>,
        /// How the bot receives its events.
        ///
        /// Wire name: `eventMode`. Default: `fetch`.
        #[serde(rename = "eventMode")]
        pub event_mode: Option<crate::imbot::EventMode>,
        /// The URL events are posted to; needed when `eventMode` is `webhook`.
        ///
        /// Wire name: `webhookUrl`.
        #[serde(rename = "webhookUrl")]
        pub webhook_url: Option<String>,
        /// Whether the bot is left out of the contact list.
        ///
        /// Wire name: `isHidden`. Default: `false`.
        #[serde(rename = "isHidden")]
        pub is_hidden: Option<bool>,
        /// Whether users may react to the bot's messages.
        ///
        /// Wire name: `isReactionsEnabled`. Default: `true`.
        #[serde(rename = "isReactionsEnabled")]
        pub is_reactions_enabled: Option<bool>,
        /// Whether the bot works in open channels.
        ///
        /// Wire name: `isSupportOpenline`. Default: `false`.
        #[serde(rename = "isSupportOpenline")]
        pub is_support_openline: Option<bool>,
        /// The background of the bot's chat; the user's own when left out. An unknown value counts as none.
        ///
        /// Wire name: `backgroundId`.
        #[serde(rename = "backgroundId")]
        pub background_id: Option<crate::imbot::BotBackground>,
    }
    impl BotRegisterFields {
        /// Starts with the required parameters; the rest are set with the methods below.
        ///
        /// - `code` (`code`): The bot's code, unique within the application.
        /// - `properties` (`properties`): The bot's profile.
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
            }
        }
        /// A token of your choice, at most 40 characters, bound to the bot; every
        /// later imbot.v2 call made with webhook auth must send it. Not needed
        /// with OAuth. Longer tokens are to be refused with
        /// `BOT_TOKEN_INVALID_LENGTH` from 2026-08-06.
        ///
        /// Wire name: `botToken`. Required with webhook auth.
        pub fn bot_token(mut self, bot_token: impl Into<crate::Secret>) -> Self {
            self.bot_token = Some(bot_token.into());
            self
        }
        /// How the bot takes part in chats.
        ///
        /// Wire name: `type`. Default: `bot`.
        pub fn kind(mut self, kind: crate::imbot::BotKind) -> Self {
            self.kind = Some(kind);
            self
        }
        /// How the bot receives its events.
        ///
        /// Wire name: `eventMode`. Default: `fetch`.
        pub fn event_mode(mut self, event_mode: crate::imbot::EventMode) -> Self {
            self.event_mode = Some(event_mode);
            self
        }
        /// The URL events are posted to; needed when `eventMode` is `webhook`.
        ///
        /// Wire name: `webhookUrl`.
        pub fn webhook_url(mut self, webhook_url: impl Into<String>) -> Self {
            self.webhook_url = Some(webhook_url.into());
            self
        }
        /// Whether the bot is left out of the contact list.
        ///
        /// Wire name: `isHidden`. Default: `false`.
        pub fn is_hidden(mut self, is_hidden: bool) -> Self {
            self.is_hidden = Some(is_hidden);
            self
        }
        /// Whether users may react to the bot's messages.
        ///
        /// Wire name: `isReactionsEnabled`. Default: `true`.
        pub fn is_reactions_enabled(mut self, is_reactions_enabled: bool) -> Self {
            self.is_reactions_enabled = Some(is_reactions_enabled);
            self
        }
        /// Whether the bot works in open channels.
        ///
        /// Wire name: `isSupportOpenline`. Default: `false`.
        pub fn is_support_openline(mut self, is_support_openline: bool) -> Self {
            self.is_support_openline = Some(is_support_openline);
            self
        }
        /// The background of the bot's chat; the user's own when left out. An unknown value counts as none.
        ///
        /// Wire name: `backgroundId`.
        pub fn background_id(
            mut self,
            background_id: crate::imbot::BotBackground,
        ) -> Self {
            self.background_id = Some(background_id);
            self
        }
    }
    impl serde::Serialize for BotRegisterFields {
        fn serialize<S: serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            use serde::ser::SerializeMap as _;
            let mut map = serializer.serialize_map(None)?;
            let value = &self.code;
            map.serialize_entry("code", value)?;
            if let Some(value) = &self.bot_token {
                map.serialize_entry("botToken", value)?;
            }
            let value = &self.properties;
            map.serialize_entry("properties", value)?;
            if let Some(value) = &self.kind {
                map.serialize_entry("type", value)?;
            }
            if let Some(value) = &self.event_mode {
                map.serialize_entry("eventMode", value)?;
            }
            if let Some(value) = &self.webhook_url {
                map.serialize_entry("webhookUrl", value)?;
            }
            if let Some(value) = &self.is_hidden {
                map.serialize_entry("isHidden", value)?;
            }
            if let Some(value) = &self.is_reactions_enabled {
                map.serialize_entry("isReactionsEnabled", value)?;
            }
            if let Some(value) = &self.is_support_openline {
                map.serialize_entry("isSupportOpenline", value)?;
            }
            if let Some(value) = &self.background_id {
                map.serialize_entry("backgroundId", value)?;
            }
            map.end()
        }
    }
    /// What `imbot.v2.Bot.update` changes.
    #[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
    #[non_exhaustive]
    pub struct BotUpdateFields {
        /// Changes to the bot's profile.
        ///
        /// Wire name: `properties`.
        pub properties: Option<crate::imbot::BotUpdateProperties>,
        /// Whether the bot is left out of the contact list.
        ///
        /// Wire name: `isHidden`.
        #[serde(rename = "isHidden")]
        pub is_hidden: Option<bool>,
        /// Whether users may react to the bot's messages.
        ///
        /// Wire name: `isReactionsEnabled`.
        #[serde(rename = "isReactionsEnabled")]
        pub is_reactions_enabled: Option<bool>,
        /// Whether the bot works in open channels.
        ///
        /// Wire name: `isSupportOpenline`.
        #[serde(rename = "isSupportOpenline")]
        pub is_support_openline: Option<bool>,
        /// The background of the bot's chat; `null` goes back to the user's own. An unknown value counts as `null`.
        ///
        /// Wire name: `backgroundId`.
        #[serde(rename = "backgroundId")]
        pub background_id: Option<Option<crate::imbot::BotBackground>>,
        /// How the bot receives its events.
        ///
        /// Wire name: `eventMode`.
        #[serde(rename = "eventMode")]
        pub event_mode: Option<crate::imbot::EventMode>,
        /// The URL events are posted to, when `eventMode` is `webhook`.
        ///
        /// Wire name: `webhookUrl`.
        #[serde(rename = "webhookUrl")]
        pub webhook_url: Option<String>,
        /// A new token for the bot, at most 40 characters; empty or blank text is
        /// ignored. The call is authorized with the old token, given as the
        /// top-level `botToken`.
        ///
        /// Wire name: `botToken`.
        #[serde(rename = "botToken")]
        pub bot_token: Option<crate::Secret>,
    }
    impl BotUpdateFields {
        /// Starts with every parameter unset.
        pub fn new() -> Self {
            Self::default()
        }
        /// Changes to the bot's profile.
        ///
        /// Wire name: `properties`.
        pub fn properties(
            mut self,
            properties: crate::imbot::BotUpdateProperties,
        ) -> Self {
            self.properties = Some(properties);
            self
        }
        /// Whether the bot is left out of the contact list.
        ///
        /// Wire name: `isHidden`.
        pub fn is_hidden(mut self, is_hidden: bool) -> Self {
            self.is_hidden = Some(is_hidden);
            self
        }
        /// Whether users may react to the bot's messages.
        ///
        /// Wire name: `isReactionsEnabled`.
        pub fn is_reactions_enabled(mut self, is_reactions_enabled: bool) -> Self {
            self.is_reactions_enabled = Some(is_reactions_enabled);
            self
        }
        /// Whether the bot works in open channels.
        ///
        /// Wire name: `isSupportOpenline`.
        pub fn is_support_openline(mut self, is_support_openline: bool) -> Self {
            self.is_support_openline = Some(is_support_openline);
            self
        }
        /// The background of the bot's chat; `null` goes back to the user's own. An unknown value counts as `null`.
        ///
        /// Wire name: `backgroundId`. `None` sends `null`.
        pub fn background_id(
            mut self,
            background_id: Option<crate::imbot::BotBackground>,
        ) -> Self {
            self.background_id = Some(background_id);
            self
        }
        /// How the bot receives its events.
        ///
        /// Wire name: `eventMode`.
        pub fn event_mode(mut self, event_mode: crate::imbot::EventMode) -> Self {
            self.event_mode = Some(event_mode);
            self
        }
        /// The URL events are posted to, when `eventMode` is `webhook`.
        ///
        /// Wire name: `webhookUrl`.
        pub fn webhook_url(mut self, webhook_url: impl Into<String>) -> Self {
            self.webhook_url = Some(webhook_url.into());
            self
        }
        /// A new token for the bot, at most 40 characters; empty or blank text is
        /// ignored. The call is authorized with the old token, given as the
        /// top-level `botToken`.
        ///
        /// Wire name: `botToken`.
        pub fn bot_token(mut self, bot_token: impl Into<crate::Secret>) -> Self {
            self.bot_token = Some(bot_token.into());
            self
        }
    }
    impl serde::Serialize for BotUpdateFields {
        fn serialize<S: serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            use serde::ser::SerializeMap as _;
            let mut map = serializer.serialize_map(None)?;
            if let Some(value) = &self.properties {
                map.serialize_entry("properties", value)?;
            }
            if let Some(value) = &self.is_hidden {
                map.serialize_entry("isHidden", value)?;
            }
            if let Some(value) = &self.is_reactions_enabled {
                map.serialize_entry("isReactionsEnabled", value)?;
            }
            if let Some(value) = &self.is_support_openline {
                map.serialize_entry("isSupportOpenline", value)?;
            }
            if let Some(value) = &self.background_id {
                map.serialize_entry("backgroundId", value)?;
            }
            if let Some(value) = &self.event_mode {
                map.serialize_entry("eventMode", value)?;
            }
            if let Some(value) = &self.webhook_url {
                map.serialize_entry("webhookUrl", value)?;
            }
            if let Some(value) = &self.bot_token {
                map.serialize_entry("botToken", value)?;
            }
            map.end()
        }
    }
    /// Changes to a bot's profile; the properties left out keep their value.
    #[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
    #[non_exhaustive]
    pub struct BotUpdateProperties {
        /// The new name.
        ///
        /// Wire name: `name`.
        pub name: Option<String>,
        /// The new last name.
        ///
        /// Wire name: `lastName`.
        #[serde(rename = "lastName")]
        pub last_name: Option<String>,
        /// The new job title.
        ///
        /// Wire name: `workPosition`.
        #[serde(rename = "workPosition")]
        pub work_position: Option<String>,
        /// The new avatar colour, sent in camelCase; an unknown colour is ignored.
        ///
        /// Wire name: `color`.
        pub color: Option<crate::Color>,
        /// The new gender.
        ///
        /// Wire name: `gender`.
        pub gender: Option<crate::imbot::Gender>,
        /// The new avatar as base64 text, without a `data:*/*;base64,` prefix.
        ///
        /// Wire name: `avatar`.
        pub avatar: Option<String>,
    }
    impl BotUpdateProperties {
        /// Starts with every parameter unset.
        pub fn new() -> Self {
            Self::default()
        }
        /// The new name.
        ///
        /// Wire name: `name`.
        pub fn name(mut self, name: impl Into<String>) -> Self {
            self.name = Some(name.into());
            self
        }
        /// The new last name.
        ///
        /// Wire name: `lastName`.
        pub fn last_name(mut self, last_name: impl Into<String>) -> Self {
            self.last_name = Some(last_name.into());
            self
        }
        /// The new job title.
        ///
        /// Wire name: `workPosition`.
        pub fn work_position(mut self, work_position: impl Into<String>) -> Self {
            self.work_position = Some(work_position.into());
            self
        }
        /// The new avatar colour, sent in camelCase; an unknown colour is ignored.
        ///
        /// Wire name: `color`.
        pub fn color(mut self, color: crate::Color) -> Self {
            self.color = Some(color);
            self
        }
        /// The new gender.
        ///
        /// Wire name: `gender`.
        pub fn gender(mut self, gender: crate::imbot::Gender) -> Self {
            self.gender = Some(gender);
            self
        }
        /// The new avatar as base64 text, without a `data:*/*;base64,` prefix.
        ///
        /// Wire name: `avatar`.
        pub fn avatar(mut self, avatar: impl Into<String>) -> Self {
            self.avatar = Some(avatar.into());
            self
        }
    }
    impl serde::Serialize for BotUpdateProperties {
        fn serialize<S: serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            use serde::ser::SerializeMap as _;
            let mut map = serializer.serialize_map(None)?;
            if let Some(value) = &self.name {
                map.serialize_entry("name", value)?;
            }
            if let Some(value) = &self.last_name {
                map.serialize_entry("lastName", value)?;
            }
            if let Some(value) = &self.work_position {
                map.serialize_entry("workPosition", value)?;
            }
            if let Some(value) = &self.color {
                map.serialize_entry("color", value.camel())?;
            }
            if let Some(value) = &self.gender {
                map.serialize_entry("gender", value)?;
            }
            if let Some(value) = &self.avatar {
                map.serialize_entry("avatar", value)?;
            }
            map.end()
        }
    }
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
    /// A file attached to a message, as the imbot.v2 methods return it.
    #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
    #[non_exhaustive]
    pub struct ChatFile {
        /// The file's id on Drive.
        ///
        /// Wire name: `id`.
        pub id: i64,
        /// Id of the chat the file belongs to.
        ///
        /// Wire name: `chatId`.
        #[serde(rename = "chatId")]
        pub chat_id: Option<i64>,
        /// When the file was uploaded (ISO 8601).
        ///
        /// Wire name: `date`.
        pub date: Option<String>,
        /// What the file holds.
        ///
        /// Wire name: `type`.
        #[serde(rename = "type")]
        pub kind: Option<crate::imbot::FileKind>,
        /// The file name with its extension.
        ///
        /// Wire name: `name`.
        pub name: Option<String>,
        /// The extension in lower case.
        ///
        /// Wire name: `extension`.
        pub extension: Option<String>,
        /// Size in bytes.
        ///
        /// Wire name: `size`.
        pub size: Option<i64>,
        /// For an image, its preview size (`{"height": 600, "width": 800}`); otherwise `false`.
        ///
        /// Wire name: `image`.
        pub image: Option<serde_json::Value>,
        /// Id of the user who uploaded the file.
        ///
        /// Wire name: `authorId`.
        #[serde(rename = "authorId")]
        pub author_id: Option<i64>,
        /// Name of the user who uploaded the file.
        ///
        /// Wire name: `authorName`.
        #[serde(rename = "authorName")]
        pub author_name: Option<String>,
        /// Whether the portal can transcribe the file.
        ///
        /// Wire name: `isTranscribable`.
        #[serde(rename = "isTranscribable")]
        pub is_transcribable: Option<bool>,
        /// Whether the file is a video note.
        ///
        /// Wire name: `isVideoNote`.
        #[serde(rename = "isVideoNote")]
        pub is_video_note: Option<bool>,
        /// Whether the file is a voice message.
        ///
        /// Wire name: `isVoiceNote`.
        #[serde(rename = "isVoiceNote")]
        pub is_voice_note: Option<bool>,
    }
    impl serde::Serialize for ChatFile {
        fn serialize<S: serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            use serde::ser::SerializeMap as _;
            let mut map = serializer.serialize_map(None)?;
            let value = &self.id;
            map.serialize_entry("id", value)?;
            if let Some(value) = &self.chat_id {
                map.serialize_entry("chatId", value)?;
            }
            if let Some(value) = &self.date {
                map.serialize_entry("date", value)?;
            }
            if let Some(value) = &self.kind {
                map.serialize_entry("type", value)?;
            }
            if let Some(value) = &self.name {
                map.serialize_entry("name", value)?;
            }
            if let Some(value) = &self.extension {
                map.serialize_entry("extension", value)?;
            }
            if let Some(value) = &self.size {
                map.serialize_entry("size", value)?;
            }
            if let Some(value) = &self.image {
                map.serialize_entry("image", value)?;
            }
            if let Some(value) = &self.author_id {
                map.serialize_entry("authorId", value)?;
            }
            if let Some(value) = &self.author_name {
                map.serialize_entry("authorName", value)?;
            }
            if let Some(value) = &self.is_transcribable {
                map.serialize_entry("isTranscribable", value)?;
            }
            if let Some(value) = &self.is_video_note {
                map.serialize_entry("isVideoNote", value)?;
            }
            if let Some(value) = &self.is_voice_note {
                map.serialize_entry("isVoiceNote", value)?;
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
    /// The properties `imbot.v2.Chat.update` changes.
    #[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
    #[non_exhaustive]
    pub struct ChatUpdateFields {
        /// The new title.
        ///
        /// Wire name: `title`.
        pub title: Option<String>,
        /// The new description.
        ///
        /// Wire name: `description`.
        pub description: Option<String>,
        /// The new colour, sent in camelCase (`lightBlue`).
        ///
        /// Wire name: `color`.
        pub color: Option<crate::Color>,
        /// The new avatar as base64 text.
        ///
        /// Wire name: `avatar`.
        pub avatar: Option<String>,
    }
    impl ChatUpdateFields {
        /// Starts with every parameter unset.
        pub fn new() -> Self {
            Self::default()
        }
        /// The new title.
        ///
        /// Wire name: `title`.
        pub fn title(mut self, title: impl Into<String>) -> Self {
            self.title = Some(title.into());
            self
        }
        /// The new description.
        ///
        /// Wire name: `description`.
        pub fn description(mut self, description: impl Into<String>) -> Self {
            self.description = Some(description.into());
            self
        }
        /// The new colour, sent in camelCase (`lightBlue`).
        ///
        /// Wire name: `color`.
        pub fn color(mut self, color: crate::Color) -> Self {
            self.color = Some(color);
            self
        }
        /// The new avatar as base64 text.
        ///
        /// Wire name: `avatar`.
        pub fn avatar(mut self, avatar: impl Into<String>) -> Self {
            self.avatar = Some(avatar.into());
            self
        }
    }
    impl serde::Serialize for ChatUpdateFields {
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
            map.end()
        }
    }
    /// The sort order of `imbot.v2.Chat.User.list`: a direction per key, such as `{"id": "ASC"}`.
    #[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
    #[non_exhaustive]
    pub struct ChatUserOrder {
        /// By the membership record's id.
        ///
        /// Wire name: `id`.
        pub id: Option<crate::imbot::SortDirection>,
        /// By the last message each member sent.
        ///
        /// Wire name: `lastSendMessageId`.
        #[serde(rename = "lastSendMessageId")]
        pub last_send_message_id: Option<crate::imbot::SortDirection>,
        /// By user id.
        ///
        /// Wire name: `userId`.
        #[serde(rename = "userId")]
        pub user_id: Option<crate::imbot::SortDirection>,
    }
    impl ChatUserOrder {
        /// Starts with every parameter unset.
        pub fn new() -> Self {
            Self::default()
        }
        /// By the membership record's id.
        ///
        /// Wire name: `id`.
        pub fn id(mut self, id: crate::imbot::SortDirection) -> Self {
            self.id = Some(id);
            self
        }
        /// By the last message each member sent.
        ///
        /// Wire name: `lastSendMessageId`.
        pub fn last_send_message_id(
            mut self,
            last_send_message_id: crate::imbot::SortDirection,
        ) -> Self {
            self.last_send_message_id = Some(last_send_message_id);
            self
        }
        /// By user id.
        ///
        /// Wire name: `userId`.
        pub fn user_id(mut self, user_id: crate::imbot::SortDirection) -> Self {
            self.user_id = Some(user_id);
            self
        }
    }
    impl serde::Serialize for ChatUserOrder {
        fn serialize<S: serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            use serde::ser::SerializeMap as _;
            let mut map = serializer.serialize_map(None)?;
            if let Some(value) = &self.id {
                map.serialize_entry("id", value)?;
            }
            if let Some(value) = &self.last_send_message_id {
                map.serialize_entry("lastSendMessageId", value)?;
            }
            if let Some(value) = &self.user_id {
                map.serialize_entry("userId", value)?;
            }
            map.end()
        }
    }
    /// A slash command of a bot.
    #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
    #[non_exhaustive]
    pub struct Command {
        /// The command's id.
        ///
        /// Wire name: `id`.
        pub id: i64,
        /// Id of the bot the command belongs to.
        ///
        /// Wire name: `botId`.
        #[serde(rename = "botId")]
        pub bot_id: Option<i64>,
        /// The command with its leading slash, such as `/help`.
        ///
        /// Wire name: `command`.
        pub command: Option<String>,
        /// Whether the command works in every chat (`true`) or only where the bot is a member (`false`).
        ///
        /// Wire name: `common`.
        pub common: Option<bool>,
        /// Whether the command is left out of the suggestions.
        ///
        /// Wire name: `hidden`.
        pub hidden: Option<bool>,
        /// Whether extranet users may use the command.
        ///
        /// Wire name: `extranetSupport`.
        #[serde(rename = "extranetSupport")]
        pub extranet_support: Option<bool>,
        /// The command's title in the portal's language; method responses only.
        ///
        /// Wire name: `title`.
        pub title: Option<String>,
        /// What the command's arguments are, in the portal's language; method responses only.
        ///
        /// Wire name: `params`.
        pub params: Option<String>,
        /// Name of the bot the command belongs to; method responses only.
        ///
        /// Wire name: `category`.
        pub category: Option<String>,
        /// The context the command was called in; method responses only.
        ///
        /// Wire name: `context`.
        pub context: Option<String>,
    }
    impl serde::Serialize for Command {
        fn serialize<S: serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            use serde::ser::SerializeMap as _;
            let mut map = serializer.serialize_map(None)?;
            let value = &self.id;
            map.serialize_entry("id", value)?;
            if let Some(value) = &self.bot_id {
                map.serialize_entry("botId", value)?;
            }
            if let Some(value) = &self.command {
                map.serialize_entry("command", value)?;
            }
            if let Some(value) = &self.common {
                map.serialize_entry("common", value)?;
            }
            if let Some(value) = &self.hidden {
                map.serialize_entry("hidden", value)?;
            }
            if let Some(value) = &self.extranet_support {
                map.serialize_entry("extranetSupport", value)?;
            }
            if let Some(value) = &self.title {
                map.serialize_entry("title", value)?;
            }
            if let Some(value) = &self.params {
                map.serialize_entry("params", value)?;
            }
            if let Some(value) = &self.category {
                map.serialize_entry("category", value)?;
            }
            if let Some(value) = &self.context {
                map.serialize_entry("context", value)?;
            }
            map.end()
        }
    }
    /// The message that answers a command.
    #[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
    #[non_exhaustive]
    pub struct CommandAnswerFields {
        /// The text, at most 20,000 characters.
        ///
        /// Wire name: `message`.
        pub message: Option<String>,
        /// Attachment blocks, as built by the attachment constructor.
        ///
        /// Wire name: `attach`.
        pub attach: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
        /// Buttons under the message.
        ///
        /// Wire name: `keyboard`.
        pub keyboard: Option<Vec<crate::KeyboardButton>>,
        /// Whether to post it as a system message.
        ///
        /// Wire name: `system`. Default: `false`.
        pub system: Option<bool>,
        /// Whether links in the text get a preview.
        ///
        /// Wire name: `urlPreview`. Default: `true`.
        #[serde(rename = "urlPreview")]
        pub url_preview: Option<bool>,
    }
    impl CommandAnswerFields {
        /// Starts with every parameter unset.
        pub fn new() -> Self {
            Self::default()
        }
        /// The text, at most 20,000 characters.
        ///
        /// Wire name: `message`.
        pub fn message(mut self, message: impl Into<String>) -> Self {
            self.message = Some(message.into());
            self
        }
        /// Attachment blocks, as built by the attachment constructor.
        ///
        /// Wire name: `attach`.
        pub fn attach(
            mut self,
            attach: impl IntoIterator<Item = serde_json::Map<String, serde_json::Value>>,
        ) -> Self {
            self.attach = Some(attach.into_iter().collect());
            self
        }
        /// Buttons under the message.
        ///
        /// Wire name: `keyboard`.
        pub fn keyboard(
            mut self,
            keyboard: impl IntoIterator<Item = crate::KeyboardButton>,
        ) -> Self {
            self.keyboard = Some(keyboard.into_iter().collect());
            self
        }
        /// Whether to post it as a system message.
        ///
        /// Wire name: `system`. Default: `false`.
        pub fn system(mut self, system: bool) -> Self {
            self.system = Some(system);
            self
        }
        /// Whether links in the text get a preview.
        ///
        /// Wire name: `urlPreview`. Default: `true`.
        pub fn url_preview(mut self, url_preview: bool) -> Self {
            self.url_preview = Some(url_preview);
            self
        }
    }
    impl serde::Serialize for CommandAnswerFields {
        fn serialize<S: serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            use serde::ser::SerializeMap as _;
            let mut map = serializer.serialize_map(None)?;
            if let Some(value) = &self.message {
                map.serialize_entry("message", value)?;
            }
            if let Some(value) = &self.attach {
                map.serialize_entry("attach", value)?;
            }
            if let Some(value) = &self.keyboard {
                map.serialize_entry("keyboard", value)?;
            }
            if let Some(value) = &self.system {
                map.serialize_entry("system", value)?;
            }
            if let Some(value) = &self.url_preview {
                map.serialize_entry("urlPreview", value)?;
            }
            map.end()
        }
    }
    /// What `imbot.v2.Command.register` registers.
    #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
    #[non_exhaustive]
    pub struct CommandRegisterFields {
        /// The command without its slash, such as `help`.
        ///
        /// Wire name: `command`.
        pub command: String,
        /// The command's title per language code in lower case (`{"en": "Help"}`), shown in the command list. Needed unless the command is hidden.
        ///
        /// Wire name: `title`.
        pub title: Option<std::collections::BTreeMap<String, String>>,
        /// A hint about the command's arguments per language code, shown next to the command.
        ///
        /// Wire name: `params`.
        pub params: Option<std::collections::BTreeMap<String, String>>,
        /// Whether the command works in every chat (`true`) or only in the bot's own dialogs and chats (`false`).
        ///
        /// Wire name: `common`. Default: `false`.
        pub common: Option<bool>,
        /// Whether the command is left out of the command list.
        ///
        /// Wire name: `hidden`. Default: `false`.
        pub hidden: Option<bool>,
        /// Whether extranet users may use the command.
        ///
        /// Wire name: `extranetSupport`. Default: `false`.
        #[serde(rename = "extranetSupport")]
        pub extranet_support: Option<bool>,
    }
    impl CommandRegisterFields {
        /// Starts with the required parameters; the rest are set with the methods below.
        ///
        /// - `command` (`command`): The command without its slash, such as `help`.
        pub fn new(command: impl Into<String>) -> Self {
            Self {
                command: command.into(),
                title: None,
                params: None,
                common: None,
                hidden: None,
                extranet_support: None,
            }
        }
        /// The command's title per language code in lower case (`{"en": "Help"}`), shown in the command list. Needed unless the command is hidden.
        ///
        /// Wire name: `title`.
        pub fn title(
            mut self,
            title: impl IntoIterator<Item = (impl Into<String>, String)>,
        ) -> Self {
            self.title = Some(
                title.into_iter().map(|(key, value)| (key.into(), value)).collect(),
            );
            self
        }
        /// A hint about the command's arguments per language code, shown next to the command.
        ///
        /// Wire name: `params`.
        pub fn params(
            mut self,
            params: impl IntoIterator<Item = (impl Into<String>, String)>,
        ) -> Self {
            self.params = Some(
                params.into_iter().map(|(key, value)| (key.into(), value)).collect(),
            );
            self
        }
        /// Whether the command works in every chat (`true`) or only in the bot's own dialogs and chats (`false`).
        ///
        /// Wire name: `common`. Default: `false`.
        pub fn common(mut self, common: bool) -> Self {
            self.common = Some(common);
            self
        }
        /// Whether the command is left out of the command list.
        ///
        /// Wire name: `hidden`. Default: `false`.
        pub fn hidden(mut self, hidden: bool) -> Self {
            self.hidden = Some(hidden);
            self
        }
        /// Whether extranet users may use the command.
        ///
        /// Wire name: `extranetSupport`. Default: `false`.
        pub fn extranet_support(mut self, extranet_support: bool) -> Self {
            self.extranet_support = Some(extranet_support);
            self
        }
    }
    impl serde::Serialize for CommandRegisterFields {
        fn serialize<S: serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            use serde::ser::SerializeMap as _;
            let mut map = serializer.serialize_map(None)?;
            let value = &self.command;
            map.serialize_entry("command", value)?;
            if let Some(value) = &self.title {
                map.serialize_entry("title", value)?;
            }
            if let Some(value) = &self.params {
                map.serialize_entry("params", value)?;
            }
            if let Some(value) = &self.common {
                map.serialize_entry("common", value)?;
            }
            if let Some(value) = &self.hidden {
                map.serialize_entry("hidden", value)?;
            }
            if let Some(value) = &self.extranet_support {
                map.serialize_entry("extranetSupport", value)?;
            }
            map.end()
        }
    }
    /// What `imbot.v2.Command.update` changes.
    #[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
    #[non_exhaustive]
    pub struct CommandUpdateFields {
        /// The new command, without its slash.
        ///
        /// Wire name: `command`.
        pub command: Option<String>,
        /// Titles per language code: a text sets the title in that language, `null` removes it, a language left out keeps its title (`{"en": "New", "de": null}`).
        ///
        /// Wire name: `title`.
        pub title: Option<std::collections::BTreeMap<String, Option<String>>>,
        /// Argument hints per language code, set and removed like `title`; applied only to the languages `title` has.
        ///
        /// Wire name: `params`.
        pub params: Option<std::collections::BTreeMap<String, Option<String>>>,
        /// Whether the command works in every chat.
        ///
        /// Wire name: `common`.
        pub common: Option<bool>,
        /// Whether the command is left out of the command list.
        ///
        /// Wire name: `hidden`.
        pub hidden: Option<bool>,
        /// Whether extranet users may use the command.
        ///
        /// Wire name: `extranetSupport`.
        #[serde(rename = "extranetSupport")]
        pub extranet_support: Option<bool>,
    }
    impl CommandUpdateFields {
        /// Starts with every parameter unset.
        pub fn new() -> Self {
            Self::default()
        }
        /// The new command, without its slash.
        ///
        /// Wire name: `command`.
        pub fn command(mut self, command: impl Into<String>) -> Self {
            self.command = Some(command.into());
            self
        }
        /// Titles per language code: a text sets the title in that language, `null` removes it, a language left out keeps its title (`{"en": "New", "de": null}`).
        ///
        /// Wire name: `title`.
        pub fn title(
            mut self,
            title: impl IntoIterator<Item = (impl Into<String>, Option<String>)>,
        ) -> Self {
            self.title = Some(
                title.into_iter().map(|(key, value)| (key.into(), value)).collect(),
            );
            self
        }
        /// Argument hints per language code, set and removed like `title`; applied only to the languages `title` has.
        ///
        /// Wire name: `params`.
        pub fn params(
            mut self,
            params: impl IntoIterator<Item = (impl Into<String>, Option<String>)>,
        ) -> Self {
            self.params = Some(
                params.into_iter().map(|(key, value)| (key.into(), value)).collect(),
            );
            self
        }
        /// Whether the command works in every chat.
        ///
        /// Wire name: `common`.
        pub fn common(mut self, common: bool) -> Self {
            self.common = Some(common);
            self
        }
        /// Whether the command is left out of the command list.
        ///
        /// Wire name: `hidden`.
        pub fn hidden(mut self, hidden: bool) -> Self {
            self.hidden = Some(hidden);
            self
        }
        /// Whether extranet users may use the command.
        ///
        /// Wire name: `extranetSupport`.
        pub fn extranet_support(mut self, extranet_support: bool) -> Self {
            self.extranet_support = Some(extranet_support);
            self
        }
    }
    impl serde::Serialize for CommandUpdateFields {
        fn serialize<S: serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            use serde::ser::SerializeMap as _;
            let mut map = serializer.serialize_map(None)?;
            if let Some(value) = &self.command {
                map.serialize_entry("command", value)?;
            }
            if let Some(value) = &self.title {
                map.serialize_entry("title", value)?;
            }
            if let Some(value) = &self.params {
                map.serialize_entry("params", value)?;
            }
            if let Some(value) = &self.common {
                map.serialize_entry("common", value)?;
            }
            if let Some(value) = &self.hidden {
                map.serialize_entry("hidden", value)?;
            }
            if let Some(value) = &self.extranet_support {
                map.serialize_entry("extranetSupport", value)?;
            }
            map.end()
        }
    }
    /// How a bot receives its events.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum EventMode {
        /// `webhook`: The portal posts each event to the bot's handler URL.
        Webhook,
        /// `fetch`: The bot polls for events with `imbot.v2.Event.get`.
        Fetch,
        /// A value this version of the crate does not know, kept as received.
        Unknown(String),
    }
    impl EventMode {
        /// Every known value, in documentation order.
        pub const ALL: &'static [Self] = &[Self::Webhook, Self::Fetch];
        /// Reads a wire value; one the crate does not know becomes [`Self::Unknown`].
        pub fn from_wire(value: &str) -> Self {
            match value {
                "webhook" => Self::Webhook,
                "fetch" => Self::Fetch,
                other => Self::Unknown(other.to_owned()),
            }
        }
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Webhook => "webhook",
                Self::Fetch => "fetch",
                Self::Unknown(raw) => raw,
            }
        }
        /// Whether this is a value the crate does not know.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl std::fmt::Display for EventMode {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl std::str::FromStr for EventMode {
        type Err = std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(Self::from_wire(value))
        }
    }
    impl serde::Serialize for EventMode {
        fn serialize<S: serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> serde::Deserialize<'de> for EventMode {
        fn deserialize<D: serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            crate::wire::deserialize_enum(deserializer, Self::from_wire)
        }
    }
    /// What a file attached to a message holds.
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
        Unknown(String),
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
                other => Self::Unknown(other.to_owned()),
            }
        }
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::File => "file",
                Self::Image => "image",
                Self::Video => "video",
                Self::Audio => "audio",
                Self::Unknown(raw) => raw,
            }
        }
        /// Whether this is a value the crate does not know.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl std::fmt::Display for FileKind {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl std::str::FromStr for FileKind {
        type Err = std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(Self::from_wire(value))
        }
    }
    impl serde::Serialize for FileKind {
        fn serialize<S: serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> serde::Deserialize<'de> for FileKind {
        fn deserialize<D: serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            crate::wire::deserialize_enum(deserializer, Self::from_wire)
        }
    }
    /// What `imbot.v2.File.upload` uploads.
    #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
    #[non_exhaustive]
    pub struct FileUploadFields {
        /// The file name with its extension.
        ///
        /// Wire name: `name`.
        pub name: String,
        /// The file as base64 text without a `data:*/*;base64,` prefix, at most 100 MB.
        ///
        /// Wire name: `content`.
        pub content: String,
        /// A text posted with the file.
        ///
        /// Wire name: `message`.
        pub message: Option<String>,
    }
    impl FileUploadFields {
        /// Starts with the required parameters; the rest are set with the methods below.
        ///
        /// - `name` (`name`): The file name with its extension.
        /// - `content` (`content`): The file as base64 text without a `data:*/*;base64,` prefix, at most 100 MB.
        pub fn new(name: impl Into<String>, content: impl Into<String>) -> Self {
            Self {
                name: name.into(),
                content: content.into(),
                message: None,
            }
        }
        /// A text posted with the file.
        ///
        /// Wire name: `message`.
        pub fn message(mut self, message: impl Into<String>) -> Self {
            self.message = Some(message.into());
            self
        }
    }
    impl serde::Serialize for FileUploadFields {
        fn serialize<S: serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            use serde::ser::SerializeMap as _;
            let mut map = serializer.serialize_map(None)?;
            let value = &self.name;
            map.serialize_entry("name", value)?;
            let value = &self.content;
            map.serialize_entry("content", value)?;
            if let Some(value) = &self.message {
                map.serialize_entry("message", value)?;
            }
            map.end()
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
        Unknown(String),
    }
    impl Gender {
        /// Every known value, in documentation order.
        pub const ALL: &'static [Self] = &[Self::Male, Self::Female];
        /// Reads a wire value; one the crate does not know becomes [`Self::Unknown`].
        pub fn from_wire(value: &str) -> Self {
            match value {
                "M" => Self::Male,
                "F" => Self::Female,
                other => Self::Unknown(other.to_owned()),
            }
        }
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Male => "M",
                Self::Female => "F",
                Self::Unknown(raw) => raw,
            }
        }
        /// Whether this is a value the crate does not know.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl std::fmt::Display for Gender {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl std::str::FromStr for Gender {
        type Err = std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(Self::from_wire(value))
        }
    }
    impl serde::Serialize for Gender {
        fn serialize<S: serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> serde::Deserialize<'de> for Gender {
        fn deserialize<D: serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            crate::wire::deserialize_enum(deserializer, Self::from_wire)
        }
    }
    /// An activity a bot shows in a dialog while it works.
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
        Unknown(String),
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
                other => Self::Unknown(other.to_owned()),
            }
        }
        /// The value as sent on the wire.
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
                Self::Unknown(raw) => raw,
            }
        }
        /// Whether this is a value the crate does not know.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl std::fmt::Display for InputActionStatus {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl std::str::FromStr for InputActionStatus {
        type Err = std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(Self::from_wire(value))
        }
    }
    impl serde::Serialize for InputActionStatus {
        fn serialize<S: serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> serde::Deserialize<'de> for InputActionStatus {
        fn deserialize<D: serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            crate::wire::deserialize_enum(deserializer, Self::from_wire)
        }
    }
    /// A chat message as the imbot.v2 methods return it.
    #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
    #[non_exhaustive]
    pub struct Message {
        /// The message's id.
        ///
        /// Wire name: `id`.
        pub id: i64,
        /// Id of the chat the message is in.
        ///
        /// Wire name: `chatId`.
        #[serde(rename = "chatId")]
        pub chat_id: Option<i64>,
        /// User id of the author; `0` for a system message.
        ///
        /// Wire name: `authorId`.
        #[serde(rename = "authorId")]
        pub author_id: Option<i64>,
        /// When the message was posted (ISO 8601).
        ///
        /// Wire name: `date`.
        pub date: Option<String>,
        /// The text, at most 20,000 characters; the portal cuts longer text and appends ` (...)`.
        ///
        /// Wire name: `text`.
        pub text: Option<String>,
        /// Whether this is a system message.
        ///
        /// Wire name: `isSystem`.
        #[serde(rename = "isSystem")]
        pub is_system: Option<bool>,
        /// The client's id of the message, used against duplicates.
        ///
        /// Wire name: `uuid`.
        pub uuid: Option<String>,
        /// Where a forwarded message comes from, or null.
        ///
        /// Wire name: `forward`.
        pub forward: Option<crate::imbot::MessageForward>,
        /// Extra parts of the message: attachments, keyboard, files and more.
        ///
        /// Wire name: `params`.
        pub params: Option<serde_json::Map<String, serde_json::Value>>,
        /// Whether another member has read the message.
        ///
        /// Wire name: `viewedByOthers`.
        #[serde(rename = "viewedByOthers")]
        pub viewed_by_others: Option<bool>,
        /// Whether the calling user has not read it yet; method responses only.
        ///
        /// Wire name: `unread`.
        pub unread: Option<bool>,
        /// Whether the calling user has seen it; method responses only.
        ///
        /// Wire name: `viewed`.
        pub viewed: Option<bool>,
    }
    impl serde::Serialize for Message {
        fn serialize<S: serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            use serde::ser::SerializeMap as _;
            let mut map = serializer.serialize_map(None)?;
            let value = &self.id;
            map.serialize_entry("id", value)?;
            if let Some(value) = &self.chat_id {
                map.serialize_entry("chatId", value)?;
            }
            if let Some(value) = &self.author_id {
                map.serialize_entry("authorId", value)?;
            }
            if let Some(value) = &self.date {
                map.serialize_entry("date", value)?;
            }
            if let Some(value) = &self.text {
                map.serialize_entry("text", value)?;
            }
            if let Some(value) = &self.is_system {
                map.serialize_entry("isSystem", value)?;
            }
            if let Some(value) = &self.uuid {
                map.serialize_entry("uuid", value)?;
            }
            if let Some(value) = &self.forward {
                map.serialize_entry("forward", value)?;
            }
            if let Some(value) = &self.params {
                map.serialize_entry("params", value)?;
            }
            if let Some(value) = &self.viewed_by_others {
                map.serialize_entry("viewedByOthers", value)?;
            }
            if let Some(value) = &self.unread {
                map.serialize_entry("unread", value)?;
            }
            if let Some(value) = &self.viewed {
                map.serialize_entry("viewed", value)?;
            }
            map.end()
        }
    }
    /// The origin of a forwarded message.
    #[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
    #[non_exhaustive]
    pub struct MessageForward {
        /// Id of the original message.
        ///
        /// Wire name: `id`.
        pub id: Option<i64>,
        /// Author of the original message.
        ///
        /// Wire name: `userId`.
        #[serde(rename = "userId")]
        pub user_id: Option<i64>,
        /// Chat of the original message.
        ///
        /// Wire name: `chatId`.
        #[serde(rename = "chatId")]
        pub chat_id: Option<i64>,
        /// When the original was posted (ISO 8601).
        ///
        /// Wire name: `date`.
        pub date: Option<String>,
    }
    impl serde::Serialize for MessageForward {
        fn serialize<S: serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            use serde::ser::SerializeMap as _;
            let mut map = serializer.serialize_map(None)?;
            if let Some(value) = &self.id {
                map.serialize_entry("id", value)?;
            }
            if let Some(value) = &self.user_id {
                map.serialize_entry("userId", value)?;
            }
            if let Some(value) = &self.chat_id {
                map.serialize_entry("chatId", value)?;
            }
            if let Some(value) = &self.date {
                map.serialize_entry("date", value)?;
            }
            map.end()
        }
    }
    /// What `imbot.v2.Chat.Message.send` posts.
    #[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
    #[non_exhaustive]
    pub struct MessageSendFields {
        /// The text, at most 20,000 characters; the portal cuts longer text and appends ` (...)`.
        ///
        /// Wire name: `message`.
        pub message: Option<String>,
        /// Attachment blocks, as built by the attachment constructor.
        ///
        /// Wire name: `attach`.
        pub attach: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
        /// Buttons under the message.
        ///
        /// Wire name: `keyboard`.
        pub keyboard: Option<Vec<crate::KeyboardButton>>,
        /// Whether to post it as a system message.
        ///
        /// Wire name: `system`. Default: `false`.
        pub system: Option<bool>,
        /// Whether links in the text get a preview.
        ///
        /// Wire name: `urlPreview`. Default: `true`.
        #[serde(rename = "urlPreview")]
        pub url_preview: Option<bool>,
        /// Id of the message this one replies to.
        ///
        /// Wire name: `replyId`.
        #[serde(rename = "replyId")]
        pub reply_id: Option<i64>,
        /// UUID of a message template.
        ///
        /// Wire name: `templateId`.
        #[serde(rename = "templateId")]
        pub template_id: Option<String>,
        /// Messages to forward: ids of the originals keyed by UUIDs of your choice; the result's `uuidMap` gives the copies under the same keys. At most 100, from chats the bot is in.
        ///
        /// Wire name: `forwardIds`.
        #[serde(rename = "forwardIds")]
        pub forward_ids: Option<std::collections::BTreeMap<String, i64>>,
    }
    impl MessageSendFields {
        /// Starts with every parameter unset.
        pub fn new() -> Self {
            Self::default()
        }
        /// The text, at most 20,000 characters; the portal cuts longer text and appends ` (...)`.
        ///
        /// Wire name: `message`.
        pub fn message(mut self, message: impl Into<String>) -> Self {
            self.message = Some(message.into());
            self
        }
        /// Attachment blocks, as built by the attachment constructor.
        ///
        /// Wire name: `attach`.
        pub fn attach(
            mut self,
            attach: impl IntoIterator<Item = serde_json::Map<String, serde_json::Value>>,
        ) -> Self {
            self.attach = Some(attach.into_iter().collect());
            self
        }
        /// Buttons under the message.
        ///
        /// Wire name: `keyboard`.
        pub fn keyboard(
            mut self,
            keyboard: impl IntoIterator<Item = crate::KeyboardButton>,
        ) -> Self {
            self.keyboard = Some(keyboard.into_iter().collect());
            self
        }
        /// Whether to post it as a system message.
        ///
        /// Wire name: `system`. Default: `false`.
        pub fn system(mut self, system: bool) -> Self {
            self.system = Some(system);
            self
        }
        /// Whether links in the text get a preview.
        ///
        /// Wire name: `urlPreview`. Default: `true`.
        pub fn url_preview(mut self, url_preview: bool) -> Self {
            self.url_preview = Some(url_preview);
            self
        }
        /// Id of the message this one replies to.
        ///
        /// Wire name: `replyId`.
        pub fn reply_id(mut self, reply_id: i64) -> Self {
            self.reply_id = Some(reply_id);
            self
        }
        /// UUID of a message template.
        ///
        /// Wire name: `templateId`.
        pub fn template_id(mut self, template_id: impl Into<String>) -> Self {
            self.template_id = Some(template_id.into());
            self
        }
        /// Messages to forward: ids of the originals keyed by UUIDs of your choice; the result's `uuidMap` gives the copies under the same keys. At most 100, from chats the bot is in.
        ///
        /// Wire name: `forwardIds`.
        pub fn forward_ids(
            mut self,
            forward_ids: impl IntoIterator<Item = (impl Into<String>, i64)>,
        ) -> Self {
            self.forward_ids = Some(
                forward_ids.into_iter().map(|(key, value)| (key.into(), value)).collect(),
            );
            self
        }
    }
    impl serde::Serialize for MessageSendFields {
        fn serialize<S: serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            use serde::ser::SerializeMap as _;
            let mut map = serializer.serialize_map(None)?;
            if let Some(value) = &self.message {
                map.serialize_entry("message", value)?;
            }
            if let Some(value) = &self.attach {
                map.serialize_entry("attach", value)?;
            }
            if let Some(value) = &self.keyboard {
                map.serialize_entry("keyboard", value)?;
            }
            if let Some(value) = &self.system {
                map.serialize_entry("system", value)?;
            }
            if let Some(value) = &self.url_preview {
                map.serialize_entry("urlPreview", value)?;
            }
            if let Some(value) = &self.reply_id {
                map.serialize_entry("replyId", value)?;
            }
            if let Some(value) = &self.template_id {
                map.serialize_entry("templateId", value)?;
            }
            if let Some(value) = &self.forward_ids {
                map.serialize_entry("forwardIds", value)?;
            }
            map.end()
        }
    }
    /// What `imbot.v2.Chat.Message.update` changes.
    #[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
    #[non_exhaustive]
    pub struct MessageUpdateFields {
        /// The new text, at most 20,000 characters.
        ///
        /// Wire name: `message`.
        pub message: Option<String>,
        /// New attachment blocks.
        ///
        /// Wire name: `attach`.
        pub attach: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
        /// New buttons, or the text `N` to remove the keyboard.
        ///
        /// Wire name: `keyboard`.
        pub keyboard: Option<serde_json::Value>,
        /// Whether links in the text get a preview, as `Y` or `N`.
        ///
        /// Wire name: `urlPreview`. Default: `Y`.
        #[serde(rename = "urlPreview")]
        pub url_preview: Option<crate::YesNo>,
    }
    impl MessageUpdateFields {
        /// Starts with every parameter unset.
        pub fn new() -> Self {
            Self::default()
        }
        /// The new text, at most 20,000 characters.
        ///
        /// Wire name: `message`.
        pub fn message(mut self, message: impl Into<String>) -> Self {
            self.message = Some(message.into());
            self
        }
        /// New attachment blocks.
        ///
        /// Wire name: `attach`.
        pub fn attach(
            mut self,
            attach: impl IntoIterator<Item = serde_json::Map<String, serde_json::Value>>,
        ) -> Self {
            self.attach = Some(attach.into_iter().collect());
            self
        }
        /// New buttons, or the text `N` to remove the keyboard.
        ///
        /// Wire name: `keyboard`.
        pub fn keyboard(mut self, keyboard: serde_json::Value) -> Self {
            self.keyboard = Some(keyboard);
            self
        }
        /// Whether links in the text get a preview, as `Y` or `N`.
        ///
        /// Wire name: `urlPreview`. Default: `Y`.
        pub fn url_preview(mut self, url_preview: crate::YesNo) -> Self {
            self.url_preview = Some(url_preview);
            self
        }
    }
    impl serde::Serialize for MessageUpdateFields {
        fn serialize<S: serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            use serde::ser::SerializeMap as _;
            let mut map = serializer.serialize_map(None)?;
            if let Some(value) = &self.message {
                map.serialize_entry("message", value)?;
            }
            if let Some(value) = &self.attach {
                map.serialize_entry("attach", value)?;
            }
            if let Some(value) = &self.keyboard {
                map.serialize_entry("keyboard", value)?;
            }
            if let Some(value) = &self.url_preview {
                map.serialize_entry("urlPreview", value)?;
            }
            map.end()
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
        Unknown(String),
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
                other => Self::Unknown(other.to_owned()),
            }
        }
        /// The value as sent on the wire.
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
                Self::Unknown(raw) => raw,
            }
        }
        /// Whether this is a value the crate does not know.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl std::fmt::Display for Reaction {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl std::str::FromStr for Reaction {
        type Err = std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(Self::from_wire(value))
        }
    }
    impl serde::Serialize for Reaction {
        fn serialize<S: serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> serde::Deserialize<'de> for Reaction {
        fn deserialize<D: serde::Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Self, D::Error> {
            crate::wire::deserialize_enum(deserializer, Self::from_wire)
        }
    }
    /// A sort direction.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum SortDirection {
        /// `ASC`: Smallest first.
        Ascending,
        /// `DESC`: Largest first.
        Descending,
        /// A value this version of the crate does not know, kept as received.
        Unknown(String),
    }
    impl SortDirection {
        /// Every known value, in documentation order.
        pub const ALL: &'static [Self] = &[Self::Ascending, Self::Descending];
        /// Reads a wire value; one the crate does not know becomes [`Self::Unknown`].
        pub fn from_wire(value: &str) -> Self {
            match value {
                "ASC" => Self::Ascending,
                "DESC" => Self::Descending,
                other => Self::Unknown(other.to_owned()),
            }
        }
        /// The value as sent on the wire.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Ascending => "ASC",
                Self::Descending => "DESC",
                Self::Unknown(raw) => raw,
            }
        }
        /// Whether this is a value the crate does not know.
        pub fn is_unknown(&self) -> bool {
            matches!(self, Self::Unknown(_))
        }
    }
    impl std::fmt::Display for SortDirection {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl std::str::FromStr for SortDirection {
        type Err = std::convert::Infallible;
        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Ok(Self::from_wire(value))
        }
    }
    impl serde::Serialize for SortDirection {
        fn serialize<S: serde::Serializer>(
            &self,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> serde::Deserialize<'de> for SortDirection {
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
        /// The user's gender.
        ///
        /// Wire name: `gender`.
        pub gender: Option<crate::imbot::Gender>,
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
        /// The `imbot.v2.Bot.*` methods.
        pub mod bot {
            /// Reads a bot, by id or by code; useful to see whether a bot is installed.
            ///
            /// The application that owns the bot gets the fields only an owner sees
            /// (`moduleId`, `eventMode`, the counters); other callers get the common ones.
            /// Give `botId` or `code`.
            ///
            /// Wire name `imbot.v2.Bot.get`, scope `imbot`. Who may call it: an authorized user. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            ///
            /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-get.html>
            #[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
            #[non_exhaustive]
            pub struct Get {
                /// Id of the bot; needed unless `code` is given.
                ///
                /// Wire name: `botId`.
                #[serde(rename = "botId")]
                pub bot_id: Option<i64>,
                /// Code of the bot; needed unless `botId` is given.
                ///
                /// Wire name: `code`.
                pub code: Option<String>,
                /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                ///
                /// Wire name: `botToken`. Required with webhook auth.
                #[serde(rename = "botToken")]
                pub bot_token: Option<crate::Secret>,
                /// Parameters the schema does not describe, sent as given after the
                /// typed ones. Set them with [`Self::param`].
                #[serde(flatten)]
                pub extra: serde_json::Map<String, serde_json::Value>,
            }
            impl Get {
                /// Starts with every parameter unset.
                pub fn new() -> Self {
                    Self::default()
                }
                /// Id of the bot; needed unless `code` is given.
                ///
                /// Wire name: `botId`.
                pub fn bot_id(mut self, bot_id: i64) -> Self {
                    self.bot_id = Some(bot_id);
                    self
                }
                /// Code of the bot; needed unless `botId` is given.
                ///
                /// Wire name: `code`.
                pub fn code(mut self, code: impl Into<String>) -> Self {
                    self.code = Some(code.into());
                    self
                }
                /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                ///
                /// Wire name: `botToken`. Required with webhook auth.
                pub fn bot_token(mut self, bot_token: impl Into<crate::Secret>) -> Self {
                    self.bot_token = Some(bot_token.into());
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
            impl crate::Method for Get {
                const NAME: &'static str = "imbot.v2.Bot.get";
                const INFO: &'static crate::schema::MethodInfo = &GET_INFO;
                type Output = GetResult;
                type Error = GetError;
            }
            impl serde::Serialize for Get {
                fn serialize<S: serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    use serde::ser::SerializeMap as _;
                    let mut map = serializer.serialize_map(None)?;
                    if let Some(value) = &self.bot_id {
                        map.serialize_entry("botId", value)?;
                    }
                    if let Some(value) = &self.code {
                        map.serialize_entry("code", value)?;
                    }
                    if let Some(value) = &self.bot_token {
                        map.serialize_entry("botToken", value)?;
                    }
                    for (name, value) in &self.extra {
                        map.serialize_entry(name, value)?;
                    }
                    map.end()
                }
            }
            /// What `imbot.v2.Bot.get` returns: The bot and its users.
            #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
            #[non_exhaustive]
            pub struct GetResult {
                /// The bot.
                ///
                /// Wire name: `bot`.
                pub bot: crate::imbot::Bot,
                /// The users the bot is linked to.
                ///
                /// Wire name: `users`.
                pub users: Option<Vec<crate::imbot::User>>,
            }
            impl serde::Serialize for GetResult {
                fn serialize<S: serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    use serde::ser::SerializeMap as _;
                    let mut map = serializer.serialize_map(None)?;
                    let value = &self.bot;
                    map.serialize_entry("bot", value)?;
                    if let Some(value) = &self.users {
                        map.serialize_entry("users", value)?;
                    }
                    map.end()
                }
            }
            /// An error code `imbot.v2.Bot.get` can return: its own codes, the system codes every method shares, or a code this crate does not know yet.
            #[derive(Debug, Clone, PartialEq, Eq)]
            #[non_exhaustive]
            pub enum GetError {
                /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                BotTokenNotSpecified,
                /// `PARAMS_REQUIRED` (HTTP 400): Neither `botId` nor `code` was given.
                ParamsRequired,
                /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                BotNotFound,
                /// A system error, which any method may return.
                System(crate::SystemError),
                /// A code this version of the crate does not know, as received.
                Unknown(String),
            }
            /// The error table of `imbot.v2.Bot.get`, in documentation order.
            pub static GET_ERRORS: [crate::schema::ErrorInfo; 3] = [
                crate::schema::ErrorInfo {
                    code: "BOT_TOKEN_NOT_SPECIFIED",
                    status: Some(400),
                    message: "Bot token is not specified",
                    meaning: "`botToken` was not given, and webhook auth needs it.",
                    retry_safe: true,
                    legacy: false,
                },
                crate::schema::ErrorInfo {
                    code: "PARAMS_REQUIRED",
                    status: Some(400),
                    message: "Required parameters are missing",
                    meaning: "Neither `botId` nor `code` was given.",
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
            ];
            impl crate::MethodError for GetError {
                fn from_code(code: &str) -> Self {
                    match code {
                        "BOT_TOKEN_NOT_SPECIFIED" => Self::BotTokenNotSpecified,
                        "PARAMS_REQUIRED" => Self::ParamsRequired,
                        "BOT_NOT_FOUND" => Self::BotNotFound,
                        _ => {
                            match <crate::SystemError as crate::MethodError>::from_code(
                                code,
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
                        Self::ParamsRequired => "PARAMS_REQUIRED",
                        Self::BotNotFound => "BOT_NOT_FOUND",
                        Self::System(system) => system.code(),
                        Self::Unknown(code) => code,
                    }
                }
                fn info(&self) -> Option<&'static crate::schema::ErrorInfo> {
                    match self {
                        Self::BotTokenNotSpecified => Some(&GET_ERRORS[0]),
                        Self::ParamsRequired => Some(&GET_ERRORS[1]),
                        Self::BotNotFound => Some(&GET_ERRORS[2]),
                        Self::System(system) => system.info(),
                        Self::Unknown(_) => None,
                    }
                }
            }
            impl std::fmt::Display for GetError {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    crate::schema::describe_error(self, f)
                }
            }
            impl std::error::Error for GetError {}
            /// What the schema says about `imbot.v2.Bot.get`: its params, result and errors.
            pub static GET_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                name: "imbot.v2.Bot.get",
                scope: "imbot",
                summary: "Reads a bot, by id or by code; useful to see whether a bot is installed.",
                docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-get.html",
                who: "an authorized user",
                idempotent: true,
                auth: &[
                    crate::schema::AuthMode::Webhook,
                    crate::schema::AuthMode::Oauth,
                ],
                params: &[
                    crate::schema::ParamInfo {
                        name: "botId",
                        ty: "integer",
                        required: false,
                        required_with: None,
                        default: None,
                        doc: "Id of the bot; needed unless `code` is given.",
                        secret: false,
                        values: &[],
                        fields: &[],
                    },
                    crate::schema::ParamInfo {
                        name: "code",
                        ty: "string",
                        required: false,
                        required_with: None,
                        default: None,
                        doc: "Code of the bot; needed unless `botId` is given.",
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
                ],
                result: "object",
                errors: &GET_ERRORS,
            };
            /// Lists the bots of the calling application, with the fields only an owner sees.
            ///
            /// An application without bots, or an unknown `filter.type`, gets an empty list rather than an error.
            ///
            /// Wire name `imbot.v2.Bot.list`, scope `imbot`. Who may call it: owner of the registered bot. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            ///
            /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-list.html>
            #[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
            #[non_exhaustive]
            pub struct List {
                /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                ///
                /// Wire name: `botToken`. Required with webhook auth.
                #[serde(rename = "botToken")]
                pub bot_token: Option<crate::Secret>,
                /// Which bots to list.
                ///
                /// Wire name: `filter`.
                pub filter: Option<crate::imbot::BotListFilter>,
                /// How many bots per page.
                ///
                /// Wire name: `limit`. Default: `50`.
                pub limit: Option<i64>,
                /// How many bots to skip, for paging.
                ///
                /// Wire name: `offset`. Default: `0`.
                pub offset: Option<i64>,
                /// Parameters the schema does not describe, sent as given after the
                /// typed ones. Set them with [`Self::param`].
                #[serde(flatten)]
                pub extra: serde_json::Map<String, serde_json::Value>,
            }
            impl List {
                /// Starts with every parameter unset.
                pub fn new() -> Self {
                    Self::default()
                }
                /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                ///
                /// Wire name: `botToken`. Required with webhook auth.
                pub fn bot_token(mut self, bot_token: impl Into<crate::Secret>) -> Self {
                    self.bot_token = Some(bot_token.into());
                    self
                }
                /// Which bots to list.
                ///
                /// Wire name: `filter`.
                pub fn filter(mut self, filter: crate::imbot::BotListFilter) -> Self {
                    self.filter = Some(filter);
                    self
                }
                /// How many bots per page.
                ///
                /// Wire name: `limit`. Default: `50`.
                pub fn limit(mut self, limit: i64) -> Self {
                    self.limit = Some(limit);
                    self
                }
                /// How many bots to skip, for paging.
                ///
                /// Wire name: `offset`. Default: `0`.
                pub fn offset(mut self, offset: i64) -> Self {
                    self.offset = Some(offset);
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
            impl crate::Method for List {
                const NAME: &'static str = "imbot.v2.Bot.list";
                const INFO: &'static crate::schema::MethodInfo = &LIST_INFO;
                type Output = ListResult;
                type Error = ListError;
            }
            impl serde::Serialize for List {
                fn serialize<S: serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    use serde::ser::SerializeMap as _;
                    let mut map = serializer.serialize_map(None)?;
                    if let Some(value) = &self.bot_token {
                        map.serialize_entry("botToken", value)?;
                    }
                    if let Some(value) = &self.filter {
                        map.serialize_entry("filter", value)?;
                    }
                    if let Some(value) = &self.limit {
                        map.serialize_entry("limit", value)?;
                    }
                    if let Some(value) = &self.offset {
                        map.serialize_entry("offset", value)?;
                    }
                    for (name, value) in &self.extra {
                        map.serialize_entry(name, value)?;
                    }
                    map.end()
                }
            }
            /// What `imbot.v2.Bot.list` returns: A page of bots.
            #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
            #[non_exhaustive]
            pub struct ListResult {
                /// The bots.
                ///
                /// Wire name: `bots`.
                pub bots: Vec<crate::imbot::Bot>,
                /// The users the bots are linked to.
                ///
                /// Wire name: `users`.
                pub users: Option<Vec<crate::imbot::User>>,
                /// Whether another page follows.
                ///
                /// Wire name: `hasNextPage`.
                #[serde(rename = "hasNextPage")]
                pub has_next_page: Option<bool>,
            }
            impl serde::Serialize for ListResult {
                fn serialize<S: serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    use serde::ser::SerializeMap as _;
                    let mut map = serializer.serialize_map(None)?;
                    let value = &self.bots;
                    map.serialize_entry("bots", value)?;
                    if let Some(value) = &self.users {
                        map.serialize_entry("users", value)?;
                    }
                    if let Some(value) = &self.has_next_page {
                        map.serialize_entry("hasNextPage", value)?;
                    }
                    map.end()
                }
            }
            /// An error code `imbot.v2.Bot.list` can return: its own codes, the system codes every method shares, or a code this crate does not know yet.
            #[derive(Debug, Clone, PartialEq, Eq)]
            #[non_exhaustive]
            pub enum ListError {
                /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                BotTokenNotSpecified,
                /// A system error, which any method may return.
                System(crate::SystemError),
                /// A code this version of the crate does not know, as received.
                Unknown(String),
            }
            /// The error table of `imbot.v2.Bot.list`, in documentation order.
            pub static LIST_ERRORS: [crate::schema::ErrorInfo; 1] = [
                crate::schema::ErrorInfo {
                    code: "BOT_TOKEN_NOT_SPECIFIED",
                    status: Some(400),
                    message: "Bot token is not specified",
                    meaning: "`botToken` was not given, and webhook auth needs it.",
                    retry_safe: true,
                    legacy: false,
                },
            ];
            impl crate::MethodError for ListError {
                fn from_code(code: &str) -> Self {
                    match code {
                        "BOT_TOKEN_NOT_SPECIFIED" => Self::BotTokenNotSpecified,
                        _ => {
                            match <crate::SystemError as crate::MethodError>::from_code(
                                code,
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
                        Self::System(system) => system.code(),
                        Self::Unknown(code) => code,
                    }
                }
                fn info(&self) -> Option<&'static crate::schema::ErrorInfo> {
                    match self {
                        Self::BotTokenNotSpecified => Some(&LIST_ERRORS[0]),
                        Self::System(system) => system.info(),
                        Self::Unknown(_) => None,
                    }
                }
            }
            impl std::fmt::Display for ListError {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    crate::schema::describe_error(self, f)
                }
            }
            impl std::error::Error for ListError {}
            /// What the schema says about `imbot.v2.Bot.list`: its params, result and errors.
            pub static LIST_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                name: "imbot.v2.Bot.list",
                scope: "imbot",
                summary: "Lists the bots of the calling application, with the fields only an owner sees.",
                docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-list.html",
                who: "owner of the registered bot",
                idempotent: true,
                auth: &[
                    crate::schema::AuthMode::Webhook,
                    crate::schema::AuthMode::Oauth,
                ],
                params: &[
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
                        name: "filter",
                        ty: "BotListFilter",
                        required: false,
                        required_with: None,
                        default: None,
                        doc: "Which bots to list.",
                        secret: false,
                        values: &[],
                        fields: &[
                            crate::schema::ParamInfo {
                                name: "type",
                                ty: "BotKind",
                                required: false,
                                required_with: None,
                                default: None,
                                doc: "Only bots of this kind.",
                                secret: false,
                                values: &[
                                    "bot",
                                    "supervisor",
                                    "personal",
                                    "openline",
                                    "network",
                                ],
                                fields: &[],
                            },
                        ],
                    },
                    crate::schema::ParamInfo {
                        name: "limit",
                        ty: "integer",
                        required: false,
                        required_with: None,
                        default: Some("50"),
                        doc: "How many bots per page.",
                        secret: false,
                        values: &[],
                        fields: &[],
                    },
                    crate::schema::ParamInfo {
                        name: "offset",
                        ty: "integer",
                        required: false,
                        required_with: None,
                        default: Some("0"),
                        doc: "How many bots to skip, for paging.",
                        secret: false,
                        values: &[],
                        fields: &[],
                    },
                ],
                result: "object",
                errors: &LIST_ERRORS,
            };
            /// Registers a chat bot for the calling application.
            ///
            /// Registering again with the same `fields.code` from the same application
            /// returns the bot registered first, unchanged; `imbot.v2.Bot.update` changes it.
            ///
            /// Wire name `imbot.v2.Bot.register`, scope `imbot`. Who may call it: an authorized user. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            ///
            /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-register.html>
            #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
            #[non_exhaustive]
            pub struct Register {
                /// The bot to register.
                ///
                /// Wire name: `fields`.
                pub fields: crate::imbot::BotRegisterFields,
                /// Parameters the schema does not describe, sent as given after the
                /// typed ones. Set them with [`Self::param`].
                #[serde(flatten)]
                pub extra: serde_json::Map<String, serde_json::Value>,
            }
            impl Register {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `fields` (`fields`): The bot to register.
                pub fn new(fields: crate::imbot::BotRegisterFields) -> Self {
                    Self {
                        fields,
                        extra: serde_json::Map::new(),
                    }
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
            impl crate::Method for Register {
                const NAME: &'static str = "imbot.v2.Bot.register";
                const INFO: &'static crate::schema::MethodInfo = &REGISTER_INFO;
                type Output = RegisterResult;
                type Error = RegisterError;
            }
            impl serde::Serialize for Register {
                fn serialize<S: serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    use serde::ser::SerializeMap as _;
                    let mut map = serializer.serialize_map(None)?;
                    let value = &self.fields;
                    map.serialize_entry("fields", value)?;
                    for (name, value) in &self.extra {
                        map.serialize_entry(name, value)?;
                    }
                    map.end()
                }
            }
            /// What `imbot.v2.Bot.register` returns: The bot and its users.
            #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
            #[non_exhaustive]
            pub struct RegisterResult {
                /// The bot, with the fields only its owner sees.
                ///
                /// Wire name: `bot`.
                pub bot: crate::imbot::Bot,
                /// The users the bot is linked to.
                ///
                /// Wire name: `users`.
                pub users: Option<Vec<crate::imbot::User>>,
            }
            impl serde::Serialize for RegisterResult {
                fn serialize<S: serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    use serde::ser::SerializeMap as _;
                    let mut map = serializer.serialize_map(None)?;
                    let value = &self.bot;
                    map.serialize_entry("bot", value)?;
                    if let Some(value) = &self.users {
                        map.serialize_entry("users", value)?;
                    }
                    map.end()
                }
            }
            /// An error code `imbot.v2.Bot.register` can return: its own codes, the system codes every method shares, or a code this crate does not know yet.
            #[derive(Debug, Clone, PartialEq, Eq)]
            #[non_exhaustive]
            pub enum RegisterError {
                /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `fields.botToken` was not given, and webhook auth needs it.
                BotTokenNotSpecified,
                /// `BOT_CODE_REQUIRED` (HTTP 400): `fields.code` was not given.
                BotCodeRequired,
                /// `BOT_PROPERTIES_REQUIRED` (HTTP 400): `fields.properties` (the bot's name) was not given.
                BotPropertiesRequired,
                /// `BOT_CODE_ALREADY_TAKEN` (HTTP 400): Another application registered a bot with this code.
                BotCodeAlreadyTaken,
                /// `BOT_INVALID_TYPE` (HTTP 400): `fields.type` is not one of `bot`, `network`, `openline`, `supervisor`, `personal`.
                BotInvalidType,
                /// `BOT_INVALID_EVENT_MODE` (HTTP 400): `eventMode` is neither `fetch` nor `webhook`.
                BotInvalidEventMode,
                /// `BOT_WEBHOOK_URL_REQUIRED` (HTTP 400): `fields.eventMode` is `webhook` but `fields.webhookUrl` was not given.
                BotWebhookUrlRequired,
                /// `BOT_REGISTER_FAILED` (HTTP 400): The portal could not register the bot.
                BotRegisterFailed,
                /// `BOT_INVALID_CALLBACK` (HTTP 400): The handler URL is not valid.
                BotInvalidCallback,
                /// `BOT_LIMIT_EXCEEDED` (HTTP 400): The application already has the most bots allowed (100).
                BotLimitExceeded,
                /// `BOT_AVATAR_INCORRECT_TYPE` (HTTP 400): The avatar is not an image (`image/*`).
                BotAvatarIncorrectType,
                /// `BOT_AVATAR_INCORRECT_SIZE` (HTTP 400): The avatar is larger than 5000×5000 pixels.
                BotAvatarIncorrectSize,
                /// A system error, which any method may return.
                System(crate::SystemError),
                /// A code this version of the crate does not know, as received.
                Unknown(String),
            }
            /// The error table of `imbot.v2.Bot.register`, in documentation order.
            pub static REGISTER_ERRORS: [crate::schema::ErrorInfo; 12] = [
                crate::schema::ErrorInfo {
                    code: "BOT_TOKEN_NOT_SPECIFIED",
                    status: Some(400),
                    message: "Bot token is not specified",
                    meaning: "`fields.botToken` was not given, and webhook auth needs it.",
                    retry_safe: true,
                    legacy: false,
                },
                crate::schema::ErrorInfo {
                    code: "BOT_CODE_REQUIRED",
                    status: Some(400),
                    message: "Bot code is required",
                    meaning: "`fields.code` was not given.",
                    retry_safe: true,
                    legacy: false,
                },
                crate::schema::ErrorInfo {
                    code: "BOT_PROPERTIES_REQUIRED",
                    status: Some(400),
                    message: "Bot properties are required",
                    meaning: "`fields.properties` (the bot's name) was not given.",
                    retry_safe: true,
                    legacy: false,
                },
                crate::schema::ErrorInfo {
                    code: "BOT_CODE_ALREADY_TAKEN",
                    status: Some(400),
                    message: "Bot code is already taken",
                    meaning: "Another application registered a bot with this code.",
                    retry_safe: true,
                    legacy: false,
                },
                crate::schema::ErrorInfo {
                    code: "BOT_INVALID_TYPE",
                    status: Some(400),
                    message: "Invalid bot type",
                    meaning: "`fields.type` is not one of `bot`, `network`, `openline`, `supervisor`, `personal`.",
                    retry_safe: true,
                    legacy: false,
                },
                crate::schema::ErrorInfo {
                    code: "BOT_INVALID_EVENT_MODE",
                    status: Some(400),
                    message: "Invalid event mode",
                    meaning: "`eventMode` is neither `fetch` nor `webhook`.",
                    retry_safe: true,
                    legacy: false,
                },
                crate::schema::ErrorInfo {
                    code: "BOT_WEBHOOK_URL_REQUIRED",
                    status: Some(400),
                    message: "Webhook URL is required",
                    meaning: "`fields.eventMode` is `webhook` but `fields.webhookUrl` was not given.",
                    retry_safe: true,
                    legacy: false,
                },
                crate::schema::ErrorInfo {
                    code: "BOT_REGISTER_FAILED",
                    status: Some(400),
                    message: "Bot registration failed",
                    meaning: "The portal could not register the bot.",
                    retry_safe: false,
                    legacy: false,
                },
                crate::schema::ErrorInfo {
                    code: "BOT_INVALID_CALLBACK",
                    status: Some(400),
                    message: "Invalid callback URL",
                    meaning: "The handler URL is not valid.",
                    retry_safe: true,
                    legacy: false,
                },
                crate::schema::ErrorInfo {
                    code: "BOT_LIMIT_EXCEEDED",
                    status: Some(400),
                    message: "Bot limit exceeded",
                    meaning: "The application already has the most bots allowed (100).",
                    retry_safe: true,
                    legacy: false,
                },
                crate::schema::ErrorInfo {
                    code: "BOT_AVATAR_INCORRECT_TYPE",
                    status: Some(400),
                    message: "Avatar must be an image",
                    meaning: "The avatar is not an image (`image/*`).",
                    retry_safe: true,
                    legacy: false,
                },
                crate::schema::ErrorInfo {
                    code: "BOT_AVATAR_INCORRECT_SIZE",
                    status: Some(400),
                    message: "Avatar exceeds maximum size",
                    meaning: "The avatar is larger than 5000×5000 pixels.",
                    retry_safe: true,
                    legacy: false,
                },
            ];
            impl crate::MethodError for RegisterError {
                fn from_code(code: &str) -> Self {
                    match code {
                        "BOT_TOKEN_NOT_SPECIFIED" => Self::BotTokenNotSpecified,
                        "BOT_CODE_REQUIRED" => Self::BotCodeRequired,
                        "BOT_PROPERTIES_REQUIRED" => Self::BotPropertiesRequired,
                        "BOT_CODE_ALREADY_TAKEN" => Self::BotCodeAlreadyTaken,
                        "BOT_INVALID_TYPE" => Self::BotInvalidType,
                        "BOT_INVALID_EVENT_MODE" => Self::BotInvalidEventMode,
                        "BOT_WEBHOOK_URL_REQUIRED" => Self::BotWebhookUrlRequired,
                        "BOT_REGISTER_FAILED" => Self::BotRegisterFailed,
                        "BOT_INVALID_CALLBACK" => Self::BotInvalidCallback,
                        "BOT_LIMIT_EXCEEDED" => Self::BotLimitExceeded,
                        "BOT_AVATAR_INCORRECT_TYPE" => Self::BotAvatarIncorrectType,
                        "BOT_AVATAR_INCORRECT_SIZE" => Self::BotAvatarIncorrectSize,
                        _ => {
                            match <crate::SystemError as crate::MethodError>::from_code(
                                code,
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
                        Self::BotCodeRequired => "BOT_CODE_REQUIRED",
                        Self::BotPropertiesRequired => "BOT_PROPERTIES_REQUIRED",
                        Self::BotCodeAlreadyTaken => "BOT_CODE_ALREADY_TAKEN",
                        Self::BotInvalidType => "BOT_INVALID_TYPE",
                        Self::BotInvalidEventMode => "BOT_INVALID_EVENT_MODE",
                        Self::BotWebhookUrlRequired => "BOT_WEBHOOK_URL_REQUIRED",
                        Self::BotRegisterFailed => "BOT_REGISTER_FAILED",
                        Self::BotInvalidCallback => "BOT_INVALID_CALLBACK",
                        Self::BotLimitExceeded => "BOT_LIMIT_EXCEEDED",
                        Self::BotAvatarIncorrectType => "BOT_AVATAR_INCORRECT_TYPE",
                        Self::BotAvatarIncorrectSize => "BOT_AVATAR_INCORRECT_SIZE",
                        Self::System(system) => system.code(),
                        Self::Unknown(code) => code,
                    }
                }
                fn info(&self) -> Option<&'static crate::schema::ErrorInfo> {
                    match self {
                        Self::BotTokenNotSpecified => Some(&REGISTER_ERRORS[0]),
                        Self::BotCodeRequired => Some(&REGISTER_ERRORS[1]),
                        Self::BotPropertiesRequired => Some(&REGISTER_ERRORS[2]),
                        Self::BotCodeAlreadyTaken => Some(&REGISTER_ERRORS[3]),
                        Self::BotInvalidType => Some(&REGISTER_ERRORS[4]),
                        Self::BotInvalidEventMode => Some(&REGISTER_ERRORS[5]),
                        Self::BotWebhookUrlRequired => Some(&REGISTER_ERRORS[6]),
                        Self::BotRegisterFailed => Some(&REGISTER_ERRORS[7]),
                        Self::BotInvalidCallback => Some(&REGISTER_ERRORS[8]),
                        Self::BotLimitExceeded => Some(&REGISTER_ERRORS[9]),
                        Self::BotAvatarIncorrectType => Some(&REGISTER_ERRORS[10]),
                        Self::BotAvatarIncorrectSize => Some(&REGISTER_ERRORS[11]),
                        Self::System(system) => system.info(),
                        Self::Unknown(_) => None,
                    }
                }
            }
            impl std::fmt::Display for RegisterError {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    crate::schema::describe_error(self, f)
                }
            }
            impl std::error::Error for RegisterError {}
            /// What the schema says about `imbot.v2.Bot.register`: its params, result and errors.
            pub static REGISTER_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                name: "imbot.v2.Bot.register",
                scope: "imbot",
                summary: "Registers a chat bot for the calling application.",
                docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-register.html",
                who: "an authorized user",
                idempotent: true,
                auth: &[
                    crate::schema::AuthMode::Webhook,
                    crate::schema::AuthMode::Oauth,
                ],
                params: &[
                    crate::schema::ParamInfo {
                        name: "fields",
                        ty: "BotRegisterFields",
                        required: true,
                        required_with: None,
                        default: None,
                        doc: "The bot to register.",
                        secret: false,
                        values: &[],
                        fields: &[
                            crate::schema::ParamInfo {
                                name: "code",
                                ty: "string",
                                required: true,
                                required_with: None,
                                default: None,
                                doc: "The bot's code, unique within the application.",
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
                                doc: "A token of your choice, at most 40 characters, bound to the bot; every\nlater imbot.v2 call made with webhook auth must send it. Not needed\nwith OAuth. Longer tokens are to be refused with\n`BOT_TOKEN_INVALID_LENGTH` from 2026-08-06.",
                                secret: true,
                                values: &[],
                                fields: &[],
                            },
                            crate::schema::ParamInfo {
                                name: "properties",
                                ty: "BotProperties",
                                required: true,
                                required_with: None,
                                default: None,
                                doc: "The bot's profile.",
                                secret: false,
                                values: &[],
                                fields: &[
                                    crate::schema::ParamInfo {
                                        name: "name",
                                        ty: "string",
                                        required: true,
                                        required_with: None,
                                        default: None,
                                        doc: "The bot's name, shown in the chat list and the dialog header.",
                                        secret: false,
                                        values: &[],
                                        fields: &[],
                                    },
                                    crate::schema::ParamInfo {
                                        name: "lastName",
                                        ty: "string",
                                        required: false,
                                        required_with: None,
                                        default: None,
                                        doc: "The bot's last name.",
                                        secret: false,
                                        values: &[],
                                        fields: &[],
                                    },
                                    crate::schema::ParamInfo {
                                        name: "workPosition",
                                        ty: "string",
                                        required: false,
                                        required_with: None,
                                        default: None,
                                        doc: "The job title on the bot's profile.",
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
                                        doc: "The avatar colour, sent in camelCase (`lightBlue`); picked by the portal when left out.",
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
                                        name: "gender",
                                        ty: "Gender",
                                        required: false,
                                        required_with: None,
                                        default: None,
                                        doc: "The bot's gender.",
                                        secret: false,
                                        values: &["M", "F"],
                                        fields: &[],
                                    },
                                    crate::schema::ParamInfo {
                                        name: "avatar",
                                        ty: "file",
                                        required: false,
                                        required_with: None,
                                        default: None,
                                        doc: "The avatar as base64 text, without a `data:*/*;base64,` prefix.",
                                        secret: false,
                                        values: &[],
                                        fields: &[],
                                    },
                                ],
                            },
                            crate::schema::ParamInfo {
                                name: "type",
                                ty: "BotKind",
                                required: false,
                                required_with: None,
                                default: Some("bot"),
                                doc: "How the bot takes part in chats.",
                                secret: false,
                                values: &[
                                    "bot",
                                    "supervisor",
                                    "personal",
                                    "openline",
                                    "network",
                                ],
                                fields: &[],
                            },
                            crate::schema::ParamInfo {
                                name: "eventMode",
                                ty: "EventMode",
                                required: false,
                                required_with: None,
                                default: Some("fetch"),
                                doc: "How the bot receives its events.",
                                secret: false,
                                values: &["webhook", "fetch"],
                                fields: &[],
                            },
                            crate::schema::ParamInfo {
                                name: "webhookUrl",
                                ty: "string",
                                required: false,
                                required_with: None,
                                default: None,
                                doc: "The URL events are posted to; needed when `eventMode` is `webhook`.",
                                secret: false,
                                values: &[],
                                fields: &[],
                            },
                            crate::schema::ParamInfo {
                                name: "isHidden",
                                ty: "boolean",
                                required: false,
                                required_with: None,
                                default: Some("false"),
                                doc: "Whether the bot is left out of the contact list.",
                                secret: false,
                                values: &[],
                                fields: &[],
                            },
                            crate::schema::ParamInfo {
                                name: "isReactionsEnabled",
                                ty: "boolean",
                                required: false,
                                required_with: None,
                                default: Some("true"),
                                doc: "Whether users may react to the bot's messages.",
                                secret: false,
                                values: &[],
                                fields: &[],
                            },
                            crate::schema::ParamInfo {
                                name: "isSupportOpenline",
                                ty: "boolean",
                                required: false,
                                required_with: None,
                                default: Some("false"),
                                doc: "Whether the bot works in open channels.",
                                secret: false,
                                values: &[],
                                fields: &[],
                            },
                            crate::schema::ParamInfo {
                                name: "backgroundId",
                                ty: "BotBackground",
                                required: false,
                                required_with: None,
                                default: None,
                                doc: "The background of the bot's chat; the user's own when left out. An unknown value counts as none.",
                                secret: false,
                                values: &[
                                    "azure",
                                    "mint",
                                    "steel",
                                    "slate",
                                    "teal",
                                    "cornflower",
                                    "sky",
                                    "peach",
                                    "frost",
                                ],
                                fields: &[],
                            },
                        ],
                    },
                ],
                result: "object",
                errors: &REGISTER_ERRORS,
            };
            /// Deletes a bot; its subscriptions to `ONIMBOTV2*` events go with it.
            ///
            /// An OAuth application that keeps other bots under the same client id keeps
            /// the subscriptions until its last bot is deleted.
            ///
            /// Wire name `imbot.v2.Bot.unregister`, scope `imbot`. Who may call it: owner of the registered bot. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            ///
            /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-unregister.html>
            #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
            #[non_exhaustive]
            pub struct Unregister {
                /// Id of the bot to delete.
                ///
                /// Wire name: `botId`.
                #[serde(rename = "botId")]
                pub bot_id: i64,
                /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                ///
                /// Wire name: `botToken`. Required with webhook auth.
                #[serde(rename = "botToken")]
                pub bot_token: Option<crate::Secret>,
                /// Parameters the schema does not describe, sent as given after the
                /// typed ones. Set them with [`Self::param`].
                #[serde(flatten)]
                pub extra: serde_json::Map<String, serde_json::Value>,
            }
            impl Unregister {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `bot_id` (`botId`): Id of the bot to delete.
                pub fn new(bot_id: i64) -> Self {
                    Self {
                        bot_id,
                        bot_token: None,
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
            impl crate::Method for Unregister {
                const NAME: &'static str = "imbot.v2.Bot.unregister";
                const INFO: &'static crate::schema::MethodInfo = &UNREGISTER_INFO;
                type Output = UnregisterResult;
                type Error = UnregisterError;
            }
            impl serde::Serialize for Unregister {
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
                    for (name, value) in &self.extra {
                        map.serialize_entry(name, value)?;
                    }
                    map.end()
                }
            }
            /// What `imbot.v2.Bot.unregister` returns: Whether the bot was deleted.
            #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
            #[non_exhaustive]
            pub struct UnregisterResult {
                /// `true` once the bot is deleted.
                ///
                /// Wire name: `result`.
                pub result: bool,
            }
            impl serde::Serialize for UnregisterResult {
                fn serialize<S: serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    use serde::ser::SerializeMap as _;
                    let mut map = serializer.serialize_map(None)?;
                    let value = &self.result;
                    map.serialize_entry("result", value)?;
                    map.end()
                }
            }
            /// An error code `imbot.v2.Bot.unregister` can return: its own codes, the system codes every method shares, or a code this crate does not know yet.
            #[derive(Debug, Clone, PartialEq, Eq)]
            #[non_exhaustive]
            pub enum UnregisterError {
                /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                BotTokenNotSpecified,
                /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                BotIdRequired,
                /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                BotNotFound,
                /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                BotOwnershipError,
                /// `BOT_UNREGISTER_FAILED` (HTTP 400): The portal could not delete the bot.
                BotUnregisterFailed,
                /// A system error, which any method may return.
                System(crate::SystemError),
                /// A code this version of the crate does not know, as received.
                Unknown(String),
            }
            /// The error table of `imbot.v2.Bot.unregister`, in documentation order.
            pub static UNREGISTER_ERRORS: [crate::schema::ErrorInfo; 5] = [
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
                crate::schema::ErrorInfo {
                    code: "BOT_UNREGISTER_FAILED",
                    status: Some(400),
                    message: "Bot unregistration failed",
                    meaning: "The portal could not delete the bot.",
                    retry_safe: false,
                    legacy: false,
                },
            ];
            impl crate::MethodError for UnregisterError {
                fn from_code(code: &str) -> Self {
                    match code {
                        "BOT_TOKEN_NOT_SPECIFIED" => Self::BotTokenNotSpecified,
                        "BOT_ID_REQUIRED" => Self::BotIdRequired,
                        "BOT_NOT_FOUND" => Self::BotNotFound,
                        "BOT_OWNERSHIP_ERROR" => Self::BotOwnershipError,
                        "BOT_UNREGISTER_FAILED" => Self::BotUnregisterFailed,
                        _ => {
                            match <crate::SystemError as crate::MethodError>::from_code(
                                code,
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
                        Self::BotUnregisterFailed => "BOT_UNREGISTER_FAILED",
                        Self::System(system) => system.code(),
                        Self::Unknown(code) => code,
                    }
                }
                fn info(&self) -> Option<&'static crate::schema::ErrorInfo> {
                    match self {
                        Self::BotTokenNotSpecified => Some(&UNREGISTER_ERRORS[0]),
                        Self::BotIdRequired => Some(&UNREGISTER_ERRORS[1]),
                        Self::BotNotFound => Some(&UNREGISTER_ERRORS[2]),
                        Self::BotOwnershipError => Some(&UNREGISTER_ERRORS[3]),
                        Self::BotUnregisterFailed => Some(&UNREGISTER_ERRORS[4]),
                        Self::System(system) => system.info(),
                        Self::Unknown(_) => None,
                    }
                }
            }
            impl std::fmt::Display for UnregisterError {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    crate::schema::describe_error(self, f)
                }
            }
            impl std::error::Error for UnregisterError {}
            /// What the schema says about `imbot.v2.Bot.unregister`: its params, result and errors.
            pub static UNREGISTER_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                name: "imbot.v2.Bot.unregister",
                scope: "imbot",
                summary: "Deletes a bot; its subscriptions to `ONIMBOTV2*` events go with it.",
                docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-unregister.html",
                who: "owner of the registered bot",
                idempotent: true,
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
                        doc: "Id of the bot to delete.",
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
                ],
                result: "object",
                errors: &UNREGISTER_ERRORS,
            };
            /// Changes a bot's profile, settings or token.
            ///
            /// Changing `webhookUrl` or `eventMode` moves the bot's event subscriptions
            /// along (for an OAuth application with several bots under one client id, the
            /// old ones are left in place). A new `fields.botToken` replaces the token at
            /// once: the call itself is made with the old one, which stops working.
            ///
            /// Wire name `imbot.v2.Bot.update`, scope `imbot`. Who may call it: owner of the registered bot. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            ///
            /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-update.html>
            #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
            #[non_exhaustive]
            pub struct Update {
                /// Id of the bot to change.
                ///
                /// Wire name: `botId`.
                #[serde(rename = "botId")]
                pub bot_id: i64,
                /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                ///
                /// Wire name: `botToken`. Required with webhook auth.
                #[serde(rename = "botToken")]
                pub bot_token: Option<crate::Secret>,
                /// What to change; what is left out keeps its value.
                ///
                /// Wire name: `fields`.
                pub fields: crate::imbot::BotUpdateFields,
                /// Parameters the schema does not describe, sent as given after the
                /// typed ones. Set them with [`Self::param`].
                #[serde(flatten)]
                pub extra: serde_json::Map<String, serde_json::Value>,
            }
            impl Update {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `bot_id` (`botId`): Id of the bot to change.
                /// - `fields` (`fields`): What to change; what is left out keeps its value.
                pub fn new(bot_id: i64, fields: crate::imbot::BotUpdateFields) -> Self {
                    Self {
                        bot_id,
                        bot_token: None,
                        fields,
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
            impl crate::Method for Update {
                const NAME: &'static str = "imbot.v2.Bot.update";
                const INFO: &'static crate::schema::MethodInfo = &UPDATE_INFO;
                type Output = UpdateResult;
                type Error = UpdateError;
            }
            impl serde::Serialize for Update {
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
                    let value = &self.fields;
                    map.serialize_entry("fields", value)?;
                    for (name, value) in &self.extra {
                        map.serialize_entry(name, value)?;
                    }
                    map.end()
                }
            }
            /// What `imbot.v2.Bot.update` returns: The bot as it is now.
            #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
            #[non_exhaustive]
            pub struct UpdateResult {
                /// The bot.
                ///
                /// Wire name: `bot`.
                pub bot: crate::imbot::Bot,
                /// The users the bot is linked to.
                ///
                /// Wire name: `users`.
                pub users: Option<Vec<crate::imbot::User>>,
            }
            impl serde::Serialize for UpdateResult {
                fn serialize<S: serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    use serde::ser::SerializeMap as _;
                    let mut map = serializer.serialize_map(None)?;
                    let value = &self.bot;
                    map.serialize_entry("bot", value)?;
                    if let Some(value) = &self.users {
                        map.serialize_entry("users", value)?;
                    }
                    map.end()
                }
            }
            /// An error code `imbot.v2.Bot.update` can return: its own codes, the system codes every method shares, or a code this crate does not know yet.
            #[derive(Debug, Clone, PartialEq, Eq)]
            #[non_exhaustive]
            pub enum UpdateError {
                /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                BotTokenNotSpecified,
                /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                BotIdRequired,
                /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                BotNotFound,
                /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                BotOwnershipError,
                /// `BOT_INVALID_EVENT_MODE` (HTTP 400): `eventMode` is neither `fetch` nor `webhook`.
                BotInvalidEventMode,
                /// `BOT_INVALID_CALLBACK` (HTTP 400): The handler URL is not valid.
                BotInvalidCallback,
                /// `BOT_AVATAR_INCORRECT_TYPE` (HTTP 400): The avatar is not an image (`image/*`).
                BotAvatarIncorrectType,
                /// `BOT_AVATAR_INCORRECT_SIZE` (HTTP 400): The avatar is larger than 5000×5000 pixels.
                BotAvatarIncorrectSize,
                /// `BOT_TOKEN_ROTATION_FAILED` (HTTP 400): The new token was not set. The portal does not say why, so as not to reveal tokens of other bots.
                BotTokenRotationFailed,
                /// A system error, which any method may return.
                System(crate::SystemError),
                /// A code this version of the crate does not know, as received.
                Unknown(String),
            }
            /// The error table of `imbot.v2.Bot.update`, in documentation order.
            pub static UPDATE_ERRORS: [crate::schema::ErrorInfo; 9] = [
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
                crate::schema::ErrorInfo {
                    code: "BOT_INVALID_EVENT_MODE",
                    status: Some(400),
                    message: "Invalid event mode",
                    meaning: "`eventMode` is neither `fetch` nor `webhook`.",
                    retry_safe: true,
                    legacy: false,
                },
                crate::schema::ErrorInfo {
                    code: "BOT_INVALID_CALLBACK",
                    status: Some(400),
                    message: "Invalid callback URL",
                    meaning: "The handler URL is not valid.",
                    retry_safe: true,
                    legacy: false,
                },
                crate::schema::ErrorInfo {
                    code: "BOT_AVATAR_INCORRECT_TYPE",
                    status: Some(400),
                    message: "Avatar must be an image",
                    meaning: "The avatar is not an image (`image/*`).",
                    retry_safe: true,
                    legacy: false,
                },
                crate::schema::ErrorInfo {
                    code: "BOT_AVATAR_INCORRECT_SIZE",
                    status: Some(400),
                    message: "Avatar exceeds maximum size",
                    meaning: "The avatar is larger than 5000×5000 pixels.",
                    retry_safe: true,
                    legacy: false,
                },
                crate::schema::ErrorInfo {
                    code: "BOT_TOKEN_ROTATION_FAILED",
                    status: Some(400),
                    message: "Bot token rotation failed",
                    meaning: "The new token was not set. The portal does not say why, so as not to reveal tokens of other bots.",
                    retry_safe: true,
                    legacy: false,
                },
            ];
            impl crate::MethodError for UpdateError {
                fn from_code(code: &str) -> Self {
                    match code {
                        "BOT_TOKEN_NOT_SPECIFIED" => Self::BotTokenNotSpecified,
                        "BOT_ID_REQUIRED" => Self::BotIdRequired,
                        "BOT_NOT_FOUND" => Self::BotNotFound,
                        "BOT_OWNERSHIP_ERROR" => Self::BotOwnershipError,
                        "BOT_INVALID_EVENT_MODE" => Self::BotInvalidEventMode,
                        "BOT_INVALID_CALLBACK" => Self::BotInvalidCallback,
                        "BOT_AVATAR_INCORRECT_TYPE" => Self::BotAvatarIncorrectType,
                        "BOT_AVATAR_INCORRECT_SIZE" => Self::BotAvatarIncorrectSize,
                        "BOT_TOKEN_ROTATION_FAILED" => Self::BotTokenRotationFailed,
                        _ => {
                            match <crate::SystemError as crate::MethodError>::from_code(
                                code,
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
                        Self::BotInvalidEventMode => "BOT_INVALID_EVENT_MODE",
                        Self::BotInvalidCallback => "BOT_INVALID_CALLBACK",
                        Self::BotAvatarIncorrectType => "BOT_AVATAR_INCORRECT_TYPE",
                        Self::BotAvatarIncorrectSize => "BOT_AVATAR_INCORRECT_SIZE",
                        Self::BotTokenRotationFailed => "BOT_TOKEN_ROTATION_FAILED",
                        Self::System(system) => system.code(),
                        Self::Unknown(code) => code,
                    }
                }
                fn info(&self) -> Option<&'static crate::schema::ErrorInfo> {
                    match self {
                        Self::BotTokenNotSpecified => Some(&UPDATE_ERRORS[0]),
                        Self::BotIdRequired => Some(&UPDATE_ERRORS[1]),
                        Self::BotNotFound => Some(&UPDATE_ERRORS[2]),
                        Self::BotOwnershipError => Some(&UPDATE_ERRORS[3]),
                        Self::BotInvalidEventMode => Some(&UPDATE_ERRORS[4]),
                        Self::BotInvalidCallback => Some(&UPDATE_ERRORS[5]),
                        Self::BotAvatarIncorrectType => Some(&UPDATE_ERRORS[6]),
                        Self::BotAvatarIncorrectSize => Some(&UPDATE_ERRORS[7]),
                        Self::BotTokenRotationFailed => Some(&UPDATE_ERRORS[8]),
                        Self::System(system) => system.info(),
                        Self::Unknown(_) => None,
                    }
                }
            }
            impl std::fmt::Display for UpdateError {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    crate::schema::describe_error(self, f)
                }
            }
            impl std::error::Error for UpdateError {}
            /// What the schema says about `imbot.v2.Bot.update`: its params, result and errors.
            pub static UPDATE_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                name: "imbot.v2.Bot.update",
                scope: "imbot",
                summary: "Changes a bot's profile, settings or token.",
                docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/bots/bot-update.html",
                who: "owner of the registered bot",
                idempotent: true,
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
                        doc: "Id of the bot to change.",
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
                        ty: "BotUpdateFields",
                        required: true,
                        required_with: None,
                        default: None,
                        doc: "What to change; what is left out keeps its value.",
                        secret: false,
                        values: &[],
                        fields: &[
                            crate::schema::ParamInfo {
                                name: "properties",
                                ty: "BotUpdateProperties",
                                required: false,
                                required_with: None,
                                default: None,
                                doc: "Changes to the bot's profile.",
                                secret: false,
                                values: &[],
                                fields: &[
                                    crate::schema::ParamInfo {
                                        name: "name",
                                        ty: "string",
                                        required: false,
                                        required_with: None,
                                        default: None,
                                        doc: "The new name.",
                                        secret: false,
                                        values: &[],
                                        fields: &[],
                                    },
                                    crate::schema::ParamInfo {
                                        name: "lastName",
                                        ty: "string",
                                        required: false,
                                        required_with: None,
                                        default: None,
                                        doc: "The new last name.",
                                        secret: false,
                                        values: &[],
                                        fields: &[],
                                    },
                                    crate::schema::ParamInfo {
                                        name: "workPosition",
                                        ty: "string",
                                        required: false,
                                        required_with: None,
                                        default: None,
                                        doc: "The new job title.",
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
                                        doc: "The new avatar colour, sent in camelCase; an unknown colour is ignored.",
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
                                        name: "gender",
                                        ty: "Gender",
                                        required: false,
                                        required_with: None,
                                        default: None,
                                        doc: "The new gender.",
                                        secret: false,
                                        values: &["M", "F"],
                                        fields: &[],
                                    },
                                    crate::schema::ParamInfo {
                                        name: "avatar",
                                        ty: "file",
                                        required: false,
                                        required_with: None,
                                        default: None,
                                        doc: "The new avatar as base64 text, without a `data:*/*;base64,` prefix.",
                                        secret: false,
                                        values: &[],
                                        fields: &[],
                                    },
                                ],
                            },
                            crate::schema::ParamInfo {
                                name: "isHidden",
                                ty: "boolean",
                                required: false,
                                required_with: None,
                                default: None,
                                doc: "Whether the bot is left out of the contact list.",
                                secret: false,
                                values: &[],
                                fields: &[],
                            },
                            crate::schema::ParamInfo {
                                name: "isReactionsEnabled",
                                ty: "boolean",
                                required: false,
                                required_with: None,
                                default: None,
                                doc: "Whether users may react to the bot's messages.",
                                secret: false,
                                values: &[],
                                fields: &[],
                            },
                            crate::schema::ParamInfo {
                                name: "isSupportOpenline",
                                ty: "boolean",
                                required: false,
                                required_with: None,
                                default: None,
                                doc: "Whether the bot works in open channels.",
                                secret: false,
                                values: &[],
                                fields: &[],
                            },
                            crate::schema::ParamInfo {
                                name: "backgroundId",
                                ty: "BotBackground|null",
                                required: false,
                                required_with: None,
                                default: None,
                                doc: "The background of the bot's chat; `null` goes back to the user's own. An unknown value counts as `null`.",
                                secret: false,
                                values: &[
                                    "azure",
                                    "mint",
                                    "steel",
                                    "slate",
                                    "teal",
                                    "cornflower",
                                    "sky",
                                    "peach",
                                    "frost",
                                ],
                                fields: &[],
                            },
                            crate::schema::ParamInfo {
                                name: "eventMode",
                                ty: "EventMode",
                                required: false,
                                required_with: None,
                                default: None,
                                doc: "How the bot receives its events.",
                                secret: false,
                                values: &["webhook", "fetch"],
                                fields: &[],
                            },
                            crate::schema::ParamInfo {
                                name: "webhookUrl",
                                ty: "string",
                                required: false,
                                required_with: None,
                                default: None,
                                doc: "The URL events are posted to, when `eventMode` is `webhook`.",
                                secret: false,
                                values: &[],
                                fields: &[],
                            },
                            crate::schema::ParamInfo {
                                name: "botToken",
                                ty: "string",
                                required: false,
                                required_with: None,
                                default: None,
                                doc: "A new token for the bot, at most 40 characters; empty or blank text is\nignored. The call is authorized with the old token, given as the\ntop-level `botToken`.",
                                secret: true,
                                values: &[],
                                fields: &[],
                            },
                        ],
                    },
                ],
                result: "object",
                errors: &UPDATE_ERRORS,
            };
        }
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
                        _ => {
                            match <crate::SystemError as crate::MethodError>::from_code(
                                code,
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
            /// Reads a chat the bot is a member of.
            ///
            /// Wire name `imbot.v2.Chat.get`, scope `imbot`. Who may call it: owner of the registered bot. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            ///
            /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-get.html>
            #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
            #[non_exhaustive]
            pub struct Get {
                /// Id of the bot that acts.
                ///
                /// Wire name: `botId`.
                #[serde(rename = "botId")]
                pub bot_id: i64,
                /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                ///
                /// Wire name: `botToken`. Required with webhook auth.
                #[serde(rename = "botToken")]
                pub bot_token: Option<crate::Secret>,
                /// The dialog: `chat` followed by the chat id for a group chat (`chat5`), the user id for a private one.
                ///
                /// Wire name: `dialogId`.
                #[serde(rename = "dialogId")]
                pub dialog_id: String,
                /// Parameters the schema does not describe, sent as given after the
                /// typed ones. Set them with [`Self::param`].
                #[serde(flatten)]
                pub extra: serde_json::Map<String, serde_json::Value>,
            }
            impl Get {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `bot_id` (`botId`): Id of the bot that acts.
                /// - `dialog_id` (`dialogId`): The dialog: `chat` followed by the chat id for a group chat (`chat5`), the user id for a private one.
                pub fn new(bot_id: i64, dialog_id: impl Into<String>) -> Self {
                    Self {
                        bot_id,
                        bot_token: None,
                        dialog_id: dialog_id.into(),
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
            impl crate::Method for Get {
                const NAME: &'static str = "imbot.v2.Chat.get";
                const INFO: &'static crate::schema::MethodInfo = &GET_INFO;
                type Output = GetResult;
                type Error = GetError;
            }
            impl serde::Serialize for Get {
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
                    let value = &self.dialog_id;
                    map.serialize_entry("dialogId", value)?;
                    for (name, value) in &self.extra {
                        map.serialize_entry(name, value)?;
                    }
                    map.end()
                }
            }
            /// What `imbot.v2.Chat.get` returns: The chat.
            #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
            #[non_exhaustive]
            pub struct GetResult {
                /// The chat.
                ///
                /// Wire name: `chat`.
                pub chat: crate::imbot::Chat,
            }
            impl serde::Serialize for GetResult {
                fn serialize<S: serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    use serde::ser::SerializeMap as _;
                    let mut map = serializer.serialize_map(None)?;
                    let value = &self.chat;
                    map.serialize_entry("chat", value)?;
                    map.end()
                }
            }
            /// An error code `imbot.v2.Chat.get` can return: its own codes, the system codes every method shares, or a code this crate does not know yet.
            #[derive(Debug, Clone, PartialEq, Eq)]
            #[non_exhaustive]
            pub enum GetError {
                /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                BotTokenNotSpecified,
                /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                BotIdRequired,
                /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                BotNotFound,
                /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                BotOwnershipError,
                /// `ACCESS_DENIED` (HTTP 403): The bot is not a member of the chat.
                ///
                /// The same code is also a system error; for this method it means the above.
                AccessDenied,
                /// A system error, which any method may return.
                System(crate::SystemError),
                /// A code this version of the crate does not know, as received.
                Unknown(String),
            }
            /// The error table of `imbot.v2.Chat.get`, in documentation order.
            pub static GET_ERRORS: [crate::schema::ErrorInfo; 5] = [
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
                crate::schema::ErrorInfo {
                    code: "ACCESS_DENIED",
                    status: Some(403),
                    message: "Access denied",
                    meaning: "The bot is not a member of the chat.",
                    retry_safe: true,
                    legacy: false,
                },
            ];
            impl crate::MethodError for GetError {
                fn from_code(code: &str) -> Self {
                    match code {
                        "BOT_TOKEN_NOT_SPECIFIED" => Self::BotTokenNotSpecified,
                        "BOT_ID_REQUIRED" => Self::BotIdRequired,
                        "BOT_NOT_FOUND" => Self::BotNotFound,
                        "BOT_OWNERSHIP_ERROR" => Self::BotOwnershipError,
                        "ACCESS_DENIED" => Self::AccessDenied,
                        _ => {
                            match <crate::SystemError as crate::MethodError>::from_code(
                                code,
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
                        Self::AccessDenied => "ACCESS_DENIED",
                        Self::System(system) => system.code(),
                        Self::Unknown(code) => code,
                    }
                }
                fn info(&self) -> Option<&'static crate::schema::ErrorInfo> {
                    match self {
                        Self::BotTokenNotSpecified => Some(&GET_ERRORS[0]),
                        Self::BotIdRequired => Some(&GET_ERRORS[1]),
                        Self::BotNotFound => Some(&GET_ERRORS[2]),
                        Self::BotOwnershipError => Some(&GET_ERRORS[3]),
                        Self::AccessDenied => Some(&GET_ERRORS[4]),
                        Self::System(system) => system.info(),
                        Self::Unknown(_) => None,
                    }
                }
            }
            impl std::fmt::Display for GetError {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    crate::schema::describe_error(self, f)
                }
            }
            impl std::error::Error for GetError {}
            /// What the schema says about `imbot.v2.Chat.get`: its params, result and errors.
            pub static GET_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                name: "imbot.v2.Chat.get",
                scope: "imbot",
                summary: "Reads a chat the bot is a member of.",
                docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-get.html",
                who: "owner of the registered bot",
                idempotent: true,
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
                        doc: "Id of the bot that acts.",
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
                        name: "dialogId",
                        ty: "string",
                        required: true,
                        required_with: None,
                        default: None,
                        doc: "The dialog: `chat` followed by the chat id for a group chat (`chat5`), the user id for a private one.",
                        secret: false,
                        values: &[],
                        fields: &[],
                    },
                ],
                result: "object",
                errors: &GET_ERRORS,
            };
            /// The bot leaves a group chat.
            ///
            /// Leaving twice leaves the bot out of the chat either way; the second call is refused with `ACCESS_DENIED`.
            ///
            /// Wire name `imbot.v2.Chat.leave`, scope `imbot`. Who may call it: owner of the registered bot. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            ///
            /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-leave.html>
            #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
            #[non_exhaustive]
            pub struct Leave {
                /// Id of the bot that acts.
                ///
                /// Wire name: `botId`.
                #[serde(rename = "botId")]
                pub bot_id: i64,
                /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                ///
                /// Wire name: `botToken`. Required with webhook auth.
                #[serde(rename = "botToken")]
                pub bot_token: Option<crate::Secret>,
                /// The group chat to leave: `chat` followed by its id (`chat5`).
                ///
                /// Wire name: `dialogId`.
                #[serde(rename = "dialogId")]
                pub dialog_id: String,
                /// Parameters the schema does not describe, sent as given after the
                /// typed ones. Set them with [`Self::param`].
                #[serde(flatten)]
                pub extra: serde_json::Map<String, serde_json::Value>,
            }
            impl Leave {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `bot_id` (`botId`): Id of the bot that acts.
                /// - `dialog_id` (`dialogId`): The group chat to leave: `chat` followed by its id (`chat5`).
                pub fn new(bot_id: i64, dialog_id: impl Into<String>) -> Self {
                    Self {
                        bot_id,
                        bot_token: None,
                        dialog_id: dialog_id.into(),
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
            impl crate::Method for Leave {
                const NAME: &'static str = "imbot.v2.Chat.leave";
                const INFO: &'static crate::schema::MethodInfo = &LEAVE_INFO;
                type Output = LeaveResult;
                type Error = LeaveError;
            }
            impl serde::Serialize for Leave {
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
                    let value = &self.dialog_id;
                    map.serialize_entry("dialogId", value)?;
                    for (name, value) in &self.extra {
                        map.serialize_entry(name, value)?;
                    }
                    map.end()
                }
            }
            /// What `imbot.v2.Chat.leave` returns: Whether the bot left.
            #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
            #[non_exhaustive]
            pub struct LeaveResult {
                /// `true` once the bot has left the chat.
                ///
                /// Wire name: `result`.
                pub result: bool,
            }
            impl serde::Serialize for LeaveResult {
                fn serialize<S: serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    use serde::ser::SerializeMap as _;
                    let mut map = serializer.serialize_map(None)?;
                    let value = &self.result;
                    map.serialize_entry("result", value)?;
                    map.end()
                }
            }
            /// An error code `imbot.v2.Chat.leave` can return: its own codes, the system codes every method shares, or a code this crate does not know yet.
            #[derive(Debug, Clone, PartialEq, Eq)]
            #[non_exhaustive]
            pub enum LeaveError {
                /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                BotTokenNotSpecified,
                /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                BotIdRequired,
                /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                BotNotFound,
                /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                BotOwnershipError,
                /// `ACCESS_DENIED` (HTTP 403): The bot is not a member of the chat.
                ///
                /// The same code is also a system error; for this method it means the above.
                AccessDenied,
                /// A system error, which any method may return.
                System(crate::SystemError),
                /// A code this version of the crate does not know, as received.
                Unknown(String),
            }
            /// The error table of `imbot.v2.Chat.leave`, in documentation order.
            pub static LEAVE_ERRORS: [crate::schema::ErrorInfo; 5] = [
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
                crate::schema::ErrorInfo {
                    code: "ACCESS_DENIED",
                    status: Some(403),
                    message: "Access denied",
                    meaning: "The bot is not a member of the chat.",
                    retry_safe: true,
                    legacy: false,
                },
            ];
            impl crate::MethodError for LeaveError {
                fn from_code(code: &str) -> Self {
                    match code {
                        "BOT_TOKEN_NOT_SPECIFIED" => Self::BotTokenNotSpecified,
                        "BOT_ID_REQUIRED" => Self::BotIdRequired,
                        "BOT_NOT_FOUND" => Self::BotNotFound,
                        "BOT_OWNERSHIP_ERROR" => Self::BotOwnershipError,
                        "ACCESS_DENIED" => Self::AccessDenied,
                        _ => {
                            match <crate::SystemError as crate::MethodError>::from_code(
                                code,
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
                        Self::AccessDenied => "ACCESS_DENIED",
                        Self::System(system) => system.code(),
                        Self::Unknown(code) => code,
                    }
                }
                fn info(&self) -> Option<&'static crate::schema::ErrorInfo> {
                    match self {
                        Self::BotTokenNotSpecified => Some(&LEAVE_ERRORS[0]),
                        Self::BotIdRequired => Some(&LEAVE_ERRORS[1]),
                        Self::BotNotFound => Some(&LEAVE_ERRORS[2]),
                        Self::BotOwnershipError => Some(&LEAVE_ERRORS[3]),
                        Self::AccessDenied => Some(&LEAVE_ERRORS[4]),
                        Self::System(system) => system.info(),
                        Self::Unknown(_) => None,
                    }
                }
            }
            impl std::fmt::Display for LeaveError {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    crate::schema::describe_error(self, f)
                }
            }
            impl std::error::Error for LeaveError {}
            /// What the schema says about `imbot.v2.Chat.leave`: its params, result and errors.
            pub static LEAVE_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                name: "imbot.v2.Chat.leave",
                scope: "imbot",
                summary: "The bot leaves a group chat.",
                docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-leave.html",
                who: "owner of the registered bot",
                idempotent: true,
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
                        doc: "Id of the bot that acts.",
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
                        name: "dialogId",
                        ty: "string",
                        required: true,
                        required_with: None,
                        default: None,
                        doc: "The group chat to leave: `chat` followed by its id (`chat5`).",
                        secret: false,
                        values: &[],
                        fields: &[],
                    },
                ],
                result: "object",
                errors: &LEAVE_ERRORS,
            };
            /// The bot hands the ownership of a group chat it owns to another user.
            ///
            /// Wire name `imbot.v2.Chat.setOwner`, scope `imbot`. Who may call it: owner of the registered bot; the bot must own the chat. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            ///
            /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-set-owner.html>
            #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
            #[non_exhaustive]
            pub struct SetOwner {
                /// Id of the bot that acts.
                ///
                /// Wire name: `botId`.
                #[serde(rename = "botId")]
                pub bot_id: i64,
                /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                ///
                /// Wire name: `botToken`. Required with webhook auth.
                #[serde(rename = "botToken")]
                pub bot_token: Option<crate::Secret>,
                /// The group chat: `chat` followed by its id (`chat5`).
                ///
                /// Wire name: `dialogId`.
                #[serde(rename = "dialogId")]
                pub dialog_id: String,
                /// Id of the user who becomes the owner.
                ///
                /// Wire name: `userId`.
                #[serde(rename = "userId")]
                pub user_id: i64,
                /// Parameters the schema does not describe, sent as given after the
                /// typed ones. Set them with [`Self::param`].
                #[serde(flatten)]
                pub extra: serde_json::Map<String, serde_json::Value>,
            }
            impl SetOwner {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `bot_id` (`botId`): Id of the bot that acts.
                /// - `dialog_id` (`dialogId`): The group chat: `chat` followed by its id (`chat5`).
                /// - `user_id` (`userId`): Id of the user who becomes the owner.
                pub fn new(
                    bot_id: i64,
                    dialog_id: impl Into<String>,
                    user_id: i64,
                ) -> Self {
                    Self {
                        bot_id,
                        bot_token: None,
                        dialog_id: dialog_id.into(),
                        user_id,
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
            impl crate::Method for SetOwner {
                const NAME: &'static str = "imbot.v2.Chat.setOwner";
                const INFO: &'static crate::schema::MethodInfo = &SET_OWNER_INFO;
                type Output = SetOwnerResult;
                type Error = SetOwnerError;
            }
            impl serde::Serialize for SetOwner {
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
                    let value = &self.dialog_id;
                    map.serialize_entry("dialogId", value)?;
                    let value = &self.user_id;
                    map.serialize_entry("userId", value)?;
                    for (name, value) in &self.extra {
                        map.serialize_entry(name, value)?;
                    }
                    map.end()
                }
            }
            /// What `imbot.v2.Chat.setOwner` returns: Whether the owner changed.
            #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
            #[non_exhaustive]
            pub struct SetOwnerResult {
                /// `true` once the user owns the chat.
                ///
                /// Wire name: `result`.
                pub result: bool,
            }
            impl serde::Serialize for SetOwnerResult {
                fn serialize<S: serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    use serde::ser::SerializeMap as _;
                    let mut map = serializer.serialize_map(None)?;
                    let value = &self.result;
                    map.serialize_entry("result", value)?;
                    map.end()
                }
            }
            /// An error code `imbot.v2.Chat.setOwner` can return: its own codes, the system codes every method shares, or a code this crate does not know yet.
            #[derive(Debug, Clone, PartialEq, Eq)]
            #[non_exhaustive]
            pub enum SetOwnerError {
                /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                BotTokenNotSpecified,
                /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                BotIdRequired,
                /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                BotNotFound,
                /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                BotOwnershipError,
                /// `ACCESS_DENIED` (HTTP 403): The bot is not a member of the chat, or does not own it.
                ///
                /// The same code is also a system error; for this method it means the above.
                AccessDenied,
                /// A system error, which any method may return.
                System(crate::SystemError),
                /// A code this version of the crate does not know, as received.
                Unknown(String),
            }
            /// The error table of `imbot.v2.Chat.setOwner`, in documentation order.
            pub static SET_OWNER_ERRORS: [crate::schema::ErrorInfo; 5] = [
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
                crate::schema::ErrorInfo {
                    code: "ACCESS_DENIED",
                    status: Some(403),
                    message: "Access denied",
                    meaning: "The bot is not a member of the chat, or does not own it.",
                    retry_safe: true,
                    legacy: false,
                },
            ];
            impl crate::MethodError for SetOwnerError {
                fn from_code(code: &str) -> Self {
                    match code {
                        "BOT_TOKEN_NOT_SPECIFIED" => Self::BotTokenNotSpecified,
                        "BOT_ID_REQUIRED" => Self::BotIdRequired,
                        "BOT_NOT_FOUND" => Self::BotNotFound,
                        "BOT_OWNERSHIP_ERROR" => Self::BotOwnershipError,
                        "ACCESS_DENIED" => Self::AccessDenied,
                        _ => {
                            match <crate::SystemError as crate::MethodError>::from_code(
                                code,
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
                        Self::AccessDenied => "ACCESS_DENIED",
                        Self::System(system) => system.code(),
                        Self::Unknown(code) => code,
                    }
                }
                fn info(&self) -> Option<&'static crate::schema::ErrorInfo> {
                    match self {
                        Self::BotTokenNotSpecified => Some(&SET_OWNER_ERRORS[0]),
                        Self::BotIdRequired => Some(&SET_OWNER_ERRORS[1]),
                        Self::BotNotFound => Some(&SET_OWNER_ERRORS[2]),
                        Self::BotOwnershipError => Some(&SET_OWNER_ERRORS[3]),
                        Self::AccessDenied => Some(&SET_OWNER_ERRORS[4]),
                        Self::System(system) => system.info(),
                        Self::Unknown(_) => None,
                    }
                }
            }
            impl std::fmt::Display for SetOwnerError {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    crate::schema::describe_error(self, f)
                }
            }
            impl std::error::Error for SetOwnerError {}
            /// What the schema says about `imbot.v2.Chat.setOwner`: its params, result and errors.
            pub static SET_OWNER_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                name: "imbot.v2.Chat.setOwner",
                scope: "imbot",
                summary: "The bot hands the ownership of a group chat it owns to another user.",
                docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-set-owner.html",
                who: "owner of the registered bot; the bot must own the chat",
                idempotent: true,
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
                        doc: "Id of the bot that acts.",
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
                        name: "dialogId",
                        ty: "string",
                        required: true,
                        required_with: None,
                        default: None,
                        doc: "The group chat: `chat` followed by its id (`chat5`).",
                        secret: false,
                        values: &[],
                        fields: &[],
                    },
                    crate::schema::ParamInfo {
                        name: "userId",
                        ty: "integer",
                        required: true,
                        required_with: None,
                        default: None,
                        doc: "Id of the user who becomes the owner.",
                        secret: false,
                        values: &[],
                        fields: &[],
                    },
                ],
                result: "object",
                errors: &SET_OWNER_ERRORS,
            };
            /// Changes a chat's title, description, colour or avatar in one call.
            ///
            /// Wire name `imbot.v2.Chat.update`, scope `imbot`. Who may call it: owner of the registered bot. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            ///
            /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-update.html>
            #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
            #[non_exhaustive]
            pub struct Update {
                /// Id of the bot that acts.
                ///
                /// Wire name: `botId`.
                #[serde(rename = "botId")]
                pub bot_id: i64,
                /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                ///
                /// Wire name: `botToken`. Required with webhook auth.
                #[serde(rename = "botToken")]
                pub bot_token: Option<crate::Secret>,
                /// The dialog: `chat` followed by the chat id for a group chat (`chat5`), the user id for a private one.
                ///
                /// Wire name: `dialogId`.
                #[serde(rename = "dialogId")]
                pub dialog_id: String,
                /// The properties to change; the ones left out keep their value.
                ///
                /// Wire name: `fields`.
                pub fields: crate::imbot::ChatUpdateFields,
                /// Parameters the schema does not describe, sent as given after the
                /// typed ones. Set them with [`Self::param`].
                #[serde(flatten)]
                pub extra: serde_json::Map<String, serde_json::Value>,
            }
            impl Update {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `bot_id` (`botId`): Id of the bot that acts.
                /// - `dialog_id` (`dialogId`): The dialog: `chat` followed by the chat id for a group chat (`chat5`), the user id for a private one.
                /// - `fields` (`fields`): The properties to change; the ones left out keep their value.
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
                /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                ///
                /// Wire name: `botToken`. Required with webhook auth.
                pub fn bot_token(mut self, bot_token: impl Into<crate::Secret>) -> Self {
                    self.bot_token = Some(bot_token.into());
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
            impl crate::Method for Update {
                const NAME: &'static str = "imbot.v2.Chat.update";
                const INFO: &'static crate::schema::MethodInfo = &UPDATE_INFO;
                type Output = UpdateResult;
                type Error = UpdateError;
            }
            impl serde::Serialize for Update {
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
                    let value = &self.dialog_id;
                    map.serialize_entry("dialogId", value)?;
                    let value = &self.fields;
                    map.serialize_entry("fields", value)?;
                    for (name, value) in &self.extra {
                        map.serialize_entry(name, value)?;
                    }
                    map.end()
                }
            }
            /// What `imbot.v2.Chat.update` returns: Whether the chat changed.
            #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
            #[non_exhaustive]
            pub struct UpdateResult {
                /// `true` once the chat is updated.
                ///
                /// Wire name: `result`.
                pub result: bool,
            }
            impl serde::Serialize for UpdateResult {
                fn serialize<S: serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    use serde::ser::SerializeMap as _;
                    let mut map = serializer.serialize_map(None)?;
                    let value = &self.result;
                    map.serialize_entry("result", value)?;
                    map.end()
                }
            }
            /// An error code `imbot.v2.Chat.update` can return: its own codes, the system codes every method shares, or a code this crate does not know yet.
            #[derive(Debug, Clone, PartialEq, Eq)]
            #[non_exhaustive]
            pub enum UpdateError {
                /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                BotTokenNotSpecified,
                /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                BotIdRequired,
                /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                BotNotFound,
                /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                BotOwnershipError,
                /// `ACCESS_DENIED` (HTTP 403): The bot is not a member of the chat, or may not change it.
                ///
                /// The same code is also a system error; for this method it means the above.
                AccessDenied,
                /// A system error, which any method may return.
                System(crate::SystemError),
                /// A code this version of the crate does not know, as received.
                Unknown(String),
            }
            /// The error table of `imbot.v2.Chat.update`, in documentation order.
            pub static UPDATE_ERRORS: [crate::schema::ErrorInfo; 5] = [
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
                crate::schema::ErrorInfo {
                    code: "ACCESS_DENIED",
                    status: Some(403),
                    message: "Access denied",
                    meaning: "The bot is not a member of the chat, or may not change it.",
                    retry_safe: true,
                    legacy: false,
                },
            ];
            impl crate::MethodError for UpdateError {
                fn from_code(code: &str) -> Self {
                    match code {
                        "BOT_TOKEN_NOT_SPECIFIED" => Self::BotTokenNotSpecified,
                        "BOT_ID_REQUIRED" => Self::BotIdRequired,
                        "BOT_NOT_FOUND" => Self::BotNotFound,
                        "BOT_OWNERSHIP_ERROR" => Self::BotOwnershipError,
                        "ACCESS_DENIED" => Self::AccessDenied,
                        _ => {
                            match <crate::SystemError as crate::MethodError>::from_code(
                                code,
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
                        Self::AccessDenied => "ACCESS_DENIED",
                        Self::System(system) => system.code(),
                        Self::Unknown(code) => code,
                    }
                }
                fn info(&self) -> Option<&'static crate::schema::ErrorInfo> {
                    match self {
                        Self::BotTokenNotSpecified => Some(&UPDATE_ERRORS[0]),
                        Self::BotIdRequired => Some(&UPDATE_ERRORS[1]),
                        Self::BotNotFound => Some(&UPDATE_ERRORS[2]),
                        Self::BotOwnershipError => Some(&UPDATE_ERRORS[3]),
                        Self::AccessDenied => Some(&UPDATE_ERRORS[4]),
                        Self::System(system) => system.info(),
                        Self::Unknown(_) => None,
                    }
                }
            }
            impl std::fmt::Display for UpdateError {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    crate::schema::describe_error(self, f)
                }
            }
            impl std::error::Error for UpdateError {}
            /// What the schema says about `imbot.v2.Chat.update`: its params, result and errors.
            pub static UPDATE_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                name: "imbot.v2.Chat.update",
                scope: "imbot",
                summary: "Changes a chat's title, description, colour or avatar in one call.",
                docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-update.html",
                who: "owner of the registered bot",
                idempotent: true,
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
                        doc: "Id of the bot that acts.",
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
                        name: "dialogId",
                        ty: "string",
                        required: true,
                        required_with: None,
                        default: None,
                        doc: "The dialog: `chat` followed by the chat id for a group chat (`chat5`), the user id for a private one.",
                        secret: false,
                        values: &[],
                        fields: &[],
                    },
                    crate::schema::ParamInfo {
                        name: "fields",
                        ty: "ChatUpdateFields",
                        required: true,
                        required_with: None,
                        default: None,
                        doc: "The properties to change; the ones left out keep their value.",
                        secret: false,
                        values: &[],
                        fields: &[
                            crate::schema::ParamInfo {
                                name: "title",
                                ty: "string",
                                required: false,
                                required_with: None,
                                default: None,
                                doc: "The new title.",
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
                                doc: "The new description.",
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
                                doc: "The new colour, sent in camelCase (`lightBlue`).",
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
                                doc: "The new avatar as base64 text.",
                                secret: false,
                                values: &[],
                                fields: &[],
                            },
                        ],
                    },
                ],
                result: "object",
                errors: &UPDATE_ERRORS,
            };
            /// The `imbot.v2.Chat.InputAction.*` methods.
            pub mod input_action {
                /// Shows that the bot is busy in a dialog, such as "typing…".
                ///
                /// Wire name `imbot.v2.Chat.InputAction.notify`, scope `imbot`. Who may call it: owner of the registered bot. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                ///
                /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/ui/chat-input-action-notify.html>
                #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
                #[non_exhaustive]
                pub struct Notify {
                    /// Id of the bot that acts.
                    ///
                    /// Wire name: `botId`.
                    #[serde(rename = "botId")]
                    pub bot_id: i64,
                    /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                    ///
                    /// Wire name: `botToken`. Required with webhook auth.
                    #[serde(rename = "botToken")]
                    pub bot_token: Option<crate::Secret>,
                    /// The dialog: `chat` followed by the chat id for a group chat (`chat5`), the user id for a private one.
                    ///
                    /// Wire name: `dialogId`.
                    #[serde(rename = "dialogId")]
                    pub dialog_id: String,
                    /// Which activity to show; plain "typing" when left out.
                    ///
                    /// Wire name: `statusMessageCode`.
                    #[serde(rename = "statusMessageCode")]
                    pub status_message_code: Option<crate::imbot::InputActionStatus>,
                    /// How many seconds to show it, from 1 to 600; the portal picks when left out.
                    ///
                    /// Wire name: `duration`.
                    pub duration: Option<i64>,
                    /// Parameters the schema does not describe, sent as given after the
                    /// typed ones. Set them with [`Self::param`].
                    #[serde(flatten)]
                    pub extra: serde_json::Map<String, serde_json::Value>,
                }
                impl Notify {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `bot_id` (`botId`): Id of the bot that acts.
                    /// - `dialog_id` (`dialogId`): The dialog: `chat` followed by the chat id for a group chat (`chat5`), the user id for a private one.
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
                    /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                    ///
                    /// Wire name: `botToken`. Required with webhook auth.
                    pub fn bot_token(
                        mut self,
                        bot_token: impl Into<crate::Secret>,
                    ) -> Self {
                        self.bot_token = Some(bot_token.into());
                        self
                    }
                    /// Which activity to show; plain "typing" when left out.
                    ///
                    /// Wire name: `statusMessageCode`.
                    pub fn status_message_code(
                        mut self,
                        status_message_code: crate::imbot::InputActionStatus,
                    ) -> Self {
                        self.status_message_code = Some(status_message_code);
                        self
                    }
                    /// How many seconds to show it, from 1 to 600; the portal picks when left out.
                    ///
                    /// Wire name: `duration`.
                    pub fn duration(mut self, duration: i64) -> Self {
                        self.duration = Some(duration);
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
                impl crate::Method for Notify {
                    const NAME: &'static str = "imbot.v2.Chat.InputAction.notify";
                    const INFO: &'static crate::schema::MethodInfo = &NOTIFY_INFO;
                    type Output = NotifyResult;
                    type Error = NotifyError;
                }
                impl serde::Serialize for Notify {
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
                        let value = &self.dialog_id;
                        map.serialize_entry("dialogId", value)?;
                        if let Some(value) = &self.status_message_code {
                            map.serialize_entry("statusMessageCode", value)?;
                        }
                        if let Some(value) = &self.duration {
                            map.serialize_entry("duration", value)?;
                        }
                        for (name, value) in &self.extra {
                            map.serialize_entry(name, value)?;
                        }
                        map.end()
                    }
                }
                /// What `imbot.v2.Chat.InputAction.notify` returns: Whether the indicator is shown.
                #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
                #[non_exhaustive]
                pub struct NotifyResult {
                    /// `true` once the indicator is sent.
                    ///
                    /// Wire name: `result`.
                    pub result: bool,
                }
                impl serde::Serialize for NotifyResult {
                    fn serialize<S: serde::Serializer>(
                        &self,
                        serializer: S,
                    ) -> Result<S::Ok, S::Error> {
                        use serde::ser::SerializeMap as _;
                        let mut map = serializer.serialize_map(None)?;
                        let value = &self.result;
                        map.serialize_entry("result", value)?;
                        map.end()
                    }
                }
                /// An error code `imbot.v2.Chat.InputAction.notify` can return: its own codes, the system codes every method shares, or a code this crate does not know yet.
                #[derive(Debug, Clone, PartialEq, Eq)]
                #[non_exhaustive]
                pub enum NotifyError {
                    /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                    BotTokenNotSpecified,
                    /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                    BotIdRequired,
                    /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                    BotNotFound,
                    /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                    BotOwnershipError,
                    /// `ACCESS_DENIED` (HTTP 403): The bot is not a member of the chat.
                    ///
                    /// The same code is also a system error; for this method it means the above.
                    AccessDenied,
                    /// A system error, which any method may return.
                    System(crate::SystemError),
                    /// A code this version of the crate does not know, as received.
                    Unknown(String),
                }
                /// The error table of `imbot.v2.Chat.InputAction.notify`, in documentation order.
                pub static NOTIFY_ERRORS: [crate::schema::ErrorInfo; 5] = [
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
                    crate::schema::ErrorInfo {
                        code: "ACCESS_DENIED",
                        status: Some(403),
                        message: "Access denied",
                        meaning: "The bot is not a member of the chat.",
                        retry_safe: true,
                        legacy: false,
                    },
                ];
                impl crate::MethodError for NotifyError {
                    fn from_code(code: &str) -> Self {
                        match code {
                            "BOT_TOKEN_NOT_SPECIFIED" => Self::BotTokenNotSpecified,
                            "BOT_ID_REQUIRED" => Self::BotIdRequired,
                            "BOT_NOT_FOUND" => Self::BotNotFound,
                            "BOT_OWNERSHIP_ERROR" => Self::BotOwnershipError,
                            "ACCESS_DENIED" => Self::AccessDenied,
                            _ => {
                                match <crate::SystemError as crate::MethodError>::from_code(
                                    code,
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
                            Self::AccessDenied => "ACCESS_DENIED",
                            Self::System(system) => system.code(),
                            Self::Unknown(code) => code,
                        }
                    }
                    fn info(&self) -> Option<&'static crate::schema::ErrorInfo> {
                        match self {
                            Self::BotTokenNotSpecified => Some(&NOTIFY_ERRORS[0]),
                            Self::BotIdRequired => Some(&NOTIFY_ERRORS[1]),
                            Self::BotNotFound => Some(&NOTIFY_ERRORS[2]),
                            Self::BotOwnershipError => Some(&NOTIFY_ERRORS[3]),
                            Self::AccessDenied => Some(&NOTIFY_ERRORS[4]),
                            Self::System(system) => system.info(),
                            Self::Unknown(_) => None,
                        }
                    }
                }
                impl std::fmt::Display for NotifyError {
                    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        crate::schema::describe_error(self, f)
                    }
                }
                impl std::error::Error for NotifyError {}
                /// What the schema says about `imbot.v2.Chat.InputAction.notify`: its params, result and errors.
                pub static NOTIFY_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    name: "imbot.v2.Chat.InputAction.notify",
                    scope: "imbot",
                    summary: "Shows that the bot is busy in a dialog, such as \"typing…\".",
                    docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/ui/chat-input-action-notify.html",
                    who: "owner of the registered bot",
                    idempotent: true,
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
                            doc: "Id of the bot that acts.",
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
                            name: "dialogId",
                            ty: "string",
                            required: true,
                            required_with: None,
                            default: None,
                            doc: "The dialog: `chat` followed by the chat id for a group chat (`chat5`), the user id for a private one.",
                            secret: false,
                            values: &[],
                            fields: &[],
                        },
                        crate::schema::ParamInfo {
                            name: "statusMessageCode",
                            ty: "InputActionStatus",
                            required: false,
                            required_with: None,
                            default: None,
                            doc: "Which activity to show; plain \"typing\" when left out.",
                            secret: false,
                            values: &[
                                "IMBOT_AGENT_ACTION_THINKING",
                                "IMBOT_AGENT_ACTION_SEARCHING",
                                "IMBOT_AGENT_ACTION_GENERATING",
                                "IMBOT_AGENT_ACTION_ANALYZING",
                                "IMBOT_AGENT_ACTION_PROCESSING",
                                "IMBOT_AGENT_ACTION_TRANSLATING",
                                "IMBOT_AGENT_ACTION_CONNECTING",
                                "IMBOT_AGENT_ACTION_CHECKING",
                                "IMBOT_AGENT_ACTION_CALCULATING",
                                "IMBOT_AGENT_ACTION_READING_DOCS",
                                "IMBOT_AGENT_ACTION_COMPOSING",
                            ],
                            fields: &[],
                        },
                        crate::schema::ParamInfo {
                            name: "duration",
                            ty: "integer",
                            required: false,
                            required_with: None,
                            default: None,
                            doc: "How many seconds to show it, from 1 to 600; the portal picks when left out.",
                            secret: false,
                            values: &[],
                            fields: &[],
                        },
                    ],
                    result: "object",
                    errors: &NOTIFY_ERRORS,
                };
            }
            /// The `imbot.v2.Chat.Manager.*` methods.
            pub mod manager {
                /// Makes members of a group chat its managers; the other managers keep their role.
                ///
                /// Wire name `imbot.v2.Chat.Manager.add`, scope `imbot`. Who may call it: owner of the registered bot; the bot must own the chat. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                ///
                /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-manager-add.html>
                #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
                #[non_exhaustive]
                pub struct Add {
                    /// Id of the bot that acts.
                    ///
                    /// Wire name: `botId`.
                    #[serde(rename = "botId")]
                    pub bot_id: i64,
                    /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                    ///
                    /// Wire name: `botToken`. Required with webhook auth.
                    #[serde(rename = "botToken")]
                    pub bot_token: Option<crate::Secret>,
                    /// The group chat: `chat` followed by its id (`chat5`).
                    ///
                    /// Wire name: `dialogId`.
                    #[serde(rename = "dialogId")]
                    pub dialog_id: String,
                    /// Ids of the users to make managers.
                    ///
                    /// Wire name: `userIds`.
                    #[serde(rename = "userIds")]
                    pub user_ids: Vec<i64>,
                    /// Parameters the schema does not describe, sent as given after the
                    /// typed ones. Set them with [`Self::param`].
                    #[serde(flatten)]
                    pub extra: serde_json::Map<String, serde_json::Value>,
                }
                impl Add {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `bot_id` (`botId`): Id of the bot that acts.
                    /// - `dialog_id` (`dialogId`): The group chat: `chat` followed by its id (`chat5`).
                    /// - `user_ids` (`userIds`): Ids of the users to make managers.
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
                    /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                    ///
                    /// Wire name: `botToken`. Required with webhook auth.
                    pub fn bot_token(
                        mut self,
                        bot_token: impl Into<crate::Secret>,
                    ) -> Self {
                        self.bot_token = Some(bot_token.into());
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
                    const NAME: &'static str = "imbot.v2.Chat.Manager.add";
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
                        let value = &self.dialog_id;
                        map.serialize_entry("dialogId", value)?;
                        let value = &self.user_ids;
                        map.serialize_entry("userIds", value)?;
                        for (name, value) in &self.extra {
                            map.serialize_entry(name, value)?;
                        }
                        map.end()
                    }
                }
                /// What `imbot.v2.Chat.Manager.add` returns: Whether the managers changed.
                #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
                #[non_exhaustive]
                pub struct AddResult {
                    /// `true` once the users are managers.
                    ///
                    /// Wire name: `result`.
                    pub result: bool,
                }
                impl serde::Serialize for AddResult {
                    fn serialize<S: serde::Serializer>(
                        &self,
                        serializer: S,
                    ) -> Result<S::Ok, S::Error> {
                        use serde::ser::SerializeMap as _;
                        let mut map = serializer.serialize_map(None)?;
                        let value = &self.result;
                        map.serialize_entry("result", value)?;
                        map.end()
                    }
                }
                /// An error code `imbot.v2.Chat.Manager.add` can return: its own codes, the system codes every method shares, or a code this crate does not know yet.
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
                    /// `EMPTY_USER_IDS` (HTTP 400): `userIds` was not given or is empty.
                    EmptyUserIds,
                    /// `ACCESS_DENIED` (HTTP 403): The bot is not a member of the chat, or is not its owner.
                    ///
                    /// The same code is also a system error; for this method it means the above.
                    AccessDenied,
                    /// A system error, which any method may return.
                    System(crate::SystemError),
                    /// A code this version of the crate does not know, as received.
                    Unknown(String),
                }
                /// The error table of `imbot.v2.Chat.Manager.add`, in documentation order.
                pub static ADD_ERRORS: [crate::schema::ErrorInfo; 6] = [
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
                    crate::schema::ErrorInfo {
                        code: "EMPTY_USER_IDS",
                        status: Some(400),
                        message: "Empty user IDs",
                        meaning: "`userIds` was not given or is empty.",
                        retry_safe: true,
                        legacy: false,
                    },
                    crate::schema::ErrorInfo {
                        code: "ACCESS_DENIED",
                        status: Some(403),
                        message: "Access denied",
                        meaning: "The bot is not a member of the chat, or is not its owner.",
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
                            "EMPTY_USER_IDS" => Self::EmptyUserIds,
                            "ACCESS_DENIED" => Self::AccessDenied,
                            _ => {
                                match <crate::SystemError as crate::MethodError>::from_code(
                                    code,
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
                            Self::EmptyUserIds => "EMPTY_USER_IDS",
                            Self::AccessDenied => "ACCESS_DENIED",
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
                            Self::EmptyUserIds => Some(&ADD_ERRORS[4]),
                            Self::AccessDenied => Some(&ADD_ERRORS[5]),
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
                /// What the schema says about `imbot.v2.Chat.Manager.add`: its params, result and errors.
                pub static ADD_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    name: "imbot.v2.Chat.Manager.add",
                    scope: "imbot",
                    summary: "Makes members of a group chat its managers; the other managers keep their role.",
                    docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-manager-add.html",
                    who: "owner of the registered bot; the bot must own the chat",
                    idempotent: true,
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
                            doc: "Id of the bot that acts.",
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
                            name: "dialogId",
                            ty: "string",
                            required: true,
                            required_with: None,
                            default: None,
                            doc: "The group chat: `chat` followed by its id (`chat5`).",
                            secret: false,
                            values: &[],
                            fields: &[],
                        },
                        crate::schema::ParamInfo {
                            name: "userIds",
                            ty: "[integer]",
                            required: true,
                            required_with: None,
                            default: None,
                            doc: "Ids of the users to make managers.",
                            secret: false,
                            values: &[],
                            fields: &[],
                        },
                    ],
                    result: "object",
                    errors: &ADD_ERRORS,
                };
                /// Takes the manager role away from members of a group chat; the other managers keep their role.
                ///
                /// Wire name `imbot.v2.Chat.Manager.delete`, scope `imbot`. Who may call it: owner of the registered bot; the bot must own the chat. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                ///
                /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-manager-delete.html>
                #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
                #[non_exhaustive]
                pub struct Delete {
                    /// Id of the bot that acts.
                    ///
                    /// Wire name: `botId`.
                    #[serde(rename = "botId")]
                    pub bot_id: i64,
                    /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                    ///
                    /// Wire name: `botToken`. Required with webhook auth.
                    #[serde(rename = "botToken")]
                    pub bot_token: Option<crate::Secret>,
                    /// The group chat: `chat` followed by its id (`chat5`).
                    ///
                    /// Wire name: `dialogId`.
                    #[serde(rename = "dialogId")]
                    pub dialog_id: String,
                    /// Ids of the users who stop being managers.
                    ///
                    /// Wire name: `userIds`.
                    #[serde(rename = "userIds")]
                    pub user_ids: Vec<i64>,
                    /// Parameters the schema does not describe, sent as given after the
                    /// typed ones. Set them with [`Self::param`].
                    #[serde(flatten)]
                    pub extra: serde_json::Map<String, serde_json::Value>,
                }
                impl Delete {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `bot_id` (`botId`): Id of the bot that acts.
                    /// - `dialog_id` (`dialogId`): The group chat: `chat` followed by its id (`chat5`).
                    /// - `user_ids` (`userIds`): Ids of the users who stop being managers.
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
                    /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                    ///
                    /// Wire name: `botToken`. Required with webhook auth.
                    pub fn bot_token(
                        mut self,
                        bot_token: impl Into<crate::Secret>,
                    ) -> Self {
                        self.bot_token = Some(bot_token.into());
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
                impl crate::Method for Delete {
                    const NAME: &'static str = "imbot.v2.Chat.Manager.delete";
                    const INFO: &'static crate::schema::MethodInfo = &DELETE_INFO;
                    type Output = DeleteResult;
                    type Error = DeleteError;
                }
                impl serde::Serialize for Delete {
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
                        let value = &self.dialog_id;
                        map.serialize_entry("dialogId", value)?;
                        let value = &self.user_ids;
                        map.serialize_entry("userIds", value)?;
                        for (name, value) in &self.extra {
                            map.serialize_entry(name, value)?;
                        }
                        map.end()
                    }
                }
                /// What `imbot.v2.Chat.Manager.delete` returns: Whether the managers changed.
                #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
                #[non_exhaustive]
                pub struct DeleteResult {
                    /// `true` once the users are no longer managers.
                    ///
                    /// Wire name: `result`.
                    pub result: bool,
                }
                impl serde::Serialize for DeleteResult {
                    fn serialize<S: serde::Serializer>(
                        &self,
                        serializer: S,
                    ) -> Result<S::Ok, S::Error> {
                        use serde::ser::SerializeMap as _;
                        let mut map = serializer.serialize_map(None)?;
                        let value = &self.result;
                        map.serialize_entry("result", value)?;
                        map.end()
                    }
                }
                /// An error code `imbot.v2.Chat.Manager.delete` can return: its own codes, the system codes every method shares, or a code this crate does not know yet.
                #[derive(Debug, Clone, PartialEq, Eq)]
                #[non_exhaustive]
                pub enum DeleteError {
                    /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                    BotTokenNotSpecified,
                    /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                    BotIdRequired,
                    /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                    BotNotFound,
                    /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                    BotOwnershipError,
                    /// `EMPTY_USER_IDS` (HTTP 400): `userIds` was not given or is empty.
                    EmptyUserIds,
                    /// `ACCESS_DENIED` (HTTP 403): The bot is not a member of the chat, or is not its owner.
                    ///
                    /// The same code is also a system error; for this method it means the above.
                    AccessDenied,
                    /// A system error, which any method may return.
                    System(crate::SystemError),
                    /// A code this version of the crate does not know, as received.
                    Unknown(String),
                }
                /// The error table of `imbot.v2.Chat.Manager.delete`, in documentation order.
                pub static DELETE_ERRORS: [crate::schema::ErrorInfo; 6] = [
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
                    crate::schema::ErrorInfo {
                        code: "EMPTY_USER_IDS",
                        status: Some(400),
                        message: "Empty user IDs",
                        meaning: "`userIds` was not given or is empty.",
                        retry_safe: true,
                        legacy: false,
                    },
                    crate::schema::ErrorInfo {
                        code: "ACCESS_DENIED",
                        status: Some(403),
                        message: "Access denied",
                        meaning: "The bot is not a member of the chat, or is not its owner.",
                        retry_safe: true,
                        legacy: false,
                    },
                ];
                impl crate::MethodError for DeleteError {
                    fn from_code(code: &str) -> Self {
                        match code {
                            "BOT_TOKEN_NOT_SPECIFIED" => Self::BotTokenNotSpecified,
                            "BOT_ID_REQUIRED" => Self::BotIdRequired,
                            "BOT_NOT_FOUND" => Self::BotNotFound,
                            "BOT_OWNERSHIP_ERROR" => Self::BotOwnershipError,
                            "EMPTY_USER_IDS" => Self::EmptyUserIds,
                            "ACCESS_DENIED" => Self::AccessDenied,
                            _ => {
                                match <crate::SystemError as crate::MethodError>::from_code(
                                    code,
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
                            Self::EmptyUserIds => "EMPTY_USER_IDS",
                            Self::AccessDenied => "ACCESS_DENIED",
                            Self::System(system) => system.code(),
                            Self::Unknown(code) => code,
                        }
                    }
                    fn info(&self) -> Option<&'static crate::schema::ErrorInfo> {
                        match self {
                            Self::BotTokenNotSpecified => Some(&DELETE_ERRORS[0]),
                            Self::BotIdRequired => Some(&DELETE_ERRORS[1]),
                            Self::BotNotFound => Some(&DELETE_ERRORS[2]),
                            Self::BotOwnershipError => Some(&DELETE_ERRORS[3]),
                            Self::EmptyUserIds => Some(&DELETE_ERRORS[4]),
                            Self::AccessDenied => Some(&DELETE_ERRORS[5]),
                            Self::System(system) => system.info(),
                            Self::Unknown(_) => None,
                        }
                    }
                }
                impl std::fmt::Display for DeleteError {
                    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        crate::schema::describe_error(self, f)
                    }
                }
                impl std::error::Error for DeleteError {}
                /// What the schema says about `imbot.v2.Chat.Manager.delete`: its params, result and errors.
                pub static DELETE_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    name: "imbot.v2.Chat.Manager.delete",
                    scope: "imbot",
                    summary: "Takes the manager role away from members of a group chat; the other managers keep their role.",
                    docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-manager-delete.html",
                    who: "owner of the registered bot; the bot must own the chat",
                    idempotent: true,
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
                            doc: "Id of the bot that acts.",
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
                            name: "dialogId",
                            ty: "string",
                            required: true,
                            required_with: None,
                            default: None,
                            doc: "The group chat: `chat` followed by its id (`chat5`).",
                            secret: false,
                            values: &[],
                            fields: &[],
                        },
                        crate::schema::ParamInfo {
                            name: "userIds",
                            ty: "[integer]",
                            required: true,
                            required_with: None,
                            default: None,
                            doc: "Ids of the users who stop being managers.",
                            secret: false,
                            values: &[],
                            fields: &[],
                        },
                    ],
                    result: "object",
                    errors: &DELETE_ERRORS,
                };
            }
            /// The `imbot.v2.Chat.Message.*` methods.
            pub mod message {
                /// The bot deletes a message: its own, or any message of a chat it manages.
                ///
                /// System messages (posted with `system: true`) have no author, so only a bot
                /// that manages the chat may delete them.
                ///
                /// Wire name `imbot.v2.Chat.Message.delete`, scope `imbot`. Who may call it: owner of the registered bot. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                ///
                /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-delete.html>
                #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
                #[non_exhaustive]
                pub struct Delete {
                    /// Id of the bot that acts.
                    ///
                    /// Wire name: `botId`.
                    #[serde(rename = "botId")]
                    pub bot_id: i64,
                    /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                    ///
                    /// Wire name: `botToken`. Required with webhook auth.
                    #[serde(rename = "botToken")]
                    pub bot_token: Option<crate::Secret>,
                    /// Id of the message to delete.
                    ///
                    /// Wire name: `messageId`.
                    #[serde(rename = "messageId")]
                    pub message_id: i64,
                    /// Whether to erase the message from the database rather than mark it deleted.
                    ///
                    /// Wire name: `complete`. Default: `false`.
                    pub complete: Option<bool>,
                    /// Parameters the schema does not describe, sent as given after the
                    /// typed ones. Set them with [`Self::param`].
                    #[serde(flatten)]
                    pub extra: serde_json::Map<String, serde_json::Value>,
                }
                impl Delete {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `bot_id` (`botId`): Id of the bot that acts.
                    /// - `message_id` (`messageId`): Id of the message to delete.
                    pub fn new(bot_id: i64, message_id: i64) -> Self {
                        Self {
                            bot_id,
                            bot_token: None,
                            message_id,
                            complete: None,
                            extra: serde_json::Map::new(),
                        }
                    }
                    /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                    ///
                    /// Wire name: `botToken`. Required with webhook auth.
                    pub fn bot_token(
                        mut self,
                        bot_token: impl Into<crate::Secret>,
                    ) -> Self {
                        self.bot_token = Some(bot_token.into());
                        self
                    }
                    /// Whether to erase the message from the database rather than mark it deleted.
                    ///
                    /// Wire name: `complete`. Default: `false`.
                    pub fn complete(mut self, complete: bool) -> Self {
                        self.complete = Some(complete);
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
                impl crate::Method for Delete {
                    const NAME: &'static str = "imbot.v2.Chat.Message.delete";
                    const INFO: &'static crate::schema::MethodInfo = &DELETE_INFO;
                    type Output = DeleteResult;
                    type Error = DeleteError;
                }
                impl serde::Serialize for Delete {
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
                        let value = &self.message_id;
                        map.serialize_entry("messageId", value)?;
                        if let Some(value) = &self.complete {
                            map.serialize_entry("complete", value)?;
                        }
                        for (name, value) in &self.extra {
                            map.serialize_entry(name, value)?;
                        }
                        map.end()
                    }
                }
                /// What `imbot.v2.Chat.Message.delete` returns: Whether the message was deleted.
                #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
                #[non_exhaustive]
                pub struct DeleteResult {
                    /// `true` once the message is deleted.
                    ///
                    /// Wire name: `result`.
                    pub result: bool,
                }
                impl serde::Serialize for DeleteResult {
                    fn serialize<S: serde::Serializer>(
                        &self,
                        serializer: S,
                    ) -> Result<S::Ok, S::Error> {
                        use serde::ser::SerializeMap as _;
                        let mut map = serializer.serialize_map(None)?;
                        let value = &self.result;
                        map.serialize_entry("result", value)?;
                        map.end()
                    }
                }
                /// An error code `imbot.v2.Chat.Message.delete` can return: its own codes, the system codes every method shares, or a code this crate does not know yet.
                #[derive(Debug, Clone, PartialEq, Eq)]
                #[non_exhaustive]
                pub enum DeleteError {
                    /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                    BotTokenNotSpecified,
                    /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                    BotIdRequired,
                    /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                    BotNotFound,
                    /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                    BotOwnershipError,
                    /// `ACCESS_DENIED` (HTTP 403): The message is not the bot's and the bot does not manage the chat, or the message does not exist.
                    ///
                    /// The same code is also a system error; for this method it means the above.
                    AccessDenied,
                    /// A system error, which any method may return.
                    System(crate::SystemError),
                    /// A code this version of the crate does not know, as received.
                    Unknown(String),
                }
                /// The error table of `imbot.v2.Chat.Message.delete`, in documentation order.
                pub static DELETE_ERRORS: [crate::schema::ErrorInfo; 5] = [
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
                    crate::schema::ErrorInfo {
                        code: "ACCESS_DENIED",
                        status: Some(403),
                        message: "Access denied",
                        meaning: "The message is not the bot's and the bot does not manage the chat, or the message does not exist.",
                        retry_safe: true,
                        legacy: false,
                    },
                ];
                impl crate::MethodError for DeleteError {
                    fn from_code(code: &str) -> Self {
                        match code {
                            "BOT_TOKEN_NOT_SPECIFIED" => Self::BotTokenNotSpecified,
                            "BOT_ID_REQUIRED" => Self::BotIdRequired,
                            "BOT_NOT_FOUND" => Self::BotNotFound,
                            "BOT_OWNERSHIP_ERROR" => Self::BotOwnershipError,
                            "ACCESS_DENIED" => Self::AccessDenied,
                            _ => {
                                match <crate::SystemError as crate::MethodError>::from_code(
                                    code,
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
                            Self::AccessDenied => "ACCESS_DENIED",
                            Self::System(system) => system.code(),
                            Self::Unknown(code) => code,
                        }
                    }
                    fn info(&self) -> Option<&'static crate::schema::ErrorInfo> {
                        match self {
                            Self::BotTokenNotSpecified => Some(&DELETE_ERRORS[0]),
                            Self::BotIdRequired => Some(&DELETE_ERRORS[1]),
                            Self::BotNotFound => Some(&DELETE_ERRORS[2]),
                            Self::BotOwnershipError => Some(&DELETE_ERRORS[3]),
                            Self::AccessDenied => Some(&DELETE_ERRORS[4]),
                            Self::System(system) => system.info(),
                            Self::Unknown(_) => None,
                        }
                    }
                }
                impl std::fmt::Display for DeleteError {
                    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        crate::schema::describe_error(self, f)
                    }
                }
                impl std::error::Error for DeleteError {}
                /// What the schema says about `imbot.v2.Chat.Message.delete`: its params, result and errors.
                pub static DELETE_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    name: "imbot.v2.Chat.Message.delete",
                    scope: "imbot",
                    summary: "The bot deletes a message: its own, or any message of a chat it manages.",
                    docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-delete.html",
                    who: "owner of the registered bot",
                    idempotent: true,
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
                            doc: "Id of the bot that acts.",
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
                            name: "messageId",
                            ty: "integer",
                            required: true,
                            required_with: None,
                            default: None,
                            doc: "Id of the message to delete.",
                            secret: false,
                            values: &[],
                            fields: &[],
                        },
                        crate::schema::ParamInfo {
                            name: "complete",
                            ty: "boolean",
                            required: false,
                            required_with: None,
                            default: Some("false"),
                            doc: "Whether to erase the message from the database rather than mark it deleted.",
                            secret: false,
                            values: &[],
                            fields: &[],
                        },
                    ],
                    result: "object",
                    errors: &DELETE_ERRORS,
                };
                /// Reads a message by its id; for `supervisor` and `personal` bots only.
                ///
                /// A typical use: an event carries a `replyId`, and the bot reads the message
                /// it replies to.
                ///
                /// Wire name `imbot.v2.Chat.Message.get`, scope `imbot`. Who may call it: owner of the registered bot. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                ///
                /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-get.html>
                #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
                #[non_exhaustive]
                pub struct Get {
                    /// Id of the bot that acts.
                    ///
                    /// Wire name: `botId`.
                    #[serde(rename = "botId")]
                    pub bot_id: i64,
                    /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                    ///
                    /// Wire name: `botToken`. Required with webhook auth.
                    #[serde(rename = "botToken")]
                    pub bot_token: Option<crate::Secret>,
                    /// Id of the message.
                    ///
                    /// Wire name: `messageId`.
                    #[serde(rename = "messageId")]
                    pub message_id: i64,
                    /// Parameters the schema does not describe, sent as given after the
                    /// typed ones. Set them with [`Self::param`].
                    #[serde(flatten)]
                    pub extra: serde_json::Map<String, serde_json::Value>,
                }
                impl Get {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `bot_id` (`botId`): Id of the bot that acts.
                    /// - `message_id` (`messageId`): Id of the message.
                    pub fn new(bot_id: i64, message_id: i64) -> Self {
                        Self {
                            bot_id,
                            bot_token: None,
                            message_id,
                            extra: serde_json::Map::new(),
                        }
                    }
                    /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                    ///
                    /// Wire name: `botToken`. Required with webhook auth.
                    pub fn bot_token(
                        mut self,
                        bot_token: impl Into<crate::Secret>,
                    ) -> Self {
                        self.bot_token = Some(bot_token.into());
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
                impl crate::Method for Get {
                    const NAME: &'static str = "imbot.v2.Chat.Message.get";
                    const INFO: &'static crate::schema::MethodInfo = &GET_INFO;
                    type Output = GetResult;
                    type Error = GetError;
                }
                impl serde::Serialize for Get {
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
                        let value = &self.message_id;
                        map.serialize_entry("messageId", value)?;
                        for (name, value) in &self.extra {
                            map.serialize_entry(name, value)?;
                        }
                        map.end()
                    }
                }
                /// What `imbot.v2.Chat.Message.get` returns: The message and its author.
                #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
                #[non_exhaustive]
                pub struct GetResult {
                    /// The message.
                    ///
                    /// Wire name: `message`.
                    pub message: crate::imbot::Message,
                    /// Its author.
                    ///
                    /// Wire name: `user`.
                    pub user: Option<crate::imbot::User>,
                }
                impl serde::Serialize for GetResult {
                    fn serialize<S: serde::Serializer>(
                        &self,
                        serializer: S,
                    ) -> Result<S::Ok, S::Error> {
                        use serde::ser::SerializeMap as _;
                        let mut map = serializer.serialize_map(None)?;
                        let value = &self.message;
                        map.serialize_entry("message", value)?;
                        if let Some(value) = &self.user {
                            map.serialize_entry("user", value)?;
                        }
                        map.end()
                    }
                }
                /// An error code `imbot.v2.Chat.Message.get` can return: its own codes, the system codes every method shares, or a code this crate does not know yet.
                #[derive(Debug, Clone, PartialEq, Eq)]
                #[non_exhaustive]
                pub enum GetError {
                    /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                    BotTokenNotSpecified,
                    /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                    BotIdRequired,
                    /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                    BotNotFound,
                    /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                    BotOwnershipError,
                    /// `BOT_TYPE_NOT_ALLOWED` (HTTP 403): Only `supervisor` and `personal` bots may call this method.
                    BotTypeNotAllowed,
                    /// A system error, which any method may return.
                    System(crate::SystemError),
                    /// A code this version of the crate does not know, as received.
                    Unknown(String),
                }
                /// The error table of `imbot.v2.Chat.Message.get`, in documentation order.
                pub static GET_ERRORS: [crate::schema::ErrorInfo; 5] = [
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
                    crate::schema::ErrorInfo {
                        code: "BOT_TYPE_NOT_ALLOWED",
                        status: Some(403),
                        message: "Bot type not allowed",
                        meaning: "Only `supervisor` and `personal` bots may call this method.",
                        retry_safe: true,
                        legacy: false,
                    },
                ];
                impl crate::MethodError for GetError {
                    fn from_code(code: &str) -> Self {
                        match code {
                            "BOT_TOKEN_NOT_SPECIFIED" => Self::BotTokenNotSpecified,
                            "BOT_ID_REQUIRED" => Self::BotIdRequired,
                            "BOT_NOT_FOUND" => Self::BotNotFound,
                            "BOT_OWNERSHIP_ERROR" => Self::BotOwnershipError,
                            "BOT_TYPE_NOT_ALLOWED" => Self::BotTypeNotAllowed,
                            _ => {
                                match <crate::SystemError as crate::MethodError>::from_code(
                                    code,
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
                            Self::BotTypeNotAllowed => "BOT_TYPE_NOT_ALLOWED",
                            Self::System(system) => system.code(),
                            Self::Unknown(code) => code,
                        }
                    }
                    fn info(&self) -> Option<&'static crate::schema::ErrorInfo> {
                        match self {
                            Self::BotTokenNotSpecified => Some(&GET_ERRORS[0]),
                            Self::BotIdRequired => Some(&GET_ERRORS[1]),
                            Self::BotNotFound => Some(&GET_ERRORS[2]),
                            Self::BotOwnershipError => Some(&GET_ERRORS[3]),
                            Self::BotTypeNotAllowed => Some(&GET_ERRORS[4]),
                            Self::System(system) => system.info(),
                            Self::Unknown(_) => None,
                        }
                    }
                }
                impl std::fmt::Display for GetError {
                    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        crate::schema::describe_error(self, f)
                    }
                }
                impl std::error::Error for GetError {}
                /// What the schema says about `imbot.v2.Chat.Message.get`: its params, result and errors.
                pub static GET_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    name: "imbot.v2.Chat.Message.get",
                    scope: "imbot",
                    summary: "Reads a message by its id; for `supervisor` and `personal` bots only.",
                    docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-get.html",
                    who: "owner of the registered bot",
                    idempotent: true,
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
                            doc: "Id of the bot that acts.",
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
                            name: "messageId",
                            ty: "integer",
                            required: true,
                            required_with: None,
                            default: None,
                            doc: "Id of the message.",
                            secret: false,
                            values: &[],
                            fields: &[],
                        },
                    ],
                    result: "object",
                    errors: &GET_ERRORS,
                };
                /// Reads the messages around a message; for `supervisor` and `personal` bots only.
                ///
                /// To page on, call again with the id of the last message read (newer) or of
                /// the first (older).
                ///
                /// Wire name `imbot.v2.Chat.Message.getContext`, scope `imbot`. Who may call it: owner of the registered bot. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                ///
                /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-get-context.html>
                #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
                #[non_exhaustive]
                pub struct GetContext {
                    /// Id of the bot that acts.
                    ///
                    /// Wire name: `botId`.
                    #[serde(rename = "botId")]
                    pub bot_id: i64,
                    /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                    ///
                    /// Wire name: `botToken`. Required with webhook auth.
                    #[serde(rename = "botToken")]
                    pub bot_token: Option<crate::Secret>,
                    /// Id of the message in the middle.
                    ///
                    /// Wire name: `messageId`.
                    #[serde(rename = "messageId")]
                    pub message_id: i64,
                    /// How many messages to read on each side, from 1 to 50.
                    ///
                    /// Wire name: `range`. Default: `50`.
                    pub range: Option<i64>,
                    /// Parameters the schema does not describe, sent as given after the
                    /// typed ones. Set them with [`Self::param`].
                    #[serde(flatten)]
                    pub extra: serde_json::Map<String, serde_json::Value>,
                }
                impl GetContext {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `bot_id` (`botId`): Id of the bot that acts.
                    /// - `message_id` (`messageId`): Id of the message in the middle.
                    pub fn new(bot_id: i64, message_id: i64) -> Self {
                        Self {
                            bot_id,
                            bot_token: None,
                            message_id,
                            range: None,
                            extra: serde_json::Map::new(),
                        }
                    }
                    /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                    ///
                    /// Wire name: `botToken`. Required with webhook auth.
                    pub fn bot_token(
                        mut self,
                        bot_token: impl Into<crate::Secret>,
                    ) -> Self {
                        self.bot_token = Some(bot_token.into());
                        self
                    }
                    /// How many messages to read on each side, from 1 to 50.
                    ///
                    /// Wire name: `range`. Default: `50`.
                    pub fn range(mut self, range: i64) -> Self {
                        self.range = Some(range);
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
                impl crate::Method for GetContext {
                    const NAME: &'static str = "imbot.v2.Chat.Message.getContext";
                    const INFO: &'static crate::schema::MethodInfo = &GET_CONTEXT_INFO;
                    type Output = GetContextResult;
                    type Error = GetContextError;
                }
                impl serde::Serialize for GetContext {
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
                        let value = &self.message_id;
                        map.serialize_entry("messageId", value)?;
                        if let Some(value) = &self.range {
                            map.serialize_entry("range", value)?;
                        }
                        for (name, value) in &self.extra {
                            map.serialize_entry(name, value)?;
                        }
                        map.end()
                    }
                }
                /// What `imbot.v2.Chat.Message.getContext` returns: The messages and their authors.
                #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
                #[non_exhaustive]
                pub struct GetContextResult {
                    /// The messages, oldest first.
                    ///
                    /// Wire name: `messages`.
                    pub messages: Vec<crate::imbot::Message>,
                    /// Their authors.
                    ///
                    /// Wire name: `users`.
                    pub users: Option<Vec<crate::imbot::User>>,
                    /// Whether older messages exist.
                    ///
                    /// Wire name: `hasPrevPage`.
                    #[serde(rename = "hasPrevPage")]
                    pub has_prev_page: Option<bool>,
                    /// Whether newer messages exist.
                    ///
                    /// Wire name: `hasNextPage`.
                    #[serde(rename = "hasNextPage")]
                    pub has_next_page: Option<bool>,
                }
                impl serde::Serialize for GetContextResult {
                    fn serialize<S: serde::Serializer>(
                        &self,
                        serializer: S,
                    ) -> Result<S::Ok, S::Error> {
                        use serde::ser::SerializeMap as _;
                        let mut map = serializer.serialize_map(None)?;
                        let value = &self.messages;
                        map.serialize_entry("messages", value)?;
                        if let Some(value) = &self.users {
                            map.serialize_entry("users", value)?;
                        }
                        if let Some(value) = &self.has_prev_page {
                            map.serialize_entry("hasPrevPage", value)?;
                        }
                        if let Some(value) = &self.has_next_page {
                            map.serialize_entry("hasNextPage", value)?;
                        }
                        map.end()
                    }
                }
                /// An error code `imbot.v2.Chat.Message.getContext` can return: its own codes, the system codes every method shares, or a code this crate does not know yet.
                #[derive(Debug, Clone, PartialEq, Eq)]
                #[non_exhaustive]
                pub enum GetContextError {
                    /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                    BotTokenNotSpecified,
                    /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                    BotIdRequired,
                    /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                    BotNotFound,
                    /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                    BotOwnershipError,
                    /// `BOT_TYPE_NOT_ALLOWED` (HTTP 403): Only `supervisor` and `personal` bots may call this method.
                    BotTypeNotAllowed,
                    /// `MESSAGE_NOT_FOUND` (HTTP 400): No message has this id.
                    MessageNotFound,
                    /// `MESSAGE_ACCESS_DENIED` (HTTP 403): The bot is not in the message's chat, or may not read its history.
                    MessageAccessDenied,
                    /// A system error, which any method may return.
                    System(crate::SystemError),
                    /// A code this version of the crate does not know, as received.
                    Unknown(String),
                }
                /// The error table of `imbot.v2.Chat.Message.getContext`, in documentation order.
                pub static GET_CONTEXT_ERRORS: [crate::schema::ErrorInfo; 7] = [
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
                    crate::schema::ErrorInfo {
                        code: "BOT_TYPE_NOT_ALLOWED",
                        status: Some(403),
                        message: "Bot type not allowed",
                        meaning: "Only `supervisor` and `personal` bots may call this method.",
                        retry_safe: true,
                        legacy: false,
                    },
                    crate::schema::ErrorInfo {
                        code: "MESSAGE_NOT_FOUND",
                        status: Some(400),
                        message: "Message not found",
                        meaning: "No message has this id.",
                        retry_safe: true,
                        legacy: false,
                    },
                    crate::schema::ErrorInfo {
                        code: "MESSAGE_ACCESS_DENIED",
                        status: Some(403),
                        message: "Message access denied",
                        meaning: "The bot is not in the message's chat, or may not read its history.",
                        retry_safe: true,
                        legacy: false,
                    },
                ];
                impl crate::MethodError for GetContextError {
                    fn from_code(code: &str) -> Self {
                        match code {
                            "BOT_TOKEN_NOT_SPECIFIED" => Self::BotTokenNotSpecified,
                            "BOT_ID_REQUIRED" => Self::BotIdRequired,
                            "BOT_NOT_FOUND" => Self::BotNotFound,
                            "BOT_OWNERSHIP_ERROR" => Self::BotOwnershipError,
                            "BOT_TYPE_NOT_ALLOWED" => Self::BotTypeNotAllowed,
                            "MESSAGE_NOT_FOUND" => Self::MessageNotFound,
                            "MESSAGE_ACCESS_DENIED" => Self::MessageAccessDenied,
                            _ => {
                                match <crate::SystemError as crate::MethodError>::from_code(
                                    code,
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
                            Self::BotTypeNotAllowed => "BOT_TYPE_NOT_ALLOWED",
                            Self::MessageNotFound => "MESSAGE_NOT_FOUND",
                            Self::MessageAccessDenied => "MESSAGE_ACCESS_DENIED",
                            Self::System(system) => system.code(),
                            Self::Unknown(code) => code,
                        }
                    }
                    fn info(&self) -> Option<&'static crate::schema::ErrorInfo> {
                        match self {
                            Self::BotTokenNotSpecified => Some(&GET_CONTEXT_ERRORS[0]),
                            Self::BotIdRequired => Some(&GET_CONTEXT_ERRORS[1]),
                            Self::BotNotFound => Some(&GET_CONTEXT_ERRORS[2]),
                            Self::BotOwnershipError => Some(&GET_CONTEXT_ERRORS[3]),
                            Self::BotTypeNotAllowed => Some(&GET_CONTEXT_ERRORS[4]),
                            Self::MessageNotFound => Some(&GET_CONTEXT_ERRORS[5]),
                            Self::MessageAccessDenied => Some(&GET_CONTEXT_ERRORS[6]),
                            Self::System(system) => system.info(),
                            Self::Unknown(_) => None,
                        }
                    }
                }
                impl std::fmt::Display for GetContextError {
                    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        crate::schema::describe_error(self, f)
                    }
                }
                impl std::error::Error for GetContextError {}
                /// What the schema says about `imbot.v2.Chat.Message.getContext`: its params, result and errors.
                pub static GET_CONTEXT_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    name: "imbot.v2.Chat.Message.getContext",
                    scope: "imbot",
                    summary: "Reads the messages around a message; for `supervisor` and `personal` bots only.",
                    docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-get-context.html",
                    who: "owner of the registered bot",
                    idempotent: true,
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
                            doc: "Id of the bot that acts.",
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
                            name: "messageId",
                            ty: "integer",
                            required: true,
                            required_with: None,
                            default: None,
                            doc: "Id of the message in the middle.",
                            secret: false,
                            values: &[],
                            fields: &[],
                        },
                        crate::schema::ParamInfo {
                            name: "range",
                            ty: "integer",
                            required: false,
                            required_with: None,
                            default: Some("50"),
                            doc: "How many messages to read on each side, from 1 to 50.",
                            secret: false,
                            values: &[],
                            fields: &[],
                        },
                    ],
                    result: "object",
                    errors: &GET_CONTEXT_ERRORS,
                };
                /// The bot marks the messages of a dialog read, up to a given one or all of them.
                ///
                /// Wire name `imbot.v2.Chat.Message.read`, scope `imbot`. Who may call it: owner of the registered bot. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                ///
                /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-read.html>
                #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
                #[non_exhaustive]
                pub struct Read {
                    /// Id of the bot that acts.
                    ///
                    /// Wire name: `botId`.
                    #[serde(rename = "botId")]
                    pub bot_id: i64,
                    /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                    ///
                    /// Wire name: `botToken`. Required with webhook auth.
                    #[serde(rename = "botToken")]
                    pub bot_token: Option<crate::Secret>,
                    /// The dialog: `chat` followed by the chat id for a group chat (`chat5`), the user id for a private one.
                    ///
                    /// Wire name: `dialogId`.
                    #[serde(rename = "dialogId")]
                    pub dialog_id: String,
                    /// The last message to mark read, included; every message when left out.
                    ///
                    /// Wire name: `messageId`.
                    #[serde(rename = "messageId")]
                    pub message_id: Option<i64>,
                    /// Parameters the schema does not describe, sent as given after the
                    /// typed ones. Set them with [`Self::param`].
                    #[serde(flatten)]
                    pub extra: serde_json::Map<String, serde_json::Value>,
                }
                impl Read {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `bot_id` (`botId`): Id of the bot that acts.
                    /// - `dialog_id` (`dialogId`): The dialog: `chat` followed by the chat id for a group chat (`chat5`), the user id for a private one.
                    pub fn new(bot_id: i64, dialog_id: impl Into<String>) -> Self {
                        Self {
                            bot_id,
                            bot_token: None,
                            dialog_id: dialog_id.into(),
                            message_id: None,
                            extra: serde_json::Map::new(),
                        }
                    }
                    /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                    ///
                    /// Wire name: `botToken`. Required with webhook auth.
                    pub fn bot_token(
                        mut self,
                        bot_token: impl Into<crate::Secret>,
                    ) -> Self {
                        self.bot_token = Some(bot_token.into());
                        self
                    }
                    /// The last message to mark read, included; every message when left out.
                    ///
                    /// Wire name: `messageId`.
                    pub fn message_id(mut self, message_id: i64) -> Self {
                        self.message_id = Some(message_id);
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
                impl crate::Method for Read {
                    const NAME: &'static str = "imbot.v2.Chat.Message.read";
                    const INFO: &'static crate::schema::MethodInfo = &READ_INFO;
                    type Output = ReadResult;
                    type Error = ReadError;
                }
                impl serde::Serialize for Read {
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
                        let value = &self.dialog_id;
                        map.serialize_entry("dialogId", value)?;
                        if let Some(value) = &self.message_id {
                            map.serialize_entry("messageId", value)?;
                        }
                        for (name, value) in &self.extra {
                            map.serialize_entry(name, value)?;
                        }
                        map.end()
                    }
                }
                /// What `imbot.v2.Chat.Message.read` returns: The state of the dialog afterwards.
                #[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
                #[non_exhaustive]
                pub struct ReadResult {
                    /// Id of the chat.
                    ///
                    /// Wire name: `chatId`.
                    #[serde(rename = "chatId")]
                    pub chat_id: Option<i64>,
                    /// Id of the last message read.
                    ///
                    /// Wire name: `lastId`.
                    #[serde(rename = "lastId")]
                    pub last_id: Option<i64>,
                    /// How many messages are still unread.
                    ///
                    /// Wire name: `counter`.
                    pub counter: Option<i64>,
                    /// Ids of the messages this call marked read.
                    ///
                    /// Wire name: `viewedMessages`.
                    #[serde(rename = "viewedMessages")]
                    pub viewed_messages: Option<Vec<i64>>,
                }
                impl serde::Serialize for ReadResult {
                    fn serialize<S: serde::Serializer>(
                        &self,
                        serializer: S,
                    ) -> Result<S::Ok, S::Error> {
                        use serde::ser::SerializeMap as _;
                        let mut map = serializer.serialize_map(None)?;
                        if let Some(value) = &self.chat_id {
                            map.serialize_entry("chatId", value)?;
                        }
                        if let Some(value) = &self.last_id {
                            map.serialize_entry("lastId", value)?;
                        }
                        if let Some(value) = &self.counter {
                            map.serialize_entry("counter", value)?;
                        }
                        if let Some(value) = &self.viewed_messages {
                            map.serialize_entry("viewedMessages", value)?;
                        }
                        map.end()
                    }
                }
                /// An error code `imbot.v2.Chat.Message.read` can return: its own codes, the system codes every method shares, or a code this crate does not know yet.
                #[derive(Debug, Clone, PartialEq, Eq)]
                #[non_exhaustive]
                pub enum ReadError {
                    /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                    BotTokenNotSpecified,
                    /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                    BotIdRequired,
                    /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                    BotNotFound,
                    /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                    BotOwnershipError,
                    /// `ACCESS_DENIED` (HTTP 403): The bot is not a member of the chat.
                    ///
                    /// The same code is also a system error; for this method it means the above.
                    AccessDenied,
                    /// `MESSAGE_NOT_FOUND` (HTTP 400): No message has this id, or the bot may not see it.
                    MessageNotFound,
                    /// A system error, which any method may return.
                    System(crate::SystemError),
                    /// A code this version of the crate does not know, as received.
                    Unknown(String),
                }
                /// The error table of `imbot.v2.Chat.Message.read`, in documentation order.
                pub static READ_ERRORS: [crate::schema::ErrorInfo; 6] = [
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
                    crate::schema::ErrorInfo {
                        code: "ACCESS_DENIED",
                        status: Some(403),
                        message: "Access denied",
                        meaning: "The bot is not a member of the chat.",
                        retry_safe: true,
                        legacy: false,
                    },
                    crate::schema::ErrorInfo {
                        code: "MESSAGE_NOT_FOUND",
                        status: Some(400),
                        message: "Message not found",
                        meaning: "No message has this id, or the bot may not see it.",
                        retry_safe: true,
                        legacy: false,
                    },
                ];
                impl crate::MethodError for ReadError {
                    fn from_code(code: &str) -> Self {
                        match code {
                            "BOT_TOKEN_NOT_SPECIFIED" => Self::BotTokenNotSpecified,
                            "BOT_ID_REQUIRED" => Self::BotIdRequired,
                            "BOT_NOT_FOUND" => Self::BotNotFound,
                            "BOT_OWNERSHIP_ERROR" => Self::BotOwnershipError,
                            "ACCESS_DENIED" => Self::AccessDenied,
                            "MESSAGE_NOT_FOUND" => Self::MessageNotFound,
                            _ => {
                                match <crate::SystemError as crate::MethodError>::from_code(
                                    code,
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
                            Self::AccessDenied => "ACCESS_DENIED",
                            Self::MessageNotFound => "MESSAGE_NOT_FOUND",
                            Self::System(system) => system.code(),
                            Self::Unknown(code) => code,
                        }
                    }
                    fn info(&self) -> Option<&'static crate::schema::ErrorInfo> {
                        match self {
                            Self::BotTokenNotSpecified => Some(&READ_ERRORS[0]),
                            Self::BotIdRequired => Some(&READ_ERRORS[1]),
                            Self::BotNotFound => Some(&READ_ERRORS[2]),
                            Self::BotOwnershipError => Some(&READ_ERRORS[3]),
                            Self::AccessDenied => Some(&READ_ERRORS[4]),
                            Self::MessageNotFound => Some(&READ_ERRORS[5]),
                            Self::System(system) => system.info(),
                            Self::Unknown(_) => None,
                        }
                    }
                }
                impl std::fmt::Display for ReadError {
                    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        crate::schema::describe_error(self, f)
                    }
                }
                impl std::error::Error for ReadError {}
                /// What the schema says about `imbot.v2.Chat.Message.read`: its params, result and errors.
                pub static READ_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    name: "imbot.v2.Chat.Message.read",
                    scope: "imbot",
                    summary: "The bot marks the messages of a dialog read, up to a given one or all of them.",
                    docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-read.html",
                    who: "owner of the registered bot",
                    idempotent: true,
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
                            doc: "Id of the bot that acts.",
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
                            name: "dialogId",
                            ty: "string",
                            required: true,
                            required_with: None,
                            default: None,
                            doc: "The dialog: `chat` followed by the chat id for a group chat (`chat5`), the user id for a private one.",
                            secret: false,
                            values: &[],
                            fields: &[],
                        },
                        crate::schema::ParamInfo {
                            name: "messageId",
                            ty: "integer",
                            required: false,
                            required_with: None,
                            default: None,
                            doc: "The last message to mark read, included; every message when left out.",
                            secret: false,
                            values: &[],
                            fields: &[],
                        },
                    ],
                    result: "object",
                    errors: &READ_ERRORS,
                };
                /// The bot posts a message to a dialog.
                ///
                /// Wire name `imbot.v2.Chat.Message.send`, scope `imbot`. Who may call it: owner of the registered bot. Not idempotent: a call whose outcome is unknown must not be resent blindly. Auth: webhook, OAuth.
                ///
                /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-send.html>
                #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
                #[non_exhaustive]
                pub struct Send {
                    /// Id of the bot that acts.
                    ///
                    /// Wire name: `botId`.
                    #[serde(rename = "botId")]
                    pub bot_id: i64,
                    /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                    ///
                    /// Wire name: `botToken`. Required with webhook auth.
                    #[serde(rename = "botToken")]
                    pub bot_token: Option<crate::Secret>,
                    /// The dialog: `chat` followed by the chat id for a group chat (`chat5`), the user id for a private one.
                    ///
                    /// Wire name: `dialogId`.
                    #[serde(rename = "dialogId")]
                    pub dialog_id: String,
                    /// What the message holds.
                    ///
                    /// Wire name: `fields`.
                    pub fields: Option<crate::imbot::MessageSendFields>,
                    /// Parameters the schema does not describe, sent as given after the
                    /// typed ones. Set them with [`Self::param`].
                    #[serde(flatten)]
                    pub extra: serde_json::Map<String, serde_json::Value>,
                }
                impl Send {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `bot_id` (`botId`): Id of the bot that acts.
                    /// - `dialog_id` (`dialogId`): The dialog: `chat` followed by the chat id for a group chat (`chat5`), the user id for a private one.
                    pub fn new(bot_id: i64, dialog_id: impl Into<String>) -> Self {
                        Self {
                            bot_id,
                            bot_token: None,
                            dialog_id: dialog_id.into(),
                            fields: None,
                            extra: serde_json::Map::new(),
                        }
                    }
                    /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                    ///
                    /// Wire name: `botToken`. Required with webhook auth.
                    pub fn bot_token(
                        mut self,
                        bot_token: impl Into<crate::Secret>,
                    ) -> Self {
                        self.bot_token = Some(bot_token.into());
                        self
                    }
                    /// What the message holds.
                    ///
                    /// Wire name: `fields`.
                    pub fn fields(
                        mut self,
                        fields: crate::imbot::MessageSendFields,
                    ) -> Self {
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
                impl crate::Method for Send {
                    const NAME: &'static str = "imbot.v2.Chat.Message.send";
                    const INFO: &'static crate::schema::MethodInfo = &SEND_INFO;
                    type Output = SendResult;
                    type Error = SendError;
                }
                impl serde::Serialize for Send {
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
                        let value = &self.dialog_id;
                        map.serialize_entry("dialogId", value)?;
                        if let Some(value) = &self.fields {
                            map.serialize_entry("fields", value)?;
                        }
                        for (name, value) in &self.extra {
                            map.serialize_entry(name, value)?;
                        }
                        map.end()
                    }
                }
                /// What `imbot.v2.Chat.Message.send` returns: The new message.
                #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
                #[non_exhaustive]
                pub struct SendResult {
                    /// Id of the posted message.
                    ///
                    /// Wire name: `id`.
                    pub id: i64,
                    /// For forwarded messages: the ids of the copies, keyed by the UUIDs given in `forwardIds`.
                    ///
                    /// Wire name: `uuidMap`.
                    #[serde(rename = "uuidMap")]
                    pub uuid_map: Option<std::collections::BTreeMap<String, i64>>,
                }
                impl serde::Serialize for SendResult {
                    fn serialize<S: serde::Serializer>(
                        &self,
                        serializer: S,
                    ) -> Result<S::Ok, S::Error> {
                        use serde::ser::SerializeMap as _;
                        let mut map = serializer.serialize_map(None)?;
                        let value = &self.id;
                        map.serialize_entry("id", value)?;
                        if let Some(value) = &self.uuid_map {
                            map.serialize_entry("uuidMap", value)?;
                        }
                        map.end()
                    }
                }
                /// An error code `imbot.v2.Chat.Message.send` can return: its own codes, the system codes every method shares, or a code this crate does not know yet.
                #[derive(Debug, Clone, PartialEq, Eq)]
                #[non_exhaustive]
                pub enum SendError {
                    /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                    BotTokenNotSpecified,
                    /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                    BotIdRequired,
                    /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                    BotNotFound,
                    /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                    BotOwnershipError,
                    /// `ACCESS_DENIED` (HTTP 403): The bot is not a member of the chat.
                    ///
                    /// The same code is also a system error; for this method it means the above.
                    AccessDenied,
                    /// `EMPTY_MESSAGE` (HTTP 400): The message has neither text nor attachments.
                    EmptyMessage,
                    /// `SENDING_FAILED` (HTTP 400): The portal could not post the message.
                    SendingFailed,
                    /// A system error, which any method may return.
                    System(crate::SystemError),
                    /// A code this version of the crate does not know, as received.
                    Unknown(String),
                }
                /// The error table of `imbot.v2.Chat.Message.send`, in documentation order.
                pub static SEND_ERRORS: [crate::schema::ErrorInfo; 7] = [
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
                    crate::schema::ErrorInfo {
                        code: "ACCESS_DENIED",
                        status: Some(403),
                        message: "Access denied",
                        meaning: "The bot is not a member of the chat.",
                        retry_safe: true,
                        legacy: false,
                    },
                    crate::schema::ErrorInfo {
                        code: "EMPTY_MESSAGE",
                        status: Some(400),
                        message: "Message is empty",
                        meaning: "The message has neither text nor attachments.",
                        retry_safe: true,
                        legacy: false,
                    },
                    crate::schema::ErrorInfo {
                        code: "SENDING_FAILED",
                        status: Some(400),
                        message: "Sending failed",
                        meaning: "The portal could not post the message.",
                        retry_safe: false,
                        legacy: false,
                    },
                ];
                impl crate::MethodError for SendError {
                    fn from_code(code: &str) -> Self {
                        match code {
                            "BOT_TOKEN_NOT_SPECIFIED" => Self::BotTokenNotSpecified,
                            "BOT_ID_REQUIRED" => Self::BotIdRequired,
                            "BOT_NOT_FOUND" => Self::BotNotFound,
                            "BOT_OWNERSHIP_ERROR" => Self::BotOwnershipError,
                            "ACCESS_DENIED" => Self::AccessDenied,
                            "EMPTY_MESSAGE" => Self::EmptyMessage,
                            "SENDING_FAILED" => Self::SendingFailed,
                            _ => {
                                match <crate::SystemError as crate::MethodError>::from_code(
                                    code,
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
                            Self::AccessDenied => "ACCESS_DENIED",
                            Self::EmptyMessage => "EMPTY_MESSAGE",
                            Self::SendingFailed => "SENDING_FAILED",
                            Self::System(system) => system.code(),
                            Self::Unknown(code) => code,
                        }
                    }
                    fn info(&self) -> Option<&'static crate::schema::ErrorInfo> {
                        match self {
                            Self::BotTokenNotSpecified => Some(&SEND_ERRORS[0]),
                            Self::BotIdRequired => Some(&SEND_ERRORS[1]),
                            Self::BotNotFound => Some(&SEND_ERRORS[2]),
                            Self::BotOwnershipError => Some(&SEND_ERRORS[3]),
                            Self::AccessDenied => Some(&SEND_ERRORS[4]),
                            Self::EmptyMessage => Some(&SEND_ERRORS[5]),
                            Self::SendingFailed => Some(&SEND_ERRORS[6]),
                            Self::System(system) => system.info(),
                            Self::Unknown(_) => None,
                        }
                    }
                }
                impl std::fmt::Display for SendError {
                    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        crate::schema::describe_error(self, f)
                    }
                }
                impl std::error::Error for SendError {}
                /// What the schema says about `imbot.v2.Chat.Message.send`: its params, result and errors.
                pub static SEND_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    name: "imbot.v2.Chat.Message.send",
                    scope: "imbot",
                    summary: "The bot posts a message to a dialog.",
                    docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-send.html",
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
                            doc: "Id of the bot that acts.",
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
                            name: "dialogId",
                            ty: "string",
                            required: true,
                            required_with: None,
                            default: None,
                            doc: "The dialog: `chat` followed by the chat id for a group chat (`chat5`), the user id for a private one.",
                            secret: false,
                            values: &[],
                            fields: &[],
                        },
                        crate::schema::ParamInfo {
                            name: "fields",
                            ty: "MessageSendFields",
                            required: false,
                            required_with: None,
                            default: None,
                            doc: "What the message holds.",
                            secret: false,
                            values: &[],
                            fields: &[
                                crate::schema::ParamInfo {
                                    name: "message",
                                    ty: "string",
                                    required: false,
                                    required_with: None,
                                    default: None,
                                    doc: "The text, at most 20,000 characters; the portal cuts longer text and appends ` (...)`.",
                                    secret: false,
                                    values: &[],
                                    fields: &[],
                                },
                                crate::schema::ParamInfo {
                                    name: "attach",
                                    ty: "[object]",
                                    required: false,
                                    required_with: None,
                                    default: None,
                                    doc: "Attachment blocks, as built by the attachment constructor.",
                                    secret: false,
                                    values: &[],
                                    fields: &[],
                                },
                                crate::schema::ParamInfo {
                                    name: "keyboard",
                                    ty: "[KeyboardButton]",
                                    required: false,
                                    required_with: None,
                                    default: None,
                                    doc: "Buttons under the message.",
                                    secret: false,
                                    values: &[],
                                    fields: &[
                                        crate::schema::ParamInfo {
                                            name: "TEXT",
                                            ty: "string",
                                            required: false,
                                            required_with: None,
                                            default: None,
                                            doc: "The button's label.",
                                            secret: false,
                                            values: &[],
                                            fields: &[],
                                        },
                                        crate::schema::ParamInfo {
                                            name: "TYPE",
                                            ty: "ButtonType",
                                            required: false,
                                            required_with: None,
                                            default: None,
                                            doc: "`NEWLINE` makes this entry a line break instead of a button.",
                                            secret: false,
                                            values: &["NEWLINE"],
                                            fields: &[],
                                        },
                                        crate::schema::ParamInfo {
                                            name: "LINK",
                                            ty: "string",
                                            required: false,
                                            required_with: None,
                                            default: None,
                                            doc: "A URL to open: `http`, `https`, or a path starting with `/`.",
                                            secret: false,
                                            values: &[],
                                            fields: &[],
                                        },
                                        crate::schema::ParamInfo {
                                            name: "APP_ID",
                                            ty: "integer",
                                            required: false,
                                            required_with: None,
                                            default: None,
                                            doc: "An application to open in the chat (an older way; open-channel chats still use it).",
                                            secret: false,
                                            values: &[],
                                            fields: &[],
                                        },
                                        crate::schema::ParamInfo {
                                            name: "APP_PARAMS",
                                            ty: "string",
                                            required: false,
                                            required_with: None,
                                            default: None,
                                            doc: "Parameters for `APP_ID`.",
                                            secret: false,
                                            values: &[],
                                            fields: &[],
                                        },
                                        crate::schema::ParamInfo {
                                            name: "ACTION",
                                            ty: "ButtonAction",
                                            required: false,
                                            required_with: None,
                                            default: None,
                                            doc: "What pressing the button does on the user's side.",
                                            secret: false,
                                            values: &["PUT", "SEND", "COPY", "CALL", "DIALOG"],
                                            fields: &[],
                                        },
                                        crate::schema::ParamInfo {
                                            name: "ACTION_VALUE",
                                            ty: "string",
                                            required: false,
                                            required_with: None,
                                            default: None,
                                            doc: "What the action works on: the text to put, send or copy, the phone number to call, the dialog to open (`chatXXX` or a user id).",
                                            secret: false,
                                            values: &[],
                                            fields: &[],
                                        },
                                        crate::schema::ParamInfo {
                                            name: "COMMAND",
                                            ty: "string",
                                            required: false,
                                            required_with: None,
                                            default: None,
                                            doc: "A bot command to run when the button is pressed.",
                                            secret: false,
                                            values: &[],
                                            fields: &[],
                                        },
                                        crate::schema::ParamInfo {
                                            name: "COMMAND_PARAMS",
                                            ty: "string",
                                            required: false,
                                            required_with: None,
                                            default: None,
                                            doc: "Parameters of `COMMAND`.",
                                            secret: false,
                                            values: &[],
                                            fields: &[],
                                        },
                                        crate::schema::ParamInfo {
                                            name: "BLOCK",
                                            ty: "YesNo",
                                            required: false,
                                            required_with: None,
                                            default: Some("N"),
                                            doc: "`Y` disables a `COMMAND` button once it is pressed (buttons with `ACTION` run on the user's side and stay enabled).",
                                            secret: false,
                                            values: &["Y", "N"],
                                            fields: &[],
                                        },
                                        crate::schema::ParamInfo {
                                            name: "DISABLED",
                                            ty: "YesNo",
                                            required: false,
                                            required_with: None,
                                            default: Some("N"),
                                            doc: "`Y` shows the button disabled.",
                                            secret: false,
                                            values: &["Y", "N"],
                                            fields: &[],
                                        },
                                        crate::schema::ParamInfo {
                                            name: "CONTEXT",
                                            ty: "ButtonContext",
                                            required: false,
                                            required_with: None,
                                            default: Some("ALL"),
                                            doc: "Where the button is shown.",
                                            secret: false,
                                            values: &["MOBILE", "DESKTOP", "ALL"],
                                            fields: &[],
                                        },
                                        crate::schema::ParamInfo {
                                            name: "DISPLAY",
                                            ty: "ButtonDisplay",
                                            required: false,
                                            required_with: None,
                                            default: Some("BLOCK"),
                                            doc: "How the button is laid out.",
                                            secret: false,
                                            values: &["LINE", "BLOCK"],
                                            fields: &[],
                                        },
                                        crate::schema::ParamInfo {
                                            name: "WIDTH",
                                            ty: "integer",
                                            required: false,
                                            required_with: None,
                                            default: None,
                                            doc: "Width in pixels.",
                                            secret: false,
                                            values: &[],
                                            fields: &[],
                                        },
                                        crate::schema::ParamInfo {
                                            name: "BG_COLOR",
                                            ty: "string",
                                            required: false,
                                            required_with: None,
                                            default: None,
                                            doc: "Background colour as HEX.",
                                            secret: false,
                                            values: &[],
                                            fields: &[],
                                        },
                                        crate::schema::ParamInfo {
                                            name: "BG_COLOR_TOKEN",
                                            ty: "ButtonColorToken",
                                            required: false,
                                            required_with: None,
                                            default: Some("base"),
                                            doc: "Background colour as a theme token.",
                                            secret: false,
                                            values: &["primary", "secondary", "alert", "base"],
                                            fields: &[],
                                        },
                                        crate::schema::ParamInfo {
                                            name: "TEXT_COLOR",
                                            ty: "string",
                                            required: false,
                                            required_with: None,
                                            default: None,
                                            doc: "Text colour as HEX.",
                                            secret: false,
                                            values: &[],
                                            fields: &[],
                                        },
                                        crate::schema::ParamInfo {
                                            name: "OFF_BG_COLOR",
                                            ty: "string",
                                            required: false,
                                            required_with: None,
                                            default: None,
                                            doc: "Background colour when disabled.",
                                            secret: false,
                                            values: &[],
                                            fields: &[],
                                        },
                                        crate::schema::ParamInfo {
                                            name: "OFF_TEXT_COLOR",
                                            ty: "string",
                                            required: false,
                                            required_with: None,
                                            default: None,
                                            doc: "Text colour when disabled.",
                                            secret: false,
                                            values: &[],
                                            fields: &[],
                                        },
                                    ],
                                },
                                crate::schema::ParamInfo {
                                    name: "system",
                                    ty: "boolean",
                                    required: false,
                                    required_with: None,
                                    default: Some("false"),
                                    doc: "Whether to post it as a system message.",
                                    secret: false,
                                    values: &[],
                                    fields: &[],
                                },
                                crate::schema::ParamInfo {
                                    name: "urlPreview",
                                    ty: "boolean",
                                    required: false,
                                    required_with: None,
                                    default: Some("true"),
                                    doc: "Whether links in the text get a preview.",
                                    secret: false,
                                    values: &[],
                                    fields: &[],
                                },
                                crate::schema::ParamInfo {
                                    name: "replyId",
                                    ty: "integer",
                                    required: false,
                                    required_with: None,
                                    default: None,
                                    doc: "Id of the message this one replies to.",
                                    secret: false,
                                    values: &[],
                                    fields: &[],
                                },
                                crate::schema::ParamInfo {
                                    name: "templateId",
                                    ty: "string",
                                    required: false,
                                    required_with: None,
                                    default: None,
                                    doc: "UUID of a message template.",
                                    secret: false,
                                    values: &[],
                                    fields: &[],
                                },
                                crate::schema::ParamInfo {
                                    name: "forwardIds",
                                    ty: "{integer}",
                                    required: false,
                                    required_with: None,
                                    default: None,
                                    doc: "Messages to forward: ids of the originals keyed by UUIDs of your choice; the result's `uuidMap` gives the copies under the same keys. At most 100, from chats the bot is in.",
                                    secret: false,
                                    values: &[],
                                    fields: &[],
                                },
                            ],
                        },
                    ],
                    result: "object",
                    errors: &SEND_ERRORS,
                };
                /// The bot changes one of its own messages.
                ///
                /// Messages posted with `system: true` have no author (`authorId` is 0) and
                /// cannot be changed.
                ///
                /// Wire name `imbot.v2.Chat.Message.update`, scope `imbot`. Who may call it: owner of the registered bot. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                ///
                /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-update.html>
                #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
                #[non_exhaustive]
                pub struct Update {
                    /// Id of the bot that acts.
                    ///
                    /// Wire name: `botId`.
                    #[serde(rename = "botId")]
                    pub bot_id: i64,
                    /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                    ///
                    /// Wire name: `botToken`. Required with webhook auth.
                    #[serde(rename = "botToken")]
                    pub bot_token: Option<crate::Secret>,
                    /// Id of the message to change.
                    ///
                    /// Wire name: `messageId`.
                    #[serde(rename = "messageId")]
                    pub message_id: i64,
                    /// What to change.
                    ///
                    /// Wire name: `fields`.
                    pub fields: crate::imbot::MessageUpdateFields,
                    /// Parameters the schema does not describe, sent as given after the
                    /// typed ones. Set them with [`Self::param`].
                    #[serde(flatten)]
                    pub extra: serde_json::Map<String, serde_json::Value>,
                }
                impl Update {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `bot_id` (`botId`): Id of the bot that acts.
                    /// - `message_id` (`messageId`): Id of the message to change.
                    /// - `fields` (`fields`): What to change.
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
                    /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                    ///
                    /// Wire name: `botToken`. Required with webhook auth.
                    pub fn bot_token(
                        mut self,
                        bot_token: impl Into<crate::Secret>,
                    ) -> Self {
                        self.bot_token = Some(bot_token.into());
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
                impl crate::Method for Update {
                    const NAME: &'static str = "imbot.v2.Chat.Message.update";
                    const INFO: &'static crate::schema::MethodInfo = &UPDATE_INFO;
                    type Output = UpdateResult;
                    type Error = UpdateError;
                }
                impl serde::Serialize for Update {
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
                        let value = &self.message_id;
                        map.serialize_entry("messageId", value)?;
                        let value = &self.fields;
                        map.serialize_entry("fields", value)?;
                        for (name, value) in &self.extra {
                            map.serialize_entry(name, value)?;
                        }
                        map.end()
                    }
                }
                /// What `imbot.v2.Chat.Message.update` returns: Whether the message changed.
                #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
                #[non_exhaustive]
                pub struct UpdateResult {
                    /// `true` once the message is changed.
                    ///
                    /// Wire name: `result`.
                    pub result: bool,
                }
                impl serde::Serialize for UpdateResult {
                    fn serialize<S: serde::Serializer>(
                        &self,
                        serializer: S,
                    ) -> Result<S::Ok, S::Error> {
                        use serde::ser::SerializeMap as _;
                        let mut map = serializer.serialize_map(None)?;
                        let value = &self.result;
                        map.serialize_entry("result", value)?;
                        map.end()
                    }
                }
                /// An error code `imbot.v2.Chat.Message.update` can return: its own codes, the system codes every method shares, or a code this crate does not know yet.
                #[derive(Debug, Clone, PartialEq, Eq)]
                #[non_exhaustive]
                pub enum UpdateError {
                    /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                    BotTokenNotSpecified,
                    /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                    BotIdRequired,
                    /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                    BotNotFound,
                    /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                    BotOwnershipError,
                    /// `ACCESS_DENIED` (HTTP 403): The message is not the bot's, or does not exist.
                    ///
                    /// The same code is also a system error; for this method it means the above.
                    AccessDenied,
                    /// A system error, which any method may return.
                    System(crate::SystemError),
                    /// A code this version of the crate does not know, as received.
                    Unknown(String),
                }
                /// The error table of `imbot.v2.Chat.Message.update`, in documentation order.
                pub static UPDATE_ERRORS: [crate::schema::ErrorInfo; 5] = [
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
                    crate::schema::ErrorInfo {
                        code: "ACCESS_DENIED",
                        status: Some(403),
                        message: "Access denied",
                        meaning: "The message is not the bot's, or does not exist.",
                        retry_safe: true,
                        legacy: false,
                    },
                ];
                impl crate::MethodError for UpdateError {
                    fn from_code(code: &str) -> Self {
                        match code {
                            "BOT_TOKEN_NOT_SPECIFIED" => Self::BotTokenNotSpecified,
                            "BOT_ID_REQUIRED" => Self::BotIdRequired,
                            "BOT_NOT_FOUND" => Self::BotNotFound,
                            "BOT_OWNERSHIP_ERROR" => Self::BotOwnershipError,
                            "ACCESS_DENIED" => Self::AccessDenied,
                            _ => {
                                match <crate::SystemError as crate::MethodError>::from_code(
                                    code,
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
                            Self::AccessDenied => "ACCESS_DENIED",
                            Self::System(system) => system.code(),
                            Self::Unknown(code) => code,
                        }
                    }
                    fn info(&self) -> Option<&'static crate::schema::ErrorInfo> {
                        match self {
                            Self::BotTokenNotSpecified => Some(&UPDATE_ERRORS[0]),
                            Self::BotIdRequired => Some(&UPDATE_ERRORS[1]),
                            Self::BotNotFound => Some(&UPDATE_ERRORS[2]),
                            Self::BotOwnershipError => Some(&UPDATE_ERRORS[3]),
                            Self::AccessDenied => Some(&UPDATE_ERRORS[4]),
                            Self::System(system) => system.info(),
                            Self::Unknown(_) => None,
                        }
                    }
                }
                impl std::fmt::Display for UpdateError {
                    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        crate::schema::describe_error(self, f)
                    }
                }
                impl std::error::Error for UpdateError {}
                /// What the schema says about `imbot.v2.Chat.Message.update`: its params, result and errors.
                pub static UPDATE_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    name: "imbot.v2.Chat.Message.update",
                    scope: "imbot",
                    summary: "The bot changes one of its own messages.",
                    docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-update.html",
                    who: "owner of the registered bot",
                    idempotent: true,
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
                            doc: "Id of the bot that acts.",
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
                            name: "messageId",
                            ty: "integer",
                            required: true,
                            required_with: None,
                            default: None,
                            doc: "Id of the message to change.",
                            secret: false,
                            values: &[],
                            fields: &[],
                        },
                        crate::schema::ParamInfo {
                            name: "fields",
                            ty: "MessageUpdateFields",
                            required: true,
                            required_with: None,
                            default: None,
                            doc: "What to change.",
                            secret: false,
                            values: &[],
                            fields: &[
                                crate::schema::ParamInfo {
                                    name: "message",
                                    ty: "string",
                                    required: false,
                                    required_with: None,
                                    default: None,
                                    doc: "The new text, at most 20,000 characters.",
                                    secret: false,
                                    values: &[],
                                    fields: &[],
                                },
                                crate::schema::ParamInfo {
                                    name: "attach",
                                    ty: "[object]",
                                    required: false,
                                    required_with: None,
                                    default: None,
                                    doc: "New attachment blocks.",
                                    secret: false,
                                    values: &[],
                                    fields: &[],
                                },
                                crate::schema::ParamInfo {
                                    name: "keyboard",
                                    ty: "[KeyboardButton]|string",
                                    required: false,
                                    required_with: None,
                                    default: None,
                                    doc: "New buttons, or the text `N` to remove the keyboard.",
                                    secret: false,
                                    values: &[],
                                    fields: &[],
                                },
                                crate::schema::ParamInfo {
                                    name: "urlPreview",
                                    ty: "YesNo",
                                    required: false,
                                    required_with: None,
                                    default: Some("Y"),
                                    doc: "Whether links in the text get a preview, as `Y` or `N`.",
                                    secret: false,
                                    values: &["Y", "N"],
                                    fields: &[],
                                },
                            ],
                        },
                    ],
                    result: "object",
                    errors: &UPDATE_ERRORS,
                };
                /// The `imbot.v2.Chat.Message.Reaction.*` methods.
                pub mod reaction {
                    /// The bot puts a reaction on a message.
                    ///
                    /// Putting the same reaction twice leaves one; the second call is refused with
                    /// `REACTION_ALREADY_SET`.
                    ///
                    /// Wire name `imbot.v2.Chat.Message.Reaction.add`, scope `imbot`. Who may call it: owner of the registered bot. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                    ///
                    /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-reaction-add.html>
                    #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
                    #[non_exhaustive]
                    pub struct Add {
                        /// Id of the bot that acts.
                        ///
                        /// Wire name: `botId`.
                        #[serde(rename = "botId")]
                        pub bot_id: i64,
                        /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                        ///
                        /// Wire name: `botToken`. Required with webhook auth.
                        #[serde(rename = "botToken")]
                        pub bot_token: Option<crate::Secret>,
                        /// Id of the message.
                        ///
                        /// Wire name: `messageId`.
                        #[serde(rename = "messageId")]
                        pub message_id: i64,
                        /// The reaction.
                        ///
                        /// Wire name: `reaction`.
                        pub reaction: crate::imbot::Reaction,
                        /// Parameters the schema does not describe, sent as given after the
                        /// typed ones. Set them with [`Self::param`].
                        #[serde(flatten)]
                        pub extra: serde_json::Map<String, serde_json::Value>,
                    }
                    impl Add {
                        /// Starts with the required parameters; the rest are set with the methods below.
                        ///
                        /// - `bot_id` (`botId`): Id of the bot that acts.
                        /// - `message_id` (`messageId`): Id of the message.
                        /// - `reaction` (`reaction`): The reaction.
                        pub fn new(
                            bot_id: i64,
                            message_id: i64,
                            reaction: crate::imbot::Reaction,
                        ) -> Self {
                            Self {
                                bot_id,
                                bot_token: None,
                                message_id,
                                reaction,
                                extra: serde_json::Map::new(),
                            }
                        }
                        /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                        ///
                        /// Wire name: `botToken`. Required with webhook auth.
                        pub fn bot_token(
                            mut self,
                            bot_token: impl Into<crate::Secret>,
                        ) -> Self {
                            self.bot_token = Some(bot_token.into());
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
                        const NAME: &'static str = "imbot.v2.Chat.Message.Reaction.add";
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
                            let value = &self.message_id;
                            map.serialize_entry("messageId", value)?;
                            let value = &self.reaction;
                            map.serialize_entry("reaction", value)?;
                            for (name, value) in &self.extra {
                                map.serialize_entry(name, value)?;
                            }
                            map.end()
                        }
                    }
                    /// What `imbot.v2.Chat.Message.Reaction.add` returns: Whether the reaction was put.
                    #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
                    #[non_exhaustive]
                    pub struct AddResult {
                        /// `true` once the reaction is on the message.
                        ///
                        /// Wire name: `result`.
                        pub result: bool,
                    }
                    impl serde::Serialize for AddResult {
                        fn serialize<S: serde::Serializer>(
                            &self,
                            serializer: S,
                        ) -> Result<S::Ok, S::Error> {
                            use serde::ser::SerializeMap as _;
                            let mut map = serializer.serialize_map(None)?;
                            let value = &self.result;
                            map.serialize_entry("result", value)?;
                            map.end()
                        }
                    }
                    /// An error code `imbot.v2.Chat.Message.Reaction.add` can return: its own codes, the system codes every method shares, or a code this crate does not know yet.
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
                        /// `ACCESS_DENIED` (HTTP 403): The bot is not a member of the message's chat.
                        ///
                        /// The same code is also a system error; for this method it means the above.
                        AccessDenied,
                        /// `REACTION_NOT_FOUND` (HTTP 400): No reaction has this code.
                        ReactionNotFound,
                        /// `REACTION_ALREADY_SET` (HTTP 400): The bot already put this reaction on the message.
                        ReactionAlreadySet,
                        /// A system error, which any method may return.
                        System(crate::SystemError),
                        /// A code this version of the crate does not know, as received.
                        Unknown(String),
                    }
                    /// The error table of `imbot.v2.Chat.Message.Reaction.add`, in documentation order.
                    pub static ADD_ERRORS: [crate::schema::ErrorInfo; 7] = [
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
                        crate::schema::ErrorInfo {
                            code: "ACCESS_DENIED",
                            status: Some(403),
                            message: "Access denied",
                            meaning: "The bot is not a member of the message's chat.",
                            retry_safe: true,
                            legacy: false,
                        },
                        crate::schema::ErrorInfo {
                            code: "REACTION_NOT_FOUND",
                            status: Some(400),
                            message: "Reaction not found",
                            meaning: "No reaction has this code.",
                            retry_safe: true,
                            legacy: false,
                        },
                        crate::schema::ErrorInfo {
                            code: "REACTION_ALREADY_SET",
                            status: Some(400),
                            message: "Reaction already set",
                            meaning: "The bot already put this reaction on the message.",
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
                                "ACCESS_DENIED" => Self::AccessDenied,
                                "REACTION_NOT_FOUND" => Self::ReactionNotFound,
                                "REACTION_ALREADY_SET" => Self::ReactionAlreadySet,
                                _ => {
                                    match <crate::SystemError as crate::MethodError>::from_code(
                                        code,
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
                                Self::AccessDenied => "ACCESS_DENIED",
                                Self::ReactionNotFound => "REACTION_NOT_FOUND",
                                Self::ReactionAlreadySet => "REACTION_ALREADY_SET",
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
                                Self::AccessDenied => Some(&ADD_ERRORS[4]),
                                Self::ReactionNotFound => Some(&ADD_ERRORS[5]),
                                Self::ReactionAlreadySet => Some(&ADD_ERRORS[6]),
                                Self::System(system) => system.info(),
                                Self::Unknown(_) => None,
                            }
                        }
                    }
                    impl std::fmt::Display for AddError {
                        fn fmt(
                            &self,
                            f: &mut std::fmt::Formatter<'_>,
                        ) -> std::fmt::Result {
                            crate::schema::describe_error(self, f)
                        }
                    }
                    impl std::error::Error for AddError {}
                    /// What the schema says about `imbot.v2.Chat.Message.Reaction.add`: its params, result and errors.
                    pub static ADD_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                        name: "imbot.v2.Chat.Message.Reaction.add",
                        scope: "imbot",
                        summary: "The bot puts a reaction on a message.",
                        docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-reaction-add.html",
                        who: "owner of the registered bot",
                        idempotent: true,
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
                                doc: "Id of the bot that acts.",
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
                                name: "messageId",
                                ty: "integer",
                                required: true,
                                required_with: None,
                                default: None,
                                doc: "Id of the message.",
                                secret: false,
                                values: &[],
                                fields: &[],
                            },
                            crate::schema::ParamInfo {
                                name: "reaction",
                                ty: "Reaction",
                                required: true,
                                required_with: None,
                                default: None,
                                doc: "The reaction.",
                                secret: false,
                                values: &[
                                    "like",
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
                                    "hundredPoints",
                                ],
                                fields: &[],
                            },
                        ],
                        result: "object",
                        errors: &ADD_ERRORS,
                    };
                    /// The bot takes its reaction off a message.
                    ///
                    /// Wire name `imbot.v2.Chat.Message.Reaction.delete`, scope `imbot`. Who may call it: owner of the registered bot. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                    ///
                    /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-reaction-delete.html>
                    #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
                    #[non_exhaustive]
                    pub struct Delete {
                        /// Id of the bot that acts.
                        ///
                        /// Wire name: `botId`.
                        #[serde(rename = "botId")]
                        pub bot_id: i64,
                        /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                        ///
                        /// Wire name: `botToken`. Required with webhook auth.
                        #[serde(rename = "botToken")]
                        pub bot_token: Option<crate::Secret>,
                        /// Id of the message.
                        ///
                        /// Wire name: `messageId`.
                        #[serde(rename = "messageId")]
                        pub message_id: i64,
                        /// The reaction to take off.
                        ///
                        /// Wire name: `reaction`.
                        pub reaction: crate::imbot::Reaction,
                        /// Parameters the schema does not describe, sent as given after the
                        /// typed ones. Set them with [`Self::param`].
                        #[serde(flatten)]
                        pub extra: serde_json::Map<String, serde_json::Value>,
                    }
                    impl Delete {
                        /// Starts with the required parameters; the rest are set with the methods below.
                        ///
                        /// - `bot_id` (`botId`): Id of the bot that acts.
                        /// - `message_id` (`messageId`): Id of the message.
                        /// - `reaction` (`reaction`): The reaction to take off.
                        pub fn new(
                            bot_id: i64,
                            message_id: i64,
                            reaction: crate::imbot::Reaction,
                        ) -> Self {
                            Self {
                                bot_id,
                                bot_token: None,
                                message_id,
                                reaction,
                                extra: serde_json::Map::new(),
                            }
                        }
                        /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                        ///
                        /// Wire name: `botToken`. Required with webhook auth.
                        pub fn bot_token(
                            mut self,
                            bot_token: impl Into<crate::Secret>,
                        ) -> Self {
                            self.bot_token = Some(bot_token.into());
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
                    impl crate::Method for Delete {
                        const NAME: &'static str = "imbot.v2.Chat.Message.Reaction.delete";
                        const INFO: &'static crate::schema::MethodInfo = &DELETE_INFO;
                        type Output = DeleteResult;
                        type Error = DeleteError;
                    }
                    impl serde::Serialize for Delete {
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
                            let value = &self.message_id;
                            map.serialize_entry("messageId", value)?;
                            let value = &self.reaction;
                            map.serialize_entry("reaction", value)?;
                            for (name, value) in &self.extra {
                                map.serialize_entry(name, value)?;
                            }
                            map.end()
                        }
                    }
                    /// What `imbot.v2.Chat.Message.Reaction.delete` returns: Whether the reaction was taken off.
                    #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
                    #[non_exhaustive]
                    pub struct DeleteResult {
                        /// `true` once the reaction is off the message.
                        ///
                        /// Wire name: `result`.
                        pub result: bool,
                    }
                    impl serde::Serialize for DeleteResult {
                        fn serialize<S: serde::Serializer>(
                            &self,
                            serializer: S,
                        ) -> Result<S::Ok, S::Error> {
                            use serde::ser::SerializeMap as _;
                            let mut map = serializer.serialize_map(None)?;
                            let value = &self.result;
                            map.serialize_entry("result", value)?;
                            map.end()
                        }
                    }
                    /// An error code `imbot.v2.Chat.Message.Reaction.delete` can return: its own codes, the system codes every method shares, or a code this crate does not know yet.
                    #[derive(Debug, Clone, PartialEq, Eq)]
                    #[non_exhaustive]
                    pub enum DeleteError {
                        /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                        BotTokenNotSpecified,
                        /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                        BotIdRequired,
                        /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                        BotNotFound,
                        /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                        BotOwnershipError,
                        /// `ACCESS_DENIED` (HTTP 403): The bot is not a member of the message's chat.
                        ///
                        /// The same code is also a system error; for this method it means the above.
                        AccessDenied,
                        /// `REACTION_NOT_FOUND` (HTTP 400): No reaction has this code.
                        ReactionNotFound,
                        /// A system error, which any method may return.
                        System(crate::SystemError),
                        /// A code this version of the crate does not know, as received.
                        Unknown(String),
                    }
                    /// The error table of `imbot.v2.Chat.Message.Reaction.delete`, in documentation order.
                    pub static DELETE_ERRORS: [crate::schema::ErrorInfo; 6] = [
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
                        crate::schema::ErrorInfo {
                            code: "ACCESS_DENIED",
                            status: Some(403),
                            message: "Access denied",
                            meaning: "The bot is not a member of the message's chat.",
                            retry_safe: true,
                            legacy: false,
                        },
                        crate::schema::ErrorInfo {
                            code: "REACTION_NOT_FOUND",
                            status: Some(400),
                            message: "Reaction not found",
                            meaning: "No reaction has this code.",
                            retry_safe: true,
                            legacy: false,
                        },
                    ];
                    impl crate::MethodError for DeleteError {
                        fn from_code(code: &str) -> Self {
                            match code {
                                "BOT_TOKEN_NOT_SPECIFIED" => Self::BotTokenNotSpecified,
                                "BOT_ID_REQUIRED" => Self::BotIdRequired,
                                "BOT_NOT_FOUND" => Self::BotNotFound,
                                "BOT_OWNERSHIP_ERROR" => Self::BotOwnershipError,
                                "ACCESS_DENIED" => Self::AccessDenied,
                                "REACTION_NOT_FOUND" => Self::ReactionNotFound,
                                _ => {
                                    match <crate::SystemError as crate::MethodError>::from_code(
                                        code,
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
                                Self::AccessDenied => "ACCESS_DENIED",
                                Self::ReactionNotFound => "REACTION_NOT_FOUND",
                                Self::System(system) => system.code(),
                                Self::Unknown(code) => code,
                            }
                        }
                        fn info(&self) -> Option<&'static crate::schema::ErrorInfo> {
                            match self {
                                Self::BotTokenNotSpecified => Some(&DELETE_ERRORS[0]),
                                Self::BotIdRequired => Some(&DELETE_ERRORS[1]),
                                Self::BotNotFound => Some(&DELETE_ERRORS[2]),
                                Self::BotOwnershipError => Some(&DELETE_ERRORS[3]),
                                Self::AccessDenied => Some(&DELETE_ERRORS[4]),
                                Self::ReactionNotFound => Some(&DELETE_ERRORS[5]),
                                Self::System(system) => system.info(),
                                Self::Unknown(_) => None,
                            }
                        }
                    }
                    impl std::fmt::Display for DeleteError {
                        fn fmt(
                            &self,
                            f: &mut std::fmt::Formatter<'_>,
                        ) -> std::fmt::Result {
                            crate::schema::describe_error(self, f)
                        }
                    }
                    impl std::error::Error for DeleteError {}
                    /// What the schema says about `imbot.v2.Chat.Message.Reaction.delete`: its params, result and errors.
                    pub static DELETE_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                        name: "imbot.v2.Chat.Message.Reaction.delete",
                        scope: "imbot",
                        summary: "The bot takes its reaction off a message.",
                        docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/messages/chat-message-reaction-delete.html",
                        who: "owner of the registered bot",
                        idempotent: true,
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
                                doc: "Id of the bot that acts.",
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
                                name: "messageId",
                                ty: "integer",
                                required: true,
                                required_with: None,
                                default: None,
                                doc: "Id of the message.",
                                secret: false,
                                values: &[],
                                fields: &[],
                            },
                            crate::schema::ParamInfo {
                                name: "reaction",
                                ty: "Reaction",
                                required: true,
                                required_with: None,
                                default: None,
                                doc: "The reaction to take off.",
                                secret: false,
                                values: &[
                                    "like",
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
                                    "hundredPoints",
                                ],
                                fields: &[],
                            },
                        ],
                        result: "object",
                        errors: &DELETE_ERRORS,
                    };
                }
            }
            /// The `imbot.v2.Chat.TextField.*` methods.
            pub mod text_field {
                /// Turns the message input of a dialog on or off.
                ///
                /// Works in group chats and in private dialogs with the bot.
                ///
                /// Wire name `imbot.v2.Chat.TextField.enabled`, scope `imbot`. Who may call it: owner of the registered bot. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                ///
                /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/ui/chat-text-field-enabled.html>
                #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
                #[non_exhaustive]
                pub struct Enabled {
                    /// Id of the bot that acts.
                    ///
                    /// Wire name: `botId`.
                    #[serde(rename = "botId")]
                    pub bot_id: i64,
                    /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                    ///
                    /// Wire name: `botToken`. Required with webhook auth.
                    #[serde(rename = "botToken")]
                    pub bot_token: Option<crate::Secret>,
                    /// The dialog: `chat` followed by the chat id for a group chat (`chat5`), the user id for a private one.
                    ///
                    /// Wire name: `dialogId`.
                    #[serde(rename = "dialogId")]
                    pub dialog_id: String,
                    /// `true` turns the input on, `false` off.
                    ///
                    /// Wire name: `enabled`. Default: `true`.
                    pub enabled: Option<bool>,
                    /// Parameters the schema does not describe, sent as given after the
                    /// typed ones. Set them with [`Self::param`].
                    #[serde(flatten)]
                    pub extra: serde_json::Map<String, serde_json::Value>,
                }
                impl Enabled {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `bot_id` (`botId`): Id of the bot that acts.
                    /// - `dialog_id` (`dialogId`): The dialog: `chat` followed by the chat id for a group chat (`chat5`), the user id for a private one.
                    pub fn new(bot_id: i64, dialog_id: impl Into<String>) -> Self {
                        Self {
                            bot_id,
                            bot_token: None,
                            dialog_id: dialog_id.into(),
                            enabled: None,
                            extra: serde_json::Map::new(),
                        }
                    }
                    /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                    ///
                    /// Wire name: `botToken`. Required with webhook auth.
                    pub fn bot_token(
                        mut self,
                        bot_token: impl Into<crate::Secret>,
                    ) -> Self {
                        self.bot_token = Some(bot_token.into());
                        self
                    }
                    /// `true` turns the input on, `false` off.
                    ///
                    /// Wire name: `enabled`. Default: `true`.
                    pub fn enabled(mut self, enabled: bool) -> Self {
                        self.enabled = Some(enabled);
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
                impl crate::Method for Enabled {
                    const NAME: &'static str = "imbot.v2.Chat.TextField.enabled";
                    const INFO: &'static crate::schema::MethodInfo = &ENABLED_INFO;
                    type Output = EnabledResult;
                    type Error = EnabledError;
                }
                impl serde::Serialize for Enabled {
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
                        let value = &self.dialog_id;
                        map.serialize_entry("dialogId", value)?;
                        if let Some(value) = &self.enabled {
                            map.serialize_entry("enabled", value)?;
                        }
                        for (name, value) in &self.extra {
                            map.serialize_entry(name, value)?;
                        }
                        map.end()
                    }
                }
                /// What `imbot.v2.Chat.TextField.enabled` returns: Whether the setting changed.
                #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
                #[non_exhaustive]
                pub struct EnabledResult {
                    /// `true` once the setting is saved.
                    ///
                    /// Wire name: `result`.
                    pub result: bool,
                }
                impl serde::Serialize for EnabledResult {
                    fn serialize<S: serde::Serializer>(
                        &self,
                        serializer: S,
                    ) -> Result<S::Ok, S::Error> {
                        use serde::ser::SerializeMap as _;
                        let mut map = serializer.serialize_map(None)?;
                        let value = &self.result;
                        map.serialize_entry("result", value)?;
                        map.end()
                    }
                }
                /// An error code `imbot.v2.Chat.TextField.enabled` can return: its own codes, the system codes every method shares, or a code this crate does not know yet.
                #[derive(Debug, Clone, PartialEq, Eq)]
                #[non_exhaustive]
                pub enum EnabledError {
                    /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                    BotTokenNotSpecified,
                    /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                    BotIdRequired,
                    /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                    BotNotFound,
                    /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                    BotOwnershipError,
                    /// `ACCESS_DENIED` (HTTP 403): The bot is not a member of the chat.
                    ///
                    /// The same code is also a system error; for this method it means the above.
                    AccessDenied,
                    /// A system error, which any method may return.
                    System(crate::SystemError),
                    /// A code this version of the crate does not know, as received.
                    Unknown(String),
                }
                /// The error table of `imbot.v2.Chat.TextField.enabled`, in documentation order.
                pub static ENABLED_ERRORS: [crate::schema::ErrorInfo; 5] = [
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
                    crate::schema::ErrorInfo {
                        code: "ACCESS_DENIED",
                        status: Some(403),
                        message: "Access denied",
                        meaning: "The bot is not a member of the chat.",
                        retry_safe: true,
                        legacy: false,
                    },
                ];
                impl crate::MethodError for EnabledError {
                    fn from_code(code: &str) -> Self {
                        match code {
                            "BOT_TOKEN_NOT_SPECIFIED" => Self::BotTokenNotSpecified,
                            "BOT_ID_REQUIRED" => Self::BotIdRequired,
                            "BOT_NOT_FOUND" => Self::BotNotFound,
                            "BOT_OWNERSHIP_ERROR" => Self::BotOwnershipError,
                            "ACCESS_DENIED" => Self::AccessDenied,
                            _ => {
                                match <crate::SystemError as crate::MethodError>::from_code(
                                    code,
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
                            Self::AccessDenied => "ACCESS_DENIED",
                            Self::System(system) => system.code(),
                            Self::Unknown(code) => code,
                        }
                    }
                    fn info(&self) -> Option<&'static crate::schema::ErrorInfo> {
                        match self {
                            Self::BotTokenNotSpecified => Some(&ENABLED_ERRORS[0]),
                            Self::BotIdRequired => Some(&ENABLED_ERRORS[1]),
                            Self::BotNotFound => Some(&ENABLED_ERRORS[2]),
                            Self::BotOwnershipError => Some(&ENABLED_ERRORS[3]),
                            Self::AccessDenied => Some(&ENABLED_ERRORS[4]),
                            Self::System(system) => system.info(),
                            Self::Unknown(_) => None,
                        }
                    }
                }
                impl std::fmt::Display for EnabledError {
                    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        crate::schema::describe_error(self, f)
                    }
                }
                impl std::error::Error for EnabledError {}
                /// What the schema says about `imbot.v2.Chat.TextField.enabled`: its params, result and errors.
                pub static ENABLED_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    name: "imbot.v2.Chat.TextField.enabled",
                    scope: "imbot",
                    summary: "Turns the message input of a dialog on or off.",
                    docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/ui/chat-text-field-enabled.html",
                    who: "owner of the registered bot",
                    idempotent: true,
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
                            doc: "Id of the bot that acts.",
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
                            name: "dialogId",
                            ty: "string",
                            required: true,
                            required_with: None,
                            default: None,
                            doc: "The dialog: `chat` followed by the chat id for a group chat (`chat5`), the user id for a private one.",
                            secret: false,
                            values: &[],
                            fields: &[],
                        },
                        crate::schema::ParamInfo {
                            name: "enabled",
                            ty: "boolean",
                            required: false,
                            required_with: None,
                            default: Some("true"),
                            doc: "`true` turns the input on, `false` off.",
                            secret: false,
                            values: &[],
                            fields: &[],
                        },
                    ],
                    result: "object",
                    errors: &ENABLED_ERRORS,
                };
            }
            /// The `imbot.v2.Chat.User.*` methods.
            pub mod user {
                /// The bot adds users to a group chat.
                ///
                /// Users who are already members stay members; adding them again changes nothing.
                ///
                /// Wire name `imbot.v2.Chat.User.add`, scope `imbot`. Who may call it: owner of the registered bot; the bot must manage the chat. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                ///
                /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-user-add.html>
                #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
                #[non_exhaustive]
                pub struct Add {
                    /// Id of the bot that acts.
                    ///
                    /// Wire name: `botId`.
                    #[serde(rename = "botId")]
                    pub bot_id: i64,
                    /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                    ///
                    /// Wire name: `botToken`. Required with webhook auth.
                    #[serde(rename = "botToken")]
                    pub bot_token: Option<crate::Secret>,
                    /// The group chat: `chat` followed by its id (`chat5`).
                    ///
                    /// Wire name: `dialogId`.
                    #[serde(rename = "dialogId")]
                    pub dialog_id: String,
                    /// Ids of the users to add.
                    ///
                    /// Wire name: `userIds`.
                    #[serde(rename = "userIds")]
                    pub user_ids: Vec<i64>,
                    /// Parameters the schema does not describe, sent as given after the
                    /// typed ones. Set them with [`Self::param`].
                    #[serde(flatten)]
                    pub extra: serde_json::Map<String, serde_json::Value>,
                }
                impl Add {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `bot_id` (`botId`): Id of the bot that acts.
                    /// - `dialog_id` (`dialogId`): The group chat: `chat` followed by its id (`chat5`).
                    /// - `user_ids` (`userIds`): Ids of the users to add.
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
                    /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                    ///
                    /// Wire name: `botToken`. Required with webhook auth.
                    pub fn bot_token(
                        mut self,
                        bot_token: impl Into<crate::Secret>,
                    ) -> Self {
                        self.bot_token = Some(bot_token.into());
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
                    const NAME: &'static str = "imbot.v2.Chat.User.add";
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
                        let value = &self.dialog_id;
                        map.serialize_entry("dialogId", value)?;
                        let value = &self.user_ids;
                        map.serialize_entry("userIds", value)?;
                        for (name, value) in &self.extra {
                            map.serialize_entry(name, value)?;
                        }
                        map.end()
                    }
                }
                /// What `imbot.v2.Chat.User.add` returns: Whether the users were added.
                #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
                #[non_exhaustive]
                pub struct AddResult {
                    /// `true` once the users are members.
                    ///
                    /// Wire name: `result`.
                    pub result: bool,
                }
                impl serde::Serialize for AddResult {
                    fn serialize<S: serde::Serializer>(
                        &self,
                        serializer: S,
                    ) -> Result<S::Ok, S::Error> {
                        use serde::ser::SerializeMap as _;
                        let mut map = serializer.serialize_map(None)?;
                        let value = &self.result;
                        map.serialize_entry("result", value)?;
                        map.end()
                    }
                }
                /// An error code `imbot.v2.Chat.User.add` can return: its own codes, the system codes every method shares, or a code this crate does not know yet.
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
                    /// `ACCESS_DENIED` (HTTP 403): The bot is not a member of the chat, or may not add members.
                    ///
                    /// The same code is also a system error; for this method it means the above.
                    AccessDenied,
                    /// A system error, which any method may return.
                    System(crate::SystemError),
                    /// A code this version of the crate does not know, as received.
                    Unknown(String),
                }
                /// The error table of `imbot.v2.Chat.User.add`, in documentation order.
                pub static ADD_ERRORS: [crate::schema::ErrorInfo; 5] = [
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
                    crate::schema::ErrorInfo {
                        code: "ACCESS_DENIED",
                        status: Some(403),
                        message: "Access denied",
                        meaning: "The bot is not a member of the chat, or may not add members.",
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
                            "ACCESS_DENIED" => Self::AccessDenied,
                            _ => {
                                match <crate::SystemError as crate::MethodError>::from_code(
                                    code,
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
                            Self::AccessDenied => "ACCESS_DENIED",
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
                            Self::AccessDenied => Some(&ADD_ERRORS[4]),
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
                /// What the schema says about `imbot.v2.Chat.User.add`: its params, result and errors.
                pub static ADD_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    name: "imbot.v2.Chat.User.add",
                    scope: "imbot",
                    summary: "The bot adds users to a group chat.",
                    docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-user-add.html",
                    who: "owner of the registered bot; the bot must manage the chat",
                    idempotent: true,
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
                            doc: "Id of the bot that acts.",
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
                            name: "dialogId",
                            ty: "string",
                            required: true,
                            required_with: None,
                            default: None,
                            doc: "The group chat: `chat` followed by its id (`chat5`).",
                            secret: false,
                            values: &[],
                            fields: &[],
                        },
                        crate::schema::ParamInfo {
                            name: "userIds",
                            ty: "[integer]",
                            required: true,
                            required_with: None,
                            default: None,
                            doc: "Ids of the users to add.",
                            secret: false,
                            values: &[],
                            fields: &[],
                        },
                    ],
                    result: "object",
                    errors: &ADD_ERRORS,
                };
                /// The bot removes a member from a group chat.
                ///
                /// Wire name `imbot.v2.Chat.User.delete`, scope `imbot`. Who may call it: owner of the registered bot; the bot must manage the chat. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                ///
                /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-user-delete.html>
                #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
                #[non_exhaustive]
                pub struct Delete {
                    /// Id of the bot that acts.
                    ///
                    /// Wire name: `botId`.
                    #[serde(rename = "botId")]
                    pub bot_id: i64,
                    /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                    ///
                    /// Wire name: `botToken`. Required with webhook auth.
                    #[serde(rename = "botToken")]
                    pub bot_token: Option<crate::Secret>,
                    /// The group chat: `chat` followed by its id (`chat5`).
                    ///
                    /// Wire name: `dialogId`.
                    #[serde(rename = "dialogId")]
                    pub dialog_id: String,
                    /// Id of the member to remove.
                    ///
                    /// Wire name: `userId`.
                    #[serde(rename = "userId")]
                    pub user_id: i64,
                    /// Parameters the schema does not describe, sent as given after the
                    /// typed ones. Set them with [`Self::param`].
                    #[serde(flatten)]
                    pub extra: serde_json::Map<String, serde_json::Value>,
                }
                impl Delete {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `bot_id` (`botId`): Id of the bot that acts.
                    /// - `dialog_id` (`dialogId`): The group chat: `chat` followed by its id (`chat5`).
                    /// - `user_id` (`userId`): Id of the member to remove.
                    pub fn new(
                        bot_id: i64,
                        dialog_id: impl Into<String>,
                        user_id: i64,
                    ) -> Self {
                        Self {
                            bot_id,
                            bot_token: None,
                            dialog_id: dialog_id.into(),
                            user_id,
                            extra: serde_json::Map::new(),
                        }
                    }
                    /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                    ///
                    /// Wire name: `botToken`. Required with webhook auth.
                    pub fn bot_token(
                        mut self,
                        bot_token: impl Into<crate::Secret>,
                    ) -> Self {
                        self.bot_token = Some(bot_token.into());
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
                impl crate::Method for Delete {
                    const NAME: &'static str = "imbot.v2.Chat.User.delete";
                    const INFO: &'static crate::schema::MethodInfo = &DELETE_INFO;
                    type Output = DeleteResult;
                    type Error = DeleteError;
                }
                impl serde::Serialize for Delete {
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
                        let value = &self.dialog_id;
                        map.serialize_entry("dialogId", value)?;
                        let value = &self.user_id;
                        map.serialize_entry("userId", value)?;
                        for (name, value) in &self.extra {
                            map.serialize_entry(name, value)?;
                        }
                        map.end()
                    }
                }
                /// What `imbot.v2.Chat.User.delete` returns: Whether the member was removed.
                #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
                #[non_exhaustive]
                pub struct DeleteResult {
                    /// `true` once the user has left the chat.
                    ///
                    /// Wire name: `result`.
                    pub result: bool,
                }
                impl serde::Serialize for DeleteResult {
                    fn serialize<S: serde::Serializer>(
                        &self,
                        serializer: S,
                    ) -> Result<S::Ok, S::Error> {
                        use serde::ser::SerializeMap as _;
                        let mut map = serializer.serialize_map(None)?;
                        let value = &self.result;
                        map.serialize_entry("result", value)?;
                        map.end()
                    }
                }
                /// An error code `imbot.v2.Chat.User.delete` can return: its own codes, the system codes every method shares, or a code this crate does not know yet.
                #[derive(Debug, Clone, PartialEq, Eq)]
                #[non_exhaustive]
                pub enum DeleteError {
                    /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                    BotTokenNotSpecified,
                    /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                    BotIdRequired,
                    /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                    BotNotFound,
                    /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                    BotOwnershipError,
                    /// `ACCESS_DENIED` (HTTP 403): The bot is not a member of the chat, or may not remove members.
                    ///
                    /// The same code is also a system error; for this method it means the above.
                    AccessDenied,
                    /// A system error, which any method may return.
                    System(crate::SystemError),
                    /// A code this version of the crate does not know, as received.
                    Unknown(String),
                }
                /// The error table of `imbot.v2.Chat.User.delete`, in documentation order.
                pub static DELETE_ERRORS: [crate::schema::ErrorInfo; 5] = [
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
                    crate::schema::ErrorInfo {
                        code: "ACCESS_DENIED",
                        status: Some(403),
                        message: "Access denied",
                        meaning: "The bot is not a member of the chat, or may not remove members.",
                        retry_safe: true,
                        legacy: false,
                    },
                ];
                impl crate::MethodError for DeleteError {
                    fn from_code(code: &str) -> Self {
                        match code {
                            "BOT_TOKEN_NOT_SPECIFIED" => Self::BotTokenNotSpecified,
                            "BOT_ID_REQUIRED" => Self::BotIdRequired,
                            "BOT_NOT_FOUND" => Self::BotNotFound,
                            "BOT_OWNERSHIP_ERROR" => Self::BotOwnershipError,
                            "ACCESS_DENIED" => Self::AccessDenied,
                            _ => {
                                match <crate::SystemError as crate::MethodError>::from_code(
                                    code,
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
                            Self::AccessDenied => "ACCESS_DENIED",
                            Self::System(system) => system.code(),
                            Self::Unknown(code) => code,
                        }
                    }
                    fn info(&self) -> Option<&'static crate::schema::ErrorInfo> {
                        match self {
                            Self::BotTokenNotSpecified => Some(&DELETE_ERRORS[0]),
                            Self::BotIdRequired => Some(&DELETE_ERRORS[1]),
                            Self::BotNotFound => Some(&DELETE_ERRORS[2]),
                            Self::BotOwnershipError => Some(&DELETE_ERRORS[3]),
                            Self::AccessDenied => Some(&DELETE_ERRORS[4]),
                            Self::System(system) => system.info(),
                            Self::Unknown(_) => None,
                        }
                    }
                }
                impl std::fmt::Display for DeleteError {
                    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        crate::schema::describe_error(self, f)
                    }
                }
                impl std::error::Error for DeleteError {}
                /// What the schema says about `imbot.v2.Chat.User.delete`: its params, result and errors.
                pub static DELETE_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    name: "imbot.v2.Chat.User.delete",
                    scope: "imbot",
                    summary: "The bot removes a member from a group chat.",
                    docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-user-delete.html",
                    who: "owner of the registered bot; the bot must manage the chat",
                    idempotent: true,
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
                            doc: "Id of the bot that acts.",
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
                            name: "dialogId",
                            ty: "string",
                            required: true,
                            required_with: None,
                            default: None,
                            doc: "The group chat: `chat` followed by its id (`chat5`).",
                            secret: false,
                            values: &[],
                            fields: &[],
                        },
                        crate::schema::ParamInfo {
                            name: "userId",
                            ty: "integer",
                            required: true,
                            required_with: None,
                            default: None,
                            doc: "Id of the member to remove.",
                            secret: false,
                            values: &[],
                            fields: &[],
                        },
                    ],
                    result: "object",
                    errors: &DELETE_ERRORS,
                };
                /// Lists the members of a group chat the bot is in.
                ///
                /// Wire name `imbot.v2.Chat.User.list`, scope `imbot`. Who may call it: owner of the registered bot. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
                ///
                /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-user-list.html>
                #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
                #[non_exhaustive]
                pub struct List {
                    /// Id of the bot that acts.
                    ///
                    /// Wire name: `botId`.
                    #[serde(rename = "botId")]
                    pub bot_id: i64,
                    /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                    ///
                    /// Wire name: `botToken`. Required with webhook auth.
                    #[serde(rename = "botToken")]
                    pub bot_token: Option<crate::Secret>,
                    /// The group chat: `chat` followed by its id (`chat5`).
                    ///
                    /// Wire name: `dialogId`.
                    #[serde(rename = "dialogId")]
                    pub dialog_id: String,
                    /// How to sort the members.
                    ///
                    /// Wire name: `order`.
                    pub order: Option<crate::imbot::ChatUserOrder>,
                    /// How many members to return, from 1 to 200.
                    ///
                    /// Wire name: `limit`. Default: `50`.
                    pub limit: Option<i64>,
                    /// Parameters the schema does not describe, sent as given after the
                    /// typed ones. Set them with [`Self::param`].
                    #[serde(flatten)]
                    pub extra: serde_json::Map<String, serde_json::Value>,
                }
                impl List {
                    /// Starts with the required parameters; the rest are set with the methods below.
                    ///
                    /// - `bot_id` (`botId`): Id of the bot that acts.
                    /// - `dialog_id` (`dialogId`): The group chat: `chat` followed by its id (`chat5`).
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
                    /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                    ///
                    /// Wire name: `botToken`. Required with webhook auth.
                    pub fn bot_token(
                        mut self,
                        bot_token: impl Into<crate::Secret>,
                    ) -> Self {
                        self.bot_token = Some(bot_token.into());
                        self
                    }
                    /// How to sort the members.
                    ///
                    /// Wire name: `order`.
                    pub fn order(mut self, order: crate::imbot::ChatUserOrder) -> Self {
                        self.order = Some(order);
                        self
                    }
                    /// How many members to return, from 1 to 200.
                    ///
                    /// Wire name: `limit`. Default: `50`.
                    pub fn limit(mut self, limit: i64) -> Self {
                        self.limit = Some(limit);
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
                impl crate::Method for List {
                    const NAME: &'static str = "imbot.v2.Chat.User.list";
                    const INFO: &'static crate::schema::MethodInfo = &LIST_INFO;
                    type Output = Vec<crate::imbot::User>;
                    type Error = ListError;
                }
                impl serde::Serialize for List {
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
                        let value = &self.dialog_id;
                        map.serialize_entry("dialogId", value)?;
                        if let Some(value) = &self.order {
                            map.serialize_entry("order", value)?;
                        }
                        if let Some(value) = &self.limit {
                            map.serialize_entry("limit", value)?;
                        }
                        for (name, value) in &self.extra {
                            map.serialize_entry(name, value)?;
                        }
                        map.end()
                    }
                }
                /// An error code `imbot.v2.Chat.User.list` can return: its own codes, the system codes every method shares, or a code this crate does not know yet.
                #[derive(Debug, Clone, PartialEq, Eq)]
                #[non_exhaustive]
                pub enum ListError {
                    /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                    BotTokenNotSpecified,
                    /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                    BotIdRequired,
                    /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                    BotNotFound,
                    /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                    BotOwnershipError,
                    /// `ACCESS_DENIED` (HTTP 403): The bot is not a member of the chat.
                    ///
                    /// The same code is also a system error; for this method it means the above.
                    AccessDenied,
                    /// A system error, which any method may return.
                    System(crate::SystemError),
                    /// A code this version of the crate does not know, as received.
                    Unknown(String),
                }
                /// The error table of `imbot.v2.Chat.User.list`, in documentation order.
                pub static LIST_ERRORS: [crate::schema::ErrorInfo; 5] = [
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
                    crate::schema::ErrorInfo {
                        code: "ACCESS_DENIED",
                        status: Some(403),
                        message: "Access denied",
                        meaning: "The bot is not a member of the chat.",
                        retry_safe: true,
                        legacy: false,
                    },
                ];
                impl crate::MethodError for ListError {
                    fn from_code(code: &str) -> Self {
                        match code {
                            "BOT_TOKEN_NOT_SPECIFIED" => Self::BotTokenNotSpecified,
                            "BOT_ID_REQUIRED" => Self::BotIdRequired,
                            "BOT_NOT_FOUND" => Self::BotNotFound,
                            "BOT_OWNERSHIP_ERROR" => Self::BotOwnershipError,
                            "ACCESS_DENIED" => Self::AccessDenied,
                            _ => {
                                match <crate::SystemError as crate::MethodError>::from_code(
                                    code,
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
                            Self::AccessDenied => "ACCESS_DENIED",
                            Self::System(system) => system.code(),
                            Self::Unknown(code) => code,
                        }
                    }
                    fn info(&self) -> Option<&'static crate::schema::ErrorInfo> {
                        match self {
                            Self::BotTokenNotSpecified => Some(&LIST_ERRORS[0]),
                            Self::BotIdRequired => Some(&LIST_ERRORS[1]),
                            Self::BotNotFound => Some(&LIST_ERRORS[2]),
                            Self::BotOwnershipError => Some(&LIST_ERRORS[3]),
                            Self::AccessDenied => Some(&LIST_ERRORS[4]),
                            Self::System(system) => system.info(),
                            Self::Unknown(_) => None,
                        }
                    }
                }
                impl std::fmt::Display for ListError {
                    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        crate::schema::describe_error(self, f)
                    }
                }
                impl std::error::Error for ListError {}
                /// What the schema says about `imbot.v2.Chat.User.list`: its params, result and errors.
                pub static LIST_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                    name: "imbot.v2.Chat.User.list",
                    scope: "imbot",
                    summary: "Lists the members of a group chat the bot is in.",
                    docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/chats/chat-user-list.html",
                    who: "owner of the registered bot",
                    idempotent: true,
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
                            doc: "Id of the bot that acts.",
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
                            name: "dialogId",
                            ty: "string",
                            required: true,
                            required_with: None,
                            default: None,
                            doc: "The group chat: `chat` followed by its id (`chat5`).",
                            secret: false,
                            values: &[],
                            fields: &[],
                        },
                        crate::schema::ParamInfo {
                            name: "order",
                            ty: "ChatUserOrder",
                            required: false,
                            required_with: None,
                            default: None,
                            doc: "How to sort the members.",
                            secret: false,
                            values: &[],
                            fields: &[
                                crate::schema::ParamInfo {
                                    name: "id",
                                    ty: "SortDirection",
                                    required: false,
                                    required_with: None,
                                    default: None,
                                    doc: "By the membership record's id.",
                                    secret: false,
                                    values: &["ASC", "DESC"],
                                    fields: &[],
                                },
                                crate::schema::ParamInfo {
                                    name: "lastSendMessageId",
                                    ty: "SortDirection",
                                    required: false,
                                    required_with: None,
                                    default: None,
                                    doc: "By the last message each member sent.",
                                    secret: false,
                                    values: &["ASC", "DESC"],
                                    fields: &[],
                                },
                                crate::schema::ParamInfo {
                                    name: "userId",
                                    ty: "SortDirection",
                                    required: false,
                                    required_with: None,
                                    default: None,
                                    doc: "By user id.",
                                    secret: false,
                                    values: &["ASC", "DESC"],
                                    fields: &[],
                                },
                            ],
                        },
                        crate::schema::ParamInfo {
                            name: "limit",
                            ty: "integer",
                            required: false,
                            required_with: None,
                            default: Some("50"),
                            doc: "How many members to return, from 1 to 200.",
                            secret: false,
                            values: &[],
                            fields: &[],
                        },
                    ],
                    result: "[User]",
                    errors: &LIST_ERRORS,
                };
            }
        }
        /// The `imbot.v2.Command.*` methods.
        pub mod command {
            /// The bot answers a slash command in the dialog it was called from.
            ///
            /// The bot may answer even in a chat it is not a member of: the command and
            /// message ids grant it access for the answer, which is then posted as a system
            /// message carrying the bot's name.
            ///
            /// Wire name `imbot.v2.Command.answer`, scope `imbot`. Who may call it: owner of the registered bot. Not idempotent: a call whose outcome is unknown must not be resent blindly. Auth: webhook, OAuth.
            ///
            /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/commands/command-answer.html>
            #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
            #[non_exhaustive]
            pub struct Answer {
                /// Id of the bot that acts.
                ///
                /// Wire name: `botId`.
                #[serde(rename = "botId")]
                pub bot_id: i64,
                /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                ///
                /// Wire name: `botToken`. Required with webhook auth.
                #[serde(rename = "botToken")]
                pub bot_token: Option<crate::Secret>,
                /// Id of the command that was called.
                ///
                /// Wire name: `commandId`.
                #[serde(rename = "commandId")]
                pub command_id: i64,
                /// Id of the message that called the command.
                ///
                /// Wire name: `messageId`.
                #[serde(rename = "messageId")]
                pub message_id: i64,
                /// The dialog: `chat` followed by the chat id for a group chat (`chat5`), the user id for a private one.
                ///
                /// Wire name: `dialogId`.
                #[serde(rename = "dialogId")]
                pub dialog_id: String,
                /// The answer.
                ///
                /// Wire name: `fields`.
                pub fields: Option<crate::imbot::CommandAnswerFields>,
                /// Parameters the schema does not describe, sent as given after the
                /// typed ones. Set them with [`Self::param`].
                #[serde(flatten)]
                pub extra: serde_json::Map<String, serde_json::Value>,
            }
            impl Answer {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `bot_id` (`botId`): Id of the bot that acts.
                /// - `command_id` (`commandId`): Id of the command that was called.
                /// - `message_id` (`messageId`): Id of the message that called the command.
                /// - `dialog_id` (`dialogId`): The dialog: `chat` followed by the chat id for a group chat (`chat5`), the user id for a private one.
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
                /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                ///
                /// Wire name: `botToken`. Required with webhook auth.
                pub fn bot_token(mut self, bot_token: impl Into<crate::Secret>) -> Self {
                    self.bot_token = Some(bot_token.into());
                    self
                }
                /// The answer.
                ///
                /// Wire name: `fields`.
                pub fn fields(
                    mut self,
                    fields: crate::imbot::CommandAnswerFields,
                ) -> Self {
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
            impl crate::Method for Answer {
                const NAME: &'static str = "imbot.v2.Command.answer";
                const INFO: &'static crate::schema::MethodInfo = &ANSWER_INFO;
                type Output = AnswerResult;
                type Error = AnswerError;
            }
            impl serde::Serialize for Answer {
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
                    let value = &self.command_id;
                    map.serialize_entry("commandId", value)?;
                    let value = &self.message_id;
                    map.serialize_entry("messageId", value)?;
                    let value = &self.dialog_id;
                    map.serialize_entry("dialogId", value)?;
                    if let Some(value) = &self.fields {
                        map.serialize_entry("fields", value)?;
                    }
                    for (name, value) in &self.extra {
                        map.serialize_entry(name, value)?;
                    }
                    map.end()
                }
            }
            /// What `imbot.v2.Command.answer` returns: Whether the answer was posted.
            #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
            #[non_exhaustive]
            pub struct AnswerResult {
                /// `true` once the answer is posted.
                ///
                /// Wire name: `result`.
                pub result: bool,
            }
            impl serde::Serialize for AnswerResult {
                fn serialize<S: serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    use serde::ser::SerializeMap as _;
                    let mut map = serializer.serialize_map(None)?;
                    let value = &self.result;
                    map.serialize_entry("result", value)?;
                    map.end()
                }
            }
            /// An error code `imbot.v2.Command.answer` can return: its own codes, the system codes every method shares, or a code this crate does not know yet.
            #[derive(Debug, Clone, PartialEq, Eq)]
            #[non_exhaustive]
            pub enum AnswerError {
                /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                BotTokenNotSpecified,
                /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                BotIdRequired,
                /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                BotNotFound,
                /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                BotOwnershipError,
                /// `COMMAND_ANSWER_FAILED` (HTTP 400): The portal could not post the answer.
                CommandAnswerFailed,
                /// A system error, which any method may return.
                System(crate::SystemError),
                /// A code this version of the crate does not know, as received.
                Unknown(String),
            }
            /// The error table of `imbot.v2.Command.answer`, in documentation order.
            pub static ANSWER_ERRORS: [crate::schema::ErrorInfo; 5] = [
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
                crate::schema::ErrorInfo {
                    code: "COMMAND_ANSWER_FAILED",
                    status: Some(400),
                    message: "Command answer failed",
                    meaning: "The portal could not post the answer.",
                    retry_safe: false,
                    legacy: false,
                },
            ];
            impl crate::MethodError for AnswerError {
                fn from_code(code: &str) -> Self {
                    match code {
                        "BOT_TOKEN_NOT_SPECIFIED" => Self::BotTokenNotSpecified,
                        "BOT_ID_REQUIRED" => Self::BotIdRequired,
                        "BOT_NOT_FOUND" => Self::BotNotFound,
                        "BOT_OWNERSHIP_ERROR" => Self::BotOwnershipError,
                        "COMMAND_ANSWER_FAILED" => Self::CommandAnswerFailed,
                        _ => {
                            match <crate::SystemError as crate::MethodError>::from_code(
                                code,
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
                        Self::CommandAnswerFailed => "COMMAND_ANSWER_FAILED",
                        Self::System(system) => system.code(),
                        Self::Unknown(code) => code,
                    }
                }
                fn info(&self) -> Option<&'static crate::schema::ErrorInfo> {
                    match self {
                        Self::BotTokenNotSpecified => Some(&ANSWER_ERRORS[0]),
                        Self::BotIdRequired => Some(&ANSWER_ERRORS[1]),
                        Self::BotNotFound => Some(&ANSWER_ERRORS[2]),
                        Self::BotOwnershipError => Some(&ANSWER_ERRORS[3]),
                        Self::CommandAnswerFailed => Some(&ANSWER_ERRORS[4]),
                        Self::System(system) => system.info(),
                        Self::Unknown(_) => None,
                    }
                }
            }
            impl std::fmt::Display for AnswerError {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    crate::schema::describe_error(self, f)
                }
            }
            impl std::error::Error for AnswerError {}
            /// What the schema says about `imbot.v2.Command.answer`: its params, result and errors.
            pub static ANSWER_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                name: "imbot.v2.Command.answer",
                scope: "imbot",
                summary: "The bot answers a slash command in the dialog it was called from.",
                docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/commands/command-answer.html",
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
                        doc: "Id of the bot that acts.",
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
                        name: "commandId",
                        ty: "integer",
                        required: true,
                        required_with: None,
                        default: None,
                        doc: "Id of the command that was called.",
                        secret: false,
                        values: &[],
                        fields: &[],
                    },
                    crate::schema::ParamInfo {
                        name: "messageId",
                        ty: "integer",
                        required: true,
                        required_with: None,
                        default: None,
                        doc: "Id of the message that called the command.",
                        secret: false,
                        values: &[],
                        fields: &[],
                    },
                    crate::schema::ParamInfo {
                        name: "dialogId",
                        ty: "string",
                        required: true,
                        required_with: None,
                        default: None,
                        doc: "The dialog: `chat` followed by the chat id for a group chat (`chat5`), the user id for a private one.",
                        secret: false,
                        values: &[],
                        fields: &[],
                    },
                    crate::schema::ParamInfo {
                        name: "fields",
                        ty: "CommandAnswerFields",
                        required: false,
                        required_with: None,
                        default: None,
                        doc: "The answer.",
                        secret: false,
                        values: &[],
                        fields: &[
                            crate::schema::ParamInfo {
                                name: "message",
                                ty: "string",
                                required: false,
                                required_with: None,
                                default: None,
                                doc: "The text, at most 20,000 characters.",
                                secret: false,
                                values: &[],
                                fields: &[],
                            },
                            crate::schema::ParamInfo {
                                name: "attach",
                                ty: "[object]",
                                required: false,
                                required_with: None,
                                default: None,
                                doc: "Attachment blocks, as built by the attachment constructor.",
                                secret: false,
                                values: &[],
                                fields: &[],
                            },
                            crate::schema::ParamInfo {
                                name: "keyboard",
                                ty: "[KeyboardButton]",
                                required: false,
                                required_with: None,
                                default: None,
                                doc: "Buttons under the message.",
                                secret: false,
                                values: &[],
                                fields: &[
                                    crate::schema::ParamInfo {
                                        name: "TEXT",
                                        ty: "string",
                                        required: false,
                                        required_with: None,
                                        default: None,
                                        doc: "The button's label.",
                                        secret: false,
                                        values: &[],
                                        fields: &[],
                                    },
                                    crate::schema::ParamInfo {
                                        name: "TYPE",
                                        ty: "ButtonType",
                                        required: false,
                                        required_with: None,
                                        default: None,
                                        doc: "`NEWLINE` makes this entry a line break instead of a button.",
                                        secret: false,
                                        values: &["NEWLINE"],
                                        fields: &[],
                                    },
                                    crate::schema::ParamInfo {
                                        name: "LINK",
                                        ty: "string",
                                        required: false,
                                        required_with: None,
                                        default: None,
                                        doc: "A URL to open: `http`, `https`, or a path starting with `/`.",
                                        secret: false,
                                        values: &[],
                                        fields: &[],
                                    },
                                    crate::schema::ParamInfo {
                                        name: "APP_ID",
                                        ty: "integer",
                                        required: false,
                                        required_with: None,
                                        default: None,
                                        doc: "An application to open in the chat (an older way; open-channel chats still use it).",
                                        secret: false,
                                        values: &[],
                                        fields: &[],
                                    },
                                    crate::schema::ParamInfo {
                                        name: "APP_PARAMS",
                                        ty: "string",
                                        required: false,
                                        required_with: None,
                                        default: None,
                                        doc: "Parameters for `APP_ID`.",
                                        secret: false,
                                        values: &[],
                                        fields: &[],
                                    },
                                    crate::schema::ParamInfo {
                                        name: "ACTION",
                                        ty: "ButtonAction",
                                        required: false,
                                        required_with: None,
                                        default: None,
                                        doc: "What pressing the button does on the user's side.",
                                        secret: false,
                                        values: &["PUT", "SEND", "COPY", "CALL", "DIALOG"],
                                        fields: &[],
                                    },
                                    crate::schema::ParamInfo {
                                        name: "ACTION_VALUE",
                                        ty: "string",
                                        required: false,
                                        required_with: None,
                                        default: None,
                                        doc: "What the action works on: the text to put, send or copy, the phone number to call, the dialog to open (`chatXXX` or a user id).",
                                        secret: false,
                                        values: &[],
                                        fields: &[],
                                    },
                                    crate::schema::ParamInfo {
                                        name: "COMMAND",
                                        ty: "string",
                                        required: false,
                                        required_with: None,
                                        default: None,
                                        doc: "A bot command to run when the button is pressed.",
                                        secret: false,
                                        values: &[],
                                        fields: &[],
                                    },
                                    crate::schema::ParamInfo {
                                        name: "COMMAND_PARAMS",
                                        ty: "string",
                                        required: false,
                                        required_with: None,
                                        default: None,
                                        doc: "Parameters of `COMMAND`.",
                                        secret: false,
                                        values: &[],
                                        fields: &[],
                                    },
                                    crate::schema::ParamInfo {
                                        name: "BLOCK",
                                        ty: "YesNo",
                                        required: false,
                                        required_with: None,
                                        default: Some("N"),
                                        doc: "`Y` disables a `COMMAND` button once it is pressed (buttons with `ACTION` run on the user's side and stay enabled).",
                                        secret: false,
                                        values: &["Y", "N"],
                                        fields: &[],
                                    },
                                    crate::schema::ParamInfo {
                                        name: "DISABLED",
                                        ty: "YesNo",
                                        required: false,
                                        required_with: None,
                                        default: Some("N"),
                                        doc: "`Y` shows the button disabled.",
                                        secret: false,
                                        values: &["Y", "N"],
                                        fields: &[],
                                    },
                                    crate::schema::ParamInfo {
                                        name: "CONTEXT",
                                        ty: "ButtonContext",
                                        required: false,
                                        required_with: None,
                                        default: Some("ALL"),
                                        doc: "Where the button is shown.",
                                        secret: false,
                                        values: &["MOBILE", "DESKTOP", "ALL"],
                                        fields: &[],
                                    },
                                    crate::schema::ParamInfo {
                                        name: "DISPLAY",
                                        ty: "ButtonDisplay",
                                        required: false,
                                        required_with: None,
                                        default: Some("BLOCK"),
                                        doc: "How the button is laid out.",
                                        secret: false,
                                        values: &["LINE", "BLOCK"],
                                        fields: &[],
                                    },
                                    crate::schema::ParamInfo {
                                        name: "WIDTH",
                                        ty: "integer",
                                        required: false,
                                        required_with: None,
                                        default: None,
                                        doc: "Width in pixels.",
                                        secret: false,
                                        values: &[],
                                        fields: &[],
                                    },
                                    crate::schema::ParamInfo {
                                        name: "BG_COLOR",
                                        ty: "string",
                                        required: false,
                                        required_with: None,
                                        default: None,
                                        doc: "Background colour as HEX.",
                                        secret: false,
                                        values: &[],
                                        fields: &[],
                                    },
                                    crate::schema::ParamInfo {
                                        name: "BG_COLOR_TOKEN",
                                        ty: "ButtonColorToken",
                                        required: false,
                                        required_with: None,
                                        default: Some("base"),
                                        doc: "Background colour as a theme token.",
                                        secret: false,
                                        values: &["primary", "secondary", "alert", "base"],
                                        fields: &[],
                                    },
                                    crate::schema::ParamInfo {
                                        name: "TEXT_COLOR",
                                        ty: "string",
                                        required: false,
                                        required_with: None,
                                        default: None,
                                        doc: "Text colour as HEX.",
                                        secret: false,
                                        values: &[],
                                        fields: &[],
                                    },
                                    crate::schema::ParamInfo {
                                        name: "OFF_BG_COLOR",
                                        ty: "string",
                                        required: false,
                                        required_with: None,
                                        default: None,
                                        doc: "Background colour when disabled.",
                                        secret: false,
                                        values: &[],
                                        fields: &[],
                                    },
                                    crate::schema::ParamInfo {
                                        name: "OFF_TEXT_COLOR",
                                        ty: "string",
                                        required: false,
                                        required_with: None,
                                        default: None,
                                        doc: "Text colour when disabled.",
                                        secret: false,
                                        values: &[],
                                        fields: &[],
                                    },
                                ],
                            },
                            crate::schema::ParamInfo {
                                name: "system",
                                ty: "boolean",
                                required: false,
                                required_with: None,
                                default: Some("false"),
                                doc: "Whether to post it as a system message.",
                                secret: false,
                                values: &[],
                                fields: &[],
                            },
                            crate::schema::ParamInfo {
                                name: "urlPreview",
                                ty: "boolean",
                                required: false,
                                required_with: None,
                                default: Some("true"),
                                doc: "Whether links in the text get a preview.",
                                secret: false,
                                values: &[],
                                fields: &[],
                            },
                        ],
                    },
                ],
                result: "object",
                errors: &ANSWER_ERRORS,
            };
            /// Lists the slash commands of a bot.
            ///
            /// Wire name `imbot.v2.Command.list`, scope `imbot`. Who may call it: owner of the registered bot. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            ///
            /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/commands/command-list.html>
            #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
            #[non_exhaustive]
            pub struct List {
                /// Id of the bot that acts.
                ///
                /// Wire name: `botId`.
                #[serde(rename = "botId")]
                pub bot_id: i64,
                /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                ///
                /// Wire name: `botToken`. Required with webhook auth.
                #[serde(rename = "botToken")]
                pub bot_token: Option<crate::Secret>,
                /// Parameters the schema does not describe, sent as given after the
                /// typed ones. Set them with [`Self::param`].
                #[serde(flatten)]
                pub extra: serde_json::Map<String, serde_json::Value>,
            }
            impl List {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `bot_id` (`botId`): Id of the bot that acts.
                pub fn new(bot_id: i64) -> Self {
                    Self {
                        bot_id,
                        bot_token: None,
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
            impl crate::Method for List {
                const NAME: &'static str = "imbot.v2.Command.list";
                const INFO: &'static crate::schema::MethodInfo = &LIST_INFO;
                type Output = ListResult;
                type Error = ListError;
            }
            impl serde::Serialize for List {
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
                    for (name, value) in &self.extra {
                        map.serialize_entry(name, value)?;
                    }
                    map.end()
                }
            }
            /// What `imbot.v2.Command.list` returns: The bot's commands.
            #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
            #[non_exhaustive]
            pub struct ListResult {
                /// The commands, with titles in the portal's language.
                ///
                /// Wire name: `commands`.
                pub commands: Vec<crate::imbot::Command>,
            }
            impl serde::Serialize for ListResult {
                fn serialize<S: serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    use serde::ser::SerializeMap as _;
                    let mut map = serializer.serialize_map(None)?;
                    let value = &self.commands;
                    map.serialize_entry("commands", value)?;
                    map.end()
                }
            }
            /// An error code `imbot.v2.Command.list` can return: its own codes, the system codes every method shares, or a code this crate does not know yet.
            #[derive(Debug, Clone, PartialEq, Eq)]
            #[non_exhaustive]
            pub enum ListError {
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
            /// The error table of `imbot.v2.Command.list`, in documentation order.
            pub static LIST_ERRORS: [crate::schema::ErrorInfo; 4] = [
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
            impl crate::MethodError for ListError {
                fn from_code(code: &str) -> Self {
                    match code {
                        "BOT_TOKEN_NOT_SPECIFIED" => Self::BotTokenNotSpecified,
                        "BOT_ID_REQUIRED" => Self::BotIdRequired,
                        "BOT_NOT_FOUND" => Self::BotNotFound,
                        "BOT_OWNERSHIP_ERROR" => Self::BotOwnershipError,
                        _ => {
                            match <crate::SystemError as crate::MethodError>::from_code(
                                code,
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
                        Self::BotTokenNotSpecified => Some(&LIST_ERRORS[0]),
                        Self::BotIdRequired => Some(&LIST_ERRORS[1]),
                        Self::BotNotFound => Some(&LIST_ERRORS[2]),
                        Self::BotOwnershipError => Some(&LIST_ERRORS[3]),
                        Self::System(system) => system.info(),
                        Self::Unknown(_) => None,
                    }
                }
            }
            impl std::fmt::Display for ListError {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    crate::schema::describe_error(self, f)
                }
            }
            impl std::error::Error for ListError {}
            /// What the schema says about `imbot.v2.Command.list`: its params, result and errors.
            pub static LIST_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                name: "imbot.v2.Command.list",
                scope: "imbot",
                summary: "Lists the slash commands of a bot.",
                docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/commands/command-list.html",
                who: "owner of the registered bot",
                idempotent: true,
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
                        doc: "Id of the bot that acts.",
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
                ],
                result: "object",
                errors: &LIST_ERRORS,
            };
            /// Registers a slash command of a bot.
            ///
            /// Registering the same command again for the same bot from the same
            /// application returns the command registered first, unchanged;
            /// `imbot.v2.Command.update` changes it. The flat parameters of older versions
            /// (without `fields`) are accepted until 2026-09-30.
            ///
            /// Wire name `imbot.v2.Command.register`, scope `imbot`. Who may call it: owner of the registered bot. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            ///
            /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/commands/command-register.html>
            #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
            #[non_exhaustive]
            pub struct Register {
                /// Id of the bot that acts.
                ///
                /// Wire name: `botId`.
                #[serde(rename = "botId")]
                pub bot_id: i64,
                /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                ///
                /// Wire name: `botToken`. Required with webhook auth.
                #[serde(rename = "botToken")]
                pub bot_token: Option<crate::Secret>,
                /// The command to register.
                ///
                /// Wire name: `fields`.
                pub fields: crate::imbot::CommandRegisterFields,
                /// Parameters the schema does not describe, sent as given after the
                /// typed ones. Set them with [`Self::param`].
                #[serde(flatten)]
                pub extra: serde_json::Map<String, serde_json::Value>,
            }
            impl Register {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `bot_id` (`botId`): Id of the bot that acts.
                /// - `fields` (`fields`): The command to register.
                pub fn new(
                    bot_id: i64,
                    fields: crate::imbot::CommandRegisterFields,
                ) -> Self {
                    Self {
                        bot_id,
                        bot_token: None,
                        fields,
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
            impl crate::Method for Register {
                const NAME: &'static str = "imbot.v2.Command.register";
                const INFO: &'static crate::schema::MethodInfo = &REGISTER_INFO;
                type Output = RegisterResult;
                type Error = RegisterError;
            }
            impl serde::Serialize for Register {
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
                    let value = &self.fields;
                    map.serialize_entry("fields", value)?;
                    for (name, value) in &self.extra {
                        map.serialize_entry(name, value)?;
                    }
                    map.end()
                }
            }
            /// What `imbot.v2.Command.register` returns: The command.
            #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
            #[non_exhaustive]
            pub struct RegisterResult {
                /// The registered command.
                ///
                /// Wire name: `command`.
                pub command: crate::imbot::Command,
            }
            impl serde::Serialize for RegisterResult {
                fn serialize<S: serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    use serde::ser::SerializeMap as _;
                    let mut map = serializer.serialize_map(None)?;
                    let value = &self.command;
                    map.serialize_entry("command", value)?;
                    map.end()
                }
            }
            /// An error code `imbot.v2.Command.register` can return: its own codes, the system codes every method shares, or a code this crate does not know yet.
            #[derive(Debug, Clone, PartialEq, Eq)]
            #[non_exhaustive]
            pub enum RegisterError {
                /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                BotTokenNotSpecified,
                /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                BotIdRequired,
                /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                BotNotFound,
                /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                BotOwnershipError,
                /// `COMMAND_NAME_INVALID` (HTTP 400): `fields.command` is not a string.
                CommandNameInvalid,
                /// `COMMAND_REQUIRED` (HTTP 400): `fields.command` was not given.
                CommandRequired,
                /// `COMMAND_TITLE_REQUIRED` (HTTP 400): `fields.title` was not given for a visible command (`fields.hidden` is `false`).
                CommandTitleRequired,
                /// `COMMAND_REGISTER_FAILED` (HTTP 400): The portal could not register the command.
                CommandRegisterFailed,
                /// A system error, which any method may return.
                System(crate::SystemError),
                /// A code this version of the crate does not know, as received.
                Unknown(String),
            }
            /// The error table of `imbot.v2.Command.register`, in documentation order.
            pub static REGISTER_ERRORS: [crate::schema::ErrorInfo; 8] = [
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
                crate::schema::ErrorInfo {
                    code: "COMMAND_NAME_INVALID",
                    status: Some(400),
                    message: "Command name is invalid",
                    meaning: "`fields.command` is not a string.",
                    retry_safe: true,
                    legacy: false,
                },
                crate::schema::ErrorInfo {
                    code: "COMMAND_REQUIRED",
                    status: Some(400),
                    message: "Command is required",
                    meaning: "`fields.command` was not given.",
                    retry_safe: true,
                    legacy: false,
                },
                crate::schema::ErrorInfo {
                    code: "COMMAND_TITLE_REQUIRED",
                    status: Some(400),
                    message: "Command title is required",
                    meaning: "`fields.title` was not given for a visible command (`fields.hidden` is `false`).",
                    retry_safe: true,
                    legacy: false,
                },
                crate::schema::ErrorInfo {
                    code: "COMMAND_REGISTER_FAILED",
                    status: Some(400),
                    message: "Command registration failed",
                    meaning: "The portal could not register the command.",
                    retry_safe: false,
                    legacy: false,
                },
            ];
            impl crate::MethodError for RegisterError {
                fn from_code(code: &str) -> Self {
                    match code {
                        "BOT_TOKEN_NOT_SPECIFIED" => Self::BotTokenNotSpecified,
                        "BOT_ID_REQUIRED" => Self::BotIdRequired,
                        "BOT_NOT_FOUND" => Self::BotNotFound,
                        "BOT_OWNERSHIP_ERROR" => Self::BotOwnershipError,
                        "COMMAND_NAME_INVALID" => Self::CommandNameInvalid,
                        "COMMAND_REQUIRED" => Self::CommandRequired,
                        "COMMAND_TITLE_REQUIRED" => Self::CommandTitleRequired,
                        "COMMAND_REGISTER_FAILED" => Self::CommandRegisterFailed,
                        _ => {
                            match <crate::SystemError as crate::MethodError>::from_code(
                                code,
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
                        Self::CommandNameInvalid => "COMMAND_NAME_INVALID",
                        Self::CommandRequired => "COMMAND_REQUIRED",
                        Self::CommandTitleRequired => "COMMAND_TITLE_REQUIRED",
                        Self::CommandRegisterFailed => "COMMAND_REGISTER_FAILED",
                        Self::System(system) => system.code(),
                        Self::Unknown(code) => code,
                    }
                }
                fn info(&self) -> Option<&'static crate::schema::ErrorInfo> {
                    match self {
                        Self::BotTokenNotSpecified => Some(&REGISTER_ERRORS[0]),
                        Self::BotIdRequired => Some(&REGISTER_ERRORS[1]),
                        Self::BotNotFound => Some(&REGISTER_ERRORS[2]),
                        Self::BotOwnershipError => Some(&REGISTER_ERRORS[3]),
                        Self::CommandNameInvalid => Some(&REGISTER_ERRORS[4]),
                        Self::CommandRequired => Some(&REGISTER_ERRORS[5]),
                        Self::CommandTitleRequired => Some(&REGISTER_ERRORS[6]),
                        Self::CommandRegisterFailed => Some(&REGISTER_ERRORS[7]),
                        Self::System(system) => system.info(),
                        Self::Unknown(_) => None,
                    }
                }
            }
            impl std::fmt::Display for RegisterError {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    crate::schema::describe_error(self, f)
                }
            }
            impl std::error::Error for RegisterError {}
            /// What the schema says about `imbot.v2.Command.register`: its params, result and errors.
            pub static REGISTER_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                name: "imbot.v2.Command.register",
                scope: "imbot",
                summary: "Registers a slash command of a bot.",
                docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/commands/command-register.html",
                who: "owner of the registered bot",
                idempotent: true,
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
                        doc: "Id of the bot that acts.",
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
                        ty: "CommandRegisterFields",
                        required: true,
                        required_with: None,
                        default: None,
                        doc: "The command to register.",
                        secret: false,
                        values: &[],
                        fields: &[
                            crate::schema::ParamInfo {
                                name: "command",
                                ty: "string",
                                required: true,
                                required_with: None,
                                default: None,
                                doc: "The command without its slash, such as `help`.",
                                secret: false,
                                values: &[],
                                fields: &[],
                            },
                            crate::schema::ParamInfo {
                                name: "title",
                                ty: "{string}",
                                required: false,
                                required_with: None,
                                default: None,
                                doc: "The command's title per language code in lower case (`{\"en\": \"Help\"}`), shown in the command list. Needed unless the command is hidden.",
                                secret: false,
                                values: &[],
                                fields: &[],
                            },
                            crate::schema::ParamInfo {
                                name: "params",
                                ty: "{string}",
                                required: false,
                                required_with: None,
                                default: None,
                                doc: "A hint about the command's arguments per language code, shown next to the command.",
                                secret: false,
                                values: &[],
                                fields: &[],
                            },
                            crate::schema::ParamInfo {
                                name: "common",
                                ty: "boolean",
                                required: false,
                                required_with: None,
                                default: Some("false"),
                                doc: "Whether the command works in every chat (`true`) or only in the bot's own dialogs and chats (`false`).",
                                secret: false,
                                values: &[],
                                fields: &[],
                            },
                            crate::schema::ParamInfo {
                                name: "hidden",
                                ty: "boolean",
                                required: false,
                                required_with: None,
                                default: Some("false"),
                                doc: "Whether the command is left out of the command list.",
                                secret: false,
                                values: &[],
                                fields: &[],
                            },
                            crate::schema::ParamInfo {
                                name: "extranetSupport",
                                ty: "boolean",
                                required: false,
                                required_with: None,
                                default: Some("false"),
                                doc: "Whether extranet users may use the command.",
                                secret: false,
                                values: &[],
                                fields: &[],
                            },
                        ],
                    },
                ],
                result: "object",
                errors: &REGISTER_ERRORS,
            };
            /// Deletes a slash command of a bot.
            ///
            /// Wire name `imbot.v2.Command.unregister`, scope `imbot`. Who may call it: owner of the registered bot. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            ///
            /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/commands/command-unregister.html>
            #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
            #[non_exhaustive]
            pub struct Unregister {
                /// Id of the bot that acts.
                ///
                /// Wire name: `botId`.
                #[serde(rename = "botId")]
                pub bot_id: i64,
                /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                ///
                /// Wire name: `botToken`. Required with webhook auth.
                #[serde(rename = "botToken")]
                pub bot_token: Option<crate::Secret>,
                /// Id of the command to delete.
                ///
                /// Wire name: `commandId`.
                #[serde(rename = "commandId")]
                pub command_id: i64,
                /// Parameters the schema does not describe, sent as given after the
                /// typed ones. Set them with [`Self::param`].
                #[serde(flatten)]
                pub extra: serde_json::Map<String, serde_json::Value>,
            }
            impl Unregister {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `bot_id` (`botId`): Id of the bot that acts.
                /// - `command_id` (`commandId`): Id of the command to delete.
                pub fn new(bot_id: i64, command_id: i64) -> Self {
                    Self {
                        bot_id,
                        bot_token: None,
                        command_id,
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
            impl crate::Method for Unregister {
                const NAME: &'static str = "imbot.v2.Command.unregister";
                const INFO: &'static crate::schema::MethodInfo = &UNREGISTER_INFO;
                type Output = UnregisterResult;
                type Error = UnregisterError;
            }
            impl serde::Serialize for Unregister {
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
                    let value = &self.command_id;
                    map.serialize_entry("commandId", value)?;
                    for (name, value) in &self.extra {
                        map.serialize_entry(name, value)?;
                    }
                    map.end()
                }
            }
            /// What `imbot.v2.Command.unregister` returns: Whether the command was deleted.
            #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
            #[non_exhaustive]
            pub struct UnregisterResult {
                /// `true` once the command is deleted.
                ///
                /// Wire name: `result`.
                pub result: bool,
            }
            impl serde::Serialize for UnregisterResult {
                fn serialize<S: serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    use serde::ser::SerializeMap as _;
                    let mut map = serializer.serialize_map(None)?;
                    let value = &self.result;
                    map.serialize_entry("result", value)?;
                    map.end()
                }
            }
            /// An error code `imbot.v2.Command.unregister` can return: its own codes, the system codes every method shares, or a code this crate does not know yet.
            #[derive(Debug, Clone, PartialEq, Eq)]
            #[non_exhaustive]
            pub enum UnregisterError {
                /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                BotTokenNotSpecified,
                /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                BotIdRequired,
                /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                BotNotFound,
                /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                BotOwnershipError,
                /// `COMMAND_NOT_FOUND` (HTTP 400): No command has this id, or the caller may not see it.
                CommandNotFound,
                /// A system error, which any method may return.
                System(crate::SystemError),
                /// A code this version of the crate does not know, as received.
                Unknown(String),
            }
            /// The error table of `imbot.v2.Command.unregister`, in documentation order.
            pub static UNREGISTER_ERRORS: [crate::schema::ErrorInfo; 5] = [
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
                crate::schema::ErrorInfo {
                    code: "COMMAND_NOT_FOUND",
                    status: Some(400),
                    message: "Command not found",
                    meaning: "No command has this id, or the caller may not see it.",
                    retry_safe: true,
                    legacy: false,
                },
            ];
            impl crate::MethodError for UnregisterError {
                fn from_code(code: &str) -> Self {
                    match code {
                        "BOT_TOKEN_NOT_SPECIFIED" => Self::BotTokenNotSpecified,
                        "BOT_ID_REQUIRED" => Self::BotIdRequired,
                        "BOT_NOT_FOUND" => Self::BotNotFound,
                        "BOT_OWNERSHIP_ERROR" => Self::BotOwnershipError,
                        "COMMAND_NOT_FOUND" => Self::CommandNotFound,
                        _ => {
                            match <crate::SystemError as crate::MethodError>::from_code(
                                code,
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
                        Self::CommandNotFound => "COMMAND_NOT_FOUND",
                        Self::System(system) => system.code(),
                        Self::Unknown(code) => code,
                    }
                }
                fn info(&self) -> Option<&'static crate::schema::ErrorInfo> {
                    match self {
                        Self::BotTokenNotSpecified => Some(&UNREGISTER_ERRORS[0]),
                        Self::BotIdRequired => Some(&UNREGISTER_ERRORS[1]),
                        Self::BotNotFound => Some(&UNREGISTER_ERRORS[2]),
                        Self::BotOwnershipError => Some(&UNREGISTER_ERRORS[3]),
                        Self::CommandNotFound => Some(&UNREGISTER_ERRORS[4]),
                        Self::System(system) => system.info(),
                        Self::Unknown(_) => None,
                    }
                }
            }
            impl std::fmt::Display for UnregisterError {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    crate::schema::describe_error(self, f)
                }
            }
            impl std::error::Error for UnregisterError {}
            /// What the schema says about `imbot.v2.Command.unregister`: its params, result and errors.
            pub static UNREGISTER_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                name: "imbot.v2.Command.unregister",
                scope: "imbot",
                summary: "Deletes a slash command of a bot.",
                docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/commands/command-unregister.html",
                who: "owner of the registered bot",
                idempotent: true,
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
                        doc: "Id of the bot that acts.",
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
                        name: "commandId",
                        ty: "integer",
                        required: true,
                        required_with: None,
                        default: None,
                        doc: "Id of the command to delete.",
                        secret: false,
                        values: &[],
                        fields: &[],
                    },
                ],
                result: "object",
                errors: &UNREGISTER_ERRORS,
            };
            /// Changes a slash command of a bot.
            ///
            /// Wire name `imbot.v2.Command.update`, scope `imbot`. Who may call it: owner of the registered bot. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            ///
            /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/commands/command-update.html>
            #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
            #[non_exhaustive]
            pub struct Update {
                /// Id of the bot that acts.
                ///
                /// Wire name: `botId`.
                #[serde(rename = "botId")]
                pub bot_id: i64,
                /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                ///
                /// Wire name: `botToken`. Required with webhook auth.
                #[serde(rename = "botToken")]
                pub bot_token: Option<crate::Secret>,
                /// Id of the command to change.
                ///
                /// Wire name: `commandId`.
                #[serde(rename = "commandId")]
                pub command_id: i64,
                /// What to change; what is left out keeps its value.
                ///
                /// Wire name: `fields`.
                pub fields: crate::imbot::CommandUpdateFields,
                /// Parameters the schema does not describe, sent as given after the
                /// typed ones. Set them with [`Self::param`].
                #[serde(flatten)]
                pub extra: serde_json::Map<String, serde_json::Value>,
            }
            impl Update {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `bot_id` (`botId`): Id of the bot that acts.
                /// - `command_id` (`commandId`): Id of the command to change.
                /// - `fields` (`fields`): What to change; what is left out keeps its value.
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
                /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                ///
                /// Wire name: `botToken`. Required with webhook auth.
                pub fn bot_token(mut self, bot_token: impl Into<crate::Secret>) -> Self {
                    self.bot_token = Some(bot_token.into());
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
            impl crate::Method for Update {
                const NAME: &'static str = "imbot.v2.Command.update";
                const INFO: &'static crate::schema::MethodInfo = &UPDATE_INFO;
                type Output = UpdateResult;
                type Error = UpdateError;
            }
            impl serde::Serialize for Update {
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
                    let value = &self.command_id;
                    map.serialize_entry("commandId", value)?;
                    let value = &self.fields;
                    map.serialize_entry("fields", value)?;
                    for (name, value) in &self.extra {
                        map.serialize_entry(name, value)?;
                    }
                    map.end()
                }
            }
            /// What `imbot.v2.Command.update` returns: The command as it is now.
            #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
            #[non_exhaustive]
            pub struct UpdateResult {
                /// The command.
                ///
                /// Wire name: `command`.
                pub command: crate::imbot::Command,
            }
            impl serde::Serialize for UpdateResult {
                fn serialize<S: serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    use serde::ser::SerializeMap as _;
                    let mut map = serializer.serialize_map(None)?;
                    let value = &self.command;
                    map.serialize_entry("command", value)?;
                    map.end()
                }
            }
            /// An error code `imbot.v2.Command.update` can return: its own codes, the system codes every method shares, or a code this crate does not know yet.
            #[derive(Debug, Clone, PartialEq, Eq)]
            #[non_exhaustive]
            pub enum UpdateError {
                /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                BotTokenNotSpecified,
                /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                BotIdRequired,
                /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                BotNotFound,
                /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                BotOwnershipError,
                /// `COMMAND_NOT_FOUND` (HTTP 400): No command has this id, or the caller may not see it.
                CommandNotFound,
                /// `COMMAND_NAME_EMPTY` (HTTP 400): `fields.command` is empty.
                CommandNameEmpty,
                /// `COMMAND_NAME_INVALID` (HTTP 400): `fields.command` is not a string.
                CommandNameInvalid,
                /// `COMMAND_ALREADY_EXISTS` (HTTP 400): The bot already has a command with this name.
                CommandAlreadyExists,
                /// A system error, which any method may return.
                System(crate::SystemError),
                /// A code this version of the crate does not know, as received.
                Unknown(String),
            }
            /// The error table of `imbot.v2.Command.update`, in documentation order.
            pub static UPDATE_ERRORS: [crate::schema::ErrorInfo; 8] = [
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
                crate::schema::ErrorInfo {
                    code: "COMMAND_NOT_FOUND",
                    status: Some(400),
                    message: "Command not found",
                    meaning: "No command has this id, or the caller may not see it.",
                    retry_safe: true,
                    legacy: false,
                },
                crate::schema::ErrorInfo {
                    code: "COMMAND_NAME_EMPTY",
                    status: Some(400),
                    message: "Command name is empty",
                    meaning: "`fields.command` is empty.",
                    retry_safe: true,
                    legacy: false,
                },
                crate::schema::ErrorInfo {
                    code: "COMMAND_NAME_INVALID",
                    status: Some(400),
                    message: "Command name is invalid",
                    meaning: "`fields.command` is not a string.",
                    retry_safe: true,
                    legacy: false,
                },
                crate::schema::ErrorInfo {
                    code: "COMMAND_ALREADY_EXISTS",
                    status: Some(400),
                    message: "Command already exists",
                    meaning: "The bot already has a command with this name.",
                    retry_safe: true,
                    legacy: false,
                },
            ];
            impl crate::MethodError for UpdateError {
                fn from_code(code: &str) -> Self {
                    match code {
                        "BOT_TOKEN_NOT_SPECIFIED" => Self::BotTokenNotSpecified,
                        "BOT_ID_REQUIRED" => Self::BotIdRequired,
                        "BOT_NOT_FOUND" => Self::BotNotFound,
                        "BOT_OWNERSHIP_ERROR" => Self::BotOwnershipError,
                        "COMMAND_NOT_FOUND" => Self::CommandNotFound,
                        "COMMAND_NAME_EMPTY" => Self::CommandNameEmpty,
                        "COMMAND_NAME_INVALID" => Self::CommandNameInvalid,
                        "COMMAND_ALREADY_EXISTS" => Self::CommandAlreadyExists,
                        _ => {
                            match <crate::SystemError as crate::MethodError>::from_code(
                                code,
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
                        Self::CommandNotFound => "COMMAND_NOT_FOUND",
                        Self::CommandNameEmpty => "COMMAND_NAME_EMPTY",
                        Self::CommandNameInvalid => "COMMAND_NAME_INVALID",
                        Self::CommandAlreadyExists => "COMMAND_ALREADY_EXISTS",
                        Self::System(system) => system.code(),
                        Self::Unknown(code) => code,
                    }
                }
                fn info(&self) -> Option<&'static crate::schema::ErrorInfo> {
                    match self {
                        Self::BotTokenNotSpecified => Some(&UPDATE_ERRORS[0]),
                        Self::BotIdRequired => Some(&UPDATE_ERRORS[1]),
                        Self::BotNotFound => Some(&UPDATE_ERRORS[2]),
                        Self::BotOwnershipError => Some(&UPDATE_ERRORS[3]),
                        Self::CommandNotFound => Some(&UPDATE_ERRORS[4]),
                        Self::CommandNameEmpty => Some(&UPDATE_ERRORS[5]),
                        Self::CommandNameInvalid => Some(&UPDATE_ERRORS[6]),
                        Self::CommandAlreadyExists => Some(&UPDATE_ERRORS[7]),
                        Self::System(system) => system.info(),
                        Self::Unknown(_) => None,
                    }
                }
            }
            impl std::fmt::Display for UpdateError {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    crate::schema::describe_error(self, f)
                }
            }
            impl std::error::Error for UpdateError {}
            /// What the schema says about `imbot.v2.Command.update`: its params, result and errors.
            pub static UPDATE_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                name: "imbot.v2.Command.update",
                scope: "imbot",
                summary: "Changes a slash command of a bot.",
                docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/commands/command-update.html",
                who: "owner of the registered bot",
                idempotent: true,
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
                        doc: "Id of the bot that acts.",
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
                        name: "commandId",
                        ty: "integer",
                        required: true,
                        required_with: None,
                        default: None,
                        doc: "Id of the command to change.",
                        secret: false,
                        values: &[],
                        fields: &[],
                    },
                    crate::schema::ParamInfo {
                        name: "fields",
                        ty: "CommandUpdateFields",
                        required: true,
                        required_with: None,
                        default: None,
                        doc: "What to change; what is left out keeps its value.",
                        secret: false,
                        values: &[],
                        fields: &[
                            crate::schema::ParamInfo {
                                name: "command",
                                ty: "string",
                                required: false,
                                required_with: None,
                                default: None,
                                doc: "The new command, without its slash.",
                                secret: false,
                                values: &[],
                                fields: &[],
                            },
                            crate::schema::ParamInfo {
                                name: "title",
                                ty: "{string|null}",
                                required: false,
                                required_with: None,
                                default: None,
                                doc: "Titles per language code: a text sets the title in that language, `null` removes it, a language left out keeps its title (`{\"en\": \"New\", \"de\": null}`).",
                                secret: false,
                                values: &[],
                                fields: &[],
                            },
                            crate::schema::ParamInfo {
                                name: "params",
                                ty: "{string|null}",
                                required: false,
                                required_with: None,
                                default: None,
                                doc: "Argument hints per language code, set and removed like `title`; applied only to the languages `title` has.",
                                secret: false,
                                values: &[],
                                fields: &[],
                            },
                            crate::schema::ParamInfo {
                                name: "common",
                                ty: "boolean",
                                required: false,
                                required_with: None,
                                default: None,
                                doc: "Whether the command works in every chat.",
                                secret: false,
                                values: &[],
                                fields: &[],
                            },
                            crate::schema::ParamInfo {
                                name: "hidden",
                                ty: "boolean",
                                required: false,
                                required_with: None,
                                default: None,
                                doc: "Whether the command is left out of the command list.",
                                secret: false,
                                values: &[],
                                fields: &[],
                            },
                            crate::schema::ParamInfo {
                                name: "extranetSupport",
                                ty: "boolean",
                                required: false,
                                required_with: None,
                                default: None,
                                doc: "Whether extranet users may use the command.",
                                secret: false,
                                values: &[],
                                fields: &[],
                            },
                        ],
                    },
                ],
                result: "object",
                errors: &UPDATE_ERRORS,
            };
        }
        /// The `imbot.v2.Event.*` methods.
        pub mod event {
            /// Fetches the events of a bot whose `eventMode` is `fetch`.
            ///
            /// Only the application that registered the bot receives its events. Calling
            /// again with the same `offset` returns the same unconfirmed events, so a retry
            /// loses nothing.
            ///
            /// Wire name `imbot.v2.Event.get`, scope `imbot`. Who may call it: owner of the registered bot. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            ///
            /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/event-get.html>
            #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
            #[non_exhaustive]
            pub struct Get {
                /// Id of the bot that acts.
                ///
                /// Wire name: `botId`.
                #[serde(rename = "botId")]
                pub bot_id: i64,
                /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                ///
                /// Wire name: `botToken`. Required with webhook auth.
                #[serde(rename = "botToken")]
                pub bot_token: Option<crate::Secret>,
                /// Confirms every event with a smaller id, so the next call starts after them; left out on the first call. Pass the previous `nextOffset`.
                ///
                /// Wire name: `offset`.
                pub offset: Option<i64>,
                /// How many events to return at most, from 1 to 1000.
                ///
                /// Wire name: `limit`. Default: `100`.
                pub limit: Option<i64>,
                /// Whether to return the calling user's `ONIMV2*` events along with the bot's `ONIMBOTV2*` ones. Needs the `im` scope and a subscription made with `im.v2.Event.subscribe`; one `offset` confirms both.
                ///
                /// Wire name: `withUserEvents`. Default: `false`.
                #[serde(rename = "withUserEvents")]
                pub with_user_events: Option<bool>,
                /// Parameters the schema does not describe, sent as given after the
                /// typed ones. Set them with [`Self::param`].
                #[serde(flatten)]
                pub extra: serde_json::Map<String, serde_json::Value>,
            }
            impl Get {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `bot_id` (`botId`): Id of the bot that acts.
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
                /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                ///
                /// Wire name: `botToken`. Required with webhook auth.
                pub fn bot_token(mut self, bot_token: impl Into<crate::Secret>) -> Self {
                    self.bot_token = Some(bot_token.into());
                    self
                }
                /// Confirms every event with a smaller id, so the next call starts after them; left out on the first call. Pass the previous `nextOffset`.
                ///
                /// Wire name: `offset`.
                pub fn offset(mut self, offset: i64) -> Self {
                    self.offset = Some(offset);
                    self
                }
                /// How many events to return at most, from 1 to 1000.
                ///
                /// Wire name: `limit`. Default: `100`.
                pub fn limit(mut self, limit: i64) -> Self {
                    self.limit = Some(limit);
                    self
                }
                /// Whether to return the calling user's `ONIMV2*` events along with the bot's `ONIMBOTV2*` ones. Needs the `im` scope and a subscription made with `im.v2.Event.subscribe`; one `offset` confirms both.
                ///
                /// Wire name: `withUserEvents`. Default: `false`.
                pub fn with_user_events(mut self, with_user_events: bool) -> Self {
                    self.with_user_events = Some(with_user_events);
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
            impl crate::Method for Get {
                const NAME: &'static str = "imbot.v2.Event.get";
                const INFO: &'static crate::schema::MethodInfo = &GET_INFO;
                type Output = GetResult;
                type Error = GetError;
            }
            impl serde::Serialize for Get {
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
                    if let Some(value) = &self.offset {
                        map.serialize_entry("offset", value)?;
                    }
                    if let Some(value) = &self.limit {
                        map.serialize_entry("limit", value)?;
                    }
                    if let Some(value) = &self.with_user_events {
                        map.serialize_entry("withUserEvents", value)?;
                    }
                    for (name, value) in &self.extra {
                        map.serialize_entry(name, value)?;
                    }
                    map.end()
                }
            }
            /// What `imbot.v2.Event.get` returns: A batch of events.
            #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
            #[non_exhaustive]
            pub struct GetResult {
                /// The events, oldest first.
                ///
                /// Wire name: `events`.
                pub events: Vec<crate::imbot::BotEvent>,
                /// The `offset` of the next call: it confirms these events and moves the queue on.
                ///
                /// Wire name: `nextOffset`.
                #[serde(rename = "nextOffset")]
                pub next_offset: Option<i64>,
                /// Whether more events are waiting.
                ///
                /// Wire name: `hasMore`.
                #[serde(rename = "hasMore")]
                pub has_more: Option<bool>,
            }
            impl serde::Serialize for GetResult {
                fn serialize<S: serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    use serde::ser::SerializeMap as _;
                    let mut map = serializer.serialize_map(None)?;
                    let value = &self.events;
                    map.serialize_entry("events", value)?;
                    if let Some(value) = &self.next_offset {
                        map.serialize_entry("nextOffset", value)?;
                    }
                    if let Some(value) = &self.has_more {
                        map.serialize_entry("hasMore", value)?;
                    }
                    map.end()
                }
            }
            /// An error code `imbot.v2.Event.get` can return: its own codes, the system codes every method shares, or a code this crate does not know yet.
            #[derive(Debug, Clone, PartialEq, Eq)]
            #[non_exhaustive]
            pub enum GetError {
                /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                BotTokenNotSpecified,
                /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                BotIdRequired,
                /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                BotNotFound,
                /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                BotOwnershipError,
                /// `SCOPE_ERROR` (HTTP 403): `withUserEvents` is `true` but the application lacks the `im` scope.
                ScopeError,
                /// `AUTH_ERROR` (HTTP 403): The portal could not tell who the calling user is.
                AuthError,
                /// `USER_NOT_SUBSCRIBED` (HTTP 400): `withUserEvents` is `true` but the user has not subscribed with `im.v2.Event.subscribe`.
                UserNotSubscribed,
                /// A system error, which any method may return.
                System(crate::SystemError),
                /// A code this version of the crate does not know, as received.
                Unknown(String),
            }
            /// The error table of `imbot.v2.Event.get`, in documentation order.
            pub static GET_ERRORS: [crate::schema::ErrorInfo; 7] = [
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
                crate::schema::ErrorInfo {
                    code: "SCOPE_ERROR",
                    status: Some(403),
                    message: "Scope error",
                    meaning: "`withUserEvents` is `true` but the application lacks the `im` scope.",
                    retry_safe: true,
                    legacy: false,
                },
                crate::schema::ErrorInfo {
                    code: "AUTH_ERROR",
                    status: Some(403),
                    message: "Auth error",
                    meaning: "The portal could not tell who the calling user is.",
                    retry_safe: true,
                    legacy: false,
                },
                crate::schema::ErrorInfo {
                    code: "USER_NOT_SUBSCRIBED",
                    status: Some(400),
                    message: "User not subscribed",
                    meaning: "`withUserEvents` is `true` but the user has not subscribed with `im.v2.Event.subscribe`.",
                    retry_safe: true,
                    legacy: false,
                },
            ];
            impl crate::MethodError for GetError {
                fn from_code(code: &str) -> Self {
                    match code {
                        "BOT_TOKEN_NOT_SPECIFIED" => Self::BotTokenNotSpecified,
                        "BOT_ID_REQUIRED" => Self::BotIdRequired,
                        "BOT_NOT_FOUND" => Self::BotNotFound,
                        "BOT_OWNERSHIP_ERROR" => Self::BotOwnershipError,
                        "SCOPE_ERROR" => Self::ScopeError,
                        "AUTH_ERROR" => Self::AuthError,
                        "USER_NOT_SUBSCRIBED" => Self::UserNotSubscribed,
                        _ => {
                            match <crate::SystemError as crate::MethodError>::from_code(
                                code,
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
                        Self::ScopeError => "SCOPE_ERROR",
                        Self::AuthError => "AUTH_ERROR",
                        Self::UserNotSubscribed => "USER_NOT_SUBSCRIBED",
                        Self::System(system) => system.code(),
                        Self::Unknown(code) => code,
                    }
                }
                fn info(&self) -> Option<&'static crate::schema::ErrorInfo> {
                    match self {
                        Self::BotTokenNotSpecified => Some(&GET_ERRORS[0]),
                        Self::BotIdRequired => Some(&GET_ERRORS[1]),
                        Self::BotNotFound => Some(&GET_ERRORS[2]),
                        Self::BotOwnershipError => Some(&GET_ERRORS[3]),
                        Self::ScopeError => Some(&GET_ERRORS[4]),
                        Self::AuthError => Some(&GET_ERRORS[5]),
                        Self::UserNotSubscribed => Some(&GET_ERRORS[6]),
                        Self::System(system) => system.info(),
                        Self::Unknown(_) => None,
                    }
                }
            }
            impl std::fmt::Display for GetError {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    crate::schema::describe_error(self, f)
                }
            }
            impl std::error::Error for GetError {}
            /// What the schema says about `imbot.v2.Event.get`: its params, result and errors.
            pub static GET_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                name: "imbot.v2.Event.get",
                scope: "imbot",
                summary: "Fetches the events of a bot whose `eventMode` is `fetch`.",
                docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/event-get.html",
                who: "owner of the registered bot",
                idempotent: true,
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
                        doc: "Id of the bot that acts.",
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
                        name: "offset",
                        ty: "integer",
                        required: false,
                        required_with: None,
                        default: None,
                        doc: "Confirms every event with a smaller id, so the next call starts after them; left out on the first call. Pass the previous `nextOffset`.",
                        secret: false,
                        values: &[],
                        fields: &[],
                    },
                    crate::schema::ParamInfo {
                        name: "limit",
                        ty: "integer",
                        required: false,
                        required_with: None,
                        default: Some("100"),
                        doc: "How many events to return at most, from 1 to 1000.",
                        secret: false,
                        values: &[],
                        fields: &[],
                    },
                    crate::schema::ParamInfo {
                        name: "withUserEvents",
                        ty: "boolean",
                        required: false,
                        required_with: None,
                        default: Some("false"),
                        doc: "Whether to return the calling user's `ONIMV2*` events along with the bot's `ONIMBOTV2*` ones. Needs the `im` scope and a subscription made with `im.v2.Event.subscribe`; one `offset` confirms both.",
                        secret: false,
                        values: &[],
                        fields: &[],
                    },
                ],
                result: "object",
                errors: &GET_ERRORS,
            };
        }
        /// The `imbot.v2.File.*` methods.
        pub mod file {
            /// Gets a link to download a file of a chat.
            ///
            /// Wire name `imbot.v2.File.download`, scope `imbot`. Who may call it: owner of the registered bot. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            ///
            /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/files/file-download.html>
            #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
            #[non_exhaustive]
            pub struct Download {
                /// Id of the bot that acts.
                ///
                /// Wire name: `botId`.
                #[serde(rename = "botId")]
                pub bot_id: i64,
                /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                ///
                /// Wire name: `botToken`. Required with webhook auth.
                #[serde(rename = "botToken")]
                pub bot_token: Option<crate::Secret>,
                /// Id of the file on Drive, as `imbot.v2.File.upload` returns it.
                ///
                /// Wire name: `fileId`.
                #[serde(rename = "fileId")]
                pub file_id: i64,
                /// Parameters the schema does not describe, sent as given after the
                /// typed ones. Set them with [`Self::param`].
                #[serde(flatten)]
                pub extra: serde_json::Map<String, serde_json::Value>,
            }
            impl Download {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `bot_id` (`botId`): Id of the bot that acts.
                /// - `file_id` (`fileId`): Id of the file on Drive, as `imbot.v2.File.upload` returns it.
                pub fn new(bot_id: i64, file_id: i64) -> Self {
                    Self {
                        bot_id,
                        bot_token: None,
                        file_id,
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
            impl crate::Method for Download {
                const NAME: &'static str = "imbot.v2.File.download";
                const INFO: &'static crate::schema::MethodInfo = &DOWNLOAD_INFO;
                type Output = DownloadResult;
                type Error = DownloadError;
            }
            impl serde::Serialize for Download {
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
                    let value = &self.file_id;
                    map.serialize_entry("fileId", value)?;
                    for (name, value) in &self.extra {
                        map.serialize_entry(name, value)?;
                    }
                    map.end()
                }
            }
            /// What `imbot.v2.File.download` returns: The link.
            #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
            #[non_exhaustive]
            pub struct DownloadResult {
                /// A one-time link that carries its own authorization; it may not work twice.
                ///
                /// Wire name: `downloadUrl`.
                #[serde(rename = "downloadUrl")]
                pub download_url: String,
            }
            impl serde::Serialize for DownloadResult {
                fn serialize<S: serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    use serde::ser::SerializeMap as _;
                    let mut map = serializer.serialize_map(None)?;
                    let value = &self.download_url;
                    map.serialize_entry("downloadUrl", value)?;
                    map.end()
                }
            }
            /// An error code `imbot.v2.File.download` can return: its own codes, the system codes every method shares, or a code this crate does not know yet.
            #[derive(Debug, Clone, PartialEq, Eq)]
            #[non_exhaustive]
            pub enum DownloadError {
                /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                BotTokenNotSpecified,
                /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                BotIdRequired,
                /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                BotNotFound,
                /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                BotOwnershipError,
                /// `FILE_ACCESS_ERROR` (HTTP 403): The bot may not download this file.
                FileAccessError,
                /// `FILE_NOT_FOUND` (HTTP 400): No file has this id.
                FileNotFound,
                /// A system error, which any method may return.
                System(crate::SystemError),
                /// A code this version of the crate does not know, as received.
                Unknown(String),
            }
            /// The error table of `imbot.v2.File.download`, in documentation order.
            pub static DOWNLOAD_ERRORS: [crate::schema::ErrorInfo; 6] = [
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
                crate::schema::ErrorInfo {
                    code: "FILE_ACCESS_ERROR",
                    status: Some(403),
                    message: "File access error",
                    meaning: "The bot may not download this file.",
                    retry_safe: true,
                    legacy: false,
                },
                crate::schema::ErrorInfo {
                    code: "FILE_NOT_FOUND",
                    status: Some(400),
                    message: "File not found",
                    meaning: "No file has this id.",
                    retry_safe: true,
                    legacy: false,
                },
            ];
            impl crate::MethodError for DownloadError {
                fn from_code(code: &str) -> Self {
                    match code {
                        "BOT_TOKEN_NOT_SPECIFIED" => Self::BotTokenNotSpecified,
                        "BOT_ID_REQUIRED" => Self::BotIdRequired,
                        "BOT_NOT_FOUND" => Self::BotNotFound,
                        "BOT_OWNERSHIP_ERROR" => Self::BotOwnershipError,
                        "FILE_ACCESS_ERROR" => Self::FileAccessError,
                        "FILE_NOT_FOUND" => Self::FileNotFound,
                        _ => {
                            match <crate::SystemError as crate::MethodError>::from_code(
                                code,
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
                        Self::FileAccessError => "FILE_ACCESS_ERROR",
                        Self::FileNotFound => "FILE_NOT_FOUND",
                        Self::System(system) => system.code(),
                        Self::Unknown(code) => code,
                    }
                }
                fn info(&self) -> Option<&'static crate::schema::ErrorInfo> {
                    match self {
                        Self::BotTokenNotSpecified => Some(&DOWNLOAD_ERRORS[0]),
                        Self::BotIdRequired => Some(&DOWNLOAD_ERRORS[1]),
                        Self::BotNotFound => Some(&DOWNLOAD_ERRORS[2]),
                        Self::BotOwnershipError => Some(&DOWNLOAD_ERRORS[3]),
                        Self::FileAccessError => Some(&DOWNLOAD_ERRORS[4]),
                        Self::FileNotFound => Some(&DOWNLOAD_ERRORS[5]),
                        Self::System(system) => system.info(),
                        Self::Unknown(_) => None,
                    }
                }
            }
            impl std::fmt::Display for DownloadError {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    crate::schema::describe_error(self, f)
                }
            }
            impl std::error::Error for DownloadError {}
            /// What the schema says about `imbot.v2.File.download`: its params, result and errors.
            pub static DOWNLOAD_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                name: "imbot.v2.File.download",
                scope: "imbot",
                summary: "Gets a link to download a file of a chat.",
                docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/files/file-download.html",
                who: "owner of the registered bot",
                idempotent: true,
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
                        doc: "Id of the bot that acts.",
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
                        name: "fileId",
                        ty: "integer",
                        required: true,
                        required_with: None,
                        default: None,
                        doc: "Id of the file on Drive, as `imbot.v2.File.upload` returns it.",
                        secret: false,
                        values: &[],
                        fields: &[],
                    },
                ],
                result: "object",
                errors: &DOWNLOAD_ERRORS,
            };
            /// The bot uploads a file into a chat and posts it as a message.
            ///
            /// One call does what took three before: the upload to Drive, the link to the
            /// chat and the message.
            ///
            /// Wire name `imbot.v2.File.upload`, scope `imbot`. Who may call it: owner of the registered bot. Not idempotent: a call whose outcome is unknown must not be resent blindly. Auth: webhook, OAuth.
            ///
            /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/files/file-upload.html>
            #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
            #[non_exhaustive]
            pub struct Upload {
                /// Id of the bot that acts.
                ///
                /// Wire name: `botId`.
                #[serde(rename = "botId")]
                pub bot_id: i64,
                /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                ///
                /// Wire name: `botToken`. Required with webhook auth.
                #[serde(rename = "botToken")]
                pub bot_token: Option<crate::Secret>,
                /// The dialog: `chat` followed by the chat id for a group chat (`chat5`), the user id for a private one.
                ///
                /// Wire name: `dialogId`.
                #[serde(rename = "dialogId")]
                pub dialog_id: String,
                /// The file and the text posted with it.
                ///
                /// Wire name: `fields`.
                pub fields: crate::imbot::FileUploadFields,
                /// Parameters the schema does not describe, sent as given after the
                /// typed ones. Set them with [`Self::param`].
                #[serde(flatten)]
                pub extra: serde_json::Map<String, serde_json::Value>,
            }
            impl Upload {
                /// Starts with the required parameters; the rest are set with the methods below.
                ///
                /// - `bot_id` (`botId`): Id of the bot that acts.
                /// - `dialog_id` (`dialogId`): The dialog: `chat` followed by the chat id for a group chat (`chat5`), the user id for a private one.
                /// - `fields` (`fields`): The file and the text posted with it.
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
                /// The token given when the bot was registered. Needed with webhook auth, not with OAuth.
                ///
                /// Wire name: `botToken`. Required with webhook auth.
                pub fn bot_token(mut self, bot_token: impl Into<crate::Secret>) -> Self {
                    self.bot_token = Some(bot_token.into());
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
            impl crate::Method for Upload {
                const NAME: &'static str = "imbot.v2.File.upload";
                const INFO: &'static crate::schema::MethodInfo = &UPLOAD_INFO;
                type Output = UploadResult;
                type Error = UploadError;
            }
            impl serde::Serialize for Upload {
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
                    let value = &self.dialog_id;
                    map.serialize_entry("dialogId", value)?;
                    let value = &self.fields;
                    map.serialize_entry("fields", value)?;
                    for (name, value) in &self.extra {
                        map.serialize_entry(name, value)?;
                    }
                    map.end()
                }
            }
            /// What `imbot.v2.File.upload` returns: The file and the message that carries it.
            #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
            #[non_exhaustive]
            pub struct UploadResult {
                /// The uploaded file.
                ///
                /// Wire name: `file`.
                pub file: crate::imbot::ChatFile,
                /// Id of the message that carries the file.
                ///
                /// Wire name: `messageId`.
                #[serde(rename = "messageId")]
                pub message_id: Option<i64>,
                /// Id of the chat.
                ///
                /// Wire name: `chatId`.
                #[serde(rename = "chatId")]
                pub chat_id: Option<i64>,
                /// The dialog id.
                ///
                /// Wire name: `dialogId`.
                #[serde(rename = "dialogId")]
                pub dialog_id: Option<String>,
            }
            impl serde::Serialize for UploadResult {
                fn serialize<S: serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    use serde::ser::SerializeMap as _;
                    let mut map = serializer.serialize_map(None)?;
                    let value = &self.file;
                    map.serialize_entry("file", value)?;
                    if let Some(value) = &self.message_id {
                        map.serialize_entry("messageId", value)?;
                    }
                    if let Some(value) = &self.chat_id {
                        map.serialize_entry("chatId", value)?;
                    }
                    if let Some(value) = &self.dialog_id {
                        map.serialize_entry("dialogId", value)?;
                    }
                    map.end()
                }
            }
            /// An error code `imbot.v2.File.upload` can return: its own codes, the system codes every method shares, or a code this crate does not know yet.
            #[derive(Debug, Clone, PartialEq, Eq)]
            #[non_exhaustive]
            pub enum UploadError {
                /// `BOT_TOKEN_NOT_SPECIFIED` (HTTP 400): `botToken` was not given, and webhook auth needs it.
                BotTokenNotSpecified,
                /// `BOT_ID_REQUIRED` (HTTP 400): `botId` was not given.
                BotIdRequired,
                /// `BOT_NOT_FOUND` (HTTP 400): No bot has this id.
                BotNotFound,
                /// `BOT_OWNERSHIP_ERROR` (HTTP 403): The bot belongs to another application, so this caller may not act for it.
                BotOwnershipError,
                /// `FILE_EMPTY` (HTTP 400): `fields.name` or `fields.content` was not given.
                FileEmpty,
                /// `FILE_INVALID_CONTENT` (HTTP 400): `fields.content` is not valid base64.
                FileInvalidContent,
                /// `FILE_FOLDER_ERROR` (HTTP 400): The portal could not find the chat's folder on Drive.
                FileFolderError,
                /// `FILE_UPLOAD_FAILED` (HTTP 400): The portal could not store the file.
                FileUploadFailed,
                /// `FILE_SEND_FAILED` (HTTP 400): The file was stored but the message carrying it was not posted.
                FileSendFailed,
                /// `FILE_TOO_LARGE` (HTTP 400): The file is larger than 100 MB.
                FileTooLarge,
                /// A system error, which any method may return.
                System(crate::SystemError),
                /// A code this version of the crate does not know, as received.
                Unknown(String),
            }
            /// The error table of `imbot.v2.File.upload`, in documentation order.
            pub static UPLOAD_ERRORS: [crate::schema::ErrorInfo; 10] = [
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
                crate::schema::ErrorInfo {
                    code: "FILE_EMPTY",
                    status: Some(400),
                    message: "File name or content is empty",
                    meaning: "`fields.name` or `fields.content` was not given.",
                    retry_safe: true,
                    legacy: false,
                },
                crate::schema::ErrorInfo {
                    code: "FILE_INVALID_CONTENT",
                    status: Some(400),
                    message: "Invalid base64 content",
                    meaning: "`fields.content` is not valid base64.",
                    retry_safe: true,
                    legacy: false,
                },
                crate::schema::ErrorInfo {
                    code: "FILE_FOLDER_ERROR",
                    status: Some(400),
                    message: "Failed to get chat folder",
                    meaning: "The portal could not find the chat's folder on Drive.",
                    retry_safe: false,
                    legacy: false,
                },
                crate::schema::ErrorInfo {
                    code: "FILE_UPLOAD_FAILED",
                    status: Some(400),
                    message: "File upload failed",
                    meaning: "The portal could not store the file.",
                    retry_safe: false,
                    legacy: false,
                },
                crate::schema::ErrorInfo {
                    code: "FILE_SEND_FAILED",
                    status: Some(400),
                    message: "Failed to send message",
                    meaning: "The file was stored but the message carrying it was not posted.",
                    retry_safe: false,
                    legacy: false,
                },
                crate::schema::ErrorInfo {
                    code: "FILE_TOO_LARGE",
                    status: Some(400),
                    message: "File is too large",
                    meaning: "The file is larger than 100 MB.",
                    retry_safe: true,
                    legacy: false,
                },
            ];
            impl crate::MethodError for UploadError {
                fn from_code(code: &str) -> Self {
                    match code {
                        "BOT_TOKEN_NOT_SPECIFIED" => Self::BotTokenNotSpecified,
                        "BOT_ID_REQUIRED" => Self::BotIdRequired,
                        "BOT_NOT_FOUND" => Self::BotNotFound,
                        "BOT_OWNERSHIP_ERROR" => Self::BotOwnershipError,
                        "FILE_EMPTY" => Self::FileEmpty,
                        "FILE_INVALID_CONTENT" => Self::FileInvalidContent,
                        "FILE_FOLDER_ERROR" => Self::FileFolderError,
                        "FILE_UPLOAD_FAILED" => Self::FileUploadFailed,
                        "FILE_SEND_FAILED" => Self::FileSendFailed,
                        "FILE_TOO_LARGE" => Self::FileTooLarge,
                        _ => {
                            match <crate::SystemError as crate::MethodError>::from_code(
                                code,
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
                        Self::FileEmpty => "FILE_EMPTY",
                        Self::FileInvalidContent => "FILE_INVALID_CONTENT",
                        Self::FileFolderError => "FILE_FOLDER_ERROR",
                        Self::FileUploadFailed => "FILE_UPLOAD_FAILED",
                        Self::FileSendFailed => "FILE_SEND_FAILED",
                        Self::FileTooLarge => "FILE_TOO_LARGE",
                        Self::System(system) => system.code(),
                        Self::Unknown(code) => code,
                    }
                }
                fn info(&self) -> Option<&'static crate::schema::ErrorInfo> {
                    match self {
                        Self::BotTokenNotSpecified => Some(&UPLOAD_ERRORS[0]),
                        Self::BotIdRequired => Some(&UPLOAD_ERRORS[1]),
                        Self::BotNotFound => Some(&UPLOAD_ERRORS[2]),
                        Self::BotOwnershipError => Some(&UPLOAD_ERRORS[3]),
                        Self::FileEmpty => Some(&UPLOAD_ERRORS[4]),
                        Self::FileInvalidContent => Some(&UPLOAD_ERRORS[5]),
                        Self::FileFolderError => Some(&UPLOAD_ERRORS[6]),
                        Self::FileUploadFailed => Some(&UPLOAD_ERRORS[7]),
                        Self::FileSendFailed => Some(&UPLOAD_ERRORS[8]),
                        Self::FileTooLarge => Some(&UPLOAD_ERRORS[9]),
                        Self::System(system) => system.info(),
                        Self::Unknown(_) => None,
                    }
                }
            }
            impl std::fmt::Display for UploadError {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    crate::schema::describe_error(self, f)
                }
            }
            impl std::error::Error for UploadError {}
            /// What the schema says about `imbot.v2.File.upload`: its params, result and errors.
            pub static UPLOAD_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                name: "imbot.v2.File.upload",
                scope: "imbot",
                summary: "The bot uploads a file into a chat and posts it as a message.",
                docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/files/file-upload.html",
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
                        doc: "Id of the bot that acts.",
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
                        name: "dialogId",
                        ty: "string",
                        required: true,
                        required_with: None,
                        default: None,
                        doc: "The dialog: `chat` followed by the chat id for a group chat (`chat5`), the user id for a private one.",
                        secret: false,
                        values: &[],
                        fields: &[],
                    },
                    crate::schema::ParamInfo {
                        name: "fields",
                        ty: "FileUploadFields",
                        required: true,
                        required_with: None,
                        default: None,
                        doc: "The file and the text posted with it.",
                        secret: false,
                        values: &[],
                        fields: &[
                            crate::schema::ParamInfo {
                                name: "name",
                                ty: "string",
                                required: true,
                                required_with: None,
                                default: None,
                                doc: "The file name with its extension.",
                                secret: false,
                                values: &[],
                                fields: &[],
                            },
                            crate::schema::ParamInfo {
                                name: "content",
                                ty: "file",
                                required: true,
                                required_with: None,
                                default: None,
                                doc: "The file as base64 text without a `data:*/*;base64,` prefix, at most 100 MB.",
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
                                doc: "A text posted with the file.",
                                secret: false,
                                values: &[],
                                fields: &[],
                            },
                        ],
                    },
                ],
                result: "object",
                errors: &UPLOAD_ERRORS,
            };
        }
        /// The `imbot.v2.Revision.*` methods.
        pub mod revision {
            /// Reads the revisions of the chat API and of the messenger clients, to tell which methods and fields a portal has.
            ///
            /// It needs neither `botId` nor `botToken`.
            ///
            /// Wire name `imbot.v2.Revision.get`, scope `imbot`. Who may call it: any user. Idempotent: sending it twice has the effect of sending it once. Auth: webhook, OAuth.
            ///
            /// Documentation: <https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/revision-get.html>
            #[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
            #[non_exhaustive]
            pub struct Get {
                /// Parameters the schema does not describe, sent as given after the
                /// typed ones. Set them with [`Self::param`].
                #[serde(flatten)]
                pub extra: serde_json::Map<String, serde_json::Value>,
            }
            impl Get {
                /// Starts with every parameter unset.
                pub fn new() -> Self {
                    Self::default()
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
            impl crate::Method for Get {
                const NAME: &'static str = "imbot.v2.Revision.get";
                const INFO: &'static crate::schema::MethodInfo = &GET_INFO;
                type Output = GetResult;
                type Error = GetError;
            }
            impl serde::Serialize for Get {
                fn serialize<S: serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    use serde::ser::SerializeMap as _;
                    let mut map = serializer.serialize_map(None)?;
                    for (name, value) in &self.extra {
                        map.serialize_entry(name, value)?;
                    }
                    map.end()
                }
            }
            /// What `imbot.v2.Revision.get` returns: The revisions.
            #[derive(Debug, Clone, PartialEq, serde::Deserialize)]
            #[non_exhaustive]
            pub struct GetResult {
                /// The revision of the server's REST API: the one to compare with the change log.
                ///
                /// Wire name: `rest`.
                pub rest: i64,
                /// The revision of the web client's protocol.
                ///
                /// Wire name: `web`.
                pub web: Option<i64>,
                /// The revision of the mobile client's protocol.
                ///
                /// Wire name: `mobile`.
                pub mobile: Option<i64>,
                /// The revision of the desktop client's protocol.
                ///
                /// Wire name: `desktop`.
                pub desktop: Option<i64>,
            }
            impl serde::Serialize for GetResult {
                fn serialize<S: serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> Result<S::Ok, S::Error> {
                    use serde::ser::SerializeMap as _;
                    let mut map = serializer.serialize_map(None)?;
                    let value = &self.rest;
                    map.serialize_entry("rest", value)?;
                    if let Some(value) = &self.web {
                        map.serialize_entry("web", value)?;
                    }
                    if let Some(value) = &self.mobile {
                        map.serialize_entry("mobile", value)?;
                    }
                    if let Some(value) = &self.desktop {
                        map.serialize_entry("desktop", value)?;
                    }
                    map.end()
                }
            }
            /// An error code `imbot.v2.Revision.get` can return: its own codes, the system codes every method shares, or a code this crate does not know yet.
            #[derive(Debug, Clone, PartialEq, Eq)]
            #[non_exhaustive]
            pub enum GetError {
                /// A system error, which any method may return.
                System(crate::SystemError),
                /// A code this version of the crate does not know, as received.
                Unknown(String),
            }
            /// The error table of `imbot.v2.Revision.get`, in documentation order.
            pub static GET_ERRORS: [crate::schema::ErrorInfo; 0] = [];
            impl crate::MethodError for GetError {
                fn from_code(code: &str) -> Self {
                    match <crate::SystemError as crate::MethodError>::from_code(code) {
                        crate::SystemError::Unknown(code) => Self::Unknown(code),
                        system => Self::System(system),
                    }
                }
                fn code(&self) -> &str {
                    match self {
                        Self::System(system) => system.code(),
                        Self::Unknown(code) => code,
                    }
                }
                fn info(&self) -> Option<&'static crate::schema::ErrorInfo> {
                    match self {
                        Self::System(system) => system.info(),
                        Self::Unknown(_) => None,
                    }
                }
            }
            impl std::fmt::Display for GetError {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    crate::schema::describe_error(self, f)
                }
            }
            impl std::error::Error for GetError {}
            /// What the schema says about `imbot.v2.Revision.get`: its params, result and errors.
            pub static GET_INFO: crate::schema::MethodInfo = crate::schema::MethodInfo {
                name: "imbot.v2.Revision.get",
                scope: "imbot",
                summary: "Reads the revisions of the chat API and of the messenger clients, to tell which methods and fields a portal has.",
                docs_url: "https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/revision-get.html",
                who: "any user",
                idempotent: true,
                auth: &[
                    crate::schema::AuthMode::Webhook,
                    crate::schema::AuthMode::Oauth,
                ],
                params: &[],
                result: "object",
                errors: &GET_ERRORS,
            };
        }
    }
}
