package com.maritimealphaflow.ingestion.market.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.maritimealphaflow.ingestion.MarketDatabaseTest;
import com.maritimealphaflow.ingestion.support.ServiceHttp;
import com.maritimealphaflow.ingestion.support.ServiceHttp.Answer;
import com.maritimealphaflow.model.market.BarInterval;
import com.maritimealphaflow.model.market.calendar.MarketCalendar;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import tools.jackson.databind.JsonNode;

/**
 * CSV imports through the real server: large files streamed both ways, implausible lines rejected, and the
 * ingestion_log row closed whatever ends the import.
 */
class CsvStreamingTest extends MarketDatabaseTest {

    private static final int LINES = 300_000;
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    CsvImport imports;

    private ServiceHttp http;

    @BeforeEach
    void setUp() {
        clearMarketTables();
        http = new ServiceHttp(port, ADMIN_TOKEN);
    }

    @AfterEach
    void dropConstraint() {
        jdbc.execute("ALTER TABLE market_bar DROP CONSTRAINT IF EXISTS test_refuses_late_bars");
    }

    @Test
    void aLargeTextCsvBodyIsStreamedIntoTheBarStoreWhole() {
        Answer answer = post("BIGBODY", "text/csv", HttpRequest.BodyPublishers.ofInputStream(() -> minutes(LINES)));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("stored").asLong()).isEqualTo(LINES);
        assertThat(storedBars("BIGBODY")).isEqualTo(LINES);
        assertImportRow(LINES);
    }

    @Test
    void aLargeMultipartUploadIsStreamedIntoTheBarStoreWhole() {
        String boundary = "----alphaflow-streaming-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);

        Answer answer = post(
                "BIGFILE",
                "multipart/form-data; boundary=" + boundary,
                HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(Collections.enumeration(
                        List.of(new ByteArrayInputStream(head), minutes(LINES), new ByteArrayInputStream(tail))))));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("file").asString()).isEqualTo("big.csv");
        assertThat(storedBars("BIGFILE")).isEqualTo(LINES);
        assertImportRow(LINES);
    }

    @Test
    void linesOfYear10000OrYear1OrAbsurdPricesAreRejectedLinesNotA500AndNoRowStaysRunning() {
        String csv = "date,open,high,low,close,volume\n"
                + "2026-01-02,1,2,0.5,1.5,100\n"
                + "+10000-01-01,1,2,0.5,1.5,100\n"
                + "0001-01-01,1,2,0.5,1.5,100\n"
                + "2026-01-05,1e308,1e308,1,1,1\n"
                + "2026-01-06,1,2,0.5,1.5,-1\n"
                + "2026-01-07,0,0,0,0,1\n"
                + "2026-01-08,1,2,0.5,1.5,1e-999999999\n";

        Answer answer = post("DATES", "text/csv", HttpRequest.BodyPublishers.ofString(csv));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode report = answer.json();
        assertThat(report.get("stored").asLong()).isEqualTo(1);
        assertThat(report.get("rejectedLines").asLong()).isEqualTo(6);
        assertThat(report.get("rejected").get(0).get("line").asLong()).isEqualTo(3);
        assertThat(report.get("rejected").get(0).get("reason").asString()).isEqualTo("time out of range");
        assertThat(storedBars("DATES")).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT rejected_reasons::text FROM ingestion_log", String.class))
                .contains("\"time_out_of_range\": 2")
                .contains("\"value_too_large\": 1")
                .contains("\"negative_volume\": 1")
                .contains("\"non_positive_price\": 1")
                .contains("\"too_many_decimals\": 1");
        assertThat(runningRows()).isZero();
    }

    @Test
    void onlyTheFirstRejectedLinesAreListedButAllAreCountedPerReason() {
        StringBuilder csv = new StringBuilder("date,open,high,low,close,volume\n");
        for (int i = 0; i < 1000; i++) {
            csv.append("not-a-date,1,2,0.5,1.5,100\n");
        }
        csv.append("2026-01-02,1,2,0.5,1.5,100\n");

        JsonNode report = post("MANYBAD", "text/csv", HttpRequest.BodyPublishers.ofString(csv.toString()))
                .json();

        assertThat(report.get("rejectedLines").asLong()).isEqualTo(1000);
        assertThat(report.get("rejected").size()).isEqualTo(100);
        assertThat(jdbc.queryForObject("SELECT rejected FROM ingestion_log", Long.class))
                .isEqualTo(1000);
    }

    @Test
    void aDatabaseErrorInTheMiddleOfAnImportFailsItsRowAndLeavesNoBarOfTheFile() {
        // the first two chunks of 5,000 are written before the database refuses the third
        jdbc.execute("ALTER TABLE market_bar ADD CONSTRAINT test_refuses_late_bars"
                + " CHECK (symbol <> 'HALFWAY' OR bar_time < '" + START.plusSeconds(60L * 11_000) + "')");
        String csv = new String(readAll(minutes(12_000)), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> imports.importBars(
                        "halfway.csv",
                        "HALFWAY",
                        BarInterval.ONE_MINUTE,
                        MarketCalendar.ALWAYS_OPEN,
                        new StringReader(csv)))
                .isInstanceOf(DataAccessException.class);

        assertThat(storedBars("HALFWAY")).isZero();
        Map<String, Object> row = jdbc.queryForMap("SELECT status, error, ended_at FROM ingestion_log");
        assertThat(row.get("status")).isEqualTo("failed");
        assertThat((String) row.get("error")).startsWith("halfway.csv: ");
        assertThat(row.get("ended_at")).isNotNull();
    }

    @Test
    void aNulOrOtherControlCharacterInTheSymbolIsA400NamingIt() {
        Answer answer = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/market/csv?symbol=AB%00C&interval=1d"))
                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("date,open,high,low,close,volume\n")));

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().get("parameter").asString()).isEqualTo("symbol");
        assertThat(answer.json().get("message").asString()).contains("\\u0000").contains("control character");
        assertThat(runningRows()).isZero();
    }

    private Answer post(String symbol, String contentType, HttpRequest.BodyPublisher body) {
        return http.send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + port + "/api/market/csv?symbol=" + symbol + "&interval=1m&market=24x7"))
                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                .header("Content-Type", contentType)
                .POST(body));
    }

    /** A CSV of 1-minute bars generated as it is read: the test holds no more of it than the server should. */
    static InputStream minutes(int lines) {
        return new InputStream() {
            private int line = -1;
            private byte[] current = new byte[0];
            private int position;

            @Override
            public int read() {
                if (position == current.length && !advance()) {
                    return -1;
                }
                return current[position++] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (len == 0) {
                    return 0;
                }
                if (position == current.length && !advance()) {
                    return -1;
                }
                int n = Math.min(len, current.length - position);
                System.arraycopy(current, position, b, off, n);
                position += n;
                return n;
            }

            private boolean advance() {
                if (line >= lines) {
                    return false;
                }
                String text = line < 0
                        ? "timestamp,open,high,low,close,volume\n"
                        : START.plusSeconds(60L * line) + "," + price(line) + "," + (price(line) + 1) + ","
                                + (price(line) - 1) + "," + price(line) + ".5," + (100 + line % 50) + "\n";
                line++;
                current = text.getBytes(StandardCharsets.US_ASCII);
                position = 0;
                return true;
            }

            private static int price(int line) {
                return 100 + line % 500;
            }
        };
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long storedBars(String symbol) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM market_bar WHERE source = 'csv' AND symbol = ?", Long.class, symbol);
    }

    private long runningRows() {
        return jdbc.queryForObject("SELECT count(*) FROM ingestion_log WHERE status = 'running'", Long.class);
    }

    private void assertImportRow(long bars) {
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT status, bars_stored, first_report_at, last_report_at FROM ingestion_log WHERE kind = 'market-csv'");
        assertThat(row).containsEntry("status", "completed").containsEntry("bars_stored", bars);
        assertThat(((java.sql.Timestamp) row.get("first_report_at")).toInstant())
                .isEqualTo(START);
        assertThat(((java.sql.Timestamp) row.get("last_report_at")).toInstant())
                .isEqualTo(START.plusSeconds(60L * (bars - 1)));
    }
}
