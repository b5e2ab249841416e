//! One documentation page, read into what the schema cares about: the
//! method's params, its returned data, the objects they refer to, the enum
//! values, and the error table.
//!
//! The reader is line based. It knows the conventions the pages share, in
//! both languages of the docs:
//!
//! - sections by their level-2 headings: `## Параметры метода` /
//!   `## Method Parameters`, `## Обработка ответа` / `## Response Handling`
//!   (with `Возвращаемые данные` / `Returned Data`), `## Обработка ошибок` /
//!   `## Error Handling`;
//! - nested objects under anchored headings (`### Параметр fields {#fields}`),
//!   linked from a row's description (`[ниже](#fields)`), or as dotted names
//!   in the same table (`result.chat`);
//! - field tables whose header names a field (`Название`, `Name`, `Поле`,
//!   `Field`, `Параметр`, `Parameter`), with the type either under the name
//!   (`**botId***` then `` [`integer`](…) ``) or in a column of its own;
//! - required marks `**x***`, `**x**^*^` and `**x^*^**`;
//! - enum values as bullets (`` - `OPEN` — open chat ``) or as a table of
//!   codes under an anchor (`Код | HEX`);
//! - error tables in their layouts (`Код | Описание | Значение`,
//!   `Статус | Код | Описание | Значение`, `Статус | Код + Текст ошибки |
//!   Описание`, `Code | Error Message | Description`, …) and the
//!   `{% include %}` of the shared system errors.

pub use super::errtable::{PageError, errors};
use super::errtable::{STATUS_HEADS, coded_errors, error_rows, says_empty};
pub use super::ptype::PType;
pub use super::rows::rows;
use super::table::{self, Table, code_spans, plain};

/// A parsed page.
#[derive(Debug, Clone, Default)]
pub struct Page {
    /// The level-1 heading.
    pub title: String,
    /// The scope from `> Scope: [`im`](…)`: the first one the line names.
    pub scope: Option<String>,
    /// Every scope the line names (`user`, `user_brief`, `user_basic`):
    /// an application needs any one of them.
    pub scopes: Vec<String>,
    /// Who may call the method, from `> Кто может выполнять метод: …`.
    pub who: Option<String>,
    /// Every heading below the title, in order.
    pub headings: Vec<Heading>,
    /// Every table, with the heading it sits under.
    pub tables: Vec<Placed<Table>>,
    /// Every `{% include %}` target, with the heading it sits under.
    pub includes: Vec<Placed<String>>,
    /// The REST 3.0 error tables (`Поле | Описание ошибки | Как исправить`):
    /// each table's index in `tables` and the code the line above it names
    /// (`Код ошибки: `BITRIX_REST_V3_EXCEPTION_ACCESSDENIEDEXCEPTION``).
    pub coded: Vec<(usize, String)>,
    /// HTTP statuses named by `HTTP-статус: **400**, **403**` lines.
    pub statuses: Vec<Placed<Vec<u16>>>,
    /// The first paragraph after the quote block: what the method does.
    pub lead: Option<String>,
    /// The whole text, for mentions of the method name.
    pub text: String,
}

/// Something placed under a heading (`None`: before the first one).
#[derive(Debug, Clone)]
pub struct Placed<T> {
    /// Index into [`Page::headings`].
    pub heading: Option<usize>,
    /// The thing.
    pub item: T,
}

/// A heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    /// 2 for `##`, 3 for `###`, …
    pub level: usize,
    /// Text without the anchor.
    pub text: String,
    /// The `{#anchor}`, if any.
    pub anchor: Option<String>,
    /// 1-based line.
    pub line: usize,
}

/// What a level-2 section of a method page is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// `## Параметры метода`
    Params,
    /// `## Обработка ответа`, `Возвращаемые данные`
    Response,
    /// `## Обработка ошибок`
    Errors,
    /// Anything else.
    Other,
}

/// One row of a field table: a param, a field of an object, a result field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The name as written, dots included (`result.chat`, `fields.title`).
    pub name: String,
    /// Marked required (`**x***`, `**x**^*^`).
    pub required: bool,
    /// The type, when the row gives one.
    pub ty: Option<PType>,
    /// The entity the type links to (`entities.md#chat` → `chat`).
    pub entity: Option<String>,
    /// The description cell, as written.
    pub description: String,
    /// Enum values listed as bullets in the description.
    pub values: Vec<Value>,
    /// The description also has bullets that are not values (`- any role code`),
    /// so the listed values may not be all of them.
    pub open_values: bool,
    /// In-page anchors the description links to (`#fields`).
    pub refs: Vec<String>,
    /// 1-based line of the table the row is in.
    pub line: usize,
}

/// One enum value listed on a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Value {
    /// The value as sent: `OPEN`, `lightBlue`.
    pub code: String,
    /// The text after it.
    pub doc: String,
}

/// The members of a response other than what `result` holds.
pub const RESPONSE_MEMBERS: &[&str] = &["result", "time", "total", "next"];

const FIELD_HEADS: &[&str] = &[
    "название",
    "name",
    "поле",
    "field",
    "параметр",
    "parameter",
    "ключ",
    "key",
];
const VALUE_HEADS: &[&str] = &["код", "code", "значение", "value", "id", "тип", "type"];

impl Page {
    /// Whether the page says its method belongs to REST 3.0 (served at
    /// `/rest/api/`): a line before the first section that links the
    /// REST 3.0 overview (`rest-v3.md`) and names it, as the note at the
    /// top of such pages does, in Russian or English.
    pub fn rest3(&self) -> bool {
        self.text
            .lines()
            .take_while(|l| !l.starts_with("## "))
            .any(|l| l.contains("REST 3.0") && l.contains("rest-v3.md"))
    }

    /// Reads a page.
    pub fn parse(text: &str) -> Page {
        let lines: Vec<&str> = text.lines().collect();
        let mut page = Page {
            text: text.to_owned(),
            ..Page::default()
        };
        let mut fence = false;
        let mut i = 0;
        let mut current: Option<usize> = None;
        let mut after_quote = false;
        // The code a `Код ошибки:` line names, for the table below it.
        let mut pending_code: Option<String> = None;
        while i < lines.len() {
            let line = lines[i];
            if table::is_fence(line) {
                fence = !fence;
                i += 1;
                continue;
            }
            if fence {
                i += 1;
                continue;
            }
            if table::is_open(line) {
                let start = i;
                let mut depth = 0usize;
                let mut inner_fence = false;
                while i < lines.len() {
                    let l = lines[i];
                    if table::is_fence(l) {
                        inner_fence = !inner_fence;
                    } else if !inner_fence {
                        if table::is_open(l) {
                            depth += 1;
                        } else if table::is_close(l) {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                    }
                    i += 1;
                }
                let end = i.min(lines.len() - 1);
                page.tables.push(Placed {
                    heading: current,
                    item: table::parse(&lines[start..=end], start + 1),
                });
                if let Some(code) = pending_code.take() {
                    page.coded.push((page.tables.len() - 1, code));
                }
                i += 1;
                continue;
            }
            let trimmed = line.trim();
            if let Some(rest) = trimmed.strip_prefix("# ")
                && page.title.is_empty()
            {
                page.title = rest.trim().to_owned();
            } else if let Some(code) = error_code_line(trimmed) {
                pending_code = Some(code);
            } else if let Some(h) = heading(trimmed, i + 1) {
                pending_code = None;
                page.headings.push(h);
                current = Some(page.headings.len() - 1);
            } else if trimmed.starts_with("{%") && trimmed.contains("include") {
                if let Some(target) = link_target(trimmed) {
                    page.includes.push(Placed {
                        heading: current,
                        item: target,
                    });
                }
            } else if let Some(quote) = trimmed.strip_prefix('>') {
                let quote = quote.trim();
                let lower = quote.to_lowercase();
                if lower.starts_with("scope:") || lower.starts_with("скоуп:") {
                    page.scopes = code_spans(quote);
                    page.scope = page.scopes.first().cloned();
                } else if let Some((_, who)) = quote.split_once(':')
                    && (lower.starts_with("кто может") || lower.starts_with("who can"))
                {
                    page.who = Some(who.trim().to_owned());
                }
                after_quote = true;
            } else if let Some(statuses) = status_line(trimmed) {
                page.statuses.push(Placed {
                    heading: current,
                    item: statuses,
                });
            } else if after_quote && page.lead.is_none() && !trimmed.is_empty() {
                if current.is_none() && !trimmed.starts_with("{%") {
                    page.lead = Some(trimmed.to_owned());
                }
                after_quote = false;
            }
            i += 1;
        }
        page
    }

    /// The method the title names: its last word that looks like a method
    /// name (`Создать чат im.chat.add` → `im.chat.add`).
    pub fn title_method(&self) -> Option<String> {
        self.title
            .split_whitespace()
            .rev()
            .map(|w| w.trim_matches(|c: char| c == '`' || c == '*'))
            .find(|w| {
                w.contains('.')
                    && w.starts_with(|c: char| c.is_ascii_lowercase())
                    && w.split('.').all(|s| {
                        !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                    })
            })
            .map(str::to_owned)
    }

    /// Whether the page is about `method`: its title names it, or its text
    /// mentions it as code (`` `im.recent.pin` ``; some English titles
    /// split the name).
    pub fn describes(&self, method: &str) -> bool {
        self.title_method().as_deref() == Some(method) || self.text.contains(&format!("`{method}`"))
    }

    /// The level-2 section a heading belongs to.
    pub fn section(&self, heading: Option<usize>) -> Section {
        let Some(mut h) = heading else {
            return Section::Other;
        };
        loop {
            let hd = &self.headings[h];
            let kind = classify(&hd.text);
            if kind != Section::Other || hd.level <= 2 {
                // A "returned data" heading below the response heading, or
                // the level-2 heading itself.
                if kind == Section::Other {
                    return Section::Other;
                }
                return kind;
            }
            match (0..h).rev().find(|&k| self.headings[k].level < hd.level) {
                Some(parent) => h = parent,
                None => return Section::Other,
            }
        }
    }

    /// The tables under a heading: directly, and under deeper headings that
    /// have no anchor of their own, up to the next heading of the same or a
    /// higher level.
    pub fn tables_under(&self, heading: usize) -> Vec<&Table> {
        let level = self.headings[heading].level;
        let mut owned = vec![heading];
        for k in heading + 1..self.headings.len() {
            let h = &self.headings[k];
            if h.level <= level || h.anchor.is_some() {
                break;
            }
            owned.push(k);
        }
        self.tables
            .iter()
            .filter(|t| t.heading.is_some_and(|h| owned.contains(&h)))
            .map(|t| &t.item)
            .collect()
    }

    /// The method's parameters: the field table of the params section.
    pub fn params(&self) -> Option<Vec<Row>> {
        let h = self
            .headings
            .iter()
            .position(|h| h.level == 2 && classify(&h.text) == Section::Params)?;
        self.tables_under(h)
            .into_iter()
            .find(|t| is_field_table(t))
            .map(rows)
    }

    /// Whether the params section says the method takes no parameters (it
    /// has no field table).
    pub fn has_params_section(&self) -> bool {
        self.headings
            .iter()
            .any(|h| h.level == 2 && classify(&h.text) == Section::Params)
    }

    /// Whether the page has a response section (`## Обработка ответа`,
    /// `## Response Handling`, or a returned-data heading).
    pub fn has_response_section(&self) -> bool {
        self.headings
            .iter()
            .any(|h| classify(&h.text) == Section::Response)
    }

    /// The returned data: the field table under `Возвращаемые данные` /
    /// `Returned Data` (or, failing that, the first of the response section).
    pub fn result(&self) -> Option<Vec<Row>> {
        let by_title = self.headings.iter().position(|h| is_returned_data(&h.text));
        let h = by_title.or_else(|| {
            self.headings
                .iter()
                .position(|h| h.level == 2 && classify(&h.text) == Section::Response)
        })?;
        self.tables_under(h)
            .into_iter()
            .find(|t| is_field_table(t))
            .map(rows)
    }

    /// The fields of the object under the heading with this anchor.
    pub fn object(&self, anchor: &str) -> Option<Vec<Row>> {
        let h = self
            .headings
            .iter()
            .position(|h| h.anchor.as_deref() == Some(anchor))?;
        let tables: Vec<&Table> = self
            .tables_under(h)
            .into_iter()
            .filter(|t| is_field_table(t))
            .collect();
        if tables.is_empty() {
            return None;
        }
        Some(tables.into_iter().flat_map(rows).collect())
    }

    /// An event's `data`, on a page that documents one event by the body
    /// its handler gets (the CRM event pages): the children of the `data`
    /// row of the first field table that has one.
    pub fn event_data(&self) -> Option<Vec<Row>> {
        self.tables
            .iter()
            .map(|t| &t.item)
            .filter(|t| is_field_table(t))
            .map(rows)
            .find_map(|rows| {
                let data = rows.iter().find(|r| r.name == "data")?;
                self.children(data, &rows)
            })
    }

    /// The values of a table of codes under the heading with this anchor
    /// (`Код | HEX`): the first column of each row.
    pub fn value_table(&self, anchor: &str) -> Option<Vec<Value>> {
        let h = self
            .headings
            .iter()
            .position(|h| h.anchor.as_deref() == Some(anchor))?;
        let t = self.tables_under(h).into_iter().find(|t| {
            let head = t.header();
            head.len() >= 2
                && VALUE_HEADS.contains(&head[0].as_str())
                && !is_field_table(t)
                && !head.iter().any(|c| STATUS_HEADS.contains(&c.as_str()))
        })?;
        Some(
            t.rows
                .iter()
                .skip(1)
                .filter_map(|r| {
                    let code = code_spans(r.first()?).into_iter().next()?;
                    Some(Value {
                        code,
                        doc: r[1..].join(" ").trim().to_owned(),
                    })
                })
                .collect(),
        )
    }

    /// The rows of an object a row leads to: dotted children in the same
    /// table (`result.chat` under `result`, `events[].type` under `events`
    /// for the items of a list), else the first anchor its
    /// description links to that holds a field table.
    pub fn children(&self, row: &Row, siblings: &[Row]) -> Option<Vec<Row>> {
        // `events.eventId`, or `events[].eventId` for the items of a list.
        let prefixes = [format!("{}.", row.name), format!("{}[].", row.name)];
        let dotted: Vec<Row> = siblings
            .iter()
            .filter_map(|r| {
                let p = prefixes.iter().find(|p| r.name.starts_with(p.as_str()))?;
                Some(Row {
                    name: r.name[p.len()..].to_owned(),
                    ..r.clone()
                })
            })
            .collect();
        if !dotted.is_empty() {
            return Some(dotted);
        }
        row.refs.iter().find_map(|a| self.object(a))
    }

    /// The members of `result`, from the rows of the returned-data table:
    /// its dotted or anchored children; failing those, when the other rows
    /// are neither the envelope (`time`, `total`, `next`) nor dotted, those
    /// rows (some pages list the members of `result` beside it).
    /// A `result` row that says it contains a named member linked to a
    /// section ("contains the object [`template`](#template)") has that
    /// member, whose fields the section lists.
    pub fn result_children(&self, rows: &[Row]) -> Option<Vec<Row>> {
        let result = rows.iter().find(|r| r.name == "result")?;
        let dotted = rows
            .iter()
            .any(|r| r.name.starts_with("result.") || r.name.starts_with("result[]."));
        if !dotted && let Some(member) = self.contained_member(result) {
            return Some(vec![member]);
        }
        if let Some(children) = self.children(result, rows) {
            return Some(children);
        }
        let beside: Vec<Row> = rows
            .iter()
            .filter(|r| !RESPONSE_MEMBERS.contains(&r.name.as_str()))
            .cloned()
            .collect();
        (!beside.is_empty()).then_some(beside)
    }

    /// The member a row's description says the row contains, as a row of
    /// its own: the first link whose text is a name (`` [`template`](#template) ``,
    /// `[icon](./other.md#icon)`) after "contains" in the same clause, an
    /// object, or a list of objects when the words between call it an
    /// array. Not when the linked section lists a field of that name (the
    /// link then points at where the member is described, not what it holds).
    fn contained_member(&self, row: &Row) -> Option<Row> {
        let text = &row.description;
        for (i, _) in text.match_indices("](") {
            let Some(open) = text[..i].rfind('[') else {
                continue;
            };
            let name = plain(&text[open + 1..i]);
            let is_name = name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
                && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
            if !is_name || name == row.name {
                continue;
            }
            let sentence_start = text[..open].rfind(['.', '\n', ';']).map_or(0, |k| k + 1);
            let before = text[sentence_start..open].to_lowercase();
            let Some(at) = ["содерж", "contain"].iter().find_map(|w| before.find(w)) else {
                continue;
            };
            let Some(end) = text[i + 2..].find(')') else {
                continue;
            };
            let target = &text[i + 2..i + 2 + end];
            let anchor = target.strip_prefix('#').map(str::to_owned);
            if let Some(a) = &anchor
                && self
                    .object(a)
                    .is_some_and(|rows| rows.iter().any(|r| r.name == name))
            {
                continue;
            }
            // "contains an array `icons`, each of which holds [icon](…)":
            // the link describes the items of another member.
            let between = &before[at..];
            if between.contains([',', '`']) {
                continue;
            }
            let list = ["массив", "array", "список", "list"]
                .iter()
                .any(|w| between.contains(w));
            let object = PType::Name("object".into());
            return Some(Row {
                name,
                required: false,
                ty: Some(if list {
                    PType::List(Box::new(object))
                } else {
                    object
                }),
                entity: None,
                description: String::new(),
                values: vec![],
                open_values: false,
                refs: anchor.into_iter().collect(),
                line: row.line,
            });
        }
        None
    }

    /// The values a row lists: its bullets, else a code table it links to.
    pub fn values(&self, row: &Row) -> Vec<Value> {
        if !row.values.is_empty() {
            return row.values.clone();
        }
        row.refs
            .iter()
            .find_map(|a| self.value_table(a))
            .unwrap_or_default()
    }

    /// The method's own errors: every error table of the errors section.
    pub fn errors(&self) -> Vec<PageError> {
        self.tables
            .iter()
            .enumerate()
            .filter(|(_, t)| self.section(t.heading) == Section::Errors)
            .flat_map(|(i, t)| match self.coded.iter().find(|(at, _)| *at == i) {
                Some((_, code)) => coded_errors(code, &t.item),
                None => errors(&t.item),
            })
            .collect()
    }

    /// The rows of the errors section's tables whose code cell is
    /// neither a code nor says the code is empty, with that cell's text as
    /// `code`: the portal sends some code there that the page does not name.
    pub fn prose_errors(&self) -> Vec<PageError> {
        self.uncoded_errors()
            .filter(|e| !says_empty(&e.code))
            .collect()
    }

    /// The rows of the errors section's tables whose code cell says the
    /// code is empty (`Пустое значение`, `Пустая строка`, `""`), with the
    /// code `""`: the portal sends `"error": ""` and only the message.
    pub fn empty_code_errors(&self) -> Vec<PageError> {
        self.uncoded_errors()
            .filter(|e| says_empty(&e.code))
            .map(|e| PageError {
                code: String::new(),
                ..e
            })
            .collect()
    }

    fn uncoded_errors(&self) -> impl Iterator<Item = PageError> + '_ {
        self.tables
            .iter()
            .filter(|t| self.section(t.heading) == Section::Errors)
            .flat_map(|t| error_rows(&t.item))
            .filter_map(|(e, coded)| (!coded).then_some(e))
    }

    /// Every error table of the page, wherever it is (for a shared include
    /// such as the system errors).
    pub fn all_errors(&self) -> Vec<PageError> {
        self.tables.iter().flat_map(|t| errors(&t.item)).collect()
    }

    /// The HTTP statuses the errors section names.
    pub fn error_statuses(&self) -> Vec<u16> {
        self.statuses
            .iter()
            .filter(|s| self.section(s.heading) == Section::Errors)
            .flat_map(|s| s.item.clone())
            .collect()
    }

    /// Whether the errors section includes the shared system errors.
    pub fn includes_system_errors(&self) -> bool {
        self.includes
            .iter()
            .any(|i| i.item.ends_with("system-errors.md"))
    }
}

fn classify(text: &str) -> Section {
    let t = text.to_lowercase();
    if t.contains("параметры метода")
        || t.contains("method parameters")
        || t == "параметры"
        || t == "parameters"
    {
        Section::Params
    } else if t.contains("обработка ответа")
        || t.contains("response handling")
        || is_returned_data(&t)
    {
        Section::Response
    } else if t.contains("обработка ошибок") || t.contains("error handling") {
        Section::Errors
    } else {
        Section::Other
    }
}

fn is_returned_data(text: &str) -> bool {
    let t = text.to_lowercase();
    t.contains("возвращаемые данные") || t.contains("returned data")
}

fn heading(line: &str, number: usize) -> Option<Heading> {
    let level = line.chars().take_while(|&c| c == '#').count();
    if !(2..=6).contains(&level) || !line[level..].starts_with(' ') {
        return None;
    }
    let mut text = line[level..].trim().to_owned();
    let mut anchor = None;
    if let Some(open) = text.rfind("{#")
        && text.ends_with('}')
    {
        anchor = Some(text[open + 2..text.len() - 1].trim().to_owned());
        text = text[..open].trim().to_owned();
    }
    Some(Heading {
        level,
        text,
        anchor,
        line: number,
    })
}

/// `HTTP-статус: **400**, **403**` → `[400, 403]`.
fn status_line(line: &str) -> Option<Vec<u16>> {
    let lower = line.to_lowercase();
    let rest = lower
        .strip_prefix("http-статус:")
        .or_else(|| lower.strip_prefix("http status:"))?;
    Some(
        rest.split(|c: char| !c.is_ascii_alphanumeric())
            .filter_map(|w| w.parse().ok())
            .collect(),
    )
}

/// The target of the first link in a text: `[a](../x.md)` → `../x.md`.
fn link_target(text: &str) -> Option<String> {
    let start = text.find("](")? + 2;
    let end = text[start..].find(')')? + start;
    Some(text[start..end].trim().to_owned())
}

fn is_field_table(t: &Table) -> bool {
    let head = t.header();
    head.len() >= 2
        && head[0]
            .split_whitespace()
            .next()
            .is_some_and(|w| FIELD_HEADS.contains(&w))
}

/// The code of a REST 3.0 error table's heading line: `Код ошибки: `X``
/// or `Error code: `X``.
fn error_code_line(line: &str) -> Option<String> {
    let lower = line.to_lowercase();
    let rest = ["код ошибки:", "error code:"]
        .iter()
        // `get`, not slicing: a letter whose lower case is longer or
        // shorter than it would shift the boundary.
        .find_map(|p| lower.starts_with(p).then(|| line.get(p.len()..)).flatten())?;
    let [code] = code_spans(rest).try_into().ok()?;
    Some(code)
}
