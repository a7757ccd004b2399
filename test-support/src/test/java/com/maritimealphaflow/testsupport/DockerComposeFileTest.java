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
 * Keeps docker-compose.yml, .env.example and the Dockerfiles in step with what each service reads from its
 * application.yml. The first test checks the repository itself; the others break a copy of it in one way each and
 * expect that drift to be reported.
 */
class DockerComposeFileTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path copy;

    @BeforeEach
    void copyTheDeployment() throws IOException {
        for (String file : List.of("docker-compose.yml", ".env.example")) {
            Files.copy(REPOSITORY.resolve(file), copy.resolve(file));
        }
        try (Stream<Path> modules = Files.list(REPOSITORY)) {
            for (Path module : modules.filter(m -> Files.isRegularFile(m.resolve("Dockerfile")))
                    .toList()) {
                Path target = copy.resolve(module.getFileName());
                Files.createDirectories(target.resolve("src/main/resources"));
                Files.copy(module.resolve("Dockerfile"), target.resolve("Dockerfile"));
                Path yml = Path.of("src/main/resources/application.yml");
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
                        "cleanup-service: cleanup-service/Dockerfile should EXPOSE 9083");
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

        assertThat(problems())
                .containsExactlyInAnyOrder(
                        "cleanup-service: cleanup-service/src/main/resources/application.yml reads RETENTION_RAW but"
                                + " docker-compose.yml does not pass it",
                        ".env.example lists RETENTION_RAW but no service in docker-compose.yml uses it");
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
                        "cleanup-service has a Dockerfile and an application.yml but no service in docker-compose.yml");
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

    @SuppressWarnings("unchecked")
    private static Map<String, Object> child(Map<String, Object> parent, String key) {
        return (Map<String, Object>) parent.get(key);
    }
}
