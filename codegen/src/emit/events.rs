//! Events: each scope's `Event` enum (a variant per event the schema
//! describes, `Unknown` for the others) and the crate root's `EVENTS` table.
//! The payload types are ordinary object types, emitted with the others.

use super::info::struct_ty_ident;
use super::{doc_attrs, ident, module_path, type_path};
use crate::model::{EVENT_ENUM, Event, Schema};
use proc_macro2::TokenStream;
use quote::quote;
use std::collections::BTreeMap;

/// The index of each scope's first event in `schema.events`, one per scope.
pub(super) fn first_of_each_scope(schema: &Schema) -> Vec<usize> {
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, e) in schema.events.iter().enumerate() {
        seen.entry(e.scope.as_str()).or_insert(i);
    }
    seen.into_values().collect()
}

/// The `Event` enum of one scope, for its scope module.
pub(super) fn emit_scope_enum(schema: &Schema, scope: &str) -> TokenStream {
    let events: Vec<&Event> = schema.events.iter().filter(|e| e.scope == scope).collect();
    emit_enum(scope, &events)
}

/// `EVENTS`, at the crate root: every event of the build.
pub(super) fn emit_table(schema: &Schema) -> TokenStream {
    let rows = schema.events.iter().map(|e| {
        let name = &e.wire;
        let scope = &e.scope;
        let summary = &e.summary;
        let url = &e.docs_url;
        let module = module_path(&e.payload.module);
        let table = struct_ty_ident(&e.payload.name);
        quote! {
            crate::schema::EventInfo {
                name: #name,
                scope: #scope,
                summary: #summary,
                docs_url: #url,
                payload: crate::schema::TyInfo::Struct(&#module::#table),
            }
        }
    });
    quote! {
        /// Every event of the scopes this build includes, sorted by name: its
        /// scope, page and the type of its `data`, for the CLI and the
        /// emulator.
        pub static EVENTS: &[crate::schema::EventInfo] = &[#(#rows),*];
    }
}

fn emit_enum(scope: &str, events: &[&Event]) -> TokenStream {
    let name = ident(EVENT_ENUM);
    let doc = doc_attrs(&format!(
        "An event of the `{scope}` scope, as a handler receives it: one variant per event \
         the schema describes, with its typed `data`, and `Unknown` for any other.\n\n\
         Decode one with [`crate::events::EventSet::from_data`]."
    ));
    let variants = events.iter().map(|e| {
        let v = ident(&e.rust);
        let payload = type_path(&e.payload);
        let mut text = format!("`{}`: {}", e.wire, e.summary);
        if let Some(d) = &e.description {
            text.push_str("\n\n");
            text.push_str(d.trim());
        }
        text.push_str(&format!("\n\nDocumentation: <{}>", e.docs_url));
        let doc = doc_attrs(&text);
        quote! { #doc #v(#payload), }
    });
    let names = events.iter().map(|e| &e.wire);
    let name_arms = events.iter().map(|e| {
        let v = ident(&e.rust);
        let wire = &e.wire;
        quote! { Self::#v(_) => #wire, }
    });
    let decode_arms = events.iter().map(|e| {
        let v = ident(&e.rust);
        let wire = &e.wire;
        quote! { #wire => Self::#v(serde_json::from_value(data)?), }
    });
    let debug_arms = events.iter().map(|e| {
        let v = ident(&e.rust);
        let shown = &e.rust;
        quote! { Self::#v(payload) => f.debug_tuple(#shown).field(payload).finish(), }
    });
    let encode_arms = events.iter().map(|e| {
        let v = ident(&e.rust);
        quote! { Self::#v(payload) => serde_json::to_value(payload), }
    });
    quote! {
        #doc
        #[derive(Clone, PartialEq)]
        #[non_exhaustive]
        pub enum #name {
            #(#variants)*
            /// An event this build does not describe: its name (in capitals)
            /// and its `data` as sent.
            Unknown {
                /// The event's name.
                name: String,
                /// Its `data`, untyped.
                data: serde_json::Value,
            },
        }

        /// The typed payloads show as they do (their tokens are secrets);
        /// an unknown event's `data` with its `*_token` values as `***`.
        impl std::fmt::Debug for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                match self {
                    #(#debug_arms)*
                    Self::Unknown { name, data } => f
                        .debug_struct("Unknown")
                        .field("name", name)
                        .field("data", &crate::events::redact(data))
                        .finish(),
                }
            }
        }

        impl crate::events::EventSet for #name {
            const NAMES: &'static [&'static str] = &[#(#names),*];

            fn name(&self) -> &str {
                match self {
                    #(#name_arms)*
                    Self::Unknown { name, .. } => name,
                }
            }

            fn from_data(name: &str, data: serde_json::Value) -> Result<Self, serde_json::Error> {
                Ok(match name {
                    #(#decode_arms)*
                    _ => Self::Unknown { name: name.to_owned(), data },
                })
            }

            fn to_data(&self) -> Result<serde_json::Value, serde_json::Error> {
                match self {
                    #(#encode_arms)*
                    Self::Unknown { data, .. } => Ok(data.clone()),
                }
            }
        }
    }
}
