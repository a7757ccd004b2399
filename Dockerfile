# syntax=docker/dockerfile:1
# One image recipe for the four services. SERVICE names the module, PORT its HTTP port (the server.port default in the
# module's application.yml); docker compose passes both. By hand, from the repository root:
#   docker build --build-arg SERVICE=dashboard-service --build-arg PORT=8080 -t maritime-alpha-flow/dashboard-service .
# test-support's DockerComposeFileTest checks this file against docker-compose.yml and the modules.

FROM eclipse-temurin:17-jdk AS build
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
COPY ingestion-service/pom.xml ingestion-service/
COPY aggregation-service/pom.xml aggregation-service/
COPY cleanup-service/pom.xml cleanup-service/
COPY dashboard-service/pom.xml dashboard-service/
RUN ./mvnw -B -q package -Dmaven.test.skip=true -Dspring-boot.repackage.skip=true -Dspotless.skip=true \
 && rm -rf ./*/target

COPY . .
ARG SERVICE
# Offline: everything the build needs is in the layer above. Tests run in CI (./mvnw verify), formatting on the
# developer's machine; the image only compiles and packages. Then Spring Boot's jar tools split the jar into layers
# (libraries, snapshot libraries, the application), each an image layer below, laid out as app.jar + lib/: jars on the
# class path itself start faster than nested ones, and only they can go into a class data sharing archive.
RUN if [ -z "$SERVICE" ] || [ ! -f "$SERVICE/src/main/resources/application.yml" ]; then \
        echo "build with --build-arg SERVICE=<a service module, e.g. dashboard-service>" >&2; exit 1; \
    fi \
 && ./mvnw -B -q -o -pl "$SERVICE" -am package -Dmaven.test.skip=true -Dspotless.skip=true \
 && java -Djarmode=tools -jar "$SERVICE/target/$SERVICE"-*.jar extract --layers --destination /extracted \
        --application-filename app.jar

# The Java 17 runtime without compiler and tools (Ubuntu based: bash for the start script, curl for the health check)
FROM eclipse-temurin:17-jre
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
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./
USER 10001:10001
# SERVER_PORT is the port application.yml defaults to anyway; set here, the health check below can read it.
ENV SERVICE_NAME=${SERVICE} \
    SERVER_PORT=${PORT}
EXPOSE ${PORT}
# Checked every 2 s while starting (the first start of an image includes the archive's training run), then every 30 s.
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --start-interval=2s --retries=3 \
    CMD curl -fsS "http://localhost:${SERVER_PORT}/actuator/health" > /dev/null || exit 1
# deploy/start-service.sh starts the JVM with deploy/jvm's options and the class data sharing archive, then becomes
# the JVM (exec), so docker stop's SIGTERM reaches it directly. Arguments after the image name go to the application.
ENTRYPOINT ["/bin/sh", "-c", "exec /app/start-service.sh \"$SERVICE_NAME\" /app /app/jvm /var/cache/alphaflow \"$@\"", "start-service"]
