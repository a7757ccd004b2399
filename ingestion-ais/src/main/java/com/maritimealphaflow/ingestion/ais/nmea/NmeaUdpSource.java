package com.maritimealphaflow.ingestion.ais.nmea;

import com.maritimealphaflow.ingestion.ais.AisMessageSink;
import com.maritimealphaflow.ingestion.ais.AisProperties;
import com.maritimealphaflow.ingestion.ais.AisSource;
import com.maritimealphaflow.ingestion.ais.StreamControl;
import com.maritimealphaflow.model.ais.AisSourceKind;
import com.maritimealphaflow.service.retry.Backoff;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens for NMEA AIS lines on a UDP port, as receivers and multiplexers (an own AIS receiver, OpenCPN, rtl-ais)
 * send them; a datagram may hold several lines. If the port cannot be bound (still held by a previous instance),
 * binding is retried with backoff. Receives time out often so that a stop is noticed at once.
 */
public final class NmeaUdpSource implements AisSource {

    private static final Logger log = LoggerFactory.getLogger(NmeaUdpSource.class);

    /** The largest UDP payload. */
    private static final int MAX_DATAGRAM = 65_507;

    private final AisProperties.Nmea settings;
    private final Clock clock;

    public NmeaUdpSource(AisProperties.Nmea settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public AisSourceKind kind() {
        return AisSourceKind.NMEA_UDP;
    }

    @Override
    public void stream(AisMessageSink sink, StreamControl control) throws InterruptedException {
        NmeaDecoder decoder = new NmeaDecoder(clock);
        Backoff backoff = new Backoff(settings.reconnect());
        try {
            while (!control.stopRequested()) {
                try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(settings.udpPort()))) {
                    socket.setSoTimeout((int) NmeaTcpSource.POLL.toMillis());
                    log.info("Listening for NMEA on UDP port {}", settings.udpPort());
                    backoff.reset();
                    receive(socket, decoder, sink, control);
                } catch (IOException e) {
                    log.warn("NMEA over UDP on port {}: {}", settings.udpPort(), e.toString());
                }
                if (control.stopRequested() || control.awaitStop(backoff.next())) {
                    break;
                }
            }
        } finally {
            decoder.finish(sink);
        }
    }

    private static void receive(DatagramSocket socket, NmeaDecoder decoder, AisMessageSink sink, StreamControl control)
            throws IOException, InterruptedException {
        DatagramPacket packet = new DatagramPacket(new byte[MAX_DATAGRAM], MAX_DATAGRAM);
        LineSplitter lines = new LineSplitter();
        while (!control.stopRequested()) {
            if (Thread.interrupted()) {
                throw new InterruptedException("stopped while listening on UDP port " + socket.getLocalPort());
            }
            try {
                packet.setLength(MAX_DATAGRAM);
                socket.receive(packet);
            } catch (SocketTimeoutException quiet) {
                continue;
            }
            // Each datagram stands alone: its last line ends with it, line end or not.
            lines.feed(packet.getData(), packet.getLength(), line -> decoder.decode(line, sink));
            lines.flush(line -> decoder.decode(line, sink));
        }
    }
}
