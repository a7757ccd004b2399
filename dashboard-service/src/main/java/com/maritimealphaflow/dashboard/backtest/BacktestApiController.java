package com.maritimealphaflow.dashboard.backtest;

import com.maritimealphaflow.dashboard.CsvResponses;
import com.maritimealphaflow.dashboard.market.SeriesCatalog;
import com.maritimealphaflow.dashboard.market.StoredSeries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Backtests on demand. POST because the inputs are a document, not because anything is stored: nothing is. Large
 * grids run as jobs whose progress can be read and which can be cancelled.
 */
@RestController
@RequestMapping("/api/backtests")
@Tag(name = "Backtests", description = "SMA crossovers of vessel counts traded on stored market bars")
class BacktestApiController {

    /** As many as the backtest form lists. */
    private static final int MAX_INSTRUMENTS = 1000;

    private final BacktestService backtests;
    private final OptimizerService optimizer;
    private final OptimizationJobs jobs;
    private final SeriesCatalog catalog;

    BacktestApiController(
            BacktestService backtests, OptimizerService optimizer, OptimizationJobs jobs, SeriesCatalog catalog) {
        this.backtests = backtests;
        this.optimizer = optimizer;
        this.jobs = jobs;
        this.catalog = catalog;
    }

    @GetMapping("/instruments")
    @Operation(summary = "Every stored series of bars that can be backtested, with its first and last bar")
    List<StoredSeries> instruments() {
        return catalog.list(MAX_INSTRUMENTS);
    }

    @PostMapping
    @Operation(summary = "Backtest a crossover of fast and slow SMAs of vessel counts on one instrument")
    BacktestResponse backtest(@RequestBody BacktestRequest request) {
        return backtests.backtest(request);
    }

    @PostMapping("/curves.csv")
    @Operation(summary = "The same backtest's equity, buy-and-hold and drawdown per bar, as CSV")
    ResponseEntity<String> curvesCsv(@RequestBody BacktestRequest request) {
        return CsvResponses.attachment(
                "backtest-curves.csv", backtests.backtest(request.everyBar(), BacktestCsv::curves));
    }

    @PostMapping("/trades.csv")
    @Operation(summary = "The same backtest's trades, as CSV")
    ResponseEntity<String> tradesCsv(@RequestBody BacktestRequest request) {
        return CsvResponses.attachment(
                "backtest-trades.csv", backtests.backtest(request.everyBar(), BacktestCsv::trades));
    }

    @PostMapping("/metrics.csv")
    @Operation(summary = "The same backtest's metrics and the inputs behind them, as CSV")
    ResponseEntity<String> metricsCsv(@RequestBody BacktestRequest request) {
        return CsvResponses.attachment(
                "backtest-metrics.csv", backtests.backtest(request.everyBar(), BacktestCsv::metrics));
    }

    @PostMapping("/optimizations")
    @Operation(
            summary = "Grid-search fast and slow lengths in-sample and show the best cells' out-of-sample results",
            description = "Defaults: fast 2-50, slow 5-200, objective sharpe, validation holdout with 70% of the bars"
                    + " in-sample (or walk-forward with 4 folds). Answers when done; use /optimizations/jobs to"
                    + " follow a large grid's progress or cancel it.")
    OptimizationResponse optimize(@RequestBody OptimizationRequest request) {
        return optimizer.optimize(request);
    }

    @PostMapping("/optimizations/jobs")
    @Operation(
            summary = "Start the same search in the background",
            description = "The request is checked (400) before the job is accepted (202); its data is read when it"
                    + " runs. Searches run one at a time; a few may wait (503 beyond that).")
    ResponseEntity<OptimizationJobs.Status> startJob(@RequestBody OptimizationRequest request) {
        OptimizationJobs.Status status = jobs.submit(request);
        return ResponseEntity.accepted()
                .location(URI.create("/api/backtests/optimizations/jobs/" + status.id()))
                .body(status);
    }

    @GetMapping("/optimizations/jobs/{id}")
    @Operation(summary = "A job's state and progress (pairs evaluated of all), with its result once done")
    OptimizationJobs.Status job(@PathVariable String id) {
        return jobs.status(id);
    }

    @DeleteMapping("/optimizations/jobs/{id}")
    @Operation(summary = "Cancel a queued or running job; it stops within one row of its grid")
    OptimizationJobs.Status cancelJob(@PathVariable String id) {
        return jobs.cancel(id);
    }

    @GetMapping("/optimizations/jobs/{id}/grid.csv")
    @Operation(summary = "A finished job's in-sample grid, one pair per line, as CSV")
    void gridCsv(@PathVariable String id, HttpServletResponse response) throws IOException {
        OptimizationResponse result = jobs.result(id);
        BacktestCsv.grid(result, CsvResponses.stream(response, "optimization-grid.csv"));
    }

    @GetMapping("/optimizations/jobs/{id}/luck.csv")
    @Operation(summary = "A finished job's DSR, PSR, PBO and out-of-sample bootstrap intervals, as name,value CSV")
    ResponseEntity<String> luckCsv(@PathVariable String id) {
        return CsvResponses.attachment("optimization-luck.csv", BacktestCsv.luck(jobs.result(id)));
    }
}
