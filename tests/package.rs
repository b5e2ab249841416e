//! The crate is publishable: `cargo package --workspace` builds `bitrix24`
//! from its packaged files alone, with `bitrix24-codegen` as a versioned
//! dependency, which proves the package carries `schema/`.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::Path;
use std::process::Command;

#[test]
fn workspace_packages_and_builds_from_its_own_files() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // The packaged `bitrix24-codegen` keeps its version while its sources
    // change, and cargo extracts a registry crate of a known version only
    // once: a target folder per version of the codegen sources makes the
    // verification build the sources packaged now, not those of an earlier run.
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let name = format!("package-{:016x}", source_hash(&root.join("codegen")));
    for entry in std::fs::read_dir(tmp).into_iter().flatten().flatten() {
        let old = entry.file_name().to_string_lossy().into_owned();
        if (old == "package" || old.starts_with("package-")) && old != name {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
    let target = tmp.join(name);
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

/// A hash of every file under a folder (paths and contents, in sorted order).
fn source_hash(dir: &Path) -> u64 {
    fn walk(dir: &Path, files: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, files);
            } else {
                files.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(dir, &mut files);
    files.sort();
    let mut hasher = DefaultHasher::new();
    for file in files {
        file.hash(&mut hasher);
        std::fs::read(&file).unwrap_or_default().hash(&mut hasher);
    }
    hasher.finish()
}
