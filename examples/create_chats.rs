//! Creates a chat through each of the two methods: `im.chat.add` (as a user)
//! and `imbot.v2.Chat.add` (as a bot).
//!
//! Until the HTTP client lands this prints each request it would send: the
//! method, the URL shape and the JSON body.
//!
//! ```sh
//! cargo run --example create_chats
//! ```

use bitrix24::imbot::v2::chat as bot_chat;
use bitrix24::{Color, Method, im, imbot};

fn show<M: Method>(request: &M) -> Result<(), serde_json::Error> {
    println!("{}", M::NAME);
    println!(
        "  POST https://{{portal}}/rest/{{user_id}}/{{webhook_secret}}/{}",
        M::NAME
    );
    println!("  body {}", serde_json::to_string(request)?);
    println!("  returns {}", std::any::type_name::<M::Output>());
    Ok(())
}

fn main() -> Result<(), serde_json::Error> {
    let user_chat = im::chat::Add::new()
        .users([103, 547])
        .title("Deal Chat")
        .description("Discussing the deal here")
        .color(Color::Pink)
        .message("Welcome to the deal chat")
        .entity(im::ChatEntity::crm_deal(1663));
    show(&user_chat)?;

    let bot_chat = bot_chat::Add::new(456).bot_token("my_bot_token").fields(
        imbot::ChatFields::new()
            .title("Support Chat")
            .color(Color::Mint)
            .user_ids([1, 2]),
    );
    // The bot token is a secret: `Debug` never shows it, only the body carries it.
    println!("\n{bot_chat:?}\n");
    show(&bot_chat)?;
    Ok(())
}
