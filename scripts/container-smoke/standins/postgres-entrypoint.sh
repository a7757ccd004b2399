#!/bin/bash
# The official postgres image's start-up, as far as this project and Testcontainers use it: as root, own the data
# directory and drop to the postgres user; on an empty data directory, initdb with POSTGRES_USER/POSTGRES_PASSWORD,
# create POSTGRES_DB with a temporary local-only server, stop it; then run the server on every address.
set -euo pipefail

if [[ ${1:0:1} == - ]]; then
    set -- postgres "$@"
fi
if [[ $1 != postgres ]]; then
    exec "$@"
fi

if [[ $(id -u) == 0 ]]; then
    mkdir -p "$PGDATA" /var/run/postgresql
    chown -R postgres:postgres "$PGDATA" /var/run/postgresql
    chmod 0700 "$PGDATA"
    exec setpriv --reuid=postgres --regid=postgres --init-groups "$0" "$@"
fi

shift
if [[ ! -s $PGDATA/PG_VERSION ]]; then
    user=${POSTGRES_USER:-postgres}
    database=${POSTGRES_DB:-$user}
    : "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD must be set}"
    password_file=$(mktemp)
    printf '%s\n' "$POSTGRES_PASSWORD" > "$password_file"
    initdb -D "$PGDATA" --username="$user" --pwfile="$password_file" --encoding=UTF8 --auth-local=trust \
        --auth-host=scram-sha-256
    rm -f "$password_file"
    echo 'host all all all scram-sha-256' >> "$PGDATA/pg_hba.conf"
    pg_ctl -D "$PGDATA" -o "-c listen_addresses='' -c unix_socket_directories=/var/run/postgresql" -w start
    if [[ $database != postgres ]]; then
        psql -v ON_ERROR_STOP=1 -h /var/run/postgresql -U "$user" -d postgres -c "CREATE DATABASE \"$database\""
    fi
    pg_ctl -D "$PGDATA" -m fast -w stop
fi
exec postgres -c listen_addresses='*' -c unix_socket_directories=/var/run/postgresql "$@"
