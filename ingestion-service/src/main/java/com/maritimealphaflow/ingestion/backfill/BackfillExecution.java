package com.maritimealphaflow.ingestion.backfill;

import com.maritimealphaflow.ingestion.market.BarFetcher;
import com.maritimealphaflow.ingestion.market.BarInterval;
import com.maritimealphaflow.ingestion.market.BarQuery;
import com.maritimealphaflow.ingestion.market.BarSource;
import com.maritimealphaflow.ingestion.market.BarSources;
import com.maritimealphaflow.ingestion.market.MarketIngestionLog;
import com.maritimealphaflow.ingestion.market.MarketSource;
import com.maritimealphaflow.ingestion.market.bars.BarSeries;
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
        long received = 0;
        long stored = 0;
        long unchanged = 0;
        Instant first = null;
        Instant last = null;
        try {
            for (Gap gap : gaps.find(series, marketSource.calendar(), step.from(), step.to())) {
                BarFetcher.Fetched fetched = fetcher.fetch(
                        source,
                        new BarQuery(series, gap.from(), gap.to()),
                        (bars, result) ->
                                jobs.pageDone(job.id(), step.seq(), instance, bars.size(), result.unchanged()));
                received += fetched.received();
                stored += fetched.stored();
                unchanged += fetched.unchanged();
                first = first == null ? fetched.firstBar() : first;
                last = fetched.lastBar() == null ? last : fetched.lastBar();
                if (!fetched.complete()) {
                    finishLog(logId, "interrupted", received, stored, unchanged, Map.of(), first, last, "cancelled");
                    jobs.stepEnded(job.id(), step.seq(), "cancelled", null);
                    throw new Stopped();
                }
            }
        } catch (MalformedResponseException e) {
            jobs.malformedPage(job.id());
            throw new MarketApiException(
                    fail(job, step, logId, e, received, stored, unchanged, Map.of(MALFORMED, 1L), first, last), e);
        } catch (MarketApiException e) {
            throw new MarketApiException(
                    fail(job, step, logId, e, received, stored, unchanged, Map.of(), first, last), e);
        } catch (InterruptedException e) {
            ingestionLog.interrupt(logId, "the ingestion service stopped during this backfill step");
            throw e;
        }
        finishLog(logId, "completed", received, stored, unchanged, Map.of(), first, last, null);
        jobs.stepEnded(job.id(), step.seq(), "completed", null);
    }

    /** Closes the step's log row and the step as failed; returns the job's error text. */
    private String fail(
            BackfillJobs.Job job,
            Backfill.Step step,
            long logId,
            MarketApiException e,
            long received,
            long stored,
            long unchanged,
            Map<String, Long> rejected,
            Instant first,
            Instant last) {
        String error = step.symbol() + " " + step.from() + " to " + step.to() + ": " + e.getMessage();
        finishLog(logId, "failed", received, stored, unchanged, rejected, first, last, error);
        jobs.stepEnded(job.id(), step.seq(), "failed", e.getMessage());
        return error;
    }

    private void finishLog(
            long logId,
            String status,
            long received,
            long stored,
            long unchanged,
            Map<String, Long> rejected,
            Instant first,
            Instant last,
            String error) {
        ingestionLog.finish(
                logId,
                new MarketIngestionLog.Outcome(status, received, stored, unchanged, rejected, first, last, error),
                clock.instant());
    }

    private static BarSeries series(BackfillJobs.Job job, MarketSource source, String symbol) {
        return new BarSeries(source, symbol, BarInterval.of(job.interval()), job.adjusted());
    }
}
