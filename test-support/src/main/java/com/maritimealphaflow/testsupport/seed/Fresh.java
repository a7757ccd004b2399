package com.maritimealphaflow.testsupport.seed;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Vessels and days handed out fresh to each caller in the JVM, so that tests sharing one database (and a cached
 * application context) never count each other's rows.
 */
public final class Fresh {

    private static final AtomicInteger NEXT_MMSI = new AtomicInteger(211_000_000);
    private static final AtomicInteger NEXT_DAY = new AtomicInteger();
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 6);

    private Fresh() {}

    /** A vessel no other test uses. */
    public static int vessel() {
        return NEXT_MMSI.getAndIncrement();
    }

    /** A UTC day no other test uses, with the day before and after free too. */
    public static LocalDate day() {
        return FIRST_DAY.plusDays(3L * NEXT_DAY.getAndIncrement());
    }
}
