//! Side-by-side timing for a noisy machine: two closures run in alternating
//! batches (A B, then B A, ...), so whatever else the machine is doing hits
//! both sides alike. The figure is the ratio of the two medians; the spread
//! is given by the 10th and 90th percentiles of the per-round ratios.

#![allow(dead_code)]

use std::hint::black_box;
use std::time::{Duration, Instant};

/// The outcome of one comparison.
#[derive(Debug, Clone)]
pub struct Comparison {
    pub name: String,
    /// Median time of one call of side A (the generated code), ns.
    pub a_ns: f64,
    /// Median time of one call of side B (the hand-written code), ns.
    pub b_ns: f64,
    /// `a_ns / b_ns`.
    pub ratio: f64,
    /// 10th and 90th percentiles of the per-round ratios.
    pub ratio_p10: f64,
    pub ratio_p90: f64,
    /// 10th and 90th percentiles of each side's per-round times, ns.
    pub a_p10_p90: (f64, f64),
    pub b_p10_p90: (f64, f64),
    pub rounds: usize,
    pub iters: u64,
}

impl Comparison {
    /// One line of a Markdown table:
    /// `| name | A ns | B ns | ratio | p10–p90 | rounds × iters |`.
    pub fn row(&self) -> String {
        format!(
            "| {} | {} | {} | {:.3} | {:.3}–{:.3} | {} × {} |",
            self.name,
            fmt_ns(self.a_ns),
            fmt_ns(self.b_ns),
            self.ratio,
            self.ratio_p10,
            self.ratio_p90,
            self.rounds,
            self.iters,
        )
    }
}

/// Formats nanoseconds with a unit that keeps three significant digits.
pub fn fmt_ns(ns: f64) -> String {
    if ns >= 1e9 {
        format!("{:.3} s", ns / 1e9)
    } else if ns >= 1e6 {
        format!("{:.3} ms", ns / 1e6)
    } else if ns >= 1e3 {
        format!("{:.3} µs", ns / 1e3)
    } else {
        format!("{ns:.1} ns")
    }
}

/// The median of a slice (sorted in place).
pub fn median(values: &mut [f64]) -> f64 {
    percentile(values, 0.5)
}

/// A percentile (0.0..=1.0) by nearest rank, of a slice sorted in place.
pub fn percentile(values: &mut [f64], p: f64) -> f64 {
    assert!(!values.is_empty());
    values.sort_by(f64::total_cmp);
    let rank = (p * (values.len() - 1) as f64).round() as usize;
    values[rank.min(values.len() - 1)]
}

/// How many calls of `f` make a batch of about `target`.
pub fn calibrate(f: &mut impl FnMut(), target: Duration) -> u64 {
    // Warm caches and the allocator first.
    let warm = Instant::now();
    while warm.elapsed() < target {
        f();
    }
    let mut iters = 1u64;
    loop {
        let t = time_batch(f, iters);
        if t >= target || iters >= 1 << 30 {
            let per = t.as_secs_f64() / iters as f64;
            return ((target.as_secs_f64() / per).ceil() as u64).max(1);
        }
        iters *= 2;
    }
}

fn time_batch(f: &mut impl FnMut(), iters: u64) -> Duration {
    let start = Instant::now();
    for _ in 0..iters {
        f();
    }
    start.elapsed()
}

/// Times `a` against `b` over `rounds` alternating rounds of batches of
/// about `batch` each. Both sides run the same number of calls per batch
/// (calibrated on the slower one).
pub fn compare(
    name: &str,
    mut a: impl FnMut(),
    mut b: impl FnMut(),
    rounds: usize,
    batch: Duration,
) -> Comparison {
    let iters = calibrate(&mut a, batch).min(calibrate(&mut b, batch));
    let mut ta = Vec::with_capacity(rounds);
    let mut tb = Vec::with_capacity(rounds);
    for round in 0..rounds {
        let (x, y) = if round % 2 == 0 {
            let x = time_batch(&mut a, iters);
            let y = time_batch(&mut b, iters);
            (x, y)
        } else {
            let y = time_batch(&mut b, iters);
            let x = time_batch(&mut a, iters);
            (x, y)
        };
        ta.push(x.as_secs_f64() * 1e9 / iters as f64);
        tb.push(y.as_secs_f64() * 1e9 / iters as f64);
    }
    summarize(name, ta, tb, iters)
}

/// Builds a [`Comparison`] from per-round times (ns per call) of two sides
/// measured in alternation.
pub fn summarize(name: &str, ta: Vec<f64>, tb: Vec<f64>, iters: u64) -> Comparison {
    let mut ratios: Vec<f64> = ta.iter().zip(&tb).map(|(x, y)| x / y).collect();
    let (mut ta, mut tb) = (ta, tb);
    let a_ns = median(&mut ta);
    let b_ns = median(&mut tb);
    Comparison {
        name: name.to_owned(),
        a_ns,
        b_ns,
        ratio: a_ns / b_ns,
        ratio_p10: percentile(&mut ratios, 0.1),
        ratio_p90: percentile(&mut ratios, 0.9),
        a_p10_p90: (percentile(&mut ta, 0.1), percentile(&mut ta, 0.9)),
        b_p10_p90: (percentile(&mut tb, 0.1), percentile(&mut tb, 0.9)),
        rounds: ratios.len(),
        iters,
    }
}

/// Keeps a value alive and opaque to the optimizer.
pub fn keep<T>(value: T) {
    black_box(value);
}
