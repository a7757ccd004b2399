package com.maritimealphaflow.ingestion.ais.nmea;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSplitterTest {

    final LineSplitter splitter = new LineSplitter();
    final List<String> lines = new ArrayList<>();

    @Test
    void keepsAPartialLineUntilTheRestArrives() {
        feed("!AIVDM,1,1,,A,15RTgt0P");
        assertThat(lines).isEmpty();

        feed("Aso;90TKcjM8h6g208CQ,0*4A\r\n!AIVDM,1,1,,B,2");
        assertThat(lines).containsExactly(NmeaDecoderTest.TYPE_1);
    }

    @Test
    void endsLinesAtCarriageReturnsOrLineFeedsAndSkipsEmptyOnes() {
        feed("a\r\nb\nc\r\r\nd\n\n");

        assertThat(lines).containsExactly("a", "b", "c", "d");
    }

    @Test
    void handsOnAnOverlongLineCutShortOnceAndCarriesOnAfterIt() {
        feed("x".repeat(LineSplitter.MAX_LINE + 500) + "\nnext\n");

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).hasSize(LineSplitter.MAX_LINE);
        assertThat(lines.get(1)).isEqualTo("next");
    }

    @Test
    void flushesALastLineWithoutLineEnd() {
        feed("first\nlast");
        splitter.flush(lines::add);

        assertThat(lines).containsExactly("first", "last");
    }

    private void feed(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        splitter.feed(bytes, bytes.length, lines::add);
    }
}
