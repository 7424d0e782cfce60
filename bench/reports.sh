#!/usr/bin/env bash
# Times the scrutiny report in each format (JSON for the print view, Word, Excel, CSV) on a plan of 2,000 scored items
# with 24 reviews: build in Release, start the tracker on a fresh SQLite file, generate the plan through the API with
# bench/Generator, then fetch each format one request at a time, several times, and print the median, the 90th
# percentile, the size and the server's CPU time per request. Raw figures go to bench/results/reports-<time>/.
#
#   bash bench/reports.sh
#
# Settings (environment): BENCH_RUNS (10) timed requests per format after BENCH_WARMUP (3) untimed ones;
# BENCH_RECOMMENDATIONS / BENCH_ACTIONS / BENCH_REVIEWS (200 / 10 / 24: 2,000 scored actions); BENCH_LOG_LEVEL (Warning);
# BENCH_KEEP_DB=1 copies the generated database and plan.env into the results folder, for bench/ReportSteps (in-process
# step timings) to read without generating the plan again.
# A whole run takes about 6-10 minutes on 2 cores, most of it generating the plan's 48,000 scores.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$root/bench/lib.sh"
bench_init reports
runs=${BENCH_RUNS:-10}
warmup=${BENCH_WARMUP:-3}

# BENCH_KEEP_DB=1: the database goes with the results (bench_cleanup calls this before removing the work folder).
bench_keep() {
    if [ "${BENCH_KEEP_DB:-0}" = 1 ] && [ -f "$work/tracker.db" ] && [ -d "$results" ]; then
        sqlite3 "$work/tracker.db" ".backup '$results/tracker.db'" 2>/dev/null || cp "$work"/tracker.db* "$results"/ 2>/dev/null || true
    fi
}

say "Tools"
need_dotnet
command -v curl >/dev/null || fail "curl is needed."
machine_info
cpu_model=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//' || true)

say "Build (Release, without the SPA)"
build "$root/api/Api.csproj"
build "$root/bench/Generator/Generator.csproj"
api_dll=$(api_dll_of)
generator_dll="$artifacts/bin/Generator/release/Generator.dll"
built "$api_dll" "$generator_dll"

say "Start the tracker on a fresh database, seeding off"
start_tracker
server_pid=$tracker_pid

say "Generate the plan through the API"
generate_plan "$url" "${BENCH_RECOMMENDATIONS:-200}" "${BENCH_ACTIONS:-10}" "${BENCH_REVIEWS:-24}" 1800 --probe-rounds 0
report_path=$(value report_path)
read_header=$(grep -m1 '^read_header=' "$work/plan.env" | cut -d= -f2-)

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
ticks_per_second=$(getconf CLK_TCK)

# One format: warm-up requests, then timed ones; each line of <name>.tsv is "status seconds bytes".
measure() {
    local name=$1 path=$2
    local out="$results/$name.tsv" before after
    for _ in $(seq "$warmup"); do
        curl -s -o /dev/null -H "$read_header" "$url$path" || fail "warm-up of $path failed."
    done
    : > "$out"
    before=$(cpu_ticks "$server_pid")
    for _ in $(seq "$runs"); do
        timeout 300 curl -s -o "$work/$name.out" -H "$read_header" -w '%{http_code}\t%{time_total}\t%{size_download}\n' "$url$path" >> "$out" \
            || fail "$path timed out or failed."
    done
    after=$(cpu_ticks "$server_pid")
    awk -F'\t' '$1 != 200 { bad++ } END { exit bad > 0 }' "$out" || fail "$path answered something other than 200: $(cat "$out")"
    cp "$work/$name.out" "$results/sample-$name" 2>/dev/null || true
    sort -t$'\t' -k2,2n "$out" | awk -F'\t' -v name="$name" -v n="$runs" -v cpu=$((after - before)) -v hz="$ticks_per_second" '
        { t[NR] = $2; bytes = $3 }
        END {
            median = (n % 2) ? t[(n + 1) / 2] : (t[n / 2] + t[n / 2 + 1]) / 2
            p90 = t[int(0.9 * n + 0.999999)]
            printf "%s\t%.0f\t%.0f\t%.0f\t%.0f\t%d\t%.0f\n", name, median * 1000, p90 * 1000, t[1] * 1000, t[n] * 1000, bytes, cpu * 1000 / hz / n
        }' >> "$results/table.tsv"
    tail -1 "$results/table.tsv" | awk -F'\t' '{ printf "  %-6s median %7s ms   p90 %7s ms   %12s bytes   CPU %7s ms per request\n", $1, $2, $3, $6, $7 }'
}

load=$(cut -d' ' -f1-3 /proc/loadavg)
echo "load_average_before=$load" >> "$results/machine.txt"
say "Measure: $warmup warm-up and $runs timed requests per format, one at a time (load average $load on $cpus CPUs)"
printf 'format\tmedian_ms\tp90_ms\tmin_ms\tmax_ms\tbytes\tcpu_ms_per_request\n' > "$results/table.tsv"
measure json "$report_path"
measure docx "$report_path/docx"
measure xlsx "$report_path/xlsx"
measure csv  "$report_path/csv"
echo "load_average_after=$(cut -d' ' -f1-3 /proc/loadavg)" >> "$results/machine.txt"

say "Results"
{
    echo "Plan: $(value actions) scored actions under $(value recommendations) recommendations, $(value reviews) reviews," \
         "$(value scores) scores ($(value no_score) recorded as no score, $(value missing) missing), $(value overrides) overrides"
    echo "Machine: $cpus CPUs ($cpu_model), load average before measuring $load; curl and the server share these CPUs"
    echo
    awk -F'\t' 'NR == 1 { printf "%-8s %10s %10s %10s %10s %12s %14s\n", "format", "median ms", "p90 ms", "min ms", "max ms", "bytes", "CPU ms/request"; next }
                { printf "%-8s %10s %10s %10s %10s %12s %14s\n", $1, $2, $3, $4, $5, $6, $7 }' "$results/table.tsv"
} | tee "$results/summary.txt"
echo
echo "Raw timings, a sample of each file, the server log and the generator's output: $results"
