package com.maritimealphaflow.dashboard.market.orderbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A level of the latest snapshot with the running totals from the best price to it.
 *
 * @param cumulativeQuantity the quantity of this level and all better ones
 * @param cumulativeNotional the sum of price × quantity over this level and all better ones
 */
record BookLevel(BigDecimal price, BigDecimal quantity, BigDecimal cumulativeQuantity, BigDecimal cumulativeNotional) {

    /** The levels, best first, with their running totals; exact, as the exchange's decimal strings are. */
    static List<BookLevel> cumulative(List<PriceLevel> side) {
        List<BookLevel> levels = new ArrayList<>(side.size());
        BigDecimal quantity = BigDecimal.ZERO;
        BigDecimal notional = BigDecimal.ZERO;
        for (PriceLevel level : side) {
            quantity = quantity.add(level.quantity());
            notional = notional.add(level.price().multiply(level.quantity()));
            levels.add(new BookLevel(
                    Decimals.plain(level.price()),
                    Decimals.plain(level.quantity()),
                    Decimals.plain(quantity),
                    Decimals.plain(notional)));
        }
        return levels;
    }
}
