package com.maritimealphaflow.dashboard.ticks;

/** Told when crossovers may have been committed: on each notification, and every poll interval in case one is lost. */
interface CrossoverWatcher {

    void crossoversMayHaveLanded();
}
