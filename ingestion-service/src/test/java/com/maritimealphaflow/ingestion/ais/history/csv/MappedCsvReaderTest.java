package com.maritimealphaflow.ingestion.ais.history.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.maritimealphaflow.ingestion.ais.AisDecoding;
import com.maritimealphaflow.ingestion.support.RecordingSink;
import com.maritimealphaflow.model.ais.PositionReport;
import com.maritimealphaflow.model.ais.StaticReport;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MappedCsvReaderTest {

    private static final Map<String, String> COLUMNS = Map.of(
            "mmsi", "ship_id",
            "time", "when",
            "latitude", "y",
            "longitude", "x",
            "sog", "speed",
            "shipType", "kind",
            "name", "vessel");

    private final RecordingSink sink = new RecordingSink();

    @Test
    void readsTheColumnsTheMappingNamesInTheZoneItGives() throws IOException {
        CsvColumnMapping mapping = new CsvColumnMapping(COLUMNS, "yyyy.MM.dd HH:mm:ss", "Europe/Oslo");
        String csv = "when,x,y,ship_id,speed,kind,vessel,extra\n"
                + "2024.06.01 12:00:00,5.3,60.4,257123450,102.3,30,\"NORDKAPP, III\",x\n";

        long rows = HistoryCsvReader.mapped(mapping).read(new StringReader(csv), sink);

        Instant time = Instant.parse("2024-06-01T10:00:00Z");
        assertThat(rows).isEqualTo(1);
        assertThat(sink.all())
                .containsExactly(AisDecoding.Reports.of(
                        new PositionReport(257123450, time, 60.4, 5.3, null, null, null, null, 1),
                        new StaticReport(
                                257123450,
                                time,
                                "NORDKAPP, III",
                                null,
                                null,
                                30,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                5)));
    }

    @Test
    void refusesAMappingWithAnUnknownFieldOrWithoutARequiredOne() {
        assertThatThrownBy(() -> new CsvColumnMapping(Map.of("mmsi", "a", "speed", "b"), "yyyy", "UTC"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown field 'speed' in the column mapping");
        assertThatThrownBy(() -> new CsvColumnMapping(Map.of("mmsi", "a", "time", "b", "latitude", "c"), "yyyy", "UTC"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the column mapping has no column for longitude");
        assertThatThrownBy(() -> new CsvColumnMapping(COLUMNS, "yyyy-MM-dd HH:mm:ss", "Mars/Olympus"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("timeZone 'Mars/Olympus' is not a time zone");
    }
}
