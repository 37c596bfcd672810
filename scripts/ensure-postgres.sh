#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers for the storage tests and the benchmark, then prints
# the URL to use on stdout (one line). Exports nothing; progress goes to stderr.
#   1. a server already answers on 127.0.0.1:5432 (the project's machines and CI);
#   2. else the Debian cluster 15/main is started (pg_ctlcluster);
#   3. else PostgreSQL is installed (apt-get) and a throwaway cluster started on port 55432,
#      as the postgres user (initdb refuses root), trust auth, data under /tmp.
# Exit 1 when none of this gives a server.
set -uo pipefail

say() { echo "ensure-postgres: $*" >&2; }
ready() { command -v pg_isready >/dev/null && pg_isready -q -h 127.0.0.1 -p "$1"; }

if ready 5432; then echo "postgres://postgres@127.0.0.1:5432/postgres"; exit 0; fi

if command -v pg_ctlcluster >/dev/null; then
  say "no server on 5432; starting cluster 15/main"
  pg_ctlcluster --skip-systemctl-redirect 15 main start >&2 2>&1 || true
  for _ in 1 2 3 4 5 6 7 8 9 10; do ready 5432 && break; sleep 1; done
  if ready 5432; then echo "postgres://postgres@127.0.0.1:5432/postgres"; exit 0; fi
fi

PORT=55432
DIR=/tmp/gongkai-pg
if ready "$PORT"; then echo "postgres://postgres@127.0.0.1:$PORT/postgres"; exit 0; fi

BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$BIN" ]; then
  say "PostgreSQL is not installed; installing it (apt-get install -y postgresql)"
  { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql; } >&2 || {
    say "installation failed"; exit 1; }
  BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  # The package starts its own cluster on 5432 where it can.
  if ready 5432; then echo "postgres://postgres@127.0.0.1:5432/postgres"; exit 0; fi
fi

say "starting a throwaway cluster in $DIR on port $PORT"
as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -c "$1"; else sh -c "$1"; fi; }
if [ ! -f "$DIR/PG_VERSION" ]; then
  mkdir -p "$DIR" && { [ "$(id -u)" != 0 ] || chown postgres "$DIR"; }
  as_postgres "$BIN/initdb -D $DIR -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >&2 || {
    say "initdb failed"; exit 1; }
fi
as_postgres "$BIN/pg_ctl -D $DIR -l $DIR/server.log -o '-p $PORT -k $DIR -c listen_addresses=127.0.0.1' -w start" >&2 || {
  say "the throwaway cluster did not start (see $DIR/server.log)"; exit 1; }
ready "$PORT" || { say "no answer on port $PORT"; exit 1; }
echo "postgres://postgres@127.0.0.1:$PORT/postgres"
