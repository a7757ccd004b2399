package com.maritimealphaflow.ingestion.ais.aisstream;

import com.maritimealphaflow.ingestion.ais.AisMessageSink;
import com.maritimealphaflow.ingestion.ais.AisProperties;
import com.maritimealphaflow.ingestion.ais.AisSource;
import com.maritimealphaflow.ingestion.ais.AisSourceException;
import com.maritimealphaflow.ingestion.ais.StreamControl;
import com.maritimealphaflow.model.ais.AisSourceKind;
import com.maritimealphaflow.service.retry.Backoff;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The aisstream.io websocket feed. Connects, subscribes, and decodes every message into the sink until the control
 * says stop. Dropped connections (aisstream.io closes with 1006 every few minutes), refused handshakes (HTTP 429),
 * failed connects and connections that stay open but go silent are all met by reconnecting with backoff. Only
 * aisstream.io's own refusal, an {@code {"error": …}} frame such as "Api Key Is Not Valid", ends the stream with an
 * {@link AisSourceException}, because asking again would only be refused again.
 */
public final class AisstreamSource implements AisSource {

    private static final Logger log = LoggerFactory.getLogger(AisstreamSource.class);

    // How often the watch looks at the connection: often enough to keep the timeouts close to what the settings
    // say, and never busier than a few times a second.
    private static final Duration MIN_WATCH_TICK = Duration.ofMillis(10);
    private static final Duration MAX_WATCH_TICK = Duration.ofMillis(250);

    private final AisProperties.Aisstream settings;
    private final AisstreamMessageDecoder decoder;
    private final Clock clock;
    private final AisstreamSubscription subscription;
    private final Duration watchTick;

    /** @throws AisSourceException when the settings cannot work: no key, a malformed bounding box, a bad URL */
    public AisstreamSource(AisProperties.Aisstream settings, AisstreamMessageDecoder decoder, Clock clock) {
        this.settings = settings;
        this.decoder = decoder;
        this.clock = clock;
        this.subscription = AisstreamSubscription.of(settings);
        String scheme = settings.url().getScheme();
        if (!"ws".equalsIgnoreCase(scheme) && !"wss".equalsIgnoreCase(scheme)) {
            throw new AisSourceException("AISSTREAM_URL must be a ws:// or wss:// URL, got " + settings.url());
        }
        Duration shortest = Stream.of(settings.stallTimeout(), settings.pingInterval(), settings.connectTimeout())
                .min(Duration::compareTo)
                .orElseThrow();
        Duration quarter = shortest.dividedBy(4);
        this.watchTick = quarter.compareTo(MIN_WATCH_TICK) < 0
                ? MIN_WATCH_TICK
                : quarter.compareTo(MAX_WATCH_TICK) > 0 ? MAX_WATCH_TICK : quarter;
    }

    @Override
    public AisSourceKind kind() {
        return AisSourceKind.AISSTREAM;
    }

    @Override
    public void stream(AisMessageSink sink, StreamControl control) throws InterruptedException {
        Backoff backoff = new Backoff(settings.reconnect());
        while (!control.stopRequested()) {
            AisstreamConnection connection = new AisstreamConnection(
                    settings.url(), settings.connectTimeout(), subscription, settings.apiKey(), decoder, sink, clock);
            log.info("Connecting to aisstream.io at {}", settings.url());
            try {
                watch(connection, control);
            } finally {
                connection.stopDelivering();
                connection.closeGracefully(settings.connectTimeout());
            }
            if (connection.serverError() != null) {
                throw new AisSourceException("aisstream.io refused the subscription: " + connection.serverError());
            }
            if (control.stopRequested()) {
                log.info(
                        "Stopped streaming from aisstream.io; the last connection delivered {} messages",
                        connection.messages());
                return;
            }
            if (connection.messages() > 0) {
                backoff.reset();
            }
            Duration wait = backoff.next();
            log.warn(
                    "aisstream.io connection ended: {}; reconnecting in {} ms (attempt {})",
                    connection.describeEnd(),
                    wait.toMillis(),
                    backoff.attempts());
            if (control.awaitStop(wait)) {
                return;
            }
        }
    }

    /**
     * Watches one connection until it ends or the control says stop: gives up on a connect that takes longer than
     * the connect timeout, drops a connection that has delivered no frame for the stall timeout (aisstream.io
     * sometimes keeps a socket open and sends nothing), and pings at the ping interval.
     */
    private void watch(AisstreamConnection connection, StreamControl control) throws InterruptedException {
        long startedAt = clock.millis();
        long lastPingAt = startedAt;
        connection.connect();
        while (!control.awaitStop(watchTick)) {
            if (connection.ended() || connection.serverError() != null) {
                return;
            }
            long now = clock.millis();
            if (!connection.opened()) {
                if (connection.refused()) {
                    connection.abort("the handshake failed");
                } else if (now - startedAt > settings.connectTimeout().toMillis()) {
                    connection.abort("no websocket handshake within " + settings.connectTimeout());
                }
            } else if (now - connection.lastFrameMillis()
                    > settings.stallTimeout().toMillis()) {
                connection.abort("no message for " + settings.stallTimeout());
            } else if (now - lastPingAt >= settings.pingInterval().toMillis()) {
                connection.ping();
                lastPingAt = now;
            }
        }
    }
}
