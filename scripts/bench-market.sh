#!/usr/bin/env bash
# Market data benchmark: bars per second stored by a backfill of a year of 1-minute bars (525,600) from a loopback
# server answering like Binance, the time of the gap computation over a year of 1-minute bars with random holes
# (24/7 and NYSE), and reads of a year and a day of one symbol. Usage: scripts/bench-market.sh [seed]   (default 42)
# Needs a PostgreSQL whose user may create databases: ALPHAFLOW_TEST_DB_URL, default the local server.
set -euo pipefail
cd "$(dirname "$0")/.."
export ALPHAFLOW_TEST_DB_URL="${ALPHAFLOW_TEST_DB_URL:-jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}"
./mvnw -B -q -pl ingestion-service -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test -Dspotless.apply.skip=true
root="$(pwd)"
cp="$root/ingestion-service/target/test-classes:$root/ingestion-service/target/classes:$(cat ingestion-service/target/bench.classpath)"
cd ingestion-service
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(psql -V 2>/dev/null || echo 'psql n/a'), $(date -u +%F)"
exec java -Xms512m -Xmx2g -cp "$cp" com.maritimealphaflow.ingestion.bench.MarketBenchmark "$@"
