//! What `b24` prints: compact or pretty JSON, the dry run, the method
//! list and descriptions, a list method's envelope.

use crate::support::{self, Portal, Reply, b24, call};
use serde_json::json;

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
