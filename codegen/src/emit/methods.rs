//! Methods, through the runtime's `request!`: the request type, its result
//! type, its error enum and its row of the method table.

use super::errors::emit_error_enum;
use super::info::{emit_info, info_ident};
use super::links::joined_setter;
use super::objects::{derive_default, emit_new, emit_object, field_decl};
use super::{auth_name, doc_attrs, group, ident, macro_call, rust_type, with_link};
use crate::model::{Method, Paging, ResultBody, Schema, names};
use proc_macro2::{Delimiter, TokenStream};
use quote::{format_ident, quote};

/// A method, through the runtime's `request!` (`src/macros.rs`): the request
/// type with its setters, `Method` and `Serialize` impls; then its result
/// type, error enum and info table.
pub(super) fn emit_method(m: &Method, schema: &Schema) -> TokenStream {
    let ty = ident(&m.rust);
    let error_ty = format_ident!("{}Error", m.rust);
    let info = info_ident(m);
    let errors_static = format_ident!("{}_ERRORS", names::static_prefix(&m.rust));
    let fields = group(
        Delimiter::Brace,
        m.params.iter().map(|f| field_decl(f, true, schema)),
    );
    let doc = doc_attrs(&method_doc(m));
    let new = emit_new(&m.params, true);
    let impl_body = group(
        Delimiter::Brace,
        std::iter::once(new).chain(m.joined.iter().map(|j| joined_setter(j, &m.params))),
    );
    let default = derive_default(&m.params);

    let (output, result_struct) = match &m.result.body {
        ResultBody::Type(ty, _) => (rust_type(ty), quote!()),
        ResultBody::Fields(fields) => {
            let name = format!("{}Result", m.rust);
            let doc = with_link(
                &format!("What `{}` returns: {}", m.wire, m.result.doc.trim()),
                &m.docs_url,
            );
            let def = emit_object(&name, &doc, fields, (false, false), schema);
            let name = ident(&name);
            (quote!(#name), def)
        }
    };
    let paged = m.paging.as_ref().map(|p| paged_impl(&ty, p));
    let error_enum = emit_error_enum(m, &error_ty, &errors_static);
    let info_static = emit_info(m, &info, &errors_static, schema);
    let wire = &m.wire;
    let url = &m.docs_url;
    // Built from owned parts rather than one `quote!`, which would copy
    // every interpolated stream (see `group`).
    let mut body = quote! {
        #doc
        #[method(#wire, #url, #output, #error_ty)]
        #default
        pub struct #ty #fields
    };
    body.extend(info_static);
    body.extend(quote!(impl #ty #impl_body));
    if let Some(paged) = paged {
        body.extend(paged);
    }
    macro_call(
        quote!(crate::macros::request!),
        body,
        [result_struct, error_enum],
    )
}

/// `Paged` of a list method, which `Client::list` follows.
fn paged_impl(ty: &proc_macro2::Ident, p: &Paging) -> TokenStream {
    let item = rust_type(&p.item);
    let offset_wire = &p.offset_wire;
    let offset = ident(&p.offset_rust);
    let items = match (&p.items_field, p.items_optional) {
        (None, false) => quote!(output),
        (None, true) => quote!(output.unwrap_or_default()),
        (Some(field), false) => {
            let field = ident(field);
            quote!(output.#field)
        }
        (Some(field), true) => {
            let field = ident(field);
            quote!(output.#field.unwrap_or_default())
        }
    };
    // REST 3.0: the offset goes into `pagination`, and a full page has a
    // successor.
    let (at, following) = if p.by_size {
        (
            quote!(Some(crate::Pagination::at(self.#offset.as_ref(), offset))),
            quote! {
                #[inline]
                fn following(&self, len: usize) -> Option<i64> {
                    crate::Pagination::following(self.#offset.as_ref(), len)
                }
            },
        )
    } else {
        (quote!(Some(offset)), quote!())
    };
    quote! {
        impl crate::Paged for #ty {
            type Item = #item;
            const OFFSET: &'static str = #offset_wire;

            #[inline]
            fn at_offset(&self, offset: i64) -> Self {
                Self { #offset: #at, ..self.clone() }
            }
            #following

            #[inline]
            fn items(output: Self::Output) -> Vec<Self::Item> {
                #items
            }
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
    if let Some(p) = &m.paging {
        doc.push_str(&format!(
            "\n\nA list method: [`Client::list`](crate::Client::list) yields the items of every page, passing each answer's `next` back as `{}`.",
            p.offset_wire
        ));
    }
    doc
}
