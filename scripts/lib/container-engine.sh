# shellcheck shell=bash
# A Docker Engine and Compose v2 for the container smoke test, on a machine that may have neither: sourced, not run.
#
#   ensure_container_engine    a Docker Engine answering on the default socket: Debian's docker.io (Engine 20.10 on
#                              bookworm) installed and dockerd started when none answers, with the overlay2 storage
#                              driver where the kernel and file system allow it, else vfs (which works anywhere but
#                              copies every layer whole: several times the disk and time)
#   ensure_compose_v2          `docker compose` (Compose v2): Debian's docker-compose 2.x package, unpacked as a CLI
#                              plugin when the client has none (bookworm packages only Compose 1.29, which the compose
#                              file's keys are beyond: see docs/decisions/0013-containers-on-older-engines.md)
#   ensure_buildx              `docker buildx` (BuildKit builds: a client newer than 23 needs the plugin for them):
#                              Debian's docker-buildx package, unpacked as a CLI plugin
#
# Needs root for the installs and for dockerd. Logs go to $CONTAINER_ENGINE_LOG_DIR (default /var/log/alphaflow-docker).

CONTAINER_ENGINE_LOG_DIR=${CONTAINER_ENGINE_LOG_DIR:-/var/log/alphaflow-docker}
# Compose v2 as Debian packages it (trixie); a static Go binary, so it runs on bookworm as it is.
COMPOSE_DEB_URL=${COMPOSE_DEB_URL:-http://deb.debian.org/debian/pool/main/d/docker-compose/docker-compose_2.26.1-4_amd64.deb}
BUILDX_DEB_URL=${BUILDX_DEB_URL:-http://deb.debian.org/debian/pool/main/d/docker-buildx/docker-buildx_0.13.1+ds1-3_amd64.deb}

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
    local driver i
    for driver in overlay2 vfs; do
        engine_log "starting dockerd (storage driver $driver), log in $CONTAINER_ENGINE_LOG_DIR/dockerd.log"
        setsid dockerd --storage-driver="$driver" > "$CONTAINER_ENGINE_LOG_DIR/dockerd.log" 2>&1 < /dev/null &
        local pid=$!
        for i in $(seq 1 60); do
            if docker info > /dev/null 2>&1; then
                return 0
            fi
            kill -0 "$pid" 2>/dev/null || break
            sleep 1
        done
        tail -n 5 "$CONTAINER_ENGINE_LOG_DIR/dockerd.log" >&2
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
        engine_log "dockerd did not start with $driver"
    done
    return 1
}

# install_cli_plugin NAME URL: the plugin binary of a Debian package, into Docker's system-wide plugin directory
install_cli_plugin() {
    local name=$1 url=$2 work
    engine_log "installing $name as a Docker CLI plugin from $url"
    work=$(mktemp -d)
    curl -fsS --retry 3 --max-time 300 -o "$work/plugin.deb" "$url"
    dpkg -x "$work/plugin.deb" "$work/root"
    mkdir -p /usr/local/lib/docker/cli-plugins
    install -m 0755 "$work/root/usr/libexec/docker/cli-plugins/$name" /usr/local/lib/docker/cli-plugins/
    rm -rf "$work"
}

ensure_compose_v2() {
    docker compose version > /dev/null 2>&1 && return 0
    install_cli_plugin docker-compose "$COMPOSE_DEB_URL"
    docker compose version > /dev/null
}

ensure_buildx() {
    docker buildx version > /dev/null 2>&1 && return 0
    install_cli_plugin docker-buildx "$BUILDX_DEB_URL"
    docker buildx version > /dev/null
}
