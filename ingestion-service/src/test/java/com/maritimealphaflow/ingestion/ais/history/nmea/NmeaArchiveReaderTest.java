package com.maritimealphaflow.ingestion.ais.history.nmea;

import static com.maritimealphaflow.ingestion.ais.nmea.Sentences.tag;
import static com.maritimealphaflow.ingestion.ais.nmea.Sentences.type1;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.ingestion.ais.AisDecoding;
import com.maritimealphaflow.ingestion.ais.RejectReason;
import com.maritimealphaflow.ingestion.support.RecordingSink;
import com.maritimealphaflow.model.ais.PositionReport;
import com.maritimealphaflow.model.ais.StaticReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive reader against files written here in each documented layout (docs/nmea-archive-layouts.md). */
class NmeaArchiveReaderTest {

    /** A type 1 for MMSI 257000001 at 60°N 5°E; the tests vary only the time around it. */
    static final String POSITION = type1(257000001, 0, 100, 5L * 600_000, 60L * 600_000, 900, 90);

    static final String POSITION_2 = type1(257000002, 5, 0, 6L * 600_000, 61L * 600_000, 3600, 511);

    /** A published two-sentence type 5 (gpsd's sample.aivdm): MMSI 351759000, "EVER DIADEM". */
    static final String TYPE_5_PART_1 =
            "!AIVDM,2,1,1,A,55?MbV02;H;s<HtKR20EHE:0@T4@Dn2222222216L961O5Gf0NSQEp6ClRp8,0*1C";

    static final String TYPE_5_PART_2 = "!AIVDM,2,2,1,A,88888888880,2*25";

    /** c:1241544035, the example time of libais's USCG and tag block documentation. */
    static final Instant TAG_TIME = Instant.parse("2009-05-05T17:20:35Z");

    static final Instant LOGGED = Instant.parse("2023-01-11T00:00:05Z");

    @TempDir
    Path dir;

    final NmeaArchiveReader reader = new NmeaArchiveReader();
    final RecordingSink sink = new RecordingSink();

    @Test
    void takesTheReportTimeFromTagBlockSecondsOrMillisecondsByMagnitude() throws IOException {
        NmeaArchiveRead read = readText(
                "archive.nm4", tag("s:2573485,c:1241544035") + POSITION, tag("s:2573485,c:1241544036250") + POSITION_2);

        assertThat(times()).containsExactly(TAG_TIME, Instant.parse("2009-05-05T17:20:36.250Z"));
        assertThat(read).isEqualTo(new NmeaArchiveRead(2, 1, false));
    }

    @Test
    void rejectsATagBlockWithABadChecksumInsteadOfGuessingItsTime() throws IOException {
        String badTag = "\\s:2573485,c:1241544035*00\\";

        readText("archive.nm4", badTag + POSITION, "2023-01-11T00:00:05Z " + badTag + POSITION_2);

        assertThat(sink.reports()).isEmpty();
        assertThat(sink.rejections()).containsExactly(RejectReason.BAD_CHECKSUM, RejectReason.BAD_CHECKSUM);
    }

    @Test
    void assemblesATwoSentenceType5WhoseGroupTagsCarryTheTimeOnTheFirstLineOnly() throws IOException {
        readText(
                "archive.nmea",
                tag("g:1-2-73874,s:r003669945,c:1241544035") + TYPE_5_PART_1,
                tag("g:2-2-73874") + TYPE_5_PART_2);

        assertThat(sink.statics()).singleElement().satisfies(s -> {
            assertThat(s.mmsi()).isEqualTo(351759000);
            assertThat(s.name()).isEqualTo("EVER DIADEM");
            assertThat(s.time()).isEqualTo(TAG_TIME);
        });
        assertThat(sink.all()).hasSize(2).first().isEqualTo(AisDecoding.Incomplete.INSTANCE);
    }

    @Test
    void readsTheLeadingTimeStampLayouts() throws IOException {
        readText(
                "log.txt",
                "2023-01-11T00:00:05Z " + POSITION,
                "2023-01-11T01:00:05.5+01:00\t" + POSITION,
                "2023-01-11 00:00:06," + POSITION,
                "2023-01-11 00:00:07;" + POSITION,
                "1673395208.123 " + POSITION,
                "1673395209 " + POSITION,
                "1673395210500 " + POSITION,
                "2023-01-11T00:00:11.000Z,AIS,\"UDP port:6039\",\"" + POSITION + "\"");

        assertThat(times())
                .containsExactly(
                        LOGGED,
                        LOGGED.plusMillis(500),
                        LOGGED.plusSeconds(1),
                        LOGGED.plusSeconds(2),
                        LOGGED.plusSeconds(3).plusMillis(123),
                        LOGGED.plusSeconds(4),
                        LOGGED.plusSeconds(5).plusMillis(500),
                        LOGGED.plusSeconds(6));
        assertThat(sink.rejections()).isEmpty();
    }

    @Test
    void takesTheLastUscgTrailingFieldAsEpochSeconds() throws IOException {
        readText(
                "uscg.nm4",
                POSITION + ",s28234,d-095,T48.12345678,x12345,S1234,r003669945,1241544035",
                POSITION_2 + ",r08ACERDC,1429287223",
                TYPE_5_PART_1 + ",d-084,S1652,t161344.00,T44.05687473,r003669945,1429287224",
                TYPE_5_PART_2 + ",d-084,S1652,t161344.00,T44.05687473,r003669945,1429287224");

        assertThat(times()).containsExactly(TAG_TIME, Instant.parse("2015-04-17T16:13:43Z"));
        assertThat(sink.statics())
                .extracting(StaticReport::time)
                .containsExactly(Instant.parse("2015-04-17T16:13:44Z"));
    }

    @Test
    void prefersTheTagBlockTimeToALoggedOne() throws IOException {
        readText("both.nmea", "2023-01-11T00:00:05Z " + tag("c:1241544035") + POSITION + ",r1,1673395300");

        assertThat(times()).containsExactly(TAG_TIME);
    }

    @Test
    void rejectsLinesThatStateNoTimeAsMissingTime() throws IOException {
        NmeaArchiveRead read = readText(
                "bare.nmea",
                POSITION,
                "INNAV\t2018-05-23T23:58:26.114Z\t" + POSITION,
                tag("s:2573485") + POSITION,
                POSITION + ",r003669945",
                TYPE_5_PART_1,
                TYPE_5_PART_2,
                "2023-01-11T00:00:05Z " + POSITION_2);

        assertThat(sink.rejections()).containsExactlyElementsOf(Collections.nCopies(5, RejectReason.MISSING_TIME));
        assertThat(times()).containsExactly(LOGGED);
        assertThat(read.lines()).isEqualTo(7);
    }

    @Test
    void readsGzipAndEveryEntryOfAZipInOrder() throws IOException {
        Path gz = dir.resolve("day.nmea.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(
                    lines("1673395205 " + POSITION, "1673395206 " + POSITION_2).getBytes(US_ASCII));
        }
        Path zip = dir.resolve("days.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("2023-01-11.nm4"));
            out.write(lines("1673395207 " + POSITION, "1673395207 " + TYPE_5_PART_1)
                    .getBytes(US_ASCII));
            out.putNextEntry(new ZipEntry("sub/"));
            out.putNextEntry(new ZipEntry("sub/2023-01-12.nm4"));
            out.write(lines("1673395208 " + TYPE_5_PART_2, "1673395209 " + POSITION_2)
                    .getBytes(US_ASCII));
        }

        assertThat(reader.read(gz, sink)).isEqualTo(new NmeaArchiveRead(2, 1, false));
        assertThat(reader.read(zip, sink)).isEqualTo(new NmeaArchiveRead(4, 2, false));

        assertThat(times())
                .containsExactly(LOGGED, LOGGED.plusSeconds(1), LOGGED.plusSeconds(2), LOGGED.plusSeconds(4));
        // a message is not assembled across two files: each half is counted as the live path counts it
        assertThat(sink.rejections())
                .containsExactly(RejectReason.INCOMPLETE_MULTIPART, RejectReason.INCOMPLETE_MULTIPART);
        assertThat(reader.linesRead()).isEqualTo(6);
    }

    @Test
    void readsCrlfAndABomAndRejectsATruncatedLastLine() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String text = "1673395205 " + POSITION + "\r\n\r\n1673395206 " + POSITION_2 + "\r\n1673395207 "
                + POSITION.substring(0, 30);

        NmeaArchiveRead read = reader.read("crlf.txt", new ByteArrayInputStream(concat(bom, text)), sink);

        assertThat(times()).containsExactly(LOGGED, LOGGED.plusSeconds(1));
        assertThat(sink.rejections()).containsExactly(RejectReason.MALFORMED_SENTENCE);
        assertThat(read).isEqualTo(new NmeaArchiveRead(3, 1, false));
    }

    @Test
    void rejectsAnOverlongLineWithoutLosingTheNextOne() throws IOException {
        String overlong = "1673395205 " + POSITION + ",".repeat(NmeaArchiveReader.DEFAULT_MAX_LINE);

        NmeaArchiveRead read = readText("long.nmea", overlong, "1673395206 " + POSITION_2);

        assertThat(sink.all().get(0))
                .isEqualTo(
                        new AisDecoding.Rejected(RejectReason.MALFORMED_SENTENCE, "line longer than 1024 characters"));
        assertThat(times()).containsExactly(LOGGED.plusSeconds(1));
        assertThat(read.lines()).isEqualTo(2);
    }

    @Test
    void readsAGzipCutShortUpToTheCutAndSaysSo() throws IOException {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(whole)) {
            for (int i = 0; i < 2000; i++) {
                out.write(("167339" + (5205 + i) + " " + POSITION + "\n").getBytes(US_ASCII));
            }
        }
        byte[] cut = Arrays.copyOf(whole.toByteArray(), whole.size() / 2);

        NmeaArchiveRead read = reader.read("cut.gz", new ByteArrayInputStream(cut), sink);

        assertThat(read.truncated()).isTrue();
        assertThat(read.lines()).isBetween(1L, 1999L);
        assertThat(sink.positions()).hasSizeGreaterThanOrEqualTo((int) read.lines() - 1);
    }

    @Test
    void stopsAtAZipEntryCutShortAndSaysSo() throws IOException {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(whole)) {
            out.putNextEntry(new ZipEntry("2023-01-11.nm4"));
            for (int i = 0; i < 2000; i++) {
                out.write(("167339" + (5205 + i) + " " + POSITION + "\n").getBytes(US_ASCII));
            }
            out.putNextEntry(new ZipEntry("2023-01-12.nm4"));
            out.write(("1673395206 " + POSITION_2 + "\n").getBytes(US_ASCII));
        }
        byte[] cut = Arrays.copyOf(whole.toByteArray(), whole.size() / 2);

        NmeaArchiveRead read = reader.read("cut.zip", new ByteArrayInputStream(cut), sink);

        assertThat(read.truncated()).isTrue();
        assertThat(read.entries()).isEqualTo(1);
        assertThat(read.lines()).isBetween(1L, 1999L);
        assertThat(sink.positions()).hasSizeGreaterThanOrEqualTo((int) read.lines() - 1);
    }

    private NmeaArchiveRead readText(String name, String... lines) throws IOException {
        return reader.read(name, new ByteArrayInputStream(lines(lines).getBytes(US_ASCII)), sink);
    }

    private List<Instant> times() {
        return sink.positions().stream().map(PositionReport::time).toList();
    }

    private static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    private static byte[] concat(byte[] head, String text) {
        byte[] tail = text.getBytes(US_ASCII);
        byte[] all = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
