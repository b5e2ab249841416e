//! Emission: the model as Rust tokens, with `quote`.
//!
//! The output is one token stream holding a module per scope (`im`, `imbot`)
//! with a submodule per method group (`im::chat`), the shared types at the root,
//! and the method table. It refers to the hand-written runtime by `crate::`
//! paths: `Method`, `MethodError`, `Secret` and the `schema` info structs.

use crate::desc::{AuthMode, Unlisted};
use crate::model::{
    EnumDef, ErrorCode, Field, FormatPart, Joined, LinkDef, Method, ResultBody, Schema, Ty,
    TypeBody, TypeDef, TypeRef,
};
use heck::ToShoutySnakeCase;
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote};
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
            .push(emit_type(t));
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

fn emit_type(t: &TypeDef) -> TokenStream {
    let doc = match &t.docs_url {
        Some(url) => with_link(&t.doc, url),
        None => t.doc.clone(),
    };
    match &t.body {
        TypeBody::Object(fields) => emit_object(&t.name, &doc, fields, t.input),
        TypeBody::Enum(e) => emit_enum(&t.name, &doc, e),
        TypeBody::Link(l) => emit_link(&t.name, &doc, l),
    }
}

/// A doc text with the documentation page's link as its last paragraph.
fn with_link(doc: &str, url: &str) -> String {
    format!("{}\n\nDocumentation: <{url}>", doc.trim_end())
}

/// An object type, through the runtime's `object!` (`src/macros.rs`): public
/// fields, `Deserialize`, a `Serialize` that skips absent fields and uses
/// each field's wire spelling, and, for types a request carries, a
/// constructor and setters.
fn emit_object(name: &str, doc: &str, fields: &[Field], input: bool) -> TokenStream {
    let ty = ident(name);
    let doc = doc_attrs(doc);
    let decls = fields.iter().map(|f| field_decl(f, input));
    let default = derive_default(fields);
    let new = if input {
        let new = emit_new(fields, true);
        quote!(impl #ty { #new })
    } else {
        quote!()
    };
    quote! {
        crate::macros::object! {
            #doc
            #[object]
            #default
            pub struct #ty {
                #(#decls)*
            }
            #new
        }
    }
}

/// `#[derive(Default)]` for a type whose fields are all optional.
fn derive_default(fields: &[Field]) -> TokenStream {
    if fields.iter().any(|f| f.required) {
        quote!()
    } else {
        quote!(#[derive(Default)])
    }
}

/// A field as the input of `object!` and `request!`: its docs,
/// `#[param(wire, send, set)]`, its serde attributes and the field.
fn field_decl(f: &Field, input: bool) -> TokenStream {
    let name = ident(&f.rust);
    let wire = &f.wire;
    let ty = field_type(f, input);
    let doc = doc_attrs(&field_doc(f));
    let send = send_mode(f, input);
    let set = if input && !f.required && !f.joined {
        set_mode(f)
    } else {
        quote!(none)
    };
    let mut attrs = Vec::new();
    // Responses name it `response_wire` (requests, which the emulator
    // reads, by the wire name `object!` gives serde).
    if let Some(response) = &f.response_wire {
        attrs.push(quote!(alias = #response));
    }
    // Numbers sent as strings, `""` for none, `[]` for `{}`: see `src/de.rs`.
    if lenient(&f.ty) {
        if !f.required || matches!(f.ty, Ty::Nullable(_)) {
            attrs.push(quote!(default));
        }
        attrs.push(quote!(deserialize_with = "crate::de::lax"));
    }
    let serde = (!attrs.is_empty()).then(|| quote!(#[serde(#(#attrs),*)]));
    quote! {
        #doc
        #[param(#wire, #send, #set)]
        #serde
        pub #name: #ty,
    }
}

/// How `entry!` sends a field: `req` or `opt`, with the enum spelling it
/// uses when that is not the first, `_null` when it may be sent as `null`.
fn send_mode(f: &Field, input: bool) -> TokenStream {
    let base = if f.required { "req" } else { "opt" };
    match &f.spelling {
        Some((i, spelling)) if *i > 0 => {
            let nullable = matches!(f.ty, Ty::Nullable(_));
            let maybe_null = nullable && (f.required || sends_null(f, input));
            let mode = ident(&format!("{base}{}", if maybe_null { "_null" } else { "" }));
            let accessor = ident(spelling);
            quote!(#mode(#accessor))
        }
        _ => {
            let mode = ident(base);
            quote!(#mode)
        }
    }
}

/// Which `setter!` sets an optional input field: by the argument it takes.
fn set_mode(f: &Field) -> TokenStream {
    match &f.ty {
        // `null` is a value to send: the argument is an `Option` of a
        // concrete type, so that `None` needs no annotation.
        Ty::Nullable(inner) => {
            let inner = rust_type(inner);
            quote!(null(#inner))
        }
        _ if f.secret => quote!(into(crate::Secret)),
        Ty::String => quote!(into(String)),
        Ty::List(inner) if **inner == Ty::String => quote!(strings),
        Ty::List(inner) => {
            let inner = rust_type(inner);
            quote!(iter(#inner))
        }
        Ty::Map(inner) => {
            let inner = rust_type(inner);
            quote!(map(#inner))
        }
        other => {
            let ty = rust_type(other);
            quote!(plain(#ty))
        }
    }
}

/// Whether a field's type holds a number, an object or a map, which the
/// portal may send in a looser shape than its page shows.
fn lenient(ty: &Ty) -> bool {
    match ty {
        Ty::Integer | Ty::Double | Ty::Object | Ty::Map(_) => true,
        Ty::Named(r) => r.kind == crate::model::Kind::Object,
        Ty::List(inner) | Ty::Nullable(inner) | Ty::OrFalse(inner) => lenient(inner),
        Ty::String | Ty::Boolean | Ty::Any => false,
    }
}

/// A field's docs: its description, then a paragraph of notes (its name in
/// responses, default, when it is required, what the portal does with an
/// unlisted value). `object!` and `request!` add the wire name last.
fn field_doc(f: &Field) -> String {
    let mut notes = Vec::new();
    if let Some(response) = &f.response_wire {
        notes.push(format!("In responses: `{response}`."));
    }
    if let Some(d) = &f.default {
        notes.push(format!("Default: `{d}`."));
    }
    if let Some(mode) = f.required_with {
        notes.push(format!("Required with {} auth.", auth_name(mode)));
    }
    if !f.required_unless.is_empty() {
        let others: Vec<String> = f.required_unless.iter().map(|w| format!("`{w}`")).collect();
        notes.push(format!("Required unless {} is given.", others.join(" or ")));
    }
    match f.unlisted {
        Unlisted::Refused => {}
        Unlisted::Accepted => notes.push(
            "Values beyond the listed ones are accepted too: send one with `from_wire`.".into(),
        ),
        Unlisted::Replaced => {
            notes.push("A value outside the list is replaced by one the portal picks.".into())
        }
    }
    let mut doc = f.doc.trim().to_owned();
    if !notes.is_empty() {
        doc.push_str("\n\n");
        doc.push_str(&notes.join(" "));
    }
    doc
}

/// Whether a field is an optional input that may also be sent as `null`
/// (`T|null`, not required, in a request): it is `Option<Option<T>>`, where
/// `Some(None)` sends `null` and `None` leaves the field out.
fn sends_null(f: &Field, input: bool) -> bool {
    input && !f.required && matches!(f.ty, Ty::Nullable(_))
}

fn field_type(f: &Field, input: bool) -> TokenStream {
    let inner = match (&f.ty, f.secret) {
        (Ty::Nullable(inner), _) if sends_null(f, input) => {
            return wrap_option(wrap_option(rust_type(inner)));
        }
        (Ty::Nullable(inner), _) => return wrap_option(rust_type(inner)),
        (_, true) => quote!(crate::Secret),
        (ty, false) => rust_type(ty),
    };
    if f.required {
        inner
    } else {
        wrap_option(inner)
    }
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
        Ty::Any => quote!(serde_json::Value),
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

/// The argument type a setter or constructor takes, and how to store it.
fn setter_arg(f: &Field) -> (TokenStream, TokenStream) {
    let name = ident(&f.rust);
    let ty = match &f.ty {
        // `null` is a value to send: the argument is an `Option` of a
        // concrete type, so that `None` needs no annotation.
        Ty::Nullable(inner) => {
            let inner = rust_type(inner);
            return (quote!(Option<#inner>), quote!(#name));
        }
        other => other,
    };
    match ty {
        _ if f.secret => (quote!(impl Into<crate::Secret>), quote!(#name.into())),
        Ty::String => (quote!(impl Into<String>), quote!(#name.into())),
        Ty::List(inner) if **inner == Ty::String => (
            quote!(impl IntoIterator<Item = impl Into<String>>),
            quote!(#name.into_iter().map(Into::into).collect()),
        ),
        Ty::List(inner) => {
            let inner = rust_type(inner);
            (
                quote!(impl IntoIterator<Item = #inner>),
                quote!(#name.into_iter().collect()),
            )
        }
        Ty::Map(inner) => {
            let inner = rust_type(inner);
            (
                quote!(impl IntoIterator<Item = (impl Into<String>, #inner)>),
                quote!(#name.into_iter().map(|(key, value)| (key.into(), value)).collect()),
            )
        }
        other => (rust_type(other), quote!(#name)),
    }
}

/// `new()`: required fields are its arguments, so leaving one out does not compile.
fn emit_new(fields: &[Field], extra: bool) -> TokenStream {
    let required: Vec<&Field> = fields.iter().filter(|f| f.required).collect();
    let args = required.iter().map(|f| {
        let name = ident(&f.rust);
        let (arg, _) = setter_arg(f);
        quote!(#name: #arg)
    });
    let inits = fields.iter().map(|f| {
        let name = ident(&f.rust);
        if f.required {
            let (_, store) = setter_arg(f);
            if store.to_string() == f.rust {
                quote!(#name)
            } else {
                quote!(#name: #store)
            }
        } else {
            quote!(#name: None)
        }
    });
    let extra_init = if extra {
        quote!(extra: serde_json::Map::new(),)
    } else {
        quote!()
    };
    let mut doc = if required.is_empty() {
        "Starts with every parameter unset.".to_owned()
    } else {
        "Starts with the required parameters; the rest are set with the methods below.\n".to_owned()
    };
    for f in &required {
        doc.push_str(&format!(
            "\n- `{}` (`{}`): {}",
            f.rust,
            f.wire,
            first_sentence(&f.doc)
        ));
    }
    let doc = doc_attrs(&doc);
    if required.is_empty() {
        quote! {
            #doc
            #[inline]
            pub fn new() -> Self {
                Self::default()
            }
        }
    } else {
        quote! {
            #doc
            #[inline]
            pub fn new(#(#args),*) -> Self {
                Self {
                    #(#inits,)*
                    #extra_init
                }
            }
        }
    }
}

fn emit_enum(name: &str, doc: &str, e: &EnumDef) -> TokenStream {
    let ty = ident(name);
    let doc = doc_attrs(doc);
    let variants = e.values.iter().map(|v| {
        let variant = ident(&v.rust);
        let wire = if e.spellings.is_empty() {
            format!("`{}`", v.wire[0])
        } else {
            v.wire
                .iter()
                .map(|w| format!("`{w}`"))
                .collect::<Vec<_>>()
                .join(" / ")
        };
        let doc = doc_attrs(&format!("{wire}: {}", v.doc.trim()));
        quote! { #doc #variant, }
    });
    let all = e.values.iter().map(|v| {
        let variant = ident(&v.rust);
        quote!(Self::#variant)
    });
    let accessor = |index: usize| {
        let arms = e.values.iter().map(|v| {
            let variant = ident(&v.rust);
            let wire = &v.wire[index];
            quote!(Self::#variant => #wire,)
        });
        quote! {
            match self {
                #(#arms)*
                Self::Unknown(raw) => raw,
            }
        }
    };
    let (as_str, spellings) = if e.spellings.is_empty() {
        (accessor(0), quote!())
    } else {
        let first = ident(&e.spellings[0]);
        let methods = e.spellings.iter().enumerate().map(|(i, s)| {
            let method = ident(s);
            let body = accessor(i);
            let doc = doc_attrs(&format!(
                "The `{s}` spelling{}. An unknown value is returned as received.",
                if i == 0 { " (the default)" } else { "" }
            ));
            quote! {
                #doc
                #[inline]
                pub fn #method(&self) -> &str {
                    #body
                }
            }
        });
        (quote!(self.#first()), quote!(#(#methods)*))
    };
    let parse_arms = e.values.iter().map(|v| {
        let variant = ident(&v.rust);
        let mut wires: Vec<&String> = v.wire.iter().collect();
        wires.dedup();
        quote!(#(#wires)|* => Self::#variant,)
    });
    let from_doc = if e.spellings.is_empty() {
        "Reads a wire value; one the crate does not know becomes [`Self::Unknown`].".to_owned()
    } else {
        format!(
            "Reads a wire value in any spelling ({}); one the crate does not know becomes [`Self::Unknown`].",
            e.spellings.join(", ")
        )
    };
    let from_doc = doc_attrs(&from_doc);
    quote! {
        #doc
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum #ty {
            #(#variants)*
            /// A value this version of the crate does not know, kept as received.
            Unknown(String),
        }

        impl #ty {
            /// Every known value, in documentation order.
            pub const ALL: &'static [Self] = &[#(#all),*];

            #from_doc
            pub fn from_wire(value: &str) -> Self {
                match value {
                    #(#parse_arms)*
                    other => Self::Unknown(other.to_owned()),
                }
            }

            /// The value as sent on the wire.
            #[inline]
            pub fn as_str(&self) -> &str {
                #as_str
            }

            #spellings

            /// Whether this is a value the crate does not know.
            #[inline]
            pub fn is_unknown(&self) -> bool {
                matches!(self, Self::Unknown(_))
            }
        }

        crate::macros::enum_impls!(#ty);
    }
}

fn emit_link(name: &str, doc: &str, l: &LinkDef) -> TokenStream {
    let ty = ident(name);
    let kind = type_path(&l.kind);
    let doc = doc_attrs(doc);
    let constructors = l.constructors.iter().map(|c| {
        let fname = ident(&c.rust);
        let variant = ident(&c.kind_variant);
        let args = c.parts.iter().filter_map(|p| match p {
            FormatPart::Arg { name, numeric } => {
                let n = ident(name);
                Some(if *numeric {
                    quote!(#n: i64)
                } else {
                    quote!(#n: &str)
                })
            }
            FormatPart::Text(_) => None,
        });
        let id = match c.parts.as_slice() {
            [FormatPart::Arg { name, numeric }] => {
                let n = ident(name);
                if *numeric {
                    quote!(#n.to_string())
                } else {
                    quote!(#n.to_owned())
                }
            }
            parts => {
                let mut fmt = String::new();
                for p in parts {
                    match p {
                        FormatPart::Text(t) => {
                            fmt.push_str(&t.replace('{', "{{").replace('}', "}}"))
                        }
                        FormatPart::Arg { name, .. } => fmt.push_str(&format!("{{{name}}}")),
                    }
                }
                quote!(format!(#fmt))
            }
        };
        let doc = doc_attrs(&format!(
            "{}\n\nSends kind `{}` with id `{}`.",
            c.doc.trim(),
            c.kind_wire,
            c.format
        ));
        quote! {
            #doc
            #[inline]
            pub fn #fname(#(#args),*) -> Self {
                Self { kind: #kind::#variant, id: #id }
            }
        }
    });
    quote! {
        #doc
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub struct #ty {
            kind: #kind,
            id: String,
        }

        impl #ty {
            #(#constructors)*

            /// A link in a format the schema does not describe: any kind, any id.
            #[inline]
            pub fn raw(kind: #kind, id: impl Into<String>) -> Self {
                Self { kind, id: id.into() }
            }

            /// What the id refers to.
            #[inline]
            pub fn kind(&self) -> &#kind {
                &self.kind
            }

            /// The id, as sent.
            #[inline]
            pub fn id(&self) -> &str {
                &self.id
            }

            /// The kind and the id.
            #[inline]
            pub fn into_parts(self) -> (#kind, String) {
                (self.kind, self.id)
            }
        }
    }
}

/// A method, through the runtime's `request!` (`src/macros.rs`): the request
/// type with its setters, `Method` and `Serialize` impls; then its result
/// type, error enum and info table.
fn emit_method(m: &Method, schema: &Schema) -> TokenStream {
    let ty = ident(&m.rust);
    let error_ty = format_ident!("{}Error", m.rust);
    let info = info_ident(m);
    let errors_static = format_ident!("{}_ERRORS", m.rust.to_shouty_snake_case());
    let decls = m.params.iter().map(|f| field_decl(f, true));
    let doc = doc_attrs(&method_doc(m));
    let new = emit_new(&m.params, true);
    let joined = m.joined.iter().map(joined_setter);
    let default = derive_default(&m.params);

    let (output, result_struct) = match &m.result.body {
        ResultBody::Type(ty, _) => (rust_type(ty), quote!()),
        ResultBody::Fields(fields) => {
            let name = format!("{}Result", m.rust);
            let doc = with_link(
                &format!("What `{}` returns: {}", m.wire, m.result.doc.trim()),
                &m.docs_url,
            );
            let def = emit_object(&name, &doc, fields, false);
            let name = ident(&name);
            (quote!(#name), def)
        }
    };
    let error_enum = emit_error_enum(m, &error_ty, &errors_static);
    let info_static = emit_info(m, &info, &errors_static, schema);
    let wire = &m.wire;
    let url = &m.docs_url;
    quote! {
        crate::macros::request! {
            #doc
            #[method(#wire, #url, #output, #error_ty)]
            #default
            pub struct #ty {
                #(#decls)*
            }

            #info_static

            impl #ty {
                #new
                #(#joined)*
            }
        }

        #result_struct
        #error_enum
    }
}

fn joined_setter(j: &Joined) -> TokenStream {
    let name = ident(&j.rust);
    let ty = type_path(&j.ty);
    let kind = ident(&j.kind_field);
    let id = ident(&j.id_field);
    let doc = doc_attrs(&format!(
        "{}\n\nSets `{}` and `{}` together.",
        j.doc.trim(),
        j.wires[0],
        j.wires[1]
    ));
    quote! {
        #doc
        #[inline]
        pub fn #name(self, #name: #ty) -> Self {
            let (kind, id) = #name.into_parts();
            Self { #kind: Some(kind), #id: Some(id), ..self }
        }
    }
}

fn method_doc(m: &Method) -> String {
    let mut doc = m.summary.trim().to_owned();
    if let Some(d) = &m.description {
        doc.push_str("\n\n");
        doc.push_str(d.trim());
    }
    doc.push_str(&format!(
        "\n\nWire name `{}`, scope `{}`. Who may call it: {}. {}",
        m.wire,
        m.scope,
        m.who.trim().trim_end_matches('.'),
        if m.idempotent {
            "Idempotent: sending it twice has the effect of sending it once."
        } else {
            "Not idempotent: a call whose outcome is unknown must not be resent blindly."
        }
    ));
    let auth: Vec<&str> = m.auth.iter().map(|a| auth_name(*a)).collect();
    doc.push_str(&format!(" Auth: {}.", auth.join(", ")));
    for (name, text) in &m.result.envelope {
        doc.push_str(&format!(
            "\n\nThe response carries `{name}` beside `result` ([`Response::{name}`](crate::Response::{name})): {}",
            text.trim()
        ));
    }
    doc
}

/// The method's error enum and table, through the runtime's `method_error!`
/// (`src/macros.rs`), which writes the impls every error enum shares.
fn emit_error_enum(m: &Method, error_ty: &Ident, errors_static: &Ident) -> TokenStream {
    let variants = m.errors.iter().map(|e| {
        let doc = doc_attrs(&error_variant_doc(e));
        let v = ident(&e.rust);
        let (code, args, flags) = error_info_parts(e);
        quote! { #doc #v = code(#code, #args) #flags, }
    });
    let count = Literal::usize_unsuffixed(m.errors.len());
    let wire = &m.wire;
    let url = &m.docs_url;
    quote! {
        crate::macros::method_error! {
            #[errors(#errors_static, #count, #wire, #url)]
            pub enum #error_ty {
                #(#variants)*
            }
        }
    }
}

fn emit_system_errors(errors: &[ErrorCode]) -> TokenStream {
    let variants = errors.iter().map(error_variant);
    let from_arms = errors.iter().map(|e| {
        let v = ident(&e.rust);
        let code = &e.code;
        quote!(#code => Self::#v,)
    });
    let code_arms = errors.iter().map(|e| {
        let v = ident(&e.rust);
        let code = &e.code;
        quote!(Self::#v => #code,)
    });
    let info_arms = errors.iter().enumerate().map(|(i, e)| {
        let v = ident(&e.rust);
        let i = Literal::usize_unsuffixed(i);
        quote!(Self::#v => Some(&SYSTEM_ERRORS[#i]),)
    });
    let statics = error_infos(errors);
    let count = Literal::usize_unsuffixed(errors.len());
    quote! {
        /// A system error: a code any method may return, from the shared table
        /// of the documentation, or a code this crate does not know yet.
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[non_exhaustive]
        pub enum SystemError {
            #(#variants)*
            /// A code this version of the crate does not know, as received.
            Unknown(String),
        }

        /// The system error table, in documentation order.
        pub static SYSTEM_ERRORS: [crate::schema::ErrorInfo; #count] = [#(#statics),*];

        impl crate::MethodError for SystemError {
            fn from_code(code: &str) -> Self {
                match code {
                    #(#from_arms)*
                    other => Self::Unknown(other.to_owned()),
                }
            }

            fn code(&self) -> &str {
                match self {
                    #(#code_arms)*
                    Self::Unknown(code) => code,
                }
            }

            fn info(&self) -> Option<&'static crate::schema::ErrorInfo> {
                match self {
                    #(#info_arms)*
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
    }
}

fn error_variant(e: &ErrorCode) -> TokenStream {
    let v = ident(&e.rust);
    let doc = doc_attrs(&error_variant_doc(e));
    quote! { #doc #v, }
}

fn error_variant_doc(e: &ErrorCode) -> String {
    let mut doc = format!("`{}`", e.code);
    if let Some(s) = e.status {
        doc.push_str(&format!(" (HTTP {s})"));
    }
    doc.push_str(&format!(": {}", e.doc.trim()));
    if e.legacy {
        doc.push_str("\n\nLegacy: listed by older versions of the documentation; older portals still send it.");
    }
    if e.shadows_system {
        doc.push_str(
            "\n\nThe same code is also a system error; for this method it means the above.",
        );
    }
    doc
}

/// An error's row of the table as the arguments of `ErrorInfo::new` (the
/// code apart, and the rest) and the flag calls after it.
fn error_info_parts(e: &ErrorCode) -> (&str, TokenStream, TokenStream) {
    let status = match e.status {
        Some(s) => {
            let s = Literal::u16_unsuffixed(s);
            quote!(Some(#s))
        }
        None => quote!(None),
    };
    let message = &e.message;
    let meaning = e.doc.trim();
    let retry = e.retry_safe.then(|| quote!(.retry_safe()));
    let legacy = e.legacy.then(|| quote!(.legacy()));
    (
        &e.code,
        quote!(#status, #message, #meaning),
        quote!(#retry #legacy),
    )
}

fn error_infos(errors: &[ErrorCode]) -> Vec<TokenStream> {
    errors
        .iter()
        .map(|e| {
            let (code, args, flags) = error_info_parts(e);
            quote!(crate::schema::ErrorInfo::new(#code, #args) #flags)
        })
        .collect()
}

/// The method's info table, as the input of `request!`, which adds its
/// name, page URL and docs.
fn emit_info(m: &Method, info: &Ident, errors_static: &Ident, schema: &Schema) -> TokenStream {
    let scope = &m.scope;
    let summary = m.summary.trim();
    let who = m.who.trim();
    let idempotent = m.idempotent;
    let auth = m.auth.iter().map(|a| {
        let mode = ident(auth_variant(*a));
        quote!(crate::schema::AuthMode::#mode)
    });
    let params = param_infos(&m.params, schema, 0);
    let joined = m.joined.iter().map(|j| {
        let name = &j.rust;
        let [kind, id] = &j.wires;
        let doc = j.doc.trim();
        quote! {
            crate::schema::JoinedInfo {
                name: #name,
                params: [#kind, #id],
                doc: #doc,
            }
        }
    });
    let result = match &m.result.body {
        ResultBody::Type(_, text) => text.clone(),
        ResultBody::Fields(_) => "object".to_owned(),
    };
    quote! {
        pub static #info: crate::schema::MethodInfo = crate::schema::MethodInfo {
            scope: #scope,
            summary: #summary,
            who: #who,
            idempotent: #idempotent,
            auth: &[#(#auth),*],
            params: &[#(#params),*],
            joined: &[#(#joined),*],
            result: #result,
            errors: &#errors_static,
        };
    }
}

fn param_infos(fields: &[Field], schema: &Schema, depth: usize) -> Vec<TokenStream> {
    fields
        .iter()
        .map(|f| {
            let name = &f.wire;
            let ty = &f.schema_ty;
            let required = f.required;
            let doc = f.doc.trim();
            let secret = f.secret;
            let named = named_ref(&f.ty).and_then(|r| crate::model::find_type(&schema.types, r));
            let values: Vec<&str> = match named.map(|t| &t.body) {
                Some(TypeBody::Enum(e)) => {
                    let spelling = f.spelling.as_ref().map_or(0, |(i, _)| *i);
                    e.values.iter().map(|v| v.wire[spelling].as_str()).collect()
                }
                _ => vec![],
            };
            let unlisted = ident(unlisted_name(f.unlisted));
            let nested = match named.map(|t| &t.body) {
                Some(TypeBody::Object(inner)) if depth < 4 => param_infos(inner, schema, depth + 1),
                _ => vec![],
            };
            let required = required.then(|| quote!(.required()));
            let required_with = f.required_with.map(|mode| {
                let mode = ident(auth_variant(mode));
                quote!(.required_with(crate::schema::AuthMode::#mode))
            });
            let default = f.default.as_ref().map(|d| quote!(.default(#d)));
            let secret = secret.then(|| quote!(.secret()));
            let values = (!values.is_empty()).then(|| quote!(.values(&[#(#values),*])));
            let unlisted = (f.unlisted != Unlisted::Refused)
                .then(|| quote!(.unlisted(crate::schema::Unlisted::#unlisted)));
            let nested = (!nested.is_empty()).then(|| quote!(.fields(&[#(#nested),*])));
            quote! {
                crate::schema::ParamInfo::new(#name, #ty, #doc)
                    #required #required_with #default #secret #values #unlisted #nested
            }
        })
        .collect()
}

fn unlisted_name(unlisted: Unlisted) -> &'static str {
    match unlisted {
        Unlisted::Refused => "Refused",
        Unlisted::Accepted => "Accepted",
        Unlisted::Replaced => "Replaced",
    }
}

/// The named type a field refers to, directly or as list items.
fn named_ref(ty: &Ty) -> Option<&TypeRef> {
    match ty {
        Ty::Named(r) => Some(r),
        Ty::List(inner) | Ty::Map(inner) | Ty::Nullable(inner) | Ty::OrFalse(inner) => {
            named_ref(inner)
        }
        _ => None,
    }
}

fn info_ident(m: &Method) -> Ident {
    format_ident!("{}_INFO", m.rust.to_shouty_snake_case())
}

fn auth_variant(mode: AuthMode) -> &'static str {
    match mode {
        AuthMode::Webhook => "Webhook",
        AuthMode::Oauth => "Oauth",
    }
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
    let lines = text.trim().lines().map(|line| {
        let line = line.trim_end();
        if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        }
    });
    if text.contains("*/") {
        let lines = lines.map(|line| quote!(#[doc = #line]));
        return quote!(#(#lines)*);
    }
    let doc = lines.collect::<Vec<_>>().join("\n");
    quote!(#[doc = #doc])
}

fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}
