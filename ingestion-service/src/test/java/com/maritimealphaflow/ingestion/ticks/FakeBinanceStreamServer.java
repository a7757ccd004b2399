package com.maritimealphaflow.ingestion.ticks;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A stand-in for Binance's combined stream endpoint on loopback: each connection gets the next queued list of frames
 * as soon as it is open, then stays open until the test closes every connection, as Binance does after 24 hours.
 */
final class FakeBinanceStreamServer extends WebSocketServer {

    private final Queue<List<String>> sessions = new ConcurrentLinkedQueue<>();
    private final List<String> paths = new CopyOnWriteArrayList<>();
    private final CountDownLatch started = new CountDownLatch(1);

    private FakeBinanceStreamServer() {
        super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        setReuseAddr(true);
        setDaemon(true);
        setConnectionLostTimeout(0);
    }

    static FakeBinanceStreamServer launch() {
        FakeBinanceStreamServer server = new FakeBinanceStreamServer();
        server.start();
        try {
            if (!server.started.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the fake Binance server did not start");
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return server;
    }

    String baseUrl() {
        return "ws://127.0.0.1:" + getPort();
    }

    void then(List<String> frames) {
        sessions.add(frames);
    }

    /** The path and query of every handshake, in order. */
    List<String> paths() {
        return paths;
    }

    void closeConnections() {
        for (WebSocket connection : getConnections()) {
            connection.close(CloseFrame.GOING_AWAY, "24 hours are up");
        }
    }

    /** A trade frame as Binance's documentation shows it. */
    static String trade(String symbol, String price, long tradeTime, long id) {
        return "{\"stream\":\"" + symbol.toLowerCase() + "@trade\",\"data\":{\"e\":\"trade\",\"E\":"
                + (tradeTime + 3) + ",\"s\":\"" + symbol + "\",\"t\":" + id + ",\"p\":\"" + price
                + "\",\"q\":\"0.01000000\",\"T\":" + tradeTime + ",\"m\":true,\"M\":true}}";
    }

    @Override
    public void onOpen(WebSocket connection, ClientHandshake handshake) {
        paths.add(handshake.getResourceDescriptor());
        List<String> frames = sessions.poll();
        if (frames != null) {
            frames.forEach(connection::send);
        }
    }

    @Override
    public void onClose(WebSocket connection, int code, String reason, boolean remote) {}

    @Override
    public void onMessage(WebSocket connection, String message) {}

    @Override
    public void onError(WebSocket connection, Exception e) {}

    @Override
    public void onStart() {
        started.countDown();
    }
}
