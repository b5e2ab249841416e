//! Link types (an enum kind plus a string id): their constructors and id
//! formats, and the pairs of request params a link sets together.

use super::cx::{At, Cx, join_label, ty_text};
use super::names::{self, is_keyword, is_snake_ident};
use super::resolve::Resolver;
use super::{Constructor, Field, FormatPart, Joined, Kind, LinkDef, Ty, TypeRef};
use crate::desc;

impl Cx<'_> {
    /// Checks a link's kind and constructors and builds its definition;
    /// `None` when its kind is not an enum.
    pub(super) fn link_def(
        &mut self,
        l: &desc::LinkDesc,
        at: &At,
        module: &[String],
        resolver: &Resolver,
    ) -> Option<LinkDef> {
        let kind = match self.resolve_named(&l.kind, module, resolver, &at.key("kind"))? {
            Ty::Named(r) if r.kind == Kind::Enum => r,
            _ => {
                self.err(
                    &at.key("kind"),
                    format!("`{}` is not an enum; a link's kind names an enum", l.kind),
                );
                return None;
            }
        };
        let values = resolver.enum_values(&kind);
        let mut constructors: Vec<Constructor> = Vec::new();
        for (name, c) in l.constructors.iter() {
            let cat = at
                .key("constructors")
                .key(name)
                .label(join_label(&at.label, name));
            if !names::constructor_is_usable(name) {
                self.err(&cat, format!("constructor name `{name}` must be a snake_case identifier other than a keyword, `raw`, `kind`, `id` or `into_parts`"));
                continue;
            }
            let Some((variant, kind_wire)) = values.iter().find(|(_, w)| *w == c.kind).cloned()
            else {
                let known: Vec<&str> = values.iter().map(|(_, w)| w.as_str()).collect();
                self.err(
                    &cat.key("kind"),
                    format!(
                        "`{}` is not a value of `{}`; expected one of: {}",
                        c.kind,
                        kind.name,
                        known.join(", ")
                    ),
                );
                continue;
            };
            let parts = match parse_format(&c.format) {
                Ok(p) => p,
                Err(msg) => {
                    self.err(&cat.key("format"), msg);
                    continue;
                }
            };
            constructors.push(Constructor {
                rust: name.to_owned(),
                kind_variant: variant,
                kind_wire,
                format: c.format.clone(),
                parts,
                doc: c.doc.clone(),
            });
        }
        Some(LinkDef { kind, constructors })
    }

    /// Checks a `joined` pair against the method's params and marks both
    /// as set through it.
    pub(super) fn joined(
        &mut self,
        name: &str,
        j: &desc::JoinedDesc,
        at: &At,
        params: &mut [Field],
        module: &[String],
        resolver: &Resolver,
    ) -> Option<Joined> {
        let rust = self.field_name(name, j.rust.as_deref(), at)?;
        let ty = match self.resolve_named(&j.ty, module, resolver, &at.key("type"))? {
            Ty::Named(r) if r.kind == Kind::Link => r,
            _ => {
                self.err(
                    &at.key("type"),
                    format!(
                        "`{}` is not a link type; `joined` needs a type from a `links:` section",
                        j.ty
                    ),
                );
                return None;
            }
        };
        if j.params.len() != 2 {
            self.err(
                &at.key("params"),
                format!(
                    "expected two params (the kind, then the id), found {}",
                    j.params.len()
                ),
            );
            return None;
        }
        let mut idx = [0usize; 2];
        for (i, wire) in j.params.iter().enumerate() {
            match params.iter().position(|p| p.wire == *wire) {
                Some(k) => idx[i] = k,
                None => {
                    self.err(
                        &at.key("params").index(i),
                        format!("no param `{wire}` in this method"),
                    );
                    return None;
                }
            }
        }
        // A link whose own definition is broken was reported there.
        let link_kind = resolver.kind_of_link(&ty)?;
        if !matches!(&params[idx[0]].ty, Ty::Named(r) if *r == link_kind) {
            self.err(
                &at.key("params").index(0),
                format!(
                    "`{}` must have the link's kind type `{}`, found `{}`",
                    params[idx[0]].wire,
                    link_kind.name,
                    ty_text(&params[idx[0]].ty)
                ),
            );
            return None;
        }
        if params[idx[1]].ty != Ty::String {
            self.err(
                &at.key("params").index(1),
                format!(
                    "`{}` must be a `string` to carry the id, found `{}`",
                    params[idx[1]].wire,
                    ty_text(&params[idx[1]].ty)
                ),
            );
            return None;
        }
        for (i, &k) in idx.iter().enumerate() {
            if params[k].required {
                self.err(
                    &at.key("params").index(i),
                    format!(
                        "`{}` is required, but joined params are set together through one optional setter; drop `required` or leave it out of `joined`",
                        params[k].wire
                    ),
                );
                return None;
            }
        }
        for &k in &idx {
            params[k].joined = true;
        }
        if params.iter().any(|p| !p.joined && p.rust == rust) {
            self.err(
                at,
                format!("`{name}` becomes the setter `{rust}`, which a parameter already uses"),
            );
            return None;
        }
        Some(Joined {
            rust,
            ty,
            kind_field: params[idx[0]].rust.clone(),
            id_field: params[idx[1]].rust.clone(),
            wires: [params[idx[0]].wire.clone(), params[idx[1]].wire.clone()],
            doc: j.doc.clone(),
        })
    }
}

/// Parses a link id format such as `DEAL|{id:integer}`.
pub fn parse_format(format: &str) -> Result<Vec<FormatPart>, String> {
    let mut parts = Vec::new();
    let mut rest = format;
    let mut names: Vec<String> = Vec::new();
    while !rest.is_empty() {
        match rest.find(['{', '}']) {
            Some(i) if rest.as_bytes()[i] == b'}' => {
                return Err(format!(
                    "format `{format}` has `}}` without an opening `{{`"
                ));
            }
            Some(i) => {
                if i > 0 {
                    parts.push(FormatPart::Text(rest[..i].to_owned()));
                }
                let Some(end) = rest[i..].find('}') else {
                    return Err(format!("format `{format}` has `{{` without a closing `}}`"));
                };
                let inner = &rest[i + 1..i + end];
                let Some((name, ty)) = inner.split_once(':') else {
                    return Err(format!(
                        "placeholder `{{{inner}}}` needs a type: `{{name:integer}}` or `{{name:string}}`"
                    ));
                };
                let numeric = match ty.trim() {
                    "integer" => true,
                    "string" => false,
                    other => {
                        return Err(format!(
                            "placeholder `{{{inner}}}` has type `{other}`; expected `integer` or `string`"
                        ));
                    }
                };
                let name = name.trim();
                if !is_snake_ident(name) || is_keyword(name) {
                    return Err(format!(
                        "placeholder name `{name}` must be a snake_case identifier that is not a keyword"
                    ));
                }
                if names.iter().any(|n| n == name) {
                    return Err(format!("placeholder `{name}` appears twice in `{format}`"));
                }
                names.push(name.to_owned());
                parts.push(FormatPart::Arg {
                    name: name.to_owned(),
                    numeric,
                });
                rest = &rest[i + end + 1..];
            }
            None => {
                parts.push(FormatPart::Text(rest.to_owned()));
                rest = "";
            }
        }
    }
    if names.is_empty() {
        return Err(format!(
            "format `{format}` has no `{{name:type}}` placeholder; a constant id needs no constructor"
        ));
    }
    Ok(parts)
}

/// The link type a type refers to, directly or inside a list or null.
pub(super) fn link_in(ty: &Ty) -> Option<&TypeRef> {
    match ty {
        Ty::Named(r) if r.kind == Kind::Link => Some(r),
        Ty::List(t) | Ty::Nullable(t) | Ty::OrFalse(t) => link_in(t),
        _ => None,
    }
}
