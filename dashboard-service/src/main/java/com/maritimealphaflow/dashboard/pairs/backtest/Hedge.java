package com.maritimealphaflow.dashboard.pairs.backtest;

/**
 * How the spread {@code s_t = log Y_t − β log X_t − α} gets its hedge ratio β and intercept α.
 *
 * <ul>
 *   <li>{@link Fixed}: one β and α for the whole run, typically estimated by the screen on its training window, which
 *       must end before the bars being evaluated.
 *   <li>{@link Rolling}: at each bar t, the OLS fit of log Y on log X over the {@code lookback} bars t − L + 1 .. t,
 *       bar t included: its closes are known at t's close, when the decision is taken, and nothing after t is read.
 *       The spread is undefined (NaN) until L bars exist or where log X has no variance in the window.
 * </ul>
 */
public sealed interface Hedge {

    record Fixed(double beta, double intercept) implements Hedge {
        public Fixed {
            if (!Double.isFinite(beta) || !Double.isFinite(intercept)) {
                throw new IllegalArgumentException(
                        "a fixed hedge needs a finite beta and intercept, got " + beta + ", " + intercept);
            }
        }
    }

    record Rolling(int lookback) implements Hedge {
        public Rolling {
            if (lookback < 3) {
                throw new IllegalArgumentException(
                        "the rolling hedge lookback must be at least 3 bars, got " + lookback);
            }
        }
    }
}
