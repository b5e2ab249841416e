//! The method table: each method's `MethodInfo` static, with its params
//! (nested object fields included), joined pairs, result and errors.

use super::{ident, lit::str_lit};
use crate::desc::{AuthMode, Unlisted};
use crate::model::{Field, Method, ResultBody, Schema, Ty, TypeBody, names};
use crate::typeref::{self, ListParam, TypeExpr};
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
    let permissions = &m.permissions;
    let summary = str_lit(m.summary.trim());
    let who = str_lit(m.who.trim());
    let idempotent = m.idempotent;
    let auth = m.auth.iter().map(|a| {
        let mode = ident(auth_variant(*a));
        quote!(crate::schema::AuthMode::#mode)
    });
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
        ResultBody::Type(ty, text) => {
            let written = typeref::parse(text).ok();
            ty_info(ty, written.as_ref(), 0, Unlisted::Refused, schema)
        }
        ResultBody::Fields(_) => {
            let path = struct_ty_path(&m.module, &format!("{}Result", m.rust));
            quote!(TyInfo::Struct(&#path))
        }
    };
    let paging = match &m.paging {
        Some(p) => {
            let offset = &p.offset_wire;
            let items = match &p.items_field {
                Some(_) => {
                    let wire = &p.items_wire;
                    quote!(Some(#wire))
                }
                None => quote!(None),
            };
            let by_pagination = p.by_size.then(|| quote!(.by_pagination()));
            quote!(Some(crate::schema::PagingInfo::new(#offset, #items)#by_pagination))
        }
        None => quote!(None),
    };
    let api = ident(match m.api {
        crate::desc::Api::V2 => "V2",
        crate::desc::Api::V3 => "V3",
    });
    quote! {
        pub static #info: crate::schema::MethodInfo = crate::schema::MethodInfo {
            scope: #scope,
            api: crate::schema::Api::#api,
            permissions: &[#(#permissions),*],
            summary: #summary,
            who: #who,
            idempotent: #idempotent,
            auth: &[#(#auth),*],
            joined: &[#(#joined),*],
            result: #result,
            errors: &#errors_static,
            paging: #paging,
        };
    }
}

/// A field's row of the method table, as `request!` and `object!` take
/// it: `#[table(type, flags)]`; the row's doc is the field's doc.
pub(super) fn table_attr(f: &Field, schema: &Schema) -> TokenStream {
    let ty = field_ty_info(f, schema);
    let mut flags = Vec::new();
    if f.required {
        flags.push(quote!(required()));
    }
    if let Some(mode) = f.required_with {
        let mode = ident(auth_variant(mode));
        flags.push(quote!(required_with(crate::schema::AuthMode::#mode)));
    }
    if let Some(d) = &f.default {
        flags.push(quote!(default(#d)));
    }
    if f.secret {
        flags.push(quote!(secret()));
    }
    quote!(#[table(#ty #(, #flags)*)])
}

/// The `TyInfo` of a field: its resolved type, with `file` told apart from
/// `string` by the type as written, and its enums in the field's spelling.
fn field_ty_info(f: &Field, schema: &Schema) -> TokenStream {
    let written = typeref::parse(&f.schema_ty).ok();
    let spelling = f.spelling.as_ref().map_or(0, |(i, _)| *i);
    ty_info(&f.ty, written.as_ref(), spelling, f.unlisted, schema)
}

/// `written` is the same type before resolution, when it parses (it does
/// for every field that passed validation); it only tells `file` apart.
fn ty_info(
    ty: &Ty,
    written: Option<&TypeExpr>,
    spelling: usize,
    unlisted: Unlisted,
    schema: &Schema,
) -> TokenStream {
    let inner =
        |ty: &Ty, written: Option<&TypeExpr>| ty_info(ty, written, spelling, unlisted, schema);
    match ty {
        Ty::Integer => quote!(TyInfo::Integer),
        Ty::Double => quote!(TyInfo::Double),
        Ty::String => match written {
            Some(TypeExpr::Name(name)) if name == "file" => quote!(TyInfo::File),
            _ => quote!(TyInfo::String),
        },
        Ty::Boolean => quote!(TyInfo::Boolean),
        Ty::Date => quote!(TyInfo::Date),
        Ty::DateTime => quote!(TyInfo::DateTime),
        Ty::FileData => quote!(TyInfo::FileData),
        Ty::FilePair => quote!(TyInfo::FilePair),
        Ty::Object => quote!(TyInfo::Object),
        Ty::Pagination => quote!(TyInfo::Pagination),
        Ty::Any => quote!(TyInfo::Any),
        Ty::List(t) => {
            let t = inner(t, written.and_then(|w| unwrap_as(w, Wrapper::List)));
            quote!(TyInfo::List(&#t))
        }
        Ty::Map(t) => {
            let t = inner(t, written.and_then(|w| unwrap_as(w, Wrapper::Map)));
            quote!(TyInfo::Map(&#t))
        }
        Ty::Nullable(t) => {
            let t = inner(t, written.and_then(|w| unwrap_as(w, Wrapper::Nullable)));
            quote!(TyInfo::Nullable(&#t))
        }
        Ty::OrFalse(t) => {
            let t = inner(t, written.and_then(|w| unwrap_as(w, Wrapper::OrFalse)));
            quote!(TyInfo::OrFalse(&#t))
        }
        Ty::Union(members) => {
            let written: Vec<Option<&TypeExpr>> = match written {
                Some(TypeExpr::Union(w)) if w.len() == members.len() => {
                    w.iter().map(Some).collect()
                }
                _ => vec![None; members.len()],
            };
            let members = members.iter().zip(written).map(|(m, w)| inner(m, w));
            quote!(TyInfo::Union(&[#(#members),*]))
        }
        Ty::Over(param, r) => {
            let path = struct_ty_path(&r.module, &r.name);
            match param {
                ListParam::Filter => quote!(TyInfo::Filter(&#path)),
                ListParam::Order => quote!(TyInfo::Order(&#path)),
                ListParam::Select => quote!(TyInfo::Select(&#path)),
                ListParam::Conditions => quote!(TyInfo::Conditions(&#path)),
            }
        }
        Ty::Named(r) => match crate::model::find_type(&schema.types, r).map(|t| &t.body) {
            Some(TypeBody::Enum(e)) => {
                let name = &r.name;
                let values = e
                    .values
                    .iter()
                    .map(|v| v.wire.get(spelling).unwrap_or(&v.wire[0]).as_str());
                let unlisted = (unlisted != Unlisted::Refused).then(|| {
                    let u = ident(unlisted_name(unlisted));
                    quote!(.unlisted(Unlisted::#u))
                });
                quote!(TyInfo::Enum(&EnumTy::new(#name, &[#(#values),*])#unlisted))
            }
            Some(TypeBody::Object(_)) => {
                let path = struct_ty_path(&r.module, &r.name);
                quote!(TyInfo::Struct(&#path))
            }
            // Validation allows a link type only in `joined:`, never as a
            // param's, field's or result's type.
            Some(TypeBody::Link(_)) | None => quote!(TyInfo::Any),
        },
    }
}

/// What wraps a written type.
#[derive(Clone, Copy)]
enum Wrapper {
    List,
    Map,
    Nullable,
    OrFalse,
}

/// The written type inside a list, map, `|null` or `|false`.
fn unwrap_as(written: &TypeExpr, wrapper: Wrapper) -> Option<&TypeExpr> {
    match (written, wrapper) {
        (TypeExpr::List(t), Wrapper::List)
        | (TypeExpr::Map(t), Wrapper::Map)
        | (TypeExpr::Nullable(t), Wrapper::Nullable)
        | (TypeExpr::OrFalse(t), Wrapper::OrFalse) => Some(t),
        _ => None,
    }
}

/// The static that describes an object type's fields: `crate::im::CHAT_TY`.
fn struct_ty_path(module: &[String], name: &str) -> TokenStream {
    let module = super::module_path(module);
    let name = struct_ty_ident(name);
    quote!(#module::#name)
}

/// The static `object!` makes of an object type's fields: `CHAT_TY`.
pub(super) fn struct_ty_ident(name: &str) -> Ident {
    format_ident!("{}_TY", names::static_prefix(name))
}

fn unlisted_name(unlisted: Unlisted) -> &'static str {
    match unlisted {
        Unlisted::Refused => "Refused",
        Unlisted::Accepted => "Accepted",
        Unlisted::Replaced => "Replaced",
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
