package com.maritimealphaflow.ingestion.ais;

/** A source failed in a way that retrying will not mend. The message is shown to users: no secrets in it. */
public class AisSourceException extends RuntimeException {

    public AisSourceException(String message) {
        super(message);
    }

    public AisSourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
