package com.maritimealphaflow.service.schedule;

import java.util.List;

/**
 * The jobs one feature of a service wants in the clustered job store, declared as a bean in the feature's {@code jobs}
 * package. {@link ScheduleRegistrar} stores them all the same way just before the scheduler starts.
 */
@FunctionalInterface
public interface ServiceSchedule {

    /** The feature's jobs, each wanted with its schedule or absent; read once, at start. */
    List<ScheduledJob> jobs();
}
