// A user field named once as a const is checked when it compiles: a code
// that is not a user field's (`UF_...`, or `uf...` in crm.item.*) is an
// error, not a filter the portal would refuse later.
use bitrix24::Field;

struct Deal;

const TITLE: Field<Deal, String> = Field::user("TITLE");

fn main() {
    let _ = TITLE;
}
