//! Emission: the model as Rust tokens, with `quote`.
//!
//! The output is one token stream holding a module per scope (`im`, `imbot`)
//! with a submodule per method group (`im::chat`), the shared types at the root,
//! and the method table. It refers to the hand-written runtime by `crate::`
//! paths: `Method`, `MethodError`, `Secret` and the `schema` info structs.
//!
//! Each shape has a module of its own (`objects`, `enums`, `links`,
//! `methods`, `errors`, and `info` for the method table); this one holds the
//! module tree and the helpers they share (Rust types, docs, identifiers).

mod enums;
mod errors;
mod events;
mod info;
mod links;
pub(crate) mod lit;
mod methods;
mod objects;

use crate::desc::AuthMode;
use crate::model::{Schema, Ty, TypeBody, TypeDef, TypeRef};
use enums::emit_enum;
use errors::emit_system_errors;
use info::info_ident;
use links::emit_link;
use methods::emit_method;
use objects::emit_object;
use proc_macro2::{Delimiter, Group, Ident, Span, TokenStream, TokenTree};
use quote::quote;
use std::collections::BTreeMap;

/// One item of the output, before it is emitted.
#[derive(Clone, Copy)]
enum Item {
    /// `schema.types[i]`.
    Type(usize),
    /// The system error enum, at the root.
    SystemErrors,
    /// `schema.methods[i]`.
    Method(usize),
    /// The `METHODS` table, at the root.
    Table,
    /// The `Event` enum of the scope of `schema.events[i]`, the scope's
    /// first event, in its scope module.
    Events(usize),
    /// The `EVENTS` table, at the root.
    EventTable,
}

/// Where every item goes: the items of each module, in output order, and the
/// doc of each method module ("The `im.chat.*` methods." for `im::chat`).
struct Plan {
    modules: BTreeMap<Vec<String>, Vec<Item>>,
    prefixes: BTreeMap<Vec<String>, String>,
}

impl Plan {
    fn new(schema: &Schema) -> Plan {
        let mut modules: BTreeMap<Vec<String>, Vec<Item>> = BTreeMap::new();
        let mut prefixes: BTreeMap<Vec<String>, String> = BTreeMap::new();
        modules.entry(vec![]).or_default();
        for (i, t) in schema.types.iter().enumerate() {
            modules
                .entry(t.module.clone())
                .or_default()
                .push(Item::Type(i));
        }
        modules.entry(vec![]).or_default().push(Item::SystemErrors);
        for (i, m) in schema.methods.iter().enumerate() {
            let segments: Vec<&str> = m.wire.split('.').collect();
            let v3 = m.api == crate::desc::Api::V3;
            for depth in 1..=m.module.len() {
                let doc = match (v3, depth) {
                    (true, 2) => format!(
                        "The REST 3.0 methods of `{}.*`, sent to `/rest/api/`.",
                        segments[0]
                    ),
                    // Below `v3`, one module segment more than the wire name.
                    (true, d) if d > 2 => {
                        format!("The REST 3.0 `{}.*` methods.", segments[..d - 1].join("."))
                    }
                    _ => format!("The `{}.*` methods.", segments[..depth].join(".")),
                };
                prefixes.entry(m.module[..depth].to_vec()).or_insert(doc);
            }
            modules
                .entry(m.module.clone())
                .or_default()
                .push(Item::Method(i));
        }
        modules.entry(vec![]).or_default().push(Item::Table);
        for first in events::first_of_each_scope(schema) {
            modules
                .entry(vec![schema.events[first].scope.clone()])
                .or_default()
                .push(Item::Events(first));
        }
        modules.entry(vec![]).or_default().push(Item::EventTable);
        Plan { modules, prefixes }
    }

    /// Every item, module by module (the index [`render_module`] takes
    /// them by).
    fn items(&self) -> Vec<Item> {
        self.modules.values().flatten().copied().collect()
    }

    /// Where each module's items start in [`Plan::items`].
    fn starts(&self) -> BTreeMap<&[String], usize> {
        let mut at = 0;
        self.modules
            .iter()
            .map(|(k, v)| {
                let start = at;
                at += v.len();
                (k.as_slice(), start)
            })
            .collect()
    }
}

/// The tokens of one item.
fn emit_item(item: Item, schema: &Schema) -> TokenStream {
    match item {
        Item::Type(i) => emit_type(&schema.types[i], schema),
        Item::SystemErrors => emit_system_errors(&schema.system_errors),
        Item::Method(i) => emit_method(&schema.methods[i], schema),
        Item::Table => {
            let infos = schema.methods.iter().map(|m| {
                let path = module_path(&m.module);
                let info = info_ident(m);
                quote! { &#path::#info }
            });
            quote! {
                /// Every method of the scopes this build includes (one cargo feature per
                /// scope; `build.rs` generates only the enabled scopes), sorted by wire
                /// name: what the CLI and the emulator read to know each method's
                /// params and errors.
                pub static METHODS: &[&crate::schema::MethodInfo] = &[#(#infos),*];
            }
        }
        Item::Events(first) => events::emit_scope_enum(schema, &schema.events[first].scope),
        Item::EventTable => events::emit_table(schema),
    }
}

/// Emits the whole schema as one token stream (what [`crate::format`]
/// pretty-prints for `generated/`).
pub fn emit(schema: &Schema) -> TokenStream {
    let plan = Plan::new(schema);
    let mut items: Vec<Option<TokenStream>> = plan
        .items()
        .into_iter()
        .map(|item| Some(emit_item(item, schema)))
        .collect();
    render_module(&[], &plan, &plan.starts(), &mut items, &mut Tokens)
}

/// Emits the whole schema as the compact text [`crate::render_owned`] makes
/// of [`emit`]'s tokens, byte for byte: what `build.rs` writes. The items are
/// emitted and rendered on up to `threads` threads (token streams cannot
/// cross threads, their text can), then put in their modules in order.
pub fn emit_text(schema: &Schema, threads: usize) -> String {
    let plan = Plan::new(schema);
    let items = plan.items();
    let mut texts: Vec<Option<String>> = render_items(&items, schema, threads)
        .into_iter()
        .map(Some)
        .collect();
    render_module(&[], &plan, &plan.starts(), &mut texts, &mut Text)
}

/// The text of each item, in order. Methods weigh about ten times a type, so
/// the items are split into runs of about equal weight, one a thread.
fn render_items(items: &[Item], schema: &Schema, threads: usize) -> Vec<String> {
    let render = |run: &[Item]| -> Vec<String> {
        run.iter()
            .map(|&item| {
                let (tokens, literals) = lit::with_table(|| emit_item(item, schema));
                crate::render_with(tokens, &literals)
            })
            .collect()
    };
    let weight = |item: &Item| match item {
        Item::Method(_) | Item::Table | Item::EventTable => 10,
        Item::Type(_) | Item::SystemErrors | Item::Events(_) => 1,
    };
    let total: usize = items.iter().map(weight).sum();
    let threads = threads.clamp(1, 8);
    if threads == 1 || items.len() < 2 * threads {
        return render(items);
    }
    let mut runs = Vec::with_capacity(threads);
    let (mut start, mut acc) = (0, 0);
    for (i, item) in items.iter().enumerate() {
        acc += weight(item);
        if acc * threads >= total * (runs.len() + 1) && runs.len() + 1 < threads {
            runs.push(&items[start..=i]);
            start = i + 1;
        }
    }
    runs.push(&items[start..]);
    std::thread::scope(|s| {
        let handles: Vec<_> = runs[1..]
            .iter()
            .map(|run| s.spawn(move || render(run)))
            .collect();
        let mut out = render(runs[0]);
        for h in handles {
            // A panic in a worker is a bug of the generator; pass it on.
            out.extend(h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)));
        }
        out
    })
}

/// How [`render_module`] puts modules together: as tokens or as text.
trait Sink {
    type Out;
    /// Items, missing modules and child modules, in this order.
    fn concat(&mut self, parts: Vec<Self::Out>) -> Self::Out;
    /// `#doc #gate pub mod #name { #body }`.
    fn module(&mut self, head: TokenStream, body: Self::Out) -> Self::Out;
}

struct Tokens;

impl Sink for Tokens {
    type Out = TokenStream;
    fn concat(&mut self, parts: Vec<TokenStream>) -> TokenStream {
        parts.into_iter().collect()
    }
    fn module(&mut self, head: TokenStream, body: TokenStream) -> TokenStream {
        quote! { #head { #body } }
    }
}

/// Text, as `render_owned` writes it.
struct Text;

impl Sink for Text {
    type Out = String;
    fn concat(&mut self, parts: Vec<String>) -> String {
        parts.concat()
    }
    fn module(&mut self, head: TokenStream, body: String) -> String {
        // Every item ends with `}` or `;`, so the renderer's state at a
        // module's start and end is the same as in one stream.
        let mut out = crate::render_owned(head);
        out.reserve(body.len() + 4);
        out.push_str("{\n");
        out.push_str(&body);
        out.push_str("}\n");
        out
    }
}

/// A module's items, then its child modules: those without items of their
/// own first, then the others, each in name order.
fn render_module<S: Sink>(
    path: &[String],
    plan: &Plan,
    starts: &BTreeMap<&[String], usize>,
    items: &mut [Option<S::Out>],
    sink: &mut S,
) -> S::Out {
    let own = plan.modules.get(path).map_or(0, Vec::len);
    let start = starts.get(path).copied().unwrap_or(0);
    let mut parts: Vec<S::Out> = items[start..start + own]
        .iter_mut()
        .filter_map(Option::take)
        .collect();
    // Intermediate modules with no items still need to exist for their
    // children; they come before the modules with items.
    let children: Vec<&Vec<String>> = plan
        .modules
        .keys()
        .filter(|k| k.len() == path.len() + 1 && k.starts_with(path))
        .collect();
    let missing: std::collections::BTreeSet<Vec<String>> = plan
        .modules
        .keys()
        .filter(|k| k.len() > path.len() + 1 && k.starts_with(path))
        .map(|k| k[..path.len() + 1].to_vec())
        .filter(|k| !plan.modules.contains_key(k))
        .collect();
    for child in &missing {
        let doc = match plan.prefixes.get(child) {
            Some(doc) => doc.clone(),
            None => format!(
                "Methods and types of the `{0}` scope.\n\nNeeds the cargo feature `{0}`.",
                child[0]
            ),
        };
        let body = render_module(child, plan, starts, items, sink);
        parts.push(sink.module(module_head(child, &doc), body));
    }
    for child in children {
        let doc = match (child.len(), plan.prefixes.get(child)) {
            (1, _) => format!(
                "Methods and types of the `{0}` scope.\n\nNeeds the cargo feature `{0}`.",
                child[0]
            ),
            (_, Some(doc)) => doc.clone(),
            (_, None) => format!("Types of `{}`.", child.join("::")),
        };
        let body = render_module(child, plan, starts, items, sink);
        parts.push(sink.module(module_head(child, &doc), body));
    }
    sink.concat(parts)
}

/// `#doc #gate pub mod #name`.
fn module_head(module: &[String], doc: &str) -> TokenStream {
    let name = ident(&module[module.len() - 1]);
    let doc = doc_attrs(doc);
    let gate = scope_gate(module);
    // `tasks.flow.Flow.add` is `tasks::flow::flow::Add`: the wire name's
    // path, which clippy would rather see renamed.
    let inception = match module {
        [.., parent, last] if parent == last => quote!(#[allow(clippy::module_inception)]),
        _ => quote!(),
    };
    quote! {
        #doc
        #gate
        #inception
        pub mod #name
    }
}

/// Marks a scope module (a module right under the crate root) with its cargo
/// feature in the documentation (docs.rs builds with `--cfg docsrs`). No
/// `#[cfg]` is needed: `build.rs` generates only the enabled scopes.
fn scope_gate(module: &[String]) -> TokenStream {
    match module {
        [scope] => quote!(#[cfg_attr(docsrs, doc(cfg(feature = #scope)))]),
        _ => quote!(),
    }
}

fn emit_type(t: &TypeDef, schema: &Schema) -> TokenStream {
    let doc = match &t.docs_url {
        Some(url) => with_link(&t.doc, url),
        None => t.doc.clone(),
    };
    match &t.body {
        TypeBody::Object(fields) => emit_object(&t.name, &doc, fields, (t.input, t.listed), schema),
        TypeBody::Enum(e) => emit_enum(&t.name, &doc, e),
        TypeBody::Link(l) => emit_link(&t.name, &doc, l),
    }
}

/// A doc text with the documentation page's link as its last paragraph.
fn with_link(doc: &str, url: &str) -> String {
    format!("{}\n\nDocumentation: <{url}>", doc.trim_end())
}

fn wrap_option(t: TokenStream) -> TokenStream {
    quote!(Option<#t>)
}

fn rust_type(ty: &Ty) -> TokenStream {
    match ty {
        Ty::Integer => quote!(i64),
        Ty::Double => quote!(f64),
        Ty::String => quote!(String),
        Ty::Boolean => quote!(bool),
        Ty::Date => quote!(crate::Date),
        Ty::DateTime => quote!(crate::DateTime),
        Ty::FileData => quote!(crate::FileData),
        Ty::FilePair => quote!(crate::FilePair),
        Ty::Object => quote!(serde_json::Map<String, serde_json::Value>),
        Ty::Pagination => quote!(crate::Pagination),
        Ty::Any | Ty::Union(_) => quote!(serde_json::Value),
        Ty::Over(param, r) => {
            let target = type_path(r);
            match param {
                crate::typeref::ListParam::Filter => quote!(crate::Filter<#target>),
                crate::typeref::ListParam::Order => quote!(crate::Order<#target>),
                crate::typeref::ListParam::Select => quote!(crate::Select<#target>),
                crate::typeref::ListParam::Conditions => quote!(crate::Conditions<#target>),
            }
        }
        Ty::Named(r) => type_path(r),
        Ty::List(inner) => {
            let inner = rust_type(inner);
            quote!(Vec<#inner>)
        }
        Ty::Map(inner) => {
            let inner = rust_type(inner);
            quote!(std::collections::BTreeMap<String, #inner>)
        }
        Ty::Nullable(inner) => wrap_option(rust_type(inner)),
        Ty::OrFalse(inner) => {
            let inner = rust_type(inner);
            quote!(crate::OrFalse<#inner>)
        }
    }
}

fn type_path(r: &TypeRef) -> TokenStream {
    let module = module_path(&r.module);
    let name = ident(&r.name);
    quote!(#module::#name)
}

fn module_path(module: &[String]) -> TokenStream {
    let parts = module.iter().map(|m| ident(m));
    quote!(crate #(::#parts)*)
}

fn auth_name(mode: AuthMode) -> &'static str {
    match mode {
        AuthMode::Webhook => "webhook",
        AuthMode::Oauth => "OAuth",
    }
}

fn first_sentence(text: &str) -> String {
    let line = text.trim().lines().next().unwrap_or_default();
    line.to_owned()
}

/// One `#[doc]` attribute holding every line, each led by a space as a `///`
/// comment's would be. (The checked-in copy prints it as `///` lines; see
/// `crate::format`.) A text holding `*/`, which prettyplease cannot print as
/// a block comment, gets an attribute a line.
fn doc_attrs(text: &str) -> TokenStream {
    let lines = text.trim().lines().map(str::trim_end);
    if text.contains("*/") {
        let lines = lines.map(|line| {
            let line = if line.is_empty() {
                String::new()
            } else {
                format!(" {line}")
            };
            let line = lit::str_lit(&line);
            quote!(#[doc = #line])
        });
        return quote!(#(#lines)*);
    }
    // One attribute, with a space before its text as `///` would give (the
    // method table's rows trim it); the pretty-printed copy gives each line
    // its own `///` and space (`line_docs`).
    let doc = lit::str_lit(&format!(" {}", lines.collect::<Vec<_>>().join("\n")));
    quote!(#[doc = #doc])
}

fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// The parts in a group (`{ .. }`, `[ .. ]`), joined by value. Interpolating
/// a stream (`{ #(#parts)* }`) copies its tokens, identifiers' text
/// included; a group is shared, so building the large ones from parts the
/// emitter owns and interpolating the group costs no copy.
fn group(delimiter: Delimiter, parts: impl IntoIterator<Item = TokenStream>) -> Group {
    Group::new(delimiter, parts.into_iter().collect())
}

/// `path! { body }` from an owned body, then the items that follow it.
fn macro_call(
    path: TokenStream,
    body: TokenStream,
    after: impl IntoIterator<Item = TokenStream>,
) -> TokenStream {
    let mut out = path;
    out.extend([TokenTree::Group(Group::new(Delimiter::Brace, body))]);
    out.extend(after);
    out
}
