//! Enum types: their spellings and values, with the variant names they give.

use super::cx::{At, Cx, join_label};
use super::names::{self, RESERVED_ENUM_METHODS};
use super::{EnumDef, EnumValue};
use crate::desc::{self, Wire};

impl Cx<'_> {
    /// Checks an enum's spellings and values and builds its definition;
    /// values that fail a check are left out.
    pub(super) fn enum_def(&mut self, e: &desc::EnumDesc, at: &At) -> EnumDef {
        let mut values: Vec<EnumValue> = Vec::new();
        if e.values.is_empty() {
            self.err(&at.key("values"), "empty enum; list at least one value");
        }
        let mut spellings_ok = true;
        for (i, s) in e.spellings.iter().enumerate() {
            let sat = at.key("spellings").index(i);
            if !names::spelling_is_usable(s) {
                self.err(&sat, format!("spelling `{s}` becomes the name of an accessor method; use a snake_case word other than a keyword, {}", RESERVED_ENUM_METHODS.iter().map(|m| format!("`{m}`")).collect::<Vec<_>>().join(", ")));
                spellings_ok = false;
            } else if e.spellings[..i].contains(s) {
                self.err(&sat, format!("duplicate spelling `{s}`"));
                spellings_ok = false;
            }
        }
        for (i, v) in e.values.iter().enumerate() {
            // Label the value by its (first) wire text even when it is broken.
            let first = match &v.wire {
                Wire::One(s) => Some(s),
                Wire::Many(m) => e
                    .spellings
                    .first()
                    .and_then(|s| m.iter().find(|(k, _)| *k == s))
                    .or_else(|| m.iter().next())
                    .map(|(_, w)| w),
            };
            let vat = at.key("values").index(i);
            let vat = match first {
                Some(w) => vat.label(join_label(&at.label, w)),
                None => vat,
            };
            let Some(wire) = self.value_wire(e, &v.wire, &vat) else {
                continue;
            };
            if !spellings_ok {
                continue;
            }
            if wire.iter().any(|w| w.is_empty()) {
                self.err(&vat.key("wire"), "empty wire value");
                continue;
            }
            let mut repeated = false;
            for (k, w) in wire.iter().enumerate() {
                if let Some(prev) = values.iter().find(|p| p.wire.contains(w)) {
                    let which = if e.spellings.is_empty() {
                        String::new()
                    } else {
                        format!(" (spelling `{}`)", e.spellings[k])
                    };
                    let msg = format!(
                        "duplicate enum value `{w}`{which}: `{}` already uses it",
                        prev.rust
                    );
                    self.err(&vat, msg);
                    repeated = true;
                }
            }
            if repeated {
                continue;
            }
            let rust = match &v.rust {
                Some(r) => r.clone(),
                None => names::variant(&wire[0]),
            };
            if let Some(problem) = names::variant_name_problem(&wire[0], &rust) {
                self.err(&vat, problem);
                continue;
            }
            if let Some(prev) = values.iter().find(|p| p.rust == rust) {
                let msg = format!(
                    "`{}` and `{}` both become the variant `{rust}`; give one of them `rust: <Name>`",
                    wire[0], prev.wire[0]
                );
                self.err(&vat, msg);
                continue;
            }
            values.push(EnumValue {
                rust,
                wire,
                doc: v.doc.clone(),
            });
        }
        EnumDef {
            spellings: e.spellings.clone(),
            values,
        }
    }

    /// A value's wire text in each spelling, in the enum's order of
    /// spellings; `None` (reported) when `wire` does not give every one.
    fn value_wire(&mut self, e: &desc::EnumDesc, wire: &Wire, vat: &At) -> Option<Vec<String>> {
        match (wire, e.spellings.is_empty()) {
            (Wire::One(s), true) => Some(vec![s.clone()]),
            (Wire::Many(m), false) => {
                let mut out = Vec::new();
                for s in &e.spellings {
                    match m.iter().find(|(k, _)| *k == s) {
                        Some((_, w)) => out.push(w.clone()),
                        None => {
                            self.err(
                                &vat.key("wire"),
                                format!(
                                    "missing spelling `{s}`; each value gives every spelling: {}",
                                    e.spellings.join(", ")
                                ),
                            );
                        }
                    }
                }
                for (k, _) in m.iter() {
                    if !e.spellings.iter().any(|s| s == k) {
                        self.err(
                            &vat.key("wire").key(k),
                            format!(
                                "unknown spelling `{k}`; this enum's spellings are: {}",
                                e.spellings.join(", ")
                            ),
                        );
                    }
                }
                (out.len() == e.spellings.len()).then_some(out)
            }
            (Wire::One(_), false) => {
                self.err(&vat.key("wire"), format!("this enum has spellings ({}); give `wire` as a mapping of spelling to text", e.spellings.join(", ")));
                None
            }
            (Wire::Many(_), true) => {
                self.err(
                    &vat.key("wire"),
                    "`wire` is a mapping but the enum declares no `spellings`",
                );
                None
            }
        }
    }
}
