//! The state of one [`super::build`] pass: the sources, the diagnostics found
//! so far, and where in a file each check is (an [`At`]).

use super::{Content, DOCS_BASE, Source, Ty};
use crate::desc;
use crate::diag::Diagnostic;
use crate::locate::{Step, locate};

/// The sources being checked and the problems found in them.
pub(super) struct Cx<'a> {
    pub(super) sources: &'a [Source],
    pub(super) diags: Vec<Diagnostic>,
}

impl Cx<'_> {
    /// Reports a problem at `at`, with the line and column of its node.
    pub(super) fn err(&mut self, at: &At, message: impl Into<String>) {
        let src = &self.sources[at.file];
        let pos = locate(&src.text, &at.steps);
        self.diags.push(Diagnostic {
            file: src.path.clone(),
            line: pos.map(|p| p.0),
            column: pos.map(|p| p.1),
            path: at.label.clone(),
            message: message.into(),
        });
    }

    /// Where the `method:` key of the file describing `wire` is, for the
    /// checks across methods; the first file when none does.
    pub(super) fn method_key(&self, wire: &str) -> At {
        let file = self
            .sources
            .iter()
            .position(|s| matches!(&s.content, Content::Method(f) if f.method == wire))
            .unwrap_or(0);
        At {
            file,
            label: wire.to_owned(),
            steps: vec![Step::Key("method".into())],
        }
    }
}

/// Where a declaration sits: which file, and the label and YAML path of its node.
#[derive(Clone)]
pub(super) struct At {
    pub(super) file: usize,
    pub(super) label: String,
    pub(super) steps: Vec<Step>,
}

impl At {
    /// The root of file `file`, labelled `label`.
    pub(super) fn root(file: usize, label: String) -> At {
        At {
            file,
            label,
            steps: vec![],
        }
    }
    pub(super) fn key(&self, key: &str) -> At {
        let mut steps = self.steps.clone();
        steps.push(Step::Key(key.to_owned()));
        At {
            file: self.file,
            label: self.label.clone(),
            steps,
        }
    }
    pub(super) fn index(&self, i: usize) -> At {
        let mut steps = self.steps.clone();
        steps.push(Step::Index(i));
        At {
            file: self.file,
            label: self.label.clone(),
            steps,
        }
    }
    pub(super) fn label(&self, label: String) -> At {
        At {
            file: self.file,
            label,
            steps: self.steps.clone(),
        }
    }
}

/// A declared type before its fields are resolved.
pub(super) struct Decl<'a> {
    pub(super) module: Vec<String>,
    pub(super) name: String,
    pub(super) at: At,
    pub(super) body: DeclBody<'a>,
}

/// What a declared type is, as written.
pub(super) enum DeclBody<'a> {
    Object(&'a desc::ObjectDesc),
    Enum(&'a desc::EnumDesc),
    Link(&'a desc::LinkDesc),
}

/// The published URL of a page given as `api-reference/chats/im-chat-add.md`.
pub(super) fn page_url(docs: &str) -> String {
    format!("{DOCS_BASE}{}.html", docs.trim_end_matches(".md"))
}

/// `base.next`, or whichever of the two is not empty.
pub(super) fn join_label(base: &str, next: &str) -> String {
    if next.is_empty() {
        base.to_owned()
    } else if base.is_empty() {
        next.to_owned()
    } else {
        format!("{base}.{next}")
    }
}

/// A module path as messages name it.
pub(super) fn module_label(module: &[String]) -> String {
    if module.is_empty() {
        "crate root".into()
    } else {
        module.join("::")
    }
}

/// A YAML value as messages quote it.
pub(super) fn yaml_text(v: &serde_yaml::Value) -> String {
    match v {
        serde_yaml::Value::String(s) => s.clone(),
        other => serde_yaml::to_string(other)
            .map(|s| s.trim().to_owned())
            .unwrap_or_default(),
    }
}

/// A resolved type in the schema's own notation, as messages quote it.
pub(super) fn ty_text(ty: &Ty) -> String {
    match ty {
        Ty::Integer => "integer".into(),
        Ty::Double => "double".into(),
        Ty::String => "string".into(),
        Ty::Boolean => "boolean".into(),
        Ty::Date => "date".into(),
        Ty::DateTime => "datetime".into(),
        Ty::FileData => "file_data".into(),
        Ty::FilePair => "file_pair".into(),
        Ty::Object => "object".into(),
        Ty::Pagination => "pagination".into(),
        Ty::Any => "any".into(),
        Ty::Union(members) => members.iter().map(ty_text).collect::<Vec<_>>().join("|"),
        Ty::Over(param, r) => format!("{}({})", param.keyword(), r.name),
        Ty::Named(r) => r.name.clone(),
        Ty::List(t) => format!("[{}]", ty_text(t)),
        Ty::Map(t) => format!("{{{}}}", ty_text(t)),
        Ty::Nullable(t) => format!("{}|null", ty_text(t)),
        Ty::OrFalse(t) => format!("{}|false", ty_text(t)),
    }
}
