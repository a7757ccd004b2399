package com.maritimealphaflow.ingestion.market.http;

/** The source answered 200 with a body that is not what its documentation describes; nothing of it is used. */
public class MalformedResponseException extends MarketApiException {

    public MalformedResponseException(String message) {
        super(message);
    }
}
