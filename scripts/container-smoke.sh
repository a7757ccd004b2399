#!/usr/bin/env bash
# The stack in containers, for real: builds the four service images from the Dockerfile, starts PostgreSQL and the
# services with docker-compose.yml (Compose v2) on a Docker Engine, and checks what a user of `docker compose up`
# relies on. Prints a table (check, observed, pass) and exits non-zero if any check fails.
#
#   scripts/container-smoke.sh [--keep] [--no-buildkit] [--docs]
#
#   --keep         leave the stack running at the end (containers and volumes), for a look around
#   --no-buildkit  skip the BuildKit build of the dashboard image (the four are built with the classic builder, which
#                  every engine has; BuildKit, with the buildx plugin, is what newer clients use)
#   --docs         write the table into docs/benchmarks.md ("## Containers (issue 13)")
#
# Whatever it needs it brings: a Docker Engine (Debian's docker.io, dockerd with the vfs storage driver) when none
# answers, Compose v2 when the client has none, and stand-ins for the public base images built from Debian's
# packages when no registry is reachable (scripts/lib/standin-images.sh; kept, by tag, for the next run). Everything
# else it creates (containers, volumes, network, the service images) is removed on exit. Needs root for the engine.
#
# Checks: every container healthy (time from `up` to healthy, first start with its class data sharing training run);
# the dashboard's pages and JSON and the other services' APIs answer on the host's published ports; positions,
# batches and vessel counts arrive in PostgreSQL; each service runs as uid 10001, with the memory limit of
# docker-compose.yml, below it; `docker compose stop` ends each service within its grace period with the JVM's SIGTERM
# status and its shutdown lines in the log, leaving no batch `running`; a restart keeps the data and maps the archive
# (second start, timed); a one-line code change rebuilds only the application layer (timed); Testcontainers runs a
# database test class against the PostgreSQL image. Figures go to target/container-smoke/table.md.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
# shellcheck source=lib/container-engine.sh
source scripts/lib/container-engine.sh
# shellcheck source=lib/standin-images.sh
source scripts/lib/standin-images.sh
# shellcheck source=lib/docs-section.sh
source scripts/lib/docs-section.sh

KEEP=false
BUILDKIT=true
DOCS=false
for arg in "$@"; do
    case $arg in
        --keep) KEEP=true ;;
        --no-buildkit) BUILDKIT=false ;;
        --docs) DOCS=true ;;
        *) echo "usage: scripts/container-smoke.sh [--keep] [--no-buildkit] [--docs]" >&2; exit 2 ;;
    esac
done

OUT=$ROOT/target/container-smoke
rm -rf "$OUT"
mkdir -p "$OUT"
PROJECT=alphaflow-smoke
SERVICES=(ingestion-service aggregation-service cleanup-service dashboard-service)
declare -A PORTS=([ingestion-service]=8081 [aggregation-service]=8082 [cleanup-service]=8083 [dashboard-service]=8080)

say() { printf 'container-smoke: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

ROWS=()
FAILED=0
record() {
    local check=$1 observed=$2 pass=$3
    ROWS+=("| $check | $observed | $pass |")
    [[ $pass == yes ]] || FAILED=$((FAILED + 1))
    printf 'container-smoke: %-4s %s: %s\n' "$pass" "$check" "$observed" >&2
}
# pass_if CONDITION: "yes" when the bash condition (evaluated) holds, else "NO"
pass_if() { if eval "$1"; then echo yes; else echo NO; fi; }

# ---------------------------------------------------------------------------------------------------------------
# The engine, Compose and the base images

ensure_container_engine
ensure_compose_v2
$BUILDKIT && ensure_buildx
ensure_standin_images
ENGINE=$(docker version --format '{{.Server.Version}}')
COMPOSE=$(docker compose version --short)
say "Docker Engine $ENGINE, Compose $COMPOSE; stand-ins $STANDIN_JDK, $STANDIN_JRE, $STANDIN_POSTGRES"

# No .env of a developer's: every setting is the compose file's default but for these.
: > "$OUT/empty.env"
export BUILD_IMAGE=$STANDIN_JDK RUNTIME_IMAGE=$STANDIN_JRE POSTGRES_IMAGE=$STANDIN_POSTGRES
export AIS_SOURCE=simulator AIS_MODE=continuous AIS_BATCH_INTERVAL=PT1M AIS_SIMULATOR_RATE=50
export AIS_SIMULATOR_VESSELS=300 ADMIN_TOKEN=smoke-admin-token
compose() { docker compose -p "$PROJECT" --env-file "$OUT/empty.env" -f "$ROOT/docker-compose.yml" "$@"; }

cleanup() {
    local status=$?
    if $KEEP; then
        say "--keep: the stack runs on; stop it with: docker compose -p $PROJECT down -v"
    else
        compose down -v --remove-orphans --timeout 120 > "$OUT/down.log" 2>&1 || true
        local service
        for service in "${SERVICES[@]}"; do
            docker image rm "$PROJECT-$service" "$PROJECT-$service:changed" > /dev/null 2>&1 || true
        done
    fi
    [[ -n ${CHANGED_CONTEXT:-} ]] && rm -rf "$CHANGED_CONTEXT"
    exit "$status"
}
trap cleanup EXIT

# compose_setting SERVICE KEY: mem_limit in bytes, stop_grace_period in seconds, as compose resolves them
compose_setting() {
    compose config --format json | python3 -c '
import json, re, sys
value = json.load(sys.stdin)["services"][sys.argv[1]].get(sys.argv[2])
if sys.argv[2] == "stop_grace_period":
    value = sum(int(n) * {"h": 3600, "m": 60, "s": 1}[u] for n, u in re.findall(r"(\d+)([hms])", value or "10s"))
print(value)' "$1" "$2"
}

psql_in() { compose exec -T postgres psql -U alphaflow -d alphaflow -At -c "$1"; }

# ---------------------------------------------------------------------------------------------------------------
# Build: the four images from the real Dockerfile, as compose would tag them

build() {
    local service=$1 tag=$2 context=$3
    shift 3
    docker build --network host "$@" \
        --build-arg "BUILD_IMAGE=$BUILD_IMAGE" --build-arg "RUNTIME_IMAGE=$RUNTIME_IMAGE" \
        --build-arg "SERVICE=$service" --build-arg "PORT=${PORTS[$service]}" -t "$tag" "$context"
}

started=$SECONDS
for service in "${SERVICES[@]}"; do
    say "building $PROJECT-$service (classic builder)"
    DOCKER_BUILDKIT=0 build "$service" "$PROJECT-$service" "$ROOT" >> "$OUT/build.log" 2>&1 ||
        { tail -n 40 "$OUT/build.log" >&2; die "the $service image did not build"; }
done
BUILD_SECONDS=$((SECONDS - started))
sizes=""
for service in "${SERVICES[@]}"; do
    sizes+="$service $(docker image inspect -f '{{.Size}}' "$PROJECT-$service" | awk '{ printf "%d", $1 / 1000000 }') MB, "
done
record "four images built with the classic builder (Engine $ENGINE)" "${BUILD_SECONDS} s; ${sizes%, }" yes

if $BUILDKIT; then
    started=$SECONDS
    if DOCKER_BUILDKIT=1 build dashboard-service "$PROJECT-dashboard-service:buildkit" "$ROOT" >> "$OUT/build-buildkit.log" 2>&1; then
        record "dashboard image built with BuildKit" "$((SECONDS - started)) s" yes
    else
        record "dashboard image built with BuildKit" "failed: $(tail -n 1 "$OUT/build-buildkit.log")" NO
    fi
    docker image rm "$PROJECT-dashboard-service:buildkit" > /dev/null 2>&1 || true
    # BuildKit keeps its own cache beside the classic builder's: a second copy of every layer, not needed again here
    docker builder prune -af > /dev/null 2>&1 || true
fi

# ---------------------------------------------------------------------------------------------------------------
# Up: every container healthy

container() { compose ps -q "$1"; }
health() { docker inspect -f '{{if .State.Health}}{{.State.Health.Status}}{{else}}{{.State.Status}}{{end}}' "$(container "$1")" 2>/dev/null || echo missing; }

# Seconds until every service is healthy, or "timeout"
wait_healthy() {
    local limit=$1 begin=$SECONDS service all
    while ((SECONDS - begin < limit)); do
        all=true
        for service in postgres "${SERVICES[@]}"; do
            [[ $(health "$service") == healthy ]] || { all=false; break; }
        done
        $all && { echo $((SECONDS - begin)); return 0; }
        sleep 1
    done
    echo timeout
}

say "docker compose up -d"
started=$SECONDS
compose up -d --no-build > "$OUT/up.log" 2>&1 || { cat "$OUT/up.log" >&2; die "compose up failed"; }
FIRST_START=$(wait_healthy 300)
states=""
for service in postgres "${SERVICES[@]}"; do states+="$service $(health "$service"), "; done
record "every container healthy after \`up\` (first start, new volumes)" \
    "${FIRST_START} s; ${states%, }" "$(pass_if '[[ $FIRST_START != timeout ]]')"
[[ $FIRST_START != timeout ]] || { compose logs --no-color > "$OUT/logs.txt" 2>&1; die "not healthy; logs in $OUT/logs.txt"; }

# ---------------------------------------------------------------------------------------------------------------
# The published ports answer

code() { curl -s -o "$OUT/body" -w '%{http_code}' --max-time 20 "$@" || true; }
pages=""
ok=true
for path in / /destinations /pipeline /backtest /api/traffic/counts /api/pipeline/status /api-docs; do
    c=$(code "http://127.0.0.1:8080$path")
    pages+="$path $c, "
    [[ $c == 200 ]] || ok=false
done
record "dashboard pages and JSON on the host's port 8080" "${pages%, }" "$($ok && echo yes || echo NO)"
apis=""
ok=true
for url in http://127.0.0.1:8081/api/backfills http://127.0.0.1:8082/actuator/health http://127.0.0.1:8083/api/cleanup/runs; do
    c=$(code "$url")
    apis+="${url#http://127.0.0.1:} $c, "
    [[ $c == 200 ]] || ok=false
done
c=$(code -X POST "http://127.0.0.1:8083/api/cleanup/runs?dryRun=true")
apis+="POST cleanup without token $c"
[[ $c == 401 ]] || ok=false
record "ingestion, aggregation and cleanup on 127.0.0.1:8081-8083" "$apis" "$($ok && echo yes || echo NO)"

# ---------------------------------------------------------------------------------------------------------------
# Data arrives

wait_for() {
    local sql=$1 limit=$2 begin=$SECONDS value
    while ((SECONDS - begin < limit)); do
        value=$(psql_in "$sql" 2>/dev/null || echo 0)
        ((value > 0)) && { echo "$value"; return 0; }
        sleep 5
    done
    echo 0
}
positions=$(wait_for 'SELECT count(*) FROM ship_position' 120)
batches=$(wait_for "SELECT count(*) FROM ingestion_log WHERE kind = 'ais-batch' AND status = 'completed'" 200)
counts=$(wait_for 'SELECT count(*) FROM ship_count_agg WHERE total > 0' 200)
record "positions, batches and vessel counts in PostgreSQL" \
    "$positions positions, $batches completed batches, $counts count windows" \
    "$(pass_if '((positions > 0 && batches > 0 && counts > 0))')"

# ---------------------------------------------------------------------------------------------------------------
# uid and memory

ids=""
ok=true
for service in "${SERVICES[@]}"; do
    uid=$(docker exec "$(container "$service")" id -u)
    ids+="$service $uid, "
    [[ $uid == 10001 ]] || ok=false
done
record "each service runs as uid 10001" "${ids%, }" "$($ok && echo yes || echo NO)"

mem=""
ok=true
for service in "${SERVICES[@]}"; do
    id=$(container "$service")
    limit=$(docker inspect -f '{{.HostConfig.Memory}}' "$id")
    expected=$(compose_setting "$service" mem_limit)
    used=$(docker stats --no-stream --format '{{.MemUsage}}' "$id" | awk '{ print $1 }')
    used_bytes=$(python3 -c "import re, sys; v, u = re.match(r'([0-9.]+)([KMG]i?B|B)', sys.argv[1]).groups(); print(int(float(v) * {'B': 1, 'KiB': 1024, 'MiB': 1024**2, 'GiB': 1024**3, 'kB': 1e3, 'MB': 1e6, 'GB': 1e9}[u]))" "$used")
    mem+="$service $used of $((limit / 1048576)) MiB, "
    [[ $limit == "$expected" && $limit -gt 0 && $used_bytes -lt $limit ]] || ok=false
done
record "each service within the mem_limit of docker-compose.yml (engine's limit, docker stats)" "${mem%, }" "$($ok && echo yes || echo NO)"

# ---------------------------------------------------------------------------------------------------------------
# Stop: graceful, within the grace period, nothing left running

before_stop=$(psql_in 'SELECT count(*) FROM ship_position')
stops=""
ok=true
for service in dashboard-service cleanup-service aggregation-service ingestion-service; do
    id=$(container "$service")
    grace=$(compose_setting "$service" stop_grace_period)
    started=$SECONDS
    compose stop "$service" > /dev/null 2>&1
    took=$((SECONDS - started))
    status=$(docker inspect -f '{{.State.ExitCode}}' "$id")
    graceful=$(docker logs "$id" 2>&1 | grep -c -E 'Graceful shutdown complete|Commencing graceful shutdown' || true)
    stops+="$service exit $status in ${took} s (grace ${grace} s), $graceful shutdown lines; "
    [[ $status =~ ^(0|143)$ && $graceful -gt 0 && $took -lt $grace ]] || ok=false
done
running=$(psql_in "SELECT count(*) FROM ingestion_log WHERE status = 'running'")
record "\`docker compose stop\`: each service ends gracefully within its grace period" \
    "${stops% } batches left running: $running" "$($ok && [[ $running == 0 ]] && echo yes || echo NO)"

# ---------------------------------------------------------------------------------------------------------------
# Restart: the data stays, the archive is mapped, the start is faster

started=$SECONDS
compose start > "$OUT/start.log" 2>&1
SECOND_START=$(wait_healthy 300)
after=$(psql_in 'SELECT count(*) FROM ship_position')
trained=0
mapped=0
for service in "${SERVICES[@]}"; do
    logs=$(docker logs "$(container "$service")" 2>&1)
    trained=$((trained + $(grep -c 'training run first' <<< "$logs" || true)))
    mapped=$((mapped + $(grep -c 'class data sharing archive from the image' <<< "$logs" || true)))
done
record "restart: data kept, the image's class data sharing archive mapped at both starts" \
    "healthy after ${SECOND_START} s (first start ${FIRST_START} s); $after positions (were $before_stop); archive from the image at $mapped of 8 starts, training runs: $trained" \
    "$(pass_if '[[ $SECOND_START != timeout ]] && ((after >= before_stop && mapped == 8 && trained == 0))')"

# ---------------------------------------------------------------------------------------------------------------
# A one-line code change rebuilds only the application layer

CHANGED_CONTEXT=$(mktemp -d)
tar -C "$ROOT" --exclude=./.git --exclude='./*/target' --exclude=./target --exclude=./run -c . | tar -C "$CHANGED_CONTEXT" -x
# A change the compiler cannot drop (a comment would leave the class file, and so the layer, as it was)
sed -i 's/^public class DashboardApplication {$/&\n    static final String SMOKE_CHANGE = "changed by scripts\/container-smoke.sh";/' \
    "$CHANGED_CONTEXT/dashboard-service/src/main/java/com/maritimealphaflow/dashboard/DashboardApplication.java"
grep -q SMOKE_CHANGE "$CHANGED_CONTEXT/dashboard-service/src/main/java/com/maritimealphaflow/dashboard/DashboardApplication.java" ||
    die "could not make the one-line change"
started=$SECONDS
DOCKER_BUILDKIT=0 build dashboard-service "$PROJECT-dashboard-service:changed" "$CHANGED_CONTEXT" >> "$OUT/rebuild.log" 2>&1 ||
    { tail -n 40 "$OUT/rebuild.log" >&2; die "the changed dashboard image did not build"; }
REBUILD_SECONDS=$((SECONDS - started))
layers() { docker image inspect -f '{{range .RootFS.Layers}}{{println .}}{{end}}' "$1" | grep -v '^$'; }
old_layers=$(layers "$PROJECT-dashboard-service" | wc -l)
shared=$(comm -12 <(layers "$PROJECT-dashboard-service" | sort) <(layers "$PROJECT-dashboard-service:changed" | sort) | wc -l)
last_old=$(layers "$PROJECT-dashboard-service" | tail -n 1)
# Newest first, past the metadata-only steps (USER, ENV, HEALTHCHECK...): the archive, then the application
archive_size=$(docker history --format '{{.Size}}' "$PROJECT-dashboard-service:changed" | grep -v '^0B$' | sed -n 1p)
app_size=$(docker history --format '{{.Size}}' "$PROJECT-dashboard-service:changed" | grep -v '^0B$' | sed -n 2p)
different=$((old_layers - shared))
record "one-line code change: only the application layer (and its archive) differ" \
    "rebuilt in ${REBUILD_SECONDS} s (build of four: ${BUILD_SECONDS} s); $different of $old_layers layers differ (the application layer, $app_size, and its archive, $archive_size)" \
    "$(pass_if '((different <= 2)) && ! layers "$PROJECT-dashboard-service:changed" | grep -qx "$last_old"')"

# ---------------------------------------------------------------------------------------------------------------
# Testcontainers, for real once: a database test class on the PostgreSQL image

say "Testcontainers: CleanupRunApiTest against $POSTGRES_IMAGE"
# No Ryuk, and the stand-in Debian for the small image Testcontainers runs its checks in: both would otherwise be
# pulled from a registry (testcontainers/ryuk, alpine).
if env -u ALPHAFLOW_TEST_DB_URL ALPHAFLOW_TEST_POSTGRES_IMAGE="$POSTGRES_IMAGE" TESTCONTAINERS_RYUK_DISABLED=true \
    TESTCONTAINERS_TINYIMAGE_CONTAINER_IMAGE="$STANDIN_BASE" \
    ./mvnw -B -o -q -pl cleanup-service -am verify -Dtest=CleanupRunApiTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dspotless.skip=true > "$OUT/testcontainers.log" 2>&1; then
    record "Testcontainers: CleanupRunApiTest without ALPHAFLOW_TEST_DB_URL" "passed on $POSTGRES_IMAGE" yes
else
    record "Testcontainers: CleanupRunApiTest without ALPHAFLOW_TEST_DB_URL" "failed: see $OUT/testcontainers.log" NO
fi

{
    echo "## Containers (issue 13)"
    echo
    echo "\`scripts/container-smoke.sh\` on $(date -u +%Y-%m-%d), Docker Engine $ENGINE (storage driver" \
        "$(docker info --format '{{.Driver}}')), Compose $COMPOSE, $(nproc) cores, commit $(git rev-parse --short HEAD)."
    echo
    echo "| check | observed | pass |"
    echo "|---|---|---|"
    printf '%s\n' "${ROWS[@]}"
} > "$OUT/table.md"
cat "$OUT/table.md"
if $DOCS; then
    replace_docs_section "## Containers (issue 13)" "$OUT/table.md" "$ROOT/docs/benchmarks.md"
    say "wrote the table to docs/benchmarks.md"
fi
if ((FAILED)); then
    say "$FAILED check(s) failed"
    exit 1
fi
say "every check passed"
