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
duration=${BENCH_DURATION:-8s}
connections=${BENCH_CONNECTIONS:-16}
log_level=${BENCH_LOG_LEVEL:-Warning}
stamp=$(date -u +%Y%m%d-%H%M%S)
results="$root/bench/results/scorecard-$stamp"
# Build output is kept between runs (bench/results/ is ignored by git) so a second run builds incrementally, and kept apart
# from api/bin and api/obj so a benchmark never races a developer's own build of the same project.
artifacts="$root/bench/results/build"
work=$(mktemp -d "${TMPDIR:-/tmp}/tracker-bench.XXXXXX")
# The first administrator of the throwaway database: the generator signs in with it.
admin_password=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
server_pids=()

say() { printf '\n== %s\n' "$*"; }
fail() { printf 'scorecard.sh: %s\n' "$*" >&2; exit 1; }

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

say "Generate the scorecard through the API"
timeout 600 dotnet "$generator_dll" --api "$api_url" --out "$work/plan.env" --username admin --password "$admin_password" \
    --scorecard-indicators "${BENCH_INDICATORS:-200}" --scorecard-months "${BENCH_MONTHS:-36}" | tee "$results/generator.txt"
grep -v '^read_header=' "$work/plan.env" > "$results/plan.env"
value() { grep -m1 "^$1=" "$work/plan.env" | cut -d= -f2-; }
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
