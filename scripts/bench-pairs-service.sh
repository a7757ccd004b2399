#!/usr/bin/env bash
# Pairs screen end to end (issue 20): 500 instruments x 1,260 weekdays of daily bars stored in a throwaway database,
# one screen requested over REST from a dashboard with its production heap (144 MiB), followed until its pairs are
# stored. Usage: scripts/bench-pairs-service.sh [instruments] [days] [clustering true|false]   (default 500 1260 false)
# Needs a PostgreSQL whose user may create databases: ALPHAFLOW_TEST_DB_URL, default the local server.
export ALPHAFLOW_TEST_DB_URL="${ALPHAFLOW_TEST_DB_URL:-jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}"
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl dashboard-service -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test -Dspotless.apply.skip=true
root="$(pwd)"
cp="$root/dashboard-service/target/test-classes:$root/dashboard-service/target/classes:$(cat dashboard-service/target/bench.classpath)"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(date -u +%Y-%m-%d)"
# other work on the machine stretches the wall-clock times: the load average says how much there was
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx"${PAIRS_BENCH_HEAP:-144m}" -cp "$cp" com.maritimealphaflow.dashboard.bench.PairScreenServiceBenchmark "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
