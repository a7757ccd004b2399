package com.maritimealphaflow.ingestion.ais.history.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.maritimealphaflow.ingestion.ais.AisDecoding;
import com.maritimealphaflow.ingestion.ais.RejectReason;
import com.maritimealphaflow.ingestion.ais.history.ArchiveEntries;
import com.maritimealphaflow.ingestion.support.RecordingSink;
import com.maritimealphaflow.model.ais.PositionReport;
import com.maritimealphaflow.model.ais.StaticReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class NoaaCsvReaderTest {

    private static final String HEADER =
            "MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading,VesselName,IMO,CallSign,VesselType,Status,Length,Width,Draft,Cargo,TransceiverClass";
    private static final Instant T0 = Instant.parse("2023-01-11T00:00:00Z");

    private final RecordingSink sink = new RecordingSink();

    @Test
    void readsPositionAndStaticDataOfEachRowWithNotAvailableValuesAsNull() throws IOException {
        String csv = HEADER + "\n"
                + "367596940,2023-01-11T00:00:00,29.93,-90.05,0.1,196.6,511,\"SEA LION, II\",IMO9307839,WDH4387,70,0,180,32,10.5,70,A\n"
                + "338123456,2023-01-11T00:00:05,47.6,-122.3,102.3,360.0,90,,,,,,,,,,B\n";

        long rows = HistoryCsvReader.noaa().read(new StringReader(csv), sink);

        assertThat(rows).isEqualTo(2);
        assertThat(sink.all())
                .containsExactly(
                        AisDecoding.Reports.of(
                                new PositionReport(367596940, T0, 29.93, -90.05, 0.1, 196.6, null, 0, 1),
                                new StaticReport(
                                        367596940,
                                        T0,
                                        "SEA LION, II",
                                        "WDH4387",
                                        9307839,
                                        70,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        10.5,
                                        5)),
                        AisDecoding.Reports.of(new PositionReport(
                                338123456, T0.plusSeconds(5), 47.6, -122.3, null, null, 90, null, 18)));
    }

    @Test
    void readsTheLowerCaseColumnsOf2024InTheirOwnOrder() throws IOException {
        String csv = "mmsi,base_date_time,longitude,latitude,sog,cog,heading,vessel_name,imo,call_sign,vessel_type,"
                + "status,length,width,draft,cargo,transceiver\r\n"
                + "367596940,2024-01-02T03:04:05,-90.05,29.93,12.5,10,12,TUG ONE,,WX1,52,5,20,8,,,A\r\n";

        HistoryCsvReader.noaa().read(new StringReader(csv), sink);

        Instant time = Instant.parse("2024-01-02T03:04:05Z");
        assertThat(sink.all())
                .containsExactly(AisDecoding.Reports.of(
                        new PositionReport(367596940, time, 29.93, -90.05, 12.5, 10.0, 12, 5, 1),
                        new StaticReport(
                                367596940, time, "TUG ONE", "WX1", null, 52, null, null, null, null, null, null, null,
                                5)));
    }

    @Test
    void rejectsMalformedRowsAndReadsOn() throws IOException {
        String good = "367596940,2023-01-11T00:00:00,29.93,-90.05,0.1,196.6,511,,,,,,,,,,A";
        String csv = HEADER + "\n"
                + "367596940,2023-01-11T00:00:00,29.93\n" // too few columns
                + "367596940,2023-01-11T00:00:00,29.93,-90.05,fast,196.6,511,,,,,,,,,,A\n" // unparsable number
                + "367596940,11/01/2023,29.93,-90.05,0.1,196.6,511,,,,,,,,,,A\n" // unparsable time
                + "367596940,2023-01-11T00:00:00,29.93,-90.05,0.1,196.6,511,\"UNCLOSED,,,,,,,,,A\n"
                + "367596940,2023-01-11T00:00:00,29.93,-90.05,0.1,196.6,511," + "X".repeat(70_000) + ",,,,,,,,,A\n"
                + "\n"
                + good + "\n"
                + "367596940,2023-01-11T00:00:01,29.9"; // truncated last line

        long rows = HistoryCsvReader.noaa().read(new StringReader(csv), sink);

        assertThat(rows).isEqualTo(7);
        assertThat(sink.rejections())
                .containsExactly(
                        RejectReason.MALFORMED_ROW,
                        RejectReason.MALFORMED_ROW,
                        RejectReason.MALFORMED_ROW,
                        RejectReason.MALFORMED_ROW,
                        RejectReason.MALFORMED_ROW,
                        RejectReason.MALFORMED_ROW);
        assertThat(sink.positions()).hasSize(1);
        assertThat(((AisDecoding.Rejected) sink.all().get(1)).detail()).isEqualTo("column SOG: 'fast' is not a number");
    }

    @Test
    void keepsTheStaticDataOfARowWhosePositionIsNotAvailable() throws IOException {
        String csv = HEADER + "\n"
                + "367596940,2023-01-11T00:00:00,91,-90.05,,,,ATLANTIC,,,80,,,,,,A\n"
                + "367596941,2023-01-11T00:00:00,29.93,181,,,,,,,,,,,,,A\n";

        HistoryCsvReader.noaa().read(new StringReader(csv), sink);

        assertThat(sink.positions()).isEmpty();
        assertThat(sink.statics())
                .extracting(StaticReport::name, StaticReport::shipType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ATLANTIC", 80));
        assertThat(sink.rejections()).containsExactly(RejectReason.LONGITUDE_NOT_AVAILABLE);
    }

    @Test
    void readsEveryEntryOfAZippedDay() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String day : new String[] {"11", "12"}) {
                zip.putNextEntry(new ZipEntry("AIS_2023_01_" + day + ".csv"));
                zip.write(("\uFEFF" + HEADER + "\r\n367596940,2023-01-" + day
                                + "T00:00:00,29.93,-90.05,0.1,196.6,511,,,,,,,,,,A\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        long[] rows = {0};

        ArchiveEntries.read(
                new ByteArrayInputStream(bytes.toByteArray()),
                "AIS_2023_01_11.zip",
                (name, text) -> rows[0] += HistoryCsvReader.noaa().read(text, sink));

        assertThat(rows[0]).isEqualTo(2);
        assertThat(sink.positions())
                .extracting(PositionReport::time)
                .containsExactly(T0, Instant.parse("2023-01-12T00:00:00Z"));
    }

    @Test
    void refusesAFileWithoutTheNeededColumns() {
        assertThatThrownBy(() -> HistoryCsvReader.noaa().read(new StringReader("MMSI,Time,LAT,LON\n1,2,3,4\n"), sink))
                .isInstanceOf(HistoryFormatException.class)
                .hasMessageContaining("BaseDateTime");
    }
}
