package com.maritimealphaflow.service.guard;

import java.io.IOException;

/**
 * Thrown by a request body's stream once it has given more bytes than its endpoint takes. An {@link IOException}, so
 * that whatever was reading the body (a JSON parser, a CSV import) stops as it would on a broken connection, and its
 * transaction rolls back.
 */
public class PayloadTooLargeException extends IOException {

    private final long limit;

    public PayloadTooLargeException(long limit) {
        super("The request body is larger than this endpoint takes: at most " + limit + " bytes.");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }

    /** The exception itself or the first of its causes that is one, or null. */
    public static PayloadTooLargeException in(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PayloadTooLargeException tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }
}
