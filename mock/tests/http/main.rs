//! The emulator over real HTTP on loopback, with reqwest as the client.

mod auth;
mod batch;
mod faults;
mod limits;
mod methods;

use bitrix24_mock::{Config, Mock};
use serde_json::Value;

/// A status and a JSON body.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub body: Value,
}

impl Reply {
    /// Asserts an error answer: its status and `error` code.
    #[track_caller]
    pub fn assert_error(&self, status: u16, code: &str) {
        assert_eq!(
            (self.status, self.body["error"].as_str()),
            (status, Some(code)),
            "{self:?}"
        );
        assert!(self.body.get("error_description").is_some(), "{self:?}");
        assert!(self.body.get("result").is_none(), "{self:?}");
    }

    /// Asserts a 200 answer with a `time` block, and returns `result`.
    #[track_caller]
    pub fn ok(&self) -> &Value {
        assert_eq!(self.status, 200, "{self:?}");
        assert!(self.body["time"].is_object(), "{self:?}");
        &self.body["result"]
    }
}

pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .build()
        .expect("a reqwest client without TLS roots to load")
}

async fn reply(response: reqwest::Response) -> Reply {
    let status = response.status().as_u16();
    let text = response.text().await.expect("a body");
    let body = serde_json::from_str(&text).unwrap_or_else(|_| panic!("not JSON: {text}"));
    Reply { status, body }
}

pub async fn post_json(url: &str, body: &Value) -> Reply {
    let response = client()
        .post(url)
        .json(body)
        .send()
        .await
        .expect("an answer");
    reply(response).await
}

pub async fn post_form(url: &str, body: &str) -> Reply {
    let response = client()
        .post(url)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body.to_owned())
        .send()
        .await
        .expect("an answer");
    reply(response).await
}

pub async fn post_raw(url: &str, content_type: &str, body: &str) -> Reply {
    let response = client()
        .post(url)
        .header("content-type", content_type)
        .body(body.to_owned())
        .send()
        .await
        .expect("an answer");
    reply(response).await
}

pub async fn get(url: &str) -> Reply {
    let response = client().get(url).send().await.expect("an answer");
    reply(response).await
}

/// An emulator without a request-rate limit, so tests can call freely.
pub async fn start() -> Mock {
    Mock::start(Config::default().rate_limit(bitrix24_mock::RateLimit::UNLIMITED))
        .await
        .expect("the emulator starts")
}

#[tokio::test]
async fn secrets_stay_out_of_debug_output() {
    let mock = start().await;
    let secrets = [
        mock.webhook().secret.expose().to_owned(),
        mock.oauth_token().expose().to_owned(),
        mock.refresh_token().expose().to_owned(),
        mock.bot().token.expose().to_owned(),
        mock.app().client_secret.expose().to_owned(),
    ];
    let shown = format!(
        "{mock:?} {:?} {:?} {:?} {:?}",
        mock.bot(),
        mock.app(),
        mock.add_webhook(2, ["im"]),
        mock.issue_token(&mock.app().client_id, 2, ["im"])
    );
    for s in &secrets {
        assert!(!shown.contains(s.as_str()), "{shown}");
    }
    assert!(shown.contains("Secret(***)"));
}

#[tokio::test]
async fn the_server_stops_on_shutdown() {
    let mock = start().await;
    let url = format!("{}im.chat.add", mock.webhook_url());
    post_json(&url, &serde_json::json!({})).await.ok();
    mock.shutdown().await;
    assert!(client().post(&url).send().await.is_err());
}

#[tokio::test]
async fn the_server_stops_when_the_mock_is_dropped() {
    let mock = start().await;
    let url = format!("{}im.chat.add", mock.webhook_url());
    drop(mock);
    // Dropping only signals the server; it is gone once the runtime has
    // run its shutdown. Bounded wait, no timing assertion.
    for _ in 0..100 {
        let fresh = reqwest::Client::builder()
            .pool_max_idle_per_host(0)
            .build()
            .expect("client");
        if fresh.post(&url).send().await.is_err() {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    panic!("the server still answers after the Mock was dropped");
}
