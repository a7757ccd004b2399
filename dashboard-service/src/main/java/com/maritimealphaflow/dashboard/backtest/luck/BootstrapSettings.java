package com.maritimealphaflow.dashboard.backtest.luck;

/**
 * A stationary bootstrap: {@code resamples} series of the original length made of blocks starting at random bars,
 * geometric lengths of mean {@code meanBlockLength} bars (wrapping round the end), from {@code seed}; intervals between
 * the {@code lower} and {@code upper} quantiles; Sharpe ratios annualised by {@code barsPerYear}.
 */
public record BootstrapSettings(
        int resamples, double meanBlockLength, double lower, double upper, double barsPerYear, long seed) {

    public static final int DEFAULT_RESAMPLES = 1_000;

    public BootstrapSettings {
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples: need at least 1, got " + resamples);
        }
        if (!(meanBlockLength >= 1) || Double.isInfinite(meanBlockLength)) {
            throw new IllegalArgumentException(
                    "meanBlockLength: need a finite length of at least 1 bar, got " + meanBlockLength);
        }
        if (!(0 < lower && lower < upper && upper < 1)) {
            throw new IllegalArgumentException(
                    "lower, upper: need 0 < lower < upper < 1, got " + lower + " and " + upper);
        }
        if (!(barsPerYear > 0) || Double.isInfinite(barsPerYear)) {
            throw new IllegalArgumentException("barsPerYear: need a positive number, got " + barsPerYear);
        }
    }

    /** 1,000 resamples, blocks of √T bars on average, a 5 %–95 % interval. */
    public static BootstrapSettings defaults(int bars, double barsPerYear, long seed) {
        return new BootstrapSettings(DEFAULT_RESAMPLES, Math.max(1, Math.sqrt(bars)), 0.05, 0.95, barsPerYear, seed);
    }
}
