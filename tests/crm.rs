//! The crm.deal.*, crm.contact.*, crm.company.*, crm.lead.* and crm.item.*
//! methods end to end against the emulator: create, read, change, list across pages
//! with typed filters, delete.

#[path = "crm/items.rs"]
mod items;
#[path = "crm/leads.rs"]
mod leads;

use bitrix24::crm::{
    self, Company, CompanyFields, Contact, ContactFields, Deal, DealFields, Multifield,
    MultifieldType, MultifieldValueType,
};
use bitrix24::{Client, Date, DateTime, Error, Filter, Order, Select, YesNo};

#[path = "support/emulator.rs"]
mod emulator;
use emulator::portal;

async fn all(client: &Client, request: &crm::deal::List) -> Vec<Deal> {
    let mut deals = client.list(request);
    let mut out = Vec::new();
    while let Some(deal) = deals.next_item().await {
        out.push(deal.unwrap());
    }
    out
}

#[tokio::test]
async fn a_deal_is_created_read_changed_listed_and_deleted() {
    let (_mock, client) = portal().await;
    let mut fields = DealFields::new()
        .title("Kitchen refit")
        .opportunity(1500.0)
        .currency_id("EUR")
        .opened(YesNo::No);
    fields
        .extra
        .insert("UF_CRM_SOURCE_NOTE".into(), "from the fair".into());
    let id = client
        .call(&crm::deal::Add::new().fields(fields))
        .await
        .unwrap();
    let deal = client.call(&crm::deal::Get::new(id)).await.unwrap();
    assert_eq!(deal.id, id);
    assert_eq!(deal.title.as_deref(), Some("Kitchen refit"));
    assert_eq!(deal.opportunity, Some(1500.0));
    assert_eq!(deal.opened, Some(YesNo::No));
    // A user field is kept on the result, readable by name.
    assert_eq!(deal.extra["UF_CRM_SOURCE_NOTE"], "from the fair");

    let changed = client
        .call(
            &crm::deal::Update::new(id).fields(
                crm::DealUpdateFields::new()
                    .stage_id("WON")
                    .opportunity(1750.0),
            ),
        )
        .await
        .unwrap();
    assert!(changed);
    let deal = client.call(&crm::deal::Get::new(id)).await.unwrap();
    assert_eq!(deal.stage_id.as_deref(), Some("WON"));
    assert_eq!(deal.opportunity, Some(1750.0));
    assert_eq!(deal.title.as_deref(), Some("Kitchen refit"), "untouched");

    // 120 more deals: three pages of at most 50.
    for i in 0..120 {
        client
            .call(&crm::deal::Add::new().fields(DealFields::new().title(format!("Deal {i}"))))
            .await
            .unwrap();
    }
    let page = client.call_response(&crm::deal::List::new()).await.unwrap();
    assert_eq!(
        (page.result.len(), page.total, page.next),
        (50, Some(121), Some(50))
    );
    let listed = all(&client, &crm::deal::List::new()).await;
    assert_eq!(listed.len(), 121);
    let ids: Vec<i64> = listed.iter().map(|d| d.id).collect();
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "by id by default");

    assert!(client.call(&crm::deal::Delete::new(id)).await.unwrap());
    match client.call(&crm::deal::Get::new(id)).await.unwrap_err() {
        Error::Api { description, .. } => assert_eq!(description.as_deref(), Some("Not found")),
        other => panic!("expected the page's error, got {other:?}"),
    }
    let fields = client.call(&crm::deal::Fields::new()).await.unwrap();
    assert_eq!(fields["OPPORTUNITY"].field_type, "double");
    assert_eq!(fields["ID"].is_read_only, Some(true));
}

/// Issue 11's acceptance case: a filter on a user field and a date, over
/// 120 deals, through the page iterator, in the requested order.
#[tokio::test]
async fn a_filtered_sorted_list_over_120_deals_yields_exactly_the_matching_deals_in_order() {
    let (_mock, client) = portal().await;
    let mut made = Vec::new();
    for i in 0..120_i64 {
        let priority = if i % 3 == 0 { "high" } else { "normal" };
        let close = Date::new(2026, 1 + (i % 12) as u8, 1 + (i % 28) as u8).unwrap();
        let mut fields = DealFields::new()
            .title(format!("Deal {i}"))
            .closedate(close)
            .opportunity((i * 37 % 1000) as f64);
        fields
            .extra
            .insert("UF_CRM_PRIORITY".into(), priority.into());
        let id = client
            .call(&crm::deal::Add::new().fields(fields))
            .await
            .unwrap();
        made.push((id, priority, close, (i * 37 % 1000) as f64));
    }
    let request = crm::deal::List::new()
        .filter(
            Filter::new()
                .raw("UF_CRM_PRIORITY", "high")
                .gte(Deal::CLOSEDATE, Date::new(2026, 6, 1).unwrap())
                .lt(Deal::OPPORTUNITY, 900.0),
        )
        .order(Order::new().desc(Deal::CLOSEDATE).asc(Deal::OPPORTUNITY))
        .select(
            Select::new()
                .field(Deal::CLOSEDATE)
                .field(Deal::OPPORTUNITY)
                .user_fields(),
        );
    let listed = all(&client, &request).await;

    let june = Date::new(2026, 6, 1).unwrap();
    let mut expected: Vec<&(i64, &str, Date, f64)> = made
        .iter()
        .filter(|(_, p, close, amount)| *p == "high" && *close >= june && *amount < 900.0)
        .collect();
    expected.sort_by(|a, b| b.2.cmp(&a.2).then(a.3.total_cmp(&b.3)).then(a.0.cmp(&b.0)));
    let got: Vec<i64> = listed.iter().map(|d| d.id).collect();
    let want: Vec<i64> = expected.iter().map(|e| e.0).collect();
    assert!(!want.is_empty());
    assert_eq!(got, want);
    // Only the selected fields came, the user field among them.
    assert!(listed.iter().all(|d| d.title.is_none()));
    assert!(listed.iter().all(|d| d.extra["UF_CRM_PRIORITY"] == "high"));
    // The dates came back typed, as they were set.
    let closes: Vec<Date> = listed.iter().map(|d| d.closedate.unwrap()).collect();
    let want: Vec<Date> = expected.iter().map(|e| e.2).collect();
    assert_eq!(closes, want);
}

/// A filter on a date-time takes a typed value and compares moments, not
/// text: the same moment written at another offset selects the same deals.
#[tokio::test]
async fn a_date_time_filter_compares_moments_whatever_their_offset() {
    let (_mock, client) = portal().await;
    let id = client
        .call(&crm::deal::Add::new().fields(DealFields::new().title("Dated")))
        .await
        .unwrap();
    let deal = client.call(&crm::deal::Get::new(id)).await.unwrap();
    let created: DateTime = deal.date_create.expect("the portal sets DATE_CREATE");
    assert!(deal.begindate.is_none());
    let at = |offset: i16, shift: i64| {
        DateTime::from_unix_timestamp(created.unix_timestamp() + shift, offset).unwrap()
    };
    let listed = |filter: Filter<Deal>| {
        let client = &client;
        async move {
            all(client, &crm::deal::List::new().filter(filter))
                .await
                .iter()
                .map(|d| d.id)
                .collect::<Vec<_>>()
        }
    };
    // The emulator writes UTC; +03:00 and -05:30 name the same moment.
    for offset in [0, 180, -330] {
        assert_eq!(
            listed(Filter::new().gte(Deal::DATE_CREATE, at(offset, 0))).await,
            [id]
        );
        assert_eq!(
            listed(Filter::new().lte(Deal::DATE_CREATE, at(offset, 0))).await,
            [id]
        );
        assert_eq!(
            listed(Filter::new().gt(Deal::DATE_CREATE, at(offset, 0))).await,
            [] as [i64; 0]
        );
        assert_eq!(
            listed(Filter::new().lt(Deal::DATE_CREATE, at(offset, 1))).await,
            [id]
        );
    }
}

#[tokio::test]
async fn a_filter_on_a_field_the_deal_does_not_have_is_refused_by_the_emulator() {
    let (_mock, client) = portal().await;
    let err = client
        .call(&crm::deal::List::new().filter(Filter::new().raw("NO_SUCH_FIELD", 1)))
        .await
        .unwrap_err();
    match err {
        Error::Api { description, .. } => {
            let description = description.unwrap_or_default();
            assert!(description.contains("NO_SUCH_FIELD"), "{description}");
        }
        other => panic!("expected an argument error, got {other:?}"),
    }
}

/// A multi-field as the portal sends it: ids as strings, kinds as enums,
/// a kind newer than the crate kept as `Unknown` rather than failing.
#[test]
fn multi_field_values_decode_with_their_kinds_and_keep_unknown_ones() {
    use bitrix24::crm::{Multifield, MultifieldType, MultifieldValueType};
    let values: Vec<Multifield> = serde_json::from_str(
        r#"[
            {"ID": "156", "VALUE_TYPE": "WORK", "VALUE": "+7333333555", "TYPE_ID": "PHONE"},
            {"ID": "160", "VALUE_TYPE": "WHATSAPP", "VALUE": "ivanov", "TYPE_ID": "IM"}
        ]"#,
    )
    .unwrap();
    assert_eq!(values[0].id, Some(156));
    assert_eq!(values[0].type_id, Some(MultifieldType::Phone));
    assert_eq!(values[0].value_type, Some(MultifieldValueType::Work));
    assert_eq!(values[0].value, "+7333333555");
    let unknown = values[1].value_type.as_ref().unwrap();
    assert!(unknown.is_unknown());
    assert_eq!(unknown.as_str(), "WHATSAPP");
    // Written back as read.
    let again = serde_json::to_value(&values[1]).unwrap();
    assert_eq!(again["VALUE_TYPE"], "WHATSAPP");
    assert_eq!(again["TYPE_ID"], "IM");
    // A value without its required `VALUE` is an error that names it.
    let e = serde_json::from_str::<Multifield>(r#"{"ID": "1"}"#).unwrap_err();
    assert!(e.to_string().contains("VALUE"), "{e}");
}

async fn all_contacts(client: &Client, request: &crm::contact::List) -> Vec<Contact> {
    let mut contacts = client.list(request);
    let mut out = Vec::new();
    while let Some(contact) = contacts.next_item().await {
        out.push(contact.unwrap());
    }
    out
}

fn values(field: &Option<Vec<Multifield>>) -> Vec<(&str, Option<MultifieldValueType>)> {
    field
        .iter()
        .flatten()
        .map(|m| (m.value.as_str(), m.value_type.clone()))
        .collect()
}

#[tokio::test]
async fn a_contact_is_created_read_changed_listed_and_deleted_with_its_phones_and_e_mails() {
    let (_mock, client) = portal().await;
    let fields = ContactFields::new()
        .name("Anna")
        .last_name("Petrova")
        .birthdate(Date::new(1990, 2, 28).unwrap())
        .phone([
            Multifield::new("+49 30 1234").value_type(MultifieldValueType::Work),
            Multifield::new("+49 170 5678").value_type(MultifieldValueType::Mobile),
        ])
        .email([Multifield::new("anna@example.com").value_type(MultifieldValueType::Home)]);
    let id = client
        .call(&crm::contact::Add::new().fields(fields))
        .await
        .unwrap();
    let contact = client.call(&crm::contact::Get::new(id)).await.unwrap();
    assert_eq!(contact.id, id);
    assert_eq!(contact.name.as_deref(), Some("Anna"));
    assert_eq!(contact.birthdate, Some(Date::new(1990, 2, 28).unwrap()));
    assert_eq!(
        values(&contact.phone),
        [
            ("+49 30 1234", Some(MultifieldValueType::Work)),
            ("+49 170 5678", Some(MultifieldValueType::Mobile)),
        ]
    );
    assert_eq!(
        values(&contact.email),
        [("anna@example.com", Some(MultifieldValueType::Home))]
    );
    let phones = contact.phone.clone().unwrap();
    assert!(
        phones
            .iter()
            .all(|p| p.type_id == Some(MultifieldType::Phone))
    );
    assert_eq!(contact.has_phone, Some(YesNo::Yes));
    assert_eq!(contact.has_email, Some(YesNo::Yes));
    assert!(contact.date_create.is_some());

    // Change the name, the work phone, drop the mobile, add a mailing address.
    let work = phones[0].id.unwrap();
    let mobile = phones[1].id.unwrap();
    let mut changed_work = Multifield::new("+49 30 9999");
    changed_work.id = Some(work);
    let mut dropped = Multifield::new("");
    dropped.id = Some(mobile);
    let changed = client
        .call(&crm::contact::Update::new(
            id,
            crm::ContactUpdateFields::new()
                .name("Anne")
                .phone([changed_work, dropped])
                .email([
                    Multifield::new("news@example.com").value_type(MultifieldValueType::Mailing)
                ]),
        ))
        .await
        .unwrap();
    assert!(changed);
    let contact = client.call(&crm::contact::Get::new(id)).await.unwrap();
    assert_eq!(contact.name.as_deref(), Some("Anne"));
    assert_eq!(contact.last_name.as_deref(), Some("Petrova"), "untouched");
    assert_eq!(
        values(&contact.phone),
        [("+49 30 9999", Some(MultifieldValueType::Work))]
    );
    assert_eq!(contact.phone.as_ref().unwrap()[0].id, Some(work));
    assert_eq!(
        values(&contact.email),
        [
            ("anna@example.com", Some(MultifieldValueType::Home)),
            ("news@example.com", Some(MultifieldValueType::Mailing)),
        ]
    );

    // An address that is not one: the page's ERROR_CORE, naming the field.
    let err = client
        .call(
            &crm::contact::Add::new().fields(
                ContactFields::new()
                    .email([Multifield::new("nobody").value_type(MultifieldValueType::Work)]),
            ),
        )
        .await
        .unwrap_err();
    match err {
        Error::Api {
            error, description, ..
        } => {
            assert_eq!(error, crm::contact::AddError::ErrorCore);
            assert_eq!(
                description.as_deref(),
                Some("The field `Work e-mail` contains an invalid address")
            );
        }
        other => panic!("expected ERROR_CORE, got {other:?}"),
    }

    // 119 more contacts, born on days spread over 2000: three pages.
    for i in 0..119_i64 {
        let born = Date::new(2000, 1 + (i % 12) as u8, 1 + (i % 28) as u8).unwrap();
        client
            .call(
                &crm::contact::Add::new().fields(
                    ContactFields::new()
                        .name(format!("Contact {i}"))
                        .birthdate(born)
                        .phone([Multifield::new(format!("+1 555 {i:04}"))]),
                ),
            )
            .await
            .unwrap();
    }
    let page = client
        .call_response(&crm::contact::List::new())
        .await
        .unwrap();
    assert_eq!(
        (page.result.len(), page.total, page.next),
        (50, Some(120), Some(50))
    );
    // Without naming them, a list leaves the multi-fields out, as the portal does.
    assert!(page.result.iter().all(|c| c.phone.is_none()));
    let listed = all_contacts(&client, &crm::contact::List::new()).await;
    assert_eq!(listed.len(), 120);
    let ids: Vec<i64> = listed.iter().map(|c| c.id).collect();
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "by id by default");

    // Born from 1 October 2000 on, latest first, with their phones.
    let october = Date::new(2000, 10, 1).unwrap();
    let request = crm::contact::List::new()
        .filter(Filter::new().gte(Contact::BIRTHDATE, october))
        .order(Order::new().desc(Contact::BIRTHDATE).asc(Contact::ID))
        .select(
            Select::new()
                .field(Contact::BIRTHDATE)
                .field(Contact::PHONE),
        );
    let born_late = all_contacts(&client, &request).await;
    let mut want: Vec<(Date, i64)> = listed
        .iter()
        .filter_map(|c| c.birthdate.filter(|b| *b >= october).map(|b| (b, c.id)))
        .collect();
    want.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    assert!(want.len() >= 20, "{} contacts", want.len());
    let got: Vec<(Date, i64)> = born_late
        .iter()
        .map(|c| (c.birthdate.unwrap(), c.id))
        .collect();
    assert_eq!(got, want);
    assert!(
        born_late
            .iter()
            .all(|c| c.phone.as_ref().is_some_and(|p| p.len() == 1))
    );
    assert!(
        born_late.iter().all(|c| c.name.is_none()),
        "only the selected fields"
    );

    assert!(client.call(&crm::contact::Delete::new(id)).await.unwrap());
    match client.call(&crm::contact::Get::new(id)).await.unwrap_err() {
        Error::Api { description, .. } => assert_eq!(description.as_deref(), Some("Not found")),
        other => panic!("expected the page's error, got {other:?}"),
    }
    match client
        .call(&crm::contact::Delete::new(id))
        .await
        .unwrap_err()
    {
        Error::Api { error, .. } => assert_eq!(error, crm::contact::DeleteError::ErrorCore),
        other => panic!("expected the page's error, got {other:?}"),
    }
}

#[tokio::test]
async fn a_company_is_created_read_changed_listed_and_deleted_with_its_phones_and_e_mails() {
    let (_mock, client) = portal().await;
    let id = client
        .call(&crm::company::Add::new(
            CompanyFields::new()
                .title("Acme")
                .revenue(3_000_000.0)
                .is_my_company(YesNo::No)
                .phone([Multifield::new("555888").value_type(MultifieldValueType::Work)])
                .email([Multifield::new("office@acme.example")]),
        ))
        .await
        .unwrap();
    let company = client.call(&crm::company::Get::new(id)).await.unwrap();
    assert_eq!(company.title.as_deref(), Some("Acme"));
    assert_eq!(company.revenue, Some(3_000_000.0));
    assert_eq!(
        values(&company.phone),
        [("555888", Some(MultifieldValueType::Work))]
    );
    // A value sent without its kind gets the portal's default one.
    assert_eq!(
        values(&company.email),
        [("office@acme.example", Some(MultifieldValueType::Work))]
    );
    assert_eq!(company.has_email, Some(YesNo::Yes));
    let created = company.date_create.unwrap();

    let mut gone = Multifield::new("");
    gone.id = company.email.as_ref().unwrap()[0].id;
    assert!(
        client
            .call(&crm::company::Update::new(
                id,
                CompanyFields::new().title("Acme Ltd").email([gone]),
            ))
            .await
            .unwrap()
    );
    let company = client.call(&crm::company::Get::new(id)).await.unwrap();
    assert_eq!(company.title.as_deref(), Some("Acme Ltd"));
    assert_eq!(values(&company.email), []);
    assert_eq!(company.has_email, Some(YesNo::No));

    let err = client
        .call(&crm::company::Update::new(
            id,
            CompanyFields::new().email([Multifield::new("acme")]),
        ))
        .await
        .unwrap_err();
    match err {
        Error::Api {
            error, description, ..
        } => {
            assert_eq!(error, crm::company::UpdateError::ErrorCore);
            assert_eq!(
                description.as_deref(),
                Some("The `E-mail` field contains an invalid address")
            );
        }
        other => panic!("expected ERROR_CORE, got {other:?}"),
    }

    for i in 0..110 {
        client
            .call(&crm::company::Add::new(
                CompanyFields::new().title(format!("Company {i}")),
            ))
            .await
            .unwrap();
    }
    let mut companies = client.list(&crm::company::List::new());
    let mut ids = Vec::new();
    while let Some(company) = companies.next_item().await {
        ids.push(company.unwrap().id);
    }
    assert_eq!(ids.len(), 111);
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "by id by default");
    let page = client
        .call_response(&crm::company::List::new().start(100))
        .await
        .unwrap();
    assert_eq!(
        (page.result.len(), page.total, page.next),
        (11, Some(111), None)
    );

    // A typed date-time filter: nothing was created after the last one.
    let last: Vec<Company> = {
        let request = crm::company::List::new()
            .filter(Filter::new().gte(Company::DATE_CREATE, created))
            .order(Order::new().desc(Company::ID))
            .select(Select::new().field(Company::TITLE));
        let mut stream = client.list(&request);
        let mut out = Vec::new();
        while let Some(c) = stream.next_item().await {
            out.push(c.unwrap());
        }
        out
    };
    assert_eq!(last.len(), 111);
    assert_eq!(last[0].title.as_deref(), Some("Company 109"));
    assert_eq!(last.last().unwrap().id, id);

    assert!(client.call(&crm::company::Delete::new(id)).await.unwrap());
    match client
        .call(&crm::company::Delete::new(id))
        .await
        .unwrap_err()
    {
        Error::Api { description, .. } => {
            assert_eq!(description.as_deref(), Some("Company is not found"))
        }
        other => panic!("expected the page's error, got {other:?}"),
    }
}
