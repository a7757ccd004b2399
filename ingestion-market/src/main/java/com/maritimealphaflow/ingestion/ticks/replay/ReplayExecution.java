package com.maritimealphaflow.ingestion.ticks.replay;

import com.maritimealphaflow.ingestion.ticks.TickIntake;
import com.maritimealphaflow.ingestion.ticks.TickIntakes;
import com.maritimealphaflow.ingestion.ticks.TickStreamStore;
import com.maritimealphaflow.ingestion.ticks.TicksProperties;
import com.maritimealphaflow.ingestion.ticks.files.TickFileReader;
import com.maritimealphaflow.model.ticks.TickSkipReason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs one claimed replay: its unfinished files in order, all into one stream ({@code replay-<id>}). Every flush
 * commits the windows with the file's resume point ({@code rows_committed} and the counts of those rows) and proves the
 * job alive; a resumed replay passes over the committed rows and resumes its windower at the stream's stored max event
 * time, which is the state it had after that flush (a flush drains every window). The last flush of the last file
 * marks the stream finished and the job completed in the same transaction.
 */
@Component
class ReplayExecution {

    private static final Logger log = LoggerFactory.getLogger(ReplayExecution.class);

    private final ReplayJobs jobs;
    private final ReplayFiles files;
    private final TickIntakes intakes;
    private final TicksProperties settings;
    private final JsonMapper json;

    ReplayExecution(
            ReplayJobs jobs, ReplayFiles files, TickIntakes intakes, TicksProperties settings, JsonMapper json) {
        this.jobs = jobs;
        this.files = files;
        this.intakes = intakes;
        this.settings = settings;
        this.json = json;
    }

    /** Thrown out of reading to stop: the service is stopping, or the replay is no longer ours. */
    private static final class Stop extends RuntimeException {
        private final boolean shutdown;

        Stop(boolean shutdown) {
            super(null, null, false, false);
            this.shutdown = shutdown;
        }
    }

    void run(long id, String instance) {
        ReplayJobs.Job job = jobs.job(id).orElse(null);
        if (job == null) {
            return;
        }
        TickReplayRequest request;
        long lateness;
        try {
            request = json.readValue(job.request(), TickReplayRequest.class);
            lateness = Duration.parse(request.allowedLateness()).toMillis();
        } catch (RuntimeException e) {
            jobs.end(id, instance, "failed", "the stored request cannot be read: " + e.getMessage());
            return;
        }
        try {
            TickIntake intake = intakes.open("replay-" + id, "replay", lateness);
            Pace pace = new Pace(request.speed());
            List<ReplayJobs.OpenFile> open = jobs.openFiles(id);
            if (open.isEmpty()) {
                flush(intake, id, instance, new ReplayJobs.Checkpoint(-1, 0, 0, 0, 0, "{}", false, true));
            }
            for (int i = 0; i < open.size(); i++) {
                if (!replayFile(id, instance, intake, pace, open.get(i), i == open.size() - 1)) {
                    return;
                }
            }
            log.info("Tick replay {} completed", id);
        } catch (Stop stop) {
            if (stop.shutdown) {
                jobs.release(id, instance);
                log.info("Tick replay {} given back: the service is stopping", id);
            } else {
                log.info("Tick replay {} stopped: cancelled or taken over", id);
            }
        } catch (DataAccessException e) {
            log.error("Tick replay {} failed: its flush could not be stored", id, e);
            jobs.end(id, instance, "failed", "the windows could not be stored: " + e.getMostSpecificCause());
        } catch (RuntimeException e) {
            log.error("Tick replay {} failed", id, e);
            jobs.end(id, instance, "failed", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** False when the file failed (and so the job). */
    private boolean replayFile(
            long id, String instance, TickIntake intake, Pace pace, ReplayJobs.OpenFile file, boolean last) {
        Path path;
        long size;
        try {
            path = files.resolve(file.path());
            size = Files.size(path);
        } catch (IOException e) {
            jobs.fileFailed(id, file.seq(), instance, e.getMessage());
            return false;
        }
        if (!jobs.fileStarted(id, file.seq(), size)) {
            throw new Stop(false);
        }
        FileCounts counts = new FileCounts();
        try (TickFileReader reader = TickFileReader.open(path, settings.replay().maxLineLength())) {
            TickFileReader.Row row;
            while ((row = reader.next()) != TickFileReader.Row.END) {
                long rows = reader.rows();
                if (rows <= file.rowsCommitted()) {
                    continue;
                }
                if (row == TickFileReader.Row.TICK) {
                    counts.events++;
                    if (!intake.accept(reader.tick())) {
                        counts.late++;
                    }
                    pace.await(intake.maxEventTime(), () -> flushIfDue(intake, id, instance, file, reader, counts));
                } else {
                    intake.skip(reader.skipReason());
                    counts.skipped.merge(reader.skipReason(), 1L, Long::sum);
                }
                if ((rows & 1023) == 0) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new Stop(true);
                    }
                    flushIfDue(intake, id, instance, file, reader, counts);
                }
            }
            flush(intake, id, instance, counts.checkpoint(file.seq(), reader, true, last));
            log.info("Tick replay {} file {} ({}): {} rows", id, file.seq(), file.path(), reader.rows());
            return true;
        } catch (IOException e) {
            jobs.fileFailed(id, file.seq(), instance, "cannot read the file: " + e.getMessage());
            return false;
        }
    }

    private void flushIfDue(
            TickIntake intake,
            long id,
            String instance,
            ReplayJobs.OpenFile file,
            TickFileReader reader,
            FileCounts counts) {
        if (intake.flushDue()) {
            flush(intake, id, instance, counts.checkpoint(file.seq(), reader, false, false));
        }
    }

    private void flush(TickIntake intake, long id, String instance, ReplayJobs.Checkpoint point) {
        TickStreamStore.ResumePoint resume =
                point.seq() < 0 ? completeOnly(id, instance, point) : jobs.checkpoint(id, instance, point);
        if (!intake.flush(point.jobDone(), resume)) {
            throw new Stop(false);
        }
    }

    private TickStreamStore.ResumePoint completeOnly(long id, String instance, ReplayJobs.Checkpoint point) {
        return jdbc -> jdbc.update(
                        "UPDATE tick_replay SET status = 'completed', ended_at = now(), claimed_by = NULL"
                                + " WHERE id = ? AND status = 'running' AND claimed_by = ?",
                        id,
                        instance)
                == 1;
    }

    /** What a file counted since its last flush. */
    private static final class FileCounts {
        long events;
        long late;
        final Map<TickSkipReason, Long> skipped = new EnumMap<>(TickSkipReason.class);

        ReplayJobs.Checkpoint checkpoint(int seq, TickFileReader reader, boolean fileDone, boolean jobDone) {
            ReplayJobs.Checkpoint point = new ReplayJobs.Checkpoint(
                    seq,
                    reader.rows(),
                    reader.bytesRead(),
                    events,
                    late,
                    TickStreamStore.countsJson(skipped),
                    fileDone,
                    jobDone);
            events = 0;
            late = 0;
            skipped.clear();
            return point;
        }
    }

    /**
     * Paces a replay at a multiple of real time by event time: the stream's clock (its largest event time) may run
     * ahead of the wall clock since the first event by at most {@code speed} times the time passed. Waiting flushes
     * as due, so a slow replay still hands on its windows and proves itself alive.
     */
    private static final class Pace {
        private final Double speed;
        private long firstEventTime = Long.MIN_VALUE;
        private long startNanos;

        Pace(Double speed) {
            this.speed = speed;
        }

        void await(long eventTime, Runnable whileWaiting) {
            if (speed == null) {
                return;
            }
            if (firstEventTime == Long.MIN_VALUE) {
                firstEventTime = eventTime;
                startNanos = System.nanoTime();
                return;
            }
            long due = startNanos + (long) ((eventTime - firstEventTime) * 1_000_000L / speed);
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                try {
                    Thread.sleep(Math.min(Duration.ofNanos(wait).toMillis() + 1, 100));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new Stop(true);
                }
                whileWaiting.run();
            }
        }
    }
}
