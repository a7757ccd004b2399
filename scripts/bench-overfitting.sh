#!/usr/bin/env bash
# Luck statistics benchmark (issue 17): probability of backtest overfitting over 16 blocks (12,870 splits) of 8,523
# grid cells x 105,120 five-minute bars (a year), deflated Sharpe ratio of the best cell, and a stationary bootstrap of
# 1,000 resamples of 105,120 bars. Seeded synthetic returns, generated per cell as they are read. No database.
# Usage: scripts/bench-overfitting.sh [cells] [bars] [blocks]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl dashboard-service -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test -Dspotless.apply.skip=true
root="$(pwd)"
cp="$root/dashboard-service/target/test-classes:$root/dashboard-service/target/classes:$(cat dashboard-service/target/bench.classpath)"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(date -u +%Y-%m-%d)"
# other work on the machine stretches the wall-clock times: the load average says how much there was
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# a small heap on purpose: the grid's returns must never be held as a T x N matrix
java -Xms256m -Xmx512m -cp "$cp" com.maritimealphaflow.dashboard.bench.OverfittingBenchmark "$@"
# the same step in the optimizer: every cell of the default grid run again by the engine, on the dashboard's heap
java -Xmx256m -cp "$cp" com.maritimealphaflow.dashboard.backtest.LuckInOptimizerBenchmark
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
