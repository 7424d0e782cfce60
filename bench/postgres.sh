#!/usr/bin/env bash
# Issue 16: the board's reads and a manager's saves on PostgreSQL beside SQLite, and mixed load over two instances of
# the tracker sharing one PostgreSQL database. One run: Release build, a throwaway PostgreSQL cluster (start_postgres in
# bench/lib.sh), then for each engine (SQLite file, then PostgreSQL) a fresh tracker on the bench plan (bench/Generator
# through the API on SQLite, 40 x 10 x 24 as mixed.sh; copied into PostgreSQL, see BENCH_POSTGRES_PLAN), and
#   - warm reads: GET /api/plans/{id}/grid and .../summary with wrk (-t2 -c$BENCH_CONNECTIONS, Chromium's Accept-Encoding);
#   - the build after a write: BENCH_ROUNDS times, a manager saves a score and reads the grid (then the summary) as the
#     same manager, whose read is never the previous bytes; beside it the same read with no save before it;
#   - score saves, no readers: one manager saving every BENCH_SAVE_EVERY_MS ms (steady), then BENCH_FLAT_OUT_MANAGERS
#     managers each saving back to back (flat out), BENCH_SAVE_SECONDS each;
# and last, two trackers (A and B, two ports, one PostgreSQL database: the plan generated above) read by one wrk whose
# two threads take one instance each (bench/two-instances.lua: 16 connections on each), with no writes and then while a
# manager saves a score every BENCH_TWO_EVERY_MS ms alternately on A and B (one session used on both) and, after each
# save's answer, reads the grid from the other instance as the same manager: it must carry the save's words (stale
# reads counted; the run fails unless 0). Raw output in bench/results/postgres-<time>/, a table in summary.txt.
#
#   bash bench/postgres.sh
#
# Settings (environment): BENCH_DURATION (20, seconds per wrk run), BENCH_CONNECTIONS (32), BENCH_ROUNDS (20),
# BENCH_SAVE_SECONDS (10), BENCH_SAVE_EVERY_MS (100), BENCH_FLAT_OUT_MANAGERS (4), BENCH_TWO_EVERY_MS (500),
# BENCH_RECOMMENDATIONS / BENCH_ACTIONS / BENCH_REVIEWS (40 / 10 / 24), BENCH_POSTGRES_PLAN (copy: the plan generated
# on SQLite copied into PostgreSQL by the tracker's copy-to-postgresql command, the same rows and ids; generate: the
# generator run again through the API on PostgreSQL, slower, and its time is a figure of its own), BENCH_POSTGRES_SETTINGS (extra "-c name=value"
# for the cluster; durability is PostgreSQL's default), BENCH_LOG_LEVEL (Warning). Needs PostgreSQL's server binaries
# (/usr/lib/postgresql/N/bin) and psql. 13-14 minutes on 2 busy cores (load 30-60) after the build; less when quiet.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$root/bench/lib.sh"
bench_init postgres
seconds=${BENCH_DURATION:-20}
connections=${BENCH_CONNECTIONS:-32}
rounds=${BENCH_ROUNDS:-20}
save_seconds=${BENCH_SAVE_SECONDS:-10}
steady_ms=${BENCH_SAVE_EVERY_MS:-100}
flat_managers=${BENCH_FLAT_OUT_MANAGERS:-4}
two_every_ms=${BENCH_TWO_EVERY_MS:-500}
plan_source=${BENCH_POSTGRES_PLAN:-copy}
# What Chromium sends over HTTPS, as councils serve it.
accept_encoding="gzip, deflate, br, zstd"
# The bench signs in a dozen times from one address within minutes (generator, managers); the per-address sign-in
# limit is not what is measured here.
tracker_settings=(Tracker__SignInsPerMinutePerAddress=600)

# ---------------------------------------------------------------------------------------------------------------------
say "Tools"
need_dotnet
need_wrk
command -v psql >/dev/null || fail "psql is not on the PATH (apt-get install postgresql-client)."
postgres_server=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)/postgres
[ -x "$postgres_server" ] || fail "PostgreSQL is not installed (apt-get install postgresql)."
machine_info "postgresql=$("$postgres_server" --version | awk '{print $3}')" "bench_settings=duration ${seconds}s, $connections connections, $rounds rounds, saves ${save_seconds}s (steady every ${steady_ms} ms; $flat_managers managers flat out), two instances every ${two_every_ms} ms, plan ${plan_source}"

say "Build (Release, BuildWeb=false)"
build "$root/api/Api.csproj"
build "$root/bench/Generator/Generator.csproj"
build "$root/bench/Engines/Engines.csproj"
engines_dll="$artifacts/bin/Engines/release/Engines.dll"
built "$(api_dll_of)" "$artifacts/bin/Generator/release/Generator.dll" "$engines_dll"

say "Start a throwaway PostgreSQL cluster"
start_postgres

# ---------------------------------------------------------------------------------------------------------------------
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
hz=$(getconf CLK_TCK)
# CPU ticks of the whole cluster: the postmaster with its ended children, and every live backend.
postgres_ticks() {
    [ -n "${postgres_started:-}" ] || { echo 0; return; }
    local main child total
    main=$(head -1 "$postgres_data/data/postmaster.pid")
    total=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$main/stat")
    for child in $(pgrep -P "$main" 2>/dev/null); do total=$((total + $(cpu_ticks "$child"))); done
    echo "$total"
}
servers_ticks() { local total=0 pid; for pid in "$@"; do total=$((total + $(cpu_ticks "$pid"))); done; echo "$total"; }

printf 'engine\tmeasure\treads_per_s\tp50_ms\tp99_ms\treads\terrors\tbytes_per_read\ttracker_cpu_ms_per_read\tdb_cpu_ms_per_read\n' > "$results/reads.tsv"

# One wrk run: engine, measure, target URL, then wrk's extra arguments. Appends a row to results/reads.tsv. The
# trackers whose CPU counts are in $measured_pids.
measure() {
    local engine=$1 name=$2 target=$3; shift 3
    local raw="$results/wrk-$engine-$name.txt" before after db_before db_after
    before=$(servers_ticks "${measured_pids[@]}"); db_before=$(postgres_ticks)
    timeout $((seconds + 120)) wrk -t2 -c"$connections" -d"${seconds}s" --timeout 30s --latency -H "$read_header" \
        -H "Accept-Encoding: $accept_encoding" "$@" "$target" > "$raw" 2>&1 || fail "wrk failed: $(cat "$raw")"
    after=$(servers_ticks "${measured_pids[@]}"); db_after=$(postgres_ticks)
    awk -v engine="$engine" -v name="$name" -v cpu=$((after - before)) -v db=$((db_after - db_before)) -v hz="$hz" "$wrk_units_awk"'
        /^ +50%/ { p50 = ms($2) }  /^ +99%/ { p99 = ms($2) }
        /requests in/ { requests = $1; read = $5; sub(/,$/, "", read); read = bytes(read) }
        /^Requests\/sec:/ { rps = $2 }
        /Non-2xx or 3xx responses:/ { errors += $NF }
        /Socket errors:/ { gsub(",", ""); errors += $4 + $6 + $8 + $10 }
        END {
            per = requests > 0 ? 1000 / hz / requests : 0
            printf "%s\t%s\t%.1f\t%.2f\t%.2f\t%d\t%d\t%.0f\t%.3f\t%.3f\n", engine, name, rps, p50, p99, requests, errors,
                (requests > 0 ? read / requests : 0), cpu * per, db * per
        }' "$raw" >> "$results/reads.tsv"
    tail -1 "$results/reads.tsv" | awk -F'\t' '{printf "  %-11s %-26s %9s req/s  p50 %8s ms  p99 %8s ms  errors %s  CPU/read: tracker %s ms, database %s ms\n", $1, $2, $3, $4, $5, $7, $9, $10}'
    awk -F'\t' 'END { exit !($7 > 0) }' "$results/reads.tsv" && fail "$engine $name: wrk saw errors (see $raw)."
    return 0
}

# bench/Engines with the common arguments; its rows go to results/saves.tsv, its output to results/engines-<phase>.txt.
engines() {
    local phase=$1; shift
    timeout 600 dotnet "$engines_dll" --api "$api_url" --plan-id "$plan_id" --read-header "$read_header" \
        --admin-password "$admin_password" --phase "$phase" --out "$results/saves.tsv" "$@" > "$results/engines-$phase.txt" 2>&1 \
        || { cat "$results/engines-$phase.txt"; fail "bench/Engines ($phase) failed."; }
    grep -P "^$phase\t" "$results/saves.tsv" | awk -F'\t' '{printf "  %-22s %-28s %5s ok %3s failed  %7s/s  p50 %8s ms  p99 %8s ms  max %8s ms  %s\n", $1, $2, $3, $4, $5, $6, $7, $8, $9}'
}

load_average() { cut -d' ' -f1-3 /proc/loadavg; }

# ---------------------------------------------------------------------------------------------------------------------
for engine in sqlite postgresql; do
    if [ "$engine" = sqlite ] || [ "$plan_source" = generate ]; then
        say "$engine: a fresh tracker, the bench plan through the API"
        if [ "$engine" = sqlite ]; then start_tracker --name "tracker-$engine" "${tracker_settings[@]}"
        else start_tracker --name "tracker-$engine" --connection "$postgres_connection" "${tracker_settings[@]}"; fi
        generate_plan "$url" "${BENCH_RECOMMENDATIONS:-40}" "${BENCH_ACTIONS:-10}" "${BENCH_REVIEWS:-24}" 900 --probe-rounds 0
        mv "$results/generator.txt" "$results/generator-$engine.txt"
        echo "generation_$engine=$(grep -o 'with [0-9]* requests in [0-9.]* s' "$results/generator-$engine.txt" || true)" | tee -a "$results/machine.txt"
    else
        # The same rows, ids and API token: the tracker's own copy command, from the SQLite file the first pass left
        # (its tracker stopped), into the empty database; then a tracker on PostgreSQL.
        say "$engine: the SQLite tracker's database copied in (copy-to-postgresql), then a fresh tracker on it"
        started=$(date +%s.%N)
        timeout 600 env "Tracker__DatabasePath=$work/tracker-sqlite/tracker.db" "Logging__LogLevel__Default=$log_level" \
            dotnet "$(api_dll_of)" copy-to-postgresql "$postgres_connection" > "$results/copy-to-postgresql.txt" 2>&1 \
            || { cat "$results/copy-to-postgresql.txt"; fail "copying the plan into PostgreSQL failed."; }
        echo "copy_to_postgresql_seconds=$(echo "$(date +%s.%N) - $started" | bc)" | tee -a "$results/machine.txt"
        start_tracker --name "tracker-$engine" --connection "$postgres_connection" "${tracker_settings[@]}"
    fi
    api_url=$url
    measured_pids=("$tracker_pid")
    plan_id=$(value plan_id)
    grid_path=$(value grid_path)
    summary_path=$(value summary_path)
    read_header=$(value read_header)
    [ -n "$read_header" ] || fail "the generator gave no read header (API token)."
    for encoding in identity br; do
        curl -sf -H "$read_header" -H "Accept-Encoding: $encoding" -o "$work/grid.$encoding" "$api_url$grid_path" || fail "reading the grid as $encoding failed."
        echo "grid_bytes_${encoding}_$engine=$(wc -c < "$work/grid.$encoding")" | tee -a "$results/machine.txt"
    done

    say "$engine: warm up (JIT, the kept bytes, the database's cache)"
    for path in "$grid_path" "$summary_path"; do
        timeout 120 wrk -t2 -c"$connections" -d5s --timeout 30s -H "$read_header" -H "Accept-Encoding: $accept_encoding" "$api_url$path" > /dev/null 2>&1 \
            || fail "warm-up of $path failed."
    done
    echo "load_average_before_$engine=$(load_average)" | tee -a "$results/machine.txt"

    say "$engine: warm reads (wrk -t2 -c$connections -d${seconds}s, Accept-Encoding: $accept_encoding)"
    measure "$engine" grid    "$api_url$grid_path"
    measure "$engine" summary "$api_url$summary_path"

    say "$engine: the first read after a save, $rounds times each (one manager, one request at a time)"
    engines "$engine-first-read" --mode first-read --rounds "$rounds"

    say "$engine: score saves with no readers: one manager every $steady_ms ms, then $flat_managers managers flat out (${save_seconds} s each)"
    engines "$engine-steady" --mode saves --managers 1 --every-ms "$steady_ms" --seconds "$save_seconds"
    engines "$engine-flat-out" --mode saves --managers "$flat_managers" --every-ms 0 --seconds "$save_seconds"
    echo "load_average_after_$engine=$(load_average)" | tee -a "$results/machine.txt"
    stop_servers
done

# ---------------------------------------------------------------------------------------------------------------------
say "Two instances over the one PostgreSQL database (the plan generated above)"
start_tracker --name tracker-a --connection "$postgres_connection" "${tracker_settings[@]}"
url_a=$url; pid_a=$tracker_pid
start_tracker --name tracker-b --connection "$postgres_connection" "${tracker_settings[@]}"
url_b=$url; pid_b=$tracker_pid
api_url=$url_a
measured_pids=("$pid_a" "$pid_b")
export BENCH_PORTS="${url_a##*:} ${url_b##*:}"
for target in "$url_a" "$url_b"; do
    curl -sf -H "$read_header" -H "Accept-Encoding: br" -o /dev/null "$target$grid_path" || fail "could not read the grid from $target."
done
timeout 120 wrk -t2 -c"$connections" -d5s --timeout 30s -H "$read_header" -H "Accept-Encoding: $accept_encoding" \
    -s "$root/bench/two-instances.lua" "$url_a$grid_path" > /dev/null 2>&1 || fail "warm-up of the two instances failed."
echo "load_average_before_two_instances=$(load_average)" | tee -a "$results/machine.txt"

say "Two instances: $connections readers ($((connections / 2)) on each), no writes, then a save every $two_every_ms ms alternately on A and B"
measure two-instances no-writes "$url_a$grid_path" -s "$root/bench/two-instances.lua"
rm -f "$work/ready" "$work/go"
timeout $((seconds + 360)) dotnet "$engines_dll" --api "$url_a" --api-b "$url_b" --plan-id "$plan_id" --read-header "$read_header" \
    --admin-password "$admin_password" --phase two-instances --mode two --every-ms "$two_every_ms" --seconds "$seconds" \
    --ready "$work/ready" --go "$work/go" --out "$results/saves.tsv" > "$results/engines-two-instances.txt" 2>&1 &
writer_pid=$!
helper_pids+=("$writer_pid")
for _ in $(seq 600); do [ -f "$work/ready" ] && break; kill -0 "$writer_pid" 2>/dev/null || break; sleep 0.2; done
[ -f "$work/ready" ] || { cat "$results/engines-two-instances.txt"; fail "the writer did not get ready."; }
touch "$work/go"
measure two-instances "save-${two_every_ms}ms" "$url_a$grid_path" -s "$root/bench/two-instances.lua"
wait "$writer_pid" || { cat "$results/engines-two-instances.txt"; fail "the writer failed."; }
helper_pids=()
grep -P "^two-instances\t" "$results/saves.tsv" | awk -F'\t' '{printf "  %-22s %-28s %5s ok %3s failed  %7s/s  p50 %8s ms  p99 %8s ms  max %8s ms  %s\n", $1, $2, $3, $4, $5, $6, $7, $8, $9}'
grep '^instance ' "$results"/wrk-two-instances-*.txt | sed "s|^$results/||"
echo "load_average_after=$(load_average)" | tee -a "$results/machine.txt"

# ---------------------------------------------------------------------------------------------------------------------
say "Results"
stale=$(awk -F'\t' '$1 == "two-instances" && $2 == "other-instance-read" { n = split($9, f, ","); for (i = 1; i <= n; i++) if (f[i] ~ /^stalex/) { sub(/^stalex/, "", f[i]); s += f[i] } } END { print s + 0 }' "$results/saves.tsv")
checked=$(awk -F'\t' '$1 == "two-instances" && $2 == "other-instance-read" { print $3 + $4 }' "$results/saves.tsv")
{
    echo "Plan: $(value recommendations) recommendations, $(value actions) actions, $(value reviews) reviews, $(value scores) scores;" \
         "grid $(grep -m1 '^grid_bytes_identity_sqlite=' "$results/machine.txt" | cut -d= -f2) bytes as JSON," \
         "$(grep -m1 '^grid_bytes_br_sqlite=' "$results/machine.txt" | cut -d= -f2) as br"
    echo "Machine: $(nproc) CPUs; wrk, the clients, the trackers and PostgreSQL share them; $(grep '^load_average' "$results/machine.txt" | tr '\n' ' ')"
    grep '^generation_\|^copy_to_postgresql' "$results/machine.txt"
    echo
    echo "Reads (wrk -t2 -c$connections -d${seconds}s, Accept-Encoding: $accept_encoding; CPU per read from /proc: the tracker(s), the PostgreSQL cluster)"
    awk -F'\t' '{ printf "%-14s %-18s %10s %9s %9s %8s %7s %10s %12s %10s\n", $1, $2, $3, $4, $5, $6, $7, $8, $9, $10 }' "$results/reads.tsv"
    echo
    echo "One manager, one request at a time (ms): saves, the first read after a save, the same read warm; saves with no readers"
    printf '%-26s %-28s %6s %7s %8s %9s %9s %9s  %s\n' phase measure count failed per_s p50_ms p99_ms max_ms failures
    awk -F'\t' '{ printf "%-26s %-28s %6s %7s %8s %9s %9s %9s  %s\n", $1, $2, $3, $4, $5, $6, $7, $8, $9 }' "$results/saves.tsv"
    echo
    echo "Two instances: $checked saves each followed by a grid read on the other instance; stale reads: $stale (must be 0)"
} | tee "$results/summary.txt"
[ "$stale" = 0 ] || fail "$stale grid reads on the other instance did not show the save just answered."
echo
echo "Raw wrk output, the clients' output, the servers' and PostgreSQL's logs: $results"
