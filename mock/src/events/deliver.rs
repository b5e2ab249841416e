//! Posting events to their handlers: one worker task that sends the bodies
//! in the order they were raised, over plain HTTP/1.1 to loopback only, and
//! records what each handler answered.
//!
//! The client is a few lines over `tokio::net::TcpStream` rather than an HTTP
//! client crate: the emulator posts one small form to a loopback address and
//! reads one status line, and the crate's dependencies stay those of a server.

use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

/// How long one POST may take, from connecting to the status line.
const POST_TIMEOUT: Duration = Duration::from_secs(10);

/// One POST the emulator made to an event handler. The body is not kept: it
/// holds the application's tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Delivery {
    /// The event's name, such as `ONIMBOTV2MESSAGEADD`.
    pub event: String,
    /// The handler URL it was posted to.
    pub handler: String,
    /// What came of it.
    pub outcome: DeliveryOutcome,
}

/// What came of posting an event.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum DeliveryOutcome {
    /// The handler answered with this HTTP status.
    Answered(u16),
    /// No answer: the connection failed or timed out; the reason in words.
    Failed(String),
}

/// A body waiting to be posted.
pub(crate) struct Outgoing {
    event: String,
    handler: String,
    body: String,
}

impl Outgoing {
    pub(crate) fn new(event: String, handler: String, body: String) -> Self {
        Outgoing {
            event,
            handler,
            body,
        }
    }
}

impl fmt::Debug for Outgoing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The body carries access and application tokens.
        f.debug_struct("Outgoing")
            .field("event", &self.event)
            .field("handler", &self.handler)
            .field("body", &format_args!("<{} bytes>", self.body.len()))
            .finish()
    }
}

/// The sending side of the delivery worker, and its record.
#[derive(Debug, Clone)]
pub(crate) struct Courier {
    tx: mpsc::UnboundedSender<Outgoing>,
    log: Arc<Mutex<Vec<Delivery>>>,
    in_flight: Arc<AtomicUsize>,
}

impl Courier {
    /// Starts the worker on the current tokio runtime.
    pub(crate) fn start() -> (Courier, JoinHandle<()>) {
        let (tx, mut rx) = mpsc::unbounded_channel::<Outgoing>();
        let log = Arc::new(Mutex::new(Vec::new()));
        let in_flight = Arc::new(AtomicUsize::new(0));
        let courier = Courier {
            tx,
            log: Arc::clone(&log),
            in_flight: Arc::clone(&in_flight),
        };
        let task = tokio::spawn(async move {
            while let Some(out) = rx.recv().await {
                let outcome = match post(&out.handler, &out.body).await {
                    Ok(status) => DeliveryOutcome::Answered(status),
                    Err(why) => DeliveryOutcome::Failed(why),
                };
                log.lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push(Delivery {
                        event: out.event,
                        handler: out.handler,
                        outcome,
                    });
                in_flight.fetch_sub(1, Ordering::SeqCst);
            }
        });
        (courier, task)
    }

    /// Queues a body; the worker posts it after those queued before.
    pub(crate) fn send(&self, out: Outgoing) {
        self.in_flight.fetch_add(1, Ordering::SeqCst);
        if self.tx.send(out).is_err() {
            // The worker is gone (the emulator is stopping).
            self.in_flight.fetch_sub(1, Ordering::SeqCst);
        }
    }

    /// Every delivery made so far, in order.
    pub(crate) fn log(&self) -> Vec<Delivery> {
        self.log.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// How many bodies are queued or being posted.
    pub(crate) fn in_flight(&self) -> usize {
        self.in_flight.load(Ordering::SeqCst)
    }
}

/// Where a handler URL points, once it is known to be on loopback.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Target {
    addr: SocketAddr,
    /// `host[:port]` as written, for the `Host` header.
    authority: String,
    /// Path and query, `/` when the URL has none.
    path: String,
}

/// Reads a handler URL, which must be `http://` on a loopback address.
pub(crate) fn loopback(url: &str) -> Result<Target, String> {
    let rest = url
        .get(..7)
        .filter(|scheme| scheme.eq_ignore_ascii_case("http://"))
        .map(|_| &url[7..])
        .ok_or("the emulator posts events over plain http:// only")?;
    let split = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(split);
    let tail = tail.split('#').next().unwrap_or("");
    let path = match tail.chars().next() {
        None => "/".to_owned(),
        Some('?') => format!("/{tail}"),
        Some(_) => tail.to_owned(),
    };
    if authority.contains('@') {
        return Err("a handler URL with user info is not posted to".into());
    }
    let (host, port) = match authority.strip_prefix('[') {
        Some(v6) => {
            let (host, after) = v6.split_once(']').ok_or("unclosed `[` in the host")?;
            (host, after.strip_prefix(':'))
        }
        None => match authority.rsplit_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        },
    };
    let port = match port {
        None => 80,
        Some(p) => p
            .parse::<u16>()
            .map_err(|_| format!("{p:?} is not a port number"))?,
    };
    let ip: IpAddr = if host.eq_ignore_ascii_case("localhost") {
        IpAddr::V4(Ipv4Addr::LOCALHOST)
    } else if let Ok(v4) = host.parse::<Ipv4Addr>() {
        IpAddr::V4(v4)
    } else if let Ok(v6) = host.parse::<Ipv6Addr>() {
        IpAddr::V6(v6)
    } else {
        return Err(format!(
            "{host:?} is not a loopback address; the emulator posts events to 127.0.0.1, localhost or [::1] only"
        ));
    };
    if !ip.is_loopback() {
        return Err(format!(
            "{ip} is not a loopback address; the emulator posts events to 127.0.0.1, localhost or [::1] only"
        ));
    }
    Ok(Target {
        addr: SocketAddr::new(ip, port),
        authority: authority.to_owned(),
        path,
    })
}

/// Posts one form body; the handler's HTTP status, or why there is none.
async fn post(handler: &str, body: &str) -> Result<u16, String> {
    let target = loopback(handler)?;
    let exchange = async {
        let mut stream = tokio::net::TcpStream::connect(target.addr)
            .await
            .map_err(|e| format!("cannot connect to {}: {e}", target.addr))?;
        let head = format!(
            "POST {} HTTP/1.1\r\nHost: {}\r\nUser-Agent: Bitrix24 Webhook Engine\r\n\
             Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\
             Connection: close\r\n\r\n",
            target.path,
            target.authority,
            body.len()
        );
        stream
            .write_all(head.as_bytes())
            .await
            .and(stream.write_all(body.as_bytes()).await)
            .map_err(|e| format!("cannot send the event: {e}"))?;
        // Read the whole answer (it ends with the connection), keeping only
        // the start: the status line is all that matters.
        let mut start = Vec::new();
        let mut chunk = [0u8; 4096];
        loop {
            let n = stream
                .read(&mut chunk)
                .await
                .map_err(|e| format!("cannot read the answer: {e}"))?;
            if n == 0 {
                break;
            }
            if start.len() < 1024 {
                start.extend_from_slice(&chunk[..n]);
            }
        }
        status_code(&start)
    };
    tokio::time::timeout(POST_TIMEOUT, exchange)
        .await
        .map_err(|_| format!("no answer within {} s", POST_TIMEOUT.as_secs()))?
}

/// The status of `HTTP/1.x NNN ...`.
fn status_code(answer: &[u8]) -> Result<u16, String> {
    let line = answer.split(|&b| b == b'\n').next().unwrap_or(&[]);
    let line = String::from_utf8_lossy(line);
    let mut words = line.split_whitespace();
    match (words.next(), words.next().map(str::parse::<u16>)) {
        (Some(v), Some(Ok(code))) if v.starts_with("HTTP/") => Ok(code),
        _ if answer.is_empty() => Err("the handler closed the connection without answering".into()),
        _ => Err(format!("not an HTTP answer: {:?}", line.trim_end())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn handlers_on_loopback_are_read_and_others_refused() {
        let t = loopback("http://127.0.0.1:8080/events?x=1").unwrap();
        assert_eq!(t.addr, "127.0.0.1:8080".parse().unwrap());
        assert_eq!(
            (t.authority.as_str(), t.path.as_str()),
            ("127.0.0.1:8080", "/events?x=1")
        );
        let t = loopback("HTTP://localhost").unwrap();
        assert_eq!((t.addr.port(), t.path.as_str()), (80, "/"));
        let t = loopback("http://[::1]:9/?a#frag").unwrap();
        assert_eq!(
            (t.addr, t.path.as_str()),
            ("[::1]:9".parse().unwrap(), "/?a")
        );
        for (url, why) in [
            ("https://127.0.0.1/", "plain http"),
            ("http://example.com/h", "not a loopback"),
            ("http://10.0.0.1/h", "not a loopback"),
            ("http://127.0.0.1:99999/", "not a port"),
            ("http://u:p@127.0.0.1/", "user info"),
            ("http://[::1/", "unclosed"),
            ("", "plain http"),
        ] {
            let e = loopback(url).unwrap_err();
            assert!(e.contains(why), "{url}: {e}");
        }
    }

    #[test]
    fn status_lines_are_read_and_garbage_is_named() {
        assert_eq!(status_code(b"HTTP/1.1 403 Forbidden\r\n\r\n"), Ok(403));
        assert!(status_code(b"").unwrap_err().contains("without answering"));
        assert!(status_code(b"hello\r\n").unwrap_err().contains("\"hello\""));
    }

    #[tokio::test]
    async fn a_post_reaches_a_loopback_server_and_its_status_is_kept() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let server = tokio::spawn(async move {
            let (mut s, _) = listener.accept().await.unwrap();
            let mut got = Vec::new();
            let mut buf = [0u8; 1024];
            while !got.ends_with(b"a=1") {
                let n = s.read(&mut buf).await.unwrap();
                if n == 0 {
                    break;
                }
                got.extend_from_slice(&buf[..n]);
            }
            s.write_all(b"HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\n\r\n")
                .await
                .unwrap();
            String::from_utf8(got).unwrap()
        });
        let status = post(&format!("http://{addr}/in"), "a=1").await;
        assert_eq!(status, Ok(202));
        let request = server.await.unwrap();
        assert!(request.starts_with("POST /in HTTP/1.1\r\n"), "{request}");
        assert!(request.contains("Content-Type: application/x-www-form-urlencoded"));
        assert!(request.contains("Content-Length: 3\r\n"));
        // Nobody listens on the port any more.
        let e = post(&format!("http://{addr}/in"), "a=1").await.unwrap_err();
        assert!(e.contains("cannot connect"), "{e}");
    }
}
