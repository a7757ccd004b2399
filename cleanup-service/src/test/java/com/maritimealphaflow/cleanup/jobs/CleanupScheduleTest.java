package com.maritimealphaflow.cleanup.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.cleanup.CleanupProperties;
import com.maritimealphaflow.cleanup.DatabaseTest;
import com.maritimealphaflow.service.schedule.ScheduleRegistrar;
import java.time.Duration;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.beans.factory.annotation.Autowired;

/** The stored trigger follows the configuration, and a restart with the same configuration leaves it alone. */
class CleanupScheduleTest extends DatabaseTest {

    @Autowired
    Scheduler scheduler;

    @Autowired
    CleanupProperties properties;

    @Test
    void storesTheDailyTriggerWithTheConfiguredCronInUtc() throws SchedulerException {
        CronTrigger trigger = stored();

        assertThat(trigger.getCronExpression()).isEqualTo("0 30 3 * * ?").isEqualTo(properties.cron());
        assertThat(trigger.getTimeZone().hasSameRules(TimeZone.getTimeZone("UTC")))
                .isTrue();
        assertThat(trigger.getJobKey()).isEqualTo(CleanupSchedule.CLEANUP);
    }

    @Test
    void replacesTheStoredTriggerOnlyWhenTheCronChanged() throws SchedulerException {
        try {
            restartWith("0 15 2 * * ?");
            CronTrigger changed = stored();
            assertThat(changed.getCronExpression()).isEqualTo("0 15 2 * * ?");

            restartWith("0 15 2 * * ?");
            assertThat(stored().getStartTime())
                    .as("the same trigger, not a new one")
                    .isEqualTo(changed.getStartTime());
        } finally {
            restartWith(properties.cron());
        }
    }

    private void restartWith(String cron) throws SchedulerException {
        ScheduleRegistrar.store(
                scheduler, new CleanupSchedule(new CleanupProperties(Duration.ofDays(180), cron)).jobs());
    }

    private CronTrigger stored() throws SchedulerException {
        return (CronTrigger) scheduler.getTrigger(CleanupSchedule.CLEANUP_CRON);
    }
}
