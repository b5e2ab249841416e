//! The crate is publishable: `cargo package --workspace` builds `bitrix24`
//! from its packaged files alone, with `bitrix24-codegen` as a versioned
//! dependency, which proves the package carries `schema/`.

use std::path::Path;
use std::process::Command;

#[test]
fn workspace_packages_and_builds_from_its_own_files() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let target = Path::new(env!("CARGO_TARGET_TMPDIR")).join("package");
    let cargo = |args: &[&str]| {
        let output = Command::new(env!("CARGO"))
            .args(args)
            .args(["--offline", "--allow-dirty", "--target-dir"])
            .arg(&target)
            .current_dir(root)
            .env_remove("RUSTFLAGS")
            .output()
            .expect("cargo runs");
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(output.status.success(), "cargo {args:?} failed:\n{text}");
        text
    };
    let listed = cargo(&["package", "-p", "bitrix24", "--list"]);
    for file in [
        "schema/im/im.chat.add.yaml",
        "schema/common/system-errors.yaml",
        "build.rs",
        "src/lib.rs",
    ] {
        assert!(
            listed.lines().any(|l| l == file),
            "{file} is not packaged:\n{listed}"
        );
    }
    assert!(
        !listed.lines().any(|l| l.starts_with("codegen/")),
        "codegen/ belongs to its own package"
    );
    let verified = cargo(&["package", "--workspace"]);
    assert!(verified.contains("Verifying bitrix24 v"), "{verified}");
}
