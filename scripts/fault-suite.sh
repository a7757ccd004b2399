#!/usr/bin/env bash
# Fault suite (issue 12): starts the whole stack without Docker on a private PostgreSQL cluster, with the production
# JVM options, then attacks it and crashes it the way a scanner, a careless client and a bad night would, and prints
# one line per probe: what was done, what must happen, what happened, and whether that passes.
#
#   scripts/fault-suite.sh [--quick] [--pg-port P] [--no-build] [--no-docs]
#
#   --quick      the parts that fit in a few minutes (CI): smaller uploads, a shorter backend-killing spell
#   --pg-port P  port of the private PostgreSQL cluster (default 5545)
#   --no-build   use the jars already built
#   --no-docs    leave docs/benchmarks.md alone (the table is still printed and kept in run/fault-suite/)
#
# Probes: write endpoints reached through the path spellings scanners try (no token, and the write must leave no
# trace); bodies far over each endpoint's limit (declared and chunked, six at once); an optimizer grid of 60 M cells;
# bad parameters (years of +-10^9, an overflowing duration, a NUL in a symbol, a non-integer length, a CSV line in
# year 10000); a 95 MB CSV upload (20 MB with --quick) streamed into the bar store; a backfill against an upstream
# that accepts connections and never answers; database backends terminated in the middle of AIS chunks; kill -9 of
# ingestion at 1,000 messages/s, then the counts of its batch against the rows committed, and the time until the
# batch row is closed as abandoned. It ends with each service's peak resident memory.
#
# Needs a JDK, PostgreSQL's server binaries, psql, curl and python3, and ports 8080-8083 free. Exit status 0 only if
# every probe passes. Everything it starts is stopped on exit.
# shellcheck disable=SC2016 # backticks in single quotes are markdown
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
# shellcheck source=scripts/lib/private-postgres.sh
source "$ROOT/scripts/lib/private-postgres.sh"
# shellcheck source=scripts/lib/docs-section.sh
source "$ROOT/scripts/lib/docs-section.sh"

DASHBOARD=http://127.0.0.1:8080
INGESTION=http://127.0.0.1:8081
AGGREGATION=http://127.0.0.1:8082
CLEANUP=http://127.0.0.1:8083
TOKEN=fault-suite-token-$$
DOCS=$ROOT/docs/benchmarks.md
SECTION_HEADING='## Fault suite (issue 12)'
RATE=1000

QUICK=false
PG_PORT=5545
BUILD=true
WRITE_DOCS=true

usage() { sed -n '2,22s/^# \{0,1\}//p' "$0"; }
say() { printf 'fault-suite: %s\n' "$*" >&2; }
die() { printf 'fault-suite: %s\n' "$*" >&2; exit 1; }

while (($#)); do
    case $1 in
        --quick) QUICK=true ;;
        --pg-port)
            [[ ${2:-} =~ ^[1-9][0-9]*$ ]] || { usage >&2; exit 2; }
            PG_PORT=$2
            shift ;;
        --no-build) BUILD=false ;;
        --no-docs) WRITE_DOCS=false ;;
        -h | --help) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
    shift
done

if $QUICK; then
    UPLOAD_MB=20
    TERMINATE_SECONDS=10
else
    UPLOAD_MB=95
    TERMINATE_SECONDS=30
fi

for tool in java psql curl python3 awk; do
    command -v "$tool" >/dev/null || die "$tool is needed"
done

OUT=$ROOT/run/fault-suite/$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$OUT"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/fault-suite.XXXXXX")
STALL_PID=
INGESTION_PEAK_BEFORE_KILL='?'
RECOVERY='not measured'
cleanup() {
    "$ROOT/scripts/stop-local.sh" --timeout 30 >/dev/null 2>&1 || true
    if [[ -n $STALL_PID ]]; then kill "$STALL_PID" 2>/dev/null || true; fi
    private_pg_stop "$OUT/postgres.log"
    rm -rf "$WORK"
}
trap cleanup EXIT

db() { private_pg_psql alphaflow "$@"; }

# ---------------------------------------------------------------------------------------------------------------
# The table

ROWS=()
FAILED=0
record() {
    local probe=$1 expected=$2 observed=$3 pass=$4
    ROWS+=("| $probe | $expected | $observed | $pass |")
    [[ $pass == yes ]] || FAILED=$((FAILED + 1))
    printf 'fault-suite: %-4s %s: %s\n' "$pass" "$probe" "$observed" >&2
}


# Status code of a request; the body goes to $WORK/body. curl's own failure (the connection reset by a service that
# refuses a body before reading it) is "000".
http() {
    curl -s -o "$WORK/body" -w '%{http_code}' --max-time 120 "$@" || true
}

healthy() {
    local health
    health=$(curl -s --max-time 5 "$1/actuator/health" || true)
    [[ $health == *'"status":"UP"}' ]]
}

vm_hwm_mib() {
    local pid
    pid=$(cat "$ROOT/run/$1.pid" 2>/dev/null) || { echo '?'; return; }
    awk '/^VmHWM:/ { printf "%d", $2 / 1024 }' "/proc/$pid/status" 2>/dev/null || echo '?'
}

# ---------------------------------------------------------------------------------------------------------------
# The stack

# An upstream that accepts connections and never answers: the market API a backfill will wait on.
start_stalled_upstream() {
    STALL_PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    python3 - "$STALL_PORT" <<'PY' &
import socket, sys
server = socket.socket()
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", int(sys.argv[1])))
server.listen(64)
held = []
while True:
    connection, _ = server.accept()
    held.append(connection)  # read nothing, answer nothing
PY
    STALL_PID=$!
}

stack_environment() {
    export SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/alphaflow
    export SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD=''
    export AIS_SOURCE=simulator AIS_MODE=continuous AIS_BATCH_INTERVAL=PT1M
    export AIS_SIMULATOR_RATE=$RATE AIS_SIMULATOR_VESSELS=$((RATE * 12)) AIS_SIMULATOR_SEED=42
    export MARKET_SCHEDULE_ENABLED=false DASHBOARD_USER='' DASHBOARD_PASSWORD='' ADMIN_TOKEN=$TOKEN
    export BINANCE_BASE_URL=http://127.0.0.1:$STALL_PORT
    # A stalled upstream is given up on after two attempts of five seconds, so that the probe ends in minutes.
    export ALPHAFLOW_INGESTION_MARKET_HTTP_REQUESTTIMEOUT=PT5S ALPHAFLOW_INGESTION_MARKET_HTTP_MAXATTEMPTS=2
}

start_stack() {
    local -a options=()
    $BUILD || options+=(--no-build)
    "$ROOT/scripts/run-local.sh" ${options[@]+"${options[@]}"} > "$OUT/run-local.log" 2>&1 ||
        { cat "$OUT/run-local.log" >&2; die "the stack did not start"; }
}

# Starts one service again as run-local.sh does (its extracted app and archive are there already).
restart_service() {
    local service=$1
    printf '\n=== %s starting at %s\n' "$service" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" >> "$ROOT/run/$service.log"
    # shellcheck disable=SC2016 # $$ and $@ belong to the inner shell
    setsid bash -c 'echo $$ > "$1"; shift; exec "$@"' fault-suite "$ROOT/run/$service.pid" \
        "$ROOT/deploy/start-service.sh" "$service" "$ROOT/run/$service/app" "$ROOT/deploy/jvm" "$ROOT/run/cds" \
        >> "$ROOT/run/$service.log" 2>&1 < /dev/null &
}

# ---------------------------------------------------------------------------------------------------------------
# Probes

# Write endpoints through the spellings scanners try, with no token: each must be refused (400, 401, 403, 404 or
# 405), and none may leave a trace: no cleanup run, no bars, no backfill. A spelling is a template: {a} is "api", {b}
# and {c} the two segments of each service's write endpoint.
probe_bypass() {
    local -a spellings=(
        '/{a};x/{b}/{c}' '/{a}/{b};x/{c}' '/{a}/{b}/{c};jsessionid=1' '/%61pi/{b}/{c}' '/{a}%2F{b}/{c}'
        '/{a}%2f{b}%2f{c}' '//{a}/{b}/{c}' '/./{a}/{b}/{c}' '/x/../{a}/{b}/{c}' '/{a}/./{b}/{c}' '/{a}/%2e/{b}/{c}'
        '/{a}/%252e/{b}/{c}' '/{a}\{b}\{c}' '/{a}/{b}/{c}%00' '/API/{b}/{c}' '/{a}/{b}/{c}/' '/{a}/{b}/{c}.json'
        '/{a}/{b}/%2e%2e/{b}/{c}' '/{a}/{b}/{c}%3Bx' '/{a}/{b}/{c}%20')
    local -A endpoints=(
        [$INGESTION]='market csv ?symbol=FAULTX&interval=1d'
        [$AGGREGATION]='aggregations rebuild ?from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z'
        [$CLEANUP]='cleanup runs ?retention=P1D')
    local spelling base b c query path code observed ok
    for spelling in "${spellings[@]}"; do
        observed=
        ok=true
        for base in "$INGESTION" "$AGGREGATION" "$CLEANUP"; do
            read -r b c query <<< "${endpoints[$base]}"
            path=${spelling//\{a\}/api}
            path=${path//\{b\}/$b}
            path=${path//\{c\}/$c}$query
            code=$(http --path-as-is -X POST -H 'Content-Type: text/csv' \
                --data-binary $'date,open,high,low,close,volume\n2026-01-02,1,2,0.5,1.5,100\n' "$base$path")
            observed+="${base##*:}:$code "
            [[ $code =~ ^(400|401|403|404|405)$ ]] || ok=false
        done
        record "POST \`$spelling\` on 8081-8083, no token" "400/401/403/404/405" "${observed% }" "$($ok && echo yes || echo NO)"
    done
    for method in PUT PATCH DELETE; do
        code=$(http --path-as-is -X "$method" "$CLEANUP/api;x/cleanup/runs?retention=P1D")
        record "$method \`/api;x/cleanup/runs\`, no token" "400/401/403/405" "$code" \
            "$([[ $code =~ ^(400|401|403|405)$ ]] && echo yes || echo NO)"
    done
    code=$(http -X GET -H 'X-HTTP-Method-Override: POST' "$CLEANUP/api/cleanup/runs?retention=P1D")
    local runs bars backfills
    runs=$(db -c 'SELECT count(*) FROM cleanup_run')
    bars=$(db -c "SELECT count(*) FROM market_bar WHERE symbol = 'FAULTX'")
    backfills=$(db -c 'SELECT count(*) FROM market_backfill')
    record "traces of the refused writes" "no cleanup run, bar or backfill" \
        "$runs cleanup runs, $bars bars, $backfills backfills" \
        "$([[ $runs == 0 && $bars == 0 && $backfills == 0 ]] && echo yes || echo NO)"
    code=$(http -X POST -H "Authorization: Bearer $TOKEN" "$CLEANUP/api/cleanup/runs?dryRun=true")
    record "POST \`/api/cleanup/runs?dryRun=true\` with the token" "201 (the guard lets the owner in)" "$code" \
        "$([[ $code == 201 ]] && echo yes || echo NO)"
}

probe_headers() {
    local headers
    headers=$(curl -s -D - -o /dev/null "$INGESTION/api/backfills" | tr -d '\r')
    record "ingestion API security headers" "nosniff, DENY, CSP" \
        "$(grep -ciE '^(x-content-type-options: nosniff|x-frame-options: deny|content-security-policy:)' <<< "$headers") of 3" \
        "$([[ $(grep -ciE '^(x-content-type-options: nosniff|x-frame-options: deny|content-security-policy:)' <<< "$headers") == 3 ]] && echo yes || echo NO)"
    headers=$(curl -s -L -D - -o /dev/null "$DASHBOARD/api-docs/ui" | tr -d '\r')
    record "\`/api-docs/ui\` CSP" "a Content-Security-Policy header" \
        "$(grep -ci '^content-security-policy:' <<< "$headers") header(s)" \
        "$(grep -qi '^content-security-policy:' <<< "$headers" && echo yes || echo NO)"
}

# A JSON document of about N MB: one string field, or an unknown field holding a big array.
json_string_body() { { printf '{"symbol":"'; head -c "$(($1 * 1000000))" /dev/zero | tr '\0' 'a'; printf '"}'; } > "$2"; }
json_array_body() {
    { printf '{"symbol":"X","fast":5,"slow":20,"junk":['; head -c "$(($1 * 500000))" /dev/zero | tr '\0' '1' |
        sed 's/1/1,/g'; printf '1]}'; } > "$2"
}

probe_bodies() {
    local code codes
    json_string_body 50 "$WORK/50mb-string.json"
    json_array_body 50 "$WORK/50mb-array.json"
    json_string_body 19 "$WORK/19mb.json"

    code=$(http -X POST -H 'Content-Type: application/json' --data-binary @"$WORK/50mb-string.json" "$DASHBOARD/api/backtests")
    record "dashboard \`POST /api/backtests\`, 50 MB string" "413, dashboard UP" "$code, $(healthy "$DASHBOARD" && echo UP || echo DOWN)" \
        "$([[ $code == 413 ]] && healthy "$DASHBOARD" && echo yes || echo NO)"
    code=$(http -X POST -H 'Content-Type: application/json' -H 'Transfer-Encoding: chunked' \
        --data-binary @"$WORK/50mb-array.json" "$DASHBOARD/api/backtests")
    record "dashboard \`POST /api/backtests\`, 50 MB array in an unknown field, chunked" "413 or refused, dashboard UP" \
        "$code, $(healthy "$DASHBOARD" && echo UP || echo DOWN)" \
        "$([[ $code =~ ^(413|000|400)$ ]] && healthy "$DASHBOARD" && echo yes || echo NO)"
    codes=$(for _ in 1 2 3 4 5 6; do
        http -X POST -H 'Content-Type: application/json' --data-binary @"$WORK/19mb.json" "$DASHBOARD/api/backtests" &
    done; wait)
    codes=$(grep -o '[0-9]\{3\}' <<< "$codes" | sort | uniq -c | awk '{ printf "%s%s x%s", sep, $2, $1; sep = ", " }')
    # curl sends Expect: 100-continue for large bodies; when the server answers 413 and closes while curl is still
    # sending, curl can only report the interim 100 (or 000): the request was refused all the same
    record "dashboard, six 19 MB backtests at once" "413 each (or closed after 100 Continue), dashboard UP" \
        "$codes, $(healthy "$DASHBOARD" && echo UP || echo DOWN)" \
        "$([[ $codes =~ 413 ]] && ! grep -qvE '^(413|100|000) x[0-9]+$' <<< "${codes//, /$'\n'}" && healthy "$DASHBOARD" \
            && echo yes || echo NO)"

    code=$(http -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
        --data-binary @"$WORK/50mb-string.json" "$INGESTION/api/backfills")
    record "ingestion \`POST /api/backfills\`, 50 MB JSON, with the token" "413, ingestion UP" \
        "$code, $(healthy "$INGESTION" && echo UP || echo DOWN)" \
        "$([[ $code == 413 ]] && healthy "$INGESTION" && echo yes || echo NO)"
    rm -f "$WORK"/*.json
    # 200 MB of CSV as a chunked text/csv body: no Content-Length to refuse it by, so it is cut at the limit.
    code=$({ printf 'date,open,high,low,close,volume\n'; head -c 200000000 /dev/zero | tr '\0' '1'; } |
        curl -s -o "$WORK/body" -w '%{http_code}' --max-time 300 -X POST -H "Authorization: Bearer $TOKEN" \
            -H 'Content-Type: text/csv' -H 'Transfer-Encoding: chunked' --data-binary @- \
            "$INGESTION/api/market/csv?symbol=FAULTBIG&interval=1m&market=24x7" || true)
    record "ingestion \`POST /api/market/csv\`, 200 MB text/csv, with the token" "413 or refused, ingestion UP" \
        "$code, $(healthy "$INGESTION" && echo UP || echo DOWN)" \
        "$([[ $code =~ ^(413|000)$ ]] && healthy "$INGESTION" && echo yes || echo NO)"
}

# One-minute bars from 2020 on, as many as fit in about N MB.
csv_of_minutes() {
    python3 - "$1" > "$2" <<'PY'
import sys, datetime
target = int(sys.argv[1]) * 1_000_000
t = datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc)
step = datetime.timedelta(minutes=1)
size = 0
out = sys.stdout
out.write("timestamp,open,high,low,close,volume\n")
price = 100.0
i = 0
while size < target:
    line = f"{t:%Y-%m-%dT%H:%M:%SZ},{price:.2f},{price + 0.5:.2f},{price - 0.5:.2f},{price + 0.1:.2f},{1000 + i % 97}\n"
    out.write(line)
    size += len(line)
    t += step
    i += 1
    price = 100.0 + (i % 500) / 10
PY
}

probe_upload() {
    local code lines stored running
    csv_of_minutes "$UPLOAD_MB" "$WORK/upload.csv"
    lines=$(($(wc -l < "$WORK/upload.csv") - 1))
    code=$(http -X POST -H "Authorization: Bearer $TOKEN" -F "file=@$WORK/upload.csv;type=text/csv" \
        "$INGESTION/api/market/csv?symbol=FAULTUP&interval=1m&market=24x7")
    stored=$(db -c "SELECT count(*) FROM market_bar WHERE symbol = 'FAULTUP'")
    record "ingestion, ${UPLOAD_MB} MB multipart CSV ($lines bars), with the token" "200, every bar stored, UP" \
        "$code, $stored bars, $(healthy "$INGESTION" && echo UP || echo DOWN), peak RSS $(vm_hwm_mib ingestion-service) MiB" \
        "$([[ $code == 200 && $stored == "$lines" ]] && healthy "$INGESTION" && echo yes || echo NO)"
    rm -f "$WORK/upload.csv"

    code=$(http -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' \
        --data-binary $'date,open,high,low,close,volume\n2026-01-02,1,2,0.5,1.5,100\n+10000-01-01,1,2,0.5,1.5,100\n1-01-01,1,2,0.5,1.5,100\n2026-01-05,1e308,1e308,1,1,1\n' \
        "$INGESTION/api/market/csv?symbol=FAULTDATE&interval=1d")
    stored=$(db -c "SELECT count(*) FROM market_bar WHERE symbol = 'FAULTDATE'")
    running=$(db -c "SELECT count(*) FROM ingestion_log WHERE kind = 'market-csv' AND status = 'running'")
    record "CSV with lines in years 10000 and 1 and a price of 1e308" "200, only the good line stored, no row left running" \
        "$code, $stored stored, $running running" "$([[ $code == 200 && $stored == 1 && $running == 0 ]] && echo yes || echo NO)"
}

probe_parameters() {
    local code parameter
    check_400() {
        local what=$1 name=$2
        shift 2
        code=$(http "$@")
        parameter=$(sed -n 's/.*"parameter":"\([^"]*\)".*/\1/p' "$WORK/body")
        record "$what" "400 naming \`$name\`" "$code, \`${parameter:-none}\`" \
            "$([[ $code == 400 && $parameter == "$name" ]] && echo yes || echo NO)"
    }
    local range='"symbol":"X","interval":"5m","from":"2026-01-01T00:00:00Z","to":"2026-04-01T00:00:00Z"'
    local grid="{$range,\"fastMin\":2,\"fastMax\":100000,\"slowMin\":2,\"slowMax\":100000}"
    check_400 "optimizer grid of 10^10 cells" slowMax -X POST -H 'Content-Type: application/json' -d "$grid" \
        "$DASHBOARD/api/backtests/optimizations"
    record "  its message states the limit" "'at most'" "$(grep -o 'at most [0-9,]*[^"]\{0,30\}' "$WORK/body" | head -n 1)" \
        "$(grep -q 'at most' "$WORK/body" && echo yes || echo NO)"
    check_400 "the same grid as a job" slowMax -X POST -H 'Content-Type: application/json' -d "$grid" \
        "$DASHBOARD/api/backtests/optimizations/jobs"
    check_400 "backtest with \`fast\` 5.7" fast -X POST -H 'Content-Type: application/json' \
        -d "{$range,\"fast\":5.7,\"slow\":20}" "$DASHBOARD/api/backtests"
    check_400 "dashboard map at year +10^9" at \
        "$DASHBOARD/api/traffic/vessels?at=%2B1000000000-01-01T00:00:00Z"
    check_400 "backfill from year -10^9" from -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
        -d '{"source":"binance","symbols":["BTCUSDT"],"interval":"1d","from":"-1000000000-01-01","to":"2026-01-01"}' \
        "$INGESTION/api/backfills"
    check_400 "cleanup retention \`PT2562047788015215H\`" retention -X POST -H "Authorization: Bearer $TOKEN" \
        "$CLEANUP/api/cleanup/runs?retention=PT2562047788015215H"
    check_400 "CSV import, NUL in the symbol" symbol -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' \
        --data-binary $'date,open,high,low,close,volume\n2026-01-02,1,2,0.5,1.5,100\n' \
        "$INGESTION/api/market/csv?symbol=AB%00C&interval=1d"
}

# A backfill whose upstream accepts the connection and never answers: it must end failed, with no row left running.
start_stalled_backfill() {
    local code
    code=$(http -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
        -d '{"source":"binance","symbols":["BTCUSDT"],"interval":"1h","from":"2026-01-01","to":"2026-01-03"}' \
        "$INGESTION/api/backfills")
    STALLED_BACKFILL=$(sed -n 's/.*"id":\([0-9]*\).*/\1/p' "$WORK/body" | head -n 1)
    STALLED_STARTED=$SECONDS
    [[ $code == 202 || $code == 201 ]] || say "the stalled backfill was answered $code: $(head -c 300 "$WORK/body")"
}

check_stalled_backfill() {
    local status='' running deadline=$((SECONDS + 240))
    if [[ -n ${STALLED_BACKFILL:-} ]]; then
        while ((SECONDS < deadline)); do
            status=$(db -c "SELECT status FROM market_backfill WHERE id = $STALLED_BACKFILL")
            [[ $status == failed || $status == completed || $status == cancelled ]] && break
            sleep 2
        done
    fi
    running=$(db -c "SELECT count(*) FROM ingestion_log WHERE kind = 'market-backfill' AND status = 'running'")
    record "backfill against an upstream that never answers" "failed, no row left running" \
        "${status:-not started}, $running running, after $((SECONDS - STALLED_STARTED)) s" \
        "$([[ $status == failed && $running == 0 ]] && echo yes || echo NO)"
}

# Counts of the AIS batch rows against the rows committed, read in one statement (one snapshot).
ais_accounting() {
    db -c "SELECT (SELECT count(*) FROM ship_position),
                  (SELECT coalesce(sum(positions_stored), 0) FROM ingestion_log WHERE kind = 'ais-batch'),
                  (SELECT count(*) FROM ingestion_log WHERE kind = 'ais-batch' AND messages_received
                       <> positions_stored + duplicates + statics_stored + rejected
                          + (SELECT coalesce(sum(value::bigint), 0) FROM jsonb_each_text(skipped)))"
}

probe_terminated_backends() {
    local killed before after
    before=$(db -c 'SELECT count(*) FROM ship_position')
    # One session polls every 10 ms and terminates every backend that is inside a transaction writing AIS rows or
    # their counts (the COPY, the upsert, the count update, or idle between them), so chunks are cut mid-transaction.
    killed=$(db <<SQL
CREATE FUNCTION pg_temp.terminate_ais_writers(seconds int) RETURNS int LANGUAGE plpgsql AS \$\$
DECLARE
    total int := 0;
    n int;
    deadline timestamptz := clock_timestamp() + make_interval(secs => seconds);
BEGIN
    WHILE clock_timestamp() < deadline LOOP
        PERFORM pg_stat_clear_snapshot();
        SELECT count(*) INTO n FROM (
            SELECT pg_terminate_backend(pid) FROM pg_stat_activity
            WHERE datname = 'alphaflow' AND pid <> pg_backend_pid() AND xact_start IS NOT NULL
              AND state IN ('active', 'idle in transaction')
              AND query !~* '^\\s*select'
              AND (query ILIKE '%ship_position%' OR query ILIKE '%ship_static%' OR query ILIKE '%ingestion_log%')) t;
        total := total + n;
        PERFORM pg_sleep(0.01);
    END LOOP;
    RETURN total;
END
\$\$;
SELECT pg_temp.terminate_ais_writers($TERMINATE_SECONDS);
SQL
)
    killed=${killed##*$'\n'}
    # the writer retries what was cut; give it a chunk's time to catch up
    local deadline=$((SECONDS + 60))
    until (($(db -c 'SELECT count(*) FROM ship_position') > before)) || ((SECONDS > deadline)); do sleep 1; done
    after=$(db -c 'SELECT count(*) FROM ship_position')
    IFS='|' read -r positions counted unbalanced <<< "$(ais_accounting)"
    record "backends writing AIS chunks terminated for ${TERMINATE_SECONDS} s" \
        "ingestion UP and storing, counts = rows" \
        "$killed terminated, +$((after - before)) positions, $positions rows / $counted counted, $unbalanced unbalanced rows" \
        "$([[ $positions == "$counted" && $unbalanced == 0 && $after -gt $before ]] && healthy "$INGESTION" && echo yes || echo NO)"
}

probe_kill_9() {
    local pid batch positions counted unbalanced killed_at deadline status recovered up_at
    # wait for a batch that has committed chunks
    deadline=$((SECONDS + 120))
    until batch=$(db -c "SELECT id FROM ingestion_log WHERE kind = 'ais-batch' AND status = 'running'
                         AND positions_stored > 0 ORDER BY id DESC LIMIT 1") && [[ -n $batch ]]; do
        ((SECONDS < deadline)) || { record "kill -9 of ingestion mid-batch" "a running batch with chunks" "none in 120 s" NO; return; }
        sleep 1
    done
    INGESTION_PEAK_BEFORE_KILL=$(vm_hwm_mib ingestion-service)
    pid=$(cat "$ROOT/run/ingestion-service.pid")
    kill -9 "$pid"
    killed_at=$(date +%s%3N)
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    IFS='|' read -r positions counted unbalanced <<< "$(ais_accounting)"
    record "kill -9 of ingestion at $RATE messages/s, batch $batch" "its counts = the rows committed" \
        "$positions rows / $counted counted, $unbalanced unbalanced rows" \
        "$([[ $positions == "$counted" && $unbalanced == 0 ]] && echo yes || echo NO)"
    restart_service ingestion-service
    deadline=$((SECONDS + 300))
    up_at=
    status=running
    while ((SECONDS < deadline)); do
        if [[ -z $up_at ]] && healthy "$INGESTION"; then up_at=$(date +%s%3N); fi
        status=$(db -c "SELECT status FROM ingestion_log WHERE id = $batch")
        [[ $status != running ]] && break
        sleep 1
    done
    recovered=$(($(date +%s%3N) - killed_at))
    RECOVERY="$(awk -v ms="$recovered" 'BEGIN { printf "%.0f", ms / 1000 }') s to \`$status\`"
    [[ -n $up_at ]] && RECOVERY+=", UP again after $(awk -v ms="$((up_at - killed_at))" 'BEGIN { printf "%.0f", ms / 1000 }') s"
    record "  its row after a restart" "\`abandoned\`, not \`running\`" "$RECOVERY" "$([[ $status == abandoned ]] && echo yes || echo NO)"
}

# ---------------------------------------------------------------------------------------------------------------

say "private PostgreSQL on 127.0.0.1:$PG_PORT"
private_pg_start "$PG_PORT"
private_pg_psql postgres -c 'CREATE DATABASE alphaflow' >/dev/null
start_stalled_upstream
stack_environment
say "starting the stack (scripts/run-local.sh; the first start of a new build also trains its class data archives)"
start_stack
say "stack UP; probing"

probe_bypass
probe_headers
probe_parameters
start_stalled_backfill
probe_bodies
probe_upload
probe_terminated_backends
probe_kill_9
check_stalled_backfill

PEAKS="ingestion $INGESTION_PEAK_BEFORE_KILL MiB (before its kill -9), aggregation $(vm_hwm_mib aggregation-service),"
PEAKS+=" cleanup $(vm_hwm_mib cleanup-service), dashboard $(vm_hwm_mib dashboard-service) MiB"
say "peak resident memory: $PEAKS"

{
    echo "$SECTION_HEADING"
    echo
    echo "\`scripts/fault-suite.sh$($QUICK && echo ' --quick')\` on $(date -u +%Y-%m-%d), $(nproc) cores" \
        "($(lscpu 2>/dev/null | sed -n 's/^Model name:[[:space:]]*//p' | head -n 1)), commit $(git rev-parse --short HEAD)," \
        "the production JVM options (\`deploy/jvm/\`), a private PostgreSQL with compose's settings."
    echo
    echo "| probe | expected | observed | pass |"
    echo "|---|---|---|---|"
    printf '%s\n' "${ROWS[@]}"
    echo
    echo "Peak resident memory (VmHWM) under the suite: $PEAKS. Recovery after \`kill -9\`: $RECOVERY."
} > "$OUT/table.md"
cat "$OUT/table.md"

if $WRITE_DOCS; then
    replace_docs_section "$SECTION_HEADING" "$OUT/table.md" "$DOCS"
    say "wrote the table to docs/benchmarks.md"
fi

if ((FAILED)); then
    say "$FAILED probe(s) failed"
    exit 1
fi
say "every probe passed"
