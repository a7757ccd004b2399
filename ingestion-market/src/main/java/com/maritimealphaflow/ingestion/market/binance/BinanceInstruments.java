package com.maritimealphaflow.ingestion.market.binance;

import com.maritimealphaflow.ingestion.market.MarketProperties;
import com.maritimealphaflow.ingestion.market.http.MarketApiException;
import com.maritimealphaflow.ingestion.market.reference.Instrument;
import com.maritimealphaflow.ingestion.market.reference.ReferenceStore;
import com.maritimealphaflow.model.market.MarketSource;
import com.maritimealphaflow.model.market.TradingCalendar;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The Binance symbol list from {@code exchangeInfo}, filtered by status, quote asset and permission, into
 * {@code market_instrument}. Permissions are read from {@code permissionSets}: the flat {@code permissions} field has
 * been empty since 2024.
 */
@Service
public class BinanceInstruments {

    private static final Logger log = LoggerFactory.getLogger(BinanceInstruments.class);

    private final BinanceClient client;
    private final ReferenceStore store;
    private final MarketProperties.BinanceInstruments settings;
    private final Clock clock;

    BinanceInstruments(BinanceClient client, ReferenceStore store, MarketProperties properties, Clock clock) {
        this.client = client;
        this.store = store;
        this.settings = properties.binance().instruments();
        this.clock = clock;
    }

    /** Returns how many instruments were stored. */
    public int refresh() throws MarketApiException, InterruptedException {
        List<BinanceClient.BinanceSymbol> symbols = client.exchangeInfo();
        List<Instrument> kept = symbols.stream()
                .filter(this::wanted)
                .map(BinanceInstruments::instrument)
                .toList();
        int stored = store.upsertInstruments(kept, clock.instant());
        log.info("Binance lists {} symbols; stored {} matching the filters", symbols.size(), stored);
        return stored;
    }

    boolean wanted(BinanceClient.BinanceSymbol symbol) {
        return matches(settings.statuses(), Set.of(symbol.status()))
                && matches(settings.quoteAssets(), Set.of(symbol.quoteAsset()))
                && matches(settings.permissions(), permissions(symbol));
    }

    private static boolean matches(List<String> wanted, Set<String> actual) {
        List<String> filter = wanted == null
                ? List.of()
                : wanted.stream().filter(s -> !s.isBlank()).toList();
        return filter.isEmpty() || filter.stream().anyMatch(actual::contains);
    }

    private static Set<String> permissions(BinanceClient.BinanceSymbol symbol) {
        return symbol.permissionSets().stream()
                .flatMap(List::stream)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Instrument instrument(BinanceClient.BinanceSymbol s) {
        return new Instrument(
                MarketSource.BINANCE.key(),
                s.symbol(),
                s.baseAsset() + "/" + s.quoteAsset(),
                TradingCalendar.ALWAYS_OPEN.instrumentMarket(),
                s.status(),
                s.baseAsset(),
                s.quoteAsset(),
                s.quoteAsset(),
                "BINANCE",
                "spot",
                List.copyOf(permissions(s)),
                s.json());
    }
}
