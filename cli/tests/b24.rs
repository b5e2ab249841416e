//! End-to-end tests of the real `b24` binary against a portal on loopback.

mod support;

use serde_json::json;
use support::{B24, Portal, Reply, WEBHOOK_SECRET, b24, closed_port, error};

/// `b24 METHOD --url <portal's webhook> ARGS`.
fn call(portal: &Portal, method: &str, args: &[&str]) -> B24 {
    let mut all = vec![method.to_owned(), "--url".into(), portal.webhook()];
    all.extend(args.iter().map(|s| (*s).to_owned()));
    b24(all)
}

/// A file under the test's own temporary folder.
fn temp_file(name: &str, content: &str) -> std::path::PathBuf {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("b24-tests");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    path
}

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

#[test]
fn urls_are_refused_for_json_input() {
    let portal = Portal::ok(json!(1));
    for url in ["https://example.com/chat.json", "http://127.0.0.1:1/x.json"] {
        let run = call(&portal, "im.chat.add", &["--fields", url])
            .run()
            .expect(2);
        assert!(run.stderr.contains("URLs are not fetched"), "{run:#?}");
    }
    assert!(portal.requests().is_empty());
}

#[test]
fn bad_json_is_an_error_that_points_at_the_position() {
    let portal = Portal::ok(json!(1));
    let file = temp_file(
        "broken.json",
        "{\n  \"TITLE\": \"x\",\n  \"USERS\": [1 2]\n}\n",
    );
    let at = format!("@{}", file.display());
    let run = call(&portal, "im.chat.add", &["--fields", &at])
        .run()
        .expect(2);
    assert!(
        run.stderr.contains(&format!(
            "error: --fields: invalid JSON in file {} at line 3, column 15: expected `,` or `]`",
            file.display()
        )),
        "{run:#?}"
    );
    assert!(
        run.stderr
            .contains("  3 |   \"USERS\": [1 2]\n    |               ^\n"),
        "{run:#?}"
    );

    let run = call(&portal, "im.chat.add", &["--params", r#"{"TITLE": "x""#])
        .run()
        .expect(2);
    assert!(
        run.stderr.contains("line 1, column 13: EOF while parsing"),
        "{run:#?}"
    );

    let run = call(&portal, "im.chat.add", &["--params", "[1, 2]"])
        .run()
        .expect(2);
    assert!(run.stderr.contains("must be a JSON object"), "{run:#?}");

    let run = call(
        &portal,
        "im.chat.add",
        &["--params", r#"{"USERS": [1, "x"]}"#],
    )
    .run()
    .expect(2);
    assert!(
        run.stderr
            .contains("`USERS[1]`: expected an integer, found a string"),
        "{run:#?}"
    );
    assert!(portal.requests().is_empty(), "nothing is sent");
}

#[test]
fn a_duplicate_key_is_an_error_that_points_at_the_position() {
    let portal = Portal::ok(json!(1));
    // Even a dry run refuses: serde_json would keep only the last value.
    let run = call(
        &portal,
        "im.chat.add",
        &["--dry-run", "--fields", r#"{"TITLE":"a","TITLE":"b"}"#],
    )
    .run()
    .expect(2);
    assert_eq!(run.stdout, "", "{run:#?}");
    assert_eq!(
        run.stderr,
        "error: --fields: duplicate key `TITLE` at line 1, column 14: already given at line 1, \
         column 2; give each key once\n    |\n  1 | {\"TITLE\":\"a\",\"TITLE\":\"b\"}\n    \
         |              ^\n"
    );

    // Nested, in a file, given to an object param's own flag.
    let file = temp_file(
        "duplicate-field.json",
        "{\n  \"title\": \"a\",\n  \"color\": \"RED\", \"title\": \"b\"\n}\n",
    );
    let at = format!("@{}", file.display());
    let run = call(
        &portal,
        "imbot.v2.Chat.add",
        &["--bot-token", "b0t-t0ken", "--bot-id", "1", "--fields", &at],
    )
    .run()
    .expect(2);
    assert_eq!(
        run.stderr,
        format!(
            "error: --fields: duplicate key `title` in file {} at line 3, column 19: already \
             given at line 2, column 3; give each key once\n    |\n  3 |   \"color\": \"RED\", \
             \"title\": \"b\"\n    |                   ^\n",
            file.display()
        )
    );

    // Deeper, in --params from standard input; a secret on the line is masked.
    let run = call(&portal, "imbot.v2.Chat.add", &["--params", "-"])
        .stdin(r#"{"botId": 1, "fields": {"userIds": [1], "userIds": [2]}, "botToken": "b0t-t0ken-dup"}"#)
        .run()
        .expect(2);
    assert_eq!(
        run.stderr,
        "error: --params: duplicate key `fields.userIds` in standard input at line 1, column 41: \
         already given at line 1, column 25; give each key once\n    |\n  1 | {\"botId\": 1, \
         \"fields\": {\"userIds\": [1], \"userIds\": [2]}, \"botToken\": \"**********…\n    \
         |                                         ^\n"
    );
    assert!(!run.all().contains("b0t-t0ken-dup"), "{run:#?}");
    assert!(portal.requests().is_empty(), "nothing is sent");
}

#[test]
fn json_errors_name_the_flag_as_typed() {
    let portal = Portal::ok(json!(1));
    for flag in ["--fields", "--params"] {
        // A value of the wrong type in the JSON.
        let run = call(&portal, "im.chat.add", &[flag, r#"{"USERS": [1, "x"]}"#])
            .run()
            .expect(2);
        assert_eq!(
            run.stderr,
            format!("error: {flag}: `USERS[1]`: expected an integer, found a string (\"x\")\n"),
        );
        // Not JSON.
        let run = call(&portal, "im.chat.add", &[flag, "{"]).run().expect(2);
        assert!(
            run.stderr.starts_with(&format!(
                "error: {flag}: invalid JSON at line 1, column 1: EOF while parsing an object\n"
            )),
            "{run:#?}"
        );
        // Not an object; and the `=` spelling.
        let run = call(&portal, "im.chat.add", &[&format!("{flag}=[1]")])
            .run()
            .expect(2);
        assert_eq!(
            run.stderr,
            format!(
                "error: {flag} must be a JSON object of params ({{\"NAME\": value, ...}}), not an array\n"
            ),
        );
    }
    // A flag value that only looks like the alias does not count as it.
    let run = call(
        &portal,
        "im.chat.add",
        &["--title=--fields", "--params", r#"{"COLOR": 1}"#],
    )
    .run()
    .expect(2);
    assert!(
        run.stderr.starts_with("error: --params: `COLOR`"),
        "{run:#?}"
    );
    assert!(portal.requests().is_empty(), "nothing is sent");
}

#[test]
fn bad_flag_values_name_the_flag_before_anything_is_sent() {
    let portal = Portal::ok(json!(1));
    for (args, needles) in [
        (
            vec!["--users", "103,abc"],
            vec!["'--users <INTEGER,...>'", "`abc` is not an integer"],
        ),
        (
            vec!["--color", "purpl"],
            vec![
                "'--color <VALUE>'",
                "did you mean `PURPLE`?",
                "RED, GREEN, MINT, LIGHT_BLUE",
            ],
        ),
        (
            vec!["--type", "public"],
            vec!["expected one of: OPEN, CHAT"],
        ),
        (
            vec!["--colour", "red"],
            vec!["unexpected argument '--colour'", "--color"],
        ),
        (
            vec!["--entity-typ", "crm"],
            vec!["unexpected argument '--entity-typ'", "--entity-type"],
        ),
        (
            vec!["--avatar", "@/no/such/file.png"],
            vec!["'--avatar <BASE64|@PATH>'", "cannot read"],
        ),
    ] {
        let run = call(&portal, "im.chat.add", &args).run().expect(2);
        for needle in needles {
            assert!(run.stderr.contains(needle), "{args:?}: {needle}\n{run:#?}");
        }
    }
    let run = call(
        &portal,
        "imbot.v2.Chat.add",
        &["--bot-token", "b0t-t0ken", "--bot-id", "x1"],
    )
    .run()
    .expect(2);
    assert!(run.stderr.contains("'--bot-id <INTEGER>'"), "{run:#?}");
    assert!(portal.requests().is_empty());
}

#[test]
fn required_params_and_credentials_are_checked_before_sending() {
    let portal = Portal::ok(json!({}));
    let run = call(&portal, "imbot.v2.Chat.add", &["--bot-token", "b0t-t0ken"])
        .run()
        .expect(2);
    assert!(
        run.stderr
            .contains("imbot.v2.Chat.add requires `botId`: give --bot-id"),
        "{run:#?}"
    );
    let run = call(&portal, "imbot.v2.Chat.add", &["--bot-id", "1"])
        .run()
        .expect(8);
    assert!(
        run.stderr.contains("--bot-token or set B24_BOT_TOKEN"),
        "{run:#?}"
    );
    // The whole params given to the `fields` param's flag by mistake.
    let run = call(
        &portal,
        "imbot.v2.Chat.add",
        &[
            "--bot-token",
            "b0t-t0ken",
            "--bot-id",
            "1",
            "--fields",
            r#"{"botId": 1}"#,
        ],
    )
    .run()
    .expect(2);
    assert!(run.stderr.contains("use --params"), "{run:#?}");
    assert!(portal.requests().is_empty());
}

#[test]
fn unknown_methods_suggest_the_closest_and_case_does_not_matter() {
    let run = b24(["im.chat.ad"]).run().expect(2);
    assert!(
        run.stderr.contains("unknown method `im.chat.ad`"),
        "{run:#?}"
    );
    assert!(
        run.stderr.contains("did you mean") && run.stderr.contains("`im.chat.add`"),
        "{run:#?}"
    );
    let run = b24(["chat.add"]).run().expect(2);
    assert!(
        run.stderr
            .contains("did you mean one of `im.chat.add`, `imbot.v2.Chat.add`?"),
        "{run:#?}"
    );
    let run = b24(["describe", "imbot.v2.chat.ad"]).run().expect(2);
    assert!(run.stderr.contains("`imbot.v2.Chat.add`"), "{run:#?}");

    // Each answers with the result its page documents.
    let portal = Portal::start(|r| {
        if r.path.ends_with("/im.chat.add") {
            support::ok(json!(1))
        } else {
            support::ok(json!({"chat": {"id": 1}}))
        }
    });
    call(&portal, "IM.CHAT.ADD", &["--title", "x"])
        .run()
        .expect(0);
    call(
        &portal,
        "imbot.v2.chat.add",
        &["--bot-token", "b0t-t0ken", "--bot-id", "1"],
    )
    .run()
    .expect(0);
    let paths: Vec<String> = portal.requests().into_iter().map(|r| r.path).collect();
    assert!(paths[0].ends_with("/im.chat.add") && paths[1].ends_with("/imbot.v2.Chat.add"));
}

#[test]
fn a_portal_error_exits_3_with_its_code_and_meaning() {
    let portal = Portal::start(|_| error(400, "USERS_EMPTY"));
    let run = call(&portal, "im.chat.add", &[]).run().expect(3);
    assert_eq!(run.stdout, "");
    for needle in [
        "error: im.chat.add failed: USERS_EMPTY (HTTP 400): The portal needed participants",
        "documented message: Empty users list",
        "portal said: USERS_EMPTY happened",
        "older versions of the docs",
    ] {
        assert!(run.stderr.contains(needle), "{needle}\n{run:#?}");
    }

    let portal = Portal::start(|_| error(400, "BOT_NOT_FOUND"));
    let run = call(
        &portal,
        "imbot.v2.Chat.add",
        &["--bot-token", "b0t-t0ken", "--bot-id", "1"],
    )
    .run()
    .expect(3);
    assert!(
        run.stderr
            .contains("BOT_NOT_FOUND (HTTP 400): No bot has this id."),
        "{run:#?}"
    );
    assert!(
        run.stderr.contains("running the command again is safe"),
        "{run:#?}"
    );

    let portal = Portal::start(|_| error(400, "SOMETHING_NEW"));
    let run = call(&portal, "im.chat.add", &[]).run().expect(3);
    assert!(
        run.stderr
            .contains("SOMETHING_NEW (HTTP 400): a code the schema does not list")
    );
}

#[test]
fn refused_credentials_exit_7() {
    for (status, code) in [
        (401, "NO_AUTH_FOUND"),
        (401, "expired_token"),
        (403, "insufficient_scope"),
    ] {
        let portal = Portal::start(move |_| error(status, code));
        let run = call(&portal, "im.chat.add", &[]).run().expect(7);
        assert!(run.stderr.contains(code), "{run:#?}");
        assert!(run.stderr.contains("check the credentials"), "{run:#?}");
    }
}

#[test]
fn a_dropped_connection_after_sending_exits_4_and_is_not_resent() {
    let portal = Portal::start(|_| Reply::Drop);
    let run = call(&portal, "im.chat.add", &["--title", "once"])
        .run()
        .expect(4);
    assert!(run.stderr.contains("outcome unknown"), "{run:#?}");
    assert!(run.stderr.contains("check the portal"), "{run:#?}");
    assert_eq!(
        portal.requests().len(),
        1,
        "a non-idempotent call is never resent"
    );
}

#[test]
fn an_unreachable_portal_exits_5() {
    let run = b24(["im.chat.add", "--url", &closed_port(), "--retries", "0"])
        .run()
        .expect(5);
    assert!(run.stderr.contains("could not connect"), "{run:#?}");
}

#[test]
fn an_undocumented_answer_exits_6() {
    let portal = Portal::start(|_| Reply::Raw(200, "<html>maintenance</html>"));
    let run = call(&portal, "im.chat.add", &[]).run().expect(6);
    assert!(
        run.stderr.contains("not what the documentation describes"),
        "{run:#?}"
    );
    assert!(
        run.stderr.contains("answer: <html>maintenance</html>"),
        "{run:#?}"
    );
}

#[test]
fn configuration_problems_exit_8() {
    let run = b24(["im.chat.add"]).run().expect(8);
    assert!(
        run.stderr.contains("give --url or set B24_WEBHOOK_URL"),
        "{run:#?}"
    );
    let run = b24([
        "im.chat.add",
        "--url",
        "http://portal.example/rest/1/pl41n-secret/",
    ])
    .run()
    .expect(8);
    assert!(run.stderr.contains("plain HTTP"), "{run:#?}");
    assert!(!run.all().contains("pl41n-secret"), "{run:#?}");
    let run = b24(["im.chat.add", "--url", "https://portal.example/1/x/"])
        .run()
        .expect(8);
    assert!(run.stderr.contains("incoming webhook URL"), "{run:#?}");
    let portal = Portal::ok(json!(1));
    let run = call(&portal, "im.chat.add", &["--token", "0auth-t0ken"])
        .run()
        .expect(8);
    assert!(run.stderr.contains("with a webhook URL"), "{run:#?}");
    assert!(!run.all().contains("0auth-t0ken") && !run.all().contains(WEBHOOK_SECRET));
    assert!(portal.requests().is_empty());
}

#[test]
fn secrets_are_never_echoed() {
    let secrets = [WEBHOOK_SECRET, "b0t-t0ken-xyz", "0auth-t0ken-xyz"];
    let check = |run: &support::Run, what: &str| {
        for secret in secrets {
            assert!(
                !run.all().contains(secret),
                "{what}: {secret} shown\n{run:#?}"
            );
        }
    };
    // Verbose success and failure, webhook and bot token.
    let portal = Portal::ok(json!({"chat": {}}));
    let run = call(
        &portal,
        "imbot.v2.Chat.add",
        &[
            "-v",
            "--bot-token",
            "b0t-t0ken-xyz",
            "--bot-id",
            "1",
            "--title",
            "t",
        ],
    )
    .run()
    .expect(0);
    assert!(
        run.stderr.contains("b24: POST http://127.0.0.1:"),
        "{run:#?}"
    );
    assert!(
        run.stderr.contains("/rest/1/***/imbot.v2.Chat.add"),
        "{run:#?}"
    );
    assert!(
        run.stderr
            .contains(r#"b24: params {"botId":1,"botToken":"***","fields":{"title":"t"}}"#),
        "{run:#?}"
    );
    check(&run, "verbose");
    let portal = Portal::start(|_| error(400, "BOT_TOKEN_NOT_SPECIFIED"));
    let run = call(
        &portal,
        "imbot.v2.Chat.add",
        &[
            "--verbose",
            "--params",
            r#"{"botId": 1, "botToken": "b0t-t0ken-xyz"}"#,
        ],
    )
    .run()
    .expect(3);
    assert!(run.stderr.contains(r#""botToken":"***""#), "{run:#?}");
    check(&run, "verbose failure");
    // OAuth, verbose.
    let portal = Portal::ok(json!(1));
    let run = b24([
        "im.chat.add",
        "-v",
        "--url",
        portal.base(),
        "--token",
        "0auth-t0ken-xyz",
    ])
    .run()
    .expect(0);
    check(&run, "oauth");
    // Dry run, bad JSON holding a secret, clap's errors, help with the environment set.
    let run = call(
        &portal,
        "imbot.v2.Chat.add",
        &["--dry-run", "--bot-token", "b0t-t0ken-xyz", "--bot-id", "1"],
    )
    .run()
    .expect(0);
    check(&run, "dry run");
    let run = call(
        &portal,
        "imbot.v2.Chat.add",
        &[
            "--params",
            r#"{"botId": 1, "botToken": "b0t-t0ken-xyz" "x": 1}"#,
        ],
    )
    .run()
    .expect(2);
    assert!(run.stderr.contains("^"), "{run:#?}");
    check(&run, "bad JSON");
    let run = call(
        &portal,
        "imbot.v2.Chat.add",
        &[
            "--bot-token",
            "b0t-t0ken-xyz",
            "--bot-id",
            "x",
            "b0t-t0ken-xyz",
        ],
    )
    .run()
    .expect(2);
    check(&run, "clap error");
    let run = b24(["imbot.v2.Chat.add", "--help"])
        .env("B24_WEBHOOK_URL", &portal.webhook())
        .env("B24_TOKEN", "0auth-t0ken-xyz")
        .env("B24_BOT_TOKEN", "b0t-t0ken-xyz")
        .run()
        .expect(0);
    assert!(run.stdout.contains("[env: B24_BOT_TOKEN]"), "{run:#?}");
    check(&run, "help");
}

#[test]
fn output_is_compact_when_piped_and_pretty_on_request() {
    let result = json!({"chat": {"id": 5, "title": "T"}});
    let portal = Portal::ok(result.clone());
    let args = ["--bot-token", "b0t-t0ken", "--bot-id", "1"];
    let compact = call(&portal, "imbot.v2.Chat.add", &args).run().expect(0);
    assert_eq!(compact.stdout, format!("{result}\n"));
    let mut pretty_args = args.to_vec();
    pretty_args.push("--pretty");
    let pretty = call(&portal, "imbot.v2.Chat.add", &pretty_args)
        .run()
        .expect(0);
    assert_eq!(
        pretty.stdout,
        format!("{}\n", serde_json::to_string_pretty(&result).unwrap())
    );
    pretty_args.push("--compact");
    let last_wins = call(&portal, "imbot.v2.Chat.add", &pretty_args)
        .run()
        .expect(0);
    assert_eq!(last_wins.stdout, compact.stdout);
}

#[test]
fn output_is_pretty_on_a_terminal() {
    // `script` (util-linux) gives b24 a terminal as stdout.
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("skipped: `script` is not installed");
        return;
    }
    let portal = Portal::ok(json!({"chat": {"id": 5}}));
    let line = |extra: &str| {
        format!(
            "{} imbot.v2.Chat.add --url {} --bot-token b0t-t0ken --bot-id 1 {extra}",
            env!("CARGO_BIN_EXE_b24"),
            portal.webhook()
        )
    };
    let tty = b24(["-qec", &line(""), "/dev/null"]);
    let run = support::B24::program("script", tty).run().expect(0);
    assert!(
        run.stdout
            .contains("{\r\n  \"chat\": {\r\n    \"id\": 5\r\n  }\r\n}"),
        "{run:#?}"
    );
    let tty = b24(["-qec", &line("--compact"), "/dev/null"]);
    let run = support::B24::program("script", tty).run().expect(0);
    assert!(run.stdout.contains("{\"chat\":{\"id\":5}}"), "{run:#?}");
}

#[test]
fn dry_run_prints_what_would_be_sent_and_sends_nothing() {
    let run = b24([
        "im.chat.add",
        "--dry-run",
        "--users",
        "1",
        "--color",
        "mint",
    ])
    .run()
    .expect(0);
    assert_eq!(
        run.stdout,
        "{\"method\":\"im.chat.add\",\"params\":{\"COLOR\":\"MINT\",\"USERS\":[1]}}\n"
    );
}

/// The words of the first line of a table that starts with `first`, so
/// assertions do not depend on column widths.
fn row<'a>(table: &'a str, first: &str) -> Vec<&'a str> {
    let line = table
        .lines()
        .map(str::trim_start)
        .find(|l| l.starts_with(first));
    let mut words: Vec<&str> = line.unwrap_or_default().split_whitespace().collect();
    words.resize(8, "");
    words
}

#[test]
fn methods_describe_and_completions() {
    let run = b24(["methods"]).run().expect(0);
    assert!(run.stdout.starts_with("METHOD "), "{run:#?}");
    assert_eq!(
        row(&run.stdout, "im.chat.add ")[..4],
        ["im.chat.add", "im", "Creates", "a"],
        "{run:#?}"
    );
    assert_eq!(
        row(&run.stdout, "imbot.v2.Chat.add ")[..2],
        ["imbot.v2.Chat.add", "imbot"],
        "{run:#?}"
    );
    let listed: serde_json::Value =
        serde_json::from_str(&b24(["methods", "--json"]).run().expect(0).stdout).unwrap();
    assert_eq!(listed.as_array().unwrap().len(), bitrix24::METHODS.len());

    let run = b24(["describe", "imbot.v2.Chat.add"]).run().expect(0);
    for needle in [
        "--bot-id",
        "--bot-token",
        "--fields.color (--color)",
        "values: red, green, mint, lightBlue",
        "BOT_NOT_FOUND",
        "16 system errors",
    ] {
        assert!(run.stdout.contains(needle), "{needle}\n{}", run.stdout);
    }
    let run = b24(["describe", "im.chat.add", "--system-errors"])
        .run()
        .expect(0);
    assert!(
        run.stdout.contains("QUERY_LIMIT_EXCEEDED"),
        "{}",
        run.stdout
    );
    assert_eq!(
        row(&run.stdout, "--type ")[..5],
        ["--type", "TYPE", "ChatType", "no", "CHAT"],
        "{}",
        run.stdout
    );
    let described: serde_json::Value = serde_json::from_str(
        &b24(["describe", "im.chat.add", "--json"])
            .run()
            .expect(0)
            .stdout,
    )
    .unwrap();
    assert_eq!(described["params"][4]["flag"], "--color");
    assert_eq!(
        described["joined"],
        json!([{"name": "entity", "flag": "--entity", "params": ["ENTITY_TYPE", "ENTITY_ID"],
                "doc": "Links the chat to an external object (a CRM deal, a task, an open line...)."}])
    );
    let run = b24(["describe", "im.chat.add"]).run().expect(0);
    assert!(
        run.stdout
            .contains("--entity KIND:ID  ENTITY_TYPE (KIND) and ENTITY_ID (ID)"),
        "{}",
        run.stdout
    );
    let run = b24(["describe", "imbot.v2.Chat.add"]).run().expect(0);
    assert!(!run.stdout.contains("JOINED"), "{}", run.stdout);
    assert_eq!(described["params"][4]["values"][7], "PINK");

    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let run = b24(["completions", shell]).run().expect(0);
        assert!(run.stdout.contains("imbot.v2.Chat.add"), "{shell}");
        assert!(run.stdout.contains("bot-id"), "{shell}");
    }
    b24(["completions", "tcsh"]).run().expect(2);
    let help = b24(["--help"]).run().expect(0);
    assert!(help.stdout.contains("im.chat.add"), "{help:#?}");
}

#[test]
fn envelope_prints_a_list_methods_total_and_next_beside_the_result() {
    let portal = Portal::start(|_| {
        Reply::Json(
            200,
            json!({"result": [{"id": 7}], "total": 3, "next": 1, "time": {"start": 1.0}}),
        )
    });
    let run = call(
        &portal,
        "im.search.chat.list",
        &["--find", "support", "--compact", "--envelope"],
    )
    .run()
    .expect(0);
    assert_eq!(
        run.stdout,
        "{\"next\":1,\"result\":[{\"id\":7}],\"total\":3}\n"
    );
    assert_eq!(run.stderr, "");

    // Without it: the result alone, and a word on stderr about the next page.
    let run = call(
        &portal,
        "im.search.chat.list",
        &["--find", "support", "--compact"],
    )
    .run()
    .expect(0);
    assert_eq!(run.stdout, "[{\"id\":7}]\n");
    assert_eq!(
        run.stderr,
        "b24: one page of 3; the next starts at offset 1 (--envelope prints total and next)\n"
    );

    // A method that does not page prints no paging members.
    let portal = Portal::ok(json!(42));
    let run = call(&portal, "im.chat.add", &["--envelope", "--compact"])
        .run()
        .expect(0);
    assert_eq!(run.stdout, "{\"result\":42}\n");
}

#[test]
fn an_enum_whose_page_accepts_other_values_takes_them() {
    // COPILOT_MAIN_ROLE lists `copilot_assistant` and takes the code of any
    // available role (`unlisted: accepted`): a listed value is spelled as
    // documented, another is sent as given.
    let portal = Portal::ok(json!(42));
    call(
        &portal,
        "im.chat.add",
        &["--copilot-main-role", "smm_manager"],
    )
    .run()
    .expect(0);
    call(
        &portal,
        "im.chat.add",
        &["--copilot-main-role", "Copilot-Assistant"],
    )
    .run()
    .expect(0);
    let sent: Vec<_> = portal.requests().iter().map(|r| r.json()).collect();
    assert_eq!(sent[0], json!({"COPILOT_MAIN_ROLE": "smm_manager"}));
    assert_eq!(sent[1], json!({"COPILOT_MAIN_ROLE": "copilot_assistant"}));
    // An enum whose page lists every value still refuses others.
    let run = call(&portal, "im.chat.add", &["--type", "public"])
        .run()
        .expect(2);
    assert!(
        run.stderr.contains("expected one of: OPEN, CHAT"),
        "{}",
        run.stderr
    );
    assert_eq!(portal.requests().len(), 2);
}
