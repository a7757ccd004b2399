package com.maritimealphaflow.aggregation.shipcounts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a rebuild did.
 *
 * @param from start of the range rebuilt: the requested start, down to the hour
 * @param to end of the range rebuilt (excluded): the requested end, up to the hour
 * @param windows {@code ship_count_agg} rows recounted
 * @param hours hourly rollups recomputed
 * @param days daily rollups recomputed
 * @param daysWithoutRawData days of the range whose raw positions are gone; their counts were left as they were
 * @param tookMillis time taken
 */
public record RebuildResult(
        Instant from,
        Instant to,
        int windows,
        int hours,
        int days,
        List<LocalDate> daysWithoutRawData,
        long tookMillis) {}
