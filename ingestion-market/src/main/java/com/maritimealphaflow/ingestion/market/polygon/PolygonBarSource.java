package com.maritimealphaflow.ingestion.market.polygon;

import com.maritimealphaflow.ingestion.market.BarPage;
import com.maritimealphaflow.ingestion.market.BarQuery;
import com.maritimealphaflow.ingestion.market.BarSource;
import com.maritimealphaflow.ingestion.market.http.MarketApiException;
import com.maritimealphaflow.model.market.BarInterval;
import com.maritimealphaflow.model.market.MarketSource;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Polygon aggregates, adjusted or not as the series says; the cursor is the {@code next_url}. */
final class PolygonBarSource implements BarSource {

    private final PolygonClient client;
    private final boolean hasKey;
    private final int pageSize;

    PolygonBarSource(PolygonClient client, boolean hasKey, int pageSize) {
        this.client = client;
        this.hasKey = hasKey;
        this.pageSize = pageSize;
    }

    @Override
    public MarketSource source() {
        return MarketSource.POLYGON;
    }

    @Override
    public Set<BarInterval> intervals() {
        return EnumSet.allOf(BarInterval.class);
    }

    @Override
    public Optional<String> missingConfiguration() {
        return hasKey ? Optional.empty() : Optional.of("POLYGON_API_KEY");
    }

    @Override
    public int pageSize() {
        return pageSize;
    }

    @Override
    public BarPage fetch(BarQuery query, String cursor) throws MarketApiException, InterruptedException {
        String uri = cursor != null
                ? cursor
                : client.aggregatesUri(
                                query.symbol(),
                                query.interval(),
                                query.series().adjusted(),
                                query.from(),
                                query.to(),
                                pageSize)
                        .toString();
        PolygonClient.Page page = client.page(uri);
        return new BarPage(PolygonClient.bars(page.results()), page.nextUrl());
    }
}
