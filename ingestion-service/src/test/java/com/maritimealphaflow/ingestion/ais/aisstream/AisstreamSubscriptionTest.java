package com.maritimealphaflow.ingestion.ais.aisstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.maritimealphaflow.ingestion.ais.AisProperties;
import com.maritimealphaflow.ingestion.ais.AisSourceException;
import com.maritimealphaflow.service.retry.RetrySettings;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AisstreamSubscriptionTest {

    private static final String KEY = "0123456789abcdef0123456789abcdef01234567";

    @Test
    void buildsTheSubscriptionAisstreamExpects() {
        AisstreamSubscription subscription = AisstreamSubscription.of(settings(
                "[[[50.5,-5],[62,12.25]],[[-10,100],[10,120]]]",
                List.of("PositionReport", "ShipStaticData"),
                List.of("259000420", " 244730193 ")));

        JsonNode json = JsonMapper.shared().readTree(subscription.json());
        assertThat(json.get("APIKey").stringValue()).isEqualTo(KEY);
        assertThat(json.get("BoundingBoxes").toString())
                .isEqualTo("[[[50.5,-5.0],[62.0,12.25]],[[-10.0,100.0],[10.0,120.0]]]");
        assertThat(json.get("FilterMessageTypes").toString()).isEqualTo("[\"PositionReport\",\"ShipStaticData\"]");
        assertThat(json.get("FiltersShipMMSI").toString()).isEqualTo("[\"259000420\",\"244730193\"]");
    }

    @Test
    void leavesOutEmptyFilters() {
        AisstreamSubscription subscription =
                AisstreamSubscription.of(settings("[[[-90,-180],[90,180]]]", List.of(), List.of()));

        JsonNode json = JsonMapper.shared().readTree(subscription.json());
        assertThat(json.has("FilterMessageTypes")).isFalse();
        assertThat(json.has("FiltersShipMMSI")).isFalse();
        assertThat(json.get("BoundingBoxes").toString()).isEqualTo("[[[-90.0,-180.0],[90.0,180.0]]]");
    }

    @Test
    void masksTheKeyInTheVersionForTheLog() {
        AisstreamSubscription subscription =
                AisstreamSubscription.of(settings("[[[-90,-180],[90,180]]]", List.of("PositionReport"), List.of()));

        assertThat(subscription.maskedJson()).doesNotContain(KEY).contains("\"APIKey\":\"****\"");
        assertThat(subscription.maskedJson().replace("****", KEY)).isEqualTo(subscription.json());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "[[[50,-5],[62,12]]                   | is not valid JSON",
                "{\"box\":[[50,-5],[62,12]]}          | must be a JSON list of boxes",
                "[]                                   | must be a JSON list of boxes",
                "[[[50,-5],[62,12],[70,20]]]          | box 1 must be two corners",
                "[[[-90,-180],[90,180]],[[50,-5],62]] | box 2 corner 2 must be [lat,lon]",
                "[[[50,\"-5\"],[62,12]]]              | box 1 corner 1 must be [lat,lon]",
                "[[[95,-5],[62,12]]]                  | box 1 has latitude 95.0 outside -90..90",
                "[[[50,-5],[62,190]]]                 | box 1 has longitude 190.0 outside -180..180",
            })
    void refusesMalformedBoundingBoxesSayingWhatIsWrong(String boxes, String problem) {
        assertThatThrownBy(() -> AisstreamSubscription.of(settings(boxes, List.of(), List.of())))
                .isInstanceOf(AisSourceException.class)
                .hasMessageStartingWith("AIS_BOUNDING_BOXES ")
                .hasMessageContaining(problem)
                .hasMessageContaining("[[[lat,lon],[lat,lon]],…]");
    }

    @Test
    void refusesToSubscribeWithoutAKey() {
        AisProperties.Aisstream noKey = new AisProperties.Aisstream(
                " ",
                URI.create("wss://stream.aisstream.io/v0/stream"),
                "[[[-90,-180],[90,180]]]",
                List.of(),
                List.of(),
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                Duration.ofSeconds(60),
                new RetrySettings(Duration.ofSeconds(1), Duration.ofSeconds(60)));

        assertThatThrownBy(() -> AisstreamSubscription.of(noKey))
                .isInstanceOf(AisSourceException.class)
                .hasMessageContaining("AISSTREAM_API_KEY");
    }

    @Test
    void masksTheKeyWhereverItAppears() {
        assertThat(AisstreamSubscription.mask("key " + KEY + " refused", KEY)).isEqualTo("key **** refused");
        assertThat(AisstreamSubscription.mask("Api Key Is Not Valid", KEY)).isEqualTo("Api Key Is Not Valid");
    }

    private static AisProperties.Aisstream settings(String boxes, List<String> types, List<String> mmsis) {
        return new AisProperties.Aisstream(
                KEY,
                URI.create("wss://stream.aisstream.io/v0/stream"),
                boxes,
                types,
                mmsis,
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                Duration.ofSeconds(60),
                new RetrySettings(Duration.ofSeconds(1), Duration.ofSeconds(60)));
    }
}
