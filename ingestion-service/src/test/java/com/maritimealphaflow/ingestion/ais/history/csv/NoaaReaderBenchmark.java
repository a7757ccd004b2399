package com.maritimealphaflow.ingestion.ais.history.csv;

import com.maritimealphaflow.ingestion.ais.AisDecoding;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rows per second of {@link HistoryCsvReader#noaa()} on a generated NOAA-layout file (not run by the build; run it by
 * hand: {@code java -cp … NoaaReaderBenchmark [rows]}). Measures parsing and decoding only, no database.
 */
public final class NoaaReaderBenchmark {

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path file = Files.createTempFile("noaa-benchmark", ".csv");
        try {
            write(file, rows);
            for (int run = 1; run <= 3; run++) {
                AtomicLong reports = new AtomicLong();
                long start = System.nanoTime();
                long read;
                try (Reader text = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    read = HistoryCsvReader.noaa().read(text, decoding -> {
                        if (decoding instanceof AisDecoding.Reports r)
                            reports.addAndGet(r.reports().size());
                    });
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf(
                        "run %d: %d rows, %d reports in %.2f s = %.0f rows/s (%d MB file)%n",
                        run, read, reports.get(), seconds, read / seconds, Files.size(file) >> 20);
            }
        } finally {
            Files.delete(file);
        }
    }

    private static void write(Path file, int rows) throws IOException {
        LocalDateTime start = LocalDateTime.parse("2023-01-11T00:00:00");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading,VesselName,IMO,CallSign,VesselType,Status,Length,"
                    + "Width,Draft,Cargo,TransceiverClass\n");
            for (int i = 0; i < rows; i++) {
                int vessel = i % 20_000;
                out.write((367_000_000 + vessel) + "," + start.plusSeconds(i / 12) + ","
                        + String.format("%.5f,%.5f", 25 + vessel % 2000 / 100.0, -90 + i % 997 / 100.0) + ","
                        + (i % 150) / 10.0 + "," + (i % 3600) / 10.0 + "," + (i % 7 == 0 ? 511 : i % 360) + ","
                        + (i % 5 == 0 ? "\"SEA LION, II\"" : "VESSEL " + vessel) + ","
                        + (i % 3 == 0 ? "" : "IMO" + (9_000_000 + vessel)) + ",WDH" + vessel + "," + (70 + i % 20)
                        + "," + (i % 16) + ",180,32,10.5,70," + (i % 4 == 0 ? "B" : "A") + "\n");
            }
        }
    }
}
