package com.maritimealphaflow.ingestion.market.bars;

import com.maritimealphaflow.ingestion.market.MarketProperties;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The one rule of what bar may be stored, for CSV lines and API pages alike: a time between {@code earliest} and a
 * little after now, positive prices that hang together, a volume of zero or more, and no value beyond
 * {@code max-value} or with more than {@code max-decimals} places. A bar of year 1 or 9999 or a price of 1e308 is
 * a broken file or feed, not a market.
 */
@Component
public class PlausibleBars {

    private final Clock clock;
    private final MarketProperties.Plausible limits;

    public PlausibleBars(Clock clock, MarketProperties properties) {
        this.clock = clock;
        this.limits = properties.plausible();
    }

    /** The earliest and latest instant a bar, or a requested range, may have now. */
    public Instant earliest() {
        return limits.earliest();
    }

    public Instant latest() {
        return clock.instant().plus(limits.maxAhead());
    }

    /** Why the bar may not be stored, as a key of {@code rejected_reasons} ({@code time_out_of_range}, …). */
    public Optional<String> problem(Bar bar) {
        if (bar.time() == null
                || bar.open() == null
                || bar.high() == null
                || bar.low() == null
                || bar.close() == null
                || bar.volume() == null) {
            return Optional.of("missing_field");
        }
        if (bar.time().isBefore(earliest()) || bar.time().isAfter(latest())) {
            return Optional.of("time_out_of_range");
        }
        for (BigDecimal value : new BigDecimal[] {bar.open(), bar.high(), bar.low(), bar.close(), bar.volume()}) {
            if (value.compareTo(limits.maxValue()) > 0) {
                return Optional.of("value_too_large");
            }
            if (value.scale() > limits.maxDecimals()
                    && value.stripTrailingZeros().scale() > limits.maxDecimals()) {
                return Optional.of("too_many_decimals");
            }
        }
        if (bar.vwap() != null
                && (bar.vwap().compareTo(limits.maxValue()) > 0
                        || bar.vwap().stripTrailingZeros().scale() > limits.maxDecimals())) {
            return Optional.of("value_too_large");
        }
        if (bar.trades() != null && bar.trades() < 0) {
            return Optional.of("negative_value");
        }
        if (bar.open().signum() <= 0
                || bar.high().signum() <= 0
                || bar.low().signum() <= 0
                || bar.close().signum() <= 0) {
            return Optional.of("non_positive_price");
        }
        if (bar.volume().signum() < 0) {
            return Optional.of("negative_volume");
        }
        if (bar.high().compareTo(bar.low()) < 0
                || bar.high().compareTo(bar.open()) < 0
                || bar.high().compareTo(bar.close()) < 0
                || bar.low().compareTo(bar.open()) > 0
                || bar.low().compareTo(bar.close()) > 0) {
            return Optional.of("inconsistent_ohlc");
        }
        return Optional.empty();
    }
}
