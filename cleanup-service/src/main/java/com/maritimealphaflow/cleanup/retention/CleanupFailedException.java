package com.maritimealphaflow.cleanup.retention;

/** A run failed; its log row says so, with what it had removed until then. */
public class CleanupFailedException extends RuntimeException {

    private final long runId;

    CleanupFailedException(long runId, String error, Throwable cause) {
        super("Cleanup run " + runId + " failed: " + error, cause);
        this.runId = runId;
    }

    public long runId() {
        return runId;
    }
}
