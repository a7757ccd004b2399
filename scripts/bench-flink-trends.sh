#!/usr/bin/env bash
# Tick trends on Flink (issue 18, scale-out path): events/s through parse → window → EMA → crossover, the file-mode
# job on a local MiniCluster with 2 slots, with --sink none and into PostgreSQL, beside the in-process reference
# (TickTrendPipeline, one thread) on the same file. The DEBS-layout file is generated once per size with
# DebsTickFiles (Settings.debsWeek: out-of-order within 2 s, 0.01 % late, 5 % rows without a price) and kept in
# $BENCH_DIR (default /tmp/alphaflow-bench-flink; about 100 bytes a row, so 50 M rows need about 5 GB).
# Usage: scripts/bench-flink-trends.sh [events] [symbols] [runs]
#   events default 1000000, symbols default 5500, runs all | in-process,none,postgres (comma-separated)
# The PostgreSQL run needs a server whose user may create databases: ALPHAFLOW_TEST_DB_URL, default the local server.
# BENCH_HEAP sets -Xmx (default 1g).
set -euo pipefail
export ALPHAFLOW_TEST_DB_URL="${ALPHAFLOW_TEST_DB_URL:-jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}"
cd "$(dirname "$0")/.."
./mvnw -B -q -pl flink-trend-job -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test -Dspotless.apply.skip=true
root="$(pwd)"
cp="$root/flink-trend-job/target/test-classes:$root/flink-trend-job/target/classes:$(cat flink-trend-job/target/bench.classpath)"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(date -u +%Y-%m-%d)"
# other work on the machine stretches the wall-clock times: the load average says how much there was
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx"${BENCH_HEAP:-1g}" -Dbench.dir="${BENCH_DIR:-/tmp/alphaflow-bench-flink}" \
  -Dlog4j2.configurationFile="$root/flink-trend-job/src/test/resources/log4j2-test.properties" \
  -cp "$cp" com.maritimealphaflow.flink.trends.TickTrendBenchmark "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
