//! Methods: the header (name, module, docs, auth), the params with their
//! `required_with` and `joined` pairs, the result, and the checks across
//! methods (one Rust path each, one module per wire prefix, no clash with a
//! schema type).

use super::cx::{At, Cx, join_label, page_url};
use super::links::link_in;
use super::names;
use super::resolve::Resolver;
use super::{Field, Joined, Kind, Method, ResultBody, ResultShape};
use crate::desc::{self, MethodFile};
use std::collections::{BTreeMap, BTreeSet};

impl Cx<'_> {
    /// Checks one method file and builds its method; `None` when its header
    /// or result is too broken to generate from (each problem reported).
    pub(super) fn method(
        &mut self,
        m: &MethodFile,
        at: &At,
        resolver: &Resolver,
        system_codes: &BTreeSet<String>,
    ) -> Option<Method> {
        let (module, rust) = self.method_header(m, at)?;
        let scope_module = vec![m.scope.clone()];
        let mut params = self.fields(&m.params, &at.key("params"), &scope_module, resolver);
        Self::document_missing(&mut params, Some(&page_url(&m.docs)));
        self.check_required_with(m, &params, at);
        let joined = self.joined_params(m, at, &mut params, &scope_module, resolver);
        let result = self.result(&m.returns, &at.key("returns"), &scope_module, resolver);
        let errors = self.errors(&m.errors, &at.key("errors"), true);
        self.check_shadowing(m, &errors, at, system_codes);
        let mut result = result?;
        if let ResultBody::Fields(fields) = &mut result.body {
            Self::document_missing(fields, Some(&page_url(&m.docs)));
        }
        let paging = m.paging.as_ref().and_then(|p| {
            let pat = at.key("paging").label(join_label(&at.label, "paging"));
            self.paging(p, &params, &result, &pat)
        });
        let permissions = self.permissions(m, at);
        Some(Method {
            wire: m.method.clone(),
            scope: m.scope.clone(),
            api: m.api,
            permissions,
            module,
            rust,
            docs_url: page_url(&m.docs),
            who: m.who.clone(),
            idempotent: m.idempotent,
            auth: m.auth.clone(),
            summary: m.summary.clone(),
            description: m.description.clone(),
            params,
            joined,
            result,
            errors,
            paging,
        })
    }

    /// The permissions of `permission:` (at least one, each a scope name:
    /// lower case, digits and `_`), else `[scope]`.
    fn permissions(&mut self, m: &MethodFile, at: &At) -> Vec<String> {
        let Some(given) = &m.permission else {
            return vec![m.scope.clone()];
        };
        let pat = at.key("permission");
        if given.is_empty() {
            self.err(
                &pat,
                "`permission` is empty; list the scopes of which a caller needs one (`[task]`), or leave the key out for the method's scope",
            );
        }
        let mut seen = BTreeSet::new();
        for name in given {
            // Segments of lower-case letters, digits and `_`, joined by
            // dots: `user_brief`, `user.userfield`.
            let valid = name.split('.').all(|segment| {
                !segment.is_empty()
                    && segment
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            });
            if !valid {
                self.err(
                    &pat,
                    format!("permission `{name}` is not a scope name (lower case letters, digits and `_`, in segments joined by dots, as `user_brief` or `user.userfield`)"),
                );
            } else if !seen.insert(name.as_str()) {
                self.err(&pat, format!("permission `{name}` is listed twice"));
            }
        }
        given.clone()
    }

    /// The method's name, file name, module, scope, docs and auth: its
    /// module path and request type name, or `None` when they cannot be had.
    fn method_header(&mut self, m: &MethodFile, at: &At) -> Option<(Vec<String>, String)> {
        let src = &self.sources[at.file];
        let segments: Vec<&str> = m.method.split('.').collect();
        if segments.len() < 2
            || segments
                .iter()
                .any(|s| s.is_empty() || !s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
        {
            self.err(
                &at.key("method"),
                format!(
                    "method name `{}` must be dot-separated words such as `im.chat.add`",
                    m.method
                ),
            );
            return None;
        }
        let stem = src
            .path
            .file_name()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        if stem != format!("{}.yaml", m.method) {
            self.err(
                &at.key("method"),
                format!(
                    "the file is named `{stem}` but describes `{}`; name it `{}.yaml`",
                    m.method, m.method
                ),
            );
        }
        let module = match crate::modules::path(&segments, &m.modules) {
            // REST 3.0 methods share names with classic ones
            // (`tasks.task.get`): theirs go under `<scope>::v3`.
            Ok(mut module) if m.api == crate::desc::Api::V3 => {
                module.insert(1, "v3".to_owned());
                module
            }
            Ok(module) => module,
            Err(problems) => {
                for (key, message) in problems {
                    let at = match key {
                        Some(k) => at.key("modules").key(&k),
                        None => at.key("method"),
                    };
                    self.err(&at, message);
                }
                return None;
            }
        };
        if module[0] != m.scope {
            self.err(
                &at.key("scope"),
                format!("scope `{}` differs from the method's first segment `{}`; the types and the method would land in different modules", m.scope, segments[0]),
            );
        }
        let last = segments[segments.len() - 1];
        let rust = names::method_type(last);
        if !names::is_ident(&rust) || names::is_keyword(&rust) {
            self.err(
                &at.key("method"),
                format!("the last segment `{last}` does not give a type name (`{rust}`); it must start with a letter and not become a keyword"),
            );
            return None;
        }
        if !m.docs.ends_with(".md") || m.docs.starts_with('/') || m.docs.contains("://") {
            self.err(
                &at.key("docs"),
                format!(
                    "docs `{}` must be a page path relative to the docs root, ending in `.md`",
                    m.docs
                ),
            );
        }
        if m.auth.is_empty() {
            self.err(
                &at.key("auth"),
                "auth is empty; expected at least one of `webhook`, `oauth`",
            );
        }
        Some((module, rust))
    }

    /// A param `required_with` an auth mode the method must accept.
    fn check_required_with(&mut self, m: &MethodFile, params: &[Field], at: &At) {
        // Params that failed their own checks are not in `params`: pair the
        // rest with their entries by wire name, never by position.
        for p in params {
            let Some((name, pd)) = m.params.iter().find(|(w, _)| *w == p.wire) else {
                continue;
            };
            if let Some(mode) = pd.required_with
                && !m.auth.contains(&mode)
            {
                let at = at
                    .key("params")
                    .key(name)
                    .key("required_with")
                    .label(join_label(&at.label, name));
                self.err(
                    &at,
                    format!(
                        "`{}` is required with `{}` auth, which the method does not accept; it accepts: {}",
                        p.wire,
                        mode.as_str(),
                        m.auth
                            .iter()
                            .map(|a| a.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                );
            }
        }
    }

    /// The method's `joined` pairs, each with a setter name of its own.
    fn joined_params(
        &mut self,
        m: &MethodFile,
        at: &At,
        params: &mut [Field],
        scope_module: &[String],
        resolver: &Resolver,
    ) -> Vec<Joined> {
        let mut joined = Vec::new();
        for (name, j) in m.joined.iter() {
            // A joined param that failed its own checks was reported there.
            let broken = j.params.iter().any(|w| {
                m.params.iter().any(|(k, _)| k == w) && !params.iter().any(|p| p.wire == *w)
            });
            if broken {
                continue;
            }
            let jat = at
                .key("joined")
                .key(name)
                .label(join_label(&at.label, name));
            if let Some(value) = self.joined(name, j, &jat, params, scope_module, resolver) {
                if let Some(prev) = joined.iter().find(|p: &&Joined| p.rust == value.rust) {
                    let msg = format!(
                        "`{name}` becomes the setter `{}`, which `joined` already uses for `{}`; give one of them `rust: <name>`",
                        value.rust,
                        prev.wires.join(" + ")
                    );
                    self.err(&jat, msg);
                } else {
                    joined.push(value);
                }
            }
        }
        joined
    }

    /// The `returns` block: the result (a type or inline fields), `time`
    /// and the envelope members beside it.
    pub(super) fn result(
        &mut self,
        r: &desc::Returns,
        at: &At,
        module: &[String],
        resolver: &Resolver,
    ) -> Option<ResultShape> {
        let rat = at.key("result").label(join_label(&at.label, "result"));
        let body = match (&r.result.ty, &r.result.fields) {
            (Some(ty), None) => {
                let resolved = self.resolve(ty, module, resolver, &rat.key("type"))?;
                if let Some(link) = link_in(&resolved) {
                    let msg = format!(
                        "`{}` is a link type, which only joins request params; a result cannot have it",
                        link.name
                    );
                    self.err(&rat.key("type"), msg);
                    return None;
                }
                ResultBody::Type(resolved, ty.clone())
            }
            (None, Some(fields)) => {
                ResultBody::Fields(self.fields(fields, &rat.key("fields"), module, resolver))
            }
            _ => {
                self.err(
                    &rat,
                    "give exactly one of `type` (a plain result) or `fields` (an object result)",
                );
                return None;
            }
        };
        let tat = at.key("time").label(join_label(&at.label, "time"));
        if r.time.ty != "Time" {
            self.err(
                &tat.key("type"),
                format!(
                    "the `time` block has the shared type `Time`, found `{}`",
                    r.time.ty
                ),
            );
        } else if resolver.index.get(&(vec![], "Time".to_owned())) != Some(&Kind::Object) {
            self.err(
                &tat.key("type"),
                "the shared type `Time` is not defined; schema/common/ must define it as an object type at the crate root",
            );
        }
        let mut envelope = Vec::new();
        for (name, member) in [("total", &r.total), ("next", &r.next)] {
            let Some(member) = member else {
                continue;
            };
            if member.ty != "integer" {
                self.err(
                    &at.key(name).key("type").label(join_label(&at.label, name)),
                    format!(
                        "the envelope's `{name}` is an `integer`, found `{}`",
                        member.ty
                    ),
                );
            }
            envelope.push((name.to_owned(), member.doc.clone()));
        }
        Some(ResultShape {
            doc: r.result.doc.clone(),
            body,
            envelope,
        })
    }

    /// Two methods must not land on the same Rust path.
    pub(super) fn check_method_paths(&mut self, methods: &[Method]) {
        let mut paths: BTreeMap<(Vec<String>, String), String> = BTreeMap::new();
        for m in methods {
            if let Some(prev) = paths.insert((m.module.clone(), m.rust.clone()), m.wire.clone()) {
                let at = self.method_key(&m.wire);
                self.err(
                    &at,
                    format!(
                        "`{}` and `{prev}` both become `{}::{}`; method names must differ after case conversion",
                        m.wire,
                        m.module.join("::"),
                        m.rust
                    ),
                );
            }
        }
    }

    /// Methods of one API under one wire prefix share its module (REST 3.0
    /// ones have theirs under `<scope>::v3`).
    pub(super) fn check_method_modules(&mut self, methods: &[Method]) {
        for api in [crate::desc::Api::V2, crate::desc::Api::V3] {
            let of_api: Vec<&Method> = methods.iter().filter(|m| m.api == api).collect();
            let paths: Vec<(&str, &[String])> = of_api
                .iter()
                .map(|m| (m.wire.as_str(), m.module.as_slice()))
                .collect();
            for (i, message) in crate::modules::disagreements(&paths) {
                let at = self.method_key(&of_api[i].wire);
                self.err(&at, message);
            }
        }
    }

    /// Generated method names must not clash with types of the same module.
    pub(super) fn check_generated_names(
        &mut self,
        methods: &[Method],
        index: &BTreeMap<(Vec<String>, String), Kind>,
    ) {
        for m in methods {
            for suffix in ["", "Result", "Error"] {
                let name = format!("{}{}", m.rust, suffix);
                if index.contains_key(&(m.module.clone(), name.clone())) {
                    let at = self.method_key(&m.wire);
                    self.err(&at, format!("the generated type `{name}` clashes with a schema type of the same name in `{}`", m.module.join("::")));
                }
            }
        }
    }
}
