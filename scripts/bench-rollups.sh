#!/usr/bin/env bash
# Market rollups benchmark (issue 19): a year of 1-minute bars of one symbol COPYed into a fresh database, then rolled
# up to 5m, 15m, 30m, 1h, 4h and 1d through the production path (the trigger's pending row, MarketRollups).
# Usage: scripts/bench-rollups.sh [days] [runs]   (default 365 and 3)
# Needs a PostgreSQL whose user may create databases: ALPHAFLOW_TEST_DB_URL, default the local server.
set -euo pipefail
cd "$(dirname "$0")/.."
export ALPHAFLOW_TEST_DB_URL="${ALPHAFLOW_TEST_DB_URL:-jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}"
./mvnw -B -q -pl aggregation-service -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test -Dspotless.apply.skip=true
root="$(pwd)"
cp="$root/aggregation-service/target/test-classes:$root/aggregation-service/target/classes:$(cat aggregation-service/target/bench.classpath)"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(date -u +%Y-%m-%d)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xms256m -Xmx1g -cp "$cp" com.maritimealphaflow.aggregation.bench.MarketRollupsBenchmark "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
