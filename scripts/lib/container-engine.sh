# shellcheck shell=bash
# A Docker Engine and Compose v2 for the container smoke test, on a machine that may have neither: sourced, not run.
#
#   ensure_container_engine    a Docker Engine answering on the default socket: Debian's docker.io (Engine 20.10 on
#                              bookworm) installed and dockerd started with the vfs storage driver when none answers
#   ensure_compose_v2          `docker compose` (Compose v2): Debian's docker-compose 2.x package, unpacked as a CLI
#                              plugin when the client has none (bookworm packages only Compose 1.29, which the compose
#                              file's keys are beyond: see docs/decisions/0013-containers-on-older-engines.md)
#
# Needs root for the installs and for dockerd. Logs go to $CONTAINER_ENGINE_LOG_DIR (default /var/log/alphaflow-docker).

CONTAINER_ENGINE_LOG_DIR=${CONTAINER_ENGINE_LOG_DIR:-/var/log/alphaflow-docker}
# Compose v2 as Debian packages it (trixie); a static Go binary, so it runs on bookworm as it is.
COMPOSE_DEB_URL=${COMPOSE_DEB_URL:-http://deb.debian.org/debian/pool/main/d/docker-compose/docker-compose_2.26.1-4_amd64.deb}

engine_log() { printf 'container-engine: %s\n' "$*" >&2; }

apt_install() {
    if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" > /dev/null 2>&1; then
        apt-get update -qq > /dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" > /dev/null
    fi
}

ensure_container_engine() {
    if docker info > /dev/null 2>&1; then
        return 0
    fi
    if ! command -v dockerd > /dev/null; then
        engine_log "installing Debian's docker.io (Docker Engine)"
        apt_install docker.io
    fi
    mkdir -p "$CONTAINER_ENGINE_LOG_DIR"
    engine_log "starting dockerd (storage driver vfs), log in $CONTAINER_ENGINE_LOG_DIR/dockerd.log"
    # vfs: the overlay drivers need kernel features a container sandbox may not grant; vfs works everywhere.
    setsid dockerd --storage-driver=vfs > "$CONTAINER_ENGINE_LOG_DIR/dockerd.log" 2>&1 < /dev/null &
    local i
    for i in $(seq 1 60); do
        docker info > /dev/null 2>&1 && return 0
        sleep 1
    done
    tail -n 20 "$CONTAINER_ENGINE_LOG_DIR/dockerd.log" >&2
    engine_log "dockerd did not answer within 60 s"
    return 1
}

ensure_compose_v2() {
    if docker compose version > /dev/null 2>&1; then
        return 0
    fi
    engine_log "installing Compose v2 as a Docker CLI plugin from $COMPOSE_DEB_URL"
    local work
    work=$(mktemp -d)
    curl -fsS --retry 3 --max-time 300 -o "$work/compose.deb" "$COMPOSE_DEB_URL"
    dpkg -x "$work/compose.deb" "$work/root"
    mkdir -p /usr/local/lib/docker/cli-plugins
    install -m 0755 "$work/root/usr/libexec/docker/cli-plugins/docker-compose" /usr/local/lib/docker/cli-plugins/
    rm -rf "$work"
    docker compose version > /dev/null
}
