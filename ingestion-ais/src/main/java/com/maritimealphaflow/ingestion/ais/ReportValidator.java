package com.maritimealphaflow.ingestion.ais;

import com.maritimealphaflow.model.ais.AisReport;
import com.maritimealphaflow.model.ais.PositionReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The checks every report passes before it is stored, whatever its source. A message is kept or rejected whole: a
 * type 19 whose position is invalid is rejected with its static part.
 */
public final class ReportValidator {

    /** AIS began in 2002; anything before this is a broken clock, not history. */
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    private static final int MIN_MMSI = 100_000_000;
    private static final int MAX_MMSI = 999_999_999;

    private final Clock clock;
    private final Duration maxFutureSkew;

    public ReportValidator(Clock clock, Duration maxFutureSkew) {
        this.clock = clock;
        this.maxFutureSkew = maxFutureSkew;
    }

    /** The reason to reject the message these reports came from, or null to keep it. */
    public RejectReason check(List<AisReport> reports) {
        for (AisReport report : reports) {
            RejectReason reason = check(report);
            if (reason != null) {
                return reason;
            }
        }
        return null;
    }

    public RejectReason check(AisReport report) {
        if (report.mmsi() < MIN_MMSI || report.mmsi() > MAX_MMSI) {
            return RejectReason.INVALID_MMSI;
        }
        if (report.time() == null) {
            return RejectReason.MISSING_FIELD;
        }
        if (report.time().isBefore(EARLIEST)
                || report.time().isAfter(clock.instant().plus(maxFutureSkew))) {
            return RejectReason.TIME_OUT_OF_RANGE;
        }
        return report instanceof PositionReport p ? checkPosition(p) : null;
    }

    private static RejectReason checkPosition(PositionReport p) {
        // 91 and 181 are AIS's "not available"; anything else outside the globe is a broken message.
        if (p.latitude() == 91.0) return RejectReason.LATITUDE_NOT_AVAILABLE;
        if (Double.isNaN(p.latitude()) || p.latitude() < -90 || p.latitude() > 90) {
            return RejectReason.LATITUDE_OUT_OF_RANGE;
        }
        if (p.longitude() == 181.0) return RejectReason.LONGITUDE_NOT_AVAILABLE;
        if (Double.isNaN(p.longitude()) || p.longitude() < -180 || p.longitude() > 180) {
            return RejectReason.LONGITUDE_OUT_OF_RANGE;
        }
        return null;
    }
}
