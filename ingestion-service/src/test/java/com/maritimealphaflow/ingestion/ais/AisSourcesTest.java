package com.maritimealphaflow.ingestion.ais;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.maritimealphaflow.ingestion.ais.aisstream.AisstreamSource;
import com.maritimealphaflow.ingestion.ais.nmea.NmeaTcpSource;
import com.maritimealphaflow.model.ais.AisSourceKind;
import com.maritimealphaflow.service.retry.RetrySettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AisSourcesTest {

    private final AisSources sources = new AisSources();

    @Test
    void withoutASourceOrKeyReadsTheOpenNmeaFeedAndWithAKeyAisstream() {
        assertThat(AisSources.chooseKind(settings("", null, null))).isEqualTo(AisSourceKind.NMEA_TCP);
        assertThat(AisSources.chooseKind(settings(" ", "secret-key", null))).isEqualTo(AisSourceKind.AISSTREAM);
        assertThat(AisSources.chooseKind(settings("simulator", "secret-key", null)))
                .isEqualTo(AisSourceKind.SIMULATOR);
        assertThat(sources.aisSource(settings(null, null, null), Clock.systemUTC()))
                .isInstanceOf(NmeaTcpSource.class);
        assertThat(sources.aisSource(settings(null, "secret-key", null), Clock.systemUTC()))
                .isInstanceOf(AisstreamSource.class);
    }

    @Test
    void refusesToStartAisstreamWithoutAKeyOrAReplayWithoutAFileAndSaysWhatToSet() {
        assertThatThrownBy(() -> sources.aisSource(settings("aisstream", "", null), Clock.systemUTC()))
                .hasMessageContaining("AISSTREAM_API_KEY");
        assertThatThrownBy(() -> sources.aisSource(settings("replay", null, null), Clock.systemUTC()))
                .hasMessageContaining("AIS_REPLAY_FILE");
        assertThatThrownBy(() -> sources.aisSource(settings("kafka", null, null), Clock.systemUTC()))
                .hasMessageContaining("unknown AIS source 'kafka'");
    }

    private static AisProperties settings(String source, String apiKey, Path replayFile) {
        RetrySettings retry = new RetrySettings(Duration.ofSeconds(1), Duration.ofSeconds(60));
        return new AisProperties(
                source,
                AisProperties.Mode.BATCH,
                Duration.ofMinutes(5),
                Duration.ofMinutes(1),
                new AisProperties.Aisstream(
                        apiKey,
                        URI.create("wss://stream.aisstream.io/v0/stream"),
                        "[[[-90,-180],[90,180]]]",
                        List.of("PositionReport"),
                        List.of(),
                        Duration.ofSeconds(10),
                        Duration.ofSeconds(30),
                        Duration.ofSeconds(60),
                        retry),
                new AisProperties.Nmea(
                        "153.44.253.27", 5631, 10110, Duration.ofSeconds(10), Duration.ofSeconds(60), retry),
                new AisProperties.Replay(replayFile, 0),
                new AisProperties.Simulator(10, 10, 1),
                new AisProperties.Store(5000, 500_000, retry, Duration.ofMinutes(10), 7, Duration.ofHours(1)),
                "0 5 0 * * ?");
    }
}
