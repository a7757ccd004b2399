package com.maritimealphaflow.dashboard.backtest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Backtests on demand. POST because the inputs are a document, not because anything is stored: nothing is. */
@RestController
@RequestMapping("/api/backtests")
@Tag(name = "Backtests", description = "SMA crossovers of vessel counts traded on stored market bars")
class BacktestApiController {

    private final BacktestService backtests;
    private final OptimizerService optimizer;

    BacktestApiController(BacktestService backtests, OptimizerService optimizer) {
        this.backtests = backtests;
        this.optimizer = optimizer;
    }

    @PostMapping
    @Operation(summary = "Backtest a crossover of fast and slow SMAs of vessel counts on one instrument")
    BacktestResponse backtest(@RequestBody BacktestRequest request) {
        return backtests.backtest(request);
    }

    @PostMapping("/optimizations")
    @Operation(
            summary = "Grid-search fast and slow lengths in-sample and show the best cells' out-of-sample results",
            description = "Defaults: fast 2-50, slow 5-200, objective sharpe, 70% of the bars in-sample.")
    OptimizationResponse optimize(@RequestBody OptimizationRequest request) {
        return optimizer.optimize(request);
    }
}
