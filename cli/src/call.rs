//! Calling a method: the params from `--params` and the typed flags, the
//! client from `--url` / `--token` / `--bot-token`, the call, and what is
//! printed.

use crate::command::{ENV_TOKEN, ENV_URL, Plan};
use crate::connection::Connection;
use crate::exit::{Class, Failure, Redactor};
use crate::input::Reader;
use crate::parsed::Parsed;
use crate::ty::{self, Note};
use bitrix24::client::RawError;
use bitrix24::schema::TyInfo;
use bitrix24::schema::{AuthMode, ParamInfo};
use bitrix24::{Error, MethodError};
use clap::ArgMatches;
use clap::parser::ValueSource;
use serde_json::{Map, Value};
use std::io::{IsTerminal, Write};
use std::time::Instant;

/// Portal codes that mean the credentials did not work (exit status 7).
pub const AUTH_CODES: &[&str] = &[
    "NO_AUTH_FOUND",
    "expired_token",
    "invalid_token",
    "INVALID_CREDENTIALS",
    "insufficient_scope",
    "user_access_error",
];

/// Names whose string values are secrets: the method's secret params and
/// fields, and `auth` (the OAuth token as a param).
fn secret_keys(params: &'static [ParamInfo], out: &mut Vec<&'static str>) {
    fn walk(params: &'static [ParamInfo], out: &mut Vec<&'static str>, depth: usize) {
        for p in params {
            if p.secret {
                out.push(p.name);
            }
            // A type may contain itself; secrets sit near the top.
            if depth < crate::command::MAX_FIELD_DEPTH {
                walk(p.ty.fields(), out, depth + 1);
            }
        }
    }
    walk(params, out, 0);
}

/// Adds the string values of secret keys in `value` to the redactor.
fn collect_secrets(value: &Value, keys: &[&str], redactor: &mut Redactor) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                match v {
                    Value::String(s) if keys.contains(&k.as_str()) => redactor.add(s),
                    other => collect_secrets(other, keys, redactor),
                }
            }
        }
        Value::Array(items) => items
            .iter()
            .for_each(|v| collect_secrets(v, keys, redactor)),
        _ => {}
    }
}

/// A copy of the params with secret values replaced by `***`, for showing.
fn masked(value: &Value, keys: &[&str]) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| {
                    let v = if keys.contains(&k.as_str()) && !v.is_null() {
                        Value::String("***".into())
                    } else {
                        masked(v, keys)
                    };
                    (k.clone(), v)
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(|v| masked(v, keys)).collect()),
        other => other.clone(),
    }
}

/// Sets `value` at `path` in `params`, merging objects key by key (the new
/// value wins) and replacing anything else. `flag` is the flag that gave
/// the value, `params_flag` the spelling of `--params` in use.
fn set(
    params: &mut Map<String, Value>,
    path: &[&str],
    value: Value,
    flag: &str,
    params_flag: &str,
) -> Result<(), Failure> {
    let Some((last, parents)) = path.split_last() else {
        return Ok(());
    };
    let mut map = params;
    for (i, key) in parents.iter().enumerate() {
        let slot = map
            .entry((*key).to_owned())
            .or_insert_with(|| Value::Object(Map::new()));
        if slot.is_null() {
            *slot = Value::Object(Map::new());
        }
        map = match slot {
            Value::Object(inner) => inner,
            _ => {
                return Err(Failure::usage(format!(
                    "{flag}: cannot set `{}`, because `{}` in {params_flag} is not an object",
                    path.join("."),
                    path[..=i].join(".")
                )));
            }
        };
    }
    match (map.get_mut(*last), value) {
        (Some(Value::Object(old)), Value::Object(new)) => {
            for (k, v) in new {
                old.insert(k, v);
            }
        }
        (_, value) => {
            map.insert((*last).to_owned(), value);
        }
    }
    Ok(())
}

/// The params to send, from `--params` and the typed flags (which win),
/// checked against the schema unless `--no-check`. Secret values found are
/// added to `redactor`; notes (unknown keys) are returned for stderr.
pub fn gather(
    plan: &Plan,
    matches: &ArgMatches,
    redactor: &mut Redactor,
) -> Result<(Map<String, Value>, Vec<Note>), Failure> {
    let method = plan.method;
    let mut keys = vec!["auth"];
    secret_keys(method.params, &mut keys);
    let mut reader = Reader::default();
    let mut notes = Vec::new();
    // Every message about the params' JSON names the flag as typed.
    let params_flag = flag_used(plan);
    let mut params = match matches.get_one::<String>("params") {
        Some(text) => {
            let flag = params_flag.as_str();
            match reader.read(flag, text, &keys).map_err(Failure::usage)? {
                Value::Object(map) => map,
                other => {
                    return Err(Failure::usage(format!(
                        "{flag} must be a JSON object of params ({{\"NAME\": value, ...}}), not {}",
                        kind(&other)
                    )));
                }
            }
        }
        None => Map::new(),
    };
    keys.iter().for_each(|k| redactor.add_key(k));
    collect_secrets(&Value::Object(params.clone()), &keys, redactor);
    let check = !matches.get_flag("no-check");
    // Every bad flag is reported, not just the first.
    let mut bad: Vec<String> = Vec::new();
    let keep = |result: Result<Value, Failure>, bad: &mut Vec<String>| match result {
        Ok(value) => Some(value),
        Err(failure) => {
            bad.push(failure.message);
            None
        }
    };
    for flag in &plan.flags {
        let shown = flag.shown();
        let value = if crate::ty::takes_json(&flag.ty) {
            let Some(text) = matches.get_one::<String>(&flag.id) else {
                continue;
            };
            let read = (|| {
                let mut value = reader.read(&shown, text, &keys).map_err(Failure::usage)?;
                collect_secrets(&value, &keys, redactor);
                if let (TyInfo::Struct(s), Value::Object(map), 1) =
                    (flag.ty.base(), &value, flag.path.len())
                {
                    misplaced(plan, flag.param.name, s.fields, map, &shown)?;
                }
                ty::check_noting(
                    &flag.ty,
                    &mut value,
                    &flag.path.join("."),
                    flag.param.secret,
                    &mut notes,
                )
                .map_err(|m| mismatch(&shown, &m))?;
                Ok(value)
            })();
            let Some(value) = keep(read, &mut bad) else {
                continue;
            };
            value
        } else if matches!(flag.ty.base(), TyInfo::List(_)) {
            let Some(values) = matches.get_many::<Parsed<Value>>(&flag.id) else {
                continue;
            };
            let mut items = Vec::new();
            for v in values {
                match &v.0 {
                    Ok(Value::Array(list)) => items.extend(list.iter().cloned()),
                    Ok(other) => items.push(other.clone()),
                    Err(e) => bad.push(e.clone()),
                }
            }
            Value::Array(items)
        } else {
            let Some(parsed) = matches.get_one::<Parsed<Value>>(&flag.id) else {
                continue;
            };
            let value = match &parsed.0 {
                Ok(value) => value,
                Err(e) => {
                    bad.push(e.clone());
                    continue;
                }
            };
            if let (true, Value::String(s)) = (flag.param.secret, value) {
                redactor.add(s);
            }
            value.clone()
        };
        let set = set(&mut params, &flag.path, value, &shown, &params_flag).map(|()| Value::Null);
        keep(set, &mut bad);
    }
    for joined in &plan.joined {
        let Some(parsed) = matches.get_one::<Parsed<(Value, Value)>>(&joined.id) else {
            continue;
        };
        let (kind, id) = match &parsed.0 {
            Ok(pair) => pair,
            Err(e) => {
                bad.push(e.clone());
                continue;
            }
        };
        let shown = joined.shown();
        for (param, value) in [(joined.info.params[0], kind), (joined.info.params[1], id)] {
            let set = set(&mut params, &[param], value.clone(), &shown, &params_flag);
            keep(set.map(|()| Value::Null), &mut bad);
        }
    }
    if !bad.is_empty() {
        // main prints the first with `error: `; each further one gets its own.
        return Err(Failure::usage(bad.join("\nerror: ")));
    }
    if check {
        for (key, value) in params.iter_mut() {
            match method.params.iter().find(|p| p.name == key) {
                Some(p) => ty::check_noting(&p.ty, value, key, p.secret, &mut notes)
                    .map_err(|m| mismatch(&params_flag, &m))?,
                None => notes.push(Note(format!(
                    "`{key}` is not a parameter of {} in the schema; sent as given",
                    method.name
                ))),
            }
        }
    }
    required(plan, &params, &params_flag)?;
    Ok((params, notes))
}

/// The name the user gave `--params` under: `--fields` when its alias was
/// used (clap does not say which spelling matched), otherwise `--params`
/// (also when neither was given, for hints).
pub(crate) fn flag_used(plan: &Plan) -> String {
    let alias = plan.fields_alias
        && std::env::args_os().any(|a| {
            let a = a.to_string_lossy();
            a == "--fields" || a.starts_with("--fields=")
        });
    if alias { "--fields" } else { "--params" }.to_owned()
}

pub(crate) fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn mismatch(flag: &str, m: &ty::Mismatch) -> Failure {
    if m.path.is_empty() {
        Failure::usage(format!("{flag}: {}", m.message))
    } else {
        Failure::usage(format!("{flag}: `{}`: {}", m.path, m.message))
    }
}

/// Refuses the whole params given to an object param's flag: with
/// imbot.v2.Chat.add, `--fields` is the `fields` param, so `botId` in it is
/// a mistake that would otherwise be sent inside `fields`.
fn misplaced(
    plan: &Plan,
    param: &str,
    fields: &[ParamInfo],
    given: &Map<String, Value>,
    flag: &str,
) -> Result<(), Failure> {
    let method = plan.method;
    for key in given.keys() {
        let is_field = fields.iter().any(|f| f.name == key);
        let is_param = method.params.iter().any(|p| p.name == key);
        if !is_field && is_param {
            let names: Vec<&str> = fields.iter().map(|f| f.name).collect();
            return Err(Failure::usage(format!(
                "{flag}: `{key}` is a parameter of {}, not a field of its `{param}` param; \
                 {flag} takes only the fields ({}). To give every param as one JSON object, use --params",
                method.name,
                names.join(", ")
            )));
        }
    }
    Ok(())
}

/// Refuses params the schema requires when they are missing, at the top
/// level and inside objects that are given.
fn required(plan: &Plan, params: &Map<String, Value>, params_flag: &str) -> Result<(), Failure> {
    fn walk(
        plan: &Plan,
        list: &'static [ParamInfo],
        given: &Map<String, Value>,
        path: &[&'static str],
        params_flag: &str,
    ) -> Result<(), Failure> {
        for p in list {
            let mut full = path.to_vec();
            full.push(p.name);
            match given.get(p.name) {
                None if p.required => {
                    let flag = plan
                        .flags
                        .iter()
                        .find(|f| f.path == full)
                        .map(|f| format!("{} or ", f.shown()))
                        .unwrap_or_default();
                    return Err(Failure::usage(format!(
                        "{} requires `{}`: give {flag}`{}` in {params_flag} (see `b24 describe {}`)",
                        plan.method.name,
                        full.join("."),
                        full.join("."),
                        plan.method.name
                    )));
                }
                Some(Value::Object(inner)) if !p.ty.fields().is_empty() => {
                    walk(plan, p.ty.fields(), inner, &full, params_flag)?
                }
                _ => {}
            }
        }
        Ok(())
    }
    walk(plan, plan.method.params, params, &[], params_flag)
}

/// Everything a method subcommand does: gather, check, call, print.
pub fn run(plan: &Plan, matches: &ArgMatches, redactor: &mut Redactor) -> Result<(), Failure> {
    let method = plan.method;
    let (mut params, mut notes) = gather(plan, matches, redactor)?;
    let mut keys = vec!["auth"];
    secret_keys(method.params, &mut keys);
    let verbose = matches.get_flag("verbose");
    let print_notes = |notes: &mut Vec<Note>, redactor: &Redactor| {
        let mut seen = std::collections::HashSet::new();
        for note in notes.drain(..) {
            if seen.insert(note.0.clone()) {
                eprintln!("warning: {}", redactor.apply(&note.0));
            }
        }
    };
    if matches.get_flag("dry-run") {
        print_notes(&mut notes, redactor);
        let mut shown = masked(&Value::Object(params), &keys);
        let bot_token = plan
            .bot_token
            .filter(|_| matches!(matches.try_get_one::<String>("bot-token"), Ok(Some(_))));
        if let (Some(p), Value::Object(map)) = (bot_token, &mut shown) {
            map.entry(p.name).or_insert(Value::String("***".into()));
        }
        let out = serde_json::json!({"method": method.name, "params": shown});
        return print(&out, matches, redactor);
    }
    let connection = Connection::new(plan, matches, &params, &mut notes)?;
    // `--bot-token` on the command line wins over `botToken` in --params (the
    // client adds its token only when the params lack one); the environment
    // does not.
    if let (Some(p), Some(_), AuthMode::Webhook) =
        (plan.bot_token, &connection.bot_token, connection.mode)
        && matches.value_source("bot-token") == Some(ValueSource::CommandLine)
    {
        params.remove(p.name);
    }
    print_notes(&mut notes, redactor);
    let client = connection.client()?;
    if verbose {
        let mut shown = masked(&Value::Object(params.clone()), &keys);
        if let (Some(p), Some(_), AuthMode::Webhook, Value::Object(map)) = (
            plan.bot_token,
            &connection.bot_token,
            connection.mode,
            &mut shown,
        ) {
            // The client adds it.
            map.entry(p.name).or_insert(Value::String("***".into()));
        }
        eprintln!(
            "{}",
            redactor.apply(&format!(
                "b24: POST {}\nb24: params {shown}",
                connection.shown_endpoint(method),
            ))
        );
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::new(Class::Internal, format!("cannot start the runtime: {e}")))?;
    if let (Some(paging), Ok(Some(true))) = (method.paging, matches.try_get_one::<bool>("all")) {
        return runtime.block_on(crate::pages::print_all(
            &client, method, paging, params, verbose,
        ));
    }
    let started = Instant::now();
    let outcome = runtime.block_on(client.call_raw_response(method, params));
    if verbose {
        let how = match &outcome {
            Ok(_) => "ok".to_owned(),
            Err(e) => format!("failed ({})", class_name(classify(e))),
        };
        eprintln!("b24: {how} in {} ms", started.elapsed().as_millis());
    }
    match outcome {
        Ok(response) => {
            crate::answer::check(method, &response.result)?;
            print(&shown(response, matches), matches, redactor)
        }
        Err(e) => Err(failure(&e)),
    }
}

/// What a successful call prints: the result alone, or with `--envelope`
/// the result beside a list method's `total` and `next`. Without it, a page
/// that has a next one says so on stderr, so nothing is missed unawares.
fn shown(response: bitrix24::Response<Value>, matches: &ArgMatches) -> Value {
    let paging = [("total", response.total), ("next", response.next)];
    if matches.get_flag("envelope") {
        let mut out = serde_json::Map::new();
        out.insert("result".into(), response.result);
        for (name, value) in paging {
            if let Some(value) = value {
                out.insert(name.into(), value.into());
            }
        }
        return Value::Object(out);
    }
    if let Some(next) = response.next {
        let total = response
            .total
            .map(|t| format!(" of {t}"))
            .unwrap_or_default();
        eprintln!(
            "b24: one page{total}; the next starts at offset {next} (--envelope prints total and next)"
        );
    }
    response.result
}

/// Prints a JSON value on stdout: indented on a terminal or with
/// `--pretty`, on one line when piped or with `--compact`.
fn print(value: &Value, matches: &ArgMatches, _redactor: &Redactor) -> Result<(), Failure> {
    let pretty = if matches.get_flag("pretty") {
        true
    } else if matches.get_flag("compact") {
        false
    } else {
        std::io::stdout().is_terminal()
    };
    write_json(value, pretty)
}

/// Writes JSON and a newline on stdout.
pub fn write_json(value: &Value, pretty: bool) -> Result<(), Failure> {
    let text = if pretty {
        serde_json::to_string_pretty(value)
    } else {
        serde_json::to_string(value)
    }
    .map_err(|e| Failure::new(Class::Internal, e.to_string()))?;
    let mut out = std::io::stdout().lock();
    writeln!(out, "{text}")
        .and_then(|_| out.flush())
        .or_else(crate::exit::ignore_broken_pipe)
        .map_err(|e| Failure::new(Class::Internal, format!("cannot write the result: {e}")))
}

/// The class of a call's error.
pub fn classify(e: &Error<RawError>) -> Class {
    match e {
        Error::Api { error, status, .. } => {
            if *status == 401 || AUTH_CODES.contains(&error.code()) {
                Class::Auth
            } else {
                Class::Api
            }
        }
        Error::OutcomeUnknown { .. } => Class::OutcomeUnknown,
        Error::Transport { .. } => Class::Transport,
        Error::Decode { .. } => Class::Decode,
        Error::Request { .. } => Class::Usage,
        Error::Refresh { .. } => Class::Auth,
        _ => Class::Internal,
    }
}

fn class_name(class: Class) -> &'static str {
    match class {
        Class::Internal => "internal error",
        Class::Usage => "bad input",
        Class::Api => "portal error",
        Class::OutcomeUnknown => "outcome unknown",
        Class::Transport => "transport",
        Class::Decode => "unexpected answer",
        Class::Auth => "auth",
        Class::Config => "configuration",
    }
}

/// The message of a call's error: the code with its documented meaning,
/// the portal's description, and what to do.
pub(crate) fn failure(e: &Error<RawError>) -> Failure {
    let class = classify(e);
    let message = match e {
        Error::Api {
            method,
            error,
            status,
            description,
        } => {
            let mut text = format!("{method} failed: {} (HTTP {status})", error.code());
            match error.info() {
                Some(info) => {
                    text.push_str(&format!(": {}", info.meaning));
                    text.push_str(&format!("\n  documented message: {}", info.message));
                    if info.legacy {
                        text.push_str(
                            "\n  note: listed only by older versions of the docs; older portals still send it",
                        );
                    }
                }
                None => text.push_str(": a code the schema does not list"),
            }
            if let Some(d) = description.as_deref().filter(|d| !d.is_empty()) {
                text.push_str(&format!("\n  portal said: {d}"));
            }
            if error.is_retry_safe() {
                text.push_str("\n  the portal did nothing, so running the command again is safe");
            }
            if class == Class::Auth {
                text.push_str(&format!(
                    "\n  check the credentials: --url / {ENV_URL}, --token / {ENV_TOKEN}"
                ));
            }
            text
        }
        Error::OutcomeUnknown { .. } => format!(
            "{e}\n  check the portal before running the command again: it may have done it already"
        ),
        Error::Decode { body, .. } => {
            let excerpt: String = body.chars().take(300).collect();
            let more = if body.chars().count() > 300 {
                "…"
            } else {
                ""
            };
            format!("{e}\n  answer: {excerpt}{more}")
        }
        other => other.to_string(),
    };
    Failure::new(class, message)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn set_merges_objects_and_replaces_the_rest() {
        let mut params = json!({"fields": {"title": "a", "color": "red"}, "USERS": [1]})
            .as_object()
            .cloned()
            .unwrap();
        set(
            &mut params,
            &["fields", "title"],
            json!("b"),
            "--title",
            "--params",
        )
        .unwrap();
        set(
            &mut params,
            &["USERS"],
            json!([2, 3]),
            "--users",
            "--params",
        )
        .unwrap();
        set(
            &mut params,
            &["fields"],
            json!({"message": "hi"}),
            "--fields",
            "--params",
        )
        .unwrap();
        assert_eq!(
            Value::Object(params.clone()),
            json!({"fields": {"title": "b", "color": "red", "message": "hi"}, "USERS": [2, 3]})
        );
        let mut bad = json!({"fields": 1}).as_object().cloned().unwrap();
        let e = set(
            &mut bad,
            &["fields", "title"],
            json!("x"),
            "--title",
            "--params",
        )
        .unwrap_err();
        assert!(
            e.message.contains("`fields` in --params is not an object"),
            "{}",
            e.message
        );
        let e = set(&mut bad, &["fields", "x"], json!(1), "--x", "--fields").unwrap_err();
        assert_eq!(
            e.message,
            "--x: cannot set `fields.x`, because `fields` in --fields is not an object"
        );
    }

    #[test]
    fn secrets_are_masked_for_showing() {
        let v = json!({"botToken": "t0ken", "fields": {"botToken": null, "x": ["botToken"]}});
        assert_eq!(
            masked(&v, &["botToken"]),
            json!({"botToken": "***", "fields": {"botToken": null, "x": ["botToken"]}})
        );
    }
}
