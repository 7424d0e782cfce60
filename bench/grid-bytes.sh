#!/usr/bin/env bash
# The grid's size per encoding (identity, gzip, br) on the bench plan, for before/after comparisons of its shape (issue 14).
# Builds the API and the generator in Release, starts the tracker on a fresh database, generates the 40 × 10 × 24 plan
# through the API and reads the grid with curl. With BENCH_DB=<folder of an earlier run> it reuses that run's database
# and plan.env instead of generating (the same data before and after a change); the database and the full plan.env
# (with its read token: a throwaway database's) are kept in the results folder for that.
#
#   bash bench/grid-bytes.sh                         # generate and measure
#   BENCH_DB=bench/results/grid-bytes-<time> bash bench/grid-bytes.sh   # measure again on the same data
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$root/bench/lib.sh"
bench_init grid-bytes
need_dotnet
machine_info "load_average=$(cut -d' ' -f1-3 /proc/loadavg)"

say "Build (Release, BuildWeb=false)"
build "$root/api/Api.csproj"
build "$root/bench/Generator/Generator.csproj"
built "$(api_dll_of)" "$artifacts/bin/Generator/release/Generator.dll"

if [ -n "${BENCH_DB:-}" ]; then
    cp "$BENCH_DB"/tracker.db* "$work"/
    cp "$BENCH_DB/plan.full.env" "$work/plan.env"
    start_tracker
else
    start_tracker
    generate_plan "$url" "${BENCH_RECOMMENDATIONS:-40}" "${BENCH_ACTIONS:-10}" "${BENCH_REVIEWS:-24}" 900 --probe-rounds 0
fi
read_header=$(value read_header)
grid_path=$(value grid_path)

say "The grid, per encoding"
for encoding in identity gzip br; do
    curl -sf -H "$read_header" -H "Accept-Encoding: $encoding" -o "$results/grid.$encoding" "$url$grid_path" || fail "reading the grid failed."
    printf '%-9s %12s bytes\n' "$encoding" "$(stat -c %s "$results/grid.$encoding")" | tee -a "$results/sizes.txt"
done

bench_keep() {
    if [ -z "${BENCH_DB:-}" ]; then
        stop_servers
        cp "$work"/tracker.db* "$results"/
        cp "$work/plan.env" "$results/plan.full.env"
    fi
}
