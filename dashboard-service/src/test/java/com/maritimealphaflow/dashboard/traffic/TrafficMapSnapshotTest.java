package com.maritimealphaflow.dashboard.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.maritimealphaflow.dashboard.support.TestProperties;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Every open traffic page polls the same map: it is read once per snapshot TTL, not once per request. */
class TrafficMapSnapshotTest {

    static final Instant START = Instant.parse("2026-11-22T12:00:00Z");

    MovableClock clock = new MovableClock(START);
    VesselPositions positions = mock(VesselPositions.class);
    TrafficMap map = new TrafficMap(
            positions, TestProperties.defaults(), clock, JsonMapper.builder().build());

    @Test
    void theDefaultMapIsReadAgainOnlyAfterTheSnapshotTtl() {
        when(positions.latest(any(), any()))
                .thenReturn(List.of(vessel(1, "cargo")), List.of(vessel(1, "cargo"), vessel(2, "tanker")));

        assertThat(map.vessels(null, null, null).total()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(14));
        assertThat(map.vessels(null, null, List.of("tanker")).total()).isEqualTo(1);
        verify(positions, times(1)).latest(START.minus(Duration.ofHours(1)), START);

        clock.advance(Duration.ofSeconds(1));
        VesselsOnMap later = map.vessels(null, null, List.of("tanker"));
        assertThat(later.total()).isEqualTo(2);
        assertThat(later.vessels()).extracting(VesselPosition::mmsi).containsExactly(2);
        assertThat(later.to()).isEqualTo(START.plusSeconds(15));
    }

    @Test
    void theDefaultMapIsEncodedOncePerSnapshotPlainAndGzipped() throws Exception {
        when(positions.latest(any(), any())).thenReturn(List.of(vessel(1, "cargo"), vessel(2, "tanker")));

        TrafficMap.EncodedMap encoded = map.defaultMap();

        String json = new String(encoded.json(), StandardCharsets.UTF_8);
        assertThat(json).contains("\"total\":2", "\"mmsi\":1", "\"mmsi\":2");
        try (var gunzip = new GZIPInputStream(new ByteArrayInputStream(encoded.gzip()))) {
            assertThat(new String(gunzip.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(json);
        }
        assertThat(map.defaultMap()).isSameAs(encoded);
    }

    @Test
    void anExplicitWindowOrTimeIsAlwaysReadFresh() {
        when(positions.latest(any(), any())).thenReturn(List.of(vessel(1, "cargo")));
        Instant at = Instant.parse("2026-10-01T00:00:00Z");

        map.vessels(Duration.ofMinutes(30), null, null);
        map.vessels(Duration.ofMinutes(30), null, null);
        VesselsOnMap past = map.vessels(null, at, null);

        verify(positions, times(2)).latest(START.minus(Duration.ofMinutes(30)), START);
        assertThat(past.from()).isEqualTo(at.minus(Duration.ofHours(1)));
        assertThat(past.to()).isEqualTo(at);
    }

    private static VesselPosition vessel(int mmsi, String category) {
        return new VesselPosition(
                mmsi, null, null, null, category, 0, 0, null, null, null, null, null, START.minusSeconds(60));
    }

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
