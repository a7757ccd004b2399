package com.maritimealphaflow.ingestion.market.http;

import java.net.http.HttpResponse;

/** A source's own rate limit: waits before a request as long as the source's rules ask, and learns from answers. */
public interface RequestGate {

    /** Blocks until a request of this weight may go. */
    void beforeRequest(int weight) throws InterruptedException;

    /** Reads what the answer says about the limit (e.g. Binance's used weight). */
    default void afterResponse(HttpResponse<?> response) {}
}
