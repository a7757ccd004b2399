#!/usr/bin/env bash
# Starts one service's JVM and becomes it (exec), so that the caller's pid, signals and exit status are the JVM's.
# The Docker image's entrypoint and scripts/run-local.sh both start the services through this script.
#
#   deploy/start-service.sh <service> <app dir> <jvm options dir> <archive dir> [application arguments...]
#   deploy/start-service.sh --build-archive <service> <app dir> <jvm options dir>
#
# <app dir>           the service as Spring Boot's jar tools extract it: app.jar and lib/
# <jvm options dir>   common.options and <service>.options (deploy/jvm/); JAVA_OPTS, if set, comes after them and wins
# <archive dir>       where the class data sharing archive is kept (created if missing)
#
# Class data sharing (AppCDS): a JVM that maps the classes of Spring and the application from an archive instead of
# loading, parsing and verifying them starts in about half the time. An archive is only valid for the JVM build and
# the jars it was made from, so it is made here, by the JVM that will use it: when none matches, a training run
# starts the application up to the end of its context refresh (Flyway and all; the database must answer, as it must
# for the real start) and exits, and the JVM writes every class it loaded. The archive's name carries a fingerprint
# of the JVM and the jars, so a new build or a new JVM makes a new one. If the training run fails, the service starts
# without an archive, only slower.
#
# In a container the training run cannot be done at the first start: dumping the archive takes the JVM past the
# container's memory limit (a cleanup-service training run needs about 400 MB, its limit is 208 MB) and the kernel
# kills it. So the image makes its archive when it is built (--build-archive, where memory is not capped) and keeps it
# in <app dir>/cds/: a training run without a database, up to the first connection, which fails; the JVM writes every
# class loaded by then, most of what a full training run gives. A start uses the image's archive when it matches,
# else the one in <archive dir>, else trains. docs/decisions/0013-containers-on-older-engines.md.
set -euo pipefail

build_archive=false
if [[ ${1:-} == --build-archive ]]; then
    build_archive=true
    shift
    set -- "$1" "$2" "$3" "$2/cds"
fi
if (($# < 4)); then
    sed -n '5,11s/^# \{0,1\}//p' "$0" >&2
    exit 2
fi
service=$1 app_dir=$2 options_dir=$3 archive_dir=$4
shift 4

say() { printf '%s start-service: %s\n' "$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)" "$*"; }

java=${JAVA_HOME:+$JAVA_HOME/bin/}java
for file in "$app_dir/app.jar" "$options_dir/common.options" "$options_dir/$service.options"; do
    [[ -f $file ]] || { say "missing $file" >&2; exit 1; }
done
read -r -a extra_options <<< "${JAVA_OPTS:-}"
jvm=("$java" "@$options_dir/common.options" "@$options_dir/$service.options" ${extra_options[@]+"${extra_options[@]}"})

# What the JVM checks before it maps an archive: its own build, and each jar's path, size and modification time.
fingerprint=$(
    {
        "$java" -version 2>&1
        cd "$app_dir" && stat -c '%n %s %Y' app.jar lib/*.jar
    } | sha256sum | cut -c1-16
)
archive=$archive_dir/$service-$fingerprint.jsa
image_archive=$app_dir/cds/$service-$fingerprint.jsa

if $build_archive; then
    mkdir -p "$app_dir/cds"
    say "making the image's class data sharing archive: a training run up to the first database connection"
    # A closed port: the connection is refused at once and the application stops; the JVM writes the archive as it exits.
    "${jvm[@]}" -XX:ArchiveClassesAtExit="$image_archive" -Dspring.context.exit=onRefresh \
        -Dspring.datasource.url=jdbc:postgresql://127.0.0.1:9/none -jar "$app_dir/app.jar" > "$app_dir/cds/training.log" 2>&1 ||
        true
    [[ -s $image_archive ]] || { tail -n 20 "$app_dir/cds/training.log" >&2; say "no archive was written"; exit 1; }
    say "archive written: $image_archive ($(du -h "$image_archive" | cut -f1))"
    exit 0
fi
if [[ -s $image_archive ]]; then
    say "class data sharing archive from the image: $image_archive"
    archive=$image_archive
fi

train() {
    local log=$archive_dir/$service-training.log started=$SECONDS
    if ! mkdir -p "$archive_dir" 2>/dev/null || [[ ! -w $archive_dir ]]; then
        say "cannot write to $archive_dir: starting without a class data sharing archive"
        return 0
    fi
    say "no class data sharing archive for this build yet: training run first (log: $log)"
    # Written under a temporary name and renamed, so that a concurrent start never maps a half-written archive.
    "${jvm[@]}" -XX:ArchiveClassesAtExit="$archive.$$.tmp" -Dspring.context.exit=onRefresh \
        -jar "$app_dir/app.jar" "$@" > "$log" 2>&1 &
    local pid=$!
    # A stop request during the training run stops it too (the JVM still writes an archive as it exits: dropped).
    trap 'kill -TERM "$pid" 2>/dev/null; wait "$pid"; rm -f "$archive.$$.tmp"; exit 143' TERM INT
    if wait "$pid" && [[ -s $archive.$$.tmp ]]; then
        mv -f "$archive.$$.tmp" "$archive"
        rm -f "$archive_dir/$service"-*.jsa.*.tmp
        find "$archive_dir" -maxdepth 1 -name "$service-*.jsa" ! -name "${archive##*/}" -delete
        say "archive written in $((SECONDS - started)) s: $archive"
    else
        rm -f "$archive.$$.tmp"
        say "training run failed; starting without an archive. Last lines of $log:"
        tail -n 20 "$log" >&2 || true
    fi
    trap - TERM INT
}

if [[ ! -s $archive ]]; then
    train "$@"
fi
if [[ -s $archive ]]; then
    jvm+=(-XX:SharedArchiveFile="$archive")
fi
exec "${jvm[@]}" -jar "$app_dir/app.jar" "$@"
