package com.maritimealphaflow.ingestion.ais.imports;

/** A cancellation of an import that has ended already: a 409. */
class ImportEndedException extends RuntimeException {

    ImportEndedException(long id, String status) {
        super("AIS import " + id + " has ended already (" + status + "): there is nothing to cancel");
    }
}
