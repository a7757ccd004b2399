package com.maritimealphaflow.service.jobs;

import com.maritimealphaflow.service.BadRequestException;
import java.util.Set;

/** The statuses of a leased job, as stored in its table's {@code status} column and asked for in a list's filter. */
public final class JobStatuses {

    public static final Set<String> ALL = Set.of("queued", "running", "completed", "failed", "cancelled");

    private JobStatuses() {}

    /** A 400 unless {@code status} is left out or one of {@link #ALL}. */
    public static void check(String status) {
        if (status != null && !ALL.contains(status)) {
            throw new BadRequestException("status", "'status' must be one of " + ALL);
        }
    }
}
