package com.maritimealphaflow.dashboard.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.dashboard.DatabaseTest;
import com.maritimealphaflow.testsupport.seed.ShipPositions.Position;
import com.maritimealphaflow.testsupport.seed.ShipStatics.Vessel;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** Each vessel's latest position in a window, read from the daily partitions of {@code ship_position}. */
class VesselPositionsTest extends DatabaseTest {

    private static final Instant NOW = Instant.parse("2026-11-10T12:30:00Z");
    private static final Pattern PARTITION = Pattern.compile("ship_position_\\d{8}");

    @Autowired
    VesselPositions positions;

    @BeforeEach
    void emptyTables() {
        seed.emptyTables();
    }

    @Test
    void givesEachVesselsLatestPositionInTheWindowWithItsStaticData() {
        seed.shipStatics()
                .insert(Vessel.of(257000001, NOW.minus(Duration.ofHours(2)))
                        .named("POLARSTAR")
                        .shipType(72)
                        .destination("TROMSO@@@"));
        seed.shipPositions()
                .insert(
                        Position.of(257000001, NOW.minus(Duration.ofMinutes(50)))
                                .at(69.0, 18.0)
                                .moving(10.0f, 90.0f),
                        Position.of(257000001, NOW.minus(Duration.ofMinutes(5)))
                                .at(69.1, 18.2)
                                .moving(11.5f, 95.0f),
                        Position.of(257000002, NOW.minus(Duration.ofMinutes(30)))
                                .at(60.0, 5.0),
                        Position.of(257000003, NOW.minus(Duration.ofMinutes(61)))
                                .at(58.0, 6.0)
                                .moving(3.0f, 1.0f),
                        Position.of(257000004, NOW.plus(Duration.ofMinutes(1)))
                                .at(58.0, 6.0)
                                .moving(3.0f, 1.0f));

        List<VesselPosition> latest = positions.latest(NOW.minus(Duration.ofHours(1)), NOW);

        assertThat(latest).extracting(VesselPosition::mmsi).containsExactlyInAnyOrder(257000001, 257000002);
        VesselPosition polarstar =
                latest.stream().filter(v -> v.mmsi() == 257000001).findFirst().orElseThrow();
        assertThat(polarstar.reportTime()).isEqualTo(NOW.minus(Duration.ofMinutes(5)));
        assertThat(polarstar.latitude()).isEqualTo(69.1);
        assertThat(polarstar.speed()).isEqualTo(11.5f);
        assertThat(polarstar.category()).isEqualTo("cargo");
        assertThat(polarstar.destination()).isEqualTo("TROMSO");
        VesselPosition unheard =
                latest.stream().filter(v -> v.mmsi() == 257000002).findFirst().orElseThrow();
        assertThat(unheard.category()).isEqualTo("unknown");
        assertThat(unheard.name()).isNull();
        assertThat(unheard.speed()).isNull();
    }

    @Test
    void theLastHourTouchesOnlyThePartitionsItOverlapsWithCustomAndGenericPlans() {
        // Ten days of partitions with a position each; the window spans midnight, so two partitions qualify.
        Instant now = Instant.parse("2026-11-10T00:20:00Z");
        for (int day = 0; day < 10; day++) {
            seed.shipPositions()
                    .insert(Position.of(257000009, now.minus(Duration.ofDays(day)))
                            .at(60.0, 5.0)
                            .moving(1.0f, 1.0f));
        }
        Set<String> overlapped = Set.of("ship_position_20261109", "ship_position_20261110");
        Timestamp from = Timestamp.from(now.minus(Duration.ofHours(1)));
        Timestamp to = Timestamp.from(now);

        assertThat(partitionsIn(explain("auto", from, to))).isEqualTo(overlapped);
        // A generic plan (what a prepared statement turns into after five runs) prunes when the executor starts.
        String generic = explain("force_generic_plan", from, to);
        assertThat(partitionsIn(generic)).isEqualTo(overlapped);
        assertThat(generic).contains("Subplans Removed");
    }

    /** EXPLAIN ANALYZE of the map's query as a prepared statement, under a plan cache mode. */
    private String explain(String planCacheMode, Timestamp from, Timestamp to) {
        // One connection, so that the setting and the prepared statement apply to the EXPLAIN.
        try (var connection = jdbc.getDataSource().getConnection()) {
            JdbcTemplate single = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            single.execute("SET plan_cache_mode = " + planCacheMode);
            String query =
                    VesselPositions.LATEST_IN_WINDOW.replaceFirst("\\?", "\\$1").replaceFirst("\\?", "\\$2");
            single.execute("PREPARE latest_in_window(timestamptz, timestamptz) AS " + query);
            try {
                return String.join(
                        "\n",
                        single.queryForList(
                                "EXPLAIN (ANALYZE, COSTS OFF) EXECUTE latest_in_window('" + from.toInstant() + "', '"
                                        + to.toInstant() + "')",
                                String.class));
            } finally {
                single.execute("DEALLOCATE latest_in_window");
                single.execute("RESET plan_cache_mode");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> partitionsIn(String plan) {
        Set<String> names = new TreeSet<>();
        Matcher m = PARTITION.matcher(plan);
        while (m.find()) {
            names.add(m.group());
        }
        return names;
    }
}
