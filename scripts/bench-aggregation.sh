#!/usr/bin/env bash
# Aggregation lag benchmark: time from a batch's commit (COPY of its positions, ingestion_log row completed, NOTIFY, in
# one transaction, as the ingestion service does) to its ship_count_agg row, over batches committed one after another
# to the aggregation service running in-process on a fresh database.
# Usage: scripts/bench-aggregation.sh [batches] [positions per batch] [share in region boxes]   (default 120, 20,000
# and 0.25: a quarter of the positions lie in the preset regions, whose events and series commit with the counts)
# Needs a PostgreSQL whose user may create databases: ALPHAFLOW_TEST_DB_URL, default the local server.
set -euo pipefail
cd "$(dirname "$0")/.."
export ALPHAFLOW_TEST_DB_URL="${ALPHAFLOW_TEST_DB_URL:-jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}"
./mvnw -B -q -pl aggregation-service -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test -Dspotless.apply.skip=true
root="$(pwd)"
cp="$root/aggregation-service/target/test-classes:$root/aggregation-service/target/classes:$(cat aggregation-service/target/bench.classpath)"
cd aggregation-service
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(psql -V 2>/dev/null || echo 'psql n/a')"
exec java -Xms256m -Xmx1g -cp "$cp" com.maritimealphaflow.aggregation.bench.AggregationLagBenchmark "$@"
