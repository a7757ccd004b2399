package com.maritimealphaflow.testsupport.seed;

import static com.maritimealphaflow.testsupport.seed.Seed.utc;

import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/** The cleanup service's log of retention runs, {@code cleanup_run}. */
public final class CleanupRuns {

    /** The cleanup service's default retention, as it logs it, and the span it stands for. */
    private static final String RETENTION = "P180D";

    private static final Duration RETAINED = Duration.ofDays(180);

    /**
     * One run, built up from a real (not dry) run on {@code host-1} that keeps the default P180D, still running and
     * having removed nothing.
     */
    public static final class Run {

        private final String trigger;
        private final boolean dryRun;
        private final Instant startedAt;
        private String instance = "host-1";
        private Instant endedAt;
        private String status = "running";
        private int partitionCount;
        private long rowEstimate;
        private long bytes;

        private Run(String trigger, boolean dryRun, Instant startedAt) {
            this.trigger = trigger;
            this.dryRun = dryRun;
            this.startedAt = startedAt;
        }

        /** A run of the daily job started at {@code startedAt}: raw data older than 180 days before that goes. */
        public static Run scheduled(Instant startedAt) {
            return new Run("scheduled", false, startedAt);
        }

        /** A run requested with {@code POST /api/cleanup/runs}. */
        public static Run requested(Instant startedAt, boolean dryRun) {
            return new Run("api", dryRun, startedAt);
        }

        /** The host that ran it. */
        public Run instance(String instance) {
            this.instance = instance;
            return this;
        }

        public Run completed(Instant endedAt) {
            this.endedAt = endedAt;
            this.status = "completed";
            return this;
        }

        /** What the run removed, or for a dry run would remove: partitions, their estimated rows and their bytes. */
        public Run removed(int partitions, long rows, long bytes) {
            this.partitionCount = partitions;
            this.rowEstimate = rows;
            this.bytes = bytes;
            return this;
        }
    }

    private final JdbcTemplate jdbc;

    CleanupRuns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the run and returns its id. */
    public long insert(Run run) {
        return jdbc.queryForObject(
                "INSERT INTO cleanup_run (trigger, instance, dry_run, retention, cutoff, started_at, ended_at, status,"
                        + " partition_count, row_estimate, bytes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                Long.class,
                run.trigger,
                run.instance,
                run.dryRun,
                RETENTION,
                utc(run.startedAt.minus(RETAINED)),
                utc(run.startedAt),
                utc(run.endedAt),
                run.status,
                run.partitionCount,
                run.rowEstimate,
                run.bytes);
    }
}
