//! User fields typed end to end: set on a deal with `with_user_field`,
//! filtered on with the same `Field`, read back typed from what the
//! emulator answers.
#![cfg(feature = "crm")]

use bitrix24::crm::{self, Deal, DealFields};
use bitrix24::{Field, Filter, Select, UserFields};

#[path = "support/emulator.rs"]
mod emulator;
use emulator::portal;

const DISCOUNT: Field<Deal, f64> = Field::user("UF_CRM_DISCOUNT");
const REGION: Field<Deal, String> = Field::user("UF_CRM_REGION");

#[tokio::test]
async fn user_fields_are_set_filtered_on_and_read_typed() {
    let (_mock, client) = portal().await;
    let mut ids = Vec::new();
    for (i, region) in ["north", "south", "north", "east"].iter().enumerate() {
        let fields = DealFields::new()
            .title(format!("Deal {i}"))
            .with_user_field(DISCOUNT, 5.0 * i as f64)
            .with_user_field(REGION, region.to_string());
        ids.push(
            client
                .call(&crm::deal::Add::new().fields(fields))
                .await
                .unwrap(),
        );
    }
    let deal = client.call(&crm::deal::Get::new(ids[2])).await.unwrap();
    assert_eq!(deal.user_field(DISCOUNT), Some(Ok(10.0)));
    assert_eq!(deal.user_field(REGION).unwrap().unwrap(), "north");
    let other: Field<Deal, f64> = Field::user("UF_CRM_NOT_SET");
    assert_eq!(deal.user_field(other), None);

    let request = crm::deal::List::new()
        .filter(
            Filter::new()
                .eq(REGION, "north".to_owned())
                .gte(DISCOUNT, 1.0),
        )
        .select(Select::new().field(Deal::ID).user_fields());
    let listed = client.call(&request).await.unwrap();
    let got: Vec<(i64, Option<f64>)> = listed
        .iter()
        .map(|d| (d.id, d.user_field(DISCOUNT).map(Result::unwrap)))
        .collect();
    assert_eq!(got, [(ids[2], Some(10.0))]);
}
