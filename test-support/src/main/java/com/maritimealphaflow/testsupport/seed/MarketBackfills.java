package com.maritimealphaflow.testsupport.seed;

import static com.maritimealphaflow.testsupport.seed.Seed.utc;

import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/** Backfill jobs requested over REST, {@code market_backfill}, as the ingestion service keeps them. */
public final class MarketBackfills {

    /** One job, built up from a queued job for unadjusted bars, created now, with no estimate and nothing done. */
    public static final class Job {

        private final String source;
        private final String interval;
        private final Instant rangeFrom;
        private final Instant rangeTo;
        private final String[] symbols;
        private boolean adjusted;
        private String status = "queued";
        private Instant createdAt = Instant.now();
        private long estimatedPages;
        private long pagesDone;
        private long estimatedBars;
        private long barsDone;

        private Job(String source, String interval, Instant rangeFrom, Instant rangeTo, String[] symbols) {
            this.source = source;
            this.interval = interval;
            this.rangeFrom = rangeFrom;
            this.rangeTo = rangeTo;
            this.symbols = symbols.clone();
        }

        /** Bars of {@code interval} (e.g. {@code 1m}) of the symbols from {@code rangeFrom} to {@code rangeTo}. */
        public static Job of(String source, String interval, Instant rangeFrom, Instant rangeTo, String... symbols) {
            return new Job(source, interval, rangeFrom, rangeTo, symbols);
        }

        /** Whether the job asks for split- and dividend-adjusted bars. */
        public Job adjusted(boolean adjusted) {
            this.adjusted = adjusted;
            return this;
        }

        /** {@code queued}, {@code running}, {@code completed}, {@code failed} or {@code cancelled}. */
        public Job status(String status) {
            this.status = status;
            return this;
        }

        public Job createdAt(Instant createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        /** Pages of bars the job expects to fetch, and those fetched so far. */
        public Job pages(long estimated, long done) {
            this.estimatedPages = estimated;
            this.pagesDone = done;
            return this;
        }

        /** Bars the job expects to fetch, and those fetched so far. */
        public Job bars(long estimated, long done) {
            this.estimatedBars = estimated;
            this.barsDone = done;
            return this;
        }
    }

    private final JdbcTemplate jdbc;

    MarketBackfills(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the job and returns its id. */
    public long insert(Job job) {
        return jdbc.queryForObject(
                "INSERT INTO market_backfill (source, symbols, bar_interval, adjusted, range_from, range_to, status,"
                        + " created_at, estimated_pages, pages_done, estimated_bars, bars_done)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                Long.class,
                job.source,
                job.symbols,
                job.interval,
                job.adjusted,
                utc(job.rangeFrom),
                utc(job.rangeTo),
                job.status,
                utc(job.createdAt),
                job.estimatedPages,
                job.pagesDone,
                job.estimatedBars,
                job.barsDone);
    }
}
