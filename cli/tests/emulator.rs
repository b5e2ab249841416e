//! The real `b24` binary against the local portal emulator: chats really
//! get made, in the documented spelling, and each failure class has its exit
//! status.

use bitrix24::Color;
use bitrix24_mock::{Config, Fault, Mock, RateLimit};
use std::process::{Command, Output};

/// Runs `b24 ARGS` off the runtime's worker, so the emulator keeps serving.
async fn b24(args: Vec<String>) -> Output {
    tokio::task::spawn_blocking(move || {
        Command::new(env!("CARGO_BIN_EXE_b24"))
            .args(args)
            .env_remove("B24_WEBHOOK_URL")
            .env_remove("B24_TOKEN")
            .env_remove("B24_BOT_TOKEN")
            .env("NO_COLOR", "1")
            .output()
            .expect("b24 runs")
    })
    .await
    .unwrap()
}

fn args(mock: &Mock, method: &str, rest: &[&str]) -> Vec<String> {
    let mut all = vec![method.to_owned(), "--url".to_owned(), mock.webhook_url()];
    all.extend(rest.iter().map(|s| (*s).to_owned()));
    all
}

async fn portal() -> Mock {
    Mock::start(Config::default().rate_limit(RateLimit::UNLIMITED))
        .await
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn im_chat_add_makes_the_chat_it_was_asked_for() {
    let mock = portal().await;
    let out = b24(args(
        &mock,
        "im.chat.add",
        &["--title", "Deal chat", "--color", "pink", "--type", "open"],
    ))
    .await;
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let chats = mock.chats();
    assert_eq!(chats.len(), 1);
    assert_eq!(text(&out.stdout).trim(), chats[0].id.to_string());
    assert_eq!(
        (chats[0].title.as_str(), &chats[0].color),
        ("Deal chat", &Color::Pink)
    );
    assert_eq!(chats[0].chat_type.as_str(), "OPEN");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn imbot_chat_add_makes_a_bot_owned_chat() {
    let mock = portal().await;
    let bot = mock.bot();
    let id = bot.id.to_string();
    let out = b24(args(
        &mock,
        "imbot.v2.Chat.add",
        &[
            "--bot-id",
            &id,
            "--bot-token",
            bot.token.expose(),
            "--title",
            "Support",
            "--color",
            "light-blue",
        ],
    ))
    .await;
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let result: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let chats = mock.chats();
    assert_eq!(result["chat"]["id"], chats[0].id);
    assert_eq!(result["chat"]["color"], "#4ba5c3");
    assert_eq!(
        (chats[0].owner, &chats[0].color),
        (bot.id, &Color::LightBlue)
    );
    assert!(!text(&out.stderr).contains(bot.token.expose()));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failures_exit_with_their_class() {
    let mock = portal().await;
    let bot = mock.bot();

    // A portal error code: 3.
    let out = b24(args(
        &mock,
        "imbot.v2.Chat.add",
        &["--bot-id", "999", "--bot-token", bot.token.expose()],
    ))
    .await;
    assert_eq!(out.status.code(), Some(3));
    assert!(
        text(&out.stderr).contains("BOT_NOT_FOUND"),
        "{}",
        text(&out.stderr)
    );

    // Refused credentials: 7, and the secret is not echoed.
    let bad = mock
        .webhook_url()
        .replace(mock.webhook().secret.expose(), "not-the-secret");
    let out = b24(vec!["im.chat.add".into(), "--url".into(), bad]).await;
    assert_eq!(out.status.code(), Some(7));
    assert!(
        text(&out.stderr).contains("NO_AUTH_FOUND"),
        "{}",
        text(&out.stderr)
    );
    assert!(!text(&out.stderr).contains("not-the-secret"));

    // A bad enum value never reaches the portal: 2.
    let before = mock.request_count();
    let out = b24(args(&mock, "im.chat.add", &["--color", "teal"])).await;
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("PINK, LIME"),
        "valid values are listed: {}",
        text(&out.stderr)
    );
    assert_eq!(mock.request_count(), before);

    // The connection dropped after the chat was made: 4, and one chat.
    mock.inject(Fault::drop_connection().after_processing().once());
    let out = b24(args(&mock, "im.chat.add", &["--title", "once"])).await;
    assert_eq!(out.status.code(), Some(4), "{}", text(&out.stderr));
    assert_eq!(mock.chats().iter().filter(|c| c.title == "once").count(), 1);
}
