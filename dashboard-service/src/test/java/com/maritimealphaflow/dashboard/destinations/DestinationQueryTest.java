package com.maritimealphaflow.dashboard.destinations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.maritimealphaflow.dashboard.DatabaseTest;
import com.maritimealphaflow.service.BadRequestException;
import com.maritimealphaflow.testsupport.seed.ShipStatics.Vessel;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Distinct vessels per normalised destination, from {@code ship_static} on PostgreSQL. */
class DestinationQueryTest extends DatabaseTest {

    @Autowired
    DestinationQuery query;

    Instant today = LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
    LocalDate weekAgo = LocalDate.now(ZoneOffset.UTC).minusDays(7);

    @BeforeEach
    void vessels() {
        Instant recent = today.plusSeconds(60).minus(Duration.ofDays(1));
        seed.emptyTables()
                .shipStatics()
                .insert(vessel(244000001, "A", 70, "ROTTERDAM", recent))
                .insert(vessel(244000002, "B", 71, " rotterdam@@@@", recent))
                .insert(vessel(244000003, "C", 80, "Rotterdam   ", recent))
                .insert(vessel(244000004, "D", 80, "NL  RTM", recent))
                .insert(vessel(244000005, "E", 60, "@@@@@@@@", recent))
                .insert(vessel(244000006, "F", 30, null, recent))
                .insert(vessel(244000007, "G", 70, "HAMBURG", today.minus(Duration.ofDays(30))));
    }

    private static Vessel vessel(int mmsi, String name, int shipType, String destination, Instant updatedAt) {
        return Vessel.of(mmsi, updatedAt).named(name).shipType(shipType).destination(destination);
    }

    @Test
    void countsDistinctVesselsPerNormalisedDestinationSinceTheDate() {
        DestinationTable table = query.table(weekAgo, List.of(), null, null, null, null);

        assertThat(table.rows())
                .containsExactly(
                        new DestinationCount("ROTTERDAM", 3, Map.of("cargo", 2, "tanker", 1)),
                        new DestinationCount("NL RTM", 1, Map.of("tanker", 1)));
        assertThat(table.destinations()).isEqualTo(2);
        assertThat(table.vessels()).isEqualTo(4);
        // Only padding is no destination, like none at all.
        assertThat(table.withoutDestination()).isEqualTo(2);
        assertThat(table.since()).isEqualTo(weekAgo.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    @Test
    void anEarlierDateTakesInVesselsHeardLongAgo() {
        DestinationTable table = query.table(weekAgo.minusDays(60), List.of(), null, null, null, null);

        assertThat(table.rows()).extracting(DestinationCount::destination).contains("HAMBURG");
    }

    @Test
    void filtersByCategoryAndText() {
        assertThat(query.table(weekAgo, List.of("tanker"), null, null, null, null)
                        .rows())
                .extracting(DestinationCount::destination, DestinationCount::vessels)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("NL RTM", 1),
                        org.assertj.core.groups.Tuple.tuple("ROTTERDAM", 1));
        assertThat(query.table(weekAgo, List.of(), "rtm", null, null, null).rows())
                .extracting(DestinationCount::destination)
                .containsExactly("NL RTM");
    }

    @Test
    void sortsByNameOrCountAndLimitsTheRows() {
        assertThat(query.table(weekAgo, List.of(), null, "destination", null, null)
                        .rows())
                .extracting(DestinationCount::destination)
                .containsExactly("NL RTM", "ROTTERDAM");
        assertThat(query.table(weekAgo, List.of(), null, "vessels", "asc", null).rows())
                .extracting(DestinationCount::destination)
                .containsExactly("NL RTM", "ROTTERDAM");
        DestinationTable limited = query.table(weekAgo, List.of(), null, null, null, 1);
        assertThat(limited.rows()).extracting(DestinationCount::destination).containsExactly("ROTTERDAM");
        assertThat(limited.destinations()).isEqualTo(2);
    }

    @Test
    void refusesADateInTheFutureAndUnknownSortsNamingTheParameter() {
        assertThatThrownBy(
                        () -> query.table(LocalDate.now(ZoneOffset.UTC).plusDays(2), List.of(), null, null, null, null))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.parameter())
                        .isEqualTo("since"));
        assertThatThrownBy(() -> query.table(weekAgo, List.of(), null, "size", null, null))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.parameter())
                        .isEqualTo("sort"));
        assertThatThrownBy(() -> query.table(weekAgo, List.of("boats"), null, null, null, null))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.parameter())
                        .isEqualTo("category"));
        assertThatThrownBy(() -> query.table(weekAgo, List.of(), null, null, null, 0))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.parameter())
                        .isEqualTo("limit"));
    }
}
