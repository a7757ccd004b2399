package com.maritimealphaflow.aggregation.regions.events;

/** A region's GeoJSON or gates cannot be used; the message says which part and why (a 400 to a REST caller). */
public class InvalidRegionException extends RuntimeException {

    public InvalidRegionException(String message) {
        super(message);
    }
}
