//! The client over real HTTP on loopback, against a scriptable test server.

#[path = "client/batch.rs"]
mod batch;
#[path = "client/limits.rs"]
mod limits;
mod support;

use bitrix24::client::{ClientBuilder, OAuthServer, OAuthTokens, RateLimit, TransportError};
use bitrix24::imbot::v2::chat as bot_chat;
use bitrix24::schema::{ErrorInfo, MethodInfo};
use bitrix24::{Client, Color, Error, Method, MethodError, SystemError, im, imbot};
use serde_json::{Value, json};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use support::{Reply, TestServer, error, fast, ok};

fn chat_result() -> Value {
    let body: Value =
        serde_json::from_str(include_str!("data/imbot.v2.Chat.add.response.json")).unwrap();
    body["result"].clone()
}

#[tokio::test]
async fn webhook_calls_go_to_the_webhook_path_as_json() {
    let server = TestServer::start(|_| ok(json!(1417))).await;
    let client = fast(ClientBuilder::webhook(&server.webhook()))
        .build()
        .unwrap();
    let request = im::chat::Add::new()
        .users([103, 547])
        .title("Deal Chat")
        .color(Color::Pink);
    let chat_id = client.call(&request).await.unwrap();
    assert_eq!(chat_id, 1417);
    let seen = server.requests();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].path, "/rest/1/s3cr3t-webhook/im.chat.add");
    assert_eq!(seen[0].query, None);
    assert_eq!(seen[0].content_type, "application/json");
    assert_eq!(
        seen[0].body,
        r#"{"USERS":[103,547],"TITLE":"Deal Chat","COLOR":"PINK"}"#
    );
}

#[tokio::test]
async fn oauth_calls_carry_auth_in_the_body_and_keep_the_method_case() {
    let server = TestServer::start(|_| ok(chat_result())).await;
    let client = fast(ClientBuilder::oauth(
        &server.base,
        OAuthTokens::access_only("acc3ss-token"),
    ))
    .bot_token("b0t-token")
    .build()
    .unwrap();
    let request = bot_chat::Add::new(456).fields(
        imbot::ChatFields::new()
            .title("Support Chat")
            .color(Color::Mint),
    );
    let result = client.call(&request).await.unwrap();
    assert_eq!(result.chat.color, Some(Color::Mint));
    let seen = &server.requests()[0];
    assert_eq!(
        seen.path, "/rest/imbot.v2.Chat.add",
        "the method name goes out exactly as documented"
    );
    let body = seen.json();
    assert_eq!(body["auth"], "acc3ss-token");
    assert_eq!(body["fields"]["color"], "mint");
    assert!(
        body.get("botToken").is_none(),
        "OAuth calls need no bot token"
    );
}

#[tokio::test]
async fn webhook_client_adds_the_bot_token_where_imbot_needs_it() {
    let server = TestServer::start(|r| {
        if r.method() == "im.chat.add" {
            ok(json!(9))
        } else {
            ok(chat_result())
        }
    })
    .await;
    let client = fast(ClientBuilder::webhook(&server.webhook()))
        .bot_token("b0t-token")
        .build()
        .unwrap();
    client.call(&bot_chat::Add::new(456)).await.unwrap();
    client.call(&im::chat::Add::new()).await.unwrap();
    client
        .call(&bot_chat::Add::new(456).bot_token("explicit"))
        .await
        .unwrap();
    let seen = server.requests();
    assert_eq!(
        seen[0].json(),
        json!({"botId": 456, "botToken": "b0t-token"})
    );
    assert_eq!(seen[1].json(), json!({}), "im.chat.add takes no bot token");
    assert_eq!(
        seen[2].json()["botToken"],
        "explicit",
        "a token on the request wins"
    );
}

#[tokio::test]
async fn every_documented_error_reaches_the_caller_typed() {
    let codes: Arc<Mutex<Option<(u16, String)>>> = Arc::new(Mutex::new(None));
    let script = Arc::clone(&codes);
    let server = TestServer::start(move |_| {
        let (status, code) = script.lock().unwrap().clone().unwrap();
        error(status, &code)
    })
    .await;
    // No retries, so even the codes the client normally retries surface.
    let client = ClientBuilder::webhook(&server.webhook())
        .max_retries(0)
        .build()
        .unwrap();
    let table: Vec<&ErrorInfo> = bot_chat::ADD_ERRORS
        .iter()
        .chain(bitrix24::SYSTEM_ERRORS.iter())
        .collect();
    assert_eq!(table.len(), 4 + 16);
    for info in table {
        let status = info.status.unwrap();
        *codes.lock().unwrap() = Some((status, info.code.to_owned()));
        let err = client.call(&bot_chat::Add::new(456)).await.unwrap_err();
        let Error::Api {
            error,
            status: got,
            description,
            method,
        } = &err
        else {
            panic!("{}: expected an API error, got {err:?}", info.code)
        };
        assert_eq!(*method, "imbot.v2.Chat.add");
        assert_eq!(*error, bot_chat::AddError::from_code(info.code));
        assert!(
            !matches!(error, bot_chat::AddError::Unknown(_)),
            "{} decoded as unknown",
            info.code
        );
        assert_eq!(error.code(), info.code);
        assert_eq!(*got, status);
        assert_eq!(
            description.as_deref(),
            Some(format!("{} happened", info.code).as_str())
        );
        assert!(err.to_string().contains(info.code), "{err}");
    }
    // im.chat.add's own codes: the legacy ones older portals still send.
    assert_eq!(im::chat::ADD_ERRORS.len(), 2);
    for info in &im::chat::ADD_ERRORS {
        let status = info.status.unwrap();
        *codes.lock().unwrap() = Some((status, info.code.to_owned()));
        let err = client.call(&im::chat::Add::new()).await.unwrap_err();
        let Error::Api {
            error, status: got, ..
        } = &err
        else {
            panic!("{}: expected an API error, got {err:?}", info.code)
        };
        assert!(
            !matches!(error, im::chat::AddError::Unknown(_)),
            "{} decoded as unknown",
            info.code
        );
        assert_eq!(error.code(), info.code);
        assert_eq!(error.info().map(|i| i.legacy), Some(true));
        assert_eq!(*got, status);
    }
    // A code nobody documented still decodes.
    *codes.lock().unwrap() = Some((400, "BRAND_NEW_CODE".into()));
    let err = client.call(&im::chat::Add::new()).await.unwrap_err();
    match err.code() {
        Some(im::chat::AddError::Unknown(code)) => assert_eq!(code.as_str(), "BRAND_NEW_CODE"),
        other => panic!("expected an unknown code, got {other:?}"),
    }
}

#[tokio::test]
async fn an_answer_that_is_not_documented_is_a_decode_error_with_the_raw_text() {
    let server = TestServer::start(|r| match r.method() {
        "im.chat.add" => Reply::Raw(502, "<html>Bad Gateway</html>"),
        _ => Reply::Json(200, json!({"result": {"chat": {"id": "five"}}})),
    })
    .await;
    let client = fast(ClientBuilder::webhook(&server.webhook()))
        .build()
        .unwrap();
    let err = client.call(&im::chat::Add::new()).await.unwrap_err();
    let Error::Decode { status, body, .. } = &err else {
        panic!("{err:?}")
    };
    assert_eq!((*status, body.as_str()), (502, "<html>Bad Gateway</html>"));
    let err = client.call(&bot_chat::Add::new(1)).await.unwrap_err();
    let Error::Decode { reason, body, .. } = &err else {
        panic!("{err:?}")
    };
    // A string that is not a number is refused, quoting it.
    assert!(
        reason.contains(r#"string "five", expected an integer"#),
        "{reason}"
    );
    assert!(body.contains("five"));
}

#[tokio::test]
async fn query_limit_exceeded_is_retried_because_the_portal_did_nothing() {
    let calls = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&calls);
    let server = TestServer::start(move |_| {
        if counter.fetch_add(1, Ordering::SeqCst) < 2 {
            error(503, "QUERY_LIMIT_EXCEEDED")
        } else {
            ok(json!(77))
        }
    })
    .await;
    let client = fast(ClientBuilder::webhook(&server.webhook()))
        .build()
        .unwrap();
    assert_eq!(client.call(&im::chat::Add::new()).await.unwrap(), 77);
    assert_eq!(server.count("im.chat.add"), 3);
}

#[tokio::test]
async fn a_server_error_on_a_non_idempotent_call_is_not_resent() {
    let server = TestServer::start(|_| error(500, "INTERNAL_SERVER_ERROR")).await;
    let client = fast(ClientBuilder::webhook(&server.webhook()))
        .build()
        .unwrap();
    let err = client.call(&im::chat::Add::new()).await.unwrap_err();
    assert_eq!(
        err.code(),
        Some(&im::chat::AddError::System(
            SystemError::InternalServerError
        ))
    );
    assert!(!err.code().unwrap().is_retry_safe());
    assert_eq!(server.count("im.chat.add"), 1);
}

#[tokio::test]
async fn a_dropped_connection_after_sending_gives_outcome_unknown_and_no_second_chat() {
    let server = TestServer::start(|_| Reply::Drop).await;
    let client = fast(ClientBuilder::webhook(&server.webhook()))
        .build()
        .unwrap();
    let err = client
        .call(&im::chat::Add::new().title("once"))
        .await
        .unwrap_err();
    assert!(err.outcome_unknown(), "{err:?}");
    assert!(err.to_string().contains("outcome unknown"), "{err}");
    assert_eq!(
        server.count("im.chat.add"),
        1,
        "a non-idempotent call is never sent twice"
    );
}

/// An idempotent method, declared by hand for the test: the schema's two
/// methods both create chats.
#[derive(serde::Serialize)]
struct ServerTime {}

static SERVER_TIME: MethodInfo = MethodInfo::new("server.time", "basic")
    .idempotent()
    .auth(&[])
    .result(bitrix24::schema::TyInfo::String);

impl Method for ServerTime {
    const NAME: &'static str = "server.time";
    const INFO: &'static MethodInfo = &SERVER_TIME;
    type Output = String;
    type Error = SystemError;
}

/// A REST 3.0 method, declared by hand for the test.
#[derive(Debug, serde::Serialize)]
struct TaskGetV3 {
    id: i64,
}

static TASK_GET_V3: MethodInfo = MethodInfo::new("tasks.task.get", "tasks")
    .api(bitrix24::schema::Api::V3)
    .idempotent();

impl Method for TaskGetV3 {
    const NAME: &'static str = "tasks.task.get";
    const INFO: &'static MethodInfo = &TASK_GET_V3;
    type Output = Value;
    type Error = SystemError;
}

#[tokio::test]
async fn a_rest3_call_goes_to_rest_api_and_reads_its_error_object() {
    let server = TestServer::start(|r| match r.body.contains("404") {
        true => Reply::Json(
            403,
            json!({"error": {"code": "BITRIX_REST_V3_EXCEPTION_ACCESSDENIEDEXCEPTION", "message": "Access denied"}}),
        ),
        false => ok(json!({"item": {"id": 7, "title": "Report"}})),
    })
    .await;
    let client = fast(ClientBuilder::webhook(&server.webhook()))
        .build()
        .unwrap();
    let got = client.call(&TaskGetV3 { id: 7 }).await.unwrap();
    assert_eq!(got["item"]["title"], "Report");
    let err = client.call(&TaskGetV3 { id: 404 }).await.unwrap_err();
    let Error::Api {
        error,
        status,
        description,
        ..
    } = &err
    else {
        panic!("{err:?}");
    };
    assert_eq!(*status, 403);
    assert_eq!(
        error,
        &SystemError::from_code("BITRIX_REST_V3_EXCEPTION_ACCESSDENIEDEXCEPTION")
    );
    assert_eq!(description.as_deref(), Some("Access denied"));
    let seen = server.requests();
    assert_eq!(seen[0].path, "/rest/api/1/s3cr3t-webhook/tasks.task.get");
    assert_eq!(seen[0].body, r#"{"id":7}"#);
    // A batch carries classic methods only.
    let mut batch = client.batch();
    let refused = batch.add(&TaskGetV3 { id: 7 }).unwrap_err();
    assert!(refused.to_string().contains("REST 3.0"), "{refused}");
}

#[tokio::test]
async fn an_idempotent_call_is_resent_after_a_dropped_connection() {
    let calls = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&calls);
    let server = TestServer::start(move |_| {
        if counter.fetch_add(1, Ordering::SeqCst) == 0 {
            Reply::Drop
        } else {
            ok(json!("2026-11-23T10:00:00+00:00"))
        }
    })
    .await;
    let client = fast(ClientBuilder::webhook(&server.webhook()))
        .build()
        .unwrap();
    assert_eq!(
        client.call(&ServerTime {}).await.unwrap(),
        "2026-11-23T10:00:00+00:00"
    );
    assert_eq!(server.count("server.time"), 2);
}

#[tokio::test]
async fn nothing_listening_is_a_transport_error_after_retries() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    let client = fast(ClientBuilder::webhook(&format!(
        "http://127.0.0.1:{port}/rest/1/s3cr3t-webhook/"
    )))
    .max_retries(2)
    .build()
    .unwrap();
    let err = client.call(&im::chat::Add::new()).await.unwrap_err();
    let Error::Transport { source, .. } = &err else {
        panic!("{err:?}")
    };
    assert!(matches!(source, TransportError::Connect(_)), "{source:?}");
    assert!(
        !err.outcome_unknown(),
        "nothing was sent, so nothing happened"
    );
    assert!(!err.to_string().contains("s3cr3t"), "{err}");
}

/// A portal whose access token `old` has expired and whose authorization
/// server hands out `new`.
async fn expiring_portal() -> TestServer {
    TestServer::start(|r| {
        if r.path == "/oauth/token/" {
            return Reply::Json(200, json!({"access_token": "new-acc3ss", "refresh_token": "new-r3fresh", "expires_in": 3600, "expires": 1780319382, "scope": "im,imbot"}));
        }
        match r.json()["auth"].as_str() {
            Some("new-acc3ss") => ok(json!(5)),
            Some(_) => error(401, "expired_token"),
            None => error(401, "NO_AUTH_FOUND"),
        }
    })
    .await
}

#[tokio::test]
async fn an_expired_token_is_refreshed_once_and_the_call_retried() {
    let server = expiring_portal().await;
    let stored: Arc<Mutex<Vec<OAuthTokens>>> = Arc::default();
    let sink = Arc::clone(&stored);
    let client = fast(ClientBuilder::oauth(
        &server.base,
        OAuthTokens::new("old-acc3ss", "old-r3fresh"),
    ))
    .refresh_with(
        OAuthServer::new("app.123", "cl1ent-s3cret")
            .with_endpoint(&format!("{}/oauth/token/", server.base))
            .unwrap(),
    )
    .on_refresh(move |tokens| sink.lock().unwrap().push(tokens.clone()))
    .build()
    .unwrap();
    let calls: Vec<_> = (0..8)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move { client.call(&im::chat::Add::new()).await })
        })
        .collect();
    for call in calls {
        assert_eq!(call.await.unwrap().unwrap(), 5);
    }
    assert_eq!(
        server.count("/oauth/token/"),
        1,
        "eight calls failing at once trigger one refresh"
    );
    let refresh = server
        .requests()
        .into_iter()
        .find(|r| r.path == "/oauth/token/")
        .unwrap();
    assert_eq!(
        refresh.query, None,
        "secrets travel in the body, never the URL"
    );
    assert_eq!(refresh.content_type, "application/x-www-form-urlencoded");
    for part in [
        "grant_type=refresh_token",
        "client_id=app.123",
        "client_secret=cl1ent-s3cret",
        "refresh_token=old-r3fresh",
    ] {
        assert!(
            refresh.body.split('&').any(|p| p == part),
            "{part} missing from the refresh body"
        );
    }
    let stored = stored.lock().unwrap();
    assert_eq!(stored.len(), 1, "the caller is handed the new pair once");
    assert_eq!(stored[0].access_token.expose(), "new-acc3ss");
    assert_eq!(
        stored[0].refresh_token.as_ref().unwrap().expose(),
        "new-r3fresh"
    );
    assert_eq!(client.tokens().unwrap().access_token.expose(), "new-acc3ss");
}

#[tokio::test]
async fn without_a_refresh_hook_expired_token_reaches_the_caller() {
    let server = expiring_portal().await;
    let client = fast(ClientBuilder::oauth(
        &server.base,
        OAuthTokens::new("old-acc3ss", "r"),
    ))
    .build()
    .unwrap();
    let err = client.call(&im::chat::Add::new()).await.unwrap_err();
    assert_eq!(
        err.code(),
        Some(&im::chat::AddError::System(SystemError::ExpiredToken))
    );
}

#[tokio::test]
async fn a_refused_refresh_is_an_error_without_secrets() {
    let server = TestServer::start(|r| {
        if r.path == "/oauth/token/" {
            Reply::Json(
                400,
                json!({"error": "invalid_grant", "error_description": "refresh token expired"}),
            )
        } else {
            error(401, "expired_token")
        }
    })
    .await;
    let client = fast(ClientBuilder::oauth(
        &server.base,
        OAuthTokens::new("old-acc3ss", "old-r3fresh"),
    ))
    .refresh_with(
        OAuthServer::new("app.1", "cl1ent-s3cret")
            .with_endpoint(&format!("{}/oauth/token/", server.base))
            .unwrap(),
    )
    .build()
    .unwrap();
    let err = client.call(&im::chat::Add::new()).await.unwrap_err();
    let text = format!("{err} {err:?}");
    assert!(matches!(err, Error::Refresh { .. }), "{err:?}");
    assert!(text.contains("invalid_grant"), "{text}");
    for secret in ["old-acc3ss", "old-r3fresh", "cl1ent-s3cret"] {
        assert!(!text.contains(secret), "{secret} leaked: {text}");
    }
}

#[test]
fn plain_http_is_refused_except_on_loopback() {
    let err = Client::webhook("http://portal.bitrix24.com/rest/1/s3cr3t/").unwrap_err();
    assert!(err.to_string().contains("HTTPS"), "{err}");
    assert!(!err.to_string().contains("s3cr3t"), "{err}");
    assert!(Client::webhook("http://127.0.0.1:9/rest/1/s3cr3t/").is_ok());
    let err =
        Client::oauth("http://portal.bitrix24.com", OAuthTokens::access_only("t")).unwrap_err();
    assert!(err.to_string().contains("HTTPS"), "{err}");
}

#[tokio::test]
async fn raw_calls_by_method_table_decode_errors_against_that_method() {
    let server = TestServer::start(|r| {
        if r.json()["botId"] == 456 {
            error(400, "BOT_NOT_FOUND")
        } else {
            ok(json!({"chat": {"id": 8}}))
        }
    })
    .await;
    let client = fast(ClientBuilder::webhook(&server.webhook()))
        .bot_token("b0t-token")
        .build()
        .unwrap();
    let info = MethodInfo::find("imbot.v2.Chat.add").unwrap();
    let params = json!({"botId": 7, "fields": {"title": "T"}})
        .as_object()
        .unwrap()
        .clone();
    let value = client.call_raw(info, params).await.unwrap();
    assert_eq!(value["chat"]["id"], 8);
    assert_eq!(
        server.requests()[0].path,
        "/rest/1/s3cr3t-webhook/imbot.v2.Chat.add"
    );
    assert_eq!(
        server.requests()[0].body,
        r#"{"botId":7,"fields":{"title":"T"},"botToken":"b0t-token"}"#
    );

    let params = json!({"botId": 456}).as_object().unwrap().clone();
    let err = client.call_raw(info, params).await.unwrap_err();
    let code = err.code().unwrap();
    assert_eq!(code.code(), "BOT_NOT_FOUND");
    assert_eq!(
        code.status(),
        Some(400),
        "read against the method's own error table"
    );
    assert_eq!(code.to_string(), "BOT_NOT_FOUND: No bot has this id.");
}

#[tokio::test]
async fn a_list_method_hands_back_total_and_next_beside_its_page() {
    let server = TestServer::start(|request| {
        let offset = request.json()["OFFSET"].as_u64().unwrap_or(0);
        let chat = json!({"id": 7 + offset, "name": "Support", "type": "chat"});
        // Three matches, two a page: the last page has no `next`.
        let mut body = json!({"result": [chat], "total": 3, "time": {"start": 1.0}});
        if offset == 0 {
            body["next"] = json!(2);
        }
        Reply::Json(200, body)
    })
    .await;
    let client = fast(ClientBuilder::webhook(&server.webhook()))
        .build()
        .unwrap();

    let first = client
        .call_response(&im::search::chat::List::new().find("support"))
        .await
        .unwrap();
    assert_eq!(first.total, Some(3));
    assert_eq!(first.next, Some(2));
    assert_eq!(first.result.len(), 1);
    assert!(first.time.is_some());

    let offset = first.next.unwrap();
    let last = client
        .call_response(&im::search::chat::List::new().find("support").offset(offset))
        .await
        .unwrap();
    assert_eq!(last.total, Some(3));
    assert_eq!(last.next, None, "the last page carries no `next`");
    assert_eq!(server.requests()[1].json()["OFFSET"], json!(2));

    // `call` is the same exchange with the result alone.
    let page = client
        .call(&im::search::chat::List::new().find("support"))
        .await
        .unwrap();
    assert_eq!(page, first.result);
}

#[tokio::test]
async fn a_documented_null_result_is_none_not_a_decode_error() {
    // im-chat-get.md: a chat that is not found gives `"result": null`.
    let server = TestServer::start(|request| {
        if request.json()["ENTITY_ID"] == json!("404") {
            Reply::Raw(200, r#"{"result":null,"time":{"start":1.0}}"#)
        } else {
            ok(json!({"ID": 21191}))
        }
    })
    .await;
    let client = fast(ClientBuilder::webhook(&server.webhook()))
        .build()
        .unwrap();
    let kind = im::ChatEntityType::Crm;
    let missing = client.call(&im::chat::Get::new(kind.clone(), "404")).await;
    assert_eq!(missing.unwrap(), None);
    let found = client
        .call(&im::chat::Get::new(kind, "DEAL|1663"))
        .await
        .unwrap();
    assert_eq!(found.map(|chat| chat.id), Some(21191));
    // A method whose result is not optional still refuses a `null`.
    let server = TestServer::start(|_| Reply::Raw(200, r#"{"result":null}"#)).await;
    let client = fast(ClientBuilder::webhook(&server.webhook()))
        .build()
        .unwrap();
    let err = client.call(&im::chat::Add::new()).await.unwrap_err();
    assert!(matches!(err, Error::Decode { .. }), "{err:?}");
}

#[tokio::test]
async fn an_empty_php_array_result_reads_as_an_object_with_no_field_set() {
    // PHP encodes an empty object as `[]`: im.dialog.read's result with
    // nothing in it comes as `"result": []`, alone and inside a batch.
    let server = TestServer::start(|request| {
        if request.path.ends_with("batch") {
            Reply::Raw(
                200,
                r#"{"result":{"result":{"c0":[]},"result_error":[],"result_total":[],"result_next":[],"result_time":[]}}"#,
            )
        } else {
            Reply::Raw(200, r#"{"result":[],"time":{"start":1.0}}"#)
        }
    })
    .await;
    let client = fast(ClientBuilder::webhook(&server.webhook()))
        .build()
        .unwrap();
    let read = client
        .call_response(&im::dialog::Read::new("chat5"))
        .await
        .unwrap();
    assert_eq!(read.result.value().map(|r| r.dialog_id.clone()), Some(None));
    assert!(read.time.is_some(), "the rest of the envelope is kept");
    let mut batch = client.batch();
    let key = batch.add(&im::dialog::Read::new("chat5")).unwrap();
    let done = batch.send().await.unwrap();
    let read = done.get(key).unwrap();
    assert_eq!(read.value().map(|r| r.dialog_id.clone()), Some(None));
    // A list output is not an object: `[]` stays an empty list, and a
    // non-empty list where an object is documented is still refused.
    let server = TestServer::start(|_| Reply::Raw(200, r#"{"result":[1]}"#)).await;
    let client = fast(ClientBuilder::webhook(&server.webhook()))
        .build()
        .unwrap();
    let err = client
        .call(&im::dialog::Read::new("chat5"))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Decode { .. }), "{err:?}");
}

/// A transport that cannot connect for its first `failures` attempts, then
/// answers every request with `{"result": 5}`.
struct ConnectsAfter {
    failures: usize,
    attempts: Arc<AtomicUsize>,
}

impl bitrix24::client::Transport for ConnectsAfter {
    async fn send(
        &self,
        _: bitrix24::client::HttpRequest,
    ) -> Result<bitrix24::client::HttpResponse, TransportError> {
        let attempt = self.attempts.fetch_add(1, Ordering::SeqCst);
        if attempt < self.failures {
            Err(TransportError::Connect("connection refused".into()))
        } else {
            Ok(bitrix24::client::HttpResponse {
                status: 200,
                body: br#"{"result":5}"#.to_vec(),
            })
        }
    }
}

#[tokio::test]
async fn a_connection_that_never_opened_is_retried_even_for_a_non_idempotent_call() {
    // im.chat.add is not idempotent, but nothing reached the portal.
    let attempts = Arc::new(AtomicUsize::new(0));
    let client = fast(ClientBuilder::webhook(
        "https://portal.example/rest/1/s3cr3t-webhook/",
    ))
    .max_retries(2)
    .build_with(ConnectsAfter {
        failures: 2,
        attempts: Arc::clone(&attempts),
    })
    .unwrap();
    assert_eq!(client.call(&im::chat::Add::new()).await.unwrap(), 5);
    assert_eq!(
        attempts.load(Ordering::SeqCst),
        3,
        "two refused, the third answered"
    );

    // With one retry allowed, the second refusal is the caller's.
    let attempts = Arc::new(AtomicUsize::new(0));
    let client = fast(ClientBuilder::webhook(
        "https://portal.example/rest/1/s3cr3t-webhook/",
    ))
    .max_retries(1)
    .build_with(ConnectsAfter {
        failures: 2,
        attempts: Arc::clone(&attempts),
    })
    .unwrap();
    let err = client.call(&im::chat::Add::new()).await.unwrap_err();
    assert!(
        matches!(
            &err,
            Error::Transport {
                source: TransportError::Connect(_),
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(attempts.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn oauth_bodies_are_the_curl_oauth_bodies_of_both_pages() {
    let server = TestServer::start(|request| {
        if request.method() == "im.chat.add" {
            ok(json!(1417))
        } else {
            ok(chat_result())
        }
    })
    .await;
    let client = fast(ClientBuilder::oauth(
        &server.base,
        OAuthTokens::access_only("**put_access_token_here**"),
    ))
    .build()
    .unwrap();

    // im-chat-add.md, "cURL (OAuth)", with the space after the comma in
    // `[103, 547]` removed.
    let request = support::docs_im_chat_add();
    client.call(&request).await.unwrap();
    // chat-add.md of imbot.v2, "cURL (OAuth)".
    let request = bot_chat::Add::new(456).fields(
        imbot::ChatFields::new()
            .title("Support Chat")
            .color(Color::Mint)
            .user_ids([1, 2]),
    );
    client.call(&request).await.unwrap();

    let seen = server.requests();
    assert_eq!(seen[0].path, "/rest/im.chat.add");
    assert_eq!(
        seen[0].body,
        r#"{"USERS":[103,547],"TYPE":"CHAT","TITLE":"Deal Chat","DESCRIPTION":"Discussing the deal here","COLOR":"PINK","MESSAGE":"Welcome to the deal chat","ENTITY_TYPE":"CRM","ENTITY_ID":"DEAL|1663","auth":"**put_access_token_here**"}"#
    );
    assert_eq!(seen[1].path, "/rest/imbot.v2.Chat.add");
    assert_eq!(
        seen[1].body,
        r#"{"botId":456,"fields":{"title":"Support Chat","color":"mint","userIds":[1,2]},"auth":"**put_access_token_here**"}"#
    );
}
