package com.maritimealphaflow.ingestion.market.http;

import com.maritimealphaflow.ingestion.market.MarketProperties;
import com.maritimealphaflow.service.retry.Backoff;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * GET requests to one market data API with the manners the APIs ask for: the source's own {@link RequestGate} before
 * each request; on 5xx or a broken connection a retry with backoff, up to {@code max-attempts}; on 429 (too many
 * requests) or 418 (Binance's ban for ignoring 429s) no request at all until {@code Retry-After} has passed, for any
 * thread — and when that is longer than {@code max-retry-after} the call fails instead of holding a job for days.
 *
 * <p>Messages and log lines name the request by its path only: query strings (Polygon's {@code apiKey}) and headers
 * (Alpaca's keys) never leave this class, and the configured secrets are scrubbed from any body quoted in an error.
 */
public final class MarketHttp {

    private static final Logger log = LoggerFactory.getLogger(MarketHttp.class);
    private static final int QUOTED_BODY = 200;

    private final String source;
    private final HttpClient client;
    private final MarketProperties.MarketHttp settings;
    private final RequestGate gate;
    private final Sleeper sleeper;
    private final Clock clock;
    private final Secrets secrets;
    private volatile Instant blockedUntil = Instant.MIN;

    public MarketHttp(
            String source,
            MarketProperties.MarketHttp settings,
            RequestGate gate,
            Sleeper sleeper,
            Clock clock,
            List<String> secrets) {
        this.source = source;
        this.settings = settings;
        this.gate = gate;
        this.sleeper = sleeper;
        this.clock = clock;
        this.secrets = new Secrets(secrets);
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /**
     * The body of a 200 answer.
     *
     * @param weight what the request costs against the source's limit (Binance's request weight; 1 elsewhere)
     * @param headers name, value, name, value, …
     */
    public String get(URI uri, int weight, String... headers) throws MarketApiException, InterruptedException {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(uri).timeout(settings.requestTimeout()).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        HttpRequest request = builder.build();
        String what = "GET " + uri.getPath();
        Backoff backoff = new Backoff(settings.retry());
        int failures = 0;
        int rateLimited = 0;
        while (true) {
            awaitUnblocked(what);
            gate.beforeRequest(weight);
            HttpResponse<String> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                failures++;
                if (failures >= settings.maxAttempts()) {
                    throw new MarketApiException(source + " did not answer " + what + " after " + failures
                            + " attempts: " + e.getClass().getSimpleName() + " " + scrub(e.getMessage()));
                }
                pause(backoff, what, e.getClass().getSimpleName());
                continue;
            }
            gate.afterResponse(response);
            int status = response.statusCode();
            if (status == 200) {
                return response.body();
            }
            if (status == 429 || status == 418) {
                rateLimited++;
                Duration wait = retryAfter(response);
                blockedUntil = clock.instant().plus(wait);
                if (status == 418) {
                    log.error(
                            "{} BANNED this address (HTTP 418) for {} s, until {}: no request goes to it before then."
                                    + " The request weight limit was ignored; check concurrency and rate settings.",
                            source,
                            wait.toSeconds(),
                            blockedUntil);
                } else {
                    log.warn("{} answered 429 to {}: waiting {} s as Retry-After asks", source, what, wait.toSeconds());
                }
                if (wait.compareTo(settings.maxRetryAfter()) > 0) {
                    throw new MarketApiException(source + " answered " + status + " to " + what + " with Retry-After "
                            + wait.toSeconds() + " s (until " + blockedUntil + "), longer than this service waits;"
                            + " no request goes to it before then");
                }
                if (rateLimited >= settings.maxAttempts()) {
                    throw new MarketApiException(source + " kept answering " + status + " to " + what);
                }
                awaitUnblocked(what);
                continue;
            }
            if (status >= 500) {
                failures++;
                if (failures >= settings.maxAttempts()) {
                    throw new MarketApiException(source + " answered " + status + " to " + what + " " + failures
                            + " times: " + quote(response.body()));
                }
                pause(backoff, what, "HTTP " + status);
                continue;
            }
            throw new MarketApiException(
                    source + " answered " + status + " to " + what + ": " + quote(response.body()));
        }
    }

    /** Until when the source asked not to be called, if it did. */
    public Instant blockedUntil() {
        return blockedUntil;
    }

    private void awaitUnblocked(String what) throws MarketApiException, InterruptedException {
        Duration left = Duration.between(clock.instant(), blockedUntil);
        if (left.isNegative() || left.isZero()) {
            return;
        }
        if (left.compareTo(settings.maxRetryAfter()) > 0) {
            throw new MarketApiException(source + " asked not to be called until " + blockedUntil + " (Retry-After);"
                    + " " + what + " not sent");
        }
        sleeper.sleep(left);
    }

    private void pause(Backoff backoff, String what, String reason) throws InterruptedException {
        Duration wait = backoff.next();
        log.warn("{} {} failed ({}), retrying in {} ms", source, what, reason, wait.toMillis());
        sleeper.sleep(wait);
    }

    private Duration retryAfter(HttpResponse<?> response) {
        return response.headers()
                .firstValue("Retry-After")
                .map(value -> {
                    try {
                        return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
                    } catch (NumberFormatException e) {
                        return null;
                    }
                })
                .orElse(settings.defaultRetryAfter());
    }

    /**
     * The JSON of a body; a body that is not JSON fails with a message whose quote of it (the parser's) is scrubbed
     * and cut like any other.
     */
    public JsonNode json(String body) throws MalformedResponseException {
        try {
            return JsonBodies.parse(source, body);
        } catch (MalformedResponseException e) {
            throw new MalformedResponseException(secrets.quote(e.getMessage(), QUOTED_BODY));
        }
    }

    /** Text from a body as quoted in an error: scrubbed whole, then cut (a cut first could leave a key's start). */
    public String quote(String body) {
        if (body == null || body.isBlank()) {
            return "(no body)";
        }
        return secrets.quote(body, QUOTED_BODY);
    }

    /** The text with every configured secret, and anything that looks like a key, replaced by {@code ***}. */
    public String scrub(String text) {
        return secrets.scrub(text);
    }
}
