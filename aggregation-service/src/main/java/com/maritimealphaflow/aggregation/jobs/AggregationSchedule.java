package com.maritimealphaflow.aggregation.jobs;

import com.maritimealphaflow.aggregation.AggregationProperties;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The aggregation service's Quartz jobs, in the clustered JDBC job store: with several instances each trigger fires
 * on one of them.
 */
@Configuration(proxyBeanMethods = false)
class AggregationSchedule {

    static final JobKey PENDING_BATCHES = JobKey.jobKey("pending-ais-batches", "aggregation");

    @Bean
    JobDetail pendingBatchesJob() {
        return JobBuilder.newJob(PendingBatchesJob.class)
                .withIdentity(PENDING_BATCHES)
                .withDescription("Aggregates AIS batches whose notification was missed, oldest first")
                .storeDurably()
                .build();
    }

    @Bean
    Trigger pendingBatchesTrigger(JobDetail pendingBatchesJob, AggregationProperties properties) {
        return TriggerBuilder.newTrigger()
                .forJob(pendingBatchesJob)
                .withIdentity("pending-ais-batches-poll", "aggregation")
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(properties.poll().interval().toMillis())
                        .repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }
}
