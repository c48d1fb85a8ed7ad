#!/usr/bin/env bash
# Whole-process benchmark of `keyhook run` (the pre-commit hook) against the floor
# (`git diff --cached -U0 --no-color` on the same repository, measured in the same run) and
# against peer scanners when they are installed.
#
# Usage: benches/commit-bench.sh            (after `cargo build --release`)
#
# Environment:
#   KEYHOOK=path        keyhook binary (default: $CARGO_TARGET_DIR or ./target, release/keyhook)
#   KEYHOOK_BASE=path   optional second keyhook binary (e.g. main's build) timed in the same run
#   GITLEAKS=path       gitleaks binary (default: `gitleaks` on PATH; skipped when missing)
#   KINGFISHER=path     kingfisher binary (default: `kingfisher` on PATH; skipped when missing)
#   BENCH_DIR=dir       where the workloads are built (default /tmp/keyhook-bench; reused)
#   BENCH_SRC=dir       real source for the typical repository (default ~/.cargo/registry/src)
#   BENCH_HUGE_SRC="d…" real source for huge-initial (default: ~/.cargo/registry/src /usr/include)
#   WORKLOADS="…"       subset of: typical huge-initial big-modify empty pathological
#   RUNS=n              timed runs per command (default 10; huge-initial uses HUGE_RUNS, default 3)
#   REBUILD=1           rebuild the workload repositories even if they exist
#
# Output: one Markdown table row per (workload, tool): median wall (hyperfine, else a loop),
# ratio to the floor, max RSS (/usr/bin/time -v), findings.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
KEYHOOK=${KEYHOOK:-${CARGO_TARGET_DIR:-$here/target}/release/keyhook}
KEYHOOK=$(realpath "$KEYHOOK")
GITLEAKS=${GITLEAKS:-$(command -v gitleaks || true)}
KINGFISHER=${KINGFISHER:-$(command -v kingfisher || true)}
BENCH_DIR=${BENCH_DIR:-/tmp/keyhook-bench}
BENCH_SRC=${BENCH_SRC:-$HOME/.cargo/registry/src}
BENCH_HUGE_SRC=${BENCH_HUGE_SRC:-"$HOME/.cargo/registry/src /usr/include"}
WORKLOADS=${WORKLOADS:-"empty typical big-modify huge-initial pathological"}
RUNS=${RUNS:-10}
HUGE_RUNS=${HUGE_RUNS:-3}
REBUILD=${REBUILD:-0}

[ -x "$KEYHOOK" ] || { echo "no keyhook binary at $KEYHOOK (cargo build --release)" >&2; exit 2; }
mkdir -p "$BENCH_DIR"

export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.com
export GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@example.com
export GIT_CONFIG_NOSYSTEM=1 HOME_ORIG=$HOME
gitq() { git -c core.hooksPath=/dev/null -c init.defaultBranch=main -c gc.auto=0 "$@"; }

# Synthetic secrets, assembled at run time so this file never holds one.
aws_id="AKIA""QYLPMN5HHHFPZAM2"
aws_secret="Zq8vK2mX9pL4""wR7tN1bH6cJ3dF5gS0aE8yU2iO4k"
stripe="sk_live_""4eC39HqLyjWDarjtT1zdp7dc9XkQ"
slack="xoxb-""2419847183-8316547290117-Hq4Tz9vLm2XcR7pWk3NbY8sD"

# ---------------------------------------------------------------------------------------------
# Timing helpers

source "$here/benches/timing.sh"
have_time=0; [ -x /usr/bin/time ] && have_time=1

# max_rss_mb CMD… → peak RSS in MB of one run.
max_rss_mb() {
    if [ $have_time = 1 ]; then
        /usr/bin/time -v "$@" 2>&1 >/dev/null | awk '/Maximum resident set size/ {printf "%.1f\n", $6/1024}'
    else
        echo "n/a"
    fi
}

results=()
row() { results+=("| $1 | $2 | $3 | $4 | $5 | $6 |"); printf '%-14s %-11s %10s ms  x%-7s %8s MB  %s\n' "$1" "$2" "$3" "$4" "$5" "$6" >&2; }

# bench WORKLOAD RUNS: floor, keyhook, peers in the current directory (a repo with staged changes).
bench() {
    local w=$1 runs=$2 floor kh ms rss n
    floor=$(median_ms "$runs" git diff --cached -U0 --no-color)
    row "$w" "floor" "$(printf %.1f "$floor")" "1.00" "$(max_rss_mb git diff --cached -U0 --no-color)" "-"
    ms=$(median_ms "$runs" "$KEYHOOK" run)
    n=$({ "$KEYHOOK" run --format json 2>/dev/null || true; } | jq length)
    row "$w" "keyhook" "$(printf %.1f "$ms")" "$(jq -n "$ms/$floor*100|round/100")" "$(max_rss_mb "$KEYHOOK" run)" "$n"
    kh=$ms
    if [ -n "${KEYHOOK_BASE:-}" ]; then
        ms=$(median_ms "$runs" "$KEYHOOK_BASE" run)
        row "$w" "keyhook-base" "$(printf %.1f "$ms")" "$(jq -n "$ms/$floor*100|round/100")" "$(max_rss_mb "$KEYHOOK_BASE" run)" "-"
    fi
    if [ -n "$GITLEAKS" ] && [ -x "$GITLEAKS" ]; then
        local g=("$GITLEAKS" git --pre-commit --staged --no-banner --log-level error --exit-code 0 .)
        ms=$(median_ms "$runs" "${g[@]}")
        n=$({ "${g[@]}" --report-format json --report-path - 2>/dev/null || true; } | jq length)
        row "$w" "gitleaks" "$(printf %.1f "$ms")" "$(jq -n "$ms/$floor*100|round/100")" "$(max_rss_mb "${g[@]}")" "$n (keyhook x$(jq -n "$ms/$kh*10|round/10") faster)"
    fi
    if [ -n "$KINGFISHER" ] && [ -x "$KINGFISHER" ]; then
        local k=("$KINGFISHER" scan . --staged --no-validate --no-update-check)
        ms=$(median_ms "$runs" "${k[@]}")
        n=$({ "${k[@]}" --format json 2>/dev/null || true; } | jq -s '[.[] | (.findings? // []) | length] | max' 2>/dev/null || echo "?")
        row "$w" "kingfisher" "$(printf %.1f "$ms")" "$(jq -n "$ms/$floor*100|round/100")" "$(max_rss_mb "${k[@]}")" "$n (keyhook x$(jq -n "$ms/$kh*10|round/10") faster)"
    fi
}

# ---------------------------------------------------------------------------------------------
# Workloads

# A repository with real history: the sources in $BENCH_SRC committed in three steps.
build_base() {
    local base=$BENCH_DIR/base
    if [ -d "$base/.git" ] && [ "$REBUILD" != 1 ]; then return; fi
    rm -rf "$base"; mkdir -p "$base"
    echo "building $base from $BENCH_SRC" >&2
    (cd "$base" && gitq init -q)
    local crates; mapfile -t crates < <(find "$BENCH_SRC" -mindepth 2 -maxdepth 2 -type d | sort)
    local n=${#crates[@]} third=$(( ${#crates[@]} / 3 ))
    local i=0
    for step in 1 2 3; do
        local end=$(( step == 3 ? n : step * third ))
        for (( ; i < end; i++ )); do cp -r "${crates[$i]}" "$base/"; done
        (cd "$base" && gitq add -A && gitq commit -qm "step $step")
    done
    # A fourth commit that edits files in existing crates (real history, not just additions).
    (cd "$base" && git ls-files '*.rs' | awk 'NR % 50 == 0 && c++ < 40' | while read -r f; do echo "// edited" >> "$f"; done \
        && gitq commit -qam "edits" && gitq gc -q)
}

# typical: 5 modified files, ~300 added lines, two secrets among them.
build_typical() {
    local d=$BENCH_DIR/typical
    rm -rf "$d"; gitq clone -q "$BENCH_DIR/base" "$d"
    cd "$d"
    local files; mapfile -t files < <(git ls-files '*.rs' | awk 'NR % 97 == 0 && c++ < 5')
    local k=0
    for f in "${files[@]}"; do
        # 60 real lines of Rust from elsewhere in the repository, inserted mid-file.
        local donor; donor=$(git ls-files '*.rs' | awk -v k=$k 'NR == 300 + k * 11')
        local mid=$(( $(wc -l < "$f") / 2 ))
        { head -n "$mid" "$f"; head -n 60 "$donor"; tail -n +"$((mid + 1))" "$f"; } > "$f.tmp" && mv "$f.tmp" "$f"
        k=$((k + 1))
    done
    printf 'const AWS_KEY: &str = "%s";\nlet aws_secret_access_key = "%s";\n' "$aws_id" "$aws_secret" >> "${files[0]}"
    printf 'stripe_key = "%s"\n' "$stripe" >> "${files[1]}"
    gitq add -A
}

# big-modify: 2,000 files each gaining lines.
build_big_modify() {
    local d=$BENCH_DIR/big-modify
    rm -rf "$d"; gitq clone -q "$BENCH_DIR/base" "$d"
    cd "$d"
    git ls-files | awk 'NR % 3 == 0 && c++ < 2000' | while read -r f; do
        printf '\n// keyhook bench: an added line with a key word, config_key = value_%s\n// another added line\n' "${#f}" >> "$f"
    done
    echo "slack_token = \"$slack\"" >> "$(git ls-files | awk 'NR == 3')"
    gitq add -A
}

# huge-initial: git init and git add -A of $BENCH_HUGE_SRC.
build_huge() {
    local d=$BENCH_DIR/huge-initial
    if [ -d "$d/.git" ] && [ "$REBUILD" != 1 ]; then cd "$d"; return; fi
    rm -rf "$d"; mkdir -p "$d"; cd "$d"
    echo "building $d from $BENCH_HUGE_SRC" >&2
    gitq init -q
    local i=0
    for s in $BENCH_HUGE_SRC; do cp -rL "$s" "src$i" 2>/dev/null || true; i=$((i + 1)); done
    printf 'AWS_ACCESS_KEY_ID=%s\nAWS_SECRET_ACCESS_KEY=%s\n' "$aws_id" "$aws_secret" > settings.conf
    gitq add -A
}

# ---------------------------------------------------------------------------------------------

echo "keyhook: $KEYHOOK" >&2
echo "gitleaks: ${GITLEAKS:-not installed}; kingfisher: ${KINGFISHER:-not installed}" >&2
echo "cores: $(nproc); hyperfine: $have_hyperfine" >&2

for w in $WORKLOADS; do
    case $w in
    empty)
        build_base; cd "$BENCH_DIR/base"
        bench "empty" "$RUNS"
        ;;
    typical)
        build_base; build_typical
        echo "typical: $(git ls-files | wc -l) files, $(git diff --cached --numstat | awk '{a+=$1} END {print a}') added lines in $(git diff --cached --name-only | wc -l) files" >&2
        bench typical "$RUNS"
        ;;
    big-modify)
        build_base; build_big_modify
        echo "big-modify: $(git diff --cached --name-only | wc -l) files, $(git diff --cached --numstat | awk '{a+=$1} END {print a}') added lines" >&2
        bench big-modify "$RUNS"
        ;;
    huge-initial)
        build_huge
        echo "huge-initial: $(git ls-files | wc -l) files, $(du -sm --exclude=.git . | cut -f1) MB" >&2
        bench huge-initial "$HUGE_RUNS"
        ;;
    pathological)
        # Linear time in the size: 10 MB vs 20 MB single line, a minified bundle, short lines.
        d=$BENCH_DIR/patho; mkdir -p "$d"; cd "$d"
        if [ ! -f short2m.txt ] || [ "$REBUILD" = 1 ]; then
            set +o pipefail # `yes | head` ends with SIGPIPE
            # one line of assignments with key words (every generic keyword hits, no secret)
            yes 'api_key=1; token: 2, secret_value == x; auth ' | head -c 10000000 | tr -d '\n' > line10.txt
            cat line10.txt line10.txt > line20.txt
            # a "minified bundle": real source with newlines removed, 5 MB per line
            find "$BENCH_SRC" -name '*.rs' -print0 | xargs -0 cat | head -c 20000000 | tr '\n' ' ' | fold -w 5000000 > bundle.js
            yes 'key = 1' | head -n 1000000 > short1m.txt
            yes 'key = 1' | head -n 2000000 > short2m.txt
            set -o pipefail
        fi
        for f in line10.txt line20.txt bundle.js short1m.txt short2m.txt; do
            ms=$(median_ms 3 "$KEYHOOK" scan "$f")
            row "pathological" "$f" "$(printf %.1f "$ms")" "$(du -m "$f" | cut -f1) MB" "$(max_rss_mb "$KEYHOOK" scan "$f")" "-"
        done
        ;;
    *) echo "unknown workload $w" >&2; exit 2 ;;
    esac
done

echo
echo "| workload | tool | median wall (ms) | ratio to floor | max RSS (MB) | findings |"
echo "|---|---|---|---|---|---|"
printf '%s\n' "${results[@]}"
