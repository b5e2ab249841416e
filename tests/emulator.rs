//! The client end to end against the local portal emulator (`bitrix24-mock`):
//! documented errors arrive typed, the throttle keeps bursts clean, a dropped
//! connection leaves one chat, and a load of creations adds up.

use bitrix24::client::{ClientBuilder, OAuthServer, OAuthTokens, RateLimit};
use bitrix24::imbot::v2::chat as bot_chat;
use bitrix24::schema::MethodInfo;
use bitrix24::{Client, Color, Error, MethodError, SystemError, im, imbot};
use bitrix24_mock::{BotOwner, Config, Fault, Mock};
use std::time::Duration;

/// A client with short backoffs and no throttling of its own, for tests
/// that are not about limits.
fn quick(builder: ClientBuilder) -> Client {
    builder
        .backoff(Duration::from_millis(5))
        .rate_limit(RateLimit {
            per_second: 10_000.0,
            burst: 10_000,
        })
        .build()
        .unwrap()
}

async fn portal() -> Mock {
    Mock::start(Config::default().rate_limit(bitrix24_mock::RateLimit::UNLIMITED))
        .await
        .unwrap()
}

fn bot_code(err: Error<bot_chat::AddError>) -> bot_chat::AddError {
    match err {
        Error::Api { error, .. } => error,
        other => panic!("expected an API error, got {other:?}"),
    }
}

#[tokio::test]
async fn both_methods_create_chats_with_the_documented_results() {
    let mock = portal().await;
    let bot = mock.bot();
    let client = quick(ClientBuilder::webhook(&mock.webhook_url()).bot_token(bot.token.expose()));
    let id = client
        .call(
            &im::chat::Add::new()
                .title("Deal Chat")
                .color(Color::Pink)
                .entity(im::ChatEntity::crm_deal(1663)),
        )
        .await
        .unwrap();
    let created = client
        .call(
            &bot_chat::Add::new(bot.id)
                .fields(imbot::ChatFields::new().title("Support").color(Color::Mint)),
        )
        .await
        .unwrap();
    assert_eq!(created.chat.color, Some(Color::Mint));
    assert_eq!(
        created.chat.owner,
        Some(bot.id),
        "the bot owns the chat it made"
    );
    let chats = mock.chats();
    assert_eq!(chats.len(), 2);
    assert_eq!((chats[0].id, chats[0].color.clone()), (id, Color::Pink));
    assert_eq!(chats[0].entity_id.as_deref(), Some("DEAL|1663"));
    assert_eq!(chats[1].id, created.chat.id);
}

#[tokio::test]
async fn every_documented_error_reaches_the_caller_as_its_variant() {
    type E = bot_chat::AddError;
    let mock = portal().await;
    let bot = mock.bot();
    let webhook = mock.webhook_url();

    // NO_AUTH_FOUND: a webhook secret the portal does not know.
    let bad = webhook.replace(mock.webhook().secret.expose(), "wrong-secret");
    let err = quick(ClientBuilder::webhook(&bad))
        .call(&bot_chat::Add::new(bot.id))
        .await
        .unwrap_err();
    assert_eq!(bot_code(err), E::System(SystemError::NoAuthFound));

    // insufficient_scope: a webhook without the imbot scope.
    let narrow = mock.add_webhook(1, ["im"]);
    let err = quick(ClientBuilder::webhook(&narrow.url))
        .call(&bot_chat::Add::new(bot.id))
        .await
        .unwrap_err();
    assert_eq!(bot_code(err), E::System(SystemError::InsufficientScope));

    // INVALID_CREDENTIALS: the user may not call the method.
    let denied = mock.add_webhook(2, ["im", "imbot"]);
    mock.deny_method(2, "imbot.v2.Chat.add");
    let err = quick(ClientBuilder::webhook(&denied.url))
        .call(&bot_chat::Add::new(bot.id))
        .await
        .unwrap_err();
    assert_eq!(bot_code(err), E::System(SystemError::InvalidCredentials));

    // The four codes of imbot.v2.Chat.add.
    let no_token = quick(ClientBuilder::webhook(&webhook));
    assert_eq!(
        bot_code(
            no_token
                .call(&bot_chat::Add::new(bot.id))
                .await
                .unwrap_err()
        ),
        E::BotTokenNotSpecified
    );
    let with_token = quick(ClientBuilder::webhook(&webhook).bot_token(bot.token.expose()));
    assert_eq!(
        bot_code(
            with_token
                .call(&bot_chat::Add::new(999_999))
                .await
                .unwrap_err()
        ),
        E::BotNotFound
    );
    let stranger = mock.add_bot("stranger", BotOwner::App("app.other".into()));
    let err = quick(ClientBuilder::oauth(
        &mock.oauth_base_url(),
        OAuthTokens::access_only(mock.oauth_token().expose()),
    ))
    .call(&bot_chat::Add::new(stranger.id))
    .await
    .unwrap_err();
    assert_eq!(bot_code(err), E::BotOwnershipError);
    // BOT_ID_REQUIRED: the portal takes a botId of 0 as not given...
    let err = with_token.call(&bot_chat::Add::new(0)).await.unwrap_err();
    assert!(
        matches!(
            err,
            Error::Api {
                method: "imbot.v2.Chat.add",
                error: E::BotIdRequired,
                status: 400,
                ..
            }
        ),
        "{err:?}"
    );
    // ...and a raw call can leave it out altogether.
    let info = MethodInfo::find("imbot.v2.Chat.add").unwrap();
    let err = with_token
        .call_raw(info, serde_json::Map::new())
        .await
        .unwrap_err();
    assert_eq!(err.code().map(|c| c.code.as_str()), Some("BOT_ID_REQUIRED"));
    assert_eq!(err.code().unwrap().status(), Some(400));

    // expired_token, with no refresh hook to recover.
    let pair = mock.issue_token(&mock.app().client_id, 1, ["im", "imbot"]);
    mock.expire_token(&pair.access_token);
    let err = quick(ClientBuilder::oauth(
        &mock.oauth_base_url(),
        OAuthTokens::access_only(pair.access_token.expose()),
    ))
    .call(&bot_chat::Add::new(bot.id))
    .await
    .unwrap_err();
    assert_eq!(bot_code(err), E::System(SystemError::ExpiredToken));

    // INTERNAL_SERVER_ERROR, injected; a non-idempotent call is not resent.
    mock.inject(Fault::internal_server_error().once());
    let before = mock.request_count();
    let err = with_token
        .call(&bot_chat::Add::new(bot.id))
        .await
        .unwrap_err();
    assert_eq!(bot_code(err), E::System(SystemError::InternalServerError));
    assert_eq!(mock.request_count() - before, 1);

    // QUERY_LIMIT_EXCEEDED surfaces only when retries are switched off.
    mock.set_rate_limit(bitrix24_mock::RateLimit::new(0.0, 1));
    mock.reset_rate_limit();
    let no_retry = ClientBuilder::webhook(&webhook)
        .bot_token(bot.token.expose())
        .max_retries(0)
        .build()
        .unwrap();
    with_token.call(&bot_chat::Add::new(bot.id)).await.unwrap();
    let err = no_retry
        .call(&bot_chat::Add::new(bot.id))
        .await
        .unwrap_err();
    assert_eq!(bot_code(err), E::System(SystemError::QueryLimitExceeded));
    mock.set_rate_limit(bitrix24_mock::RateLimit::UNLIMITED);
    mock.reset_rate_limit();

    // OPERATION_TIME_LIMIT once the method has used its time budget.
    mock.set_operating_limit(Some(Duration::from_secs(1)));
    mock.set_method_cost("imbot.v2.Chat.add", Duration::from_secs(2));
    with_token.call(&bot_chat::Add::new(bot.id)).await.unwrap();
    let err = with_token
        .call(&bot_chat::Add::new(bot.id))
        .await
        .unwrap_err();
    let code = bot_code(err);
    assert_eq!(code, E::System(SystemError::OperationTimeLimit));
    assert_eq!(code.status(), Some(429));
}

#[tokio::test]
async fn an_expired_token_is_refreshed_at_the_emulators_oauth_server() {
    let mock = portal().await;
    let app = mock.app();
    let pair = mock.issue_token(&app.client_id, 1, ["im", "imbot"]);
    mock.expire_token(&pair.access_token);
    let stored = std::sync::Arc::new(std::sync::Mutex::new(None));
    let sink = stored.clone();
    let client = ClientBuilder::oauth(
        &mock.oauth_base_url(),
        OAuthTokens::new(pair.access_token.expose(), pair.refresh_token.expose()),
    )
    .refresh_with(
        OAuthServer::new(&app.client_id, app.client_secret.expose())
            .with_endpoint(&mock.oauth_token_url())
            .unwrap(),
    )
    .on_refresh(move |tokens| *sink.lock().unwrap() = Some(tokens.access_token.clone()))
    .build()
    .unwrap();
    let calls: Vec<_> = (0..5)
        .map(|i| {
            let client = client.clone();
            tokio::spawn(async move {
                client
                    .call(&im::chat::Add::new().title(format!("chat {i}")))
                    .await
            })
        })
        .collect();
    for call in calls {
        call.await.unwrap().unwrap();
    }
    let fresh = stored
        .lock()
        .unwrap()
        .clone()
        .expect("the new pair was handed over");
    assert_ne!(fresh, pair.access_token);
    assert_eq!(client.tokens().unwrap().access_token, fresh);
    assert_eq!(mock.chats().len(), 5);
}

#[tokio::test]
async fn a_burst_of_200_calls_sees_no_query_limit_exceeded() {
    // The standard bucket (50) drained 20 times faster than a portal's, so
    // the test takes seconds; the client is given the very same limit.
    let limit = RateLimit::new(40.0, 50);
    let mock = Mock::start(Config::default().rate_limit(limit))
        .await
        .unwrap();
    // Retries off: any refusal would reach the caller.
    let client = ClientBuilder::webhook(&mock.webhook_url())
        .rate_limit(limit)
        .max_retries(0)
        .build()
        .unwrap();
    let calls: Vec<_> = (0..200)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move { client.call(&im::chat::Add::new()).await })
        })
        .collect();
    let mut refused = 0;
    for call in calls {
        match call.await.unwrap() {
            Ok(_) => {}
            Err(Error::Api {
                error: im::chat::AddError::System(SystemError::QueryLimitExceeded),
                ..
            }) => refused += 1,
            Err(e) => panic!("{e}"),
        }
    }
    assert_eq!(refused, 0);
    assert_eq!(mock.chats().len(), 200);
}

#[tokio::test]
async fn a_connection_dropped_after_the_chat_was_made_is_outcome_unknown_with_one_chat() {
    let mock = portal().await;
    let client = quick(ClientBuilder::webhook(&mock.webhook_url()));
    mock.inject(Fault::drop_connection().after_processing().once());
    let err = client
        .call(&im::chat::Add::new().title("exactly once"))
        .await
        .unwrap_err();
    assert!(err.outcome_unknown(), "{err:?}");
    let chats = mock.chats();
    assert_eq!(chats.len(), 1, "the call was not sent twice");
    assert_eq!(chats[0].title, "exactly once");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_creations_from_many_tasks_add_up() {
    // A bucket small enough that the client's optimistic throttle overruns
    // it, so QUERY_LIMIT_EXCEEDED retries happen along the way; on a slow
    // machine it may not fill, so a few refusals are injected as well.
    let mock =
        Mock::start(Config::default().rate_limit(bitrix24_mock::RateLimit::new(2_000.0, 100)))
            .await
            .unwrap();
    const INJECTED: u64 = 20;
    mock.inject(
        Fault::error("QUERY_LIMIT_EXCEEDED")
            .method("im.chat.add")
            .times(INJECTED as u32),
    );
    let client = ClientBuilder::webhook(&mock.webhook_url())
        .rate_limit(RateLimit {
            per_second: 100_000.0,
            burst: 100_000,
        })
        .backoff(Duration::from_millis(10))
        .max_retries(10)
        .build()
        .unwrap();
    let tasks: Vec<_> = (0..50)
        .map(|t| {
            let client = client.clone();
            tokio::spawn(async move {
                let mut created = Vec::new();
                for i in 0..20 {
                    let id = client
                        .call(&im::chat::Add::new().title(format!("load {t}/{i}")))
                        .await
                        .unwrap();
                    created.push(id);
                }
                created
            })
        })
        .collect();
    let mut reported = Vec::new();
    for task in tasks {
        reported.extend(task.await.unwrap());
    }
    reported.sort_unstable();
    reported.dedup();
    assert_eq!(
        reported.len(),
        1000,
        "every creation reported a distinct chat id"
    );
    let mut held: Vec<i64> = mock.chats().iter().map(|c| c.id).collect();
    held.sort_unstable();
    assert_eq!(
        held, reported,
        "the emulator holds exactly the chats the client reported"
    );
    // Every request beyond the thousand creations was a refusal the client
    // retried: the injected ones and any the bucket made.
    let refused = mock.request_count() - 1000;
    assert!(
        refused >= INJECTED,
        "only {refused} QUERY_LIMIT_EXCEEDED answers were retried"
    );
}

#[tokio::test]
async fn batch_runs_on_the_emulator() {
    let mock = portal().await;
    let bot = mock.bot();
    let client = quick(ClientBuilder::webhook(&mock.webhook_url()).bot_token(bot.token.expose()));
    let mut batch = client.batch();
    let a = batch
        .add(&im::chat::Add::new().title("A & B").users([1]))
        .unwrap();
    let b = batch
        .add(&bot_chat::Add::new(bot.id).fields(imbot::ChatFields::new().title("Bot's")))
        .unwrap();
    let c = batch.add(&bot_chat::Add::new(424_242)).unwrap();
    let results = batch.send().await.unwrap();
    let id = results.get(a).unwrap();
    let made = results.get(b).unwrap();
    assert_eq!(
        results.get(c).unwrap_err().code(),
        Some(&bot_chat::AddError::BotNotFound)
    );
    let chats = mock.chats();
    assert_eq!(chats.len(), 2);
    assert_eq!((chats[0].id, chats[0].title.as_str()), (id, "A & B"));
    assert_eq!(
        (chats[1].id, chats[1].title.as_str()),
        (made.chat.id, "Bot's")
    );
}

#[tokio::test]
async fn errors_of_the_batch_call_itself_reach_the_caller_typed() {
    // The client refuses a 51st command before sending, and the portal puts
    // a nested `batch` in `result_error`: only an injected answer makes the
    // `batch` call itself fail with these codes.
    let mock = portal().await;
    let client = quick(ClientBuilder::webhook(&mock.webhook_url()));
    for (code, expected, status) in [
        (
            "ERROR_BATCH_LENGTH_EXCEEDED",
            SystemError::ErrorBatchLengthExceeded,
            400,
        ),
        (
            "ERROR_BATCH_METHOD_NOT_ALLOWED",
            SystemError::ErrorBatchMethodNotAllowed,
            405,
        ),
    ] {
        mock.inject(Fault::error(code).method("batch").once());
        let before = mock.request_count();
        let mut batch = client.batch();
        batch.add(&im::chat::Add::new().title(code)).unwrap();
        match batch.send().await {
            Err(Error::Api {
                method: "batch",
                error,
                status: got,
                ..
            }) => {
                assert_eq!((error.clone(), got), (expected.clone(), status), "{code}");
                assert_eq!(error.status(), Some(status), "the documented status");
            }
            other => panic!("{code}: expected an API error of batch, got {other:?}"),
        }
        assert_eq!(mock.request_count() - before, 1, "{code}: not resent");
    }
    assert!(mock.chats().is_empty(), "no command ran");
    // The faults were one-shot: the next batch runs.
    let mut batch = client.batch();
    let key = batch.add(&im::chat::Add::new().title("after")).unwrap();
    let id = batch.send().await.unwrap().get(key).unwrap();
    assert_eq!(mock.chats()[0].id, id);
}

/// A portal whose `im.chat.add` costs 1 s of a 2 s budget per 2 s window.
async fn costly_portal() -> Mock {
    let mock = Mock::start(
        Config::default()
            .rate_limit(bitrix24_mock::RateLimit::UNLIMITED)
            .operating_limit(Some(Duration::from_secs(2)))
            .operating_window(Duration::from_secs(2)),
    )
    .await
    .unwrap();
    mock.set_method_cost("im.chat.add", Duration::from_secs(1));
    mock
}

#[tokio::test]
async fn the_client_waits_out_a_spent_time_budget_instead_of_being_refused() {
    // Unaware of the budget, the fourth call is refused...
    let mock = costly_portal().await;
    let unaware = quick(ClientBuilder::webhook(&mock.webhook_url()));
    for _ in 0..3 {
        unaware.call(&im::chat::Add::new()).await.unwrap();
    }
    let err = unaware.call(&im::chat::Add::new()).await.unwrap_err();
    assert_eq!(
        err.code(),
        Some(&im::chat::AddError::System(SystemError::OperationTimeLimit))
    );

    // ...while a client that knows the budget slows down and is never refused.
    let mock = costly_portal().await;
    let aware =
        quick(ClientBuilder::webhook(&mock.webhook_url()).operating_limit(Duration::from_secs(2)));
    for _ in 0..4 {
        aware.call(&im::chat::Add::new()).await.unwrap();
    }
    assert_eq!(mock.chats().len(), 4);
}
