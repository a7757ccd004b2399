package com.maritimealphaflow.ingestion.market.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.ingestion.MarketDatabaseTest;
import com.maritimealphaflow.ingestion.market.MarketProperties;
import com.maritimealphaflow.ingestion.support.MarketFixtures;
import com.maritimealphaflow.ingestion.support.ServiceHttp;
import com.maritimealphaflow.ingestion.support.ServiceHttp.Answer;
import com.maritimealphaflow.testsupport.http.RawHttp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** CSV files into the bars table over REST and from a directory, on PostgreSQL. */
class CsvImportApiTest extends MarketDatabaseTest {

    @LocalServerPort
    int port;

    @Autowired
    CsvImport imports;

    @Autowired
    MarketProperties properties;

    @TempDir
    Path dir;

    private ServiceHttp http;

    @BeforeEach
    void setUp() {
        clearMarketTables();
        http = new ServiceHttp(port, ADMIN_TOKEN);
    }

    @Test
    void uploadsAFileStoresTheGoodLinesAndReportsTheRejectedOnesByLineNumber() {
        String boundary = "----alphaflow-test-boundary";
        String multipart = "--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bdry.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + MarketFixtures.resource("bdry-daily.csv") + "\r\n--" + boundary
                + "--\r\n";

        Answer answer = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/market/csv?symbol=bdry&interval=1d"))
                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(multipart)));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode report = answer.json();
        assertThat(report.get("file").asString()).isEqualTo("bdry.csv");
        assertThat(report.get("symbol").asString()).isEqualTo("BDRY");
        assertThat(report.get("stored").asLong()).isEqualTo(4);
        assertThat(report.get("rejectedLines").asLong()).isEqualTo(4);
        assertThat(report.get("rejected").get(0).get("line").asLong()).isEqualTo(5);
        assertThat(report.get("rejected").get(0).get("reason").asString()).contains("not a number");
        assertThat(jdbc.queryForList(
                        "SELECT bar_time::date::text FROM market_bar WHERE source = 'csv' AND symbol = 'BDRY'"
                                + " AND bar_interval = '1d' ORDER BY bar_time",
                        String.class))
                .containsExactly("2026-01-05", "2026-01-06", "2026-01-07", "2026-01-14");
        Map<String, Object> log = jdbc.queryForMap(
                "SELECT source, status, messages_received, bars_stored, rejected, rejected_reasons::text AS reasons"
                        + " FROM ingestion_log WHERE kind = 'market-csv'");
        assertThat(log)
                .containsEntry("source", "csv")
                .containsEntry("status", "completed")
                .containsEntry("messages_received", 8L)
                .containsEntry("bars_stored", 4L)
                .containsEntry("rejected", 4L);
        assertThat((String) log.get("reasons")).contains("not_a_number").contains("unreadable_time");
    }

    @Test
    void aChunkedBodyPastTheLimitIsA413AndStoresNothingOfWhatCameBefore() throws Exception {
        StringBuilder csv = new StringBuilder("timestamp,open,high,low,close,volume\n");
        java.time.Instant t = java.time.Instant.parse("2024-01-01T00:00:00Z");
        while (csv.length() < 17_000_000) {
            csv.append(t).append(",1,2,0.5,1.5,10\n");
            t = t.plusSeconds(60);
        }
        RawHttp.Response answer = new RawHttp(port)
                .sendChunked(
                        "POST",
                        "/api/market/csv?symbol=BIG&interval=1m&market=24x7",
                        Map.of("Authorization", "Bearer " + ADMIN_TOKEN, "Content-Type", "text/csv"),
                        new java.io.ByteArrayInputStream(
                                csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(answer.status()).as(answer.body()).isEqualTo(413);
        assertThat(answer.body()).contains("\"parameter\":\"body\"");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM market_bar WHERE symbol = 'BIG'", Long.class))
                .isZero();
        assertThat(jdbc.queryForList("SELECT status FROM ingestion_log WHERE kind = 'market-csv'", String.class))
                .doesNotContain("running");
    }

    @Test
    void theSameFileTwiceChangesNothingAndABadHeaderIsA400() {
        String csv = "date,open,high,low,close,volume\n2026-01-05,1,2,0.5,1.5,10\n2026-01-06,1,2,0.5,1.6,10\n";
        Answer first = postCsv("SEA", "1d", csv);
        Answer second = postCsv("SEA", "1d", csv);

        assertThat(first.json().get("stored").asLong()).isEqualTo(2);
        assertThat(second.json().get("stored").asLong()).isZero();
        assertThat(second.json().get("unchanged").asLong()).isEqualTo(2);

        Answer bad = postCsv("SEA", "1d", "day,open,high,low,close,volume\n2026-01-05,1,2,0.5,1.5,10\n");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("parameter").asString()).isEqualTo("file");
        assertThat(bad.json().get("message").asString()).contains("no date or time column");
        assertThat(postCsv("SEA", "2d", csv).json().get("parameter").asString()).isEqualTo("interval");
        assertThat(http.postWithoutToken("/api/market/csv?symbol=SEA&interval=1d", csv)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void importsTheFilesOfTheDirectoryAndMovesThemAside() throws Exception {
        Files.writeString(dir.resolve("IYT_1d.csv"), MarketFixtures.resource("bdry-daily.csv"));
        Files.writeString(
                dir.resolve("BTCUSDT_1m_24x7.csv"),
                "timestamp,open,high,low,close,volume\n2026-01-05 00:00,1,2,0.5,1.5,10\n");
        Files.writeString(dir.resolve("prices.csv"), "date,open,high,low,close,volume\n");
        CsvDirectoryImport scan = new CsvDirectoryImport(imports, withDirectory(dir));

        List<CsvImportReport> reports = scan.scan();

        assertThat(reports).extracting(CsvImportReport::symbol).containsExactly("BTCUSDT", "IYT");
        assertThat(jdbc.queryForObject(
                        "SELECT bar_time::text FROM market_bar WHERE symbol = 'BTCUSDT' AND source = 'csv'",
                        String.class))
                .isEqualTo("2026-01-05 00:00:00+00");
        assertThat(dir.resolve("imported/IYT_1d.csv")).exists();
        assertThat(dir.resolve("imported/BTCUSDT_1m_24x7.csv")).exists();
        assertThat(dir.resolve("rejected/prices.csv")).exists();
        assertThat(scan.scan()).isEmpty();
    }

    private Answer postCsv(String symbol, String interval, String csv) {
        return http.send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + port + "/api/market/csv?symbol=" + symbol + "&interval=" + interval))
                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)));
    }

    private MarketProperties withDirectory(Path directory) {
        var market = properties;
        return new MarketProperties(
                market.scheduleEnabled(),
                market.binance(),
                market.polygon(),
                market.alpaca(),
                new MarketProperties.Csv(
                        directory,
                        market.csv().scanEvery(),
                        market.csv().maxRejectedLines(),
                        market.csv().chunkSize(),
                        market.csv().maxLineLength()),
                market.backfill(),
                market.http(),
                market.plausible());
    }
}
