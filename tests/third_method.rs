//! Adding a method takes one YAML file and no Rust.
//!
//! Builds a scratch copy of this crate whose schema is the shared files of
//! `schema/common/` plus `tests/fixtures/im.chat.updateTitle.yaml` (and the
//! complete example of `schema/README.md`, which says it compiles, and the
//! generator's edge cases of `tests/fixtures/im.demo.edgeCases.yaml`), reusing
//! this crate's own `build.rs` and `src/`, and runs a test against the
//! bindings generated for the new method. (The method descriptors of
//! `schema/` are left out, so the scratch build stays small however large the
//! schema grows.)

mod scratch;

use scratch::copy_dir;
use std::path::Path;
use std::process::Command;

#[test]
fn a_method_added_by_yaml_alone_compiles_and_works() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let scratch = Path::new(env!("CARGO_TARGET_TMPDIR")).join("third-method");
    let _ = std::fs::remove_dir_all(scratch.join("schema"));
    copy_dir(&root.join("schema/common"), &scratch.join("schema/common"));
    std::fs::create_dir_all(scratch.join("schema/im")).unwrap();
    std::fs::copy(
        root.join("tests/fixtures/im.chat.updateTitle.yaml"),
        scratch.join("schema/im/im.chat.updateTitle.yaml"),
    )
    .unwrap();
    // Shapes of the docs tree the reviewed schema lacks (issue 16).
    std::fs::copy(
        root.join("tests/fixtures/im.demo.edgeCases.yaml"),
        scratch.join("schema/im/im.demo.edgeCases.yaml"),
    )
    .unwrap();
    // schema/README.md's complete example, which says it compiles.
    std::fs::write(
        scratch.join("schema/im/im.message.forward.yaml"),
        readme_example(root),
    )
    .unwrap();
    std::fs::create_dir_all(scratch.join("tests")).unwrap();
    std::fs::copy(
        root.join("tests/fixtures/third_method_usage.rs"),
        scratch.join("tests/usage.rs"),
    )
    .unwrap();
    std::fs::copy(root.join("Cargo.lock"), scratch.join("Cargo.lock")).unwrap();
    // This crate's build.rs and src/lib.rs by absolute path, its own schema/.
    let manifest = scratch::manifest(
        root,
        &root.join("build.rs").display().to_string(),
        Some(&root.join("src/lib.rs")),
    );
    std::fs::write(scratch.join("Cargo.toml"), manifest).unwrap();

    let output = Command::new(env!("CARGO"))
        .args([
            "test",
            "--offline",
            "--quiet",
            // The bindings of the `im` scope alone: the HTTP client adds
            // nothing to this proof.
            "--no-default-features",
            "--features",
            "im",
            "--test",
            "usage",
            "--manifest-path",
        ])
        .arg(scratch.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", scratch.join("target"))
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "the scratch crate failed:\n{stdout}\n{stderr}"
    );
    assert!(stdout.contains("3 passed"), "{stdout}");
    // The generated code compiles without a warning (dependencies' warnings
    // are capped by cargo and never shown): `clippy -D warnings` in a user's
    // crate would fail on one.
    assert!(
        !stderr.contains("warning"),
        "the generated code warns:\n{stderr}"
    );
}

/// The YAML block under "## Complete example" in schema/README.md.
fn readme_example(root: &Path) -> String {
    let readme = std::fs::read_to_string(root.join("schema/README.md")).unwrap();
    let section = &readme[readme
        .find("## Complete example")
        .expect("schema/README.md has a complete example")..];
    let start = section.find("```yaml\n").expect("a yaml block") + "```yaml\n".len();
    let len = section[start..].find("```").expect("the block ends");
    section[start..start + len].to_owned()
}
