#!/usr/bin/env bash
# How many method pages of the docs `docs import` drafts into a descriptor
# that passes `check` unedited.
#
#   benches/import_rate.sh [DOCS_DIR] [FAILURES_FILE]
#   DOCS_DIR       a copy of the documentation sources (default:
#                  ../shared/docs/b24-rest-docs next to the repository)
#   FAILURES_FILE  where to write each failing page with its diagnostics
#                  (default: none)
#
# Every `*.md` under DOCS_DIR/api-reference/ is drafted, except the pages
# under api-reference/outdated/. A page whose title names no method is not a
# method page (`docs import` refuses it) and is not counted. Each draft is
# checked on its own: it is written into a fresh schema folder next to a copy
# of this repository's schema/common/ files (and schema/<scope>/common/, when
# the scope has shared files), as <scope>/<method>.yaml, and
# `bitrix24-codegen check` runs on that folder. Prints the count per family
# (the first folder under api-reference/) and the total.
#
# Needs: cargo. Writes under ${TMPDIR:-/tmp}.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DOCS=${1:-$ROOT/../shared/docs/b24-rest-docs}
FAILURES=${2:-}
DOCS=$(cd "$DOCS" && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/bitrix24-import-rate.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

cd "$ROOT"
cargo build -q -p bitrix24-codegen
BIN=$(cargo metadata --format-version 1 --no-deps |
    sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')/debug/bitrix24-codegen
[ -n "$FAILURES" ] && : >"$FAILURES"

declare -A pass total
while IFS= read -r page; do
    rel=${page#"$DOCS"/api-reference/}
    family=${rel%%/*}
    [ "$family" = "$rel" ] && family=.
    draft=$WORK/draft.yaml
    if ! "$BIN" docs import "$page" >"$draft" 2>"$WORK/err"; then
        # Not a method page: its title names no method.
        grep -q "names no method" "$WORK/err" && continue
        total[$family]=$((${total[$family]:-0} + 1))
        [ -n "$FAILURES" ] && { echo "== $rel (import failed)"; cat "$WORK/err"; } >>"$FAILURES"
        continue
    fi
    total[$family]=$((${total[$family]:-0} + 1))
    method=$(sed -n 's/^method: //p' "$draft" | head -1)
    scope=$(sed -n 's/^scope: \([^ ]*\).*/\1/p' "$draft" | head -1)
    schema=$WORK/schema
    rm -rf "$schema"
    mkdir -p "$schema/${scope:-none}"
    cp -r "$ROOT/schema/common" "$schema/common"
    # The scope's own shared files, which drafts may name (imbot's Bot, User).
    [ -d "$ROOT/schema/${scope:-none}/common" ] &&
        cp -r "$ROOT/schema/${scope:-none}/common" "$schema/${scope:-none}/common"
    cp "$draft" "$schema/${scope:-none}/$method.yaml"
    if "$BIN" check "$schema" >/dev/null 2>"$WORK/err"; then
        pass[$family]=$((${pass[$family]:-0} + 1))
    elif [ -n "$FAILURES" ]; then
        { echo "== $rel"; sed "s|$schema/||" "$WORK/err"; } >>"$FAILURES"
    fi
done < <(find "$DOCS/api-reference" -name '*.md' -not -path '*/api-reference/outdated/*' | sort)

all_pass=0
all_total=0
printf '%-22s %7s %7s\n' family pass pages
for family in $(printf '%s\n' "${!total[@]}" | sort); do
    p=${pass[$family]:-0}
    t=${total[$family]}
    all_pass=$((all_pass + p))
    all_total=$((all_total + t))
    printf '%-22s %7d %7d\n' "$family" "$p" "$t"
done
printf '%-22s %7d %7d  (%d.%d%%)\n' total "$all_pass" "$all_total" \
    $((all_pass * 100 / all_total)) $((all_pass * 1000 / all_total % 10))
