#!/usr/bin/env bash
# Soak benchmark (issue 7): the whole stack without Docker, fed by the simulator, with the dashboard under a light
# steady load. Per run it measures resident memory and CPU of each service and of PostgreSQL, start-up times, batch
# lag, ingestion throughput and dashboard latency, and writes them to docs/benchmarks.md under
# "## Soak: the stack on a small VM". The first run is at 300 messages/s (the simulator standing in for the
# aisstream.io world feed), the second at ten times that, to show where the headroom ends.
#
#   scripts/bench-soak.sh [--minutes N] [--rate R] [--vessels N] [--no-10x] [--load-rps N] [--pg-port P]
#                         [--no-build] [--no-docs]
#
#   --minutes N    length of each run once every service is UP (default 10)
#   --rate R       simulator messages per second of the first run (default 300); the second run uses 10 x R
#   --vessels N    simulated vessels in the first run (default 12 per message/s, see VESSELS_PER_RATE); 10 x N after
#   --no-10x       only the first run
#   --load-rps N   dashboard requests per second, spread over the traffic page and its JSON APIs (default 4)
#   --pg-port P    port of the private PostgreSQL cluster (default 5544)
#   --no-build     use the jars already built (the build otherwise runs once, before the first run)
#   --no-docs      leave docs/benchmarks.md alone (the section is still written to the run directory)
#
# Needs a JDK, PostgreSQL's server binaries (initdb, pg_ctl), psql, curl and ab (Debian's apache2-utils, installed
# if missing), and ports 8080-8083 free. Raw samples stay in run/soak/<UTC time>/. Everything it starts is stopped
# on exit, Ctrl-C included.
# The results are markdown: backticks in single quotes are meant literally.
# shellcheck disable=SC2016
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
# shellcheck source=scripts/lib/private-postgres.sh
source "$ROOT/scripts/lib/private-postgres.sh"
SERVICES=(ingestion-service aggregation-service cleanup-service dashboard-service)
DASHBOARD=http://127.0.0.1:8080
DOCS=$ROOT/docs/benchmarks.md
SECTION_HEADING='## Soak: the stack on a small VM'

# Short enough that a 10-minute run has several batches to measure the lag of; the services' default is PT5M.
BATCH_INTERVAL=PT1M
SAMPLE_SECONDS=5
# The simulator shares the rate out by weight: a class A vessel under way gets 1, class B 1/3, moored 1/6, and static
# reports take their share first (TrafficSimulator). With the fleet's mix (about 16 % class B, 12 % moored, 10 %
# without static data) 12 vessels per message/s make a class A vessel under way report about every 10 s, class B
# every 30 s and a moored vessel every minute: AIS's own intervals for ships below 14 knots, so each vessel reports
# as often as a real one and a faster feed means more vessels, not chattier ones.
VESSELS_PER_RATE=12
# The issue's targets, in MiB: 1.5 GB for the stack, 300 MB per service, UP within 15 s.
STACK_TARGET_MIB=1430
SERVICE_TARGET_MIB=286
STARTUP_TARGET_S=15

MINUTES=10
RATE=300
VESSELS=
ALSO_10X=true
LOAD_RPS=4
PG_PORT=5544
BUILD=true
WRITE_DOCS=true

usage() {
    sed -n '2,22s/^# \{0,1\}//p' "$0"
}

say() { printf 'bench-soak: %s\n' "$*"; }
die() { printf 'bench-soak: %s\n' "$*" >&2; exit 1; }

parse_args() {
    while (($#)); do
        case $1 in
            --minutes | --rate | --vessels | --load-rps | --pg-port)
                [[ ${2:-} =~ ^[1-9][0-9]*$ ]] || { usage >&2; die "$1 needs a positive whole number"; }
                case $1 in
                    --minutes) MINUTES=$2 ;;
                    --rate) RATE=$2 ;;
                    --vessels) VESSELS=$2 ;;
                    --load-rps) LOAD_RPS=$2 ;;
                    --pg-port) PG_PORT=$2 ;;
                esac
                shift ;;
            --no-10x) ALSO_10X=false ;;
            --no-build) BUILD=false ;;
            --no-docs) WRITE_DOCS=false ;;
            -h | --help) usage; exit 0 ;;
            *) usage >&2; exit 2 ;;
        esac
        shift
    done
    VESSELS=${VESSELS:-$((RATE * VESSELS_PER_RATE))}
}

# ---------------------------------------------------------------------------------------------------------------
# Tools and the machine

check_tools() {
    local tool
    for tool in java psql curl awk; do
        command -v "$tool" >/dev/null || die "$tool is needed"
    done
    private_pg_binary initdb >/dev/null || die "PostgreSQL's server binaries are needed"
    PG_CTL=$(private_pg_binary pg_ctl) || die "PostgreSQL's server binaries are needed"
    if ! command -v ab >/dev/null; then
        say "installing apache2-utils for ab"
        if [[ $(id -u) == 0 ]]; then apt-get install -y -qq apache2-utils; else sudo -n apt-get install -y -qq apache2-utils; fi
    fi
    CLOCK_TICKS=$(getconf CLK_TCK)
}

machine_description() {
    local cpu ram disk os java postgres
    cpu=$(lscpu 2>/dev/null | sed -n 's/^Model name:[[:space:]]*//p' | head -n 1)
    ram=$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
    disk=$(df -hT "${TMPDIR:-/tmp}" | awk 'NR == 2 { print $1 " (" $2 ", " $3 ")" }')
    os=$(sed -n 's/^PRETTY_NAME="\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' /etc/os-release)
    java=$(java -version 2>&1 | sed -n '1s/^.*version "\([^"]*\)".*$/Java \1/p')
    postgres=$("$(dirname "$PG_CTL")/postgres" --version | sed 's/^postgres (PostgreSQL) \([^ ]*\).*$/PostgreSQL \1/')
    printf '%s cores (%s), %s RAM, data on %s, %s, %s, %s' "$(nproc)" "${cpu:-CPU unknown}" "$ram" "$disk" "$os" \
        "$java" "$postgres"
}

load_average() {
    cut -d' ' -f1-3 /proc/loadavg
}

# ---------------------------------------------------------------------------------------------------------------
# The private PostgreSQL cluster: its own data directory and port, so that its processes (and only they) are the
# database's memory; the machine's shared server on 5432 also serves other people's tests.

# The private cluster (scripts/lib/private-postgres.sh) with compose's settings, and commit times to measure batch
# lag by. run-local.sh creates the database.
start_cluster() {
    private_pg_start "$PG_PORT" track_commit_timestamp=on || die "the private PostgreSQL cluster did not start"
    PG_LOG_COPY=$1
}

stop_cluster() {
    private_pg_stop "${PG_LOG_COPY:-}"
}

soak_psql() {
    psql -X -q -A -t -F '|' -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d alphaflow "$@"
}

# ---------------------------------------------------------------------------------------------------------------
# The services

# Starts the four services with scripts/run-local.sh against the private cluster and keeps each one's time to UP.
# The first start of a new build includes the training run of its class data sharing archive (deploy/start-service.sh):
# that start's times are kept apart, and the services are stopped and started again, so the times reported are those
# of every later start.
start_stack() {
    local rate=$1 vessels=$2 log=$3 service
    launch_stack "$rate" "$vessels" "$log"
    declare -g -A TRAINING_STARTUP=()
    declare -g -a TRAINED=()
    for service in "${SERVICES[@]}"; do
        # start-service.sh's line in the service's log, after run-local.sh's marker of the last start
        if awk '/^=== .* starting at / { trained = 0 } /start-service: no class data sharing archive/ { trained = 1 }
                END { exit !trained }' "$ROOT/run/$service.log"; then
            TRAINED+=("${service%-service}")
        fi
    done
    if ((${#TRAINED[@]})); then
        read_startup "$log" TRAINING_STARTUP
        say "that start included the training run of a class data sharing archive (${TRAINED[*]}): stopping and starting again"
        stop_stack
        launch_stack "$rate" "$vessels" "$log.restart"
        cat "$log.restart" >> "$log"
        rm -f "$log.restart"
    fi
    declare -g -A STARTUP=()
    read_startup "$log" STARTUP
}

# Each service's time to UP, from the last start in a run-local.sh log, into the named associative array.
read_startup() {
    local log=$1 service
    local -n times=$2
    for service in "${SERVICES[@]}"; do
        times[$service]=$(sed -n "s/^run-local: $service UP after \([0-9.]*\)s$/\1/p" "$log" | tail -n 1)
    done
}

launch_stack() {
    local rate=$1 vessels=$2 log=$3
    local -a options=()
    $BUILD || options+=(--no-build)
    # Exported empty values win over a .env file: no dashboard login, no admin token, no market jobs.
    SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/alphaflow \
        SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD='' \
        AIS_SOURCE=simulator AIS_MODE=continuous AIS_BATCH_INTERVAL=$BATCH_INTERVAL \
        AIS_SIMULATOR_RATE=$rate AIS_SIMULATOR_VESSELS=$vessels AIS_SIMULATOR_SEED=42 \
        MARKET_SCHEDULE_ENABLED=false DASHBOARD_USER='' DASHBOARD_PASSWORD='' ADMIN_TOKEN='' \
        "$ROOT/scripts/run-local.sh" ${options[@]+"${options[@]}"} 2>&1 | tee "$log"
    BUILD=false
}

service_pid() {
    local file=$ROOT/run/$1.pid
    [[ -s $file ]] && cat "$file"
}

# How each service's JVM runs, as markdown: its options as the JVM received them (jcmd shows @argfiles expanded;
# /proc's command line otherwise) and the heap limit in effect, which without -Xmx is a quarter of the machine's RAM.
jvm_options() {
    local pid jvm_args='' max_heap=''
    pid=$(service_pid "$1") || return 0
    if command -v jcmd >/dev/null; then
        jvm_args=$(jcmd "$pid" VM.command_line 2>/dev/null | sed -n 's/^jvm_args: *//p' | sed 's/ *$//' || true)
        max_heap=$(jcmd "$pid" VM.flags 2>/dev/null | grep -o -- '-XX:MaxHeapSize=[0-9]*' | cut -d= -f2 || true)
    else
        jvm_args=$(tr '\0' ' ' < "/proc/$pid/cmdline" | sed 's/^[^ ]* //; s/ *-jar .*$//')
    fi
    if [[ -n $jvm_args ]]; then printf '`%s`' "$jvm_args"; else printf 'none (plain `java -jar`)'; fi
    if [[ -n $max_heap ]]; then
        printf ', max heap in effect %s MiB' "$(group $((max_heap / 1048576)))"
    fi
    printf '\n'
}

stop_stack() {
    "$ROOT/scripts/stop-local.sh" || true
}

# ---------------------------------------------------------------------------------------------------------------
# Sampling: every SAMPLE_SECONDS, resident memory and CPU time of each service JVM and of the cluster's processes.

# Prints "rss_kb pss_kb" summed over the given pids; a process that ends meanwhile simply drops out.
memory_of() {
    local pid
    for pid in "$@"; do
        cat "/proc/$pid/smaps_rollup" 2>/dev/null || true
    done | awk '/^Rss:/ { rss += $2 } /^Pss:/ { pss += $2 } END { print rss + 0, pss + 0 }'
}

# Prints utime + stime of a process in clock ticks, with its reaped children's when the second argument is "children".
cpu_ticks_of() {
    local stat fields
    stat=$(cat "/proc/$1/stat" 2>/dev/null) || { echo 0; return; }
    read -r -a fields <<< "${stat##*) }"
    if [[ ${2:-} == children ]]; then
        echo $((fields[11] + fields[12] + fields[13] + fields[14]))
    else
        echo $((fields[11] + fields[12]))
    fi
}

sample_once() {
    local sample=$1 now service pid postmaster ticks child
    local -a children
    now=$(date +%s.%N)
    for service in "${SERVICES[@]}"; do
        if ! pid=$(service_pid "$service") || [[ ! -d /proc/$pid ]]; then
            continue
        fi
        printf '%s,%.3f,%s,1,%s,%s\n' "$sample" "$now" "$service" "$(memory_of "$pid" | tr ' ' ',')" \
            "$(cpu_ticks_of "$pid")"
    done
    # Shared buffers appear in every backend's RSS, so the cluster counts by PSS. A backend that has ended gave its
    # CPU time to the postmaster's children's time, so the sum of both stays whole.
    postmaster=$(head -n 1 "$PRIVATE_PG_DIR/data/postmaster.pid" 2>/dev/null) || return 0
    mapfile -t children < <(pgrep -P "$postmaster")
    ticks=$(cpu_ticks_of "$postmaster" children)
    for child in ${children[@]+"${children[@]}"}; do
        ticks=$((ticks + $(cpu_ticks_of "$child")))
    done
    printf '%s,%.3f,postgresql,%s,%s,%s\n' "$sample" "$now" "$((${#children[@]} + 1))" \
        "$(memory_of "$postmaster" ${children[@]+"${children[@]}"} | tr ' ' ',')" "$ticks"
}

sample_loop() {
    local csv=$1 stop=$2 sample=0 next
    echo 'sample,epoch_s,process,processes,rss_kb,pss_kb,cpu_ticks' > "$csv"
    next=$SECONDS
    while [[ ! -e $stop ]]; do
        sample=$((sample + 1))
        sample_once "$sample" >> "$csv"
        next=$((next + SAMPLE_SECONDS))
        while [[ ! -e $stop ]] && ((SECONDS < next)); do sleep 0.5; done
    done
}

# ---------------------------------------------------------------------------------------------------------------
# Dashboard load: ApacheBench on loopback, one request at a time, LOAD_RPS a second in turn over these endpoints.

ENDPOINTS=(
    'traffic-page /'
    'map /api/traffic/vessels'
    'gauge /api/traffic/gauge'
    'counts /api/traffic/counts?range=24h'
    'destinations /api/destinations'
    'pipeline /api/pipeline/status'
)

# One request; its time (ab's gnuplot columns, ttime in ms) goes to dashboard-<name>.tsv, a failure to errors.log.
one_request() {
    local name=$1 path=$2 dir=$3 output rc=0
    rm -f "$dir/last.tsv"
    # Browsers ask for gzip; the map's snapshot is served gzipped as it was encoded once.
    output=$(ab -n 1 -c 1 -s 30 -H 'Accept-Encoding: gzip' -g "$dir/last.tsv" "$DASHBOARD$path" 2>&1) || rc=$?
    if ((rc != 0)) || [[ $output == *'Non-2xx responses'* || $output =~ Failed\ requests:\ +[1-9] ]]; then
        printf '%s %s exit %s: %s\n' "$(date -u +%FT%TZ)" "$path" "$rc" \
            "$(grep -E 'Non-2xx|Failed requests|apr_|timed out' <<< "$output" | tr '\n' ' ')" >> "$dir/errors.log"
    fi
    if [[ -f $dir/last.tsv ]]; then tail -n +2 "$dir/last.tsv" >> "$dir/dashboard-$name.tsv"; fi
}

load_loop() {
    local dir=$1 stop=$2 period_ms=$((1000 / LOAD_RPS)) next request=0 wait_ms name path
    : > "$dir/errors.log"
    next=$(date +%s%3N)
    while [[ ! -e $stop ]]; do
        read -r name path <<< "${ENDPOINTS[request % ${#ENDPOINTS[@]}]}"
        one_request "$name" "$path" "$dir"
        request=$((request + 1))
        next=$((next + period_ms))
        wait_ms=$((next - $(date +%s%3N)))
        if ((wait_ms > 0)); then
            sleep "$(printf '%d.%03d' $((wait_ms / 1000)) $((wait_ms % 1000)))"
        fi
    done
    rm -f "$dir/last.tsv"
}

# ---------------------------------------------------------------------------------------------------------------
# Results

# Reads numbers, one a line; prints "count median p95 p99 max" by nearest rank, or "0 - - - -".
percentiles() {
    sort -g | awk '
        { v[++n] = $1 }
        function rank(p,  i) { i = int(p * n); if (i < p * n) i++; return v[i < 1 ? 1 : i] }
        END { if (n == 0) print "0 - - - -"; else print n, rank(0.5), rank(0.95), rank(0.99), v[n] }'
}

# Per process: peak and steady (median over the second half of the samples) RSS and PSS in MiB, mean CPU % of one
# core between the first and the last sample; then the stack's sum per sample (JVMs by RSS, the cluster by PSS).
# Prints "name|peak_rss|steady_rss|peak_pss|steady_pss|cpu_percent" lines, the stack last.
summarise_samples() {
    awk -F, -v ticks="$CLOCK_TICKS" -v order="${SERVICES[*]} postgresql" '
        function median_of_second_half(values, n,   half, m, i, j, t, sorted) {
            half = int(n / 2); m = 0
            for (i = half + 1; i <= n; i++) sorted[++m] = values[i]
            for (i = 2; i <= m; i++) { t = sorted[i]; for (j = i - 1; j >= 1 && sorted[j] > t; j--) sorted[j + 1] = sorted[j]; sorted[j + 1] = t }
            return m == 0 ? 0 : (m % 2 ? sorted[(m + 1) / 2] : (sorted[m / 2] + sorted[m / 2 + 1]) / 2)
        }
        function mib(kb) { return sprintf("%.0f", kb / 1024) }
        NR == 1 { next }
        {
            p = $3; k = ++count[p]
            rss[p, k] = $5; pss[p, k] = $6
            if (k == 1) { first_t[p] = $2; first_cpu[p] = $7 }
            last_t[p] = $2; last_cpu[p] = $7
            if ($5 > peak_rss[p]) peak_rss[p] = $5
            if ($6 > peak_pss[p]) peak_pss[p] = $6
            if (!($1 in stack_rss)) samples[++sample_count] = $1
            stack_rss[$1] += (p == "postgresql" ? $6 : $5); stack_pss[$1] += $6
        }
        END {
            split(order, names, " ")
            for (i = 1; i in names; i++) {
                p = names[i]
                if (!(p in count)) continue
                delete values; for (k = 1; k <= count[p]; k++) values[k] = rss[p, k]
                steady_rss = median_of_second_half(values, count[p])
                delete values; for (k = 1; k <= count[p]; k++) values[k] = pss[p, k]
                steady_pss = median_of_second_half(values, count[p])
                seconds = last_t[p] - first_t[p]
                cpu = seconds > 0 ? 100 * (last_cpu[p] - first_cpu[p]) / ticks / seconds : 0
                printf "%s|%s|%s|%s|%s|%.1f\n", p, mib(peak_rss[p]), mib(steady_rss), mib(peak_pss[p]), mib(steady_pss), cpu
            }
            for (s = 1; s <= sample_count; s++) {
                a[s] = stack_rss[samples[s]]; b[s] = stack_pss[samples[s]]
                if (a[s] > peak_a) peak_a = a[s]
                if (b[s] > peak_b) peak_b = b[s]
            }
            printf "stack|%s|%s|%s|%s|\n", mib(peak_a), mib(median_of_second_half(a, sample_count)), mib(peak_b), mib(median_of_second_half(b, sample_count))
        }' "$1"
}

# Waits (up to a minute) until every completed batch is aggregated, so that the last batch's lag is measured too.
wait_for_aggregation() {
    local deadline=$((SECONDS + 60))
    while ((SECONDS < deadline)); do
        [[ $(soak_psql -c "SELECT count(*) FROM ingestion_log WHERE kind = 'ais-batch' AND status = 'completed'
                AND aggregated_at IS NULL") == 0 ]] && return 0
        sleep 2
    done
}

# The batches as CSV. Lag runs from the batch's end (ingestion_log.ended_at, set once its writes are done, just
# before its row commits) to the commit of the aggregation transaction that claimed it (aggregated_at is that
# transaction's start; the same transaction wrote the window's ship_count_agg row and is the row's last writer).
# "close" is how long the batch took to write what it held after the rotation that opened the next one.
BATCHES_SQL="
    SELECT id, started_at, ended_at, messages_received, positions_stored, duplicates, statics_stored, rejected,
           round(extract(epoch FROM ended_at - lead(started_at) OVER (ORDER BY id)) * 1000) AS close_ms,
           aggregated_at, pg_xact_commit_timestamp(xmin) AS aggregation_committed_at,
           round(extract(epoch FROM aggregated_at - ended_at) * 1000) AS claim_lag_ms,
           CASE WHEN aggregated_at IS NOT NULL
                THEN round(extract(epoch FROM pg_xact_commit_timestamp(xmin) - ended_at) * 1000) END AS lag_ms
    FROM ingestion_log WHERE kind = 'ais-batch' AND status = 'completed' ORDER BY id"

# Prints the run's ingestion figures as "key value" lines.
ingestion_figures() {
    soak_psql <<'SQL'
SELECT 'batches ' || count(*),
       'not_aggregated ' || count(*) FILTER (WHERE aggregated_at IS NULL),
       'messages ' || coalesce(sum(messages_received), 0),
       'duplicates ' || coalesce(sum(duplicates), 0),
       'rejected ' || coalesce(sum(rejected), 0)
FROM ingestion_log WHERE kind = 'ais-batch' AND status = 'completed';
-- Rates leave out the first batch when there are others: it opened while the service started and carries the burst
-- of static reports the simulator sends when every vessel is first heard.
WITH batches AS (
    SELECT *, row_number() OVER (ORDER BY id) AS n, count(*) OVER () AS total
    FROM ingestion_log WHERE kind = 'ais-batch' AND status = 'completed'
)
SELECT 'received_per_s ' || round(sum(messages_received) / extract(epoch FROM sum(ended_at - started_at))),
       'positions_per_s ' || round(sum(positions_stored) / extract(epoch FROM sum(ended_at - started_at))),
       'statics_per_s ' || round(sum(statics_stored) / extract(epoch FROM sum(ended_at - started_at)))
FROM batches WHERE n > 1 OR total = 1;
SELECT 'rejected_reasons ' || coalesce(string_agg(reason || ' ' || total, ', ' ORDER BY reason), 'none')
FROM (SELECT key AS reason, sum(value::bigint) AS total
      FROM ingestion_log, jsonb_each_text(rejected_reasons) WHERE kind = 'ais-batch' GROUP BY key) r;
-- Vessels per window, over the windows that completed batches cover whole.
SELECT 'vessels_per_window ' || coalesce(percentile_disc(0.5) WITHIN GROUP (ORDER BY total)::text, '-')
FROM ship_count_agg
WHERE batch_start >= (SELECT min(started_at) FROM ingestion_log WHERE kind = 'ais-batch')
  AND batch_end <= (SELECT max(ended_at) FROM ingestion_log WHERE kind = 'ais-batch' AND status = 'completed');
SQL
}

# Appends the run's markdown to the section file.
report_run() {
    local rate=$1 vessels=$2 dir=$3 started_load=$4 ended_load=$5
    {
        printf '### %s messages/s, %s vessels, %s min\n' "$(group "$rate")" "$(group "$vessels")" "$MINUTES"
        printf 'Load average %s at the start, %s at the end.\n\n' "$started_load" "$ended_load"
        report_startup
        report_memory "$dir/memory-$rate.txt" "$dir/samples-$rate.csv"
        report_lag "$dir/batches-$rate.csv"
        report_ingestion "$rate"
        report_dashboard "$dir/load-$rate"
        report_targets "$dir/memory-$rate.txt"
        printf '\n'
    } >> "$SECTION"
}

report_startup() {
    printf 'Start-up to `/actuator/health` UP, all four started at once by `run-local.sh`:'
    startup_times STARTUP
    printf '.'
    if ((${#TRAINING_STARTUP[@]})); then
        local trained
        trained=$(printf '%s, ' "${TRAINED[@]}")
        printf ' The first start of this build, which included the training run of the class data sharing archive of %s:' \
            "${trained%, }"
        startup_times TRAINING_STARTUP
        printf '; then stopped and started again for the run.'
    fi
    printf '\n\n'
}

startup_times() {
    local -n times=$1
    local name separator=''
    for name in "${SERVICES[@]}"; do
        printf '%s %s %s s' "$separator" "${name%-service}" "$(printf '%.1f' "${times[$name]:-0}")"
        separator=,
    done
}

report_memory() {
    local memory=$1 samples=$2 name peak steady peak_pss steady_pss cpu
    printf '| process | peak RSS | steady RSS | steady PSS | mean CPU |\n|---|---|---|---|---|\n'
    while IFS='|' read -r name peak steady peak_pss steady_pss cpu; do
        case $name in
            postgresql)
                printf '| PostgreSQL (PSS of its %s processes) | %s MiB | %s MiB | %s MiB | %s %% |\n' \
                    "$(tail -n 1 "$samples" | cut -d, -f4)" "$peak_pss" "$steady_pss" "$steady_pss" "$cpu" ;;
            stack)
                printf '| **stack** (JVMs by RSS, PostgreSQL by PSS) | **%s MiB** | **%s MiB** | %s MiB (all by PSS) | |\n' \
                    "$(group "$peak")" "$(group "$steady")" "$(group "$steady_pss")" ;;
            *)
                printf '| %s | %s MiB | %s MiB | %s MiB | %s %% |\n' "$name" "$peak" "$steady" "$steady_pss" "$cpu" ;;
        esac
    done < "$memory"
    printf '\n'
}

# Columns of batches-<rate>.csv (BATCHES_SQL): 9 close_ms, 12 claim_lag_ms, 13 lag_ms.
report_lag() {
    local batches=$1 count median p95 p99 max
    read -r count median p95 p99 max < <(awk -F, 'NR > 1 && $13 != "" { print $13 }' "$batches" | percentiles)
    printf '| batch lag (%s batches) | median | p95 | max |\n|---|---|---|---|\n' "$count"
    printf '| batch end → its aggregation committed | %s ms | %s ms | %s ms |\n' "$median" "$p95" "$max"
    read -r count median p95 p99 max < <(awk -F, 'NR > 1 && $12 != "" { print $12 }' "$batches" | percentiles)
    printf '| of which waiting to be claimed | %s ms | %s ms | %s ms |\n' "$median" "$p95" "$max"
    read -r count median p95 p99 max < <(awk -F, 'NR > 1 && $9 != "" { print $9 }' "$batches" | percentiles)
    printf '| writing what a batch held once it closed | %s ms | %s ms | %s ms |\n\n' "$median" "$p95" "$max"
}

report_ingestion() {
    local rate=$1 name value
    local -A figure=()
    while read -r name value; do
        [[ -n $name ]] && figure[$name]=$value
    done < <(ingestion_figures | tr '|' '\n')
    printf -- '- Ingestion: %s messages/s received (simulator set to %s), %s positions/s and %s static reports/s stored;' \
        "$(group "${figure[received_per_s]:--}")" "$(group "$rate")" "$(group "${figure[positions_per_s]:--}")" \
        "$(group "${figure[statics_per_s]:--}")"
    printf ' %s messages in %s completed batches, %s duplicates, %s rejected (%s).' \
        "$(group "${figure[messages]:-0}")" "${figure[batches]:-0}" "$(group "${figure[duplicates]:-0}")" \
        "$(group "${figure[rejected]:-0}")" "${figure[rejected_reasons]:-none}"
    if [[ ${figure[not_aggregated]:-0} != 0 ]]; then
        printf ' %s batches were still not aggregated a minute after the run.' "${figure[not_aggregated]}"
    fi
    printf ' Distinct vessels per %s window (median of the whole windows): %s.\n' "$BATCH_INTERVAL" \
        "$(group "${figure[vessels_per_window]:--}")"
}

report_dashboard() {
    local dir=$1 entry name path requests median p95 p99 max errors separator=''
    errors=$(grep -c . "$dir/errors.log" || true)
    read -r requests median p95 p99 max < <(cat "$dir"/dashboard-*.tsv 2>/dev/null | cut -f5 | percentiles)
    printf -- '- Dashboard under %s requests/s (ApacheBench, one at a time, gzip): %s requests, median %s ms,' \
        "$LOAD_RPS" "$(group "$requests")" "$median"
    printf ' **p95 %s ms**, **p99 %s ms**, max %s ms, %s errors. p95 per endpoint:' "$p95" "$p99" "$max" "$errors"
    for entry in "${ENDPOINTS[@]}"; do
        read -r name path <<< "$entry"
        p95=$(cut -f5 "$dir/dashboard-$name.tsv" 2>/dev/null | percentiles | cut -d' ' -f3)
        printf '%s `%s` %s ms' "$separator" "${path%%\?*}" "$p95"
        separator=,
    done
    printf '.\n'
}

report_targets() {
    local memory=$1 name peak steady rest stack_steady=0 largest='' largest_mib=0 slow=()
    while IFS='|' read -r name peak steady rest; do
        case $name in
            stack) stack_steady=$steady ;;
            postgresql) ;;
            *) if ((steady > largest_mib)); then largest=$name largest_mib=$steady; fi ;;
        esac
    done < "$memory"
    for name in "${SERVICES[@]}"; do
        if awk -v t="${STARTUP[$name]:-999}" -v limit="$STARTUP_TARGET_S" 'BEGIN { exit !(t > limit) }'; then
            slow+=("${name%-service} $(printf '%.1f' "${STARTUP[$name]:-0}") s")
        fi
    done
    printf -- '- Targets: stack steady %s MiB against 1.5 GB (%s MiB): %s; largest service steady %s %s MiB against' \
        "$(group "$stack_steady")" "$(group "$STACK_TARGET_MIB")" "$(verdict $((stack_steady < STACK_TARGET_MIB)))" \
        "$largest" "$largest_mib"
    printf ' 300 MB (%s MiB): %s; UP within %s s: ' "$SERVICE_TARGET_MIB" \
        "$(verdict $((largest_mib < SERVICE_TARGET_MIB)))" "$STARTUP_TARGET_S"
    if ((${#slow[@]})); then
        printf '**not met** (%s).\n' "$(IFS=,; printf '%s' "${slow[*]}" | sed 's/,/, /g')"
    else
        printf 'met.\n'
    fi
}

verdict() {
    if (($1)); then printf 'met'; else printf '**not met**'; fi
}

# 36000 -> 36,000
group() {
    printf '%s' "$1" | sed -e ':a' -e 's/\([0-9]\)\([0-9]\{3\}\)\($\|[,.]\)/\1,\2\3/; ta'
}

# ---------------------------------------------------------------------------------------------------------------
# One run

soak_run() {
    local rate=$1 vessels=$2 dir=$RUN_DIR started_load ended_load minute name pid
    say "run at $rate messages/s with $vessels vessels for $MINUTES minutes (batch interval $BATCH_INTERVAL)"
    started_load=$(load_average)
    start_cluster "$dir/postgres-$rate.log"
    start_stack "$rate" "$vessels" "$dir/run-local-$rate.log"
    for name in "${SERVICES[@]}"; do
        printf '%s: %s\n' "$name" "$(jvm_options "$name")"
    done > "$dir/jvm-options.txt"

    mkdir -p "$dir/load-$rate"
    STOP_FILE=$dir/stop-$rate
    sample_loop "$dir/samples-$rate.csv" "$STOP_FILE" &
    SAMPLER_PID=$!
    load_loop "$dir/load-$rate" "$STOP_FILE" &
    LOAD_PID=$!
    for ((minute = 1; minute <= MINUTES; minute++)); do
        # Waiting on a background sleep lets a SIGTERM reach the trap at once rather than after the sleep.
        sleep 60 &
        SLEEP_PID=$!
        wait "$SLEEP_PID"
        say "$minute/$MINUTES min: $(soak_psql -c "SELECT count(*) || ' batches, ' || coalesce(sum(messages_received), 0)
            || ' messages' FROM ingestion_log WHERE kind = 'ais-batch' AND status = 'completed'"), load $(load_average)"
    done
    touch "$STOP_FILE"
    wait "$SAMPLER_PID" "$LOAD_PID" || true
    SAMPLER_PID='' LOAD_PID=''
    ended_load=$(load_average)
    for name in "${SERVICES[@]}"; do
        if ! pid=$(service_pid "$name") || ! kill -0 "$pid" 2>/dev/null; then
            die "$name stopped during the run: see run/$name.log"
        fi
    done

    wait_for_aggregation
    soak_psql -c "\\copy ($BATCHES_SQL) TO '$dir/batches-$rate.csv' WITH (FORMAT csv, HEADER)"
    summarise_samples "$dir/samples-$rate.csv" > "$dir/memory-$rate.txt"
    report_run "$rate" "$vessels" "$dir" "$started_load" "$ended_load"
    stop_stack
    stop_cluster
}

# ---------------------------------------------------------------------------------------------------------------
# The section in docs/benchmarks.md

section_header() {
    local pg_list jvm image
    pg_list=$(printf '`%s`, ' "${PG_SETTINGS[@]}")
    pg_list=${pg_list%, }
    image=$(sed -n 's/^[[:space:]]*image:[[:space:]]*\(postgres:[^[:space:]]*\).*$/\1/p' "$ROOT/docker-compose.yml" | head -n 1)
    if (($(cut -d: -f2- "$RUN_DIR/jvm-options.txt" | sort -u | wc -l) == 1)); then
        jvm="$(head -n 1 "$RUN_DIR/jvm-options.txt" | cut -d: -f2- | sed 's/^ //') (each service)"
    else
        jvm=$(paste -sd';' "$RUN_DIR/jvm-options.txt" | sed 's/;/; /g')
    fi
    cat <<EOF
$SECTION_HEADING (issue 7)
Command: \`scripts/bench-soak.sh [--minutes N] [--rate R] [--no-10x]\` (\`make bench-soak\`; default 10 minutes at 300
and then at 3,000 messages/s; raw samples in \`run/soak/<time>/\`).

What it does: starts a private PostgreSQL cluster (own data directory and port, the memory settings of the postgres
service in \`docker-compose.yml\`), starts the four services with \`scripts/run-local.sh\` against it with the simulator
as the AIS source in continuous mode, puts ApacheBench on the dashboard at a steady few requests per second (traffic
page, map, gauge, counts, destinations, pipeline status), and every $SAMPLE_SECONDS s reads each JVM's RSS and PSS and
the PSS summed over PostgreSQL's processes (shared buffers appear in every backend's RSS) from \`/proc/*/smaps_rollup\`,
and CPU time from \`/proc/*/stat\`. Steady means the median over the second half of the samples; CPU is % of one core
between the first and last sample (start-up excluded). A fresh cluster per run, so PostgreSQL holds only that run's
data: its PSS grows towards \`shared_buffers\` as data accumulates over days.

- Machine: $(machine_description).
  Other work on the machine shows in the load average given per run.
- Date: $(date -u +%Y-%m-%d), commit $COMMIT.
- Services: \`AIS_SOURCE=simulator\`, \`AIS_MODE=continuous\`, \`AIS_BATCH_INTERVAL=$BATCH_INTERVAL\` (several batches per
  run; the default is PT5M), $VESSELS_PER_RATE simulated vessels per message/s (a class A vessel under way reports
  about every 10 s). JVM options: $jvm.
- PostgreSQL (compose runs \`${image:-postgres}\`, this the machine's own): $pg_list and \`track_commit_timestamp=on\` to
  time the lag.
EOF
    if ((MINUTES < 10)); then
        printf '\n**Runs of %s min, shorter than the issue'"'"'s 10: a check of the script, not the soak.**\n' "$MINUTES"
    fi
    printf '\n'
}

write_docs() {
    local section=$1
    if [[ ! -f $DOCS ]]; then
        cp "$section" "$DOCS"
        return
    fi
    awk -v section="$section" -v heading="$SECTION_HEADING" '
        BEGIN { while ((getline line < section) > 0) text = text line "\n" }
        index($0, heading) == 1 { printf "%s", text; skipping = 1; replaced = 1; next }
        skipping && /^## / { skipping = 0 }
        !skipping { print }
        END { if (!replaced) printf "\n%s", text }
    ' "$DOCS" > "$DOCS.new"
    mv "$DOCS.new" "$DOCS"
}

# ---------------------------------------------------------------------------------------------------------------

port_in_use() {
    (exec 3<> "/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

cleanup() {
    local status=$? pid
    trap - EXIT INT TERM
    # Only what this script started, by pid; any of them may have ended already.
    if [[ -n ${STOP_FILE:-} ]]; then touch "$STOP_FILE" 2>/dev/null || true; fi
    for pid in ${SAMPLER_PID:-} ${LOAD_PID:-} ${SLEEP_PID:-}; do
        kill "$pid" 2>/dev/null || true
    done
    if [[ -n $(compgen -G "$ROOT/run/*.pid") ]] && $STACK_MAY_RUN; then
        say "stopping the services"
        stop_stack
    fi
    if [[ -n ${PRIVATE_PG_DIR:-} ]]; then
        say "stopping and removing the private PostgreSQL cluster"
        stop_cluster
    fi
    exit "$status"
}

main() {
    parse_args "$@"
    check_tools
    mapfile -t PG_SETTINGS < <(private_pg_compose_settings "$ROOT/docker-compose.yml")
    ((${#PG_SETTINGS[@]})) || die "found no '-c key=value' settings in the postgres service's command in docker-compose.yml"
    local service pid port
    for service in "${SERVICES[@]}"; do
        pid=$(service_pid "$service") && kill -0 "$pid" 2>/dev/null &&
            die "$service is already running from scripts/run-local.sh (pid $pid); stop it first (scripts/stop-local.sh)"
    done
    if port_in_use "$PG_PORT"; then
        die "port $PG_PORT is in use; choose another with --pg-port"
    fi
    for port in 8080 8081 8082 8083; do
        port_in_use "$port" && die "port $port is in use (another copy of the services?); the services need 8080-8083"
    done
    COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
    [[ -z $(git status --porcelain --untracked-files=no -- . ':!docs/benchmarks.md' 2>/dev/null) ]] ||
        COMMIT="$COMMIT (with uncommitted changes)"
    RUN_DIR=$ROOT/run/soak/$(date -u +%Y%m%dT%H%M%SZ)
    mkdir -p "$RUN_DIR"
    RUNS=$RUN_DIR/runs.md
    : > "$RUNS"

    STACK_MAY_RUN=true
    trap cleanup EXIT
    trap 'exit 130' INT TERM

    SECTION=$RUNS
    soak_run "$RATE" "$VESSELS"
    if $ALSO_10X; then
        soak_run $((RATE * 10)) $((VESSELS * 10))
    fi

    SECTION=$RUN_DIR/section.md
    { section_header; cat "$RUNS"; } > "$SECTION"
    if $WRITE_DOCS; then
        write_docs "$SECTION"
        say "wrote the section \"$SECTION_HEADING\" in docs/benchmarks.md"
    fi
    printf '\n'
    cat "$SECTION"
    say "raw samples, batches and logs: ${RUN_DIR#"$ROOT"/}/"
}

STACK_MAY_RUN=false
main "$@"
