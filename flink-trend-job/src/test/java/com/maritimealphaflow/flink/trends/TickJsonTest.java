package com.maritimealphaflow.flink.trends;

import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.model.ticks.Tick;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TickJsonTest {

    private static Tick parse(String json) {
        return TickJson.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsEventTimeAsAnInstantOrAsEpochMillisAndPassesOverUnknownFields() {
        long at = Instant.parse("2021-11-08T07:00:00.123Z").toEpochMilli();
        assertThat(parse("{\"symbol\":\"IEBBB.FR\",\"secType\":\"E\",\"price\":12.34,"
                        + "\"eventTime\":\"2021-11-08T07:00:00.123Z\"}"))
                .isEqualTo(new Tick("IEBBB.FR", "E", 12.34, at));
        assertThat(parse("{\"venue\":{\"a\":[1,2]},\"eventTime\":" + at + ",\"price\":7,\"symbol\":\"BTCUSDT\"}"))
                .isEqualTo(new Tick("BTCUSDT", "", 7, at));
    }

    @Test
    void whatItWritesItReadsBack() {
        Tick tick = new Tick("S\"0001.NL", "I", 0.1 + 0.2, 1_636_354_800_123L);
        assertThat(parse(TickJson.format(tick))).isEqualTo(tick);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "not json",
                "[1,2]",
                "{\"symbol\":\"A\",\"price\":1.5}",
                "{\"symbol\":\"A\",\"eventTime\":1000}",
                "{\"price\":1.5,\"eventTime\":1000}",
                "{\"symbol\":\"A\",\"price\":0,\"eventTime\":1000}",
                "{\"symbol\":\"A\",\"price\":-2,\"eventTime\":1000}",
                "{\"symbol\":\"A\",\"price\":\"1.5\",\"eventTime\":1000}",
                "{\"symbol\":\"A\",\"price\":1.5,\"eventTime\":\"yesterday\"}",
                "{\"symbol\":\" \",\"price\":1.5,\"eventTime\":1000}",
                "{\"symbol\":\"A\",\"price\":1.5,\"eventTime\":1000"
            })
    void rejectsMessagesWithoutASymbolAPositivePriceOrATime(String json) {
        assertThat(parse(json)).isNull();
    }
}
