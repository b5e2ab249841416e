//! The method table: each method's `MethodInfo` static, with its params
//! (nested object fields included), joined pairs, result and errors.

use super::{bracket_list, ident, lit::str_lit};
use crate::desc::{AuthMode, Unlisted};
use crate::model::{Field, Method, ResultBody, Schema, Ty, TypeBody, TypeRef, names};
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

/// The method's info table, as the input of `request!`, which adds its
/// name, page URL and docs.
pub(super) fn emit_info(
    m: &Method,
    info: &Ident,
    errors_static: &Ident,
    schema: &Schema,
) -> TokenStream {
    let scope = &m.scope;
    let summary = str_lit(m.summary.trim());
    let who = str_lit(m.who.trim());
    let idempotent = m.idempotent;
    let auth = m.auth.iter().map(|a| {
        let mode = ident(auth_variant(*a));
        quote!(crate::schema::AuthMode::#mode)
    });
    let params = bracket_list(param_infos(&m.params, schema, 0));
    let joined = m.joined.iter().map(|j| {
        let name = &j.rust;
        let [kind, id] = &j.wires;
        let doc = str_lit(j.doc.trim());
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
            params: &#params,
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
            let doc = str_lit(f.doc.trim());
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
            let nested = (!nested.is_empty()).then(|| {
                let nested = bracket_list(nested);
                quote!(.fields(&#nested))
            });
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

pub(super) fn info_ident(m: &Method) -> Ident {
    format_ident!("{}_INFO", names::static_prefix(&m.rust))
}

fn auth_variant(mode: AuthMode) -> &'static str {
    match mode {
        AuthMode::Webhook => "Webhook",
        AuthMode::Oauth => "Oauth",
    }
}
