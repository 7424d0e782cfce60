#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on loopback for the tests (issue 16). Two ways to use it:
#   source .ci/postgres.sh && postgres_start   # sets TRACKER_TEST_POSTGRES; postgres_stop removes the cluster
#   .ci/postgres.sh                            # starts one, prints its connection string, stops it on Ctrl-C/exit
# Uses Debian's PostgreSQL binaries (/usr/lib/postgresql/<version>/bin), installing the package when missing. initdb
# refuses to run as root, so as root the cluster is owned and run by the "postgres" user (created by the package).
set -euo pipefail

postgres_bin() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [[ -z "$bin" ]]; then
    echo "Installing PostgreSQL for the tests on PostgreSQL..." >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends postgresql >/dev/null
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  echo "$bin"
}

# Runs a command as the cluster's owner: ourselves, or "postgres" when we are root.
postgres_as_owner() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

postgres_start() {
  local bin port
  bin=$(postgres_bin)
  POSTGRES_DIR=$(mktemp -d /tmp/tracker-pg.XXXXXX)
  chmod 755 "$POSTGRES_DIR"
  [[ $(id -u) -eq 0 ]] && chown postgres: "$POSTGRES_DIR"
  # A free port: the first of 55432... that nothing listens on.
  port=55432
  while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  postgres_as_owner "$bin/initdb" -D "$POSTGRES_DIR/data" -U tracker --auth=trust -E UTF8 --locale=C.UTF-8 >"$POSTGRES_DIR/initdb.log" 2>&1 \
    || { cat "$POSTGRES_DIR/initdb.log" >&2; return 1; }
  # fsync off: a throwaway cluster needs no durability, and the shared CI machine's disk is slow.
  postgres_as_owner "$bin/pg_ctl" -D "$POSTGRES_DIR/data" -l "$POSTGRES_DIR/server.log" -w \
    -o "-h 127.0.0.1 -p $port -k $POSTGRES_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null \
    || { cat "$POSTGRES_DIR/server.log" >&2; return 1; }
  POSTGRES_BIN=$bin
  export TRACKER_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=tracker;Database=postgres"
  export POSTGRES_DIR POSTGRES_BIN
}

postgres_stop() {
  [[ -n "${POSTGRES_DIR:-}" && -d "$POSTGRES_DIR" ]] || return 0
  postgres_as_owner "$POSTGRES_BIN/pg_ctl" -D "$POSTGRES_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$POSTGRES_DIR"
  unset POSTGRES_DIR TRACKER_TEST_POSTGRES
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  trap postgres_stop EXIT INT TERM
  postgres_start
  echo "$TRACKER_TEST_POSTGRES"
  echo "PostgreSQL is running in $POSTGRES_DIR; Ctrl-C stops and removes it." >&2
  while true; do sleep 3600 & wait $!; done
fi
