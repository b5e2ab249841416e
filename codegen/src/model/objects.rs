//! Object types and fields: the fields of an object, a request or an inline
//! result, with their names, types, defaults and spellings; and the check
//! that no struct holds itself.

use super::cx::{At, Cx, Decl, DeclBody, join_label, ty_text, yaml_text};
use super::links::link_in;
use super::names::{self, NameAt};
use super::resolve::Resolver;
use super::{Field, Kind, Ty, TypeBody, TypeDef, TypeRef};
use crate::desc::{self, Entries, ParamDesc};
use std::collections::{BTreeSet, HashMap};

impl Cx<'_> {
    /// The fields of an object type, with the names its responses use.
    pub(super) fn object_fields(
        &mut self,
        o: &desc::ObjectDesc,
        at: &At,
        module: &[String],
        resolver: &Resolver,
    ) -> Vec<Field> {
        let mut fields = self.fields(&o.fields, &at.key("fields"), module, resolver);
        for f in fields.iter_mut() {
            f.response_wire = o.response_case.map(|c| c.apply(&f.wire));
            f.response_wire.take_if(|r| *r == f.wire);
        }
        fields
    }

    /// Gives every field written without a `doc` one that points to the
    /// page (`page`, the URL of the method's or the type's page).
    pub(super) fn document_missing(fields: &mut [Field], page: Option<&str>) {
        for f in fields.iter_mut().filter(|f| f.doc.trim().is_empty()) {
            f.doc = match page {
                Some(url) => format!("See [the documentation page]({url})."),
                None => "See the documentation page.".to_owned(),
            };
        }
    }

    pub(super) fn fields(
        &mut self,
        entries: &Entries<ParamDesc>,
        at: &At,
        module: &[String],
        resolver: &Resolver,
    ) -> Vec<Field> {
        let mut out: Vec<Field> = Vec::new();
        for (wire, p) in entries.iter() {
            let fat = at.key(wire).label(join_label(&at.label, wire));
            let Some(rust) = self.field_name(wire, p.rust.as_deref(), &fat) else {
                continue;
            };
            if let Some(prev) = out.iter().find(|f| f.rust == rust) {
                let msg = format!(
                    "`{wire}` and `{}` both become `{rust}` in Rust; give one of them `rust: <other_name>`",
                    prev.wire
                );
                self.err(&fat, msg);
                continue;
            }
            let Some(ty) = self.resolve(&p.ty, module, resolver, &fat.key("type")) else {
                continue;
            };
            if let Some(link) = link_in(&ty) {
                self.err(
                    &fat.key("type"),
                    format!(
                        "`{}` is a link type, which joins two params; declare them with their own types and set them through `joined`",
                        link.name
                    ),
                );
                continue;
            }
            if p.required && p.required_with.is_some() {
                self.err(
                    &fat.key("required_with"),
                    "a param is either `required` or `required_with` an auth mode, not both",
                );
            }
            if p.required && !p.required_unless.is_empty() {
                self.err(
                    &fat.key("required_unless"),
                    "a param is either `required` or `required_unless` another is given, not both",
                );
            }
            for (i, other) in p.required_unless.iter().enumerate() {
                if other == wire || !entries.iter().any(|(w, _)| w == other) {
                    let names: Vec<&str> = entries
                        .iter()
                        .map(|(w, _)| w)
                        .filter(|w| *w != wire)
                        .collect();
                    self.err(
                        &fat.key("required_unless").index(i),
                        format!(
                            "`{other}` is not another param here; expected one of: {}",
                            names.join(", ")
                        ),
                    );
                }
            }
            if p.secret && ty != Ty::String {
                self.err(
                    &fat.key("secret"),
                    format!("only `string` values can be secret; `{wire}` is `{}`", p.ty),
                );
            }
            let base = match &ty {
                Ty::Nullable(inner) => inner.as_ref(),
                other => other,
            };
            let spelling = self.field_spelling(wire, p, base, resolver, &fat);
            let default = p
                .default
                .as_ref()
                .and_then(|d| self.default_value(d, &ty, resolver, &fat.key("default")));
            let is_enum = |t: &Ty| matches!(t, Ty::Named(r) if r.kind == Kind::Enum);
            let enum_valued = match base {
                Ty::List(inner) => is_enum(inner),
                other => is_enum(other),
            };
            if p.unlisted.is_some() && !enum_valued {
                self.err(
                    &fat.key("unlisted"),
                    format!(
                        "`unlisted` says what happens to a value outside an enum's list; `{wire}` is `{}`, not an enum",
                        p.ty
                    ),
                );
            }
            out.push(Field {
                wire: wire.to_owned(),
                rust,
                schema_ty: p.ty.clone(),
                ty,
                required: p.required,
                required_with: p.required_with,
                required_unless: p.required_unless.clone(),
                default,
                doc: p.doc.clone(),
                spelling,
                secret: p.secret,
                joined: false,
                unlisted: p.unlisted.unwrap_or(desc::Unlisted::Refused),
                response_wire: None,
            });
        }
        out
    }

    /// Which spelling of its enum a field uses, checked: (index, name).
    fn field_spelling(
        &mut self,
        wire: &str,
        p: &ParamDesc,
        base: &Ty,
        resolver: &Resolver,
        fat: &At,
    ) -> Option<(usize, String)> {
        match (&p.spelling, base) {
            (None, _) => None,
            (Some(s), Ty::Named(r)) if r.kind == Kind::Enum => {
                let spellings = resolver.spellings(r);
                match spellings.iter().position(|x| x == s) {
                    Some(i) => Some((i, s.clone())),
                    None => {
                        let known = if spellings.is_empty() {
                            format!("`{}` has a single spelling", r.name)
                        } else {
                            format!("expected one of: {}", spellings.join(", "))
                        };
                        self.err(
                            &fat.key("spelling"),
                            format!("unknown spelling `{s}` of `{}`; {known}", r.name),
                        );
                        None
                    }
                }
            }
            (Some(_), _) => {
                self.err(
                    &fat.key("spelling"),
                    format!(
                        "`spelling` applies to a field whose type is an enum; `{wire}` is `{}`",
                        p.ty
                    ),
                );
                None
            }
        }
    }

    pub(super) fn default_value(
        &mut self,
        value: &serde_yaml::Value,
        ty: &Ty,
        resolver: &Resolver,
        at: &At,
    ) -> Option<String> {
        use serde_yaml::Value as V;
        // A default is a real value, so `T|null` takes the defaults of `T`.
        let ty = match ty {
            Ty::Nullable(inner) => inner.as_ref(),
            other => other,
        };
        let ok = match (ty, value) {
            (Ty::Integer, V::Number(n)) => n.is_i64() || n.is_u64(),
            (Ty::Double, V::Number(_)) => true,
            (Ty::Boolean, V::Bool(_)) => true,
            (Ty::String, V::String(_)) => true,
            (Ty::Named(r), V::String(s)) if r.kind == Kind::Enum => {
                let known = resolver.wire_values(r);
                if !known.iter().any(|k| k == s) {
                    self.err(
                        at,
                        format!(
                            "default `{s}` is not a value of `{}`; expected one of: {}",
                            r.name,
                            known.join(", ")
                        ),
                    );
                    return None;
                }
                true
            }
            _ => false,
        };
        if !ok {
            self.err(
                at,
                format!(
                    "default `{}` does not fit the type `{}`",
                    yaml_text(value),
                    ty_text(ty)
                ),
            );
            return None;
        }
        Some(yaml_text(value))
    }

    /// Derives (or checks the override of) a field's Rust name.
    pub(super) fn field_name(
        &mut self,
        wire: &str,
        rename: Option<&str>,
        at: &At,
    ) -> Option<String> {
        match names::field_name(wire, rename) {
            Ok(name) => Some(name),
            Err((NameAt::Rename, problem)) => {
                self.err(&at.key("rust"), problem);
                None
            }
            Err((NameAt::Field, problem)) => {
                self.err(at, problem);
                None
            }
        }
    }

    /// A struct that holds itself other than through a list would be
    /// infinitely large: reports the first field of each that does.
    pub(super) fn check_recursion(&mut self, decls: &[Decl], types: &[TypeDef]) {
        // Looked up by (module, name) once each, not by a scan per lookup,
        // which made this check quadratic in the number of types.
        let index: HashMap<(&[String], &str), &TypeDef> = types
            .iter()
            .map(|t| ((t.module.as_slice(), t.name.as_str()), t))
            .collect();
        for d in decls {
            if !matches!(d.body, DeclBody::Object(_)) {
                continue;
            }
            let Some(&t) = index.get(&(d.module.as_slice(), d.name.as_str())) else {
                continue;
            };
            for (field, inner) in held(t) {
                if let Some(chain) = holds(&index, &inner, t) {
                    let fat =
                        d.at.key("fields")
                            .key(&field)
                            .label(join_label(&d.at.label, &field));
                    self.err(
                        &fat,
                        format!(
                            "`{field}` makes `{}` contain itself ({} → {}); the struct would be infinitely large, so use a list `[{}]`",
                            t.name,
                            t.name,
                            chain.join(" → "),
                            inner.name
                        ),
                    );
                    break;
                }
            }
        }
    }
}

/// The object types a struct holds by value (not through a list), by field.
fn held(t: &TypeDef) -> Vec<(String, TypeRef)> {
    let TypeBody::Object(fields) = &t.body else {
        return vec![];
    };
    fields
        .iter()
        .filter_map(|f| match &f.ty {
            Ty::Named(r) if r.kind == Kind::Object => Some((f.wire.clone(), r.clone())),
            Ty::Nullable(inner) | Ty::OrFalse(inner) => match inner.as_ref() {
                Ty::Named(r) if r.kind == Kind::Object => Some((f.wire.clone(), r.clone())),
                Ty::OrFalse(inner) => match inner.as_ref() {
                    Ty::Named(r) if r.kind == Kind::Object => Some((f.wire.clone(), r.clone())),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        })
        .collect()
}

/// The chain of types by which `from` holds `target` by value, if it does.
fn holds(
    index: &HashMap<(&[String], &str), &TypeDef>,
    from: &TypeRef,
    target: &TypeDef,
) -> Option<Vec<String>> {
    let mut stack = vec![(from.clone(), vec![from.name.clone()])];
    let mut seen: BTreeSet<(Vec<String>, String)> = BTreeSet::new();
    while let Some((r, chain)) = stack.pop() {
        if r.module == target.module && r.name == target.name {
            return Some(chain);
        }
        if !seen.insert((r.module.clone(), r.name.clone())) {
            continue;
        }
        if let Some(t) = index.get(&(r.module.as_slice(), r.name.as_str())) {
            for (_, next) in held(t) {
                let mut chain = chain.clone();
                chain.push(next.name.clone());
                stack.push((next, chain));
            }
        }
    }
    None
}
