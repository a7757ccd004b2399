package com.maritimealphaflow.cleanup.retention;

import static com.maritimealphaflow.testsupport.seed.ShipPositions.partitionName;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.maritimealphaflow.cleanup.DatabaseTest;
import com.maritimealphaflow.testsupport.http.BypassSpellings;
import com.maritimealphaflow.testsupport.http.RawHttp;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** The cleanup API end to end: HTTP, the admin token, the service and PostgreSQL. */
class CleanupRunApiTest extends DatabaseTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    LocalDate today;
    RestClient http;

    @BeforeEach
    void emptyTables() {
        today = today();
        emptyDatabase();
        http = RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {})
                .build();
    }

    @Test
    void aDryRunThenARealRunOverHttpAreLoggedListedAndCounted() {
        seed.shipPositions().spreadOver(today.minusDays(200), 40);
        seed.shipPositions().spreadOver(today.minusDays(3), 4);
        seed.shipPositions().analyze();

        ResponseEntity<String> dry = post("/api/cleanup/runs?dryRun=true");
        assertThat(dry.getStatusCode().value()).isEqualTo(201);
        assertThat(seed.shipPositions().partitions()).contains(partitionName(today.minusDays(200)));

        ResponseEntity<String> real = post("/api/cleanup/runs");
        assertThat(real.getStatusCode().value()).isEqualTo(201);
        long id = JsonPath.<Integer>read(real.getBody(), "$.id");
        assertThat(real.getHeaders().getLocation()).hasPath("/api/cleanup/runs/" + id);
        assertThat(JsonPath.<List<String>>read(real.getBody(), "$.partitions[*].name"))
                .containsExactly(partitionName(today.minusDays(200)));
        assertThat(JsonPath.<Integer>read(real.getBody(), "$.rowEstimate")).isEqualTo(40);
        assertThat(JsonPath.<String>read(real.getBody(), "$.startedAt")).endsWith("Z");
        assertThat(seed.shipPositions().partitions())
                .doesNotContain(partitionName(today.minusDays(200)))
                .contains(partitionName(today.minusDays(3)));

        String one = http.get().uri("/api/cleanup/runs/" + id).retrieve().body(String.class);
        assertThat(JsonPath.<String>read(one, "$.status")).isEqualTo("completed");
        String list = http.get().uri("/api/cleanup/runs").retrieve().body(String.class);
        assertThat(JsonPath.<List<Boolean>>read(list, "$[*].dryRun")).containsExactly(false, true);
        assertThat(get("/api/cleanup/runs/" + (id + 100)).getStatusCode().value())
                .isEqualTo(404);

        String metrics = http.get().uri("/actuator/prometheus").retrieve().body(String.class);
        assertThat(metrics)
                .contains("alphaflow_cleanup_runs_total{dry_run=\"true\",status=\"completed\",trigger=\"api\"}")
                .contains("alphaflow_cleanup_partitions_dropped_total")
                .contains("alphaflow_cleanup_bytes_freed_total")
                .contains("alphaflow_cleanup_statics_deleted_total");
    }

    @Test
    void answers409WhileAnotherRunHoldsTheLock() throws Exception {
        try (Connection other = dataSource.getConnection();
                Statement statement = other.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(" + CleanupLock.KEY + ")");
            try {
                ResponseEntity<String> refused = post("/api/cleanup/runs?dryRun=true");

                assertThat(refused.getStatusCode().value()).isEqualTo(409);
                assertThat(JsonPath.<String>read(refused.getBody(), "$.message"))
                        .contains("in progress");
            } finally {
                statement.execute("SELECT pg_advisory_unlock(" + CleanupLock.KEY + ")");
            }
        }
        assertThat(post("/api/cleanup/runs?dryRun=true").getStatusCode().value())
                .isEqualTo(201);
    }

    @Test
    void noSpellingOfTheRunsPathStartsARunWithoutTheToken() throws Exception {
        RawHttp raw = new RawHttp(port);
        for (String path : BypassSpellings.of("api", "cleanup", "runs")) {
            for (String method : List.of("POST", "PUT", "DELETE")) {
                int status = raw.send(method, path + "?retention=P1D", Map.of(), new byte[0])
                        .status();
                assertThat(status).as("%s %s", method, path).isIn(400, 401, 403, 404, 405);
            }
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM cleanup_run", Long.class))
                .isZero();
    }

    private ResponseEntity<String> post(String uri) {
        return http.post()
                .uri(uri)
                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                .retrieve()
                .toEntity(String.class);
    }

    private ResponseEntity<String> get(String uri) {
        return http.get().uri(uri).retrieve().toEntity(String.class);
    }
}
