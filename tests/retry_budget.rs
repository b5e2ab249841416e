//! The send loop carries out the retry decision: with a time budget, a call
//! the portal keeps refusing stops retrying before its retries run out,
//! and the caller gets the refusal. No timing is asserted: the bound on the
//! number of requests follows from the shortest possible pauses.

use bitrix24::client::{
    ClientBuilder, HttpRequest, HttpResponse, RateLimit, Transport, TransportError,
};
use bitrix24::{Error, SystemError, im};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

/// A portal that refuses every call for the request rate, counting them.
#[derive(Clone, Default)]
struct AlwaysOverLimit(Arc<AtomicUsize>);

impl Transport for AlwaysOverLimit {
    async fn send(&self, _: HttpRequest) -> Result<HttpResponse, TransportError> {
        self.0.fetch_add(1, Ordering::SeqCst);
        Ok(HttpResponse {
            status: 503,
            body: br#"{"error":"QUERY_LIMIT_EXCEEDED","error_description":"Too many requests"}"#
                .to_vec(),
        })
    }
}

async fn refused_calls(budget: Option<Duration>) -> usize {
    let transport = AlwaysOverLimit::default();
    let mut builder = ClientBuilder::webhook("https://portal.example.test/rest/1/s3cr3t/")
        .backoff(Duration::from_millis(1))
        .max_retries(10)
        .rate_limit(RateLimit::new(1e6, 1_000_000));
    if let Some(budget) = budget {
        builder = builder.retry_budget(budget);
    }
    let client = builder.build_with(transport.clone()).unwrap();
    let err = client.call(&im::chat::Add::new()).await.unwrap_err();
    assert!(
        matches!(
            &err,
            Error::Api { error, status: 503, .. }
                if *error == im::chat::AddError::System(SystemError::QueryLimitExceeded)
        ),
        "{err:?}"
    );
    transport.0.load(Ordering::SeqCst)
}

#[tokio::test]
async fn a_retry_budget_stops_the_retries_before_they_run_out() {
    assert_eq!(
        refused_calls(None).await,
        11,
        "without a budget: the call and its ten retries"
    );
    // Each pause is at least half of 1, 2, 4, ... 64 ms: 0.5 + 1 + 2 + 4 +
    // 8 + 16 = 31.5 ms for six, 63.5 ms for seven, so no more than seven
    // retries fit in 50 ms however fast the machine.
    let sent = refused_calls(Some(Duration::from_millis(50))).await;
    assert!((1..=8).contains(&sent), "{sent} requests");
}
