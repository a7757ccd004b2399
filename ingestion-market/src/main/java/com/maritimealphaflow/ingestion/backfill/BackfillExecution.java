package com.maritimealphaflow.ingestion.backfill;

import com.maritimealphaflow.ingestion.market.BarFetcher;
import com.maritimealphaflow.ingestion.market.BarQuery;
import com.maritimealphaflow.ingestion.market.BarSource;
import com.maritimealphaflow.ingestion.market.BarSources;
import com.maritimealphaflow.ingestion.market.MarketIngestionLog;
import com.maritimealphaflow.ingestion.market.bars.Bar;
import com.maritimealphaflow.ingestion.market.bars.BarSeries;
import com.maritimealphaflow.ingestion.market.bars.StoredBars;
import com.maritimealphaflow.ingestion.market.http.MalformedResponseException;
import com.maritimealphaflow.ingestion.market.http.MarketApiException;
import com.maritimealphaflow.model.market.BarInterval;
import com.maritimealphaflow.model.market.MarketSource;
import com.maritimealphaflow.model.market.calendar.Gap;
import com.maritimealphaflow.model.market.calendar.MarketCalendar;
import com.maritimealphaflow.model.pipeline.IngestionKind;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs one claimed backfill: first the plan (the missing ranges of each symbol, stored as steps with the estimate),
 * then each open step page by page, each step with its {@code ingestion_log} row. A resumed job keeps its plan and
 * finds again what is still missing inside each open step, so it fetches only what it had not stored.
 */
@Component
class BackfillExecution {

    private static final Logger log = LoggerFactory.getLogger(BackfillExecution.class);
    static final String MALFORMED = "malformed_body";

    private final BackfillJobs jobs;
    private final GapFinder gaps;
    private final BarSources sources;
    private final BarFetcher fetcher;
    private final MarketIngestionLog ingestionLog;
    private final Clock clock;

    BackfillExecution(
            BackfillJobs jobs,
            GapFinder gaps,
            BarSources sources,
            BarFetcher fetcher,
            MarketIngestionLog ingestionLog,
            Clock clock) {
        this.jobs = jobs;
        this.gaps = gaps;
        this.sources = sources;
        this.fetcher = fetcher;
        this.ingestionLog = ingestionLog;
        this.clock = clock;
    }

    record PlannedStep(int seq, String symbol, Gap gap) {}

    /** Thrown when this instance may no longer write to the job: it was cancelled or taken over. */
    private static final class Stopped extends Exception {
        Stopped() {
            super(null, null, false, false);
        }
    }

    void run(long id, String instance) {
        BackfillJobs.Job job = jobs.job(id).orElse(null);
        if (job == null) {
            return;
        }
        MarketSource marketSource = MarketSource.parse(job.source()).orElseThrow();
        BarSource source = sources.get(marketSource);
        try {
            if (!job.planned()) {
                plan(job, marketSource, source, instance);
            }
            for (Backfill.Step step : jobs.openSteps(id)) {
                runStep(job, marketSource, source, step, instance);
            }
            jobs.end(id, instance, "completed", null);
            log.info("Backfill {} completed", id);
        } catch (InterruptedException e) {
            jobs.release(id, instance);
            log.info("Backfill {} stopped with the service; it resumes at the next start", id);
            Thread.currentThread().interrupt();
        } catch (Stopped e) {
            log.info("Backfill {} was cancelled or taken over; stopped", id);
        } catch (MarketApiException e) {
            jobs.end(id, instance, "failed", e.getMessage());
            log.warn("Backfill {} failed: {}", id, e.getMessage());
        } catch (RuntimeException | Error e) {
            jobs.end(id, instance, "failed", e.getClass().getSimpleName() + ": " + e.getMessage());
            log.error("Backfill {} failed", id, e);
            if (e instanceof Error error) {
                throw error;
            }
        }
    }

    private void plan(BackfillJobs.Job job, MarketSource marketSource, BarSource source, String instance) {
        List<PlannedStep> steps = new ArrayList<>();
        long bars = 0;
        long pages = 0;
        for (String symbol : job.symbols()) {
            for (Gap gap : gaps.find(
                    series(job, marketSource, symbol),
                    MarketCalendar.of(marketSource.calendar()),
                    job.from(),
                    job.to())) {
                steps.add(new PlannedStep(steps.size() + 1, symbol, gap));
                bars += gap.expectedBars();
                pages += Math.max(1, (gap.expectedBars() + source.pageSize() - 1) / source.pageSize());
            }
        }
        jobs.savePlan(job.id(), instance, steps, bars, pages);
        log.info("Backfill {}: {} missing range(s), about {} bars in {} page(s)", job.id(), steps.size(), bars, pages);
    }

    private void runStep(
            BackfillJobs.Job job, MarketSource marketSource, BarSource source, Backfill.Step step, String instance)
            throws MarketApiException, InterruptedException, Stopped {
        if (step.ingestionLogId() != null) {
            ingestionLog.interrupt(step.ingestionLogId(), "the backfill was resumed by another run");
        }
        long logId = ingestionLog.start(marketSource, IngestionKind.MARKET_BACKFILL, clock.instant());
        jobs.stepStarted(job.id(), step.seq(), logId);
        BarSeries series = series(job, marketSource, step.symbol());
        Tally tally = new Tally();
        // How the step and its log row end: each way out sets it, and the finally writes it, so that nothing thrown
        // (a database error, an Error, a cancellation, an interrupt) leaves either of them running.
        Ending ending = null;
        try {
            for (Gap gap : gaps.find(series, MarketCalendar.of(marketSource.calendar()), step.from(), step.to())) {
                BarFetcher.Fetched fetched =
                        fetcher.fetch(source, new BarQuery(series, gap.from(), gap.to()), (bars, result, rejected) -> {
                            tally.add(bars, result, rejected);
                            long received = bars.size()
                                    + rejected.values().stream()
                                            .mapToLong(Long::longValue)
                                            .sum();
                            return jobs.pageDone(job.id(), step.seq(), instance, received, result.unchanged());
                        });
                if (!fetched.complete()) {
                    ending = new Ending("cancelled", "interrupted", "cancelled", null);
                    throw new Stopped();
                }
            }
            ending = new Ending("completed", "completed", null, null);
        } catch (MalformedResponseException e) {
            jobs.malformedPage(job.id());
            tally.rejected.merge(MALFORMED, 1L, Long::sum);
            ending = failed(step, e.getMessage());
            throw new MarketApiException(ending.logError(), e);
        } catch (MarketApiException e) {
            ending = failed(step, e.getMessage());
            throw new MarketApiException(ending.logError(), e);
        } catch (InterruptedException e) {
            // pending again: the job goes back to the queue and the next start resumes this step
            ending = new Ending(
                    "pending",
                    "interrupted",
                    "the ingestion service stopped during this backfill step",
                    "interrupted by a stop of the service; resumes at the next start");
            throw e;
        } catch (RuntimeException | Error e) {
            ending = failed(step, e.getClass().getSimpleName() + ": " + e.getMessage());
            throw e;
        } finally {
            Ending end = ending == null ? failed(step, "the step ended unexpectedly") : ending;
            try {
                ingestionLog.finish(logId, tally.outcome(end.logStatus(), end.logError()), clock.instant());
            } finally {
                jobs.stepEnded(job.id(), step.seq(), end.stepStatus(), end.stepError());
            }
        }
    }

    /** The statuses and error texts a step and its {@code ingestion_log} row end with. */
    private record Ending(String stepStatus, String logStatus, String logError, String stepError) {}

    private static Ending failed(Backfill.Step step, String why) {
        return new Ending("failed", "failed", step.symbol() + " " + step.from() + " to " + step.to() + ": " + why, why);
    }

    /** What the stored pages of a step came to, counted as each page commits. */
    private static final class Tally {
        private long received;
        private long stored;
        private long unchanged;
        private Instant first;
        private Instant last;
        private final Map<String, Long> rejected = new LinkedHashMap<>();

        void add(List<Bar> bars, StoredBars result, Map<String, Long> rejectedBars) {
            rejectedBars.forEach((reason, n) -> rejected.merge(reason, n, Long::sum));
            received += bars.size()
                    + rejectedBars.values().stream().mapToLong(Long::longValue).sum();
            stored += result.stored();
            unchanged += result.unchanged();
            for (Bar bar : bars) {
                first = first == null || bar.time().isBefore(first) ? bar.time() : first;
                last = last == null || bar.time().isAfter(last) ? bar.time() : last;
            }
        }

        MarketIngestionLog.Outcome outcome(String status, String error) {
            return new MarketIngestionLog.Outcome(status, received, stored, unchanged, rejected, first, last, error);
        }
    }

    private static BarSeries series(BackfillJobs.Job job, MarketSource source, String symbol) {
        return new BarSeries(source, symbol, BarInterval.of(job.interval()), job.adjusted());
    }
}
