//! crm.item.* end to end: the universal methods over the emulator's deals
//! and leads. An item made by crm.item.add is the object crm.deal.get reads;
//! fields go by their lowerCamel names, user fields too, and the list pages
//! through `Client::list` with typed filters.

use super::*;
use bitrix24::crm::{Item, ItemMultifield};
use bitrix24::{Field, UserFields};

const DEAL: i64 = 2;
const LEAD: i64 = 1;

/// A text user field of deals, by its item name.
const NOTE: Field<Item, String> = Field::user("ufCrmNote");

async fn titles(client: &Client, request: &crm::item::List) -> Vec<String> {
    let mut items = client.list(request);
    let mut out = Vec::new();
    while let Some(item) = items.next_item().await {
        out.push(item.unwrap().title.unwrap_or_default());
    }
    out
}

#[tokio::test]
async fn an_item_is_created_read_changed_listed_and_deleted() {
    let (_mock, client) = portal().await;
    let fields = Item::new()
        .title("Boiler service")
        .opportunity(320.0)
        .currency_id("EUR")
        .closedate(Date::new(2026, 12, 24).unwrap())
        .with_user_field(NOTE, "call first".to_owned());
    let added = client
        .call(&crm::item::Add::new(DEAL, fields))
        .await
        .unwrap();
    let id = added.item.id.unwrap();
    assert_eq!(added.item.entity_type_id, None, "not kept by the emulator");
    assert_eq!(added.item.title.as_deref(), Some("Boiler service"));
    assert_eq!(
        added.item.stage_id.as_deref(),
        Some("NEW"),
        "a deal's default"
    );
    assert!(added.item.created_time.is_some(), "DATE_CREATE, renamed");

    // The same object through the deal methods, by its wire names.
    let deal = client.call(&crm::deal::Get::new(id)).await.unwrap();
    assert_eq!(deal.title.as_deref(), Some("Boiler service"));
    assert_eq!(deal.opportunity, Some(320.0));
    assert_eq!(deal.extra["UF_CRM_NOTE"], "call first");

    let got = client.call(&crm::item::Get::new(DEAL, id)).await.unwrap();
    assert_eq!(
        got.item.user_field(NOTE).unwrap().unwrap(),
        "call first",
        "the user field under its item name"
    );
    assert_eq!(got.item.closedate, Some(Date::new(2026, 12, 24).unwrap()));
    // Asked for, user fields come under the names the portal keeps.
    let original = client
        .call(&crm::item::Get::new(DEAL, id).use_original_uf_names(YesNo::Yes))
        .await
        .unwrap();
    assert_eq!(original.item.extra["UF_CRM_NOTE"], "call first");

    let changed = client
        .call(&crm::item::Update::new(
            DEAL,
            id,
            Item::new().stage_id("WON").opportunity(350.0),
        ))
        .await
        .unwrap();
    assert_eq!(changed.item.stage_id.as_deref(), Some("WON"));
    assert_eq!(changed.item.opportunity, Some(350.0));
    assert_eq!(
        changed.item.title.as_deref(),
        Some("Boiler service"),
        "untouched"
    );

    // 130 more: three pages of fifty, a filter on a user field and an amount.
    for i in 0..130 {
        let fields = Item::new()
            .title(format!("Item {i:03}"))
            .opportunity(f64::from(i))
            .with_user_field(NOTE, if i % 2 == 0 { "even" } else { "odd" }.to_owned());
        client
            .call(&crm::item::Add::new(DEAL, fields))
            .await
            .unwrap();
    }
    let first = client
        .call_response(&crm::item::List::new(DEAL))
        .await
        .unwrap();
    assert_eq!(
        (first.result.items.len(), first.total, first.next),
        (50, Some(131), Some(50))
    );
    let everything = titles(&client, &crm::item::List::new(DEAL)).await;
    assert_eq!(everything.len(), 131);
    let request = crm::item::List::new(DEAL)
        .filter(
            Filter::new()
                .eq(NOTE, "even".to_owned())
                .gte(Item::OPPORTUNITY, 100.0),
        )
        .order(Order::new().desc(Item::OPPORTUNITY))
        .select(Select::new().field(Item::TITLE));
    let expected: Vec<String> = (100..130)
        .rev()
        .filter(|i| i % 2 == 0)
        .map(|i| format!("Item {i:03}"))
        .collect();
    assert_eq!(titles(&client, &request).await, expected);
    // `select` keeps the named fields and the id alone.
    let page = client.call(&request).await.unwrap();
    assert!(
        page.items
            .iter()
            .all(|i| i.id.is_some() && i.opportunity.is_none())
    );

    let deleted = client.call(&crm::item::Delete::new(DEAL, id)).await;
    assert!(deleted.unwrap().is_empty());
    let gone = client
        .call(&crm::item::Get::new(DEAL, id))
        .await
        .unwrap_err();
    assert!(
        matches!(gone, Error::Api { error: crm::item::GetError::NotFound, ref description, .. }
            if description.as_deref() == Some("Item not found")),
        "{gone:?}"
    );
}

#[tokio::test]
async fn a_lead_item_names_its_status_stage_and_gathers_its_multi_fields() {
    let (_mock, client) = portal().await;
    let phone = ItemMultifield::new()
        .type_id(MultifieldType::Phone)
        .value_type(MultifieldValueType::Mobile)
        .value("+49 170 1234");
    let added = client
        .call(&crm::item::Add::new(
            LEAD,
            Item::new().title("Fair contact").name("Ida").fm([phone]),
        ))
        .await
        .unwrap();
    let id = added.item.id.unwrap();
    // A lead's `STATUS_ID` is the item's `stageId`.
    assert_eq!(added.item.stage_id.as_deref(), Some("NEW"));
    let fm = added.item.fm.unwrap_or_default();
    assert_eq!(fm.len(), 1);
    assert_eq!(fm[0].value.as_deref(), Some("+49 170 1234"));
    assert_eq!(fm[0].type_id, Some(MultifieldType::Phone));
    let lead = client.call(&crm::lead::Get::new(id)).await.unwrap();
    assert_eq!(lead.phone.unwrap_or_default()[0].value, "+49 170 1234");

    let fields = client.call(&crm::item::Fields::new(LEAD)).await.unwrap();
    let stage = &fields.fields["stageId"];
    assert_eq!(stage.upper_name.as_deref(), Some("STAGE_ID"));
    assert!(fields.fields.contains_key("createdTime"));
    assert!(fields.fields["fm"].is_multiple.unwrap_or(false));
}

#[tokio::test]
async fn an_unknown_kind_is_not_found() {
    let (_mock, client) = portal().await;
    let error = client.call(&crm::item::List::new(1032)).await.unwrap_err();
    let Error::Api {
        error: crm::item::ListError::NotFound,
        description,
        ..
    } = &error
    else {
        panic!("{error:?}");
    };
    assert_eq!(description.as_deref(), Some("SPA not found"));
}
