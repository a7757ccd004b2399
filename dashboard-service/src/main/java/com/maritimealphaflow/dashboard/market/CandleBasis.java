package com.maritimealphaflow.dashboard.market;

/** Where a request's candles come from. */
enum CandleBasis {
    /** The stored bars of the interval when there are any, else rolled up from the minutes. */
    AUTO,
    /** Only the stored bars of the interval, native or rollup. */
    STORED,
    /** Rolled up from the stored 1-minute bars for this request, whatever is stored at the interval. */
    MINUTES
}
