package com.maritimealphaflow.ingestion.backfill;

import java.util.List;

/**
 * The body of {@code POST /api/backfills}. Times are ISO-8601 instants ({@code 2026-01-05T00:00:00Z}) or dates
 * ({@code 2026-01-05}, midnight UTC); the range is {@code [from, to)}.
 *
 * @param adjusted Polygon and Alpaca only: split- and dividend-adjusted bars; default as configured for the source
 */
public record BackfillRequest(
        String source, List<String> symbols, String interval, String from, String to, Boolean adjusted) {}
