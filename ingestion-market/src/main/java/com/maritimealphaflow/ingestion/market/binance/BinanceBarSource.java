package com.maritimealphaflow.ingestion.market.binance;

import com.maritimealphaflow.ingestion.market.BarPage;
import com.maritimealphaflow.ingestion.market.BarQuery;
import com.maritimealphaflow.ingestion.market.BarSource;
import com.maritimealphaflow.ingestion.market.MarketProperties;
import com.maritimealphaflow.ingestion.market.bars.Bar;
import com.maritimealphaflow.ingestion.market.http.MarketApiException;
import com.maritimealphaflow.model.market.BarInterval;
import com.maritimealphaflow.model.market.MarketSource;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Binance klines: pages of up to 1,000 bars; the next page starts one interval after the last bar of this one. */
final class BinanceBarSource implements BarSource {

    private final BinanceClient client;
    private final int pageSize;

    BinanceBarSource(BinanceClient client, MarketProperties.Binance settings) {
        this.client = client;
        this.pageSize = settings.pageSize();
    }

    @Override
    public MarketSource source() {
        return MarketSource.BINANCE;
    }

    @Override
    public Set<BarInterval> intervals() {
        return EnumSet.allOf(BarInterval.class);
    }

    @Override
    public Optional<String> missingConfiguration() {
        return Optional.empty();
    }

    @Override
    public int pageSize() {
        return pageSize;
    }

    @Override
    public BarPage fetch(BarQuery query, String cursor) throws MarketApiException, InterruptedException {
        Instant from = cursor == null ? query.from() : Instant.ofEpochMilli(Long.parseLong(cursor));
        List<Bar> bars = client.klines(query.symbol(), query.interval(), from, query.to(), pageSize);
        if (bars.size() < pageSize) {
            return new BarPage(bars, null);
        }
        Instant next = bars.get(bars.size() - 1).time().plus(query.interval().length());
        return new BarPage(bars, next.isBefore(query.to()) ? Long.toString(next.toEpochMilli()) : null);
    }
}
