package com.maritimealphaflow.ingestion.ais.jobs;

import com.maritimealphaflow.ingestion.ais.AisIngestion;
import com.maritimealphaflow.ingestion.ais.AisProperties;
import com.maritimealphaflow.ingestion.ais.AisSource;
import com.maritimealphaflow.ingestion.ais.StreamControl;
import com.maritimealphaflow.service.schedule.ServiceMethodJob;
import java.time.Clock;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.InterruptableJob;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code AIS_MODE=batch}: every batch interval, stream from the source for the batch duration, then commit. */
@DisallowConcurrentExecution
public class AisBatchJob extends ServiceMethodJob implements InterruptableJob {

    private static final Logger log = LoggerFactory.getLogger(AisBatchJob.class);

    private final AisIngestion ingestion;
    private final AisSource source;
    private final AisProperties properties;
    private final Clock clock;
    private volatile StreamControl control;

    public AisBatchJob(AisIngestion ingestion, AisSource source, AisProperties properties, Clock clock) {
        this.ingestion = ingestion;
        this.source = source;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    protected void call(JobExecutionContext context) {
        log.info("AIS batch from {} for {}", source.kind().key(), properties.batchDuration());
        control = StreamControl.forDuration(properties.batchDuration(), clock);
        ingestion.runBatch(source, control);
    }

    @Override
    public void interrupt() {
        StreamControl running = control;
        if (running != null) {
            running.stopForShutdown();
        }
    }
}
