package com.maritimealphaflow.ingestion.ais.imports;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Days of NOAA MarineCadastre as its files lay them out ({@code AIS_YYYY_MM_DD.csv} in {@code AIS_YYYY_MM_DD.zip}),
 * generated: {@code vessels} vessels, each reporting every {@code stepSeconds} from midnight for {@code rows} rows in
 * all, in time order. Vessel {@code v} is MMSI 367000000 + v, a cargo ship (type 70) when v is even and a tanker (80)
 * when odd, sailing east from (25 + v / 100)°N, 90°W.
 */
final class NoaaFiles {

    static final String HEADER = "MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading,VesselName,IMO,CallSign,VesselType,Status,"
            + "Length,Width,Draft,Cargo,TransceiverClass";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);

    private NoaaFiles() {}

    static String entryName(LocalDate day) {
        return String.format(
                Locale.ROOT, "AIS_%04d_%02d_%02d.csv", day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    }

    static String zipName(LocalDate day) {
        return entryName(day).replace(".csv", ".zip");
    }

    static byte[] zip(LocalDate day, int vessels, int stepSeconds, long rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writeZip(bytes, day, vessels, stepSeconds, rows);
        return bytes.toByteArray();
    }

    static void writeZip(OutputStream out, LocalDate day, int vessels, int stepSeconds, long rows) {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entryName(day)));
            Writer text = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
            writeCsv(text, day, vessels, stepSeconds, rows);
            text.flush();
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void writeCsv(Writer out, LocalDate day, int vessels, int stepSeconds, long rows) throws IOException {
        LocalDateTime midnight = day.atStartOfDay();
        out.write(HEADER + "\n");
        StringBuilder line = new StringBuilder(200);
        for (long i = 0; i < rows; i++) {
            int v = (int) (i % vessels);
            long step = i / vessels;
            line.setLength(0);
            line.append(367_000_000 + v)
                    .append(',')
                    .append(TIME.format(midnight.plusSeconds(step * stepSeconds)))
                    .append(',')
                    .append(String.format(Locale.ROOT, "%.5f,%.5f", 25 + v / 100.0, -90 + step * 0.001))
                    .append(',')
                    .append(12.3)
                    .append(',')
                    .append(90.0)
                    .append(',')
                    .append(step % 5 == 0 ? 511 : 90)
                    .append(',')
                    .append(v % 3 == 0 ? "\"SEA LION, II\"" : "VESSEL " + v)
                    .append(',')
                    .append(v % 4 == 0 ? "" : "IMO" + (9_000_000 + v))
                    .append(',')
                    .append("WDH")
                    .append(v)
                    .append(',')
                    .append(v % 2 == 0 ? 70 : 80)
                    .append(",0,180,32,10.5,70,A\n");
            out.append(line);
        }
    }
}
