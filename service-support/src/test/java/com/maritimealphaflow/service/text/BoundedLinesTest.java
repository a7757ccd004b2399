package com.maritimealphaflow.service.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class BoundedLinesTest {

    @Test
    void endsLinesAtLfCrAndCrlfAndKeepsEmptyOnes() throws IOException {
        assertThat(all(new BoundedLines(new StringReader("a\nb\r\nc\rd\n\ne"), 10)))
                .containsExactly("a", "b", "c", "d", "", "e");
    }

    @Test
    void givesNothingForEmptyTextAndNoEmptyLineAfterAFinalBreak() throws IOException {
        assertThat(new BoundedLines(new StringReader(""), 10).next()).isNull();
        assertThat(all(new BoundedLines(new StringReader("a\r\n"), 10))).containsExactly("a");
        assertThat(all(new BoundedLines(new StringReader("a\r"), 10))).containsExactly("a");
    }

    @Test
    void joinsACrlfSplitAcrossTwoReads() throws IOException {
        // a reader that hands over one character a call puts the CR and its LF in different buffers
        Reader oneByOne = new StringReader("a\r\nb\r\n") {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                return super.read(buffer, offset, Math.min(length, 1));
            }
        };

        assertThat(all(new BoundedLines(oneByOne, 10))).containsExactly("a", "b");
    }

    @Test
    void marksALineLongerThanTheLimitAndHoldsOnlyItsStart() throws IOException {
        BoundedLines lines = new BoundedLines(new StringReader("12345\n" + "x".repeat(200_000) + "\nok"), 5);

        assertThat(lines.next()).isEqualTo("12345");
        assertThat(lines.overlong()).isFalse();
        assertThat(lines.next()).isEqualTo("xxxxx");
        assertThat(lines.overlong()).isTrue();
        assertThat(lines.next()).isEqualTo("ok");
        assertThat(lines.overlong()).isFalse();
        assertThat(lines.next()).isNull();
    }

    @Test
    void passesOnACutStreamUnlessAskedToReadUpToTheCut() throws IOException {
        byte[] cut = cutGzip();

        BoundedLines strict = new BoundedLines(utf8(cut), 100);
        assertThatThrownBy(() -> all(strict)).isInstanceOf(EOFException.class);

        BoundedLines upToCut = BoundedLines.upToACut(utf8(cut), 100);
        List<String> read = all(upToCut);
        assertThat(upToCut.truncated()).isTrue();
        assertThat(read).isNotEmpty();
        assertThat(read.subList(0, read.size() - 1)).allMatch(line -> line.matches("line \\d+ of a long file"));
    }

    @Test
    void isNotTruncatedWhenTheTextEndsNormally() throws IOException {
        BoundedLines lines = BoundedLines.upToACut(new StringReader("a\nb"), 10);

        assertThat(all(lines)).containsExactly("a", "b");
        assertThat(lines.truncated()).isFalse();
    }

    @Test
    void refusesALimitUnderOneCharacter() {
        assertThatThrownBy(() -> new BoundedLines(new StringReader(""), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> all(BoundedLines lines) throws IOException {
        List<String> all = new ArrayList<>();
        for (String line = lines.next(); line != null; line = lines.next()) {
            all.add(line);
        }
        return all;
    }

    private static Reader utf8(byte[] gzip) throws IOException {
        return new InputStreamReader(new GZIPInputStream(new ByteArrayInputStream(gzip)), StandardCharsets.UTF_8);
    }

    /** The first half of a gzip of 20,000 lines: its inflater throws EOFException where the bytes stop. */
    private static byte[] cutGzip() throws IOException {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(whole)) {
            for (int i = 0; i < 20_000; i++) {
                out.write(("line " + i + " of a long file\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return Arrays.copyOf(whole.toByteArray(), whole.size() / 2);
    }
}
