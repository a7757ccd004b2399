#!/usr/bin/env bash
# Stops the services scripts/run-local.sh started: SIGTERM first, so that each shuts down gracefully (the
# ingestion service commits the batch in flight), then SIGKILL for any still running after the timeout.
#
#   scripts/stop-local.sh [--timeout SECONDS]     (default 120)
set -euo pipefail

cd "$(dirname "$0")/.."
RUN_DIR=$PWD/run
TIMEOUT=120

while (($#)); do
    case $1 in
        --timeout)
            [[ ${2:-} =~ ^[0-9]+$ ]] || { sed -n '2,6s/^# \{0,1\}//p' "$0" >&2; exit 2; }
            TIMEOUT=$2
            shift ;;
        -h | --help) sed -n '2,6s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) sed -n '2,6s/^# \{0,1\}//p' "$0" >&2; exit 2 ;;
    esac
    shift
done

say() { printf 'stop-local: %s\n' "$*"; }

shopt -s nullglob
pid_files=("$RUN_DIR"/*.pid)
if ((${#pid_files[@]} == 0)); then
    say "nothing to stop (no pid files in run/)"
    exit 0
fi

declare -A RUNNING
for file in "${pid_files[@]}"; do
    service=$(basename "$file" .pid)
    pid=$(cat "$file")
    if [[ ! $pid =~ ^[0-9]+$ ]] || ! kill -0 "$pid" 2>/dev/null; then
        say "$service was not running"
        rm -f "$file"
        continue
    fi
    # A pid can be reused after a reboot or crash: only signal the JVM that runs this service's jar.
    if ! ps -o args= -p "$pid" | grep -q -- "$service"; then
        say "pid $pid is no longer $service; leaving it alone"
        rm -f "$file"
        continue
    fi
    kill -TERM "$pid"
    RUNNING[$service]=$pid
done

deadline=$((SECONDS + TIMEOUT))
while ((${#RUNNING[@]})); do
    for service in "${!RUNNING[@]}"; do
        if ! kill -0 "${RUNNING[$service]}" 2>/dev/null; then
            say "$service stopped"
            rm -f "$RUN_DIR/$service.pid"
            unset "RUNNING[$service]"
        fi
    done
    ((${#RUNNING[@]})) || break
    if ((SECONDS >= deadline)); then
        for service in "${!RUNNING[@]}"; do
            say "$service still running after ${TIMEOUT}s: killing pid ${RUNNING[$service]}"
            kill -KILL "${RUNNING[$service]}" 2>/dev/null || true
            rm -f "$RUN_DIR/$service.pid"
        done
        break
    fi
    sleep 1
done
