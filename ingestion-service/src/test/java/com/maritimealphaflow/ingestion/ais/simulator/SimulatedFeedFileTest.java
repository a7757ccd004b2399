package com.maritimealphaflow.ingestion.ais.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.maritimealphaflow.model.ais.AisEta;
import com.maritimealphaflow.model.ais.AisReport;
import com.maritimealphaflow.model.ais.PositionReport;
import com.maritimealphaflow.model.ais.StaticReport;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SimulatedFeedFileTest {

    private static final Instant START = Instant.parse("2026-04-20T00:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** aisstream's {@code time_utc}: Go's format, with as many digits of the second's fraction as it needs. */
    private static final DateTimeFormatter TIME_UTC = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd HH:mm:ss")
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
            .optionalEnd()
            .appendLiteral(" +0000 UTC")
            .toFormatter();

    @Test
    void writesEachReportAsTheAisstreamMessageItWouldArriveAs() throws IOException {
        StringWriter out = new StringWriter();
        SimulatedFeedFile.Written written = SimulatedFeedFile.write(out, 6000, START, 0, 42);
        List<String> lines = out.toString().lines().toList();
        TrafficSimulator reference =
                new TrafficSimulator(SimulatedFeedFile.VESSELS, SimulatedFeedFile.MESSAGES_PER_SECOND, 42, START);

        assertThat(lines).hasSize(6000);
        assertThat(written.lines()).isEqualTo(6000);
        assertThat(written.malformed()).isZero();
        Set<String> messageTypes = new HashSet<>();
        for (String line : lines) {
            AisReport expected = reference.next();
            JsonNode message = JSON.readTree(line);
            messageTypes.add(message.get("MessageType").asString());
            assertMetaData(message.get("MetaData"), expected, reference.vessel(expected.mmsi()));
            if (expected instanceof PositionReport p) {
                assertPosition(message, p);
            } else if (((StaticReport) expected).messageType() == 5) {
                assertShipStaticData(message, (StaticReport) expected);
            } else {
                assertStaticDataReport(message, (StaticReport) expected);
            }
        }
        assertThat(messageTypes)
                .containsExactlyInAnyOrder(
                        "PositionReport", "StandardClassBPositionReport", "ShipStaticData", "StaticDataReport");
        assertThat(written.firstReportAt()).isAfterOrEqualTo(START);
        assertThat(written.lastReportAt()).isEqualTo(reference.simulatedTime());
    }

    @Test
    void makesExactlyTheRequestedFractionOfLinesMalformedEachKindInTurn() throws IOException {
        StringWriter out = new StringWriter();
        SimulatedFeedFile.Written written = SimulatedFeedFile.write(out, 3000, START, 0.1, 7);

        int unparsable = 0;
        int latitude91 = 0;
        int sevenDigitMmsi = 0;
        int valid = 0;
        for (String line : out.toString().lines().toList()) {
            JsonNode message;
            try {
                message = JSON.readTree(line);
            } catch (JacksonException e) {
                unparsable++;
                continue;
            }
            String type = message.get("MessageType").asString();
            JsonNode body = message.get("Message").get(type);
            int mmsi = body.get("UserID").asInt();
            assertThat(message.get("MetaData").get("MMSI").asInt()).isEqualTo(mmsi);
            if (mmsi < 10_000_000) {
                assertThat(mmsi).isGreaterThanOrEqualTo(1_000_000);
                sevenDigitMmsi++;
            } else if (body.has("Latitude") && body.get("Latitude").asDouble() == 91) {
                assertThat(message.get("MetaData").get("latitude").asDouble()).isEqualTo(91);
                latitude91++;
            } else {
                if (body.has("Latitude")) {
                    assertThat(body.get("Latitude").asDouble()).isBetween(-90.0, 90.0);
                }
                valid++;
            }
        }

        assertThat(written.malformed()).isEqualTo(300);
        assertThat(List.of(unparsable, latitude91, sevenDigitMmsi)).containsExactly(100, 100, 100);
        assertThat(valid).isEqualTo(2700);
    }

    @Test
    void roundsTheMalformedShareToWholeLines() throws IOException {
        StringWriter out = new StringWriter();
        assertThat(SimulatedFeedFile.write(out, 1001, START, 0.05, 7).malformed())
                .isEqualTo(50);
        assertThat(SimulatedFeedFile.write(new StringWriter(), 10, START, 1, 7).malformed())
                .isEqualTo(10);
        assertThat(SimulatedFeedFile.write(new StringWriter(), 0, START, 0.5, 7).lines())
                .isZero();
    }

    @Test
    void aMillionMessagesSpanAFewDaysOfReportTime() {
        TrafficSimulator simulator =
                new TrafficSimulator(SimulatedFeedFile.VESSELS, SimulatedFeedFile.MESSAGES_PER_SECOND, 42, START);
        // A fifth of a million keeps the test quick; the rate is steady, so the span scales.
        for (int i = 0; i < 200_000; i++) {
            simulator.next();
        }
        assertThat(Duration.between(START, simulator.simulatedTime()).multipliedBy(5))
                .isBetween(Duration.ofDays(2), Duration.ofDays(4));
    }

    @Test
    void mainWritesTheFileAScriptAsksFor(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("feed.jsonl");

        SimulatedFeedFile.main(new String[] {file.toString(), "1000", "0.02", "5", "2026-04-20T00:00:00Z"});

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(1000);
        StringWriter same = new StringWriter();
        SimulatedFeedFile.write(same, 1000, START, 0.02, 5);
        assertThat(lines).isEqualTo(same.toString().lines().toList());
    }

    @Test
    void refusesAFractionOutsideZeroToOneOrANegativeCount() {
        assertThatThrownBy(() -> SimulatedFeedFile.write(new StringWriter(), 10, START, 1.5, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fraction");
        assertThatThrownBy(() -> SimulatedFeedFile.write(new StringWriter(), -1, START, 0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lines");
    }

    private static void assertMetaData(JsonNode meta, AisReport expected, SimulatedVessel vessel) {
        assertThat(meta.get("MMSI").asInt()).isEqualTo(expected.mmsi());
        assertThat(meta.get("MMSI_String").asInt()).isEqualTo(expected.mmsi());
        assertThat(meta.get("ShipName").asString()).isEqualTo(vessel.name() == null ? "" : vessel.name());
        assertThat(meta.get("latitude").asDouble()).isBetween(-90.0, 90.0);
        assertThat(meta.get("longitude").asDouble()).isBetween(-180.0, 180.0);
        String time = meta.get("time_utc").asString();
        assertThat(LocalDateTime.parse(time, TIME_UTC).toInstant(ZoneOffset.UTC))
                .as(time)
                .isEqualTo(expected.time());
    }

    private static void assertPosition(JsonNode message, PositionReport p) {
        String type = p.messageType() == 18 ? "StandardClassBPositionReport" : "PositionReport";
        assertThat(message.get("MessageType").asString()).isEqualTo(type);
        JsonNode body = message.get("Message").get(type);
        assertThat(body.get("MessageID").asInt()).isEqualTo(p.messageType());
        assertThat(body.get("UserID").asInt()).isEqualTo(p.mmsi());
        assertThat(body.get("Valid").asBoolean()).isTrue();
        assertThat(body.get("Latitude").asDouble()).isCloseTo(p.latitude(), within(1e-6));
        assertThat(body.get("Longitude").asDouble()).isCloseTo(p.longitude(), within(1e-6));
        assertThat(message.get("MetaData").get("latitude").asDouble()).isCloseTo(p.latitude(), within(1e-6));
        assertThat(body.get("Sog").asDouble()).isCloseTo(p.speedOverGround(), within(1e-9));
        assertThat(body.get("Cog").asDouble()).isCloseTo(p.courseOverGround(), within(1e-9));
        assertThat(body.get("TrueHeading").asInt()).isEqualTo(p.heading() == null ? 511 : p.heading());
        assertThat(body.get("Timestamp").asInt())
                .isEqualTo(p.time().atZone(ZoneOffset.UTC).getSecond());
        if (p.messageType() == 18) {
            assertThat(body.has("NavigationalStatus")).isFalse();
        } else {
            assertThat(body.get("NavigationalStatus").asInt()).isEqualTo(p.navigationalStatus());
        }
    }

    private static void assertShipStaticData(JsonNode message, StaticReport s) {
        assertThat(message.get("MessageType").asString()).isEqualTo("ShipStaticData");
        JsonNode body = message.get("Message").get("ShipStaticData");
        assertThat(body.get("MessageID").asInt()).isEqualTo(5);
        assertThat(body.get("UserID").asInt()).isEqualTo(s.mmsi());
        assertThat(body.get("Valid").asBoolean()).isTrue();
        assertThat(body.get("Name").asString()).hasSize(20).isEqualTo(pad(s.name(), 20));
        assertThat(body.get("CallSign").asString().strip()).isEqualTo(s.callSign());
        assertThat(body.get("ImoNumber").asInt()).isEqualTo(s.imo() == null ? 0 : s.imo());
        assertThat(body.get("Type").asInt()).isEqualTo(s.shipType());
        assertThat(body.get("Destination").asString().strip()).isEqualTo(s.destination());
        assertThat(body.get("MaximumStaticDraught").asDouble()).isCloseTo(s.draught(), within(1e-9));
        assertDimension(body.get("Dimension"), s);
        JsonNode eta = body.get("Eta");
        Instant resolved = AisEta.resolve(
                eta.get("Month").asInt(),
                eta.get("Day").asInt(),
                eta.get("Hour").asInt(),
                eta.get("Minute").asInt(),
                s.time());
        assertThat(resolved).isEqualTo(s.eta());
    }

    private static void assertStaticDataReport(JsonNode message, StaticReport s) {
        assertThat(message.get("MessageType").asString()).isEqualTo("StaticDataReport");
        JsonNode body = message.get("Message").get("StaticDataReport");
        assertThat(body.get("MessageID").asInt()).isEqualTo(24);
        assertThat(body.get("UserID").asInt()).isEqualTo(s.mmsi());
        boolean partA = s.name() != null;
        assertThat(body.get("PartNumber").isBoolean()).isTrue();
        assertThat(body.get("PartNumber").asBoolean()).isEqualTo(!partA);
        assertThat(body.get("ReportA").get("Valid").asBoolean()).isEqualTo(partA);
        assertThat(body.get("ReportB").get("Valid").asBoolean()).isEqualTo(!partA);
        if (partA) {
            assertThat(body.get("ReportA").get("Name").asString().strip()).isEqualTo(s.name());
        } else {
            JsonNode b = body.get("ReportB");
            assertThat(b.get("ShipType").asInt()).isEqualTo(s.shipType());
            assertThat(b.get("CallSign").asString().strip()).isEqualTo(s.callSign());
            assertDimension(b.get("Dimension"), s);
        }
    }

    private static void assertDimension(JsonNode dimension, StaticReport s) {
        assertThat(List.of(
                        dimension.get("A").asInt(),
                        dimension.get("B").asInt(),
                        dimension.get("C").asInt(),
                        dimension.get("D").asInt()))
                .containsExactly(s.toBow(), s.toStern(), s.toPort(), s.toStarboard());
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
