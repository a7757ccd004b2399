package com.maritimealphaflow.dashboard.destinations;

import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.dashboard.CsvResponses;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DestinationsCsvTest {

    @Test
    void writesAHeaderAndOneLinePerDestinationWithEveryCategory() {
        DestinationTable table = new DestinationTable(
                Instant.parse("2026-11-15T00:00:00Z"),
                List.of(),
                "vessels",
                "desc",
                2,
                5,
                0,
                List.of(
                        new DestinationCount("ROTTERDAM", 4, Map.of("cargo", 3, "tanker", 1)),
                        new DestinationCount("BREMEN, DE", 1, Map.of("unknown", 1))));

        assertThat(DestinationsCsv.of(table))
                .isEqualTo("destination,vessels,cargo,tanker,passenger,fishing,tug,high_speed_craft,pleasure,military,"
                        + "other,unknown\r\n"
                        + "ROTTERDAM,4,3,1,0,0,0,0,0,0,0,0\r\n"
                        + "\"BREMEN, DE\",1,0,0,0,0,0,0,0,0,0,1\r\n");
    }

    @Test
    void quotesWhatNeedsQuotingAndDefusesFormulas() {
        assertThat(CsvResponses.cell("SAY \"HI\"")).isEqualTo("\"SAY \"\"HI\"\"\"");
        assertThat(CsvResponses.cell("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
        assertThat(CsvResponses.cell("-> RTM")).isEqualTo("'-> RTM");
        assertThat(CsvResponses.cell("RIGA")).isEqualTo("RIGA");
    }
}
