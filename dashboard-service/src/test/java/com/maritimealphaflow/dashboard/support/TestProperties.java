package com.maritimealphaflow.dashboard.support;

import com.maritimealphaflow.dashboard.DashboardProperties;
import java.time.Duration;

/** The dashboard's settings as application.yml sets them, for tests that build classes by hand. */
public final class TestProperties {

    private TestProperties() {}

    public static DashboardProperties defaults() {
        return new DashboardProperties(
                Duration.ofSeconds(30),
                Duration.ofMinutes(5),
                new DashboardProperties.VesselMap(
                        "none",
                        "",
                        "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
                        "© OpenStreetMap contributors",
                        Duration.ofHours(1),
                        Duration.ofHours(6),
                        Duration.ofSeconds(15)),
                new DashboardProperties.Counts(Duration.ofHours(72), 5000, Duration.ofMinutes(1)),
                new DashboardProperties.Destinations(Duration.ofDays(7), 50_000),
                new DashboardProperties.Pipeline(50, 500, 10, 20, 200),
                new DashboardProperties.Backtests(1_000_000, 120_000, 3, 2, 8, Duration.ofDays(90)),
                new DashboardProperties.Regions(Duration.ofDays(30), Duration.ofDays(30), 20_000, 50, 1000, 2000),
                new DashboardProperties.Ticks(
                        Duration.ofDays(2),
                        20_000,
                        3,
                        50,
                        500,
                        20,
                        100,
                        new DashboardProperties.Ticks.Stream(
                                Duration.ofSeconds(2), Duration.ofSeconds(15), Duration.ofMinutes(30), 200, 500),
                        new DashboardProperties.Ticks.Alerts(
                                "",
                                Duration.ofHours(1),
                                10,
                                Duration.ofSeconds(1),
                                Duration.ofMinutes(5),
                                Duration.ofSeconds(5),
                                Duration.ofSeconds(10),
                                Duration.ofSeconds(2))),
                new DashboardProperties.Market(500, 50_000, 1000, 366, 1_000_000, 20),
                new DashboardProperties.OrderBooks(1000, 100, 5000, 500, 10_000, 20, 100),
                new DashboardProperties.Pairs(
                        600, 2, Duration.ofSeconds(5), Duration.ofMinutes(2), 20, "", 5000, 20_000),
                new DashboardProperties.Login("", ""));
    }
}
