package com.maritimealphaflow.ingestion.ais.history;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.FilterReader;
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
 *
 * <p>An entry cut short (a download that stopped: the inflater throws {@link EOFException}) gives every character
 * before the cut, then throws that exception from the entry's reader. A caller that reads up to the cut (the NMEA
 * reader, through {@code BoundedLines.upToACut}) and returns is not handed a later entry: none can be read.
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
     * @return how many entries were read, the one cut short among them
     */
    public static int read(InputStream in, String fileName, EntryReader reader) throws IOException {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".zip")) {
            ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8);
            int entries = 0;
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.isDirectory()) {
                    Entry text = new Entry(zip);
                    reader.read(entry.getName(), text.reader());
                    entries++;
                    if (text.cut != null) {
                        return entries;
                    }
                }
            }
            return entries;
        }
        if (lower.endsWith(".gz")) {
            String member = fileName.substring(0, fileName.length() - ".gz".length());
            reader.read(member, new Entry(new GZIPInputStream(in, BUFFER)).reader());
            return 1;
        }
        reader.read(fileName, new Entry(in).reader());
        return 1;
    }

    /**
     * The bytes of one entry. A cut is kept here, below the UTF-8 decoder, and read as the end of the bytes, so that
     * the decoder hands over every character before it; the entry's reader throws it after them.
     */
    private static final class Entry extends FilterInputStream {

        private EOFException cut;

        Entry(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (EOFException e) {
                cut = e;
                return -1;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (EOFException e) {
                cut = e;
                return -1;
            }
        }

        /** Not passed on: the next zip entry comes from the same stream, and the caller owns {@code in}. */
        @Override
        public void close() {}

        Reader reader() throws IOException {
            BufferedReader text = new BufferedReader(new InputStreamReader(this, StandardCharsets.UTF_8), BUFFER);
            text.mark(1);
            if (text.read() != '\uFEFF') {
                text.reset();
            }
            return new FilterReader(text) {
                @Override
                public int read() throws IOException {
                    return endOrCut(super.read());
                }

                @Override
                public int read(char[] buffer, int offset, int length) throws IOException {
                    return endOrCut(super.read(buffer, offset, length));
                }
            };
        }

        private int endOrCut(int read) throws EOFException {
            if (read < 0 && cut != null) {
                throw cut;
            }
            return read;
        }
    }
}
