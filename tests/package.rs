//! The crate is publishable: `cargo package --workspace` builds `bitrix24`
//! from its packaged files alone, with `bitrix24-codegen` as a versioned
//! dependency, which proves the package carries `schema/`; unpacked into a
//! folder outside the workspace, the package passes the tests it ships and
//! `cargo doc` finds no broken link and no undocumented public item.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::Path;
use std::process::Command;

#[test]
fn workspace_packages_and_builds_from_its_own_files() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // The packaged crates keep their versions while their sources change,
    // and cargo extracts a registry crate of a known version only once: a
    // target folder per version of the sources of every packaged crate
    // (codegen, and the runtime `b24` and the emulator build on) makes the
    // verification build the sources packaged now, not those of an earlier run.
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let hash = ["codegen", "src", "cli/src", "mock/src"]
        .iter()
        .fold(0u64, |acc, dir| {
            acc.rotate_left(7) ^ source_hash(&root.join(dir))
        });
    let name = format!("package-{hash:016x}");
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
    // Each step's duration is printed (`-- --nocapture`), for the CI budget.
    let started = std::time::Instant::now();
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
    eprintln!("packaged and verified in {:?}", started.elapsed());

    // The package as a stranger receives it: unpacked into a folder of its
    // own outside the workspace, with `bitrix24-codegen` from its package
    // too (as crates.io would serve it), it passes the tests it ships and
    // documents every public item without a broken link.
    let unpacked = std::env::temp_dir().join(format!(
        "bitrix24-unpacked-{}-{}",
        std::process::id(),
        target.file_name().unwrap().to_string_lossy()
    ));
    let _ = std::fs::remove_dir_all(&unpacked);
    std::fs::create_dir_all(&unpacked).unwrap();
    let crates = target.join("package");
    let version = env!("CARGO_PKG_VERSION");
    for name in ["bitrix24", "bitrix24-codegen"] {
        let file = crates.join(format!("{name}-{version}.crate"));
        let status = Command::new("tar")
            .arg("xzf")
            .arg(&file)
            .arg("-C")
            .arg(&unpacked)
            .status()
            .expect("tar runs");
        assert!(status.success(), "cannot unpack {}", file.display());
    }
    let package = unpacked.join(format!("bitrix24-{version}"));
    let codegen = unpacked.join(format!("bitrix24-codegen-{version}"));
    for left_out in [
        "tests/emulator.rs",
        "tests/package.rs",
        "examples",
        "codegen",
    ] {
        assert!(
            !package.join(left_out).exists(),
            "{left_out} needs the workspace and must not ship"
        );
    }
    let mut manifest = std::fs::read_to_string(package.join("Cargo.toml")).unwrap();
    manifest.push_str(&format!(
        "\n[patch.crates-io]\nbitrix24-codegen = {{ path = {:?} }}\n",
        codegen.display().to_string()
    ));
    std::fs::write(package.join("Cargo.toml"), manifest).unwrap();
    let run = |args: &[&str], rustdocflags: Option<&str>| {
        let mut command = Command::new(env!("CARGO"));
        command
            .args(args)
            .args(["--offline", "--target-dir"])
            .arg(&target)
            .current_dir(&package)
            .env_remove("RUSTFLAGS")
            .env_remove("RUSTDOCFLAGS");
        if let Some(flags) = rustdocflags {
            command.env("RUSTDOCFLAGS", flags);
        }
        let output = command.output().expect("cargo runs");
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(
            output.status.success(),
            "cargo {args:?} in {} failed:\n{text}",
            package.display()
        );
        text
    };
    let started = std::time::Instant::now();
    let tested = run(&["test"], None);
    eprintln!("the unpacked package tested in {:?}", started.elapsed());
    for shipped in [
        "tests/client.rs",
        "tests/redaction.rs",
        "tests/fuzz_decode.rs",
        "tests/generated.rs",
    ] {
        assert!(
            tested.contains(&format!("Running {shipped}")),
            "{shipped} did not run in the package:\n{tested}"
        );
    }
    assert!(!tested.contains("FAILED"), "{tested}");
    let started = std::time::Instant::now();
    run(
        &["doc", "--no-deps", "--all-features"],
        Some("-D warnings -D rustdoc::broken_intra_doc_links -D missing_docs"),
    );
    eprintln!("documented in {:?}", started.elapsed());
    let _ = std::fs::remove_dir_all(&unpacked);
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
