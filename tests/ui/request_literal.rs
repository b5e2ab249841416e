// Requests are built through `new`, so adding a field later is not a breaking
// change and required params cannot be skipped with a struct literal.
use bitrix24::imbot::v2::chat::Add;

fn main() {
    let _request = Add { bot_id: 1, bot_token: None, fields: None, extra: Default::default() };
}
