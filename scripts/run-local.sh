#!/usr/bin/env bash
# Runs the four services without Docker, against the PostgreSQL named in SPRING_DATASOURCE_URL (default
# jdbc:postgresql://localhost:5432/alphaflow), creating that database if it is missing. Returns once every
# /actuator/health answers UP. Logs go to run/<service>.log, pids to run/<service>.pid; scripts/stop-local.sh
# stops them.
#
#   scripts/run-local.sh [--no-build] [--timeout SECONDS]
#
# Settings come from the environment, then from .env if present (see .env.example), e.g.
#   AIS_SOURCE=simulator scripts/run-local.sh
# Each JVM gets the options in deploy/jvm/ (the same files the Docker image uses), then JAVA_OPTS if set
# (e.g. JAVA_OPTS=-Xmx512m). The services run extracted (run/<service>/app) with a class data sharing archive
# (run/cds/) that the first start after a build creates: see deploy/start-service.sh.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
RUN_DIR=$ROOT/run
SERVICES=(ingestion-service aggregation-service cleanup-service dashboard-service)
BUILD=true
TIMEOUT=240

usage() {
    sed -n '2,14s/^# \{0,1\}//p' "$0"
}

while (($#)); do
    case $1 in
        --no-build) BUILD=false ;;
        --timeout)
            [[ ${2:-} =~ ^[0-9]+$ ]] || { usage >&2; exit 2; }
            TIMEOUT=$2
            shift ;;
        -h | --help) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
    shift
done

say() { printf 'run-local: %s\n' "$*"; }
die() { printf 'run-local: %s\n' "$*" >&2; exit 1; }

# Reads KEY=value lines like docker compose does: the shell's own variables win, empty values mean "use the
# default", one pair of surrounding quotes is dropped and so is a " # comment" after an unquoted value.
load_env_file() {
    local file=$1 line name value
    [[ -f $file ]] || return 0
    while IFS= read -r line || [[ -n $line ]]; do
        line=${line%$'\r'}
        [[ $line =~ ^[[:space:]]*(export[[:space:]]+)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$ ]] || continue
        name=${BASH_REMATCH[2]}
        value=${BASH_REMATCH[3]}
        if [[ $value =~ ^\"(.*)\"[[:space:]]*$ || $value =~ ^\'(.*)\'[[:space:]]*$ ]]; then
            value=${BASH_REMATCH[1]}
        else
            value=${value%%[[:space:]]#*}
            value=${value%"${value##*[![:space:]]}"}
        fi
        if [[ -n $value && -z ${!name+set} ]]; then
            export "$name=$value"
        fi
    done < "$file"
}

server_port() {
    local port
    port=$(grep -oE 'SERVER_PORT:[0-9]+' "$ROOT/$1/src/main/resources/application.yml" | head -n 1 | cut -d: -f2)
    [[ -n $port ]] || die "cannot find the \${SERVER_PORT:...} default in $1/src/main/resources/application.yml"
    printf '%s\n' "$port"
}

service_jar() {
    local jar
    jar=$(find "$ROOT/$1/target" -maxdepth 1 -name "$1-*.jar" 2>/dev/null | head -n 1)
    [[ -n $jar ]] || die "no $1/target/$1-*.jar; run without --no-build"
    printf '%s\n' "$jar"
}

pid_of() {
    local file=$RUN_DIR/$1.pid
    [[ -s $file ]] && cat "$file"
}

alive() {
    local pid
    pid=$(pid_of "$1") && kill -0 "$pid" 2>/dev/null
}

# Creates the database in SPRING_DATASOURCE_URL on the same server when it is missing.
ensure_database() {
    local url=${SPRING_DATASOURCE_URL:-jdbc:postgresql://localhost:5432/alphaflow}
    local user=${SPRING_DATASOURCE_USERNAME:-postgres}
    [[ $url =~ ^jdbc:postgresql://([^/:?]+)(:([0-9]+))?/([^?]+)(\?.*)?$ ]] ||
        die "cannot read host and database out of SPRING_DATASOURCE_URL (${url%%\?*}); expected jdbc:postgresql://host[:port]/database"
    local host=${BASH_REMATCH[1]} port=${BASH_REMATCH[3]:-5432} database=${BASH_REMATCH[4]}
    if ! command -v psql >/dev/null; then
        say "psql not found: cannot check that database '$database' exists on $host:$port (install postgresql-client)"
        return 0
    fi
    local exists
    # The password reaches psql through its environment only, never its command line.
    exists=$(printf "SELECT 1 FROM pg_database WHERE datname = :'name'\n" |
        PGPASSWORD=${SPRING_DATASOURCE_PASSWORD:-} PGCONNECT_TIMEOUT=10 \
            psql -X -q -t -A -h "$host" -p "$port" -U "$user" -d postgres -v ON_ERROR_STOP=1 -v name="$database") ||
        die "cannot reach PostgreSQL at $host:$port as $user (is it running? are SPRING_DATASOURCE_USERNAME/PASSWORD right?)"
    if [[ $exists != 1 ]]; then
        PGPASSWORD=${SPRING_DATASOURCE_PASSWORD:-} createdb -h "$host" -p "$port" -U "$user" "$database" ||
            die "cannot create database '$database' on $host:$port as $user"
        say "created database '$database' on $host:$port"
    fi
    say "database: ${url%%\?*} as $user"
}

# Lays the service out in run/<service>/app as Spring Boot's jar tools extract it (app.jar and lib/): jars on the
# class path itself start faster than jars nested in one jar, and only they can go into a class data sharing
# archive. Extracts only a jar that changed, and then succeeds (its archive must be remade); fails for an unchanged one.
extract_new_build() {
    local service=$1 jar=$2 dir=$RUN_DIR/$1 checksum
    checksum=$(sha256sum "$jar" | cut -d' ' -f1)
    if [[ -f $dir/app/app.jar && $(cat "$dir/app.sha256" 2>/dev/null) == "$checksum" ]]; then
        return 1
    fi
    rm -rf "$dir/app.new"
    mkdir -p "$dir"
    "$JAVA" -Djarmode=tools -jar "$jar" extract --destination "$dir/app.new" --application-filename app.jar \
        > /dev/null || die "cannot extract $jar"
    rm -rf "$dir/app"
    mv "$dir/app.new" "$dir/app"
    printf '%s\n' "$checksum" > "$dir/app.sha256"
}

# Starts one service in a session of its own, so that a Ctrl-C or a closed terminal later does not reach it.
start_service() {
    local service=$1
    local -a detach=()
    command -v setsid >/dev/null && detach=(setsid)
    printf '\n=== %s starting at %s\n' "$service" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" >> "$RUN_DIR/$service.log"
    rm -f "$RUN_DIR/$service.pid"
    # The inner shell writes its own pid, then becomes start-service.sh, which becomes the JVM: the pid file names
    # the JVM itself.
    # shellcheck disable=SC2016 # $$ and $@ belong to the inner shell
    ${detach[@]+"${detach[@]}"} bash -c 'echo $$ > "$1"; shift; exec "$@"' run-local "$RUN_DIR/$service.pid" \
        "$ROOT/deploy/start-service.sh" "$service" "$RUN_DIR/$service/app" "$ROOT/deploy/jvm" "$RUN_DIR/cds" \
        >> "$RUN_DIR/$service.log" 2>&1 < /dev/null &
}

show_log_tail() {
    printf '\n----- last 40 lines of run/%s.log -----\n' "$1" >&2
    tail -n 40 "$RUN_DIR/$1.log" >&2 || true
    printf -- '-----\n' >&2
}

fail_and_stop() {
    local message=$1
    shift
    printf '\nrun-local: %s\n' "$message" >&2
    for service in "$@"; do
        show_log_tail "$service"
    done
    printf 'run-local: stopping the services it started; the logs stay in run/\n' >&2
    "$ROOT/scripts/stop-local.sh" --timeout 30 >&2 || true
    exit 1
}

now_ms() {
    date +%s%3N
}

load_env_file "$ROOT/.env"
# AIS archives to import: the repository's ais-archive/ here, where docker compose mounts it as /ais-archive
if [[ -z ${AIS_IMPORT_DIR:-} || $AIS_IMPORT_DIR == /ais-archive ]]; then
    export AIS_IMPORT_DIR=$ROOT/ais-archive
fi
mkdir -p "$AIS_IMPORT_DIR"
# Tick files to replay: the repository's tick-archive/ here, where docker compose mounts it as /tick-archive
if [[ -z ${TICKS_REPLAY_DIR:-} || $TICKS_REPLAY_DIR == /tick-archive ]]; then
    export TICKS_REPLAY_DIR=$ROOT/tick-archive
fi
mkdir -p "$TICKS_REPLAY_DIR"
if [[ -n ${SERVER_PORT:-} ]]; then
    say "ignoring SERVER_PORT=$SERVER_PORT: each service keeps its own port"
    unset SERVER_PORT
fi
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
command -v "$JAVA" >/dev/null || die "no java found (set JAVA_HOME or put java on the PATH)"
command -v curl >/dev/null || die "curl is needed to check the services' health"
mkdir -p "$RUN_DIR"

declare -A PORT
for service in "${SERVICES[@]}"; do
    PORT[$service]=$(server_port "$service")
    if alive "$service"; then
        die "$service is already running (pid $(pid_of "$service")); stop it first with scripts/stop-local.sh"
    fi
    rc=0
    curl -s -o /dev/null --max-time 2 "http://127.0.0.1:${PORT[$service]}/" || rc=$?
    ((rc == 7)) || die "port ${PORT[$service]} (for $service) is already in use"
done

if $BUILD; then
    say "building (./mvnw -DskipTests package)"
    ./mvnw -B -q -DskipTests package
fi
training=()
for service in "${SERVICES[@]}"; do
    if extract_new_build "$service" "$(service_jar "$service")"; then
        training+=("$service")
    fi
done

ensure_database

trap 'fail_and_stop "interrupted" ' INT TERM
declare -A STARTED
for service in "${SERVICES[@]}"; do
    STARTED[$service]=$(now_ms)
    start_service "$service"
done
say "started ${SERVICES[*]}; waiting up to ${TIMEOUT}s for each /actuator/health to be UP"
if ((${#training[@]})); then
    say "new build of ${training[*]}: their first start includes a training run for the class data sharing archive"
fi

deadline=$((SECONDS + TIMEOUT))
pending=("${SERVICES[@]}")
while ((${#pending[@]})); do
    still=()
    for service in "${pending[@]}"; do
        if [[ -n $(pid_of "$service") ]] && ! alive "$service"; then
            fail_and_stop "$service exited before it was UP" "$service"
        fi
        health=$(curl -s --max-time 3 -w '\n%{http_code}' "http://127.0.0.1:${PORT[$service]}/actuator/health" || true)
        # UP answers 200 and ends with the overall status; a component's "UP" alone does not count.
        if [[ ${health##*$'\n'} == 200 && ${health%$'\n'*} == *'"status":"UP"}' ]]; then
            elapsed=$(($(now_ms) - ${STARTED[$service]}))
            say "$service UP after $((elapsed / 1000)).$(printf '%03d' $((elapsed % 1000)))s"
        else
            still+=("$service")
        fi
    done
    pending=("${still[@]+"${still[@]}"}")
    if ((${#pending[@]})); then
        ((SECONDS < deadline)) || fail_and_stop "not UP after ${TIMEOUT}s: ${pending[*]}" "${pending[@]}"
        sleep 1
    fi
done
trap - INT TERM

cat <<EOF

All four services are UP.
  dashboard     http://localhost:${PORT[dashboard-service]}/
  ingestion     http://localhost:${PORT[ingestion-service]}/actuator/health
  aggregation   http://localhost:${PORT[aggregation-service]}/actuator/health
  cleanup       http://localhost:${PORT[cleanup-service]}/actuator/health
Logs: run/<service>.log   Stop: scripts/stop-local.sh
EOF
