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
duration=${BENCH_DURATION:-15s}
connections=${BENCH_CONNECTIONS:-16}
log_level=${BENCH_LOG_LEVEL:-Warning}
stamp=$(date -u +%Y%m%d-%H%M%S)
results="$root/bench/results/grid-$stamp"
# Build output is kept between runs (bench/results/ is ignored by git) so a second run builds incrementally, and kept apart
# from api/bin and api/obj so a benchmark never races a developer's own build of the same project.
artifacts="$root/bench/results/build"
work=$(mktemp -d "${TMPDIR:-/tmp}/tracker-bench.XXXXXX")
# The first administrator of the throwaway database: the generator signs in with it.
admin_password=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
server_pids=()

say() { printf '\n== %s\n' "$*"; }
fail() { printf 'grid.sh: %s\n' "$*" >&2; exit 1; }

stop_servers() {
    local pid
    for pid in "${server_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${server_pids[@]}"; do
        # Kestrel drains and exits within a second or two; after ten, stop waiting.
        for _ in $(seq 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        kill -KILL "$pid" 2>/dev/null || true
    done
    server_pids=()
}

cleanup() {
    stop_servers
    # Keep the servers' logs with the results; the database goes with the temporary folder.
    if [ -d "$results" ]; then cp "$work"/*.log "$results"/ 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------------------------------------------------------------
say "Tools"
command -v dotnet >/dev/null || fail "dotnet is not on the PATH (the .NET 10 SDK is needed)."
if ! command -v wrk >/dev/null; then
    echo "Installing wrk"
    sudo_if_needed=""; [ "$(id -u)" -eq 0 ] || sudo_if_needed="sudo"
    $sudo_if_needed apt-get install -y wrk || { $sudo_if_needed apt-get update && $sudo_if_needed apt-get install -y wrk; }
fi
command -v wrk >/dev/null || fail "wrk could not be installed."
mkdir -p "$results"

cpus=$(nproc)
cpu_model=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//' || true)
{
    echo "date_utc=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "cpus=$cpus"
    echo "cpu_model=${cpu_model:-unknown}"
    echo "memory=$(free -g | awk '/^Mem:/ {print $2 " GiB"}')"
    echo "os=$(. /etc/os-release && echo "$PRETTY_NAME")"
    echo "dotnet_sdk=$(dotnet --version)"
    echo "wrk=$(wrk -v 2>&1 | head -1 | awk '{print $2}')"
    echo "git_commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo none)"
    echo "git_dirty_files=$(git -C "$root" status --porcelain -- api db 2>/dev/null | wc -l)"
} > "$results/machine.txt"
cat "$results/machine.txt"

# ---------------------------------------------------------------------------------------------------------------------
say "Build (Release; the SPA is not needed for the API, so BuildWeb=false)"
build() { timeout 900 dotnet build "$1" -c Release -nologo -v quiet -p:BuildWeb=false --artifacts-path "$artifacts" \
          > "$work/build.log" 2>&1 || { cat "$work/build.log"; fail "building $1 failed."; }; }
build "$root/api/Api.csproj"
build "$root/bench/Generator/Generator.csproj"
build "$root/bench/Baseline/Baseline.csproj"
api_dll="$artifacts/bin/Api/release/ActionPlanTracker.dll"
generator_dll="$artifacts/bin/Generator/release/Generator.dll"
baseline_dll="$artifacts/bin/Baseline/release/Baseline.dll"
for dll in "$api_dll" "$generator_dll" "$baseline_dll"; do [ -f "$dll" ] || fail "$dll was not built."; done
echo "Built into $artifacts"

# Starts a server on a free loopback port (Kestrel picks it: port 0) and sets $url from the address it logs.
# The servers run as "dotnet x.dll" rather than "dotnet run", so the pid kept is the server itself.
start_server() {
    local name=$1; shift
    local log="$work/$name.log"
    (cd "$work" && exec env ASPNETCORE_ENVIRONMENT=Production \
        "Logging__LogLevel__Default=$log_level" "Logging__LogLevel__Microsoft.Hosting.Lifetime=Information" \
        "$@" --urls "http://127.0.0.1:0") > "$log" 2>&1 &
    server_pids+=("$!")
    local pid=$!
    url=""
    for _ in $(seq 120); do
        url=$(grep -o -m1 'Now listening on: http://127\.0\.0\.1:[0-9]*' "$log" | sed 's/Now listening on: //' || true)
        [ -n "$url" ] && break
        kill -0 "$pid" 2>/dev/null || { cat "$log"; fail "$name stopped during start-up."; }
        sleep 0.5
    done
    [ -n "$url" ] || { cat "$log"; fail "$name did not start within 60 s."; }
    echo "$name listening on $url (pid $pid)"
}

# ---------------------------------------------------------------------------------------------------------------------
say "Start the tracker on a fresh database, seeding off"
start_server tracker env "Tracker__DatabasePath=$work/tracker.db" Tracker__SeedDemoData=false \
    "Tracker__InitialAdminPassword=$admin_password" dotnet "$api_dll"
api_url=$url
api_pid=${server_pids[-1]}

say "Generate the plan through the API"
timeout 600 dotnet "$generator_dll" --api "$api_url" --out "$work/plan.env" --username admin --password "$admin_password" \
    --recommendations "${BENCH_RECOMMENDATIONS:-40}" --actions "${BENCH_ACTIONS:-10}" --reviews "${BENCH_REVIEWS:-24}" \
    | tee "$results/generator.txt"
grep -v '^read_header=' "$work/plan.env" > "$results/plan.env"
value() { grep -m1 "^$1=" "$work/plan.env" | cut -d= -f2-; }
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
    awk -v name="$name" -v cpu_ticks=$((after - before)) -v hz="$ticks_per_second" '
        function ms(v) {
            if (v ~ /us$/) return substr(v, 1, length(v) - 2) / 1000
            if (v ~ /ms$/) return substr(v, 1, length(v) - 2) + 0
            if (v ~ /m$/)  return substr(v, 1, length(v) - 1) * 60000
            if (v ~ /s$/)  return substr(v, 1, length(v) - 1) * 1000
            return v + 0
        }
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
