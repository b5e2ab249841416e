//! `paging:` of a list method: which param takes a page's offset and where
//! a page's items are.

use super::cx::{At, Cx};
use super::{Field, Paging, ResultBody, ResultShape, Ty};
use crate::desc::PagingDesc;

impl Cx<'_> {
    pub(super) fn paging(
        &mut self,
        p: &PagingDesc,
        params: &[Field],
        result: &ResultShape,
        at: &At,
    ) -> Option<Paging> {
        let offset = params.iter().find(|f| f.wire == p.offset);
        let offset = match offset {
            Some(f) if matches!(f.ty, Ty::Integer | Ty::Pagination) && !f.required && !f.joined => {
                f
            }
            Some(f) => {
                self.err(
                    &at.key("offset"),
                    format!(
                        "the offset param `{}` must be an optional `integer` (or REST 3.0 `pagination`) param set by its own setter; it is `{}`{}",
                        f.wire,
                        f.schema_ty,
                        if f.required { ", required" } else { "" }
                    ),
                );
                return None;
            }
            None => {
                let names: Vec<&str> = params.iter().map(|f| f.wire.as_str()).collect();
                self.err(
                    &at.key("offset"),
                    format!(
                        "`{}` is not a param of this method; expected one of: {}",
                        p.offset,
                        names.join(", ")
                    ),
                );
                return None;
            }
        };
        let list_item = |ty: &Ty| match ty {
            Ty::List(item) => Some(((**item).clone(), false)),
            Ty::Nullable(inner) => match inner.as_ref() {
                Ty::List(item) => Some(((**item).clone(), true)),
                _ => None,
            },
            _ => None,
        };
        let (items_field, item, optional) = match (&result.body, p.items.as_str()) {
            (ResultBody::Type(ty, text), "result") => match list_item(ty) {
                Some((item, optional)) => (None::<(String, String)>, item, optional),
                None => {
                    self.err(
                        &at.key("items"),
                        format!("`items: result` needs a list result; the result is `{text}`"),
                    );
                    return None;
                }
            },
            (ResultBody::Fields(fields), name) => {
                let Some(field) = fields.iter().find(|f| f.wire == name) else {
                    let names: Vec<&str> = fields.iter().map(|f| f.wire.as_str()).collect();
                    self.err(
                        &at.key("items"),
                        format!(
                            "`{name}` is not a field of the result; expected one of: {}",
                            names.join(", ")
                        ),
                    );
                    return None;
                };
                match list_item(&field.ty) {
                    Some((item, nullable)) => {
                        let names = (field.rust.clone(), field.wire.clone());
                        (Some(names), item, nullable || !field.required)
                    }
                    None => {
                        self.err(
                            &at.key("items"),
                            format!(
                                "the items field `{name}` must be a list; it is `{}`",
                                field.schema_ty
                            ),
                        );
                        return None;
                    }
                }
            }
            (ResultBody::Type(_, text), name) => {
                self.err(
                    &at.key("items"),
                    format!(
                        "`{name}` names a field of the result, but the result is `{text}`, not an object; write `items: result`"
                    ),
                );
                return None;
            }
        };
        Some(Paging {
            offset_wire: offset.wire.clone(),
            offset_rust: offset.rust.clone(),
            by_size: offset.ty == Ty::Pagination,
            items_wire: items_field
                .as_ref()
                .map(|(_, w)| w.clone())
                .unwrap_or_default(),
            items_field: items_field.map(|(rust, _)| rust),
            items_optional: optional,
            item,
        })
    }
}
