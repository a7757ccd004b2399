#!/usr/bin/env bash
# Request bounds (issue 12): starts the dashboard with the production JVM options (deploy/jvm/common.options and
# dashboard-service.options, 144 MB heap) on a throwaway database holding 15 months of 5-minute bars and counts, then
# sends the requests that once killed it and the largest ones it accepts, several at once, and reports what each was
# answered, the dashboard's peak resident size (VmHWM) and its peak heap in use (jstat, every 200 ms).
# Usage: scripts/bench-request-bounds.sh        (PostgreSQL: PGHOST/PGPORT/PGUSER, default 127.0.0.1:5432 postgres)
set -euo pipefail
cd "$(dirname "$0")/.."
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
port=${BENCH_PORT:-18090}
db=alphaflow_bench_bounds_$$
work=$(mktemp -d)
[[ ${NO_BUILD:-} ]] || ./mvnw -B -q -pl dashboard-service -am package -DskipTests -Dspotless.apply.skip=true
jar=$(find dashboard-service/target -maxdepth 1 -name 'dashboard-service-*.jar' | head -n 1)

createdb "$db"
cleanup() {
    [[ -n ${pid:-} ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
    [[ -n ${sampler:-} ]] && pkill -P "$sampler" jstat 2>/dev/null || true
    dropdb --if-exists "$db" || true
    rm -rf "$work"
}
trap cleanup EXIT

java @deploy/jvm/common.options @deploy/jvm/dashboard-service.options -jar "$jar" --server.port="$port" \
    --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$db" --spring.datasource.username="$PGUSER" \
    --logging.level.root=WARN > "$work/dashboard.log" 2>&1 &
pid=$!
until curl -sf "http://127.0.0.1:$port/actuator/health" > /dev/null; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/dashboard.log"; exit 1; }
    sleep 0.5
done

# 15 months of 5-minute bars around the clock (131,040: more than max-bars) and a count window for each
psql -X -q -d "$db" -v ON_ERROR_STOP=1 <<'SQL'
SELECT setseed(0.42) \g /dev/null
INSERT INTO market_bar (symbol, bar_interval, source, adjusted, bar_time, open, high, low, close, volume)
SELECT 'BOUNDSUSDT', '5m', 'binance', false, t, p, p * 1.001, p * 0.999, p * (1 + (random() - 0.5) * 0.004), 1
FROM (SELECT t, 30000 * exp(sum((random() - 0.5) * 0.004) OVER (ORDER BY t)) AS p
      FROM generate_series(timestamptz '2025-01-01 00:00Z', timestamptz '2026-03-31 23:55Z', interval '5 minutes') t) w;
INSERT INTO ship_count_agg (batch_start, batch_end, total)
SELECT t, t + interval '5 minutes', (400 + 50 * sin(extract(epoch FROM t) / 86400 * 2 * pi()) + floor(random() * 40))::int
FROM generate_series(timestamptz '2024-12-31 23:00Z', timestamptz '2026-03-31 23:55Z', interval '5 minutes') t;
ANALYZE market_bar; ANALYZE ship_count_agg;
SQL

# heap in use (survivors, eden, old) at its highest, garbage not yet collected included
(jstat -gc "$pid" 200 | awk 'NR > 1 { used = $3 + $4 + $6 + $8; if (used > max) max = used; print max > "/dev/stderr" }' \
    2> "$work/heap" > /dev/null) &
sampler=$!

base="http://127.0.0.1:$port/api/backtests"
quarter='"symbol":"BOUNDSUSDT","interval":"5m","from":"2025-01-01T00:00:00Z","to":"2025-04-01T00:00:00Z"'
year='"symbol":"BOUNDSUSDT","interval":"5m","from":"2025-01-01T00:00:00Z","to":"2026-01-01T00:00:00Z"'
months15='"symbol":"BOUNDSUSDT","interval":"5m","from":"2025-01-01T00:00:00Z","to":"2026-04-01T00:00:00Z"'
# the largest grid accepted: 1,000 x 1,000 pairs, every cell defined
largest='"fastMin":2,"fastMax":1001,"slowMin":1002,"slowMax":2001'
probe() { # name, path, body: prints the answer's status, time and size, and the start of a JSON answer
    local body
    body=$(mktemp -p "$work")
    curl -s -o "$body" -w "%{http_code} %{time_total}s %{size_download}B" -H 'Content-Type: application/json' \
        -d "$3" "$base$2" | { read -r line || true; printf '%-58s %s  %s\n' "$1" "$line" "$(head -c 120 "$body" | tr -d '\n')"; }
}

echo "machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, $(java -version 2>&1 | head -1), $(date -u '+%Y-%m-%d %H:%M UTC')"
probe "60 M-cell grid (fast, slow 2-100,000), quarter" /optimizations "{$quarter,\"fastMin\":2,\"fastMax\":100000,\"slowMin\":2,\"slowMax\":100000}"
probe "the same as a job" /optimizations/jobs "{$quarter,\"fastMin\":2,\"fastMax\":100000,\"slowMin\":2,\"slowMax\":100000}"
probe "15 months of 5-minute bars (131,040)" "" "{$months15,\"fast\":12,\"slow\":48}"
probe "largest grid alone (1,000,000 pairs), quarter" /optimizations "{$quarter,$largest}"
echo "-- at once: two largest grids, one as a job, three curves.csv of a year (105,120 bars), one more grid --"
curl -s -o "$work/job" -H 'Content-Type: application/json' -d "{$quarter,$largest}" "$base/optimizations/jobs"
job=$(sed -n 's/.*"id":"\([^"]*\)".*/\1/p' "$work/job")
echo "largest grid as a job: $job"
for i in 1 2; do probe "largest grid $i" /optimizations "{$quarter,$largest}" & done
for i in 1 2 3; do probe "curves.csv of a year $i" /curves.csv "{$year,\"fast\":12,\"slow\":48}" & done
probe "one more grid (permits taken)" /optimizations "{$quarter,$largest}" &
for p in $(jobs -p); do [[ $p == "$sampler" || $p == "$pid" ]] || wait "$p" || true; done
while curl -s "$base/optimizations/jobs/$job" | grep -q '"state":"\(running\|queued\)"'; do sleep 2; done
printf '%-58s %s\n' "the job's grid.csv" \
    "$(curl -s -o /dev/null -w '%{http_code} %{time_total}s %{size_download}B' "$base/optimizations/jobs/$job/grid.csv")"
kill -0 "$pid" || { echo "the dashboard died:"; tail -5 "$work/dashboard.log"; exit 1; }
pkill -P "$sampler" jstat || true
wait "$sampler" || true
echo "dashboard alive: peak RSS (VmHWM) $(awk '/VmHWM/ {printf "%.0f MB", $2 / 1024}' /proc/$pid/status)," \
    "peak heap in use $(tail -1 "$work/heap" | awk '{printf "%.0f MB", $1 / 1024}') of 144 MB"
