package com.maritimealphaflow.ingestion.market.csv;

import java.util.List;

/**
 * What an import did.
 *
 * @param lines data lines read (blank lines and the header not counted)
 * @param stored bars inserted or corrected; {@code unchanged} were stored already with the same values
 * @param rejectedLines how many lines were rejected; {@code rejected} lists the first of them with line numbers
 */
public record CsvImportReport(
        long ingestionLogId,
        String file,
        String symbol,
        String interval,
        String market,
        long lines,
        long stored,
        long unchanged,
        long rejectedLines,
        List<Line> rejected) {

    /** A rejected line: its number in the file (the header is line 1) and why. */
    public record Line(long line, String reason) {}
}
