package com.maritimealphaflow.dashboard.pairs;

import com.maritimealphaflow.service.schedule.ServiceMethodJob;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The scheduled pair screen: queues one with the default settings (the runner runs it like any other). */
@DisallowConcurrentExecution
public class PairScreenJob extends ServiceMethodJob {

    private static final Logger log = LoggerFactory.getLogger(PairScreenJob.class);

    private final PairScreens screens;

    public PairScreenJob(PairScreens screens) {
        this.screens = screens;
    }

    @Override
    protected void call(JobExecutionContext context) {
        screens.scheduled()
                .ifPresentOrElse(
                        screen -> log.info("Scheduled pair screen {} queued", screen.id()),
                        () -> log.info("Scheduled pair screen skipped: the last one has not ended"));
    }
}
