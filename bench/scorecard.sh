#!/usr/bin/env bash
# Measures the scorecard read, GET /api/plans/{id}/scorecard (issue 15), on a plan of 200 indicators x 36 months, beside
# the in-memory baseline serving the same bytes through the same web server: build in Release, start the tracker on a
# fresh SQLite file, generate the scorecard through the API (bench/Generator --scorecard-indicators), start the
# baseline, warm both up, measure with wrk, print a table, keep the raw output in bench/results/, stop what it started.
#
#   bash bench/scorecard.sh
#
# Settings (environment): BENCH_DURATION (8s) per measurement, BENCH_CONNECTIONS (16), BENCH_LOG_LEVEL (Warning),
# BENCH_INDICATORS / BENCH_MONTHS (200 / 36). About 2 to 3 minutes on 2 cores once built.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$root/bench/lib.sh"
bench_init scorecard
duration=${BENCH_DURATION:-8s}
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

say "Generate the scorecard through the API"
timeout 600 dotnet "$generator_dll" --api "$api_url" --out "$work/plan.env" --username admin --password "$admin_password" \
    --scorecard-indicators "${BENCH_INDICATORS:-200}" --scorecard-months "${BENCH_MONTHS:-36}" | tee "$results/generator.txt"
grep -v '^read_header=' "$work/plan.env" > "$results/plan.env"
scorecard_path=$(value scorecard_path)
read_header=$(grep -m1 '^read_header=' "$work/plan.env" | cut -d= -f2- || true)
header_args=()
[ -z "$read_header" ] || header_args=(-H "$read_header")

# The first read builds the kept response; time it (cold: snapshot, calculator, JSON) before anything else reads it.
cold_ms=$(curl -sf "${header_args[@]}" -o /dev/null -w '%{time_total}' "$api_url$scorecard_path" | awk '{printf "%.0f", $1 * 1000}') \
    || fail "could not read $scorecard_path."
echo "first (cold) scorecard read: $cold_ms ms" | tee -a "$results/machine.txt"
echo "scorecard_cold_ms=$cold_ms" >> "$results/machine.txt"
# An asOf read is kept apart: its first read is another build.
asof_ms=$(curl -sf "${header_args[@]}" -o /dev/null -w '%{time_total}' "$api_url$scorecard_path?asOf=$(date -u -d 'last year' +%Y-%m)" | awk '{printf "%.0f", $1 * 1000}')
echo "first read as at a year ago: $asof_ms ms" | tee -a "$results/machine.txt"

say "Start the baseline: the same response from memory"
start_server baseline dotnet "$baseline_dll" --source "$api_url" --paths "$scorecard_path" ${read_header:+--header "$read_header"}
baseline_url=$url
baseline_pid=${server_pids[-1]}
curl -sf "${header_args[@]}" "$api_url$scorecard_path" -o "$work/tracker.json" && curl -sf "$baseline_url$scorecard_path" -o "$work/baseline.json" \
    || fail "could not read $scorecard_path from both servers."
cmp -s "$work/tracker.json" "$work/baseline.json" && echo "$scorecard_path: identical bytes from both ($(wc -c < "$work/tracker.json") bytes)" \
    || echo "warning: $scorecard_path differs between the tracker and the baseline"

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

say "Warm up both servers"
for target in "$api_url$scorecard_path" "$baseline_url$scorecard_path"; do
    timeout 120 wrk -t2 -c"$connections" -d4s --timeout 30s "${header_args[@]}" "$target" > /dev/null 2>&1 || fail "warm-up of $target failed."
done

load=$(cut -d' ' -f1-3 /proc/loadavg)
echo "load_average_before=$load" >> "$results/machine.txt"
echo "Load average before measuring: $load on $cpus CPUs"

say "Measure: wrk -t2 -c$connections -d$duration --latency, then one connection"
printf 'name\trps\tp50_ms\tp90_ms\tp99_ms\trequests\terrors\tcpu_ms_per_request\n' > "$results/table.tsv"
measure "scorecard-tracker-c$connections"  "$api_pid"      2 "$connections" "$duration" "$api_url$scorecard_path"
measure "scorecard-baseline-c$connections" "$baseline_pid" 2 "$connections" "$duration" "$baseline_url$scorecard_path"
measure "scorecard-tracker-c1"             "$api_pid"      1 1 "$duration" "$api_url$scorecard_path"
measure "scorecard-baseline-c1"            "$baseline_pid" 1 1 "$duration" "$baseline_url$scorecard_path"
for encoding in identity gzip br; do
    curl -sf "${header_args[@]}" -H "Accept-Encoding: $encoding" -D "$work/headers-$encoding.txt" -o "$work/scorecard.$encoding" "$api_url$scorecard_path" \
        || fail "could not read the scorecard with Accept-Encoding: $encoding"
    echo "scorecard_bytes_on_the_wire_$encoding=$(wc -c < "$work/scorecard.$encoding")" | tee -a "$results/machine.txt"
done
etag=$(grep -i -m1 '^etag:' "$work/headers-br.txt" | cut -d' ' -f2- | tr -d '\r')
extra_args=(-H "Accept-Encoding: br")
measure "scorecard-tracker-br-c$connections"  "$api_pid" 2 "$connections" "$duration" "$api_url$scorecard_path"
extra_args=(-H "Accept-Encoding: br" -H "If-None-Match: $etag")
measure "scorecard-tracker-304-c$connections" "$api_pid" 2 "$connections" "$duration" "$api_url$scorecard_path"
extra_args=()
echo "load_average_after=$(cut -d' ' -f1-3 /proc/loadavg)" >> "$results/machine.txt"

# ---------------------------------------------------------------------------------------------------------------------
say "Results"
{
    echo "Scorecard: $(value indicators) indicators x $(value months) months, $(value scorecard_bytes) bytes of JSON;" \
         "generated with $(value write_requests) requests in $(value generation_seconds) s; first read $cold_ms ms"
    echo "Machine: $cpus CPUs ($cpu_model), load average before measuring $load; wrk and both servers share these CPUs"
    echo
    awk -F'\t' 'NR == 1 { printf "%-30s %9s %9s %9s %9s %9s %7s %12s\n", "run", "req/s", "p50 ms", "p90 ms", "p99 ms", "requests", "errors", "CPU ms/req"; next }
                { printf "%-30s %9s %9s %9s %9s %9s %7s %12s\n", $1, $2, $3, $4, $5, $6, $7, $8 }' "$results/table.tsv"
    echo
    awk -F'\t' -v c="$connections" '
        NR > 1 { rps[$1] = $2; p50[$1] = $3; cpu[$1] = $8 }
        function ratio(a, b) { return b > 0 ? sprintf("%.3f", a / b) : "n/a" }
        END {
            t = "scorecard-tracker-c" c; b = "scorecard-baseline-c" c
            printf "tracker/baseline at %s connections: throughput %s, p50 latency x%s, CPU per request x%s\n", c, ratio(rps[t], rps[b]), ratio(p50[t], p50[b]), ratio(cpu[t], cpu[b])
            printf "tracker/baseline on one connection: p50 latency x%s\n", ratio(p50["scorecard-tracker-c1"], p50["scorecard-baseline-c1"])
        }' "$results/table.tsv"
} | tee "$results/summary.txt"
echo
echo "Raw wrk output, server logs and the generator's output: $results"
