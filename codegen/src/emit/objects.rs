//! Object types and fields, through the runtime's `object!`: the field
//! declarations with their `#[param(..)]` and serde attributes, and the
//! constructor and setters of the types a request carries.

use super::info::{struct_ty_ident, table_attr};
use super::{
    auth_name, doc_attrs, first_sentence, group, ident, macro_call, rust_type, wrap_option,
};
use crate::desc::Unlisted;
use crate::model::{Field, Schema, Ty};
use proc_macro2::{Delimiter, TokenStream};
use quote::quote;

/// An object type, through the runtime's `object!` (`src/macros.rs`): public
/// fields, `Deserialize`, a `Serialize` that skips absent fields and uses
/// each field's wire spelling, and, for types a request carries, a
/// constructor and setters.
pub(super) fn emit_object(
    name: &str,
    doc: &str,
    fields: &[Field],
    (input, listed): (bool, bool),
    schema: &Schema,
) -> TokenStream {
    let ty = ident(name);
    let doc = doc_attrs(doc);
    let decls = group(
        Delimiter::Brace,
        fields.iter().map(|f| field_decl(f, input, schema)),
    );
    let default = derive_default(fields);
    let table = struct_ty_ident(name);
    let mut body = quote! {
        #doc
        #[object(#table)]
        #default
        pub struct #ty #decls
    };
    if input {
        let new = group(Delimiter::Brace, [emit_new(fields, true)]);
        body.extend(quote!(impl #ty #new));
    }
    if listed {
        body.extend(field_names(&ty, fields));
    }
    macro_call(quote!(crate::macros::object!), body, [])
}

/// The typed names of an object's fields, which `Filter`, `Order` and
/// `Select` of the list methods over it take: one associated const each.
fn field_names(ty: &proc_macro2::Ident, fields: &[Field]) -> TokenStream {
    let consts = fields.iter().map(|f| {
        let name = ident(&crate::model::names::static_prefix(&f.rust));
        let wire = &f.wire;
        let value = match &f.ty {
            Ty::Nullable(inner) => rust_type(inner),
            other => rust_type(other),
        };
        let doc =
            format!(" `{wire}` as a typed field name, for filters, sort orders and selections.");
        quote! {
            #[doc = #doc]
            pub const #name: crate::Field<Self, #value> = crate::Field::new(#wire);
        }
    });
    quote! {
        impl #ty {
            #(#consts)*
        }
    }
}

/// `#[derive(Default)]` for a type whose fields are all optional.
pub(super) fn derive_default(fields: &[Field]) -> TokenStream {
    if fields.iter().any(|f| f.required) {
        quote!()
    } else {
        quote!(#[derive(Default)])
    }
}

/// A field as the input of `object!` and `request!`: its docs and notes,
/// `#[param(wire, send, set)]`, its row of the method table, its serde
/// attributes and the field.
pub(super) fn field_decl(f: &Field, input: bool, schema: &Schema) -> TokenStream {
    let name = ident(&f.rust);
    let wire = &f.wire;
    let ty = field_type(f, input);
    let doc = doc_attrs(&f.doc);
    let notes = field_notes(f).map(|notes| quote!(#[notes(#notes)]));
    let table = table_attr(f, schema);
    // A joined param is set through its pair's setter only, so that a kind
    // is never sent without its id.
    let vis = (!f.joined).then(|| quote!(pub));
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
        #notes
        #[param(#wire, #send, #set)]
        #table
        #serde
        #vis #name: #ty,
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
        // `.photo(upload)`: an `Upload` converts.
        Ty::FileData => quote!(into(crate::FileData)),
        Ty::FilePair => quote!(into(crate::FilePair)),
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

/// Whether a field's type holds a number, a date, an object or a map, which
/// the portal may send in a looser shape than its page shows.
fn lenient(ty: &Ty) -> bool {
    match ty {
        // A date reads the portal's `""` as none.
        Ty::Integer | Ty::Double | Ty::Date | Ty::DateTime | Ty::Object | Ty::Map(_) => true,
        Ty::Named(r) => r.kind == crate::model::Kind::Object,
        Ty::List(inner) | Ty::Nullable(inner) | Ty::OrFalse(inner) => lenient(inner),
        Ty::String
        | Ty::Boolean
        | Ty::FileData
        | Ty::FilePair
        | Ty::Any
        | Ty::Union(_)
        | Ty::Pagination
        | Ty::Over(..) => false,
    }
}

/// The paragraph of notes after a field's description (its name in
/// responses, default, when it is required, what the portal does with an
/// unlisted value), if any. `object!` and `request!` add the wire name last.
fn field_notes(f: &Field) -> Option<String> {
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
    (!notes.is_empty()).then(|| notes.join(" "))
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
        Ty::FileData => (quote!(impl Into<crate::FileData>), quote!(#name.into())),
        Ty::FilePair => (quote!(impl Into<crate::FilePair>), quote!(#name.into())),
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
pub(super) fn emit_new(fields: &[Field], extra: bool) -> TokenStream {
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
