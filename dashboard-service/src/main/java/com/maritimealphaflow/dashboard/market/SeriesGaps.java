package com.maritimealphaflow.dashboard.market;

import com.maritimealphaflow.model.market.calendar.Gap;
import java.time.Instant;
import java.util.List;

/**
 * The gaps of one stored series over [from, to): bars its market's calendar expects that are neither stored nor
 * inside a range the source was asked for in full (a hole there is no trading, not missing data).
 *
 * @param missingBars the expected bars the gaps hold, together
 */
public record SeriesGaps(
        String symbol,
        String source,
        boolean adjusted,
        String interval,
        String calendar,
        Instant from,
        Instant to,
        long missingBars,
        List<Gap> gaps) {}
