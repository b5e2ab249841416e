//! What the client's tests over HTTP stand on: the scriptable loopback
//! server of [`http`] (shared with the `b24` and emulator tests), started
//! from async tests, and client options for them.

#![allow(dead_code, unused_imports)]

pub mod http;

pub use http::{Recorded, Reply, error, ok};

/// The shared test server, started from an async test.
pub struct TestServer(http::Server);

impl std::ops::Deref for TestServer {
    type Target = http::Server;
    fn deref(&self) -> &http::Server {
        &self.0
    }
}

impl TestServer {
    /// Starts a server that records each request and answers with `handler`.
    pub async fn start(handler: impl Fn(&Recorded) -> Reply + Send + Sync + 'static) -> TestServer {
        TestServer(http::Server::start(handler))
    }
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
