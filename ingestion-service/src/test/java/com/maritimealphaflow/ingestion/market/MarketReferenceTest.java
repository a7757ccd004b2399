package com.maritimealphaflow.ingestion.market;

import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.ingestion.MarketDatabaseTest;
import com.maritimealphaflow.ingestion.market.binance.BinanceInstruments;
import com.maritimealphaflow.ingestion.market.binance.OrderBookSnapshots;
import com.maritimealphaflow.ingestion.market.polygon.PolygonReference;
import com.maritimealphaflow.ingestion.support.FakeMarketServer.Reply;
import com.maritimealphaflow.ingestion.support.MarketFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Instruments, reference data and order books from the loopback APIs into PostgreSQL, idempotently. */
class MarketReferenceTest extends MarketDatabaseTest {

    @Autowired
    BinanceInstruments instruments;

    @Autowired
    PolygonReference polygon;

    @Autowired
    OrderBookSnapshots orderBooks;

    @BeforeEach
    void setUp() {
        clearMarketTables();
        MARKET.reset();
    }

    @Test
    void storesTheTradingUsdtSpotSymbolsOfExchangeInfoByTheirPermissionSets() throws Exception {
        MARKET.route("/api/v3/exchangeInfo", r -> Reply.json(MarketFixtures.resource("binance-exchange-info.json")));

        assertThat(instruments.refresh()).isEqualTo(1);
        assertThat(instruments.refresh()).isEqualTo(1);

        // ETHBTC quotes BTC, LUNAUSDT is on BREAK, ZECUSDT has no SPOT permission set
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT symbol, market, status, base_asset, quote_asset, array_to_string(permissions, ',') AS p"
                        + " FROM market_instrument");
        assertThat(row)
                .containsEntry("symbol", "BTCUSDT")
                .containsEntry("market", "crypto")
                .containsEntry("status", "TRADING")
                .containsEntry("base_asset", "BTC")
                .containsEntry("quote_asset", "USDT")
                .containsEntry("p", "SPOT,MARGIN,TRD_GRP_004,TRD_GRP_005");
    }

    @Test
    void refreshesPolygonTickersDividendsAndSplitsOnce() throws Exception {
        MARKET.route("/v3/reference/tickers", r -> Reply.json(MarketFixtures.resource("polygon-tickers.json")));
        MARKET.route("/v3/reference/dividends", r -> Reply.json(MarketFixtures.resource("polygon-dividends.json")));
        MARKET.route("/v3/reference/splits", r -> Reply.json(MarketFixtures.resource("polygon-splits.json")));

        polygon.refresh(List.of("SEA"));
        PolygonReference.Refreshed again = polygon.refresh(List.of("SEA"));

        assertThat(again).isEqualTo(new PolygonReference.Refreshed(1, 1, 1));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM market_dividend", Long.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForMap(
                        "SELECT cash_amount::text AS cash, ex_dividend_date::text AS ex, pay_date::text AS pay"
                                + " FROM market_dividend"))
                .containsEntry("cash", "0.43")
                .containsEntry("ex", "2025-11-05")
                .containsEntry("pay", "2025-11-21");
        assertThat(jdbc.queryForMap("SELECT split_from::text AS f, split_to::text AS t FROM market_split"))
                .containsEntry("f", "1")
                .containsEntry("t", "10");
        assertThat(jdbc.queryForObject("SELECT name FROM market_instrument WHERE source = 'polygon'", String.class))
                .isEqualTo("U.S. Global Sea to Sky Cargo ETF");
        assertThat(MARKET.requests("/v3/reference/")).allSatisfy(r -> {
            assertThat(r.param("ticker")).isEqualTo("SEA");
            assertThat(r.param("apiKey")).isEqualTo(POLYGON_KEY);
        });
    }

    @Test
    void storesAnOrderBookStateOnceHoweverOftenItIsFetched() throws Exception {
        MARKET.route("/api/v3/depth", r -> Reply.json(MarketFixtures.resource("binance-depth.json")));

        assertThat(orderBooks.take()).isEqualTo(1);
        assertThat(orderBooks.take()).isZero();

        assertThat(jdbc.queryForMap(
                        "SELECT symbol, last_update_id, depth, bids->0->>0 AS best_bid, asks->0->>0 AS best_ask"
                                + " FROM market_order_book"))
                .containsEntry("symbol", "BTCUSDT")
                .containsEntry("last_update_id", 1027024L)
                .containsEntry("depth", 100)
                .containsEntry("best_bid", "4.00000000")
                .containsEntry("best_ask", "4.00000200");
    }
}
