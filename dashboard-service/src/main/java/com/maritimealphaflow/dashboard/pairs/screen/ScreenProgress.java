package com.maritimealphaflow.dashboard.pairs.screen;

/** Told how far a screen has got; called from the worker threads, so it must be thread-safe and quick. */
@FunctionalInterface
public interface ScreenProgress {

    ScreenProgress NONE = (done, total) -> {};

    void pairsDone(int done, int total);
}
