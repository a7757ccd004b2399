package com.maritimealphaflow.ingestion.ais.aisstream;

import com.maritimealphaflow.ingestion.ais.AisDecoding;
import com.maritimealphaflow.ingestion.ais.AisMessageSink;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.extensions.permessage_deflate.PerMessageDeflateExtension;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ServerHandshake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * One websocket connection to aisstream.io, used once: it subscribes as soon as it is open and decodes every frame
 * into the sink on the websocket's own thread. {@link AisstreamSource} watches it from outside (stalls, pings,
 * stopping) and opens a new one when it ends.
 */
final class AisstreamConnection extends WebSocketClient {

    private static final Logger log = LoggerFactory.getLogger(AisstreamConnection.class);

    /** Java-WebSocket reports a refused handshake only as text: "Invalid status code received: 429 Status line…". */
    private static final Pattern HTTP_STATUS = Pattern.compile("Invalid status code received: (\\d{3})");

    private final AisstreamSubscription subscription;
    private final AisstreamMessageDecoder decoder;
    private final AisMessageSink sink;
    private final Clock clock;
    private final String apiKey;

    // Held while a message goes into the sink, so that none does once stopDelivering() has returned.
    private final Object delivery = new Object();
    private boolean delivering = true;

    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile boolean opened;
    private volatile long lastFrameMillis;
    private volatile long messages;
    private volatile String serverError;
    private volatile String abortReason;
    private volatile String refusal;
    private volatile int closeCode;
    private volatile String closeReason;

    AisstreamConnection(
            URI uri,
            Duration connectTimeout,
            AisstreamSubscription subscription,
            String apiKey,
            AisstreamMessageDecoder decoder,
            AisMessageSink sink,
            Clock clock) {
        // The stream is repetitive JSON that compresses well; Draft_6455 keeps the uncompressed default as the
        // fallback for a server that declines permessage-deflate.
        super(uri, new Draft_6455(new PerMessageDeflateExtension()), Map.of(), (int) connectTimeout.toMillis());
        this.subscription = subscription;
        this.apiKey = apiKey;
        this.decoder = decoder;
        this.sink = sink;
        this.clock = clock;
        this.lastFrameMillis = clock.millis();
        setDaemon(true);
        // The source pings and watches for silence itself, with the intervals from the settings.
        setConnectionLostTimeout(0);
    }

    @Override
    public void onOpen(ServerHandshake handshake) {
        lastFrameMillis = clock.millis();
        opened = true;
        send(subscription.json());
        log.info(
                "Connected to aisstream.io at {} ({}); subscribed with {}",
                uri,
                getConnection().getDraft() instanceof Draft_6455 draft
                                && draft.getExtension() instanceof PerMessageDeflateExtension
                        ? "permessage-deflate"
                        : "uncompressed",
                subscription.maskedJson());
    }

    @Override
    public void onMessage(String text) {
        lastFrameMillis = clock.millis();
        JsonNode root;
        try {
            root = decoder.parse(text);
        } catch (JacksonException e) {
            deliver(AisstreamMessageDecoder.unparsable(e));
            return;
        }
        handle(root);
    }

    /** The same JSON may come as a binary frame of UTF-8; it is read without making a String of it first. */
    @Override
    public void onMessage(ByteBuffer bytes) {
        lastFrameMillis = clock.millis();
        JsonNode root;
        try {
            if (bytes.hasArray()) {
                root = decoder.parse(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
            } else {
                root = decoder.parse(StandardCharsets.UTF_8.decode(bytes).toString());
            }
        } catch (JacksonException e) {
            deliver(AisstreamMessageDecoder.unparsable(e));
            return;
        }
        handle(root);
    }

    private void handle(JsonNode root) {
        String error = AisstreamMessageDecoder.serverError(root);
        if (error != null) {
            serverError = AisstreamSubscription.mask(error, apiKey);
            close(CloseFrame.NORMAL, "refused by the server");
            return;
        }
        deliver(decoder.decode(root));
    }

    private void deliver(AisDecoding decoding) {
        synchronized (delivery) {
            if (delivering) {
                sink.accept(decoding);
                messages++;
            }
        }
    }

    /**
     * Java-WebSocket starts closing when it rejects the server's handshake answer (an HTTP 429, say) but ends the
     * connection only when the server hangs up; the watch ends it at once instead, keeping the reason.
     */
    @Override
    public void onClosing(int code, String reason, boolean remote) {
        if (!opened && refusal == null) {
            refusal = reason == null ? "handshake refused" : reason;
        }
    }

    @Override
    public void onClose(int code, String reason, boolean remote) {
        closeCode = code;
        closeReason = reason;
        closed.countDown();
    }

    @Override
    public void onError(Exception e) {
        // Java-WebSocket calls onClose after every error that ends the connection; the end is logged from there.
        log.debug("aisstream.io connection error", e);
    }

    /** Whether the connection has ended, for whatever reason. */
    boolean ended() {
        return closed.getCount() == 0;
    }

    boolean opened() {
        return opened;
    }

    /** Whether the handshake failed: there is nothing more to wait for. */
    boolean refused() {
        return refusal != null;
    }

    long lastFrameMillis() {
        return lastFrameMillis;
    }

    long messages() {
        return messages;
    }

    /** The text of aisstream.io's {@code {"error": …}} frame (key masked), or null if it sent none. */
    String serverError() {
        return serverError;
    }

    /** The HTTP status the server refused the websocket handshake with, or null. */
    private Integer refusedHttpStatus() {
        String reason = refusal != null ? refusal : closeReason;
        Matcher matcher = HTTP_STATUS.matcher(reason == null ? "" : reason);
        return matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
    }

    /** Sends a websocket ping; a connection that is already going away is noticed by the watch. */
    void ping() {
        try {
            sendPing();
        } catch (WebsocketNotConnectedException goingAway) {
            log.debug("No ping: the connection is closing");
        }
    }

    /**
     * Drops the connection without a closing handshake: the peer is silent or not there. Also closes the socket,
     * which ends a connect or read that is still blocked.
     */
    void abort(String reason) {
        abortReason = reason;
        closeConnection(opened ? CloseFrame.ABNORMAL_CLOSE : CloseFrame.NEVER_CONNECTED, reason);
        Socket socket = getSocket();
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException alreadyGone) {
                log.debug("Closing the socket of an aborted connection", alreadyGone);
            }
        }
    }

    /** Delivers nothing more to the sink: once this returns, the sink may be closed. */
    void stopDelivering() {
        synchronized (delivery) {
            delivering = false;
        }
    }

    /** Closes with a closing handshake, waiting up to {@code grace} for the server's answer before dropping. */
    void closeGracefully(Duration grace) throws InterruptedException {
        if (ended()) {
            return;
        }
        if (opened) {
            close(CloseFrame.NORMAL, "client stopping");
            if (closed.await(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                return;
            }
        }
        abort("closing");
        closed.await(grace.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** How the connection ended, for the log: never with the key. */
    String describeEnd() {
        StringBuilder text = new StringBuilder();
        Integer httpStatus = refusedHttpStatus();
        if (httpStatus != null) {
            text.append("the handshake was refused with HTTP ").append(httpStatus);
            if (httpStatus == 429) {
                text.append(" (too many connections, or reconnecting too fast)");
            }
        } else if (refusal != null) {
            text.append("the handshake failed: ").append(refusal);
        } else if (abortReason != null) {
            text.append(abortReason);
        } else if (!opened) {
            text.append("could not connect: ")
                    .append(closeReason == null || closeReason.isBlank() ? "no reason given" : closeReason);
        } else {
            text.append("closed with code ").append(closeCode);
            if (closeReason != null && !closeReason.isBlank()) {
                text.append(" (").append(closeReason).append(')');
            }
        }
        text.append(", after ").append(messages).append(" messages");
        return AisstreamSubscription.mask(text.toString(), apiKey);
    }
}
