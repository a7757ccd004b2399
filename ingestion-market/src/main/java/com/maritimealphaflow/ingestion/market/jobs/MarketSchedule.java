package com.maritimealphaflow.ingestion.market.jobs;

import com.maritimealphaflow.ingestion.market.BarSources;
import com.maritimealphaflow.ingestion.market.MarketProperties;
import com.maritimealphaflow.ingestion.market.binance.OrderBookSnapshots;
import com.maritimealphaflow.ingestion.market.csv.CsvDirectoryImport;
import com.maritimealphaflow.ingestion.market.updates.MarketUpdates;
import com.maritimealphaflow.model.market.MarketSource;
import com.maritimealphaflow.service.schedule.ScheduledJob;
import com.maritimealphaflow.service.schedule.ServiceSchedule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.quartz.JobKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The market jobs in the clustered job store: incremental updates per source with symbols (and its key, where it
 * needs one), Binance's symbol list and Polygon's reference data on their crons, order book snapshots, the CSV
 * directory. With {@code MARKET_SCHEDULE_ENABLED} off, or a job's settings empty, the job is absent: a trigger stored
 * by an earlier start must not keep firing.
 */
@Component
class MarketSchedule implements ServiceSchedule {

    private static final Logger log = LoggerFactory.getLogger(MarketSchedule.class);
    private static final String GROUP = "market";

    static final JobKey BINANCE_INSTRUMENTS = JobKey.jobKey("binance-instruments", GROUP);
    static final JobKey POLYGON_REFERENCE = JobKey.jobKey("polygon-reference", GROUP);
    static final JobKey ORDER_BOOKS = JobKey.jobKey("order-books", GROUP);
    static final JobKey CSV_DIRECTORY = JobKey.jobKey("csv-directory", GROUP);

    private final MarketProperties settings;
    private final MarketUpdates updates;
    private final BarSources sources;
    private final OrderBookSnapshots orderBooks;
    private final CsvDirectoryImport csv;

    MarketSchedule(
            MarketProperties settings,
            MarketUpdates updates,
            BarSources sources,
            OrderBookSnapshots orderBooks,
            CsvDirectoryImport csv) {
        this.settings = settings;
        this.updates = updates;
        this.sources = sources;
        this.orderBooks = orderBooks;
        this.csv = csv;
    }

    static JobKey updateKey(MarketSource source) {
        return JobKey.jobKey("update-" + source.key(), GROUP);
    }

    @Override
    public List<ScheduledJob> jobs() {
        boolean on = settings.scheduleEnabled();
        List<ScheduledJob> jobs = new ArrayList<>();
        for (MarketSource source : List.of(MarketSource.BINANCE, MarketSource.POLYGON, MarketSource.ALPACA)) {
            boolean wanted = on && !updates.symbols(source).isEmpty();
            if (wanted && !ready(source)) {
                log.warn(
                        "Scheduled {} updates of {} are off: {} is not set",
                        source.key(),
                        updates.symbols(source),
                        sources.get(source).missingConfiguration().get());
            }
            jobs.add(ScheduledJob.of(updateKey(source), MarketUpdateJob.class)
                    .data(MarketUpdateJob.SOURCE, source.key())
                    .every(updateEvery(source))
                    .buildIf(wanted && ready(source)));
        }
        jobs.add(ScheduledJob.of(BINANCE_INSTRUMENTS, BinanceInstrumentsJob.class)
                .data(MarketUpdateJob.SOURCE, MarketSource.BINANCE.key())
                .cron(settings.binance().instruments().cron())
                .buildIf(on));
        jobs.add(ScheduledJob.of(POLYGON_REFERENCE, PolygonReferenceJob.class)
                .data(MarketUpdateJob.SOURCE, MarketSource.POLYGON.key())
                .cron(settings.polygon().referenceCron())
                .buildIf(on
                        && ready(MarketSource.POLYGON)
                        && !updates.symbols(MarketSource.POLYGON).isEmpty()));
        jobs.add(ScheduledJob.of(ORDER_BOOKS, OrderBookJob.class)
                .data(MarketUpdateJob.SOURCE, MarketSource.BINANCE.key())
                .every(settings.binance().depth().every())
                .buildIf(on && !orderBooks.symbols().isEmpty()));
        jobs.add(ScheduledJob.of(CSV_DIRECTORY, CsvDirectoryJob.class)
                .data(MarketUpdateJob.SOURCE, MarketSource.CSV.key())
                .every(settings.csv().scanEvery())
                .buildIf(on && csv.directory().isPresent()));
        if (!on) {
            log.info("Market schedule off (MARKET_SCHEDULE_ENABLED)");
        }
        return jobs;
    }

    private boolean ready(MarketSource source) {
        return sources.get(source).missingConfiguration().isEmpty();
    }

    private Duration updateEvery(MarketSource source) {
        return switch (source) {
            case BINANCE -> settings.binance().updates().every();
            case POLYGON -> settings.polygon().updates().every();
            case ALPACA -> settings.alpaca().updates().every();
            case CSV -> settings.csv().scanEvery();
        };
    }
}
