#!/usr/bin/env bash
# What a full-size schema costs a build that enables one scope.
#
#   benches/scoped_build.sh [RUNS] [SCOPE]
#   RUNS   cold builds per side (default 3)
#   SCOPE  the one scope enabled (default crm)
#
# A scratch copy of the crate's bindings (src/, build.rs, no client:
# --no-default-features --features SCOPE), three sides:
#   full:          the root shared files and 1,500 synthetic methods in 20
#                  scopes (`cargo run --example synth_schema`), 75 in SCOPE;
#   alone:         the same files with only SCOPE's folder kept;
#   pregenerated:  no build script and no codegen build-dependency: src/
#                  includes the file the full side's build script wrote.
# Each run is a `cargo build --offline` into a fresh target dir; the sides
# rotate (A B P, P A B, B P A, ...). The figures are ratios of the median
# wall times, with the per-round ratios: full / alone (what the rest of the
# schema costs a one-scope build; target <= 1.2) and full / pregenerated
# (the build script's share of the cold build; target <= 1.10). Then one
# cold build of the full schema with all 20 scopes enabled, for scale, and
# the size of the generated file of each (skipped with ALL_SCOPES=0, as it
# takes minutes).
#
# Needs: cargo, python3. Writes under ${TMPDIR:-/tmp}.
set -euo pipefail

RUNS=${1:-3}
SCOPE=${2:-crm}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/bitrix24-scoped-build.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
unset RUSTFLAGS CARGO_TARGET_DIR CARGO_BUILD_TARGET_DIR

(cd "$ROOT" && cargo build -q --example synth_schema)
SYNTH="$ROOT/target/debug/examples/synth_schema"

section() {
    awk -v h="[$1]" '$0 == h {on = 1; print; next} /^\[/ {on = 0} on' "$ROOT/Cargo.toml"
}

make_crate() { # DIR [SCOPE_TO_KEEP]
    local dir=$1
    mkdir -p "$dir"
    cp -r "$ROOT/src" "$dir/src"
    cp "$ROOT/build.rs" "$dir/build.rs"
    cp "$ROOT/Cargo.lock" "$dir/Cargo.lock"
    local scopes
    scopes=$("$SYNTH" "$dir/schema" 1500 ${2:-})
    {
        printf '[package]\nname = "bitrix24"\nversion = "0.1.0"\nedition = "2024"\npublish = false\nbuild = "build.rs"\n\n[workspace]\n\n'
        section dependencies
        echo
        section features
        for s in $scopes; do printf '%s = []\n' "$s"; done
        echo
        printf '[build-dependencies]\nbitrix24-codegen = { path = "%s", default-features = false }\n' "$ROOT/codegen"
    } >"$dir/Cargo.toml"
}

A="$WORK/full"
B="$WORK/alone"
P="$WORK/pregenerated"
make_crate "$A"
make_crate "$B" "$SCOPE"
ALL=$(ls "$A/schema" | grep -v '^common$' | paste -sd, -)

build() { # DIR TARGET FEATURES -> seconds
    local start end
    start=$(date +%s.%N)
    (cd "$1" && cargo build --offline -q --no-default-features --features "$3" --target-dir "$2") >/dev/null
    end=$(date +%s.%N)
    python3 -c "print(f'{$end - $start:.3f}')"
}

# Unmeasured: unpack the registry's sources into the page cache, and keep
# what the full side's build script writes for the pregenerated side.
build "$A" "$WORK/warm" "$SCOPE" >/dev/null
mkdir -p "$P"
cp -r "$ROOT/src" "$P/src"
cp "$ROOT/Cargo.lock" "$P/Cargo.lock"
find "$WORK/warm" -path '*/out/bitrix24.rs' -exec cp {} "$P/generated.rs" \;
line='include!(concat!(env!("OUT_DIR"), "/bitrix24.rs"));'
grep -qF "$line" "$P/src/lib.rs" || { echo "src/lib.rs no longer has: $line" >&2; exit 1; }
python3 - "$P/src/lib.rs" "$line" <<'PY'
import sys
path, line = sys.argv[1], sys.argv[2]
text = open(path).read()
open(path, "w").write(text.replace(line, 'include!("../generated.rs");'))
PY
sed -e 's/^build = "build.rs"$/build = false/' -e '/^\[build-dependencies\]/,$d' "$A/Cargo.toml" >"$P/Cargo.toml"
rm -rf "$WORK/warm"

echo "cold cargo build of the bindings, --features $SCOPE, $RUNS runs per side, alternating"
echo "machine: $(nproc) cores, $(rustc --version); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
TA=()
TB=()
TP=()
for i in $(seq 1 "$RUNS"); do
    case $((i % 3)) in
    1) order="A B P" ;;
    2) order="P A B" ;;
    0) order="B P A" ;;
    esac
    for side in $order; do
        case $side in
        A) t=$(build "$A" "$WORK/ta" "$SCOPE"); TA+=("$t"); [ "$i" -lt "$RUNS" ] && rm -rf "$WORK/ta" ;;
        B) t=$(build "$B" "$WORK/tb" "$SCOPE"); TB+=("$t"); [ "$i" -lt "$RUNS" ] && rm -rf "$WORK/tb" ;;
        P) t=$(build "$P" "$WORK/tp" "$SCOPE"); TP+=("$t"); rm -rf "$WORK/tp" ;;
        esac
    done
done
size() { find "$1" -path '*/out/bitrix24.rs' -exec du -k {} + | awk '{print $1 " KiB"}' | head -1; }
SIZE_A=$(size "$WORK/ta")
SIZE_B=$(size "$WORK/tb")
if [ "${ALL_SCOPES:-1}" = 0 ]; then
    T_ALL=nan
    SIZE_ALL="-"
else
    T_ALL=$(build "$A" "$WORK/tall" "$ALL")
    SIZE_ALL=$(size "$WORK/tall")
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "${TA[*]}" "${TB[*]}" "$T_ALL" "$SIZE_A" "$SIZE_B" "$SIZE_ALL" "$SCOPE" "${TP[*]}" <<'PY'
import statistics, sys
a = [float(x) for x in sys.argv[1].split()]
b = [float(x) for x in sys.argv[2].split()]
p = [float(x) for x in sys.argv[8].split()]
all_, size_a, size_b, size_all, scope = float(sys.argv[3]), *sys.argv[4:8]
print(f"| build | median s | runs | generated file |")
print(f"|---|---|---|---|")
print(f"| full schema (1,500 methods, 20 scopes), --features {scope} | {statistics.median(a):.2f} | {' '.join(f'{x:.2f}' for x in a)} | {size_a} |")
print(f"| only {scope}'s descriptors present, --features {scope} | {statistics.median(b):.2f} | {' '.join(f'{x:.2f}' for x in b)} | {size_b} |")
print(f"| the full side's generated file, no build script, --features {scope} | {statistics.median(p):.2f} | {' '.join(f'{x:.2f}' for x in p)} | {size_a} |")
print(f"| full schema, all 20 scopes enabled (one run) | {all_:.2f} | | {size_all} |")
pairs = [x / y for x, y in zip(a, b)]
print(f"\nfull / alone: {statistics.median(a) / statistics.median(b):.3f} (per round {min(pairs):.3f}-{max(pairs):.3f}); target <= 1.2")
pairs = [x / y for x, y in zip(a, p)]
print(f"full / pregenerated (build script share): {statistics.median(a) / statistics.median(p):.3f} (per round {min(pairs):.3f}-{max(pairs):.3f}); target <= 1.10")
PY
