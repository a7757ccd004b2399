#!/usr/bin/env bash
# Backtest grid benchmark: combinations x bars per second of the optimizer's grid (default 4,851 pairs of SMA lengths
# 2-100 over 105,120 five-minute bars, a year of 24/7 bars), on one thread and on all cores, and the time of one
# backtest in the engine; then, end to end over HTTP against the real dashboard and PostgreSQL with a year of 5-minute
# bars and counts stored, one backtest request (median, p95) and the default optimizer grid (holdout and walk-forward).
# Usage: scripts/bench-backtest.sh [bars] [max-length]
# The second part needs a PostgreSQL whose user may create databases: ALPHAFLOW_TEST_DB_URL, default the local server.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl dashboard-service -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test -Dspotless.apply.skip=true
root="$(pwd)"
cp="$root/dashboard-service/target/test-classes:$root/dashboard-service/target/classes:$(cat dashboard-service/target/bench.classpath)"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(date -u +%Y-%m-%d)"
export ALPHAFLOW_TEST_DB_URL="${ALPHAFLOW_TEST_DB_URL:-jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}"
java -Xms512m -Xmx2g -cp "$cp" com.maritimealphaflow.dashboard.bench.GridBenchmark "$@"
# the dashboard's own heap bound, as it runs on the small VM
exec java -Xmx256m -cp "$cp" com.maritimealphaflow.dashboard.bench.BacktestRequestBenchmark
