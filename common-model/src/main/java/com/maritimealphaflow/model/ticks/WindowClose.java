package com.maritimealphaflow.model.ticks;

/**
 * A symbol's close in one window so far: the price of its latest event by event time.
 *
 * @param windowEnd end of the window, epoch milliseconds
 * @param lastEventTime event time of the event that set the close
 */
public record WindowClose(String symbol, String secType, long windowEnd, double close, long lastEventTime) {

    public static WindowClose of(Tick tick) {
        return new WindowClose(
                tick.symbol(), tick.secType(), TickWindows.windowEnd(tick.eventTime()), tick.price(), tick.eventTime());
    }

    /**
     * The close of the window once {@code arriving} is seen after this one: the later event by event time; on a tie
     * the one that arrived later, as a reduce over the window's events in arrival order does.
     */
    public WindowClose then(WindowClose arriving) {
        return arriving.lastEventTime >= lastEventTime ? arriving : this;
    }
}
