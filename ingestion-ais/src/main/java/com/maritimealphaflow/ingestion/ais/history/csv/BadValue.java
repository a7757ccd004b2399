package com.maritimealphaflow.ingestion.ais.history.csv;

import com.maritimealphaflow.ingestion.ais.AisDecoding;
import com.maritimealphaflow.ingestion.ais.RejectReason;

/** Ends the decoding of one row; cheap (no stack trace), because bad rows are routine in archives. */
final class BadValue extends RuntimeException {

    private final RejectReason reason;

    BadValue(RejectReason reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    AisDecoding.Rejected rejected() {
        return new AisDecoding.Rejected(reason, getMessage());
    }
}
