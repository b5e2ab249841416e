#!/usr/bin/env bash
# The build script's share of a cold build, before and after a change, in
# one run.
#
#   benches/scoped_build_vs.sh RUNS OLD_TREE
#   OLD_TREE  a checkout of the commit before (`git worktree add` or
#             `git archive <commit> | tar -x -C DIR`)
#
# Three sides, as in scoped_build.sh (--no-default-features --features crm,
# the full-size synthetic schema): the bindings of OLD_TREE, those of this
# tree, and this tree's bindings with the generated file included and no
# build script (pregenerated). Cold builds into fresh target dirs, rotated
# (O N P, P O N, N P O, ...); prints the medians and the per-round ratios
# old/pregenerated, new/pregenerated and new/old.
set -euo pipefail
RUNS=${1:?RUNS}; OLD=${2:?OLD_TREE}; SCOPE=crm
NEW=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/bitrix24-scoped-vs.XXXXXX"); trap 'rm -rf "$WORK"' EXIT
unset RUSTFLAGS CARGO_TARGET_DIR CARGO_BUILD_TARGET_DIR
(cd "$NEW" && cargo build -q --example synth_schema)
SYNTH="$NEW/target/debug/examples/synth_schema"
make_crate() { # ROOT DIR
    local ROOT=$1 dir=$2
    section() { awk -v h="[$1]" '$0 == h {on = 1; print; next} /^\[/ {on = 0} on' "$ROOT/Cargo.toml"; }
    mkdir -p "$dir"; cp -r "$ROOT/src" "$dir/src"; cp "$ROOT/build.rs" "$dir/build.rs"; cp "$ROOT/Cargo.lock" "$dir/Cargo.lock"
    local scopes; scopes=$("$SYNTH" "$dir/schema" 1500)
    { printf '[package]\nname = "bitrix24"\nversion = "0.1.0"\nedition = "2024"\npublish = false\nbuild = "build.rs"\n\n[workspace]\n\n'
      section dependencies; echo; section features; for s in $scopes; do printf '%s = []\n' "$s"; done; echo
      printf '[build-dependencies]\nbitrix24-codegen = { path = "%s", default-features = false }\n' "$ROOT/codegen"; } >"$dir/Cargo.toml"
}
make_crate "$OLD" "$WORK/old"; make_crate "$NEW" "$WORK/new"
build() { local s e; s=$(date +%s.%N); (cd "$1" && cargo build --offline -q --no-default-features --features $SCOPE --target-dir "$2") >/dev/null; e=$(date +%s.%N); python3 -c "print(f'{$e - $s:.3f}')"; }
build "$WORK/new" "$WORK/warm" >/dev/null
mkdir -p "$WORK/pre"; cp -r "$NEW/src" "$WORK/pre/src"; cp "$NEW/Cargo.lock" "$WORK/pre/"
find "$WORK/warm" -path '*/out/bitrix24.rs' -exec cp {} "$WORK/pre/generated.rs" \;
python3 - "$WORK/pre/src/lib.rs" <<'PY'
import sys; p=sys.argv[1]; t=open(p).read(); l='include!(concat!(env!("OUT_DIR"), "/bitrix24.rs"));'; assert l in t
open(p,'w').write(t.replace(l,'include!("../generated.rs");'))
PY
sed -e 's/^build = "build.rs"$/build = false/' -e '/^\[build-dependencies\]/,$d' "$WORK/new/Cargo.toml" >"$WORK/pre/Cargo.toml"
rm -rf "$WORK/warm"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
O=(); N=(); P=()
for i in $(seq 1 "$RUNS"); do
  case $((i % 3)) in 1) order="O N P";; 2) order="P O N";; 0) order="N P O";; esac
  for s in $order; do case $s in
    O) O+=("$(build "$WORK/old" "$WORK/to")"); rm -rf "$WORK/to";;
    N) N+=("$(build "$WORK/new" "$WORK/tn")"); rm -rf "$WORK/tn";;
    P) P+=("$(build "$WORK/pre" "$WORK/tp")"); rm -rf "$WORK/tp";;
  esac; done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "${O[*]}" "${N[*]}" "${P[*]}" <<'PY'
import statistics as s, sys
o,n,p=[[float(x) for x in a.split()] for a in sys.argv[1:4]]
for name,v in (("old",o),("new",n),("pregenerated",p)): print(f"{name}: median {s.median(v):.2f} runs {' '.join(f'{x:.2f}' for x in v)}")
print(f"old/pre {s.median(o)/s.median(p):.3f} per round {' '.join(f'{a/b:.3f}' for a,b in zip(o,p))}")
print(f"new/pre {s.median(n)/s.median(p):.3f} per round {' '.join(f'{a/b:.3f}' for a,b in zip(n,p))}")
print(f"new/old {s.median(n)/s.median(o):.3f} per round {' '.join(f'{a/b:.3f}' for a,b in zip(n,o))}")
PY
