package com.maritimealphaflow.model.ticks;

/** Where the trend operator's results go: every window with events, and every breakout. */
public interface TrendSink {

    void window(TrendWindow window);

    void breakout(Breakout breakout);
}
