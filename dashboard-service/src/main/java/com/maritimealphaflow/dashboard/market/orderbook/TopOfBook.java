package com.maritimealphaflow.dashboard.market.orderbook;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The best bid and ask of a snapshot and what follows from them. A side without levels has no best price; a crossed
 * book (best bid above best ask, which a consistent snapshot never is) has no meaningful spread or mid: both leave
 * spread, mid and spread in basis points null rather than failing or showing a negative spread.
 *
 * @param spreadBps the spread in basis points of the mid, rounded half up to six decimals
 * @param crossed true when the best bid lies above the best ask
 */
record TopOfBook(
        BigDecimal bestBid,
        BigDecimal bestAsk,
        BigDecimal spread,
        BigDecimal mid,
        BigDecimal spreadBps,
        boolean crossed) {

    static final int BPS_SCALE = 6;

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal BPS = BigDecimal.valueOf(10_000);

    static TopOfBook of(BigDecimal bestBid, BigDecimal bestAsk) {
        if (bestBid == null || bestAsk == null) {
            return new TopOfBook(Decimals.plain(bestBid), Decimals.plain(bestAsk), null, null, null, false);
        }
        if (bestBid.compareTo(bestAsk) > 0) {
            return new TopOfBook(Decimals.plain(bestBid), Decimals.plain(bestAsk), null, null, null, true);
        }
        BigDecimal spread = bestAsk.subtract(bestBid);
        BigDecimal mid = bestBid.add(bestAsk).multiply(HALF);
        BigDecimal bps = mid.signum() > 0 ? spread.multiply(BPS).divide(mid, BPS_SCALE, RoundingMode.HALF_UP) : null;
        return new TopOfBook(
                Decimals.plain(bestBid),
                Decimals.plain(bestAsk),
                Decimals.plain(spread),
                Decimals.plain(mid),
                Decimals.plain(bps),
                false);
    }
}
