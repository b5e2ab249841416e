//! The one model every output is emitted from, and the checks that build it.
//!
//! [`build`] turns parsed descriptor files into a [`Schema`]: names resolved,
//! Rust identifiers derived, every rule of `schema/README.md` checked. All
//! problems are collected, each with its file, line, column and path.
//!
//! The checks are split by shape: `names` holds the naming rules (every
//! wire-to-Rust conversion, keyword and reserved name), and each kind of
//! declaration has a module of its own (`objects`, `enums`, `links`,
//! `methods`, `errors`), which `pass` runs in order.

pub(crate) mod case;
mod cx;
mod enums;
mod errors;
mod events;
mod links;
mod methods;
pub(crate) mod names;
mod objects;
mod paging;
mod pass;
mod resolve;

use crate::desc::{self, AuthMode, MethodFile, SharedFile};
use crate::diag::Diagnostics;
use std::path::PathBuf;

pub use events::{EVENT_ENUM, EVENTS_MODULE, Event};
pub use links::parse_format;
pub(crate) use names::is_snake_ident;
pub use names::{RESERVED_FIELDS, is_keyword, variant_name_problem};
pub(crate) use resolve::collect_named;
pub use resolve::find_type;

/// Base URL of the published documentation; `docs:` paths are relative to it.
pub const DOCS_BASE: &str = "https://apidocs.bitrix24.com/";

/// A resolved, checked schema.
#[derive(Debug, Clone)]
pub struct Schema {
    /// Methods, sorted by wire name.
    pub methods: Vec<Method>,
    /// Named types, sorted by module then name.
    pub types: Vec<TypeDef>,
    /// Errors any method may return.
    pub system_errors: Vec<ErrorCode>,
    /// Events the portal sends, sorted by name; their payloads are in `types`.
    pub events: Vec<Event>,
}

/// One REST method.
#[derive(Debug, Clone)]
pub struct Method {
    /// Name on the wire, exactly as documented: `imbot.v2.Chat.add`.
    pub wire: String,
    /// Scope: the method's first segment, its module and cargo feature.
    pub scope: String,
    /// The API that serves it.
    pub api: crate::desc::Api,
    /// The permissions of which a caller needs any one: the descriptor's
    /// `permission:`, else `[scope]`.
    pub permissions: Vec<String>,
    /// Module path of the request type: `["imbot", "v2", "chat"]`; a REST
    /// 3.0 method's has `v3` after the scope: `["tasks", "v3", "task"]`.
    pub module: Vec<String>,
    /// Request type name: `Add`.
    pub rust: String,
    /// Full documentation URL.
    pub docs_url: String,
    /// Who may call the method.
    pub who: String,
    /// Whether sending it twice has the same effect as once.
    pub idempotent: bool,
    /// Auth modes the method accepts.
    pub auth: Vec<AuthMode>,
    /// One-line summary.
    pub summary: String,
    /// Longer description, if any.
    pub description: Option<String>,
    /// Request parameters, in documentation order.
    pub params: Vec<Field>,
    /// Pairs of params set through one link value.
    pub joined: Vec<Joined>,
    /// What the method returns.
    pub result: ResultShape,
    /// The method's own error codes.
    pub errors: Vec<ErrorCode>,
    /// How it pages, for a list method.
    pub paging: Option<Paging>,
}

/// How a list method pages.
#[derive(Debug, Clone)]
pub struct Paging {
    /// The offset param: wire and Rust names.
    pub offset_wire: String,
    /// Its Rust field name.
    pub offset_rust: String,
    /// The offset param is a REST 3.0 `pagination`: the offset goes into
    /// it, and a full page (no `next` in REST 3.0) has a successor.
    pub by_size: bool,
    /// Where the items are: the result itself (`None`) or a field of the
    /// `<Method>Result` struct (its Rust name).
    pub items_field: Option<String>,
    /// That field's wire name (empty when the result is the list).
    pub items_wire: String,
    /// How the items sit there: `Vec<T>`, or `Option<Vec<T>>`.
    pub items_optional: bool,
    /// The type of one item.
    pub item: Ty,
}

/// A field of a request or an object type.
#[derive(Debug, Clone)]
pub struct Field {
    /// Name on the wire: `USERS`, `botId`.
    pub wire: String,
    /// Rust identifier: `users`, `bot_id`.
    pub rust: String,
    /// The type as written in the schema (kept for the method table).
    pub schema_ty: String,
    /// Resolved type.
    pub ty: Ty,
    /// Must be given (a constructor argument).
    pub required: bool,
    /// Required only under this auth mode.
    pub required_with: Option<AuthMode>,
    /// Required unless one of these params (wire names) is given.
    pub required_unless: Vec<String>,
    /// Documented default, as wire text.
    pub default: Option<String>,
    /// Description.
    pub doc: String,
    /// Which spelling of its enum the field uses on the wire: (index, name).
    pub spelling: Option<(usize, String)>,
    /// Redacted in `Debug`.
    pub secret: bool,
    /// Set through a [`Joined`] value instead of its own setter.
    pub joined: bool,
    /// What the portal does with an enum value outside the list.
    pub unlisted: desc::Unlisted,
    /// The name responses give the field, when its type's `response_case`
    /// makes it differ from `wire`.
    pub response_wire: Option<String>,
}

/// A resolved type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ty {
    /// `integer`
    Integer,
    /// `double`
    Double,
    /// `string` and `file`
    String,
    /// `boolean`
    Boolean,
    /// `date`: `crate::Date`.
    Date,
    /// `datetime`: `crate::DateTime`.
    DateTime,
    /// `file_data`: `crate::FileData`, sent as `{"fileData": [name, base64]}`.
    FileData,
    /// `file_pair`: `crate::FilePair`, sent as `[name, base64]`.
    FilePair,
    /// `object`
    Object,
    /// `pagination`: `crate::Pagination`, the pages of a REST 3.0 list.
    Pagination,
    /// `any`
    Any,
    /// `A|B`: one of several shapes, kept as raw JSON in Rust.
    Union(Vec<Ty>),
    /// `filter(T)`, `order(T)`, `select(T)`, `conditions(T)` over an
    /// object type.
    Over(crate::typeref::ListParam, TypeRef),
    /// A schema type.
    Named(TypeRef),
    /// `[T]`
    List(Box<Ty>),
    /// `{T}`: an object whose keys are data and whose values are `T`.
    Map(Box<Ty>),
    /// `T|null`
    Nullable(Box<Ty>),
    /// `T|false`: `crate::OrFalse<T>`.
    OrFalse(Box<Ty>),
}

/// A reference to a named schema type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeRef {
    /// Module path, empty for the crate root.
    pub module: Vec<String>,
    /// Type name.
    pub name: String,
    /// What kind of type it is.
    pub kind: Kind,
}

/// The kind of a named type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A struct.
    Object,
    /// An enum.
    Enum,
    /// A kind + id link.
    Link,
}

/// A named type.
#[derive(Debug, Clone)]
pub struct TypeDef {
    /// Module path, empty for the crate root.
    pub module: Vec<String>,
    /// Type name.
    pub name: String,
    /// Description.
    pub doc: String,
    /// Where it is defined, for the generated docs.
    pub origin: String,
    /// The documentation page of the file that defines it (a method's page,
    /// or a shared file's `docs:`), with the object's `anchor:` when it has one.
    pub docs_url: Option<String>,
    /// The definition.
    pub body: TypeBody,
    /// Reachable from a request parameter: gets a constructor and setters.
    pub input: bool,
    /// A list method filters, sorts or selects over its fields (`filter(T)`
    /// and the like): each field gets a typed name, an associated const.
    pub listed: bool,
}

/// The body of a named type.
#[derive(Debug, Clone)]
pub enum TypeBody {
    /// A struct with fields.
    Object(Vec<Field>),
    /// An enum.
    Enum(EnumDef),
    /// A link.
    Link(LinkDef),
}

/// An enum's values and spellings.
#[derive(Debug, Clone)]
pub struct EnumDef {
    /// Spelling names; empty when each value has one wire string.
    pub spellings: Vec<String>,
    /// Values in schema order.
    pub values: Vec<EnumValue>,
}

/// One enum value.
#[derive(Debug, Clone)]
pub struct EnumValue {
    /// Variant name.
    pub rust: String,
    /// Wire strings, one per spelling (one in all when there are no spellings).
    pub wire: Vec<String>,
    /// Description.
    pub doc: String,
}

/// A link type: an enum kind plus a string id.
#[derive(Debug, Clone)]
pub struct LinkDef {
    /// The kind enum.
    pub kind: TypeRef,
    /// Constructors for documented id formats.
    pub constructors: Vec<Constructor>,
}

/// A constructor of a link for one id format.
#[derive(Debug, Clone)]
pub struct Constructor {
    /// Function name.
    pub rust: String,
    /// Variant of the kind enum it sets.
    pub kind_variant: String,
    /// Wire value of that kind.
    pub kind_wire: String,
    /// The format as written.
    pub format: String,
    /// Literal text and placeholders.
    pub parts: Vec<FormatPart>,
    /// Description.
    pub doc: String,
}

/// A piece of a link id format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatPart {
    /// Literal text.
    Text(String),
    /// A `{name:type}` argument; `integer` when `numeric`.
    Arg {
        /// Argument name.
        name: String,
        /// Integer (true) or string (false).
        numeric: bool,
    },
}

/// Two params set through one link value.
#[derive(Debug, Clone)]
pub struct Joined {
    /// Setter name.
    pub rust: String,
    /// The link type.
    pub ty: TypeRef,
    /// Rust name of the param that carries the kind.
    pub kind_field: String,
    /// Rust name of the param that carries the id.
    pub id_field: String,
    /// Wire names of both, for the docs.
    pub wires: [String; 2],
    /// Description.
    pub doc: String,
}

/// The `result` of a method.
#[derive(Debug, Clone)]
pub struct ResultShape {
    /// Description.
    pub doc: String,
    /// Either a type or an inline struct `<Method>Result`.
    pub body: ResultBody,
    /// Members of the envelope beside `result` (`total`, `next`): wire
    /// name and description.
    pub envelope: Vec<(String, String)>,
}

/// What a method's result is.
#[derive(Debug, Clone)]
pub enum ResultBody {
    /// A plain type.
    Type(Ty, String),
    /// Fields of a struct named `<Method>Result`.
    Fields(Vec<Field>),
}

/// One error code.
#[derive(Debug, Clone)]
pub struct ErrorCode {
    /// Code as the portal sends it.
    pub code: String,
    /// Variant name.
    pub rust: String,
    /// HTTP status, when documented.
    pub status: Option<u16>,
    /// The portal's message.
    pub message: String,
    /// What it means, in our words.
    pub doc: String,
    /// The portal guarantees nothing was done, so a resend is safe.
    pub retry_safe: bool,
    /// Listed only by older versions of the docs.
    pub legacy: bool,
    /// A system code this method gives a meaning of its own.
    pub shadows_system: bool,
}

/// A descriptor file as loaded.
pub struct Source {
    /// Path as given.
    pub path: PathBuf,
    /// Full text.
    pub text: String,
    /// Parsed content.
    pub content: Content,
}

/// Parsed content of a file.
pub enum Content {
    /// A method descriptor.
    Method(Box<MethodFile>),
    /// A shared descriptor.
    Shared(Box<SharedFile>),
}

/// Checks the sources and builds the model, or returns every problem found.
pub fn build(sources: &[Source]) -> Result<Schema, Diagnostics> {
    let mut cx = cx::Cx {
        sources,
        diags: Vec::new(),
    };
    let schema = cx.run();
    if cx.diags.is_empty() {
        Ok(schema)
    } else {
        Err(Diagnostics(cx.diags))
    }
}
