package com.maritimealphaflow.ingestion.ais.nmea;

import static com.maritimealphaflow.ingestion.ais.nmea.Sentences.sentence;
import static com.maritimealphaflow.ingestion.ais.nmea.Sentences.tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import com.maritimealphaflow.ingestion.ais.AisDecoding;
import com.maritimealphaflow.ingestion.ais.RejectReason;
import com.maritimealphaflow.ingestion.support.MutableClock;
import com.maritimealphaflow.ingestion.support.RecordingSink;
import com.maritimealphaflow.model.ais.PositionReport;
import com.maritimealphaflow.model.ais.StaticReport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The decoder against real AIVDM sentences whose decodes are published in the GPSD project's sample.aivdm (from Kurt
 * Schwehr, Mike Greene, AISHub and others, checked there with the noaadata tools and the Maritec decoder).
 */
class NmeaDecoderTest {

    static final String TYPE_1 = "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A";
    static final String TYPE_1_NO_HEADING = "!AIVDM,1,1,,A,16SteH0P00Jt63hHaa6SagvJ087r,0*42";
    static final String TYPE_2 = "!AIVDM,1,1,,B,25Cjtd0Oj;Jp7ilG7=UkKBoB0<06,0*60";
    static final String TYPE_3 = "!AIVDM,1,1,,A,38Id705000rRVJhE7cl9n;160000,0*40";
    static final String TYPE_4 = "!AIVDM,1,1,,A,403OviQuMGCqWrRO9>E6fE700@GO,0*4D";
    static final String TYPE_5_PART_1 =
            "!AIVDM,2,1,1,A,55?MbV02;H;s<HtKR20EHE:0@T4@Dn2222222216L961O5Gf0NSQEp6ClRp8,0*1C";
    static final String TYPE_5_PART_2 = "!AIVDM,2,2,1,A,88888888880,2*25";
    static final String TYPE_18 = "!AIVDM,1,1,,A,B52K>;h00Fc>jpUlNV@ikwpUoP06,0*4C";
    static final String TYPE_19 = "!AIVDM,1,1,,B,C5N3SRgPEnJGEBT>NhWAwwo862PaLELTBJ:V00000000S0D:R220,0*0B";
    static final String TYPE_21_PART_1 = "!AIVDM,2,1,5,B,E1mg=5J1T4W0h97aRh6ba84<h2d;W:Te=eLvH50```q,0*46";
    static final String TYPE_21_PART_2 = "!AIVDM,2,2,5,B,:D44QDlp0C1DU00,2*36";
    static final String TYPE_24_A = "!AIVDM,1,1,,A,H42O55i18tMET00000000000000,2*6D";
    static final String TYPE_24_B = "!AIVDM,1,1,,A,H42O55lti4hhhilD3nink000?050,0*40";
    static final String TYPE_8_PART_1 = "!AIVDM,3,1,7,A,85Mwp=iKfGwushJ?gNlt2QU3osVGe:4?cNhQqf2VH8t,0*08";
    static final String TYPE_8_PART_2 = "!AIVDM,3,2,7,A,?A;J6b7AwuiqIGLeNiKCPDR7HQR<u;TTFufegr>kCSF,0*41";
    static final String TYPE_8_PART_3 = "!AIVDM,3,3,7,A,Uq:1Kk`e8,4*27";
    /** A type 1 of 163 bits instead of 168: cut short. */
    static final String TYPE_1_TOO_SHORT = "!AIVDM,1,1,,A,13aIkM@P00PJ@qPNL=e@0?wJ28JO,5*63";
    /** The canonical GPS fix example of NMEA 0183. */
    static final String GPS_FIX = "$GPRMC,123519,A,4807.038,N,01131.000,E,022.4,084.4,230394,003.1,W*6A";

    /** Positions in 1/10000 minute come out to about 2e-7 degrees; the published decodes have 7 to 12 digits. */
    static final Offset<Double> DEGREES = within(1e-6);

    static final Instant NOW = Instant.parse("2026-04-25T09:47:25Z");
    /** c:1671620143 of the Norwegian Coastal Administration's feed. */
    static final Instant TAG_TIME = Instant.parse("2022-12-21T10:55:43Z");

    final MutableClock clock = new MutableClock(NOW);
    final NmeaDecoder decoder = new NmeaDecoder(clock);
    final RecordingSink sink = new RecordingSink();

    @Test
    void decodesClassAPositionReportsOfTypes1To3AsPublished() {
        decode(TYPE_1, TYPE_1_NO_HEADING, TYPE_2, TYPE_3);

        assertThat(sink.positions()).hasSize(4);
        PositionReport type1 = sink.positions().get(0);
        assertThat(type1.mmsi()).isEqualTo(371798000);
        assertThat(type1.time()).isEqualTo(NOW);
        assertThat(type1.latitude()).isCloseTo(48.38163333333, DEGREES);
        assertThat(type1.longitude()).isCloseTo(-123.395383333, DEGREES);
        assertThat(type1.speedOverGround()).isEqualTo(12.3);
        assertThat(type1.courseOverGround()).isEqualTo(224.0);
        assertThat(type1.heading()).isEqualTo(215);
        assertThat(type1.navigationalStatus()).isZero();
        assertThat(type1.messageType()).isEqualTo(1);

        PositionReport noHeading = sink.positions().get(1);
        assertThat(noHeading.mmsi()).isEqualTo(440348000);
        assertThat(noHeading.latitude()).isCloseTo(43.08015, DEGREES);
        assertThat(noHeading.longitude()).isCloseTo(-70.7582, DEGREES);
        assertThat(noHeading.speedOverGround()).isEqualTo(0.0);
        assertThat(noHeading.courseOverGround()).isEqualTo(93.4);
        assertThat(noHeading.heading()).as("511 is not available").isNull();

        PositionReport type2 = sink.positions().get(2);
        assertThat(type2.mmsi()).isEqualTo(356302000);
        assertThat(type2.latitude()).isCloseTo(40.39235833333, DEGREES);
        assertThat(type2.longitude()).isCloseTo(-71.62614333333, DEGREES);
        assertThat(type2.speedOverGround()).isEqualTo(13.9);
        assertThat(type2.courseOverGround()).isEqualTo(87.7);
        assertThat(type2.heading()).isEqualTo(91);
        assertThat(type2.messageType()).isEqualTo(2);

        PositionReport type3 = sink.positions().get(3);
        assertThat(type3.mmsi()).isEqualTo(563808000);
        assertThat(type3.navigationalStatus()).as("moored").isEqualTo(5);
        assertThat(type3.latitude()).isCloseTo(36.91, DEGREES);
        assertThat(type3.longitude()).isCloseTo(-76.32753333333, DEGREES);
        assertThat(type3.courseOverGround()).isEqualTo(252.0);
        assertThat(type3.heading()).isEqualTo(352);
        assertThat(type3.messageType()).isEqualTo(3);
    }

    @Test
    void decodesClassBPositionReportsOfType18() {
        decode(TYPE_18);

        PositionReport p = single(sink.positions());
        assertThat(p.mmsi()).isEqualTo(338087471);
        assertThat(p.latitude()).isCloseTo(40.68454, DEGREES);
        assertThat(p.longitude()).isCloseTo(-74.07213166667, DEGREES);
        assertThat(p.speedOverGround()).isEqualTo(0.1);
        assertThat(p.courseOverGround()).isEqualTo(79.6);
        assertThat(p.heading()).isNull();
        assertThat(p.navigationalStatus()).as("class B sends none").isNull();
        assertThat(p.messageType()).isEqualTo(18);
    }

    @Test
    void decodesType19AsOneMessageWithAPositionAndStaticData() {
        decode(TYPE_19);

        assertThat(sink.messages()).hasSize(1);
        PositionReport p = single(sink.positions());
        assertThat(p.mmsi()).isEqualTo(367059850);
        assertThat(p.latitude()).isCloseTo(29.543695, DEGREES);
        assertThat(p.longitude()).isCloseTo(-88.8103916667, DEGREES);
        assertThat(p.speedOverGround()).isEqualTo(8.7);
        assertThat(p.courseOverGround()).isEqualTo(335.9);
        assertThat(p.heading()).isNull();
        assertThat(p.messageType()).isEqualTo(19);
        StaticReport s = single(sink.statics());
        assertThat(s.mmsi()).isEqualTo(367059850);
        assertThat(s.name()).isEqualTo("CAPT.J.RIMES");
        assertThat(s.shipType()).isEqualTo(70);
        assertThat(List.of(s.toBow(), s.toStern(), s.toPort(), s.toStarboard())).containsExactly(5, 21, 4, 4);
        assertThat(s.time()).isEqualTo(NOW);
    }

    @Test
    void reassemblesATwoSentenceType5WithItsVoyageData() {
        decode(tag("s:2573135,c:1671620143") + TYPE_5_PART_1, TYPE_5_PART_2);

        assertThat(sink.all().get(0)).isInstanceOf(AisDecoding.Incomplete.class);
        assertThat(sink.messages()).hasSize(1);
        StaticReport s = single(sink.statics());
        assertThat(s.mmsi()).isEqualTo(351759000);
        assertThat(s.time()).as("the first fragment's tag time").isEqualTo(TAG_TIME);
        assertThat(s.imo()).isEqualTo(9134270);
        assertThat(s.callSign()).isEqualTo("3FOF8");
        assertThat(s.name()).isEqualTo("EVER DIADEM");
        assertThat(s.shipType()).isEqualTo(70);
        assertThat(List.of(s.toBow(), s.toStern(), s.toPort(), s.toStarboard())).containsExactly(225, 70, 1, 31);
        assertThat(s.draught()).isEqualTo(12.2);
        assertThat(s.destination()).isEqualTo("NEW YORK");
        // ETA 15 May 14:00 (as the Maritec decoder gives it; gpsd's sample comment says 16:00, its own output 14:00),
        // in the year that puts it closest to a report of December 2022.
        assertThat(s.eta()).isEqualTo(Instant.parse("2023-05-15T14:00:00Z"));
        assertThat(s.messageType()).isEqualTo(5);
    }

    @Test
    void acceptsType5MessagesOf420BitsAsSomeTranspondersSendThem() {
        decode(TYPE_5_PART_1, sentence("AIVDM,2,2,1,A,8888888888,0"));

        assertThat(single(sink.statics()).destination()).isEqualTo("NEW YORK");
    }

    @Test
    void decodesType24PartAAndPartBIntoPartialStaticReports() {
        decode(TYPE_24_A, TYPE_24_B);

        assertThat(sink.statics()).hasSize(2);
        StaticReport partA = sink.statics().get(0);
        assertThat(partA.mmsi()).isEqualTo(271041815);
        assertThat(partA.name()).isEqualTo("PROGUY");
        assertThat(partA.callSign()).isNull();
        assertThat(partA.shipType()).isNull();
        StaticReport partB = sink.statics().get(1);
        assertThat(partB.mmsi()).isEqualTo(271041815);
        assertThat(partB.name()).isNull();
        assertThat(partB.callSign()).isEqualTo("TC6163");
        assertThat(partB.shipType()).isEqualTo(60);
        assertThat(List.of(partB.toBow(), partB.toStern(), partB.toPort(), partB.toStarboard()))
                .containsExactly(0, 15, 0, 5);

        StaticReport merged = partA.mergedWith(partB);
        assertThat(merged.name()).isEqualTo("PROGUY");
        assertThat(merged.callSign()).isEqualTo("TC6163");
        assertThat(merged.shipType()).isEqualTo(60);
    }

    @Test
    void skipsMessageTypesThatAreNotStoredAndSentencesThatAreNotAis() {
        decode(TYPE_4, TYPE_21_PART_1, TYPE_21_PART_2, GPS_FIX);

        assertThat(sink.messages())
                .containsExactly(
                        new AisDecoding.Skipped("type_4"),
                        new AisDecoding.Skipped("type_21"),
                        new AisDecoding.Skipped("non_ais_sentence"));
    }

    @Test
    void takesTheReportTimeFromTheTagBlockAndAcceptsOtherTalkers() {
        decode(
                "\\s:2573135,c:1671620143*0B\\" + TYPE_1,
                tag("s:2573135,c:1671620144") + sentence("BSVDM,1,1,,A,16SteH0P00Jt63hHaa6SagvJ087r,0"),
                tag("c:1671620145000") + sentence("ABVDM,1,1,,B,25Cjtd0Oj;Jp7ilG7=UkKBoB0<06,0"),
                sentence("AIVDO,1,1,,A,38Id705000rRVJhE7cl9n;160000,0"));

        assertThat(sink.positions())
                .extracting(PositionReport::mmsi, PositionReport::time)
                .containsExactly(
                        tuple(371798000, TAG_TIME),
                        tuple(440348000, TAG_TIME.plusSeconds(1)),
                        tuple(356302000, TAG_TIME.plusSeconds(2)),
                        tuple(563808000, NOW));
    }

    @Test
    void takesTheReportTimeFromALeadingTimeStampOfLoggedLines() {
        decode(
                "2026-04-25T08:00:00Z " + TYPE_1,
                "1671620143," + TYPE_2,
                "1671620143.250;" + TYPE_3,
                "2026-04-25T10:00:00+02:00 " + TYPE_18,
                "receiver-7 " + TYPE_1_NO_HEADING);

        assertThat(sink.positions())
                .extracting(PositionReport::time)
                .containsExactly(
                        Instant.parse("2026-04-25T08:00:00Z"),
                        TAG_TIME,
                        TAG_TIME.plusMillis(250),
                        Instant.parse("2026-04-25T08:00:00Z"),
                        NOW);
    }

    @Test
    void rejectsBadChecksumsOfSentencesAndTagBlocksAndKeepsDecoding() {
        decode(
                TYPE_1.replace("*4A", "*4B"),
                "\\s:2573135,c:1671620143*0C\\" + TYPE_2,
                TYPE_3.replace("38Id7", "38Id8"),
                TYPE_18);

        assertThat(sink.rejections())
                .containsExactly(RejectReason.BAD_CHECKSUM, RejectReason.BAD_CHECKSUM, RejectReason.BAD_CHECKSUM);
        assertThat(single(sink.positions()).mmsi()).isEqualTo(338087471);
    }

    @Test
    void rejectsMalformedLinesAndIgnoresBlankOnes() {
        decode(
                "",
                "   ",
                "hello, world",
                TYPE_1.substring(0, TYPE_1.indexOf('*')),
                sentence("AIVDM,x,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0"),
                sentence("AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ"),
                sentence("AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g2{}CQ,0"),
                sentence("AIVDM,1,1,,A,,0"),
                "\\s:2573135,c:1671620143*0B" + TYPE_1,
                TYPE_1_TOO_SHORT,
                sentence("AIVDM,1,1,,A,w5RTgt0PAso;90TKcjM8h6g208CQ,0"),
                TYPE_24_A);

        assertThat(sink.rejections()).hasSize(9).containsOnly(RejectReason.MALFORMED_SENTENCE);
        assertThat(sink.messages()).hasSize(10);
        assertThat(single(sink.statics()).name()).isEqualTo("PROGUY");
    }

    @Test
    void mapsNotAvailableValuesToNullButKeepsRawCoordinatesForTheSinkToJudge() {
        decode(Sentences.type1(257000001, 15, 1023, 181 * 600_000L, 91 * 600_000L, 3600, 511));

        PositionReport p = single(sink.positions());
        assertThat(p.mmsi()).isEqualTo(257000001);
        assertThat(p.latitude()).isEqualTo(91.0);
        assertThat(p.longitude()).isEqualTo(181.0);
        assertThat(p.speedOverGround()).isNull();
        assertThat(p.courseOverGround()).isNull();
        assertThat(p.heading()).isNull();
        assertThat(p.navigationalStatus()).isEqualTo(15);
    }

    @Test
    void decodesSouthernAndEasternCoordinatesWithTheirSigns() {
        // Sydney Opera House, -33.8568, 151.2153, in 1/10000 minute; speed 102.2 knots is the largest given.
        decode(Sentences.type1(503000001, 0, 1022, 90_729_180L, -20_314_080L, 3599, 359));

        PositionReport p = single(sink.positions());
        assertThat(p.latitude()).isCloseTo(-33.8568, DEGREES);
        assertThat(p.longitude()).isCloseTo(151.2153, DEGREES);
        assertThat(p.speedOverGround()).isEqualTo(102.2);
        assertThat(p.courseOverGround()).isEqualTo(359.9);
        assertThat(p.heading()).isEqualTo(359);
    }

    @Test
    void reassemblesMessagesInterleavedPerSequenceIdAndChannel() {
        decode(TYPE_5_PART_1, TYPE_21_PART_1, TYPE_8_PART_1, TYPE_21_PART_2, TYPE_5_PART_2);

        assertThat(sink.messages())
                .hasSize(2)
                .contains(new AisDecoding.Skipped("type_21"))
                .anySatisfy(d -> assertThat(d).isInstanceOf(AisDecoding.Reports.class));
        assertThat(single(sink.statics()).name()).isEqualTo("EVER DIADEM");

        decode(TYPE_8_PART_2, TYPE_8_PART_3);
        assertThat(sink.skipped()).containsExactly("type_21", "type_8");
        assertThat(sink.rejections()).isEmpty();
    }

    @Test
    void keepsFragmentsOfDifferentStationsApart() {
        decode(
                tag("s:2573135") + TYPE_5_PART_1,
                tag("s:2573145") + TYPE_5_PART_1,
                tag("s:2573145") + TYPE_5_PART_2,
                tag("s:2573135") + TYPE_5_PART_2);

        assertThat(sink.statics()).extracting(StaticReport::name).containsExactly("EVER DIADEM", "EVER DIADEM");
        assertThat(sink.rejections()).isEmpty();
    }

    @Test
    void rejectsAnOrphanFragmentOnceAndAbsorbsTheRestOfItsMessage() {
        decode(TYPE_8_PART_2, TYPE_8_PART_3, TYPE_5_PART_2, TYPE_1);

        assertThat(sink.rejections())
                .containsExactly(RejectReason.INCOMPLETE_MULTIPART, RejectReason.INCOMPLETE_MULTIPART);
        assertThat(sink.messages()).hasSize(3);
        assertThat(single(sink.positions()).mmsi()).isEqualTo(371798000);
    }

    @Test
    void rejectsAMessageWhoseFragmentsArriveOutOfOrderOnce() {
        decode(TYPE_8_PART_1, TYPE_8_PART_3, TYPE_8_PART_2, TYPE_8_PART_1, TYPE_8_PART_2, TYPE_8_PART_3);

        assertThat(sink.messages())
                .extracting(
                        d -> d instanceof AisDecoding.Rejected r ? r.reason().key() : d.toString())
                .containsExactly("incomplete_multipart", "Skipped[kind=type_8]");
    }

    @Test
    void rejectsAMessageWhoseSequenceIdIsReusedBeforeItEnded() {
        decode(TYPE_5_PART_1, TYPE_5_PART_1, TYPE_5_PART_2);

        assertThat(sink.rejections()).containsExactly(RejectReason.INCOMPLETE_MULTIPART);
        assertThat(single(sink.statics()).name()).isEqualTo("EVER DIADEM");
    }

    @Test
    void rejectsFragmentsNeverCompletedWhenTheStreamFinishes() {
        decode(TYPE_5_PART_1, TYPE_21_PART_1);
        assertThat(sink.messages()).isEmpty();

        decoder.finish(sink);
        assertThat(sink.rejections())
                .containsExactly(RejectReason.INCOMPLETE_MULTIPART, RejectReason.INCOMPLETE_MULTIPART);

        sink.clear();
        decode(TYPE_5_PART_2, TYPE_5_PART_1, TYPE_5_PART_2);
        assertThat(sink.rejections()).as("the finished fragments are gone").hasSize(1);
        assertThat(sink.statics()).hasSize(1);
    }

    @Test
    void rejectsFragmentsThatWaitedTooLong() {
        decode(TYPE_5_PART_1);
        clock.advance(FragmentAssembler.MAX_AGE.minusSeconds(1));
        decode(TYPE_1);
        assertThat(sink.rejections()).isEmpty();

        clock.advance(Duration.ofSeconds(2));
        decode(TYPE_2);
        assertThat(sink.rejections()).containsExactly(RejectReason.INCOMPLETE_MULTIPART);

        decode(TYPE_5_PART_1, TYPE_5_PART_2);
        assertThat(single(sink.statics()).name()).isEqualTo("EVER DIADEM");
    }

    @Test
    void boundsHowManyMessagesWaitForTheirFragments() {
        int stations = FragmentAssembler.MAX_OPEN_MESSAGES + 88;
        for (int i = 0; i < stations; i++) {
            decode(tag("s:station" + i) + TYPE_5_PART_1);
        }
        assertThat(sink.rejections()).hasSize(88).containsOnly(RejectReason.INCOMPLETE_MULTIPART);

        decode(tag("s:station" + (stations - 1)) + TYPE_5_PART_2);
        assertThat(sink.statics()).as("the newest are still there").hasSize(1);

        decoder.finish(sink);
        assertThat(sink.rejections()).hasSize(stations - 1);
    }

    private void decode(String... lines) {
        for (String line : lines) {
            decoder.decode(line, sink);
        }
    }

    private static <T> T single(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }
}
