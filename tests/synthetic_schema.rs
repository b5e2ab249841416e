//! The synthetic schemas the generation benchmark measures
//! (`benches/support/synth.rs`) stay valid descriptors, so the benchmark
//! measures generation and not an early error.

#[path = "../benches/support/synth.rs"]
mod synth;

#[test]
fn synthetic_schemas_generate() {
    let dir = synth::temp_schema(30);
    let generated = bitrix24_codegen::generate(&dir);
    let _ = std::fs::remove_dir_all(&dir);
    let generated = generated.unwrap_or_else(|d| panic!("{d}"));
    // 3 shared files and 30 methods.
    assert_eq!(generated.files.len(), 33);
    let text = bitrix24_codegen::render_owned(generated.tokens);
    assert!(text.contains("pub mod crm"), "the methods were emitted");
    // The borrowed and the owned renderers agree.
    let again = bitrix24_codegen::generate(&bitrix24_codegen_schema()).unwrap();
    assert_eq!(
        bitrix24_codegen::render(&again.tokens),
        bitrix24_codegen::render_owned(again.tokens)
    );
}

fn bitrix24_codegen_schema() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schema")
}
