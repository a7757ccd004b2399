package com.maritimealphaflow.ingestion.market.reference;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A cash dividend as Polygon's {@code /v3/reference/dividends} lists it. */
public record Dividend(
        String symbol,
        LocalDate exDividendDate,
        String dividendType,
        BigDecimal cashAmount,
        String currency,
        LocalDate declarationDate,
        LocalDate recordDate,
        LocalDate payDate,
        Integer frequency) {}
