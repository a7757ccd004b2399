package com.maritimealphaflow.ingestion.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A TCP proxy on loopback that a test can cut and restore, to make a real server (PostgreSQL) unreachable for a
 * while without stopping it. {@link #cut()} closes every connection and refuses new ones; {@link #restore()} listens
 * again on the same port.
 */
public final class TcpProxy implements AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;
    private int port;

    public TcpProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        listenBelowTheEphemeralRange();
    }

    public int port() {
        return port;
    }

    public synchronized void cut() throws IOException {
        // Closing a server socket while its acceptor is blocked in accept() leaves it listening until that thread
        // wakes up, so a connection can still be accepted after this: the acceptor drops any connection it accepted
        // from a server that is no longer the current one.
        ServerSocket listening = server;
        server = null;
        if (listening != null) {
            listening.close();
        }
        for (Socket socket : sockets) {
            socket.close();
        }
        sockets.clear();
    }

    public synchronized void restore() {
        // The port was chosen outside the range outgoing connections take theirs from, so no client can hold it while
        // the proxy is cut; waiting a little covers anything else that briefly has it.
        await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    try {
                        listen(port);
                        return true;
                    } catch (BindException taken) {
                        return false;
                    }
                });
    }

    /**
     * A port from 20000-32767: a port from the ephemeral range (listen on port 0) can be handed to an outgoing connection
     * while the proxy is cut, and restoring it then fails with "Address already in use".
     */
    private void listenBelowTheEphemeralRange() throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                listen(ThreadLocalRandom.current().nextInt(20_000, 32_768));
                return;
            } catch (BindException taken) {
                if (attempt == 100) {
                    throw taken;
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        cut();
    }

    private void listen(int onPort) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        try {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort));
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        server = socket;
        port = socket.getLocalPort();
        Thread acceptor = new Thread(() -> accept(socket), "proxy-accept-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void accept(ServerSocket listening) {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                synchronized (this) {
                    if (server != listening) {
                        closeQuietly(client);
                        return;
                    }
                    Socket upstream = new Socket(targetHost, targetPort);
                    sockets.add(client);
                    sockets.add(upstream);
                    pump(client, upstream);
                    pump(upstream, client);
                }
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(
                () -> {
                    byte[] buffer = new byte[16384];
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        int n;
                        while ((n = in.read(buffer)) >= 0) {
                            out.write(buffer, 0, n);
                            out.flush();
                        }
                    } catch (IOException ignored) {
                        // one side closed: close the other below
                    } finally {
                        closeQuietly(from);
                        closeQuietly(to);
                    }
                },
                "proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
