package com.maritimealphaflow.service;

/** The service has as much work of this kind as it takes right now; answered 503, to be tried again later. */
public class ServiceBusyException extends RuntimeException {

    public ServiceBusyException(String message) {
        super(message);
    }
}
