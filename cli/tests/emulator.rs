//! The real `b24` binary against the local portal emulator: chats really
//! get made, in the documented spelling, and each failure class has its exit
//! status.

use bitrix24::Color;
use bitrix24_mock::{Config, Fault, Mock, RateLimit};
use std::process::{Command, Output};

/// Runs `b24 ARGS` off the runtime's worker, so the emulator keeps serving.
async fn b24(args: Vec<String>) -> Output {
    b24_env(args, &[]).await
}

/// [`b24`] with these environment variables set (no `B24_*` is inherited).
async fn b24_env(args: Vec<String>, env: &[(&str, &str)]) -> Output {
    let env: Vec<(String, String)> = env
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    tokio::task::spawn_blocking(move || {
        Command::new(env!("CARGO_BIN_EXE_b24"))
            .args(args)
            .env_remove("B24_WEBHOOK_URL")
            .env_remove("B24_TOKEN")
            .env_remove("B24_BOT_TOKEN")
            .envs(env)
            .env("NO_COLOR", "1")
            .output()
            .expect("b24 runs")
    })
    .await
    .unwrap()
}

fn args(mock: &Mock, method: &str, rest: &[&str]) -> Vec<String> {
    let mut all = vec![method.to_owned(), "--url".to_owned(), mock.webhook_url()];
    all.extend(rest.iter().map(|s| (*s).to_owned()));
    all
}

async fn portal() -> Mock {
    Mock::start(Config::default().rate_limit(RateLimit::UNLIMITED))
        .await
        .unwrap()
}

/// A client of the emulator's webhook that never throttles, to fill the
/// portal before `b24` reads it.
fn client(mock: &Mock) -> bitrix24::Client {
    bitrix24::client::ClientBuilder::webhook(&mock.webhook_url())
        .rate_limit(bitrix24::RateLimit {
            per_second: 10_000.0,
            burst: 10_000,
        })
        .build()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn im_chat_add_makes_the_chat_it_was_asked_for() {
    let mock = portal().await;
    let out = b24(args(
        &mock,
        "im.chat.add",
        &["--title", "Deal chat", "--color", "pink", "--type", "open"],
    ))
    .await;
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let chats = mock.chats();
    assert_eq!(chats.len(), 1);
    assert_eq!(text(&out.stdout).trim(), chats[0].id.to_string());
    assert_eq!(
        (chats[0].title.as_str(), &chats[0].color),
        ("Deal chat", &Color::Pink)
    );
    assert_eq!(chats[0].chat_type.as_str(), "OPEN");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn imbot_chat_add_makes_a_bot_owned_chat() {
    let mock = portal().await;
    let bot = mock.bot();
    let id = bot.id.to_string();
    let out = b24(args(
        &mock,
        "imbot.v2.Chat.add",
        &[
            "--bot-id",
            &id,
            "--bot-token",
            bot.token.expose(),
            "--title",
            "Support",
            "--color",
            "light-blue",
        ],
    ))
    .await;
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let result: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let chats = mock.chats();
    assert_eq!(result["chat"]["id"], chats[0].id);
    assert_eq!(result["chat"]["color"], "#4ba5c3");
    assert_eq!(
        (chats[0].owner, &chats[0].color),
        (bot.id, &Color::LightBlue)
    );
    assert!(!text(&out.stderr).contains(bot.token.expose()));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failures_exit_with_their_class() {
    let mock = portal().await;
    let bot = mock.bot();

    // A portal error code: 3.
    let out = b24(args(
        &mock,
        "imbot.v2.Chat.add",
        &["--bot-id", "999", "--bot-token", bot.token.expose()],
    ))
    .await;
    assert_eq!(out.status.code(), Some(3));
    assert!(
        text(&out.stderr).contains("BOT_NOT_FOUND"),
        "{}",
        text(&out.stderr)
    );

    // Refused credentials: 7, and the secret is not echoed.
    let bad = mock
        .webhook_url()
        .replace(mock.webhook().secret.expose(), "not-the-secret");
    let out = b24(vec!["im.chat.add".into(), "--url".into(), bad]).await;
    assert_eq!(out.status.code(), Some(7));
    assert!(
        text(&out.stderr).contains("NO_AUTH_FOUND"),
        "{}",
        text(&out.stderr)
    );
    assert!(!text(&out.stderr).contains("not-the-secret"));

    // A bad enum value never reaches the portal: 2.
    let before = mock.request_count();
    let out = b24(args(&mock, "im.chat.add", &["--color", "teal"])).await;
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("PINK, LIME"),
        "valid values are listed: {}",
        text(&out.stderr)
    );
    assert_eq!(mock.request_count(), before);

    // The connection dropped after the chat was made: 4, and one chat.
    mock.inject(Fault::drop_connection().after_processing().once());
    let out = b24(args(&mock, "im.chat.add", &["--title", "once"])).await;
    assert_eq!(out.status.code(), Some(4), "{}", text(&out.stderr));
    assert_eq!(mock.chats().iter().filter(|c| c.title == "once").count(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_fields_json_exits_2_and_never_reaches_the_portal() {
    let mock = portal().await;
    let (before, chats) = (mock.request_count(), mock.chats().len());
    for (fields, needle) in [
        (
            r#"{"TITLE": "x" "USERS": [1]}"#,
            "error: --fields: invalid JSON at line 1, column 15: expected `,` or `}`",
        ),
        (
            r#"{"TITLE": "a", "TITLE": "b"}"#,
            "error: --fields: duplicate key `TITLE` at line 1, column 16",
        ),
        (
            r#"{"USERS": [1, "x"]}"#,
            "error: --fields: `USERS[1]`: expected an integer, found a string",
        ),
    ] {
        let out = b24(args(&mock, "im.chat.add", &["--fields", fields])).await;
        assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
        assert!(
            text(&out.stderr).starts_with(needle),
            "{needle}\n{}",
            text(&out.stderr)
        );
        assert_eq!(text(&out.stdout), "");
    }
    assert_eq!(
        mock.request_count(),
        before,
        "no request reached the emulator"
    );
    assert_eq!(mock.chats().len(), chats);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_emulator_that_is_gone_exits_5() {
    let mock = portal().await;
    let url = mock.webhook_url();
    // Reachable first, so the failure below is the shutdown's doing.
    let out = b24(vec![
        "im.chat.add".into(),
        "--url".into(),
        url.clone(),
        "--title".into(),
        "up".into(),
    ])
    .await;
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    mock.shutdown().await;
    let out = b24(vec![
        "im.chat.add".into(),
        "--url".into(),
        url,
        "--retries".into(),
        "0".into(),
        "--title".into(),
        "down".into(),
    ])
    .await;
    assert_eq!(out.status.code(), Some(5), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).starts_with("error: im.chat.add: could not connect to the portal:"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(text(&out.stdout), "");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_url_exits_8_without_calling() {
    let mock = portal().await;
    let token = mock.oauth_token();
    let before = mock.request_count();
    // A token alone (from the environment) does not say where the portal is.
    let out = b24_env(
        vec!["im.chat.add".into(), "--title".into(), "x".into()],
        &[("B24_TOKEN", token.expose())],
    )
    .await;
    assert_eq!(out.status.code(), Some(8), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert!(
        stderr.starts_with("error: no portal to call: give --url or set B24_WEBHOOK_URL"),
        "{stderr}"
    );
    assert!(!stderr.contains(token.expose()), "{stderr}");
    // And with nothing at all.
    let out = b24(vec!["im.chat.add".into()]).await;
    assert_eq!(out.status.code(), Some(8), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("no portal to call"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(mock.request_count(), before);
    assert!(mock.chats().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_expired_token_exits_7() {
    let mock = portal().await;
    let token = mock.oauth_token();
    let call = |title: &str| {
        vec![
            "im.chat.add".to_owned(),
            "--url".into(),
            mock.oauth_base_url(),
            "--token".into(),
            token.expose().to_owned(),
            "--title".into(),
            title.to_owned(),
        ]
    };
    // The token works until it expires.
    let out = b24(call("before")).await;
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    mock.expire_token(&token);
    let out = b24(call("after")).await;
    assert_eq!(out.status.code(), Some(7), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert!(
        stderr.starts_with("error: im.chat.add failed: expired_token (HTTP 401)"),
        "{stderr}"
    );
    assert!(stderr.contains("check the credentials"), "{stderr}");
    assert!(!stderr.contains(token.expose()), "{stderr}");
    let titles: Vec<String> = mock.chats().into_iter().map(|c| c.title).collect();
    assert_eq!(titles, ["before"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_webhook_without_the_scope_exits_7() {
    let mock = portal().await;
    let hook = mock.add_webhook(1, ["crm", "user"]);
    let out = b24(vec![
        "im.chat.add".into(),
        "--url".into(),
        hook.url.clone(),
        "--title".into(),
        "x".into(),
    ])
    .await;
    assert_eq!(out.status.code(), Some(7), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert!(
        stderr.starts_with("error: im.chat.add failed: insufficient_scope (HTTP"),
        "{stderr}"
    );
    assert!(stderr.contains("check the credentials"), "{stderr}");
    assert!(!stderr.contains(hook.secret.expose()), "{stderr}");
    assert!(mock.chats().is_empty());
}

/// `--all` follows a list method's pages (fifty a page in the emulator)
/// and prints one item a line; `--filter`, `--order` and `--select` take
/// the documented JSON forms, checked against the deal's fields.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn crm_deal_list_all_prints_every_matching_deal_a_line_in_order() {
    let mock = portal().await;
    let client = client(&mock);
    for i in 0..120 {
        let fields = bitrix24::crm::DealFields::new()
            .title(format!("Deal {i}"))
            .opportunity(f64::from(i * 10));
        client
            .call(&bitrix24::crm::deal::Add::new().fields(fields))
            .await
            .unwrap();
    }
    let out = b24(args(
        &mock,
        "crm.deal.list",
        &[
            "--all",
            "--filter",
            r#"{">=OPPORTUNITY": 100, "%TITLE": "deal"}"#,
            "--order",
            r#"{"OPPORTUNITY": "desc"}"#,
            "--select",
            r#"["ID", "OPPORTUNITY"]"#,
        ],
    ))
    .await;
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let lines: Vec<serde_json::Value> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    // Deals 10..=119 have 100 or more: 110 of them, over three pages.
    assert_eq!(lines.len(), 110);
    let amounts: Vec<f64> = lines
        .iter()
        .map(|d| d["OPPORTUNITY"].as_str().unwrap().parse().unwrap())
        .collect();
    assert_eq!(amounts.first(), Some(&1190.0));
    assert_eq!(amounts.last(), Some(&100.0));
    assert!(amounts.windows(2).all(|w| w[0] > w[1]), "sorted as asked");
    assert!(
        lines.iter().all(|d| d.get("TITLE").is_none()),
        "only what was selected"
    );

    // A field the deal does not have is caught before anything is sent.
    let out = b24(args(
        &mock,
        "crm.deal.list",
        &["--filter", r#"{">=OPORTUNITY": 1}"#],
    ))
    .await;
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("did you mean `OPPORTUNITY`"),
        "{}",
        text(&out.stderr)
    );
}

/// crm.item.* from the shell: `--entity-type-id` picks the kind, the
/// fields go by their lowerCamel names (user fields `ufCrm...` too), and
/// `--all` on crm.item.list follows the pages of the result's `items`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn crm_item_add_and_list_all_work_by_item_names() {
    let mock = portal().await;
    for i in 0..60 {
        let fields =
            format!(r#"{{"title": "Item {i}", "opportunity": {i}, "ufCrmRegion": "north"}}"#);
        let out = b24(args(
            &mock,
            "crm.item.add",
            &["--entity-type-id", "2", "--fields", &fields],
        ))
        .await;
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let added: serde_json::Value = serde_json::from_str(&text(&out.stdout)).unwrap();
        assert_eq!(added["item"]["title"], format!("Item {i}"));
    }
    let out = b24(args(
        &mock,
        "crm.item.list",
        &[
            "--entity-type-id",
            "2",
            "--all",
            "--filter",
            r#"{"ufCrmRegion": "north", "<opportunity": 55}"#,
            "--order",
            r#"{"opportunity": "DESC"}"#,
            "--select",
            r#"["id", "opportunity"]"#,
        ],
    ))
    .await;
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let amounts: Vec<i64> = text(&out.stdout)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["opportunity"]
                .as_i64()
                .unwrap()
        })
        .collect();
    assert_eq!(
        amounts,
        (0..55).rev().collect::<Vec<i64>>(),
        "two pages, sorted"
    );

    // A field no item has is caught before anything is sent.
    let out = b24(args(
        &mock,
        "crm.item.list",
        &["--entity-type-id", "2", "--filter", r#"{"oportunity": 1}"#],
    ))
    .await;
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("did you mean `opportunity`"),
        "{}",
        text(&out.stderr)
    );
}

/// `--all` on tasks.task.list, whose items sit in the result's `tasks`:
/// every matching task a line, in the order asked for, across three pages.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tasks_task_list_all_prints_every_matching_task_a_line_in_order() {
    let mock = portal().await;
    let client = client(&mock);
    for i in 0..130_i64 {
        let fields = bitrix24::tasks::Task::new()
            .title(format!("Task {i}"))
            .responsible_id(if i % 10 == 0 { 2 } else { 1 })
            .time_estimate(i * 60);
        client
            .call(&bitrix24::tasks::task::Add::new(fields))
            .await
            .unwrap();
    }
    let out = b24(args(
        &mock,
        "tasks.task.list",
        &[
            "--all",
            "--filter",
            r#"{"RESPONSIBLE_ID": 1, ">=TIME_ESTIMATE": 600}"#,
            "--order",
            r#"{"TIME_ESTIMATE": "asc"}"#,
            "--select",
            r#"["ID", "TIME_ESTIMATE"]"#,
        ],
    ))
    .await;
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let lines: Vec<serde_json::Value> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    // Tasks 10..=129 estimate 600 s or more; every tenth is user 2's:
    // 120 - 12 = 108 of them, over three pages.
    assert_eq!(lines.len(), 108);
    let estimates: Vec<i64> = lines
        .iter()
        .map(|t| t["timeEstimate"].as_str().unwrap().parse().unwrap())
        .collect();
    assert_eq!(estimates.first(), Some(&660));
    assert_eq!(estimates.last(), Some(&(129 * 60)));
    assert!(estimates.windows(2).all(|w| w[0] < w[1]), "sorted as asked");
    assert!(
        lines.iter().all(|t| t.get("title").is_none()),
        "only what was selected"
    );
}

/// `b24 tasks.task.list@v3 --all` follows REST 3.0 pages (`pagination`,
/// twenty a page here) and takes `select` paths through linked users.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rest3_task_list_all_follows_pagination_and_selects_linked_users() {
    let mock = portal().await;
    let client = client(&mock);
    for i in 0..45_i64 {
        let fields = bitrix24::tasks::TaskItemNew::new(format!("Task {i}"), 1, 2);
        client
            .call(&bitrix24::tasks::v3::task::Add::new(fields))
            .await
            .unwrap();
    }
    let out = b24(args(
        &mock,
        "tasks.task.list@v3",
        &[
            "--all",
            "--filter",
            r#"[["id", ">", 3]]"#,
            "--order",
            r#"{"id": "DESC"}"#,
            "--select",
            r#"["id", "title", "responsible.name"]"#,
            "--pagination",
            r#"{"limit": 20}"#,
        ],
    ))
    .await;
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let lines: Vec<serde_json::Value> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let ids: Vec<i64> = lines.iter().map(|t| t["id"].as_i64().unwrap()).collect();
    assert_eq!(
        ids,
        (4..=45).rev().collect::<Vec<_>>(),
        "42 tasks over three pages"
    );
    assert_eq!(lines[0]["title"], "Task 44");
    assert_eq!(lines[0]["responsible"]["id"], 2);
    assert!(lines[0]["responsible"]["name"].is_string());

    // A path through a field that is no object is refused before sending.
    let before = mock.request_count();
    let out = b24(args(
        &mock,
        "tasks.task.list@v3",
        &["--select", r#"["title.length"]"#],
    ))
    .await;
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("`title` is not an object"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(mock.request_count(), before);
}

/// `b24 user.get --all` follows the pages of user.get (fifty a page) and
/// prints a user a line, filtered and sorted as asked; a filter on a field
/// the user does not have is caught before anything is sent.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn user_get_all_prints_every_matching_user_a_line_in_order() {
    let mock = portal().await;
    for i in 0..110 {
        mock.add_user(&format!("Walker{i:03}"), "Okafor");
    }
    let out = b24(args(
        &mock,
        "user.get",
        &[
            "--all",
            "--filter",
            r#"{"LAST_NAME": "Okafor", "%NAME": "walker1"}"#,
            "--sort",
            "NAME",
            "--order",
            "desc",
            "--select",
            r#"["NAME"]"#,
        ],
    ))
    .await;
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let names: Vec<String> = text(&out.stdout)
        .lines()
        .map(|l| {
            let user: serde_json::Value = serde_json::from_str(l).unwrap();
            assert!(user.get("LAST_NAME").is_none(), "only what was selected");
            user["NAME"].as_str().unwrap().to_owned()
        })
        .collect();
    // Walker100..=Walker109 contain "walker1", whatever the case.
    assert_eq!(names.len(), 10);
    assert_eq!(names.first().map(String::as_str), Some("Walker109"));
    assert_eq!(names.last().map(String::as_str), Some("Walker100"));
    assert!(names.windows(2).all(|w| w[0] > w[1]), "sorted as asked");

    // All 110 across three pages, plus the five seeded employees.
    let out = b24(args(&mock, "user.get", &["--all"])).await;
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).lines().count(), 115);

    let out = b24(args(
        &mock,
        "user.get",
        &["--filter", r#"{"LAST_NAMES": "Okafor"}"#],
    ))
    .await;
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("did you mean `LAST_NAME`"),
        "{}",
        text(&out.stderr)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_photo_flag_at_a_path_uploads_that_file_under_its_name() {
    let mock = portal().await;
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("b24-emulator-upload");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("face.png");
    let bytes: Vec<u8> = (0..=255).rev().collect();
    std::fs::write(&path, &bytes).unwrap();
    let at = format!("@{}", path.display());
    let out = b24(args(
        &mock,
        "crm.contact.add",
        &["--name", "Ann", "--photo", &at],
    ))
    .await;
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let id = text(&out.stdout).trim().to_owned();
    let out = b24(args(&mock, "crm.contact.get", &["--id", &id])).await;
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let contact: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let file: i64 = contact["PHOTO"]["id"].as_str().unwrap().parse().unwrap();
    let kept = mock.crm_file(file).unwrap();
    assert_eq!(kept.name, "face.png");
    assert_eq!(kept.content, bytes);

    // A path that cannot be read is refused before anything is sent.
    let missing = format!("@{}", dir.join("none.png").display());
    let out = b24(args(&mock, "crm.contact.add", &["--photo", &missing])).await;
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("cannot read") && stderr.contains("none.png"),
        "{stderr}"
    );
}
