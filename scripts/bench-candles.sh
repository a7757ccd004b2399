#!/usr/bin/env bash
# Candles endpoint benchmark (issue 19): a year of 1-minute bars of a Binance pair (24/7, 525,600) and of a Polygon
# stock (NYSE regular sessions) in a fresh database with their rollups, the dashboard in-process with its production
# heap, then GET /api/market/candles over the whole year at 1h and 1d, from the stored rollups (basis=stored) and rolled
# up from the minutes per request (basis=minutes): p50, p95 and max of sequential requests, the body read in full.
# Usage: scripts/bench-candles.sh [days] [requests per case]   (default 365 and 50; takes a few minutes)
# Needs a PostgreSQL whose user may create databases: ALPHAFLOW_TEST_DB_URL, default the local server.
set -euo pipefail
cd "$(dirname "$0")/.."
export ALPHAFLOW_TEST_DB_URL="${ALPHAFLOW_TEST_DB_URL:-jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}"
./mvnw -B -q -pl dashboard-service -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test -Dspotless.apply.skip=true
root="$(pwd)"
cp="$root/dashboard-service/target/test-classes:$root/dashboard-service/target/classes:$(cat dashboard-service/target/bench.classpath)"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(psql -V 2>/dev/null || echo 'psql n/a'), $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# the dashboard's production JVM options (144 MB heap, serial GC); the load and the HTTP client share the JVM but
# hold little: the rows are written by SQL in the database
java @deploy/jvm/common.options @deploy/jvm/dashboard-service.options \
  -cp "$cp" com.maritimealphaflow.dashboard.bench.CandlesBenchmark "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
