#!/usr/bin/env bash
# The web app's budgets: (a) the shipped JavaScript and CSS, gzipped (budget: 60 KB of JavaScript), and (b) the
# action-plan grid of a 1,000-row plan with 24 reviews in headless Chromium: how long it takes to draw and to answer a
# filter, a sort and folding rows (budget: usable within 150 ms of the data arriving). One run does it all: build in
# Release (the SPA with it), start the tracker on a fresh SQLite file, generate the plan through the API
# (bench/Generator), open the grid several times (bench/WebBudget, Microsoft.Playwright driving /usr/bin/chromium),
# print the figures, keep them in bench/results/web-<time>/, and stop what it started.
#
#   bash bench/web.sh
#
# Settings (environment): BENCH_RUNS (7) page loads after one warm-up; BENCH_RECOMMENDATIONS / BENCH_ACTIONS /
# BENCH_REVIEWS (100 / 9 / 24: 100 recommendations + 900 actions = 1,000 rows); CHROMIUM_PATH (/usr/bin/chromium).
# The figures are budgets to watch, not test assertions: the exit status is 0 either way, and the verdicts are printed.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=${BENCH_RUNS:-7}
stamp=$(date -u +%Y%m%d-%H%M%S)
results="$root/bench/results/web-$stamp"
# Shared with bench/grid.sh: build output kept between runs, apart from api/bin and api/obj.
artifacts="$root/bench/results/build"
work=$(mktemp -d "${TMPDIR:-/tmp}/tracker-web-bench.XXXXXX")
admin_password=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
js_budget_bytes=$((60 * 1024))
server_pid=""

say() { printf '\n== %s\n' "$*"; }
fail() { printf 'web.sh: %s\n' "$*" >&2; exit 1; }

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

# ---------------------------------------------------------------------------------------------------------------------
say "Tools"
command -v dotnet >/dev/null || fail "dotnet is not on the PATH (the .NET 10 SDK is needed)."
command -v npm >/dev/null || fail "npm is not on the PATH (Node 20 is needed to build the web app)."
command -v gzip >/dev/null || fail "gzip is needed to measure the shipped size."
chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
[ -x "$chromium" ] || fail "Chromium is not at $chromium (apt-get install -y chromium, or set CHROMIUM_PATH)."
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
    echo "node=$(node --version)"
    echo "chromium=$("$chromium" --version 2>/dev/null | head -1)"
    echo "git_commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo none)"
    echo "git_dirty_files=$(git -C "$root" status --porcelain -- api web 2>/dev/null | wc -l)"
} > "$results/machine.txt"
cat "$results/machine.txt"

# ---------------------------------------------------------------------------------------------------------------------
say "Build (Release; the API's build runs npm ci and npm run build into api/wwwroot)"
build() { timeout 900 dotnet build "$1" -c Release -nologo -v quiet --artifacts-path "$artifacts" "${@:2}" \
          > "$work/build.log" 2>&1 || { cat "$work/build.log"; fail "building $1 failed."; }; }
build "$root/api/Api.csproj"
build "$root/bench/Generator/Generator.csproj" -p:BuildWeb=false
build "$root/bench/WebBudget/WebBudget.csproj" -p:BuildWeb=false
api_dll="$artifacts/bin/Api/release/ActionPlanTracker.dll"
generator_dll="$artifacts/bin/Generator/release/Generator.dll"
budget_dll="$artifacts/bin/WebBudget/release/WebBudget.dll"
for dll in "$api_dll" "$generator_dll" "$budget_dll"; do [ -f "$dll" ] || fail "$dll was not built."; done
webroot="$root/api/wwwroot"
[ -f "$webroot/index.html" ] || fail "the web app was not built into $webroot."

# ---------------------------------------------------------------------------------------------------------------------
say "Shipped size: api/wwwroot/assets (gzip -9, as a server would send it)"
printf 'file\traw_bytes\tgzip_bytes\n' > "$results/size.tsv"
js_gz=0; js_raw=0; css_gz=0; css_raw=0
for file in "$webroot"/assets/*.js "$webroot"/assets/*.css; do
    [ -f "$file" ] || continue
    raw=$(wc -c < "$file"); gz=$(gzip -9 -c "$file" | wc -c)
    printf '%s\t%s\t%s\n' "$(basename "$file")" "$raw" "$gz" >> "$results/size.tsv"
    case "$file" in
        *.js) js_raw=$((js_raw + raw)); js_gz=$((js_gz + gz)) ;;
        *.css) css_raw=$((css_raw + raw)); css_gz=$((css_gz + gz)) ;;
    esac
done
column -t -s $'\t' "$results/size.tsv"
kb() { awk -v b="$1" 'BEGIN { printf "%.1f KB", b / 1024 }'; }
js_verdict=$([ "$js_gz" -le "$js_budget_bytes" ] && echo within || echo OVER)
size_line="JavaScript $(kb "$js_gz") gzipped ($(kb "$js_raw") raw): $js_verdict the 60 KB budget; CSS $(kb "$css_gz") gzipped ($(kb "$css_raw") raw)"
echo "$size_line"

# ---------------------------------------------------------------------------------------------------------------------
say "Start the tracker on a fresh database, seeding off, serving the web app from $webroot"
log="$work/tracker.log"
(cd "$work" && exec env ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    "Logging__LogLevel__Microsoft.Hosting.Lifetime=Information" "Tracker__DatabasePath=$work/tracker.db" \
    Tracker__SeedDemoData=false "Tracker__InitialAdminPassword=$admin_password" \
    dotnet "$api_dll" --webroot "$webroot" --urls "http://127.0.0.1:0") > "$log" 2>&1 &
server_pid=$!
api_url=""
for _ in $(seq 120); do
    api_url=$(grep -o -m1 'Now listening on: http://127\.0\.0\.1:[0-9]*' "$log" | sed 's/Now listening on: //' || true)
    [ -n "$api_url" ] && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$log"; fail "the tracker stopped during start-up."; }
    sleep 0.5
done
[ -n "$api_url" ] || { cat "$log"; fail "the tracker did not start within 60 s."; }
curl -sf "$api_url/" | grep -q '<script' || fail "the tracker does not serve the web app at $api_url/."
echo "tracker listening on $api_url (pid $server_pid)"

say "Generate the plan through the API"
timeout 1200 dotnet "$generator_dll" --api "$api_url" --out "$work/plan.env" --username admin --password "$admin_password" \
    --recommendations "${BENCH_RECOMMENDATIONS:-100}" --actions "${BENCH_ACTIONS:-9}" --reviews "${BENCH_REVIEWS:-24}" \
    | tee "$results/generator.txt"
grep -v '^read_header=' "$work/plan.env" > "$results/plan.env"
value() { grep -m1 "^$1=" "$work/plan.env" | cut -d= -f2-; }
plan_id=$(value plan_id)

load=$(cut -d' ' -f1-3 /proc/loadavg)
echo "load_average_before=$load" >> "$results/machine.txt"
say "Open the grid in headless Chromium: $runs loads after a warm-up (load average $load on $cpus CPUs)"
set +e
timeout 1800 dotnet "$budget_dll" --api "$api_url" --plan "$plan_id" --username admin --password "$admin_password" \
    --runs "$runs" --chromium "$chromium" --out "$results/browser.tsv" | tee "$results/browser.txt"
status=${PIPESTATUS[0]}
set -e
[ "$status" -eq 0 ] || [ "$status" -eq 3 ] || fail "bench/WebBudget failed (exit $status)."
echo "load_average_after=$(cut -d' ' -f1-3 /proc/loadavg)" >> "$results/machine.txt"

# ---------------------------------------------------------------------------------------------------------------------
say "Results"
{
    echo "Plan: $(value recommendations) recommendations and $(value actions) actions ($(( $(value recommendations) + $(value actions) )) rows)" \
         "x $(value reviews) reviews; grid JSON $(value grid_bytes) bytes"
    echo "Machine: $cpus CPUs ($cpu_model), load average before measuring $load; the browser, the tracker and the generator share them"
    echo "$size_line"
    grep -E '^Budget:' "$results/browser.txt" || true
} | tee "$results/summary.txt"
echo
echo "Figures, samples and logs: $results"
