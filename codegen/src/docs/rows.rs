//! The rows of a field table: a name cell with its required mark, a type
//! (under the name or in a column of its own), a description with its enum
//! bullets and in-page links; list rows folded into their owners.

use super::page::{PType, Row, Value};
use super::table::{Table, code_spans, plain};

const TYPE_HEADS: &[&str] = &["тип", "type"];

/// The rows of a field table.
pub fn rows(t: &Table) -> Vec<Row> {
    let head = t.header();
    // The type sits under the name (`**Название**\n`тип``) or in a column.
    let type_col = head
        .iter()
        .enumerate()
        .skip(1)
        .find(|(_, h)| TYPE_HEADS.contains(&h.as_str()))
        .map(|(i, _)| i);
    let rows = t
        .rows
        .iter()
        .skip(1)
        .filter_map(|cells| {
            let first = cells.first()?;
            let (name, required, after) = name_cell(first)?;
            let type_text = match type_col {
                Some(c) => cells.get(c).map(String::as_str).unwrap_or(""),
                None => after,
            };
            let (ty, entity) = type_cell(type_text);
            let description = if cells.len() > 1 {
                cells[cells.len() - 1].clone()
            } else {
                String::new()
            };
            let ty = object_said_to_be_list(ty, &description);
            let (values, open_values) = bullet_values(&description);
            // The type itself may link the section that describes it
            // (`` [`deal_contact_binding[]`](#deal_contact_binding) ``).
            let mut refs = anchors(&type_lines(type_text));
            for a in anchors(&description) {
                if !refs.contains(&a) {
                    refs.push(a);
                }
            }
            Some(Row {
                name,
                required,
                ty,
                entity,
                refs,
                values,
                open_values,
                description,
                line: t.line,
            })
        })
        .collect();
    fold_items(rows)
}

/// A row typed `object` whose description opens by calling it an array of
/// objects (`tasks` of tasks.task.list: "Массив объектов, где…", "An array
/// of objects, where…") is a list of objects, `object[]`: the type cell is
/// the page's slip, the sentence and the example say what the portal sends.
fn object_said_to_be_list(ty: Option<PType>, description: &str) -> Option<PType> {
    let text = description.trim_start().to_lowercase();
    let said = ["массив объектов", "an array of objects"]
        .iter()
        .any(|opening| text.starts_with(opening));
    match ty {
        Some(PType::Name(n)) if n == "object" && said => {
            Some(PType::List(Box::new(PType::Name(n))))
        }
        other => other,
    }
}

/// Folds a row `x[]` that follows a row `x` into it: it describes the
/// items of the list `x` (`members` `array`, then `members[]` `object`),
/// so `x` becomes a list of its type (`object[]`) and the row goes. A row
/// `x[]` with no row `x` but with rows `x[].y`, or with a link to the
/// section describing its items, is the list `x` itself (`departments[]`
/// `array`, then `departments[].id`): it is renamed `x`.
/// Any other row `x[]` is kept (it names a pattern of params).
fn fold_items(rows: Vec<Row>) -> Vec<Row> {
    let names: Vec<String> = rows.iter().map(|r| r.name.clone()).collect();
    let mut out: Vec<Row> = Vec::with_capacity(rows.len());
    for mut r in rows {
        if let Some(base) = r.name.strip_suffix("[]")
            && !names.iter().any(|n| n == base)
            && (names.iter().any(|n| n.starts_with(&format!("{base}[]."))) || !r.refs.is_empty())
        {
            r.name = base.to_owned();
            // `items[]` `object`: the type of an item.
            if let Some(PType::Name(n)) = &r.ty
                && n != "array"
            {
                r.ty = Some(PType::List(Box::new(PType::Name(n.clone()))));
            }
            out.push(r);
            continue;
        }
        let list = r
            .name
            .strip_suffix("[]")
            .and_then(|base| out.iter().rposition(|o| o.name == base));
        let Some(i) = list else {
            out.push(r);
            continue;
        };
        let owner = &mut out[i];
        if let (Some(PType::Name(n)), Some(item)) = (owner.ty.as_ref(), r.ty.as_ref())
            && n == "array"
        {
            owner.ty = Some(PType::List(Box::new(item.clone())));
        } else if let (Some(PType::Union(members)), Some(item)) = (owner.ty.as_mut(), r.ty.as_ref())
        {
            for m in members.iter_mut() {
                if matches!(m, PType::Name(n) if n == "array") {
                    *m = PType::List(Box::new(item.clone()));
                }
            }
        }
        if owner.entity.is_none() {
            owner.entity = r.entity;
        }
        for a in r.refs {
            if !owner.refs.contains(&a) {
                owner.refs.push(a);
            }
        }
    }
    out
}

/// `**botId***` → (`botId`, required, the rest of the cell).
fn name_cell(cell: &str) -> Option<(String, bool, &str)> {
    let cell = cell.trim_start();
    let start = cell.find("**")?;
    let body = &cell[start + 2..];
    let end = body.find("**")?;
    let mut name = body[..end].to_owned();
    let mut rest = &body[end + 2..];
    let mut required = false;
    if name.contains("^*^") {
        required = true;
        name = name.replace("^*^", "");
    }
    if let Some(r) = rest.strip_prefix("^*^") {
        required = true;
        rest = r;
    } else if let Some(r) = rest.strip_prefix("\\*") {
        required = true;
        rest = r;
    } else if let Some(r) = rest.strip_prefix('*') {
        required = true;
        rest = r;
    }
    if let Some(n) = name.strip_suffix('*') {
        required = true;
        name = n.to_owned();
    }
    let name = name.trim().replace('\\', "");
    if name.is_empty() {
        return None;
    }
    Some((name, required, rest))
}

/// The lines of a type cell that give the type. Type lines start with the
/// type (`` [`string`](…) ``, `` `int` ``, a `|` between two); a line of
/// prose or a bullet under the name is a description that lost its cell
/// (`**order**` then `Возможные значения…`, `` - `asc` ``), and names no
/// type.
fn type_lines(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .filter(|l| l.starts_with(['[', '`', '|', '\\', '(']))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The type of a row (the union of the code spans of its type lines) and
/// the entity anchor it links to, if any.
fn type_cell(text: &str) -> (Option<PType>, Option<String>) {
    let text = &type_lines(text);
    let spans = code_spans(text);
    let joined = if spans.is_empty() {
        plain(text)
    } else {
        spans.join("|")
    };
    let entity = text.match_indices("](").find_map(|(i, _)| {
        let target = &text[i + 2..];
        let target = &target[..target.find(')')?];
        let (page, anchor) = target.split_once('#')?;
        page.ends_with("entities.md").then(|| anchor.to_owned())
    });
    let ty = PType::parse(&joined);
    let ty = if entity.is_none() {
        ty.map(|t| builtin_case(&t))
    } else {
        ty
    };
    (ty, entity)
}

/// The data types of `data-types.md` a page may capitalise (`Object`).
const BUILTINS: &[&str] = &[
    "object", "array", "string", "integer", "boolean", "double", "any", "null",
];

/// A type with its capitalised built-in names (`Object`) in lower case: an
/// upper-case name is an entity only when it links one (`File` linked to
/// `entities.md#file`), which the caller checks.
fn builtin_case(t: &PType) -> PType {
    match t {
        PType::Name(n) if BUILTINS.contains(&n.to_lowercase().as_str()) => {
            PType::Name(n.to_lowercase())
        }
        PType::Name(n) => PType::Name(n.clone()),
        PType::List(inner) => PType::List(Box::new(builtin_case(inner))),
        PType::Union(m) => PType::Union(m.iter().map(builtin_case).collect()),
    }
}

/// In-page anchors linked from a text: `[ниже](#fields)` → `fields`.
fn anchors(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, _) in text.match_indices("](#") {
        let rest = &text[i + 3..];
        if let Some(end) = rest.find(')') {
            let a = rest[..end].trim().to_owned();
            if !a.is_empty() && !out.contains(&a) {
                out.push(a);
            }
        }
    }
    out
}

/// Values listed as bullets: `` - `OPEN` — open chat ``. The flag says
/// whether other bullets sit between them.
fn bullet_values(text: &str) -> (Vec<Value>, bool) {
    let mut values = Vec::new();
    let mut other = false;
    for line in text.lines() {
        let t = line.trim_start();
        let Some(item) = t.strip_prefix("- ").or_else(|| t.strip_prefix("* ")) else {
            continue;
        };
        let item = item.trim();
        if !item.starts_with('`') {
            other = true;
            continue;
        }
        let Some(code) = code_spans(item).into_iter().next() else {
            other = true;
            continue;
        };
        // The text after the closing backticks and the dash.
        let after = item.trim_start_matches('`');
        let after = after.find('`').map_or("", |i| &after[i..]);
        let doc = after
            .trim_start_matches('`')
            .trim_start()
            .trim_start_matches(['—', '–', '-', ':'])
            .trim()
            .to_owned();
        values.push(Value { code, doc });
    }
    let open = other && !values.is_empty();
    (values, open)
}
