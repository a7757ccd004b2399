# shellcheck shell=bash
# A private PostgreSQL cluster for a script that measures or attacks the stack: its own data directory, port and
# socket, started with the postgres service's settings from docker-compose.yml, so that its processes (and only they)
# are the database, and nothing the script does reaches the machine's shared server on 5432. Source this file; it
# defines functions only.
#
#   private_pg_start PORT [EXTRA_SETTING ...]   sets PRIVATE_PG_DIR; EXTRA_SETTING as key=value
#   private_pg_stop [LOG_COPY]                  stops it, keeps its log if asked, removes the data directory
#   private_pg_psql DATABASE [psql args ...]    psql on it as postgres, unaligned, tuples only, '|' separated

private_pg_binary() {
    local found
    found=$(command -v "$1" 2>/dev/null ||
        find /usr/lib/postgresql -path "*/bin/$1" 2>/dev/null | sort -V | tail -n 1)
    [[ -n $found ]] || { printf 'no %s found: install PostgreSQL'"'"'s server package (e.g. postgresql-15)\n' "$1" >&2; return 1; }
    readlink -f "$found"
}

# PostgreSQL refuses to run as root.
private_pg_as_owner() {
    if [[ $(id -u) == 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# The "-c key=value" settings of the postgres service's command in docker-compose.yml, one per line, whether the
# command is written as a block list, a flow list or a string.
private_pg_compose_settings() {
    local compose=$1
    awk '
        /^  [A-Za-z0-9_-]+:/ { in_postgres = ($1 == "postgres:"); in_command = 0 }
        !in_postgres || /^[[:space:]]*#/ { next }
        /^    command:/ { in_command = 1; sub(/^    command:/, ""); print; next }
        in_command && /^      / { print; next }
        in_command { in_command = 0 }
    ' "$compose" |
        tr -d '[]",'"'" | tr -s '[:blank:]' '\n' |
        awk '$0 == "-c" { take = 1; next } take && /=/ { print; take = 0 }'
}

private_pg_start() {
    local port=$1 initdb pg_ctl setting root
    shift
    root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
    initdb=$(private_pg_binary initdb) || return 1
    pg_ctl=$(private_pg_binary pg_ctl) || return 1
    PRIVATE_PG_CTL=$pg_ctl
    PRIVATE_PG_PORT=$port
    PRIVATE_PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/private-pg.XXXXXX")
    if [[ $(id -u) == 0 ]]; then chown postgres: "$PRIVATE_PG_DIR"; fi
    private_pg_as_owner "$initdb" -D "$PRIVATE_PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
    {
        printf '\n# the settings of the postgres service in docker-compose.yml\n'
        while IFS= read -r setting; do
            [[ -n $setting ]] && printf "%s = '%s'\n" "${setting%%=*}" "${setting#*=}"
        done < <(private_pg_compose_settings "$root/docker-compose.yml")
        for setting in "$@"; do
            printf "%s = '%s'\n" "${setting%%=*}" "${setting#*=}"
        done
        printf "listen_addresses = '127.0.0.1'\nport = %s\nunix_socket_directories = '%s'\n" "$port" "$PRIVATE_PG_DIR"
    } >> "$PRIVATE_PG_DIR/data/postgresql.conf"
    private_pg_as_owner "$pg_ctl" -D "$PRIVATE_PG_DIR/data" -l "$PRIVATE_PG_DIR/postgres.log" -w -t 60 start >/dev/null || {
        cat "$PRIVATE_PG_DIR/postgres.log" >&2
        printf 'the private PostgreSQL cluster did not start\n' >&2
        return 1
    }
}

private_pg_stop() {
    local log_copy=${1:-}
    [[ -n ${PRIVATE_PG_DIR:-} ]] || return 0
    if [[ -f $PRIVATE_PG_DIR/data/postmaster.pid ]]; then
        private_pg_as_owner "$PRIVATE_PG_CTL" -D "$PRIVATE_PG_DIR/data" -m fast -w -t 60 stop >/dev/null || true
    fi
    if [[ -n $log_copy ]]; then cp "$PRIVATE_PG_DIR/postgres.log" "$log_copy" 2>/dev/null || true; fi
    rm -rf "$PRIVATE_PG_DIR"
    PRIVATE_PG_DIR=
}

private_pg_psql() {
    local database=$1
    shift
    psql -X -q -A -t -F '|' -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PRIVATE_PG_PORT" -U postgres -d "$database" "$@"
}
