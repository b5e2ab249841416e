//! Staying under the portal's limits: the request-rate leaky bucket and each
//! method's execution-time budget (`operating`).

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// The portal's request-rate limit: a leaky bucket that holds `burst`
/// requests and drains `per_second` of them each second (limits.md).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RateLimit {
    /// Requests drained per second (`Y`).
    pub per_second: f64,
    /// Requests the bucket holds before the portal refuses (`X`).
    pub burst: u32,
}

impl RateLimit {
    /// Every plan but Enterprise: 2 requests a second, bursts of 50.
    pub const STANDARD: RateLimit = RateLimit {
        per_second: 2.0,
        burst: 50,
    };
    /// Enterprise plans: 5 requests a second, bursts of 250.
    pub const ENTERPRISE: RateLimit = RateLimit {
        per_second: 5.0,
        burst: 250,
    };
}

impl Default for RateLimit {
    fn default() -> Self {
        RateLimit::STANDARD
    }
}

/// The client's copy of the portal's bucket. Each request reserves a slot;
/// when the bucket is full the request waits until enough has drained.
///
/// The copy keeps a little headroom: the portal's bucket drains only while
/// it holds something, and requests reach it some time after the client
/// let them go. When a burst arrives late (its connections were still
/// opening) and the next request arrives on time, the portal's level runs
/// ahead of the client's by up to `delay × per_second`. Leaving
/// [`HEADROOM`] worth of slots free (at least one, at most half the bucket)
/// absorbs such delays; the sustained rate stays `per_second`.
#[derive(Debug)]
pub(crate) struct Throttle {
    limit: RateLimit,
    /// The level up to which requests go out without waiting.
    capacity: f64,
    state: Mutex<(f64, Instant)>,
}

/// How late a request may reach the portal, relative to the ones before it,
/// without being refused.
const HEADROOM: Duration = Duration::from_millis(50);

impl Throttle {
    pub(crate) fn new(limit: RateLimit) -> Self {
        let burst = f64::from(limit.burst);
        let headroom = (limit.per_second * HEADROOM.as_secs_f64())
            .max(1.0)
            .min(burst / 2.0);
        Throttle {
            limit,
            capacity: (burst - headroom).max(1.0),
            state: Mutex::new((0.0, Instant::now())),
        }
    }

    /// How long to wait before sending, with the slot already reserved.
    pub(crate) fn reserve(&self) -> Duration {
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        let now = Instant::now();
        let drained = now.duration_since(state.1).as_secs_f64() * self.limit.per_second;
        state.0 = (state.0 - drained).max(0.0) + 1.0;
        state.1 = now;
        let over = state.0 - self.capacity;
        if over > 0.0 {
            Duration::from_secs_f64(over / self.limit.per_second)
        } else {
            Duration::ZERO
        }
    }

    /// The portal said the bucket is full: treat ours as full too.
    pub(crate) fn saturate(&self) {
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        let now = Instant::now();
        let drained = now.duration_since(state.1).as_secs_f64() * self.limit.per_second;
        state.0 = (state.0 - drained).max(f64::from(self.limit.burst));
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

    /// How long to wait before calling `method`.
    pub(crate) fn wait(&self, method: &'static str) -> Duration {
        let mut seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
        let Some(&(operating, reset_at)) = seen.get(method) else {
            return Duration::ZERO;
        };
        if operating < self.limit * OPERATING_MARGIN {
            return Duration::ZERO;
        }
        // Past the reset the next answer brings fresh figures.
        seen.remove(method);
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs_f64())
            .unwrap_or(0.0);
        if reset_at > now {
            Duration::from_secs_f64(reset_at - now).min(MAX_OPERATING_WAIT)
        } else {
            Duration::ZERO
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_fits_then_each_request_waits_its_share() {
        // A bucket of 4 less one slot of headroom: 3 go out at once.
        let throttle = Throttle::new(RateLimit {
            per_second: 2.0,
            burst: 4,
        });
        let waits: Vec<Duration> = (0..5).map(|_| throttle.reserve()).collect();
        assert_eq!(&waits[..3], &[Duration::ZERO; 3]);
        // The 4th and 5th go out 0.5 s and 1 s later (give or take the time the loop took).
        assert!(
            waits[3] > Duration::from_millis(400) && waits[3] <= Duration::from_millis(500),
            "{waits:?}"
        );
        assert!(
            waits[4] > Duration::from_millis(900) && waits[4] <= Duration::from_millis(1000),
            "{waits:?}"
        );
    }

    #[test]
    fn the_headroom_is_fifty_milliseconds_of_drain_within_bounds() {
        let capacity = |per_second, burst| Throttle::new(RateLimit { per_second, burst }).capacity;
        assert_eq!(capacity(2.0, 50), 49.0, "at least one slot");
        assert_eq!(capacity(200.0, 50), 40.0, "50 ms at 200/s");
        assert_eq!(capacity(10_000.0, 100), 50.0, "at most half the bucket");
        assert_eq!(capacity(2.0, 1), 1.0, "one request always goes out");
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
            wait > Duration::from_secs(25) && wait <= Duration::from_secs(30),
            "{wait:?}"
        );
        assert_eq!(
            budget.wait("imbot.v2.Chat.add"),
            Duration::ZERO,
            "budgets are per method"
        );
    }
}
