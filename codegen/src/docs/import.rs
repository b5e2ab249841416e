//! `docs import`: a first draft of a descriptor from a page, for review.
//!
//! The draft carries everything the page states in a form the schema can
//! hold: params with their types and required marks, nested objects as
//! `types`, bullet-listed values as `enums`, the returned data, the error
//! table. Descriptions are the page's own words, kept so the draft passes
//! `check` at once; rewrite them before committing, and review every guess
//! marked `# review`.

use super::page::{PType, Page, Row, Value};
use super::propose;
use super::types::suggest;
use crate::model::{is_keyword, names};
use heck::ToUpperCamelCase;
use std::fmt::Write as _;

/// What the schema already has, for the draft to reuse.
#[derive(Debug, Clone, Default)]
pub struct Known {
    /// The system error codes, which a method may only shadow.
    pub system_errors: Vec<String>,
    /// Shared object types by the anchor of the entity they describe:
    /// (`file`, `ChatFile`), (`chat`, `Chat`).
    pub entities: Vec<(String, String)>,
}

impl Known {
    /// Reads what a loaded schema has.
    pub fn of(sources: &[crate::model::Source], schema: &crate::model::Schema) -> Known {
        let entities = sources
            .iter()
            .filter_map(|s| match &s.content {
                crate::model::Content::Shared(f) => Some(f),
                crate::model::Content::Method(_) => None,
            })
            .flat_map(|f| {
                f.types.iter().flat_map(|(n, t)| {
                    let anchors = match &t.anchor {
                        Some(a) => a.0.clone(),
                        None => vec![n.to_lowercase()],
                    };
                    anchors.into_iter().map(|a| (a, n.to_owned()))
                })
            })
            .collect();
        Known {
            system_errors: schema
                .system_errors
                .iter()
                .map(|e| e.code.clone())
                .collect(),
            entities,
        }
    }
}

/// Drafts a descriptor from a page. `path` is the page's path, used for
/// the `docs:` key (from `api-reference/` on).
pub fn draft(page: &Page, path: &str, known: &Known) -> Result<String, String> {
    let system = &known.system_errors;
    let method = page
        .title_method()
        .ok_or_else(|| format!("the title `{}` names no method", page.title))?;
    let segments: Vec<&str> = method.split('.').collect();
    // The language ties the scope to the method's first segment (its
    // module); the permissions the page names go in `permission:` when
    // they are not that scope alone.
    let scope = names::module(segments[0]);
    let permission = match page.scopes.as_slice() {
        [] => None,
        [one] if *one == scope => None,
        named => Some(format!("[{}]", named.join(", "))),
    };
    let keyword_segments: Vec<&str> = segments[1..segments.len() - 1]
        .iter()
        .copied()
        .filter(|s| is_keyword(&names::module(s)))
        .collect();
    let docs = path
        .find("api-reference/")
        .map_or(path, |i| &path[i..])
        .replace('\\', "/");
    // Type names start from the method's words after the scope and version.
    let prefix: String = segments[1..]
        .iter()
        .filter(|s| !(s.starts_with('v') && s[1..].chars().all(|c| c.is_ascii_digit())))
        .map(|s| s.to_upper_camel_case())
        .collect();
    let last = segments[segments.len() - 1].to_lowercase();
    let idempotent = ["get", "list", "search", "read", "count"]
        .iter()
        .any(|w| last.starts_with(w));
    let mut d = Drafter {
        page,
        known,
        types: Vec::new(),
        enums: Vec::new(),
        subject: subject(&segments, known),
        prefix: prefix.clone(),
        last: last.clone(),
    };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Draft from {docs} by `bitrix24-codegen docs import`.\n\
         # The descriptions are the page's words: rewrite them in your own, and\n\
         # check every line marked `review` against the page before committing."
    );
    let _ = writeln!(out, "method: {method}");
    let _ = writeln!(out, "scope: {scope}");
    if page.rest3() {
        let _ = writeln!(out, "api: v3");
    }
    if let Some(permission) = permission {
        let _ = writeln!(out, "permission: {permission}");
    }
    let _ = writeln!(out, "docs: {docs}");
    if !keyword_segments.is_empty() {
        let renames: Vec<String> = keyword_segments
            .iter()
            .map(|s| format!("{s}: {}", propose::module_name(s)))
            .collect();
        let _ = writeln!(
            out,
            "modules: {{ {} }} # review: a keyword segment needs a module name; use the one other methods under it use",
            renames.join(", ")
        );
    }
    let _ = writeln!(out, "who: {}", q(page.who.as_deref().unwrap_or("TODO")));
    let _ = writeln!(out, "idempotent: {idempotent} # review");
    let _ = writeln!(
        out,
        "summary: {}",
        q(&clean(page.lead.as_deref().unwrap_or("TODO")))
    );
    if let Some(rows) = page.params()
        && rows.iter().any(|r| !r.name.contains('.'))
    {
        out.push_str("\nparams:\n");
        let body = d.body(&prefix, &rows, true, "  ");
        out.push_str(&body);
    }
    out.push_str("\nreturns:\n");
    let rows = page.result().unwrap_or_default();
    match rows.iter().find(|r| r.name == "result") {
        Some(r) => {
            // Fields of `result` only for an object that is never null;
            // `object|null` is drafted as a named type that admits null.
            let object = matches!(r.ty.as_ref().map(PType::non_null).as_deref(), Some([PType::Name(n)]) if n == "object")
                && !r.ty.as_ref().is_some_and(PType::nullable);
            let children = page.result_children(&rows).filter(|c| {
                object && r.entity.is_none() && !c.iter().any(|c| is_key_pattern(&c.name))
            });
            match children {
                Some(children) => {
                    let _ = writeln!(
                        out,
                        "  result:\n    doc: {}\n    fields:",
                        q(&clean(&r.description))
                    );
                    let body = d.body(&prefix, &children, false, "      ");
                    out.push_str(&body);
                }
                None => {
                    let ty = d.ty(&prefix, r, &rows, false);
                    let _ = writeln!(
                        out,
                        "  result:\n    type: {}\n    doc: {}",
                        q(&ty),
                        q(&clean(&r.description))
                    );
                }
            }
        }
        None => out.push_str(
            "  result:\n    type: any # review: the page has no `result` row\n    doc: TODO\n",
        ),
    }
    out.push_str("  time:\n    type: Time\n    doc: How long the call took.\n");
    for name in ["total", "next"] {
        if let Some(r) = rows.iter().find(|r| r.name == name) {
            let _ = writeln!(
                out,
                "  {name}:\n    type: integer\n    doc: {}",
                q(&clean(&r.description))
            );
        }
    }
    // Rows whose code the page says is empty become one entry `""`.
    let mut errors = page.errors();
    errors.extend(page.empty_code_errors());
    let prose = page.prose_errors();
    let statuses = page.error_statuses();
    if !errors.is_empty() || !prose.is_empty() {
        out.push_str("\nerrors:\n");
        let mut variants: Vec<String> = Vec::new();
        for (i, e) in errors.iter().enumerate() {
            // A code listed on several rows (one per message) is one entry.
            if errors[..i].iter().any(|p| p.code == e.code) {
                continue;
            }
            let others: Vec<String> = errors[i + 1..]
                .iter()
                .filter(|o| o.code == e.code)
                .filter_map(|o| o.message.clone())
                .collect();
            let _ = writeln!(out, "  {}:", key(&e.code));
            match (e.status, statuses.as_slice()) {
                (Some(s), _) | (None, &[s]) => {
                    let _ = writeln!(out, "    status: {s}");
                }
                (None, []) => {}
                (None, many) => {
                    let listed: Vec<String> = many.iter().map(u16::to_string).collect();
                    let _ = writeln!(
                        out,
                        "    status: {} # review: the page names {}",
                        many[0],
                        listed.join(", ")
                    );
                }
            }
            let message = e.message.as_deref().unwrap_or(&e.code);
            if e.code.is_empty() {
                let rust = (1..)
                    .map(|n| match n {
                        1 => "Refused".to_owned(),
                        n => format!("Refused{n}"),
                    })
                    .find(|r| !variants.contains(r))
                    .unwrap_or_default();
                let _ = writeln!(
                    out,
                    "    rust: {rust} # review: the empty code gives no variant name"
                );
                variants.push(rust);
            } else if let Some(rust) = propose::rest3_variant(&e.code) {
                let _ = writeln!(out, "    rust: {rust}");
                variants.push(rust.to_owned());
            } else {
                match propose::variant_name(&e.code, message, "Code", &variants) {
                    Some(rust) => {
                        let _ = writeln!(
                            out,
                            "    rust: {rust} # review: `{}` gives no variant name of its own",
                            e.code
                        );
                        variants.push(rust);
                    }
                    None => variants.push(names::variant(&e.code)),
                }
            }
            let _ = writeln!(out, "    message: {}", q(message));
            let mut doc = clean(&e.meaning);
            for other in &others {
                doc.push_str(&format!(" (also sent as \"{other}\")"));
            }
            let _ = writeln!(out, "    doc: {}", q(&doc));
            if system.contains(&e.code) {
                out.push_str(
                    "    shadows_system: true # review: a system code with a meaning of its own\n",
                );
            }
            if e.code.contains("NOT_FOUND")
                || e.code.contains("REQUIRED")
                || e.code.contains("EMPTY")
                || e.code.starts_with("WRONG")
            {
                out.push_str("    retry_safe: true # review: refused before anything was done?\n");
            }
        }
        // Rows whose code cell is prose: the code the portal sends is not
        // on the page, so they are kept as comments for the reviewer.
        for e in &prose {
            let _ = writeln!(
                out,
                "  # review: a row whose code cell is not a code ({}); find the code the portal sends:",
                q(&e.code)
            );
            let _ = writeln!(out, "  # CODE:");
            if let Some(status) = e.status.or(statuses.first().copied()) {
                let _ = writeln!(out, "  #   status: {status}");
            }
            if let Some(message) = &e.message {
                let _ = writeln!(out, "  #   message: {}", q(message));
            }
            let _ = writeln!(out, "  #   doc: {}", q(&clean(&e.meaning)));
        }
    }
    if !d.types.is_empty() {
        out.push_str("\ntypes:\n");
        for (name, doc, body) in &d.types {
            let _ = writeln!(out, "  {name}:\n    doc: {}\n    fields:", q(doc));
            out.push_str(body);
        }
    }
    if !d.enums.is_empty() {
        out.push_str("\nenums:\n");
        for (name, doc, values) in &d.enums {
            let _ = writeln!(out, "  {name}:\n    doc: {}\n    values:", q(doc));
            let mut taken: Vec<String> = Vec::new();
            let mut wires: Vec<&str> = Vec::new();
            for v in values {
                if wires.contains(&v.code.as_str()) {
                    let _ = writeln!(
                        out,
                        "      # review: the page lists {} again: {}",
                        q(&v.code),
                        q(&clean(&v.doc))
                    );
                    continue;
                }
                wires.push(&v.code);
                let doc = clean(&v.doc);
                let (rust, note) = match propose::variant_name(&v.code, &doc, "Value", &taken) {
                    Some(rust) => (
                        format!(", rust: {rust}"),
                        " # review: the value gives no variant name of its own",
                    ),
                    None => (String::new(), ""),
                };
                taken.push(match rust.strip_prefix(", rust: ") {
                    Some(r) => r.to_owned(),
                    None => names::variant(&v.code),
                });
                let _ = writeln!(
                    out,
                    "      - {{ wire: {}, doc: {}{rust} }}{note}",
                    q(&v.code),
                    q(&doc)
                );
            }
        }
    }
    Ok(out)
}

/// The shared type a method is about, when the schema has one named by the
/// method's words between the scope and the action, in any case
/// (`crm.requisite.bankdetail.list` → `RequisiteBankDetail`), or with the
/// scope too (`crm.status.list` → `CrmStatus`).
fn subject(segments: &[&str], known: &Known) -> Option<String> {
    if segments.len() < 3 {
        return None;
    }
    let middle: String = segments[1..segments.len() - 1].concat().to_lowercase();
    let with_scope = format!("{}{middle}", segments[0].to_lowercase());
    [middle, with_scope].iter().find_map(|want| {
        known
            .entities
            .iter()
            .find(|(_, name)| name.to_lowercase() == *want)
            .map(|(_, name)| name.clone())
    })
}

struct Drafter<'a> {
    page: &'a Page,
    known: &'a Known,
    /// The shared type the method lists or reads ([`subject`]).
    subject: Option<String>,
    /// The method's type-name prefix: the top level of params and result.
    prefix: String,
    /// The method's last word, lower case (`list`, `get`).
    last: String,
    /// (name, doc, fields as YAML text)
    types: Vec<(String, String, String)>,
    /// (name, doc, values)
    enums: Vec<(String, String, Vec<Value>)>,
}

impl Drafter<'_> {
    /// The schema type of a row, drafting object types and enums on the way.
    fn ty(&mut self, prefix: &str, r: &Row, siblings: &[Row], input: bool) -> String {
        let Some(pt) = &r.ty else {
            return "any # review: the page gives no type".into();
        };
        if let Some(ty) = self.about_subject(prefix, r, pt, input) {
            return ty;
        }
        let base = self.known_names(&suggest(pt));
        let name = propose::type_name(prefix, &r.name);
        let values = self.page.values(r);
        let is_text =
            matches!(pt.non_null().as_slice(), [PType::Name(n)] if n == "string" || n == "integer");
        if !values.is_empty()
            && is_text
            && let Some(doubt) = propose::doubt_about_values(r, &values)
        {
            let listed: Vec<&str> = values.iter().take(6).map(|v| v.code.as_str()).collect();
            return format!(
                "{base} # review: not drafted as an enum, {doubt} ({}{})",
                listed.join(" "),
                if values.len() > listed.len() {
                    " …"
                } else {
                    ""
                }
            );
        }
        if !values.is_empty() && is_text {
            let name = self.unique(name);
            self.enums
                .push((name.clone(), clean(&r.description), values));
            return if pt.nullable() {
                format!("{name}|null")
            } else {
                name
            };
        }
        if let Some(anchor) = &r.entity {
            // The shared type that describes this entity, under its own name.
            return match self.known.entities.iter().find(|(a, _)| a == anchor) {
                Some((_, name)) => {
                    let page_name = pt
                        .non_null()
                        .first()
                        .map(|t| t.to_string().trim_end_matches("[]").to_owned())
                        .unwrap_or_default();
                    base.replace(&page_name, name)
                }
                None => base,
            };
        }
        let Some(children) = self.page.children(r, siblings) else {
            return base;
        };
        // A map: one row whose name is a key pattern.
        if let [only] = children.as_slice()
            && is_key_pattern(&only.name)
        {
            let inner = self.ty(prefix, only, &children, input);
            return format!("{{{inner}}}");
        }
        let name = self.unique(name);
        // Reserve the name before the children draft theirs.
        self.types
            .push((name.clone(), clean(&r.description), String::new()));
        let body = self.body(&name, &children, input, "      ");
        if let Some(t) = self.types.iter_mut().find(|t| t.0 == name) {
            t.2 = body;
        }
        let members = pt.non_null();
        let ty = match members.as_slice() {
            [PType::Name(n)] if n == "array" => format!("[{name}]"),
            [PType::List(_)] => format!("[{name}]"),
            [_] => name,
            // `object|string`: the object the children describe, or the
            // other shapes the page names.
            many => {
                let mut parts = vec![name];
                for m in many {
                    if !matches!(m, PType::Name(n) if n == "object") {
                        parts.push(suggest(m));
                    }
                }
                self.known_names(&parts.join("|"))
            }
        };
        if pt.nullable() {
            format!("{ty}|null")
        } else {
            ty
        }
    }

    /// A list method's `filter`, `order` and `select` over the type the
    /// method is about, and its list of them as the result (the type for a
    /// `get`), where the page types them loosely (`object`, `array`).
    fn about_subject(&self, prefix: &str, r: &Row, pt: &PType, input: bool) -> Option<String> {
        let subject = self.subject.as_deref()?;
        if prefix != self.prefix {
            return None;
        }
        let loose = |names: &[&str]| matches!(pt.non_null().as_slice(), [PType::Name(n)] if names.contains(&n.as_str()));
        let list = self.last == "list";
        let name = r.name.to_lowercase();
        match (input, name.as_str()) {
            (true, "filter") if list && loose(&["object", "array"]) => {
                Some(format!("filter({subject})"))
            }
            (true, "order") if list && loose(&["object"]) => Some(format!("order({subject})")),
            (true, "select") if list && loose(&["array"]) => Some(format!("select({subject})")),
            (false, "result") if list && loose(&["array"]) => Some(format!("[{subject}]")),
            (false, "result") if self.last == "get" && loose(&["object"]) => {
                Some(subject.to_owned())
            }
            _ => None,
        }
    }

    /// The fields of an object, as YAML entries; nested types are named
    /// after `prefix`. A name the page lists twice at one level is kept
    /// once, the repeat as a comment.
    fn body(&mut self, prefix: &str, children: &[Row], input: bool, indent: &str) -> String {
        let mut body = String::new();
        let mut taken = Vec::new();
        let mut wires: Vec<&str> = Vec::new();
        for c in children.iter().filter(|c| !c.name.contains('.')) {
            if wires.contains(&c.name.as_str()) {
                let _ = writeln!(
                    body,
                    "{indent}# review: the page lists {} again: {}",
                    q(&c.name),
                    q(&clean(&c.description))
                );
                continue;
            }
            wires.push(&c.name);
            let ty = self.ty(prefix, c, children, input);
            field(&mut body, indent, c, &ty, input, &mut taken);
        }
        body
    }

    /// A type expression with every name it uses known: a built-in written
    /// in another case (`Object`) in lower case, an entity no schema type
    /// describes as `object`, a name that is no identifier (`Y/N`) as `any`,
    /// with a review mark saying so.
    fn known_names(&self, ty: &str) -> String {
        const BUILT_IN: &[&str] = &[
            "integer",
            "double",
            "string",
            "boolean",
            "file",
            "object",
            "any",
            "null",
            "date",
            "datetime",
            "file_data",
            "file_pair",
        ];
        let mut out = String::new();
        let mut notes: Vec<String> = Vec::new();
        for piece in ty.split_inclusive(['|', '[', ']', '{', '}']) {
            let (name, sep) = match piece.char_indices().last() {
                Some((i, c)) if "|[]{}".contains(c) => (&piece[..i], &piece[i..]),
                _ => (piece, ""),
            };
            let name = name.trim();
            let known = name.is_empty()
                || BUILT_IN.contains(&name)
                || name == "Time"
                || self.known.entities.iter().any(|(_, n)| n == name)
                || self.types.iter().any(|t| t.0 == name)
                || self.enums.iter().any(|e| e.0 == name);
            if known {
                out.push_str(name);
            } else if BUILT_IN.contains(&name.to_lowercase().as_str()) {
                out.push_str(&name.to_lowercase());
            } else if name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                notes.push(format!("the page's type `{name}` is no schema type"));
                out.push_str("object");
            } else {
                notes.push(format!("the page's type `{name}` is no type name"));
                out.push_str("any");
            }
            out.push_str(sep);
        }
        if notes.is_empty() {
            out
        } else {
            format!("{out} # review: {}", notes.join("; "))
        }
    }

    fn unique(&self, name: String) -> String {
        let taken =
            |n: &str| self.types.iter().any(|t| t.0 == n) || self.enums.iter().any(|e| e.0 == n);
        if !taken(&name) {
            return name;
        }
        (2..)
            .map(|i| format!("{name}{i}"))
            .find(|n| !taken(n))
            .expect("a free name")
    }
}

/// Writes one param or field entry; commented out, with a review mark, when
/// its name is a pattern or a phrase (`items[]`, `UF_*`, a sentence) that
/// `check` refuses as a field name.
fn field(out: &mut String, indent: &str, r: &Row, ty: &str, input: bool, taken: &mut Vec<String>) {
    if crate::lint::is_pattern(&r.name) {
        let _ = writeln!(
            out,
            "{indent}# review: `{}` names no single field (a pattern or a phrase); an object keeps such fields in `extra`, read by name",
            r.name
        );
        let mut entry = String::new();
        field_entry(&mut entry, "", r, ty, input, taken);
        for line in entry.lines() {
            let _ = writeln!(out, "{indent}# {line}");
        }
        return;
    }
    field_entry(out, indent, r, ty, input, taken);
}

fn field_entry(
    out: &mut String,
    indent: &str,
    r: &Row,
    ty: &str,
    input: bool,
    taken: &mut Vec<String>,
) {
    let (ty, comment) = match ty.split_once(" # ") {
        Some((t, c)) => (t.to_owned(), format!(" # {c}")),
        None => (ty.to_owned(), String::new()),
    };
    let _ = writeln!(out, "{indent}{}:", key(&r.name));
    let _ = writeln!(out, "{indent}  type: {}{comment}", q(&ty));
    if r.required && input {
        if propose::conditional_requirement(&r.description) {
            let _ = writeln!(
                out,
                "{indent}  # review: marked required, but the page names a condition; `required_unless`?"
            );
        } else {
            let _ = writeln!(out, "{indent}  required: true");
        }
    }
    let snake = names::field(&r.name);
    let rust = propose::field_name(&r.name, taken);
    taken.push(rust.clone());
    if rust != snake {
        let _ = writeln!(
            out,
            "{indent}  rust: {rust} # review: `{}` gives no usable name",
            r.name
        );
    }
    if r.name.to_lowercase().contains("token") {
        let _ = writeln!(out, "{indent}  secret: true # review");
    }
    let _ = writeln!(out, "{indent}  doc: {}", q(&clean(&r.description)));
}

/// Whether a row name is a key pattern (`upload{id}`, `<код_поля>`): the
/// object it belongs to is a map.
fn is_key_pattern(name: &str) -> bool {
    let name = name.trim_matches('`');
    name.contains('{') || (name.starts_with('<') && name.ends_with('>'))
}

/// A mapping key as YAML reads it back: quoted unless it is a plain word
/// (a number, `0x1f`, `true`, `null`… would be read as another type).
fn key(name: &str) -> String {
    if name.is_empty() {
        return q(name);
    }
    let lower = name.to_lowercase();
    let other_type = name.starts_with(|c: char| c.is_ascii_digit())
        || ["true", "false", "null", "yes", "no", "on", "off", "y", "n"].contains(&lower.as_str());
    if !other_type && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        name.to_owned()
    } else {
        q(name)
    }
}

/// A double-quoted YAML string.
fn q(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The first paragraph of a description, with links reduced to their text
/// and notes dropped, on one line.
fn clean(text: &str) -> String {
    let mut lines = Vec::new();
    let mut in_note = false;
    for line in text.lines() {
        let t = line.trim();
        if t.starts_with("{%") {
            in_note = t.contains("note") && !t.contains("endnote");
            continue;
        }
        if in_note {
            continue;
        }
        if t.is_empty() || t.starts_with("- ") || t.starts_with("#|") || t.starts_with("```") {
            if !lines.is_empty() {
                break;
            }
            continue;
        }
        lines.push(t.to_owned());
    }
    let joined = lines.join(" ");
    // `[text](target)` → `text`
    let mut out = String::new();
    let mut rest = joined.as_str();
    while let Some(open) = rest.find('[') {
        let Some(mid) = rest[open..].find("](") else {
            break;
        };
        let Some(close) = rest[open + mid..].find(')') else {
            break;
        };
        out.push_str(&rest[..open]);
        out.push_str(&rest[open + 1..open + mid]);
        rest = &rest[open + mid + close + 1..];
    }
    out.push_str(rest);
    let out = out.replace("\\|", "|");
    let out = ["(detailed description)", "(подробное описание)"]
        .iter()
        .fold(out, |acc, noise| acc.replace(noise, ""));
    out.trim().trim_end_matches(':').trim().to_owned()
}
