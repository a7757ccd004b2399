package com.maritimealphaflow.ingestion.market.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.maritimealphaflow.ingestion.support.MarketFixtures;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CsvBarReaderTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void keepsTheGoodLinesAndRejectsTheOthersWithTheirLineNumbers() throws Exception {
        CsvBarReader.Result result =
                CsvBarReader.read(new StringReader(MarketFixtures.resource("bdry-daily.csv")), NEW_YORK);

        assertThat(result.lines()).isEqualTo(8);
        assertThat(result.bars())
                .extracting(b -> b.time().toString())
                .containsExactly(
                        "2026-01-05T05:00:00Z", "2026-01-06T05:00:00Z", "2026-01-07T05:00:00Z", "2026-01-14T05:00:00Z");
        assertThat(result.bars().get(0).close()).isEqualTo(new BigDecimal("9.90"));
        assertThat(result.bars().get(0).volume()).isEqualTo(new BigDecimal("183912"));
        assertThat(result.rejected())
                .containsExactly(
                        new CsvBarReader.Rejected(5, "high 'abc' is not a number"),
                        new CsvBarReader.Rejected(6, "empty close"),
                        new CsvBarReader.Rejected(8, "'2026-13-40' is not a date or time this reader knows"),
                        new CsvBarReader.Rejected(9, "inconsistent ohlc"));
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
        CsvBarReader.Result result = CsvBarReader.read(new StringReader(csv), NEW_YORK);

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
        assertThat(CsvBarReader.read(new StringReader(separate), ZoneOffset.UTC)
                        .bars()
                        .get(0)
                        .time())
                .isEqualTo(Instant.parse("2026-01-05T14:30:00Z"));
    }

    @Test
    void refusesAFileWhoseHeaderLacksAColumn() {
        assertThatThrownBy(() -> CsvBarReader.read(new StringReader("date,open,high,low,close\n"), NEW_YORK))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("lacks volume");
        assertThatThrownBy(() -> CsvBarReader.read(new StringReader("open,high,low,close,volume\n"), NEW_YORK))
                .hasMessageContaining("no date or time column");
        assertThatThrownBy(() -> CsvBarReader.read(new StringReader("\n\n"), NEW_YORK))
                .hasMessageContaining("empty");
    }
}
