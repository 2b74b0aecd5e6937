#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on loopback, for the tests of the PostgreSQL backend.
#   scripts/pg-cluster.sh start DIR  initialises a cluster in DIR when there is none, starts it
#                                    (when it is not running) and prints one line on stdout,
#                                    its connection string:
#                                    postgresql://leadbench@127.0.0.1:PORT/leadbench
#   scripts/pg-cluster.sh stop DIR   stops it (fast: open sessions are ended); harmless when
#                                    it is not running or DIR holds no cluster
# The cluster trusts every local and 127.0.0.1 connection but its password logins' (below),
# listens on 127.0.0.1 alone, on the first free port from 54321 up, with its socket inside DIR;
# it neither syncs to disk nor waits for its WAL (a crash loses it, which a test cluster may).
# Its role `leadbench` is a superuser and owns the database `leadbench`. Members of the role
# `leadbench_password_logins` (logins a test makes) must give their password over TCP, as on a
# real server. Everything else the script says goes to stderr; the server's own log is
# DIR/postgres.log.
# PostgreSQL refuses to run as root: started by root, the cluster is made and run by the
# `postgres` system user (which then must be able to reach DIR: each folder above it needs o+x).
# Exits 3 when the PostgreSQL server is not installed (tests/support/pgcluster.cpp then skips).
set -euo pipefail

FIRST_PORT=54321
LAST_PORT=54621
ROLE=leadbench
DATABASE=leadbench
PASSWORD_GROUP=leadbench_password_logins

die() {
  echo "pg-cluster.sh: $*" >&2
  exit 1
}

# The server's programs: pg_config's when it names a server (Debian's pg_config may come from
# libpq-dev alone), else the newest of Debian's /usr/lib/postgresql/*/bin.
find_bindir() {
  local dir
  if command -v pg_config >/dev/null 2>&1; then
    dir=$(pg_config --bindir 2>/dev/null || true)
    [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && echo "$dir" && return 0
  fi
  dir=$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -1)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && echo "$dir" && return 0
  return 1
}

# Runs a command as the user that owns the cluster: `postgres` when we are root, else us. From /,
# as the postgres user may not be able to enter our working folder.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

# Whether something listens on 127.0.0.1:$1 (a connect attempt; pg_ctl's bind is the last word).
port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# SQL through the cluster's own psql, over TCP as the tests connect; stdout is the result.
psql_admin() {
  "$BINDIR/psql" -X -q -A -t -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U "$ROLE" \
    -d "${2:-postgres}" -c "$1"
}

# The running server's port, from the 4th line of postmaster.pid.
running_port() {
  sed -n 4p "$DATA/postmaster.pid"
}

is_running() {
  [ -f "$DATA/PG_VERSION" ] && as_owner "$BINDIR/pg_ctl" status -D "$DATA" >/dev/null 2>&1
}

initialise() {
  [ -f "$DATA/PG_VERSION" ] && return 0
  local locale=C
  # C.UTF-8 where there is one: upper()/lower() and the character classes then know ä and ø.
  locale -a 2>/dev/null | grep -qix 'c\.utf-\?8' && locale=C.UTF-8
  # The role the tests connect as is the bootstrap superuser itself.
  if ! as_owner "$BINDIR/initdb" -D "$DATA" -U "$ROLE" -A trust -E UTF8 --locale="$locale" \
    --no-sync --no-instructions >"$DIR/initdb.log" 2>&1; then
    cat "$DIR/initdb.log" >&2
    die "initdb failed in $DATA"
  fi
  write_hba
  as_owner tee -a "$DATA/postgresql.conf" >/dev/null <<EOF

# scripts/pg-cluster.sh: a throwaway test cluster on loopback.
listen_addresses = '127.0.0.1'
unix_socket_directories = '$DIR/run'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 64MB
logging_collector = off
EOF
}

# Exactly what the brief of the test cluster allows: the socket and 127.0.0.1, no password,
# except for the members of PASSWORD_GROUP, the logins with which the tests try passwords.
write_hba() {
  as_owner tee "$DATA/pg_hba.conf" >/dev/null <<EOF
# TYPE  DATABASE  USER                        ADDRESS       METHOD
host    all       +$PASSWORD_GROUP  127.0.0.1/32  scram-sha-256
local   all       all                                       trust
host    all       all                         127.0.0.1/32  trust
EOF
}

# A cluster made before the password rule gets it (and reloads when it runs).
ensure_password_rule() {
  as_owner grep -q "+$PASSWORD_GROUP" "$DATA/pg_hba.conf" && return 0
  write_hba
  if is_running; then as_owner "$BINDIR/pg_ctl" reload -D "$DATA" >/dev/null; fi
}

# Starts the server on the first free port; when another cluster takes that port between our
# check and its bind (tests starting clusters in parallel), tries the next.
start_server() {
  local port log_size
  for ((port = FIRST_PORT; port <= LAST_PORT; port++)); do
    port_in_use "$port" && continue
    log_size=$(stat -c %s "$DIR/postgres.log" 2>/dev/null || echo 0)
    # 9>&-: the server must not inherit the start lock, or it would hold it for its lifetime.
    if as_owner "$BINDIR/pg_ctl" start -D "$DATA" -l "$DIR/postgres.log" -w -t 60 \
      -o "-p $port" >/dev/null 2>&1 9>&-; then
      PORT=$port
      return 0
    fi
    if tail -c "+$((log_size + 1))" "$DIR/postgres.log" 2>/dev/null \
      | grep -q -e 'could not bind' -e 'Address already in use'; then
      continue
    fi
    tail -c "+$((log_size + 1))" "$DIR/postgres.log" >&2 2>/dev/null || true
    die "the server in $DATA did not start (log: $DIR/postgres.log)"
  done
  die "no free port in $FIRST_PORT-$LAST_PORT on 127.0.0.1"
}

start() {
  # The socket's path (DIR/run/.s.PGSQL.PORT) is limited to 107 bytes.
  [ ${#DIR} -le 80 ] || die "$DIR is too long a path for the server's socket (80 characters at most)"
  mkdir -p "$DIR"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || die "as root the cluster runs as the user postgres, which does not exist"
    chown postgres: "$DIR"
    runuser -u postgres -- test -w "$DIR" -a -x "$DIR" \
      || die "the user postgres cannot reach $DIR (each folder above it needs o+x)"
  fi
  as_owner mkdir -p "$DIR/run"
  # One start at a time per cluster.
  exec 9>>"$DIR/.lock"
  flock 9
  initialise
  ensure_password_rule
  if is_running; then
    PORT=$(running_port)
  else
    start_server
  fi
  if [ "$(psql_admin "SELECT count(*) FROM pg_roles WHERE rolname = '$ROLE'")" = 0 ]; then
    psql_admin "CREATE ROLE $ROLE SUPERUSER LOGIN" >/dev/null
  fi
  if [ "$(psql_admin "SELECT count(*) FROM pg_roles WHERE rolname = '$PASSWORD_GROUP'")" = 0 ]; then
    psql_admin "CREATE ROLE $PASSWORD_GROUP NOLOGIN" >/dev/null
  fi
  if [ "$(psql_admin "SELECT count(*) FROM pg_database WHERE datname = '$DATABASE'")" = 0 ]; then
    psql_admin "CREATE DATABASE $DATABASE OWNER $ROLE" >/dev/null
  fi
  echo "postgresql://$ROLE@127.0.0.1:$PORT/$DATABASE"
}

stop() {
  [ -f "$DATA/PG_VERSION" ] || return 0
  is_running || return 0
  as_owner "$BINDIR/pg_ctl" stop -D "$DATA" -m fast -w -t 60 >/dev/null
}

usage() {
  echo "usage: scripts/pg-cluster.sh start|stop DIR" >&2
  exit 2
}

[ $# -eq 2 ] || usage
case "$1" in start | stop) ;; *) usage ;; esac
if ! BINDIR=$(find_bindir); then
  echo "pg-cluster.sh: the PostgreSQL server is not installed (no initdb; apt-get install postgresql)" >&2
  exit 3
fi
# Absolute: the socket folder is written into the cluster's configuration.
DIR=$(realpath -m "$2")
DATA=$DIR/data
PORT=
"$1"
