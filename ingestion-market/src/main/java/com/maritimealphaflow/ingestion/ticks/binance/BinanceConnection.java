package com.maritimealphaflow.ingestion.ticks.binance;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.java_websocket.WebSocket;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.framing.Framedata;
import org.java_websocket.handshake.ServerHandshake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One websocket connection to Binance's combined stream, used once (as the aisstream client's connections are): every
 * text frame goes to the handler on the websocket's own thread; {@link BinanceTradeStream} watches it from outside and
 * opens a new one when it ends. Binance pings every few minutes (answered by the library), which counts as life.
 */
final class BinanceConnection extends WebSocketClient {

    private static final Logger log = LoggerFactory.getLogger(BinanceConnection.class);

    private final Consumer<String> handler;
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile boolean opened;
    private volatile long lastFrameMillis = System.currentTimeMillis();
    private volatile long messages;
    private volatile int closeCode;
    private volatile String closeReason;

    BinanceConnection(URI uri, Duration connectTimeout, Consumer<String> handler) {
        super(uri, new Draft_6455(), null, (int) connectTimeout.toMillis());
        this.handler = handler;
        setDaemon(true);
        setConnectionLostTimeout(0);
    }

    @Override
    public void onOpen(ServerHandshake handshake) {
        opened = true;
        lastFrameMillis = System.currentTimeMillis();
        log.info("Connected to Binance's trade stream at {}", uri);
    }

    @Override
    public void onMessage(String text) {
        lastFrameMillis = System.currentTimeMillis();
        messages++;
        handler.accept(text);
    }

    @Override
    public void onWebsocketPing(WebSocket conn, Framedata frame) {
        lastFrameMillis = System.currentTimeMillis();
        super.onWebsocketPing(conn, frame);
    }

    @Override
    public void onClose(int code, String reason, boolean remote) {
        closeCode = code;
        closeReason = reason;
        closed.countDown();
    }

    @Override
    public void onError(Exception e) {
        // onClose follows every error that ends the connection; the end is logged by the stream
        log.debug("Binance trade stream error", e);
    }

    boolean ended() {
        return closed.getCount() == 0;
    }

    boolean opened() {
        return opened;
    }

    long lastFrameMillis() {
        return lastFrameMillis;
    }

    long messages() {
        return messages;
    }

    void abort(String reason) {
        closeConnection(opened ? CloseFrame.ABNORMAL_CLOSE : CloseFrame.NEVER_CONNECTED, reason);
    }

    String describeEnd() {
        return (opened ? "closed with code " + closeCode : "could not connect")
                + (closeReason == null || closeReason.isBlank() ? "" : " (" + closeReason + ")") + ", after "
                + messages + " messages";
    }
}
