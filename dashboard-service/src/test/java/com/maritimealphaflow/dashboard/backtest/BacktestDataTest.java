package com.maritimealphaflow.dashboard.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.maritimealphaflow.dashboard.DatabaseTest;
import com.maritimealphaflow.dashboard.backtest.engine.PriceBars;
import com.maritimealphaflow.service.BadRequestException;
import com.maritimealphaflow.testsupport.seed.MarketBars.Bar;
import com.maritimealphaflow.testsupport.seed.ShipCounts.Window;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Bars and count windows read back from PostgreSQL through the cursor: more rows than one fetch and than the
 * buffer's first capacity, each value in its place and in time order.
 */
class BacktestDataTest extends DatabaseTest {

    static final Instant START = Instant.parse("2026-06-01T00:00:00Z");
    static final int ROWS = BacktestData.FETCH_ROWS * 2 + 345;

    @Autowired
    BacktestData data;

    @BeforeEach
    void seedBarsAndCounts() {
        seed.emptyTables();
        removeBars();
        // bar i opens at 1000 + i and closes at 2000 + i; window i counts i % 977 vessels
        List<Bar> bars = new ArrayList<>();
        List<Window> windows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            Instant start = START.plus(Duration.ofMinutes(5L * i));
            bars.add(Bar.of("MANYUSDT", "5m", start, 1000 + i, 3000 + i, 500 + i, 2000 + i));
            windows.add(Window.fiveMinutes(start, i % 977));
        }
        seed.marketBars().insertAll(bars);
        seed.shipCounts().insertAll(windows);
    }

    @AfterEach
    void removeBars() {
        // market tables are not emptied between tests: other tests list every stored series
        seed.marketBars().remove("MANYUSDT");
    }

    @Test
    void refusesARangeOfMoreBarsThanTheLimitFromTheCountBeforeReadingThem() {
        Instant to = START.plus(Duration.ofMinutes(5L * ROWS));

        assertThatThrownBy(() -> data.bars("MANYUSDT", "5m", Duration.ofMinutes(5), START, to, ROWS - 1))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining(
                        String.format(java.util.Locale.ROOT, "holds %,d bars of 5m; at most %,d", ROWS, ROWS - 1))
                .extracting(e -> ((BadRequestException) e).parameter())
                .isEqualTo("from");
    }

    @Test
    void readsEveryBarInOrderThroughTheCursor() {
        Instant to = START.plus(Duration.ofMinutes(5L * ROWS));
        PriceBars bars = data.bars("MANYUSDT", "5m", Duration.ofMinutes(5), START, to, ROWS)
                .orElseThrow()
                .bars();

        assertThat(bars.size()).isEqualTo(ROWS);
        for (int i = 0; i < ROWS; i++) {
            assertThat(bars.open()[i]).isEqualTo(1000 + i);
            assertThat(bars.close()[i]).isEqualTo(2000 + i);
            assertThat(bars.closeTimes()[i])
                    .isEqualTo(START.plus(Duration.ofMinutes(5L * (i + 1))).toEpochMilli());
        }
    }

    @Test
    void readsEveryCountWindowFromTheLastOneBeforeTheFirstBar() {
        long firstClose = START.plus(Duration.ofMinutes(5L * 100 + 2)).toEpochMilli();
        long lastClose = START.plus(Duration.ofMinutes(5L * ROWS)).toEpochMilli();
        BacktestData.CountWindows windows = data.counts("total", firstClose, lastClose);

        // window 99 ends at 500 min, the last end before the first close at 502 min
        assertThat(windows.ends()).hasSize(ROWS - 99);
        for (int w = 0; w < windows.ends().length; w++) {
            int i = w + 99;
            assertThat(windows.ends()[w])
                    .isEqualTo(START.plus(Duration.ofMinutes(5L * (i + 1))).toEpochMilli());
            assertThat(windows.counts()[w]).isEqualTo(i % 977);
        }
    }
}
