# shellcheck shell=bash
# Stand-ins for the public base images, for a machine that reaches Debian's package registry but no image registry:
# sourced, not run.
#
#   ensure_standin_images      builds what is missing and sets STANDIN_JDK, STANDIN_JRE and STANDIN_POSTGRES to
#                              their tags (for the Dockerfile's BUILD_IMAGE and RUNTIME_IMAGE and compose's
#                              POSTGRES_IMAGE)
#
# A minimal Debian bookworm made by debootstrap becomes the base image (docker import); on it, Debian's OpenJDK 17 JDK
# and JRE and PostgreSQL 15 stand in for eclipse-temurin:17-jdk, eclipse-temurin:17-jre and postgres:17
# (scripts/container-smoke/standins/). Each tag carries a hash of its recipe and of the host's locally added CA
# certificates, so a second run finds them and skips the work, and a changed recipe builds anew. Needs root
# (debootstrap) and a running engine.

STANDIN_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/../container-smoke/standins" && pwd)
STANDIN_MIRROR=${STANDIN_MIRROR:-http://deb.debian.org/debian}
STANDIN_CA_DIR=${STANDIN_CA_DIR:-/usr/local/share/ca-certificates}

standin_log() { printf 'standin-images: %s\n' "$*" >&2; }

image_exists() { docker image inspect "$1" > /dev/null 2>&1; }

standin_hash() {
    { docker image inspect -f '{{.Id}}' "$STANDIN_BASE"; cat "$@"; find "$STANDIN_CA_DIR" -name '*.crt' -type f -exec cat {} + 2>/dev/null; } | sha256sum | cut -c1-12
}

ensure_standin_base() {
    STANDIN_BASE=alphaflow-standin/debian:bookworm-minbase
    image_exists "$STANDIN_BASE" && return 0
    command -v debootstrap > /dev/null || apt_install debootstrap
    local root
    root=$(mktemp -d /var/tmp/alphaflow-standin-rootfs.XXXXXX)
    standin_log "debootstrap --variant=minbase bookworm from $STANDIN_MIRROR (about two minutes)"
    debootstrap --variant=minbase bookworm "$root" "$STANDIN_MIRROR" > "$root.log" 2>&1 ||
        { tail -n 20 "$root.log" >&2; return 1; }
    rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
    # mktemp made the directory 0700; as the image's / that would lock every user but root out of everything
    chmod 0755 "$root"
    tar -C "$root" -c . | docker import - "$STANDIN_BASE" > /dev/null
    rm -rf "$root" "$root.log"
}

# build_standin NAME RECIPE [FILES...]: alphaflow-standin/NAME:<hash of the base, RECIPE, FILES and the certificates>
build_standin() {
    local name=$1 recipe=$2
    shift 2
    local tag
    tag=alphaflow-standin/$name:$(standin_hash "$STANDIN_DIR/$recipe" "$@")
    if ! image_exists "$tag"; then
        local context
        context=$(mktemp -d)
        mkdir -p "$context/certs"
        find "$STANDIN_CA_DIR" -name '*.crt' -type f -exec cp {} "$context/certs/" \; 2>/dev/null || true
        [[ -n $(ls -A "$context/certs") ]] || touch "$context/certs/.none"
        cp "$STANDIN_DIR/$recipe" "$@" "$context/"
        standin_log "building $tag"
        DOCKER_BUILDKIT=0 docker build -q --network host --build-arg "BASE=$STANDIN_BASE" -f "$context/$recipe" \
            -t "$tag" "$context" > /dev/null
        rm -rf "$context"
    fi
    printf '%s' "$tag"
}

ensure_standin_images() {
    ensure_standin_base
    STANDIN_JDK=$(build_standin jdk jdk.Dockerfile)
    STANDIN_JRE=$(build_standin jre jre.Dockerfile)
    STANDIN_POSTGRES=$(build_standin postgres postgres.Dockerfile "$STANDIN_DIR/postgres-entrypoint.sh")
    export STANDIN_JDK STANDIN_JRE STANDIN_POSTGRES
}
