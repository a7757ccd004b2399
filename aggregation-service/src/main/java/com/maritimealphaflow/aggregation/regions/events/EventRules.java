package com.maritimealphaflow.aggregation.regions.events;

import java.time.Duration;

/**
 * The thresholds of the event rules (issue 16); {@link #defaults()} are the values.
 *
 * @param transitRepeat a vessel's transit of a chokepoint ending less than this after its last counted one of the
 *     same chokepoint is not counted (PortWatch's 48 hours)
 * @param crossingExpiry a gate crossing not followed by the other gate within this is forgotten: the vessel
 *     stayed inside, or went silent, too long for the two crossings to be one passage
 * @param maxSegmentGap consecutive positions further apart than this are not joined into a segment for gate
 *     crossings: over a longer silence the straight line says little about the route taken
 * @param maxSegmentKnots nor are positions whose distance and time imply more than this speed: a jump that no ship
 *     sails is a bad fix or two vessels sharing one MMSI, and its straight line would cross gates far apart
 * @param stoppedKnots a port visit becomes a call at a reported speed at or below this
 * @param dwellWithoutSpeed a port visit also becomes a call after this long inside with no report of moving
 *     (speeds missing, or no report at all)
 * @param waitingKnots in an anchorage, a speed below this is waiting
 * @param waitingMinimum slow positions spanning at least this make a waiting spell
 * @param visitGapLimit a port or anchorage visit whose vessel is silent longer than this ends at its last report
 */
public record EventRules(
        Duration transitRepeat,
        Duration crossingExpiry,
        Duration maxSegmentGap,
        double maxSegmentKnots,
        double stoppedKnots,
        Duration dwellWithoutSpeed,
        double waitingKnots,
        Duration waitingMinimum,
        Duration visitGapLimit) {

    public EventRules {
        for (Duration duration : new Duration[] {
            transitRepeat, crossingExpiry, maxSegmentGap, dwellWithoutSpeed, waitingMinimum, visitGapLimit
        }) {
            if (duration == null || duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("every duration of the event rules must be positive");
            }
        }
        if (!(stoppedKnots >= 0) || !(waitingKnots > 0) || !(maxSegmentKnots > 0)) {
            throw new IllegalArgumentException("speed thresholds must be non-negative numbers");
        }
    }

    public static EventRules defaults() {
        return new EventRules(
                Duration.ofHours(48),
                Duration.ofDays(7),
                Duration.ofHours(24),
                60,
                0.5,
                Duration.ofHours(2),
                0.5,
                Duration.ofHours(2),
                Duration.ofDays(7));
    }
}
