//! Error enums: each method's, through the runtime's `method_error!`, and
//! the system errors every method shares, with their info tables.

use super::{doc_attrs, group, ident, lit::str_lit};
use crate::model::{ErrorCode, Method};
use proc_macro2::{Delimiter, Ident, Literal, TokenStream};
use quote::quote;

/// The method's error enum and table, through the runtime's `method_error!`
/// (`src/macros.rs`), which writes the impls every error enum shares.
pub(super) fn emit_error_enum(m: &Method, error_ty: &Ident, errors_static: &Ident) -> TokenStream {
    let variants = group(
        Delimiter::Brace,
        m.errors.iter().map(|e| {
            let doc = doc_attrs(&error_variant_doc(e));
            let v = ident(&e.rust);
            let (code, args, flags) = error_info_parts(e);
            quote! { #doc #v = code(#code, #args) #flags, }
        }),
    );
    let count = Literal::usize_unsuffixed(m.errors.len());
    let wire = &m.wire;
    let url = &m.docs_url;
    quote! {
        crate::macros::method_error! {
            #[errors(#errors_static, #count, #wire, #url)]
            pub enum #error_ty #variants
        }
    }
}

pub(super) fn emit_system_errors(errors: &[ErrorCode]) -> TokenStream {
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
            Unknown(crate::UnknownValue),
        }

        /// The system error table, in documentation order.
        pub static SYSTEM_ERRORS: [crate::schema::ErrorInfo; #count] = [#(#statics),*];

        impl crate::MethodError for SystemError {
            fn from_code(code: &str) -> Self {
                match code {
                    #(#from_arms)*
                    other => Self::Unknown(crate::UnknownValue::new(other)),
                }
            }

            fn code(&self) -> &str {
                match self {
                    #(#code_arms)*
                    Self::Unknown(code) => code.as_str(),
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
    let mut doc = if e.code.is_empty() {
        "The empty code `\"\"`".to_owned()
    } else {
        format!("`{}`", e.code)
    };
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
    let message = str_lit(&e.message);
    let meaning = str_lit(e.doc.trim());
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
