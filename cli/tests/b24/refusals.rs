//! Input `b24` refuses before sending anything, each refusal naming
//! the flag, file or position that was wrong.

use super::temp_file;
use crate::support::{self, Portal, b24, call};
use serde_json::json;

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
