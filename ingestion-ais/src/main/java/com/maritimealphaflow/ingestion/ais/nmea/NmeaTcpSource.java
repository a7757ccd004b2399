package com.maritimealphaflow.ingestion.ais.nmea;

import com.maritimealphaflow.ingestion.ais.AisMessageSink;
import com.maritimealphaflow.ingestion.ais.AisProperties;
import com.maritimealphaflow.ingestion.ais.AisSource;
import com.maritimealphaflow.ingestion.ais.StreamControl;
import com.maritimealphaflow.model.ais.AisSourceKind;
import com.maritimealphaflow.service.retry.Backoff;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads NMEA AIS lines from a TCP feed, by default the Norwegian Coastal Administration's open one. A dropped
 * connection, a refused connect or a stall (no line for {@code stall-timeout}) leads to a reconnect after a backoff;
 * the source stops within a fraction of a second of being asked, since reads time out often to look.
 */
public final class NmeaTcpSource implements AisSource {

    private static final Logger log = LoggerFactory.getLogger(NmeaTcpSource.class);

    /** How long one read blocks before the loop looks at the stop flag and the stall clock again. */
    static final Duration POLL = Duration.ofMillis(250);

    private final AisProperties.Nmea settings;
    private final Clock clock;

    public NmeaTcpSource(AisProperties.Nmea settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public AisSourceKind kind() {
        return AisSourceKind.NMEA_TCP;
    }

    @Override
    public void stream(AisMessageSink sink, StreamControl control) throws InterruptedException {
        NmeaDecoder decoder = new NmeaDecoder(clock);
        Backoff backoff = new Backoff(settings.reconnect());
        try {
            while (!control.stopRequested()) {
                readConnection(decoder, sink, control, backoff);
                // Fragments of a connection that is gone will not be completed on the next one.
                decoder.finish(sink);
                if (control.stopRequested()) {
                    break;
                }
                Duration wait = backoff.next();
                log.info("Reconnecting to the NMEA feed {} in {} ms", address(), wait.toMillis());
                if (control.awaitStop(wait)) {
                    break;
                }
            }
        } finally {
            decoder.finish(sink);
        }
    }

    /** Reads from one connection until it ends, stalls or the control says stop. */
    private void readConnection(NmeaDecoder decoder, AisMessageSink sink, StreamControl control, Backoff backoff)
            throws InterruptedException {
        try (SocketChannel channel = SocketChannel.open()) {
            if (!connect(channel, control)) {
                return;
            }
            Socket socket = channel.socket();
            socket.setSoTimeout((int) pollInterval().toMillis());
            log.info("Connected to the NMEA feed {}", address());
            InputStream in = socket.getInputStream();
            LineSplitter lines = new LineSplitter();
            byte[] buffer = new byte[8192];
            Instant lastLine = clock.instant();
            while (!control.stopRequested()) {
                if (Thread.interrupted()) {
                    throw new InterruptedException("stopped while reading " + address());
                }
                int read;
                try {
                    read = in.read(buffer);
                } catch (SocketTimeoutException quiet) {
                    read = 0;
                }
                if (read < 0) {
                    lines.flush(line -> decoder.decode(line, sink));
                    log.warn("The NMEA feed {} closed the connection", address());
                    return;
                }
                if (read > 0 && lines.feed(buffer, read, line -> decoder.decode(line, sink)) > 0) {
                    lastLine = clock.instant();
                    backoff.reset();
                }
                if (!clock.instant().isBefore(lastLine.plus(settings.stallTimeout()))) {
                    log.warn("No line from the NMEA feed {} for {}: reconnecting", address(), settings.stallTimeout());
                    return;
                }
            }
        } catch (IOException e) {
            if (Thread.interrupted()) {
                // An interrupt closes a channel mid-read: shutdown, not trouble with the feed.
                throw new InterruptedException("stopped while connected to " + address());
            }
            log.warn("NMEA feed {}: {}", address(), e.toString());
        }
    }

    /**
     * Connects without blocking for the whole connect time-out, so that a stop is noticed while a black-holed
     * address keeps us waiting.
     *
     * @return false when asked to stop before the connection was made
     */
    private boolean connect(SocketChannel channel, StreamControl control) throws IOException {
        InetSocketAddress address = new InetSocketAddress(settings.host(), settings.port());
        if (address.isUnresolved()) {
            throw new UnknownHostException(settings.host());
        }
        Instant giveUpAt = clock.instant().plus(settings.connectTimeout());
        channel.configureBlocking(false);
        try (Selector selector = Selector.open()) {
            channel.register(selector, SelectionKey.OP_CONNECT);
            boolean connected = channel.connect(address);
            while (!connected) {
                if (control.stopRequested()) {
                    return false;
                }
                if (!clock.instant().isBefore(giveUpAt)) {
                    throw new SocketTimeoutException("connect timed out after " + settings.connectTimeout());
                }
                selector.select(pollInterval().toMillis());
                connected = channel.finishConnect();
            }
        }
        // Closing the selector deregistered the channel; reads block again, bounded by the socket's time-out.
        channel.configureBlocking(true);
        return true;
    }

    private Duration pollInterval() {
        Duration stall = settings.stallTimeout();
        return stall.compareTo(POLL) < 0 && !stall.isZero() ? stall : POLL;
    }

    private String address() {
        return settings.host() + ":" + settings.port();
    }
}
