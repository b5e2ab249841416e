//! JSON given on the command line: inline, `@path`, a plain path to a
//! `.json` file, or `-` for standard input; never a URL. Bad JSON is
//! reported with its line, column, the offending line and a caret.

use serde_json::Value;
use std::collections::HashMap;
use std::io::Read;

/// Where a JSON argument comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// The text of the argument itself.
    Inline(String),
    /// A file: `@path`, or a path ending in `.json`.
    File(String),
    /// Standard input (`-`).
    Stdin,
}

impl Source {
    /// Reads what an argument says: `-`, `@path`, `http(s)://…` (refused),
    /// inline JSON, or a path ending in `.json`. Anything else is taken as
    /// inline JSON, so a typo is reported as bad JSON at its position.
    pub fn classify(text: &str) -> Result<Source, String> {
        let trimmed = text.trim();
        let lower = trimmed.to_ascii_lowercase();
        if lower.starts_with("http://") || lower.starts_with("https://") {
            return Err(
                "takes JSON, @path, a path to a .json file, or - for standard input; \
                 URLs are not fetched (download the file and pass its path)"
                    .to_owned(),
            );
        }
        if trimmed == "-" {
            return Ok(Source::Stdin);
        }
        if let Some(path) = trimmed.strip_prefix('@') {
            if path.is_empty() {
                return Err("`@` needs a path after it: @params.json".to_owned());
            }
            return Ok(Source::File(path.to_owned()));
        }
        if !trimmed.starts_with(['{', '[']) && lower.ends_with(".json") {
            return Ok(Source::File(trimmed.to_owned()));
        }
        Ok(Source::Inline(text.to_owned()))
    }

    /// How the source is named in messages.
    pub fn describe(&self) -> String {
        match self {
            Source::Inline(_) => "inline JSON".to_owned(),
            Source::File(path) => format!("file {path}"),
            Source::Stdin => "standard input".to_owned(),
        }
    }
}

/// Reads JSON arguments, allowing standard input to be read only once.
#[derive(Debug, Default)]
pub struct Reader {
    stdin_taken_by: Option<String>,
}

impl Reader {
    /// Reads and parses the JSON argument of `flag`. `secret_keys` are keys
    /// whose string values are masked if the offending line is shown.
    pub fn read(&mut self, flag: &str, text: &str, secret_keys: &[&str]) -> Result<Value, String> {
        let source = Source::classify(text).map_err(|e| format!("{flag} {e}"))?;
        let content = match &source {
            Source::Inline(text) => text.clone(),
            Source::File(path) => match std::fs::read(path) {
                Ok(bytes) => String::from_utf8(bytes).map_err(|_| {
                    let path = mask_secrets(path, secret_keys);
                    format!("{flag}: file {path} is not UTF-8 text")
                })?,
                Err(e) => {
                    // A "path" may be JSON given after a stray `@`.
                    let path = mask_secrets(path, secret_keys);
                    return Err(format!("{flag}: cannot read {path}: {}", io_reason(&e)));
                }
            },
            Source::Stdin => {
                if let Some(other) = &self.stdin_taken_by {
                    return Err(format!(
                        "{flag}: standard input was already read for {other}; only one argument can be -"
                    ));
                }
                self.stdin_taken_by = Some(flag.to_owned());
                let mut content = String::new();
                std::io::stdin().read_to_string(&mut content).map_err(|e| {
                    format!("{flag}: cannot read standard input: {}", io_reason(&e))
                })?;
                content
            }
        };
        let place = match &source {
            Source::Inline(_) => String::new(),
            other => format!(" in {}", other.describe()),
        };
        let value = parse(&content).map_err(|e| {
            let at = if e.line() > 0 {
                format!(" at line {}, column {}", e.line(), e.column())
            } else {
                String::new()
            };
            let mut message = format!("{flag}: invalid JSON{place}{at}: {}", reason(&e));
            if let Source::Inline(text) = &source {
                let path = text.trim();
                if !path.starts_with(['{', '[']) && std::path::Path::new(path).is_file() {
                    message.push_str(&format!(
                        "\n  note: a file named `{path}` exists; to read it, write @{path}"
                    ));
                }
            }
            render(&content, e.line(), e.column(), secret_keys, &mut message);
            message
        })?;
        // serde_json keeps the last of two equal keys; sending one of them
        // silently is worse than refusing.
        if let Some(d) = duplicate_key(&content) {
            let mut message = format!(
                "{flag}: duplicate key `{}`{place} at line {}, column {}: \
                 already given at line {}, column {}; give each key once",
                d.path, d.line, d.column, d.first.0, d.first.1
            );
            render(&content, d.line, d.column, secret_keys, &mut message);
            return Err(message);
        }
        Ok(value)
    }
}

/// Parses JSON text.
pub fn parse(text: &str) -> Result<Value, serde_json::Error> {
    serde_json::from_str(text)
}

/// A key given twice in one JSON object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duplicate {
    /// Where the key is: `TITLE`, `fields.title`, `items[2].id`.
    pub path: String,
    /// The line of the second occurrence (from 1).
    pub line: usize,
    /// Its column, in bytes from 1 as serde_json counts, at the opening quote.
    pub column: usize,
    /// Line and column of the first occurrence.
    pub first: (usize, usize),
}

/// The first key that occurs twice in one object of `text`, which must be
/// valid JSON (parse it first). Keys are compared after unescaping, so
/// `"a"` and `"\u0061"` are the same key.
pub fn duplicate_key(text: &str) -> Option<Duplicate> {
    let mut scan = Scan { text, i: 0 };
    scan.value("").err()
}

/// A walk over valid JSON text that remembers where each key starts.
struct Scan<'a> {
    text: &'a str,
    i: usize,
}

impl Scan<'_> {
    fn peek(&self) -> u8 {
        self.text.as_bytes().get(self.i).copied().unwrap_or(b'}')
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), b' ' | b'\t' | b'\n' | b'\r') && self.i < self.text.len() {
            self.i += 1;
        }
    }

    /// Skips a string starting at the opening quote; returns its raw text.
    fn string(&mut self) -> &str {
        let start = self.i;
        let bytes = self.text.as_bytes();
        self.i += 1;
        while self.i < bytes.len() {
            match bytes[self.i] {
                b'\\' => self.i += 2,
                b'"' => {
                    self.i += 1;
                    break;
                }
                _ => self.i += 1,
            }
        }
        &self.text[start..self.i.min(bytes.len())]
    }

    /// Line and column (both from 1, the column in bytes) of a byte offset.
    fn position(&self, offset: usize) -> (usize, usize) {
        let before = &self.text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        (line, offset - line_start + 1)
    }

    fn value(&mut self, path: &str) -> Result<(), Duplicate> {
        self.skip_whitespace();
        match self.peek() {
            b'{' => {
                self.i += 1;
                let mut seen: HashMap<String, usize> = HashMap::new();
                loop {
                    self.skip_whitespace();
                    match self.peek() {
                        b'"' => {}
                        b',' => {
                            self.i += 1;
                            continue;
                        }
                        _ => {
                            self.i += 1;
                            return Ok(());
                        }
                    }
                    let start = self.i;
                    let raw = self.string();
                    let key = serde_json::from_str::<String>(raw)
                        .unwrap_or_else(|_| raw.trim_matches('"').to_owned());
                    let inner = if path.is_empty() {
                        key.clone()
                    } else {
                        format!("{path}.{key}")
                    };
                    if let Some(first) = seen.get(&key) {
                        let (line, column) = self.position(start);
                        return Err(Duplicate {
                            path: inner,
                            line,
                            column,
                            first: self.position(*first),
                        });
                    }
                    seen.insert(key, start);
                    self.skip_whitespace();
                    self.i += 1; // the colon
                    self.value(&inner)?;
                }
            }
            b'[' => {
                self.i += 1;
                let mut index = 0;
                loop {
                    self.skip_whitespace();
                    match self.peek() {
                        b']' => {
                            self.i += 1;
                            return Ok(());
                        }
                        b',' => self.i += 1,
                        _ if self.i >= self.text.len() => return Ok(()),
                        _ => {
                            let before = self.i;
                            self.value(&format!("{path}[{index}]"))?;
                            if self.i == before {
                                self.i += 1; // not JSON; never loop
                            }
                            index += 1;
                        }
                    }
                }
            }
            b'"' => {
                self.string();
                Ok(())
            }
            _ => {
                while self.i < self.text.len()
                    && !matches!(
                        self.peek(),
                        b',' | b']' | b'}' | b' ' | b'\t' | b'\n' | b'\r'
                    )
                {
                    self.i += 1;
                }
                Ok(())
            }
        }
    }
}

/// serde_json's message without its " at line L column C" tail.
pub fn reason(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(i) => text[..i].to_owned(),
        None => text,
    }
}

/// An I/O error's reason, without the "(os error 2)" tail.
pub fn io_reason(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.rfind(" (os error") {
        Some(i) => text[..i].to_owned(),
        None => text,
    }
}

/// Appends the position and the offending line with a caret under the
/// column. Long lines are cut to a window around the column; string values
/// of `secret_keys` are masked.
fn render(content: &str, line_no: usize, column: usize, secret_keys: &[&str], out: &mut String) {
    if line_no == 0 {
        return;
    }
    let Some(line) = content.split('\n').nth(line_no - 1) else {
        return;
    };
    let line = line.strip_suffix('\r').unwrap_or(line);
    let mut masked = mask_secrets(line, secret_keys);
    // A value given under a secret key elsewhere in the text is masked on
    // this line too, whatever stands before it here.
    for secret in secret_values(content, secret_keys) {
        let stars = "*".repeat(secret.chars().count());
        masked = masked.replace(&secret, &stars);
    }
    // serde_json counts columns in bytes; the caret goes under the character.
    let byte = column.saturating_sub(1).min(masked.len());
    let byte = (0..=byte)
        .rev()
        .find(|b| masked.is_char_boundary(*b))
        .unwrap_or(0);
    let chars: Vec<char> = masked
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let caret = masked[..byte].chars().count();
    const WINDOW: usize = 40;
    let (start, prefix) = if caret > WINDOW {
        (caret - WINDOW, "…")
    } else {
        (0, "")
    };
    let end = (caret + WINDOW).min(chars.len());
    let suffix = if end < chars.len() { "…" } else { "" };
    let shown: String = chars[start..end].iter().collect();
    let number = line_no.to_string();
    let pad = " ".repeat(number.len());
    let offset = prefix.chars().count() + caret - start;
    out.push_str(&format!(
        "\n  {pad} |\n  {number} | {prefix}{shown}{suffix}\n  {pad} | {}^",
        " ".repeat(offset)
    ));
}

/// Where the value that starts at byte `i` of `line` lies: a string's
/// characters up to its closing quote (or the end of the line), or, when the
/// opening quote is missing, the bare word up to `,`, `}`, `]` or a space.
fn value_span(line: &str, i: usize) -> (usize, usize) {
    let bytes = line.as_bytes();
    if line[i..].starts_with('"') {
        let mut end = i + 1;
        while end < bytes.len() && bytes[end] != b'"' {
            end += if bytes[end] == b'\\' { 2 } else { 1 };
        }
        (i + 1, end.min(line.len()))
    } else {
        let end = line[i..]
            .find(|c: char| matches!(c, ',' | '}' | ']') || c.is_whitespace())
            .map_or(line.len(), |n| i + n);
        (i, end)
    }
}

/// The values the text gives under a secret key (`"botToken": "…"`), on
/// any line, even when the text as a whole is not valid JSON.
fn secret_values(content: &str, secret_keys: &[&str]) -> Vec<String> {
    let mut values: Vec<String> = Vec::new();
    for line in content.split('\n') {
        for (start, end) in secret_spans(line, secret_keys) {
            let value = line[start..end].trim().to_owned();
            if !value.is_empty() && !values.contains(&value) {
                values.push(value);
            }
        }
    }
    // Longest first, so a value containing another is masked whole.
    values.sort_by_key(|v| std::cmp::Reverse(v.len()));
    values
}

/// The byte spans of the values that follow a secret key on a line.
fn secret_spans(line: &str, secret_keys: &[&str]) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    for key in secret_keys {
        let quoted = format!("\"{key}\"");
        let mut from = 0;
        while let Some(found) = line[from..].find(&quoted) {
            let after_key = from + found + quoted.len();
            // Occurrences may overlap (`"k"k": …`): the next one is looked
            // for from the character after this one's opening quote.
            from += found + 1;
            let rest = &line[after_key..];
            let mut i = after_key + (rest.len() - rest.trim_start().len());
            if !line[i..].starts_with(':') {
                continue;
            }
            i += 1;
            i += line[i..].len() - line[i..].trim_start().len();
            // The value may hold the key again (`"k": "k": "…"`), so the
            // scan does not skip it.
            spans.push(value_span(line, i));
        }
    }
    spans
}

/// Replaces the characters of the values that follow a secret key
/// (`"botToken": "…"`, or `"botToken": …` with the quote missing) with `*`,
/// keeping the line's length in characters so the caret stays in place.
pub fn mask_secrets(line: &str, secret_keys: &[&str]) -> String {
    let mut spans = secret_spans(line, secret_keys);
    spans.sort_unstable();
    let mut out = String::with_capacity(line.len());
    let mut at = 0;
    for (start, end) in spans {
        if start < at {
            continue;
        }
        out.push_str(&line[at..start]);
        out.extend(line[start..end].chars().map(|_| '*'));
        at = end;
    }
    out.push_str(&line[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_are_told_apart() {
        assert_eq!(Source::classify("-"), Ok(Source::Stdin));
        assert_eq!(
            Source::classify("@a/b.json"),
            Ok(Source::File("a/b.json".into()))
        );
        assert_eq!(
            Source::classify("chat.JSON"),
            Ok(Source::File("chat.JSON".into()))
        );
        assert_eq!(
            Source::classify(r#"{"a":1}"#),
            Ok(Source::Inline(r#"{"a":1}"#.into()))
        );
        assert_eq!(
            Source::classify("TITLE=x"),
            Ok(Source::Inline("TITLE=x".into()))
        );
        for url in ["https://x.example/a.json", "HTTP://x/a.json", " https://x"] {
            assert!(
                Source::classify(url)
                    .unwrap_err()
                    .contains("URLs are not fetched")
            );
        }
        assert!(Source::classify("@").is_err());
    }

    #[test]
    fn bad_json_points_at_the_position() {
        let mut reader = Reader::default();
        let e = reader
            .read("--params", "{\n  \"TITLE\": \"x\"\n  \"COLOR\": 1\n}", &[])
            .unwrap_err();
        assert!(
            e.starts_with("--params: invalid JSON at line 3, column 3: expected `,` or `}`\n"),
            "{e}"
        );
        assert!(e.contains("expected `,` or `}`"), "{e}");
        assert!(e.contains("  3 |   \"COLOR\": 1\n    |   ^"), "{e}");
    }

    #[test]
    fn the_caret_counts_characters_and_long_lines_are_cut() {
        let mut reader = Reader::default();
        let e = reader
            .read("--params", "{\"T\": \"чат\" 1}", &[])
            .unwrap_err();
        assert!(
            e.contains("  1 | {\"T\": \"чат\" 1}\n    |             ^"),
            "{e}"
        );
        let long = format!("{{\"a\": \"{}\" x}}", "y".repeat(200));
        let e = reader.read("--params", &long, &[]).unwrap_err();
        let lines: Vec<Vec<char>> = e.lines().map(|l| l.chars().collect()).collect();
        assert!(lines[2].starts_with(&['…']) || lines[2][6] == '…', "{e}");
        assert!(lines[2].len() < 100, "{e}");
        let caret = lines[3].iter().position(|c| *c == '^').unwrap();
        assert_eq!(lines[2][caret], 'x', "{e}");
    }

    #[test]
    fn secrets_on_the_shown_line_are_masked() {
        assert_eq!(
            mask_secrets(r#"{"botToken": "abc\"d", "x": 1"#, &["botToken"]),
            r#"{"botToken": "******", "x": 1"#
        );
        let mut reader = Reader::default();
        let e = reader
            .read(
                "--params",
                r#"{"botToken": "hunter2" "botId": 1}"#,
                &["botToken"],
            )
            .unwrap_err();
        assert!(!e.contains("hunter2"), "{e}");
    }

    #[test]
    fn duplicate_keys_are_found_at_any_depth() {
        assert_eq!(
            duplicate_key(r#"{"a": 1, "b": {"a": 2}, "c": [{"a": 3}]}"#),
            None
        );
        assert_eq!(duplicate_key(r#"[1, "x", true, null, {}, []]"#), None);
        assert_eq!(
            duplicate_key(r#"{"TITLE":"a","TITLE":"b"}"#),
            Some(Duplicate {
                path: "TITLE".into(),
                line: 1,
                column: 14,
                first: (1, 2),
            })
        );
        let nested = "{\n  \"fields\": {\"title\": \"a\",\n    \"title\": \"b\"}\n}";
        assert_eq!(
            duplicate_key(nested),
            Some(Duplicate {
                path: "fields.title".into(),
                line: 3,
                column: 5,
                first: (2, 14),
            })
        );
        let d = duplicate_key(r#"{"x": [1, {"k": "}\"{", "\u006b": 2}]}"#).unwrap();
        assert_eq!((d.path.as_str(), d.column), ("x[1].k", 25));
        // Strings that look like keys or brackets are skipped whole.
        assert_eq!(duplicate_key(r#"{"a": "\"a\": 1, {", "b": "]"}"#), None);
    }

    #[test]
    fn a_duplicate_key_is_refused_with_its_position() {
        let mut reader = Reader::default();
        let e = reader
            .read(
                "--fields",
                "{\n  \"TITLE\": \"a\",\n  \"TITLE\": \"b\"\n}",
                &[],
            )
            .unwrap_err();
        assert_eq!(
            e,
            "--fields: duplicate key `TITLE` at line 3, column 3: already given at line 2, \
             column 3; give each key once\n    |\n  3 |   \"TITLE\": \"b\"\n    |   ^"
        );
        let e = reader
            .read(
                "--params",
                r#"{"botToken": "hunter2", "botToken": "hunter3"}"#,
                &["botToken"],
            )
            .unwrap_err();
        assert!(e.contains("duplicate key `botToken`"), "{e}");
        assert!(!e.contains("hunter"), "{e}");
    }

    #[test]
    fn missing_files_are_named() {
        let mut reader = Reader::default();
        let e = reader.read("--params", "@/no/such.json", &[]).unwrap_err();
        assert!(e.contains("cannot read /no/such.json"), "{e}");
        let dir = std::env::temp_dir().join(format!("b24-input-{}.json", std::process::id()));
        std::fs::write(&dir, "{\n\n  oops\n}").unwrap();
        let e = reader
            .read("--params", dir.to_str().unwrap(), &[])
            .unwrap_err();
        let _ = std::fs::remove_file(&dir);
        assert!(
            e.contains(&format!(
                "invalid JSON in file {} at line 3, column 3",
                dir.display()
            )),
            "{e}"
        );
        assert!(!e.contains("os error"), "{e}");
    }

    /// Found by `fuzz_tests`: secrets that showed in the line quoted under
    /// an error.
    #[test]
    fn secrets_stay_masked_in_broken_json() {
        let keys = ["botToken"];
        // The opening quote missing.
        assert_eq!(
            mask_secrets(r#"  "botToken": tok3n", "a": 1"#, &keys),
            r#"  "botToken": ******, "a": 1"#
        );
        // The key again inside the value, and overlapping occurrences.
        assert!(!mask_secrets(r#""botToken": "botToken": "tok3n""#, &keys).contains("tok3n"));
        assert!(!mask_secrets(r#""botToken"botToken": "tok3n""#, &keys).contains("tok3n"));
        // A value under its key on one line is masked on the line shown.
        let text = "{\"botToken\": \"tok3n\",\n \"title\": tok3n\"}";
        let e = Reader::default().read("--fields", text, &keys).unwrap_err();
        assert!(e.contains("line 2") && !e.contains("tok3n"), "{e}");
        // JSON after a stray `@` is quoted as a path, masked.
        let e = Reader::default()
            .read("--fields", "@{\"botToken\": \"tok3n\"}", &keys)
            .unwrap_err();
        assert!(e.contains("cannot read") && !e.contains("tok3n"), "{e}");
    }
}
