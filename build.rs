//! Generates the typed bindings from `schema/` into `OUT_DIR`.
//!
//! Only the scopes whose cargo features are enabled are read and generated
//! (`schema/<scope>/`, plus the shared types of `schema/common/` they use),
//! so a build pays only for the scopes it compiles. Only load, validate and
//! emit run here, loading and emitting on several threads; pretty-printing
//! is left to the checked-in copy of every scope in `generated/` (refreshed
//! by `cargo run -p bitrix24-codegen -- snapshot`), which keeps builds cheap.

use std::path::Path;

fn main() {
    let schema = Path::new("schema");
    // Cargo scans the folder recursively: a descriptor added, removed or
    // edited anywhere reruns this script; a change of features reruns it too.
    println!("cargo:rerun-if-changed=schema");
    // Its [features] say which scope folders must exist as features.
    println!("cargo:rerun-if-changed=Cargo.toml");
    let scopes = bitrix24_codegen::Scopes::from_cargo_features();
    match bitrix24_codegen::generate_text(schema, &scopes) {
        Ok(generated) => {
            let out_dir =
                std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
            let out = Path::new(&out_dir).join(bitrix24_codegen::OUTPUT_FILE);
            if let Err(e) = std::fs::write(&out, generated.text) {
                eprintln!("error: cannot write {}: {e}", out.display());
                std::process::exit(1);
            }
        }
        Err(diagnostics) => {
            for d in &diagnostics.0 {
                println!("cargo:warning={d}");
            }
            eprintln!("{diagnostics}");
            eprintln!(
                "error: schema/ has {} problem(s); see above",
                diagnostics.0.len()
            );
            std::process::exit(1);
        }
    }
}
