//! Events: the `events:` sections of shared files, each an event the portal
//! POSTs to a handler. Every event becomes a payload type (an output-only
//! object in `<scope>::events`, named by its `rust:`) and a variant of the
//! scope's `Event` enum.

use super::cx::{At, Cx, page_url};
use super::{Content, Field, Kind, Method, TypeBody, TypeDef, TypeRef, names};
use std::collections::BTreeMap;

/// The module the payload types of a scope's events go into, under the scope.
pub const EVENTS_MODULE: &str = "events";

/// The enum of a scope's events, in the scope module.
pub const EVENT_ENUM: &str = "Event";

/// One event the portal sends.
#[derive(Debug, Clone)]
pub struct Event {
    /// The event's name as the portal sends it: `ONIMBOTV2MESSAGEADD`.
    pub wire: String,
    /// Scope of the file that describes it.
    pub scope: String,
    /// Variant name of the scope's `Event` enum, and the payload type's name.
    pub rust: String,
    /// The documentation page's URL, with the event's anchor.
    pub docs_url: String,
    /// One-line summary.
    pub summary: String,
    /// Longer description, if any.
    pub description: Option<String>,
    /// The payload type (`data`): an object in `<scope>::events`.
    pub payload: TypeRef,
}

impl Cx<'_> {
    /// Step 3b: every event of every shared file, sorted by name. Each
    /// event's payload is added to `types` as an output-only object.
    pub(super) fn events(
        &mut self,
        resolver: &super::resolve::Resolver,
        index: &BTreeMap<(Vec<String>, String), Kind>,
        methods: &[Method],
        types: &mut Vec<TypeDef>,
    ) -> Vec<Event> {
        let sources = self.sources;
        let mut out: Vec<Event> = Vec::new();
        // First place of each event name, and of each (scope, rust) pair.
        let mut names_seen: BTreeMap<String, String> = BTreeMap::new();
        let mut rust_seen: BTreeMap<(String, String), String> = BTreeMap::new();
        for (file, src) in sources.iter().enumerate() {
            let Content::Shared(s) = &src.content else {
                continue;
            };
            if s.events.is_empty() {
                continue;
            }
            let root = At::root(file, String::new());
            let (Some(scope), Some(docs)) = (s.scope.as_deref(), s.docs.as_deref()) else {
                let what = if s.scope.is_none() { "scope" } else { "docs" };
                self.err(
                    &root.key("events").label("events".into()),
                    format!(
                        "a file with `events` needs `{what}`: events belong to a scope, and each names a section of the `docs:` page"
                    ),
                );
                continue;
            };
            let scope_module = vec![scope.to_owned()];
            let clash = index
                .get(&(scope_module.clone(), EVENT_ENUM.to_owned()))
                .is_some();
            if clash {
                self.err(
                    &root.key("events").label("events".into()),
                    format!(
                        "scope `{scope}` declares a type `{EVENT_ENUM}`, the name of the enum its events become; rename that type"
                    ),
                );
            }
            if let Some(m) = methods
                .iter()
                .find(|m| m.module.len() > 1 && m.scope == scope && m.module[1] == EVENTS_MODULE)
            {
                let msg = format!(
                    "method `{}` lands in module `{scope}::{EVENTS_MODULE}`, where the payloads of the scope's events go; rename its module with `modules:`",
                    m.wire
                );
                self.err(&root.key("events").label("events".into()), msg);
            }
            for (name, e) in s.events.iter() {
                let at = root.key("events").key(name).label(name.to_owned());
                if let Some(problem) = event_name_problem(name) {
                    self.err(&at, problem);
                    continue;
                }
                if let Some(problem) = names::variant_name_problem(name, &e.rust)
                    .or_else(|| names::type_name_problem(&e.rust, false))
                {
                    self.err(&at.key("rust"), problem);
                    continue;
                }
                let origin = src.path.display().to_string();
                if let Some(first) = names_seen.get(name) {
                    let msg =
                        format!("event `{name}` is already described in {first}; describe it once");
                    self.err(&at, msg);
                    continue;
                }
                let key = (scope.to_owned(), e.rust.clone());
                if let Some(first) = rust_seen.get(&key) {
                    let msg = format!(
                        "`{name}` and `{first}` both become `{scope}::Event::{}`; give one of them another `rust:`",
                        e.rust
                    );
                    self.err(&at.key("rust"), msg);
                    continue;
                }
                names_seen.insert(name.to_owned(), origin.clone());
                rust_seen.insert(key, name.to_owned());
                // A file of one event is that event's own page: no anchor
                // unless one is given.
                let anchor = match &e.anchor {
                    Some(a) => Some(a.clone()),
                    None if s.events.0.len() == 1 => None,
                    None => Some(name.to_ascii_lowercase()),
                };
                let docs_url = match anchor {
                    Some(anchor) => format!("{}#{anchor}", page_url(docs)),
                    None => page_url(docs),
                };
                let fields: Vec<Field> =
                    self.fields(&e.data, &at.key("data"), &scope_module, resolver);
                let module = vec![scope.to_owned(), EVENTS_MODULE.to_owned()];
                types.push(TypeDef {
                    module: module.clone(),
                    name: e.rust.clone(),
                    doc: format!("The `data` of `{name}`: {}", lower_first(e.summary.trim())),
                    origin,
                    docs_url: Some(docs_url.clone()),
                    body: TypeBody::Object(fields),
                    input: false,
                    listed: false,
                });
                out.push(Event {
                    wire: name.to_owned(),
                    scope: scope.to_owned(),
                    rust: e.rust.clone(),
                    docs_url,
                    summary: e.summary.trim().to_owned(),
                    description: e.description.clone(),
                    payload: TypeRef {
                        module,
                        name: e.rust.clone(),
                        kind: Kind::Object,
                    },
                });
            }
        }
        out.sort_by(|a, b| a.wire.cmp(&b.wire));
        out
    }
}

/// What is wrong with an event's name, if anything: the portal writes them
/// in capitals, letters and digits (`ONIMBOTV2MESSAGEADD`).
fn event_name_problem(name: &str) -> Option<String> {
    let ok = name.starts_with("ON")
        && name
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
    (!ok).then(|| {
        format!(
            "event name `{name}` must be written as the portal sends it: capitals and digits starting with `ON`, such as `ONIMBOTV2MESSAGEADD`"
        )
    })
}

/// `text` with its first letter in lower case, to follow "The `data` of X:".
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}
