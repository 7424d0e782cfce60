#!/usr/bin/env bash
# Issue 13: score saves and grid reads while a flood of failed anonymous sign-ins (64 connections, wrong passwords for
# real usernames and unknown usernames, all from one address as through one client) hits POST /api/session, beside the
# same without the flood. One run: build in Release, start the tracker on a fresh SQLite file, generate a plan through
# the API (bench/Generator), then bench/Flood measures a warm-up, a quiet phase and a flood phase, prints a table, keeps
# the raw output in bench/results/flood-<time>/, and stops what it started.
#
#   bash bench/flood.sh
#
# Settings (environment): BENCH_SECONDS (20) per phase, BENCH_SAVERS (4) managers saving scores one after another,
# BENCH_READERS (4) grid readers, BENCH_FLOOD (64) sign-in connections, BENCH_LOG_LEVEL (Warning),
# BENCH_RECOMMENDATIONS / BENCH_ACTIONS / BENCH_REVIEWS (12 / 5 / 6). Every step has a time limit; a run takes about
# 2 minutes on 2 cores after the first build. Target: no save fails and their p99 stays under 500 ms during the flood.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${BENCH_SECONDS:-20}
log_level=${BENCH_LOG_LEVEL:-Warning}
stamp=$(date -u +%Y%m%d-%H%M%S)
results="$root/bench/results/flood-$stamp"
artifacts="$root/bench/results/build"
work=$(mktemp -d "${TMPDIR:-/tmp}/tracker-flood.XXXXXX")
admin_password=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
server_pid=""

say() { printf '\n== %s\n' "$*"; }
fail() { printf 'flood.sh: %s\n' "$*" >&2; exit 1; }

cleanup() {
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2>/dev/null || true
        for _ in $(seq 20); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.5; done
        kill -KILL "$server_pid" 2>/dev/null || true
    fi
    if [ -d "$results" ]; then cp "$work"/*.log "$results"/ 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

say "Tools and machine"
command -v dotnet >/dev/null || fail "dotnet is not on the PATH (the .NET 10 SDK is needed)."
mkdir -p "$results"
cpus=$(nproc)
{
    echo "date_utc=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "cpus=$cpus"
    echo "cpu_model=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//' || echo unknown)"
    echo "dotnet_sdk=$(dotnet --version)"
    echo "git_commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo none)"
    echo "git_dirty_files=$(git -C "$root" status --porcelain -- api db 2>/dev/null | wc -l)"
} > "$results/machine.txt"
cat "$results/machine.txt"

say "Build (Release, BuildWeb=false)"
build() { timeout 900 dotnet build "$1" -c Release -nologo -v quiet -p:BuildWeb=false --artifacts-path "$artifacts" \
          > "$work/build.log" 2>&1 || { cat "$work/build.log"; fail "building $1 failed."; }; }
build "$root/api/Api.csproj"
build "$root/bench/Generator/Generator.csproj"
build "$root/bench/Flood/Flood.csproj"
api_dll="$artifacts/bin/Api/release/ActionPlanTracker.dll"
generator_dll="$artifacts/bin/Generator/release/Generator.dll"
flood_dll="$artifacts/bin/Flood/release/Flood.dll"
for dll in "$api_dll" "$generator_dll" "$flood_dll"; do [ -f "$dll" ] || fail "$dll was not built."; done

say "Start the tracker on a fresh database (default settings: rate limits and lock-out as shipped)"
log="$work/tracker.log"
(cd "$work" && exec env ASPNETCORE_ENVIRONMENT=Production "Logging__LogLevel__Default=$log_level" \
    "Logging__LogLevel__Microsoft.Hosting.Lifetime=Information" "Tracker__DatabasePath=$work/tracker.db" \
    Tracker__SeedDemoData=false "Tracker__InitialAdminPassword=$admin_password" \
    dotnet "$api_dll" --urls "http://127.0.0.1:0") > "$log" 2>&1 &
server_pid=$!
url=""
for _ in $(seq 120); do
    url=$(grep -o -m1 'Now listening on: http://127\.0\.0\.1:[0-9]*' "$log" | sed 's/Now listening on: //' || true)
    [ -n "$url" ] && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$log"; fail "the tracker stopped during start-up."; }
    sleep 0.5
done
[ -n "$url" ] || { cat "$log"; fail "the tracker did not start within 60 s."; }
echo "tracker listening on $url (pid $server_pid)"

say "Generate the plan through the API"
timeout 600 dotnet "$generator_dll" --api "$url" --out "$work/plan.env" --username admin --password "$admin_password" \
    --recommendations "${BENCH_RECOMMENDATIONS:-12}" --actions "${BENCH_ACTIONS:-5}" --reviews "${BENCH_REVIEWS:-6}" --probe-rounds 0 \
    | tee "$results/generator.txt"
value() { grep -m1 "^$1=" "$work/plan.env" | cut -d= -f2-; }
grep -v '^read_header=' "$work/plan.env" > "$results/plan.env"

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "load_average_before=$load_before" >> "$results/machine.txt"
say "Measure: ${seconds}s warm-up, ${seconds}s quiet, ${seconds}s during a flood of ${BENCH_FLOOD:-64} sign-in connections (load $load_before)"
timeout $((seconds * 3 + 300)) dotnet "$flood_dll" --api "$url" --plan-id "$(value plan_id)" --grid-path "$(value grid_path)" \
    --read-header "$(value read_header)" --admin-password "$admin_password" --out "$results/table.tsv" --seconds "$seconds" \
    --savers "${BENCH_SAVERS:-4}" --readers "${BENCH_READERS:-4}" --flood "${BENCH_FLOOD:-64}" > "$results/flood.txt" 2>&1 \
    || { cat "$results/flood.txt"; fail "the flood client failed."; }
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
echo "load_average_after=$load_after" >> "$results/machine.txt"
grep -c 'database is locked' "$log" | sed 's/^/database_is_locked_in_log=/' >> "$results/machine.txt" || true

say "Results"
{
    echo "Plan: $(value recommendations) recommendations, $(value actions) actions, $(value reviews) reviews; grid $(value grid_bytes) bytes"
    echo "Machine: $cpus CPUs; load average $load_before before, $load_after after; the client, the flood and the tracker share these CPUs"
    echo
    awk -F'\t' '{ printf "%-8s %-16s %8s %9s %9s %9s %9s %9s  %s\n", $1, $2, $3, $4, $5, $6, $7, $8, $9 }' "$results/table.tsv"
} | tee "$results/summary.txt"
echo
echo "Raw output and the tracker's log: $results"
