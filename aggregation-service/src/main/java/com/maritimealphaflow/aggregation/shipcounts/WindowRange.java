package com.maritimealphaflow.aggregation.shipcounts;

import java.time.Instant;

/** Consecutive windows, from the one starting at {@code first} to the one starting at {@code last}, both included. */
record WindowRange(Instant first, Instant last) {

    WindowRange {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException(
                    "a window range cannot end (" + last + ") before it starts (" + first + ")");
        }
    }
}
