package com.maritimealphaflow.ingestion.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A market data API on loopback (the JDK's HTTP server) answering from handlers a test installs per path prefix:
 * Binance, Polygon and Alpaca fixtures. It records every request and can answer the n-th request to a path with a
 * fault (a 429, a 5xx, a malformed body) before handing the others to the handler.
 */
public final class FakeMarketServer implements AutoCloseable {

    /** One request as the server saw it. */
    public record Request(
            String method, String host, String path, Map<String, String> query, Map<String, String> headers) {
        public String param(String name) {
            return query.get(name);
        }
    }

    /** The answer to give. */
    public record Reply(int status, Map<String, String> headers, String body) {
        public static Reply json(String body) {
            return new Reply(200, Map.of(), body);
        }

        public static Reply status(int status, String body, String... headers) {
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i + 1 < headers.length; i += 2) {
                map.put(headers[i], headers[i + 1]);
            }
            return new Reply(status, map, body);
        }

        public Reply withHeader(String name, String value) {
            Map<String, String> map = new LinkedHashMap<>(headers);
            map.put(name, value);
            return new Reply(status, map, body);
        }
    }

    @FunctionalInterface
    public interface Handler {
        Reply handle(Request request) throws Exception;
    }

    private record Fault(String prefix, int atRequest, Reply reply) {}

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Handler> routes = new LinkedHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<Fault> faults = new CopyOnWriteArrayList<>();

    private FakeMarketServer(HttpServer server) {
        this.server = server;
    }

    public static FakeMarketServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            FakeMarketServer fake = new FakeMarketServer(server);
            server.createContext("/", fake::serve);
            server.setExecutor(fake.executor);
            server.start();
            return fake;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fake market server", e);
        }
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The same server under another host name, as a {@code next_url} on another host would be. */
    public String otherHostUrl() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    public synchronized void route(String pathPrefix, Handler handler) {
        routes.put(pathPrefix, handler);
    }

    /** The {@code n}-th request (1-based, counted from now) to the path prefix gets this reply instead. */
    public void fault(String pathPrefix, int n, Reply reply) {
        faults.add(new Fault(pathPrefix, count(pathPrefix) + n, reply));
    }

    public List<Request> requests(String pathPrefix) {
        return requests.stream().filter(r -> r.path().startsWith(pathPrefix)).toList();
    }

    public synchronized void reset() {
        routes.clear();
        requests.clear();
        faults.clear();
    }

    private int count(String prefix) {
        return requests(prefix).size();
    }

    private void serve(HttpExchange exchange) throws IOException {
        Reply reply;
        try {
            Request request = request(exchange);
            requests.add(request);
            reply = faultFor(request);
            if (reply == null) {
                Handler handler = handlerFor(request.path());
                reply = handler == null ? Reply.status(404, "{\"error\":\"no fixture\"}") : handler.handle(request);
            }
        } catch (Exception e) {
            reply = Reply.status(599, "fixture failed: " + e);
        }
        byte[] body = reply.body() == null ? new byte[0] : reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private Reply faultFor(Request request) {
        for (Fault fault : faults) {
            if (request.path().startsWith(fault.prefix()) && count(fault.prefix()) == fault.atRequest()) {
                faults.remove(fault);
                return fault.reply();
            }
        }
        return null;
    }

    private synchronized Handler handlerFor(String path) {
        Handler best = null;
        int length = -1;
        for (Map.Entry<String, Handler> route : routes.entrySet()) {
            if (path.startsWith(route.getKey()) && route.getKey().length() > length) {
                best = route.getValue();
                length = route.getKey().length();
            }
        }
        return best;
    }

    private static Request request(HttpExchange exchange) {
        Map<String, String> query = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                query.put(decode(name), decode(value));
            }
        }
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders()
                .forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
        String host = headers.getOrDefault("host", "");
        return new Request(
                exchange.getRequestMethod(), host, exchange.getRequestURI().getPath(), query, headers);
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    /** All requests, for assertions that nothing secret went where it should not. */
    public List<Request> all() {
        return new ArrayList<>(requests);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
