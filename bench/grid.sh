#!/usr/bin/env bash
# Measures the board's main read, GET /api/plans/{id}/grid, on a large plan, beside an in-memory baseline that serves the
# same bytes through the same web server, and the summary (GET /api/plans/{id}/summary) likewise. One run does it all:
# build in Release, start the tracker on a fresh SQLite file, generate the plan through the API, start the baseline,
# warm both up, measure with wrk, print a table, keep the raw output in bench/results/, and stop what it started.
#
#   bash bench/grid.sh
#
# Settings (environment): BENCH_DURATION (15s) per measurement, BENCH_CONNECTIONS (16) for the loaded runs,
# BENCH_LOG_LEVEL (Warning) for both servers, BENCH_RECOMMENDATIONS / BENCH_ACTIONS / BENCH_REVIEWS (40 / 10 / 24).
# After the tracker-against-baseline rows it also measures the grid read with Accept-Encoding: br and with If-None-Match
# (a 304), and records the grid's bytes on the wire per encoding in machine.txt (issue 14).
# Every step has a time limit; a whole run takes about 5 minutes on 2 cores (the first build adds a minute or two).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$root/bench/lib.sh"
bench_init grid
duration=${BENCH_DURATION:-15s}
connections=${BENCH_CONNECTIONS:-16}

# ---------------------------------------------------------------------------------------------------------------------
say "Tools"
need_dotnet
need_wrk
machine_info
cpu_model=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//' || true)

# ---------------------------------------------------------------------------------------------------------------------
say "Build (Release; the SPA is not needed for the API, so BuildWeb=false)"
build "$root/api/Api.csproj"
build "$root/bench/Generator/Generator.csproj"
build "$root/bench/Baseline/Baseline.csproj"
api_dll=$(api_dll_of)
generator_dll="$artifacts/bin/Generator/release/Generator.dll"
baseline_dll="$artifacts/bin/Baseline/release/Baseline.dll"
built "$api_dll" "$generator_dll" "$baseline_dll"
echo "Built into $artifacts"

# ---------------------------------------------------------------------------------------------------------------------
say "Start the tracker on a fresh database, seeding off"
start_tracker
api_url=$url
api_pid=$tracker_pid

say "Generate the plan through the API"
generate_plan "$api_url" "${BENCH_RECOMMENDATIONS:-40}" "${BENCH_ACTIONS:-10}" "${BENCH_REVIEWS:-24}" 600
grid_path=$(value grid_path)
summary_path=$(value summary_path)
# Every read (curl, wrk, the baseline's copy) sends the generator's token: the tracker refuses anonymous reads.
read_header=$(grep -m1 '^read_header=' "$work/plan.env" | cut -d= -f2- || true)
header_args=()
[ -z "$read_header" ] || header_args=(-H "$read_header")

say "Start the baseline: the same responses from memory"
start_server baseline dotnet "$baseline_dll" --source "$api_url" --paths "$grid_path,$summary_path" ${read_header:+--header "$read_header"}
baseline_url=$url
baseline_pid=${server_pids[-1]}
for path in "$grid_path" "$summary_path"; do
    curl -sf "${header_args[@]}" "$api_url$path" -o "$work/tracker.json" && curl -sf "$baseline_url$path" -o "$work/baseline.json" \
        || fail "could not read $path from both servers."
    cmp -s "$work/tracker.json" "$work/baseline.json" && echo "$path: identical bytes from both ($(wc -c < "$work/tracker.json") bytes)" \
        || echo "warning: $path differs between the tracker and the baseline (has a write happened?)"
done

# ---------------------------------------------------------------------------------------------------------------------
# CPU seconds a process has used so far (user + system), from /proc: a figure that a busy machine disturbs less than latency.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
ticks_per_second=$(getconf CLK_TCK)

# Headers for the next measure only (issue 14's compressed and revalidated reads); empty for the rest.
extra_args=()

# One wrk run: name, server pid, threads, connections, duration, url. Raw output goes to results/wrk-<name>.txt and one
# parsed row (name rps p50 p90 p99 requests errors cpu_ms_per_request) to results/table.tsv.
measure() {
    local name=$1 pid=$2 threads=$3 conns=$4 length=$5 target=$6
    local raw="$results/wrk-$name.txt" before after
    before=$(cpu_ticks "$pid")
    timeout 300 wrk -t"$threads" -c"$conns" -d"$length" --timeout 30s --latency "${header_args[@]}" "${extra_args[@]}" "$target" > "$raw" 2>&1 || fail "wrk failed: $(cat "$raw")"
    after=$(cpu_ticks "$pid")
    awk -v name="$name" -v cpu_ticks=$((after - before)) -v hz="$ticks_per_second" "$wrk_units_awk"'
        /^ +50%/ { p50 = ms($2) }  /^ +90%/ { p90 = ms($2) }  /^ +99%/ { p99 = ms($2) }
        /requests in/ { requests = $1 }
        /^Requests\/sec:/ { rps = $2 }
        /Non-2xx or 3xx responses:/ { errors += $NF }
        /Socket errors:/ { gsub(",", ""); errors += $4 + $6 + $8 + $10 }
        END {
            cpu = requests > 0 ? cpu_ticks * 1000 / hz / requests : 0
            printf "%s\t%.1f\t%.2f\t%.2f\t%.2f\t%d\t%d\t%.2f\n", name, rps, p50, p90, p99, requests, errors, cpu
        }' "$raw" >> "$results/table.tsv"
    tail -1 "$results/table.tsv" | awk -F'\t' '{printf "  %-24s %9s req/s   p50 %8s ms   p99 %8s ms\n", $1, $2, $3, $5}'
}

say "Warm up both servers (JIT, tiered compilation, SQLite page cache)"
for target in "$api_url$grid_path" "$baseline_url$grid_path" "$api_url$summary_path" "$baseline_url$summary_path"; do
    timeout 120 wrk -t2 -c"$connections" -d5s --timeout 30s "${header_args[@]}" "$target" > /dev/null 2>&1 || fail "warm-up of $target failed."
done

load=$(cut -d' ' -f1-3 /proc/loadavg)
echo "load_average_before=$load" >> "$results/machine.txt"
echo "Load average before measuring: $load on $cpus CPUs"
awk -v l="${load%% *}" -v c="$cpus" 'BEGIN { exit !(l > c) }' \
    && echo "warning: the machine is busy (load above the CPU count); figures will be noisy, compare the ratios."

say "Measure: wrk -t2 -c$connections -d$duration --latency, then one connection (wrk -t1 -c1)"
printf 'name\trps\tp50_ms\tp90_ms\tp99_ms\trequests\terrors\tcpu_ms_per_request\n' > "$results/table.tsv"
measure "grid-tracker-c$connections"     "$api_pid"      2 "$connections" "$duration" "$api_url$grid_path"
measure "grid-baseline-c$connections"    "$baseline_pid" 2 "$connections" "$duration" "$baseline_url$grid_path"
measure "summary-tracker-c$connections"  "$api_pid"      2 "$connections" "$duration" "$api_url$summary_path"
measure "summary-baseline-c$connections" "$baseline_pid" 2 "$connections" "$duration" "$baseline_url$summary_path"
measure "grid-tracker-c1"                "$api_pid"      1 1 "$duration" "$api_url$grid_path"
measure "grid-baseline-c1"               "$baseline_pid" 1 1 "$duration" "$baseline_url$grid_path"
measure "summary-tracker-c1"             "$api_pid"      1 1 "$duration" "$api_url$summary_path"

# Issue 14: the grid as a browser asks for it (brotli, kept compressed with the cache entry), and a browser revalidating
# the copy it holds (If-None-Match: 304, no body). The baseline sends identity bytes only, so these have no ratio.
for encoding in identity gzip br; do
    curl -sf "${header_args[@]}" -H "Accept-Encoding: $encoding" -D "$work/headers-$encoding.txt" -o "$work/grid.$encoding" "$api_url$grid_path" \
        || fail "could not read the grid with Accept-Encoding: $encoding"
    echo "grid_bytes_on_the_wire_$encoding=$(wc -c < "$work/grid.$encoding")" | tee -a "$results/machine.txt"
done
etag=$(grep -i -m1 '^etag:' "$work/headers-br.txt" | cut -d' ' -f2- | tr -d '\r')
extra_args=(-H "Accept-Encoding: br")
measure "grid-tracker-br-c$connections"  "$api_pid"      2 "$connections" "$duration" "$api_url$grid_path"
extra_args=(-H "Accept-Encoding: br" -H "If-None-Match: $etag")
measure "grid-tracker-304-c$connections" "$api_pid"      2 "$connections" "$duration" "$api_url$grid_path"
extra_args=()
echo "load_average_after=$(cut -d' ' -f1-3 /proc/loadavg)" >> "$results/machine.txt"

# ---------------------------------------------------------------------------------------------------------------------
say "Results"
{
    echo "Plan: $(value recommendations) recommendations, $(value actions) actions, $(value reviews) reviews," \
         "$(value scores) scores ($(value no_score) recorded as no score, $(value missing) missing), $(value overrides) overrides, $(value people) people"
    echo "Grid JSON: $(value grid_bytes) bytes; summary JSON: $(value summary_bytes) bytes;" \
         "generated with $(value write_requests) requests in $(value generation_seconds) s"
    echo "Machine: $cpus CPUs ($cpu_model), load average before measuring $load; wrk and both servers share these CPUs"
    echo
    awk -F'\t' 'NR == 1 { printf "%-26s %9s %9s %9s %9s %9s %7s %12s\n", "run", "req/s", "p50 ms", "p90 ms", "p99 ms", "requests", "errors", "CPU ms/req"; next }
                { printf "%-26s %9s %9s %9s %9s %9s %7s %12s\n", $1, $2, $3, $4, $5, $6, $7, $8 }' "$results/table.tsv"
    echo
    awk -F'\t' -v c="$connections" '
        NR > 1 { rps[$1] = $2; p50[$1] = $3; p99[$1] = $5; cpu[$1] = $8 }
        function ratio(a, b) { return b > 0 ? sprintf("%.3f", a / b) : "n/a" }
        END {
            for (i = 1; i <= 2; i++) {
                what = i == 1 ? "grid" : "summary"
                t = what "-tracker-c" c; b = what "-baseline-c" c
                printf "%-8s tracker/baseline at %s connections: throughput %s, p50 latency x%s, CPU per request x%s\n",
                    what, c, ratio(rps[t], rps[b]), ratio(p50[t], p50[b]), ratio(cpu[t], cpu[b])
            }
            printf "grid     tracker/baseline on one connection: p50 latency x%s (%s ms vs %s ms)\n",
                ratio(p50["grid-tracker-c1"], p50["grid-baseline-c1"]), p50["grid-tracker-c1"], p50["grid-baseline-c1"]
        }' "$results/table.tsv"
} | tee "$results/summary.txt"
echo
echo "Raw wrk output, server logs and the generator's output: $results"
