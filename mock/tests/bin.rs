//! The `bitrix24-mock` binary as a user runs it: it listens on the port it
//! is given, prints a webhook URL and an OAuth token that work over real
//! HTTP, and refuses bad arguments with a message and a non-zero status.

#[path = "../../tests/support/http.rs"]
mod http;

use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Output, Stdio};
use std::sync::mpsc;
use std::time::Duration;

const BIN: &str = env!("CARGO_BIN_EXE_bitrix24-mock");

/// How long the binary may take to print its credentials.
const STARTUP: Duration = Duration::from_secs(30);

/// A running binary, killed when the test ends, whether it passed or not.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts the binary and reads its stdout up to the `OAuth token:` line;
/// returns the guard and the lines printed so far.
fn start(args: &[&str]) -> (Running, Vec<String>) {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("the binary starts");
    let stdout = child.stdout.take().unwrap();
    let running = Running(child);
    // A thread reads, so that a binary that prints nothing fails the test
    // after STARTUP instead of hanging it.
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        // Reads to the end even when nobody listens any more, so the
        // binary never writes into a closed pipe.
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            let _ = tx.send(line);
        }
    });
    let mut lines = Vec::new();
    loop {
        match rx.recv_timeout(STARTUP) {
            Ok(line) => {
                let done = line.starts_with("OAuth token:");
                lines.push(line);
                if done {
                    return (running, lines);
                }
            }
            Err(e) => panic!("no `OAuth token:` line ({e}); stdout so far: {lines:?}"),
        }
    }
}

/// The value printed after `label` (`webhook URL:    http://...`).
fn printed<'a>(lines: &'a [String], label: &str) -> &'a str {
    lines
        .iter()
        .find_map(|l| l.strip_prefix(label))
        .map(str::trim)
        .unwrap_or_else(|| panic!("no `{label}` line in {lines:?}"))
}

/// A status and a JSON body.
#[derive(Debug)]
struct Reply {
    status: u16,
    body: Value,
}

/// POSTs a JSON body to an `http://host:port/path` URL with the bare
/// HTTP/1.1 client of the shared test support.
fn post_json(url: &str, body: &Value) -> Reply {
    let answer = http::post(url, "application/json", &body.to_string(), STARTUP)
        .unwrap_or_else(|| panic!("no answer from {url}"));
    let body =
        serde_json::from_str(&answer.body).unwrap_or_else(|_| panic!("not JSON: {answer:?}"));
    Reply {
        status: answer.status,
        body,
    }
}

/// Runs the binary to its end.
fn run(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("the binary runs")
}

#[test]
fn the_printed_webhook_and_token_create_chats_on_the_given_port() {
    let port = http::free_port();
    let (_running, lines) = start(&["--port", &port.to_string()]);

    let base = format!("http://127.0.0.1:{port}");
    assert_eq!(
        printed(&lines, "bitrix24-mock listening on"),
        base,
        "{lines:?}"
    );
    let webhook = printed(&lines, "webhook URL:");
    assert!(
        webhook.starts_with(&format!("{base}/rest/1/")) && webhook.ends_with('/'),
        "webhook URL {webhook:?} is not {base}/rest/1/<secret>/"
    );
    let secret = &webhook[format!("{base}/rest/1/").len()..webhook.len() - 1];
    assert!(!secret.is_empty() && !secret.contains('/'), "{webhook:?}");

    let reply = post_json(
        &format!("{webhook}im.chat.add"),
        &serde_json::json!({ "TITLE": "From the binary", "USERS": [103, 547] }),
    );
    assert_eq!(reply.status, 200, "{reply:?}");
    let first = reply.body["result"]
        .as_i64()
        .unwrap_or_else(|| panic!("no integer result: {reply:?}"));

    // The printed token works at the printed OAuth base URL.
    let oauth = printed(&lines, "OAuth base URL:");
    assert_eq!(oauth, format!("{base}/rest/"));
    let token = printed(&lines, "OAuth token:");
    assert!(!token.is_empty(), "{lines:?}");
    let reply = post_json(
        &format!("{oauth}im.chat.add"),
        &serde_json::json!({ "auth": token, "TITLE": "With the token" }),
    );
    assert_eq!(reply.status, 200, "{reply:?}");
    assert_eq!(
        reply.body["result"].as_i64(),
        Some(first + 1),
        "the same portal numbers the next chat: {reply:?}"
    );

    // A wrong secret on the same port is refused as the portal does.
    let reply = post_json(
        &format!("{base}/rest/1/not-the-secret/im.chat.add"),
        &serde_json::json!({}),
    );
    assert_eq!(
        (reply.status, reply.body["error"].as_str()),
        (401, Some("NO_AUTH_FOUND")),
        "{reply:?}"
    );
}

#[test]
fn bad_arguments_exit_with_status_2_and_name_the_problem() {
    for (args, message) in [
        (&["--port", "eighty"][..], "bad port: eighty"),
        (&["--port", "70000"][..], "bad port: 70000"),
        (&["--port"][..], "--port needs a value"),
        (&["--frobnicate"][..], "unknown argument: --frobnicate"),
    ] {
        let out = run(args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {out:?}");
        assert!(
            stderr.contains(&format!("bitrix24-mock: {message}")),
            "{args:?}: stderr does not name the problem: {stderr}"
        );
        assert!(
            stderr.contains("usage: bitrix24-mock"),
            "{args:?}: {stderr}"
        );
        assert!(
            out.stdout.is_empty(),
            "{args:?}: started anyway: {}",
            String::from_utf8_lossy(&out.stdout)
        );
    }
}

#[test]
fn help_prints_the_usage_and_exits_0() {
    let out = run(&["--help"]);
    assert!(out.status.success(), "{out:?}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.starts_with("usage: bitrix24-mock"), "{stdout}");
    assert!(stdout.contains("--port N"), "{stdout}");
}
