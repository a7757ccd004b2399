package com.maritimealphaflow.ingestion.ais.nmea;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP server on loopback that plays a script, one part per accepted connection: it sends the part's text, then
 * either drops the connection or holds it open without a word. Connections beyond the script are held silent.
 */
final class FeedServer implements AutoCloseable {

    /** What one connection gets. */
    record Connection(String text, boolean drop) {

        static Connection sends(List<String> lines) {
            return new Connection(String.join("\r\n", lines) + "\r\n", false);
        }

        /** Sends the text as it is (perhaps ending mid-line), then closes the connection. */
        static Connection sendsThenDrops(String text) {
            return new Connection(text, true);
        }

        static Connection silent() {
            return new Connection("", false);
        }
    }

    private final ServerSocket server;
    private final Iterator<Connection> script;
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private final AtomicInteger accepted = new AtomicInteger();
    private final Thread acceptor;

    FeedServer(List<Connection> script) {
        this(0, script);
    }

    /** A server on a given port (0 for any free one). */
    FeedServer(int port, List<Connection> script) {
        try {
            this.server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.script = new ArrayList<>(script).iterator();
        this.acceptor = new Thread(this::serve, "nmea-feed-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** Connections accepted so far. */
    int connections() {
        return accepted.get();
    }

    private void serve() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                accepted.incrementAndGet();
                Connection part = script.hasNext() ? script.next() : Connection.silent();
                OutputStream out = socket.getOutputStream();
                out.write(part.text().getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                if (part.drop()) {
                    socket.close();
                } else {
                    held.add(socket);
                }
            } catch (IOException closedOrClientGone) {
                // the server was closed, or a client went away while we wrote: nothing to do either way
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : held) {
            socket.close();
        }
    }
}
