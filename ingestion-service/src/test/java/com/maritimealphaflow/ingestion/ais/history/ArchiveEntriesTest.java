package com.maritimealphaflow.ingestion.ais.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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

    private void record(String name, Reader text) throws IOException {
        StringBuilder content = new StringBuilder();
        char[] buffer = new char[3];
        for (int n = text.read(buffer); n >= 0; n = text.read(buffer)) {
            content.append(buffer, 0, n);
        }
        read.add(name + "=" + content);
    }
}
