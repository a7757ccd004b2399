package com.maritimealphaflow.dashboard.backtest;

import com.maritimealphaflow.service.BadRequestException;
import java.util.Locale;
import org.springframework.stereotype.Service;

/** Runs the backtest a request describes over the stored bars and vessel counts. Computes only; stores nothing. */
@Service
public class BacktestService {

    private final BacktestData data;

    BacktestService(BacktestData data) {
        this.data = data;
    }

    public BacktestResponse backtest(BacktestRequest request) {
        if (request.fast() == null) {
            throw new BadRequestException("fast", "the fast SMA length is required");
        }
        if (request.slow() == null) {
            throw new BadRequestException("slow", "the slow SMA length is required");
        }
        boolean allowShort = BacktestInputs.allowShort(request.mode());
        double fee = BacktestInputs.cost(request.fee(), "fee");
        double slippage = BacktestInputs.cost(request.slippage(), "slippage");
        double cash = BacktestInputs.initialCash(request.initialCash());
        if (request.fast() < 2) {
            throw new BadRequestException("fast", "must be at least 2");
        }
        if (request.slow() <= request.fast()) {
            throw new BadRequestException("slow", "must be longer than fast (" + request.fast() + ")");
        }
        BacktestInputs.Loaded loaded = BacktestInputs.load(data, request);
        BacktestInputs.checkLengths(request.fast(), request.slow(), loaded.counted(), "fast", "slow");
        Strategy strategy = new Strategy(request.fast(), request.slow(), allowShort, fee, slippage, cash);
        MarketSeries series = loaded.series();
        BacktestEngine.Outcome outcome =
                BacktestEngine.run(series.bars(), loaded.aligned(), strategy, series.calendar());
        return new BacktestResponse(
                request.symbol(),
                request.interval(),
                series.source(),
                series.adjusted(),
                series.calendar().name().toLowerCase(Locale.ROOT),
                loaded.category(),
                strategy.fast(),
                strategy.slow(),
                allowShort ? "long-short" : "long-only",
                fee,
                slippage,
                cash,
                series.bars().closeTimes(),
                outcome.equity(),
                outcome.buyAndHold(),
                outcome.drawdown(),
                outcome.trades(),
                outcome.metrics());
    }
}
