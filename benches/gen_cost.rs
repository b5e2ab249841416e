//! What generation costs, stage by stage, in the profile `build.rs` runs it in.
//!
//! ```sh
//! cargo run --example gen_cost              # dev profile: what build.rs runs
//! cargo run --release --example gen_cost    # optimized, for comparison
//! cargo run --example gen_cost -- --rounds 5 --no-format
//! ```
//!
//! Build scripts and their dependencies are compiled without optimization
//! (the `build-override` profile: opt-level 0, even under `--release`), so
//! the dev-profile run is the one the build pays. Inputs: the real `schema/`
//! and synthetic schemas of 10, 100 and 1,500 methods (the full-size schema: 20 scopes)
//! (`benches/support/synth.rs`), written to a temp folder. Each round runs
//! every input once, in a rotating order, so load on the machine hits all
//! sizes alike; figures are medians over the rounds, with the 10th–90th
//! percentiles, and the growth ratio is the median of the per-round ratios
//! of per-method time (1,500 methods against 10).
//!
//! Stages: `load` (list, read, parse YAML, on `codegen::threads()`
//! threads), `validate` (`model::build`: checks and name resolution), `emit`
//! (`emit::emit_text`: quote, and each item rendered to text, on as many
//! threads), `write` (write the file), and, separately, `format` (syn +
//! prettyplease, only for the checked-in `generated/`, from `emit::emit`'s
//! one token stream). `build.rs` is load + validate + emit + write
//! (`generate_text` and the write), also timed end to end. Set
//! `BITRIX24_CODEGEN_THREADS=1` to measure on one thread.

use bitrix24_codegen as codegen;
use std::path::PathBuf;
use std::time::Instant;

#[path = "support/paired.rs"]
mod paired;
#[path = "support/synth.rs"]
mod synth;

struct Input {
    label: String,
    dir: PathBuf,
    methods: usize,
    temp: bool,
}

/// Picks one stage's timings.
type Stage = fn(&Times) -> &Vec<f64>;

#[derive(Default)]
struct Times {
    load: Vec<f64>,
    validate: Vec<f64>,
    emit: Vec<f64>,
    write: Vec<f64>,
    build_rs: Vec<f64>,
    format: Vec<f64>,
    bytes: usize,
}

fn ms(since: Instant) -> f64 {
    since.elapsed().as_secs_f64() * 1e3
}

fn main() {
    let mut rounds = 9usize;
    let mut with_format = true;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--rounds" => {
                rounds = args
                    .next()
                    .and_then(|v| v.parse().ok())
                    .expect("--rounds N")
            }
            "--no-format" => with_format = false,
            other => panic!("unknown argument {other}; use --rounds N, --no-format"),
        }
    }
    let profile = if cfg!(debug_assertions) {
        "dev profile (unoptimized: what build.rs runs)"
    } else {
        "release profile (optimized)"
    };

    let real = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("schema");
    let real_methods = codegen::model::build(&codegen::load(&real).unwrap())
        .unwrap()
        .methods
        .len();
    let mut inputs = vec![Input {
        label: "real schema/".into(),
        dir: real,
        methods: real_methods,
        temp: false,
    }];
    for n in [10, 100, 1500] {
        inputs.push(Input {
            label: format!("synthetic {n}"),
            dir: synth::temp_schema(n),
            methods: n,
            temp: true,
        });
    }
    let out_dir = std::env::temp_dir().join(format!("bitrix24-gen-cost-{}", std::process::id()));
    std::fs::create_dir_all(&out_dir).unwrap();
    let out = out_dir.join(codegen::OUTPUT_FILE);

    // One unmeasured pass to warm the file cache and the allocator.
    for input in &inputs {
        let g = codegen::generate_text(&input.dir, &codegen::Scopes::All)
            .expect("the schema generates");
        std::fs::write(&out, g.text).unwrap();
    }

    let mut times: Vec<Times> = inputs.iter().map(|_| Times::default()).collect();
    for round in 0..rounds {
        for k in 0..inputs.len() {
            let i = (k + round) % inputs.len();
            let (input, t) = (&inputs[i], &mut times[i]);

            let start = Instant::now();
            let sources = codegen::load(&input.dir).unwrap();
            t.load.push(ms(start));
            let start = Instant::now();
            let schema = codegen::model::build(&sources).unwrap();
            t.validate.push(ms(start));
            let start = Instant::now();
            let text = codegen::emit::emit_text(&schema, codegen::threads());
            t.emit.push(ms(start));
            if with_format {
                let tokens = codegen::emit::emit(&schema);
                let start = Instant::now();
                let pretty = codegen::format(&tokens).unwrap();
                t.format.push(ms(start));
                std::hint::black_box(pretty);
            }
            let start = Instant::now();
            std::fs::write(&out, &text).unwrap();
            t.write.push(ms(start));
            t.bytes = text.len();

            // What build.rs does, end to end.
            let start = Instant::now();
            let generated = codegen::generate_text(&input.dir, &codegen::Scopes::All).unwrap();
            std::fs::write(&out, generated.text).unwrap();
            t.build_rs.push(ms(start));
        }
    }

    println!(
        "generation cost, {profile}, {rounds} rounds, {} thread(s); median ms [p10–p90]",
        codegen::threads()
    );
    println!();
    println!(
        "| schema | methods | load | validate | emit | write | build.rs total | per method | format (not in build.rs) | format per method | output |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|---|");
    for (input, t) in inputs.iter().zip(&times) {
        // Sorting copies keeps the rounds paired for the growth ratios below.
        let cell = |v: &[f64]| {
            if v.is_empty() {
                return "—".to_owned();
            }
            let mut v = v.to_vec();
            let m = paired::median(&mut v);
            format!(
                "{m:.2} [{:.2}–{:.2}]",
                paired::percentile(&mut v, 0.1),
                paired::percentile(&mut v, 0.9)
            )
        };
        let total = paired::median(&mut t.build_rs.clone());
        let per = total / input.methods as f64;
        let format_per = if t.format.is_empty() {
            "—".to_owned()
        } else {
            format!(
                "{:.3}",
                paired::median(&mut t.format.clone()) / input.methods as f64
            )
        };
        println!(
            "| {} | {} | {} | {} | {} | {} | {} | {per:.3} | {} | {format_per} | {} KiB |",
            input.label,
            input.methods,
            cell(&t.load),
            cell(&t.validate),
            cell(&t.emit),
            cell(&t.write),
            cell(&t.build_rs),
            cell(&t.format),
            t.bytes / 1024,
        );
    }

    // Growth: per-method time at 1,000 over per-method time at 10, round by round.
    let index = |n: usize| {
        inputs
            .iter()
            .position(|i| i.temp && i.methods == n)
            .unwrap()
    };
    println!();
    println!(
        "growth of per-method time (median of per-round ratios [p10–p90]; 1.0 = linear, below 1 = the fixed cost being spread):"
    );
    let mut stages: Vec<(&str, Stage)> = vec![
        ("load", |t| &t.load),
        ("validate", |t| &t.validate),
        ("emit", |t| &t.emit),
        ("write", |t| &t.write),
        ("build.rs total", |t| &t.build_rs),
    ];
    if with_format {
        stages.push(("format", |t| &t.format));
    }
    for (name, get) in stages {
        let ratio = |big: usize, small: usize| {
            let (b, s) = (get(&times[index(big)]), get(&times[index(small)]));
            let mut r: Vec<f64> = b
                .iter()
                .zip(s)
                .map(|(b, s)| (b / big as f64) / (s / small as f64))
                .collect();
            format!(
                "{:.2} [{:.2}–{:.2}]",
                paired::median(&mut r),
                paired::percentile(&mut r, 0.1),
                paired::percentile(&mut r, 0.9)
            )
        };
        println!(
            "- {name}: 100 vs 10 {}; 1500 vs 100 {}; 1500 vs 10 {}",
            ratio(100, 10),
            ratio(1500, 100),
            ratio(1500, 10)
        );
    }

    for input in &inputs {
        if input.temp {
            let _ = std::fs::remove_dir_all(&input.dir);
        }
    }
    let _ = std::fs::remove_dir_all(&out_dir);
}
