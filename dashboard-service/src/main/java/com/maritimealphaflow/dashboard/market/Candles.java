package com.maritimealphaflow.dashboard.market;

import com.maritimealphaflow.model.market.calendar.Gap;
import java.time.Instant;
import java.util.List;

/**
 * The candles of one series over [from, to).
 *
 * @param calendar {@code 24x7} or {@code us-equities}: which bars should exist
 * @param basis {@code stored} or {@code minutes} (rolled up from the 1-minute bars for this request)
 * @param gaps bars the calendar expects in the range that are neither stored nor inside a range fetched in full; null
 *     where the calendar's bars do not follow the candles' (four-hour bars of a market outside UTC)
 */
public record Candles(
        String symbol,
        String source,
        boolean adjusted,
        String interval,
        String calendar,
        String basis,
        Instant from,
        Instant to,
        List<Candle> candles,
        List<Gap> gaps) {}
