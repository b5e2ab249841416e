//! The tasks.task.* methods end to end against the emulator: create, read,
//! change, list across pages with a typed filter and order, delete, and the
//! pages' errors as typed variants.
#![cfg(feature = "tasks")]

use bitrix24::client::ClientBuilder;
use bitrix24::tasks::{self, Task, TaskPriority, TaskStatus};
use bitrix24::{Client, DateTime, Error, Filter, Order, Select, YesNo};
use bitrix24_mock::{Config, Mock};

#[path = "support/emulator.rs"]
mod emulator;
#[path = "tasks/v3.rs"]
mod v3;
use emulator::portal;

async fn all(client: &Client, request: &tasks::task::List) -> Vec<Task> {
    let mut listed = client.list(request);
    let mut out = Vec::new();
    while let Some(task) = listed.next_item().await {
        out.push(task.unwrap());
    }
    out
}

async fn add(client: &Client, fields: Task) -> Task {
    client
        .call(&tasks::task::Add::new(fields))
        .await
        .unwrap()
        .task
        .expect("the new task")
}

#[tokio::test]
async fn a_task_is_created_read_changed_listed_and_deleted() {
    let (_mock, client) = portal().await;
    let mut fields = Task::new()
        .title("Call the client")
        .responsible_id(2)
        .priority(TaskPriority::High)
        .auditors([3, 103])
        .deadline("2026-05-01T18:00:00+03:00".parse::<DateTime>().unwrap());
    fields
        .extra
        .insert("UF_CRM_TASK".into(), serde_json::json!(["D_12"]));
    let created = add(&client, fields).await;
    let id = created.id.expect("an id");
    assert_eq!(created.created_by, Some(1), "the webhook's user");
    assert_eq!(created.status, Some(TaskStatus::Pending));

    let got = client
        .call(&tasks::task::Get::new().task_id(id))
        .await
        .unwrap()
        .task
        .unwrap();
    assert_eq!(got.title.as_deref(), Some("Call the client"));
    assert_eq!(got.responsible_id, Some(2));
    assert_eq!(got.priority, Some(TaskPriority::High));
    assert_eq!(got.auditors, Some(vec![3, 103]));
    assert_eq!(got.uf_crm_task, Some(vec!["D_12".to_owned()]));
    assert_eq!(got.allow_change_deadline, Some(YesNo::No));

    // A select returns the id and the named fields only.
    let slim = client
        .call(
            &tasks::task::Get::new()
                .task_id(id)
                .select(Select::new().field(Task::TITLE)),
        )
        .await
        .unwrap()
        .task
        .unwrap();
    assert_eq!(
        (slim.id, slim.title.as_deref()),
        (Some(id), Some("Call the client"))
    );
    assert_eq!(slim.responsible_id, None);

    let changed = client
        .call(&tasks::task::Update::new(
            id,
            Task::new().status(TaskStatus::Completed).title("Called"),
        ))
        .await
        .unwrap()
        .task
        .unwrap();
    assert_eq!(changed.status, Some(TaskStatus::Completed));
    assert_eq!(changed.title.as_deref(), Some("Called"));
    assert_eq!(changed.closed_by, Some(1), "completing closes it");
    assert_eq!(changed.responsible_id, Some(2), "untouched");

    let deleted = client.call(&tasks::task::Delete::new(id)).await.unwrap();
    assert_eq!(deleted["task"], true);
    match client
        .call(&tasks::task::Delete::new(id))
        .await
        .unwrap_err()
    {
        Error::Api { error, .. } => assert_eq!(error, tasks::task::DeleteError::NotAllowed),
        other => panic!("expected the page's 1048582, got {other:?}"),
    }
    let fields = client.call(&tasks::task::GetFields::new()).await.unwrap();
    assert_eq!(
        fields.fields.as_ref().unwrap()["RESPONSIBLE_ID"]
            .kind
            .as_deref(),
        Some("integer")
    );
    assert_eq!(fields.fields.as_ref().unwrap()["ID"].primary, Some(true));
}

#[tokio::test]
async fn a_filtered_sorted_list_over_130_tasks_crosses_three_pages_in_order() {
    let (_mock, client) = portal().await;
    let mut made = Vec::new();
    for i in 0..130_i64 {
        let responsible = [1, 2, 3][(i % 3) as usize];
        let priority = [TaskPriority::Low, TaskPriority::Normal, TaskPriority::High]
            [(i % 5 % 3) as usize]
            .clone();
        let deadline = format!("2026-{:02}-{:02}T10:00:00+03:00", 1 + i % 12, 1 + i % 28);
        let task = add(
            &client,
            Task::new()
                .title(format!("Task {i}"))
                .responsible_id(responsible)
                .priority(priority.clone())
                .deadline(deadline.parse::<DateTime>().unwrap()),
        )
        .await;
        made.push((task.id.unwrap(), responsible, priority, deadline));
    }
    // Without order: by id descending, as the page says; 50 a page.
    let page = client
        .call_response(&tasks::task::List::new())
        .await
        .unwrap();
    assert_eq!(
        (
            page.result.tasks.as_ref().map(Vec::len),
            page.total,
            page.next
        ),
        (Some(50), Some(130), Some(50))
    );
    let everything = all(&client, &tasks::task::List::new()).await;
    let ids: Vec<i64> = everything.iter().filter_map(|t| t.id).collect();
    assert_eq!(ids.len(), 130);
    assert!(ids.windows(2).all(|w| w[0] > w[1]), "by id descending");

    // Responsible 1 or 2 (not 3), priority not low: 130 * 2/3 * 3/5 ≈ 52
    // tasks, so more than one page.
    let request = tasks::task::List::new()
        .filter(
            Filter::new()
                .ne(Task::RESPONSIBLE_ID, 3)
                .ne(Task::PRIORITY, TaskPriority::Low),
        )
        .order(Order::new().asc(Task::DEADLINE).desc(Task::ID))
        .select(
            Select::new()
                .field(Task::DEADLINE)
                .field(Task::RESPONSIBLE_ID)
                .field(Task::PRIORITY),
        );
    let listed = all(&client, &request).await;
    let mut expected: Vec<&(i64, i64, TaskPriority, String)> = made
        .iter()
        .filter(|(_, responsible, priority, _)| *responsible != 3 && *priority != TaskPriority::Low)
        .collect();
    expected.sort_by(|a, b| a.3.cmp(&b.3).then(b.0.cmp(&a.0)));
    let want: Vec<i64> = expected.iter().map(|e| e.0).collect();
    let got: Vec<i64> = listed.iter().filter_map(|t| t.id).collect();
    assert!(
        want.len() > 50,
        "the filtered list spans pages: {}",
        want.len()
    );
    assert_eq!(got, want);
    assert!(
        listed.iter().all(|t| t.title.is_none()),
        "only the selected fields"
    );
}

#[tokio::test]
async fn the_pages_errors_arrive_as_typed_variants() {
    let (_mock, client) = portal().await;
    match client
        .call(&tasks::task::Add::new(Task::new().title("No one")))
        .await
        .unwrap_err()
    {
        Error::Api {
            error, description, ..
        } => {
            assert_eq!(error, tasks::task::AddError::ErrorCore);
            assert_eq!(
                description.as_deref(),
                Some("Responsible person not specified")
            );
        }
        other => panic!("expected ERROR_CORE, got {other:?}"),
    }
    match client
        .call(&tasks::task::Add::new(
            Task::new().title("Ghost").responsible_id(999),
        ))
        .await
        .unwrap_err()
    {
        Error::Api { error, .. } => assert_eq!(error, tasks::task::AddError::ErrorCore),
        other => panic!("expected ERROR_CORE, got {other:?}"),
    }
    match client
        .call(&tasks::task::Add::new(Task::new()))
        .await
        .unwrap_err()
    {
        Error::Api { error, .. } => assert_eq!(error, tasks::task::AddError::BadParams),
        other => panic!("expected 100, got {other:?}"),
    }
    match client
        .call(&tasks::task::List::new().order(Order::new().asc(Task::DESCRIPTION)))
        .await
        .unwrap_err()
    {
        Error::Api { error, .. } => assert_eq!(error, tasks::task::ListError::BadOrder),
        other => panic!("expected 0, got {other:?}"),
    }
    match client
        .call(&tasks::task::Get::new().param("taskId", "abc"))
        .await
        .unwrap_err()
    {
        Error::Api { error, .. } => assert_eq!(error, tasks::task::GetError::WrongTaskId),
        other => panic!("expected 0, got {other:?}"),
    }
}

#[tokio::test]
async fn a_caller_without_the_task_permission_is_refused() {
    let mock = Mock::start(Config::default().webhook_scopes(["im", "tasks"]))
        .await
        .unwrap();
    let client = ClientBuilder::webhook(&mock.webhook_url()).build().unwrap();
    // The pages name the permission `task`; `tasks` grants nothing.
    match client.call(&tasks::task::List::new()).await.unwrap_err() {
        Error::Api { error, .. } => assert_eq!(
            error,
            tasks::task::ListError::System(bitrix24::SystemError::InsufficientScope)
        ),
        other => panic!("expected insufficient_scope, got {other:?}"),
    }
}
