//! Fuzz-style tests on stable Rust: each case reads its choices through
//! [`arbitrary::Unstructured`] from bytes a seeded generator makes, so a run
//! is the same on every machine and a failure names the seed and case that
//! replay it.
//!
//! `.ci/run` runs the default case count of each test (seconds). A longer
//! run: `FUZZ_CASES=100000 cargo test --release --test fuzz_<name>`; another
//! sequence: `FUZZ_SEED=<n>`; one failing case: `FUZZ_SEED=<n> FUZZ_CASE=<i>`.
//! The unit tests of `cli/` and `mock/` include this file by its path.

#![allow(dead_code)]

pub use arbitrary::Unstructured;

/// The seed of the sequence `.ci/run` checks.
pub const DEFAULT_SEED: u64 = 0x0b24_f022;

/// How many cases to run: `FUZZ_CASES`, else `default`.
pub fn cases(default: u64) -> u64 {
    env_u64("FUZZ_CASES").unwrap_or(default)
}

/// The seed: `FUZZ_SEED`, else [`DEFAULT_SEED`].
pub fn seed() -> u64 {
    env_u64("FUZZ_SEED").unwrap_or(DEFAULT_SEED)
}

fn env_u64(name: &str) -> Option<u64> {
    let text = std::env::var(name).ok()?;
    let text = text.trim();
    let parsed = match text.strip_prefix("0x") {
        Some(hex) => u64::from_str_radix(hex, 16),
        None => text.parse(),
    };
    Some(parsed.unwrap_or_else(|_| panic!("{name}={text} is not a number")))
}

/// SplitMix64: enough randomness for choosing mutations, and no dependency.
fn splitmix(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The bytes of case `case` of the sequence `seed`.
pub fn bytes(seed: u64, case: u64, len: usize) -> Vec<u8> {
    let mut state = seed ^ case.wrapping_mul(0xA076_1D64_78BD_642F);
    let mut out = Vec::with_capacity(len + 8);
    while out.len() < len {
        out.extend_from_slice(&splitmix(&mut state).to_le_bytes());
    }
    out.truncate(len);
    out
}

/// Runs `case` for each case of the sequence and returns how many ran.
/// A panic is reported with the seed and case that replay it, then goes on
/// unwinding so the test fails. `FUZZ_CASE` runs that one case only.
pub fn run(
    name: &str,
    default_cases: u64,
    mut case: impl FnMut(&mut Unstructured<'_>, u64),
) -> u64 {
    let seed = seed();
    let only = env_u64("FUZZ_CASE");
    let range = match only {
        Some(i) => i..i + 1,
        None => 0..cases(default_cases),
    };
    let mut ran = 0;
    for i in range {
        let data = bytes(seed, i, 4096);
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let mut u = Unstructured::new(&data);
            case(&mut u, i);
        }));
        if let Err(panic) = outcome {
            eprintln!(
                "fuzz {name}: case {i} failed; replay with FUZZ_SEED={seed:#x} FUZZ_CASE={i}"
            );
            std::panic::resume_unwind(panic);
        }
        ran += 1;
    }
    eprintln!("fuzz {name}: {ran} cases, seed {seed:#x}");
    ran
}

/// A number in `0..n` (0 when the bytes run out or `n` is 0).
pub fn below(u: &mut Unstructured<'_>, n: usize) -> usize {
    if n == 0 {
        return 0;
    }
    u.int_in_range(0..=n - 1).unwrap_or(0)
}

/// One of `items` (the first when the bytes run out).
pub fn pick<'a, T>(u: &mut Unstructured<'_>, items: &'a [T]) -> &'a T {
    &items[below(u, items.len())]
}

/// True with probability about `1/n`.
pub fn one_in(u: &mut Unstructured<'_>, n: usize) -> bool {
    below(u, n) == 0
}

/// Text fragments that break parsers: structure of YAML and JSON, numbers at
/// the edges of their types, odd whitespace and characters.
pub const TOKENS: &[&str] = &[
    ":",
    ": ",
    "- ",
    "-",
    "{",
    "}",
    "[",
    "]",
    ",",
    "\"",
    "'",
    "#",
    "&a ",
    "*a",
    "!!str ",
    "!!binary ",
    "? ",
    "|",
    ">",
    "---",
    "...",
    "~",
    "null",
    "true",
    "false",
    "yes",
    "no",
    "0",
    "-1",
    "1.5",
    "1e400",
    "-0",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775809",
    "18446744073709551616",
    "NaN",
    ".inf",
    "0x1F",
    "\t",
    "  ",
    "\n",
    "\r\n",
    "\\",
    "\\u0000",
    "\u{0}",
    "ё",
    "日本",
    "🦀",
    "\u{feff}",
    "\u{202e}",
    "%",
    "@",
    "type: ",
    "required: true",
    "doc: x",
    "fields:",
    "values:",
    "{}",
    "[]",
    "\"\"",
    "<<: *a",
    "Y",
    "N",
    "PINK",
    "UNKNOWN_VALUE",
    "CRM",
    "DEAL|1",
    "|null",
    "[integer]",
    "object",
    "any",
];

/// One of [`TOKENS`].
pub fn token(u: &mut Unstructured<'_>) -> &'static str {
    TOKENS[below(u, TOKENS.len())]
}

/// A mutated copy of `text`: a few edits at random places, each on char
/// boundaries so the result stays UTF-8.
pub fn mutate_text(u: &mut Unstructured<'_>, text: &str) -> String {
    let mut s = text.to_owned();
    let edits = 1 + below(u, 4);
    for _ in 0..edits {
        let bounds: Vec<usize> = s.char_indices().map(|(i, _)| i).chain([s.len()]).collect();
        let at = bounds[below(u, bounds.len())];
        let to = bounds[(bounds.partition_point(|&b| b < at) + below(u, 40)).min(bounds.len() - 1)];
        match below(u, 10) {
            // Delete a span.
            0 => s.replace_range(at..to, ""),
            // Insert a token.
            1 | 2 => s.insert_str(at, token(u)),
            // Replace a span by a token.
            3 => s.replace_range(at..to, token(u)),
            // Duplicate a span.
            4 => {
                let span = s[at..to].to_owned();
                s.insert_str(to, &span);
            }
            // Truncate.
            5 => s.truncate(at),
            // Re-indent, duplicate, drop or swap whole lines.
            _ => {
                let mut lines: Vec<String> = s.split('\n').map(str::to_owned).collect();
                let i = below(u, lines.len());
                let j = below(u, lines.len());
                match below(u, 4) {
                    0 => lines[i].insert_str(0, [" ", "  ", "\t", "- "][below(u, 4)]),
                    1 => {
                        let line = lines[i].clone();
                        lines.insert(j, line);
                    }
                    2 => {
                        lines.remove(i);
                    }
                    _ => lines.swap(i, j),
                }
                s = lines.join("\n");
            }
        }
    }
    s
}

/// A mutated copy of a JSON value: values replaced by others of any kind,
/// keys dropped, renamed or added, strings replaced by values never seen.
pub fn mutate_json(u: &mut Unstructured<'_>, value: &serde_json::Value) -> serde_json::Value {
    let mut v = value.clone();
    let edits = 1 + below(u, 3);
    for _ in 0..edits {
        let nodes = count_nodes(&v);
        let target = below(u, nodes);
        let mut seen = 0;
        edit_node(u, &mut v, target, &mut seen);
    }
    v
}

fn count_nodes(v: &serde_json::Value) -> usize {
    1 + match v {
        serde_json::Value::Array(a) => a.iter().map(count_nodes).sum(),
        serde_json::Value::Object(m) => m.values().map(count_nodes).sum(),
        _ => 0,
    }
}

fn edit_node(
    u: &mut Unstructured<'_>,
    v: &mut serde_json::Value,
    target: usize,
    seen: &mut usize,
) -> bool {
    if *seen == target {
        change(u, v);
        return true;
    }
    *seen += 1;
    match v {
        serde_json::Value::Array(a) => a.iter_mut().any(|x| edit_node(u, x, target, seen)),
        serde_json::Value::Object(m) => m.values_mut().any(|x| edit_node(u, x, target, seen)),
        _ => false,
    }
}

fn change(u: &mut Unstructured<'_>, v: &mut serde_json::Value) {
    use serde_json::{Value, json};
    match below(u, 8) {
        0 => {
            if let Value::Object(m) = v
                && !m.is_empty()
            {
                let key = m.keys().nth(below(u, m.len())).cloned().unwrap_or_default();
                match below(u, 3) {
                    0 => {
                        m.remove(&key);
                    }
                    1 => {
                        if let Some(x) = m.remove(&key) {
                            m.insert(key.to_lowercase(), x);
                        }
                    }
                    _ => {
                        m.insert(format!("{key}_NEW"), json!("added"));
                    }
                }
                return;
            }
            *v = Value::Null;
        }
        1 => {
            if let Value::Array(a) = v
                && !a.is_empty()
            {
                match below(u, 3) {
                    0 => a.clear(),
                    1 => {
                        let x = a[below(u, a.len())].clone();
                        a.push(x);
                    }
                    _ => {
                        a.remove(below(u, a.len()));
                    }
                }
                return;
            }
            *v = json!([]);
        }
        // A string never seen: a new enum value, a new code.
        2 | 3 => *v = json!(format!("NEW_VALUE_{}", below(u, 100))),
        _ => {
            *v = pick(
                u,
                &[
                    Value::Null,
                    json!(true),
                    json!(false),
                    json!(0),
                    json!(-1),
                    json!(i64::MAX),
                    json!(u64::MAX),
                    json!(1.5),
                    json!(-1e300),
                    json!(""),
                    json!("0"),
                    json!("123"),
                    json!("-7"),
                    json!("1.5"),
                    json!("Y"),
                    json!("N"),
                    json!("2026-02-25T17:03:37+03:00"),
                    json!("not a date"),
                    json!([]),
                    json!([1, "a", null]),
                    json!({}),
                    json!({"unexpected": {"deeply": [1, {"nested": true}]}}),
                ],
            )
            .clone()
        }
    }
}
