package com.maritimealphaflow.ingestion.backfill;

import com.maritimealphaflow.ingestion.market.bars.BarSeries;
import com.maritimealphaflow.ingestion.market.bars.BarStore;
import com.maritimealphaflow.model.market.calendar.Gap;
import com.maritimealphaflow.model.market.calendar.MarketCalendar;
import com.maritimealphaflow.model.market.calendar.MissingBars;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** What is missing of a stored series in a range: the store's holes and coverage, checked by {@link MissingBars}. */
@Component
public class GapFinder {

    private final BarStore store;

    public GapFinder(BarStore store) {
        this.store = store;
    }

    public List<Gap> find(BarSeries series, MarketCalendar calendar, Instant from, Instant to) {
        return MissingBars.find(
                series.interval(), calendar, store.holes(series, from, to), store.coverage(series, from, to), from, to);
    }
}
