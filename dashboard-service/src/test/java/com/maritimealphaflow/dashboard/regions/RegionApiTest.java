package com.maritimealphaflow.dashboard.regions;

import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.dashboard.DatabaseTest;
import com.maritimealphaflow.dashboard.support.SeededRegions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The regions API over real HTTP on PostgreSQL, with the presets V9 ships: listing, and edits with the admin token. */
class RegionApiTest extends DatabaseTest {

    private static final String BOW_TIE =
            "{\"type\":\"Polygon\",\"coordinates\":[[[10,59],[11,60],[11,59],[10,60],[10,59]]]}";

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void removeTestRegions() {
        jdbc.update("DELETE FROM region WHERE name LIKE 'Test %'");
    }

    @Test
    void listsThePresetsWithTheirGeoJsonAsObjects() throws Exception {
        HttpResponse<String> response = send("GET", "/api/regions", null, null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode regions = json.readTree(response.body());
        assertThat(regions.size()).isGreaterThanOrEqualTo(93);
        JsonNode suez = find(regions, "Suez Canal");
        assertThat(suez.get("kind").asString()).isEqualTo("chokepoint");
        assertThat(suez.get("geometry").get("type").asString()).isEqualTo("Polygon");
        assertThat(suez.get("gates").get("a").get("type").asString()).isEqualTo("LineString");
        assertThat(suez.get("directionNames").get("ab").asString()).isEqualTo("southbound");
        assertThat(suez.get("preset").asBoolean()).isTrue();
        assertThat(suez.get("version").asInt()).isEqualTo(1);

        HttpResponse<String> one = send("GET", "/api/regions/" + suez.get("id").asLong(), null, null);
        assertThat(json.readTree(one.body()).get("name").asString()).isEqualTo("Suez Canal");
    }

    @Test
    void unknownRegionsAre404AndAnIdThatIsNoNumberA400() throws Exception {
        assertThat(send("GET", "/api/regions/987654321", null, null).statusCode())
                .isEqualTo(404);
        assertThat(send("PUT", "/api/regions/987654321", area("Test nowhere"), ADMIN_TOKEN)
                        .statusCode())
                .isEqualTo(404);
        assertThat(send("DELETE", "/api/regions/987654321", null, ADMIN_TOKEN).statusCode())
                .isEqualTo(404);
        badRequest(send("GET", "/api/regions/abc", null, null), "id");
    }

    @Test
    void editsNeedTheAdminToken() throws Exception {
        HttpResponse<String> anonymous = send("POST", "/api/regions", area("Test anonymous"), null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(send("POST", "/api/regions", area("Test guess"), "guess").statusCode())
                .isEqualTo(401);
        assertThat(send("DELETE", "/api/regions/1", null, "guess").statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain(ADMIN_TOKEN);

        assertThat(send("POST", "/api/regions", area("Test with token"), ADMIN_TOKEN)
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void createsReplacesAndDeletesARegionRaisingItsVersionOnAGeometryChange() throws Exception {
        HttpResponse<String> created = send("POST", "/api/regions", area("Test bay"), ADMIN_TOKEN);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode region = json.readTree(created.body());
        long id = region.get("id").asLong();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/regions/" + id);
        assertThat(region.get("version").asInt()).isEqualTo(1);
        assertThat(region.get("preset").asBoolean()).isFalse();

        // renaming changes no event: the version stays
        JsonNode renamed = json.readTree(send("PUT", "/api/regions/" + id, area("Test cove"), ADMIN_TOKEN)
                .body());
        assertThat(renamed.get("name").asString()).isEqualTo("Test cove");
        assertThat(renamed.get("version").asInt()).isEqualTo(1);

        String moved = "{\"name\":\"Test cove\",\"kind\":\"area\",\"geometry\":"
                + "{\"type\":\"Polygon\",\"coordinates\":[[[10,59],[11,59],[11,60],[10,60],[10,59]]]}}";
        HttpResponse<String> replaced = send("PUT", "/api/regions/" + id, moved, ADMIN_TOKEN);
        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        assertThat(json.readTree(replaced.body()).get("version").asInt()).isEqualTo(2);

        assertThat(send("DELETE", "/api/regions/" + id, null, ADMIN_TOKEN).statusCode())
                .isEqualTo(204);
        assertThat(send("GET", "/api/regions/" + id, null, null).statusCode()).isEqualTo(404);
    }

    @Test
    void editingAPresetMakesItTheUsersOwn() throws Exception {
        long id = jdbc.queryForObject(
                "INSERT INTO region (name, kind, geometry, preset) VALUES ('Test preset', 'area', ?::jsonb, true)"
                        + " RETURNING id",
                Long.class,
                SeededRegions.SQUARE);

        HttpResponse<String> edited = send(
                "PUT",
                "/api/regions/" + id,
                "{\"name\":\"Test preset\",\"kind\":\"area\",\"geometry\":" + SeededRegions.SQUARE
                        + ",\"note\":\"redrawn\"}",
                ADMIN_TOKEN);

        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(json.readTree(edited.body()).get("preset").asBoolean()).isFalse();
        assertThat(json.readTree(edited.body()).get("note").asString()).isEqualTo("redrawn");
    }

    @Test
    void refusesABowTieWithJtsReason() throws Exception {
        String body = "{\"name\":\"Test bow tie\",\"kind\":\"area\",\"geometry\":" + BOW_TIE + "}";

        JsonNode error = badRequest(send("POST", "/api/regions", body, ADMIN_TOKEN), "geometry");

        assertThat(error.get("message").asString()).contains("Self-intersection");
    }

    @Test
    void refusesAChokepointWithoutGatesOrWithAGateThatMissesIt() throws Exception {
        String noGates = "{\"name\":\"Test strait\",\"kind\":\"chokepoint\",\"geometry\":" + SeededRegions.SQUARE + "}";
        badRequest(send("POST", "/api/regions", noGates, ADMIN_TOKEN), "gates");

        String missing = "{\"name\":\"Test strait\",\"kind\":\"chokepoint\",\"geometry\":" + SeededRegions.SQUARE
                + ",\"gates\":{\"a\":{\"type\":\"LineString\",\"coordinates\":[[10.4,59.3],[10.4,59.7]]},"
                + "\"b\":{\"type\":\"LineString\",\"coordinates\":[[12,59.3],[12,59.7]]}}}";
        badRequest(send("POST", "/api/regions", missing, ADMIN_TOKEN), "gates.b");

        String good = "{\"name\":\"Test strait\",\"kind\":\"chokepoint\",\"geometry\":" + SeededRegions.SQUARE
                + ",\"gates\":" + SeededRegions.GATES + ",\"directionNames\":{\"ab\":\"eastbound\"}}";
        HttpResponse<String> created = send("POST", "/api/regions", good, ADMIN_TOKEN);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(json.readTree(created.body()).get("directionNames").get("ab").asString())
                .isEqualTo("eastbound");
    }

    @Test
    void refusesEachUnusableFieldNamingIt() throws Exception {
        badRequest(post("{\"kind\":\"area\",\"geometry\":" + SeededRegions.SQUARE + "}"), "name");
        badRequest(
                post("{\"name\":\"" + "x".repeat(101) + "\",\"kind\":\"area\",\"geometry\":" + SeededRegions.SQUARE
                        + "}"),
                "name");
        badRequest(
                post("{\"name\":\"Test k\",\"kind\":\"harbour\",\"geometry\":" + SeededRegions.SQUARE + "}"), "kind");
        badRequest(
                post("{\"name\":\"Test g\",\"kind\":\"area\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]}}"),
                "geometry");
        badRequest(
                post("{\"name\":\"Test g\",\"kind\":\"area\",\"geometry\":{\"type\":\"Polygon\","
                        + "\"coordinates\":[[[170,59],[190,59],[190,60],[170,59]]]}}"),
                "geometry");
        badRequest(
                post("{\"name\":\"Test g\",\"kind\":\"area\",\"geometry\":" + SeededRegions.SQUARE + ",\"gates\":"
                        + SeededRegions.GATES + "}"),
                "gates");
        badRequest(
                post("{\"name\":\"Test p\",\"kind\":\"area\",\"portId\":1,\"geometry\":" + SeededRegions.SQUARE + "}"),
                "portId");
        long area =
                json.readTree(post(area("Test not a port")).body()).get("id").asLong();
        badRequest(
                post("{\"name\":\"Test anchorage\",\"kind\":\"anchorage\",\"portId\":" + area + ",\"geometry\":"
                        + SeededRegions.SQUARE + "}"),
                "portId");
    }

    @Test
    void aNameTakenIsAConflictNamingIt() throws Exception {
        assertThat(post(area("Test twin")).statusCode()).isEqualTo(201);

        HttpResponse<String> again = post(area("Test twin"));

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json.readTree(again.body()).get("parameter").asString()).isEqualTo("name");
    }

    private static String area(String name) {
        return "{\"name\":\"" + name + "\",\"kind\":\"area\",\"geometry\":" + SeededRegions.SQUARE + "}";
    }

    private HttpResponse<String> post(String body) throws Exception {
        return send("POST", "/api/regions", body, ADMIN_TOKEN);
    }

    private JsonNode badRequest(HttpResponse<String> response, String parameter) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode error = json.readTree(response.body());
        assertThat(error.get("parameter").asString()).as(response.body()).isEqualTo(parameter);
        return error;
    }

    private static JsonNode find(JsonNode regions, String name) {
        for (JsonNode region : regions) {
            if (region.get("name").asString().equals(name)) {
                return region;
            }
        }
        throw new AssertionError("no region " + name);
    }

    HttpResponse<String> send(String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
