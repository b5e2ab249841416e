//! A scriptable HTTP/1.1 server on loopback, for testing the client on the
//! wire: it records each request and answers what the test's handler says,
//! including dropping the connection after reading the request.

#![allow(dead_code)]

use serde_json::Value;
use std::sync::{Arc, Mutex};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// One request as it arrived.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub path: String,
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

pub type Handler = Arc<dyn Fn(&Recorded) -> Reply + Send + Sync>;

pub struct TestServer {
    pub base: String,
    requests: Arc<Mutex<Vec<Recorded>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl TestServer {
    pub async fn start(handler: impl Fn(&Recorded) -> Reply + Send + Sync + 'static) -> TestServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let requests = Arc::new(Mutex::new(Vec::new()));
        let handler: Handler = Arc::new(handler);
        let log = Arc::clone(&requests);
        let task = tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                tokio::spawn(serve(stream, Arc::clone(&handler), Arc::clone(&log)));
            }
        });
        TestServer {
            base,
            requests,
            task,
        }
    }

    /// The webhook URL of user 1 with secret `s3cr3t-webhook`.
    pub fn webhook(&self) -> String {
        format!("{}/rest/1/s3cr3t-webhook/", self.base)
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.requests.lock().unwrap().clone()
    }

    pub fn count(&self, path_suffix: &str) -> usize {
        self.requests()
            .iter()
            .filter(|r| r.path.ends_with(path_suffix))
            .count()
    }
}

async fn serve(mut stream: TcpStream, handler: Handler, log: Arc<Mutex<Vec<Recorded>>>) {
    let mut buf = Vec::new();
    loop {
        let Some(request) = read_request(&mut stream, &mut buf).await else {
            return;
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
        if stream.write_all(head.as_bytes()).await.is_err()
            || stream.write_all(body.as_bytes()).await.is_err()
        {
            return;
        }
    }
}

async fn read_request(stream: &mut TcpStream, buf: &mut Vec<u8>) -> Option<Recorded> {
    let header_end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
        let mut chunk = [0u8; 4096];
        let n = stream.read(&mut chunk).await.ok()?;
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
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    let body = String::from_utf8_lossy(&buf[header_end..header_end + length]).into_owned();
    buf.drain(..header_end + length);
    let (path, query) = match target.split_once('?') {
        Some((p, q)) => (p.to_owned(), Some(q.to_owned())),
        None => (target, None),
    };
    Some(Recorded {
        path,
        query,
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

/// A client builder with short backoffs and no throttling of its own, for
/// tests that are not about limits.
pub fn fast(builder: bitrix24::client::ClientBuilder) -> bitrix24::client::ClientBuilder {
    builder
        .backoff(std::time::Duration::from_millis(5))
        .rate_limit(bitrix24::RateLimit::new(1000.0, 1000))
}

/// The request of im-chat-add.md's cURL examples, built through the
/// generated builder.
pub fn docs_im_chat_add() -> bitrix24::im::chat::Add {
    use bitrix24::{Color, im};
    im::chat::Add::new()
        .users([103, 547])
        .chat_type(im::ChatType::Chat)
        .title("Deal Chat")
        .description("Discussing the deal here")
        .color(Color::Pink)
        .message("Welcome to the deal chat")
        .entity(im::ChatEntity::crm_deal(1663))
}
