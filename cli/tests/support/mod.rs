//! What the end-to-end tests of `b24` stand on: a portal to call and a way
//! to run the real binary.
//!
//! The portal is the crate's scriptable HTTP/1.1 test server on loopback
//! (`tests/support/http.rs`, the one file every test server comes from): it
//! records each request and answers what the test's handler says, including
//! dropping the connection after reading the request. Tests reach it only
//! through [`Portal::webhook`], [`Portal::base`] and [`Portal::requests`], so
//! a test can move to the portal emulator (`bitrix24-mock`) by starting that
//! instead and reading the emulator's state where it now reads the recorded
//! requests.

#![allow(dead_code, unused_imports)]

#[path = "../../../tests/support/http.rs"]
mod http;

pub use http::{Recorded, Reply, WEBHOOK_SECRET, error, ok};
use serde_json::Value;
use std::io::Write;
use std::process::{Command, Stdio};

/// A scripted portal on 127.0.0.1; stops when dropped.
pub type Portal = http::Server;

impl Portal {
    /// A portal that answers every call with `result`.
    pub fn ok(result: Value) -> Portal {
        Portal::start(move |_| ok(result.clone()))
    }
}

/// An address on loopback where nothing listens.
pub fn closed_port() -> String {
    format!(
        "http://127.0.0.1:{}/rest/1/{WEBHOOK_SECRET}/",
        http::free_port()
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

/// `b24 METHOD --url <portal's webhook> ARGS`.
pub fn call(portal: &Portal, method: &str, args: &[&str]) -> B24 {
    let mut all = vec![method.to_owned(), "--url".into(), portal.webhook()];
    all.extend(args.iter().map(|s| (*s).to_owned()));
    b24(all)
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
