package com.maritimealphaflow.ingestion.market;

import com.maritimealphaflow.ingestion.market.bars.BarSeries;
import com.maritimealphaflow.model.market.BarInterval;
import java.time.Instant;

/** Bars of one series starting in {@code [from, to)}. */
public record BarQuery(BarSeries series, Instant from, Instant to) {

    public String symbol() {
        return series.symbol();
    }

    public BarInterval interval() {
        return series.interval();
    }
}
