package com.maritimealphaflow.dashboard.pairs;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The backtest of a pair: computed from the posted settings, nothing stored. */
@RestController
@RequestMapping("/api/pairs")
@Tag(name = "Pairs")
class PairBacktestController {

    private final PairBacktests backtests;

    PairBacktestController(PairBacktests backtests) {
        this.backtests = backtests;
    }

    @PostMapping("/backtests")
    @Operation(
            summary = "Backtest a pair: trade the spread's z-score with dollar-neutral legs",
            description = "Spread = ln y - hedgeRatio ln x - intercept (fixed, e.g. from the screen's training window)"
                    + " or with a rolling OLS hedge over past bars; z over a rolling window of past spreads; enter at"
                    + " |z| >= entryZ, exit at |z| <= exitZ, stop at |z| >= stopZ or after maxHoldingBars; a decision"
                    + " at a bar's close fills at the next bar's open; fees and slippage on both legs. With a"
                    + " screenId the default evaluation is the holdout after its training window.")
    @ApiResponse(responseCode = "400", description = "A field is invalid; the response names it")
    @ApiResponse(responseCode = "404", description = "A leg has no bars, or no such screen")
    PairBacktestResponse backtest(@RequestBody(required = false) PairBacktestRequest request) {
        return backtests.run(request);
    }
}
