//! Writes a synthetic schema folder (`benches/support/synth.rs`): the real
//! root shared files plus N methods spread over 20 scopes.
//!
//! ```sh
//! cargo run --example synth_schema -- /tmp/full-schema 1500        # every scope
//! cargo run --example synth_schema -- /tmp/crm-schema 1500 crm     # only crm's part of it
//! ```
//!
//! `benches/scoped_build.sh` builds the crate on both to measure what a
//! full-size schema costs a build that enables one scope.

#[path = "support/synth.rs"]
mod synth;

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(dir), Some(n)) = (args.next(), args.next().and_then(|n| n.parse().ok())) else {
        eprintln!("usage: synth_schema DIR N [SCOPE]");
        std::process::exit(2);
    };
    let dir = std::path::PathBuf::from(dir);
    synth::write_schema(&dir, n);
    if let Some(keep) = args.next() {
        for scope in synth::SCOPES.iter().filter(|s| **s != keep) {
            let _ = std::fs::remove_dir_all(dir.join(scope));
        }
    }
    println!("{}", synth::SCOPES.join(" "));
}
