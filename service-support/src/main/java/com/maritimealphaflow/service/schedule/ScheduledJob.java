package com.maritimealphaflow.service.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ScheduleBuilder;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/**
 * One job as a service wants it in the clustered job store: stored with its trigger, or absent (removed if an earlier
 * start stored it, since the store keeps triggers across restarts). Every schedule is either a fixed interval or a
 * Quartz cron expression read in UTC, and both come from the service's properties. Built with {@link #of}.
 *
 * @param key the job's key; its trigger is in the same group, by default with the same name
 * @param job the job to store, or null when it must be absent
 * @param trigger its trigger, or null when the job must be absent
 * @param fireAtStart whether the job also fires once as the scheduler starts (on one instance of the cluster)
 */
public record ScheduledJob(JobKey key, JobDetail job, Trigger trigger, boolean fireAtStart) {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    public ScheduledJob {
        Objects.requireNonNull(key, "key");
        if ((job == null) != (trigger == null)) {
            throw new IllegalArgumentException("a job is stored with its trigger or not at all: " + key);
        }
    }

    /** Whether the job is to be stored (rather than removed). */
    public boolean wanted() {
        return job != null;
    }

    public static Builder of(JobKey key, Class<? extends Job> type) {
        return new Builder(key, type);
    }

    /** The job is not wanted: removed from the store if an earlier start put it there. */
    public static ScheduledJob absent(JobKey key) {
        return new ScheduledJob(key, null, null, false);
    }

    /** Builds a {@link ScheduledJob}: a description, job data, one schedule, optionally a first fire time. */
    public static final class Builder {

        private final JobKey key;
        private final Class<? extends Job> type;
        private final Map<String, String> data = new LinkedHashMap<>();
        private String description;
        private ScheduleBuilder<? extends Trigger> schedule;
        private Instant firstFire;
        private boolean fireAtStart;
        private String triggerName;

        private Builder(JobKey key, Class<? extends Job> type) {
            this.key = Objects.requireNonNull(key, "key");
            this.type = Objects.requireNonNull(type, "type");
        }

        public Builder description(String text) {
            this.description = text;
            return this;
        }

        /** The trigger's name, where a store written by an earlier version already holds it under this name. */
        public Builder trigger(String name) {
            this.triggerName = name;
            return this;
        }

        public Builder data(String name, String value) {
            data.put(name, value);
            return this;
        }

        /**
         * Every {@code interval}, first at {@code firstFire} (now when null). A fire time missed while no instance ran
         * is skipped; the next one on the interval's grid fires.
         */
        public Builder every(Duration interval, Instant firstFire) {
            if (interval == null || interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException(key + ": interval must be positive, got " + interval);
            }
            this.schedule = SimpleScheduleBuilder.simpleSchedule()
                    .withIntervalInMilliseconds(interval.toMillis())
                    .repeatForever()
                    .withMisfireHandlingInstructionNextWithRemainingCount();
            this.firstFire = firstFire;
            return this;
        }

        public Builder every(Duration interval) {
            return every(interval, null);
        }

        /** At the times of a Quartz cron expression (seconds first) in UTC; a missed fire time fires once at start. */
        public Builder cron(String expression) {
            this.schedule = CronScheduleBuilder.cronSchedule(expression)
                    .inTimeZone(UTC)
                    .withMisfireHandlingInstructionFireAndProceed();
            return this;
        }

        /** Also fire once as the scheduler starts, besides the schedule. */
        public Builder fireAtStart() {
            this.fireAtStart = true;
            return this;
        }

        /** The job, stored with its schedule. */
        public ScheduledJob build() {
            if (schedule == null) {
                throw new IllegalStateException(key + ": no schedule; call every(..) or cron(..)");
            }
            JobBuilder job = JobBuilder.newJob(type).withIdentity(key).storeDurably();
            if (description != null) {
                job.withDescription(description);
            }
            data.forEach(job::usingJobData);
            JobDetail detail = job.build();
            TriggerBuilder<Trigger> trigger = TriggerBuilder.newTrigger()
                    .forJob(detail)
                    .withIdentity(triggerName == null ? key.getName() : triggerName, key.getGroup());
            if (firstFire != null) {
                trigger.startAt(Date.from(firstFire));
            } else {
                trigger.startNow();
            }
            return new ScheduledJob(key, detail, trigger.withSchedule(schedule).build(), fireAtStart);
        }

        /** The job when {@code wanted}, else {@linkplain #absent absent}. */
        public ScheduledJob buildIf(boolean wanted) {
            return wanted ? build() : absent(key);
        }
    }
}
