//! HTTP/1.1 on loopback for tests, in one place: a scriptable server that
//! records each request and answers what the test's handler says (including
//! closing the connection without an answer, as the fault tests need), and a
//! bare client that POSTs one request and reads the answer.
//!
//! Plain threads and the standard library (plus `serde_json`), so it runs
//! under any test, async or not. The crate's tests reach it as
//! `support::http`; the `b24` and emulator tests pull in this same file with
//! `#[path = ".../tests/support/http.rs"] mod http;`. It ships with the crate
//! (`tests/support` is in the package).

#![allow(dead_code)]

use serde_json::Value;
use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

/// The webhook secret of [`Server::webhook`].
pub const WEBHOOK_SECRET: &str = "s3cr3t-webhook";

/// One request as it arrived.
#[derive(Debug, Clone)]
pub struct Recorded {
    /// The path, without the query string.
    pub path: String,
    /// The query string, when the target had one.
    pub query: Option<String>,
    pub content_type: String,
    pub body: String,
}

impl Recorded {
    /// The body parsed as JSON (Null when it is not JSON).
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or(Value::Null)
    }

    /// The last segment of the path: the method name.
    pub fn method(&self) -> &str {
        self.path.rsplit('/').next().unwrap_or("")
    }
}

/// What to answer.
pub enum Reply {
    Json(u16, Value),
    Raw(u16, &'static str),
    /// Close the connection without answering.
    Drop,
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

type Handler = Arc<dyn Fn(&Recorded) -> Reply + Send + Sync>;

/// The open connections of a server, closed when it stops.
type Open = Arc<Mutex<HashMap<u64, TcpStream>>>;

/// A scripted server on 127.0.0.1; it stops, and closes every connection,
/// when dropped.
pub struct Server {
    /// `http://127.0.0.1:PORT`.
    pub base: String,
    requests: Arc<Mutex<Vec<Recorded>>>,
    stop: Arc<AtomicBool>,
    open: Open,
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so it sees the flag.
        let _ = TcpStream::connect(self.base.trim_start_matches("http://"));
        for stream in self.open.lock().unwrap().values() {
            let _ = stream.shutdown(Shutdown::Both);
        }
    }
}

impl Server {
    /// Starts a server that answers each request with `handler`, one
    /// thread per connection.
    pub fn start(handler: impl Fn(&Recorded) -> Reply + Send + Sync + 'static) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
        let base = format!("http://{}", listener.local_addr().expect("address"));
        let requests = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let open: Open = Arc::default();
        let handler: Handler = Arc::new(handler);
        let (log, stopped, connections) =
            (Arc::clone(&requests), Arc::clone(&stop), Arc::clone(&open));
        std::thread::spawn(move || {
            let ids = AtomicU64::new(0);
            for stream in listener.incoming() {
                if stopped.load(Ordering::SeqCst) {
                    return;
                }
                let Ok(stream) = stream else { continue };
                let id = ids.fetch_add(1, Ordering::Relaxed);
                if let Ok(clone) = stream.try_clone() {
                    connections.lock().unwrap().insert(id, clone);
                }
                let (handler, log, connections) = (
                    Arc::clone(&handler),
                    Arc::clone(&log),
                    Arc::clone(&connections),
                );
                std::thread::spawn(move || {
                    serve(&stream, &handler, &log);
                    // The map holds a clone: close the socket itself.
                    let _ = stream.shutdown(Shutdown::Both);
                    connections.lock().unwrap().remove(&id);
                });
            }
        });
        Server {
            base,
            requests,
            stop,
            open,
        }
    }

    /// `http://127.0.0.1:PORT`, the server's address (for OAuth).
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

    /// How many requests went to a path ending in `path_suffix`.
    pub fn count(&self, path_suffix: &str) -> usize {
        self.requests()
            .iter()
            .filter(|r| r.path.ends_with(path_suffix))
            .count()
    }

    /// The only request received; fails the test otherwise.
    pub fn only_request(&self) -> Recorded {
        let all = self.requests();
        assert_eq!(all.len(), 1, "expected one request, got {all:#?}");
        all.into_iter().next().unwrap()
    }
}

/// Answers the requests of one connection until it closes or the handler
/// says [`Reply::Drop`].
fn serve(mut stream: &TcpStream, handler: &Handler, log: &Mutex<Vec<Recorded>>) {
    let mut buf = Vec::new();
    while let Some(message) = read_message(&mut stream, &mut buf, false) {
        let (path, query) = match message.target().split_once('?') {
            Some((p, q)) => (p.to_owned(), Some(q.to_owned())),
            None => (message.target().to_owned(), None),
        };
        let request = Recorded {
            path,
            query,
            content_type: message.header("content-type").unwrap_or("").to_owned(),
            body: String::from_utf8_lossy(&message.body).into_owned(),
        };
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

/// One HTTP/1.1 message: its start line, headers and body.
struct Message {
    start: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Message {
    /// The second word of the start line: a request's target, or an
    /// answer's status code.
    fn target(&self) -> &str {
        self.start.split(' ').nth(1).unwrap_or("")
    }

    /// A header's value; names are case-insensitive.
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Reads one message from `stream`, keeping what follows it in `buf`. The
/// body is `content-length` long; without that header it is empty, or,
/// with `to_end`, whatever comes until the connection closes.
fn read_message(stream: &mut impl Read, buf: &mut Vec<u8>, to_end: bool) -> Option<Message> {
    let mut fill = |buf: &mut Vec<u8>| {
        let mut chunk = [0u8; 4096];
        match stream.read(&mut chunk) {
            Ok(0) | Err(_) => false,
            Ok(n) => {
                buf.extend_from_slice(&chunk[..n]);
                true
            }
        }
    };
    let header_end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
        if !fill(buf) {
            return None;
        }
    };
    let head = String::from_utf8_lossy(&buf[..header_end]).into_owned();
    let mut lines = head.lines();
    let start = lines.next()?.to_owned();
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(n, v)| (n.trim().to_owned(), v.trim().to_owned()))
        .collect();
    let length = match headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case("content-length"))
    {
        Some((_, v)) => Some(v.parse::<usize>().ok()?),
        None => None,
    };
    let end = match length {
        Some(length) => {
            while buf.len() < header_end + length {
                if !fill(buf) {
                    return None;
                }
            }
            header_end + length
        }
        None if to_end => {
            while fill(buf) {}
            buf.len()
        }
        None => header_end,
    };
    let body = buf[header_end..end].to_vec();
    buf.drain(..end);
    Some(Message {
        start,
        headers,
        body,
    })
}

/// A loopback port nothing listens on (it was free a moment ago).
pub fn free_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    listener.local_addr().expect("address").port()
}

/// An answer read by [`post`].
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub body: String,
}

/// POSTs `body` to an `http://host:port/path` URL in one bare HTTP/1.1
/// request (`Connection: close`) and reads the answer; `None` when no
/// complete answer came before `timeout` or the connection closed.
pub fn post(
    url: &str,
    content_type: &str,
    body: &str,
    timeout: std::time::Duration,
) -> Option<Answer> {
    let rest = url.strip_prefix("http://").expect("an http:// URL");
    let (host, path) = rest.split_at(rest.find('/').expect("a path"));
    let mut stream = TcpStream::connect(host).ok()?;
    stream.set_read_timeout(Some(timeout)).ok()?;
    write!(
        stream,
        "POST {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: {content_type}\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .ok()?;
    let answer = read_message(&mut stream, &mut Vec::new(), true)?;
    Some(Answer {
        status: answer.target().parse().ok()?,
        body: String::from_utf8_lossy(&answer.body).into_owned(),
    })
}
