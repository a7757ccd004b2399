package com.maritimealphaflow.ingestion.ais.history;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Opens an archive file as the text entries it holds, as streams: {@code .zip} gives each entry in order,
 * {@code .gz} its one member, anything else is read as it is. Nothing is extracted to disk or held whole in memory,
 * so a day of NOAA (1 GB unzipped) reads in a few kilobytes of buffers. Text is UTF-8 (malformed bytes become
 * U+FFFD); a byte order mark at the start of an entry is dropped.
 */
public final class ArchiveEntries {

    private static final int BUFFER = 1 << 16;

    private ArchiveEntries() {}

    /** Reads one text entry. The reader is only valid during the call; closing it is not needed. */
    @FunctionalInterface
    public interface EntryReader {
        void read(String entryName, Reader text) throws IOException;
    }

    /**
     * Hands each text entry of {@code in} to {@code reader}, in order. The caller keeps ownership of {@code in}.
     *
     * @param fileName the archive's name; its ending picks the format
     * @return how many entries were read
     */
    public static int read(InputStream in, String fileName, EntryReader reader) throws IOException {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".zip")) {
            ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8);
            int entries = 0;
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.isDirectory()) {
                    // The entry's reader must not close the zip: the next entry comes from the same stream.
                    reader.read(entry.getName(), text(new FilterInputStream(zip) {
                        @Override
                        public void close() {}
                    }));
                    entries++;
                }
            }
            return entries;
        }
        if (lower.endsWith(".gz")) {
            String member = fileName.substring(0, fileName.length() - ".gz".length());
            reader.read(member, text(new GZIPInputStream(in, BUFFER)));
            return 1;
        }
        reader.read(fileName, text(in));
        return 1;
    }

    private static Reader text(InputStream in) throws IOException {
        BufferedReader text = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), BUFFER);
        text.mark(1);
        if (text.read() != '\uFEFF') {
            text.reset();
        }
        return text;
    }
}
