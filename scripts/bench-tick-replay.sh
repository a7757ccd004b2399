#!/usr/bin/env bash
# Tick trends end to end into PostgreSQL (issue 18): the four services run from this build (scripts/run-local.sh) on a
# fresh database; a generated DEBS-layout file is replayed over REST at full speed; the clock stops when the replay
# has completed and the aggregation service has applied its last window (no partial of the stream left). Prints the
# events, windows and crossovers stored and the rates. Needs the local PostgreSQL (trust auth, user postgres).
# Usage: scripts/bench-tick-replay.sh [events] [symbols]   (default 10,000,000 over 5,500 symbols)
set -euo pipefail
cd "$(dirname "$0")/.."
events="${1:-10000000}"
symbols="${2:-5500}"
dir=/tmp/alphaflow-bench
file="debs-${events}-${symbols}.csv"
token=bench-token
db=alphaflow_bench_ticks
export SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:5432/$db" SPRING_DATASOURCE_USERNAME=postgres
export ADMIN_TOKEN=$token TICKS_REPLAY_DIR=$dir AIS_SOURCE=nmea-udp
psql() { command psql -h 127.0.0.1 -U postgres -qAtX "$@"; }

if [[ ! -f $dir/$file ]]; then
  echo "generating $dir/$file (the in-process benchmark's generator)"
  bash scripts/bench-tick-trends.sh "$events" "$symbols" 0 >/dev/null
fi
psql -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(date -u +%Y-%m-%d)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
trap 'bash scripts/stop-local.sh >/dev/null 2>&1 || true' EXIT
bash scripts/run-local.sh >/dev/null

start=$(date +%s.%N)
id=$(curl -sf -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d "{\"files\":[\"$file\"]}" http://localhost:8081/api/ticks/replays | jq -r .id)
echo "replay $id of $file started"
while :; do
  status=$(curl -sf http://localhost:8081/api/ticks/replays/"$id" | jq -r .status)
  [[ $status == completed || $status == failed || $status == cancelled ]] && break
  sleep 1
done
read_done=$(date +%s.%N)
[[ $status == completed ]] || { echo "replay $id ended $status"; curl -s http://localhost:8081/api/ticks/replays/"$id"; exit 1; }
while [[ $(psql -d $db -c "SELECT count(*) FROM tick_partial WHERE stream_id = 'replay-$id'") != 0 ]]; do sleep 0.5; done
applied=$(date +%s.%N)

summary=$(curl -sf http://localhost:8081/api/ticks/replays/"$id" | jq -c '.totals')
windows=$(psql -d $db -c "SELECT count(*) FROM tick_window")
crossovers=$(psql -d $db -c "SELECT count(*) FROM tick_crossover")
got=$(jq -r '.events - .late' <<<"$summary")
echo "replay: $summary"
echo "stored: $windows windows, $crossovers crossovers, $(psql -d $db -c "SELECT count(*) FROM tick_symbol") symbols"
awk -v s="$start" -v r="$read_done" -v a="$applied" -v e="$got" -v w="$windows" 'BEGIN {
  printf "read and windowed (replay completed): %.1f s, %.0f events/s\n", r - s, e / (r - s);
  printf "end to end (last window applied):     %.1f s, %.0f events/s, %.0f windows/s\n", a - s, e / (a - s), w / (a - s) }'
for service in ingestion-service aggregation-service; do
  pid=$(cat run/$service.pid)
  echo "$service resident memory: $(awk '/VmHWM/ {printf "%.0f MiB peak", $2/1024}' /proc/$pid/status)"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
