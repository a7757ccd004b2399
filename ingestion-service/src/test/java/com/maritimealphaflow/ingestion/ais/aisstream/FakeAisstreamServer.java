package com.maritimealphaflow.ingestion.ais.aisstream;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.java_websocket.WebSocket;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.drafts.Draft;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.extensions.permessage_deflate.PerMessageDeflateExtension;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.framing.Framedata;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.ServerHandshakeBuilder;
import org.java_websocket.server.WebSocketServer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for aisstream.io on loopback that speaks its protocol: it expects the subscription within 3 s of the
 * handshake and closes the connection otherwise, answers a wrong key with {@code {"error": "Api Key Is Not
 * Valid"}} and a subscription without bounding boxes with {@code {"error": "Subscription Object Is Malformed"}},
 * then streams messages, alternating binary and text frames so that the client meets both. Each connection plays the next queued {@link Session}: stream some
 * messages and stay open without a word, or refuse the handshake with an HTTP status. A test can drop every open
 * connection at once, as aisstream.io does with close code 1006.
 */
final class FakeAisstreamServer extends WebSocketServer implements AutoCloseable {

    static final String VALID_KEY = "fake-aisstream-key-6c1f0e9a2b7d4835";

    private static final long SUBSCRIPTION_DEADLINE_SECONDS = 3;

    /** What the server does with one connection. {@code refuseWithStatus} 0 accepts the handshake. */
    record Session(int refuseWithStatus, List<String> messages) {

        static final Session SILENT = new Session(0, List.of());

        static Session refuse(int status) {
            return new Session(status, List.of());
        }

        static Session stream(String... messages) {
            return new Session(0, List.of(messages));
        }
    }

    private final Queue<Session> sessions = new ConcurrentLinkedQueue<>();
    private final Set<WebSocket> subscribed = ConcurrentHashMap.newKeySet();
    private final List<String> subscriptions = new CopyOnWriteArrayList<>();
    private final List<Integer> closes = new CopyOnWriteArrayList<>();
    private final AtomicInteger handshakes = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger pings = new AtomicInteger();
    private final AtomicInteger compressed = new AtomicInteger();
    private final CountDownLatch started = new CountDownLatch(1);
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "fake-aisstream-deadlines");
        thread.setDaemon(true);
        return thread;
    });

    private FakeAisstreamServer() {
        super(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                List.of(new Draft_6455(new PerMessageDeflateExtension())));
        setReuseAddr(true);
        setDaemon(true);
        setConnectionLostTimeout(0);
    }

    /** Starts a server on a free loopback port and waits until it accepts connections. */
    static FakeAisstreamServer launch() throws InterruptedException {
        FakeAisstreamServer server = new FakeAisstreamServer();
        server.start();
        if (!server.started.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the fake aisstream.io server did not start");
        }
        return server;
    }

    URI uri() {
        return URI.create("ws://127.0.0.1:" + getPort() + "/v0/stream");
    }

    /** Queues what the next connection does; a connection with nothing queued is accepted and kept silent. */
    FakeAisstreamServer then(Session session) {
        sessions.add(session);
        return this;
    }

    /** Ends every open connection without a closing handshake: the client sees code 1006. */
    void dropConnections() {
        for (WebSocket connection : getConnections()) {
            connection.closeConnection(CloseFrame.ABNORMAL_CLOSE, "dropped by the fake server");
        }
    }

    int handshakes() {
        return handshakes.get();
    }

    int refused() {
        return refused.get();
    }

    int pings() {
        return pings.get();
    }

    /** Connections that negotiated permessage-deflate. */
    int compressed() {
        return compressed.get();
    }

    List<String> subscriptions() {
        return List.copyOf(subscriptions);
    }

    /** The close code of every connection that has ended, in order. */
    List<Integer> closes() {
        return List.copyOf(closes);
    }

    @Override
    public ServerHandshakeBuilder onWebsocketHandshakeReceivedAsServer(
            WebSocket connection, Draft draft, ClientHandshake request) throws InvalidDataException {
        handshakes.incrementAndGet();
        Session session = sessions.poll();
        if (session == null) {
            session = Session.SILENT;
        }
        if (session.refuseWithStatus() != 0) {
            refused.incrementAndGet();
            // Java-WebSocket answers a refused handshake with 404 only; the answer aisstream.io gives is queued
            // ahead of it, and the client reads the first.
            String response = "HTTP/1.1 " + session.refuseWithStatus() + " Too Many Requests\r\n"
                    + "Content-Length: 0\r\nConnection: close\r\n\r\n";
            ((WebSocketImpl) connection).outQueue.add(ByteBuffer.wrap(response.getBytes(StandardCharsets.US_ASCII)));
            throw new InvalidDataException(CloseFrame.POLICY_VALIDATION, "refused");
        }
        connection.setAttachment(session);
        return super.onWebsocketHandshakeReceivedAsServer(connection, draft, request);
    }

    @Override
    public void onOpen(WebSocket connection, ClientHandshake handshake) {
        if (connection.getDraft() instanceof Draft_6455 draft
                && draft.getExtension() instanceof PerMessageDeflateExtension) {
            compressed.incrementAndGet();
        }
        deadlines.schedule(
                () -> {
                    if (!subscribed.contains(connection) && connection.isOpen()) {
                        connection.close(CloseFrame.POLICY_VALIDATION, "no subscription within 3 seconds");
                    }
                },
                SUBSCRIPTION_DEADLINE_SECONDS,
                TimeUnit.SECONDS);
    }

    @Override
    public void onMessage(WebSocket connection, String text) {
        if (subscribed.contains(connection)) {
            return;
        }
        subscriptions.add(text);
        JsonNode subscription;
        try {
            subscription = JsonMapper.shared().readTree(text);
        } catch (JacksonException e) {
            refuse(connection, "Subscription Object Is Malformed");
            return;
        }
        JsonNode key = subscription.path("APIKey");
        if (!key.isString() || !VALID_KEY.equals(key.stringValue())) {
            refuse(connection, "Api Key Is Not Valid");
            return;
        }
        if (!subscription.path("BoundingBoxes").isArray()) {
            refuse(connection, "Subscription Object Is Malformed");
            return;
        }
        subscribed.add(connection);
        Session session = connection.getAttachment();
        List<String> messages = session.messages();
        for (int i = 0; i < messages.size(); i++) {
            if (i % 2 == 0) {
                connection.send(messages.get(i).getBytes(StandardCharsets.UTF_8));
            } else {
                connection.send(messages.get(i));
            }
        }
    }

    private static void refuse(WebSocket connection, String error) {
        connection.send("{\"error\": \"" + error + "\"}");
        connection.close(CloseFrame.NORMAL);
    }

    @Override
    public void onWebsocketPing(WebSocket connection, Framedata ping) {
        pings.incrementAndGet();
        super.onWebsocketPing(connection, ping);
    }

    @Override
    public void onClose(WebSocket connection, int code, String reason, boolean remote) {
        subscribed.remove(connection);
        closes.add(code);
    }

    @Override
    public void onError(WebSocket connection, Exception e) {
        // A client that goes away mid-write is part of what the tests play through.
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void close() throws InterruptedException {
        deadlines.shutdownNow();
        stop(1000);
    }
}
