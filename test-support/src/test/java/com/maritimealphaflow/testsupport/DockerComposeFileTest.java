package com.maritimealphaflow.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * Keeps docker-compose.yml, .env.example, the Dockerfile and the JVM options in deploy/jvm/ in step with each other,
 * with what each service reads from its application.yml, and within the memory budget of a small VM. The first test
 * checks the repository itself; the others break a copy of it in one way each and expect that drift to be reported.
 */
class DockerComposeFileTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path copy;

    /** The deployment's files: compose, .env.example, what the Dockerfile copies, each module's pom and yml. */
    @BeforeEach
    void copyTheDeployment() throws IOException {
        for (String file : List.of("docker-compose.yml", ".env.example", "Dockerfile", "mvnw", "pom.xml")) {
            Files.copy(REPOSITORY.resolve(file), copy.resolve(file));
        }
        for (String directory : List.of(".mvn", "deploy")) {
            try (Stream<Path> files = Files.walk(REPOSITORY.resolve(directory))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path target = copy.resolve(REPOSITORY.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
            }
        }
        try (Stream<Path> modules = Files.list(REPOSITORY)) {
            for (Path module : modules.filter(m -> Files.isRegularFile(m.resolve("pom.xml")))
                    .toList()) {
                Path target = copy.resolve(module.getFileName());
                Files.createDirectories(target.resolve("src/main/resources"));
                Files.copy(module.resolve("pom.xml"), target.resolve("pom.xml"));
                Path yml = Path.of(ComposeDeployment.APPLICATION_YML);
                if (Files.isRegularFile(module.resolve(yml))) {
                    Files.copy(module.resolve(yml), target.resolve(yml));
                }
            }
        }
    }

    @Test
    void composeFileIsInStepWithEveryServiceAndEnvExample() {
        assertThat(ComposeDeployment.of(REPOSITORY).problems()).isEmpty();
        assertThat(ComposeDeployment.of(copy).problems())
                .as("the copy the other tests break")
                .isEmpty();
    }

    @Test
    void reportsAContainerPortThatIsNotTheServerPort() throws IOException {
        editCompose(services -> service(services, "aggregation-service").put("ports", List.of("8082:9082")));

        assertThat(problems())
                .containsExactly("aggregation-service: container port [9082] should be [8082], the server.port in"
                        + " aggregation-service/src/main/resources/application.yml");
    }

    @Test
    void reportsAServerPortChangedOnlyInApplicationYml() throws IOException {
        replace("cleanup-service/src/main/resources/application.yml", "${SERVER_PORT:8083}", "${SERVER_PORT:9083}");

        assertThat(problems())
                .contains(
                        "cleanup-service: container port [8083] should be [9083], the server.port in"
                                + " cleanup-service/src/main/resources/application.yml",
                        "cleanup-service: healthcheck requests port 8083, the service listens on 9083",
                        "cleanup-service: build arg PORT is 8083, the server.port in"
                                + " cleanup-service/src/main/resources/application.yml is 9083",
                        "cleanup-service: Dockerfile should EXPOSE 9083");
    }

    @Test
    void reportsAHealthcheckThatMissesTheActuator() throws IOException {
        editCompose(services -> healthcheck(services, "dashboard-service")
                .put("test", List.of("CMD", "curl", "-fsS", "http://localhost:8080/")));

        assertThat(problems())
                .containsExactly("dashboard-service: healthcheck should request http://localhost:8080/actuator/health");
    }

    @Test
    void reportsAVariableTheServiceDoesNotRead() throws IOException {
        editCompose(services -> environment(services, "dashboard-service").put("RETENTION_RAW", "P1D"));

        assertThat(problems())
                .containsExactly("dashboard-service: sets RETENTION_RAW but"
                        + " dashboard-service/src/main/resources/application.yml has no ${RETENTION_RAW} placeholder");
    }

    @Test
    void reportsAVariableTheServiceReadsButComposeDoesNotPass() throws IOException {
        editCompose(services -> environment(services, "cleanup-service").remove("RETENTION_RAW"));

        // the ingestion service still passes it (an import says which of its days the cleanup will remove)
        assertThat(problems())
                .containsExactly(
                        "cleanup-service: cleanup-service/src/main/resources/application.yml reads RETENTION_RAW but"
                                + " docker-compose.yml does not pass it");
    }

    @Test
    void reportsADefaultThatDiffersFromApplicationYml() throws IOException {
        editCompose(
                services -> environment(services, "cleanup-service").put("RETENTION_RAW", "${RETENTION_RAW:-P90D}"));

        assertThat(problems())
                .containsExactly("cleanup-service: RETENTION_RAW defaults to 'P90D' here but to 'P180D' in"
                        + " cleanup-service/src/main/resources/application.yml");
    }

    @Test
    void reportsAServiceWithoutMemoryLimitOrHealthyDatabase() throws IOException {
        editCompose(services -> {
            service(services, "aggregation-service").remove("mem_limit");
            service(services, "aggregation-service")
                    .put("depends_on", Map.of("postgres", Map.of("condition", "service_started")));
        });

        assertThat(problems())
                .containsExactlyInAnyOrder(
                        "aggregation-service: has no memory limit (mem_limit)",
                        "aggregation-service: should depend on postgres with condition service_healthy");
    }

    @Test
    void reportsAMissingDockerfile() throws IOException {
        editCompose(services -> build(services, "cleanup-service").put("dockerfile", "cleanup/Dockerfile"));

        assertThat(problems())
                .containsExactlyInAnyOrder(
                        "cleanup-service: dockerfile cleanup/Dockerfile does not exist",
                        "cleanup-service is a service module (src/main/resources/application.yml) but no service in"
                                + " docker-compose.yml builds it");
    }

    @Test
    void reportsABuildArgumentThatNamesNoServiceModule() throws IOException {
        editCompose(services -> buildArguments(services, "aggregation-service").put("SERVICE", "common-model"));

        assertThat(problems())
                .containsExactlyInAnyOrder(
                        "aggregation-service: build arg SERVICE=common-model is not a service module (pom.xml and"
                                + " src/main/resources/application.yml)",
                        "aggregation-service is a service module (src/main/resources/application.yml) but no service"
                                + " in docker-compose.yml builds it");
    }

    @Test
    void reportsBuildArgumentsTheDockerfileDoesNotDeclareOrLacks() throws IOException {
        editCompose(services -> {
            buildArguments(services, "aggregation-service").remove("PORT");
            buildArguments(services, "aggregation-service").put("JAVA_VERSION", "21");
        });

        assertThat(problems())
                .containsExactlyInAnyOrder(
                        "aggregation-service: passes build arg JAVA_VERSION, which Dockerfile does not declare",
                        "aggregation-service: Dockerfile needs build arg PORT",
                        "aggregation-service: Dockerfile should EXPOSE 8082");
    }

    @Test
    void reportsAnImageThatRunsAsRoot() throws IOException {
        replace("Dockerfile", "USER 10001:10001", "USER root");

        assertThat(problems())
                .containsExactly("Dockerfile: its image runs as root; the final stage should switch to a USER with a"
                        + " non-zero uid");
    }

    @Test
    void acceptsAUserNamedInTheDockerfileWhenItSetsTheUid() throws IOException {
        replace("Dockerfile", "USER 10001:10001", "USER alphaflow");

        assertThat(problems()).isEmpty();

        replace("Dockerfile", "--uid 10001 ", "");

        assertThat(problems())
                .containsExactly(
                        "Dockerfile: its image runs as USER alphaflow, whose uid the Dockerfile does not set (useradd"
                                + " --uid)");
    }

    @Test
    void reportsAJvmOptionsFileTheDockerfileCopiesButTheRepositoryLacks() throws IOException {
        Files.delete(copy.resolve("deploy/jvm/cleanup-service.options"));

        assertThat(problems())
                .containsExactlyInAnyOrder(
                        "cleanup-service: Dockerfile copies deploy/jvm/cleanup-service.options, which does not exist",
                        "cleanup-service: no maximum heap (-Xmx) in deploy/jvm/common.options");
    }

    @Test
    void reportsMemoryLimitsOverTheBudget() throws IOException {
        editCompose(services -> service(services, "dashboard-service").put("mem_limit", "512m"));

        assertThat(problems())
                .containsExactlyInAnyOrder(
                        "dashboard-service: mem_limit 512 MB is over the 352 MB a service may have",
                        "memory limits add up to 1680 MB, over the 1536 MB budget of the stack");
    }

    @Test
    void reportsAHeapThatLeavesTooLittleRoomUnderTheMemoryLimit() throws IOException {
        replace("deploy/jvm/cleanup-service.options", "-Xmx80m", "-Xmx160m");

        assertThat(problems())
                .containsExactly("cleanup-service: mem_limit 208 MB leaves 48 MB beside the heap (-Xmx160m in"
                        + " deploy/jvm/common.options and deploy/jvm/cleanup-service.options), less than the 128 MB a"
                        + " JVM needs there");
    }

    @Test
    void reportsADatabaseWithFewerConnectionsThanThePoolsMayOpen() throws IOException {
        replace("docker-compose.yml", "max_connections=40", "max_connections=20");

        assertThat(problems())
                .containsExactly("postgres: max_connections 20 is below the 27 the services' pools may open (22) and 5"
                        + " more");
    }

    @Test
    void reportsSharedBuffersTooBigForTheDatabaseLimit() throws IOException {
        replace("docker-compose.yml", "shared_buffers=96MB", "shared_buffers=256MB");

        assertThat(problems())
                .containsExactly("postgres: shared_buffers 256MB is over a third of its mem_limit (416 MB): backends,"
                        + " autovacuum and sorts need the rest");
    }

    @Test
    void reportsEnvExampleVariablesNoServiceUsesAndComposeVariablesItLacks() throws IOException {
        replace(".env.example", "RETENTION_RAW=P180D", "RETENTION_DAYS=180");

        assertThat(problems())
                .containsExactlyInAnyOrder(
                        ".env.example lists RETENTION_DAYS but no service in docker-compose.yml uses it",
                        "docker-compose.yml reads ${RETENTION_RAW} but .env.example does not list it");
    }

    @Test
    void reportsAnEnvExampleVariableWithoutComment() throws IOException {
        replace(".env.example", "RETENTION_RAW=P180D", "\nRETENTION_RAW=P180D");

        assertThat(problems()).containsExactly(".env.example: RETENTION_RAW needs a one-line comment above it");
    }

    private List<String> problems() {
        return ComposeDeployment.of(copy).problems();
    }

    /** Rewrites the copied compose file after {@code edit} changed its services (anchors come out expanded). */
    private void editCompose(Consumer<Map<String, Object>> edit) throws IOException {
        Path file = copy.resolve("docker-compose.yml");
        Map<String, Object> compose = new Yaml().load(Files.readString(file));
        edit.accept(child(compose, "services"));
        Files.writeString(file, new Yaml().dump(compose));
    }

    private void replace(String file, String from, String to) throws IOException {
        Path path = copy.resolve(file);
        String text = Files.readString(path);
        assertThat(text).as(file).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    private static Map<String, Object> service(Map<String, Object> services, String name) {
        return child(services, name);
    }

    private static Map<String, Object> environment(Map<String, Object> services, String name) {
        return child(service(services, name), "environment");
    }

    private static Map<String, Object> healthcheck(Map<String, Object> services, String name) {
        return child(service(services, name), "healthcheck");
    }

    private static Map<String, Object> build(Map<String, Object> services, String name) {
        return child(service(services, name), "build");
    }

    private static Map<String, Object> buildArguments(Map<String, Object> services, String name) {
        return child(build(services, name), "args");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> child(Map<String, Object> parent, String key) {
        return (Map<String, Object>) parent.get(key);
    }
}
