//! The user.* methods end to end against the emulator: invite, read,
//! change, list across pages with a typed filter, search, and the
//! documented refusals.
#![cfg(feature = "user")]

use bitrix24::user::{self, SortDirection, User, UserSearch};
use bitrix24::{Client, Error, Filter, Select, YesNo};

#[path = "support/emulator.rs"]
mod emulator;
use emulator::{client_for, portal};

async fn all(client: &Client, request: &user::Get) -> Vec<User> {
    let mut users = client.list(request);
    let mut out = Vec::new();
    while let Some(user) = users.next_item().await {
        out.push(user.unwrap());
    }
    out
}

async fn one(client: &Client, id: i64) -> User {
    let request = user::Get::new().filter(Filter::new().eq(User::ID, id));
    let mut found = client.call(&request).await.unwrap();
    assert_eq!(found.len(), 1, "one user has id {id}");
    found.remove(0)
}

#[tokio::test]
async fn a_user_is_invited_read_and_changed() {
    let (_mock, client) = portal().await;
    let id = client
        .call(
            &user::Add::new("nina.berg@example.com")
                .name("Nina")
                .last_name("Berg")
                .work_position("Buyer")
                .personal_city("Tallinn")
                .uf_department([1]),
        )
        .await
        .unwrap();
    let nina = one(&client, id).await;
    assert_eq!(nina.name.as_deref(), Some("Nina"));
    assert_eq!(nina.last_name.as_deref(), Some("Berg"));
    assert_eq!(nina.email.as_deref(), Some("nina.berg@example.com"));
    assert_eq!(nina.personal_city.as_deref(), Some("Tallinn"));
    assert_eq!(nina.uf_department, Some(vec![1]));
    assert_eq!(nina.active, Some(true));
    assert_eq!(nina.user_type, Some(user::UserType::Employee));

    let saved = client
        .call(
            &user::Update::new(id)
                .work_position("Head buyer")
                .personal_city("Riga")
                .active(YesNo::No),
        )
        .await
        .unwrap();
    assert!(saved);
    let nina = one(&client, id).await;
    assert_eq!(nina.work_position.as_deref(), Some("Head buyer"));
    assert_eq!(nina.personal_city.as_deref(), Some("Riga"));
    assert_eq!(nina.active, Some(false));
    // Fields left out of the update kept their values.
    assert_eq!(nina.name.as_deref(), Some("Nina"));

    // The webhook acts as user 1, John Smith.
    let me = client.call(&user::Current::new()).await.unwrap();
    assert_eq!((me.id, me.name.as_deref()), (1, Some("John")));

    let fields = client.call(&user::Fields::new()).await.unwrap();
    for name in ["ID", "NAME", "UF_DEPARTMENT", "PERSONAL_CITY"] {
        assert!(fields.contains_key(name), "user.fields names {name}");
    }
}

/// 120 invited users, listed three pages deep through the page iterator,
/// filtered, sorted and with the selected fields only.
#[tokio::test]
async fn a_filtered_sorted_list_of_120_users_comes_back_whole_over_three_pages() {
    let (_mock, client) = portal().await;
    let mut made = Vec::new();
    for i in 0..120 {
        let department = if i % 2 == 0 { 1 } else { 7 };
        let id = client
            .call(
                &user::Add::new(format!("tester{i}@example.com"))
                    .name(format!("Tester{i:03}"))
                    .last_name("Lindqvist")
                    .uf_department([department]),
            )
            .await
            .unwrap();
        made.push(id);
    }

    // One page by hand: fifty, with the total and the next offset.
    let request = user::Get::new().filter(Filter::new().eq(User::LAST_NAME, "Lindqvist"));
    let first = client.call_response(&request).await.unwrap();
    assert_eq!(first.result.len(), 50);
    assert_eq!((first.total, first.next), (Some(120), Some(50)));

    // Every page: sorted by name, newest name first.
    let request = user::Get::new()
        .filter(Filter::new().contains(User::NAME, "tester"))
        .sort("NAME")
        .order(SortDirection::Descending)
        .select(Select::new().field(User::NAME).field(User::UF_DEPARTMENT));
    let listed = all(&client, &request).await;
    let mut want = made.clone();
    want.reverse();
    let got: Vec<i64> = listed.iter().map(|u| u.id).collect();
    assert_eq!(got, want);
    assert!(
        listed.iter().all(|u| u.last_name.is_none()),
        "only what was selected"
    );

    // A list-valued field matches when one of its items does.
    let request = user::Get::new().filter(
        Filter::new()
            .eq(User::UF_DEPARTMENT, vec![7])
            .contains(User::NAME, "tester"),
    );
    let in_seven = all(&client, &request).await;
    assert_eq!(in_seven.len(), 60);
    assert!(in_seven.iter().all(|u| u.uf_department == Some(vec![7])));

    // Without a filter: the five seeded employees and the 120, no bot.
    let everyone = all(&client, &user::Get::new()).await;
    assert_eq!(everyone.len(), 125);
    assert!(everyone.iter().all(|u| u.id != 456));
    assert!(everyone.windows(2).all(|w| w[0].id < w[1].id), "by id");
}

#[tokio::test]
async fn user_search_finds_by_the_start_of_a_word() {
    let (_mock, client) = portal().await;
    let search = |terms: UserSearch| user::Search::new().filter(terms);
    let found = client
        .call(&search(UserSearch::new().last_name("garc")))
        .await
        .unwrap();
    let ids: Vec<i64> = found.iter().map(|u| u.id).collect();
    assert_eq!(ids, [103]);
    // `FIND` looks in every field: "man" starts "Manager" (Anna) and
    // "manager" in "Sales manager" (Maria).
    let found = client
        .call(&search(UserSearch::new().find("man")))
        .await
        .unwrap();
    let ids: Vec<i64> = found.iter().map(|u| u.id).collect();
    assert_eq!(ids, [2, 103]);
    // Every seeded employee is in the top department, "Company".
    let found = client
        .call(&search(UserSearch::new().uf_department_name("comp")))
        .await
        .unwrap();
    assert_eq!(found.len(), 5);
}

#[tokio::test]
async fn the_documented_refusals_of_user_add_and_user_update() {
    let (mock, client) = portal().await;
    let refused = |err: Error<user::AddError>| match err {
        Error::Api {
            error, description, ..
        } => (error, description.unwrap_or_default()),
        other => panic!("expected a refusal, got {other:?}"),
    };
    let (error, description) = refused(
        client
            .call(&user::Add::new("not an address").uf_department([1]))
            .await
            .unwrap_err(),
    );
    assert_eq!(
        (error, description.as_str()),
        (user::AddError::ErrorArgument, "wrong_email")
    );

    let (error, description) = refused(
        client
            .call(&user::Add::new("anna@example.com").uf_department([1]))
            .await
            .unwrap_err(),
    );
    assert_eq!(error, user::AddError::ErrorArgument);
    assert!(description.contains("already exists"), "{description}");

    let (error, description) = refused(
        client
            .call(&user::Add::new("new@example.com"))
            .await
            .unwrap_err(),
    );
    assert_eq!(
        (error, description.as_str()),
        (user::AddError::ErrorArgument, "no_extranet_field")
    );

    // Anna (user 2) is no administrator.
    let hook = mock.add_webhook(2, ["user"]);
    let anna = client_for(&hook.url);
    let (error, _) = refused(
        anna.call(&user::Add::new("new@example.com").uf_department([1]))
            .await
            .unwrap_err(),
    );
    assert_eq!(error, user::AddError::ErrorCore);
    let err = anna
        .call(&user::Update::new(3).name("Pete"))
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::Api {
                error: user::UpdateError::ErrorCore,
                ..
            }
        ),
        "{err:?}"
    );
    // An id nobody has is refused the same way.
    let err = client
        .call(&user::Update::new(99_999).name("Ghost"))
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::Api {
                error: user::UpdateError::ErrorCore,
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(one(&client, 3).await.name.as_deref(), Some("Peter"));
}
