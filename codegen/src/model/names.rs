//! The naming rules, in one place: how a wire name becomes a Rust name (the
//! `heck` conversions, through [`super::case`]), and which names are
//! keywords or taken by the generated API and the runtime. The checks of
//! [`super`] and the emitter both ask here, so a rule changes in one spot.

use super::case;

/// Variants every generated enum keeps for itself.
const RESERVED_VARIANTS: &[&str] = &["Unknown", "System"];
/// Methods every generated enum has, which a spelling accessor would clash with.
pub(super) const RESERVED_ENUM_METHODS: &[&str] = &["as_str", "from_wire", "is_unknown", "all"];
/// Methods every generated link has, which a constructor would clash with.
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
/// The runtime's own modules, which a scope module would clash with.
const RUNTIME_MODULES: &[&str] = &[
    "client", "events", "method", "response", "schema", "secret", "wire",
];
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

/// The variant name a wire value or error code gets unless `rust:` says
/// otherwise: `LIGHT_BLUE` → `LightBlue`.
pub(crate) fn variant(wire: &str) -> String {
    case::upper_camel(wire)
}

/// The field or setter name a wire name gets unless `rust:` says
/// otherwise: `botId` → `bot_id`.
pub(crate) fn field(wire: &str) -> String {
    case::snake(wire)
}

/// The module a method's wire segment gives (`chat` → `chat`,
/// `Chat` → `chat`) unless `modules:` renames it; a scope's module too.
pub(crate) fn module(segment: &str) -> String {
    case::snake(segment)
}

/// The request type a method's last segment gives: `add` → `Add`.
pub(crate) fn method_type(last_segment: &str) -> String {
    case::upper_camel(last_segment)
}

/// The name of a method's static tables: `Add` → `ADD` (for `ADD_INFO`,
/// `ADD_ERRORS`).
pub(crate) fn static_prefix(rust: &str) -> String {
    case::shouty_snake(rust)
}

/// What is wrong with `rust` as the variant for the wire value or error code
/// `wire`, if anything: it must be an UpperCamelCase identifier, not a
/// keyword, and not one of the variants the generated types keep for
/// themselves.
pub fn variant_name_problem(wire: &str, rust: &str) -> Option<String> {
    if !is_ident(rust)
        || rust.starts_with(|c: char| c.is_ascii_digit())
        || case::upper_camel(rust) != rust
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

/// What is wrong with a scope's name as a module name, if anything.
pub(super) fn scope_problem(scope: &str) -> Option<String> {
    if !is_snake_ident(scope) {
        Some(format!(
            "scope `{scope}` must be a lowercase identifier such as `im`"
        ))
    } else if is_keyword(scope) {
        Some(format!(
            "scope `{scope}` is a Rust keyword and cannot name a module"
        ))
    } else if RUNTIME_MODULES.contains(&scope) {
        Some(format!(
            "scope `{scope}` would clash with the crate's own module `{scope}`"
        ))
    } else {
        None
    }
}

/// What is wrong with a declared type's name, if anything; `at_root` when
/// it lands at the crate root, beside the runtime's own types.
pub(super) fn type_name_problem(name: &str, at_root: bool) -> Option<String> {
    if case::upper_camel(name) != name || !is_ident(name) {
        Some(format!(
            "type name `{name}` must be UpperCamelCase, such as `{}`",
            case::upper_camel(name)
        ))
    } else if crate::typeref::PRIMITIVES
        .iter()
        .any(|(p, _)| p.eq_ignore_ascii_case(name))
    {
        Some(format!("type name `{name}` is a built-in type name"))
    } else if is_keyword(name) {
        Some(format!("type name `{name}` is a Rust keyword"))
    } else if PRELUDE_TYPES.contains(&name) {
        Some(format!(
            "type name `{name}` would hide the standard `{name}` the generated code uses; choose another"
        ))
    } else if at_root && RUNTIME_TYPES.contains(&name) {
        Some(format!(
            "type name `{name}` is taken by the crate itself; rename the type or give the file a `scope`"
        ))
    } else {
        None
    }
}

/// Where a problem with a field's name is reported: at its `rust:` key, or
/// at the field itself.
pub(super) enum NameAt {
    /// The `rust:` override is wrong.
    Rename,
    /// The name derived from the wire name is wrong.
    Field,
}

/// The Rust name of a field or a joined setter: the override `rename`
/// checked, or the name derived from `wire`.
pub(super) fn field_name(wire: &str, rename: Option<&str>) -> Result<String, (NameAt, String)> {
    if let Some(r) = rename {
        let problem = if !is_snake_ident(r) {
            format!("rust name `{r}` must be a snake_case identifier")
        } else if is_keyword(r) {
            format!("rust name `{r}` is a Rust keyword; choose another")
        } else if RESERVED_FIELDS.contains(&r) {
            format!("rust name `{r}` is used by the generated API itself; choose another")
        } else {
            return Ok(r.to_owned());
        };
        return Err((NameAt::Rename, problem));
    }
    let snake = field(wire);
    let problem = if snake.is_empty() || !is_snake_ident(&snake) {
        format!("`{wire}` does not give a Rust identifier; add `rust: <name>`")
    } else if is_keyword(&snake) {
        format!(
            "`{wire}` becomes `{snake}`, a Rust keyword; add `rust: <name>` with the name to use"
        )
    } else if RESERVED_FIELDS.contains(&snake.as_str()) {
        format!(
            "`{wire}` becomes `{snake}`, which the generated API uses itself; add `rust: <name>`"
        )
    } else {
        return Ok(snake);
    };
    Err((NameAt::Field, problem))
}

/// Whether a spelling can name an enum's accessor method.
pub(super) fn spelling_is_usable(s: &str) -> bool {
    is_snake_ident(s) && !is_keyword(s) && !RESERVED_ENUM_METHODS.contains(&s)
}

/// Whether a link constructor's name is usable.
pub(super) fn constructor_is_usable(name: &str) -> bool {
    is_snake_ident(name) && !is_keyword(name) && !RESERVED_LINK_FNS.contains(&name)
}

/// Whether `s` is an ASCII identifier: letters, digits, `_`, not led by a digit.
pub(super) fn is_ident(s: &str) -> bool {
    !s.is_empty()
        && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !s.starts_with(|c: char| c.is_ascii_digit())
}

/// Whether `s` is a snake_case identifier.
pub(crate) fn is_snake_ident(s: &str) -> bool {
    is_ident(s) && case::snake(s) == s
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
