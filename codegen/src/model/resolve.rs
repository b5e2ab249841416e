//! Type names and expressions resolved against the declared types: the
//! [`Resolver`] index, `did you mean` suggestions, and lookups the other
//! steps share.

use super::cx::{At, Cx};
use super::{Kind, Ty, TypeDef, TypeRef, names};
use crate::desc::{self, Wire};
use crate::typeref::{self, PRIMITIVES, TypeExpr};
use std::collections::BTreeMap;

/// Name lookups over the declared types.
pub(super) struct Resolver<'a> {
    pub(super) index: &'a BTreeMap<(Vec<String>, String), Kind>,
    pub(super) enums: &'a BTreeMap<(Vec<String>, String), &'a desc::EnumDesc>,
    /// The kind enum of each link, known once link bodies are resolved.
    pub(super) link_kinds: BTreeMap<(Vec<String>, String), TypeRef>,
}

impl Cx<'_> {
    pub(super) fn resolve(
        &mut self,
        text: &str,
        module: &[String],
        resolver: &Resolver,
        at: &At,
    ) -> Option<Ty> {
        match typeref::parse(text) {
            Ok(expr) => self.resolve_expr(&expr, module, resolver, at),
            Err(msg) => {
                self.err(at, msg);
                None
            }
        }
    }

    pub(super) fn resolve_named(
        &mut self,
        text: &str,
        module: &[String],
        resolver: &Resolver,
        at: &At,
    ) -> Option<Ty> {
        self.resolve(text, module, resolver, at)
    }

    pub(super) fn resolve_expr(
        &mut self,
        expr: &TypeExpr,
        module: &[String],
        resolver: &Resolver,
        at: &At,
    ) -> Option<Ty> {
        Some(match expr {
            TypeExpr::Name(n) => match n.as_str() {
                "integer" => Ty::Integer,
                "double" => Ty::Double,
                "string" | "file" => Ty::String,
                "boolean" => Ty::Boolean,
                "date" => Ty::Date,
                "datetime" => Ty::DateTime,
                "file_data" => Ty::FileData,
                "file_pair" => Ty::FilePair,
                "object" => Ty::Object,
                "pagination" => Ty::Pagination,
                "any" => Ty::Any,
                _ => match resolver.lookup(n, module) {
                    Some(r) => Ty::Named(r),
                    None => {
                        let mut msg = format!(
                            "unknown type `{n}`; expected a built-in type ({})",
                            PRIMITIVES
                                .iter()
                                .map(|(p, _)| *p)
                                .collect::<Vec<_>>()
                                .join(", ")
                        );
                        msg.push_str(" or a type defined in this file or schema/common/");
                        if let Some(close) = resolver.similar(n, module) {
                            msg.push_str(&format!(" (did you mean `{close}`?)"));
                        }
                        self.err(at, msg);
                        return None;
                    }
                },
            },
            TypeExpr::List(inner) => {
                Ty::List(Box::new(self.resolve_expr(inner, module, resolver, at)?))
            }
            TypeExpr::Map(inner) => {
                Ty::Map(Box::new(self.resolve_expr(inner, module, resolver, at)?))
            }
            TypeExpr::Nullable(inner) => {
                Ty::Nullable(Box::new(self.resolve_expr(inner, module, resolver, at)?))
            }
            TypeExpr::OrFalse(inner) => {
                Ty::OrFalse(Box::new(self.resolve_expr(inner, module, resolver, at)?))
            }
            TypeExpr::Over(param, name) => match resolver.lookup(name, module) {
                Some(r) if r.kind == Kind::Object => Ty::Over(*param, r),
                Some(r) => {
                    self.err(
                        at,
                        format!(
                            "`{}({name})`: `{name}` is {}, not an object type with fields",
                            param.keyword(),
                            if r.kind == Kind::Enum {
                                "an enum"
                            } else {
                                "a link"
                            }
                        ),
                    );
                    return None;
                }
                None => {
                    let mut msg = format!(
                        "`{}({name})`: unknown type `{name}`; expected an object type defined in this file or schema/common/",
                        param.keyword()
                    );
                    if let Some(close) = resolver.similar(name, module) {
                        msg.push_str(&format!(" (did you mean `{close}`?)"));
                    }
                    self.err(at, msg);
                    return None;
                }
            },
            TypeExpr::Union(members) => Ty::Union(
                members
                    .iter()
                    .map(|m| self.resolve_expr(m, module, resolver, at))
                    .collect::<Option<_>>()?,
            ),
        })
    }
}

impl Resolver<'_> {
    /// Looks a name up in the module first, then at the crate root.
    pub(super) fn lookup(&self, name: &str, module: &[String]) -> Option<TypeRef> {
        for m in [module.to_vec(), vec![]] {
            if let Some(kind) = self.index.get(&(m.clone(), name.to_owned())) {
                return Some(TypeRef {
                    module: m,
                    name: name.to_owned(),
                    kind: *kind,
                });
            }
        }
        None
    }

    /// The closest name visible from `module` (its own types and the crate
    /// root's), for a "did you mean".
    pub(super) fn similar(&self, name: &str, module: &[String]) -> Option<String> {
        let lower = name.to_ascii_lowercase();
        self.index
            .keys()
            .filter(|(m, _)| m.is_empty() || m == module)
            .map(|(_, n)| (n, n.to_ascii_lowercase()))
            .filter(|(_, l)| {
                *l == lower
                    || l.starts_with(&lower)
                    || lower.starts_with(l.as_str())
                    || edit_distance(l, &lower) <= 2
            })
            .min_by_key(|(_, l)| edit_distance(l, &lower))
            .map(|(n, _)| n.clone())
            .or_else(|| {
                PRIMITIVES
                    .iter()
                    .find(|(p, _)| edit_distance(p, &lower) <= 2)
                    .map(|(p, _)| (*p).to_owned())
            })
    }

    pub(super) fn spellings(&self, r: &TypeRef) -> Vec<String> {
        self.enums
            .get(&(r.module.clone(), r.name.clone()))
            .map(|e| e.spellings.clone())
            .unwrap_or_default()
    }

    /// (variant, primary wire) of each value.
    pub(super) fn enum_values(&self, r: &TypeRef) -> Vec<(String, String)> {
        let Some(e) = self.enums.get(&(r.module.clone(), r.name.clone())) else {
            return vec![];
        };
        e.values
            .iter()
            .filter_map(|v| {
                let wire = match &v.wire {
                    Wire::One(s) => s.clone(),
                    Wire::Many(m) => e
                        .spellings
                        .first()
                        .and_then(|s| m.iter().find(|(k, _)| *k == s))
                        .map(|(_, w)| w.clone())?,
                };
                let rust = v.rust.clone().unwrap_or_else(|| names::variant(&wire));
                Some((rust, wire))
            })
            .collect()
    }

    pub(super) fn wire_values(&self, r: &TypeRef) -> Vec<String> {
        let Some(e) = self.enums.get(&(r.module.clone(), r.name.clone())) else {
            return vec![];
        };
        e.values
            .iter()
            .flat_map(|v| match &v.wire {
                Wire::One(s) => vec![s.clone()],
                Wire::Many(m) => m.iter().map(|(_, w)| w.clone()).collect(),
            })
            .collect()
    }

    pub(super) fn kind_of_link(&self, r: &TypeRef) -> Option<TypeRef> {
        self.link_kinds
            .get(&(r.module.clone(), r.name.clone()))
            .cloned()
    }
}

/// The type `r` names, in types sorted by (module, name) as [`super::Schema::types`] is.
pub fn find_type<'a>(types: &'a [TypeDef], r: &TypeRef) -> Option<&'a TypeDef> {
    types
        .binary_search_by(|t| (&t.module, &t.name).cmp(&(&r.module, &r.name)))
        .ok()
        .map(|i| &types[i])
}

/// Every named type `ty` refers to, directly or inside a list, map, null
/// or union.
pub(crate) fn collect_named(ty: &Ty, out: &mut Vec<TypeRef>) {
    match ty {
        Ty::Named(r) | Ty::Over(_, r) => out.push(r.clone()),
        Ty::List(t) | Ty::Map(t) | Ty::Nullable(t) | Ty::OrFalse(t) => collect_named(t, out),
        Ty::Union(members) => members.iter().for_each(|m| collect_named(m, out)),
        Ty::Integer
        | Ty::Double
        | Ty::String
        | Ty::Boolean
        | Ty::Date
        | Ty::DateTime
        | Ty::FileData
        | Ty::FilePair
        | Ty::Object
        | Ty::Pagination
        | Ty::Any => {}
    }
}

/// The number of single-character edits that turn `a` into `b`.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}
