package com.maritimealphaflow.ingestion.ais.history.csv;

import com.maritimealphaflow.ingestion.ais.AisDecoding;
import com.maritimealphaflow.ingestion.ais.AisMessageSink;
import com.maritimealphaflow.ingestion.ais.RejectReason;
import com.maritimealphaflow.service.text.BoundedLines;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads one CSV file of an AIS archive (one entry of {@code ArchiveEntries}) row by row into an
 * {@link AisMessageSink}: exactly one {@link AisDecoding} per row after the header, so a sink that counts what it
 * receives also counts progress. Columns are found by header name, never by position. A bad row (wrong number of
 * columns, a value that does not parse, an unclosed quote, a line longer than {@link #MAX_LINE_LENGTH}, a truncated
 * last line) is {@link AisDecoding.Rejected} as {@code malformed_row} and reading goes on. Memory per row is bounded.
 * Stateless: one instance may read many files, also at once.
 */
public final class HistoryCsvReader {

    /** A NOAA or DMA row is under 300 characters; a line past this is garbage and is not held in memory. */
    public static final int MAX_LINE_LENGTH = 64 * 1024;

    private final Function<CsvHeader, RowDecoder> decoders;

    private HistoryCsvReader(Function<CsvHeader, RowDecoder> decoders) {
        this.decoders = decoders;
    }

    /** NOAA MarineCadastre daily files, with the column names of 2009–2023 or of 2024 on. */
    public static HistoryCsvReader noaa() {
        return new HistoryCsvReader(CodedRowDecoder::noaa);
    }

    /** The Danish Maritime Authority's daily files, with or without the A, B, C, D columns. */
    public static HistoryCsvReader dma() {
        return new HistoryCsvReader(DmaRowDecoder::new);
    }

    /** Any CSV whose columns the caller names. */
    public static HistoryCsvReader mapped(CsvColumnMapping mapping) {
        return new HistoryCsvReader(header -> CodedRowDecoder.mapped(header, mapping));
    }

    /**
     * Reads the text to its end.
     *
     * @return how many rows were read (the header and empty lines not counted)
     * @throws HistoryFormatException when the header lacks a column this format needs: no row could be used
     */
    public long read(Reader text, AisMessageSink sink) throws IOException {
        BoundedLines lines = new BoundedLines(text, MAX_LINE_LENGTH);
        List<String> fields = new ArrayList<>();
        String line = lines.next();
        while (line != null && line.isBlank()) {
            line = lines.next();
        }
        if (line == null) {
            return 0;
        }
        if (lines.overlong() || !CsvFields.split(line, fields)) {
            throw new HistoryFormatException("the first line is not a CSV header");
        }
        CsvHeader header = new CsvHeader(fields);
        RowDecoder decoder = decoders.apply(header);
        long rows = 0;
        for (line = lines.next(); line != null; line = lines.next()) {
            if (!line.isBlank()) {
                rows++;
                sink.accept(decode(line, lines.overlong(), fields, header, decoder));
            }
        }
        return rows;
    }

    private static AisDecoding decode(
            String line, boolean overlong, List<String> fields, CsvHeader header, RowDecoder decoder) {
        if (overlong) {
            return malformed("the line is longer than " + MAX_LINE_LENGTH + " characters");
        }
        if (!CsvFields.split(line, fields)) {
            return malformed("a quoted field is not closed");
        }
        if (fields.size() != header.size()) {
            return malformed(fields.size() + " columns where the header has " + header.size());
        }
        try {
            return decoder.decode(new CsvRow(fields, header));
        } catch (BadValue e) {
            return e.rejected();
        }
    }

    private static AisDecoding malformed(String detail) {
        return new AisDecoding.Rejected(RejectReason.MALFORMED_ROW, detail);
    }
}
