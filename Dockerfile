# One image recipe for the four services. SERVICE names the module, PORT its HTTP port (the server.port default in the
# module's application.yml); docker compose passes both. By hand, from the repository root:
#   docker build --build-arg SERVICE=dashboard-service --build-arg PORT=8080 -t maritime-alpha-flow/dashboard-service .
# test-support's DockerComposeFileTest checks this file against docker-compose.yml and the modules.
#
# It builds on Docker Engine 20.10 and newer, with the classic builder and with BuildKit: no syntax directive (BuildKit
# would fetch a front end from a registry), no instruction or flag older engines reject (HEALTHCHECK --start-interval
# needs Engine 25), no COPY --from of a directory that may be empty (the classic builder fails on it). Why:
# docs/decisions/0013-containers-on-older-engines.md.

# The base images, overridable for machines that reach no registry (scripts/container-smoke.sh passes stand-ins).
ARG BUILD_IMAGE=eclipse-temurin:17-jdk
ARG RUNTIME_IMAGE=eclipse-temurin:17-jre

FROM ${BUILD_IMAGE} AS build
WORKDIR /src
# The Maven wrapper and every pom first, then a build of the modules without their sources: it downloads Maven, every
# dependency and every plugin into this layer. The layer is rebuilt only when a pom changes, and it is the same for
# all four services (SERVICE is declared below it), so a code change downloads nothing.
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
COPY common-model/pom.xml common-model/
COPY db-migrations/pom.xml db-migrations/
COPY service-support/pom.xml service-support/
COPY test-support/pom.xml test-support/
COPY ingestion-ais/pom.xml ingestion-ais/
COPY ingestion-market/pom.xml ingestion-market/
COPY ingestion-service/pom.xml ingestion-service/
COPY aggregation-service/pom.xml aggregation-service/
COPY cleanup-service/pom.xml cleanup-service/
COPY dashboard-service/pom.xml dashboard-service/
# the Flink job is not a service: its pom is here only because the root pom lists it; its dependencies are not fetched
COPY flink-trend-job/pom.xml flink-trend-job/
RUN ./mvnw -B -q package -pl '!flink-trend-job' -Dmaven.test.skip=true -Dspring-boot.repackage.skip=true \
        -Dspotless.skip=true \
 && rm -rf ./*/target

COPY . .
ARG SERVICE
# Offline: everything the build needs is in the layer above. Tests run in CI (./mvnw verify), formatting on the
# developer's machine; the image only compiles and packages. Then Spring Boot's jar tools split the jar into layers
# (libraries, then the application with the loader and snapshot libraries), each an image layer below, laid out as
# app.jar + lib/: jars on the class path itself start faster than nested ones, and only they can go into a class data
# sharing archive.
RUN if [ -z "$SERVICE" ] || [ ! -f "$SERVICE/src/main/resources/application.yml" ]; then \
        echo "build with --build-arg SERVICE=<a service module, e.g. dashboard-service>" >&2; exit 1; \
    fi \
 && ./mvnw -B -q -o -pl "$SERVICE" -am package -Dmaven.test.skip=true -Dspotless.skip=true \
 && java -Djarmode=tools -jar "$SERVICE/target/$SERVICE"-*.jar extract --layers --destination /extracted \
        --application-filename app.jar \
 && mkdir -p /extracted/spring-boot-loader /extracted/snapshot-dependencies /extracted/application \
 && cp -a /extracted/spring-boot-loader/. /extracted/snapshot-dependencies/. /extracted/application/

# The Java 17 runtime without compiler and tools (Ubuntu based: bash for the start script, curl for the health check)
FROM ${RUNTIME_IMAGE}
ARG SERVICE
ARG PORT
# A system user with a fixed uid; /var/cache/alphaflow is where the class data sharing archive goes (a volume in
# docker-compose.yml, so that it outlives the container).
RUN groupadd --system --gid 10001 alphaflow \
 && useradd --system --uid 10001 --gid alphaflow --no-create-home --shell /usr/sbin/nologin alphaflow \
 && install -d -o alphaflow -g alphaflow /var/cache/alphaflow
WORKDIR /app
COPY deploy/start-service.sh ./
COPY deploy/jvm/common.options deploy/jvm/${SERVICE}.options ./jvm/
# Least to most often changed: a code change replaces only the last layer (a few hundred KB); the libraries stay.
# The loader (empty: the jar is extracted as app.jar + lib/, which needs none) and snapshot libraries (none today: the
# project's own modules are in the application layer) travel with the application, so that no COPY copies an empty
# directory: the classic builder fails on the layer that makes ("layer does not exist").
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/application/ ./
# The class data sharing archive, made here where memory is not capped: inside the container's limit the JVM is killed
# while it dumps one (deploy/start-service.sh, docs/decisions/0013-containers-on-older-engines.md).
RUN /app/start-service.sh --build-archive "$SERVICE" /app /app/jvm
USER 10001:10001
# SERVER_PORT is the port application.yml defaults to anyway; set here, the health check below can read it.
ENV SERVICE_NAME=${SERVICE} \
    SERVER_PORT=${PORT}
EXPOSE ${PORT}
# Every 10 s, so that a start is reported healthy within seconds of being so (the first start of an image includes the
# archive's training run, hence the start period). No --start-interval: Engine 25 and newer only.
HEALTHCHECK --interval=10s --timeout=5s --start-period=120s --retries=3 \
    CMD curl -fsS "http://localhost:${SERVER_PORT}/actuator/health" > /dev/null || exit 1
# deploy/start-service.sh starts the JVM with deploy/jvm's options and the class data sharing archive, then becomes
# the JVM (exec), so docker stop's SIGTERM reaches it directly. Arguments after the image name go to the application.
ENTRYPOINT ["/bin/sh", "-c", "exec /app/start-service.sh \"$SERVICE_NAME\" /app /app/jvm /var/cache/alphaflow \"$@\"", "start-service"]
