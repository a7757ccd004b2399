package com.maritimealphaflow.ingestion;

import com.maritimealphaflow.ingestion.support.FakeMarketServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the market tests that need the whole service: one cached context whose Binance, Polygon and Alpaca clients
 * talk to one fake server on loopback, with rates, leases and retries fast enough for tests. Tests install the
 * fixtures they need with {@link FakeMarketServer#route} and reset it first.
 */
public abstract class MarketDatabaseTest extends DatabaseTest {

    protected static final String ADMIN_TOKEN = "test-admin-token-0123456789";
    protected static final String POLYGON_KEY = "pk_SECRET_polygon_0123456789";
    protected static final String ALPACA_KEY_ID = "AK_SECRET_id_0123456789";
    protected static final String ALPACA_SECRET = "AS_SECRET_key_0123456789";

    protected static final FakeMarketServer MARKET = FakeMarketServer.start();

    @DynamicPropertySource
    static void marketApis(DynamicPropertyRegistry registry) {
        registry.add("alphaflow.admin-token", () -> ADMIN_TOKEN);
        // Above CsvStreamingTest's 15 MB bodies, and small enough that a test can cross it
        registry.add("alphaflow.http.body-limits[/api/market/csv]", () -> "16MB");
        registry.add("alphaflow.ingestion.market.binance.base-url", MARKET::baseUrl);
        registry.add("alphaflow.ingestion.market.polygon.base-url", MARKET::baseUrl);
        registry.add("alphaflow.ingestion.market.alpaca.data-url", MARKET::baseUrl);
        registry.add("alphaflow.ingestion.market.polygon.api-key", () -> POLYGON_KEY);
        registry.add("alphaflow.ingestion.market.alpaca.key-id", () -> ALPACA_KEY_ID);
        registry.add("alphaflow.ingestion.market.alpaca.secret-key", () -> ALPACA_SECRET);
        registry.add("alphaflow.ingestion.market.polygon.requests-per-minute", () -> "6000");
        registry.add("alphaflow.ingestion.market.polygon.page-size", () -> "5");
        registry.add("alphaflow.ingestion.market.alpaca.page-size", () -> "5");
        registry.add("alphaflow.ingestion.market.alpaca.requests-per-minute", () -> "6000");
        registry.add("alphaflow.ingestion.market.backfill.poll-interval", () -> "PT0.2S");
        registry.add("alphaflow.ingestion.market.backfill.lease", () -> "PT2S");
        registry.add("alphaflow.ingestion.market.http.retry.initial", () -> "PT0.01S");
        registry.add("alphaflow.ingestion.market.http.retry.max", () -> "PT0.05S");
        registry.add("alphaflow.ingestion.market.http.max-attempts", () -> "3");
        registry.add("alphaflow.ingestion.market.binance.depth.symbols", () -> "BTCUSDT");
    }

    /** Empties the market tables between tests. */
    protected void clearMarketTables() {
        jdbc.execute("TRUNCATE market_bar, market_bar_coverage, market_backfill, market_backfill_step,"
                + " market_instrument, market_dividend, market_split, market_order_book, ingestion_log");
    }
}
