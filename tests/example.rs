//! The README's first command, `cargo run --example create_chats`, run as a
//! newcomer runs it: with no `B24_WEBHOOK_URL`, against the emulator it
//! starts itself.

use std::path::PathBuf;
use std::process::Command;

/// `cargo test` builds the examples next to the test binaries:
/// `target/<profile>/examples/`.
fn example(name: &str) -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let profile_dir = exe.parent().and_then(|deps| deps.parent()).unwrap();
    profile_dir
        .join("examples")
        .join(format!("{name}{}", std::env::consts::EXE_SUFFIX))
}

#[test]
fn create_chats_makes_a_chat_through_each_method_on_the_emulator() {
    let path = example("create_chats");
    assert!(
        path.exists(),
        "{} is missing: `cargo test` builds the examples first",
        path.display()
    );
    let out = Command::new(&path)
        .env_remove("B24_WEBHOOK_URL")
        .env_remove("B24_BOT_ID")
        .env_remove("B24_BOT_TOKEN")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stdout}\n{stderr}");
    assert!(stdout.contains("started a local portal"), "{stdout}");
    // The request each method sends, then the chat it made.
    let im = stdout.find("im.chat.add {").expect("im.chat.add's request");
    let bot = stdout
        .find("imbot.v2.Chat.add {")
        .expect("imbot.v2.Chat.add's request");
    assert!(im < bot, "{stdout}");
    assert!(stdout[im..bot].contains("created chat 1"), "{stdout}");
    assert!(
        stdout[bot..].contains("created chat 2") && stdout[bot..].contains("#4ba984"),
        "{stdout}"
    );
    // The client is printed with its secrets masked.
    assert!(stdout.contains("/rest/1/***/"), "{stdout}");
}

/// The example bot, `cargo run --example echo_bot --features axum`: events
/// from the emulator reach its handler typed, and its answers reach the chat.
#[cfg(feature = "axum")]
#[test]
fn echo_bot_answers_each_message_it_gets_as_an_event() {
    let path = example("echo_bot");
    assert!(path.exists(), "{} is missing", path.display());
    let out = Command::new(&path)
        .args(["--messages", "3"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stdout}\n{stderr}");
    assert_eq!(
        stdout.matches("bot got ONIMBOTV2JOINCHAT").count(),
        1,
        "{stdout}"
    );
    assert_eq!(
        stdout.matches("bot got ONIMBOTV2MESSAGEADD").count(),
        3,
        "{stdout}"
    );
    for i in 1..=3 {
        assert!(
            stdout.contains(&format!("bot said: You said: message {i}\n")),
            "{stdout}"
        );
    }
}
