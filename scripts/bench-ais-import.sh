#!/usr/bin/env bash
# AIS history import benchmark (issue 15): a generated NOAA-layout day (zipped, cached under
# ingestion-service/target/bench) imported end to end through POST /api/ais/imports, with the ingestion and aggregation
# services each running as its own JVM with its production options (deploy/jvm: the ingestion service's 192 MB heap),
# then a plain COPY of exactly the position rows it stored, in the same run on the same database.
# Usage: scripts/bench-ais-import.sh [rows] [vessels]   (default 7,000,000 rows of 25,000 vessels)
#        BENCH_JFR=1 also records the ingestion service with Flight Recorder (target/bench/ais-import-*/ingestion.jfr);
#        BENCH_INGESTION_JAVA_OPTS='-Xms192m' adds JVM options after the production ones, as JAVA_OPTS does.
# Needs a PostgreSQL whose user may create databases: ALPHAFLOW_TEST_DB_URL, default the local server. Linux (/proc).
set -euo pipefail
cd "$(dirname "$0")/.."
export ALPHAFLOW_TEST_DB_URL="${ALPHAFLOW_TEST_DB_URL:-jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}"
# the benchmark's classpath (test scope), then the services' runtime classpaths: what their jars hold, no test libraries
./mvnw -B -q -pl ingestion-service -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test -Dspotless.apply.skip=true
./mvnw -B -q -pl ingestion-service,aggregation-service -am compile dependency:build-classpath \
  -Dmdep.outputFile=target/runtime.classpath -Dmdep.includeScope=runtime -Dspotless.apply.skip=true
root="$(pwd)"
cp="$root/ingestion-service/target/test-classes:$root/ingestion-service/target/classes:$(cat ingestion-service/target/bench.classpath)"
ingestion_cp="$root/ingestion-service/target/classes:$(cat ingestion-service/target/runtime.classpath)"
aggregation_cp="$root/aggregation-service/target/classes:$(cat aggregation-service/target/runtime.classpath)"
cd ingestion-service
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(psql -V 2>/dev/null || echo 'psql n/a'), load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M UTC')"
exec java -Xms64m -Xmx512m -Dbench.jvm-options="$root/deploy/jvm" -Dbench.ingestion.classpath="$ingestion_cp" \
  -Dbench.aggregation.classpath="$aggregation_cp" -cp "$cp" com.maritimealphaflow.ingestion.bench.AisImportBenchmark "$@"
