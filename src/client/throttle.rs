//! Staying under the portal's limits: the request-rate leaky bucket and each
//! method's execution-time budget (`operating`).

use crate::RateLimit;
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// The client's copy of the portal's bucket. Each request reserves a slot;
/// when the bucket is full the request waits until enough has drained.
///
/// The portal counts a request when it arrives, the client when it leaves,
/// and arrivals bunch up when the network delays some requests more than
/// others (the first ones, opening connections, most of all). So the client
/// keeps a tenth of the burst (at least one slot) as headroom: at the
/// standard 2 requests a second that absorbs 2.5 s of uneven latency, while
/// the sustained rate stays the portal's own.
#[derive(Debug)]
pub(crate) struct Throttle {
    per_second: f64,
    /// The burst the client allows itself: the portal's, less the headroom.
    burst: f64,
    state: Mutex<(f64, Instant)>,
}

impl Throttle {
    pub(crate) fn new(limit: RateLimit) -> Self {
        let burst = f64::from(limit.burst);
        Throttle {
            per_second: limit.per_second,
            burst: (burst - (burst / 10.0).max(1.0)).max(1.0),
            state: Mutex::new((0.0, Instant::now())),
        }
    }

    /// How long to wait before sending, with the slot already reserved.
    pub(crate) fn reserve(&self) -> Duration {
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        let now = Instant::now();
        let drained = now.duration_since(state.1).as_secs_f64() * self.per_second;
        state.0 = (state.0 - drained).max(0.0) + 1.0;
        state.1 = now;
        let over = state.0 - self.burst;
        if over > 0.0 {
            Duration::from_secs_f64(over / self.per_second)
        } else {
            Duration::ZERO
        }
    }

    /// The portal said the bucket is full: treat ours as full too.
    pub(crate) fn saturate(&self) {
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        let now = Instant::now();
        let drained = now.duration_since(state.1).as_secs_f64() * self.per_second;
        state.0 = (state.0 - drained).max(self.burst);
        state.1 = now;
    }
}

/// Each method's use of its execution-time budget, from the `time` block of
/// its answers. When a method is close to the limit, calls to it wait until
/// the oldest minute bucket leaves the window (`operating_reset_at`) instead
/// of being refused with `OPERATION_TIME_LIMIT`.
#[derive(Debug)]
pub(crate) struct OperatingBudget {
    /// Seconds a method may use in the portal's ten-minute window.
    limit: f64,
    seen: Mutex<HashMap<&'static str, (f64, f64)>>,
}

/// Slow down once a method has used this share of its budget.
const OPERATING_MARGIN: f64 = 0.9;

/// The portal sends `operating_reset_at` in whole seconds: wait one more so
/// the basket has really left the window.
const RESET_ROUNDING: f64 = 1.0;

/// Never wait longer than the portal's window for a reset.
const MAX_OPERATING_WAIT: Duration = Duration::from_secs(600);

impl OperatingBudget {
    pub(crate) fn new(limit: Duration) -> Self {
        OperatingBudget {
            limit: limit.as_secs_f64(),
            seen: Mutex::new(HashMap::new()),
        }
    }

    /// Records what an answer said about the method's budget.
    pub(crate) fn record(&self, method: &'static str, time: Option<&crate::Time>) {
        let Some(time) = time else { return };
        if let (Some(operating), Some(reset_at)) = (time.operating, time.operating_reset_at) {
            self.seen
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .insert(method, (operating, reset_at));
        }
    }

    /// How long to wait before calling `method`. Every caller of a method
    /// past its margin waits for the same reset, however many there are at
    /// once; once the reset has passed, the figures are stale and dropped,
    /// and the next answer brings fresh ones.
    pub(crate) fn wait(&self, method: &'static str) -> Duration {
        let mut seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
        let Some(&(operating, reset_at)) = seen.get(method) else {
            return Duration::ZERO;
        };
        if operating < self.limit * OPERATING_MARGIN {
            return Duration::ZERO;
        }
        let until = reset_at + RESET_ROUNDING;
        let now = unix_now();
        if until > now {
            Duration::from_secs_f64(until - now).min(MAX_OPERATING_WAIT)
        } else {
            seen.remove(method);
            Duration::ZERO
        }
    }

    /// The portal refused `method` with `OPERATION_TIME_LIMIT`: its budget is
    /// spent, so calls to it wait for the `operating_reset_at` of the last
    /// answer that had one, as the limits page advises. Without such an
    /// answer there is no reset to wait for, and nothing changes.
    pub(crate) fn spent(&self, method: &'static str) {
        let mut seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(entry) = seen.get_mut(method) {
            entry.0 = f64::INFINITY;
        }
    }
}

fn unix_now() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_fits_then_each_request_waits_its_share() {
        // A portal bucket of 20 at 2 a second: the client keeps 2 as headroom.
        let throttle = Throttle::new(RateLimit::new(2.0, 20));
        let waits: Vec<Duration> = (0..20).map(|_| throttle.reserve()).collect();
        assert_eq!(&waits[..18], &[Duration::ZERO; 18]);
        // The 19th and 20th go out 0.5 s and 1 s later (give or take the time the loop took).
        assert!(
            waits[18] > Duration::from_millis(400) && waits[18] <= Duration::from_millis(500),
            "{waits:?}"
        );
        assert!(
            waits[19] > Duration::from_millis(900) && waits[19] <= Duration::from_millis(1000),
            "{waits:?}"
        );
    }

    #[test]
    fn a_tiny_bucket_keeps_one_slot() {
        let throttle = Throttle::new(RateLimit::new(1.0, 1));
        assert_eq!(throttle.reserve(), Duration::ZERO);
        assert!(throttle.reserve() > Duration::from_millis(900));
    }

    #[test]
    fn saturate_makes_the_next_request_wait() {
        let throttle = Throttle::new(RateLimit::STANDARD);
        throttle.saturate();
        assert!(throttle.reserve() > Duration::from_millis(400));
    }

    #[test]
    fn a_method_near_its_budget_waits_for_the_reset() {
        let budget = OperatingBudget::new(Duration::from_secs(480));
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .as_secs_f64();
        let time = |operating: f64| {
            let mut t: crate::Time = serde_json::from_str("{}").unwrap();
            t.operating = Some(operating);
            t.operating_reset_at = Some(now + 30.0);
            t
        };
        budget.record("im.chat.add", Some(&time(100.0)));
        assert_eq!(budget.wait("im.chat.add"), Duration::ZERO);
        budget.record("im.chat.add", Some(&time(470.0)));
        let wait = budget.wait("im.chat.add");
        assert!(
            wait > Duration::from_secs(26) && wait <= Duration::from_secs(31),
            "{wait:?}"
        );
        assert_eq!(
            budget.wait("imbot.v2.Chat.add"),
            Duration::ZERO,
            "budgets are per method"
        );
        // Every caller waits, not only the first one to ask.
        let again = budget.wait("im.chat.add");
        assert!(again > Duration::from_secs(26), "{again:?}");
    }

    #[test]
    fn a_reset_in_the_past_lets_calls_through_and_forgets_the_figures() {
        let budget = OperatingBudget::new(Duration::from_secs(480));
        let mut t: crate::Time = serde_json::from_str("{}").unwrap();
        t.operating = Some(479.0);
        t.operating_reset_at = Some(unix_now() - 5.0);
        budget.record("im.chat.add", Some(&t));
        assert_eq!(budget.wait("im.chat.add"), Duration::ZERO);
        // Dropped: marking the method spent has no reset to wait for.
        budget.spent("im.chat.add");
        assert_eq!(budget.wait("im.chat.add"), Duration::ZERO);
    }

    #[test]
    fn operation_time_limit_makes_calls_wait_for_the_last_known_reset() {
        let budget = OperatingBudget::new(Duration::from_secs(480));
        let mut t: crate::Time = serde_json::from_str("{}").unwrap();
        // Well under the margin: no wait yet.
        t.operating = Some(50.0);
        t.operating_reset_at = Some(unix_now() + 20.0);
        budget.record("im.chat.add", Some(&t));
        assert_eq!(budget.wait("im.chat.add"), Duration::ZERO);
        // The portal says the budget is spent (other callers used it).
        budget.spent("im.chat.add");
        let wait = budget.wait("im.chat.add");
        assert!(
            wait > Duration::from_secs(16) && wait <= Duration::from_secs(21),
            "{wait:?}"
        );
        // A method never seen has nothing to wait for.
        budget.spent("imbot.v2.Chat.add");
        assert_eq!(budget.wait("imbot.v2.Chat.add"), Duration::ZERO);
    }
}
