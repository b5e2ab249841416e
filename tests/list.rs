//! `Client::list`: every item of a list method, across its pages, against
//! a scripted portal that pages as the list methods do (`next`, `total`).

mod support;

use bitrix24::client::ClientBuilder;
use bitrix24::im::search::department::List;
use bitrix24::{Error, Paged};
use serde_json::json;
use support::{Reply, TestServer, fast};

/// Seven departments, served three a page: offsets 0, 3 and 6.
async fn portal() -> TestServer {
    TestServer::start(|request| {
        let offset = request.json()["OFFSET"].as_i64().unwrap_or(0);
        let all: Vec<_> = (1..=7)
            .map(|id| json!({"id": id, "name": format!("Dept {id}")}))
            .collect();
        let end = (offset as usize + 3).min(all.len());
        let page = &all[offset as usize..end];
        let mut body = json!({"result": page, "total": all.len(), "time": {"start": 1.0}});
        if end < all.len() {
            body["next"] = json!(end);
        }
        Reply::Json(200, body)
    })
    .await
}

#[tokio::test]
async fn list_yields_every_item_of_every_page_in_order_and_stops_at_the_last() {
    let server = portal().await;
    let client = fast(ClientBuilder::webhook(&server.webhook()))
        .build()
        .unwrap();
    let mut items = client.list(&List::new("Dept"));
    let mut ids = Vec::new();
    while let Some(item) = items.next_item().await {
        ids.push(item.unwrap().id);
    }
    assert_eq!(ids, [1, 2, 3, 4, 5, 6, 7]);
    // One call a page: the first as given, then each at the `next` before.
    let offsets: Vec<_> = server
        .requests()
        .iter()
        .map(|r| r.json().get("OFFSET").cloned())
        .collect();
    assert_eq!(offsets, [None, Some(json!(3)), Some(json!(6))]);
    assert!(items.next_item().await.is_none(), "it stays ended");
    assert_eq!(<List as Paged>::OFFSET, "OFFSET");
}

#[tokio::test]
async fn list_is_a_stream() {
    use futures_core::Stream;
    let server = portal().await;
    let client = fast(ClientBuilder::webhook(&server.webhook()))
        .build()
        .unwrap();
    let mut items = client.list(&List::new("Dept").offset(3));
    let mut ids = Vec::new();
    while let Some(item) =
        std::future::poll_fn(|cx| std::pin::Pin::new(&mut items).poll_next(cx)).await
    {
        ids.push(item.unwrap().id);
    }
    // The request's own offset is where it starts.
    assert_eq!(ids, [4, 5, 6, 7]);
}

#[tokio::test]
async fn a_failed_page_ends_the_list_with_its_error() {
    let server = TestServer::start(|request| {
        if request.json().get("OFFSET").is_some() {
            Reply::Json(
                400,
                json!({"error": "FIND_SHORT", "error_description": "Too short"}),
            )
        } else {
            Reply::Json(200, json!({"result": [{"id": 1}], "next": 1}))
        }
    })
    .await;
    let client = fast(ClientBuilder::webhook(&server.webhook()))
        .build()
        .unwrap();
    let mut items = client.list(&List::new("Dept"));
    assert_eq!(items.next_item().await.unwrap().unwrap().id, 1);
    let err = items.next_item().await.unwrap().unwrap_err();
    assert!(matches!(err, Error::Api { .. }), "{err:?}");
    assert!(items.next_item().await.is_none());
}

#[tokio::test]
async fn a_next_that_does_not_move_on_is_an_error_not_a_loop() {
    let server =
        TestServer::start(|_| Reply::Json(200, json!({"result": [{"id": 1}], "next": 3}))).await;
    let client = fast(ClientBuilder::webhook(&server.webhook()))
        .build()
        .unwrap();
    let mut items = client.list(&List::new("Dept"));
    let mut seen = 0;
    let mut failed = None;
    while let Some(item) = items.next_item().await {
        match item {
            Ok(_) => seen += 1,
            Err(e) => failed = Some(e.to_string()),
        }
    }
    assert_eq!(seen, 2, "the pages at no offset and at 3");
    let failed = failed.expect("an error");
    assert!(failed.contains("does not move on"), "{failed}");
    assert_eq!(server.requests().len(), 2);
}

/// A REST 3.0 list (humanresources.node.list) answers no `next`: the client
/// puts each page's offset into `pagination` and stops after a short page.
#[cfg(feature = "humanresources")]
#[tokio::test]
async fn a_rest3_list_pages_by_pagination_until_a_short_page() {
    use bitrix24::Pagination;
    use bitrix24::humanresources::NodeType;
    use bitrix24::humanresources::v3::node::List as Nodes;
    let server = TestServer::start(|request| {
        let body = request.json();
        let offset = body["pagination"]["offset"].as_i64().unwrap_or(0);
        let limit = body["pagination"]["limit"].as_i64().unwrap_or(50);
        let end = (offset + limit).min(7);
        let page: Vec<_> = (offset + 1..=end)
            .map(|id| json!({"id": id, "name": format!("Unit {id}")}))
            .collect();
        Reply::Json(
            200,
            json!({"result": {"items": page}, "time": {"start": 1.0}}),
        )
    })
    .await;
    let client = fast(ClientBuilder::webhook(&server.webhook()))
        .build()
        .unwrap();
    let request = Nodes::new(NodeType::Department).pagination(Pagination::new().limit(3));
    let mut nodes = client.list(&request);
    let mut ids = Vec::new();
    while let Some(node) = nodes.next_item().await {
        ids.push(node.unwrap().id.unwrap());
    }
    assert_eq!(ids, [1, 2, 3, 4, 5, 6, 7]);
    let seen = server.requests();
    assert!(
        seen.iter().all(|r| r.path.contains("/rest/api/")),
        "REST 3.0's address"
    );
    let offsets: Vec<_> = seen
        .iter()
        .map(|r| r.json()["pagination"].clone())
        .collect();
    assert_eq!(
        offsets,
        [
            json!({"limit": 3}),
            json!({"limit": 3, "offset": 3}),
            json!({"limit": 3, "offset": 6}),
        ]
    );
    // A batched list of REST 3.0 pages still goes one call a page.
    let mut again = client.list(&request).batched();
    let mut count = 0;
    while let Some(node) = again.next_item().await {
        node.unwrap();
        count += 1;
    }
    assert_eq!((count, server.requests().len()), (7, 6));
}
