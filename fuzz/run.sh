#!/usr/bin/env bash
# Run every fuzz target for a set time, keep what it found, save crashes.
#
#   fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]      (default: 60 s, all targets)
#
# Needs cargo-fuzz (`cargo install cargo-fuzz`) and a C++ compiler (libFuzzer is built from
# source by libfuzzer-sys). Works on STABLE Rust: `--sanitizer none` makes cargo-fuzz pass only
# stable `-C` flags (SanitizerCoverage instrumentation via `-Cpasses=sancov-module`). A run with
# AddressSanitizer (`FUZZ_SANITIZER=address`) needs nightly's `-Zsanitizer`; on stable that only
# works with RUSTC_BOOTSTRAP=1, acceptable for this fuzz-only script, never for a real build:
#   FUZZ_SANITIZER=address RUSTC_BOOTSTRAP=1 fuzz/run.sh 60   (Rust is memory-safe here; unneeded)
#
# Per target it:
#   - fuzzes with `fuzz/corpus/<target>/` as corpus (seeds `seed-*` are hand-written and kept),
#     debug assertions and overflow checks on, 10 s per-input timeout, 2 GB RSS limit;
#   - on a crash / timeout / OOM: copies the input from `fuzz/artifacts/<target>/` into
#     `fuzz/corpus/<target>/crash-…` (so `cargo test --test fuzz_corpus` fails until it is
#     fixed), then goes on with the next target; the script exits 1 at the end;
#   - minimises the corpus (libFuzzer -merge=1: the smallest set with the same coverage) and
#     keeps it, seeds always included, dropping the largest found inputs while the target's
#     corpus is over FUZZ_CORPUS_BYTES (default 400000: the committed corpus stays < 2 MB) or
#     FUZZ_CORPUS_FILES files (default 600).
#     Set FUZZ_KEEP=0 to leave the corpus as it was.
# Logs: fuzz/target/logs/<target>.log; one summary line per target on stdout and appended to
# fuzz/target/logs/summary.txt (executions, seconds, result).
set -u
cd "$(dirname "$0")/.."
SECS=${1:-60}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=(scan_text added_lines config stream key_file)
SAN=${FUZZ_SANITIZER:-none}
KEEP=${FUZZ_KEEP:-1}
BUDGET=${FUZZ_CORPUS_BYTES:-400000}
MAXFILES=${FUZZ_CORPUS_FILES:-600}
LOGS=fuzz/target/logs
mkdir -p "$LOGS"
command -v cargo-fuzz >/dev/null || { echo "cargo-fuzz missing: cargo install cargo-fuzz" >&2; exit 2; }

# Build once (all targets) before the clock starts.
cargo fuzz build --sanitizer "$SAN" --debug-assertions || exit 2

failed=0
for t in "${TARGETS[@]}"; do
    corpus=fuzz/corpus/$t
    artifacts=fuzz/artifacts/$t
    mkdir -p "$corpus" "$artifacts"
    before=$(ls "$artifacts" | wc -l)
    log=$LOGS/$t.log
    start=$(date +%s)
    cargo fuzz run --sanitizer "$SAN" --debug-assertions "$t" "$corpus" -- \
        -max_total_time="$SECS" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
        -print_final_stats=1 >"$log" 2>&1
    rc=$?
    took=$(( $(date +%s) - start ))
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    result=ok
    if [ $rc -ne 0 ]; then
        result="CRASH (exit $rc)"
        failed=1
        for a in $(ls -t "$artifacts" | head -n $(( $(ls "$artifacts" | wc -l) - before ))); do
            cp "$artifacts/$a" "$corpus/crash-${a#*-}"
            result="$result $artifacts/$a"
        done
    fi
    if [ "$KEEP" = 1 ] && [ $rc -eq 0 ]; then
        # Minimise: merge the corpus into an empty dir, then keep seeds + the merged set.
        tmp=$(mktemp -d fuzz/target/merge.XXXXXX)
        cargo fuzz run --sanitizer "$SAN" --debug-assertions "$t" "$tmp" "$corpus" -- \
            -merge=1 -timeout=10 -rss_limit_mb=2048 -max_len=16384 >>"$log" 2>&1
        if [ $? -eq 0 ]; then
            seeds=$(cd "$corpus" && sha1sum seed-* crash-* 2>/dev/null | cut -d' ' -f1)
            find "$corpus" -maxdepth 1 -type f ! -name 'seed-*' ! -name 'crash-*' -delete
            for f in "$tmp"/*; do
                [ -e "$f" ] || continue
                echo "$seeds" | grep -qx "$(basename "$f")" || cp "$f" "$corpus/"
            done
        fi
        rm -rf "$tmp"
        # Keep what is committed small: drop the largest found inputs past the byte budget.
        size() { find "$corpus" -maxdepth 1 -type f -printf '%s\n' | awk '{s+=$1} END {print s+0}'; }
        while [ "$(size)" -gt "$BUDGET" ] || [ "$(ls "$corpus" | wc -l)" -gt "$MAXFILES" ]; do
            big=$(find "$corpus" -maxdepth 1 -type f ! -name 'seed-*' ! -name 'crash-*' -printf '%s %p\n' | sort -n | tail -1 | cut -d' ' -f2-)
            [ -n "$big" ] || break
            rm -f "$big"
        done
    fi
    line="$(date -u +%FT%TZ) $t: ${took}s, ${runs:-?} executions, corpus $(ls "$corpus" | wc -l) files, $result"
    echo "$line"
    echo "$line" >>"$LOGS/summary.txt"
done
exit $failed
