//! `docs check` for events: each event of a shared file's `events:` against
//! the section of the file's `docs:` page anchored by the event's name in
//! lower case (`{#onimbotv2messageadd}`) or its `anchor:`. The section's
//! field table is compared with the payload's fields as a response object
//! is: a field on one side only, a different type.

use super::check::{Cx, Drift, Entry, Side, read};
use super::types::Names;
use crate::model::{Content, Schema, Source, TypeBody, find_type};
use std::path::Path;

/// One entry per event whose page is in `docs`, named by the event.
pub(super) fn check(
    sources: &[Source],
    schema: &Schema,
    anchors: &[(String, String)],
    docs: &Path,
) -> Vec<Entry> {
    let mut out = Vec::new();
    for src in sources {
        let Content::Shared(shared) = &src.content else {
            continue;
        };
        let (Some(scope), Some(docs_key)) = (&shared.scope, &shared.docs) else {
            continue;
        };
        if shared.events.is_empty() {
            continue;
        }
        let page = read(docs, docs_key);
        for (name, e) in shared.events.iter() {
            let Some(event) = schema.events.iter().find(|ev| ev.wire == name) else {
                continue;
            };
            let anchor = e
                .anchor
                .clone()
                .unwrap_or_else(|| name.to_ascii_lowercase());
            let drift = match &page {
                Err(why) => vec![Drift {
                    mark: '!',
                    text: why.clone(),
                }],
                Ok(page) => {
                    let mut cx = Cx {
                        page,
                        names: Names {
                            schema,
                            module: vec![scope.clone()],
                            anchors: anchors.to_vec(),
                        },
                        out: Vec::new(),
                    };
                    // The section of the event's anchor; on a page of its
                    // own, the `data` of the body the handler gets.
                    let own_page = e.anchor.is_none() && shared.events.0.len() == 1;
                    let rows = if own_page {
                        page.event_data()
                    } else {
                        page.object(&anchor)
                    };
                    match (rows, find_type(&schema.types, &event.payload)) {
                        (None, _) if own_page => cx.out.push(Drift {
                            mark: '!',
                            text: "the page has no field table with the `data` of the event".into(),
                        }),
                        (None, _) => cx.out.push(Drift {
                            mark: '!',
                            text: format!(
                                "the page has no section `{{#{anchor}}}` with a field table"
                            ),
                        }),
                        (Some(rows), Some(def)) => {
                            if let TypeBody::Object(fields) = &def.body {
                                cx.fields(
                                    "data.",
                                    fields,
                                    &rows,
                                    &rows,
                                    Side::Output { strict: true },
                                    0,
                                );
                            }
                        }
                        (Some(_), None) => {}
                    }
                    cx.out
                }
            };
            out.push(Entry {
                name: name.to_owned(),
                page: match e.anchor.is_none() && shared.events.0.len() == 1 {
                    true => docs_key.clone(),
                    false => format!("{docs_key}#{anchor}"),
                },
                drift,
            });
        }
    }
    out
}
