package com.maritimealphaflow.ingestion.support;

import com.maritimealphaflow.ingestion.market.bars.Bar;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Bars made up for tests. */
public final class Bars {

    private Bars() {}

    public static Bar bar(Instant time, String close) {
        BigDecimal c = new BigDecimal(close);
        return new Bar(time, c, c.add(BigDecimal.ONE), c.subtract(BigDecimal.ONE), c, new BigDecimal("10.5"), 7L, null);
    }

    /** One bar every {@code step} in {@code [from, to)} whose start passes the filter. */
    public static List<Bar> every(Duration step, Instant from, Instant to, Predicate<Instant> keep) {
        List<Bar> bars = new ArrayList<>();
        for (Instant t = from; t.isBefore(to); t = t.plus(step)) {
            if (keep.test(t)) {
                bars.add(bar(t, "100.25"));
            }
        }
        return bars;
    }
}
