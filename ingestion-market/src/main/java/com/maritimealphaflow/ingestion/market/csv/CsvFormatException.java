package com.maritimealphaflow.ingestion.market.csv;

/** A CSV file whose header cannot be used: nothing of it is read. */
public class CsvFormatException extends RuntimeException {

    public CsvFormatException(String message) {
        super(message);
    }
}
