//! The department.* methods end to end against the emulator: create,
//! read, change, list across pages, delete, and the documented refusals.
#![cfg(feature = "department")]

use bitrix24::Client;
use bitrix24::Error;
use bitrix24::department::{self, Department, DepartmentField, SortDirection};

#[path = "support/emulator.rs"]
mod emulator;
use emulator::{client_for, portal};

async fn all(client: &Client, request: &department::Get) -> Vec<Department> {
    let mut departments = client.list(request);
    let mut out = Vec::new();
    while let Some(department) = departments.next_item().await {
        out.push(department.unwrap());
    }
    out
}

async fn one(client: &Client, id: i64) -> Option<Department> {
    let mut found = client.call(&department::Get::new().id(id)).await.unwrap();
    assert!(found.len() <= 1);
    found.pop()
}

#[tokio::test]
async fn a_department_is_created_read_changed_and_deleted() {
    let (_mock, client) = portal().await;
    // The portal starts with its top department.
    let top = one(&client, 1).await.unwrap();
    assert_eq!(top.parent, None);

    let sales = client
        .call(&department::Add::new("Sales", 1).uf_head(2).sort_index(100))
        .await
        .unwrap();
    let east = client
        .call(&department::Add::new("Sales East", sales))
        .await
        .unwrap();
    let got = one(&client, sales).await.unwrap();
    assert_eq!(got.name.as_deref(), Some("Sales"));
    assert_eq!(
        (got.parent, got.uf_head, got.sort),
        (Some(1), Some(2), Some(100))
    );

    let saved = client
        .call(
            &department::Update::new(sales)
                .name("Sales and marketing")
                .uf_head(3),
        )
        .await
        .unwrap();
    assert!(saved);
    let got = one(&client, sales).await.unwrap();
    assert_eq!(got.name.as_deref(), Some("Sales and marketing"));
    assert_eq!(got.uf_head, Some(3));
    assert_eq!(got.sort, Some(100), "what the update left out stays");

    let under_sales = client
        .call(&department::Get::new().parent(sales))
        .await
        .unwrap();
    assert_eq!(under_sales.iter().map(|d| d.id).collect::<Vec<_>>(), [east]);

    assert!(client.call(&department::Delete::new(sales)).await.unwrap());
    assert!(one(&client, sales).await.is_none());
    // What was under it moved up a level.
    assert_eq!(one(&client, east).await.unwrap().parent, Some(1));

    let fields = client.call(&department::Fields::new()).await.unwrap();
    let mut names: Vec<&str> = fields.keys().map(String::as_str).collect();
    names.sort_unstable();
    assert_eq!(names, ["ID", "NAME", "PARENT", "SORT", "UF_HEAD"]);
}

/// 130 departments and the top one, three pages of fifty, sorted by name
/// from the end.
#[tokio::test]
async fn a_sorted_list_of_131_departments_comes_back_whole_over_three_pages() {
    let (_mock, client) = portal().await;
    let mut made = Vec::new();
    for i in 0..130 {
        let id = client
            .call(&department::Add::new(format!("Team {i:03}"), 1))
            .await
            .unwrap();
        made.push(id);
    }
    let first = client.call_response(&department::Get::new()).await.unwrap();
    assert_eq!(first.result.len(), 50);
    assert_eq!((first.total, first.next), (Some(131), Some(50)));

    let request = department::Get::new()
        .sort_by(DepartmentField::Name)
        .order(SortDirection::Descending)
        .parent(1);
    let listed = all(&client, &request).await;
    let mut want = made.clone();
    want.reverse();
    assert_eq!(listed.iter().map(|d| d.id).collect::<Vec<_>>(), want);
}

#[tokio::test]
async fn the_documented_refusals_of_the_department_methods() {
    let (mock, client) = portal().await;
    let description = |err: Error<_>| match err {
        Error::Api {
            error: department::AddError::ErrorCore,
            description,
            ..
        } => description.unwrap_or_default(),
        other => panic!("expected ERROR_CORE, got {other:?}"),
    };
    let err = client.call(&department::Add::new("", 1)).await.unwrap_err();
    assert!(description(err).starts_with("Department name not provided"));
    let err = client
        .call(&department::Add::new("Orphans", 999))
        .await
        .unwrap_err();
    assert!(description(err).contains("only be one top-level department"));

    let err = client
        .call(&department::Update::new(999).name("x"))
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::Api { error: department::UpdateError::ErrorCore, description: Some(d), .. } if d == "Department not found"),
        "{err:?}"
    );
    let err = client
        .call(&department::Delete::new(999))
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::Api { error: department::DeleteError::ErrorCore, description: Some(d), .. } if d == "Department not found"),
        "{err:?}"
    );

    // Anna (user 2) may read the structure but not change it.
    let hook = mock.add_webhook(2, ["department"]);
    let anna = client_for(&hook.url);
    assert_eq!(anna.call(&department::Get::new()).await.unwrap().len(), 1);
    let err = anna
        .call(&department::Add::new("Shadow IT", 1))
        .await
        .unwrap_err();
    assert_eq!(description(err), "Access denied");
    assert_eq!(client.call(&department::Get::new()).await.unwrap().len(), 1);
}
