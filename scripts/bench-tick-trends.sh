#!/usr/bin/env bash
# Tick trends benchmark (issue 18), in process: events/s through parse -> 5-minute event-time windows -> EMA38/EMA100
# -> crossovers over a generated file in the layout of the DEBS 2022 data (50 M events over 5,500 symbols by default;
# generated once, about 6 GB, kept under /tmp/alphaflow-bench). No database: the end-to-end figure into PostgreSQL is
# scripts/bench-tick-replay.sh.
# Usage: scripts/bench-tick-trends.sh [events] [symbols] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
events="${1:-50000000}"
symbols="${2:-5500}"
runs="${3:-3}"
./mvnw -B -q -pl aggregation-service -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test -Dspotless.apply.skip=true
root="$(pwd)"
cp="$root/aggregation-service/target/test-classes:$root/aggregation-service/target/classes:$(cat aggregation-service/target/bench.classpath)"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(date -u +%Y-%m-%d)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# the small-VM budget: the operator's state for 5,500 symbols and the open windows fit in a few hundred MiB
java -Xms512m -Xmx512m -cp "$cp" com.maritimealphaflow.aggregation.bench.TickTrendBenchmark \
  "/tmp/alphaflow-bench/debs-${events}-${symbols}.csv" "$events" "$symbols" "$runs"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
