//! Creates a chat through each of the two methods: `im.chat.add` (as a user)
//! and `imbot.v2.Chat.add` (as a bot).
//!
//! ```sh
//! cargo run --example create_chats
//! ```
//!
//! With `B24_WEBHOOK_URL` set (`https://{portal}/rest/{user_id}/{secret}/`) it
//! calls that portal; `imbot.v2.Chat.add` also needs `B24_BOT_ID` and
//! `B24_BOT_TOKEN`. Without it, it prints each request it would send: the
//! method, the URL shape and the JSON body.

use bitrix24::imbot::v2::chat as bot_chat;
use bitrix24::{Client, Color, Method, im, imbot};

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

fn show<M: Method>(request: &M) -> Result<(), serde_json::Error> {
    println!("{}", M::NAME);
    println!(
        "  POST https://{{portal}}/rest/{{user_id}}/{{webhook_secret}}/{}",
        M::NAME
    );
    println!("  body {}", serde_json::to_string(request)?);
    Ok(())
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let Ok(url) = std::env::var("B24_WEBHOOK_URL") else {
        println!("B24_WEBHOOK_URL is not set: showing the requests instead of sending them.\n");
        show(&user_chat())?;
        show(&bot_chat(456).bot_token("my_bot_token"))?;
        return Ok(());
    };
    let mut builder = bitrix24::client::ClientBuilder::webhook(&url);
    if let Ok(token) = std::env::var("B24_BOT_TOKEN") {
        builder = builder.bot_token(token);
    }
    let client: Client = builder.build()?;
    println!("calling {client:?}");

    let chat_id = client.call(&user_chat()).await?;
    println!("im.chat.add created chat {chat_id}");

    match std::env::var("B24_BOT_ID")
        .ok()
        .and_then(|id| id.parse().ok())
    {
        Some(bot_id) => {
            let created = client.call(&bot_chat(bot_id)).await?;
            let chat = &created.chat;
            println!(
                "imbot.v2.Chat.add created chat {} ({}), colour {:?}, {} member(s)",
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
