#!/usr/bin/env bash
# Region assignment benchmark: positions/s assigned to 100 regions in the JVM (JTS: STR-tree, prepared polygons),
# the gate crossings of consecutive positions, the whole event detector over a day, and the vessels' track state
# stored and restored. With --postgis, the same polygons and positions in PostgreSQL with PostGIS (ST_Contains with a
# GiST index), in a throwaway database; PostGIS must be installed on the server (Debian: postgresql-15-postgis-3),
# the project itself does not use it (decision 0017).
# Usage: scripts/bench-regions.sh [positions] [--postgis]   (default 2,000,000 positions of 10,000 vessels)
# With --postgis it needs a PostgreSQL whose user may create databases: ALPHAFLOW_TEST_DB_URL, default the local server.
set -euo pipefail
cd "$(dirname "$0")/.."
export ALPHAFLOW_TEST_DB_URL="${ALPHAFLOW_TEST_DB_URL:-jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}"
./mvnw -B -q -pl aggregation-service -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test -Dspotless.apply.skip=true
root="$(pwd)"
cp="$root/aggregation-service/target/test-classes:$root/aggregation-service/target/classes:$(cat aggregation-service/target/bench.classpath)"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(date -u +%FT%TZ)"
exec java -Xms1g -Xmx3g -cp "$cp" com.maritimealphaflow.aggregation.bench.RegionAssignmentBenchmark "$@"
