#!/usr/bin/env bash
# Pairs screen benchmark: the statistical core over 500 instruments x 1,260 daily closes (124,750 pairs, Engle-Granger
# in both orderings each), without and with PCA + DBSCAN clustering; plus one ADF of the lead-lag code against the
# screen's nested ADF. Seeded synthetic prices, no database.
# Usage: scripts/bench-pairs-screen.sh [instruments] [dates]   (default 500 1260)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl dashboard-service -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test -Dspotless.apply.skip=true
root="$(pwd)"
cp="$root/dashboard-service/target/test-classes:$root/dashboard-service/target/classes:$(cat dashboard-service/target/bench.classpath)"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(date -u +%Y-%m-%d)"
# other work on the machine stretches the wall-clock times: the load average says how much there was
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx"${PAIRS_BENCH_HEAP:-1g}" -cp "$cp" com.maritimealphaflow.dashboard.bench.PairScreenBenchmark "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
