//! Scratch copies of this crate, for tests that build it elsewhere
//! (`third_method.rs`, `build_script_reruns.rs`).

use std::path::{Path, PathBuf};

/// A manifest for a scratch copy of this crate: its `[dependencies]` and
/// `[features]`, the given build script (and library root, if any), a
/// workspace of its own, and `bitrix24-codegen` by path as the build
/// dependency.
pub fn manifest(root: &Path, build: &str, lib: Option<&Path>) -> String {
    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).unwrap();
    let section = |name: &str| -> String {
        let header = format!("\n[{name}]\n");
        let Some(start) = manifest.find(&header) else {
            return String::new();
        };
        let body = &manifest[start + header.len()..];
        let end = body.find("\n[").map_or(body.len(), |i| i + 1);
        format!("[{name}]\n{}\n", &body[..end])
    };
    let lib = lib
        .map(|path| format!("[lib]\npath = {:?}\n\n", path.display().to_string()))
        .unwrap_or_default();
    format!(
        "[package]\nname = \"bitrix24\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\nbuild = {build:?}\n\n\
         {lib}[workspace]\n\n{deps}{features}\
         [build-dependencies]\nbitrix24-codegen = {{ path = {codegen:?}, default-features = false }}\n",
        deps = section("dependencies"),
        features = section("features"),
        codegen = root.join("codegen").display().to_string(),
    )
}

/// Copies a folder and everything in it.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path: PathBuf = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}
