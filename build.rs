//! Generates the typed bindings from `schema/` into `OUT_DIR`.
//!
//! Only load, validate and emit run here; pretty-printing is left to the
//! checked-in copy in `generated/` (refreshed by
//! `cargo run -p bitrix24-codegen -- snapshot`), which keeps builds cheap.

use std::path::Path;

fn main() {
    let schema = Path::new("schema");
    println!("cargo:rerun-if-changed=schema");
    match bitrix24_codegen::generate(schema) {
        Ok(generated) => {
            for file in &generated.files {
                println!("cargo:rerun-if-changed={}", file.display());
            }
            let out_dir =
                std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
            let out = Path::new(&out_dir).join(bitrix24_codegen::OUTPUT_FILE);
            let text = bitrix24_codegen::render_owned(generated.tokens);
            if let Err(e) = std::fs::write(&out, text) {
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
