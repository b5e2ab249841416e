//! What the end-to-end tests of `b24` stand on: a portal to call and a way
//! to run the real binary.
//!
//! The portal is a scriptable HTTP/1.1 server on loopback (a plain-threads
//! port of the crate's `tests/support`): it records each request and answers
//! what the test's handler says, including dropping the connection after
//! reading the request. Tests reach it only through [`Portal::webhook`],
//! [`Portal::base`] and [`Portal::requests`], so a test can move to the
//! portal emulator (`bitrix24-mock`) by starting that instead and reading
//! the emulator's state where it now reads the recorded requests.

#![allow(dead_code)]

use serde_json::Value;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// The webhook secret of [`Portal::webhook`].
pub const WEBHOOK_SECRET: &str = "s3cr3t-webhook";

/// One request as it arrived.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub path: String,
    pub content_type: String,
    pub body: String,
}

impl Recorded {
    /// The body parsed as JSON (Null when it is not JSON).
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or(Value::Null)
    }
}

/// What to answer.
pub enum Reply {
    Json(u16, Value),
    Raw(u16, &'static str),
    /// Close the connection without answering.
    Drop,
}

type Handler = Arc<dyn Fn(&Recorded) -> Reply + Send + Sync>;

/// A scripted portal on 127.0.0.1; stops when dropped.
pub struct Portal {
    base: String,
    requests: Arc<Mutex<Vec<Recorded>>>,
    stop: Arc<AtomicBool>,
}

impl Drop for Portal {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so it sees the flag.
        let _ = TcpStream::connect(self.base.trim_start_matches("http://"));
    }
}

impl Portal {
    /// Starts a portal that answers each request with `handler`.
    pub fn start(handler: impl Fn(&Recorded) -> Reply + Send + Sync + 'static) -> Portal {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
        let base = format!("http://{}", listener.local_addr().expect("address"));
        let requests = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let handler: Handler = Arc::new(handler);
        let (log, stopped) = (Arc::clone(&requests), Arc::clone(&stop));
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                if stopped.load(Ordering::SeqCst) {
                    return;
                }
                let Ok(stream) = stream else { continue };
                let (handler, log) = (Arc::clone(&handler), Arc::clone(&log));
                std::thread::spawn(move || serve(stream, handler, log));
            }
        });
        Portal {
            base,
            requests,
            stop,
        }
    }

    /// A portal that answers every call with `result`.
    pub fn ok(result: Value) -> Portal {
        Portal::start(move |_| ok(result.clone()))
    }

    /// `http://127.0.0.1:PORT`, the portal's address (for OAuth).
    pub fn base(&self) -> &str {
        &self.base
    }

    /// The incoming webhook URL of user 1 with secret [`WEBHOOK_SECRET`].
    pub fn webhook(&self) -> String {
        format!("{}/rest/1/{WEBHOOK_SECRET}/", self.base)
    }

    /// The requests received so far.
    pub fn requests(&self) -> Vec<Recorded> {
        self.requests.lock().unwrap().clone()
    }

    /// The only request received; fails the test otherwise.
    pub fn only_request(&self) -> Recorded {
        let all = self.requests();
        assert_eq!(all.len(), 1, "expected one request, got {all:#?}");
        all.into_iter().next().unwrap()
    }
}

/// An address on loopback where nothing listens.
pub fn closed_port() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let address = listener.local_addr().expect("address");
    drop(listener);
    format!("http://{address}/rest/1/{WEBHOOK_SECRET}/")
}

fn serve(mut stream: TcpStream, handler: Handler, log: Arc<Mutex<Vec<Recorded>>>) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let mut buf = Vec::new();
    while let Some(request) = read_request(&mut stream, &mut buf) {
        log.lock().unwrap().push(request.clone());
        let (status, body) = match handler(&request) {
            Reply::Json(status, value) => (status, value.to_string()),
            Reply::Raw(status, text) => (status, text.to_owned()),
            Reply::Drop => return,
        };
        let head = format!(
            "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
            body.len()
        );
        if stream.write_all(head.as_bytes()).is_err() || stream.write_all(body.as_bytes()).is_err()
        {
            return;
        }
    }
}

fn read_request(stream: &mut TcpStream, buf: &mut Vec<u8>) -> Option<Recorded> {
    let header_end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
        let mut chunk = [0u8; 4096];
        let n = stream.read(&mut chunk).ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buf[..header_end]).into_owned();
    let mut lines = head.lines();
    let target = lines.next()?.split(' ').nth(1)?.to_owned();
    let mut length = 0;
    let mut content_type = String::new();
    for line in lines {
        if let Some((name, value)) = line.split_once(':') {
            match name.trim().to_ascii_lowercase().as_str() {
                "content-length" => length = value.trim().parse().ok()?,
                "content-type" => content_type = value.trim().to_owned(),
                _ => {}
            }
        }
    }
    while buf.len() < header_end + length {
        let mut chunk = [0u8; 4096];
        let n = stream.read(&mut chunk).ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    let body = String::from_utf8_lossy(&buf[header_end..header_end + length]).into_owned();
    buf.drain(..header_end + length);
    Some(Recorded {
        path: target,
        content_type,
        body,
    })
}

/// A successful answer with a `time` block.
pub fn ok(result: Value) -> Reply {
    Reply::Json(
        200,
        serde_json::json!({"result": result, "time": {"start": 1.0, "finish": 1.1, "duration": 0.1, "processing": 0.05, "date_start": "2026-01-01T00:00:00+00:00", "date_finish": "2026-01-01T00:00:00+00:00", "operating": 0.05, "operating_reset_at": 1.0}}),
    )
}

/// An error answer.
pub fn error(status: u16, code: &str) -> Reply {
    Reply::Json(
        status,
        serde_json::json!({"error": code, "error_description": format!("{code} happened")}),
    )
}

/// How a run of `b24` ended.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Fails unless the exit status is `code`, showing the output.
    #[track_caller]
    pub fn expect(self, code: i32) -> Run {
        assert_eq!(self.code, code, "unexpected exit status: {self:#?}");
        self
    }

    /// stdout and stderr together, for looking for what must not be there.
    pub fn all(&self) -> String {
        format!("{}{}", self.stdout, self.stderr)
    }
}

/// A run of the real `b24` binary, with no `B24_*` variables inherited.
pub struct B24 {
    command: Command,
    stdin: Option<Vec<u8>>,
}

/// Starts describing a run of `b24 ARGS`.
pub fn b24<I, S>(args: I) -> B24
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    let mut command = Command::new(env!("CARGO_BIN_EXE_b24"));
    command
        .args(args)
        .env_remove("B24_WEBHOOK_URL")
        .env_remove("B24_TOKEN")
        .env_remove("B24_BOT_TOKEN")
        .env("NO_COLOR", "1");
    B24 {
        command,
        stdin: None,
    }
}

impl B24 {
    /// The same arguments and environment given to another program (such
    /// as `script`, which runs b24 on a terminal).
    pub fn program(program: &str, b24: B24) -> B24 {
        let mut command = Command::new(program);
        command.args(b24.command.get_args());
        for (key, value) in b24.command.get_envs() {
            match value {
                Some(value) => command.env(key, value),
                None => command.env_remove(key),
            };
        }
        B24 {
            command,
            stdin: b24.stdin,
        }
    }

    /// Sets an environment variable.
    pub fn env(mut self, key: &str, value: &str) -> B24 {
        self.command.env(key, value);
        self
    }

    /// Runs in another directory.
    pub fn dir(mut self, dir: &std::path::Path) -> B24 {
        self.command.current_dir(dir);
        self
    }

    /// Feeds standard input.
    pub fn stdin(mut self, text: &str) -> B24 {
        self.stdin = Some(text.as_bytes().to_vec());
        self
    }

    /// Runs it to the end; stdout and stderr are pipes, so not terminals.
    pub fn run(mut self) -> Run {
        self.command
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .stdin(if self.stdin.is_some() {
                Stdio::piped()
            } else {
                Stdio::null()
            });
        let mut child = self.command.spawn().expect("b24 starts");
        if let Some(input) = self.stdin.take() {
            let mut pipe = child.stdin.take().expect("stdin pipe");
            pipe.write_all(&input).expect("write stdin");
        }
        let output = child.wait_with_output().expect("b24 runs");
        Run {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }
}
