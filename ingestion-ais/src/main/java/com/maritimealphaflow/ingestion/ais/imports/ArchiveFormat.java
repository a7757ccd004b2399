package com.maritimealphaflow.ingestion.ais.imports;

import com.maritimealphaflow.ingestion.ais.AisMessageSink;
import com.maritimealphaflow.ingestion.ais.history.ArchiveEntries;
import com.maritimealphaflow.ingestion.ais.history.csv.CsvColumnMapping;
import com.maritimealphaflow.ingestion.ais.history.csv.HistoryCsvReader;
import com.maritimealphaflow.ingestion.ais.history.nmea.NmeaArchiveReader;
import com.maritimealphaflow.model.ais.AisSourceKind;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

/** The archives an import reads: the {@code source} of a request, the source its rows are stored under, its reader. */
enum ArchiveFormat {
    NOAA("noaa", AisSourceKind.NOAA, true),
    DMA("dma", AisSourceKind.DMA, true),
    NMEA("nmea", AisSourceKind.NMEA_ARCHIVE, false),
    CSV("csv", AisSourceKind.CSV_ARCHIVE, false);

    /** Reads one archive file (zip, gzip or plain text, by its name) into a sink. */
    @FunctionalInterface
    interface FileReader {
        void read(String name, InputStream in, AisMessageSink sink) throws IOException;
    }

    private final String key;
    private final AisSourceKind source;
    private final boolean downloadable;

    ArchiveFormat(String key, AisSourceKind source, boolean downloadable) {
        this.key = key;
        this.source = source;
        this.downloadable = downloadable;
    }

    String key() {
        return key;
    }

    AisSourceKind source() {
        return source;
    }

    /** Whether days of this archive can be downloaded by date (NOAA and the DMA publish one file per day). */
    boolean downloadable() {
        return downloadable;
    }

    /** The reader of this format; {@code mapping} is used by (and required for) {@link #CSV} only. */
    FileReader reader(CsvColumnMapping mapping) {
        return switch (this) {
            case NOAA -> csv(HistoryCsvReader.noaa());
            case DMA -> csv(HistoryCsvReader.dma());
            case CSV -> csv(HistoryCsvReader.mapped(mapping));
            case NMEA -> {
                NmeaArchiveReader nmea = new NmeaArchiveReader();
                yield (name, in, sink) -> nmea.read(name, in, sink);
            }
        };
    }

    private static FileReader csv(HistoryCsvReader reader) {
        return (name, in, sink) -> ArchiveEntries.read(in, name, (entry, text) -> reader.read(text, sink));
    }

    static Optional<ArchiveFormat> parse(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    static String keys() {
        return "noaa, dma, nmea or csv";
    }
}
