package com.maritimealphaflow.dashboard.market.orderbook;

import java.math.BigDecimal;

/**
 * The order book's decimals go out as JSON numbers with their exact digits. Binance pads quantities to eight places
 * ("0.00100000") and products double that, so trailing zeros are dropped; a whole number keeps scale 0, not 1E+2.
 */
final class Decimals {

    private Decimals() {}

    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
