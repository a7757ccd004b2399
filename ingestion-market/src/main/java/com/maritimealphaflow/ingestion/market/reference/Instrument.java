package com.maritimealphaflow.ingestion.market.reference;

import java.util.List;

/**
 * A symbol as a source lists it; the row of {@code market_instrument}.
 *
 * @param market {@code crypto} or {@code stocks}
 * @param details the source's own record as JSON
 */
public record Instrument(
        String source,
        String symbol,
        String name,
        String market,
        String status,
        String baseAsset,
        String quoteAsset,
        String currency,
        String primaryExchange,
        String type,
        List<String> permissions,
        String details) {}
