//! The client's limits: the request-rate throttle against the portal's
//! bucket, and each method's operating-time budget, for calls and batches.

use super::*;

/// A server whose bucket matches the portal's: it refuses with
/// QUERY_LIMIT_EXCEEDED whenever its level would pass `burst`.
async fn bucket_server(limit: RateLimit) -> (TestServer, Arc<AtomicUsize>) {
    let refused = Arc::new(AtomicUsize::new(0));
    let count = Arc::clone(&refused);
    let state = Mutex::new((0.0f64, std::time::Instant::now()));
    let server = TestServer::start(move |_| {
        let mut s = state.lock().unwrap();
        let now = std::time::Instant::now();
        s.0 = (s.0 - now.duration_since(s.1).as_secs_f64() * limit.per_second).max(0.0);
        s.1 = now;
        if s.0 + 1.0 > f64::from(limit.burst) + 1e-6 {
            count.fetch_add(1, Ordering::SeqCst);
            return error(503, "QUERY_LIMIT_EXCEEDED");
        }
        s.0 += 1.0;
        ok(json!(1))
    })
    .await;
    (server, refused)
}

#[tokio::test]
async fn the_throttle_keeps_a_burst_under_the_portals_bucket() {
    let limit = RateLimit::new(40.0, 50);
    let (server, refused) = bucket_server(limit).await;
    let client = ClientBuilder::webhook(&server.webhook())
        .rate_limit(limit)
        .max_retries(0)
        .build()
        .unwrap();
    let calls: Vec<_> = (0..80)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move { client.call(&im::chat::Add::new()).await })
        })
        .collect();
    for call in calls {
        call.await.unwrap().unwrap();
    }
    assert_eq!(
        refused.load(Ordering::SeqCst),
        0,
        "the client never overran the bucket"
    );
    assert_eq!(server.count("im.chat.add"), 80);
}

#[tokio::test]
async fn a_client_that_overruns_the_bucket_still_hides_the_refusals() {
    let (server, refused) = bucket_server(RateLimit {
        per_second: 100.0,
        burst: 10,
    })
    .await;
    // The client believes in a much bigger bucket than the server has.
    let client = ClientBuilder::webhook(&server.webhook())
        .rate_limit(RateLimit {
            per_second: 10_000.0,
            burst: 1_000,
        })
        .backoff(Duration::from_millis(20))
        .max_retries(8)
        .build()
        .unwrap();
    let calls: Vec<_> = (0..40)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move { client.call(&im::chat::Add::new()).await })
        })
        .collect();
    for call in calls {
        assert_eq!(
            call.await.unwrap().unwrap(),
            1,
            "no QUERY_LIMIT_EXCEEDED reaches the caller"
        );
    }
    assert!(
        refused.load(Ordering::SeqCst) > 0,
        "the server did refuse some calls"
    );
}

/// A portal whose `im.chat.add` budget is spent until `reset_at` (unix
/// seconds): it refuses with OPERATION_TIME_LIMIT before then. The first
/// call is answered, with the figures `first` gives it.
fn budget_portal(
    first: impl Fn(f64) -> (f64, Reply) + Send + Sync + 'static,
) -> impl Fn(&support::Recorded) -> Reply + Send + Sync + 'static {
    let reset_at: Arc<Mutex<Option<f64>>> = Arc::new(Mutex::new(None));
    move |_| {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs_f64();
        let mut reset = reset_at.lock().unwrap();
        match *reset {
            None => {
                let (at, reply) = first(now);
                *reset = Some(at);
                reply
            }
            Some(at) if now < at => error(429, "OPERATION_TIME_LIMIT"),
            Some(_) => ok(json!(1)),
        }
    }
}

fn with_budget(operating: f64, reset_at: f64) -> Reply {
    Reply::Json(
        200,
        json!({"result": 1, "time": {"operating": operating, "operating_reset_at": reset_at}}),
    )
}

#[tokio::test]
async fn concurrent_calls_all_wait_out_a_spent_time_budget() {
    // 479 of 480 s used; the budget frees in a second.
    let server = TestServer::start(budget_portal(|now| {
        let at = now.floor() + 1.0;
        (at, with_budget(479.0, at))
    }))
    .await;
    let client = fast(ClientBuilder::webhook(&server.webhook()))
        .build()
        .unwrap();
    client.call(&im::chat::Add::new()).await.unwrap();
    let calls = (0..4).map(|_| {
        let client = client.clone();
        tokio::spawn(async move { client.call(&im::chat::Add::new()).await })
    });
    for call in calls {
        let outcome = call.await.unwrap();
        assert!(outcome.is_ok(), "{outcome:?}");
    }
    assert_eq!(server.requests().len(), 5, "nothing was refused and resent");
}

#[tokio::test]
async fn operation_time_limit_makes_later_calls_wait_for_the_reset() {
    // The answer shows little used, but other callers of the same webhook
    // spend the budget: the portal refuses the next call until the reset.
    let server = TestServer::start(budget_portal(|now| {
        // Far enough ahead that the next call, sent at once, is refused even
        // on a loaded machine.
        let at = now + 2.0;
        (at, with_budget(10.0, at))
    }))
    .await;
    let client = fast(ClientBuilder::webhook(&server.webhook()))
        .build()
        .unwrap();
    client.call(&im::chat::Add::new()).await.unwrap();
    let refused = client.call(&im::chat::Add::new()).await.unwrap_err();
    assert!(
        matches!(
            refused,
            Error::Api {
                error: im::chat::AddError::System(SystemError::OperationTimeLimit),
                status: 429,
                ..
            }
        ),
        "{refused:?}"
    );
    // Not refused again: the client waits for the reset the portal gave.
    client.call(&im::chat::Add::new()).await.unwrap();
    assert_eq!(server.requests().len(), 3);
}

/// A portal whose first batch answer says im.chat.add has used `used` s of
/// its 480 s until two seconds from now; before then it refuses im.chat.add,
/// alone (429) or inside a batch (`result_error`).
async fn budget_batch_portal(used: f64) -> TestServer {
    let at: Arc<Mutex<Option<f64>>> = Arc::default();
    TestServer::start(move |r| {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs_f64();
        let mut at = at.lock().unwrap();
        let blocked = at.is_some_and(|at| now < at);
        match (r.method(), *at) {
            ("batch", None) => {
                // Far enough ahead that a batch sent at once is refused even
                // on a loaded machine.
                let until = now + 2.0;
                *at = Some(until);
                ok(json!({
                    "result": {"c0": 1}, "result_error": [], "result_total": [], "result_next": [],
                    "result_time": {"c0": {"start": now, "operating": used, "operating_reset_at": until}}
                }))
            }
            ("batch", _) if blocked => ok(json!({
                "result": [], "result_total": [], "result_next": [], "result_time": [],
                "result_error": {"c0": {"error": "OPERATION_TIME_LIMIT", "error_description": "spent"}}
            })),
            ("batch", _) => ok(json!({
                "result": {"c0": 3}, "result_error": [], "result_total": [], "result_next": [], "result_time": []
            })),
            _ if blocked => error(429, "OPERATION_TIME_LIMIT"),
            _ => ok(json!(2)),
        }
    })
    .await
}

#[tokio::test]
async fn batch_commands_count_against_their_methods_time_budget() {
    // The batch's answer shows the budget nearly spent: the next call of the
    // method, alone, waits for the reset instead of being refused.
    let server = budget_batch_portal(479.0).await;
    let client = fast(ClientBuilder::webhook(&server.webhook()))
        .build()
        .unwrap();
    let mut batch = client.batch();
    let key = batch.add(&im::chat::Add::new()).unwrap();
    assert_eq!(batch.send().await.unwrap().get(key).unwrap(), 1);
    assert_eq!(client.call(&im::chat::Add::new()).await.unwrap(), 2);
    assert_eq!(server.requests().len(), 2);

    // Little used, but refused inside a batch all the same (other callers
    // spent it): the method is marked spent, and the next batch holding it
    // waits for the reset.
    let server = budget_batch_portal(10.0).await;
    let client = fast(ClientBuilder::webhook(&server.webhook()))
        .build()
        .unwrap();
    let send = || async {
        let mut batch = client.batch();
        let key = batch.add(&im::chat::Add::new()).unwrap();
        batch.send().await.unwrap().get(key)
    };
    assert_eq!(send().await.unwrap(), 1);
    let refused = send().await.unwrap_err();
    assert_eq!(
        refused.code(),
        Some(&im::chat::AddError::System(SystemError::OperationTimeLimit))
    );
    assert_eq!(send().await.unwrap(), 3);
    assert_eq!(server.requests().len(), 3);
}
