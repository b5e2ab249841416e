//! `docs check` of fields: the schema's params, object fields and enum
//! values against a page's rows, level by level through nested objects.

use super::check::{Cx, Side, is_shared, text};
use super::page::{PType, Row};
use super::types::{self, Mismatch};
use crate::model::{EnumDef, Field, TypeBody, TypeDef};
use crate::typeref::{self, TypeExpr};

impl Cx<'_> {
    /// Compares schema fields with the page rows of one level. `rows` are
    /// the rows of this level (dotted children already stripped of their
    /// prefix), `table` the table they come from (for dotted lookups).
    pub(super) fn fields(
        &mut self,
        label: &str,
        schema: &[Field],
        rows: &[Row],
        table: &[Row],
        side: Side,
        depth: usize,
    ) {
        let top: Vec<&Row> = rows.iter().filter(|r| !r.name.contains('.')).collect();
        for r in &top {
            if !schema.iter().any(|f| f.wire == r.name) {
                let ty = r.ty.as_ref().map(|t| format!(" ({t})")).unwrap_or_default();
                self.push(
                    '+',
                    format!("{label}{}{ty}: on the page, not in the schema", r.name),
                );
            }
        }
        for f in schema {
            let Some(r) = top.iter().find(|r| r.name == f.wire) else {
                if side != (Side::Output { strict: false }) {
                    self.push(
                        '-',
                        format!("{label}{}: in the schema, not on the page", f.wire),
                    );
                }
                continue;
            };
            self.field(label, f, r, rows, table, side, depth);
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn field(
        &mut self,
        label: &str,
        f: &Field,
        r: &Row,
        rows: &[Row],
        table: &[Row],
        side: Side,
        depth: usize,
    ) {
        let path = format!("{label}{}", f.wire);
        // `required_unless` is how the schema says what the pages explain in
        // words ("unless `DIALOG_ID` is given"), with or without a star on
        // the name: either mark fits it.
        if side == Side::Input && f.required_unless.is_empty() && r.required != f.required {
            let (page, schema) = if r.required {
                ("required", "optional")
            } else {
                ("optional", "required")
            };
            self.push(
                '~',
                format!("{path}: {schema} in the schema, {page} on the page"),
            );
        }
        let Ok(expr) = typeref::parse(&f.schema_ty) else {
            return;
        };
        if let Some(pt) = &r.ty {
            let checked = match side {
                Side::Input => types::check_input(&expr, pt, &self.names),
                Side::Output { .. } => types::check(&expr, pt, &self.names),
            };
            match checked {
                Ok(()) => {}
                Err(Mismatch::NotNullable) => self.push(
                    '~',
                    format!(
                        "{path}: `{}` in the schema, `{pt}` on the page (which admits null)",
                        f.schema_ty
                    ),
                ),
                Err(Mismatch::Differ)
                    if self.named_by_page(&expr, Some(pt))
                        && (self.page.children(r, rows).is_some()
                            || self.page.children(r, table).is_some()) => {}
                Err(Mismatch::Differ) => self.push(
                    '~',
                    format!(
                        "{path}: type `{}` in the schema, `{pt}` on the page",
                        f.schema_ty
                    ),
                ),
            }
        }
        // Enum values.
        if let Some(def) = named(&expr).and_then(|n| self.names.get(n))
            && let TypeBody::Enum(e) = &def.body
        {
            let values = self.page.values(r);
            if !values.is_empty() {
                let spelling = f.spelling.as_ref().map_or(0, |(i, _)| *i);
                self.values(
                    &path,
                    def,
                    e,
                    spelling,
                    &values.iter().map(|v| v.code.clone()).collect::<Vec<_>>(),
                );
            }
        }
        // Nested objects, unless the page points at a shared entity.
        if depth > 6 || r.entity.is_some() {
            return;
        }
        let children = {
            // Dotted children live in the table the row came from.
            let dotted = |x: &Row| {
                x.name.starts_with(&format!("{}.", r.name))
                    || x.name.starts_with(&format!("{}[].", r.name))
            };
            let siblings: Vec<Row> = if rows.iter().any(dotted) {
                rows.to_vec()
            } else {
                table.to_vec()
            };
            self.page.children(r, &siblings)
        };
        let Some(children) = children else {
            return;
        };
        self.nested(&path, &expr, &children, side, depth);
    }

    /// Whether the page's type is the page's own name for an object it
    /// describes in rows (`deal`, `uf_enum_element[]`: a lower-case name no
    /// data-type page defines) and the schema's a named object type (a list
    /// of one for a list): the names differ, the objects are compared field
    /// by field.
    pub(super) fn named_by_page(&self, expr: &TypeExpr, pt: Option<&PType>) -> bool {
        let Some(pt) = pt else { return false };
        let members = pt.non_null();
        let [member] = members.as_slice() else {
            return false;
        };
        let expr = match expr {
            TypeExpr::Nullable(inner) => inner.as_ref(),
            other => other,
        };
        match (expr, member) {
            (TypeExpr::List(inner), PType::List(item)) => self.named_by_page(inner, Some(item)),
            (TypeExpr::Name(name), PType::Name(page)) => {
                page != "any"
                    && page.starts_with(|c: char| c.is_ascii_lowercase())
                    && types::suggest(member) == "any"
                    && self.names.kind(name) == Some(crate::model::Kind::Object)
            }
            _ => false,
        }
    }

    /// Whether the returned-data rows list the keys of a map result rather
    /// than the result itself: `result` is a map (`{FieldDescription}`) of
    /// an object type, and the rows in place of `result` (or, when there is
    /// a `result` row, the rows of the object it leads to) are all named
    /// like upper-case field names, none of them a field of the map's
    /// values.
    pub(super) fn lists_keys(&self, expr: &TypeExpr, rows: &[Row]) -> bool {
        let Some(value) = map_value(expr) else {
            return false;
        };
        let Some(def) = named(value).and_then(|n| self.names.get(n)) else {
            return false;
        };
        let TypeBody::Object(fields) = &def.body else {
            return false;
        };
        let keys: Vec<Row> = match rows.iter().find(|r| r.name == "result") {
            None => rows
                .iter()
                .filter(|r| !super::page::RESPONSE_MEMBERS.contains(&r.name.as_str()))
                .cloned()
                .collect(),
            Some(result) => match self.page.children(result, rows) {
                Some(children) => children,
                None => return false,
            },
        };
        !keys.is_empty()
            && keys
                .iter()
                .all(|k| is_field_key(&k.name) && !fields.iter().any(|f| f.wire == k.name))
    }

    /// Compares the object a schema type leads to with the rows of the
    /// object the page leads to.
    pub(super) fn nested(
        &mut self,
        path: &str,
        expr: &TypeExpr,
        children: &[Row],
        side: Side,
        depth: usize,
    ) {
        // A map: the page has one row whose name is a key pattern
        // (`upload{id}`), or describes the value object itself (the
        // `{MODULE_ID}` object of `im.notify.schema.get`).
        if let Some(value) = map_value(expr) {
            let keyed: Vec<&Row> = children.iter().filter(|r| r.name.contains('{')).collect();
            if keyed.is_empty() {
                self.nested(&format!("{path}.{{key}}"), value, children, side, depth + 1);
            } else if let [row] = keyed.as_slice() {
                let path = format!("{path}.{}", row.name);
                if let Some(pt) = &row.ty
                    && types::check(value, pt, &self.names).is_err()
                {
                    self.push(
                        '~',
                        format!(
                            "{path}: values of type `{}` in the schema, `{pt}` on the page",
                            text(value)
                        ),
                    );
                }
                if row.entity.is_none()
                    && let Some(grand) = self.page.children(row, children)
                {
                    self.nested(&path, value, &grand, side, depth + 1);
                }
            }
            return;
        }
        let Some(name) = named(expr) else {
            return;
        };
        let Some(def) = self.names.get(name) else {
            return;
        };
        let TypeBody::Object(fields) = &def.body else {
            return;
        };
        let side = match side {
            Side::Input => Side::Input,
            Side::Output { .. } => Side::Output {
                strict: !is_shared(def),
            },
        };
        let label = format!("{path}.");
        let fields = fields.clone();
        self.fields(&label, &fields, children, children, side, depth + 1);
    }

    fn values(&mut self, path: &str, def: &TypeDef, e: &EnumDef, spelling: usize, page: &[String]) {
        let spelled = |k: usize| -> Vec<&str> {
            e.values
                .iter()
                .map(|v| v.wire[k.min(v.wire.len() - 1)].as_str())
                .collect()
        };
        let schema = spelled(spelling);
        // Every value the page lists is in another spelling: one line, not one per value.
        if !page.iter().all(|v| schema.contains(&v.as_str()))
            && let Some(k) = (0..e.spellings.len())
                .find(|&k| k != spelling && page.iter().all(|v| spelled(k).contains(&v.as_str())))
        {
            self.push(
                '~',
                format!(
                    "{path}: the page spells the values of `{}` as `{}` ({}), the schema sends `{}`",
                    def.name,
                    e.spellings[k],
                    page.iter().take(3).cloned().collect::<Vec<_>>().join(", "),
                    e.spellings[spelling]
                ),
            );
            return;
        }
        let spelling_name = e
            .spellings
            .get(spelling)
            .map(|s| format!(", spelling `{s}`"))
            .unwrap_or_default();
        for v in page {
            if !schema.contains(&v.as_str()) {
                self.push(
                    '+',
                    format!(
                        "{path} value `{v}`: on the page, not in `{}`{spelling_name}",
                        def.name
                    ),
                );
            }
        }
        // A shared enum (declared in `schema/common/`) serves several
        // methods, each of whose pages may list only the values it takes.
        if is_shared(def) {
            return;
        }
        for v in &schema {
            if !page.iter().any(|p| p == v) {
                self.push(
                    '-',
                    format!(
                        "{path} value `{v}`: in `{}`{spelling_name}, not on the page",
                        def.name
                    ),
                );
            }
        }
    }
}

/// Whether a name is a field's upper-case wire name (`ID`, `TYPE_ID`), or
/// the pattern of a family of them (`UF_...`, `PARENT_ID_...`).
fn is_field_key(name: &str) -> bool {
    let stem = name.strip_suffix("...").unwrap_or(name);
    stem.starts_with(|c: char| c.is_ascii_uppercase())
        && stem
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

/// The named type a type expression is about: itself, its list items,
/// the non-null member.
fn named(expr: &TypeExpr) -> Option<&str> {
    match expr {
        TypeExpr::Name(n) => Some(n),
        TypeExpr::List(inner) | TypeExpr::Nullable(inner) | TypeExpr::OrFalse(inner) => {
            named(inner)
        }
        _ => None,
    }
}

/// The value type of a map type (through null).
fn map_value(expr: &TypeExpr) -> Option<&TypeExpr> {
    match expr {
        TypeExpr::Map(inner) => Some(inner),
        TypeExpr::Nullable(inner) | TypeExpr::OrFalse(inner) => map_value(inner),
        _ => None,
    }
}
