package com.maritimealphaflow.dashboard.pairs;

import com.maritimealphaflow.dashboard.pairs.backtest.PairMetrics;
import com.maritimealphaflow.dashboard.pairs.backtest.PairTrade;
import java.time.LocalDate;
import java.util.List;

/**
 * A pair backtest's curves (one entry per bar close, epoch milliseconds), trades and metrics. Values that are not
 * finite (a z-score before its window fills) are null.
 */
public record PairBacktestResponse(
        String dependent,
        String independent,
        String source,
        String interval,
        boolean adjusted,
        String hedge,
        String evaluation,
        LocalDate split,
        Double hedgeRatio,
        Double intercept,
        double entryZ,
        double exitZ,
        Double stopZ,
        long[] times,
        double[] closeY,
        double[] closeX,
        Double[] spread,
        Double[] z,
        Double[] beta,
        int[] position,
        double[] equity,
        double[] drawdown,
        List<PairTrade> trades,
        PairMetrics metrics,
        List<FoldView> folds) {

    /** One walk-forward fold: the hedge fitted on its training bars, traded until {@code testTo}. */
    public record FoldView(long trainFrom, long trainTo, long testTo, double hedgeRatio, double intercept) {}
}
