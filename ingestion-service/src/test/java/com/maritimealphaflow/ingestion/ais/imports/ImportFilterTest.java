package com.maritimealphaflow.ingestion.ais.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.ingestion.ais.AisDecoding;
import com.maritimealphaflow.model.ais.PositionReport;
import com.maritimealphaflow.model.ais.StaticReport;
import com.maritimealphaflow.model.ais.VesselCategory;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImportFilterTest {

    private static final Instant T0 = Instant.parse("2021-03-01T00:00:00Z");

    @Test
    void keepsEverythingWhenAskedForNothing() {
        ImportFilter filter = new ImportFilter(List.of(), Set.of(), 0);

        assertThat(filter.keepsEverything()).isTrue();
        AisDecoding row = row(1, 0, 10, 10, 70);
        assertThat(filter.apply(row)).isSameAs(row);
    }

    @Test
    void dropsPositionsOutsideEveryBox() {
        ImportFilter filter = new ImportFilter(
                List.of(
                        GeoBox.of(List.of(50.0, 0.0), List.of(60.0, 10.0)),
                        GeoBox.of(List.of(-10.0, 100.0), List.of(0.0, 110.0))),
                Set.of(),
                0);

        assertThat(filter.apply(row(1, 0, 55, 5, 70))).isInstanceOf(AisDecoding.Reports.class);
        assertThat(filter.apply(row(2, 0, -5, 105, 70))).isInstanceOf(AisDecoding.Reports.class);
        assertThat(filter.apply(row(3, 0, 45, 5, 70))).isEqualTo(new AisDecoding.Skipped("outside_bounds"));
    }

    @Test
    void aBoxGivenAcrossTheAntimeridianWrapsAroundIt() {
        GeoBox bering = GeoBox.of(List.of(50.0, 170.0), List.of(66.0, -170.0));

        assertThat(bering.contains(60, 175)).isTrue();
        assertThat(bering.contains(60, -175)).isTrue();
        assertThat(bering.contains(60, 0)).isFalse();
        assertThat(bering.contains(40, 175)).isFalse();
    }

    @Test
    void keepsTheCategoriesAskedForUsingTheTypeOnTheRowOrLearnedEarlier() {
        ImportFilter filter = new ImportFilter(List.of(), Set.of(VesselCategory.TANKER), 0);

        assertThat(filter.apply(row(1, 0, 10, 10, 80))).isInstanceOf(AisDecoding.Reports.class);
        assertThat(filter.apply(row(2, 0, 10, 10, 70))).isEqualTo(new AisDecoding.Skipped("category_not_kept"));
        // a position alone, of a vessel whose static report came earlier (NMEA archives)
        assertThat(filter.apply(new AisDecoding.Reports(List.of(position(1, 60, 10, 10)))))
                .isInstanceOf(AisDecoding.Reports.class);
        // a vessel never described is unknown, which was not asked for
        assertThat(filter.apply(new AisDecoding.Reports(List.of(position(3, 60, 10, 10)))))
                .isEqualTo(new AisDecoding.Skipped("category_not_kept"));
    }

    @Test
    void thinsToOnePositionPerVesselPerInterval() {
        ImportFilter filter = new ImportFilter(List.of(), Set.of(), 60);

        assertThat(filter.apply(row(1, 0, 10, 10, 70))).isInstanceOf(AisDecoding.Reports.class);
        assertThat(filter.apply(row(1, 20, 10, 10, 70))).isEqualTo(new AisDecoding.Skipped("thinned"));
        assertThat(filter.apply(row(2, 20, 10, 10, 70))).isInstanceOf(AisDecoding.Reports.class);
        assertThat(filter.apply(row(1, 59, 10, 10, 70))).isEqualTo(new AisDecoding.Skipped("thinned"));
        assertThat(filter.apply(row(1, 60, 10, 10, 70))).isInstanceOf(AisDecoding.Reports.class);
        assertThat(filter.apply(row(1, 61, 10, 10, 70))).isEqualTo(new AisDecoding.Skipped("thinned"));
    }

    @Test
    void leavesRowsValidationRejectsForValidationToCountWithTheirReason() {
        ImportFilter filter = new ImportFilter(
                List.of(GeoBox.of(List.of(0.0, 0.0), List.of(1.0, 1.0))), Set.of(VesselCategory.TANKER), 60);
        AisDecoding noLatitude = row(1, 0, 91, 181, 70);
        AisDecoding malformed =
                new AisDecoding.Rejected(com.maritimealphaflow.ingestion.ais.RejectReason.MALFORMED_ROW, "3 columns");

        assertThat(filter.apply(noLatitude)).isSameAs(noLatitude);
        assertThat(filter.apply(malformed)).isSameAs(malformed);
    }

    @Test
    void passesAVesselsStaticDataOnOnlyWhenItChangedOrAnHourHasPassed() {
        ImportFilter filter = new ImportFilter(List.of(), Set.of(), 0);

        assertThat(reports(filter.apply(row(1, 0, 10, 10, 70)))).isEqualTo(2);
        assertThat(reports(filter.apply(row(1, 60, 10, 10, 70))))
                .as("the same data again")
                .isEqualTo(1);
        assertThat(reports(filter.apply(row(2, 60, 10, 10, 70))))
                .as("another vessel")
                .isEqualTo(2);
        assertThat(reports(filter.apply(row(1, 120, 10, 10, 80))))
                .as("its type changed")
                .isEqualTo(2);
        assertThat(reports(filter.apply(row(1, 3_000, 10, 10, 80)))).isEqualTo(1);
        assertThat(reports(filter.apply(row(1, 120 + 3_600, 10, 10, 80))))
                .as("an hour after the last one passed on")
                .isEqualTo(2);
        assertThat(((AisDecoding.Reports) filter.apply(row(1, 3_800, 10, 10, 80)))
                        .reports()
                        .get(0))
                .isInstanceOf(PositionReport.class);
    }

    @Test
    void dayUrlsFillTheDateIntoThePattern() {
        assertThat(DayUrls.of(
                        "https://coast.noaa.gov/htdata/CMSP/AISDataHandler/%Y/AIS_%Y_%m_%d.zip",
                        java.time.LocalDate.parse("2023-01-09")))
                .isEqualTo("https://coast.noaa.gov/htdata/CMSP/AISDataHandler/2023/AIS_2023_01_09.zip");
    }

    private static int reports(AisDecoding decoding) {
        return ((AisDecoding.Reports) decoding).reports().size();
    }

    private static AisDecoding row(int vessel, int seconds, double lat, double lon, int shipType) {
        int mmsi = 367_000_000 + vessel;
        Instant time = T0.plusSeconds(seconds);
        return new AisDecoding.Reports(List.of(
                position(vessel, seconds, lat, lon),
                new StaticReport(
                        mmsi, time, "V" + vessel, null, null, shipType, null, null, null, null, null, null, null, 1)));
    }

    private static PositionReport position(int vessel, int seconds, double lat, double lon) {
        return new PositionReport(367_000_000 + vessel, T0.plusSeconds(seconds), lat, lon, 10.0, 90.0, 90, 0, 1);
    }
}
