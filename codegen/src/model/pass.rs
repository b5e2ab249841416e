//! The pass [`super::build`] runs, as named steps: declare every type,
//! resolve their bodies, build the methods, check what spans files, and mark
//! the types a request carries.

use super::cx::{At, Cx, Decl, DeclBody, join_label, module_label, page_url};
use super::resolve::{Resolver, collect_named, find_type};
use super::{Content, ErrorCode, Kind, Method, Schema, Ty, TypeBody, TypeDef, TypeRef, names};
use crate::desc::{self, Entries};
use std::collections::{BTreeMap, BTreeSet};

/// Every type's kind, by (module, name).
type Index = BTreeMap<(Vec<String>, String), Kind>;

/// What the first step finds: the declared types and the system errors.
struct Declared<'a> {
    decls: Vec<Decl<'a>>,
    system_errors: Vec<ErrorCode>,
    /// Where the system errors are defined, once they are.
    system_at: Option<At>,
}

impl<'a> Cx<'a> {
    /// Runs every step; the problems are left in `self.diags`.
    pub(super) fn run(&mut self) -> Schema {
        let Declared {
            decls,
            system_errors,
            system_at,
        } = self.declare_all();
        self.check_unique_types(&decls);
        let index: Index = decls
            .iter()
            .map(|d| {
                let kind = match d.body {
                    DeclBody::Object(_) => Kind::Object,
                    DeclBody::Enum(_) => Kind::Enum,
                    DeclBody::Link(_) => Kind::Link,
                };
                ((d.module.clone(), d.name.clone()), kind)
            })
            .collect();
        let enums: BTreeMap<(Vec<String>, String), &desc::EnumDesc> = decls
            .iter()
            .filter_map(|d| match d.body {
                DeclBody::Enum(e) => Some(((d.module.clone(), d.name.clone()), e)),
                _ => None,
            })
            .collect();
        let mut resolver = Resolver {
            index: &index,
            enums: &enums,
            link_kinds: BTreeMap::new(),
        };
        let mut types = self.type_bodies(&decls, &resolver);
        self.check_recursion(&decls, &types);
        for t in &types {
            if let TypeBody::Link(l) = &t.body {
                resolver
                    .link_kinds
                    .insert((t.module.clone(), t.name.clone()), l.kind.clone());
            }
        }
        let methods = self.methods(&resolver, &system_errors);
        self.check_method_paths(&methods);
        self.check_method_modules(&methods);
        self.check_generated_names(&methods, &index);
        let events = self.events(&resolver, &index, &methods, &mut types);
        if system_at.is_none() && !self.sources.is_empty() {
            self.err(
                &At::root(0, "system_errors".into()),
                "no `system_errors` found; schema/common/ must define them once",
            );
        }
        // Sorted, so that each lookup is a binary search (a linear one made
        // marking the input types quadratic in the number of methods).
        types.sort_by(|a, b| (&a.module, &a.name).cmp(&(&b.module, &b.name)));
        mark_input_types(&mut types, &methods);
        mark_listed_types(&mut types, &methods);
        Schema {
            methods,
            types,
            system_errors,
            events,
        }
    }

    /// Step 1: every named type of every file, with its module, and the
    /// system errors of the one shared file that defines them.
    fn declare_all(&mut self) -> Declared<'a> {
        let sources = self.sources;
        let mut out = Declared {
            decls: Vec::new(),
            system_errors: Vec::new(),
            system_at: None,
        };
        for (file, src) in sources.iter().enumerate() {
            let root = At::root(file, String::new());
            match &src.content {
                Content::Method(m) => {
                    let root = root.label(m.method.clone());
                    self.check_scope(&m.scope, &root.key("scope"));
                    let module = vec![m.scope.clone()];
                    self.declare(&mut out.decls, &module, &root, &m.types, &m.enums, &m.links);
                }
                Content::Shared(s) => {
                    // Shared declarations are labelled by their own names (`Color.RED`).
                    // Its own keys are labelled by the file, as the parser does.
                    let stem = src
                        .path
                        .file_stem()
                        .map(|s| s.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    let module = match &s.scope {
                        Some(scope) => {
                            self.check_scope(scope, &root.key("scope").label(stem));
                            vec![scope.clone()]
                        }
                        None => vec![],
                    };
                    self.declare(&mut out.decls, &module, &root, &s.types, &s.enums, &s.links);
                    if !s.system_errors.is_empty() {
                        if let Some(prev) = &out.system_at {
                            let first = sources[prev.file].path.display().to_string();
                            self.err(
                                &root.key("system_errors").label("system_errors".into()),
                                format!("system errors are already defined in {first}; keep them in one file"),
                            );
                        } else {
                            out.system_at = Some(root.key("system_errors"));
                            out.system_errors =
                                self.errors(&s.system_errors, &root.key("system_errors"), false);
                        }
                    }
                }
            }
        }
        out
    }

    fn check_scope(&mut self, scope: &str, at: &At) {
        if let Some(problem) = names::scope_problem(scope) {
            self.err(at, problem);
        }
    }

    /// The types, enums and links of one file whose names are usable.
    fn declare<'s>(
        &mut self,
        decls: &mut Vec<Decl<'s>>,
        module: &[String],
        root: &At,
        types: &'s Entries<desc::ObjectDesc>,
        enums: &'s Entries<desc::EnumDesc>,
        links: &'s Entries<desc::LinkDesc>,
    ) {
        let sections: [(&str, Vec<(&str, DeclBody<'s>)>); 3] = [
            (
                "types",
                types
                    .iter()
                    .map(|(n, o)| (n, DeclBody::Object(o)))
                    .collect(),
            ),
            (
                "enums",
                enums.iter().map(|(n, e)| (n, DeclBody::Enum(e))).collect(),
            ),
            (
                "links",
                links.iter().map(|(n, l)| (n, DeclBody::Link(l))).collect(),
            ),
        ];
        for (section, items) in sections {
            for (name, body) in items {
                let at = root
                    .key(section)
                    .key(name)
                    .label(join_label(&root.label, name));
                if let Some(problem) = names::type_name_problem(name, module.is_empty()) {
                    self.err(&at, problem);
                    continue;
                }
                decls.push(Decl {
                    module: module.to_vec(),
                    name: name.to_owned(),
                    at,
                    body,
                });
            }
        }
    }

    /// Type names are unique within a module.
    fn check_unique_types(&mut self, decls: &[Decl]) {
        let sources = self.sources;
        let mut seen: BTreeMap<(Vec<String>, String), usize> = BTreeMap::new();
        for (i, d) in decls.iter().enumerate() {
            if let Some(&j) = seen.get(&(d.module.clone(), d.name.clone())) {
                let other = &decls[j];
                let mut other_file = sources[other.at.file].path.display().to_string();
                if other.at.label != other.name {
                    other_file.push_str(&format!(" ({})", other.at.label));
                }
                let msg = format!(
                    "type `{}` is already defined in {}; type names must be unique within module `{}`",
                    d.name,
                    other_file,
                    module_label(&d.module)
                );
                let at = d.at.clone();
                self.err(&at, msg);
            } else {
                seen.insert((d.module.clone(), d.name.clone()), i);
            }
        }
    }

    /// Step 2: the body of every declared type, in declaration order; a link
    /// whose kind is broken is left out.
    fn type_bodies(&mut self, decls: &[Decl], resolver: &Resolver) -> Vec<TypeDef> {
        let sources = self.sources;
        let types = self.par_map(decls, |cx, d| {
            let body = match d.body {
                DeclBody::Object(o) => {
                    TypeBody::Object(cx.object_fields(o, &d.at, &d.module, resolver))
                }
                DeclBody::Enum(e) => TypeBody::Enum(cx.enum_def(e, &d.at)),
                DeclBody::Link(l) => TypeBody::Link(cx.link_def(l, &d.at, &d.module, resolver)?),
            };
            let mut def = TypeDef {
                module: d.module.clone(),
                name: d.name.clone(),
                doc: match d.body {
                    DeclBody::Object(o) => o.doc.clone(),
                    DeclBody::Enum(e) => e.doc.clone(),
                    DeclBody::Link(l) => l.doc.clone(),
                },
                origin: sources[d.at.file].path.display().to_string(),
                docs_url: match (&sources[d.at.file].content, &d.body) {
                    (Content::Method(m), _) => Some(page_url(&m.docs)),
                    // Included fragments (`_includes/`) are not pages of their own.
                    (Content::Shared(s), body) => s
                        .docs
                        .as_deref()
                        .filter(|docs| !docs.starts_with('_'))
                        .map(|docs| match body {
                            DeclBody::Object(desc::ObjectDesc {
                                anchor: Some(anchor),
                                ..
                            }) => format!("{}#{}", page_url(docs), anchor.first()),
                            _ => page_url(docs),
                        }),
                },
                body,
                input: false,
                listed: false,
            };
            if let TypeBody::Object(fields) = &mut def.body {
                Cx::document_missing(fields, def.docs_url.as_deref());
            }
            Some(def)
        });
        types.into_iter().flatten().collect()
    }

    /// Step 3: every method file's method, sorted by wire name.
    fn methods(&mut self, resolver: &Resolver, system_errors: &[ErrorCode]) -> Vec<Method> {
        let sources = self.sources;
        let system_codes: BTreeSet<String> = system_errors.iter().map(|e| e.code.clone()).collect();
        let files: Vec<(usize, &desc::MethodFile)> = sources
            .iter()
            .enumerate()
            .filter_map(|(file, src)| match &src.content {
                Content::Method(m) => Some((file, &**m)),
                Content::Shared(_) => None,
            })
            .collect();
        let methods = self.par_map(&files, |cx, &(file, m)| {
            cx.method(
                m,
                &At::root(file, m.method.clone()),
                resolver,
                &system_codes,
            )
        });
        let mut methods: Vec<Method> = methods.into_iter().flatten().collect();
        methods.sort_by(|a, b| a.wire.cmp(&b.wire));
        methods
    }

    /// `f` over every item, in runs of neighbouring items on up to
    /// [`crate::threads`] threads, each run with a context of its own (the
    /// checks of one item only add diagnostics); the results and the
    /// diagnostics come back in item order, as on one thread.
    fn par_map<T: Sync, R: Send>(
        &mut self,
        items: &[T],
        f: impl Fn(&mut Cx<'a>, &T) -> R + Sync,
    ) -> Vec<R> {
        let threads = crate::threads().min(items.len() / 16).max(1);
        if threads == 1 {
            return items.iter().map(|item| f(self, item)).collect();
        }
        let sources = self.sources;
        let f = &f;
        let run = move |run: &[T]| {
            let mut cx = Cx {
                sources,
                diags: Vec::new(),
            };
            let out: Vec<R> = run.iter().map(|item| f(&mut cx, item)).collect();
            (out, cx.diags)
        };
        let size = items.len().div_ceil(threads);
        let runs: Vec<(Vec<R>, Vec<crate::Diagnostic>)> = std::thread::scope(|s| {
            let handles: Vec<_> = items[size..]
                .chunks(size)
                .map(|chunk| s.spawn(move || run(chunk)))
                .collect();
            let mut runs = vec![run(&items[..size])];
            for h in handles {
                runs.push(h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)));
            }
            runs
        });
        let mut out = Vec::with_capacity(items.len());
        for (results, diags) in runs {
            out.extend(results);
            self.diags.extend(diags);
        }
        out
    }
}

/// Marks the object types a list method's `filter(T)`, `order(T)` or
/// `select(T)` is over. `types` must be sorted by (module, name).
fn mark_listed_types(types: &mut [TypeDef], methods: &[Method]) {
    for m in methods {
        for p in &m.params {
            if let Ty::Over(_, r) = &p.ty
                && let Ok(i) =
                    types.binary_search_by(|t| (&t.module, &t.name).cmp(&(&r.module, &r.name)))
            {
                types[i].listed = true;
            }
        }
    }
}

/// The last step: marks the types reachable from a request param (they get a
/// constructor and setters). `types` must be sorted by (module, name).
fn mark_input_types(types: &mut [TypeDef], methods: &[Method]) {
    let mut input: BTreeSet<(Vec<String>, String)> = BTreeSet::new();
    let mut stack: Vec<TypeRef> = Vec::new();
    for m in methods {
        // A filter over a type's fields does not send the type itself.
        for p in m.params.iter().filter(|p| !matches!(p.ty, Ty::Over(..))) {
            collect_named(&p.ty, &mut stack);
        }
        for j in &m.joined {
            stack.push(j.ty.clone());
        }
    }
    while let Some(r) = stack.pop() {
        if !input.insert((r.module.clone(), r.name.clone())) {
            continue;
        }
        if let Some(t) = find_type(types, &r) {
            match &t.body {
                TypeBody::Object(fields) => {
                    fields.iter().for_each(|f| collect_named(&f.ty, &mut stack))
                }
                TypeBody::Link(l) => stack.push(l.kind.clone()),
                TypeBody::Enum(_) => {}
            }
        }
    }
    for t in types {
        t.input = input.contains(&(t.module.clone(), t.name.clone()));
    }
}
