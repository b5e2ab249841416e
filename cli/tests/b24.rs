//! End-to-end tests of the real `b24` binary against a portal on loopback.

mod support;

#[path = "b24/exits.rs"]
mod exits;
#[path = "b24/output.rs"]
mod output;
#[path = "b24/params.rs"]
mod params;
#[path = "b24/refusals.rs"]
mod refusals;

/// A file under the test's own temporary folder.
fn temp_file(name: &str, content: &str) -> std::path::PathBuf {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("b24-tests");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    path
}
