#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests (issue #23): `pgserver.sh start BUILD_DIR` runs
# initdb into a fresh folder under /tmp as the `postgres` system user when run as root (initdb
# refuses root), listening only on a Unix socket in that folder; `pgserver.sh stop BUILD_DIR`
# stops it and removes the folder. Tests find the server through BUILD_DIR/postgres/url (the
# maintenance database, as an Attend location) and BUILD_DIR/postgres/pgpass (the password of the
# superuser `attend_admin`, in libpq's password-file format). The tests' server skips fsync;
# PGSERVER_FSYNC=on (the commit benchmark) keeps every commit durable as a real server does.
# It also listens on TCP at 127.0.0.1 with TLS only, as docs/clinic.md sets up a clinic's server
# (a certificate for `localhost` signed by a throwaway CA; connections without TLS refused):
# BUILD_DIR/postgres/tcp holds the port, the CA's certificate and another CA's, which did not
# sign the server's.
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
run_server() {
    as_server "$bin/pg_ctl" start -D "$base/data" -l "$base/server.log" -w -s \
        -o "-c listen_addresses=127.0.0.1 -c port=$(cat "$base/port") -c unix_socket_directories='$base' -c fsync=$fsync -c max_connections=200 -c ssl=on -c ssl_cert_file='$base/tls/server.crt' -c ssl_key_file='$base/tls/server.key'"
}
# A free TCP port: nothing answers on it (bash's /dev/tcp).
free_port() {
    local port
    for port in $(seq $((20000 + 0x$(printf '%s' "$build" | md5sum | cut -c1-3))) 65000); do
        (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null || { echo "$port"; return; }
    done
}
make_certificates() { # FOLDER: ca.crt, server.crt/.key for localhost, other-ca.crt
    local dir=$1 key=(-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes)
    mkdir -p "$dir"
    openssl req -x509 "${key[@]}" -keyout "$dir/ca.key" -out "$dir/ca.crt" -days 7 \
        -subj "/CN=Attend test CA" 2>/dev/null
    openssl req -x509 "${key[@]}" -keyout "$dir/other-ca.key" -out "$dir/other-ca.crt" -days 7 \
        -subj "/CN=Another CA" 2>/dev/null
    openssl req "${key[@]}" -keyout "$dir/server.key" -out "$dir/server.csr" \
        -subj "/CN=localhost" 2>/dev/null
    openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.crt" -CAkey "$dir/ca.key" \
        -CAcreateserial -out "$dir/server.crt" -days 7 \
        -extfile <(printf 'subjectAltName=DNS:localhost,IP:127.0.0.1') 2>/dev/null
    chmod 600 "$dir/server.key"
}
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
    make_certificates "$base/tls"
    # The socket for the tests; TCP only with TLS (docs/clinic.md: hostssl lines).
    printf '%s\n' 'local all all scram-sha-256' 'hostssl all all 127.0.0.1/32 scram-sha-256' \
        'hostnossl all all 127.0.0.1/32 reject' >"$base/data/pg_hba.conf"
    free_port >"$base/port"
    [ "$(id -u)" = 0 ] && chown -R postgres: "$base"
    run_server
    printf '%s %s %s\n' "$(cat "$base/port")" "$base/tls/ca.crt" "$base/tls/other-ca.crt" \
        >"$info/tcp"
    printf 'postgresql://attend_admin@/postgres?host=%s&port=%s\n' "$base" "$(cat "$base/port")" >"$info/url"
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
    run_server
    ;;
*) echo "usage: pgserver.sh start|stop|pause|resume BUILD_DIR" >&2; exit 1 ;;
esac
