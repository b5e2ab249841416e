//! `b24 events listen`: a verified event posted to it comes out as one JSON
//! line with its data typed and its tokens hidden; a wrongly signed one is
//! refused and prints nothing.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};

const TOKEN: &str = "listen-app-token-3d9";

/// Kills the listener when the test ends, however it ends.
struct Listener(Child);

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// POSTs a form body and gives the status code.
fn post(addr: &str, body: &str) -> u16 {
    let mut s = TcpStream::connect(addr).unwrap();
    write!(
        s,
        "POST / HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut answer = String::new();
    s.read_to_string(&mut answer).unwrap();
    assert!(!answer.contains(TOKEN), "{answer}");
    answer
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or_else(|| panic!("no status in {answer:?}"))
}

#[test]
fn listen_prints_verified_events_as_json_lines() {
    let child = Command::new(env!("CARGO_BIN_EXE_b24"))
        .args(["events", "listen", "--port", "0"])
        .env("B24_APP_TOKEN", TOKEN)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut listener = Listener(child);
    let mut stderr = BufReader::new(listener.0.stderr.take().unwrap());
    let mut first = String::new();
    stderr.read_line(&mut first).unwrap();
    let addr = first
        .trim()
        .strip_prefix("listening on http://")
        .and_then(|a| a.strip_suffix('/'))
        .unwrap_or_else(|| panic!("unexpected first line {first:?}"))
        .to_owned();
    let mut stdout = BufReader::new(listener.0.stdout.take().unwrap());
    let bad = format!("event=ONIMBOTV2DELETE&data[bot][id]=1&auth[application_token]=not-{TOKEN}");
    assert_eq!(post(&addr, &bad), 403);
    let good = format!(
        "event=ONIMBOTV2MESSAGEADD&data[bot][id]=456&data[bot][auth][access_token]=bot-secret-1\
         &data[message][id]=789&data[message][isSystem]=0&ts=17&auth[application_token]={TOKEN}"
    );
    assert_eq!(post(&addr, &good), 200);
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    let v: serde_json::Value = serde_json::from_str(&line).unwrap();
    assert_eq!(v["event"], "ONIMBOTV2MESSAGEADD");
    assert_eq!(v["scope"], "imbot");
    assert_eq!(v["ts"], 17);
    assert_eq!(v["data"]["message"]["id"], 789);
    assert_eq!(v["data"]["message"]["isSystem"], false);
    assert_eq!(v["data"]["bot"]["auth"]["access_token"], "***");
    assert!(
        !line.contains("bot-secret-1") && !line.contains(TOKEN),
        "{line}"
    );
}
