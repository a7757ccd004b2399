package com.maritimealphaflow.ingestion.ais.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ArchiveEntriesTest {

    private final List<String> read = new ArrayList<>();

    @Test
    void readsEachEntryOfAZipInOrder() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("AIS_2023_01_11.csv"));
            zip.write("first\n".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("dir/"));
            zip.putNextEntry(new ZipEntry("AIS_2023_01_12.csv"));
            zip.write("\uFEFFsecond\r\n".getBytes(StandardCharsets.UTF_8));
        }

        int entries = ArchiveEntries.read(new ByteArrayInputStream(bytes.toByteArray()), "AIS_2023.ZIP", this::record);

        assertThat(entries).isEqualTo(2);
        assertThat(read).containsExactly("AIS_2023_01_11.csv=first\n", "AIS_2023_01_12.csv=second\r\n");
    }

    @Test
    void readsAGzipAsItsOneMember() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write("Ærø,1\n".getBytes(StandardCharsets.UTF_8));
        }

        ArchiveEntries.read(new ByteArrayInputStream(bytes.toByteArray()), "aisdk-2024-03-01.csv.gz", this::record);

        assertThat(read).containsExactly("aisdk-2024-03-01.csv=Ærø,1\n");
    }

    @Test
    void readsAnyOtherFileAsPlainTextWithoutItsByteOrderMark() throws IOException {
        byte[] bytes = "\uFEFF# Timestamp\n".getBytes(StandardCharsets.UTF_8);

        ArchiveEntries.read(new ByteArrayInputStream(bytes), "aisdk.csv", this::record);

        assertThat(read).containsExactly("aisdk.csv=# Timestamp\n");
    }

    @Test
    void givesEveryCharacterBeforeTheCutOfAGzipThenThrowsTheCut() throws IOException {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(whole)) {
            for (int i = 0; i < 20_000; i++) {
                gzip.write(("row " + i + ",Ærø\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] cut = Arrays.copyOf(whole.toByteArray(), whole.size() / 2);
        StringBuilder content = new StringBuilder();

        assertThatThrownBy(() -> ArchiveEntries.read(new ByteArrayInputStream(cut), "cut.csv.gz", (name, text) -> {
                    for (int c = text.read(); c >= 0; c = text.read()) {
                        content.append((char) c);
                    }
                }))
                .isInstanceOf(EOFException.class);

        assertThat(content).hasToString(inflatedBeforeTheCut(cut)).isNotEmpty();
    }

    /** What a gzip stream gives byte by byte before its inflater finds the cut: all there is to have. */
    private static String inflatedBeforeTheCut(byte[] cut) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(cut))) {
            for (int b = gzip.read(); b >= 0; b = gzip.read()) {
                bytes.write(b);
            }
        } catch (EOFException expected) {
            // the cut
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private void record(String name, Reader text) throws IOException {
        StringBuilder content = new StringBuilder();
        char[] buffer = new char[3];
        for (int n = text.read(buffer); n >= 0; n = text.read(buffer)) {
            content.append(buffer, 0, n);
        }
        read.add(name + "=" + content);
    }
}
