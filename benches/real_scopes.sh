#!/usr/bin/env bash
# What the real schema costs a cold build of the bindings: one scope
# enabled against all of them.
#
#   benches/real_scopes.sh [RUNS] [SCOPE]
#   RUNS   cold builds per side (default 3)
#   SCOPE  the one scope enabled (default crm)
#
# A scratch copy of the crate's bindings (src/, build.rs, schema/, no
# client: --no-default-features), built cold (`cargo build --offline` into
# a fresh target dir) with --features SCOPE and with every scope's feature,
# the sides alternating (A B, B A, ...) so that whatever else the machine
# does falls on both. Prints the medians, their ratio with the per-round
# ratios, and the size of the generated file of each side.
#
# Needs: cargo, python3. Writes under ${TMPDIR:-/tmp}.
set -euo pipefail

RUNS=${1:-3}
SCOPE=${2:-crm}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/bitrix24-real-scopes.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
unset RUSTFLAGS CARGO_TARGET_DIR CARGO_BUILD_TARGET_DIR

section() {
    awk -v h="[$1]" '$0 == h {on = 1; print; next} /^\[/ {on = 0} on' "$ROOT/Cargo.toml"
}
C="$WORK/crate"
mkdir -p "$C"
cp -r "$ROOT/src" "$ROOT/schema" "$ROOT/build.rs" "$ROOT/Cargo.lock" "$C/"
{
    printf '[package]\nname = "bitrix24"\nversion = "0.1.0"\nedition = "2024"\npublish = false\nbuild = "build.rs"\n\n[workspace]\n\n'
    section dependencies
    echo
    section features
    echo
    printf '[build-dependencies]\nbitrix24-codegen = { path = "%s", default-features = false }\n' "$ROOT/codegen"
} >"$C/Cargo.toml"
ALL=$(ls "$ROOT/schema" | grep -v -e '^common$' -e '\.md$' | paste -sd, -)
METHODS=$(find "$ROOT/schema" -name '*.yaml' -not -path '*/common/*' | wc -l)
SCOPE_METHODS=$(find "$ROOT/schema/$SCOPE" -name '*.yaml' -not -path '*/common/*' | wc -l)

build() { # TARGET FEATURES -> seconds
    local start end
    start=$(date +%s.%N)
    (cd "$C" && cargo build --offline -q --no-default-features --features "$2" --target-dir "$1") >/dev/null
    end=$(date +%s.%N)
    python3 -c "print(f'{$end - $start:.3f}')"
}
size() { find "$1" -path '*/out/bitrix24.rs' -exec du -k {} + | awk '{print $1}' | head -1; }

# Unmeasured: unpack the registry's sources into the page cache.
build "$WORK/warm" "$SCOPE" >/dev/null
rm -rf "$WORK/warm"

echo "cold cargo build of the bindings: --features $SCOPE ($SCOPE_METHODS methods) against all of $ALL ($METHODS methods); $RUNS runs per side, alternating"
echo "machine: $(nproc) cores, $(rustc --version); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
TA=()
TB=()
for i in $(seq 1 "$RUNS"); do
    if [ $((i % 2)) = 1 ]; then order="A B"; else order="B A"; fi
    for side in $order; do
        case $side in
        A) t=$(build "$WORK/ta" "$SCOPE"); TA+=("$t"); [ "$i" -lt "$RUNS" ] && rm -rf "$WORK/ta" ;;
        B) t=$(build "$WORK/tb" "$ALL"); TB+=("$t"); [ "$i" -lt "$RUNS" ] && rm -rf "$WORK/tb" ;;
        esac
    done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "${TA[*]}" "${TB[*]}" "$(size "$WORK/ta")" "$(size "$WORK/tb")" "$SCOPE" "$SCOPE_METHODS" "$METHODS" <<'PY'
import statistics, sys
a = [float(x) for x in sys.argv[1].split()]
b = [float(x) for x in sys.argv[2].split()]
size_a, size_b, scope, n_a, n_b = sys.argv[3:8]
print("| build | methods | median s | runs | generated file |")
print("|---|---|---|---|---|")
print(f"| --features {scope} | {n_a} | {statistics.median(a):.2f} | {' '.join(f'{x:.2f}' for x in a)} | {size_a} KiB |")
print(f"| every scope | {n_b} | {statistics.median(b):.2f} | {' '.join(f'{x:.2f}' for x in b)} | {size_b} KiB |")
pairs = [y / x for x, y in zip(a, b)]
print(f"\nall / one: {statistics.median(b) / statistics.median(a):.3f} (per round {min(pairs):.3f}-{max(pairs):.3f})")
PY
