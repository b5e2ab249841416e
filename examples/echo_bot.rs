//! A bot that answers every message in its chats, driven by typed events.
//!
//! ```sh
//! cargo run --example echo_bot --features axum
//! ```
//!
//! It starts the local portal emulator (`bitrix24-mock`), serves its event
//! handler on loopback with [`bitrix24::events::router`], and binds
//! `ONIMBOTV2JOINCHAT` and `ONIMBOTV2MESSAGEADD` to it with `event.bind`.
//! Then, playing the user, it creates a chat with the bot and writes to it;
//! the bot greets the chat when it joins and echoes the message, calling
//! back with the tokens the event brought. It prints each step and stops
//! after `--messages N` user messages (default 2).
//!
//! On a real portal the handler must be reachable from the portal: serve the
//! same router at a public URL, register the bot with `eventMode: webhook`
//! and that URL (or bind the events with `event.bind`), and check events
//! with your application's token.

use bitrix24::client::{ClientBuilder, OAuthTokens};
use bitrix24::events::{EventSet, HandlerError, Incoming};
use bitrix24::imbot::{self, EventBot};
use bitrix24::{Client, Secret, event, im};
use std::time::Duration;
use tokio::sync::mpsc;

/// What the bot does with one event: answers in the chat it came from, as
/// the bot, with the tokens the event carries. Returns what it said.
async fn answer(event: imbot::Event) -> Result<Option<String>, HandlerError> {
    let (bot, chat_id, reply) = match event {
        imbot::Event::JoinChat(join) => {
            let chat = join.chat.ok_or("ONIMBOTV2JOINCHAT without a chat")?;
            (
                join.bot,
                chat.id,
                "Hello! I repeat what you write.".to_owned(),
            )
        }
        imbot::Event::MessageAdd(add) => {
            let message = add.message.ok_or("ONIMBOTV2MESSAGEADD without a message")?;
            let text = message.text.unwrap_or_default();
            let chat_id = message.chat_id.ok_or("a message without its chat")?;
            (add.bot, chat_id, format!("You said: {text}"))
        }
        // Other events (and ones this SDK version does not know) are ignored.
        _ => return Ok(None),
    };
    let client = bot_client(&bot)?;
    let send = imbot::v2::chat::message::Send::new(bot.id, format!("chat{chat_id}"))
        .fields(imbot::MessageSendFields::new().message(reply.as_str()));
    client.call(&send).await?;
    Ok(Some(reply))
}

/// A client acting as the bot, from the tokens in `data[bot][auth]`.
fn bot_client(bot: &EventBot) -> Result<Client, HandlerError> {
    let auth = bot.auth.as_ref().ok_or("the event carries no tokens")?;
    let endpoint = auth
        .client_endpoint
        .as_deref()
        .ok_or("no client_endpoint")?;
    let token = auth.access_token.as_ref().ok_or("no access_token")?;
    Ok(ClientBuilder::oauth(endpoint, OAuthTokens::access_only(token.expose())).build()?)
}

/// The bot's next reply.
async fn reply(said: &mut mpsc::UnboundedReceiver<String>) -> Result<String, &'static str> {
    tokio::time::timeout(Duration::from_secs(10), said.recv())
        .await
        .map_err(|_| "the bot did not answer within 10 s")?
        .ok_or("the bot's handler stopped")
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let messages: usize = match std::env::args().skip_while(|a| a != "--messages").nth(1) {
        Some(n) => n
            .parse()
            .map_err(|_| format!("--messages takes a number, not {n:?}"))?,
        None => 2,
    };
    let mock = bitrix24_mock::Mock::start(bitrix24_mock::Config::default()).await?;
    println!("started a local portal at {}", mock.base_url());
    let app = mock.app();
    let bot = mock.bot();

    // The bot's handler: checks the application token, types the event,
    // answers, and reports what it said.
    let (said_tx, mut said) = mpsc::unbounded_channel::<String>();
    let router = bitrix24::events::router(
        Secret::new(app.application_token.expose()),
        move |event: imbot::Event, _incoming: Incoming| {
            let said_tx = said_tx.clone();
            async move {
                println!("bot got {}", event.name());
                if let Some(reply) = answer(event).await? {
                    said_tx.send(reply)?;
                }
                Ok(())
            }
        },
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let handler_url = format!("http://{}/", listener.local_addr()?);
    tokio::spawn(async move { axum::serve(listener, router).await });
    println!("bot handler listening at {handler_url}");

    // The application binds the bot's events to the handler.
    let app_client = ClientBuilder::oauth(
        &mock.oauth_base_url(),
        OAuthTokens::access_only(mock.oauth_token().expose()),
    )
    .build()?;
    for name in ["ONIMBOTV2JOINCHAT", "ONIMBOTV2MESSAGEADD"] {
        app_client
            .call(&event::Bind::new(name, &handler_url))
            .await?;
        println!("event.bind {name}");
    }

    // A user creates a chat with the bot and writes to it.
    let user = ClientBuilder::webhook(&mock.webhook_url()).build()?;
    let chat_id = user
        .call(&im::chat::Add::new().title("Echo").users([bot.id]))
        .await?;
    println!("user created chat {chat_id} with bot {}", bot.id);
    println!("bot said: {}", reply(&mut said).await?);
    for i in 1..=messages {
        let text = format!("message {i}");
        let id = user
            .call(&im::message::Add::new(format!("chat{chat_id}")).message(text.as_str()))
            .await?;
        println!("user wrote {text:?} (message {id})");
        println!("bot said: {}", reply(&mut said).await?);
    }
    Ok(())
}
