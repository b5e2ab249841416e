//! How `b24` ends when the call fails: one exit code per kind of
//! failure, and never a secret in what it prints.

use crate::support::{self, Portal, Reply, WEBHOOK_SECRET, b24, call, closed_port, error};
use serde_json::json;

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
