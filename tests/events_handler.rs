//! The handler: each outcome the portal can get for one POST, with the
//! user's function run only for a verified, well-formed body; with the
//! `axum` feature, the same through a real HTTP server on loopback.

use bitrix24::Secret;
use bitrix24::events::{HandlerError, Incoming, respond};
use bitrix24::imbot;
use std::sync::{Arc, Mutex};

const TOKEN: &str = "handler-app-token-7c1";

fn body(event: &str, token: Option<&str>) -> String {
    let mut parts = vec![
        format!("event={event}"),
        "data[bot][id]=456".into(),
        "data[message][id]=789".into(),
        "data[message][chatId]=5".into(),
        "data[chat][id]=5".into(),
        "data[user][id]=1".into(),
    ];
    if let Some(t) = token {
        parts.push(format!("auth[application_token]={t}"));
    }
    parts.join("&")
}

type Seen = Arc<Mutex<Vec<imbot::Event>>>;

async fn post(seen: &Seen, body: &str, fail: bool) -> bitrix24::events::Answer {
    let seen = Arc::clone(seen);
    respond::<imbot::Event, _, _>(
        &Secret::new(TOKEN),
        Some("application/x-www-form-urlencoded"),
        body.as_bytes(),
        move |event, _incoming: Incoming| async move {
            seen.lock().unwrap().push(event);
            if fail {
                Err::<(), HandlerError>("boom".into())
            } else {
                Ok(())
            }
        },
    )
    .await
}

#[tokio::test]
async fn each_outcome_of_a_post() {
    let seen: Seen = Arc::default();
    // A verified event reaches the handler typed.
    let a = post(&seen, &body("ONIMBOTV2MESSAGEADD", Some(TOKEN)), false).await;
    assert_eq!((a.status, a.text.as_str()), (200, "ok"));
    {
        let seen = seen.lock().unwrap();
        let [imbot::Event::MessageAdd(add)] = seen.as_slice() else {
            panic!("{seen:?}");
        };
        assert_eq!(add.message.as_ref().map(|m| m.id), Some(789));
        assert_eq!(add.chat.as_ref().map(|c| c.id), Some(5));
    }
    // A wrong token, no token, a truncated body: refused, the handler not run.
    let a = post(&seen, &body("ONIMBOTV2MESSAGEADD", Some("wrong")), false).await;
    assert_eq!(a.status, 403, "{a:?}");
    let a = post(&seen, &body("ONIMBOTV2MESSAGEADD", None), false).await;
    assert_eq!(a.status, 401, "{a:?}");
    let full = body("ONIMBOTV2MESSAGEADD", Some(TOKEN));
    let a = post(&seen, &full[..full.find("[id]").unwrap() + 2], false).await;
    assert_eq!(a.status, 400, "{a:?}");
    assert!(a.text.contains("data[bot][i"), "{a:?}");
    // Data that does not fit the event's type: refused after the token check.
    let a = post(
        &seen,
        "event=ONIMBOTV2DELETE&data[bot][id]=x&auth[application_token]=handler-app-token-7c1",
        false,
    )
    .await;
    assert_eq!(a.status, 400, "{a:?}");
    assert_eq!(seen.lock().unwrap().len(), 1);
    // An unknown event reaches the handler as Unknown.
    let a = post(&seen, &body("ONCRMDEALADD", Some(TOKEN)), false).await;
    assert_eq!(a.status, 200, "{a:?}");
    assert!(
        matches!(seen.lock().unwrap().last(), Some(imbot::Event::Unknown { name, .. }) if name == "ONCRMDEALADD")
    );
    // A failing handler is a 500 that does not quote its error.
    let a = post(&seen, &body("ONIMBOTV2MESSAGEADD", Some(TOKEN)), true).await;
    assert_eq!(a.status, 500, "{a:?}");
    assert!(!a.text.contains("boom"));
}

#[cfg(feature = "axum")]
#[tokio::test]
async fn the_axum_router_answers_over_http() {
    let seen: Seen = Arc::default();
    let s = Arc::clone(&seen);
    let app = bitrix24::events::router(Secret::new(TOKEN), move |event: imbot::Event, _| {
        let s = Arc::clone(&s);
        async move {
            s.lock().unwrap().push(event);
            Ok(())
        }
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    let http = reqwest::Client::new();
    let send = |b: String| {
        http.post(format!("http://{addr}/"))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(b)
            .send()
    };
    let r = send(body("ONIMBOTV2JOINCHAT", Some(TOKEN))).await.unwrap();
    assert_eq!(r.status(), 200);
    let r = send(body("ONIMBOTV2JOINCHAT", Some("nope"))).await.unwrap();
    assert_eq!(r.status(), 403);
    assert!(!r.text().await.unwrap().contains(TOKEN));
    let seen = seen.lock().unwrap();
    assert!(
        matches!(seen.as_slice(), [imbot::Event::JoinChat(j)] if j.bot.id == 456),
        "{seen:?}"
    );
}
