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
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;
use std::collections::BTreeMap;

/// Emits the whole schema.
pub fn emit(schema: &Schema) -> TokenStream {
    let mut modules: BTreeMap<Vec<String>, Vec<TokenStream>> = BTreeMap::new();
    let mut prefixes: BTreeMap<Vec<String>, String> = BTreeMap::new();
    modules.entry(vec![]).or_default();
    for t in &schema.types {
        modules
            .entry(t.module.clone())
            .or_default()
            .push(emit_type(t, schema));
    }
    modules
        .entry(vec![])
        .or_default()
        .push(emit_system_errors(&schema.system_errors));
    for m in &schema.methods {
        let segments: Vec<&str> = m.wire.split('.').collect();
        for depth in 1..=m.module.len() {
            prefixes
                .entry(m.module[..depth].to_vec())
                .or_insert_with(|| segments[..depth].join("."));
        }
        modules
            .entry(m.module.clone())
            .or_default()
            .push(emit_method(m, schema));
    }
    let infos = schema.methods.iter().map(|m| {
        let path = module_path(&m.module);
        let info = info_ident(m);
        quote! { &#path::#info }
    });
    modules.entry(vec![]).or_default().push(quote! {
        /// Every method of the scopes this build includes (one cargo feature per
        /// scope; `build.rs` generates only the enabled scopes), sorted by wire
        /// name: what the CLI and the emulator read to know each method's
        /// params and errors.
        pub static METHODS: &[&crate::schema::MethodInfo] = &[#(#infos),*];
    });
    events::emit_events(schema, &mut modules);
    render_module(&[], &modules, &prefixes)
}

fn render_module(
    path: &[String],
    modules: &BTreeMap<Vec<String>, Vec<TokenStream>>,
    prefixes: &BTreeMap<Vec<String>, String>,
) -> TokenStream {
    let items = modules.get(path).cloned().unwrap_or_default();
    let children: Vec<TokenStream> = modules
        .keys()
        .filter(|k| k.len() == path.len() + 1 && k.starts_with(path))
        .map(|child| {
            let name = ident(&child[child.len() - 1]);
            let doc = match (child.len(), prefixes.get(child)) {
                (1, _) => format!(
                    "Methods and types of the `{0}` scope.\n\nNeeds the cargo feature `{0}`.",
                    child[0]
                ),
                (_, Some(prefix)) => format!("The `{prefix}.*` methods."),
                (_, None) => format!("Types of `{}`.", child.join("::")),
            };
            let doc = doc_attrs(&doc);
            let body = render_module(child, modules, prefixes);
            let gate = scope_gate(child);
            quote! {
                #doc
                #gate
                pub mod #name {
                    #body
                }
            }
        })
        .collect();
    // Intermediate modules with no items still need to exist for their children.
    let missing: Vec<TokenStream> = modules
        .keys()
        .filter(|k| k.len() > path.len() + 1 && k.starts_with(path))
        .map(|k| k[..path.len() + 1].to_vec())
        .filter(|k| !modules.contains_key(k))
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .map(|child| {
            let name = ident(&child[child.len() - 1]);
            let doc = doc_attrs(&match prefixes.get(&child) {
                Some(prefix) => format!("The `{prefix}.*` methods."),
                None => format!(
                    "Methods and types of the `{0}` scope.\n\nNeeds the cargo feature `{0}`.",
                    child[0]
                ),
            });
            let mut with_child = modules.clone();
            with_child.insert(child.clone(), vec![]);
            let body = render_module(&child, &with_child, prefixes);
            let gate = scope_gate(&child);
            quote! {
                #doc
                #gate
                pub mod #name {
                    #body
                }
            }
        })
        .collect();
    quote! {
        #(#items)*
        #(#missing)*
        #(#children)*
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
        TypeBody::Object(fields) => emit_object(&t.name, &doc, fields, t.input, schema),
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
        Ty::Object => quote!(serde_json::Map<String, serde_json::Value>),
        Ty::Any | Ty::Union(_) => quote!(serde_json::Value),
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
            quote!(#[doc = #line])
        });
        return quote!(#(#lines)*);
    }
    // One attribute, with a space before its text as `///` would give (the
    // method table's rows trim it); the pretty-printed copy gives each line
    // its own `///` and space (`line_docs`).
    let doc = format!(" {}", lines.collect::<Vec<_>>().join("\n"));
    quote!(#[doc = #doc])
}

fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}
