package com.maritimealphaflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DashboardPropertiesTest {

    private static final String OSM = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    @Test
    void halfALoginIsRefusedRatherThanLeavingTheDashboardOpen() {
        assertThatThrownBy(() -> new DashboardProperties.Login("researcher", ""))
                .hasMessageContaining("set both DASHBOARD_USER and DASHBOARD_PASSWORD");
        assertThatThrownBy(() -> new DashboardProperties.Login("", "secret"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new DashboardProperties.Login("", "").enabled()).isFalse();
        assertThat(new DashboardProperties.Login("researcher", "secret").enabled())
                .isTrue();
        assertThat(new DashboardProperties.Login("researcher", "secret").toString())
                .doesNotContain("secret");
    }

    @Test
    void anEmptyTileUrlMeansTheDefaultTilesAndNoneMeansNoTiles() {
        assertThat(map("").effectiveTileUrl()).isEqualTo(OSM);
        assertThat(map("").effectiveTileAttribution()).isEqualTo("© OpenStreetMap contributors");
        assertThat(map(" none ").effectiveTileUrl()).isNull();
        assertThat(map("none").effectiveTileAttribution()).isEmpty();
        assertThat(map("https://tiles.example.org/{z}/{x}/{y}.png").effectiveTileUrl())
                .isEqualTo("https://tiles.example.org/{z}/{x}/{y}.png");
        assertThat(map("https://tiles.example.org/{z}/{x}/{y}.png").effectiveTileAttribution())
                .isEmpty();
    }

    private static DashboardProperties.VesselMap map(String tileUrl) {
        return new DashboardProperties.VesselMap(
                tileUrl,
                "",
                OSM,
                "© OpenStreetMap contributors",
                Duration.ofHours(1),
                Duration.ofHours(6),
                Duration.ofSeconds(15));
    }
}
