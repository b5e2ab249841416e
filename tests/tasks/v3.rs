//! The REST 3.0 tasks.task.* methods end to end against the emulator: the
//! same tasks as the classic methods, through `/rest/api/`, paged by
//! `pagination` and filtered by conditions.

use crate::emulator::portal;
use bitrix24::tasks::v3::task;
use bitrix24::tasks::{
    self, TaskItem, TaskItemChanges, TaskItemNew, TaskItemPriority, TaskItemStatus,
};
use bitrix24::{Client, Conditions, Error, MethodError, Order, Pagination, Select};

async fn all(client: &Client, request: &task::List) -> Vec<TaskItem> {
    let mut listed = client.list(request);
    let mut out = Vec::new();
    while let Some(item) = listed.next_item().await {
        out.push(item.unwrap());
    }
    out
}

/// The code of a failed call's error.
fn code<E: MethodError + std::fmt::Debug>(error: &Error<E>) -> String {
    match error {
        Error::Api { error, status, .. } => {
            assert_eq!(*status, 400, "{error:?}");
            error.code().to_owned()
        }
        other => panic!("expected a portal error, got {other:?}"),
    }
}

#[tokio::test]
async fn a_task_is_created_read_changed_listed_and_deleted_through_rest3() {
    let (_mock, client) = portal().await;
    let fields = TaskItemNew::new("Prepare the offer", 1, 2)
        .priority(TaskItemPriority::High)
        .auditors([3]);
    let created = client.call(&task::Add::new(fields)).await.unwrap().item;
    let id = created.id.expect("an id");
    assert_eq!(created.title.as_deref(), Some("Prepare the offer"));
    assert_eq!(created.status, Some(TaskItemStatus::Pending));
    assert_eq!(created.priority, Some(TaskItemPriority::High));
    assert_eq!(created.creator_id, Some(1));

    // The classic methods see the same task, in their own names.
    let classic = client
        .call(&tasks::task::Get::new().task_id(id))
        .await
        .unwrap()
        .task
        .unwrap();
    assert_eq!(classic.title.as_deref(), Some("Prepare the offer"));
    assert_eq!(classic.responsible_id, Some(2));

    let changes = TaskItemChanges::new()
        .title("Send the offer")
        .needs_control(true);
    let changed = client.call(&task::Update::new(id, changes)).await.unwrap();
    assert!(changed.result);

    // The linked users come with the fields `select` names.
    let select = Select::new()
        .field(TaskItem::TITLE)
        .field(TaskItem::NEEDS_CONTROL)
        .raw("responsible.name")
        .raw("auditors.id");
    let got = client
        .call(&task::Get::new(id).select(select))
        .await
        .unwrap()
        .item;
    assert_eq!(got.title.as_deref(), Some("Send the offer"));
    assert_eq!(got.needs_control, Some(true));
    let responsible = got.responsible.expect("the assignee");
    assert_eq!(responsible.id, Some(2));
    assert!(responsible.name.is_some_and(|n| !n.is_empty()));
    let auditors = got.auditors.expect("the auditors");
    assert_eq!(auditors.iter().map(|a| a.id).collect::<Vec<_>>(), [Some(3)]);
    assert_eq!(got.priority, None, "not selected");

    let deleted = client.call(&task::Delete::new(id)).await.unwrap();
    assert!(deleted.result);
    let error = client.call(&task::Get::new(id)).await.unwrap_err();
    assert_eq!(
        code(&error),
        "BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION"
    );
    // The page's codes are typed variants, with the page's meaning.
    assert!(
        matches!(error.code(), Some(task::GetError::NotFound)),
        "{error:?}"
    );
    assert!(error.code().unwrap().info().is_some_and(|i| i.retry_safe));
    let error = client.call(&task::Delete::new(id)).await.unwrap_err();
    assert_eq!(
        code(&error),
        "BITRIX_REST_V3_EXCEPTION_ACCESSDENIEDEXCEPTION"
    );
}

/// 125 of 130 tasks, twenty a page: the iterator moves `pagination.offset`
/// on and stops at the short last page, without asking for another.
#[tokio::test]
async fn a_list_over_130_tasks_follows_pagination_across_seven_pages_in_order() {
    let (mock, client) = portal().await;
    let mut ids = Vec::new();
    for i in 0..130 {
        let fields = TaskItemNew::new(format!("Task {i}"), 1, 1);
        let item = client.call(&task::Add::new(fields)).await.unwrap().item;
        ids.push(item.id.unwrap());
    }
    let requests_before = mock.request_count();
    let from = ids[5];
    let request = task::List::new()
        .select(Select::new().field(TaskItem::ID).field(TaskItem::TITLE))
        .filter(Conditions::new().gte(TaskItem::ID, from))
        .order(Order::new().desc(TaskItem::ID))
        .pagination(Pagination::new().limit(20));
    let listed = all(&client, &request).await;
    let mut expected: Vec<i64> = ids[5..].to_vec();
    expected.reverse();
    assert_eq!(
        listed.iter().filter_map(|t| t.id).collect::<Vec<_>>(),
        expected
    );
    assert_eq!(listed[0].title.as_deref(), Some("Task 129"));
    assert_eq!(
        mock.request_count() - requests_before,
        7,
        "125 tasks, 20 a page: six full pages and a short one"
    );

    // An or-group of conditions.
    let request = task::List::new().filter(
        Conditions::new().any_of(
            Conditions::new()
                .eq(TaskItem::ID, ids[0])
                .is_in(TaskItem::ID, [ids[5], ids[7]]),
        ),
    );
    let listed = all(&client, &request).await;
    assert_eq!(
        listed.iter().filter_map(|t| t.id).collect::<Vec<_>>(),
        [ids[0], ids[5], ids[7]]
    );
    assert!(
        listed.iter().all(|t| t.title.is_none()),
        "only `id` unless selected"
    );
}

#[tokio::test]
async fn rest3_refusals_carry_their_exception_codes() {
    let (_mock, client) = portal().await;
    let by_title = task::List::new().filter(Conditions::new().eq(TaskItem::TITLE, "x"));
    let error = client.call(&by_title).await.unwrap_err();
    assert_eq!(
        code(&error),
        "BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION"
    );
    assert!(error.to_string().contains("Filterable"), "{error}");

    let no_page = task::List::new().pagination(Pagination::new().limit(0));
    let error = client.call(&no_page).await.unwrap_err();
    assert_eq!(
        code(&error),
        "BITRIX_REST_V3_EXCEPTION_INVALIDPAGINATIONEXCEPTION"
    );
    assert!(matches!(
        error.code(),
        Some(task::ListError::InvalidPagination)
    ));

    let unknown = task::Get::new(1).select(Select::new().raw("nonsense"));
    let error = client.call(&unknown).await.unwrap_err();
    assert_eq!(
        code(&error),
        "BITRIX_REST_V3_EXCEPTION_UNKNOWNDTOPROPERTYEXCEPTION"
    );

    let nobody = TaskItemNew::new("Orphan", 1, 999_999);
    let error = client.call(&task::Add::new(nobody)).await.unwrap_err();
    assert_eq!(
        code(&error),
        "BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION"
    );
    assert!(error.to_string().contains("Responsible"), "{error}");
}
