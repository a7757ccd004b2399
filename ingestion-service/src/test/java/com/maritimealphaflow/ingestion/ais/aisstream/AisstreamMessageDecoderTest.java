package com.maritimealphaflow.ingestion.ais.aisstream;

import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.ingestion.ais.AisDecoding;
import com.maritimealphaflow.ingestion.ais.RejectReason;
import com.maritimealphaflow.model.ais.AisReport;
import com.maritimealphaflow.model.ais.PositionReport;
import com.maritimealphaflow.model.ais.StaticReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AisstreamMessageDecoderTest {

    private final AisstreamMessageDecoder decoder = new AisstreamMessageDecoder();

    @Test
    void decodesAClassAPositionReportWithItsNanosecondTime() {
        assertThat(reports(fixture("position-report.json")))
                .containsExactly(new PositionReport(
                        265547250,
                        Instant.parse("2026-04-25T09:47:25.267464520Z"),
                        57.69432166666667,
                        11.84652,
                        11.8,
                        211.4,
                        209,
                        0,
                        1));
    }

    @Test
    void turnsNotAvailableSpeedCourseAndHeadingIntoNullsAndKeepsRawCoordinatesForTheSink() {
        // Latitude 91 and longitude 181 stay as they are: the sink counts them as "not available" rejections.
        assertThat(reports(fixture("position-report-not-available.json")))
                .containsExactly(new PositionReport(
                        219004512, Instant.parse("2026-04-25T09:47:26Z"), 91, 181, null, null, null, 5, 3));
    }

    @Test
    void decodesAStandardClassBPositionReportWithoutNavigationalStatus() {
        assertThat(reports(fixture("standard-class-b-position-report.json")))
                .containsExactly(new PositionReport(
                        244730193,
                        Instant.parse("2026-04-25T09:47:27.5Z"),
                        51.95583,
                        4.04817,
                        6.1,
                        97.3,
                        null,
                        null,
                        18));
    }

    @Test
    void decodesAnExtendedClassBReportIntoAPositionAndStaticData() {
        Instant time = Instant.parse("2026-04-25T09:47:28.123Z");
        assertThat(reports(fixture("extended-class-b-position-report.json")))
                .containsExactly(
                        new PositionReport(227160780, time, 43.29671, 5.36327, 0.2, 45.0, 44, null, 19),
                        new StaticReport(
                                227160780, time, "MISTRAL", null, null, 37, null, null, 12, 6, 3, 2, null, 19));
    }

    @Test
    void decodesShipStaticDataWithSingularDimensionImoDraughtAndAnEtaInTheNextYear() {
        Instant time = Instant.parse("2026-12-30T22:15:00.000815Z");
        assertThat(reports(fixture("ship-static-data.json")))
                .containsExactly(new StaticReport(
                        248123456,
                        time,
                        "NORDIC MARLIN",
                        "9HA5012",
                        9811000,
                        80,
                        "ROTTERDAM",
                        Instant.parse("2027-01-02T06:30:00Z"),
                        246,
                        54,
                        23,
                        25,
                        14.2,
                        5));
    }

    @Test
    void leavesStaticFieldsThatAreNotAvailableNull() {
        // IMO 0, type 0, draught 0, all dimensions 0, ETA month 0, and padding-only text all mean "not available".
        assertThat(reports(fixture("ship-static-data-not-available.json")))
                .containsExactly(new StaticReport(
                        257001230,
                        Instant.parse("2026-04-25T09:47:30.9Z"),
                        "TUG 7",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        5));
    }

    @Test
    void decodesPartAOfAStaticDataReportAsTheNameOnly() {
        assertThat(reports(fixture("static-data-report-part-a.json")))
                .containsExactly(new StaticReport(
                        235104567,
                        Instant.parse("2026-04-25T09:47:31.01Z"),
                        "SEA SPRITE",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        24));
    }

    @Test
    void decodesPartBOfAStaticDataReportAsTypeCallSignAndDimensions() {
        assertThat(reports(fixture("static-data-report-part-b.json")))
                .containsExactly(new StaticReport(
                        235104567,
                        Instant.parse("2026-04-25T09:47:32.999999999Z"),
                        null,
                        "MBXZ7",
                        null,
                        36,
                        null,
                        null,
                        8,
                        4,
                        2,
                        2,
                        null,
                        24));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2026-04-25 09:47:25 +0000 UTC           | 2026-04-25T09:47:25Z",
                "2026-04-25 09:47:25.2 +0000 UTC         | 2026-04-25T09:47:25.200Z",
                "2026-04-25 09:47:25.26746452 +0000 UTC  | 2026-04-25T09:47:25.267464520Z",
                "2026-04-25 09:47:25.267464521 +0000 UTC | 2026-04-25T09:47:25.267464521Z",
                "2026-04-25 09:47:25.000000001 +0000 UTC | 2026-04-25T09:47:25.000000001Z",
                "2026-04-25 11:47:25.5 +0200 CEST        | 2026-04-25T09:47:25.500Z",
            })
    void readsTheReportTimeWithAnyNumberOfFractionDigits(String timeUtc, String expected) {
        String json = position("\"UserID\":265547250", "\"time_utc\":\"" + timeUtc + "\"");
        assertThat(reports(json)).singleElement().extracting(AisReport::time).isEqualTo(Instant.parse(expected));
    }

    @Test
    void takesTheMmsiFromMetaDataWhenTheBodyHasNoUserId() {
        String json = position("\"Valid\":true", "\"MMSI\":311000999,\"time_utc\":\"2026-04-25 09:47:25 +0000 UTC\"");
        assertThat(reports(json)).singleElement().extracting(AisReport::mmsi).isEqualTo(311000999);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"Message\":{\"PositionReport\":{\"Latitude\":1,",
                "not json at all",
                "",
                "[1,2,3]",
                "{\"MessageType\":\"PositionReport\"} trailing"
            })
    void rejectsWhatIsNotAJsonObjectAsUnparsable(String json) {
        assertThat(decoder.decode(json)).isInstanceOfSatisfying(AisDecoding.Rejected.class, r -> assertThat(r.reason())
                .isEqualTo(RejectReason.UNPARSABLE_JSON));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // no MessageType
                "{\"Message\":{},\"MetaData\":{\"time_utc\":\"2026-04-25 09:47:25 +0000 UTC\"}}",
                // no body for the type
                "{\"Message\":{},\"MessageType\":\"PositionReport\",\"MetaData\":{\"MMSI\":265547250,"
                        + "\"time_utc\":\"2026-04-25 09:47:25 +0000 UTC\"}}",
                // no time
                "{\"Message\":{\"PositionReport\":{\"UserID\":265547250,\"Latitude\":57.1,\"Longitude\":11.2}},"
                        + "\"MessageType\":\"PositionReport\",\"MetaData\":{\"MMSI\":265547250}}",
                // a time that is not one
                "{\"Message\":{\"PositionReport\":{\"UserID\":265547250,\"Latitude\":57.1,\"Longitude\":11.2}},"
                        + "\"MessageType\":\"PositionReport\",\"MetaData\":{\"time_utc\":\"yesterday noon\"}}",
                // no MMSI anywhere
                "{\"Message\":{\"PositionReport\":{\"Latitude\":57.1,\"Longitude\":11.2}},"
                        + "\"MessageType\":\"PositionReport\",\"MetaData\":{\"time_utc\":\"2026-04-25 09:47:25 +0000 UTC\"}}",
                // no latitude
                "{\"Message\":{\"PositionReport\":{\"UserID\":265547250,\"Longitude\":11.2}},"
                        + "\"MessageType\":\"PositionReport\",\"MetaData\":{\"time_utc\":\"2026-04-25 09:47:25 +0000 UTC\"}}",
                // a type 24 that does not say which part it is
                "{\"Message\":{\"StaticDataReport\":{\"UserID\":235104567,\"ReportA\":{\"Name\":\"X\"}}},"
                        + "\"MessageType\":\"StaticDataReport\",\"MetaData\":{\"time_utc\":\"2026-04-25 09:47:25 +0000 UTC\"}}",
            })
    void rejectsMessagesWithoutARequiredFieldAsMissingField(String json) {
        assertThat(decoder.decode(json)).isInstanceOfSatisfying(AisDecoding.Rejected.class, r -> assertThat(r.reason())
                .isEqualTo(RejectReason.MISSING_FIELD));
    }

    @Test
    void skipsOtherMessageTypesUnderTheirName() {
        assertThat(decoder.decode(fixture("base-station-report.json")))
                .isEqualTo(new AisDecoding.Skipped("BaseStationReport"));
        assertThat(decoder.decode("{\"MessageType\":\"UnknownMessage\",\"Message\":{}}"))
                .isEqualTo(new AisDecoding.Skipped("UnknownMessage"));
    }

    @Test
    void seesTheServersErrorFrameForWhatItIs() {
        assertThat(AisstreamMessageDecoder.serverError(decoder.parse("{\"error\": \"Api Key Is Not Valid\"}")))
                .isEqualTo("Api Key Is Not Valid");
        assertThat(AisstreamMessageDecoder.serverError(decoder.parse(fixture("position-report.json"))))
                .isNull();
    }

    private List<AisReport> reports(String json) {
        AisDecoding decoding = decoder.decode(json);
        assertThat(decoding).isInstanceOf(AisDecoding.Reports.class);
        return ((AisDecoding.Reports) decoding).reports();
    }

    private static String position(String bodyExtra, String metaData) {
        return "{\"Message\":{\"PositionReport\":{\"Latitude\":57.1,\"Longitude\":11.2,\"MessageID\":1," + bodyExtra
                + "}},\"MessageType\":\"PositionReport\",\"MetaData\":{" + metaData + "}}";
    }

    static String fixture(String name) {
        try (InputStream in = AisstreamMessageDecoderTest.class.getResourceAsStream("/aisstream/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
