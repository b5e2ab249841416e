//! What `b24` sends: typed flags in each method's own spelling, JSON
//! params from files and stdin, the credentials from flags or the
//! environment, and which source wins.

use super::temp_file;
use crate::support::{Portal, WEBHOOK_SECRET, b24, call};
use serde_json::json;

#[test]
fn im_chat_add_sends_typed_flags_in_the_documented_spelling() {
    let portal = Portal::ok(json!(42));
    let run = call(
        &portal,
        "im.chat.add",
        &[
            "--users",
            "103,547",
            "--type",
            "open",
            "--color",
            "pink",
            "--title",
            "Deal chat",
            "--entity-type",
            "crm",
            "--entity-id",
            "DEAL|1663",
        ],
    )
    .run()
    .expect(0);
    assert_eq!(run.stdout, "42\n");
    assert_eq!(run.stderr, "");
    let request = portal.only_request();
    assert_eq!(
        request.path,
        format!("/rest/1/{WEBHOOK_SECRET}/im.chat.add")
    );
    assert_eq!(request.content_type, "application/json");
    assert_eq!(
        request.json(),
        json!({"USERS": [103, 547], "TYPE": "OPEN", "COLOR": "PINK", "TITLE": "Deal chat",
               "ENTITY_TYPE": "CRM", "ENTITY_ID": "DEAL|1663"})
    );
}

#[test]
fn one_entity_flag_sets_entity_type_and_entity_id_together() {
    let portal = Portal::ok(json!(42));
    let run = call(
        &portal,
        "im.chat.add",
        &["--title", "Deal chat", "--entity", "crm:DEAL|1663"],
    )
    .run()
    .expect(0);
    assert_eq!(run.stdout, "42\n");
    assert_eq!(run.stderr, "");
    assert_eq!(
        portal.only_request().json(),
        json!({"TITLE": "Deal chat", "ENTITY_TYPE": "CRM", "ENTITY_ID": "DEAL|1663"})
    );

    let portal = Portal::ok(json!(1));
    for (args, needles) in [
        (
            vec!["--entity", "deal:1663"],
            vec![
                "invalid value 'deal:1663' for '--entity <KIND:ID>'",
                "`deal` is not a valid value",
                "VIDEOCONF, AI_ASSISTANT_PRIVATE, LINES, LIVECHAT, ANNOUNCEMENT, CALENDAR, \
                 MAIL, CRM, SONET_GROUP, TASKS_TASK, TASKS, CALL",
            ],
        ),
        (
            vec!["--entity", "crm"],
            vec![
                "invalid value 'crm' for '--entity <KIND:ID>'",
                "missing `:`; expected --entity KIND:ID",
                "such as --entity CRM:<ENTITY_ID>",
            ],
        ),
        (
            vec!["--entity", "crm:DEAL|1", "--entity-type", "tasks"],
            vec!["'--entity <KIND:ID>' cannot be used with '--entity-type <VALUE>'"],
        ),
        (
            vec!["--entity-id", "7", "--entity", "tasks:7"],
            vec!["'--entity-id <TEXT>' cannot be used with '--entity <KIND:ID>'"],
        ),
    ] {
        let run = call(&portal, "im.chat.add", &args).run().expect(2);
        for needle in needles {
            assert!(run.stderr.contains(needle), "{args:?}: {needle}\n{run:#?}");
        }
    }
    assert!(portal.requests().is_empty(), "nothing is sent");
}

#[test]
fn imbot_sends_its_own_spelling_nested_fields_and_the_bot_token() {
    let portal = Portal::ok(json!({"chat": {"id": 5}}));
    let run = call(
        &portal,
        "imbot.v2.Chat.add",
        &[
            "--bot-token",
            "b0t-t0ken",
            "--bot-id",
            "456",
            "--title",
            "Support",
            "--fields.color",
            "PINK",
            "--user-ids",
            "1,2",
            "--user-ids",
            "3",
        ],
    )
    .run()
    .expect(0);
    assert_eq!(run.stdout, "{\"chat\":{\"id\":5}}\n", "compact when piped");
    let request = portal.only_request();
    assert_eq!(
        request.path,
        format!("/rest/1/{WEBHOOK_SECRET}/imbot.v2.Chat.add")
    );
    assert_eq!(
        request.json(),
        json!({"botId": 456, "fields": {"title": "Support", "color": "pink", "userIds": [1, 2, 3]},
               "botToken": "b0t-t0ken"})
    );
    // Light blue in the spellings people type.
    for given in ["lightblue", "light-blue", "LIGHT_BLUE"] {
        let portal = Portal::ok(json!({}));
        call(
            &portal,
            "imbot.v2.Chat.add",
            &[
                "--bot-token",
                "b0t-t0ken",
                "--bot-id",
                "1",
                "--color",
                given,
            ],
        )
        .run()
        .expect(0);
        assert_eq!(portal.only_request().json()["fields"]["color"], "lightBlue");
    }
}

#[test]
fn the_environment_gives_the_url_and_the_tokens() {
    let portal = Portal::ok(json!({"chat": {"id": 5}}));
    b24(["imbot.v2.Chat.add", "--bot-id", "7"])
        .env("B24_WEBHOOK_URL", &portal.webhook())
        .env("B24_BOT_TOKEN", "env-b0t-t0ken")
        .run()
        .expect(0);
    assert_eq!(
        portal.only_request().json(),
        json!({"botId": 7, "botToken": "env-b0t-t0ken"})
    );

    let portal = Portal::ok(json!(1));
    b24(["im.chat.add", "--title", "x"])
        .env("B24_WEBHOOK_URL", portal.base())
        .env("B24_TOKEN", "0auth-t0ken")
        .run()
        .expect(0);
    let request = portal.only_request();
    assert_eq!(request.path, "/rest/im.chat.add");
    assert_eq!(request.json(), json!({"TITLE": "x", "auth": "0auth-t0ken"}));
}

#[test]
fn an_oauth_token_is_sent_as_auth_and_needs_no_bot_token() {
    let portal = Portal::ok(json!({"chat": {"id": 5}}));
    let base = format!("{}/rest/", portal.base());
    b24([
        "imbot.v2.Chat.add",
        "--url",
        &base,
        "--token",
        "0auth-t0ken",
        "--bot-id",
        "9",
    ])
    .run()
    .expect(0);
    let request = portal.only_request();
    assert_eq!(request.path, "/rest/imbot.v2.Chat.add");
    assert_eq!(request.json(), json!({"botId": 9, "auth": "0auth-t0ken"}));
}

#[test]
fn typed_flags_merge_over_the_json_and_win() {
    let portal = Portal::ok(json!(1));
    call(
        &portal,
        "im.chat.add",
        &[
            "--fields",
            r#"{"TITLE": "from json", "USERS": [1], "color": "x", "COLOR": "red", "OWNER_ID": 7}"#,
            "--title",
            "from flag",
            "--users",
            "2,3",
        ],
    )
    .run()
    .expect(0);
    assert_eq!(
        portal.only_request().json(),
        json!({"TITLE": "from flag", "USERS": [2, 3], "color": "x", "COLOR": "RED", "OWNER_ID": 7}),
        "flags replace, JSON enums are normalised, unknown keys pass through"
    );

    let portal = Portal::ok(json!({}));
    let run = call(
        &portal,
        "imbot.v2.Chat.add",
        &[
            "--bot-token",
            "b0t-t0ken",
            "--params",
            r#"{"botId": 1, "fields": {"title": "a", "message": "m"}}"#,
            "--fields",
            r#"{"description": "d"}"#,
            "--title",
            "b",
            "--bot-id",
            "2",
        ],
    )
    .run()
    .expect(0);
    assert_eq!(
        portal.only_request().json(),
        json!({"botId": 2, "fields": {"title": "b", "message": "m", "description": "d"},
               "botToken": "b0t-t0ken"})
    );
    assert_eq!(run.stderr, "");
}

#[test]
fn the_bot_token_flag_wins_over_params_and_params_over_the_environment() {
    let params = r#"{"botId": 1, "botToken": "from-params"}"#;
    let portal = Portal::ok(json!({}));
    call(
        &portal,
        "imbot.v2.Chat.add",
        &["--params", params, "--bot-token", "from-flag"],
    )
    .env("B24_BOT_TOKEN", "from-env")
    .run()
    .expect(0);
    assert_eq!(portal.only_request().json()["botToken"], "from-flag");
    let portal = Portal::ok(json!({}));
    call(&portal, "imbot.v2.Chat.add", &["--params", params])
        .env("B24_BOT_TOKEN", "from-env")
        .run()
        .expect(0);
    assert_eq!(portal.only_request().json()["botToken"], "from-params");
}

#[test]
fn unknown_keys_are_sent_with_a_warning_and_no_check_sends_json_as_given() {
    let portal = Portal::ok(json!(1));
    let run = call(
        &portal,
        "im.chat.add",
        &["--fields", r#"{"OWNER_ID": 7, "COLOR": "pink"}"#],
    )
    .run()
    .expect(0);
    assert!(
        run.stderr
            .contains("warning: `OWNER_ID` is not a parameter of im.chat.add"),
        "{run:#?}"
    );
    assert_eq!(portal.only_request().json()["COLOR"], "PINK");

    let portal = Portal::ok(json!(1));
    call(
        &portal,
        "im.chat.add",
        &[
            "--no-check",
            "--fields",
            r#"{"COLOR": "pink", "USERS": "x"}"#,
        ],
    )
    .run()
    .expect(0);
    assert_eq!(
        portal.only_request().json(),
        json!({"COLOR": "pink", "USERS": "x"})
    );

    let portal = Portal::ok(json!({}));
    let run = call(
        &portal,
        "imbot.v2.Chat.add",
        &[
            "--bot-token",
            "b0t-t0ken",
            "--bot-id",
            "1",
            "--fields",
            r#"{"colour": "red"}"#,
        ],
    )
    .run()
    .expect(0);
    assert_eq!(
        run.stderr,
        "warning: `fields.colour` is not a field the schema knows; sent as given\n"
    );
    assert_eq!(
        portal.only_request().json()["fields"],
        json!({"colour": "red"})
    );
}

#[test]
fn params_come_from_at_files_plain_json_paths_and_stdin() {
    let file = temp_file("chat.json", r#"{"TITLE": "from file", "USERS": [5]}"#);
    let expected = json!({"TITLE": "from file", "USERS": [5]});

    let portal = Portal::ok(json!(1));
    let at = format!("@{}", file.display());
    call(&portal, "im.chat.add", &["--fields", &at])
        .run()
        .expect(0);
    assert_eq!(portal.only_request().json(), expected);

    let portal = Portal::ok(json!(1));
    call(&portal, "im.chat.add", &["--fields", "chat.json"])
        .dir(file.parent().unwrap())
        .run()
        .expect(0);
    assert_eq!(portal.only_request().json(), expected, "plain .json path");

    let portal = Portal::ok(json!(1));
    call(&portal, "im.chat.add", &["--params", "-"])
        .stdin(r#"{"TITLE": "from file", "USERS": [5]}"#)
        .run()
        .expect(0);
    assert_eq!(portal.only_request().json(), expected, "stdin");

    // An object param's own flag takes the same forms.
    let fields = temp_file("bot-fields.json", r#"{"title": "T", "color": "MINT"}"#);
    let portal = Portal::ok(json!({}));
    call(
        &portal,
        "imbot.v2.Chat.add",
        &["--bot-token", "b0t-t0ken", "--bot-id", "1", "--fields"],
    )
    .run()
    .expect(2); // --fields needs a value
    assert!(portal.requests().is_empty());
    call(
        &portal,
        "imbot.v2.Chat.add",
        &[
            "--bot-token",
            "b0t-t0ken",
            "--bot-id",
            "1",
            "--fields",
            fields.to_str().unwrap(),
        ],
    )
    .run()
    .expect(0);
    assert_eq!(
        portal.only_request().json()["fields"],
        json!({"title": "T", "color": "mint"})
    );
}
