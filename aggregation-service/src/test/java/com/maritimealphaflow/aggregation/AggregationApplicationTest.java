package com.maritimealphaflow.aggregation;

import static com.maritimealphaflow.testsupport.seed.Seed.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.maritimealphaflow.aggregation.shipcounts.ShipCountAggregation;
import com.maritimealphaflow.model.ais.VesselCategory;
import com.maritimealphaflow.testsupport.seed.Fresh;
import com.maritimealphaflow.testsupport.seed.IngestionLog.Batch;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

class AggregationApplicationTest extends DatabaseTest {

    @LocalServerPort
    int port;

    @Autowired
    Flyway flyway;

    @Autowired
    Scheduler scheduler;

    @Autowired
    ShipCountAggregation aggregation;

    @Test
    void migratesAFreshDatabaseAndReportsHealthWithTheDatabase() {
        String health = RestClient.create("http://localhost:" + port)
                .get()
                .uri("/actuator/health")
                .retrieve()
                .body(String.class);

        assertThat(JsonPath.<String>read(health, "$.status")).isEqualTo("UP");
        assertThat(JsonPath.<String>read(health, "$.components.db.status")).isEqualTo("UP");
        assertThat(flyway.info().applied()).isNotEmpty();
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT to_regclass('ship_count_agg') IS NOT NULL", Boolean.class))
                .isTrue();
    }

    @Test
    void exposesBatchesAggregatedTheirLagAndWindowsWrittenOnPrometheus() {
        LocalDate day = Fresh.day();
        seed.shipPositions().partition(day);
        long batch = seed.ingestionLog().insert(Batch.ais(at(day, "12:00:00")).completed(at(day, "12:01:00")));
        assertThat(aggregation.aggregateBatch(batch, ShipCountAggregation.Trigger.POLL))
                .isTrue();

        String metrics = RestClient.create("http://localhost:" + port)
                .get()
                .uri("/actuator/prometheus")
                .retrieve()
                .body(String.class);

        assertThat(metrics)
                .containsPattern("alphaflow_aggregation_batches_total\\{[^}]*trigger=\"poll\"[^}]*} [1-9]")
                .contains("alphaflow_aggregation_batches_total{trigger=\"notification\"} ")
                .containsPattern("alphaflow_aggregation_lag_seconds_count(\\{[^}]*})? [1-9]")
                .containsPattern("alphaflow_aggregation_windows_written_total(\\{[^}]*})? [1-9]");
    }

    @Test
    void runsItsStatementsWithoutJitCompilation() {
        assertThat(jdbc.queryForObject("SHOW jit", String.class)).isEqualTo("off");
    }

    @Test
    void hasACountColumnForEveryVesselCategory() {
        List<String> columns = jdbc.queryForList(
                "SELECT column_name FROM information_schema.columns WHERE table_name = 'ship_count_agg'", String.class);

        assertThat(columns)
                .contains(Arrays.stream(VesselCategory.values())
                        .map(VesselCategory::key)
                        .toArray(String[]::new));
    }

    @Test
    void schedulesWithTheClusteredJobStoreInTheSharedDatabase() throws SchedulerException {
        assertThat(scheduler.getMetaData().isJobStoreSupportsPersistence()).isTrue();
        assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
        assertThat(scheduler.getSchedulerName())
                .as("each service schedules in a cluster of its own")
                .isEqualTo("aggregation-service");
    }
}
