package com.maritimealphaflow.dashboard.research;

import com.maritimealphaflow.dashboard.research.leadlag.AdfResult;
import com.maritimealphaflow.dashboard.research.leadlag.GrangerResult;
import java.time.Instant;
import java.util.List;

/**
 * A lead-lag study of traffic against log returns, with what it was computed on.
 *
 * @param traffic what the traffic is: {@code vessels per window (total)} or a region's series
 * @param priceBars the bar interval, source and adjustment the closes came from
 * @param summary one plain-English sentence, judged on Holm-corrected p-values
 * @param observations the aligned pairs of transformed traffic and returns the statistics use
 * @param series both series as resampled (mean vessels per window, last close) on the steps that have both, for charts
 */
record LeadLagResponse(
        String symbol,
        String frequency,
        Instant from,
        Instant to,
        String traffic,
        String transform,
        int maxLag,
        LeadLagData.PriceSource priceBars,
        String summary,
        int observations,
        Dropped dropped,
        Correlogram crossCorrelation,
        Granger granger,
        Stationarity stationarity,
        Series series) {

    /**
     * Steps left out: with a price but no traffic, with traffic but no price, in only one series once transformed (a
     * change or return needs a predecessor; a profile deviation does not), and steps whose transformed value is
     * missing (a percent change from zero).
     */
    record Dropped(int withoutTraffic, int withoutPrice, int firstDifference, int missing) {}

    /**
     * Correlations of traffic at t with returns at t + lag; a peak at a positive lag means traffic moves first.
     *
     * @param band the approximate 95 % band for a single lag under independence, ±band
     */
    record Correlogram(int[] lags, double[] correlations, double band, int n) {}

    record Granger(GrangerResult trafficToReturns, GrangerResult returnsToTraffic) {}

    /** An ADF test and, when it cannot reject a unit root at 5 %, the warning the page shows. */
    record Test(AdfResult adf, String warning) {}

    record Stationarity(Test traffic, Test returns) {}

    record Series(List<Instant> times, double[] traffic, double[] prices) {}
}
