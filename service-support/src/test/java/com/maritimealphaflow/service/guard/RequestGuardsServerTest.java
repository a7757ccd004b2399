package com.maritimealphaflow.service.guard;

import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.service.ServiceApi;
import com.maritimealphaflow.testsupport.http.BypassSpellings;
import com.maritimealphaflow.testsupport.http.RawHttp;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The guards in front of a real Tomcat, reached over a socket with the spellings a scanner sends: nothing that is not
 * a read gets through without the token, however the path is written, and no body is read past its limit.
 */
@SpringBootTest(
        classes = RequestGuardsServerTest.TestApp.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "alphaflow.admin-token=s3cret-token",
            "alphaflow.http.max-body=1KB",
            "alphaflow.http.body-limits[/api/things/stream]=64KB",
            "spring.jackson.deserialization.accept-float-as-int=false"
        })
class RequestGuardsServerTest {

    private static final AtomicInteger WRITES = new AtomicInteger();
    private static final Map<String, String> TOKEN = Map.of("Authorization", "Bearer s3cret-token");

    @SpringBootApplication
    @Import({ServiceApi.class, ThingController.class})
    static class TestApp {}

    record Thing(String name, int count) {}

    @RestController
    @RequestMapping("/api/things")
    static class ThingController {

        @GetMapping("/runs")
        String list() {
            return "[]";
        }

        @PostMapping("/runs")
        String create(@RequestBody(required = false) Thing thing) {
            WRITES.incrementAndGet();
            return "{\"count\":" + (thing == null ? 0 : thing.count()) + "}";
        }

        /** Reads the body itself, as the CSV import does. */
        @PostMapping("/stream")
        String stream(HttpServletRequest request) throws IOException {
            long n = request.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            WRITES.incrementAndGet();
            return "{\"read\":" + n + "}";
        }
    }

    @LocalServerPort
    int port;

    RawHttp http;

    @BeforeEach
    void client() {
        http = new RawHttp(port);
        WRITES.set(0);
    }

    private RawHttp.Response postThingWithToken(String document) throws IOException {
        return http.send(
                "POST",
                "/api/things/runs",
                Map.of("Authorization", "Bearer s3cret-token", "Content-Type", "application/json"),
                json(document));
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void refusesEverySpellingOfAWriteWithoutTheTokenAndNoneReachesTheEndpoint() throws IOException {
        for (String path : BypassSpellings.of("api", "things", "runs")) {
            for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE", "OPTIONS"}) {
                RawHttp.Response answer =
                        http.send(method, path, Map.of("Content-Type", "application/json"), json("{}"));
                assertThat(answer.status()).as("%s %s", method, path).isIn(400, 401, 403, 404, 405);
            }
        }
        assertThat(WRITES).hasValue(0);
    }

    @Test
    void refusesAmbiguousPathsEvenWithTheTokenNamingThePath() throws IOException {
        for (String path : new String[] {"/api;x/things/runs", "/api/things/%2e%2e/things/runs", "//api/things/runs"}) {
            RawHttp.Response answer = http.send("GET", path, Map.of(), null);
            assertThat(answer.status()).as(path).isEqualTo(400);
            assertThat(answer.body()).as(path).contains("\"parameter\":\"path\"");
        }
        assertThat(http.send("TRACE", "/api/things/runs", TOKEN, null).status()).isIn(400, 405);
    }

    @Test
    void letsTheOwnerInAndLeavesReadsOpen() throws IOException {
        RawHttp.Response created = postThingWithToken("{\"name\":\"a\",\"count\":3}");
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.body()).isEqualTo("{\"count\":3}");
        assertThat(http.send("GET", "/api/things/runs", Map.of(), null).status())
                .isEqualTo(200);
        assertThat(http.send("POST", "/api/things/runs", Map.of("Authorization", "Bearer guess"), json("{}"))
                        .body())
                .doesNotContain("guess");
    }

    @Test
    void sendsSecurityHeadersOnAnswersAndErrors() throws IOException {
        for (RawHttp.Response answer : new RawHttp.Response[] {
            http.send("GET", "/api/things/runs", Map.of(), null),
            http.send("POST", "/api/things/runs", Map.of(), json("{}")),
            http.send("GET", "/api;x/things/runs", Map.of(), null)
        }) {
            assertThat(answer.headers())
                    .containsEntry("x-content-type-options", "nosniff")
                    .containsEntry("x-frame-options", "DENY")
                    .containsKey("content-security-policy");
        }
    }

    @Test
    void answers413ToABodyOverItsLimitDeclaredOrChunkedWithoutReadingIt() throws IOException {
        Map<String, String> json = Map.of("Authorization", "Bearer s3cret-token", "Content-Type", "application/json");
        RawHttp.Response declared = http.send("POST", "/api/things/runs", json, new byte[5_000_000]);
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.body()).contains("\"parameter\":\"body\"").contains("at most 1024 bytes");

        RawHttp.Response chunked = http.sendChunked("POST", "/api/things/runs", json, 50_000_000, (byte) ' ');
        assertThat(chunked.status()).isEqualTo(413);

        RawHttp.Response streamed = http.sendChunked(
                "POST", "/api/things/stream", Map.of("Authorization", "Bearer s3cret-token"), 200_000, (byte) 'x');
        assertThat(streamed.status()).isEqualTo(413);
        assertThat(WRITES).hasValue(0);

        RawHttp.Response fits = http.sendChunked(
                "POST", "/api/things/stream", Map.of("Authorization", "Bearer s3cret-token"), 60_000, (byte) 'x');
        assertThat(fits.status()).isEqualTo(200);
        assertThat(fits.body()).isEqualTo("{\"read\":60000}");
    }

    @Test
    void refusesAFractionForAWholeNumberNamingTheField() throws IOException {
        RawHttp.Response answer = postThingWithToken("{\"name\":\"a\",\"count\":5.7}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("\"parameter\":\"count\"");
        assertThat(WRITES).hasValue(0);
    }
}
