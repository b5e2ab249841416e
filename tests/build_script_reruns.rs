//! The build script reruns when a descriptor changes and only then: editing
//! the runtime in `src/` recompiles the crate without generating again. And
//! it generates only the scopes whose features are enabled.
//!
//! Builds a scratch copy of the crate (its own `src/`, `build.rs` and
//! `schema/`, so touching files leaves this checkout alone) with
//! `cargo build -v`, whose output has a "Running `.../build-script-build`"
//! line exactly when the build script runs.

mod scratch;

use scratch::copy_dir;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, SystemTime};

#[test]
fn touching_src_does_not_rerun_the_build_script_and_touching_a_descriptor_does() {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let scratch = scratch_crate("build-script-reruns");
    // Shares compiled dependencies with tests/third_method.rs.
    let target = tmp.join("third-method").join("target");

    let first = build(&scratch, &target);
    assert!(ran_build_script(&first), "a first build runs it:\n{first}");

    touch(&scratch.join("src/method.rs"));
    let after_src = build(&scratch, &target);
    assert!(
        after_src.contains("Compiling bitrix24"),
        "the touched source was seen:\n{after_src}"
    );
    assert!(
        !ran_build_script(&after_src),
        "touching src/ reran the build script:\n{after_src}"
    );

    touch(&scratch.join("schema/im/im.chat.add.yaml"));
    let after_yaml = build(&scratch, &target);
    assert!(
        ran_build_script(&after_yaml),
        "touching a descriptor did not rerun the build script:\n{after_yaml}"
    );
}

#[test]
fn a_build_generates_only_the_scopes_it_enables() {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let scratch = scratch_crate("scoped-build");
    // A broken descriptor in the disabled scope: the build must not read it.
    std::fs::write(scratch.join("schema/imbot/imbot.broken.yaml"), "method: [").unwrap();
    let target = tmp.join("third-method").join("target");
    let output = Command::new(env!("CARGO"))
        .args(["build", "--offline", "--message-format=json"])
        .args([
            "--no-default-features",
            "--features",
            "im",
            "--manifest-path",
        ])
        .arg(scratch.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", &target)
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "cargo build failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let out_dir = stdout
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .find(|m| {
            m["reason"] == "build-script-executed"
                && m["package_id"]
                    .as_str()
                    .is_some_and(|p| p.contains("scoped-build"))
        })
        .and_then(|m| m["out_dir"].as_str().map(str::to_owned))
        .expect("the build script ran");
    let generated = std::fs::read_to_string(Path::new(&out_dir).join("bitrix24.rs")).unwrap();

    let im_methods = std::fs::read_dir(scratch.join("schema/im"))
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "yaml")
        })
        .count();
    let methods_table = generated
        .split("pub static METHODS")
        .nth(1)
        .and_then(|rest| rest.split("];").next())
        .expect("the method table is generated");
    let listed = methods_table.matches("_INFO").count();
    assert_eq!(listed, im_methods, "METHODS lists the im methods only");
    assert!(
        !methods_table.contains("crate::imbot"),
        "METHODS names an imbot method"
    );
    assert!(
        generated.contains("pub mod im{"),
        "the im scope is generated"
    );
    for absent in ["pub mod imbot", "crate::imbot", "imbot.v2.Chat.add"] {
        assert!(
            !generated.contains(absent),
            "`{absent}` is in the im-only build"
        );
    }
}

/// A scratch copy of this crate under `CARGO_TARGET_TMPDIR/<name>`: its own
/// `src/`, `schema/` and `build.rs`, so touching files leaves this checkout
/// alone.
fn scratch_crate(name: &str) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let scratch = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&scratch);
    for dir in ["src", "schema"] {
        copy_dir(&root.join(dir), &scratch.join(dir));
    }
    std::fs::copy(root.join("build.rs"), scratch.join("build.rs")).unwrap();
    std::fs::copy(root.join("Cargo.lock"), scratch.join("Cargo.lock")).unwrap();
    std::fs::write(
        scratch.join("Cargo.toml"),
        scratch::manifest(root, "build.rs", None),
    )
    .unwrap();
    scratch
}

/// Whether cargo's verbose output shows the build script being run (not
/// just compiled, which shows as `rustc --crate-name build_script_build`).
fn ran_build_script(output: &str) -> bool {
    output.lines().any(|l| {
        let l = l.trim();
        l.starts_with("Running `") && l.ends_with("build-script-build`")
    })
}

fn build(dir: &Path, target: &Path) -> String {
    let output = Command::new(env!("CARGO"))
        .args(["build", "--offline", "-v", "--no-default-features"])
        .arg("--manifest-path")
        .arg(dir.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", target)
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.status.success(), "cargo build failed:\n{text}");
    text
}

/// Sets a file's modification time a little ahead of now, so that it is
/// newer than the last build even on file systems with coarse timestamps.
fn touch(path: &Path) {
    let file = std::fs::OpenOptions::new().write(true).open(path).unwrap();
    file.set_modified(SystemTime::now() + Duration::from_secs(2))
        .unwrap();
}
