// imbot.v2.Chat.add requires botId: leaving it out must not compile.
use bitrix24::imbot::v2::chat::Add;

fn main() {
    let _request = Add::new().bot_token("my_bot_token");
}
