#!/usr/bin/env bash
# Times bringing a plan in from a workbook (issue 11): the preview (upload → read → propose → interpret → dry run) and
# the commit (one transaction) of a 2,000-row, 24-review development plan, from the client's side, on a tracker started
# in Release on a fresh SQLite file. Prints a table and keeps it in bench/results/import-<stamp>/.
#
#   bash bench/import.sh
#
# Settings (environment): BENCH_ROWS (2000), BENCH_REVIEWS (24), BENCH_RUNS (3, after one warm-up run).
# Targets (issue 11): preview under 2 s, commit under 5 s on this 2-core machine.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
stamp=$(date -u +%Y%m%d-%H%M%S)
results="$root/bench/results/import-$stamp"
artifacts="$root/bench/results/build"
work=$(mktemp -d "${TMPDIR:-/tmp}/tracker-import-bench.XXXXXX")
admin_password=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
server_pid=""

fail() { printf 'import.sh: %s\n' "$*" >&2; exit 1; }
cleanup() {
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2>/dev/null || true
        for _ in $(seq 20); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.5; done
        kill -KILL "$server_pid" 2>/dev/null || true
    fi
    [ -d "$results" ] && cp "$work"/*.log "$results"/ 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$results"
{
    echo "date_utc=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "cpus=$(nproc)"
    echo "git_commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo none)"
    echo "load_average_before=$(cut -d' ' -f1-3 /proc/loadavg)"
} > "$results/machine.txt"
cat "$results/machine.txt"

build() { timeout 900 dotnet build "$1" -c Release -nologo -v quiet -p:BuildWeb=false --artifacts-path "$artifacts" \
          > "$work/build.log" 2>&1 || { cat "$work/build.log"; fail "building $1 failed."; }; }
build "$root/api/Api.csproj"
build "$root/bench/ImportBench/ImportBench.csproj"
api_dll="$artifacts/bin/Api/release/ActionPlanTracker.dll"
bench_dll="$artifacts/bin/ImportBench/release/ImportBench.dll"

(cd "$work" && exec env ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    Logging__LogLevel__Microsoft.Hosting.Lifetime=Information "Tracker__DatabasePath=$work/tracker.db" \
    Tracker__SeedDemoData=false "Tracker__InitialAdminPassword=$admin_password" \
    dotnet "$api_dll" --urls "http://127.0.0.1:0") > "$work/tracker.log" 2>&1 &
server_pid=$!
url=""
for _ in $(seq 120); do
    url=$(grep -o -m1 'Now listening on: http://127\.0\.0\.1:[0-9]*' "$work/tracker.log" | sed 's/Now listening on: //' || true)
    [ -n "$url" ] && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/tracker.log"; fail "the tracker stopped during start-up."; }
    sleep 0.5
done
[ -n "$url" ] || fail "the tracker did not start within 60 s."

timeout 900 dotnet "$bench_dll" --api "$url" --username admin --password "$admin_password" \
    --rows "${BENCH_ROWS:-2000}" --reviews "${BENCH_REVIEWS:-24}" --runs "${BENCH_RUNS:-3}" | tee "$results/table.tsv"
echo "load_average_after=$(cut -d' ' -f1-3 /proc/loadavg)" >> "$results/machine.txt"
echo "Results in $results"
