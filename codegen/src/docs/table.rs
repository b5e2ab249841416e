//! The YFM tables of the documentation pages: `#| || a | b || |#`.
//!
//! A table opens with a line `#|` and closes with a line `|#`. Each row
//! starts with `||` and ends with `||`; cells are separated by a single `|`.
//! Rows and cells span lines freely, and a cell may hold anything a page
//! holds: paragraphs, lists, notes, code fences, even a nested table. A `|`
//! inside a code span (`` `a|b` ``, ```` ```string|null``` ````), inside a
//! code fence, inside a nested table or escaped as `\|` does not split cells.

/// One table: its rows, each a list of cells (trimmed raw text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// 1-based line of the `#|` that opens the table.
    pub line: usize,
    /// Rows in page order; the first is normally the header.
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// The header cells, reduced to their words: `**Название**\n`тип`` → `название тип`.
    pub fn header(&self) -> Vec<String> {
        self.rows
            .first()
            .map(|r| r.iter().map(|c| plain(c).to_lowercase()).collect())
            .unwrap_or_default()
    }
}

/// Whether a line opens a code fence (```` ``` ```` or ```` ```lang ````),
/// as opposed to a line that starts with an inline ```` ```code``` ```` span.
pub fn is_fence(line: &str) -> bool {
    let t = line.trim_start();
    let ticks = t.chars().take_while(|&c| c == '`').count();
    if ticks < 3 {
        return false;
    }
    // An inline span closes on the same line with the same run of backticks.
    !t[ticks..].contains(&"`".repeat(ticks))
}

/// Whether a line opens a table.
pub fn is_open(line: &str) -> bool {
    line.trim() == "#|"
}

/// Whether a line closes a table.
pub fn is_close(line: &str) -> bool {
    line.trim() == "|#"
}

/// Parses the lines of one table, from its `#|` line to its `|#` line
/// (both included). `first_line` is the 1-based line number of `#|`.
pub fn parse(lines: &[&str], first_line: usize) -> Table {
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut row: Option<Vec<String>> = None;
    let mut cell = String::new();
    let mut fence = false;
    let mut nested = 0usize;
    // The inner lines only: the first is `#|`, the last `|#`.
    let inner = match lines.len() {
        0..=2 => &[][..],
        n => &lines[1..n - 1],
    };
    for line in inner {
        if fence || nested > 0 || is_fence(line) || is_open(line) {
            if is_fence(line) && nested == 0 {
                fence = !fence;
            } else if !fence {
                if is_open(line) {
                    nested += 1;
                } else if is_close(line) {
                    nested = nested.saturating_sub(1);
                }
            }
            if row.is_some() {
                cell.push_str(line);
                cell.push('\n');
            }
            continue;
        }
        let chars: Vec<char> = line.chars().collect();
        let mut i = 0;
        let mut span: Option<usize> = None;
        while i < chars.len() {
            let c = chars[i];
            if c == '`' {
                let run = chars[i..].iter().take_while(|&&c| c == '`').count();
                match span {
                    None => span = Some(run),
                    Some(open) if open == run => span = None,
                    Some(_) => {}
                }
                if row.is_some() {
                    cell.extend(&chars[i..i + run]);
                }
                i += run;
                continue;
            }
            if span.is_none() && c == '\\' && chars.get(i + 1) == Some(&'|') {
                if row.is_some() {
                    cell.push_str("\\|");
                }
                i += 2;
                continue;
            }
            if span.is_none() && c == '|' {
                let double = chars.get(i + 1) == Some(&'|');
                match (&mut row, double) {
                    (None, true) => {
                        row = Some(Vec::new());
                        cell.clear();
                        i += 2;
                        continue;
                    }
                    (None, false) => {
                        // Text between rows; not part of any cell.
                        i += 1;
                        continue;
                    }
                    (Some(r), true) => {
                        r.push(cell.trim().to_owned());
                        cell.clear();
                        rows.push(row.take().expect("in a row"));
                        i += 2;
                        continue;
                    }
                    (Some(r), false) => {
                        r.push(cell.trim().to_owned());
                        cell.clear();
                        i += 1;
                        continue;
                    }
                }
            }
            if row.is_some() {
                cell.push(c);
            }
            i += 1;
        }
        if row.is_some() {
            cell.push('\n');
        }
    }
    if let Some(mut r) = row {
        // An unterminated last row keeps what it has.
        if !cell.trim().is_empty() {
            r.push(cell.trim().to_owned());
        }
        rows.push(r);
    }
    Table {
        line: first_line,
        rows,
    }
}

/// A cell reduced to its words: emphasis, code marks and link targets
/// removed, Markdown escapes outside code spans resolved (`a\\b` → `a\b`,
/// `\*` → `*`), lines joined by spaces. `**botId***` → `botId`.
pub fn plain(cell: &str) -> String {
    let mut out = String::new();
    let mut rest = cell;
    while let Some(i) = rest.find("](") {
        out.push_str(&rest[..i]);
        match rest[i..].find(')') {
            Some(j) => rest = &rest[i + j + 1..],
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    let chars: Vec<char> = out.chars().collect();
    let mut text = String::with_capacity(out.len());
    let mut span: Option<usize> = None;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '`' {
            let run = chars[i..].iter().take_while(|&&c| c == '`').count();
            match span {
                None => span = Some(run),
                Some(open) if open == run => span = None,
                Some(_) => {}
            }
            i += run;
            continue;
        }
        if span.is_none()
            && c == '\\'
            && let Some(&next) = chars.get(i + 1)
            && next.is_ascii_punctuation()
        {
            text.push(next);
            i += 2;
            continue;
        }
        if !matches!(c, '*' | '[' | ']' | '^') {
            text.push(c);
        }
        i += 1;
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The contents of the code spans of a text, in order: `` `a` and ```b|c``` `` → `a`, `b|c`.
pub fn code_spans(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '`' {
            i += 1;
            continue;
        }
        let run = chars[i..].iter().take_while(|&&c| c == '`').count();
        let start = i + run;
        let mut j = start;
        let mut closed = None;
        while j < chars.len() {
            if chars[j] == '`' {
                let r = chars[j..].iter().take_while(|&&c| c == '`').count();
                if r == run {
                    closed = Some(j);
                    break;
                }
                j += r;
            } else {
                j += 1;
            }
        }
        match closed {
            Some(end) => {
                out.push(
                    chars[start..end]
                        .iter()
                        .collect::<String>()
                        .trim()
                        .to_owned(),
                );
                i = end + run;
            }
            None => break,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(text: &str) -> Table {
        let lines: Vec<&str> = text.lines().collect();
        parse(&lines, 1)
    }

    #[test]
    fn rows_span_lines_and_split_on_single_bars() {
        let t = table(
            "#|\n|| **Название**\n`тип` | **Описание** ||\n|| **USERS**\n[`array`](../data-types.md) | Ids.\n\nMore text ||\n|#",
        );
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.rows[0], vec!["**Название**\n`тип`", "**Описание**"]);
        assert_eq!(
            t.rows[1],
            vec![
                "**USERS**\n[`array`](../data-types.md)",
                "Ids.\n\nMore text"
            ]
        );
        assert_eq!(t.header(), vec!["название тип", "описание"]);
    }

    #[test]
    fn bars_in_code_escapes_fences_and_nested_tables_stay_in_the_cell() {
        let t = table(concat!(
            "#|\n",
            "|| **color**\n[```string|null```](x.md) | `LEAD`\\|`13` and `a|b` ||\n",
            "|| **code**\n`object` | Example:\n```json\n{\"a\": \"x || y | z\"}\n```\n||\n",
            "|| **inner**\n`object` | Nested:\n#|\n|| a | b ||\n|#\nafter ||\n",
            "|#"
        ));
        assert_eq!(t.rows.len(), 3);
        assert_eq!(t.rows[0][0], "**color**\n[```string|null```](x.md)");
        assert_eq!(t.rows[0][1], "`LEAD`\\|`13` and `a|b`");
        assert!(t.rows[1][1].contains("x || y | z"), "{:?}", t.rows[1]);
        assert_eq!(t.rows[2][1], "Nested:\n#|\n|| a | b ||\n|#\nafter");
    }

    #[test]
    fn one_line_rows_with_several_columns() {
        let t = table(
            "#|\n|| **Код** | **HEX** ||\n|| `red` | `#df532d` ||\n|| `green` | `#64a513` ||\n|#",
        );
        assert_eq!(t.rows.len(), 3);
        assert_eq!(t.rows[2], vec!["`green`", "`#64a513`"]);
    }

    #[test]
    fn fences_differ_from_inline_triple_backticks() {
        assert!(is_fence("```json"));
        assert!(is_fence("    ```"));
        assert!(!is_fence("```string|null``` | text"));
        assert!(!is_fence("`a`"));
    }

    #[test]
    fn plain_text_and_code_spans() {
        assert_eq!(plain("**botId***"), "botId");
        assert_eq!(plain("[`User[]`](../entities.md#user)"), "User");
        // Escapes resolve outside code spans; inside, a backslash is a backslash.
        assert_eq!(plain(r"A\\B\_c \* `x\\y`"), r"A\B_c * x\\y");
        assert_eq!(
            code_spans("[```string | null```](x) or `a` and ``b`c``"),
            vec!["string | null", "a", "b`c"]
        );
    }
}
