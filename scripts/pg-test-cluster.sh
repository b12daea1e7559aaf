#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the store tests.
#   scripts/pg-test-cluster.sh start   → prints the SQLAlchemy URL (postgresql://...) on stdout
#   scripts/pg-test-cluster.sh stop    → stops it and deletes its data directory
#   scripts/pg-test-cluster.sh status  → prints the URL if running, exit 1 otherwise
# Uses Debian's binaries under /usr/lib/postgresql/*/bin, trust auth on 127.0.0.1 only, a free port,
# data in a temp dir. initdb refuses to run as root, so as root it runs as the `postgres` user.
# Idempotent: `start` on a running cluster just prints its URL again.
set -euo pipefail

DIR=${RASID_PG_DIR:-/tmp/rasid-pg-test-$(id -u)}
DB=rasid_test
log() { echo "pg-test-cluster: $*" >&2; }

bindir() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$d" ] || [ ! -x "$d/initdb" ]; then
    log "no PostgreSQL server binaries under /usr/lib/postgresql/*/bin (apt-get install postgresql)"
    exit 1
  fi
  echo "$d"
}

as_owner() {
  if [ "$(id -u)" = "0" ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

url() { echo "postgresql://postgres@127.0.0.1:$(cat "$DIR/port")/$DB"; }

running() {
  [ -f "$DIR/port" ] && [ -d "$DIR/data" ] && as_owner "$(bindir)/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

start() {
  if running; then url; return 0; fi
  local bin; bin=$(bindir)
  mkdir -p "$DIR"
  if [ "$(id -u)" = "0" ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir "$DIR" --shell /bin/sh postgres
    chown postgres "$DIR"
  fi
  if [ ! -f "$DIR/data/PG_VERSION" ]; then
    rm -rf "$DIR/data"
    as_owner "$bin/initdb" -D "$DIR/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
      >"$DIR/initdb.log" 2>&1 || { log "initdb failed, see $DIR/initdb.log"; tail -n 20 "$DIR/initdb.log" >&2; exit 1; }
  fi
  free_port >"$DIR/port"
  local port; port=$(cat "$DIR/port")
  as_owner "$bin/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
    -o "-p $port -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null || { log "server did not start, see $DIR/server.log"; tail -n 20 "$DIR/server.log" >&2; exit 1; }
  if ! as_owner "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname='$DB'" | grep -q 1; then
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres "$DB"
  fi
  url
}

stop() {
  if [ -d "$DIR/data" ]; then
    as_owner "$(bindir)/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$DIR"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) if running; then url; else exit 1; fi ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
