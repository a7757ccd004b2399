#!/usr/bin/env bash
# Lead-lag study benchmark (issue 17): POST /api/research/lead-lag end to end (read, resample, statistics, answer)
# over 5 years of daily data and a year of hourly data, the dashboard in-process on a fresh database.
# Usage: scripts/bench-lead-lag.sh [runs]   (default 7). Needs a PostgreSQL whose user may create databases:
# ALPHAFLOW_TEST_DB_URL, default the local server.
set -euo pipefail
export ALPHAFLOW_TEST_DB_URL="${ALPHAFLOW_TEST_DB_URL:-jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}"
cd "$(dirname "$0")/.."
./mvnw -B -q -pl dashboard-service -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test -Dspotless.apply.skip=true
root="$(pwd)"
cp="$root/dashboard-service/target/test-classes:$root/dashboard-service/target/classes:$(cat dashboard-service/target/bench.classpath)"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(date -u +%Y-%m-%d)"
# other work on the machine stretches the wall-clock times: the load average says how much there was
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx256m -cp "$cp" com.maritimealphaflow.dashboard.bench.LeadLagBenchmark "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
