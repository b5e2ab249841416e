//! Which of the crate root's shared types a schema uses.
//!
//! A build that includes only some scopes emits only the root types those
//! scopes reach (through params, results, joined params and their own
//! types, transitively), plus `Time`, which the runtime's `Response` holds.

use crate::model::{ResultBody, Schema, TypeBody, TypeRef, collect_named};
use std::collections::BTreeSet;

/// The root type the runtime itself names (`Response::time`).
const ALWAYS: &[&str] = &["Time"];

/// Drops the root types nothing in `schema` refers to.
pub fn retain_used_root_types(schema: &mut Schema) {
    let mut used: BTreeSet<String> = ALWAYS.iter().map(|s| (*s).to_owned()).collect();
    let mut todo: Vec<TypeRef> = Vec::new();
    for m in &schema.methods {
        for f in &m.params {
            collect_named(&f.ty, &mut todo);
        }
        todo.extend(m.joined.iter().map(|j| j.ty.clone()));
        match &m.result.body {
            ResultBody::Type(ty, _) => collect_named(ty, &mut todo),
            ResultBody::Fields(fields) => {
                fields.iter().for_each(|f| collect_named(&f.ty, &mut todo))
            }
        }
    }
    for t in schema.types.iter().filter(|t| !t.module.is_empty()) {
        refs_of(&t.body, &mut todo);
    }
    for name in ALWAYS {
        if let Some(t) = schema
            .types
            .iter()
            .find(|t| t.module.is_empty() && t.name == *name)
        {
            refs_of(&t.body, &mut todo);
        }
    }
    while let Some(r) = todo.pop() {
        if !r.module.is_empty() || !used.insert(r.name.clone()) {
            continue;
        }
        if let Some(t) = crate::model::find_type(&schema.types, &r) {
            refs_of(&t.body, &mut todo);
        }
    }
    schema
        .types
        .retain(|t| !t.module.is_empty() || used.contains(&t.name));
}

/// The named types a type body refers to.
fn refs_of(body: &TypeBody, out: &mut Vec<TypeRef>) {
    match body {
        TypeBody::Object(fields) => fields.iter().for_each(|f| collect_named(&f.ty, out)),
        TypeBody::Link(l) => out.push(l.kind.clone()),
        TypeBody::Enum(_) => {}
    }
}
