package com.maritimealphaflow.ingestion.market.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.maritimealphaflow.ingestion.market.bars.Bar;
import com.maritimealphaflow.ingestion.support.MarketFixtures;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvBarReaderTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void keepsTheGoodLinesAndRejectsTheOthersWithTheirLineNumbers() throws Exception {
        Lines result = read(MarketFixtures.resource("bdry-daily.csv"), NEW_YORK);

        assertThat(result.lines()).isEqualTo(8);
        assertThat(result.bars())
                .extracting(b -> b.time().toString())
                .containsExactly(
                        "2026-01-05T05:00:00Z",
                        "2026-01-06T05:00:00Z",
                        "2026-01-07T05:00:00Z",
                        "2026-01-13T05:00:00Z",
                        "2026-01-14T05:00:00Z");
        assertThat(result.bars().get(0).close()).isEqualTo(new BigDecimal("9.90"));
        assertThat(result.bars().get(0).volume()).isEqualTo(new BigDecimal("183912"));
        assertThat(result.rejected())
                .containsExactly(
                        new CsvBarReader.Rejected(5, "high 'abc' is not a number", "not_a_number"),
                        new CsvBarReader.Rejected(6, "empty close", "missing_value"),
                        new CsvBarReader.Rejected(
                                8, "'2026-13-40' is not a date or time this reader knows", "unreadable_time"));
        // whether the values hang together is PlausibleBars' to judge, not the reader's

    }

    @Test
    void readsTheCommonTimeFormatsAndSeparators() throws Exception {
        String csv =
                """
                timestamp;open;high;low;close;volume
                2026-01-05T14:30:00Z;1;2;0.5;1.5;10
                2026-01-05 09:31:00;1;2;0.5;1.5;10
                1767623520;1;2;0.5;1.5;10
                1767623580000;1;2;0.5;1.5;10
                01/06/2026;1;2;0.5;1.5;10
                20260107;1;2;0.5;1.5;10
                "2026-01-05T09:35:00-05:00";1;2;0.5;1.5;10
                """;
        Lines result = read(csv, NEW_YORK);

        assertThat(result.rejected()).isEmpty();
        assertThat(result.bars())
                .extracting(b -> b.time())
                .containsExactly(
                        Instant.parse("2026-01-05T14:30:00Z"),
                        Instant.parse("2026-01-05T14:31:00Z"),
                        Instant.parse("2026-01-05T14:32:00Z"),
                        Instant.parse("2026-01-05T14:33:00Z"),
                        Instant.parse("2026-01-06T05:00:00Z"),
                        Instant.parse("2026-01-07T05:00:00Z"),
                        Instant.parse("2026-01-05T14:35:00Z"));

        String separate = "Date\tTime\tOpen\tHigh\tLow\tClose\tVolume\n2026-01-05\t14:30\t1\t2\t0.5\t1.5\t10\n";
        assertThat(read(separate, ZoneOffset.UTC).bars().get(0).time())
                .isEqualTo(Instant.parse("2026-01-05T14:30:00Z"));
    }

    @Test
    void refusesAFileWhoseHeaderLacksAColumn() {
        assertThatThrownBy(() -> read("date,open,high,low,close\n", NEW_YORK))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("lacks volume");
        assertThatThrownBy(() -> read("open,high,low,close,volume\n", NEW_YORK))
                .hasMessageContaining("no date or time column");
        assertThatThrownBy(() -> read("\n\n", NEW_YORK)).hasMessageContaining("empty");
    }

    @Test
    void rejectsUnreadableAndOverflowingTimesAsLinesNeverAsAnException() throws Exception {
        String csv = "date,open,high,low,close,volume\n"
                + "+10000-01-01,1,2,0.5,1.5,100\n"
                + "2026-02-30,1,2,0.5,1.5,100\n"
                + "99999999999999999999,1,2,0.5,1.5,100\n"
                + "9223372036854775808,1,2,0.5,1.5,100\n"
                + "2026-01-02,1,2,0.5,1.5,100\n";

        Lines result = read(csv, NEW_YORK);

        assertThat(result.bars())
                .extracting(b -> b.time())
                .containsExactly(Instant.parse("+10000-01-01T05:00:00Z"), Instant.parse("2026-01-02T05:00:00Z"));
        // year 10000 is a date the JDK holds: PlausibleBars rejects it, after the reader
        assertThat(result.rejected())
                .extracting(CsvBarReader.Rejected::number, CsvBarReader.Rejected::key)
                .containsExactly(
                        tuple(3L, "unreadable_time"), tuple(4L, "unreadable_time"), tuple(5L, "unreadable_time"));
    }

    @Test
    void rejectsALineLongerThanTheLimitWithoutHoldingItAndReadsTheNextLine() throws Exception {
        String csv = "date,open,high,low,close,volume\r\n"
                + "2026-01-02,1,2,0.5,1.5," + "9".repeat(100_000) + "\r\n"
                + "2026-01-05,1,2,0.5,1.5,100\r"
                + "2026-01-06,1,2,0.5,1.5,100";

        Lines result = read(csv, ZoneOffset.UTC);

        assertThat(result.rejected()).containsExactly(new CsvBarReader.Rejected(2, "line too long", "line_too_long"));
        assertThat(result.bars())
                .extracting(b -> b.time())
                .containsExactly(Instant.parse("2026-01-05T00:00:00Z"), Instant.parse("2026-01-06T00:00:00Z"));
    }

    /** Everything of a small file, collected (the import itself never holds a file). */
    record Lines(List<Bar> bars, List<CsvBarReader.Rejected> rejected, long lines) {}

    static Lines read(String csv, ZoneId zone) throws IOException {
        CsvBarReader reader = CsvBarReader.open(new StringReader(csv), zone, 4096);
        List<Bar> bars = new ArrayList<>();
        List<CsvBarReader.Rejected> rejected = new ArrayList<>();
        long lines = 0;
        for (CsvBarReader.Line line = reader.next(); line != null; line = reader.next()) {
            lines++;
            if (line instanceof CsvBarReader.Read read) {
                bars.add(read.bar());
            } else {
                rejected.add((CsvBarReader.Rejected) line);
            }
        }
        return new Lines(bars, rejected, lines);
    }
}
