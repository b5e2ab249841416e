//! `batch`: commands encoded as query strings, each outcome decoded,
//! `halt`, the 50-command limit, and list commands' `total` and `next`.

use super::*;

#[tokio::test]
async fn batch_encodes_commands_as_query_strings_and_decodes_each_outcome() {
    let server = TestServer::start(|_| {
        Reply::Json(
            200,
            json!({
                "result": {
                    "result": {"c0": 11, "c2": 12},
                    "result_error": {"c1": {"error": "BOT_NOT_FOUND", "error_description": "Bot not found"}},
                    "result_total": [], "result_next": [], "result_time": []
                },
                "time": {"start": 1.0}
            }),
        )
    })
    .await;
    let client = fast(ClientBuilder::webhook(&server.webhook()))
        .bot_token("b0t-token")
        .build()
        .unwrap();
    let mut batch = client.batch();
    let first = batch
        .add(&im::chat::Add::new().title("A & B").users([1, 2]))
        .unwrap();
    let bot = batch
        .add(&bot_chat::Add::new(456).fields(imbot::ChatFields::new().title("Support")))
        .unwrap();
    let second = batch
        .add(&im::chat::Add::new().entity(im::ChatEntity::crm_deal(1663)))
        .unwrap();
    let debug = format!("{batch:?}");
    assert!(
        debug.contains("imbot.v2.Chat.add") && !debug.contains("b0t-token"),
        "{debug}"
    );
    let results = batch.send().await.unwrap();

    let sent = &server.requests()[0];
    assert_eq!(sent.path, "/rest/1/s3cr3t-webhook/batch");
    assert_eq!(
        sent.json(),
        json!({
            "halt": 0,
            "cmd": {
                "c0": "im.chat.add?TITLE=A+%26+B&USERS%5B0%5D=1&USERS%5B1%5D=2",
                "c1": "imbot.v2.Chat.add?botId=456&botToken=b0t-token&fields%5Btitle%5D=Support",
                "c2": "im.chat.add?ENTITY_ID=DEAL%7C1663&ENTITY_TYPE=CRM"
            }
        })
    );
    assert_eq!(results.get(first).unwrap(), 11);
    assert_eq!(results.get(second).unwrap(), 12);
    let err = results.get(bot).unwrap_err();
    assert_eq!(err.code(), Some(&bot_chat::AddError::BotNotFound));
}

#[tokio::test]
async fn batch_with_halt_reports_commands_that_did_not_run() {
    let server = TestServer::start(|_| {
        Reply::Json(200, json!({"result": {"result": [], "result_error": {"c0": {"error": "WRONG_REQUEST", "error_description": ""}}}}))
    })
    .await;
    let client = fast(ClientBuilder::webhook(&server.webhook()))
        .build()
        .unwrap();
    let mut batch = client.batch().halt(true);
    let a = batch.add(&im::chat::Add::new()).unwrap();
    let b = batch.add(&im::chat::Add::new()).unwrap();
    let results = batch.send().await.unwrap();
    assert_eq!(server.requests()[0].json()["halt"], 1);
    assert_eq!(
        results.get(a).unwrap_err().code(),
        Some(&im::chat::AddError::WrongRequest)
    );
    assert!(matches!(
        results.get(b).unwrap_err(),
        Error::NotRun {
            method: "im.chat.add"
        }
    ));
}

#[tokio::test]
async fn a_batch_never_holds_more_than_fifty_commands() {
    let client = Client::webhook("https://portal.bitrix24.com/rest/1/s3cr3t/").unwrap();
    let mut batch = client.batch();
    for _ in 0..50 {
        batch.add(&im::chat::Add::new()).unwrap();
    }
    let err = batch.add(&im::chat::Add::new()).unwrap_err();
    assert!(err.to_string().contains("at most 50"), "{err}");
    assert_eq!(batch.len(), 50);
}

#[tokio::test]
async fn a_batch_hands_back_each_list_commands_total_and_next() {
    let server = TestServer::start(|_| {
        ok(json!({
            "result": {"c0": [{"id": 7}], "c1": 1},
            "result_error": [],
            "result_total": {"c0": 3},
            "result_next": {"c0": 1},
            "result_time": {"c0": {"start": 1.0, "operating": 0.5}, "c1": {"start": 1.0}}
        }))
    })
    .await;
    let client = fast(ClientBuilder::webhook(&server.webhook()))
        .build()
        .unwrap();
    let mut batch = client.batch();
    let list = batch
        .add(&im::search::chat::List::new().find("support"))
        .unwrap();
    let add = batch.add(&im::chat::Add::new()).unwrap();
    let results = batch.send().await.unwrap();
    let page = results.get_response(list).unwrap();
    assert_eq!(page.result.len(), 1);
    assert_eq!((page.total, page.next), (Some(3), Some(1)));
    assert_eq!(page.time.and_then(|t| t.operating), Some(0.5));
    let made = results.get_response(add).unwrap();
    assert_eq!((made.result, made.total, made.next), (1, None, None));
}
