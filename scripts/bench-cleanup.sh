#!/usr/bin/env bash
# Retention benchmark: removing one day of raw AIS by dropping its partition through the cleanup service, beside a
# DELETE of the same rows, on a fresh database in the same run. Usage: scripts/bench-cleanup.sh [rows]
# (default 5,000,000). Needs a PostgreSQL whose user may create databases: ALPHAFLOW_TEST_DB_URL, default the local
# server. Takes a few minutes and about 3 GB of disk while it runs.
set -euo pipefail
cd "$(dirname "$0")/.."
export ALPHAFLOW_TEST_DB_URL="${ALPHAFLOW_TEST_DB_URL:-jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}"
./mvnw -B -q -pl cleanup-service -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test -Dspotless.apply.skip=true
root="$(pwd)"
cp="$root/cleanup-service/target/test-classes:$root/cleanup-service/target/classes:$(cat cleanup-service/target/bench.classpath)"
cd cleanup-service
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(psql -V 2>/dev/null || echo 'psql n/a')"
exec java -Xms256m -Xmx1g -cp "$cp" com.maritimealphaflow.cleanup.bench.PartitionDropBenchmark "$@"
