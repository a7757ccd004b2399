package com.maritimealphaflow.dashboard.ticks;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A server-sent events client on the JDK's HttpClient: each event's fields, read on a thread of its own. */
final class EventStreamClient implements AutoCloseable {

    /** One event: its name, id and data ({@code null} for a field it did not have). */
    record Event(String name, String id, String data) {}

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final HttpResponse<InputStream> response;
    private final Thread reader;

    private EventStreamClient(HttpResponse<InputStream> response) {
        this.response = response;
        this.reader = new Thread(this::read, "event-stream-client");
        reader.setDaemon(true);
        if (response.statusCode() == 200) {
            reader.start();
        }
    }

    static EventStreamClient open(String url, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
        headers.forEach(request::header);
        return new EventStreamClient(
                HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
    }

    HttpResponse<InputStream> response() {
        return response;
    }

    /** The next event, waiting up to 20 s; fails when none comes. */
    Event next() throws InterruptedException {
        Event event = events.poll(20, TimeUnit.SECONDS);
        if (event == null) {
            throw new AssertionError("no event within 20 s");
        }
        return event;
    }

    /** The next event within {@code wait}, or null. */
    Event poll(Duration wait) throws InterruptedException {
        return events.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void read() {
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            Map<String, String> fields = new LinkedHashMap<>();
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isEmpty()) {
                    if (fields.containsKey("data")) {
                        events.add(new Event(fields.get("event"), fields.get("id"), fields.get("data")));
                    }
                    fields.clear();
                } else if (!line.startsWith(":")) {
                    int colon = line.indexOf(':');
                    String name = colon < 0 ? line : line.substring(0, colon);
                    String value = colon < 0 ? "" : line.substring(colon + 1);
                    fields.merge(name, value.startsWith(" ") ? value.substring(1) : value, (a, b) -> a + "\n" + b);
                }
            }
        } catch (Exception e) {
            // closed
        }
    }

    @Override
    public void close() throws Exception {
        response.body().close();
        reader.interrupt();
    }
}
