package com.maritimealphaflow.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

class IngestionApplicationTest extends DatabaseTest {

    @LocalServerPort
    int port;

    @Test
    void migratesTheSchemaAndReportsHealthWithTheDatabase() {
        String health = RestClient.create("http://localhost:" + port)
                .get()
                .uri("/actuator/health")
                .retrieve()
                .body(String.class);
        assertThat(health).contains("\"status\":\"UP\"").contains("db");
        Integer partitions = jdbc.queryForObject(
                "SELECT count(*) FROM pg_inherits WHERE inhparent = 'ship_position'::regclass", Integer.class);
        assertThat(partitions).isGreaterThanOrEqualTo(8);
    }
}
