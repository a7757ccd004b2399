package com.maritimealphaflow.ingestion.ais.history.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.ingestion.ais.AisDecoding;
import com.maritimealphaflow.ingestion.ais.RejectReason;
import com.maritimealphaflow.ingestion.support.RecordingSink;
import com.maritimealphaflow.model.ais.PositionReport;
import com.maritimealphaflow.model.ais.StaticReport;
import com.maritimealphaflow.model.ais.VesselCategory;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DmaCsvReaderTest {

    private static final String HEADER = "# Timestamp,Type of mobile,MMSI,Latitude,Longitude,Navigational status,ROT,"
            + "SOG,COG,Heading,IMO,Callsign,Name,Ship type,Cargo type,Width,Length,Type of position fixing device,"
            + "Draught,Destination,ETA,Data source type";
    private static final Instant TIME = Instant.parse("2024-03-01T13:45:07Z");

    private final RecordingSink sink = new RecordingSink();

    @Test
    void readsVesselRowsOfTheNewerLayoutWithDimensions() throws IOException {
        String csv = HEADER + ",A,B,C,D\r\n"
                + "01/03/2024 13:45:07,Class A,219000123,55.6761,12.5683,Under way using engine,0.0,12.3,45.6,44,"
                + "9307839,OXYZ2,\"MAERSK \"\"ESSEN\"\", DK\",Cargo,,32,180,GPS,10.4,AARHUS,02/03/2024 06:00:00,AIS,"
                + "150,30,16,16\r\n"
                + "01/03/2024 13:45:07,Class B,219000456,91.0,181.0,Unknown value,,,,,Unknown,Unknown,SEAGULL,"
                + "Sailing,,3,12,GPS,,Unknown,,AIS,0,0,0,0\r\n";

        long rows = HistoryCsvReader.dma().read(new StringReader(csv), sink);

        assertThat(rows).isEqualTo(2);
        assertThat(sink.all())
                .containsExactly(
                        AisDecoding.Reports.of(
                                new PositionReport(219000123, TIME, 55.6761, 12.5683, 12.3, 45.6, 44, 0, 1),
                                new StaticReport(
                                        219000123,
                                        TIME,
                                        "MAERSK \"ESSEN\", DK",
                                        "OXYZ2",
                                        9307839,
                                        70,
                                        "AARHUS",
                                        Instant.parse("2024-03-02T06:00:00Z"),
                                        150,
                                        30,
                                        16,
                                        16,
                                        10.4,
                                        5)),
                        AisDecoding.Reports.of(new StaticReport(
                                219000456, TIME, "SEAGULL", null, null, 36, null, null, null, null, null, null, null,
                                24)));
    }

    @Test
    void skipsStationsAidsAndAircraftAndReadsTheOlderLayout() throws IOException {
        String csv = HEADER + "\n"
                + "01/03/2024 13:45:07,Base Station,2190047,55.7,12.6,Unknown value,,,,,,,,,,,,GPS,,,,AIS\n"
                + "01/03/2024 13:45:07,AtoN,992191234,55.7,12.6,Unknown value,,,,,,,,,,,,GPS,,,,AIS\n"
                + "01/03/2024 13:45:07,SAR Airborne,111219500,55.7,12.6,Unknown value,,,,,,,,,,,,GPS,,,,AIS\n"
                + "01/03/2024 13:45:07,Class A,219000789,91,181,Moored,,,,,,,,,,,,GPS,,,,AIS\n"
                + "01/03/2024 13:45,Class A,219000789,55.7,12.6,Moored,,,,,,,,,,,,GPS,,,,AIS\n"
                + "01/03/2024 13:45:08,Class A,219000789,55.7,12.6,Moored,,0,,511,,,,Tug,,,,GPS,,,,AIS\n";

        long rows = HistoryCsvReader.dma().read(new StringReader(csv), sink);

        assertThat(rows).isEqualTo(6);
        assertThat(sink.skipped()).containsExactly("base_station", "aton", "sar_airborne");
        assertThat(sink.rejections()).containsExactly(RejectReason.LATITUDE_NOT_AVAILABLE, RejectReason.MALFORMED_ROW);
        Instant later = TIME.plusSeconds(1);
        assertThat(sink.reports())
                .containsExactly(
                        new PositionReport(219000789, later, 55.7, 12.6, 0.0, null, null, 5, 1),
                        new StaticReport(
                                219000789, later, null, null, null, 52, null, null, null, null, null, null, null, 5));
    }

    @Test
    void mapsShipTypeWordsToCodesOfTheirCategory() {
        assertThat(VesselCategory.ofShipType(DmaCodes.shipType("Tanker"))).isEqualTo(VesselCategory.TANKER);
        assertThat(VesselCategory.ofShipType(DmaCodes.shipType("Passenger"))).isEqualTo(VesselCategory.PASSENGER);
        assertThat(VesselCategory.ofShipType(DmaCodes.shipType("Fishing"))).isEqualTo(VesselCategory.FISHING);
        assertThat(VesselCategory.ofShipType(DmaCodes.shipType("Towing"))).isEqualTo(VesselCategory.TUG);
        assertThat(VesselCategory.ofShipType(DmaCodes.shipType("HSC"))).isEqualTo(VesselCategory.HIGH_SPEED_CRAFT);
        assertThat(VesselCategory.ofShipType(DmaCodes.shipType("Pleasure"))).isEqualTo(VesselCategory.PLEASURE);
        assertThat(VesselCategory.ofShipType(DmaCodes.shipType("Law enforcement")))
                .isEqualTo(VesselCategory.MILITARY);
        assertThat(VesselCategory.ofShipType(DmaCodes.shipType("Military"))).isEqualTo(VesselCategory.MILITARY);
        assertThat(VesselCategory.ofShipType(DmaCodes.shipType("Pilot"))).isEqualTo(VesselCategory.OTHER);
        assertThat(VesselCategory.ofShipType(DmaCodes.shipType("Spare 1"))).isEqualTo(VesselCategory.OTHER);
        assertThat(DmaCodes.shipType("Undefined")).isNull();
        assertThat(DmaCodes.shipType("Hovercraft")).isNull();
        assertThat(DmaCodes.navigationalStatus("At anchor")).isEqualTo(1);
        assertThat(DmaCodes.navigationalStatus("Engaged in fishing")).isEqualTo(7);
        assertThat(DmaCodes.navigationalStatus("Drifting")).isNull();
    }
}
