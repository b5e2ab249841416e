// ENTITY_TYPE and ENTITY_ID are set together through `entity`; there is no
// setter for half of the pair, and the fields are private (readable through
// getters), so half cannot be set by assignment either.
use bitrix24::im::chat::Add;

fn main() {
    let _request = Add::new().entity_id("DEAL|1663");
    let mut request = Add::new();
    request.entity_id = Some("DEAL|1663".into());
}
