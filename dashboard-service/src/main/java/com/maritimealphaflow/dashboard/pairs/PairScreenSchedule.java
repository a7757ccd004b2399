package com.maritimealphaflow.dashboard.pairs;

import com.maritimealphaflow.dashboard.DashboardProperties;
import com.maritimealphaflow.service.schedule.ScheduleRegistrar;
import com.maritimealphaflow.service.schedule.ScheduledJob;
import com.maritimealphaflow.service.schedule.ServiceSchedule;
import java.util.List;
import org.quartz.JobKey;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The pair screen's schedule in the dashboard's clustered job store: {@code PAIRS_SCREEN_CRON} (UTC), absent when
 * empty.
 */
@Configuration(proxyBeanMethods = false)
@Import(ScheduleRegistrar.class)
class PairScreenSchedule implements ServiceSchedule {

    static final JobKey SCREEN = JobKey.jobKey("pair-screen", "pairs");

    private final String cron;

    PairScreenSchedule(DashboardProperties properties) {
        this.cron = properties.pairs().cron().strip();
    }

    @Override
    public List<ScheduledJob> jobs() {
        if (cron.isEmpty()) {
            return List.of(ScheduledJob.absent(SCREEN));
        }
        return List.of(ScheduledJob.of(SCREEN, PairScreenJob.class)
                .description("Screens the stored daily bars for cointegrated pairs with the default settings")
                .cron(cron)
                .build());
    }
}
