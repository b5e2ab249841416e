//! Mistakes `b24` must not let pass without a word: an empty list, an
//! integer past the 64-bit range, several bad flags in one run, an answer
//! without its documented result.

mod support;

use serde_json::json;
use support::{Portal, Reply, call};

#[test]
fn an_empty_list_flag_is_refused_and_brackets_send_an_empty_list() {
    let portal = Portal::ok(json!(true));
    let run = call(
        &portal,
        "im.chat.user.add",
        &["--chat-id", "5", "--users", ""],
    )
    .run()
    .expect(2);
    assert!(
        run.stderr
            .contains("the list is empty; give its items (`1,2`), or `[]` to send an empty list"),
        "{run:#?}"
    );
    assert!(portal.requests().is_empty());
    call(
        &portal,
        "im.chat.user.add",
        &["--chat-id", "5", "--users", "[]"],
    )
    .run()
    .expect(0);
    assert_eq!(portal.only_request().json()["USERS"], json!([]));
}

#[test]
fn an_integer_past_the_64_bit_range_is_refused() {
    let portal = Portal::ok(json!(true));
    for args in [
        &["--chat-id", "18446744073709551616"][..],
        &["--chat-id", "5", "--users", "[9223372036854775808]"][..],
        &["--params", r#"{"CHAT_ID": 9223372036854775808}"#][..],
    ] {
        let run = call(&portal, "im.chat.user.add", args).run().expect(2);
        assert!(
            run.stderr.contains("beyond the 64-bit integer range"),
            "{args:?}: {run:#?}"
        );
    }
    assert!(portal.requests().is_empty());
}

#[test]
fn every_bad_flag_of_a_run_is_reported_at_once() {
    let portal = Portal::ok(json!(true));
    let run = call(
        &portal,
        "im.chat.user.add",
        &[
            "--chat-id",
            "five",
            "--users",
            "1,x",
            "--hide-history",
            "maybe",
        ],
    )
    .run()
    .expect(2);
    let errors: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.starts_with("error: "))
        .collect();
    assert_eq!(errors.len(), 3, "{run:#?}");
    assert!(errors[0].contains("'--chat-id <INTEGER>'") && errors[0].contains("`five`"));
    assert!(errors[1].contains("'--users <INTEGER,...>'") && errors[1].contains("`x`"));
    assert!(errors[2].contains("--hide-history") && errors[2].contains("`maybe`"));
    assert!(portal.requests().is_empty());
}

#[test]
fn an_answer_without_the_documented_result_exits_6() {
    // HTTP 200 with a `time` block and no `result`, and with `result: null`.
    for body in [json!({"time": {"start": 1.0}}), json!({"result": null})] {
        let portal = Portal::start(move |_| Reply::Json(200, body.clone()));
        let run = call(&portal, "im.chat.add", &["--title", "x"])
            .run()
            .expect(6);
        assert!(run.stdout.is_empty(), "{run:#?}");
        assert!(
            run.stderr.contains("unexpected answer from im.chat.add")
                || run.stderr.contains("not what the documentation describes"),
            "{run:#?}"
        );
    }
    // A result of another kind than the page's.
    let portal = Portal::ok(json!({"chat": 5}));
    let run = call(&portal, "im.chat.add", &[]).run().expect(6);
    assert!(
        run.stderr
            .contains("the result is an object; its page documents a result of type `integer`"),
        "{run:#?}"
    );
}
