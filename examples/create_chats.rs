//! Creates a chat through each of the two methods: `im.chat.add` (as a user)
//! and `imbot.v2.Chat.add` (as a bot).
//!
//! ```sh
//! cargo run --example create_chats
//! ```
//!
//! Without `B24_WEBHOOK_URL` it starts the local portal emulator
//! (`bitrix24-mock`) and calls it. With `B24_WEBHOOK_URL` set
//! (`https://{portal}/rest/{user_id}/{secret}/`) it calls that portal;
//! `imbot.v2.Chat.add` also needs `B24_BOT_ID` and `B24_BOT_TOKEN` there.

use bitrix24::client::ClientBuilder;
use bitrix24::imbot::v2::chat as bot_chat;
use bitrix24::{Client, Color, im, imbot};

fn user_chat() -> im::chat::Add {
    im::chat::Add::new()
        .users([103, 547])
        .title("Deal Chat")
        .description("Discussing the deal here")
        .color(Color::Pink)
        .message("Welcome to the deal chat")
        .entity(im::ChatEntity::crm_deal(1663))
}

fn bot_chat(bot_id: i64) -> bot_chat::Add {
    bot_chat::Add::new(bot_id).fields(
        imbot::ChatFields::new()
            .title("Support Chat")
            .color(Color::Mint)
            .user_ids([1, 2]),
    )
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Keeps the emulator running until the end of main, when there is one.
    let _emulator;
    let (client, bot_id): (Client, Option<i64>) = match std::env::var("B24_WEBHOOK_URL") {
        Ok(url) => {
            let mut builder = ClientBuilder::webhook(&url);
            if let Ok(token) = std::env::var("B24_BOT_TOKEN") {
                builder = builder.bot_token(token);
            }
            let bot_id = std::env::var("B24_BOT_ID")
                .ok()
                .and_then(|id| id.parse().ok());
            (builder.build()?, bot_id)
        }
        Err(_) => {
            let mock = bitrix24_mock::Mock::start(bitrix24_mock::Config::default()).await?;
            println!(
                "B24_WEBHOOK_URL is not set: started a local portal at {}",
                mock.base_url()
            );
            let bot = mock.bot();
            let client = ClientBuilder::webhook(&mock.webhook_url())
                .bot_token(bot.token.expose())
                .build()?;
            _emulator = mock;
            (client, Some(bot.id))
        }
    };
    println!("calling {client:?}\n");

    let request = user_chat();
    println!("im.chat.add {}", serde_json::to_string(&request)?);
    let chat_id = client.call(&request).await?;
    println!("  created chat {chat_id}\n");

    match bot_id {
        Some(bot_id) => {
            let request = bot_chat(bot_id);
            println!("imbot.v2.Chat.add {}", serde_json::to_string(&request)?);
            let created = client.call(&request).await?;
            let chat = &created.chat;
            println!(
                "  created chat {} ({}), colour {:?}, {} member(s)",
                chat.id,
                chat.dialog_id.as_deref().unwrap_or("?"),
                chat.color.as_ref().map(Color::hex),
                created.users.as_ref().map_or(0, Vec::len),
            );
        }
        None => println!("B24_BOT_ID is not set: skipping imbot.v2.Chat.add"),
    }
    Ok(())
}
