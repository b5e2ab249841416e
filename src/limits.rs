//! The portal's request-rate limit (limits.md), shared by the client's
//! throttle and the emulator's bucket.

/// The portal's request-rate limit, a leaky bucket: each request adds one to
/// a counter that drains by `per_second` every second; a request that finds
/// the counter at `burst` is refused with `QUERY_LIMIT_EXCEEDED` (503).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RateLimit {
    /// How much the counter drains per second (`Y` in the docs).
    pub per_second: f64,
    /// The counter value at which requests are refused (`X` in the docs).
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
    /// No limit at all (self-hosted portals, tests).
    pub const UNLIMITED: RateLimit = RateLimit {
        per_second: f64::INFINITY,
        burst: u32::MAX,
    };

    /// A limit of your own.
    pub fn new(per_second: f64, burst: u32) -> Self {
        RateLimit { per_second, burst }
    }
}

impl Default for RateLimit {
    fn default() -> Self {
        RateLimit::STANDARD
    }
}
