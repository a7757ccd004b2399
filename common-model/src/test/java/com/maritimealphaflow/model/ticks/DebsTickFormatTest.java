package com.maritimealphaflow.model.ticks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DebsTickFormatTest {

    private static final String HEADER = "ID,SecType,Date,Time,Ask,Last,Trading time,Trading date";
    private final DebsTickFormat format = DebsTickFormat.ofHeader(HEADER);

    @Test
    void readsTheTradingTimeAndDateOfARowWithATrailingComma() {
        Tick tick = format.parse("IEBBB.FR,E,08-11-2021,07:00:00.100,,12.345,07:00:01.250,08-11-2021,");
        assertThat(tick).isEqualTo(new Tick("IEBBB.FR", "E", 12.345, instant("2021-11-08T07:00:01.250Z")));
    }

    @Test
    void fallsBackToTimeAndDateWhenTheTradingOnesAreEmpty() {
        Tick tick = format.parse("X.NL,I,09-11-2021,16:30:00.000,,7,,,");
        assertThat(tick.eventTime()).isEqualTo(instant("2021-11-09T16:30:00Z"));
        assertThat(tick.secType()).isEqualTo("I");
    }

    @Test
    void skipsRowsWithoutAPriceOrATimeAndSaysWhy() {
        assertThat(format.parse("X.NL,E,09-11-2021,16:30:00.000,,,16:30:00.000,09-11-2021,"))
                .isNull();
        assertThat(format.skipReason()).isEqualTo(TickSkipReason.NO_PRICE);
        assertThat(format.parse("X.NL,E,09-11-2021,16:30:00.000,,0,16:30:00.000,09-11-2021,"))
                .isNull();
        assertThat(format.skipReason()).isEqualTo(TickSkipReason.NO_PRICE);
        assertThat(format.parse("X.NL,E,,,,5,,,")).isNull();
        assertThat(format.skipReason()).isEqualTo(TickSkipReason.NO_TIME);
        assertThat(format.parse("X.NL,E,31-02-2021,16:30:00.000,,5,,,")).isNull();
        assertThat(format.skipReason()).isEqualTo(TickSkipReason.NO_TIME);
        assertThat(format.parse("X.NL,E,09-11-2021,25:30:00.000,,5,,,")).isNull();
        assertThat(format.skipReason()).isEqualTo(TickSkipReason.NO_TIME);
        assertThat(format.parse("X.NL,E,09-11-2021,16:30:00.000,,5.x,,,")).isNull();
        assertThat(format.skipReason()).isEqualTo(TickSkipReason.MALFORMED);
        assertThat(format.parse("X.NL")).isNull();
        assertThat(format.skipReason()).isEqualTo(TickSkipReason.MALFORMED);
    }

    @Test
    void pricesAreTheSameDoublesAsParseDouble() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 100_000; i++) {
            String text = String.format(
                    java.util.Locale.ROOT, "%." + random.nextInt(0, 9) + "f", random.nextDouble() * 10_000);
            assertThat(DebsTickFormat.parsePrice(text, 0, text.length()))
                    .as(text)
                    .isEqualTo(Double.parseDouble(text));
        }
        assertThat(DebsTickFormat.parsePrice("1e3", 0, 3)).isEqualTo(1000.0);
        assertThat(DebsTickFormat.parsePrice("12345678901234567.5", 0, 19)).isEqualTo(12345678901234567.5);
    }

    @Test
    void recognisesCommentsAndTheHeaderAndRefusesAHeaderWithoutTimes() {
        assertThat(DebsTickFormat.isComment("# Unique ID,Security Type")).isTrue();
        assertThat(DebsTickFormat.isHeader(HEADER)).isTrue();
        assertThat(DebsTickFormat.isHeader("IEBBB.FR,E,")).isFalse();
        assertThatThrownBy(() -> DebsTickFormat.ofHeader("ID,SecType,Last")).hasMessageContaining("Trading time");
    }

    private static long instant(String text) {
        return Instant.parse(text).toEpochMilli();
    }
}
