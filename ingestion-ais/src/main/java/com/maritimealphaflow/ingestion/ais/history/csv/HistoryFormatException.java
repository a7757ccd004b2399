package com.maritimealphaflow.ingestion.ais.history.csv;

/** A file that is not of the format its reader reads (its header lacks a needed column): no row of it is usable. */
public class HistoryFormatException extends RuntimeException {

    public HistoryFormatException(String message) {
        super(message);
    }
}
