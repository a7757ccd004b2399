package com.maritimealphaflow.ingestion.ticks.replay;

/** A cancellation of a replay that has ended already: a 409. */
class ReplayEndedException extends RuntimeException {

    ReplayEndedException(long id, String status) {
        super("Tick replay " + id + " has ended already (" + status + "): there is nothing to cancel");
    }
}
