package com.maritimealphaflow.service.schedule;

import java.util.Objects;
import java.util.Set;
import org.quartz.CronTrigger;
import org.quartz.JobDetail;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;

/**
 * Puts a job and its trigger in a clustered job store without disturbing a trigger another instance already stored
 * with the same schedule. Replacing a trigger on every start (Spring's {@code overwrite-existing-jobs}) resets its next
 * fire time, so an instance starting in the very second another one fires it fires the same time again; a trigger is
 * therefore replaced only when the job or the schedule really changed.
 */
public final class StoredSchedules {

    private StoredSchedules() {}

    /** What {@link #keepOrReplace} did. */
    public enum Outcome {
        /** Nothing was stored: job and trigger are new. */
        SCHEDULED,
        /** The stored job and trigger already had this schedule and were left as they were. */
        KEPT,
        /** The stored job or trigger differed and was replaced. */
        REPLACED
    }

    public static Outcome keepOrReplace(Scheduler scheduler, JobDetail job, Trigger trigger) throws SchedulerException {
        try {
            scheduler.scheduleJob(job, Set.of(trigger), false);
            return Outcome.SCHEDULED;
        } catch (ObjectAlreadyExistsException e) {
            // stored by an earlier start or another instance: keep it unless something changed
        }
        JobDetail storedJob = scheduler.getJobDetail(job.getKey());
        Trigger storedTrigger = scheduler.getTrigger(trigger.getKey());
        if (storedJob != null
                && storedTrigger != null
                && storedJob.getJobClass().equals(job.getJobClass())
                && storedJob.getJobDataMap().equals(job.getJobDataMap())
                && job.getKey().equals(storedTrigger.getJobKey())
                && sameSchedule(storedTrigger, trigger)) {
            return Outcome.KEPT;
        }
        scheduler.scheduleJob(job, Set.of(trigger), true);
        return Outcome.REPLACED;
    }

    /** Same kind, same timing, same misfire handling; a simple trigger's first fire time does not count. */
    static boolean sameSchedule(Trigger stored, Trigger wanted) {
        if (stored.getMisfireInstruction() != wanted.getMisfireInstruction()) {
            return false;
        }
        if (stored instanceof CronTrigger storedCron && wanted instanceof CronTrigger wantedCron) {
            return Objects.equals(storedCron.getCronExpression(), wantedCron.getCronExpression())
                    && storedCron.getTimeZone().hasSameRules(wantedCron.getTimeZone());
        }
        if (stored instanceof SimpleTrigger storedSimple && wanted instanceof SimpleTrigger wantedSimple) {
            return storedSimple.getRepeatInterval() == wantedSimple.getRepeatInterval()
                    && storedSimple.getRepeatCount() == wantedSimple.getRepeatCount();
        }
        return false;
    }
}
