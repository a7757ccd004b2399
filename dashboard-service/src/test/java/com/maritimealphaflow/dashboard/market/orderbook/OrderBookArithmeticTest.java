package com.maritimealphaflow.dashboard.market.orderbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderBookArithmeticTest {

    @Test
    void cumulativeSumsAreExactWhereDoublesWouldDrift() {
        // 0.1 + 0.2 is 0.30000000000000004 in binary floating point
        List<BookLevel> levels = BookLevel.cumulative(List.of(level("0.1", "0.1"), level("0.2", "0.2")));

        assertThat(levels.get(1).cumulativeQuantity()).isEqualTo(new BigDecimal("0.3"));
        assertThat(levels.get(1).cumulativeNotional()).isEqualTo(new BigDecimal("0.05"));
        assertThat(BookLevel.cumulative(List.of())).isEmpty();
    }

    @Test
    void trailingZerosGoButWholeNumbersStayPlain() {
        assertThat(Decimals.plain(new BigDecimal("100.00000000")).toString()).isEqualTo("100");
        assertThat(Decimals.plain(new BigDecimal("0.00100000")).toString()).isEqualTo("0.001");
        assertThat(Decimals.plain(null)).isNull();
    }

    @Test
    void spreadAndMidOnlyForATwoSidedUncrossedBook() {
        TopOfBook top = TopOfBook.of(new BigDecimal("99.99"), new BigDecimal("100.01"));
        assertThat(top.spread()).isEqualTo(new BigDecimal("0.02"));
        assertThat(top.mid()).isEqualTo(new BigDecimal("100"));
        assertThat(top.spreadBps()).isEqualTo(new BigDecimal("2"));
        assertThat(top.crossed()).isFalse();

        TopOfBook locked = TopOfBook.of(new BigDecimal("5"), new BigDecimal("5"));
        assertThat(locked.spread()).isEqualTo(BigDecimal.ZERO);
        assertThat(locked.crossed()).isFalse();

        TopOfBook crossed = TopOfBook.of(new BigDecimal("5.1"), new BigDecimal("5"));
        assertThat(crossed.crossed()).isTrue();
        assertThat(crossed.spread()).isNull();
        assertThat(crossed.mid()).isNull();
        assertThat(crossed.spreadBps()).isNull();

        TopOfBook noBids = TopOfBook.of(null, new BigDecimal("5"));
        assertThat(noBids.bestAsk()).isEqualTo(new BigDecimal("5"));
        assertThat(noBids.spread()).isNull();
        assertThat(noBids.crossed()).isFalse();

        TopOfBook free = TopOfBook.of(BigDecimal.ZERO, BigDecimal.ZERO);
        assertThat(free.spread()).isEqualTo(BigDecimal.ZERO);
        assertThat(free.spreadBps()).isNull();
    }

    private static PriceLevel level(String price, String quantity) {
        return new PriceLevel(new BigDecimal(price), new BigDecimal(quantity));
    }
}
