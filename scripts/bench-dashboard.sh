#!/usr/bin/env bash
# Dashboard benchmark: server response times (median, p95, p99) of the traffic page and its JSON endpoints with 7 days
# of positions at 20,000 per batch (~40 million rows) and a year of counts, measured with ApacheBench on loopback.
# Usage: scripts/bench-dashboard.sh [requests per endpoint] [concurrency]   (default 400, 4)
# Needs a PostgreSQL whose user may create databases: ALPHAFLOW_TEST_DB_URL, default the local server; and ab
# (Debian's apache2-utils, installed here if missing). Seeding takes about five minutes and ~5 GB of disk.
set -euo pipefail
cd "$(dirname "$0")/.."
export ALPHAFLOW_TEST_DB_URL="${ALPHAFLOW_TEST_DB_URL:-jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}"
if ! command -v ab >/dev/null; then
  echo "installing apache2-utils for ab"
  if [[ $(id -u) == 0 ]]; then apt-get install -y -qq apache2-utils; else sudo -n apt-get install -y -qq apache2-utils; fi
fi
./mvnw -B -q -pl dashboard-service -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test -Dspotless.apply.skip=true
root="$(pwd)"
cp="$root/dashboard-service/target/test-classes:$root/dashboard-service/target/classes:$(cat dashboard-service/target/bench.classpath)"
cd dashboard-service
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(psql -V 2>/dev/null || echo 'psql n/a'), $(ab -V | head -1)"
exec java -Xms256m -Xmx1g -cp "$cp" com.maritimealphaflow.dashboard.bench.DashboardBenchmark "$@"
