package com.maritimealphaflow.ingestion.ais.imports;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loopback HTTP server that serves archive files the way a static file server does (NOAA's and the DMA's are):
 * 200 with a Content-Length, 206 for {@code Range: bytes=N-}, 404 for what it does not hold. Faults: drop the
 * connection after some bytes (once), or stall after some bytes until released.
 */
final class ArchiveServer implements AutoCloseable {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");

    /** One request as received. */
    record Request(String path, String range) {}

    private final HttpServer server;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, Integer> dropAfter = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> stallAfterHalf = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private ArchiveServer(HttpServer server) {
        this.server = server;
    }

    static ArchiveServer start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ArchiveServer archive = new ArchiveServer(http);
            http.createContext("/", archive::handle);
            http.setExecutor(Executors.newCachedThreadPool());
            http.start();
            return archive;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void put(String path, byte[] content) {
        files.put(path, content);
    }

    /** The next request for {@code path} sends {@code bytes} of the body, then the connection drops. */
    void dropOnceAfter(String path, int bytes) {
        dropAfter.put(path, bytes);
    }

    /** Requests for {@code path} send half the body, then wait for the latch to be counted down. */
    void stallAfterHalf(String path, CountDownLatch release) {
        stallAfterHalf.put(path, release);
    }

    List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    void reset() {
        files.clear();
        dropAfter.clear();
        stallAfterHalf.values().forEach(latch -> {
            while (latch.getCount() > 0) latch.countDown();
        });
        stallAfterHalf.clear();
        requests.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String range = exchange.getRequestHeaders().getFirst("Range");
        requests.add(new Request(path, range));
        byte[] content = files.get(path);
        if (content == null) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        int from = 0;
        Matcher m = range == null ? null : RANGE.matcher(range);
        if (m != null && m.matches()) {
            from = Integer.parseInt(m.group(1));
            if (from >= content.length) {
                exchange.getResponseHeaders().set("Content-Range", "bytes */" + content.length);
                exchange.sendResponseHeaders(416, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders()
                    .set("Content-Range", "bytes " + from + "-" + (content.length - 1) + "/" + content.length);
            exchange.sendResponseHeaders(206, content.length - from);
        } else {
            exchange.sendResponseHeaders(200, content.length);
        }
        OutputStream body = exchange.getResponseBody();
        Integer drop = dropAfter.remove(path);
        CountDownLatch stall = stallAfterHalf.get(path);
        try {
            if (drop != null) {
                body.write(content, from, Math.min(drop, content.length - from));
                body.flush();
                // closing the connection under a response that is not complete: the client sees the body end early
                throw new IOException("dropped on purpose");
            }
            if (stall != null) {
                int half = from + (content.length - from) / 2;
                body.write(content, from, half - from);
                body.flush();
                stall.await();
                from = half;
            }
            body.write(content, from, content.length - from);
            body.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the handler's failure makes the server close the connection mid-body
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
