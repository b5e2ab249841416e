//! crm.lead.* end to end: create with phones and e-mail addresses, read,
//! change, list across pages with a filter and an order, delete.

use super::*;
use bitrix24::crm::{Lead, LeadFields};

#[tokio::test]
async fn a_lead_is_created_read_changed_listed_and_deleted() {
    let (_mock, client) = portal().await;
    let fields = LeadFields::new()
        .title("Website inquiry")
        .name("Olga")
        .opportunity(1500.0)
        .phone([Multifield::new("+49 30 5555").value_type(MultifieldValueType::Work)])
        .email([Multifield::new("olga@example.com").value_type(MultifieldValueType::Work)]);
    let id = client
        .call(&crm::lead::Add::new().fields(fields))
        .await
        .unwrap();
    let lead = client.call(&crm::lead::Get::new(id)).await.unwrap();
    assert_eq!(lead.id, id);
    assert_eq!(lead.title.as_deref(), Some("Website inquiry"));
    assert_eq!(lead.status_id.as_deref(), Some("NEW"), "the first stage");
    assert_eq!(lead.opportunity, Some(1500.0));
    assert_eq!(
        values(&lead.phone),
        [("+49 30 5555", Some(MultifieldValueType::Work))]
    );
    assert_eq!(
        values(&lead.email),
        [("olga@example.com", Some(MultifieldValueType::Work))]
    );
    assert_eq!(lead.has_email, Some(YesNo::Yes));

    let changed = client
        .call(
            &crm::lead::Update::new(id).fields(
                LeadFields::new()
                    .status_id("IN_PROCESS")
                    .title("Qualified inquiry"),
            ),
        )
        .await
        .unwrap();
    assert!(changed);
    let lead = client.call(&crm::lead::Get::new(id)).await.unwrap();
    assert_eq!(lead.status_id.as_deref(), Some("IN_PROCESS"));
    assert_eq!(lead.title.as_deref(), Some("Qualified inquiry"));
    assert_eq!(lead.name.as_deref(), Some("Olga"), "untouched");

    // 120 more, every third in progress: 41 in progress in all, listed
    // newest first over three pages.
    for i in 0..120 {
        let status = if i % 3 == 0 { "IN_PROCESS" } else { "NEW" };
        client
            .call(
                &crm::lead::Add::new().fields(
                    LeadFields::new()
                        .title(format!("Lead {i}"))
                        .status_id(status),
                ),
            )
            .await
            .unwrap();
    }
    let request = crm::lead::List::new()
        .filter(Filter::new().eq(Lead::STATUS_ID, "IN_PROCESS".to_owned()))
        .order(Order::new().desc(Lead::ID));
    let mut leads = client.list(&request);
    let mut ids = Vec::new();
    while let Some(lead) = leads.next_item().await {
        let lead = lead.unwrap();
        assert_eq!(lead.status_id.as_deref(), Some("IN_PROCESS"));
        ids.push(lead.id);
    }
    assert_eq!(ids.len(), 41);
    assert!(ids.windows(2).all(|w| w[0] > w[1]), "newest first: {ids:?}");
    assert_eq!(ids.last(), Some(&id));

    assert!(client.call(&crm::lead::Delete::new(id)).await.unwrap());
    let err = client.call(&crm::lead::Get::new(id)).await.unwrap_err();
    assert!(
        matches!(&err, Error::Api { description: Some(d), .. } if d == "Not found"),
        "{err:?}"
    );
    let err = client.call(&crm::lead::Delete::new(id)).await.unwrap_err();
    assert!(
        matches!(&err, Error::Api { description: Some(d), .. } if d == "Not found"),
        "{err:?}"
    );
}
