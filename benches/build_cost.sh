#!/usr/bin/env bash
# What the build script costs a cold build of the crate.
#
#   benches/build_cost.sh [RUNS] [FEATURES]
#   RUNS      cold builds per side (default 5)
#   FEATURES  "default" (the client: reqwest, tokio, ... and both scopes) or
#             "bindings" (--no-default-features --features im,imbot: the
#             typed bindings of both scopes, no client); default "default"
#
# Two scratch copies of the crate, with the same dependencies and features:
#   with-build-rs:  src/, build.rs and schema/, as published: build.rs runs
#                   load + validate + emit + write into OUT_DIR.
#   pregenerated:   src/ whose lib.rs `include!`s the checked-in
#                   generated/bitrix24.rs, and no build script and no
#                   bitrix24-codegen build-dependency.
# Each run is a `cargo build --offline` into a fresh target dir of its own;
# the registry is the shared, already fetched one. The sides alternate
# (A B B A A B ...), so whatever else the machine does falls on both. The
# figure is the ratio of the median wall times, with the per-pair ratios'
# spread. Then, on the last with-build-rs target dir: the build script binary
# itself, run a few times (the generation cost in the profile it is built
# in), and whether touching src/ or schema/ reruns it.
#
# Needs: cargo, python3 (for the statistics). Writes under ${TMPDIR:-/tmp}.
set -euo pipefail

RUNS=${1:-5}
FEATURES=${2:-default}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/bitrix24-build-cost.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
unset RUSTFLAGS CARGO_TARGET_DIR CARGO_BUILD_TARGET_DIR

case "$FEATURES" in
default) FEATURE_ARGS=() ;;
bindings) FEATURE_ARGS=(--no-default-features --features im,imbot) ;;
*) echo "FEATURES must be default or bindings" >&2; exit 2 ;;
esac

# The [section] of the root manifest, verbatim.
section() {
    awk -v h="[$1]" '$0 == h {on = 1; print; next} /^\[/ {on = 0} on' "$ROOT/Cargo.toml"
}

make_crate() { # DIR WITH_BUILD_RS
    local dir=$1 with=$2
    mkdir -p "$dir"
    cp -r "$ROOT/src" "$dir/src"
    cp "$ROOT/Cargo.lock" "$dir/Cargo.lock"
    {
        printf '[package]\nname = "bitrix24"\nversion = "0.1.0"\nedition = "2024"\npublish = false\n'
        if [ "$with" = yes ]; then
            printf 'build = "build.rs"\n'
        else
            printf 'build = false\n'
        fi
        printf '\n[workspace]\n\n'
        section dependencies
        echo
        section features
        echo
        if [ "$with" = yes ]; then
            printf '[build-dependencies]\nbitrix24-codegen = { path = "%s", default-features = false }\n' "$ROOT/codegen"
        fi
    } >"$dir/Cargo.toml"
    if [ "$with" = yes ]; then
        cp "$ROOT/build.rs" "$dir/build.rs"
        cp -r "$ROOT/schema" "$dir/schema"
    else
        mkdir -p "$dir/generated"
        cp "$ROOT/generated/bitrix24.rs" "$dir/generated/bitrix24.rs"
        local line='include!(concat!(env!("OUT_DIR"), "/bitrix24.rs"));'
        grep -qF "$line" "$dir/src/lib.rs" || { echo "src/lib.rs no longer has: $line" >&2; exit 1; }
        python3 - "$dir/src/lib.rs" "$line" <<'EOF'
import sys
path, line = sys.argv[1], sys.argv[2]
text = open(path).read()
open(path, "w").write(text.replace(line, 'include!("../generated/bitrix24.rs");'))
EOF
    fi
}

A="$WORK/with-build-rs"
B="$WORK/pregenerated"
make_crate "$A" yes
make_crate "$B" no

# One unmeasured build of each, so both sides start with the registry's
# sources unpacked and the files in the page cache.
for side in "$A" "$B"; do
    (cd "$side" && cargo build --offline -q "${FEATURE_ARGS[@]}" --target-dir "$WORK/warm") >/dev/null
    rm -rf "$WORK/warm"
done

build() { # DIR TARGET [EXTRA ARGS] -> seconds
    local start end dir=$1 target=$2
    shift 2
    start=$(date +%s.%N)
    (cd "$dir" && cargo build --offline -q "${FEATURE_ARGS[@]}" --target-dir "$target" "$@") >/dev/null
    end=$(date +%s.%N)
    python3 -c "print(f'{$end - $start:.3f}')"
}

echo "cold cargo build (dev profile, features: $FEATURES), $RUNS runs per side, alternating"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(rustc --version)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
TIMES_A=()
TIMES_B=()
for i in $(seq 1 "$RUNS"); do
    if [ $((i % 2)) -eq 1 ]; then order="A B"; else order="B A"; fi
    for side in $order; do
        if [ "$side" = A ]; then
            # The last run also writes cargo's timing report (a few ms).
            if [ "$i" -eq "$RUNS" ]; then
                t=$(build "$A" "$WORK/target-a-$i" --timings)
            else
                t=$(build "$A" "$WORK/target-a-$i")
            fi
            TIMES_A+=("$t")
            [ "$i" -lt "$RUNS" ] && rm -rf "$WORK/target-a-$i"
        else
            t=$(build "$B" "$WORK/target-b-$i")
            TIMES_B+=("$t")
            rm -rf "$WORK/target-b-$i"
        fi
        echo "  run $i $side: ${t}s"
    done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "${TIMES_A[*]}" "${TIMES_B[*]}" <<'EOF'
import statistics, sys
a = [float(x) for x in sys.argv[1].split()]
b = [float(x) for x in sys.argv[2].split()]
ma, mb = statistics.median(a), statistics.median(b)
pairs = sorted(x / y for x, y in zip(a, b))
print(f"with build.rs:  median {ma:.2f}s  (min {min(a):.2f}, max {max(a):.2f})")
print(f"pregenerated:   median {mb:.2f}s  (min {min(b):.2f}, max {max(b):.2f})")
print(f"ratio of medians: {ma / mb:.3f}  (build script adds {100 * (ma / mb - 1):+.1f}%)")
print(f"per-run ratios: min {pairs[0]:.3f}, median {statistics.median(pairs):.3f}, max {pairs[-1]:.3f}")
EOF

# What the extra units took in the last with-build-rs run (cargo --timings):
# everything the pregenerated side does not compile.
python3 - "$WORK/target-a-$RUNS/cargo-timings/cargo-timing.html" <<'EOF'
import json, re, sys
html = open(sys.argv[1]).read()
units = json.loads(re.search(r"const UNIT_DATA = (\[.*?\]);\n", html, re.S).group(1))
extra = {"bitrix24-codegen", "yaml_serde", "libyaml-rs", "heck"}
print("units only the with-build-rs side builds (cargo --timings, last run; on 2 cores they overlap others):")
for u in sorted(units, key=lambda u: -u["duration"]):
    if u["name"] in extra or (u["name"] == "bitrix24" and "build" in u["target"]):
        print(f"  {u['name']} {u['version']}{u['target']}: {u['duration']:.2f}s (from {u['start']:.2f}s)")
for u in units:
    if u["name"] == "bitrix24" and "build" not in u["target"]:
        print(f"  (the bitrix24 lib itself: {u['duration']:.2f}s, from {u['start']:.2f}s)")
EOF

# The build script binary itself, on the real schema.
T="$WORK/target-a-$RUNS"
script=$(ls "$T"/debug/build/bitrix24-*/build-script-build | head -1)
out=$(mktemp -d "$WORK/out.XXXXXX")
runs=()
for _ in 1 2 3 4 5 6 7; do
    start=$(date +%s.%N)
    (cd "$A" && OUT_DIR="$out" "$script" >/dev/null)
    end=$(date +%s.%N)
    runs+=("$(python3 -c "print(($end - $start) * 1000)")")
done
python3 - "${runs[*]}" <<'EOF'
import statistics, sys
r = sorted(float(x) for x in sys.argv[1].split())
print(f"build script run (real schema, as compiled by cargo): median {statistics.median(r):.1f} ms (min {r[0]:.1f}, max {r[-1]:.1f}), 7 runs")
EOF

# Reruns: touching src/ must not run the build script again; touching a
# descriptor must.
reruns() { # FILE -> yes|no
    local log
    touch "$1"
    # Captured first: `cmd | grep -q` under pipefail fails when grep stops early.
    log=$(cd "$A" && cargo build --offline -v "${FEATURE_ARGS[@]}" --target-dir "$T" 2>&1)
    if grep -q 'Running `.*build-script-build`' <<<"$log"; then echo yes; else echo no; fi
}
src_rerun=$(reruns "$A/src/method.rs")
yaml_rerun=$(reruns "$A/schema/im/im.chat.add.yaml")
echo "touch src/method.rs reruns build.rs: $src_rerun (expected: no)"
echo "touch schema/im/im.chat.add.yaml reruns build.rs: $yaml_rerun (expected: yes)"
[ "$src_rerun" = no ] && [ "$yaml_rerun" = yes ]
