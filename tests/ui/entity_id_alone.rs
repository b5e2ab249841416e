// ENTITY_TYPE and ENTITY_ID are set together through `entity`; there is no
// setter for half of the pair.
use bitrix24::im::chat::Add;

fn main() {
    let _request = Add::new().entity_id("DEAL|1663");
}
