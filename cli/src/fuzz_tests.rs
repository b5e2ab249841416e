//! Fuzz-style tests of what `b24` reads from the command line: every
//! method's typed flags and joined flags with values of every shape, and
//! `--params`/`--fields` JSON mutated from a valid object. Parsing and
//! gathering end in params or a usage error with a message, never a panic,
//! and a secret given under its key never shows in the error.
//!
//! `FUZZ_CASES=100000 cargo test --release -p bitrix24-cli fuzz` runs longer
//! (the seeded runner is `tests/support/fuzz.rs` of the workspace).

#[path = "../../tests/support/fuzz.rs"]
mod fuzz;

use crate::call::gather;
use crate::command::{self, Plan};
use crate::exit::{Class, Redactor};
use crate::input::{Reader, duplicate_key};
use crate::ty;
use bitrix24::schema::{ParamInfo, TyInfo};
use fuzz::Unstructured;
use serde_json::{Map, Value, json};

const SECRET: &str = "s3cr3t-FUZZ";

/// A value of roughly the right shape for a param, from its type.
fn sample(param: &'static ParamInfo, depth: usize) -> Value {
    let ty = param.ty;
    if param.secret {
        return json!(SECRET);
    }
    match ty.base() {
        TyInfo::Integer => json!(7),
        TyInfo::Double => json!(1.5),
        TyInfo::Boolean => json!(true),
        TyInfo::Date => json!("2024-04-19"),
        TyInfo::DateTime => json!("2024-04-19T12:00:00+03:00"),
        TyInfo::FileData => json!({"fileData": ["a.png", "aGk="]}),
        TyInfo::FilePair => json!(["a.png", "aGk="]),
        TyInfo::Enum(e) => json!(e.values.first().copied().unwrap_or("X")),
        TyInfo::List(inner) => match inner.base() {
            TyInfo::Integer => json!([1, 2]),
            TyInfo::Enum(e) => json!([e.values.first().copied().unwrap_or("X")]),
            _ => json!(["a"]),
        },
        TyInfo::Struct(s) if depth < 3 => Value::Object(
            s.fields
                .iter()
                .map(|f| (f.name.to_owned(), sample(f, depth + 1)))
                .collect(),
        ),
        TyInfo::Object | TyInfo::Struct(_) => json!({}),
        _ => json!("text"),
    }
}

/// The text of a flag's value: a sensible one, or one mutated from it.
fn flag_value(u: &mut Unstructured<'_>, ty: &TyInfo, valid: &Value) -> String {
    let text = match valid {
        Value::String(s) if !crate::ty::takes_json(ty) => s.clone(),
        Value::Array(items) if !crate::ty::takes_json(ty) => items
            .iter()
            .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned))
            .collect::<Vec<_>>()
            .join(","),
        other => other.to_string(),
    };
    let mut text = match fuzz::below(u, 4) {
        0 => text,
        1 => fuzz::token(u).to_owned(),
        _ => fuzz::mutate_text(u, &text),
    };
    // `-` reads standard input, which a test must not wait on.
    if text.trim() == "-" {
        text.push('-');
    }
    text
}

#[test]
fn flags_and_params_json_give_params_or_a_usage_error_never_a_panic() {
    let mut root = command::root(bitrix24::METHODS);
    let (mut accepted, mut refused, mut clap_refused) = (0u64, 0u64, 0u64);
    let ran = fuzz::run("cli flags", 1500, |u, case| {
        let method = *fuzz::pick(u, bitrix24::METHODS);
        let plan = Plan::new(method);
        let mut args = vec!["b24".to_owned(), method.command_name().into_owned()];
        // --params (or its alias) from an object of every param.
        let mut valid = Map::new();
        for p in method.params {
            valid.insert(p.name.to_owned(), sample(p, 0));
        }
        let params_text = if fuzz::one_in(u, 3) {
            let text = serde_json::to_string_pretty(&valid).unwrap();
            Some(if fuzz::one_in(u, 2) {
                fuzz::mutate_text(u, &text)
            } else {
                fuzz::mutate_json(u, &Value::Object(valid.clone())).to_string()
            })
        } else {
            None
        };
        if let Some(text) = &params_text {
            let flag = if plan.fields_alias && fuzz::one_in(u, 2) {
                "--fields"
            } else {
                "--params"
            };
            args.extend([flag.to_owned(), text.clone()]);
        }
        for flag in &plan.flags {
            if !fuzz::one_in(u, 3) {
                continue;
            }
            let valid = sample(flag.param, 1);
            let name = match &flag.alias {
                Some(alias) if fuzz::one_in(u, 2) => format!("--{alias}"),
                _ => flag.shown(),
            };
            args.push(name);
            args.push(flag_value(u, &flag.ty, &valid));
        }
        for joined in &plan.joined {
            if fuzz::one_in(u, 2) {
                let kind = joined.kind.1.values().first().copied().unwrap_or("crm");
                args.push(joined.shown());
                args.push(fuzz::mutate_text(u, &format!("{kind}:DEAL|1663")));
            }
        }
        if fuzz::one_in(u, 4) {
            args.push("--no-check".into());
        }
        let matches = match root.try_get_matches_from_mut(args.clone()) {
            Ok(m) => m,
            Err(e) => {
                clap_refused += 1;
                assert!(!e.render().to_string().is_empty(), "case {case}: {args:?}");
                return;
            }
        };
        let (name, sub) = matches.subcommand().expect("a method was named");
        assert_eq!(name, method.command_name());
        let mut redactor = Redactor::default();
        match gather(&plan, sub, &mut redactor) {
            Ok((params, _notes)) => {
                accepted += 1;
                // What is sent serializes.
                serde_json::to_string(&params).unwrap();
            }
            Err(failure) => {
                refused += 1;
                assert!(
                    matches!(failure.class, Class::Usage),
                    "case {case}: {args:?}: {failure:?}"
                );
                assert!(!failure.message.trim().is_empty(), "case {case}: {args:?}");
                // A secret still under its key in the JSON given never shows.
                let shown = redactor.apply(&failure.message);
                let under_key = method.params.iter().filter(|p| p.secret).any(|p| {
                    params_text
                        .as_deref()
                        .is_some_and(|t| t.contains(&format!("\"{}\": \"{SECRET}\"", p.name)))
                });
                if under_key {
                    assert!(
                        !shown.contains(SECRET),
                        "case {case}: the secret shows:\n{shown}\nargs: {args:?}"
                    );
                }
            }
        }
    });
    eprintln!(
        "fuzz cli flags: {ran} cases: {accepted} gathered, {refused} refused by b24, \
         {clap_refused} by clap"
    );
    assert!(ran < 100 || (accepted > 0 && refused > 0 && clap_refused > 0));
}

#[test]
fn json_arguments_parse_or_point_at_the_fault_never_a_panic() {
    let base = json!({"TITLE": "Deal chat", "USERS": [103, 547], "fields": {"title": "a", "botToken": SECRET}});
    let ran = fuzz::run("cli json", 3000, |u, case| {
        let text = serde_json::to_string_pretty(&base).unwrap();
        let mutated = fuzz::mutate_text(u, &text);
        // The duplicate-key scan copes with any text.
        let _ = duplicate_key(&mutated);
        let inline = if mutated.trim() == "-" {
            format!("{mutated}-")
        } else {
            mutated.clone()
        };
        match Reader::default().read("--fields", &inline, &["botToken"]) {
            Ok(value) => {
                assert_eq!(value, serde_json::from_str::<Value>(&inline).unwrap());
            }
            Err(message) => {
                assert!(message.starts_with("--fields"), "case {case}: {message}");
                if serde_json::from_str::<Value>(&inline).is_err()
                    && inline.trim_start().starts_with(['{', '['])
                {
                    assert!(
                        message.contains("line "),
                        "case {case}: unlocated: {message}"
                    );
                }
                if inline.contains(&format!("\"botToken\": \"{SECRET}\"")) {
                    assert!(!message.contains(SECRET), "case {case}: {message}");
                }
            }
        }
        // Typed scalar flags on any text.
        for ty in [
            TyInfo::Integer,
            TyInfo::Double,
            TyInfo::Boolean,
            TyInfo::String,
            TyInfo::Date,
            TyInfo::DateTime,
            TyInfo::FileData,
            TyInfo::FilePair,
        ] {
            let _ = ty::from_flag(&ty, &inline);
        }
    });
    assert!(ran > 0);
}
