//! Enum types: the variants, `ALL`, `from_wire`, `as_str` and one accessor
//! per spelling; the shared impls come from the runtime's `enum_impls!`.

use super::{doc_attrs, ident};
use crate::model::EnumDef;
use proc_macro2::TokenStream;
use quote::quote;

pub(super) fn emit_enum(name: &str, doc: &str, e: &EnumDef) -> TokenStream {
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
                Self::Unknown(raw) => raw.as_str(),
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
            Unknown(crate::UnknownValue),
        }

        impl #ty {
            /// Every known value, in documentation order.
            pub const ALL: &'static [Self] = &[#(#all),*];

            #from_doc
            pub fn from_wire(value: &str) -> Self {
                match value {
                    #(#parse_arms)*
                    other => Self::Unknown(crate::UnknownValue::new(other)),
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
