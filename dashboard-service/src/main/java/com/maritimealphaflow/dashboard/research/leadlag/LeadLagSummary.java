package com.maritimealphaflow.dashboard.research.leadlag;

import java.util.Locale;
import java.util.Optional;

/** The plain-English sentence on a Granger study, judged on Holm-corrected p-values. */
final class LeadLagSummary {

    private LeadLagSummary() {}

    /**
     * Names the order whose corrected p-value is smallest. A significant order p says the cause's last p values help,
     * not that the effect appears exactly p steps later; "leads by p" is the usual shorthand.
     */
    static String describe(
            String cause,
            String effect,
            GrangerResult causeToEffect,
            GrangerResult effectToCause,
            LagUnit unit,
            double alpha) {
        int tested = causeToEffect.tests().size();
        Optional<GrangerTest> lead = causeToEffect.significant(alpha);
        String sentence = lead.map(test -> "%s leads %s by %s (%s after Holm correction over %d lags)."
                        .formatted(cause, effect, unit.of(test.lag()), format(test.holmPValue()), tested))
                .orElseGet(() -> ("No evidence that %s leads %s at any lag tested (1 to %s; smallest %s after Holm"
                                + " correction).")
                        .formatted(
                                cause,
                                effect,
                                unit.of(tested),
                                format(causeToEffect.strongest().holmPValue())));
        return Character.toUpperCase(sentence.charAt(0))
                + sentence.substring(1)
                + effectToCause
                        .significant(alpha)
                        .map(test -> " There is also evidence of a lead of %s over %s by %s (%s after correction)."
                                .formatted(effect, cause, unit.of(test.lag()), format(test.holmPValue())))
                        .orElse("");
    }

    private static String format(double p) {
        return p < 0.001 ? "p < 0.001" : String.format(Locale.ROOT, "p = %.3f", p);
    }
}
