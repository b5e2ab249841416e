//! The error tables of a page, in their layouts (`Код | Описание | Значение`,
//! `Статус | Код | Описание | Значение`, `Статус | Код + Текст ошибки |
//! Описание`, `Code | Error Message | Description`, …).

use super::table::{Table, code_spans, plain};

/// One row of an error table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageError {
    /// The code: `BOT_NOT_FOUND`.
    pub code: String,
    /// The status of the row, when the table has a status column.
    pub status: Option<u16>,
    /// The portal's message, when the table gives it.
    pub message: Option<String>,
    /// What it means.
    pub meaning: String,
}

pub(super) const CODE_HEADS: &[&str] = &["код", "code"];
pub(super) const STATUS_HEADS: &[&str] = &["статус", "status", "http-статус", "http status"];
const MESSAGE_HEADS: &[&str] = &[
    "текст ошибки",
    "сообщение",
    "сообщение об ошибке",
    "error message",
    "error text",
    "message",
];

/// The rows of an error table; nothing when the table has no code column.
pub fn errors(t: &Table) -> Vec<PageError> {
    error_rows(t)
        .into_iter()
        .filter_map(|(e, coded)| coded.then_some(e))
        .collect()
}

/// The rows of a REST 3.0 error table, which lists the fields one code
/// (named above the table) is about: `Поле | Описание ошибки | Как
/// исправить`. Each row is that code with the row's message (what the
/// portal says) and how to fix it as the meaning.
pub fn coded_errors(code: &str, t: &Table) -> Vec<PageError> {
    let head = t.header();
    let col = |names: &[&str]| {
        head.iter()
            .position(|h| names.iter().any(|n| h.starts_with(n)))
    };
    let message_col = col(&["описание", "error description", "description"]);
    let fix_col = col(&["как исправить", "how to fix"]);
    if t.rows.len() < 2 {
        // A table with no row still names its code.
        return vec![PageError {
            code: code.to_owned(),
            status: None,
            message: None,
            meaning: String::new(),
        }];
    }
    t.rows
        .iter()
        .skip(1)
        .map(|cells| {
            let cell = |c: Option<usize>| c.and_then(|c| cells.get(c)).map(|s| plain(s));
            PageError {
                code: code.to_owned(),
                status: None,
                message: cell(message_col).filter(|m| !m.is_empty()),
                meaning: cell(fix_col).unwrap_or_default(),
            }
        })
        .collect()
}

/// Every row of an error table, each with whether its code cell holds a
/// code (`` `BOT_NOT_FOUND` ``) rather than prose (its text is the `code`
/// then).
pub(super) fn error_rows(t: &Table) -> Vec<(PageError, bool)> {
    let head = t.header();
    // `**Код**\n**Текст ошибки**`: code and message in one cell.
    let code_col = head.iter().position(|h| {
        CODE_HEADS
            .iter()
            .any(|c| h == c || h.starts_with(&format!("{c} ")))
    });
    let Some(code_col) = code_col else {
        return vec![];
    };
    let combined = head[code_col] != "код" && head[code_col] != "code";
    let status_col = head.iter().position(|h| STATUS_HEADS.contains(&h.as_str()));
    let value_col = head.iter().position(|h| h == "значение" || h == "value");
    let message_col = head
        .iter()
        .position(|h| MESSAGE_HEADS.contains(&h.as_str()))
        .or_else(|| {
            // `Код | Описание | Значение`: the description is the portal's message.
            value_col.and_then(|_| {
                head.iter()
                    .position(|h| h == "описание" || h == "description")
            })
        });
    let meaning_col = if value_col.is_some() && message_col.is_some() {
        value_col
    } else {
        head.iter()
            .enumerate()
            .rev()
            .find(|(i, _)| Some(*i) != status_col && *i != code_col && Some(*i) != message_col)
            .map(|(i, _)| i)
    };
    t.rows
        .iter()
        .skip(1)
        .filter_map(|cells| {
            let cell = cells.get(code_col)?;
            let (code, coded) = match code_spans(cell).into_iter().next() {
                Some(code)
                    if !code.is_empty()
                        && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') =>
                {
                    (code, true)
                }
                _ => {
                    let first = cell.lines().next().unwrap_or_default();
                    let text = if combined { plain(first) } else { plain(cell) };
                    if text.is_empty() {
                        return None;
                    }
                    // Some pages write the code without backticks.
                    let coded = bare_code(&text);
                    (text, coded)
                }
            };
            let status = status_col
                .and_then(|c| cells.get(c))
                .and_then(|s| plain(s).parse().ok());
            let mut message = message_col
                .and_then(|c| cells.get(c))
                .map(|m| plain(m))
                .filter(|m| !m.is_empty());
            if combined && message.is_none() {
                let rest = cell.split_once('\n').map(|(_, r)| plain(r));
                message = rest.filter(|m| !m.is_empty());
            }
            let meaning = meaning_col
                .and_then(|c| cells.get(c))
                .cloned()
                .unwrap_or_default();
            Some((
                PageError {
                    code,
                    status,
                    message,
                    meaning,
                },
                coded,
            ))
        })
        .collect()
}

/// Whether a code cell written without backticks holds a code: one word of
/// capitals, digits and `_` that starts with a capital (`ACCESS_DENIED`),
/// which no prose of the pages (`Пустая строка`, `Empty`) is.
fn bare_code(text: &str) -> bool {
    text.len() >= 2
        && text.starts_with(|c: char| c.is_ascii_uppercase())
        && text
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

/// Whether a code cell's prose says the code is empty (`Пустое значение`,
/// `Пустая строка`, `""`, "Empty string"): the portal sends `"error": ""`.
pub(super) fn says_empty(text: &str) -> bool {
    let t = text.trim().trim_end_matches('.').to_lowercase();
    matches!(
        t.as_str(),
        "пустое значение"
            | "пустая строка"
            | "пусто"
            | "пустой"
            | "\"\""
            | "''"
            | "empty"
            | "empty string"
            | "empty value"
            | "(empty)"
    )
}
