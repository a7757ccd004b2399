package com.maritimealphaflow.model.ais;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class StaticReportTest {

    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

    @Test
    void mergesType24PartsAIntoOneVessel() {
        StaticReport partA = new StaticReport(
                244123456, T0, "SEA BREEZE", null, null, null, null, null, null, null, null, null, null, 24);
        StaticReport partB = new StaticReport(
                244123456, T0.plusSeconds(5), null, "PD1234", null, 37, null, null, 5, 7, 2, 2, null, 24);

        StaticReport merged = partA.mergedWith(partB);

        assertThat(merged.name()).isEqualTo("SEA BREEZE");
        assertThat(merged.callSign()).isEqualTo("PD1234");
        assertThat(merged.shipType()).isEqualTo(37);
        assertThat(merged.toBow()).isEqualTo(5);
        assertThat(merged.time()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void laterValuesReplaceEarlierOnes() {
        StaticReport first =
                new StaticReport(219000001, T0, "A", "OXAB", 9000001, 70, "HAMBURG", null, 1, 1, 1, 1, 7.5, 5);
        StaticReport second = new StaticReport(
                219000001, T0.plusSeconds(60), "A", "OXAB", 9000001, 80, "OSLO", null, 1, 1, 1, 1, 8.0, 5);

        assertThat(first.mergedWith(second).destination()).isEqualTo("OSLO");
        assertThat(first.mergedWith(second).shipType()).isEqualTo(80);
    }

    @Test
    void refusesToMergeTwoVessels() {
        StaticReport a =
                new StaticReport(219000001, T0, "A", null, null, null, null, null, null, null, null, null, null, 5);
        StaticReport b =
                new StaticReport(219000002, T0, "B", null, null, null, null, null, null, null, null, null, null, 5);
        assertThatThrownBy(() -> a.mergedWith(b)).isInstanceOf(IllegalArgumentException.class);
    }
}
