#!/usr/bin/env bash
# Commit latency per trial on SQLite and PostgreSQL, and `attend-cli copy` throughput from a
# workstation's file to the server (issue #23; docs/clinic.md). Starts a throwaway PostgreSQL
# server with durable commits (fsync on), stops it at the end.
#   bash tests/bench/commitbench.sh [BUILD_DIR]   (default: build)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
work=$(mktemp -d)
trap 'PGSERVER_FSYNC=on bash "$root/tests/postgres/pgserver.sh" stop "$work"; rm -rf "$work"' EXIT
PGSERVER_FSYNC=on bash "$root/tests/postgres/pgserver.sh" start "$work"
export PGPASSFILE=$work/postgres/pgpass
url=$(cat "$work/postgres/url")
host=${url#*host=}
psql "$url" -w -q -c "CREATE DATABASE bench" -c "CREATE DATABASE clinic"
"$build/tests/bench/commitbench" --trials 3000 --postgres "postgresql://attend_admin@/bench?host=$host"

cli=$build/app/cli/attend-cli
"$cli" --db "$work/ws.sqlite" simulate --participants 4 --sessions 3 --exercise all >/dev/null 2>&1
trials=$(sqlite3 "$work/ws.sqlite" "select count(*) from trials")
start=$(date +%s.%N)
"$cli" copy --from "$work/ws.sqlite" --to "postgresql://attend_admin@/clinic?host=$host" >/dev/null 2>&1
end=$(date +%s.%N)
awk -v n="$trials" -v s="$start" -v e="$end" \
    'BEGIN { printf "copy to PostgreSQL: %d trials in %.2f s = %.0f trials/s\n", n, e - s, n / (e - s) }'
