//! The emulator's request reading on mutated requests over real HTTP: any
//! method name in any case, webhook and token paths, JSON and form bodies
//! (PHP's nested keys), query strings and `batch` commands with `$result`
//! references, all mutated. Every answer is a JSON body with `result` or
//! an `error` code, never a 500, and nothing panics in the server (a panic
//! hook counts them: a panic in a call's task would otherwise surface only
//! as a 500).
//!
//! `FUZZ_CASES=100000 cargo test --release -p bitrix24-mock --test
//! fuzz_requests` runs longer (see `tests/support/fuzz.rs` of the workspace).

#[path = "../../tests/support/fuzz.rs"]
mod fuzz;

use bitrix24::schema::{ParamInfo, TyInfo};
use bitrix24_mock::{Config, Mock, RateLimit};
use fuzz::Unstructured;
use serde_json::{Map, Value, json};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A value of roughly the right shape for a param, from its type.
fn sample(param: &ParamInfo, depth: usize) -> Value {
    sample_of(&param.ty, depth)
}

fn sample_of(ty: &TyInfo, depth: usize) -> Value {
    match ty.base() {
        TyInfo::Enum(e) => json!(e.values.first().copied().unwrap_or("X")),
        TyInfo::Struct(s) if depth < 3 => Value::Object(
            s.fields
                .iter()
                .map(|f| (f.name.to_owned(), sample(f, depth + 1)))
                .collect(),
        ),
        TyInfo::List(inner) => json!([sample_of(inner, depth + 1)]),
        TyInfo::Union(members) => sample_of(&members[0], depth),
        TyInfo::Integer => json!(456),
        TyInfo::Double => json!(1.5),
        TyInfo::Boolean => json!("Y"),
        TyInfo::Date => json!("2024-04-19"),
        TyInfo::DateTime => json!("2024-04-19T12:00:00+03:00"),
        TyInfo::FileData => json!({"fileData": ["a.png", "aGk="]}),
        TyInfo::FilePair => json!(["a.png", "aGk="]),
        TyInfo::Object | TyInfo::Struct(_) | TyInfo::Map(_) => json!({}),
        _ => json!("text"),
    }
}

/// `key=value` pairs of a value with PHP's nested keys.
fn form_pairs(prefix: &str, value: &Value, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let key = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}[{k}]")
                };
                form_pairs(&key, v, out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                form_pairs(&format!("{prefix}[{i}]"), v, out);
            }
        }
        Value::String(s) => out.push((prefix.to_owned(), s.clone())),
        other => out.push((prefix.to_owned(), other.to_string())),
    }
}

fn form(pairs: &[(String, String)]) -> String {
    form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish()
}

/// A path segment, percent-encoded.
fn percent(segment: &str) -> String {
    segment
        .bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'.' | b'_' | b'-' => (b as char).to_string(),
            other => format!("%{other:02X}"),
        })
        .collect()
}

/// A method name as a caller might spell it, or a mangled one.
fn method_name(u: &mut Unstructured<'_>) -> String {
    let name = fuzz::pick(u, bitrix24::METHODS).name.to_owned();
    match fuzz::below(u, 8) {
        0 => name.to_ascii_lowercase(),
        1 => format!("{name}.json"),
        2 => "batch".into(),
        3 => fuzz::mutate_text(u, &name),
        _ => name,
    }
}

/// A `batch` body's `cmd`: commands with query strings and references.
fn batch_cmd(u: &mut Unstructured<'_>) -> Value {
    let mut cmd = Map::new();
    for i in 0..1 + fuzz::below(u, 4) {
        let method = method_name(u);
        let reference = fuzz::pick(
            u,
            &[
                "$result[c0]",
                "$result[c0][ID]",
                "$result[c0][chat][id]",
                "$result[c9]",
                "$result[",
                "$result[c0][",
                "x $result[c0] y",
            ],
        );
        let mut command = format!("{method}?TITLE={}&CHAT_ID={reference}&botId=456", i);
        if fuzz::one_in(u, 2) {
            command = fuzz::mutate_text(u, &command);
        }
        cmd.insert(format!("c{i}"), json!(command));
    }
    Value::Object(cmd)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fuzz_mutated_requests_get_an_answer_never_a_panic() {
    let panics = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&panics);
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        counter.fetch_add(1, Ordering::SeqCst);
        default_hook(info);
    }));

    let mock = Mock::start(Config::default().rate_limit(RateLimit::UNLIMITED))
        .await
        .unwrap();
    let webhook = mock.webhook_url();
    let rest = mock.oauth_base_url();
    let token = mock.oauth_token().expose().to_owned();
    let http = reqwest::Client::new();

    // The choices are made before the async part: the runner is synchronous.
    let mut requests = Vec::new();
    fuzz::run("mock requests", 600, |u, _| {
        let method = method_name(u);
        let info = bitrix24::METHODS.iter().find(|m| {
            method
                .to_ascii_lowercase()
                .starts_with(&m.name.to_ascii_lowercase())
        });
        let mut params: Map<String, Value> = info
            .map(|m| {
                m.params
                    .iter()
                    .map(|p| (p.name.to_owned(), sample(p, 0)))
                    .collect()
            })
            .unwrap_or_default();
        if method == "batch" {
            params.insert("cmd".into(), batch_cmd(u));
            params.insert("halt".into(), json!(fuzz::below(u, 2)));
        }
        let by_token = fuzz::one_in(u, 3);
        if by_token {
            params.insert("auth".into(), json!(token));
        }
        let params = Value::Object(params);
        let path = percent(&method);
        let url = if by_token {
            format!("{rest}{path}")
        } else {
            format!("{webhook}{path}")
        };
        let (content_type, body, query) = match fuzz::below(u, 6) {
            0 => (
                "application/json",
                fuzz::mutate_json(u, &params).to_string(),
                None,
            ),
            1 => (
                "application/json",
                fuzz::mutate_text(u, &params.to_string()),
                None,
            ),
            2 | 3 => {
                let mut pairs = Vec::new();
                form_pairs("", &params, &mut pairs);
                let mut text = form(&pairs);
                if fuzz::one_in(u, 2) {
                    text = fuzz::mutate_text(u, &text);
                }
                ("application/x-www-form-urlencoded", text, None)
            }
            4 => {
                let mut pairs = Vec::new();
                form_pairs("", &fuzz::mutate_json(u, &params), &mut pairs);
                ("", String::new(), Some(form(&pairs)))
            }
            _ => (
                *fuzz::pick(
                    u,
                    &[
                        "",
                        "text/plain",
                        "multipart/form-data",
                        "application/json; charset=x",
                    ],
                ),
                fuzz::mutate_text(u, &params.to_string()),
                None,
            ),
        };
        requests.push((url, content_type, body, query));
    });

    let mut answered = [0u64; 2];
    for (i, (url, content_type, body, query)) in requests.iter().enumerate() {
        let url = match query {
            Some(q) => format!("{url}?{q}"),
            None => url.clone(),
        };
        let mut request = http.post(&url).body(body.clone());
        if !content_type.is_empty() {
            request = request.header("content-type", *content_type);
        }
        let response = request
            .send()
            .await
            .unwrap_or_else(|e| panic!("request {i} got no answer: {e}\n{url}\n{body}"));
        let status = response.status().as_u16();
        let text = response.text().await.unwrap();
        let value: Value = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("request {i}: not JSON ({e}): {text}\n{url}\n{body}"));
        assert_ne!(status, 500, "request {i}: {text}\n{url}\n{body}");
        if value.get("error").is_some() {
            answered[1] += 1;
            assert!(value["error"].is_string(), "request {i}: {text}");
            assert!(status >= 400, "request {i}: an error with {status}: {text}");
        } else {
            answered[0] += 1;
            assert!(value.get("result").is_some(), "request {i}: {text}");
            assert_eq!(status, 200, "request {i}: {text}");
        }
    }
    let _ = std::panic::take_hook();
    assert_eq!(panics.load(Ordering::SeqCst), 0, "the server panicked");
    eprintln!(
        "fuzz mock requests: {} requests: {} results, {} errors",
        requests.len(),
        answered[0],
        answered[1]
    );
    assert!(requests.len() < 100 || (answered[0] > 0 && answered[1] > 0));
}
