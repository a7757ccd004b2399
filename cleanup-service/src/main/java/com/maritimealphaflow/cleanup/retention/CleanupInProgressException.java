package com.maritimealphaflow.cleanup.retention;

/** Another run holds the cleanup lock; a request is refused (409) rather than queued behind it. */
public class CleanupInProgressException extends RuntimeException {

    private final Long runningId;

    CleanupInProgressException(Long runningId) {
        super(
                runningId == null
                        ? "A cleanup run is in progress; try again when it has ended."
                        : "Cleanup run " + runningId
                                + " is in progress; try again when it has ended (GET /api/cleanup/runs/" + runningId
                                + ").");
        this.runningId = runningId;
    }

    /** The run in progress, when its log row is already written. */
    public Long runningId() {
        return runningId;
    }
}
