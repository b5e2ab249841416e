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

/// What `build.rs` writes (`generate_text`: items emitted and rendered on
/// several threads, then put in their modules) is the rendering of the one
/// token stream, byte for byte, whatever the number of threads.
#[test]
fn threaded_text_is_the_rendered_stream() {
    use bitrix24_codegen::{Scopes, emit, generate, generate_text, render_owned};
    let synthetic = synth::temp_schema(60);
    for dir in [bitrix24_codegen_schema(), synthetic.clone()] {
        let tokens = generate(&dir).unwrap_or_else(|d| panic!("{d}")).tokens;
        let expected = render_owned(tokens);
        let text = generate_text(&dir, &Scopes::All).unwrap().text;
        assert!(
            text == expected,
            "{} differs from the rendered stream",
            dir.display()
        );
        let (_, schema) = bitrix24_codegen::check(&dir).unwrap();
        for threads in [1, 2, 3, 8] {
            assert!(
                emit::emit_text(&schema, threads) == render_owned(emit::emit(&schema)),
                "{threads} threads: {} differs",
                dir.display()
            );
        }
    }
    let _ = std::fs::remove_dir_all(&synthetic);
}

fn bitrix24_codegen_schema() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schema")
}
