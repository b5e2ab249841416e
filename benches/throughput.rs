//! How close the client gets to the portal's request-rate limit, and whether
//! it ever overruns it: N chat creations through `Client::call` against the
//! emulator's leaky bucket, from many tasks at once.
//!
//! ```sh
//! cargo run --release --example throughput
//! cargo run --release --example throughput -- --calls 2000 --trials 3 --rate 200 --burst 50 --tasks 32
//! ```
//!
//! The portal's standard bucket (2 requests/s, bursts of 50) would make a
//! run last minutes, so the emulator and the client both use a scaled one,
//! 200/s with bursts of 50 by default. A client that waits for nothing but
//! the bucket finishes N calls in (N − burst) / rate seconds: the first
//! `burst` go at once, the rest at the drain rate. "Achieved / limit" is
//! that ideal time over the measured one (1.0 = exactly at the limit).
//! QUERY_LIMIT_EXCEEDED is counted as the caller sees it: with retries off
//! every refusal surfaces; with retries on (the default, 5) they would be
//! hidden, so the emulator's refusals (requests it received beyond N) are
//! counted too. Trials alternate the two modes.

use bitrix24::client::{ClientBuilder, RateLimit};
use bitrix24::{Error, SystemError, im};
use bitrix24_mock::{Config, Mock};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

#[path = "support/paired.rs"]
mod paired;

struct Trial {
    elapsed: Duration,
    ok: usize,
    refused: usize,
    other: usize,
    /// Requests the emulator received beyond one per call: retried refusals.
    extra_requests: u64,
}

async fn trial(calls: usize, tasks: usize, limit: RateLimit, retries: bool) -> Trial {
    let mock = Mock::start(
        Config::default()
            .rate_limit(bitrix24_mock::RateLimit::new(limit.per_second, limit.burst))
            .operating_limit(None),
    )
    .await
    .expect("the emulator starts");
    let mut builder = ClientBuilder::webhook(&mock.webhook_url()).rate_limit(limit);
    if !retries {
        builder = builder.max_retries(0);
    }
    let client = builder.build().expect("a client");
    let next = Arc::new(AtomicUsize::new(0));
    let start = Instant::now();
    let workers: Vec<_> = (0..tasks)
        .map(|_| {
            let (client, next) = (client.clone(), Arc::clone(&next));
            tokio::spawn(async move {
                let (mut ok, mut refused, mut other) = (0, 0, 0);
                while next.fetch_add(1, Ordering::Relaxed) < calls {
                    match client.call(&im::chat::Add::new().title("load")).await {
                        Ok(_) => ok += 1,
                        Err(Error::Api {
                            error: im::chat::AddError::System(SystemError::QueryLimitExceeded),
                            ..
                        }) => refused += 1,
                        Err(e) => {
                            eprintln!("unexpected: {e}");
                            other += 1
                        }
                    }
                }
                (ok, refused, other)
            })
        })
        .collect();
    let (mut ok, mut refused, mut other) = (0, 0, 0);
    for w in workers {
        let (o, r, x) = w.await.expect("a worker finished");
        ok += o;
        refused += r;
        other += x;
    }
    let elapsed = start.elapsed();
    let extra_requests = mock.request_count().saturating_sub(calls as u64);
    mock.shutdown().await;
    Trial {
        elapsed,
        ok,
        refused,
        other,
        extra_requests,
    }
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let (mut calls, mut trials, mut rate, mut burst, mut tasks) =
        (2000usize, 3usize, 200.0, 50u32, 32usize);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().expect("a value after the option");
        match arg.as_str() {
            "--calls" => calls = value().parse().expect("--calls N"),
            "--trials" => trials = value().parse().expect("--trials N"),
            "--rate" => rate = value().parse().expect("--rate PER_SEC"),
            "--burst" => burst = value().parse().expect("--burst N"),
            "--tasks" => tasks = value().parse().expect("--tasks N"),
            other => {
                panic!("unknown argument {other}; use --calls, --trials, --rate, --burst, --tasks")
            }
        }
    }
    assert!(calls > burst as usize, "--calls must exceed --burst");
    let limit = RateLimit {
        per_second: rate,
        burst,
    };
    let ideal = (calls - burst as usize) as f64 / rate;
    println!(
        "{calls} im.chat.add calls from {tasks} tasks; emulator and client bucket {rate}/s, burst {burst} (scaled from the portal's 2/s, 50); ideal {ideal:.2} s; {} build",
        if cfg!(debug_assertions) {
            "dev"
        } else {
            "release"
        }
    );
    println!();
    println!(
        "| trial | retries | elapsed | achieved / limit | QUERY_LIMIT_EXCEEDED seen by caller | refused by emulator (retried) | other errors |"
    );
    println!("|---|---|---|---|---|---|---|");
    let mut ratios: [Vec<f64>; 2] = [vec![], vec![]];
    let mut seen = [0usize; 2];
    let mut retried = [0u64; 2];
    for t in 0..trials {
        // Alternate which mode goes first.
        let modes = if t % 2 == 0 {
            [false, true]
        } else {
            [true, false]
        };
        for retries in modes {
            let r = trial(calls, tasks, limit, retries).await;
            assert_eq!(r.ok + r.refused + r.other, calls);
            let ratio = ideal / r.elapsed.as_secs_f64();
            ratios[retries as usize].push(ratio);
            seen[retries as usize] += r.refused;
            retried[retries as usize] += r.extra_requests;
            println!(
                "| {} | {} | {:.2} s | {:.3} | {} | {} | {} |",
                t + 1,
                if retries { "on" } else { "off" },
                r.elapsed.as_secs_f64(),
                ratio,
                r.refused,
                r.extra_requests,
                r.other
            );
        }
    }
    println!();
    for (i, name) in ["retries off", "retries on"].iter().enumerate() {
        let mut r = ratios[i].clone();
        let median = paired::median(&mut r);
        println!(
            "{name}: achieved / limit median {median:.3} (min {:.3}, max {:.3}) over {trials} trials; QUERY_LIMIT_EXCEEDED seen by the caller: {}; refused and retried: {}",
            r[0],
            r[r.len() - 1],
            seen[i],
            retried[i]
        );
    }
}
