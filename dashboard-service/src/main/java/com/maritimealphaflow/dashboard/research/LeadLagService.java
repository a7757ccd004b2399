package com.maritimealphaflow.dashboard.research;

import com.maritimealphaflow.dashboard.CategoryParameter;
import com.maritimealphaflow.dashboard.research.leadlag.AdfResult;
import com.maritimealphaflow.dashboard.research.leadlag.AlignedSeries;
import com.maritimealphaflow.dashboard.research.leadlag.CrossCorrelation;
import com.maritimealphaflow.dashboard.research.leadlag.LeadLagStatistics;
import com.maritimealphaflow.dashboard.research.leadlag.LeadLagStudy;
import com.maritimealphaflow.dashboard.research.leadlag.TimeSeries;
import com.maritimealphaflow.service.BadRequestException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Reads, resamples and aligns the two series of a lead-lag study, then runs the statistics on them. */
@Service
class LeadLagService {

    /** Fewer common steps than this leave nothing to test at any lag. */
    static final int MIN_OBSERVATIONS = 10;

    private final LeadLagData data;

    LeadLagService(LeadLagData data) {
        this.data = data;
    }

    LeadLagResponse study(LeadLagRequest request) {
        LeadLagInputs.Checked checked = LeadLagInputs.check(request);
        Frequency frequency = checked.frequency();
        LeadLagData.PriceSource source = data.priceSource(checked.symbol(), frequency, checked.from(), checked.to())
                .orElseThrow(() -> new BadRequestException(
                        "symbol",
                        "no bars of " + CategoryParameter.abbreviate(checked.symbol()) + " between " + checked.from()
                                + " and " + checked.to()));
        LeadLagData.Steps prices = data.lastCloses(checked.symbol(), source, frequency, checked.from(), checked.to());
        LeadLagData.Steps traffic = checked.region() == null
                ? data.meanCounts(checked.category(), frequency, checked.from(), checked.to())
                : data.regionSeries(checked.region(), checked.category(), frequency, checked.from(), checked.to());
        LeadLagResponse.Series common = common(traffic, prices);
        int steps = common.times().size();
        if (steps < MIN_OBSERVATIONS) {
            throw new BadRequestException(
                    "from",
                    "only " + steps + " " + frequency.unit().plural() + " of the range have both a price and traffic;"
                            + " at least " + MIN_OBSERVATIONS + " are needed: widen from..to");
        }
        LeadLagStudy study = run(common, checked);
        AlignedSeries aligned = study.aligned();
        String label = checked.region() == null
                ? "vessels per window (" + checked.category() + ")"
                : data.regionLabel(checked.region()) + " (" + checked.category() + ")";
        return new LeadLagResponse(
                checked.symbol(),
                frequency.key(),
                checked.from(),
                checked.to(),
                label,
                checked.transformKey(),
                checked.maxLag(),
                source,
                study.summary(),
                aligned.size(),
                new LeadLagResponse.Dropped(
                        prices.size() - steps,
                        traffic.size() - steps,
                        aligned.onlyInX() + aligned.onlyInY(),
                        aligned.missingDropped()),
                correlogram(study.crossCorrelation()),
                new LeadLagResponse.Granger(study.trafficToReturns(), study.returnsToTraffic()),
                new LeadLagResponse.Stationarity(
                        test(study.trafficStationarity(), "the transformed traffic"),
                        test(study.returnsStationarity(), "the returns")),
                common);
    }

    /** The engine refuses what the data cannot support; that is the request's range or lags, so a 400. */
    private static LeadLagStudy run(LeadLagResponse.Series common, LeadLagInputs.Checked checked) {
        try {
            return LeadLagStatistics.study(
                    new TimeSeries(common.times(), common.traffic()),
                    new TimeSeries(common.times(), common.prices()),
                    checked.transform(),
                    checked.maxLag(),
                    checked.frequency().unit());
        } catch (IllegalArgumentException e) {
            boolean constant = e.getMessage() != null && e.getMessage().contains("constant");
            throw new BadRequestException(
                    constant ? "from" : "maxLag",
                    e.getMessage()
                            + (constant
                                    ? ": choose a range where both series vary"
                                    : ": lower maxLag or widen from..to"));
        }
    }

    /** Both series on the steps that have both: what the study compares, and what the page charts. */
    private static LeadLagResponse.Series common(LeadLagData.Steps traffic, LeadLagData.Steps prices) {
        Map<Instant, Double> counts = new HashMap<>();
        for (int i = 0; i < traffic.size(); i++) {
            counts.put(traffic.starts().get(i), traffic.values()[i]);
        }
        List<Instant> times = new ArrayList<>();
        double[] trafficValues = new double[prices.size()];
        double[] priceValues = new double[prices.size()];
        for (int i = 0; i < prices.size(); i++) {
            Double count = counts.get(prices.starts().get(i));
            if (count != null) {
                trafficValues[times.size()] = count;
                priceValues[times.size()] = prices.values()[i];
                times.add(prices.starts().get(i));
            }
        }
        return new LeadLagResponse.Series(
                times, Arrays.copyOf(trafficValues, times.size()), Arrays.copyOf(priceValues, times.size()));
    }

    private static LeadLagResponse.Correlogram correlogram(CrossCorrelation ccf) {
        int[] lags = new int[2 * ccf.maxLag() + 1];
        for (int i = 0; i < lags.length; i++) {
            lags[i] = i - ccf.maxLag();
        }
        return new LeadLagResponse.Correlogram(lags, ccf.correlations(), ccf.band(), ccf.n());
    }

    private static LeadLagResponse.Test test(AdfResult adf, String what) {
        String warning = adf.stationary()
                ? null
                : String.format(
                        Locale.ROOT,
                        "%s may not be stationary (ADF p = %.3f, the unit root is not rejected at 5 %%): its"
                                + " correlations and Granger tests can be spurious; try another transform.",
                        Character.toUpperCase(what.charAt(0)) + what.substring(1),
                        adf.pValue());
        return new LeadLagResponse.Test(adf, warning);
    }
}
