#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Starts and stops the throwaway PostgreSQL server the tests use (a CTest
# fixture; see tests/CMakeLists.txt). The server lives in a temporary folder,
# listens on 127.0.0.1 only, trusts local connections and is destroyed by
# "stop". STATE_DIR receives "url", the URL of its maintenance database.
#   test-postgres.sh start|stop STATE_DIR
set -euo pipefail

action=${1:?usage: test-postgres.sh start|stop STATE_DIR}
state=${2:?usage: test-postgres.sh start|stop STATE_DIR}
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$pgbin/initdb" ] || { echo "test-postgres: PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }

# initdb refuses to run as root: run the server as the postgres user then.
as_server_user() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop_server() {
  [ -f "$state/datadir" ] || return 0
  local data
  data=$(cat "$state/datadir")
  if [ -f "$data/postmaster.pid" ]; then
    as_server_user "$pgbin/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$data" "$state"
}

port_is_free() {
  local port=$1
  [ ! -e "/tmp/.s.PGSQL.$port" ] && ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
}

case "$action" in
start)
  stop_server # a server left by an interrupted run
  mkdir -p "$state"
  data=$(mktemp -d /tmp/switchboard-pg.XXXXXX)
  [ "$(id -u)" -eq 0 ] && chown postgres: "$data"
  echo "$data" >"$state/datadir"
  as_server_user "$pgbin/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
    --no-sync >"$state/initdb.log" 2>&1 || { cat "$state/initdb.log" >&2; exit 1; }
  for port in $(seq 54329 54399); do
    port_is_free "$port" || continue
    if as_server_user "$pgbin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 30 \
      -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null; then
      echo "postgresql://postgres@127.0.0.1:$port/postgres" >"$state/url"
      echo "test-postgres: server on port $port ($data)"
      exit 0
    fi
  done
  echo "test-postgres: could not start a server:" >&2
  cat "$data/server.log" >&2 || true
  exit 1
  ;;
stop)
  stop_server
  ;;
*)
  echo "usage: test-postgres.sh start|stop STATE_DIR" >&2
  exit 2
  ;;
esac
