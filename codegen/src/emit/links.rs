//! Link types (an enum kind plus an id) with their constructors, and the
//! setters that set a pair of joined params through one link value.

use super::{doc_attrs, ident, rust_type, type_path};
use crate::model::{Field, FormatPart, Joined, LinkDef, Ty};
use proc_macro2::TokenStream;
use quote::quote;

pub(super) fn emit_link(name: &str, doc: &str, l: &LinkDef) -> TokenStream {
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

pub(super) fn joined_setter(j: &Joined, params: &[Field]) -> TokenStream {
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
    // The two fields are private, so that one is never set without the
    // other; these read them.
    let getters = [(&j.kind_field, &j.wires[0]), (&j.id_field, &j.wires[1])].map(|(rust, wire)| {
        let field = ident(rust);
        let ty = params.iter().find(|p| p.rust == *rust).map(|p| &p.ty);
        let doc = format!(
            " The `{wire}` this request sends, set through [`Self::{}`].",
            j.rust
        );
        let (ty, read) = match ty {
            Some(Ty::String) | None => (quote!(str), quote!(as_deref)),
            Some(ty) => (rust_type(ty), quote!(as_ref)),
        };
        quote! {
            #[doc = #doc]
            #[inline]
            pub fn #field(&self) -> Option<&#ty> {
                self.#field.#read()
            }
        }
    });
    quote! {
        #doc
        #[inline]
        pub fn #name(self, #name: #ty) -> Self {
            let (kind, id) = #name.into_parts();
            Self { #kind: Some(kind), #id: Some(id), ..self }
        }
        #(#getters)*
    }
}
