package com.maritimealphaflow.ingestion.backfill;

/** A backfill that has ended cannot be cancelled; answered 409. */
class BackfillEndedException extends RuntimeException {

    BackfillEndedException(long id, String status) {
        super("Backfill " + id + " has already ended (" + status + ")");
    }
}
