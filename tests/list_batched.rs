//! `Client::list(..).batched()` against the emulator: the same items in the
//! same order as page by page, in far fewer calls; a failed batch ends the
//! list with its error after the items before it.
#![cfg(feature = "crm")]

use bitrix24::crm::{self, DealFields};
use bitrix24::{Client, Error, Order};
use bitrix24_mock::{Fault, Mock};

#[path = "support/emulator.rs"]
mod emulator;
use emulator::portal;

/// 50 a page: 260 deals are 6 pages.
const DEALS: usize = 260;

async fn portal_with_deals() -> (Mock, Client) {
    let (mock, client) = portal().await;
    for chunk in (0..DEALS).collect::<Vec<_>>().chunks(50) {
        let mut batch = client.batch();
        for i in chunk {
            let fields = DealFields::new().title(format!("Deal {i:03}"));
            batch.add(&crm::deal::Add::new().fields(fields)).unwrap();
        }
        batch.send().await.unwrap();
    }
    (mock, client)
}

/// Ids in the order the list gives them, and how many HTTP requests it took.
async fn ids(
    mock: &Mock,
    client: &Client,
    batched: bool,
) -> (Vec<i64>, u64, Option<Error<crm::deal::ListError>>) {
    let request = crm::deal::List::new().order(Order::new().desc(crm::Deal::TITLE));
    let before = mock.request_count();
    let mut list = client.list(&request);
    if batched {
        list = list.batched();
    }
    let mut out = Vec::new();
    while let Some(deal) = list.next_item().await {
        match deal {
            Ok(deal) => out.push(deal.id),
            Err(e) => return (out, mock.request_count() - before, Some(e)),
        }
    }
    (out, mock.request_count() - before, None)
}

#[tokio::test]
async fn batched_pages_give_the_same_items_in_order_in_two_calls_instead_of_six() {
    let (mock, client) = portal_with_deals().await;
    let (one_by_one, calls, error) = ids(&mock, &client, false).await;
    assert!(error.is_none(), "{error:?}");
    assert_eq!(one_by_one.len(), DEALS);
    assert_eq!(calls, 6);
    // Sorted by title descending: the last deal made comes first.
    assert_eq!(one_by_one.first(), Some(&(DEALS as i64)));

    let (batched, calls, error) = ids(&mock, &client, true).await;
    assert!(error.is_none(), "{error:?}");
    assert_eq!(batched, one_by_one);
    // The first page, then the other five in one batch.
    assert_eq!(calls, 2);
}

#[tokio::test]
async fn a_failed_batch_ends_the_list_after_the_first_pages_items() {
    let (mock, client) = portal_with_deals().await;
    mock.inject(Fault::error("INTERNAL_SERVER_ERROR").method("batch").once());
    let (items, _, error) = ids(&mock, &client, true).await;
    assert_eq!(items.len(), 50, "the first page's items come first");
    match error {
        Some(Error::Api { method, error, .. }) => {
            assert_eq!(method, "crm.deal.list");
            assert_eq!(
                error.to_string(),
                crm::deal::ListError::System(bitrix24::SystemError::InternalServerError,)
                    .to_string()
            );
        }
        other => panic!("expected the batch's API error, got {other:?}"),
    }
}
