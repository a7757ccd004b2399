package com.maritimealphaflow.ingestion.ais.nmea;

import com.maritimealphaflow.ingestion.ais.AisProperties;
import com.maritimealphaflow.service.retry.RetrySettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/** Settings and recorded feeds for the source tests. */
final class TestFeeds {

    private TestFeeds() {}

    /** Loopback, short time-outs, and a backoff of 50 ms doubling up to 200 ms. */
    static AisProperties.Nmea settings(int tcpPort, int udpPort, Duration stallTimeout) {
        return new AisProperties.Nmea(
                "127.0.0.1",
                tcpPort,
                udpPort,
                Duration.ofSeconds(5),
                stallTimeout,
                new RetrySettings(Duration.ofMillis(50), Duration.ofMillis(200)));
    }

    /** The lines of a resource under {@code nmea/}, without its {@code #} comment lines (blank lines stay). */
    static List<String> lines(String name) {
        try (InputStream in = TestFeeds.class.getResourceAsStream("/nmea/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource nmea/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)
                    .lines()
                    .filter(line -> !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
