package com.maritimealphaflow.dashboard.backtest;

import com.maritimealphaflow.dashboard.DashboardProperties;
import com.maritimealphaflow.dashboard.backtest.engine.GridSearch;
import com.maritimealphaflow.service.BadRequestException;
import com.maritimealphaflow.service.NotFoundException;
import com.maritimealphaflow.service.ServiceBusyException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Optimizations that run in the background so that a large grid can show its progress and be cancelled. A request
 * is checked before it is accepted, so a bad parameter is still a 400; its data is read only when its turn comes, so
 * that waiting jobs hold no bars (data the range lacks fails the job, with the parameter named in its error). Searches
 * run one at a time (each already uses every core), a few more may wait, and the newest finished ones are kept for a
 * while in memory only: a result is recomputed from stored data, never stored.
 */
@Service
class OptimizationJobs implements DisposableBean {

    static final int MAX_WAITING = 4;
    static final Duration KEEP_FINISHED = Duration.ofMinutes(30);
    private static final Logger log = LoggerFactory.getLogger(OptimizationJobs.class);

    private final OptimizerService optimizer;
    private final int finishedKept;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicInteger unfinished = new AtomicInteger();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "optimization-jobs");
        thread.setDaemon(true);
        return thread;
    });

    OptimizationJobs(OptimizerService optimizer, DashboardProperties properties) {
        this.optimizer = optimizer;
        this.finishedKept = properties.backtests().finishedJobsKept();
    }

    /** Where a job stands. */
    enum State {
        QUEUED,
        RUNNING,
        DONE,
        FAILED,
        CANCELLED
    }

    /** What the API answers about a job; {@code result} once it is done, {@code error} if it failed. */
    record Status(
            String id,
            String state,
            long done,
            long total,
            Instant submittedAt,
            Instant finishedAt,
            String error,
            OptimizationResponse result) {}

    private final class Job {
        final String id = UUID.randomUUID().toString();
        final GridSearch.Progress progress;
        final Instant submittedAt = clock.instant();
        volatile State state = State.QUEUED;
        volatile Instant finishedAt;
        volatile String error;
        volatile OptimizationResponse result;

        Job(long pairs) {
            progress = new GridSearch.Progress(pairs);
        }

        Status status() {
            return new Status(
                    id,
                    state.name().toLowerCase(java.util.Locale.ROOT),
                    progress.done(),
                    progress.total(),
                    submittedAt,
                    finishedAt,
                    error,
                    result);
        }

        void finish(State finalState) {
            state = finalState;
            finishedAt = clock.instant();
            unfinished.decrementAndGet();
        }
    }

    /**
     * Checks the request now (a 400 if it is bad), takes a place in the queue (a 503 if there is none) and queues the
     * search, whose data is read when it runs; answers its first status.
     */
    Status submit(OptimizationRequest request) {
        forgetOldJobs();
        OptimizationSearch search = optimizer.check(request);
        if (unfinished.incrementAndGet() > MAX_WAITING + 1) {
            unfinished.decrementAndGet();
            throw new ServiceBusyException("already " + MAX_WAITING + " optimizations waiting: try again later");
        }
        Job job =
                new Job(GridSearch.combinations(search.fastMin(), search.fastMax(), search.slowMin(), search.slowMax())
                        * search.folds());
        jobs.put(job.id, job);
        try {
            runner.execute(() -> run(job, search));
        } catch (RejectedExecutionException e) {
            jobs.remove(job.id);
            unfinished.decrementAndGet();
            throw new ServiceBusyException("the dashboard is shutting down");
        }
        return job.status();
    }

    Status status(String id) {
        return job(id).status();
    }

    /** A finished job's result; a 404 if there is none (yet). */
    OptimizationResponse result(String id) {
        Job job = job(id);
        if (job.result == null) {
            throw new NotFoundException("optimization " + id + " has no result: it is "
                    + job.state.name().toLowerCase(java.util.Locale.ROOT));
        }
        return job.result;
    }

    /** Stops a queued or running search (it stops between rows of its grid); a finished job is left as it is. */
    Status cancel(String id) {
        Job job = job(id);
        job.progress.cancel();
        return job.status();
    }

    private void run(Job job, OptimizationSearch search) {
        if (job.progress.cancelled()) {
            job.finish(State.CANCELLED);
            return;
        }
        job.state = State.RUNNING;
        try {
            OptimizerService.Plan plan = optimizer.plan(search);
            job.progress.narrowTo(plan.pairs());
            job.progress.checkNotCancelled();
            job.result = OptimizationRun.run(plan, job.progress);
            job.finish(State.DONE);
        } catch (CancellationException e) {
            log.info(
                    "Optimization {} cancelled after {} of {} pairs",
                    job.id,
                    job.progress.done(),
                    job.progress.total());
            job.finish(State.CANCELLED);
        } catch (BadRequestException e) {
            job.error = e.parameter() + ": " + e.getMessage();
            job.finish(State.FAILED);
        } catch (RuntimeException e) {
            log.error("Optimization {} failed", job.id, e);
            job.error = "the search failed: " + e.getMessage();
            job.finish(State.FAILED);
        }
    }

    private Job job(String id) {
        Job job = jobs.get(id);
        if (job == null) {
            throw new NotFoundException("no optimization " + id + " (finished ones are kept for "
                    + KEEP_FINISHED.toMinutes() + " minutes)");
        }
        return job;
    }

    /**
     * Forgets finished jobs older than {@link #KEEP_FINISHED}, and beyond the newest {@code finished-jobs-kept}: each
     * result holds its heatmap, and jobs submitted back to back would otherwise pile them up in the heap.
     */
    private void forgetOldJobs() {
        Instant cutoff = clock.instant().minus(KEEP_FINISHED);
        for (Iterator<Job> it = jobs.values().iterator(); it.hasNext(); ) {
            Job job = it.next();
            if (job.finishedAt != null && job.finishedAt.isBefore(cutoff)) {
                it.remove();
            }
        }
        List<Job> finished = jobs.values().stream()
                .filter(job -> job.finishedAt != null)
                .sorted(Comparator.comparing((Job job) -> job.finishedAt).reversed())
                .toList();
        finished.stream().skip(Math.max(0, finishedKept - 1)).forEach(job -> jobs.remove(job.id));
    }

    @Override
    public void destroy() {
        jobs.values().forEach(job -> job.progress.cancel());
        runner.shutdownNow();
    }
}
