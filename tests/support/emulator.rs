//! The setup of the end-to-end tests against the emulator: a portal with no
//! request-rate limit, and clients that neither throttle nor wait long
//! between retries. Included with `#[path]` by the tests that need it (the
//! emulator is not a dependency of the published crate's tests).

use bitrix24::Client;
use bitrix24::client::{ClientBuilder, RateLimit};
use bitrix24_mock::{Config, Mock};
use std::time::Duration;

/// An emulator with no request-rate limit and a client of its default
/// webhook.
pub async fn portal() -> (Mock, Client) {
    let mock = Mock::start(Config::default().rate_limit(bitrix24_mock::RateLimit::UNLIMITED))
        .await
        .unwrap();
    let client = client_for(&mock.webhook_url());
    (mock, client)
}

/// A client of a webhook URL that retries after 5 ms and never throttles.
pub fn client_for(url: &str) -> Client {
    ClientBuilder::webhook(url)
        .backoff(Duration::from_millis(5))
        .rate_limit(RateLimit {
            per_second: 10_000.0,
            burst: 10_000,
        })
        .build()
        .unwrap()
}
