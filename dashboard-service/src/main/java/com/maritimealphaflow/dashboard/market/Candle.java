package com.maritimealphaflow.dashboard.market;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One bar as the candles endpoint gives it.
 *
 * @param time the bar's start
 * @param trades null where the source gives none
 * @param vwap null where the source gives none (or some minute of a rollup lacks it)
 * @param minutes the 1-minute bars a rollup holds (fewer than its length: incomplete); null for a native bar
 * @param origin {@code native} (fetched at this interval), {@code rollup} (stored rollup of minutes) or
 *     {@code minutes} (rolled up from the minutes for this request)
 */
public record Candle(
        Instant time,
        BigDecimal open,
        BigDecimal high,
        BigDecimal low,
        BigDecimal close,
        BigDecimal volume,
        Long trades,
        BigDecimal vwap,
        Integer minutes,
        @Schema(allowableValues = {"native", "rollup", "minutes"}) String origin) {}
