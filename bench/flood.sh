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
. "$root/bench/lib.sh"
bench_init flood
seconds=${BENCH_SECONDS:-20}

say "Tools and machine"
need_dotnet
machine_info

say "Build (Release, BuildWeb=false)"
build "$root/api/Api.csproj"
build "$root/bench/Generator/Generator.csproj"
build "$root/bench/Flood/Flood.csproj"
api_dll=$(api_dll_of)
generator_dll="$artifacts/bin/Generator/release/Generator.dll"
flood_dll="$artifacts/bin/Flood/release/Flood.dll"
built "$api_dll" "$generator_dll" "$flood_dll"

say "Start the tracker on a fresh database (default settings: rate limits and lock-out as shipped)"
start_tracker
log="$work/tracker.log"

say "Generate the plan through the API"
generate_plan "$url" "${BENCH_RECOMMENDATIONS:-12}" "${BENCH_ACTIONS:-5}" "${BENCH_REVIEWS:-6}" 600 --probe-rounds 0

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
