package com.maritimealphaflow.dashboard.ticks;

import com.maritimealphaflow.dashboard.DashboardProperties;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * POSTs one breakout as JSON to the configured webhook, with {@code Idempotency-Key: <crossover id>} so that the
 * receiver can drop a repeat (an alert is sent again only when its outcome could not be recorded). User info in the
 * URL becomes HTTP Basic auth. Outcomes and errors name the URL only as {@link WebhookUrl#masked}.
 */
@Component
class WebhookClient {

    /** What an attempt came to: delivered (2xx), or why not. */
    record Outcome(boolean delivered, String detail) {}

    private final DashboardProperties.Ticks.Alerts settings;
    private final JsonMapper json;
    private final HttpClient http;
    private final URI uri;
    private final String authorization;
    private final String masked;

    WebhookClient(DashboardProperties properties, JsonMapper json) {
        this.settings = properties.ticks().alerts();
        this.json = json;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        if (settings.enabled()) {
            URI configured = parse(settings.webhookUrl().strip());
            this.masked = WebhookUrl.masked(configured.toString());
            this.authorization = configured.getRawUserInfo() == null
                    ? null
                    : "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(
                                            URLDecoder.decode(configured.getRawUserInfo(), StandardCharsets.UTF_8)
                                                    .getBytes(StandardCharsets.UTF_8));
            this.uri = withoutUserInfo(configured);
        } else {
            this.uri = null;
            this.authorization = null;
            this.masked = "";
        }
    }

    boolean enabled() {
        return uri != null;
    }

    /** The URL as logs may show it. */
    String target() {
        return masked;
    }

    Outcome post(Breakout breakout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(settings.readTimeout())
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", Long.toString(breakout.id()))
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(breakout)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return new Outcome(status >= 200 && status < 300, "HTTP " + status);
        } catch (IOException e) {
            return new Outcome(false, describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, "interrupted");
        }
    }

    /** The exception's kind and message, any URL in it replaced by the masked one. */
    private String describe(Exception e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        message = message.replace(settings.webhookUrl().strip(), masked).replace(uri.toString(), masked);
        return e.getClass().getSimpleName() + message;
    }

    private static URI parse(String url) {
        try {
            URI parsed = new URI(url);
            if (!"http".equalsIgnoreCase(parsed.getScheme()) && !"https".equalsIgnoreCase(parsed.getScheme())
                    || parsed.getHost() == null) {
                throw new IllegalArgumentException(
                        "TICKS_ALERT_WEBHOOK_URL must be an http or https URL, was " + WebhookUrl.masked(url));
            }
            return parsed;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("TICKS_ALERT_WEBHOOK_URL is not a valid URL: " + WebhookUrl.masked(url));
        }
    }

    private static URI withoutUserInfo(URI uri) {
        try {
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), uri.getQuery(), null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(
                    "TICKS_ALERT_WEBHOOK_URL is not a valid URL: " + WebhookUrl.masked(uri.toString()));
        }
    }
}
