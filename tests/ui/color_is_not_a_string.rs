// Colours are typed: a misspelt string cannot slip through.
use bitrix24::im::chat::Add;

fn main() {
    let _request = Add::new().color("pinkk");
}
