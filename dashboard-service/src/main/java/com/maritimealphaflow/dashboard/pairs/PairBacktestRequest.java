package com.maritimealphaflow.dashboard.pairs;

import java.time.LocalDate;

/**
 * A pair backtest as posted; with {@code screenId} the screen supplies the source, interval, the pair's ordering,
 * hedge ratio and intercept, the start of the data (its training start) and the holdout split (its training end).
 *
 * @param hedge {@code fixed} (hedgeRatio, intercept) or {@code rolling} (OLS over the last {@code lookback} bars)
 * @param stopZ null for no stop
 * @param maxHoldingBars null for no limit
 * @param evaluation {@code holdout} (bars after {@code split}), {@code full} or {@code walk-forward}
 */
public record PairBacktestRequest(
        Long screenId,
        String dependent,
        String independent,
        String interval,
        LocalDate from,
        LocalDate to,
        String hedge,
        Double hedgeRatio,
        Double intercept,
        Integer lookback,
        Integer zWindow,
        Double entryZ,
        Double exitZ,
        Double stopZ,
        Integer maxHoldingBars,
        Double feeBps,
        Double slippageBps,
        Double capital,
        String evaluation,
        LocalDate split,
        Integer trainBars,
        Integer testBars) {}
