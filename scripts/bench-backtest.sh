#!/usr/bin/env bash
# Backtest grid benchmark: combinations x bars per second of the optimizer's grid (default 4,851 pairs of SMA lengths
# 2-100 over 105,120 five-minute bars, a year of 24/7 bars), on one thread and on all cores, and the time of one
# backtest. Pure computation, no database. Usage: scripts/bench-backtest.sh [bars] [max-length]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl dashboard-service -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test -Dspotless.apply.skip=true
root="$(pwd)"
cp="$root/dashboard-service/target/test-classes:$root/dashboard-service/target/classes:$(cat dashboard-service/target/bench.classpath)"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(date -u +%Y-%m-%d)"
exec java -Xms512m -Xmx2g -cp "$cp" com.maritimealphaflow.dashboard.bench.GridBenchmark "$@"
