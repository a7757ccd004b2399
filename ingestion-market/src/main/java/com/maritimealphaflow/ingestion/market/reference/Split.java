package com.maritimealphaflow.ingestion.market.reference;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A split as Polygon's {@code /v3/reference/splits} lists it: {@code splitFrom} old shares became {@code splitTo}. */
public record Split(String symbol, LocalDate executionDate, BigDecimal splitFrom, BigDecimal splitTo) {}
