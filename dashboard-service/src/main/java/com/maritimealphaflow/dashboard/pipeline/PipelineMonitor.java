package com.maritimealphaflow.dashboard.pipeline;

import com.maritimealphaflow.dashboard.DashboardProperties;
import com.maritimealphaflow.model.ais.AisSourceKind;
import com.maritimealphaflow.service.BadRequestException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The pipeline page's data: recent batches, the banners, the later stages and the AIS history imports. */
@Service
class PipelineMonitor {

    static final String LIMIT = "limit";

    /** Abandoned rows are announced for a day: long enough to be seen, short enough that one crash fades. */
    static final Duration ABANDONED_WITHIN = Duration.ofDays(1);

    private final IngestionBatches batches;
    private final PipelineStageQueries stages;
    private final AisImportQueries imports;
    private final DashboardProperties properties;
    private final Clock clock;

    PipelineMonitor(
            IngestionBatches batches,
            PipelineStageQueries stages,
            AisImportQueries imports,
            DashboardProperties properties,
            Clock clock) {
        this.batches = batches;
        this.stages = stages;
        this.imports = imports;
        this.properties = properties;
        this.clock = clock;
    }

    List<IngestionBatch> batches(Integer limit) {
        int max = properties.pipeline().maxBatches();
        int count = limit == null ? properties.pipeline().batchesShown() : limit;
        if (count < 1 || count > max) {
            throw new BadRequestException(LIMIT, "'limit' must be between 1 and " + max + ", was " + count);
        }
        return batches.newest(count);
    }

    AisImportList imports(Integer limit) {
        int max = properties.pipeline().maxImports();
        int count = limit == null ? properties.pipeline().importsShown() : limit;
        if (count < 1 || count > max) {
            throw new BadRequestException(LIMIT, "'limit' must be between 1 and " + max + ", was " + count);
        }
        return imports.newest(count);
    }

    PipelineStatus status() {
        Optional<IngestionBatch> latest = batches.newestLive();
        Optional<Instant> lastPositions = batches.lastPositionsAt();
        Instant now = clock.instant();
        int abandoned = batches.abandonedSince(now.minus(ABANDONED_WITHIN));
        return new PipelineStatus(
                now,
                properties.batchInterval().toSeconds(),
                latest.map(IngestionBatch::source).orElse(null),
                latest.orElse(null),
                lastPositions.orElse(null),
                abandoned,
                banners(latest, lastPositions, abandoned, now),
                stages.aggregationLag(),
                stages.lastCleanupRun(),
                stages.backfillJobs());
    }

    List<Banner> banners() {
        Instant now = clock.instant();
        return banners(
                batches.newestLive(),
                batches.lastPositionsAt(),
                batches.abandonedSince(now.minus(ABANDONED_WITHIN)),
                now);
    }

    private List<Banner> banners(
            Optional<IngestionBatch> latest, Optional<Instant> lastPositions, int abandoned, Instant now) {
        Duration interval = properties.batchInterval();
        List<Banner> banners = new ArrayList<>();
        if (latest.isEmpty()) {
            banners.add(new Banner(
                    "info",
                    "no-batches",
                    "No batches yet: the ingestion service writes its first batch within " + HumanDuration.of(interval)
                            + " of starting."));
            return banners;
        }
        // The first batch may still be streaming; silence counts from when it started.
        Instant lastSign = lastPositions.orElse(latest.get().startedAt());
        Duration silent = Duration.between(lastSign, now);
        if (silent.compareTo(interval.multipliedBy(2)) > 0) {
            banners.add(new Banner(
                    "danger",
                    "feed-silent",
                    "The feed has been silent for " + HumanDuration.of(silent)
                            + ": no batch has stored a position for more than two batch intervals ("
                            + HumanDuration.of(interval) + " each). Check the ingestion service's log and health."));
        }
        IngestionBatch batch = latest.get();
        if ("failed".equals(batch.status())) {
            banners.add(new Banner(
                    "warning",
                    "batch-failed",
                    "The latest batch failed: " + (batch.error() == null ? "no reason recorded" : batch.error())));
        }
        if (abandoned > 0) {
            banners.add(new Banner(
                    "warning",
                    "rows-abandoned",
                    (abandoned == 1 ? "1 ingestion row was" : abandoned + " ingestion rows were")
                            + " abandoned in the last day: an ingestion instance died (killed, out of memory) holding"
                            + " it. What it had committed is stored and counted; see the error text in the table and"
                            + " the ingestion service's log."));
        }
        if (AisSourceKind.SIMULATOR.key().equals(batch.source())) {
            banners.add(new Banner(
                    "warning",
                    "simulator",
                    "The live source is the simulator: vessels, positions and counts are simulated, not real"
                            + " traffic."));
        }
        return banners;
    }
}
