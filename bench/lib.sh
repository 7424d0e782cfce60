# The preamble every benchmark shares, sourced by bench/grid.sh, mixed.sh, reports.sh, flood.sh and scorecard.sh (not run on its own):
#
#   root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
#   . "$root/bench/lib.sh"
#   bench_init grid            # results in bench/results/grid-<time>/, a temporary work folder, a throwaway password
#
# then say/fail, machine_info (machine.txt), need_wrk, build (Release, BuildWeb=false, into bench/results/build, kept
# between runs and apart from api/bin and api/obj so a benchmark never races a developer's own build), start_server
# (a free loopback port, its URL in $url, its pid added to server_pids so the exit trap stops it), start_tracker (SQLite,
# or PostgreSQL with --connection), start_postgres (a throwaway cluster, stopped by the exit trap), generate_plan
# (bench/Generator through the API) and value (a line of the generated plan.env). Every step has a time limit.

# Sets the names every script uses and the traps that stop what it started. $1: the script's name (grid, mixed, ...).
bench_init() {
    bench_name=$1
    log_level=${BENCH_LOG_LEVEL:-Warning}
    stamp=$(date -u +%Y%m%d-%H%M%S)
    results="$root/bench/results/$bench_name-$stamp"
    artifacts="$root/bench/results/build"
    work=$(mktemp -d "${TMPDIR:-/tmp}/tracker-$bench_name.XXXXXX")
    # The first administrator of the throwaway database: the generator signs in with it.
    admin_password=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
    server_pids=()
    helper_pids=()
    trap bench_cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
}

# awk functions every script's wrk parser starts with: wrk's latencies ("812.00us", "12.53ms", "1.20s", "1.00m") in
# milliseconds and its transfer totals ("51.23MB") in bytes. Used as: awk -v ... "$wrk_units_awk"'<the script's rules>'.
wrk_units_awk='
        function ms(v) {
            if (v ~ /us$/) return substr(v, 1, length(v) - 2) / 1000
            if (v ~ /ms$/) return substr(v, 1, length(v) - 2) + 0
            if (v ~ /m$/)  return substr(v, 1, length(v) - 1) * 60000
            if (v ~ /s$/)  return substr(v, 1, length(v) - 1) * 1000
            return v + 0
        }
        function bytes(v) {
            if (v ~ /TB$/) return substr(v, 1, length(v) - 2) * 1024^4
            if (v ~ /GB$/) return substr(v, 1, length(v) - 2) * 1024^3
            if (v ~ /MB$/) return substr(v, 1, length(v) - 2) * 1024^2
            if (v ~ /KB$/) return substr(v, 1, length(v) - 2) * 1024
            if (v ~ /B$/)  return substr(v, 1, length(v) - 1) + 0
            return v + 0
        }'

say() { printf '\n== %s\n' "$*"; }
fail() { printf '%s.sh: %s\n' "$bench_name" "$*" >&2; exit 1; }

# Stops each pid (Kestrel drains and exits within a second or two; after ten, stop waiting).
stop_pids() {
    local pid
    for pid in "$@"; do kill "$pid" 2>/dev/null || true; done
    for pid in "$@"; do
        for _ in $(seq 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        kill -KILL "$pid" 2>/dev/null || true
    done
}

stop_servers() {
    stop_pids "${server_pids[@]}"
    server_pids=()
}

# On exit: helpers and servers stopped, the servers' logs kept with the results (a script may define bench_keep to keep
# more, e.g. the database), the work folder (and its database) removed.
bench_cleanup() {
    stop_pids "${helper_pids[@]}" "${server_pids[@]}"
    stop_postgres
    if [ -d "$results" ]; then cp "$work"/*.log "$results"/ 2>/dev/null || true; fi
    if declare -F bench_keep >/dev/null; then bench_keep || true; fi
    rm -rf "$work"
}

need_dotnet() { command -v dotnet >/dev/null || fail "dotnet is not on the PATH (the .NET 10 SDK is needed)."; }

need_wrk() {
    if ! command -v wrk >/dev/null; then
        echo "Installing wrk"
        local sudo_if_needed=""; [ "$(id -u)" -eq 0 ] || sudo_if_needed="sudo"
        $sudo_if_needed apt-get install -y wrk || { $sudo_if_needed apt-get update && $sudo_if_needed apt-get install -y wrk; }
    fi
    command -v wrk >/dev/null || fail "wrk could not be installed."
}

# Writes results/machine.txt (and prints it): the machine, the tools, the commit; extra NAME=value lines from the arguments.
machine_info() {
    mkdir -p "$results"
    cpus=$(nproc)
    {
        echo "date_utc=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
        echo "cpus=$cpus"
        echo "cpu_model=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//' || echo unknown)"
        echo "memory=$(free -g | awk '/^Mem:/ {print $2 " GiB"}')"
        echo "os=$(. /etc/os-release && echo "$PRETTY_NAME")"
        echo "dotnet_sdk=$(dotnet --version)"
        if command -v wrk >/dev/null; then echo "wrk=$(wrk -v 2>&1 | head -1 | awk '{print $2}')"; fi
        echo "git_commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo none)"
        echo "git_dirty_files=$(git -C "$root" status --porcelain -- api db 2>/dev/null | wc -l)"
        local line
        for line in "$@"; do echo "$line"; done
    } > "$results/machine.txt"
    cat "$results/machine.txt"
}

# Builds a project in Release without the SPA; its dll is then $artifacts/bin/<Project>/release/<Assembly>.dll.
build() { timeout 900 dotnet build "$1" -c Release -nologo -v quiet -p:BuildWeb=false --artifacts-path "$artifacts" \
          > "$work/build.log" 2>&1 || { cat "$work/build.log"; fail "building $1 failed."; }; }

# Fails unless every dll given was built.
built() { local dll; for dll in "$@"; do [ -f "$dll" ] || fail "$dll was not built."; done; }

api_dll_of() { echo "$artifacts/bin/Api/release/ActionPlanTracker.dll"; }

# Starts a server on a free loopback port (Kestrel picks it: port 0) and sets $url from the address it logs; its log is
# $work/<name>.log. The servers run as "dotnet x.dll" rather than "dotnet run", so the pid kept is the server itself.
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
        url=$(grep -o -m1 'Now listening on: http://127\.0\.0\.1:[0-9]*' "$log" 2>/dev/null | sed 's/Now listening on: //' || true)
        [ -n "$url" ] && break
        kill -0 "$pid" 2>/dev/null || { cat "$log"; fail "$name stopped during start-up."; }
        sleep 0.5
    done
    [ -n "$url" ] || { cat "$log"; fail "$name did not start within 60 s."; }
    echo "$name listening on $url (pid $pid)"
}

# Starts the tracker (its log: $work/tracker.log) on a fresh database in $work, seeding off, the throwaway administrator's
# password set; extra NAME=value settings (e.g. runtime settings to measure) from the arguments. Sets $url and $tracker_pid.
# Options first: --name NAME (log $work/NAME.log, SQLite file and keys folder under $work/NAME/: several trackers in one
# run) and --connection STRING (Tracker__DatabaseConnectionString: PostgreSQL, e.g. $postgres_connection; default SQLite).
start_tracker() {
    local name=tracker connection="" database="$work/tracker.db"
    while [ $# -gt 0 ]; do
        case $1 in
            --name) name=$2; mkdir -p "$work/$2"; database="$work/$2/tracker.db"; shift 2 ;;
            --connection) connection=$2; shift 2 ;;
            *) break ;;
        esac
    done
    start_server "$name" env "Tracker__DatabasePath=$database" ${connection:+"Tracker__DatabaseConnectionString=$connection"} \
        Tracker__SeedDemoData=false "Tracker__InitialAdminPassword=$admin_password" "$@" dotnet "$(api_dll_of)"
    tracker_pid=${server_pids[-1]}
}

# A free loopback TCP port (nothing answers on it now).
free_port() {
    local port
    for _ in $(seq 50); do
        port=$((20000 + RANDOM % 40000))
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
    done
    fail "no free loopback port found."
}

# Starts a throwaway PostgreSQL cluster (Debian's binaries, /usr/lib/postgresql/N/bin, newest N) in $work/postgres on a
# free loopback port, trusting local connections, and creates database "tracker"; the exit trap stops it. As root the
# cluster runs as the postgres user (initdb refuses root), as tests/Postgres/PostgresCluster.cs does. Durability as
# shipped (fsync and synchronous_commit on; the tracker sets no synchronous pragma on SQLite either); extra server settings from BENCH_POSTGRES_SETTINGS
# ("-c name=value ..."). Sets $postgres_connection (Npgsql), $postgres_port, $postgres_bin; server log $work/postgres.log.
start_postgres() {
    postgres_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
    [ -n "$postgres_bin" ] && [ -x "$postgres_bin/initdb" ] \
        || fail "PostgreSQL is not installed (apt-get install postgresql; its binaries are looked for in /usr/lib/postgresql/*/bin)."
    postgres_data="$work/postgres"
    postgres_port=$(free_port)
    mkdir -p "$postgres_data"
    postgres_as=()
    if [ "$(id -u)" -eq 0 ]; then chown postgres "$work" "$postgres_data"; postgres_as=(runuser -u postgres --); fi
    touch "$work/postgres.log"; [ "$(id -u)" -ne 0 ] || chown postgres "$work/postgres.log"
    timeout 120 "${postgres_as[@]}" "$postgres_bin/initdb" -D "$postgres_data/data" -U postgres -A trust -E UTF8 --locale=C \
        > "$work/initdb.log" 2>&1 || { cat "$work/initdb.log"; fail "initdb failed."; }
    timeout 120 "${postgres_as[@]}" "$postgres_bin/pg_ctl" -D "$postgres_data/data" -l "$work/postgres.log" -w \
        -o "-p $postgres_port -k $postgres_data -c listen_addresses=127.0.0.1 -c max_connections=300 ${BENCH_POSTGRES_SETTINGS:-}" start \
        > /dev/null || { cat "$work/postgres.log"; fail "PostgreSQL did not start."; }
    postgres_started=1
    psql -h 127.0.0.1 -p "$postgres_port" -U postgres -d postgres -qc "CREATE DATABASE tracker" || fail "could not create the database."
    postgres_connection="Host=127.0.0.1;Port=$postgres_port;Username=postgres;Database=tracker"
    echo "PostgreSQL $("$postgres_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$postgres_port (data in $postgres_data)"
}

stop_postgres() {
    [ -n "${postgres_started:-}" ] || return 0
    timeout 60 "${postgres_as[@]}" "$postgres_bin/pg_ctl" -D "$postgres_data/data" -m fast -w stop > /dev/null 2>&1 || true
    postgres_started=""
}

# Generates the bench plan through the API into $work/plan.env (and results/generator.txt, results/plan.env without the
# token): $1 the tracker's URL, $2 $3 $4 recommendations, actions per recommendation, reviews, $5 the time limit in
# seconds, then any further generator arguments (e.g. --probe-rounds 0).
generate_plan() {
    timeout "$5" dotnet "$artifacts/bin/Generator/release/Generator.dll" --api "$1" --out "$work/plan.env" \
        --username admin --password "$admin_password" --recommendations "$2" --actions "$3" --reviews "$4" "${@:6}" \
        | tee "$results/generator.txt"
    grep -v '^read_header=' "$work/plan.env" > "$results/plan.env"
}

# A line of the generated plan.env.
value() { grep -m1 "^$1=" "$work/plan.env" | cut -d= -f2-; }
