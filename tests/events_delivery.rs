//! Events end to end: a handler served by `bitrix24::events::router` is bound
//! on the emulator with `event.bind`; chats created and messages posted
//! through the client reach it as typed events, with the ids the calls
//! returned. Offline bindings queue the same events for `event.offline.get`.
#![cfg(feature = "axum")]

use bitrix24::client::{ClientBuilder, OAuthTokens, RateLimit};
use bitrix24::events::Incoming;
use bitrix24::{Client, Secret, event, im, imbot};
use bitrix24_mock::{Config, DeliveryOutcome, Mock};
use std::time::Duration;
use tokio::sync::mpsc;

const APP_TOKEN: &str = "delivery-test-app-token-51f";
const WAIT: Duration = Duration::from_secs(10);

async fn portal() -> Mock {
    Mock::start(
        Config::default()
            .rate_limit(bitrix24_mock::RateLimit::UNLIMITED)
            .application_token(APP_TOKEN),
    )
    .await
    .unwrap()
}

/// The default application's client (user 1, the administrator).
fn app_client(mock: &Mock) -> Client {
    ClientBuilder::oauth(
        &mock.oauth_base_url(),
        OAuthTokens::access_only(mock.oauth_token().expose()),
    )
    .rate_limit(RateLimit {
        per_second: 10_000.0,
        burst: 10_000,
    })
    .build()
    .unwrap()
}

/// A handler on loopback checking `token`; its URL and what it receives.
async fn handler(token: &str) -> (String, mpsc::UnboundedReceiver<imbot::Event>) {
    let (tx, rx) = mpsc::unbounded_channel();
    let app = bitrix24::events::router(Secret::new(token), move |event: imbot::Event, _| {
        let tx = tx.clone();
        async move {
            tx.send(event)?;
            Ok(())
        }
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    (url, rx)
}

async fn next(rx: &mut mpsc::UnboundedReceiver<imbot::Event>) -> imbot::Event {
    tokio::time::timeout(WAIT, rx.recv())
        .await
        .expect("no event within 10 s")
        .expect("the handler stopped")
}

#[tokio::test]
async fn a_bound_handler_gets_the_chat_and_the_message_typed_with_their_ids() {
    let mock = portal().await;
    let bot = mock.bot();
    let client = app_client(&mock);
    let (url, mut events) = handler(APP_TOKEN).await;
    for name in ["ONIMBOTV2JOINCHAT", "onimbotv2messageadd"] {
        assert!(client.call(&event::Bind::new(name, &url)).await.unwrap());
    }

    let chat_id = client
        .call(&im::chat::Add::new().title("Orders").users([bot.id, 2]))
        .await
        .unwrap();
    let message_id = client
        .call(&im::message::Add::new(format!("chat{chat_id}")).message("hello, bot"))
        .await
        .unwrap();

    let imbot::Event::JoinChat(join) = next(&mut events).await else {
        panic!("the first event is not ONIMBOTV2JOINCHAT");
    };
    assert_eq!(join.bot.id, bot.id);
    assert_eq!(join.dialog_id.as_deref(), Some(&*format!("chat{chat_id}")));
    assert_eq!(join.chat.as_ref().map(|c| c.id), Some(chat_id));
    assert_eq!(join.user.as_ref().map(|u| u.id), Some(1));
    // Per-viewer fields stay out of events.
    assert_eq!(join.chat.as_ref().and_then(|c| c.role.clone()), None);

    let imbot::Event::MessageAdd(add) = next(&mut events).await else {
        panic!("the second event is not ONIMBOTV2MESSAGEADD");
    };
    let message = add.message.as_ref().expect("a message");
    assert_eq!(message.id, message_id);
    assert_eq!(message.chat_id, Some(chat_id));
    assert_eq!(message.author_id, Some(1));
    assert_eq!(message.text.as_deref(), Some("hello, bot"));
    assert_eq!(message.is_system, Some(false));
    assert_eq!(add.chat.as_ref().map(|c| c.id), Some(chat_id));
    assert_eq!(
        add.chat.as_ref().and_then(|c| c.last_message_id),
        Some(message_id)
    );
    assert_eq!(add.user.as_ref().map(|u| u.id), Some(1));
    assert_eq!(add.bot.id, bot.id);

    // The bot's tokens work: it answers in the chat, as the bot.
    let auth = add
        .bot
        .auth
        .as_ref()
        .expect("webhook-mode events carry the bot's tokens");
    assert_eq!(auth.user_id, Some(bot.id));
    let as_bot = ClientBuilder::oauth(
        auth.client_endpoint.as_deref().unwrap(),
        OAuthTokens::access_only(auth.access_token.as_ref().unwrap().expose()),
    )
    .build()
    .unwrap();
    let reply = as_bot
        .call(
            &imbot::v2::chat::message::Send::new(bot.id, format!("chat{chat_id}"))
                .fields(imbot::MessageSendFields::new().message("hi!")),
        )
        .await
        .unwrap();
    assert!(reply.id > message_id);

    // Two POSTs, both answered 200; the bot's own reply raised none.
    let deliveries = mock.wait_for_deliveries(WAIT).await;
    let seen: Vec<_> = deliveries
        .iter()
        .map(|d| (d.event.as_str(), d.handler.as_str(), d.outcome.clone()))
        .collect();
    assert_eq!(
        seen,
        [
            (
                "ONIMBOTV2JOINCHAT",
                url.as_str(),
                DeliveryOutcome::Answered(200)
            ),
            (
                "ONIMBOTV2MESSAGEADD",
                url.as_str(),
                DeliveryOutcome::Answered(200)
            ),
        ]
    );
    assert!(events.try_recv().is_err());

    // Unbound, the handler hears nothing more.
    client
        .call(&event::Unbind::new("ONIMBOTV2MESSAGEADD", &url))
        .await
        .unwrap();
    client
        .call(&im::message::Add::new(format!("chat{chat_id}")).message("anyone?"))
        .await
        .unwrap();
    assert_eq!(mock.wait_for_deliveries(WAIT).await.len(), 2);
}

#[tokio::test]
async fn a_handler_with_another_token_refuses_the_event_unrun() {
    let mock = portal().await;
    let client = app_client(&mock);
    let (url, mut events) = handler("not-the-application-token").await;
    client
        .call(&event::Bind::new("ONIMBOTV2JOINCHAT", &url))
        .await
        .unwrap();
    client
        .call(&im::chat::Add::new().users([mock.bot().id]))
        .await
        .unwrap();
    let deliveries = mock.wait_for_deliveries(WAIT).await;
    assert_eq!(deliveries.len(), 1);
    assert_eq!(deliveries[0].outcome, DeliveryOutcome::Answered(403));
    assert!(events.try_recv().is_err());
}

#[tokio::test]
async fn offline_bindings_queue_events_that_read_typed() {
    let mock = portal().await;
    let bot = mock.bot();
    let client = app_client(&mock);
    client
        .call(&event::Bind::new("ONIMBOTV2MESSAGEADD", "http://127.0.0.1:9/").event_type("offline"))
        .await
        .unwrap();
    let chat_id = client
        .call(&im::chat::Add::new().users([bot.id]))
        .await
        .unwrap();
    let mut ids = Vec::new();
    for text in ["one", "two", "three"] {
        let add = im::message::Add::new(format!("chat{chat_id}")).message(text);
        ids.push(client.call(&add).await.unwrap());
    }
    assert_eq!(mock.offline_queue_len(&mock.app().client_id), 3);
    assert!(
        mock.deliveries().is_empty(),
        "offline events are not posted"
    );

    // Held without clearing: a process id, the items stay but are not
    // handed out again.
    let held = client
        .call(&event::offline::Get::new().limit(1).param("clear", 0))
        .await
        .unwrap();
    assert!(held.process_id.is_some());
    assert_eq!(held.events.as_ref().map(Vec::len), Some(1));
    assert_eq!(mock.offline_queue_len(&mock.app().client_id), 3);

    let taken = client.call(&event::offline::Get::new()).await.unwrap();
    assert_eq!(taken.process_id, None);
    let mut texts = Vec::new();
    for item in taken.events.unwrap() {
        let data = item.event_data.unwrap();
        let typed = Incoming::offline(&item.event_name, data)
            .unwrap()
            .event::<imbot::Event>()
            .unwrap();
        let imbot::Event::MessageAdd(add) = typed else {
            panic!("not a MessageAdd: {}", item.event_name);
        };
        let message = add.message.unwrap();
        assert!(ids.contains(&message.id));
        texts.push(message.text.unwrap());
    }
    assert_eq!(texts, ["two", "three"]);
    assert_eq!(mock.offline_queue_len(&mock.app().client_id), 1);
}

#[tokio::test]
async fn binding_refuses_unknown_events_remote_handlers_and_webhooks() {
    let mock = portal().await;
    let client = app_client(&mock);
    let err = client
        .call(&event::Bind::new("ONNOSUCHTHING", "http://127.0.0.1:9/"))
        .await
        .unwrap_err();
    assert!(
        matches!(
            &err,
            bitrix24::Error::Api {
                error: event::BindError::ErrorEventNotFound,
                ..
            }
        ),
        "{err:?}"
    );
    let err = client
        .call(&event::Bind::new(
            "ONIMBOTV2JOINCHAT",
            "http://example.com/events",
        ))
        .await
        .unwrap_err();
    assert!(err.to_string().contains("loopback"), "{err}");
    let hook = ClientBuilder::webhook(&mock.webhook_url()).build().unwrap();
    let err = hook
        .call(&event::Bind::new(
            "ONIMBOTV2JOINCHAT",
            "http://127.0.0.1:9/",
        ))
        .await
        .unwrap_err();
    assert!(err.to_string().contains("application"), "{err}");
}

#[cfg(feature = "crm")]
#[tokio::test]
async fn crm_changes_reach_a_bound_handler_as_typed_crm_events() {
    use bitrix24::crm;
    let mock = portal().await;
    let client = app_client(&mock);
    let (tx, mut rx) = mpsc::unbounded_channel();
    let app = bitrix24::events::router(Secret::new(APP_TOKEN), move |event: crm::Event, _| {
        let tx = tx.clone();
        async move {
            tx.send(event)?;
            Ok(())
        }
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/crm", listener.local_addr().unwrap());
    tokio::spawn(async move {
        axum::serve(listener, axum::Router::new().nest_service("/crm", app)).await
    });
    for name in ["ONCRMDEALADD", "ONCRMDEALUPDATE", "ONCRMDEALDELETE"] {
        client.call(&event::Bind::new(name, &url)).await.unwrap();
    }
    let id = client
        .call(&crm::deal::Add::new().fields(crm::DealFields::new().title("Order")))
        .await
        .unwrap();
    client
        .call(&crm::deal::Update::new(id).fields(crm::DealUpdateFields::new().title("Big order")))
        .await
        .unwrap();
    client.call(&crm::deal::Delete::new(id)).await.unwrap();
    let mut seen = Vec::new();
    for _ in 0..3 {
        let event = tokio::time::timeout(WAIT, rx.recv())
            .await
            .unwrap()
            .unwrap();
        seen.push(match event {
            crm::Event::DealAdd(e) => ("add", e.fields.id),
            crm::Event::DealUpdate(e) => ("update", e.fields.id),
            crm::Event::DealDelete(e) => ("delete", e.fields.id),
            other => panic!("unexpected {other:?}"),
        });
    }
    assert_eq!(seen, [("add", id), ("update", id), ("delete", id)]);
    // A contact's change raises nothing for handlers of deal events.
    client
        .call(&crm::contact::Add::new().fields(crm::ContactFields::new().name("Ann")))
        .await
        .unwrap();
    assert_eq!(mock.wait_for_deliveries(WAIT).await.len(), 3);
}
