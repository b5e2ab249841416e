//! What the client does after each exchange: hand the outcome to the caller,
//! send again after a pause, refresh the OAuth token and send again, or stop
//! with "outcome unknown". [`decide`] is a pure function of where the call
//! stands, what the exchange came to and the client's policy; the send loop
//! (`Client::exchange`) only carries out what it returns.
//!
//! The rules follow what the portal guarantees: a call is sent again only
//! when the portal did not run it (`QUERY_LIMIT_EXCEEDED`, a connection
//! that never carried the request, an expired token) or when running it
//! twice does no harm (an idempotent method whose answer was lost).

use super::transport::TransportError;
use std::time::Duration;

/// How a client retries; built once from the client's options.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Policy {
    /// How many times a call is sent again after a refusal or a lost
    /// connection (a token refresh does not count).
    pub max_retries: u32,
    /// The pause before the first retry; it doubles with each retry.
    pub backoff: Duration,
    /// The longest pause before one retry, whatever the doubling reaches.
    pub max_delay: Duration,
    /// How long a call may take, counted from its start: no retry is made
    /// whose pause would end past it, and the last outcome is returned.
    pub budget: Option<Duration>,
    /// Whether an expired token can be refreshed (OAuth with a refresh hook).
    pub can_refresh: bool,
}

impl Policy {
    /// The pause before retry number `retry` (1 for the first): the
    /// backoff doubled `retry - 1` times, capped by `max_delay`, of which
    /// the upper half is scaled by `jitter` (in `0.0..=1.0`) so that calls
    /// refused together do not all come back at the same moment.
    pub(crate) fn delay(&self, retry: u32, jitter: f64) -> Duration {
        let doublings = retry.saturating_sub(1).min(31);
        let full = self
            .backoff
            .saturating_mul(1u32 << doublings)
            .min(self.max_delay);
        let half = full / 2;
        let jitter = if jitter.is_nan() {
            0.0
        } else {
            jitter.clamp(0.0, 1.0)
        };
        half + (full - half).mul_f64(jitter)
    }
}

/// Where one call stands before its next step.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Attempt {
    /// Whether the method may run twice with no further effect.
    pub idempotent: bool,
    /// Retries made so far.
    pub retries: u32,
    /// Whether the token was refreshed for this call already.
    pub refreshed: bool,
    /// Time since the call started.
    pub elapsed: Duration,
}

/// What one exchange came to.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Outcome<'a> {
    /// The portal answered: with this error code, or (`None`) with a
    /// result or a body that is neither.
    Answered {
        /// The `error` of the answer.
        code: Option<&'a str>,
    },
    /// No answer came.
    Failed(&'a TransportError),
}

/// What the send loop does next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Next {
    /// Hand the answer, or the transport failure, to the caller.
    Return,
    /// Send the call again after this pause.
    Retry {
        /// How long to wait first.
        after: Duration,
    },
    /// Refresh the OAuth token, then send the call again at once.
    RefreshThenRetry,
    /// Stop: the request may have been processed and the method is not
    /// safe to send twice.
    OutcomeUnknown,
}

/// The portal's code for a refused request over the rate limit (HTTP 503).
pub(crate) const QUERY_LIMIT_EXCEEDED: &str = "QUERY_LIMIT_EXCEEDED";
/// The portal's code for an expired OAuth access token.
pub(crate) const EXPIRED_TOKEN: &str = "expired_token";

/// What to do after `outcome`, the result of the latest exchange of a call
/// that stands at `attempt`. `jitter` is a random number in `0.0..=1.0`
/// that spreads the pauses (see [`Policy::delay`]); it is a parameter so
/// that the decision stays a function of its inputs.
pub(crate) fn decide(
    attempt: &Attempt,
    outcome: &Outcome<'_>,
    policy: &Policy,
    jitter: f64,
) -> Next {
    match outcome {
        Outcome::Failed(error) if error.request_sent() && !attempt.idempotent => {
            Next::OutcomeUnknown
        }
        // Never sent, or safe to send twice.
        Outcome::Failed(_) => retry_or_return(attempt, policy, jitter),
        Outcome::Answered {
            code: Some(EXPIRED_TOKEN),
        } if policy.can_refresh && !attempt.refreshed && within_budget(attempt, policy, None) => {
            Next::RefreshThenRetry
        }
        // Refused before it ran.
        Outcome::Answered {
            code: Some(QUERY_LIMIT_EXCEEDED),
        } => retry_or_return(attempt, policy, jitter),
        Outcome::Answered { .. } => Next::Return,
    }
}

/// A retry after the next pause, unless the retries or the time budget
/// are spent.
fn retry_or_return(attempt: &Attempt, policy: &Policy, jitter: f64) -> Next {
    if attempt.retries >= policy.max_retries {
        return Next::Return;
    }
    let after = policy.delay(attempt.retries + 1, jitter);
    if within_budget(attempt, policy, Some(after)) {
        Next::Retry { after }
    } else {
        Next::Return
    }
}

/// Whether a new exchange, after `pause`, still starts inside the budget.
fn within_budget(attempt: &Attempt, policy: &Policy, pause: Option<Duration>) -> bool {
    let Some(budget) = policy.budget else {
        return true;
    };
    match pause {
        Some(pause) => attempt.elapsed.saturating_add(pause) <= budget,
        None => attempt.elapsed < budget,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MS: Duration = Duration::from_millis(1);

    fn policy() -> Policy {
        Policy {
            max_retries: 5,
            backoff: 100 * MS,
            max_delay: 1000 * MS,
            budget: None,
            can_refresh: true,
        }
    }

    fn at(retries: u32) -> Attempt {
        Attempt {
            retries,
            ..Attempt::default()
        }
    }

    fn answered(code: Option<&str>) -> Outcome<'_> {
        Outcome::Answered { code }
    }

    fn refused() -> Outcome<'static> {
        answered(Some(QUERY_LIMIT_EXCEEDED))
    }

    const NOT_SENT: TransportError = TransportError::Connect(String::new());
    const LOST: TransportError = TransportError::NoAnswer(String::new());

    #[test]
    fn a_result_or_an_ordinary_error_is_returned() {
        for code in [
            None,
            Some("INTERNAL_SERVER_ERROR"),
            Some("OVERLOAD_LIMIT"),
            Some("OPERATION_TIME_LIMIT"),
            Some("NO_AUTH_FOUND"),
            // Codes are case-sensitive: this is not the rate-limit refusal.
            Some("query_limit_exceeded"),
        ] {
            assert_eq!(
                decide(&at(0), &answered(code), &policy(), 0.5),
                Next::Return,
                "{code:?}"
            );
        }
    }

    #[test]
    fn query_limit_exceeded_is_retried_with_a_doubling_pause_capped_by_the_policy() {
        let pauses: Vec<Duration> = (0..5)
            .map(
                |retries| match decide(&at(retries), &refused(), &policy(), 1.0) {
                    Next::Retry { after } => after,
                    other => panic!("retry {retries}: {other:?}"),
                },
            )
            .collect();
        assert_eq!(
            pauses,
            [100 * MS, 200 * MS, 400 * MS, 800 * MS, 1000 * MS],
            "doubling from the backoff, then held at max_delay"
        );
    }

    #[test]
    fn jitter_spreads_the_upper_half_of_the_pause() {
        let pause = |jitter| match decide(&at(2), &refused(), &policy(), jitter) {
            Next::Retry { after } => after,
            other => panic!("{other:?}"),
        };
        // The third retry's full pause is 400 ms.
        assert_eq!(pause(0.0), 200 * MS);
        assert_eq!(pause(0.5), 300 * MS);
        assert_eq!(pause(1.0), 400 * MS);
        // Out-of-range input stays inside the range.
        assert_eq!(pause(7.0), 400 * MS);
        assert_eq!(pause(-1.0), 200 * MS);
        assert_eq!(pause(f64::NAN), 200 * MS);
    }

    #[test]
    fn a_huge_retry_count_saturates_at_the_cap() {
        let p = Policy {
            max_retries: u32::MAX,
            backoff: Duration::from_secs(u64::MAX / 2),
            max_delay: Duration::from_secs(30),
            ..policy()
        };
        assert_eq!(
            decide(&at(1_000_000), &refused(), &p, 1.0),
            Next::Retry {
                after: Duration::from_secs(30)
            }
        );
    }

    #[test]
    fn retries_stop_when_the_attempts_are_exhausted() {
        let p = policy();
        assert!(matches!(
            decide(&at(4), &refused(), &p, 0.5),
            Next::Retry { .. }
        ));
        assert_eq!(decide(&at(5), &refused(), &p, 0.5), Next::Return);
        let none = Policy {
            max_retries: 0,
            ..p
        };
        assert_eq!(decide(&at(0), &refused(), &none, 0.5), Next::Return);
        assert_eq!(
            decide(&at(0), &Outcome::Failed(&NOT_SENT), &none, 0.5),
            Next::Return
        );
    }

    #[test]
    fn no_retry_pause_reaches_past_the_time_budget() {
        let p = Policy {
            budget: Some(1000 * MS),
            ..policy()
        };
        let after = |elapsed: Duration, retries: u32| {
            let attempt = Attempt {
                elapsed,
                ..at(retries)
            };
            decide(&attempt, &refused(), &p, 1.0)
        };
        // 700 ms in, a 200 ms pause still ends inside the budget ...
        assert_eq!(after(700 * MS, 1), Next::Retry { after: 200 * MS });
        // ... 900 ms in, it would not: the refusal goes to the caller.
        assert_eq!(after(900 * MS, 1), Next::Return);
        // Exactly at the edge is still inside.
        assert_eq!(after(800 * MS, 1), Next::Retry { after: 200 * MS });
        // The same for a connection that never opened.
        let attempt = Attempt {
            elapsed: 950 * MS,
            ..at(0)
        };
        assert_eq!(
            decide(&attempt, &Outcome::Failed(&NOT_SENT), &p, 1.0),
            Next::Return
        );
    }

    #[test]
    fn an_expired_token_is_refreshed_once_then_returned() {
        let expired = answered(Some(EXPIRED_TOKEN));
        assert_eq!(
            decide(&at(0), &expired, &policy(), 0.5),
            Next::RefreshThenRetry
        );
        // A refresh does not use up a retry: it happens after retries too.
        assert_eq!(
            decide(&at(5), &expired, &policy(), 0.5),
            Next::RefreshThenRetry
        );
        // A second expiry after the refresh is the caller's error.
        let refreshed = Attempt {
            refreshed: true,
            ..at(0)
        };
        assert_eq!(decide(&refreshed, &expired, &policy(), 0.5), Next::Return);
    }

    #[test]
    fn an_expired_token_without_a_way_to_refresh_is_returned() {
        let p = Policy {
            can_refresh: false,
            ..policy()
        };
        assert_eq!(
            decide(&at(0), &answered(Some(EXPIRED_TOKEN)), &p, 0.5),
            Next::Return
        );
    }

    #[test]
    fn no_refresh_once_the_time_budget_is_spent() {
        let p = Policy {
            budget: Some(1000 * MS),
            ..policy()
        };
        let expired = answered(Some(EXPIRED_TOKEN));
        let attempt = |elapsed| Attempt { elapsed, ..at(0) };
        assert_eq!(
            decide(&attempt(999 * MS), &expired, &p, 0.5),
            Next::RefreshThenRetry
        );
        assert_eq!(decide(&attempt(1000 * MS), &expired, &p, 0.5), Next::Return);
    }

    #[test]
    fn a_connection_that_never_carried_the_request_is_retried_for_any_method() {
        for idempotent in [false, true] {
            let attempt = Attempt {
                idempotent,
                ..at(1)
            };
            assert_eq!(
                decide(&attempt, &Outcome::Failed(&NOT_SENT), &policy(), 1.0),
                Next::Retry { after: 200 * MS },
                "idempotent: {idempotent}"
            );
        }
    }

    #[test]
    fn a_connection_lost_after_sending_is_retried_only_for_idempotent_methods() {
        let idempotent = Attempt {
            idempotent: true,
            ..at(0)
        };
        assert_eq!(
            decide(&idempotent, &Outcome::Failed(&LOST), &policy(), 1.0),
            Next::Retry { after: 100 * MS }
        );
        assert_eq!(
            decide(&at(0), &Outcome::Failed(&LOST), &policy(), 1.0),
            Next::OutcomeUnknown
        );
        // Unknown whatever the retries left: nothing may resend it.
        assert_eq!(
            decide(&at(5), &Outcome::Failed(&LOST), &policy(), 1.0),
            Next::OutcomeUnknown
        );
        // An idempotent call that exhausted its retries fails plainly.
        let exhausted = Attempt {
            idempotent: true,
            ..at(5)
        };
        assert_eq!(
            decide(&exhausted, &Outcome::Failed(&LOST), &policy(), 1.0),
            Next::Return
        );
    }
}
