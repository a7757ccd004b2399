package com.maritimealphaflow.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With DASHBOARD_USER and DASHBOARD_PASSWORD set, everything but the health check needs HTTP Basic auth. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "alphaflow.dashboard.login.user=researcher",
            "alphaflow.dashboard.login.password=s3cret-passw0rd",
            "alphaflow.dashboard.ticks.stream.timeout=PT1S"
        })
class DashboardLoginTest {

    @LocalServerPort
    int port;

    HttpClient http = HttpClient.newHttpClient();

    @Test
    void pagesAndApiNeedTheLogin() throws Exception {
        for (String path : new String[] {"/", "/pipeline", "/api/traffic/gauge", "/api-docs", "/js/common.js"}) {
            HttpResponse<String> anonymous = get(path, null);
            assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
                    .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
            assertThat(anonymous.body()).doesNotContain("s3cret");
        }
        assertThat(get("/api/traffic/gauge", "researcher:wrong").statusCode()).isEqualTo(401);
        assertThat(get("/api/traffic/gauge", "researcher:s3cret-passw0rd").statusCode())
                .isEqualTo(200);
        assertThat(get("/", "researcher:s3cret-passw0rd").statusCode()).isEqualTo(200);
    }

    @Test
    void backtestComputationsNeedTheLoginAndOtherWritesAreRefused() throws Exception {
        assertThat(send("POST", "/api/backtests", null).statusCode()).isEqualTo(401);
        assertThat(send("DELETE", "/api/backtests/optimizations/jobs/any", null).statusCode())
                .isEqualTo(401);
        // with the login, a cancel reaches the API (no such job) and needs no CSRF token
        assertThat(send("DELETE", "/api/backtests/optimizations/jobs/any", "researcher:s3cret-passw0rd")
                        .statusCode())
                .isEqualTo(404);
        // nothing else may be written, logged in or not (the CSRF check refuses before the login is read)
        assertThat(send("DELETE", "/api/destinations", "researcher:s3cret-passw0rd")
                        .statusCode())
                .isIn(401, 403);
        assertThat(send("PUT", "/api/backtests", "researcher:s3cret-passw0rd").statusCode())
                .isIn(401, 403);
    }

    private HttpResponse<String> send(String method, String path, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString("{}"));
        if (credentials != null) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theBreakoutStreamNeedsTheLoginAndEndsCleanlyAtItsTimeout() throws Exception {
        assertThat(get("/api/ticks/breakouts/stream", null).statusCode()).isEqualTo(401);

        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/ticks/breakouts/stream"))
                .header("Accept", "text/event-stream")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString("researcher:s3cret-passw0rd".getBytes(StandardCharsets.UTF_8)))
                .timeout(java.time.Duration.ofSeconds(30))
                .build();
        // the stream's own end (after a second) is dispatched again inside the security chain: it must not be refused
        HttpResponse<String> stream = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
        assertThat(stream.body()).startsWith("retry:3000");
    }

    @Test
    void healthStaysOpenForTheContainerCheck() throws Exception {
        HttpResponse<String> health = get("/actuator/health", null);

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
    }

    @Test
    void keepsNoSession() throws Exception {
        HttpResponse<String> response = get("/api/pipeline/banners", "researcher:s3cret-passw0rd");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    private HttpResponse<String> get(String path, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (credentials != null) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
