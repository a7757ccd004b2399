package com.maritimealphaflow.model.ais;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AisEtaTest {

    private static final Instant REPORTED = Instant.parse("2026-12-30T10:00:00Z");

    @Test
    void placesAnEtaInTheYearClosestToTheReport() {
        assertThat(AisEta.resolve(1, 2, 6, 30, REPORTED)).isEqualTo(Instant.parse("2027-01-02T06:30:00Z"));
        assertThat(AisEta.resolve(12, 31, 23, 0, REPORTED)).isEqualTo(Instant.parse("2026-12-31T23:00:00Z"));
        assertThat(AisEta.resolve(12, 1, 0, 0, Instant.parse("2027-01-03T00:00:00Z")))
                .isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
    }

    @Test
    void notAvailableValuesGiveNoEta() {
        assertThat(AisEta.resolve(0, 0, 24, 60, REPORTED)).isNull();
        assertThat(AisEta.resolve(13, 1, 0, 0, REPORTED)).isNull();
    }

    @Test
    void hourTwentyFourAndMinuteSixtyMeanTheStartOfTheDayAndHour() {
        assertThat(AisEta.resolve(6, 15, 24, 60, REPORTED)).isEqualTo(Instant.parse("2027-06-15T00:00:00Z"));
    }

    @Test
    void theTwentyNinthOfFebruaryFindsALeapYearOrNothing() {
        assertThat(AisEta.resolve(2, 29, 12, 0, Instant.parse("2028-02-20T00:00:00Z")))
                .isEqualTo(Instant.parse("2028-02-29T12:00:00Z"));
        assertThat(AisEta.resolve(2, 30, 12, 0, REPORTED)).isNull();
    }
}
