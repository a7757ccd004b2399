#!/usr/bin/env bash
# CSV import streaming (issue 12): starts the ingestion service alone with its production JVM options
# (java @deploy/jvm/common.options @deploy/jvm/ingestion-service.options) on a private PostgreSQL, uploads generated
# files of 1-minute bars as a text/csv body and as a multipart upload (curl with the admin token), and prints one row
# per upload: bars stored, seconds, bars/s, and the peak resident size (VmHWM, reset before each upload).
#
#   scripts/bench-csv-import.sh [--no-build] [SIZE_MB ...]      default sizes: 30 200
#
# A year of 1-minute bars is about 30 MB. Bodies over the service's request limit are refused (413) and reported so.
# Needs PostgreSQL's server binaries (initdb, pg_ctl), curl and python3. Ports: BENCH_PG_PORT (55433), BENCH_PORT (18481).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
# shellcheck source=lib/private-postgres.sh
source "$ROOT/scripts/lib/private-postgres.sh"

BUILD=true
if [[ ${1:-} == --no-build ]]; then BUILD=false; shift; fi
SIZES=("$@")
((${#SIZES[@]})) || SIZES=(30 200)
PG_PORT=${BENCH_PG_PORT:-55433}
PORT=${BENCH_PORT:-18481}
TOKEN=bench-csv-$RANDOM$RANDOM
WORK=$(mktemp -d "${TMPDIR:-/tmp}/bench-csv.XXXXXX")
PID=

say() { printf '== %s\n' "$*" >&2; }
cleanup() {
    if [[ -n $PID ]]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
    private_pg_stop "$WORK/postgres.log" >/dev/null 2>&1 || true
    rm -rf "$WORK"/*.csv
}
trap cleanup EXIT

if $BUILD; then
    say "building the ingestion service"
    ./mvnw -B -q -pl ingestion-service -am package -DskipTests -Dspotless.apply.skip=true
fi
JAR=$(find ingestion-service/target -maxdepth 1 -name 'ingestion-service-*.jar' ! -name '*plain*' | head -n 1)
[[ -n $JAR ]] || { echo "no ingestion-service/target/ingestion-service-*.jar: run without --no-build" >&2; exit 1; }

say "private PostgreSQL on 127.0.0.1:$PG_PORT"
private_pg_start "$PG_PORT"
private_pg_psql postgres -c 'CREATE DATABASE alphaflow' >/dev/null

say "starting the ingestion service on :$PORT with deploy/jvm options"
SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/alphaflow SPRING_DATASOURCE_USERNAME=postgres \
    SPRING_DATASOURCE_PASSWORD='' SERVER_PORT=$PORT ADMIN_TOKEN=$TOKEN AIS_SOURCE=simulator AIS_SIMULATOR_RATE=1 \
    MARKET_SCHEDULE_ENABLED=false \
    java @deploy/jvm/common.options @deploy/jvm/ingestion-service.options ${JAVA_OPTS:-} -jar "$JAR" \
    > "$WORK/service.log" 2>&1 &
PID=$!
for _ in $(seq 1 240); do
    curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && break
    kill -0 "$PID" 2>/dev/null || { tail -n 50 "$WORK/service.log" >&2; exit 1; }
    sleep 0.5
done
curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null || { echo "the service did not come up" >&2; exit 1; }

rss() { awk -v k="$1:" '$1 == k { printf "%d", $2 / 1024 }' "/proc/$PID/status"; }
# Writing 5 to clear_refs resets VmHWM to the current resident size (Linux 4.0+), so each row's peak is its own.
reset_peak() { echo 5 > "/proc/$PID/clear_refs" 2>/dev/null || true; }

# SIZE_MB of 1-minute bars from 2010 on, about 58 bytes a line.
generate() {
    python3 - "$1" "$2" <<'PY'
import sys, datetime
size, path = int(sys.argv[1]) * 1_000_000, sys.argv[2]
t = datetime.datetime(2010, 1, 1, tzinfo=datetime.timezone.utc)
minute = datetime.timedelta(minutes=1)
with open(path, "w") as out:
    out.write("timestamp,open,high,low,close,volume\n")
    written, i = 0, 0
    while written < size:
        p = 100 + (i % 500) / 10
        line = f"{t.strftime('%Y-%m-%dT%H:%M:%SZ')},{p:.2f},{p + 1:.2f},{p - 1:.2f},{p + 0.5:.2f},{100 + i % 50}\n"
        out.write(line)
        written += len(line)
        t += minute
        i += 1
PY
}

printf '| file | sent as | bars | status | seconds | bars/s | peak RSS (MiB) | RSS after (MiB) |\n'
printf '|---|---|---|---|---|---|---|---|\n'
baseline=$(rss VmRSS)
for size in "${SIZES[@]}"; do
    file=$WORK/bars-$size.csv
    generate "$size" "$file"
    bars=$(($(wc -l < "$file") - 1))
    for mode in text/csv multipart; do
        symbol="BENCH${size}$([[ $mode == multipart ]] && echo M || echo T)"
        url="http://127.0.0.1:$PORT/api/market/csv?symbol=$symbol&interval=1m&market=24x7"
        reset_peak
        if [[ $mode == text/csv ]]; then
            result=$(curl -s -o "$WORK/answer.json" -w '%{http_code} %{time_total}' -X POST \
                -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' --data-binary "@$file" "$url")
        else
            result=$(curl -s -o "$WORK/answer.json" -w '%{http_code} %{time_total}' -X POST \
                -H "Authorization: Bearer $TOKEN" -F "file=@$file;type=text/csv" "$url")
        fi
        code=${result%% *} seconds=${result#* }
        if ! kill -0 "$PID" 2>/dev/null; then
            printf '| %s MB | %s | %s | the service died | | | | |\n' "$size" "$mode" "$bars"
            tail -n 20 "$WORK/service.log" >&2
            exit 1
        fi
        stored=$(private_pg_psql alphaflow -c "SELECT count(*) FROM market_bar WHERE symbol = '$symbol'")
        printf '| %s MB | %s | %s stored of %s | %s | %.1f | %s | %s | %s |\n' "$size" "$mode" "$stored" "$bars" "$code" \
            "$seconds" "$(awk -v b="$stored" -v s="$seconds" 'BEGIN { printf "%.0f", (s > 0 ? b / s : 0) }')" \
            "$(rss VmHWM)" "$(rss VmRSS)"
    done
    rm -f "$file"
done
say "RSS when idle before the uploads: $baseline MiB; machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB," \
    "$(java -version 2>&1 | head -n 1), $(date -u +%F)"
