package com.maritimealphaflow.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebUnitsTest {

    @Test
    void tileSourceAdmitsTheTileHostInTheContentSecurityPolicy() {
        assertThat(TileSource.origin("https://tile.openstreetmap.org/{z}/{x}/{y}.png"))
                .isEqualTo("https://tile.openstreetmap.org");
        assertThat(TileSource.origin("https://{s}.tile.example.org/{z}/{x}/{y}.png"))
                .isEqualTo("https://*.tile.example.org");
        assertThat(TileSource.origin("http://tiles-{r}.local:8081/{z}/{x}/{y}")).isEqualTo("http:");
        assertThat(TileSource.origin("/tiles/{z}/{x}/{y}.png")).isNull();
        assertThat(TileSource.origin(null)).isNull();
    }

    @Test
    void passwordMatchesOnlyItselfAndIsNotStoredInClear() {
        DigestPasswordEncoder encoder = new DigestPasswordEncoder();
        String stored = encoder.encode("s3cret");

        assertThat(stored).doesNotContain("s3cret").hasSize(64);
        assertThat(encoder.matches("s3cret", stored)).isTrue();
        assertThat(encoder.matches("s3cret ", stored)).isFalse();
        assertThat(encoder.matches("s3cret", "not hex")).isFalse();
        assertThat(encoder.matches(null, stored)).isFalse();
    }
}
