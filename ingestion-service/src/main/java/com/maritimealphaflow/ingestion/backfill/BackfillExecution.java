package com.maritimealphaflow.ingestion.backfill;

import com.maritimealphaflow.ingestion.market.BarFetcher;
import com.maritimealphaflow.ingestion.market.BarInterval;
import com.maritimealphaflow.ingestion.market.BarQuery;
import com.maritimealphaflow.ingestion.market.BarSource;
import com.maritimealphaflow.ingestion.market.BarSources;
import com.maritimealphaflow.ingestion.market.MarketIngestionLog;
import com.maritimealphaflow.ingestion.market.MarketSource;
import com.maritimealphaflow.ingestion.market.bars.Bar;
import com.maritimealphaflow.ingestion.market.bars.BarSeries;
import com.maritimealphaflow.ingestion.market.bars.StoredBars;
import com.maritimealphaflow.ingestion.market.http.MalformedResponseException;
import com.maritimealphaflow.ingestion.market.http.MarketApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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
        } catch (RuntimeException e) {
            jobs.end(id, instance, "failed", e.getClass().getSimpleName() + ": " + e.getMessage());
            log.error("Backfill {} failed", id, e);
        }
    }

    private void plan(BackfillJobs.Job job, MarketSource marketSource, BarSource source, String instance) {
        List<PlannedStep> steps = new ArrayList<>();
        long bars = 0;
        long pages = 0;
        for (String symbol : job.symbols()) {
            for (Gap gap :
                    gaps.find(series(job, marketSource, symbol), marketSource.calendar(), job.from(), job.to())) {
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
        long logId = ingestionLog.start(marketSource, MarketIngestionLog.BACKFILL, clock.instant());
        jobs.stepStarted(job.id(), step.seq(), logId);
        BarSeries series = series(job, marketSource, step.symbol());
        Tally tally = new Tally();
        try {
            for (Gap gap : gaps.find(series, marketSource.calendar(), step.from(), step.to())) {
                BarFetcher.Fetched fetched =
                        fetcher.fetch(source, new BarQuery(series, gap.from(), gap.to()), (bars, result) -> {
                            tally.add(bars, result);
                            return jobs.pageDone(job.id(), step.seq(), instance, bars.size(), result.unchanged());
                        });
                if (!fetched.complete()) {
                    finishLog(logId, tally.outcome("interrupted", Map.of(), "cancelled"));
                    jobs.stepEnded(job.id(), step.seq(), "cancelled", null);
                    throw new Stopped();
                }
            }
        } catch (MalformedResponseException e) {
            jobs.malformedPage(job.id());
            throw new MarketApiException(fail(job, step, logId, e, tally, Map.of(MALFORMED, 1L)), e);
        } catch (MarketApiException e) {
            throw new MarketApiException(fail(job, step, logId, e, tally, Map.of()), e);
        } catch (InterruptedException e) {
            ingestionLog.interrupt(logId, "the ingestion service stopped during this backfill step");
            throw e;
        }
        finishLog(logId, tally.outcome("completed", Map.of(), null));
        jobs.stepEnded(job.id(), step.seq(), "completed", null);
    }

    /** Closes the step's log row and the step as failed; returns the job's error text. */
    private String fail(
            BackfillJobs.Job job,
            Backfill.Step step,
            long logId,
            MarketApiException e,
            Tally tally,
            Map<String, Long> rejected) {
        String error = step.symbol() + " " + step.from() + " to " + step.to() + ": " + e.getMessage();
        finishLog(logId, tally.outcome("failed", rejected, error));
        jobs.stepEnded(job.id(), step.seq(), "failed", e.getMessage());
        return error;
    }

    private void finishLog(long logId, MarketIngestionLog.Outcome outcome) {
        ingestionLog.finish(logId, outcome, clock.instant());
    }

    /** What the stored pages of a step came to, counted as each page commits. */
    private static final class Tally {
        private long received;
        private long stored;
        private long unchanged;
        private Instant first;
        private Instant last;

        void add(List<Bar> bars, StoredBars result) {
            received += bars.size();
            stored += result.stored();
            unchanged += result.unchanged();
            for (Bar bar : bars) {
                first = first == null || bar.time().isBefore(first) ? bar.time() : first;
                last = last == null || bar.time().isAfter(last) ? bar.time() : last;
            }
        }

        MarketIngestionLog.Outcome outcome(String status, Map<String, Long> rejected, String error) {
            return new MarketIngestionLog.Outcome(status, received, stored, unchanged, rejected, first, last, error);
        }
    }

    private static BarSeries series(BackfillJobs.Job job, MarketSource source, String symbol) {
        return new BarSeries(source, symbol, BarInterval.of(job.interval()), job.adjusted());
    }
}
