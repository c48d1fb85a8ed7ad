# Shared by the whole-process benchmarks (sourced): timing helpers.

have_hyperfine=0; command -v hyperfine >/dev/null && have_hyperfine=1

# median_ms RUNS CMD… → prints the median wall time in ms (command run in the current dir).
median_ms() {
    local runs=$1; shift
    if [ $have_hyperfine = 1 ]; then
        local json; json=$(mktemp)
        hyperfine -N -i --warmup 1 --runs "$runs" --export-json "$json" -- "$(printf '%q ' "$@")" >/dev/null 2>&1 \
            || hyperfine -i --warmup 1 --runs "$runs" --export-json "$json" -- "$(printf '%q ' "$@")" >/dev/null 2>&1
        jq '.results[0].median * 1000' "$json"; rm -f "$json"
    else
        local t=() s e
        "$@" >/dev/null 2>&1 || true
        for _ in $(seq "$runs"); do
            s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N)
            t+=($(( (e - s) / 1000 )))
        done
        printf '%s\n' "${t[@]}" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f\n", m/1000}'
    fi
}
