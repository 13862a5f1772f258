#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests (issue #23): `pgserver.sh start BUILD_DIR` runs
# initdb into a fresh folder under /tmp as the `postgres` system user when run as root (initdb
# refuses root), listening only on a Unix socket in that folder; `pgserver.sh stop BUILD_DIR`
# stops it and removes the folder. Tests find the server through BUILD_DIR/postgres/url (the
# maintenance database, as an Attend location) and BUILD_DIR/postgres/pgpass (the password of the
# superuser `attend_admin`, in libpq's password-file format). The tests' server skips fsync;
# PGSERVER_FSYNC=on (the commit benchmark) keeps every commit durable as a real server does.
set -euo pipefail
action=${1:?start|stop|pause|resume}
build=$(cd "${2:?build folder}" && pwd)
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/initdb" ] || { echo "pgserver: PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
# Unix socket paths are limited to 107 bytes: a short folder named after the build folder.
base=/tmp/attend-pg-$(printf '%s' "$build" | md5sum | cut -c1-12)
info=$build/postgres
as_server() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
fsync=${PGSERVER_FSYNC:-off}
stop() {
    [ -f "$base/data/postmaster.pid" ] && as_server "$bin/pg_ctl" stop -D "$base/data" -m immediate -s || true
}
case $action in
start)
    stop
    rm -rf "$base" "$info"
    mkdir -p "$base" "$info"
    password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    printf '%s\n' "$password" > "$base/pw"
    [ "$(id -u)" = 0 ] && chown -R postgres: "$base"
    chmod 700 "$base"
    as_server "$bin/initdb" -D "$base/data" -U attend_admin --pwfile="$base/pw" \
        --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$info/initdb.log"
    rm -f "$base/pw"
    as_server "$bin/pg_ctl" start -D "$base/data" -l "$base/server.log" -w -s \
        -o "-c listen_addresses='' -c unix_socket_directories='$base' -c fsync=$fsync -c max_connections=200"
    printf 'postgresql://attend_admin@/postgres?host=%s\n' "$base" > "$info/url"
    printf '*:*:*:attend_admin:%s\n' "$password" > "$info/pgpass"
    chmod 600 "$info/pgpass"
    ;;
stop)
    stop
    rm -rf "$base" "$info"
    ;;
pause) # the server goes away (a dropped connection) and comes back with `resume`
    as_server "$bin/pg_ctl" stop -D "$base/data" -m fast -s
    ;;
resume)
    as_server "$bin/pg_ctl" start -D "$base/data" -l "$base/server.log" -w -s \
        -o "-c listen_addresses='' -c unix_socket_directories='$base' -c fsync=$fsync -c max_connections=200"
    ;;
*) echo "usage: pgserver.sh start|stop|pause|resume BUILD_DIR" >&2; exit 1 ;;
esac
