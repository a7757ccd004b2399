package com.maritimealphaflow.ingestion.ticks;

import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.ingestion.ticks.files.TickFileReader;
import com.maritimealphaflow.model.ticks.Tick;
import com.maritimealphaflow.model.ticks.TickSkipReason;
import com.maritimealphaflow.testsupport.ticks.DebsTickFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TickFileReaderTest {

    private static final String TEXT = "# comment\n" + DebsTickFiles.HEADER + "\n# Unique ID,Security Type,...\n"
            + row("IEBBB.FR", "E", "12.34", "07:00:00.123", "08-11-2021") + "\n"
            + row("IEBBB.FR", "E", "", "07:00:01.000", "08-11-2021") + "\n"
            + "garbage\n"
            + row("X.NL", "I", "0", "07:00:02.000", "08-11-2021") + "\n"
            + row("Y.ETR", "E", "5", "", "") + "\r\n"
            + row("Z.FR", "E", "7.5", "07:00:03.000", "08-11-2021") + "\n";

    @Test
    void readsCommentsHeaderAndRowsCountingSkipsPerReasonWhateverTheCompression(@TempDir Path dir) throws IOException {
        Path plain = Files.writeString(dir.resolve("ticks.gz"), TEXT);
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(zipped)) {
            out.write(TEXT.getBytes(StandardCharsets.US_ASCII));
        }
        Path gzip = Files.write(dir.resolve("ticks.csv"), zipped.toByteArray());

        for (Path file : List.of(plain, gzip)) {
            List<Tick> ticks = new ArrayList<>();
            Map<TickSkipReason, Integer> skipped = new EnumMap<>(TickSkipReason.class);
            long bytes;
            try (TickFileReader reader = TickFileReader.open(file, 4096)) {
                TickFileReader.Row row;
                while ((row = reader.next()) != TickFileReader.Row.END) {
                    if (row == TickFileReader.Row.TICK) {
                        ticks.add(reader.tick());
                    } else {
                        skipped.merge(reader.skipReason(), 1, Integer::sum);
                    }
                }
                assertThat(reader.rows()).isEqualTo(6);
                bytes = reader.bytesRead();
            }
            assertThat(bytes).as(file.toString()).isEqualTo(Files.size(file));
            assertThat(ticks)
                    .containsExactly(
                            new Tick(
                                    "IEBBB.FR",
                                    "E",
                                    12.34,
                                    Instant.parse("2021-11-08T07:00:00.123Z").toEpochMilli()),
                            new Tick(
                                    "Z.FR",
                                    "E",
                                    7.5,
                                    Instant.parse("2021-11-08T07:00:03Z").toEpochMilli()));
            assertThat(skipped)
                    .containsEntry(TickSkipReason.NO_PRICE, 2)
                    .containsEntry(TickSkipReason.MALFORMED, 1)
                    .containsEntry(TickSkipReason.NO_TIME, 1);
        }
    }

    @Test
    void rowsBeforeAnyHeaderAreMalformed() throws IOException {
        InputStream in = new ByteArrayInputStream(
                (row("A.FR", "E", "1", "07:00:00.000", "08-11-2021") + "\n").getBytes(StandardCharsets.US_ASCII));
        try (TickFileReader reader = TickFileReader.of(in, 4096)) {
            assertThat(reader.next()).isEqualTo(TickFileReader.Row.SKIPPED);
            assertThat(reader.skipReason()).isEqualTo(TickSkipReason.MALFORMED);
            assertThat(reader.next()).isEqualTo(TickFileReader.Row.END);
        }
    }

    private static String row(String id, String secType, String last, String time, String date) {
        String[] names = DebsTickFiles.HEADER.split(",");
        String[] fields = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            fields[i] = switch (names[i]) {
                case "ID" -> id;
                case "SecType" -> secType;
                case "Last" -> last;
                case "Trading time" -> time;
                case "Trading date" -> date;
                default -> "";
            };
        }
        return String.join(",", fields) + ",";
    }
}
