#!/usr/bin/env bash
# Issue 14: the board reads the grid while managers save. 32 readers of GET /api/plans/{id}/grid sending the
# Accept-Encoding Chromium sends, first with no writes beside the same-bytes baseline (bench/Baseline serving the very
# compressed bytes the tracker sent), then while one manager saves a score every 0.5 s, then every 0.1 s; readers that
# revalidate with If-None-Match as a second row where asked. One run: Release build, fresh SQLite file, the bench plan
# (400 actions x 24 reviews) through bench/Generator, warm-up, the phases, a table, raw output in
# bench/results/mixed-<time>/, and everything it started stopped on exit.
#
#   bash bench/mixed.sh
#
# Per phase: reads/s, p50/p99 of reads (wrk --latency), p50/p99 of saves (bench/Mixed, the writer), bytes on the wire
# per read (wrk's bytes read, headers included, / requests), CPU per request (the server's utime+stime from
# /proc/<pid>/stat over reads + saves), peak RSS (VmHWM from /proc/<pid>/status, reset through clear_refs at the start
# of each phase, and VmRSS sampled every 0.2 s as a check), and the ratios to the baseline and to the no-writes reads.
# Target (issue 14): with a save every 0.5 s, reads >= 0.5x the no-writes throughput and p99 < 500 ms; peak RSS < 600 MB.
#
# Settings (environment): BENCH_DURATION (20, seconds per phase), BENCH_CONNECTIONS (32), BENCH_REVALIDATE (1: add the
# If-None-Match rows; 0: leave them out), BENCH_LOG_LEVEL (Warning), BENCH_RECOMMENDATIONS / BENCH_ACTIONS /
# BENCH_REVIEWS (40 / 10 / 24), BENCH_TRACKER_ENV (extra NAME=value settings for the tracker's process only, e.g.
# "DOTNET_gcServer=0", to measure a runtime setting). A run takes about 6 minutes on 2 cores after the first build.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$root/bench/lib.sh"
bench_init mixed
seconds=${BENCH_DURATION:-20}
connections=${BENCH_CONNECTIONS:-32}
revalidate=${BENCH_REVALIDATE:-1}
read -r -a tracker_env <<< "${BENCH_TRACKER_ENV:-}"
# What Chromium sends (over plain HTTP it leaves out br; over HTTPS, as councils serve it, it sends this).
accept_encoding="gzip, deflate, br, zstd"

# ---------------------------------------------------------------------------------------------------------------------
say "Tools"
need_dotnet
need_wrk
machine_info "tracker_env=${BENCH_TRACKER_ENV:-}"

# ---------------------------------------------------------------------------------------------------------------------
say "Build (Release, BuildWeb=false)"
build "$root/api/Api.csproj"
build "$root/bench/Generator/Generator.csproj"
build "$root/bench/Baseline/Baseline.csproj"
build "$root/bench/Mixed/Mixed.csproj"
api_dll=$(api_dll_of)
generator_dll="$artifacts/bin/Generator/release/Generator.dll"
baseline_dll="$artifacts/bin/Baseline/release/Baseline.dll"
mixed_dll="$artifacts/bin/Mixed/release/Mixed.dll"
built "$api_dll" "$generator_dll" "$baseline_dll" "$mixed_dll"

# ---------------------------------------------------------------------------------------------------------------------
say "Start the tracker on a fresh database, seeding off${BENCH_TRACKER_ENV:+, with $BENCH_TRACKER_ENV}"
start_tracker "${tracker_env[@]}"
api_url=$url
api_pid=$tracker_pid

say "Generate the plan through the API"
generate_plan "$api_url" "${BENCH_RECOMMENDATIONS:-40}" "${BENCH_ACTIONS:-10}" "${BENCH_REVIEWS:-24}" 900 --probe-rounds 0
grid_path=$(value grid_path)
plan_id=$(value plan_id)
read_header=$(value read_header)
[ -n "$read_header" ] || fail "the generator gave no read header (API token)."

say "Start the baseline: the tracker's compressed bytes, from memory"
start_server baseline dotnet "$baseline_dll" --source "$api_url" --paths "$grid_path" --header "$read_header" --accept-encoding "$accept_encoding"
baseline_url=$url
baseline_pid=${server_pids[-1]}
for target in "$api_url" "$baseline_url"; do
    curl -sf -H "$read_header" -H "Accept-Encoding: $accept_encoding" -D "$work/headers.txt" -o "$work/body" "$target$grid_path" \
        || fail "could not read the grid from $target."
    echo "$target: $(wc -c < "$work/body") bytes, Content-Encoding: $(grep -i '^content-encoding:' "$work/headers.txt" | cut -d' ' -f2- | tr -d '\r')"
    cp "$work/body" "$work/body-$([ "$target" = "$api_url" ] && echo tracker || echo baseline)"
done
cmp -s "$work/body-tracker" "$work/body-baseline" || fail "the tracker and the baseline do not send the same bytes."
for encoding in identity gzip br; do
    curl -sf -H "$read_header" -H "Accept-Encoding: $encoding" -o "$work/grid.$encoding" "$api_url$grid_path" || fail "reading the grid as $encoding failed."
    echo "grid_bytes_$encoding=$(wc -c < "$work/grid.$encoding")" | tee -a "$results/machine.txt"
done

# ---------------------------------------------------------------------------------------------------------------------
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
hz=$(getconf CLK_TCK)
kib() { awk -v k="$2" '$1 == k ":" {print $2}' "/proc/$1/status"; }

# One phase: name, server pid, target URL, writer's interval in ms (0: no writer), wrk script ("" for none).
# Appends one row to results/table.tsv.
measure() {
    local name=$1 pid=$2 target=$3 every_ms=$4 script=$5
    local raw="$results/wrk-$name.txt" writer_pid="" sampler_pid="" before after script_args=()
    [ -z "$script" ] || script_args=(-s "$script")
    rm -f "$work/ready" "$work/go"
    if [ "$every_ms" -gt 0 ]; then
        timeout $((seconds + 360)) dotnet "$mixed_dll" --api "$api_url" --plan-id "$plan_id" --read-header "$read_header" \
            --admin-password "$admin_password" --phase "$name" --every-ms "$every_ms" --seconds "$seconds" \
            --ready "$work/ready" --go "$work/go" --out "$results/saves.tsv" > "$results/writer-$name.txt" 2>&1 &
        writer_pid=$!
        helper_pids+=("$writer_pid")
        for _ in $(seq 600); do [ -f "$work/ready" ] && break; kill -0 "$writer_pid" 2>/dev/null || break; sleep 0.2; done
        [ -f "$work/ready" ] || { cat "$results/writer-$name.txt"; fail "the writer did not get ready."; }
    fi
    # Peak RSS of this phase: reset the high-water mark, and sample the resident size as a check on it.
    echo 5 > "/proc/$pid/clear_refs" 2>/dev/null || echo "note: could not reset VmHWM of $pid; its peak is since start" >&2
    ( while kill -0 "$pid" 2>/dev/null; do kib "$pid" VmRSS; sleep 0.2; done ) > "$work/rss-$name.txt" &
    sampler_pid=$!
    helper_pids+=("$sampler_pid")
    before=$(cpu_ticks "$pid")
    touch "$work/go"
    timeout $((seconds + 120)) wrk -t2 -c"$connections" -d"${seconds}s" --timeout 30s --latency -H "$read_header" \
        -H "Accept-Encoding: $accept_encoding" "${script_args[@]}" "$target" > "$raw" 2>&1 || fail "wrk failed: $(cat "$raw")"
    if [ -n "$writer_pid" ]; then wait "$writer_pid" || { cat "$results/writer-$name.txt"; fail "the writer failed."; }; fi
    after=$(cpu_ticks "$pid")
    local hwm; hwm=$(kib "$pid" VmHWM)
    kill "$sampler_pid" 2>/dev/null || true; wait "$sampler_pid" 2>/dev/null || true
    local sampled; sampled=$(sort -n "$work/rss-$name.txt" | tail -1)
    local save_row="-"
    [ -z "$writer_pid" ] || save_row=$(grep -P "^$name\t" "$results/saves.tsv" | tail -1)
    awk -v name="$name" -v cpu_ticks=$((after - before)) -v hz="$hz" -v hwm="$hwm" -v sampled="${sampled:-0}" \
        -v every="$every_ms" -v save_row="$save_row" "$wrk_units_awk"'
        /^ +50%/ { p50 = ms($2) }  /^ +99%/ { p99 = ms($2) }
        /requests in/ { requests = $1; read = $5; sub(/,$/, "", read); read = bytes(read) }
        /^Requests\/sec:/ { rps = $2 }
        /Non-2xx or 3xx responses:/ { errors += $NF }
        /Socket errors:/ { gsub(",", ""); errors += $4 + $6 + $8 + $10 }
        END {
            split(save_row, s, "\t")
            saves = save_row == "-" ? 0 : s[3]
            total = requests + saves
            none = (save_row == "-")
            per_read = (requests > 0) ? read / requests : 0
            cpu = (total > 0) ? cpu_ticks * 1000 / hz / total : 0
            printf "%s\t%s\t%.1f\t%.1f\t%.1f\t%d\t%d\t%s\t%s\t%s\t%s\t%.0f\t%.2f\t%.0f\t%.0f\n", name, every, rps, p50, p99, requests, errors,
                (none ? "-" : s[3]), (none ? "-" : s[6]), (none ? "-" : s[7]), (none ? "-" : s[4]), per_read, cpu, hwm / 1024, sampled / 1024
        }' "$raw" >> "$results/table.tsv"
    helper_pids=() # both have ended; never signal a pid that may since have been reused
    tail -1 "$results/table.tsv" | awk -F'\t' '{printf "  %-30s %8s reads/s  p50 %7s ms  p99 %7s ms  saves %s (p50 %s, p99 %s ms)  %s B/read  %s ms CPU/req  peak %s MB\n", $1, $3, $4, $5, $8, $9, $10, $12, $13, $14}'
}

say "Warm up both servers (JIT, tiered compilation, the compressed bytes, the SQLite page cache)"
for target in "$api_url" "$baseline_url"; do
    timeout 120 wrk -t2 -c"$connections" -d5s --timeout 30s -H "$read_header" -H "Accept-Encoding: $accept_encoding" "$target$grid_path" > /dev/null 2>&1 \
        || fail "warm-up of $target failed."
done
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "load_average_before=$load_before" >> "$results/machine.txt"
echo "Load average before measuring: $load_before on $cpus CPUs"
echo "tracker_rss_mb_after_warm_up=$(( $(kib "$api_pid" VmRSS) / 1024 ))" >> "$results/machine.txt"

say "Measure: wrk -t2 -c$connections -d${seconds}s --latency, Accept-Encoding: $accept_encoding"
printf 'phase\tsave_every_ms\treads_per_s\tread_p50_ms\tread_p99_ms\treads\tread_errors\tsaves\tsave_p50_ms\tsave_p99_ms\tsave_failures\tbytes_per_read\tcpu_ms_per_request\tpeak_rss_mb\tsampled_rss_mb\n' > "$results/table.tsv"
measure "no-writes-tracker"        "$api_pid"      "$api_url$grid_path"      0   ""
measure "no-writes-baseline"       "$baseline_pid" "$baseline_url$grid_path" 0   ""
[ "$revalidate" = 0 ] || measure "no-writes-tracker-304" "$api_pid" "$api_url$grid_path" 0 "$root/bench/revalidate.lua"
measure "save-500ms-tracker"       "$api_pid"      "$api_url$grid_path"      500 ""
[ "$revalidate" = 0 ] || measure "save-500ms-tracker-304" "$api_pid" "$api_url$grid_path" 500 "$root/bench/revalidate.lua"
measure "save-100ms-tracker"       "$api_pid"      "$api_url$grid_path"      100 ""
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
echo "load_average_after=$load_after" >> "$results/machine.txt"
echo "tracker_vmhwm_mb_since_start_reset_per_phase=$(( $(kib "$api_pid" VmHWM) / 1024 ))" >> "$results/machine.txt"

# ---------------------------------------------------------------------------------------------------------------------
say "Results"
{
    echo "Plan: $(value recommendations) recommendations, $(value actions) actions, $(value reviews) reviews, $(value scores) scores;" \
         "grid $(grep -m1 '^grid_bytes_identity=' "$results/machine.txt" | cut -d= -f2) bytes as JSON," \
         "$(grep -m1 '^grid_bytes_br=' "$results/machine.txt" | cut -d= -f2) as br, $(grep -m1 '^grid_bytes_gzip=' "$results/machine.txt" | cut -d= -f2) as gzip"
    echo "Machine: $cpus CPUs; load average $load_before before, $load_after after; wrk, the writer and both servers share these CPUs"
    echo "Readers: $connections connections, Accept-Encoding: $accept_encoding; ${seconds} s per phase${BENCH_TRACKER_ENV:+; tracker run with $BENCH_TRACKER_ENV}"
    echo
    awk -F'\t' 'NR == 1 { printf "%-24s %6s %9s %8s %8s %7s %6s %7s %8s %8s %8s %9s %8s %8s\n", "phase", "every", "reads/s", "p50 ms", "p99 ms", "errors",
                                 "saves", "failed", "save p50", "save p99", "B/read", "CPU ms/r", "peak MB", "x base"; next }
                NR == 2 { base = $3 } $1 == "no-writes-baseline" { baseline = $3 }
                { rows[NR] = $0 }
                END {
                    for (i = 2; i in rows; i++) {
                        split(rows[i], f, "\t")
                        every = (f[2] == 0) ? "-" : f[2] "ms"
                        ratio = (baseline > 0) ? sprintf("%.2f", f[3] / baseline) : "n/a"
                        printf "%-24s %6s %9s %8s %8s %7s %6s %7s %8s %8s %8s %9s %8s %8s\n", f[1], every, f[3], f[4], f[5], f[7],
                            f[8], f[11], f[9], f[10], f[12], f[13], f[14], ratio
                    }
                }' "$results/table.tsv"
    echo
    awk -F'\t' 'NR > 1 { rps[$1] = $3; p99[$1] = $5; if ($14 + 0 > peak) peak = $14 + 0 }
        END {
            r = (rps["no-writes-tracker"] > 0) ? rps["save-500ms-tracker"] / rps["no-writes-tracker"] : 0
            ok_r = (r >= 0.5) ? "met" : "NOT met"; ok_p = (p99["save-500ms-tracker"] + 0 < 500) ? "met" : "NOT met"; ok_m = (peak < 600) ? "met" : "NOT met"
            printf "Target, save every 0.5 s: reads %.2fx the no-writes throughput (>= 0.5: %s), p99 %s ms (< 500: %s)\n", r, ok_r, p99["save-500ms-tracker"], ok_p
            printf "Target, peak RSS of the tracker in any phase: %s MB (< 600: %s)\n", peak, ok_m
            if (rps["save-100ms-tracker"] > 0)
                printf "Save every 0.1 s: reads %.2fx the no-writes throughput, p99 %s ms\n", rps["save-100ms-tracker"] / rps["no-writes-tracker"], p99["save-100ms-tracker"]
        }' "$results/table.tsv"
} | tee "$results/summary.txt"
echo
echo "Raw wrk output, the writer's output, the servers' logs and the generator's output: $results"
