package com.maritimealphaflow.dashboard.market;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What market data is stored and how its collection goes: instruments per source and quote asset, the stored series,
 * bars ingested and order book snapshots per day, the market schedules with their last runs, and the latest failures.
 */
public record MarketOverview(
        int days,
        List<InstrumentGroup> instruments,
        List<StoredSeries> series,
        boolean seriesTruncated,
        List<DayCount> barsIngested,
        List<DayCount> orderBookSnapshots,
        List<Schedule> schedules,
        List<LastRun> lastRuns,
        List<Failure> failures) {

    /** Instruments a source lists with one quote asset (or currency) and market. */
    public record InstrumentGroup(String source, String quoteAsset, String market, long instruments) {}

    /** A per-day count of one source (UTC days). */
    public record DayCount(LocalDate day, String source, long count) {}

    /**
     * A market job of the ingestion service's scheduler.
     *
     * @param every the repeat interval of a simple trigger, in seconds; null for a cron trigger
     */
    public record Schedule(String job, String state, String cron, Long every, Instant previousFire, Instant nextFire) {}

    /** The latest ingestion of one kind from one source. */
    public record LastRun(
            String source,
            String kind,
            Instant startedAt,
            Instant endedAt,
            String status,
            long barsStored,
            String error) {}

    /** A failed market job: an ingestion ({@code market-update}, …) or a backfill. */
    public record Failure(String kind, long id, String source, Instant at, String error) {}
}
