#!/usr/bin/env bash
# Whole-process benchmark of `keyhook scan --history` (issue 8) against gitleaks (`gitleaks git`)
# and a floor (`git log -p` over the same commits), all timed in the same run: compare ratios,
# not absolute times, on a noisy machine.
#
# Usage: benches/history-bench.sh            (after `cargo build --release`)
#
# Environment:
#   KEYHOOK=path        keyhook binary (default: $CARGO_TARGET_DIR or ./target, release/keyhook)
#   KEYHOOK_BASE=path   optional second keyhook binary (e.g. main's build) timed in the same run
#   GITLEAKS=path       gitleaks binary (default: `gitleaks` on PATH; skipped when missing)
#   BENCH_DIR=dir       where the repositories are built (default /tmp/keyhook-history-bench)
#   BENCH_SRC=dir       real source text for the realistic repository (~/.cargo/registry/src)
#   WORKLOADS="…"       subset of: synthetic realistic (default both)
#   SYNTH_COMMITS=n     commits of the synthetic repository (default 20000)
#   REAL_COMMITS=n      commits of the realistic repository (default 10000)
#   REPACK=1            repack the realistic repository (`git repack -adf`) as a clone would be:
#                       recent versions whole, older ones as deltas (slow to build)
#   RUNS=n              timed runs per command; the median is reported (default 5)
#   REBUILD=1           rebuild the repositories even if they exist
#
# Repositories are left as `git fast-import` wrote them (delta chains run from old to new
# versions) unless REPACK=1.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
KEYHOOK=${KEYHOOK:-${CARGO_TARGET_DIR:-$here/target}/release/keyhook}
KEYHOOK=$(realpath "$KEYHOOK")
GITLEAKS=${GITLEAKS:-$(command -v gitleaks || true)}
BENCH_DIR=${BENCH_DIR:-/tmp/keyhook-history-bench}
BENCH_SRC=${BENCH_SRC:-$HOME/.cargo/registry/src}
WORKLOADS=${WORKLOADS:-"synthetic realistic"}
SYNTH_COMMITS=${SYNTH_COMMITS:-20000}
REAL_COMMITS=${REAL_COMMITS:-10000}
REPACK=${REPACK:-0}
RUNS=${RUNS:-5}
REBUILD=${REBUILD:-0}
GEN=$here/benches/history/gen-repo.py

[ -x "$KEYHOOK" ] || { echo "no keyhook binary at $KEYHOOK (cargo build --release)" >&2; exit 2; }
mkdir -p "$BENCH_DIR"
export GIT_CONFIG_NOSYSTEM=1
gitq() { git -c core.hooksPath=/dev/null -c gc.auto=0 "$@"; }

source "$here/benches/timing.sh"

# build NAME MODE COMMITS [repack] → the repository's directory (built once).
build() {
    local dir=$BENCH_DIR/$1
    if [ "$REBUILD" = 1 ] || ! [ -d "$dir/.git" ]; then
        rm -rf "$dir"
        gitq init -q -b main "$dir"
        echo "building $1 ($3 commits)…" >&2
        python3 "$GEN" "$2" "$3" --src "$BENCH_SRC" | (cd "$dir" && gitq fast-import --quiet)
        if [ "${4:-}" = repack ]; then
            (cd "$dir" && gitq repack -adf -q)
        fi
    fi
    echo "$dir"
}

echo "| repo | commits | floor: git log -p (ms) | keyhook (ms) | gitleaks (ms) | gitleaks / keyhook | keyhook / floor | keyhook findings | gitleaks findings |"
echo "|---|---|---|---|---|---|---|---|---|"
for w in $WORKLOADS; do
    case $w in
        synthetic) dir=$(build synthetic synthetic "$SYNTH_COMMITS") ;;
        realistic) dir=$(build realistic realistic "$REAL_COMMITS" "$([ "$REPACK" = 1 ] && echo repack)") ;;
        *) echo "unknown workload $w" >&2; exit 2 ;;
    esac
    cd "$dir"
    commits=$(git rev-list --count HEAD)
    floor=$(median_ms "$RUNS" git log -p --no-color --no-ext-diff)
    kh=$(median_ms "$RUNS" "$KEYHOOK" scan --history --format json)
    khn=$({ "$KEYHOOK" scan --history --format json 2>/dev/null || true; } | jq length)
    if [ -n "${KEYHOOK_BASE:-}" ]; then
        base=$(median_ms "$RUNS" "$KEYHOOK_BASE" scan --history --format json)
        echo "$w: keyhook-base $(printf %.0f "$base") ms (x$(jq -n "$base/$kh*100|round/100") of this build)" >&2
    fi
    gl="-"; ratio="-"; gln="-"
    if [ -n "$GITLEAKS" ] && [ -x "$GITLEAKS" ]; then
        report=$(mktemp --suffix=.json)
        g=("$GITLEAKS" git --no-banner --log-level error --exit-code 0 --report-format json --report-path "$report" .)
        gl=$(median_ms "$RUNS" "${g[@]}")
        gln=$(jq length "$report"); rm -f "$report"
        ratio=$(jq -n "$gl/$kh*100|round/100")
        gl=$(printf %.0f "$gl")
    fi
    echo "| $w | $commits | $(printf %.0f "$floor") | $(printf %.0f "$kh") | $gl | $ratio | $(jq -n "$kh/$floor*100|round/100") | $khn | $gln |"
    cd - >/dev/null
done
