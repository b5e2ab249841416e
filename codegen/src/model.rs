//! The one model every output is emitted from, and the checks that build it.
//!
//! [`build`] turns parsed descriptor files into a [`Schema`]: names resolved,
//! Rust identifiers derived, every rule of `schema/README.md` checked. All
//! problems are collected, each with its file, line, column and path.

use crate::desc::{self, AuthMode, Entries, MethodFile, ParamDesc, SharedFile, Wire};
use crate::diag::{Diagnostic, Diagnostics};
use crate::locate::{Step, locate};
use crate::typeref::{self, PRIMITIVES, TypeExpr};
use heck::{ToSnakeCase, ToUpperCamelCase};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

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
}

/// One REST method.
#[derive(Debug, Clone)]
pub struct Method {
    /// Name on the wire, exactly as documented: `imbot.v2.Chat.add`.
    pub wire: String,
    /// Scope (permission) the method needs.
    pub scope: String,
    /// Module path of the request type: `["imbot", "v2", "chat"]`.
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
    /// `object`
    Object,
    /// `any` and unions
    Any,
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

const RESERVED_VARIANTS: &[&str] = &["Unknown", "System"];

/// The published URL of a page given as `api-reference/chats/im-chat-add.md`.
fn page_url(docs: &str) -> String {
    format!("{DOCS_BASE}{}.html", docs.trim_end_matches(".md"))
}

/// What is wrong with `rust` as the variant for the wire value or error code
/// `wire`, if anything: it must be an UpperCamelCase identifier, not a
/// keyword, and not one of the variants the generated types keep for
/// themselves.
pub fn variant_name_problem(wire: &str, rust: &str) -> Option<String> {
    if !is_ident(rust)
        || rust.starts_with(|c: char| c.is_ascii_digit())
        || rust.to_upper_camel_case() != rust
    {
        Some(format!(
            "`{wire}` gives the variant name `{rust}`, which is not an UpperCamelCase identifier; add `rust: <Name>`"
        ))
    } else if RESERVED_VARIANTS.contains(&rust) {
        Some(format!(
            "variant name `{rust}` is reserved: the generated types use `Unknown` for values this crate does not know and `System` for the system errors; add `rust: <Name>`"
        ))
    } else if is_keyword(rust) {
        Some(format!(
            "variant name `{rust}` is a Rust keyword; add `rust: <Name>`"
        ))
    } else {
        None
    }
}
const RESERVED_ENUM_METHODS: &[&str] = &["as_str", "from_wire", "is_unknown", "all"];
const RESERVED_LINK_FNS: &[&str] = &["raw", "kind", "id", "into_parts"];
/// Names the hand-written runtime defines at the crate root, next to the
/// generated shared types and scope modules.
const RUNTIME_TYPES: &[&str] = &[
    "Client",
    "Error",
    "ErrorBody",
    "Method",
    "MethodError",
    "OrFalse",
    "Response",
    "Secret",
    "SystemError",
];
/// Prelude names the generated code uses unqualified, in every module.
const PRELUDE_TYPES: &[&str] = &[
    "Option",
    "Some",
    "None",
    "Result",
    "Ok",
    "Err",
    "String",
    "Vec",
    "Box",
    "Default",
    "Into",
    "IntoIterator",
];
const RUNTIME_MODULES: &[&str] = &["client", "method", "response", "schema", "secret", "wire"];
/// Field names a setter may not take: the request's own members (`extra`,
/// `new`, `param`), and the methods its traits give it, which a setter of
/// the same name would hide (`Self::default()` in `new()` would call it).
pub const RESERVED_FIELDS: &[&str] = &[
    "extra",
    "new",
    "param",
    "default",
    "clone",
    "clone_from",
    "eq",
    "ne",
    "fmt",
    "serialize",
    "deserialize",
];

/// Checks the sources and builds the model, or returns every problem found.
pub fn build(sources: &[Source]) -> Result<Schema, Diagnostics> {
    let mut cx = Cx {
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

struct Cx<'a> {
    sources: &'a [Source],
    diags: Vec<Diagnostic>,
}

/// Where a declaration sits: which file, and the label and YAML path of its node.
#[derive(Clone)]
struct At {
    file: usize,
    label: String,
    steps: Vec<Step>,
}

impl At {
    fn key(&self, key: &str) -> At {
        let mut steps = self.steps.clone();
        steps.push(Step::Key(key.to_owned()));
        At {
            file: self.file,
            label: self.label.clone(),
            steps,
        }
    }
    fn index(&self, i: usize) -> At {
        let mut steps = self.steps.clone();
        steps.push(Step::Index(i));
        At {
            file: self.file,
            label: self.label.clone(),
            steps,
        }
    }
    fn label(&self, label: String) -> At {
        At {
            file: self.file,
            label,
            steps: self.steps.clone(),
        }
    }
}

/// A declared type before its fields are resolved.
struct Decl<'a> {
    module: Vec<String>,
    name: String,
    at: At,
    body: DeclBody<'a>,
}

enum DeclBody<'a> {
    Object(&'a desc::ObjectDesc),
    Enum(&'a desc::EnumDesc),
    Link(&'a desc::LinkDesc),
}

impl Cx<'_> {
    fn err(&mut self, at: &At, message: impl Into<String>) {
        let src = &self.sources[at.file];
        let pos = locate(&src.text, &at.steps);
        self.diags.push(Diagnostic {
            file: src.path.clone(),
            line: pos.map(|p| p.0),
            column: pos.map(|p| p.1),
            path: at.label.clone(),
            message: message.into(),
        });
    }

    fn run(&mut self) -> Schema {
        let sources = self.sources;
        // 1. Declarations: every named type, with its module.
        let mut decls: Vec<Decl> = Vec::new();
        let mut system_errors = Vec::new();
        let mut system_at: Option<At> = None;
        for (file, src) in sources.iter().enumerate() {
            let root = At {
                file,
                label: String::new(),
                steps: vec![],
            };
            match &src.content {
                Content::Method(m) => {
                    let root = root.label(m.method.clone());
                    self.check_scope(&m.scope, &root.key("scope"));
                    let module = vec![m.scope.clone()];
                    self.declare(&mut decls, &module, &root, &m.types, &m.enums, &m.links);
                }
                Content::Shared(s) => {
                    // Shared declarations are labelled by their own names (`Color.RED`).
                    // Its own keys are labelled by the file, as the parser does.
                    let stem = src
                        .path
                        .file_stem()
                        .map(|s| s.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    let module = match &s.scope {
                        Some(scope) => {
                            self.check_scope(scope, &root.key("scope").label(stem));
                            vec![scope.clone()]
                        }
                        None => vec![],
                    };
                    self.declare(&mut decls, &module, &root, &s.types, &s.enums, &s.links);
                    if !s.system_errors.is_empty() {
                        if let Some(prev) = &system_at {
                            let first = sources[prev.file].path.display().to_string();
                            self.err(
                                &root.key("system_errors").label("system_errors".into()),
                                format!("system errors are already defined in {first}; keep them in one file"),
                            );
                        } else {
                            system_at = Some(root.key("system_errors"));
                            system_errors =
                                self.errors(&s.system_errors, &root.key("system_errors"));
                        }
                    }
                }
            }
        }
        // Duplicate type names within a module.
        let mut seen: BTreeMap<(Vec<String>, String), usize> = BTreeMap::new();
        for (i, d) in decls.iter().enumerate() {
            if let Some(&j) = seen.get(&(d.module.clone(), d.name.clone())) {
                let other = &decls[j];
                let mut other_file = sources[other.at.file].path.display().to_string();
                if other.at.label != other.name {
                    other_file.push_str(&format!(" ({})", other.at.label));
                }
                let msg = format!(
                    "type `{}` is already defined in {}; type names must be unique within module `{}`",
                    d.name,
                    other_file,
                    module_label(&d.module)
                );
                let at = d.at.clone();
                self.err(&at, msg);
            } else {
                seen.insert((d.module.clone(), d.name.clone()), i);
            }
        }
        let index: BTreeMap<(Vec<String>, String), Kind> = decls
            .iter()
            .map(|d| {
                let kind = match d.body {
                    DeclBody::Object(_) => Kind::Object,
                    DeclBody::Enum(_) => Kind::Enum,
                    DeclBody::Link(_) => Kind::Link,
                };
                ((d.module.clone(), d.name.clone()), kind)
            })
            .collect();
        let enums: BTreeMap<(Vec<String>, String), &desc::EnumDesc> = decls
            .iter()
            .filter_map(|d| match d.body {
                DeclBody::Enum(e) => Some(((d.module.clone(), d.name.clone()), e)),
                _ => None,
            })
            .collect();
        let mut resolver = Resolver {
            index: &index,
            enums: &enums,
            link_kinds: BTreeMap::new(),
        };

        // 2. Type bodies.
        let mut types = Vec::new();
        for d in &decls {
            let body = match d.body {
                DeclBody::Object(o) => {
                    let mut fields =
                        self.fields(&o.fields, &d.at.key("fields"), &d.module, &resolver);
                    for f in fields.iter_mut() {
                        f.response_wire = o.response_case.map(|c| c.apply(&f.wire));
                        f.response_wire.take_if(|r| *r == f.wire);
                    }
                    TypeBody::Object(fields)
                }
                DeclBody::Enum(e) => TypeBody::Enum(self.enum_def(e, &d.at)),
                DeclBody::Link(l) => match self.link_def(l, &d.at, &d.module, &resolver) {
                    Some(def) => TypeBody::Link(def),
                    None => continue,
                },
            };
            types.push(TypeDef {
                module: d.module.clone(),
                name: d.name.clone(),
                doc: match d.body {
                    DeclBody::Object(o) => o.doc.clone(),
                    DeclBody::Enum(e) => e.doc.clone(),
                    DeclBody::Link(l) => l.doc.clone(),
                },
                origin: sources[d.at.file].path.display().to_string(),
                docs_url: match (&sources[d.at.file].content, &d.body) {
                    (Content::Method(m), _) => Some(page_url(&m.docs)),
                    // Included fragments (`_includes/`) are not pages of their own.
                    (Content::Shared(s), body) => s
                        .docs
                        .as_deref()
                        .filter(|docs| !docs.starts_with('_'))
                        .map(|docs| match body {
                            DeclBody::Object(desc::ObjectDesc {
                                anchor: Some(anchor),
                                ..
                            }) => format!("{}#{anchor}", page_url(docs)),
                            _ => page_url(docs),
                        }),
                },
                body,
                input: false,
            });
        }

        // A struct that holds itself other than through a list would be
        // infinitely large.
        for d in &decls {
            if !matches!(d.body, DeclBody::Object(_)) {
                continue;
            }
            let Some(t) = types
                .iter()
                .find(|t| t.module == d.module && t.name == d.name)
            else {
                continue;
            };
            for (field, inner) in held(t) {
                if let Some(chain) = holds(&types, &inner, t) {
                    let fat =
                        d.at.key("fields")
                            .key(&field)
                            .label(join_label(&d.at.label, &field));
                    self.err(
                        &fat,
                        format!(
                            "`{field}` makes `{}` contain itself ({} → {}); the struct would be infinitely large, so use a list `[{}]`",
                            t.name,
                            t.name,
                            chain.join(" → "),
                            inner.name
                        ),
                    );
                    break;
                }
            }
        }

        // 3. Methods.
        for t in &types {
            if let TypeBody::Link(l) = &t.body {
                resolver
                    .link_kinds
                    .insert((t.module.clone(), t.name.clone()), l.kind.clone());
            }
        }
        let mut methods = Vec::new();
        let system_codes: BTreeSet<String> = system_errors
            .iter()
            .map(|e: &ErrorCode| e.code.clone())
            .collect();
        for (file, src) in sources.iter().enumerate() {
            if let Content::Method(m) = &src.content {
                let at = At {
                    file,
                    label: m.method.clone(),
                    steps: vec![],
                };
                if let Some(method) = self.method(m, &at, &resolver, &system_codes) {
                    methods.push(method);
                }
            }
        }
        methods.sort_by(|a, b| a.wire.cmp(&b.wire));
        // Two methods must not land on the same Rust path.
        let mut paths: BTreeMap<(Vec<String>, String), String> = BTreeMap::new();
        for m in &methods {
            if let Some(prev) = paths.insert((m.module.clone(), m.rust.clone()), m.wire.clone()) {
                let file = sources
                    .iter()
                    .position(|s| matches!(&s.content, Content::Method(f) if f.method == m.wire))
                    .unwrap_or(0);
                let at = At {
                    file,
                    label: m.wire.clone(),
                    steps: vec![Step::Key("method".into())],
                };
                self.err(
                    &at,
                    format!(
                        "`{}` and `{prev}` both become `{}::{}`; method names must differ after case conversion",
                        m.wire,
                        m.module.join("::"),
                        m.rust
                    ),
                );
            }
        }
        // Methods under one wire prefix share its module.
        let paths: Vec<(&str, &[String])> = methods
            .iter()
            .map(|m| (m.wire.as_str(), m.module.as_slice()))
            .collect();
        for (i, message) in crate::modules::disagreements(&paths) {
            let wire = &methods[i].wire;
            let file = sources
                .iter()
                .position(|s| matches!(&s.content, Content::Method(f) if f.method == *wire))
                .unwrap_or(0);
            let at = At {
                file,
                label: wire.clone(),
                steps: vec![Step::Key("method".into())],
            };
            self.err(&at, message);
        }
        // Generated method names must not clash with types of the same module.
        for m in &methods {
            for suffix in ["", "Result", "Error"] {
                let name = format!("{}{}", m.rust, suffix);
                if index.contains_key(&(m.module.clone(), name.clone())) {
                    let file = sources
                        .iter()
                        .position(
                            |s| matches!(&s.content, Content::Method(f) if f.method == m.wire),
                        )
                        .unwrap_or(0);
                    let at = At {
                        file,
                        label: m.wire.clone(),
                        steps: vec![Step::Key("method".into())],
                    };
                    self.err(&at, format!("the generated type `{name}` clashes with a schema type of the same name in `{}`", m.module.join("::")));
                }
            }
        }
        if system_at.is_none() && !sources.is_empty() {
            let at = At {
                file: 0,
                label: "system_errors".into(),
                steps: vec![],
            };
            self.err(
                &at,
                "no `system_errors` found; schema/common/ must define them once",
            );
        }

        // 4. Mark input types: reachable from request params. Types are
        // sorted first, so each lookup is a binary search (a linear one made
        // this step quadratic in the number of methods).
        types.sort_by(|a, b| (&a.module, &a.name).cmp(&(&b.module, &b.name)));
        let mut input: BTreeSet<(Vec<String>, String)> = BTreeSet::new();
        let mut stack: Vec<TypeRef> = Vec::new();
        for m in &methods {
            for p in &m.params {
                collect_named(&p.ty, &mut stack);
            }
            for j in &m.joined {
                stack.push(j.ty.clone());
            }
        }
        while let Some(r) = stack.pop() {
            if !input.insert((r.module.clone(), r.name.clone())) {
                continue;
            }
            if let Some(t) = find_type(&types, &r) {
                match &t.body {
                    TypeBody::Object(fields) => {
                        fields.iter().for_each(|f| collect_named(&f.ty, &mut stack))
                    }
                    TypeBody::Link(l) => stack.push(l.kind.clone()),
                    TypeBody::Enum(_) => {}
                }
            }
        }
        for t in &mut types {
            t.input = input.contains(&(t.module.clone(), t.name.clone()));
        }
        Schema {
            methods,
            types,
            system_errors,
        }
    }

    fn check_scope(&mut self, scope: &str, at: &At) {
        if !is_snake_ident(scope) {
            self.err(
                at,
                format!("scope `{scope}` must be a lowercase identifier such as `im`"),
            );
        } else if is_keyword(scope) {
            self.err(
                at,
                format!("scope `{scope}` is a Rust keyword and cannot name a module"),
            );
        } else if RUNTIME_MODULES.contains(&scope) {
            self.err(
                at,
                format!("scope `{scope}` would clash with the crate's own module `{scope}`"),
            );
        }
    }

    fn declare<'s>(
        &mut self,
        decls: &mut Vec<Decl<'s>>,
        module: &[String],
        root: &At,
        types: &'s Entries<desc::ObjectDesc>,
        enums: &'s Entries<desc::EnumDesc>,
        links: &'s Entries<desc::LinkDesc>,
    ) {
        let sections: [(&str, Vec<(&str, DeclBody<'s>)>); 3] = [
            (
                "types",
                types
                    .iter()
                    .map(|(n, o)| (n, DeclBody::Object(o)))
                    .collect(),
            ),
            (
                "enums",
                enums.iter().map(|(n, e)| (n, DeclBody::Enum(e))).collect(),
            ),
            (
                "links",
                links.iter().map(|(n, l)| (n, DeclBody::Link(l))).collect(),
            ),
        ];
        for (section, items) in sections {
            for (name, body) in items {
                let at = root
                    .key(section)
                    .key(name)
                    .label(join_label(&root.label, name));
                if name.to_upper_camel_case() != name || !is_ident(name) {
                    self.err(
                        &at,
                        format!(
                            "type name `{name}` must be UpperCamelCase, such as `{}`",
                            name.to_upper_camel_case()
                        ),
                    );
                    continue;
                }
                if PRIMITIVES.iter().any(|(p, _)| p.eq_ignore_ascii_case(name)) {
                    self.err(&at, format!("type name `{name}` is a built-in type name"));
                    continue;
                }
                if is_keyword(name) {
                    self.err(&at, format!("type name `{name}` is a Rust keyword"));
                    continue;
                }
                if PRELUDE_TYPES.contains(&name) {
                    self.err(
                        &at,
                        format!("type name `{name}` would hide the standard `{name}` the generated code uses; choose another"),
                    );
                    continue;
                }
                if module.is_empty() && RUNTIME_TYPES.contains(&name) {
                    self.err(
                        &at,
                        format!("type name `{name}` is taken by the crate itself; rename the type or give the file a `scope`"),
                    );
                    continue;
                }
                decls.push(Decl {
                    module: module.to_vec(),
                    name: name.to_owned(),
                    at,
                    body,
                });
            }
        }
    }

    fn method(
        &mut self,
        m: &MethodFile,
        at: &At,
        resolver: &Resolver,
        system_codes: &BTreeSet<String>,
    ) -> Option<Method> {
        let src = &self.sources[at.file];
        let segments: Vec<&str> = m.method.split('.').collect();
        if segments.len() < 2
            || segments
                .iter()
                .any(|s| s.is_empty() || !s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
        {
            self.err(
                &at.key("method"),
                format!(
                    "method name `{}` must be dot-separated words such as `im.chat.add`",
                    m.method
                ),
            );
            return None;
        }
        let stem = src
            .path
            .file_name()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        if stem != format!("{}.yaml", m.method) {
            self.err(
                &at.key("method"),
                format!(
                    "the file is named `{stem}` but describes `{}`; name it `{}.yaml`",
                    m.method, m.method
                ),
            );
        }
        let module = match crate::modules::path(&segments, &m.modules) {
            Ok(module) => module,
            Err(problems) => {
                for (key, message) in problems {
                    let at = match key {
                        Some(k) => at.key("modules").key(&k),
                        None => at.key("method"),
                    };
                    self.err(&at, message);
                }
                return None;
            }
        };
        if module[0] != m.scope {
            self.err(
                &at.key("scope"),
                format!("scope `{}` differs from the method's first segment `{}`; the types and the method would land in different modules", m.scope, segments[0]),
            );
        }
        let last = segments[segments.len() - 1];
        let rust = last.to_upper_camel_case();
        if !is_ident(&rust) || is_keyword(&rust) {
            self.err(
                &at.key("method"),
                format!("the last segment `{last}` does not give a type name (`{rust}`); it must start with a letter and not become a keyword"),
            );
            return None;
        }
        if !m.docs.ends_with(".md") || m.docs.starts_with('/') || m.docs.contains("://") {
            self.err(
                &at.key("docs"),
                format!(
                    "docs `{}` must be a page path relative to the docs root, ending in `.md`",
                    m.docs
                ),
            );
        }
        if m.auth.is_empty() {
            self.err(
                &at.key("auth"),
                "auth is empty; expected at least one of `webhook`, `oauth`",
            );
        }
        let scope_module = vec![m.scope.clone()];
        let mut params = self.fields(&m.params, &at.key("params"), &scope_module, resolver);
        // Params that failed their own checks are not in `params`: pair the
        // rest with their entries by wire name, never by position.
        for p in &params {
            let Some((name, pd)) = m.params.iter().find(|(w, _)| *w == p.wire) else {
                continue;
            };
            if let Some(mode) = pd.required_with
                && !m.auth.contains(&mode)
            {
                let at = at
                    .key("params")
                    .key(name)
                    .key("required_with")
                    .label(join_label(&at.label, name));
                self.err(
                    &at,
                    format!(
                        "`{}` is required with `{}` auth, which the method does not accept; it accepts: {}",
                        p.wire,
                        mode.as_str(),
                        m.auth
                            .iter()
                            .map(|a| a.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                );
            }
        }
        let mut joined = Vec::new();
        for (name, j) in m.joined.iter() {
            // A joined param that failed its own checks was reported there.
            let broken = j.params.iter().any(|w| {
                m.params.iter().any(|(k, _)| k == w) && !params.iter().any(|p| p.wire == *w)
            });
            if broken {
                continue;
            }
            let jat = at
                .key("joined")
                .key(name)
                .label(join_label(&at.label, name));
            if let Some(value) = self.joined(name, j, &jat, &mut params, &scope_module, resolver) {
                if let Some(prev) = joined.iter().find(|p: &&Joined| p.rust == value.rust) {
                    let msg = format!(
                        "`{name}` becomes the setter `{}`, which `joined` already uses for `{}`; give one of them `rust: <name>`",
                        value.rust,
                        prev.wires.join(" + ")
                    );
                    self.err(&jat, msg);
                } else {
                    joined.push(value);
                }
            }
        }
        let result = self.result(&m.returns, &at.key("returns"), &scope_module, resolver);
        let errors = self.errors(&m.errors, &at.key("errors"));
        // Codes that failed their own checks are not in `errors`: pair the
        // rest with their entries by code, never by position.
        for e in &errors {
            let Some((code, d)) = m.errors.iter().find(|(c, _)| *c == e.code) else {
                continue;
            };
            let eat = at
                .key("errors")
                .key(code)
                .label(join_label(&at.label, code));
            match (system_codes.contains(&e.code), d.shadows_system) {
                (true, false) => self.err(&eat, format!("`{code}` is a system error; system errors apply to every method and are listed once in schema/common/ (when this method gives the code a meaning of its own, add `shadows_system: true`)")),
                (false, true) => self.err(&eat.key("shadows_system"), format!("`{code}` is not a system error, so it shadows none; remove `shadows_system`")),
                _ => {}
            }
        }
        Some(Method {
            wire: m.method.clone(),
            scope: m.scope.clone(),
            module,
            rust,
            docs_url: page_url(&m.docs),
            who: m.who.clone(),
            idempotent: m.idempotent,
            auth: m.auth.clone(),
            summary: m.summary.clone(),
            description: m.description.clone(),
            params,
            joined,
            result: result?,
            errors,
        })
    }

    fn joined(
        &mut self,
        name: &str,
        j: &desc::JoinedDesc,
        at: &At,
        params: &mut [Field],
        module: &[String],
        resolver: &Resolver,
    ) -> Option<Joined> {
        let rust = self.field_name(name, j.rust.as_deref(), at)?;
        let ty = match self.resolve_named(&j.ty, module, resolver, &at.key("type"))? {
            Ty::Named(r) if r.kind == Kind::Link => r,
            _ => {
                self.err(
                    &at.key("type"),
                    format!(
                        "`{}` is not a link type; `joined` needs a type from a `links:` section",
                        j.ty
                    ),
                );
                return None;
            }
        };
        if j.params.len() != 2 {
            self.err(
                &at.key("params"),
                format!(
                    "expected two params (the kind, then the id), found {}",
                    j.params.len()
                ),
            );
            return None;
        }
        let mut idx = [0usize; 2];
        for (i, wire) in j.params.iter().enumerate() {
            match params.iter().position(|p| p.wire == *wire) {
                Some(k) => idx[i] = k,
                None => {
                    self.err(
                        &at.key("params").index(i),
                        format!("no param `{wire}` in this method"),
                    );
                    return None;
                }
            }
        }
        // A link whose own definition is broken was reported there.
        let link_kind = resolver.kind_of_link(&ty)?;
        if !matches!(&params[idx[0]].ty, Ty::Named(r) if *r == link_kind) {
            self.err(
                &at.key("params").index(0),
                format!(
                    "`{}` must have the link's kind type `{}`, found `{}`",
                    params[idx[0]].wire,
                    link_kind.name,
                    ty_text(&params[idx[0]].ty)
                ),
            );
            return None;
        }
        if params[idx[1]].ty != Ty::String {
            self.err(
                &at.key("params").index(1),
                format!(
                    "`{}` must be a `string` to carry the id, found `{}`",
                    params[idx[1]].wire,
                    ty_text(&params[idx[1]].ty)
                ),
            );
            return None;
        }
        for (i, &k) in idx.iter().enumerate() {
            if params[k].required {
                self.err(
                    &at.key("params").index(i),
                    format!(
                        "`{}` is required, but joined params are set together through one optional setter; drop `required` or leave it out of `joined`",
                        params[k].wire
                    ),
                );
                return None;
            }
        }
        for &k in &idx {
            params[k].joined = true;
        }
        if params.iter().any(|p| !p.joined && p.rust == rust) {
            self.err(
                at,
                format!("`{name}` becomes the setter `{rust}`, which a parameter already uses"),
            );
            return None;
        }
        Some(Joined {
            rust,
            ty,
            kind_field: params[idx[0]].rust.clone(),
            id_field: params[idx[1]].rust.clone(),
            wires: [params[idx[0]].wire.clone(), params[idx[1]].wire.clone()],
            doc: j.doc.clone(),
        })
    }

    fn result(
        &mut self,
        r: &desc::Returns,
        at: &At,
        module: &[String],
        resolver: &Resolver,
    ) -> Option<ResultShape> {
        let rat = at.key("result").label(join_label(&at.label, "result"));
        let body = match (&r.result.ty, &r.result.fields) {
            (Some(ty), None) => {
                let resolved = self.resolve(ty, module, resolver, &rat.key("type"))?;
                if let Some(link) = link_in(&resolved) {
                    let msg = format!(
                        "`{}` is a link type, which only joins request params; a result cannot have it",
                        link.name
                    );
                    self.err(&rat.key("type"), msg);
                    return None;
                }
                ResultBody::Type(resolved, ty.clone())
            }
            (None, Some(fields)) => {
                ResultBody::Fields(self.fields(fields, &rat.key("fields"), module, resolver))
            }
            _ => {
                self.err(
                    &rat,
                    "give exactly one of `type` (a plain result) or `fields` (an object result)",
                );
                return None;
            }
        };
        let tat = at.key("time").label(join_label(&at.label, "time"));
        if r.time.ty != "Time" {
            self.err(
                &tat.key("type"),
                format!(
                    "the `time` block has the shared type `Time`, found `{}`",
                    r.time.ty
                ),
            );
        } else if resolver.index.get(&(vec![], "Time".to_owned())) != Some(&Kind::Object) {
            self.err(
                &tat.key("type"),
                "the shared type `Time` is not defined; schema/common/ must define it as an object type at the crate root",
            );
        }
        let mut envelope = Vec::new();
        for (name, member) in [("total", &r.total), ("next", &r.next)] {
            let Some(member) = member else {
                continue;
            };
            if member.ty != "integer" {
                self.err(
                    &at.key(name).key("type").label(join_label(&at.label, name)),
                    format!(
                        "the envelope's `{name}` is an `integer`, found `{}`",
                        member.ty
                    ),
                );
            }
            envelope.push((name.to_owned(), member.doc.clone()));
        }
        Some(ResultShape {
            doc: r.result.doc.clone(),
            body,
            envelope,
        })
    }

    fn fields(
        &mut self,
        entries: &Entries<ParamDesc>,
        at: &At,
        module: &[String],
        resolver: &Resolver,
    ) -> Vec<Field> {
        let mut out: Vec<Field> = Vec::new();
        for (wire, p) in entries.iter() {
            let fat = at.key(wire).label(join_label(&at.label, wire));
            let Some(rust) = self.field_name(wire, p.rust.as_deref(), &fat) else {
                continue;
            };
            if let Some(prev) = out.iter().find(|f| f.rust == rust) {
                let msg = format!(
                    "`{wire}` and `{}` both become `{rust}` in Rust; give one of them `rust: <other_name>`",
                    prev.wire
                );
                self.err(&fat, msg);
                continue;
            }
            let Some(ty) = self.resolve(&p.ty, module, resolver, &fat.key("type")) else {
                continue;
            };
            if let Some(link) = link_in(&ty) {
                self.err(
                    &fat.key("type"),
                    format!(
                        "`{}` is a link type, which joins two params; declare them with their own types and set them through `joined`",
                        link.name
                    ),
                );
                continue;
            }
            if p.required && p.required_with.is_some() {
                self.err(
                    &fat.key("required_with"),
                    "a param is either `required` or `required_with` an auth mode, not both",
                );
            }
            if p.required && !p.required_unless.is_empty() {
                self.err(
                    &fat.key("required_unless"),
                    "a param is either `required` or `required_unless` another is given, not both",
                );
            }
            for (i, other) in p.required_unless.iter().enumerate() {
                if other == wire || !entries.iter().any(|(w, _)| w == other) {
                    let names: Vec<&str> = entries
                        .iter()
                        .map(|(w, _)| w)
                        .filter(|w| *w != wire)
                        .collect();
                    self.err(
                        &fat.key("required_unless").index(i),
                        format!(
                            "`{other}` is not another param here; expected one of: {}",
                            names.join(", ")
                        ),
                    );
                }
            }
            if p.secret && ty != Ty::String {
                self.err(
                    &fat.key("secret"),
                    format!("only `string` values can be secret; `{wire}` is `{}`", p.ty),
                );
            }
            let base = match &ty {
                Ty::Nullable(inner) => inner.as_ref(),
                other => other,
            };
            let spelling = match (&p.spelling, base) {
                (None, _) => None,
                (Some(s), Ty::Named(r)) if r.kind == Kind::Enum => {
                    let spellings = resolver.spellings(r);
                    match spellings.iter().position(|x| x == s) {
                        Some(i) => Some((i, s.clone())),
                        None => {
                            let known = if spellings.is_empty() {
                                format!("`{}` has a single spelling", r.name)
                            } else {
                                format!("expected one of: {}", spellings.join(", "))
                            };
                            self.err(
                                &fat.key("spelling"),
                                format!("unknown spelling `{s}` of `{}`; {known}", r.name),
                            );
                            None
                        }
                    }
                }
                (Some(_), _) => {
                    self.err(
                        &fat.key("spelling"),
                        format!(
                            "`spelling` applies to a field whose type is an enum; `{wire}` is `{}`",
                            p.ty
                        ),
                    );
                    None
                }
            };
            let default = p
                .default
                .as_ref()
                .and_then(|d| self.default_value(d, &ty, resolver, &fat.key("default")));
            let is_enum = |t: &Ty| matches!(t, Ty::Named(r) if r.kind == Kind::Enum);
            let enum_valued = match base {
                Ty::List(inner) => is_enum(inner),
                other => is_enum(other),
            };
            if p.unlisted.is_some() && !enum_valued {
                self.err(
                    &fat.key("unlisted"),
                    format!(
                        "`unlisted` says what happens to a value outside an enum's list; `{wire}` is `{}`, not an enum",
                        p.ty
                    ),
                );
            }
            out.push(Field {
                wire: wire.to_owned(),
                rust,
                schema_ty: p.ty.clone(),
                ty,
                required: p.required,
                required_with: p.required_with,
                required_unless: p.required_unless.clone(),
                default,
                doc: p.doc.clone(),
                spelling,
                secret: p.secret,
                joined: false,
                unlisted: p.unlisted.unwrap_or(desc::Unlisted::Refused),
                response_wire: None,
            });
        }
        out
    }

    fn default_value(
        &mut self,
        value: &serde_yaml::Value,
        ty: &Ty,
        resolver: &Resolver,
        at: &At,
    ) -> Option<String> {
        use serde_yaml::Value as V;
        // A default is a real value, so `T|null` takes the defaults of `T`.
        let ty = match ty {
            Ty::Nullable(inner) => inner.as_ref(),
            other => other,
        };
        let ok = match (ty, value) {
            (Ty::Integer, V::Number(n)) => n.is_i64() || n.is_u64(),
            (Ty::Double, V::Number(_)) => true,
            (Ty::Boolean, V::Bool(_)) => true,
            (Ty::String, V::String(_)) => true,
            (Ty::Named(r), V::String(s)) if r.kind == Kind::Enum => {
                let known = resolver.wire_values(r);
                if !known.iter().any(|k| k == s) {
                    self.err(
                        at,
                        format!(
                            "default `{s}` is not a value of `{}`; expected one of: {}",
                            r.name,
                            known.join(", ")
                        ),
                    );
                    return None;
                }
                true
            }
            _ => false,
        };
        if !ok {
            self.err(
                at,
                format!(
                    "default `{}` does not fit the type `{}`",
                    yaml_text(value),
                    ty_text(ty)
                ),
            );
            return None;
        }
        Some(yaml_text(value))
    }

    /// Derives (or checks the override of) a field's Rust name.
    fn field_name(&mut self, wire: &str, rename: Option<&str>, at: &At) -> Option<String> {
        if let Some(r) = rename {
            if !is_snake_ident(r) {
                self.err(
                    &at.key("rust"),
                    format!("rust name `{r}` must be a snake_case identifier"),
                );
                return None;
            }
            if is_keyword(r) {
                self.err(
                    &at.key("rust"),
                    format!("rust name `{r}` is a Rust keyword; choose another"),
                );
                return None;
            }
            if RESERVED_FIELDS.contains(&r) {
                self.err(
                    &at.key("rust"),
                    format!("rust name `{r}` is used by the generated API itself; choose another"),
                );
                return None;
            }
            return Some(r.to_owned());
        }
        let snake = wire.to_snake_case();
        if snake.is_empty() || !is_snake_ident(&snake) {
            self.err(
                at,
                format!("`{wire}` does not give a Rust identifier; add `rust: <name>`"),
            );
            return None;
        }
        if is_keyword(&snake) {
            self.err(at, format!("`{wire}` becomes `{snake}`, a Rust keyword; add `rust: <name>` with the name to use"));
            return None;
        }
        if RESERVED_FIELDS.contains(&snake.as_str()) {
            self.err(at, format!("`{wire}` becomes `{snake}`, which the generated API uses itself; add `rust: <name>`"));
            return None;
        }
        Some(snake)
    }

    fn resolve(
        &mut self,
        text: &str,
        module: &[String],
        resolver: &Resolver,
        at: &At,
    ) -> Option<Ty> {
        match typeref::parse(text) {
            Ok(expr) => self.resolve_expr(&expr, module, resolver, at),
            Err(msg) => {
                self.err(at, msg);
                None
            }
        }
    }

    fn resolve_named(
        &mut self,
        text: &str,
        module: &[String],
        resolver: &Resolver,
        at: &At,
    ) -> Option<Ty> {
        self.resolve(text, module, resolver, at)
    }

    fn resolve_expr(
        &mut self,
        expr: &TypeExpr,
        module: &[String],
        resolver: &Resolver,
        at: &At,
    ) -> Option<Ty> {
        Some(match expr {
            TypeExpr::Name(n) => match n.as_str() {
                "integer" => Ty::Integer,
                "double" => Ty::Double,
                "string" | "file" => Ty::String,
                "boolean" => Ty::Boolean,
                "object" => Ty::Object,
                "any" => Ty::Any,
                _ => match resolver.lookup(n, module) {
                    Some(r) => Ty::Named(r),
                    None => {
                        let mut msg = format!(
                            "unknown type `{n}`; expected a built-in type ({})",
                            PRIMITIVES
                                .iter()
                                .map(|(p, _)| *p)
                                .collect::<Vec<_>>()
                                .join(", ")
                        );
                        msg.push_str(" or a type defined in this file or schema/common/");
                        if let Some(close) = resolver.similar(n, module) {
                            msg.push_str(&format!(" (did you mean `{close}`?)"));
                        }
                        self.err(at, msg);
                        return None;
                    }
                },
            },
            TypeExpr::List(inner) => {
                Ty::List(Box::new(self.resolve_expr(inner, module, resolver, at)?))
            }
            TypeExpr::Map(inner) => {
                Ty::Map(Box::new(self.resolve_expr(inner, module, resolver, at)?))
            }
            TypeExpr::Nullable(inner) => {
                Ty::Nullable(Box::new(self.resolve_expr(inner, module, resolver, at)?))
            }
            TypeExpr::OrFalse(inner) => {
                Ty::OrFalse(Box::new(self.resolve_expr(inner, module, resolver, at)?))
            }
            TypeExpr::Union(members) => {
                for m in members {
                    self.resolve_expr(m, module, resolver, at)?;
                }
                Ty::Any
            }
        })
    }

    fn enum_def(&mut self, e: &desc::EnumDesc, at: &At) -> EnumDef {
        let mut values: Vec<EnumValue> = Vec::new();
        if e.values.is_empty() {
            self.err(&at.key("values"), "empty enum; list at least one value");
        }
        let mut spellings_ok = true;
        for (i, s) in e.spellings.iter().enumerate() {
            let sat = at.key("spellings").index(i);
            if !is_snake_ident(s) || is_keyword(s) || RESERVED_ENUM_METHODS.contains(&s.as_str()) {
                self.err(&sat, format!("spelling `{s}` becomes the name of an accessor method; use a snake_case word other than a keyword, {}", RESERVED_ENUM_METHODS.iter().map(|m| format!("`{m}`")).collect::<Vec<_>>().join(", ")));
                spellings_ok = false;
            } else if e.spellings[..i].contains(s) {
                self.err(&sat, format!("duplicate spelling `{s}`"));
                spellings_ok = false;
            }
        }
        let width = e.spellings.len().max(1);
        for (i, v) in e.values.iter().enumerate() {
            // Label the value by its (first) wire text even when it is broken.
            let first = match &v.wire {
                Wire::One(s) => Some(s),
                Wire::Many(m) => e
                    .spellings
                    .first()
                    .and_then(|s| m.iter().find(|(k, _)| *k == s))
                    .or_else(|| m.iter().next())
                    .map(|(_, w)| w),
            };
            let vat = at.key("values").index(i);
            let vat = match first {
                Some(w) => vat.label(join_label(&at.label, w)),
                None => vat,
            };
            let wire: Vec<String> = match (&v.wire, e.spellings.is_empty()) {
                (Wire::One(s), true) => vec![s.clone()],
                (Wire::Many(m), false) => {
                    let mut out = Vec::new();
                    for s in &e.spellings {
                        match m.iter().find(|(k, _)| *k == s) {
                            Some((_, w)) => out.push(w.clone()),
                            None => {
                                self.err(&vat.key("wire"), format!("missing spelling `{s}`; each value gives every spelling: {}", e.spellings.join(", ")));
                            }
                        }
                    }
                    for (k, _) in m.iter() {
                        if !e.spellings.iter().any(|s| s == k) {
                            self.err(
                                &vat.key("wire").key(k),
                                format!(
                                    "unknown spelling `{k}`; this enum's spellings are: {}",
                                    e.spellings.join(", ")
                                ),
                            );
                        }
                    }
                    if out.len() != width {
                        continue;
                    }
                    out
                }
                (Wire::One(_), false) => {
                    self.err(&vat.key("wire"), format!("this enum has spellings ({}); give `wire` as a mapping of spelling to text", e.spellings.join(", ")));
                    continue;
                }
                (Wire::Many(_), true) => {
                    self.err(
                        &vat.key("wire"),
                        "`wire` is a mapping but the enum declares no `spellings`",
                    );
                    continue;
                }
            };
            if !spellings_ok {
                continue;
            }
            if wire.iter().any(|w| w.is_empty()) {
                self.err(&vat.key("wire"), "empty wire value");
                continue;
            }
            let mut repeated = false;
            for (k, w) in wire.iter().enumerate() {
                if let Some(prev) = values.iter().find(|p| p.wire.contains(w)) {
                    let which = if e.spellings.is_empty() {
                        String::new()
                    } else {
                        format!(" (spelling `{}`)", e.spellings[k])
                    };
                    let msg = format!(
                        "duplicate enum value `{w}`{which}: `{}` already uses it",
                        prev.rust
                    );
                    self.err(&vat, msg);
                    repeated = true;
                }
            }
            if repeated {
                continue;
            }
            let rust = match &v.rust {
                Some(r) => r.clone(),
                None => wire[0].to_upper_camel_case(),
            };
            if let Some(problem) = variant_name_problem(&wire[0], &rust) {
                self.err(&vat, problem);
                continue;
            }
            if let Some(prev) = values.iter().find(|p| p.rust == rust) {
                let msg = format!(
                    "`{}` and `{}` both become the variant `{rust}`; give one of them `rust: <Name>`",
                    wire[0], prev.wire[0]
                );
                self.err(&vat, msg);
                continue;
            }
            values.push(EnumValue {
                rust,
                wire,
                doc: v.doc.clone(),
            });
        }
        EnumDef {
            spellings: e.spellings.clone(),
            values,
        }
    }

    fn link_def(
        &mut self,
        l: &desc::LinkDesc,
        at: &At,
        module: &[String],
        resolver: &Resolver,
    ) -> Option<LinkDef> {
        let kind = match self.resolve_named(&l.kind, module, resolver, &at.key("kind"))? {
            Ty::Named(r) if r.kind == Kind::Enum => r,
            _ => {
                self.err(
                    &at.key("kind"),
                    format!("`{}` is not an enum; a link's kind names an enum", l.kind),
                );
                return None;
            }
        };
        let values = resolver.enum_values(&kind);
        let mut constructors: Vec<Constructor> = Vec::new();
        for (name, c) in l.constructors.iter() {
            let cat = at
                .key("constructors")
                .key(name)
                .label(join_label(&at.label, name));
            if !is_snake_ident(name) || is_keyword(name) || RESERVED_LINK_FNS.contains(&name) {
                self.err(&cat, format!("constructor name `{name}` must be a snake_case identifier other than a keyword, `raw`, `kind`, `id` or `into_parts`"));
                continue;
            }
            let Some((variant, kind_wire)) = values.iter().find(|(_, w)| *w == c.kind).cloned()
            else {
                let known: Vec<&str> = values.iter().map(|(_, w)| w.as_str()).collect();
                self.err(
                    &cat.key("kind"),
                    format!(
                        "`{}` is not a value of `{}`; expected one of: {}",
                        c.kind,
                        kind.name,
                        known.join(", ")
                    ),
                );
                continue;
            };
            let parts = match parse_format(&c.format) {
                Ok(p) => p,
                Err(msg) => {
                    self.err(&cat.key("format"), msg);
                    continue;
                }
            };
            constructors.push(Constructor {
                rust: name.to_owned(),
                kind_variant: variant,
                kind_wire,
                format: c.format.clone(),
                parts,
                doc: c.doc.clone(),
            });
        }
        Some(LinkDef { kind, constructors })
    }

    fn errors(&mut self, entries: &Entries<desc::ErrorDesc>, at: &At) -> Vec<ErrorCode> {
        let mut out: Vec<ErrorCode> = Vec::new();
        for (code, e) in entries.iter() {
            let eat = at.key(code).label(join_label(&at.label, code));
            if code.is_empty() || !code.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                self.err(
                    &eat,
                    format!("error code `{code}` may hold only letters, digits and underscores"),
                );
                continue;
            }
            let rust = match &e.rust {
                Some(r) => r.clone(),
                None => code.to_upper_camel_case(),
            };
            if let Some(problem) = variant_name_problem(code, &rust) {
                self.err(&eat, problem);
                continue;
            }
            if let Some(prev) = out.iter().find(|p| p.rust == rust) {
                let msg = format!(
                    "`{code}` and `{}` both become the variant `{rust}`; give one of them `rust: <Name>`",
                    prev.code
                );
                self.err(&eat, msg);
                continue;
            }
            if let Some(s) = e.status
                && !(100..=599).contains(&s)
            {
                self.err(
                    &eat.key("status"),
                    format!("HTTP status {s} is outside 100..=599"),
                );
            }
            out.push(ErrorCode {
                code: code.to_owned(),
                rust,
                status: e.status,
                message: e.message.clone(),
                doc: e.doc.clone(),
                retry_safe: e.retry_safe,
                legacy: e.legacy,
                shadows_system: e.shadows_system,
            });
        }
        out
    }
}

/// Name lookups over the declared types.
struct Resolver<'a> {
    index: &'a BTreeMap<(Vec<String>, String), Kind>,
    enums: &'a BTreeMap<(Vec<String>, String), &'a desc::EnumDesc>,
    /// The kind enum of each link, known once link bodies are resolved.
    link_kinds: BTreeMap<(Vec<String>, String), TypeRef>,
}

impl Resolver<'_> {
    /// Looks a name up in the module first, then at the crate root.
    fn lookup(&self, name: &str, module: &[String]) -> Option<TypeRef> {
        for m in [module.to_vec(), vec![]] {
            if let Some(kind) = self.index.get(&(m.clone(), name.to_owned())) {
                return Some(TypeRef {
                    module: m,
                    name: name.to_owned(),
                    kind: *kind,
                });
            }
        }
        None
    }

    /// The closest name visible from `module` (its own types and the crate
    /// root's), for a "did you mean".
    fn similar(&self, name: &str, module: &[String]) -> Option<String> {
        let lower = name.to_ascii_lowercase();
        self.index
            .keys()
            .filter(|(m, _)| m.is_empty() || m == module)
            .map(|(_, n)| (n, n.to_ascii_lowercase()))
            .filter(|(_, l)| {
                *l == lower
                    || l.starts_with(&lower)
                    || lower.starts_with(l.as_str())
                    || edit_distance(l, &lower) <= 2
            })
            .min_by_key(|(_, l)| edit_distance(l, &lower))
            .map(|(n, _)| n.clone())
            .or_else(|| {
                PRIMITIVES
                    .iter()
                    .find(|(p, _)| edit_distance(p, &lower) <= 2)
                    .map(|(p, _)| (*p).to_owned())
            })
    }

    fn spellings(&self, r: &TypeRef) -> Vec<String> {
        self.enums
            .get(&(r.module.clone(), r.name.clone()))
            .map(|e| e.spellings.clone())
            .unwrap_or_default()
    }

    /// (variant, primary wire) of each value.
    fn enum_values(&self, r: &TypeRef) -> Vec<(String, String)> {
        let Some(e) = self.enums.get(&(r.module.clone(), r.name.clone())) else {
            return vec![];
        };
        e.values
            .iter()
            .filter_map(|v| {
                let wire = match &v.wire {
                    Wire::One(s) => s.clone(),
                    Wire::Many(m) => e
                        .spellings
                        .first()
                        .and_then(|s| m.iter().find(|(k, _)| *k == s))
                        .map(|(_, w)| w.clone())?,
                };
                let rust = v.rust.clone().unwrap_or_else(|| wire.to_upper_camel_case());
                Some((rust, wire))
            })
            .collect()
    }

    fn wire_values(&self, r: &TypeRef) -> Vec<String> {
        let Some(e) = self.enums.get(&(r.module.clone(), r.name.clone())) else {
            return vec![];
        };
        e.values
            .iter()
            .flat_map(|v| match &v.wire {
                Wire::One(s) => vec![s.clone()],
                Wire::Many(m) => m.iter().map(|(_, w)| w.clone()).collect(),
            })
            .collect()
    }

    fn kind_of_link(&self, r: &TypeRef) -> Option<TypeRef> {
        self.link_kinds
            .get(&(r.module.clone(), r.name.clone()))
            .cloned()
    }
}

/// Parses a link id format such as `DEAL|{id:integer}`.
pub fn parse_format(format: &str) -> Result<Vec<FormatPart>, String> {
    let mut parts = Vec::new();
    let mut rest = format;
    let mut names: Vec<String> = Vec::new();
    while !rest.is_empty() {
        match rest.find(['{', '}']) {
            Some(i) if rest.as_bytes()[i] == b'}' => {
                return Err(format!(
                    "format `{format}` has `}}` without an opening `{{`"
                ));
            }
            Some(i) => {
                if i > 0 {
                    parts.push(FormatPart::Text(rest[..i].to_owned()));
                }
                let Some(end) = rest[i..].find('}') else {
                    return Err(format!("format `{format}` has `{{` without a closing `}}`"));
                };
                let inner = &rest[i + 1..i + end];
                let Some((name, ty)) = inner.split_once(':') else {
                    return Err(format!(
                        "placeholder `{{{inner}}}` needs a type: `{{name:integer}}` or `{{name:string}}`"
                    ));
                };
                let numeric = match ty.trim() {
                    "integer" => true,
                    "string" => false,
                    other => {
                        return Err(format!(
                            "placeholder `{{{inner}}}` has type `{other}`; expected `integer` or `string`"
                        ));
                    }
                };
                let name = name.trim();
                if !is_snake_ident(name) || is_keyword(name) {
                    return Err(format!(
                        "placeholder name `{name}` must be a snake_case identifier that is not a keyword"
                    ));
                }
                if names.iter().any(|n| n == name) {
                    return Err(format!("placeholder `{name}` appears twice in `{format}`"));
                }
                names.push(name.to_owned());
                parts.push(FormatPart::Arg {
                    name: name.to_owned(),
                    numeric,
                });
                rest = &rest[i + end + 1..];
            }
            None => {
                parts.push(FormatPart::Text(rest.to_owned()));
                rest = "";
            }
        }
    }
    if names.is_empty() {
        return Err(format!(
            "format `{format}` has no `{{name:type}}` placeholder; a constant id needs no constructor"
        ));
    }
    Ok(parts)
}

/// The object types a struct holds by value (not through a list), by field.
fn held(t: &TypeDef) -> Vec<(String, TypeRef)> {
    let TypeBody::Object(fields) = &t.body else {
        return vec![];
    };
    fields
        .iter()
        .filter_map(|f| match &f.ty {
            Ty::Named(r) if r.kind == Kind::Object => Some((f.wire.clone(), r.clone())),
            Ty::Nullable(inner) | Ty::OrFalse(inner) => match inner.as_ref() {
                Ty::Named(r) if r.kind == Kind::Object => Some((f.wire.clone(), r.clone())),
                Ty::OrFalse(inner) => match inner.as_ref() {
                    Ty::Named(r) if r.kind == Kind::Object => Some((f.wire.clone(), r.clone())),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        })
        .collect()
}

/// The chain of types by which `from` holds `target` by value, if it does.
fn holds(types: &[TypeDef], from: &TypeRef, target: &TypeDef) -> Option<Vec<String>> {
    let mut stack = vec![(from.clone(), vec![from.name.clone()])];
    let mut seen: BTreeSet<(Vec<String>, String)> = BTreeSet::new();
    while let Some((r, chain)) = stack.pop() {
        if r.module == target.module && r.name == target.name {
            return Some(chain);
        }
        if !seen.insert((r.module.clone(), r.name.clone())) {
            continue;
        }
        if let Some(t) = types
            .iter()
            .find(|t| t.module == r.module && t.name == r.name)
        {
            for (_, next) in held(t) {
                let mut chain = chain.clone();
                chain.push(next.name.clone());
                stack.push((next, chain));
            }
        }
    }
    None
}

/// The link type a type refers to, directly or inside a list or null.
fn link_in(ty: &Ty) -> Option<&TypeRef> {
    match ty {
        Ty::Named(r) if r.kind == Kind::Link => Some(r),
        Ty::List(t) | Ty::Nullable(t) | Ty::OrFalse(t) => link_in(t),
        _ => None,
    }
}

/// The type `r` names, in types sorted by (module, name) as [`Schema::types`] is.
pub fn find_type<'a>(types: &'a [TypeDef], r: &TypeRef) -> Option<&'a TypeDef> {
    types
        .binary_search_by(|t| (&t.module, &t.name).cmp(&(&r.module, &r.name)))
        .ok()
        .map(|i| &types[i])
}

fn collect_named(ty: &Ty, out: &mut Vec<TypeRef>) {
    match ty {
        Ty::Named(r) => out.push(r.clone()),
        Ty::List(t) | Ty::Map(t) | Ty::Nullable(t) | Ty::OrFalse(t) => collect_named(t, out),
        _ => {}
    }
}

fn join_label(base: &str, next: &str) -> String {
    if next.is_empty() {
        base.to_owned()
    } else if base.is_empty() {
        next.to_owned()
    } else {
        format!("{base}.{next}")
    }
}

fn module_label(module: &[String]) -> String {
    if module.is_empty() {
        "crate root".into()
    } else {
        module.join("::")
    }
}

fn yaml_text(v: &serde_yaml::Value) -> String {
    match v {
        serde_yaml::Value::String(s) => s.clone(),
        other => serde_yaml::to_string(other)
            .map(|s| s.trim().to_owned())
            .unwrap_or_default(),
    }
}

fn ty_text(ty: &Ty) -> String {
    match ty {
        Ty::Integer => "integer".into(),
        Ty::Double => "double".into(),
        Ty::String => "string".into(),
        Ty::Boolean => "boolean".into(),
        Ty::Object => "object".into(),
        Ty::Any => "any".into(),
        Ty::Named(r) => r.name.clone(),
        Ty::List(t) => format!("[{}]", ty_text(t)),
        Ty::Map(t) => format!("{{{}}}", ty_text(t)),
        Ty::Nullable(t) => format!("{}|null", ty_text(t)),
        Ty::OrFalse(t) => format!("{}|false", ty_text(t)),
    }
}

fn is_ident(s: &str) -> bool {
    !s.is_empty()
        && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !s.starts_with(|c: char| c.is_ascii_digit())
}

pub(crate) fn is_snake_ident(s: &str) -> bool {
    is_ident(s) && s.to_snake_case() == s
}

/// Rust keywords, strict and reserved, in every edition up to 2024.
pub fn is_keyword(s: &str) -> bool {
    const KEYWORDS: &[&str] = &[
        "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum",
        "extern", "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod",
        "move", "mut", "pub", "ref", "return", "self", "Self", "static", "struct", "super",
        "trait", "true", "try", "type", "unsafe", "use", "where", "while", "abstract", "become",
        "box", "do", "final", "macro", "override", "priv", "typeof", "unsized", "virtual", "yield",
    ];
    KEYWORDS.contains(&s)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}
