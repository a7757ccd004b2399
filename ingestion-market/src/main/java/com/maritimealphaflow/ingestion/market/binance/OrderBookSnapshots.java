package com.maritimealphaflow.ingestion.market.binance;

import com.maritimealphaflow.ingestion.market.MarketProperties;
import com.maritimealphaflow.ingestion.market.http.MarketApiException;
import com.maritimealphaflow.ingestion.market.reference.ReferenceStore;
import com.maritimealphaflow.model.market.MarketSource;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Order book snapshots ({@code GET /api/v3/depth}) of the configured symbols, one per symbol per call. */
@Service
public class OrderBookSnapshots {

    private static final Logger log = LoggerFactory.getLogger(OrderBookSnapshots.class);

    private final BinanceClient client;
    private final ReferenceStore store;
    private final MarketProperties.BinanceDepth settings;
    private final Clock clock;

    OrderBookSnapshots(BinanceClient client, ReferenceStore store, MarketProperties properties, Clock clock) {
        this.client = client;
        this.store = store;
        this.settings = properties.binance().depth();
        this.clock = clock;
    }

    public List<String> symbols() {
        return settings.symbols() == null
                ? List.of()
                : settings.symbols().stream().filter(s -> !s.isBlank()).toList();
    }

    /** Returns how many new snapshots were stored; a symbol that fails is logged and the others still taken. */
    public int take() throws InterruptedException {
        int stored = 0;
        for (String symbol : symbols()) {
            try {
                BinanceClient.OrderBook book = client.depth(symbol, settings.limit());
                if (store.insertOrderBook(
                        MarketSource.BINANCE.key(),
                        symbol,
                        book.lastUpdateId(),
                        clock.instant(),
                        settings.limit(),
                        book.bidsJson(),
                        book.asksJson())) {
                    stored++;
                }
            } catch (MarketApiException e) {
                log.warn("No order book snapshot of {}: {}", symbol, e.getMessage());
            }
        }
        return stored;
    }
}
