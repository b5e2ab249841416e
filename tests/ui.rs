//! Compile-time guarantees of the generated API, proven with trybuild.
//!
//! `tests/ui/*.rs` must each fail to compile with the message in the
//! `.stderr` file beside it. Refresh them with `TRYBUILD=overwrite cargo test --test ui`
//! and review the diff: the messages are part of the API.

#[test]
fn misuse_does_not_compile() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
}
