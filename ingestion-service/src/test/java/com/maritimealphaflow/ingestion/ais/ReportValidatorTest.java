package com.maritimealphaflow.ingestion.ais;

import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.model.ais.PositionReport;
import com.maritimealphaflow.model.ais.StaticReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportValidatorTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private final ReportValidator validator =
            new ReportValidator(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofHours(1));

    @Test
    void keepsAValidPosition() {
        assertThat(validator.check(position(244660000, 51.9, 4.1, NOW))).isNull();
        assertThat(validator.check(position(244660000, -90, 180, NOW))).isNull();
    }

    @Test
    void rejectsNotAvailableAndImpossibleCoordinatesEachUnderItsOwnReason() {
        assertThat(validator.check(position(244660000, 91, 4.1, NOW))).isEqualTo(RejectReason.LATITUDE_NOT_AVAILABLE);
        assertThat(validator.check(position(244660000, 95.5, 4.1, NOW))).isEqualTo(RejectReason.LATITUDE_OUT_OF_RANGE);
        assertThat(validator.check(position(244660000, -90.01, 4.1, NOW)))
                .isEqualTo(RejectReason.LATITUDE_OUT_OF_RANGE);
        assertThat(validator.check(position(244660000, 51.9, 181, NOW)))
                .isEqualTo(RejectReason.LONGITUDE_NOT_AVAILABLE);
        assertThat(validator.check(position(244660000, 51.9, -200, NOW)))
                .isEqualTo(RejectReason.LONGITUDE_OUT_OF_RANGE);
        assertThat(validator.check(position(244660000, Double.NaN, 4.1, NOW)))
                .isEqualTo(RejectReason.LATITUDE_OUT_OF_RANGE);
    }

    @Test
    void rejectsMmsisThatAreNotNineDigits() {
        assertThat(validator.check(position(1234567, 51.9, 4.1, NOW))).isEqualTo(RejectReason.INVALID_MMSI);
        assertThat(validator.check(position(0, 51.9, 4.1, NOW))).isEqualTo(RejectReason.INVALID_MMSI);
        assertThat(validator.check(position(-244660000, 51.9, 4.1, NOW))).isEqualTo(RejectReason.INVALID_MMSI);
        assertThat(validator.check(position(100000000, 51.9, 4.1, NOW))).isNull();
        assertThat(validator.check(position(999999999, 51.9, 4.1, NOW))).isNull();
    }

    @Test
    void rejectsReportsFromTheFutureOrBeforeAis() {
        assertThat(validator.check(position(244660000, 51.9, 4.1, NOW.plus(Duration.ofMinutes(61)))))
                .isEqualTo(RejectReason.TIME_OUT_OF_RANGE);
        assertThat(validator.check(position(244660000, 51.9, 4.1, Instant.parse("1999-12-31T23:59:59Z"))))
                .isEqualTo(RejectReason.TIME_OUT_OF_RANGE);
        assertThat(validator.check(position(244660000, 51.9, 4.1, null))).isEqualTo(RejectReason.MISSING_FIELD);
    }

    @Test
    void aMessageIsRejectedWholeWhenOneOfItsReportsIsInvalid() {
        StaticReport fine =
                new StaticReport(244660000, NOW, "X", null, null, 37, null, null, null, null, null, null, null, 19);
        assertThat(validator.check(List.of(position(244660000, 91, 4.1, NOW), fine)))
                .isEqualTo(RejectReason.LATITUDE_NOT_AVAILABLE);
        assertThat(validator.check(List.of(position(244660000, 51, 4.1, NOW), fine)))
                .isNull();
    }

    private static PositionReport position(int mmsi, double lat, double lon, Instant time) {
        return new PositionReport(mmsi, time, lat, lon, 10.0, 90.0, 90, 0, 1);
    }
}
