package com.maritimealphaflow.ingestion.market.schedule;

import com.maritimealphaflow.ingestion.IngestionProperties;
import com.maritimealphaflow.ingestion.market.BarSources;
import com.maritimealphaflow.ingestion.market.MarketSource;
import com.maritimealphaflow.ingestion.market.binance.OrderBookSnapshots;
import com.maritimealphaflow.ingestion.market.csv.CsvDirectoryImport;
import com.maritimealphaflow.service.schedule.StoredSchedules;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ScheduleBuilder;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The market jobs in the clustered Quartz store, registered like the AIS ones just before the scheduler starts:
 * incremental updates per source with symbols (and its key, where it needs one), Binance's symbol list and Polygon's
 * reference data daily, order book snapshots, the CSV directory. With {@code MARKET_SCHEDULE_ENABLED} off, or a job's
 * settings empty, the job is removed from the store: triggers stored by an earlier start must not keep firing.
 */
@Component
class MarketSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MarketSchedule.class);
    private static final String GROUP = "market";
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    static final JobKey BINANCE_INSTRUMENTS = JobKey.jobKey("binance-instruments", GROUP);
    static final JobKey POLYGON_REFERENCE = JobKey.jobKey("polygon-reference", GROUP);
    static final JobKey ORDER_BOOKS = JobKey.jobKey("order-books", GROUP);
    static final JobKey CSV_DIRECTORY = JobKey.jobKey("csv-directory", GROUP);

    private final Scheduler scheduler;
    private final IngestionProperties.Market settings;
    private final MarketUpdates updates;
    private final BarSources sources;
    private final OrderBookSnapshots orderBooks;
    private final CsvDirectoryImport csv;
    private volatile boolean running;

    MarketSchedule(
            Scheduler scheduler,
            IngestionProperties properties,
            MarketUpdates updates,
            BarSources sources,
            OrderBookSnapshots orderBooks,
            CsvDirectoryImport csv) {
        this.scheduler = scheduler;
        this.settings = properties.market();
        this.updates = updates;
        this.sources = sources;
        this.orderBooks = orderBooks;
        this.csv = csv;
    }

    static JobKey updateKey(MarketSource source) {
        return JobKey.jobKey("update-" + source.key(), GROUP);
    }

    @Override
    public void start() {
        try {
            schedule();
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not schedule the market jobs: " + e.getMessage(), e);
        }
        running = true;
    }

    private void schedule() throws SchedulerException {
        List<String> scheduled = new ArrayList<>();
        boolean on = settings.scheduleEnabled();
        for (MarketSource source : List.of(MarketSource.BINANCE, MarketSource.POLYGON, MarketSource.ALPACA)) {
            boolean ready = sources.get(source).missingConfiguration().isEmpty();
            if (on && !updates.symbols(source).isEmpty() && !ready) {
                log.warn(
                        "Scheduled {} updates of {} are off: {} is not set",
                        source.key(),
                        updates.symbols(source),
                        sources.get(source).missingConfiguration().get());
            }
            put(
                    on && ready && !updates.symbols(source).isEmpty(),
                    updateKey(source),
                    MarketUpdateJob.class,
                    source.key(),
                    every(every(source)),
                    scheduled);
        }
        put(
                on,
                BINANCE_INSTRUMENTS,
                MarketReferenceJob.class,
                MarketSource.BINANCE.key(),
                cron(settings.binance().instruments().cron()),
                scheduled);
        put(
                on
                        && sources.get(MarketSource.POLYGON)
                                .missingConfiguration()
                                .isEmpty()
                        && !updates.symbols(MarketSource.POLYGON).isEmpty(),
                POLYGON_REFERENCE,
                MarketReferenceJob.class,
                MarketSource.POLYGON.key(),
                cron(settings.polygon().referenceCron()),
                scheduled);
        put(
                on && !orderBooks.symbols().isEmpty(),
                ORDER_BOOKS,
                OrderBookJob.class,
                MarketSource.BINANCE.key(),
                every(settings.binance().depth().every()),
                scheduled);
        put(
                on && csv.directory().isPresent(),
                CSV_DIRECTORY,
                CsvDirectoryJob.class,
                MarketSource.CSV.key(),
                every(settings.csv().scanEvery()),
                scheduled);
        log.info(
                on ? "Market jobs scheduled: {}" : "Market schedule off (MARKET_SCHEDULE_ENABLED){}",
                on ? scheduled : "");
    }

    private void put(
            boolean wanted,
            JobKey key,
            Class<? extends Job> type,
            String source,
            ScheduleBuilder<? extends Trigger> schedule,
            List<String> scheduled)
            throws SchedulerException {
        if (!wanted) {
            scheduler.deleteJob(key);
            return;
        }
        JobDetail job = JobBuilder.newJob(type)
                .withIdentity(key)
                .usingJobData(MarketUpdateJob.SOURCE, source)
                .storeDurably()
                .build();
        Trigger trigger = TriggerBuilder.newTrigger()
                .forJob(job)
                .withIdentity(key.getName(), GROUP)
                .withSchedule(schedule)
                .build();
        StoredSchedules.keepOrReplace(scheduler, job, trigger);
        scheduled.add(key.getName());
    }

    private Duration every(MarketSource source) {
        return switch (source) {
            case BINANCE -> settings.binance().updates().every();
            case POLYGON -> settings.polygon().updates().every();
            case ALPACA -> settings.alpaca().updates().every();
            case CSV -> settings.csv().scanEvery();
        };
    }

    private static SimpleScheduleBuilder every(Duration every) {
        return SimpleScheduleBuilder.simpleSchedule()
                .withIntervalInMilliseconds(every.toMillis())
                .repeatForever()
                .withMisfireHandlingInstructionNextWithRemainingCount();
    }

    private static CronScheduleBuilder cron(String expression) {
        return CronScheduleBuilder.cronSchedule(expression)
                .inTimeZone(UTC)
                .withMisfireHandlingInstructionFireAndProceed();
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // The Quartz SchedulerFactoryBean starts in the last phase; this runs just before it.
        return Integer.MAX_VALUE - 1;
    }
}
