//! 1,000 concurrent `im.chat.add` calls against the emulator, once per fault
//! knob: after each run the emulator holds exactly the chats of the calls
//! that succeeded plus those of the calls reported "outcome unknown" that
//! did land; no call that failed with a definite error made one, and no chat
//! was made twice. The table of runs is printed
//! (`cargo test --test faults_under_load -- --nocapture`).

use bitrix24::client::{ClientBuilder, OAuthServer, OAuthTokens, RateLimit};
use bitrix24::{Client, im};
use bitrix24_mock::{Config, Fault, Mock};
use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

const CALLS: usize = 1000;
/// How many calls each one-shot fault hits.
const HIT: u32 = 100;

/// What one run saw.
#[derive(Default)]
struct Tally {
    ok: usize,
    unknown: usize,
    unknown_landed: usize,
    failed: usize,
    held: usize,
    requests: u64,
}

/// How the run starts: the faults, and the client.
enum Setup {
    Faults(Vec<Fault>),
    /// An OAuth client whose access token expires after half the calls.
    ExpiringToken,
}

async fn run(name: &str, setup: Setup, bucket: Option<bitrix24_mock::RateLimit>) -> Tally {
    let mock = Mock::start(
        Config::default().rate_limit(bucket.unwrap_or(bitrix24_mock::RateLimit::UNLIMITED)),
    )
    .await
    .unwrap();
    let quick = |b: ClientBuilder| -> Client {
        b.backoff(Duration::from_millis(2))
            .max_retries(10)
            .rate_limit(RateLimit {
                per_second: 1e6,
                burst: 1_000_000,
            })
            .build()
            .unwrap()
    };
    let mut expiring = None;
    let client = match setup {
        Setup::Faults(faults) => {
            for fault in faults {
                mock.inject(fault.method("im.chat.add"));
            }
            quick(ClientBuilder::webhook(&mock.webhook_url()))
        }
        Setup::ExpiringToken => {
            let app = mock.app();
            let pair = mock.issue_token(&app.client_id, 1, ["im"]);
            expiring = Some(pair.access_token.clone());
            quick(
                ClientBuilder::oauth(
                    &mock.oauth_base_url(),
                    OAuthTokens::new(pair.access_token.expose(), pair.refresh_token.expose()),
                )
                .refresh_with(
                    OAuthServer::new(&app.client_id, app.client_secret.expose())
                        .with_endpoint(&mock.oauth_token_url())
                        .unwrap(),
                ),
            )
        }
    };
    let mock = Arc::new(mock);
    let done = Arc::new(AtomicUsize::new(0));
    let calls: Vec<_> = (0..CALLS)
        .map(|i| {
            let (client, mock, done, expiring) =
                (client.clone(), mock.clone(), done.clone(), expiring.clone());
            tokio::spawn(async move {
                let title = format!("run {i}");
                let outcome = client.call(&im::chat::Add::new().title(&title)).await;
                // The token expires in the middle of the run, with calls in flight.
                if done.fetch_add(1, Ordering::SeqCst) + 1 == CALLS / 2
                    && let Some(token) = &expiring
                {
                    mock.expire_token(token);
                }
                (title, outcome)
            })
        })
        .collect();
    let mut outcomes = Vec::new();
    for call in calls {
        outcomes.push(call.await.unwrap());
    }

    let chats = mock.chats();
    let mut by_title: HashMap<&str, Vec<i64>> = HashMap::new();
    for chat in &chats {
        by_title
            .entry(chat.title.as_str())
            .or_default()
            .push(chat.id);
    }
    for (title, ids) in &by_title {
        assert_eq!(
            ids.len(),
            1,
            "{name}: `{title}` was created {} times",
            ids.len()
        );
    }
    let mut t = Tally {
        held: chats.len(),
        requests: mock.request_count(),
        ..Tally::default()
    };
    for (title, outcome) in &outcomes {
        let landed = by_title.get(title.as_str()).map(|ids| ids[0]);
        match outcome {
            Ok(id) => {
                t.ok += 1;
                assert_eq!(landed, Some(*id), "{name}: `{title}` reported chat {id}");
            }
            Err(e) if e.outcome_unknown() => {
                t.unknown += 1;
                t.unknown_landed += usize::from(landed.is_some());
            }
            Err(e) => {
                t.failed += 1;
                assert_eq!(
                    landed, None,
                    "{name}: `{title}` failed ({e}) but made a chat"
                );
            }
        }
    }
    assert_eq!(
        t.held,
        t.ok + t.unknown_landed,
        "{name}: the emulator's chats are the successes and the unknown outcomes that landed"
    );
    t
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_concurrent_creations_add_up_under_every_fault() {
    let runs: Vec<(&str, Setup, Option<bitrix24_mock::RateLimit>)> = vec![
        ("no fault", Setup::Faults(vec![]), None),
        (
            "delay 2 ms, every call",
            Setup::Faults(vec![Fault::delay(Duration::from_millis(2))]),
            None,
        ),
        (
            "500 before processing, 100 calls",
            Setup::Faults(vec![Fault::internal_server_error().times(HIT)]),
            None,
        ),
        (
            "503 OVERLOAD_LIMIT, 100 calls",
            Setup::Faults(vec![Fault::error("OVERLOAD_LIMIT").times(HIT)]),
            None,
        ),
        (
            "dropped before processing, 100 calls",
            Setup::Faults(vec![
                Fault::drop_connection().before_processing().times(HIT),
            ]),
            None,
        ),
        (
            "dropped after processing, 100 calls",
            Setup::Faults(vec![Fault::drop_connection().times(HIT)]),
            None,
        ),
        (
            "access token expires at call 500",
            Setup::ExpiringToken,
            None,
        ),
        (
            "QUERY_LIMIT_EXCEEDED burst, 200 calls + bucket 50",
            Setup::Faults(vec![Fault::error("QUERY_LIMIT_EXCEEDED").times(2 * HIT)]),
            Some(bitrix24_mock::RateLimit::new(5_000.0, 50)),
        ),
    ];
    let mut table = String::from(
        "| run | fault | ok | outcome unknown (landed) | failed | chats held | requests |\n\
         |---|---|---|---|---|---|---|\n",
    );
    let mut results = Vec::new();
    for (i, (name, setup, bucket)) in runs.into_iter().enumerate() {
        let t = run(name, setup, bucket).await;
        table.push_str(&format!(
            "| {} | {name} | {} | {} ({}) | {} | {} | {} |\n",
            i + 1,
            t.ok,
            t.unknown,
            t.unknown_landed,
            t.failed,
            t.held,
            t.requests
        ));
        results.push((name, t));
    }
    eprintln!("{table}");

    // What each knob does to the counts, beyond adding up.
    let get = |n: &str| {
        &results
            .iter()
            .find(|(name, _)| name.starts_with(n))
            .unwrap()
            .1
    };
    let hit = HIT as usize;
    for n in ["no fault", "delay", "access token", "QUERY_LIMIT"] {
        let t = get(n);
        assert_eq!((t.ok, t.held), (CALLS, CALLS), "{n}: every call succeeds");
    }
    // Refusals before processing are definite, and not resent (the method
    // is not idempotent).
    for n in ["500", "503"] {
        let t = get(n);
        assert_eq!(
            (t.failed, t.ok, t.held),
            (hit, CALLS - hit, CALLS - hit),
            "{n}"
        );
    }
    let t = get("dropped before");
    assert_eq!((t.unknown, t.unknown_landed, t.held), (hit, 0, CALLS - hit));
    let t = get("dropped after");
    assert_eq!((t.unknown, t.unknown_landed, t.held), (hit, hit, CALLS));
    // The refused calls were retried.
    assert!(get("QUERY_LIMIT").requests >= (CALLS + 2 * hit) as u64);
    assert!(
        get("access token").requests > CALLS as u64,
        "calls after expiry were resent"
    );
}
