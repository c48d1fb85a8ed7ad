#!/usr/bin/env bash
# Interleaved A/B timing of two commands: A, B, A, B, … so that a slow drift of a shared,
# noisy machine affects both alike (hyperfine runs all of A, then all of B). Prints the median
# wall time of each and their ratio.
#
# Usage: benches/ab.sh RUNS 'command A' 'command B'
#   e.g. (in /tmp/keyhook-history-bench/realistic):
#   benches/ab.sh 11 '/tmp/keyhook-old scan --history --format json' \
#                    'target/release/keyhook scan --history --format json'
# Commands are split on spaces (no shell quoting); their output is discarded.
set -euo pipefail

[ $# -eq 3 ] || { sed -n '2,10p' "$0" >&2; exit 2; }
runs=$1
read -r -a a <<<"$2"
read -r -a b <<<"$3"

ms() {
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    echo $(((end - start) / 1000000))
}

median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }

ta=()
tb=()
for _ in $(seq "$runs"); do
    ta+=("$(ms "${a[@]}")")
    tb+=("$(ms "${b[@]}")")
done
ma=$(printf '%s\n' "${ta[@]}" | median)
mb=$(printf '%s\n' "${tb[@]}" | median)
echo "A: $ma ms (median of $runs)  B: $mb ms  A/B: $(awk -v a="$ma" -v b="$mb" 'BEGIN {printf "%.3f", a / b}')"
