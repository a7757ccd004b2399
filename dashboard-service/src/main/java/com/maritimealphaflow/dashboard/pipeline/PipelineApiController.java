package com.maritimealphaflow.dashboard.pipeline;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The pipeline page's data. */
@RestController
@RequestMapping("/api/pipeline")
@Tag(
        name = "Pipeline",
        description = "Ingestion batches, banners, aggregation lag, cleanup runs, backfill jobs, AIS history imports")
class PipelineApiController {

    private final PipelineMonitor monitor;

    PipelineApiController(PipelineMonitor monitor) {
        this.monitor = monitor;
    }

    @GetMapping("/batches")
    @Operation(summary = "The newest ingestion batches, newest first, with their counts and rejections per reason")
    List<IngestionBatch> batches(
            @Parameter(description = "How many (default 50, at most 500).") @RequestParam(required = false)
                    Integer limit) {
        return monitor.batches(limit);
    }

    @GetMapping("/imports")
    @Operation(
            summary = "The newest AIS history imports, newest first, with their files, progress, counts, rate and ETA",
            description = "Progress is in bytes while the size of every file to read is known, else in files. Files"
                    + " done are those completed, missing (the archive has no such day) or failed. awaitingAggregation"
                    + " counts the import's ingestion_log rows not yet counted into ship_count_agg. attribution is the"
                    + " credit the Danish Maritime Authority requires, set when a listed import or stored data is"
                    + " theirs.")
    AisImportList imports(
            @Parameter(description = "How many (default 20, at most 200).") @RequestParam(required = false)
                    Integer limit) {
        return monitor.imports(limit);
    }

    @GetMapping("/status")
    @Operation(
            summary = "The pipeline's health: live source, banners, aggregation lag, last cleanup, backfills",
            description = "A section with nothing to show yet says why in its note.")
    PipelineStatus status() {
        return monitor.status();
    }

    @GetMapping("/banners")
    @Operation(
            summary = "What needs attention: no batches yet, the feed silent for two intervals, a failed batch,"
                    + " simulated data")
    List<Banner> banners() {
        return monitor.banners();
    }
}
