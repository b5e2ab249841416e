//! What the schema says about each method, available at run time: the table
//! the CLI and the emulator read ([`crate::METHODS`]).

use crate::MethodError;
use std::fmt;

mod ty;

pub use ty::{EnumTy, StructTy, TyInfo};

/// How a caller authenticates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AuthMode {
    /// An incoming webhook URL: `https://{portal}/rest/{user_id}/{secret}/`.
    Webhook,
    /// An OAuth access token, sent as the `auth` parameter.
    Oauth,
}

/// Which REST API serves a method: the classic one at `/rest/`, or REST 3.0
/// at `/rest/api/` (one response shape for every method, errors as objects,
/// `Idempotency-Key`). Some methods exist in both, under one name and with
/// different params: `tasks.task.get` is
/// [`tasks::task::Get`](https://apidocs.bitrix24.com/api-reference/tasks/tasks-task-get.html)
/// in the classic API and `tasks::v3::task::Get` in REST 3.0.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Api {
    /// The classic REST API: `https://{portal}/rest/{user_id}/{secret}/{method}`.
    #[default]
    V2,
    /// REST 3.0: `https://{portal}/rest/api/{user_id}/{secret}/{method}`.
    /// Its methods cannot be sent in a `batch`.
    V3,
}

/// One method of the schema.
#[derive(Debug)]
#[non_exhaustive]
pub struct MethodInfo {
    /// Name on the wire: `im.chat.add`.
    pub name: &'static str,
    /// Scope: the method's first segment, its module and cargo feature.
    pub scope: &'static str,
    /// The API that serves it: the classic one, or REST 3.0.
    pub api: Api,
    /// The permissions (the page's "Scope:" line) of which a caller needs
    /// any one: `["task"]` for `tasks.task.add`, `["user", "user_brief",
    /// "user_basic"]` for `user.get`; `[scope]` unless the schema says
    /// otherwise. Empty (a hand-written [`MethodInfo::new`]) stands for
    /// the scope alone: see [`MethodInfo::permitted_by`].
    pub permissions: &'static [&'static str],
    /// One-line summary.
    pub summary: &'static str,
    /// Link to the documentation page.
    pub docs_url: &'static str,
    /// Who may call it.
    pub who: &'static str,
    /// Whether sending it twice has the effect of sending it once.
    pub idempotent: bool,
    /// Accepted auth modes.
    pub auth: &'static [AuthMode],
    /// Parameters, in documentation order.
    pub params: &'static [ParamInfo],
    /// Pairs of params set together through one link value (a kind and an
    /// id), such as `ENTITY_TYPE` and `ENTITY_ID` of `im.chat.add`. Both
    /// params are also in [`MethodInfo::params`].
    pub joined: &'static [JoinedInfo],
    /// The result's type (`integer`, `[Chat]`); a result documented as a
    /// list of fields is a [`TyInfo::Struct`] named `<Method>Result`.
    pub result: TyInfo,
    /// The method's own error codes (system errors are in [`crate::SYSTEM_ERRORS`]).
    pub errors: &'static [ErrorInfo],
    /// For a list method, how it pages.
    pub paging: Option<PagingInfo>,
}

/// How a list method pages: the answer's `next` goes back in the `offset`
/// param, and a page's items are the result or one of its fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct PagingInfo {
    /// Wire name of the param that takes a page's offset: `start`.
    pub offset: &'static str,
    /// The result's field that holds the items (`tasks`); `None` when the
    /// result is the list.
    pub items: Option<&'static str>,
    /// The offset param is a REST 3.0 `pagination` object: the offset goes
    /// into its `offset`, and since REST 3.0 answers no `next`, a full page
    /// has a successor ([`crate::Pagination::following`]).
    pub by_pagination: bool,
}

impl PagingInfo {
    /// A method that pages through `offset`, its items in `items` (or the
    /// whole result).
    pub const fn new(offset: &'static str, items: Option<&'static str>) -> Self {
        PagingInfo {
            offset,
            items,
            by_pagination: false,
        }
    }

    /// The same, for a REST 3.0 list that pages through its `pagination`
    /// param.
    pub const fn by_pagination(self) -> Self {
        PagingInfo {
            by_pagination: true,
            ..self
        }
    }
}

/// One event the portal sends to a handler ([`crate::EVENTS`]).
#[derive(Debug)]
#[non_exhaustive]
pub struct EventInfo {
    /// The event's name as the portal sends it: `ONIMBOTV2MESSAGEADD`.
    pub name: &'static str,
    /// The scope whose `Event` enum has it.
    pub scope: &'static str,
    /// One-line summary.
    pub summary: &'static str,
    /// Link to the section of the documentation page that describes it.
    pub docs_url: &'static str,
    /// The type of its `data`: a [`TyInfo::Struct`].
    pub payload: TyInfo,
}

/// The method named `name` (any case) among those this build includes, as
/// `b24` and the emulator look methods up: where the classic API and REST
/// 3.0 both have a method of that name (`tasks.task.get`), the classic one,
/// and `name@v3` asks for the REST 3.0 one. See
/// [`MethodInfo::command_name`].
///
/// ```
/// let info = bitrix24::schema::method("IM.CHAT.ADD").unwrap();
/// assert_eq!((info.name, info.command_name().as_ref()), ("im.chat.add", "im.chat.add"));
/// assert!(bitrix24::schema::method("im.chat.add@v3").is_none());
/// ```
pub fn method(name: &str) -> Option<&'static MethodInfo> {
    let (name, api) = match name.rsplit_once('@') {
        Some((name, v)) if v.eq_ignore_ascii_case("v3") => (name, Some(Api::V3)),
        _ => (name, None),
    };
    let named = || {
        crate::METHODS
            .iter()
            .copied()
            .filter(move |m| m.name.eq_ignore_ascii_case(name))
    };
    match api {
        Some(api) => named().find(|m| m.api == api),
        None => named()
            .find(|m| m.api == Api::V2)
            .or_else(|| named().next()),
    }
}

/// The event named `name` (any case) among those this build includes.
pub fn event(name: &str) -> Option<&'static EventInfo> {
    crate::EVENTS
        .iter()
        .find(|e| e.name.eq_ignore_ascii_case(name))
}

/// One parameter, or one field of an object.
#[derive(Debug)]
#[non_exhaustive]
pub struct ParamInfo {
    /// Name on the wire: `USERS`, `botId`.
    pub name: &'static str,
    /// Its type; `Display` writes it as the schema does (`[integer]`, `Color`).
    pub ty: TyInfo,
    /// Whether it must be given.
    pub required: bool,
    /// Required only under this auth mode.
    pub required_with: Option<AuthMode>,
    /// Documented default.
    pub default: Option<&'static str>,
    /// Description.
    pub doc: &'static str,
    /// A credential, never to be shown.
    pub secret: bool,
}

/// What the portal does with an enum value its documentation does not list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Unlisted {
    /// Refused as an argument error.
    Refused,
    /// Taken as given: the documented values are examples, not the whole
    /// set (`COPILOT_MAIN_ROLE` takes the code of any available role).
    Accepted,
    /// Replaced by a value the portal picks (a wrong imbot.v2 chat colour).
    Replaced,
}

/// Two params set together through one typed link value: the first says
/// what kind of object is meant, the second its id within that kind. The
/// typed request sets both with one setter (`entity(ChatEntity::crm_deal(1663))`);
/// the CLI with one flag (`--entity crm:DEAL|1663`).
#[derive(Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct JoinedInfo {
    /// Name of the pair, as the schema's `joined:` key and the typed
    /// request's setter name it: `entity`.
    pub name: &'static str,
    /// Wire names of the two params: the kind first, then the id
    /// (`["ENTITY_TYPE", "ENTITY_ID"]`). Both are in [`MethodInfo::params`].
    pub params: [&'static str; 2],
    /// Description.
    pub doc: &'static str,
}

/// One documented error code.
#[derive(Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct ErrorInfo {
    /// The code: `BOT_NOT_FOUND`.
    pub code: &'static str,
    /// Documented HTTP status.
    pub status: Option<u16>,
    /// The portal's message.
    pub message: &'static str,
    /// What it means.
    pub meaning: &'static str,
    /// The portal guarantees nothing was done, so a resend is safe.
    pub retry_safe: bool,
    /// Listed only by older versions of the documentation.
    pub legacy: bool,
}

impl ParamInfo {
    /// An optional parameter with no default that is not a secret; the
    /// methods below set the rest (the generated tables are built this way).
    pub const fn new(name: &'static str, ty: TyInfo, doc: &'static str) -> Self {
        ParamInfo {
            name,
            ty,
            required: false,
            required_with: None,
            default: None,
            doc,
            secret: false,
        }
    }

    /// Marks it required.
    pub const fn required(self) -> Self {
        ParamInfo {
            required: true,
            ..self
        }
    }

    /// Marks it required under one auth mode.
    pub const fn required_with(self, mode: AuthMode) -> Self {
        ParamInfo {
            required_with: Some(mode),
            ..self
        }
    }

    /// Sets its documented default.
    pub const fn default(self, default: &'static str) -> Self {
        ParamInfo {
            default: Some(default),
            ..self
        }
    }

    /// Marks it a credential.
    pub const fn secret(self) -> Self {
        ParamInfo {
            secret: true,
            ..self
        }
    }
}

impl ErrorInfo {
    /// An error code that is neither safe to retry nor legacy; the methods
    /// below set those.
    pub const fn new(
        code: &'static str,
        status: Option<u16>,
        message: &'static str,
        meaning: &'static str,
    ) -> Self {
        ErrorInfo {
            code,
            status,
            message,
            meaning,
            retry_safe: false,
            legacy: false,
        }
    }

    /// Marks it safe to retry: the portal guarantees nothing was done.
    pub const fn retry_safe(self) -> Self {
        ErrorInfo {
            retry_safe: true,
            ..self
        }
    }

    /// Marks it listed only by older versions of the documentation.
    pub const fn legacy(self) -> Self {
        ErrorInfo {
            legacy: true,
            ..self
        }
    }
}

impl MethodInfo {
    /// A method's table row with only its name and scope: no params, no
    /// errors of its own, any result, not idempotent, both auth modes. The
    /// methods below set the rest. The generated methods have theirs; this
    /// is for a [`Method`](crate::Method) written by hand for a method the
    /// schema does not describe yet.
    ///
    /// ```
    /// use bitrix24::schema::{MethodInfo, TyInfo};
    ///
    /// static SERVER_TIME: MethodInfo = MethodInfo::new("server.time", "basic")
    ///     .idempotent()
    ///     .result(TyInfo::String);
    /// assert_eq!(SERVER_TIME.result.to_string(), "string");
    /// ```
    pub const fn new(name: &'static str, scope: &'static str) -> Self {
        MethodInfo {
            name,
            scope,
            api: Api::V2,
            permissions: &[],
            summary: "",
            docs_url: "",
            who: "",
            idempotent: false,
            auth: &[AuthMode::Webhook, AuthMode::Oauth],
            params: &[],
            joined: &[],
            result: TyInfo::Any,
            errors: &[],
            paging: None,
        }
    }

    /// The name `b24` and [`method`] know it by: its wire name, with `@v3`
    /// for a REST 3.0 method whose wire name a classic method of this build
    /// also has (`tasks.task.get@v3`).
    pub fn command_name(&self) -> std::borrow::Cow<'static, str> {
        let shadowed = self.api == Api::V3
            && crate::METHODS
                .iter()
                .any(|m| m.api == Api::V2 && m.name == self.name);
        if shadowed {
            std::borrow::Cow::Owned(format!("{}@v3", self.name))
        } else {
            std::borrow::Cow::Borrowed(self.name)
        }
    }

    /// Sets the permissions of which a caller needs any one (by default
    /// the scope alone).
    ///
    /// ```
    /// use bitrix24::schema::MethodInfo;
    ///
    /// static ADD: MethodInfo = MethodInfo::new("tasks.task.add", "tasks").permissions(&["task"]);
    /// assert!(ADD.permitted_by("task"));
    /// assert!(!ADD.permitted_by("tasks"));
    /// assert!(MethodInfo::new("server.time", "basic").permitted_by("basic"));
    /// ```
    pub const fn permissions(self, permissions: &'static [&'static str]) -> Self {
        MethodInfo {
            permissions,
            ..self
        }
    }

    /// Whether a caller granted the permission `scope` may call the method:
    /// `scope` is one of [`MethodInfo::permissions`] (the method's scope
    /// when that list is empty).
    pub fn permitted_by(&self, scope: &str) -> bool {
        if self.permissions.is_empty() {
            scope == self.scope
        } else {
            self.permissions.contains(&scope)
        }
    }

    /// Sets the one-line summary.
    pub const fn summary(self, summary: &'static str) -> Self {
        MethodInfo { summary, ..self }
    }

    /// Sets the link to the documentation page.
    pub const fn docs_url(self, docs_url: &'static str) -> Self {
        MethodInfo { docs_url, ..self }
    }

    /// Sets the API that serves it (by default the classic one).
    pub const fn api(self, api: Api) -> Self {
        MethodInfo { api, ..self }
    }

    /// Marks it idempotent: sending it twice has the effect of sending it once.
    pub const fn idempotent(self) -> Self {
        MethodInfo {
            idempotent: true,
            ..self
        }
    }

    /// Sets the accepted auth modes.
    pub const fn auth(self, auth: &'static [AuthMode]) -> Self {
        MethodInfo { auth, ..self }
    }

    /// Sets the params.
    pub const fn params(self, params: &'static [ParamInfo]) -> Self {
        MethodInfo { params, ..self }
    }

    /// Sets the result's type.
    pub const fn result(self, result: TyInfo) -> Self {
        MethodInfo { result, ..self }
    }

    /// Sets the method's own error codes.
    pub const fn errors(self, errors: &'static [ErrorInfo]) -> Self {
        MethodInfo { errors, ..self }
    }

    /// Looks a method up by its wire name.
    pub fn find(name: &str) -> Option<&'static MethodInfo> {
        crate::METHODS.iter().copied().find(|m| m.name == name)
    }

    /// Looks an error code up: the method's own first, then the system ones.
    pub fn error(&self, code: &str) -> Option<&'static ErrorInfo> {
        self.errors
            .iter()
            .chain(crate::SYSTEM_ERRORS.iter())
            .find(|e| e.code == code)
    }
}

/// Writes `CODE: meaning` (or just the code when unknown); the `Display` of
/// every generated error type.
pub(crate) fn describe_error<E: MethodError>(error: &E, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    match error.meaning() {
        Some(meaning) => write!(f, "{}: {meaning}", error.code()),
        None => write!(
            f,
            "{}: an error code this crate does not know",
            error.code()
        ),
    }
}
