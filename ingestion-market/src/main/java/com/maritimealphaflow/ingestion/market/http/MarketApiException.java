package com.maritimealphaflow.ingestion.market.http;

/**
 * A market data API could not give what was asked, after the retries it deserved. The message says which source and
 * what went wrong, and never holds an API key: it may end up in a log, in {@code ingestion_log} and in API answers.
 */
public class MarketApiException extends Exception {

    public MarketApiException(String message) {
        super(message);
    }

    public MarketApiException(String message, Throwable cause) {
        super(message, cause);
    }
}
