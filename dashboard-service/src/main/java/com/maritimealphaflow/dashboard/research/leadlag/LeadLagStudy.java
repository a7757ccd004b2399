package com.maritimealphaflow.dashboard.research.leadlag;

/**
 * Everything a lead-lag study of traffic (x) against returns (y) reports.
 *
 * @param aligned the transformed traffic (x) and the log returns (y) on their common times
 * @param trafficStationarity ADF test of the transformed traffic, as aligned
 * @param returnsStationarity ADF test of the returns, as aligned
 * @param trafficToReturns does traffic Granger-cause returns?
 * @param returnsToTraffic do returns Granger-cause traffic?
 * @param summary one plain-English sentence on the trafficToReturns direction (and the reverse, if it is significant)
 */
public record LeadLagStudy(
        AlignedSeries aligned,
        AdfResult trafficStationarity,
        AdfResult returnsStationarity,
        CrossCorrelation crossCorrelation,
        GrangerResult trafficToReturns,
        GrangerResult returnsToTraffic,
        String summary) {}
