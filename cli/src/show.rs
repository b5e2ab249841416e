//! `b24 methods` and `b24 describe`: the method table as text or JSON.

use crate::command::{Flag, Plan, mode_name};
use bitrix24::schema::{ErrorInfo, MethodInfo, ParamInfo};
use serde_json::{Value, json};
use std::fmt::Write;

/// The list of methods: name, scope and summary, aligned.
pub fn methods(methods: &[&'static MethodInfo]) -> String {
    let mut rows = vec![["METHOD".to_owned(), "SCOPE".into(), "SUMMARY".into()]];
    for m in methods {
        rows.push([m.command_name().into(), m.scope.into(), m.summary.into()]);
    }
    table(&rows, "")
}

/// The list of methods as JSON.
pub fn methods_json(methods: &[&'static MethodInfo]) -> Value {
    Value::Array(
        methods
            .iter()
            .map(|m| {
                json!({
                    "name": m.name,
                    "command": m.command_name(),
                    "api": api_name(m.api),
                    "scope": m.scope,
                    "summary": m.summary,
                    "docs": m.docs_url,
                })
            })
            .collect(),
    )
}

/// `v2` or `v3`, as the schema writes the API of a method.
fn api_name(api: bitrix24::schema::Api) -> &'static str {
    match api {
        bitrix24::schema::Api::V3 => "v3",
        _ => "v2",
    }
}

/// Aligns rows into columns; the last column is not padded.
fn table<const N: usize>(rows: &[[String; N]], indent: &str) -> String {
    let mut widths = [0usize; N];
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            widths[i] = widths[i].max(cell.chars().count());
        }
    }
    let mut out = String::new();
    for row in rows {
        let mut line = indent.to_owned();
        for (i, cell) in row.iter().enumerate() {
            if i + 1 == N {
                line.push_str(cell);
            } else {
                let pad = widths[i] - cell.chars().count();
                line.push_str(cell);
                line.push_str(&" ".repeat(pad + 2));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// Wraps text at `width` columns, each line starting with `indent`.
fn wrap(text: &str, indent: &str, width: usize) -> String {
    let mut out = String::new();
    for paragraph in text.trim().split('\n') {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            if !line.is_empty()
                && indent.len() + line.chars().count() + 1 + word.chars().count() > width
            {
                let _ = writeln!(out, "{indent}{line}");
                line.clear();
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        if !line.is_empty() {
            let _ = writeln!(out, "{indent}{line}");
        }
    }
    out
}

fn required(p: &ParamInfo) -> String {
    match (p.required, p.required_with) {
        (true, _) => "yes".into(),
        (false, Some(mode)) => format!("with {}", mode_name(mode)),
        (false, None) => "no".into(),
    }
}

fn flag_names(flag: &Flag) -> String {
    match &flag.alias {
        Some(alias) => format!("{} (--{alias})", flag.shown()),
        None => flag.shown(),
    }
}

/// A readable description of one method: what it is, a table of its params
/// (flag, wire name, type, required, default) with each one's description
/// and enum values under it, and its errors.
pub fn describe(method: &'static MethodInfo, system_errors: bool) -> String {
    let plan = Plan::new(method);
    let m = method;
    let mut out = String::new();
    let _ = writeln!(out, "{} — {}", m.command_name(), m.summary);
    if m.api == bitrix24::schema::Api::V3 {
        let _ = writeln!(out, "REST 3.0: sent to /rest/api/, never in a batch.");
    }
    let auth: Vec<&str> = m.auth.iter().map(|a| mode_name(*a)).collect();
    let _ = writeln!(
        out,
        "scope: {}   who: {}   idempotent: {}   auth: {}   result: {}",
        m.scope,
        m.who,
        if m.idempotent { "yes" } else { "no" },
        auth.join(", "),
        m.result
    );
    let _ = writeln!(out, "docs: {}", m.docs_url);
    out.push_str("\nPARAMETERS\n");
    let mut rows = vec![[
        "FLAG".to_owned(),
        "WIRE NAME".into(),
        "TYPE".into(),
        "REQUIRED".into(),
        "DEFAULT".into(),
    ]];
    let mut details = vec![String::new()];
    for param in m.params {
        if plan.bot_token.is_some_and(|b| std::ptr::eq(b, param)) {
            rows.push([
                "--bot-token".into(),
                param.name.into(),
                param.ty.to_string(),
                required(param),
                String::new(),
            ]);
            details.push(wrap(
                &format!(
                    "{} Secret: give it with --bot-token or B24_BOT_TOKEN; never shown.",
                    param.doc
                ),
                "      ",
                88,
            ));
        }
        for flag in plan.flags.iter().filter(|f| f.path[0] == param.name) {
            let p = flag.param;
            let indent = "  ".repeat(flag.path.len() - 1);
            rows.push([
                format!("{indent}{}", flag_names(flag)),
                flag.path.join("."),
                p.ty.to_string(),
                required(p),
                p.default.unwrap_or("").into(),
            ]);
            let mut text = p.doc.trim().to_owned();
            if p.secret {
                text.push_str(" Secret: never shown.");
            }
            let mut detail = wrap(&text, "      ", 88);
            if !p.ty.values().is_empty() {
                detail.push_str(&wrap(
                    &format!("values: {}", p.ty.values().join(", ")),
                    "      ",
                    88,
                ));
            }
            details.push(detail);
        }
    }
    let lines = table(&rows, "  ");
    for (line, detail) in lines.lines().zip(details) {
        let _ = writeln!(out, "{line}");
        out.push_str(&detail);
    }
    if m.params.is_empty() {
        out.push_str("  (none)\n");
    }
    if !plan.joined.is_empty() {
        out.push_str("\nJOINED PARAMETERS (one flag sets both)\n");
        let mut rows = vec![["FLAG".to_owned(), "SETS".into()]];
        for j in &plan.joined {
            rows.push([
                format!("{} KIND:ID", j.shown()),
                format!("{} (KIND) and {} (ID)", j.info.params[0], j.info.params[1]),
            ]);
        }
        let lines = table(&rows, "  ");
        let mut lines = lines.lines();
        if let Some(header) = lines.next() {
            let _ = writeln!(out, "{header}");
        }
        for (line, j) in lines.zip(&plan.joined) {
            let _ = writeln!(out, "{line}");
            out.push_str(&wrap(
                &format!(
                    "{} Not together with {} or {}.",
                    j.info.doc.trim(),
                    j.separate[0],
                    j.separate[1]
                ),
                "      ",
                88,
            ));
        }
    }
    let _ = writeln!(
        out,
        "\n  Also: --params{} JSON|@FILE|-  (all params as one JSON object; typed flags win on conflicts)",
        if plan.fields_alias { " (--fields)" } else { "" }
    );
    out.push_str("\nERRORS\n");
    out.push_str(&errors(m.errors));
    out.push('\n');
    out.push_str(&wrap(
        &format!(
            "Any method may also return one of the {} system errors (NO_AUTH_FOUND, \
             QUERY_LIMIT_EXCEEDED, expired_token, ...){}",
            bitrix24::SYSTEM_ERRORS.len(),
            if system_errors {
                ":"
            } else {
                "; `b24 describe METHOD --system-errors` lists them."
            }
        ),
        "  ",
        90,
    ));
    if system_errors {
        out.push_str(&errors(&bitrix24::SYSTEM_ERRORS));
    }
    out
}

fn errors(list: &[ErrorInfo]) -> String {
    if list.is_empty() {
        return "  (none of its own)\n".to_owned();
    }
    let mut rows = vec![[
        "CODE".to_owned(),
        "HTTP".into(),
        "RESEND SAFE".into(),
        "MESSAGE".into(),
    ]];
    for e in list {
        rows.push([
            e.code.into(),
            e.status.map(|s| s.to_string()).unwrap_or_default(),
            if e.retry_safe { "yes" } else { "no" }.into(),
            e.message.into(),
        ]);
    }
    let mut out = String::new();
    let lines = table(&rows, "  ");
    let mut lines = lines.lines();
    if let Some(header) = lines.next() {
        let _ = writeln!(out, "{header}");
    }
    for (line, e) in lines.zip(list) {
        let _ = writeln!(out, "{line}");
        let mut meaning = e.meaning.to_owned();
        if e.legacy {
            meaning.push_str(" (Listed only by older docs; older portals still send it.)");
        }
        out.push_str(&wrap(&meaning, "      ", 88));
    }
    out
}

fn param_json(flag: Option<&Flag>, p: &ParamInfo) -> Value {
    json!({
        "name": p.name,
        "flag": flag.map(Flag::shown),
        "alias": flag.and_then(|f| f.alias.as_ref().map(|a| format!("--{a}"))),
        "type": p.ty.to_string(),
        "required": p.required,
        "required_with": p.required_with.map(mode_name),
        "default": p.default,
        "doc": p.doc,
        "secret": p.secret,
        "values": p.ty.values(),
        "fields": Value::Array(Vec::new()),
    })
}

fn errors_json(list: &[ErrorInfo]) -> Value {
    Value::Array(
        list.iter()
            .map(|e| {
                json!({
                    "code": e.code, "status": e.status, "message": e.message,
                    "meaning": e.meaning, "retry_safe": e.retry_safe, "legacy": e.legacy,
                })
            })
            .collect(),
    )
}

/// The description of one method as JSON.
pub fn describe_json(method: &'static MethodInfo, system_errors: bool) -> Value {
    let plan = Plan::new(method);
    fn build(plan: &Plan, params: &'static [ParamInfo], path: &[&str]) -> Value {
        Value::Array(
            params
                .iter()
                .map(|p| {
                    let mut full = path.to_vec();
                    full.push(p.name);
                    let flag = plan.flags.iter().find(|f| f.path == full);
                    let mut v = param_json(flag, p);
                    if plan.bot_token.is_some_and(|b| std::ptr::eq(b, p)) {
                        v["flag"] = json!("--bot-token");
                    }
                    // A type may contain itself: its fields are listed to
                    // the depth that gets flags.
                    if full.len() < crate::command::MAX_FIELD_DEPTH {
                        v["fields"] = build(plan, p.ty.fields(), &full);
                    }
                    v
                })
                .collect(),
        )
    }
    let mut v = json!({
        "name": method.name,
        "scope": method.scope,
        "summary": method.summary,
        "docs": method.docs_url,
        "who": method.who,
        "idempotent": method.idempotent,
        "auth": method.auth.iter().map(|a| mode_name(*a)).collect::<Vec<_>>(),
        "result": method.result.to_string(),
        "params": build(&plan, method.params, &[]),
        "joined": plan.joined.iter().map(|j| json!({
            "name": j.info.name,
            "flag": j.shown(),
            "params": j.info.params,
            "doc": j.info.doc,
        })).collect::<Vec<_>>(),
        "errors": errors_json(method.errors),
    });
    if system_errors {
        v["system_errors"] = errors_json(&bitrix24::SYSTEM_ERRORS);
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_keeps_words_and_indent() {
        assert_eq!(wrap("a b c d", "  ", 6), "  a b\n  c d\n");
        assert_eq!(wrap("", "  ", 7), "");
    }

    #[test]
    fn tables_align() {
        let rows = [
            ["A".to_owned(), "B".to_owned()],
            ["long".to_owned(), "x".to_owned()],
        ];
        assert_eq!(table(&rows, ""), "A     B\nlong  x\n");
    }
}
